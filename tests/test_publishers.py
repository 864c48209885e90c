"""One name per publisher, whatever the format names it by: one facet value, one ``source:``."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.authornames import people_and_publisher
from newssearch.documents.publishernames import HOME_REGIONS, PUBLISHERS
from newssearch.documents.publishers import host_named, is_publisher, publisher_name

BODY = "A lane of the harbour bridge was closed on Monday after a truck broke down near the clip-on section."


def html_page(site_name: str) -> bytes:
    return (f'<html><head><title>Bridge</title><meta property="og:site_name" content="{site_name}"></head>'
            f"<body><article><h1>Bridge</h1><p>{BODY}</p></article></body></html>").encode()


# (file name, the file's bytes for a stated publisher name)
FORMATS = [
    ("a.txt", lambda name: f"Title: Bridge\nSource: {name}\n\n{BODY}\n".encode()),
    ("a.json", lambda name: json.dumps({"title": "Bridge", "source": name, "text": BODY}).encode()),
    ("a.jsonl", lambda name: json.dumps({"id": "1", "title": "Bridge", "publisher": {"name": name},
                                         "text": BODY}).encode() + b"\n"),
    ("a.csv", lambda name: f"title,source,content\nBridge,{name},{BODY}\n".encode()),
    ("a.rss", lambda name: (f"<rss><channel><title>Google News</title><item><title>Bridge</title>"
                            f"<description>{BODY}</description><source>{name}</source></item></channel></rss>").encode()),
    ("a.html", html_page),
]


@pytest.mark.parametrize("rel, make", FORMATS)
@pytest.mark.parametrize("stated, expected", [
    ("New Zealand Herald", "NZ Herald"),
    ("NZHerald", "NZ Herald"),
    ("nzherald.co.nz", "NZ Herald"),
    ("www.nzherald.co.nz", "NZ Herald"),
    ("https://www.nzherald.co.nz/", "NZ Herald"),
    ("Radio New Zealand", "RNZ"),
    ("Gisborne Herald", "Gisborne Herald"),            # a publisher newssearch does not know: as written
    ("www.gisborneherald.co.nz", "gisborneherald.co.nz"),  # ... or the host it names
    ("https://www.gisborneherald.co.nz/", "gisborneherald.co.nz"),
    # a database's names for a paper and its site: Factiva's "Otago Daily Times Online News", spiegel.de
    ("Otago Daily Times Online News", "Otago Daily Times"),
    ("www.odt.co.nz", "Otago Daily Times"),
    ("spiegel.de", "Der Spiegel"),
    ("SPIEGEL ONLINE", "Der Spiegel"),
])
def test_every_format_names_a_publisher_by_its_one_name(rel: str, make, stated: str, expected: str) -> None:
    (article,) = parse_bytes(make(stated), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert article.source == expected


@pytest.mark.parametrize("name, expected", [
    ("https://www.nzherald.co.nz/", "nzherald.co.nz"),
    ("http://rnz.co.nz/news", "rnz.co.nz"),
    ("www.Example.com", "Example.com"),                # a bare host keeps its letter case
    ("Example.com", "Example.com"),
    ("NZ Herald", None),
    ("St. Louis Post-Dispatch", None),                 # a dot in a name of words
    ("", None),
    (None, None),
])
def test_the_host_a_stated_name_gives(name: str | None, expected: str | None) -> None:
    assert host_named(name) == expected


@pytest.mark.parametrize("name, url, expected", [
    ("m.nzherald.co.nz", None, "NZ Herald"),           # a subdomain of a known publisher
    ("https://www.nzherald.co.nz/", "https://example.org/a", "NZ Herald"),
    ("https://www.example.org/", None, "example.org"),  # it had given no publisher at all
    ("www.example.org", None, "example.org"),
    ("http://www.example.com", "https://www.example.de/a", "example.de"),  # an address yields to the page's own
    ("example.com", "https://www.example.de/a", "example.com"),            # a host written as a name does not
    ("tdg.ch/", "https://www.tdg.ch/suisse/a", "tdg.ch"),                  # a host with its slash
    ("{$plugin.tx_news.opengraph.site_name}", "https://mpimet.mpg.de/a", "mpimet.mpg.de"),  # a template's placeholder
    ("{{ site.title }}", "https://example.org/a", "example.org"),
    ("%SITENAME%", None, None),
    ("Ein Blog über alternative Lebensräume, ferne Länder und den dritten Lebensabschnitt", "https://www.anchor.ch/a",
     "anchor.ch"),                                                          # a description, not a name
    ("Ein Blog über alternative Lebensräume, ferne Länder und den dritten Lebensabschnitt", None,
     "Ein Blog über alternative Lebensräume, ferne Länder und den dritten Lebensabschnitt"),  # no address to say better
    ("Macmillan Publishers Limited, part of Springer Nature", "https://www.macmillan.example/a",
     "Macmillan Publishers Limited, part of Springer Nature"),             # seven words: a name yet
    ("Macmillan Publishers Limited, part of Springer Nature", "https://www.nature.com/a", "Nature"),  # its owner's
    ("Bundesamt für Sicherheit in der Informationstechnik", "https://www.bsi.bund.de/a",
     "Bundesamt für Sicherheit in der Informationstechnik"),
    # the hosts of HuffPost's News Category Dataset and of MIND's news.tsv
    ("https://www.huffpost.com/entry/cats_n_632de332", None, "HuffPost"),
    ("The Huffington Post", None, "HuffPost"),
    ("https://assets.msn.com/labs/mind/AAGH0ET.html", None, "MSN"),
])
def test_publisher_name_reads_a_stated_host_or_address(name: str, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


@pytest.mark.parametrize("name, expected", [
    ("NZ Herald", True), ("New Zealand Herald", True), ("The Guardian", True), ("Reuters", True),
    ("AFP", True), ("The Associated Press", True), ("Bloomberg", True),
    ("Jane Doe", False), ("Gisborne Herald", False), ("Reuters Staff", False), ("Otago Daily Times", True),
])
def test_is_publisher(name: str, expected: bool) -> None:
    assert is_publisher(name) is expected


@pytest.mark.parametrize("authors, source, expected", [
    (("Jane Doe", "NZ Herald"), "NZ Herald", (("Jane Doe",), "NZ Herald")),
    (("Jane Doe",), "NZ Herald", (("Jane Doe",), "NZ Herald")),
    (("New Zealand Herald",), "NZ Herald", ((), "NZ Herald")),       # the source by another of its names
    (("BBC News",), None, ((), "BBC News")),                         # alone, a publisher is the source, as in a page
    (("The Associated Press",), None, ((), "Associated Press")),
    (("Reuters",), "NZ Herald", (("Reuters",), "NZ Herald")),        # a wire story the record's source published:
    (("Jane Doe", "Reuters"), "NZ Herald", (("Jane Doe", "Reuters"), "NZ Herald")),  # the agency credited, last
    (("Reuters", "Jane Doe"), "Reuters", (("Jane Doe",), "Reuters")),   # the source's own credit goes
    (("Gisborne Herald",), "Gisborne Herald", ((), "Gisborne Herald")),  # an unknown source, as written
    (("Gisborne Herald",), None, (("Gisborne Herald",), None)),     # ... may be a person's name without it
    (("Reuters Staff",), None, ((), "Reuters")),                    # a publisher's desk: the publisher
    (("BBC News reporters",), None, ((), "BBC News")),
    (("Vox Staff",), "Vox", ((), "Vox")),                            # the record's own source's desk
    (("RNZ News",), "RNZ", ((), "RNZ")),                             # its newsroom, as a Feedly item credits it
    (("RNZ News",), None, ((), "RNZ")),
    (("Stuff News",), "Stuff", ((), "Stuff")),
    (("Jane News",), None, (("Jane News",), None)),                  # a name before "News" no publisher's stays
    (("Verge Staff",), None, (("Verge Staff",), None)),              # a desk alone stays, as "Staff and agencies"
    (("Vox Staff",), None, ((), "Vox")),                             # ... unless its publisher is known
    (("Jane Smith", "Vox"), "Vox Media", (("Jane Smith",), "Vox Media")),  # the source by its first word alone
    (("Jane Smith", "Herald"), "The Herald Sun", (("Jane Smith",), "The Herald Sun")),
    (("Anderson Cooper",), "Anderson Cooper 360", (("Anderson Cooper",), "Anderson Cooper 360")),  # a host stays
    (("Media",), "Vox Media", (("Media",), "Vox Media")),                 # a word of it, not its first, is no name of it
    ((), None, ((), None)),
])
def test_people_and_publisher(authors: tuple[str, ...], source: str | None, expected: tuple) -> None:
    assert people_and_publisher(authors, source) == expected


# (file name, the file's bytes for a stated byline)
BYLINES = [
    ("a.txt", lambda byline: f"Title: Bridge\nAuthor: {byline}\n\n{BODY}\n".encode()),
    ("a.json", lambda byline: json.dumps({"title": "Bridge", "author": byline, "text": BODY}).encode()),
    ("a.rss", lambda byline: (f"<rss><channel><title>Feed</title><item><title>Bridge</title><author>{byline}</author>"
                              f"<description>{BODY}</description></item></channel></rss>").encode()),
]


@pytest.mark.parametrize("rel, make", BYLINES)
@pytest.mark.parametrize("byline", ["Jane Doe, NZ Herald", "Jane Doe, New Zealand Herald",
                                    "Jane Doe, The Guardian", "By Jane Doe, BBC News, New York",  # a place after it
                                    "Jane Doe, AP Photo", "Jane Doe; Photo: Getty Images"])  # a picture's credit
def test_a_publisher_beside_a_person_in_a_byline_is_no_author(rel: str, make, byline: str) -> None:
    (article,) = parse_bytes(make(byline), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize("rel, make", BYLINES[:2])   # (a feed's own title is its items' source)
@pytest.mark.parametrize("byline", ["Reuters", "Reuters Staff", "By Reuters Staff"])
def test_a_publisher_alone_in_a_byline_is_the_source(rel: str, make, byline: str) -> None:
    (article,) = parse_bytes(make(byline), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert (article.authors, article.source) == ((), "Reuters")


@pytest.mark.parametrize("rel, make", BYLINES)
@pytest.mark.parametrize("byline", ["Photo: Getty Images", "Updated 3 June 2020", "Published 2020-06-03"])
def test_a_credit_or_a_date_in_a_byline_names_no_one(rel: str, make, byline: str) -> None:
    (article,) = parse_bytes(make(byline), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert article.authors == ()


@pytest.mark.parametrize("name, url, expected", [
    # Two publishers go by "ABC News" and by "Sky News": the address tells which.
    ("ABC News", "https://www.abc.net.au/news/2024-05-01/ferry/1234", "ABC News (Australia)"),
    ("ABC News", "https://abcnews.go.com/US/ferry/story?id=1", "ABC News"),
    ("ABC News", None, "ABC News"),
    ("ABC", "https://www.abc.net.au/news/a", "ABC News (Australia)"),
    ("ABC News", "https://iview.abc.net.au/show/a", "ABC News (Australia)"),
    ("abc.net.au", None, "ABC News (Australia)"),
    ("ABC News (Australia)", None, "ABC News (Australia)"),
    ("Australian Broadcasting Corporation", None, "ABC News (Australia)"),
    ("ABC", "https://www.abc.es/espana/a.html", "ABC"),             # Madrid's daily is no ABC News
    ("Sky News", "https://news.sky.com/story/ferry-1234", "Sky News"),
    ("Sky News", "https://www.skynews.com.au/australia-news/a", "Sky News Australia"),
    ("Sky News", None, "Sky News"),
    ("ABC News", "https://www.msn.com/en-au/news/a", "ABC News"),  # a name other publishers share with no other
    # The major English-language and world publishers, by name, host or address.
    ("Agence France-Presse", None, "AFP"), ("afp.com", None, "AFP"),
    ("France 24", None, "France 24"), ("www.france24.com", None, "France 24"),
    ("SCMP", None, "South China Morning Post"), (None, "https://www.scmp.com/news/a", "South China Morning Post"),
    ("Times of India", None, "The Times of India"),
    (None, "https://timesofindia.indiatimes.com/india/a.cms", "The Times of India"),
    ("CBS News", None, "CBS News"), (None, "https://www.nbcnews.com/news/a", "NBC News"),
    ("National Public Radio", None, "NPR"), (None, "https://www.npr.org/2024/05/01/a", "NPR"),
    ("1 News", None, "1News"), ("TVNZ", None, "1News"), (None, "https://www.1news.co.nz/2024/05/01/a/", "1News"),
    (None, "https://www.newshub.co.nz/home/a.html", "Newshub"),
    ("Sydney Morning Herald", None, "The Sydney Morning Herald"), (None, "https://www.smh.com.au/a", "The Sydney Morning Herald"),
    ("The Age", None, "The Age"), (None, "https://www.theage.com.au/national/a", "The Age"),
    (None, "https://www.news.com.au/world/a", "news.com.au"), ("NewsComAu", None, "news.com.au"),
    ("Globe and Mail", None, "The Globe and Mail"), (None, "https://www.theglobeandmail.com/a", "The Globe and Mail"),
    ("CBC", None, "CBC News"), (None, "https://www.cbc.ca/news/a", "CBC News"),
    ("Irish Times", None, "The Irish Times"), (None, "https://www.irishtimes.com/a", "The Irish Times"),
    ("RTE News", None, "RTÉ"), ("RTÉ", None, "RTÉ"), (None, "https://www.rte.ie/news/a", "RTÉ"),
    ("Bloomberg News", None, "Bloomberg"), (None, "https://www.bloomberg.com/news/articles/a", "Bloomberg"),
    ("The Financial Times", None, "Financial Times"), (None, "https://www.ft.com/content/a", "Financial Times"),
    ("Economist", None, "The Economist"), (None, "https://www.economist.com/a", "The Economist"),
    ("POLITICO", None, "Politico"), (None, "https://www.politico.eu/article/a", "Politico"),
    (None, "https://www.axios.com/2024/05/01/a", "Axios"), (None, "https://www.vox.com/a", "Vox"),
    ("The Wall Street Journal", None, "The Wall Street Journal"), (None, "https://www.wsj.com/articles/a", "The Wall Street Journal"),
    (None, "https://www.aljazeera.net/news/a", "Al Jazeera"), ("Sky News Australia", None, "Sky News Australia"),
    ("Le Monde.fr", None, "Le Monde"), ("LE MONDE", None, "Le Monde"), (None, "https://www.lemonde.fr/a", "Le Monde"),
    ("EL PAÍS", None, "El País"), ("El Pais", None, "El País"), (None, "https://english.elpais.com/a", "El País"),
    # Pakistan's, Malta's, Malaysia's, Kenya's, Nigeria's, Bangladesh's and Sri Lanka's major papers
    ("Express Tribune", None, "The Express Tribune"), (None, "https://tribune.com.pk/story/1/a", "The Express Tribune"),
    ("The News", "https://www.thenews.com.pk/print/1-a", "The News International"),
    (None, "https://www.thenews.com.pk/latest/1-a", "The News International"),
    (None, "https://www.maltatoday.com.mt/news/a", "MaltaToday"), ("Malta Independent", None, "The Malta Independent"),
    ("NST Online", None, "New Straits Times"), (None, "https://www.nst.com.my/news/nation/2024/03/1/a", "New Straits Times"),
    ("Malaysiakini", None, "Malaysiakini"), ("Malay Mail", None, "Malay Mail"),
    ("Nation", "https://nation.africa/kenya/news/a-1", "Daily Nation"), ("Daily Nation", None, "Daily Nation"),
    ("The Standard", "https://www.standardmedia.co.ke/national/article/1/a", "The Standard (Kenya)"),
    ("Punch Newspapers", None, "Punch"), (None, "https://punchng.com/a/", "Punch"),
    ("Vanguard News", None, "Vanguard"), (None, "https://www.premiumtimesng.com/news/1-a.html", "Premium Times"),
    ("THISDAYLIVE", None, "ThisDay"), ("Dhaka Tribune", None, "Dhaka Tribune"),
    (None, "https://www.dhakatribune.com/bangladesh/1/a", "Dhaka Tribune"),
    ("Prothomalo", None, "Prothom Alo"), (None, "https://en.prothomalo.com/bangladesh/a", "Prothom Alo"),
    ("Daily FT", None, "Daily FT"), (None, "https://www.ft.lk/news/a/56-1", "Daily FT"),
])
def test_publisher_name_knows_the_major_news_publishers(name: str | None, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


# Major English-language papers the table had missed (their names had been kept as written, their hosts as hosts).
@pytest.mark.parametrize("name, url, expected", [
    ("The Scotsman", None, "The Scotsman"), (None, "https://www.scotsman.com/news/politics/a-1234", "The Scotsman"),
    ("Dawn", None, "Dawn"), ("DAWN.COM", None, "Dawn"), (None, "https://www.dawn.com/news/1234/a", "Dawn"),
    ("Haaretz", None, "Haaretz"), (None, "https://www.haaretz.com/israel-news/a", "Haaretz"),
    ("Korea Herald", None, "The Korea Herald"), (None, "https://www.koreaherald.com/view.php?ud=1", "The Korea Herald"),
    ("Mail and Guardian", None, "Mail & Guardian"), ("Mail & Guardian", None, "Mail & Guardian"),
    (None, "https://mg.co.za/news/2024-05-01-a/", "Mail & Guardian"),
    ("Daily Maverick", None, "Daily Maverick"), (None, "https://www.dailymaverick.co.za/article/a/", "Daily Maverick"),
    ("Spinoff", None, "The Spinoff"), (None, "https://thespinoff.co.nz/politics/01-05-2024/a", "The Spinoff"),
    # a common word is the paper's at its own address or alone, not at another's
    ("Dawn", "https://www.example.com/a", "Dawn"), ("Spinoff", "https://www.example.com/a", "Spinoff"),
])
def test_publisher_name_knows_more_english_language_papers(name: str | None, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


@pytest.mark.parametrize("name", ["Age", "the ages", "The Age of AI", "Sky", "Times", "News", "Globe", "Herald"])
def test_a_short_publishers_name_catches_no_other_text(name: str) -> None:
    assert not is_publisher(name)
    assert publisher_name(name) == name


@pytest.mark.parametrize("url, expected", [("https://www.abc.net.au/news/2024-05-01/bridge/1234", "ABC News (Australia)"),
                                           ("https://abcnews.go.com/US/bridge/story?id=1", "ABC News")])
def test_a_page_named_abc_news_is_the_abc_its_address_names(url: str, expected: str) -> None:
    page = html_page("ABC News").replace(b"</head>", f'<link rel="canonical" href="{url}"></head>'.encode())
    (article,) = parse_bytes(page, "a.html", ".html").articles
    assert article.source == expected


WIKIPEDIA_LD = {"@context": "https://schema.org", "@type": "Article", "name": "Kiwi",
                "url": "https://en.wikipedia.org/wiki/Kiwi",
                "author": {"@type": "Organization", "name": "Contributors to Wikimedia projects"},
                "publisher": {"@type": "Organization", "name": "Wikimedia Foundation, Inc."}}
NATURE_LD = {"@context": "https://schema.org", "@type": "WebPage",
             "mainEntity": {"@type": "ScholarlyArticle", "headline": "Bridge",
                            "publisher": {"@type": "Organization", "name": "Springer Nature Limited"}}}


@pytest.mark.parametrize("url, data, expected", [
    # Wikipedia's pages name their owner, a foundation, in JSON-LD; nature.com's its owning company when no
    # og:site_name says "Nature": the site's short name is shown, as a newspaper's is over its company's.
    ("https://en.wikipedia.org/wiki/Kiwi", WIKIPEDIA_LD, "Wikipedia"),
    ("https://de.wikipedia.org/wiki/Kiwis", WIKIPEDIA_LD, "Wikipedia"),
    ("https://www.nature.com/articles/d41586-024-00001-1", NATURE_LD, "Nature"),
    # the foundation's own site, and the company's other sites, keep the name they state
    ("https://wikimediafoundation.org/news/2024/05/01/a/", WIKIPEDIA_LD, "Wikimedia Foundation, Inc."),
    ("https://link.springer.com/article/10.1007/a", NATURE_LD, "Springer Nature Limited"),
])
def test_a_sites_owner_in_structured_data_gives_way_to_the_sites_own_name(url: str, data: dict,
                                                                          expected: str) -> None:
    page = (f'<html><head><title>Bridge</title><link rel="canonical" href="{url}">'
            f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
            f"<body><article><h1>Bridge</h1><p>{BODY}</p></article></body></html>").encode()
    (article,) = parse_bytes(page, "a.html", ".html").articles
    assert article.source == expected


@pytest.mark.parametrize("name, url, expected", [
    ("Wikipedia", None, "Wikipedia"), ("wikipedia.org", None, "Wikipedia"),
    ("Nature", None, "Nature"), ("Nature Publishing Group", None, "Nature"), ("nature.com", None, "Nature"),
    ("Nature", "https://www.nature.com/articles/a", "Nature"),
    # "nature" is a common word: a site of another address so named keeps its name, tied to no journal
    ("Nature", "https://www.nature.org/en-us/a", "Nature"),
])
def test_publisher_name_knows_wikipedia_and_nature(name: str | None, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


def test_each_home_region_is_a_known_papers() -> None:
    """A country given a paper at a generic domain (HOME_REGIONS) is given one the table knows by that name."""
    assert set(HOME_REGIONS) <= set(PUBLISHERS)
