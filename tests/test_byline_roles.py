"""A broadcaster's or an editor-at-large's title in a byline ("By Ann Cox, editor-at-large", "…, podcast host",
"Ann Cox Presenter"): the name's title, not part of the name, nor a second author; as a reporter's title is."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.authornames import split_authors
from newssearch.documents.html import extract

TITLES = ["editor-at-large", "Editor-at-Large", "editor at large", "CNN editor-at-large", "senior editor-at-large",
          "writer-at-large", "critic at large", "host", "co-host", "podcast host", "NPR host", "anchor", "co-anchor",
          "news anchor", "CNN anchor", "presenter", "BBC presenter", "radio presenter"]
STORY = "".join(f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
                for n in range(1, 5))


def read(text: str):  # type: ignore[no-untyped-def]
    """The first article read from a text file, as the indexer stores it."""
    return parse_bytes(text.encode("utf-8"), "a.txt", ".txt").articles[0]


# A text's byline line: it had stayed in the body with no author read ("By Ann Cox, host").
@pytest.mark.parametrize("title", TITLES)
def test_a_broadcaster_s_or_an_at_large_title_after_a_text_s_byline_comma(title: str) -> None:
    article = read(f"Pool closes\n\nBy Ann Cox, {title}\n\nThe council voted.\n")
    assert (article.authors, article.body) == (("Ann Cox",), "The council voted.")


# A page's byline: it had stayed in the body, with no author or with Ann Cox.
@pytest.mark.parametrize("title", TITLES)
def test_a_broadcaster_s_or_an_at_large_title_after_a_page_s_byline_comma(title: str) -> None:
    found = extract(f"<html><body><div class='article-body'><p>By Ann Cox, {title}</p>{STORY}</div></body></html>")
    assert found.authors == ("Ann Cox",)
    assert found.body.startswith("Paragraph 1") and "Ann Cox" not in found.body


# A byline field's value (a meta author, a record's): the title had been a second author ("BBC presenter") or kept in
# the name ("Ann Cox Presenter", the Guardian API's form with no comma).
@pytest.mark.parametrize("value", [*(f"Ann Cox, {title}" for title in TITLES), *(f"Ann Cox {title}" for title in TITLES)])
def test_a_broadcaster_s_or_an_at_large_title_in_a_byline_field(value: str) -> None:
    assert split_authors(value) == ("Ann Cox",)


# A name whose last word reads as a broadcaster's title stays whole ("Jo Host", as "Jo Reporter" does); such a title
# in small letters alone names no one, as "Health reporter" does (a record's author had been "Podcast host").
@pytest.mark.parametrize(("value", "expected"), [("Jo Host", ("Jo Host",)), ("Anna Anchor", ("Anna Anchor",)),
                                                 ("Ann Host and Tom Roe", ("Ann Host", "Tom Roe")),
                                                 ("Podcast host", ()), ("BBC presenter", ())])
def test_a_record_s_author_ending_in_a_broadcaster_s_word(value: str, expected: tuple[str, ...]) -> None:
    record = parse_bytes(json.dumps({"title": "Ferry", "text": "The ferry sailed late.", "author": value}).encode(),
                         "a.json", ".json").articles[0]
    assert record.authors == expected


# A broadcaster's title in capitals after a name and a comma in a byline field (a page's meta author, a record's
# author, a text's "Author:" line), as a role in capitals is ("Ann Cox, Political Editor"): it had been a second
# author ("BBC Presenter"). Its words before the role word are a network's or a medium's, a rank; a given name's
# ("Jo Host") leave a second person, as a second full name does. A newsreader's, a broadcaster's, a weather
# forecaster's title too (they had been second authors in any letter case: "Ann Cox, BBC newsreader").
CAPITALISED = ["BBC Presenter", "Podcast Host", "NPR Host", "Radio Presenter", "TV Presenter", "CNN Anchor",
               "Senior Presenter", "Breakfast Show Co-Host", "Editor-at-Large", "Political Editor", "Senior Reporter",
               "Chief Correspondent", "BBC Newsreader", "Radio Broadcaster", "Chief Meteorologist", "TV Newscaster",
               "bbc newsreader", "podcaster"]
FIELD_CASES = [*((f"Ann Cox, {title}", ("Ann Cox",)) for title in CAPITALISED),
               ("Ann Cox, Bob Lee", ("Ann Cox", "Bob Lee")), ("Ann Cox, Jo Host", ("Ann Cox", "Jo Host"))]


def byline_fields(value: str) -> tuple[tuple[str, ...], ...]:
    """The authors read from ``value`` as a page's meta author, a JSON record's author and a text's "Author:" line."""
    page = extract(f"<html><head><meta name='author' content='{value}'><title>Pool</title></head><body>"
                   f"<div class='article-body'>{STORY}</div></body></html>")
    record = parse_bytes(json.dumps({"title": "Ferry", "text": "The ferry sailed late.", "author": value}).encode(),
                         "a.json", ".json").articles[0]
    text = read(f"Pool closes\nAuthor: {value}\n\nThe council voted on the pool.\n")
    return page.authors, record.authors, text.authors


@pytest.mark.parametrize(("value", "expected"), FIELD_CASES)
def test_a_capitalised_title_after_a_comma_in_a_byline_field_is_the_name_s(value: str,
                                                                           expected: tuple[str, ...]) -> None:
    assert byline_fields(value) == (expected, expected, expected)


# A page's byline line and a text's "By" line read the same ("By Ann Cox, BBC Presenter").
@pytest.mark.parametrize(("value", "expected"), FIELD_CASES)
def test_a_capitalised_title_after_a_comma_in_a_byline_line_is_the_name_s(value: str,
                                                                          expected: tuple[str, ...]) -> None:
    page = extract(f"<html><body><div class='article-body'><p>By {value}</p>{STORY}</div></body></html>")
    text = read(f"Pool closes\n\nBy {value}\n\nThe council voted.\n")
    assert (page.authors, text.authors, text.body) == (expected, expected, "The council voted.")


# Alone, such a title names no one, as "BBC presenter" does.
@pytest.mark.parametrize("value", ["BBC Presenter", "Podcast Host", "Senior Presenter"])
def test_a_capitalised_broadcaster_s_title_alone_names_no_one(value: str) -> None:
    record = parse_bytes(json.dumps({"title": "Ferry", "text": "The ferry sailed late.", "author": value}).encode(),
                         "a.json", ".json").articles[0]
    assert record.authors == ()


# A title after the comma that is capitalised but names no known role or office: a role "of", "for" or "at" something
# ("Host Of The Daily", "Head Of News") or a beat's words before a maker's word ending as one does ("Travel Blogger",
# "Fashion Influencer"); it had been a second author. A second full name stays one, and a wire agency the publisher.
UNKNOWN_TITLES = ["Host Of The Daily", "Travel Blogger", "Senior Political Correspondent", "Chief Economist",
                  "Head Of News", "Director Of Communications", "Fashion Influencer", "Senior Vlogger",
                  "Editor For Europe"]
UNKNOWN_CASES = [*((f"Ann Cox, {title}", ("Ann Cox",)) for title in UNKNOWN_TITLES),
                 ("Ann Cox, Bob Lee", ("Ann Cox", "Bob Lee")), ("Ann Cox, Sam Baker", ("Ann Cox", "Sam Baker"))]


@pytest.mark.parametrize(("value", "expected"), UNKNOWN_CASES)
def test_an_unknown_capitalised_title_after_a_comma_in_a_byline_field_is_the_name_s(
        value: str, expected: tuple[str, ...]) -> None:
    assert byline_fields(value) == (expected, expected, expected)


@pytest.mark.parametrize(("value", "expected"), UNKNOWN_CASES)
def test_an_unknown_capitalised_title_after_a_comma_in_a_byline_line_is_the_name_s(
        value: str, expected: tuple[str, ...]) -> None:
    page = extract(f"<html><body><div class='article-body'><p>By {value}</p>{STORY}</div></body></html>")
    text = read(f"Pool closes\n\nBy {value}\n\nThe council voted.\n")
    assert (page.authors, text.authors, text.body) == (expected, expected, "The council voted.")


# In small letters too, in a record's author ("travel blogger", "host of the daily" had been capitalised into an
# author's name).
@pytest.mark.parametrize("title", ["travel blogger", "host of the daily", "head of news"])
def test_an_unknown_title_in_small_letters_after_a_comma_in_a_records_author_is_the_name_s(title: str) -> None:
    assert split_authors(f"Ann Cox, {title}") == ("Ann Cox",)


# "Ann Cox, Reuters": the writer, and the agency the publisher, as before; a name and an outlet after "of" keeps the
# name ("Bob Lee of Reuters" is Bob Lee and the agency).
def test_a_wire_agency_or_a_name_of_an_outlet_after_a_comma_is_as_before() -> None:
    record = parse_bytes(json.dumps({"title": "Ferry", "text": "The ferry sailed late.", "author": "Ann Cox, Reuters"}
                                    ).encode(), "a.json", ".json").articles[0]
    text = read("Pool closes\n\nBy Ann Cox, Reuters\n\nThe council voted.\n")
    assert (record.authors, record.source, text.authors, text.source) == (("Ann Cox",), "Reuters", ("Ann Cox",),
                                                                          "Reuters")
    assert split_authors("Ann Cox, Bob Lee of Reuters") == ("Ann Cox", "Bob Lee", "Reuters")


# A second author whose given name is also a beat's word ("Justice Baker") is a person, not a beat's doer's title:
# "Ann Cox, Justice Baker" had given Ann Cox alone. A known doer's word after such a word is still a title ("Justice
# Blogger"), and a beat's word that is no given name before any doer's word ("Crime Baker") too; names whose first
# word is no beat's word ("Hunter Davies", "Sterling Archer") were two authors already: pinned.
SECOND_AUTHORS = ["Justice Baker", "Justice Walker", "Hunter Davies", "Taylor Swift", "Carter Page", "Sterling Archer"]
BEAT_TITLE_CASES = [*((f"Ann Cox, {name}", ("Ann Cox", name)) for name in SECOND_AUTHORS),
                    ("Ann Cox, Justice Blogger", ("Ann Cox",)), ("Ann Cox, Justice Influencer", ("Ann Cox",)),
                    ("Ann Cox, Travel Blogger", ("Ann Cox",))]


@pytest.mark.parametrize(("value", "expected"), BEAT_TITLE_CASES)
def test_a_second_author_whose_given_name_is_a_beat_s_word_is_no_title(value: str, expected: tuple[str, ...]) -> None:
    assert (split_authors(value), byline_fields(value)) == (expected, (expected, expected, expected))


def page_with_author(value: str, head: str = "") -> tuple[tuple[str, ...], str | None]:
    """The authors and the source read from a page whose meta author is ``value`` (``head``: more of its head)."""
    page = extract(f"<html><head><meta name='author' content='{value}'>{head}<title>Pool</title></head><body>"
                   f"<div class='article-body'>{STORY}</div></body></html>")
    return page.authors, page.source


# A page's meta author "Ann Cox, Reuters" is the writer and the publisher, as a record's author is, when the page
# names no source of its own (it had been two authors and no source); the page's own publisher stays first, the
# agency then credited after the writer, as in a record.
@pytest.mark.parametrize(("head", "expected"), [
    ("", (("Ann Cox",), "Reuters")),
    ("<meta property='og:site_name' content='The Herald'>", (("Ann Cox", "Reuters"), "The Herald"))])
def test_a_page_s_meta_author_and_an_agency_after_a_comma_is_the_writer_and_the_source(
        head: str, expected: tuple[tuple[str, ...], str | None]) -> None:
    record = parse_bytes(json.dumps({"title": "Ferry", "text": "The ferry sailed late.", "author": "Ann Cox, Reuters",
                                     **({"source": "The Herald"} if head else {})}).encode(), "a.json", ".json")
    assert (page_with_author("Ann Cox, Reuters", head), (record.articles[0].authors, record.articles[0].source)) \
        == (expected, expected)


# A text's byline line with a title in small letters that names no known role after the comma ("By Ann Cox, travel
# blogger") is read as the capitalised one is: it had stayed in the body, no author read. A sentence after "By" and
# a name is no title, and stays the text's ("By Ann Cox, the council said").
@pytest.mark.parametrize(("line", "expected"), [
    ("By Ann Cox, travel blogger", (("Ann Cox",), "The council voted.")),
    ("By Ann Cox, fashion influencer", (("Ann Cox",), "The council voted.")),
    ("By Ann Cox, host of the daily", (("Ann Cox",), "The council voted.")),
    ("By Ann Cox, the council said", ((), "By Ann Cox, the council said\n\nThe council voted.")),
    ("By Ann Cox, officials said", ((), "By Ann Cox, officials said\n\nThe council voted.")),
    ("By Ann Cox, Justice Baker", (("Ann Cox", "Justice Baker"), "The council voted."))])
def test_a_text_s_byline_with_an_unknown_title_in_small_letters_after_a_comma(
        line: str, expected: tuple[tuple[str, ...], str]) -> None:
    article = read(f"Pool closes\n\n{line}\n\nThe council voted.\n")
    assert (article.authors, article.body) == expected


# An outlet after a name and a comma is the source, as a wire agency is, when nothing else names one: "Ann Cox, Voice
# of America" had been neither an author nor a source (its "of" had read it as the name's title). A group that is no
# outlet ("Friends of the Earth") is the writer's affiliation: neither, as before (pinned). A page's byline leaves
# out an outlet that is no agency, as it does "NZ Herald": its authors are the writer alone.
@pytest.mark.parametrize(("value", "expected"), [("Ann Cox, Voice of America", (("Ann Cox",), "Voice of America")),
                                                 ("Ann Cox, VOA", (("Ann Cox",), "Voice of America")),
                                                 ("Ann Cox, Friends of the Earth", (("Ann Cox",), None))])
def test_an_outlet_after_a_comma_is_the_source_as_an_agency_is(
        value: str, expected: tuple[tuple[str, ...], str | None]) -> None:
    record = parse_bytes(json.dumps({"title": "Ferry", "text": "The ferry sailed late.", "author": value}).encode(),
                         "a.json", ".json").articles[0]
    text = read(f"Pool closes\n\nBy {value}\n\nThe council voted.\n")
    assert ((record.authors, record.source), (text.authors, text.source), page_with_author(value)[0]) \
        == (expected, expected, expected[0])  # a page names only the writer: an outlet that is no agency, as before
