"""Header keys that tools and other languages write over a saved text: "Lien:", "Enlace:", "Original URL:", and Jina
Reader's output (its keys each a paragraph, then "Markdown Content:")."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents import parse_bytes

STORY = "The city bridge will reopen on Tuesday after repairs, officials said."


def read(text: str, suffix: str = ".txt"):
    """The one article read from ``text`` saved under ``suffix``, as the indexer stores it."""
    return parse_bytes(text.encode("utf-8"), f"a{suffix}", suffix).articles[0]


@pytest.mark.parametrize("header", [
    "Titre: Le pont rouvre\nLien: https://www.lemonde.fr/article/pont.html\nDate: 12/03/2024\n",
    "Título: El puente reabre\nEnlace: https://www.lemonde.fr/article/pont.html\nFecha: 12/03/2024\n",
    "Title: Bridge reopens\nOriginal URL: https://www.lemonde.fr/article/pont.html\nDate: 2024-03-12\n",
])
def test_another_name_for_the_address_key_gives_the_url(header: str) -> None:
    """"Lien:", "Enlace:" and a read-later app's "Original URL:" were no keys: the header ended at them and stayed
    the text, its title, date and address unread."""
    article = read(f"{header}\n{STORY}\n")
    assert (article.url, article.date, article.body) == (
        "https://www.lemonde.fr/article/pont.html", date(2024, 3, 12), STORY)
    assert article.title_source.startswith("header:")


def test_a_source_key_holding_an_address_gives_the_url_and_publisher() -> None:
    article = read(f"Titel: Brücke offen\nQuelle: https://www.spiegel.de/panorama/bruecke.html\n\n{STORY}\n")
    assert (article.url, article.source) == ("https://www.spiegel.de/panorama/bruecke.html", "Der Spiegel")


JINA = ("Title: Harbour bridge to reopen\n\nURL Source: https://www.nzherald.co.nz/nz/bridge/ABC123/\n\n"
        "Published Time: Tue, 12 Mar 2024 08:30:00 GMT\n\n"
        "Warning: This page maybe not yet fully loaded, consider explicitly specify a timeout.\n\n"
        "Markdown Content:\nHarbour bridge to reopen\n------------------------\n\n"
        "![Image 1: The bridge](https://www.nzherald.co.nz/img/bridge.jpg)\n\n"
        "The [Harbour Bridge](https://www.nzherald.co.nz/topic/bridge/) will reopen on **Tuesday**.\n")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_jina_readers_output_gives_its_title_address_and_date(suffix: str) -> None:
    """Jina Reader's keys are parted by blank lines: the title alone was read, and "URL Source:", "Published Time:",
    its warning and "Markdown Content:" were the text (in a .md, run into the page's heading)."""
    article = read(JINA, suffix)
    assert (article.title, article.title_source) == ("Harbour bridge to reopen", "header:Title")
    assert (article.date, article.date_source) == (date(2024, 3, 12), "header:Published Time")
    assert (article.url, article.source) == ("https://www.nzherald.co.nz/nz/bridge/ABC123/", "NZ Herald")
    assert article.body == "The Harbour Bridge will reopen on Tuesday."


def test_text_with_a_title_key_and_no_markdown_content_line_is_read_as_before() -> None:
    article = read(f"Title: Bridge reopens\n\nURL Source: a note\n\n{STORY}\n")
    assert article.title == "Bridge reopens" and "URL Source: a note" in article.body


def test_jina_readers_json_gives_its_published_time() -> None:
    """Jina Reader's JSON output ({"data": {…, "publishedTime": …}}) had been read without its date."""
    data = ('{"code": 200, "status": 20000, "data": {"title": "Harbour bridge to reopen", "url": '
            '"https://www.nzherald.co.nz/nz/bridge/ABC123/", "content": "The bridge will reopen on Tuesday.", '
            '"publishedTime": "2024-03-12T08:30:00+13:00", "usage": {"tokens": 42}}}')
    [article] = parse_bytes(data.encode(), "a.json", ".json").articles
    assert (article.title, article.date, article.date_source) == (
        "Harbour bridge to reopen", date(2024, 3, 12), "json:publishedTime")


@pytest.mark.parametrize(("header", "author", "source"), [
    ("Titel: Bron öppnar\nFörfattare: Anna Berg\nDatum: 12/03/2024\nKälla: Sydsvenskan\n"
     "Länk: https://www.example.se/bron\n", "Anna Berg", "Sydsvenskan"),                                        # Swedish
    ("Titel: Broen åbner\nForfatter: Anna Berg\nDato: 12/03/2024\nKilde: Politiken\n"
     "Link: https://www.example.se/bron\n", "Anna Berg", "Politiken"),                                          # Danish
    ("Tittel: Brua åpner\nForfatter: Anna Berg\nDato: 12/03/2024\nKilde: Aftenposten\n"
     "Lenke: https://www.example.se/bron\n", "Anna Berg", "Aftenposten"),                                      # Norwegian
    ("Otsikko: Silta avataan\nKirjoittaja: Anna Berg\nPäivämäärä: 12/03/2024\nLähde: Yle\n"
     "URL: https://www.example.se/bron\n", "Anna Berg", "Yle"),                                                 # Finnish
    ("Tytuł: Most otwarty\nAutor: Anna Berg\nData: 12/03/2024\nŹródło: PAP\n"
     "URL: https://www.example.se/bron\n", "Anna Berg", "PAP"),                                                 # Polish
])
def test_a_header_in_a_nordic_language_or_polish_gives_the_metadata(header: str, author: str, source: str) -> None:
    """"Källa:", "Kilde:", "Lähde:", "Źródło:" and the other keys of these languages were no keys: the header ended at
    the first of them and stayed the text (its date, if read, month first: 3 December)."""
    article = read(f"{header}\n{STORY}\n")
    assert (article.title, article.date, article.authors, article.source, article.url, article.body) == (
        header.split("\n")[0].split(": ")[1], date(2024, 3, 12), (author,), source, "https://www.example.se/bron",
        STORY)


# "Rubrik" is a Swedish or Danish headline (Norwegian "rubrikk"), a German section: over a story in one of those
# languages, or under keys of one ("Datum:" and "Källa:" over too short a story), a "Rubrik:" line is the title and
# leaves the text (it had stayed the text's last line, the title the story's first sentence). A German one stays a
# section (test_sections); a title's own key, "Titel:", comes first.
_SWEDISH = "Kommunen beslutade i tisdags att stänga badhuset under vintern på grund av de höga kostnaderna."
_DANISH = "Kommunen besluttede i tirsdags at lukke svømmehallen i vinter på grund af de høje udgifter."


@pytest.mark.parametrize(("text", "title", "day"), [
    (f"Rubrik: Kommunen stänger badhuset\nDatum: 2024-03-07\n\n{_SWEDISH}\n", "Kommunen stänger badhuset",
     date(2024, 3, 7)),
    (f"Rubrik: Kommunen stänger badhuset\n\n{_SWEDISH}\n", "Kommunen stänger badhuset", None),  # alone over the story
    (f"Rubrik: Kommunen stänger badhuset\nFörfattare: Anna Berg\nKälla: Sydsvenskan\n\n{_SWEDISH}\n",
     "Kommunen stänger badhuset", None),
    (f"Rubrik: Kommunen lukker svømmehallen\nDato: 07.03.2024\n\n{_DANISH}\n", "Kommunen lukker svømmehallen",
     date(2024, 3, 7)),
    ("Rubrik: Regeringen avgår efter omröstningen\nDatum: 5 mars 2024\n\nRegeringen har avgått efter att "  # had
     "riksdagen på tisdagen röstade för en misstroendeförklaring mot statsministern, och det är nu upp till "  # been
     "talmannen att hitta en ny regering som kan få stöd.\n", "Regeringen avgår efter omröstningen",  # no section
     date(2024, 3, 5)),                                                                           # (test_sections)
])
def test_a_swedish_or_danish_rubrik_line_is_the_title(text: str, title: str, day: date | None) -> None:
    article = read(text)
    story = text.rstrip("\n").rsplit("\n\n", 1)[1]
    assert (article.title, article.title_source, article.date, article.sections, article.body) == (
        title, "header:Rubrik", day, (), story)


def test_a_rubrik_line_under_a_title_key_stays_in_the_text() -> None:
    article = read(f"Titel: Badhuset stänger\nRubrik: Kommunen stänger badhuset\nDatum: 2024-03-07\n\n{_SWEDISH}\n")
    assert (article.title, article.sections, article.body) == (
        "Badhuset stänger", (), f"{_SWEDISH}\n\nRubrik: Kommunen stänger badhuset")
