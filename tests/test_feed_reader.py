"""RSS 2.0, RSS 1.0 and Atom feeds: (input, expected) pairs for each format and each trap."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newssearch.documents import Article, parse_bytes, read_file
from newssearch.documents.feed import read_feed
from newssearch.errors import UnreadableFile

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


def fixture(name: str):
    """Read a fixture through the reader table, as the indexer does."""
    return read_file(FIXTURES / name, name)


def rss(items: str, channel: str = "<title>Feed</title>") -> bytes:
    """A minimal RSS 2.0 document around ``items``."""
    return f'<rss version="2.0"><channel>{channel}{items}</channel></rss>'.encode()


def atom(entries: str) -> bytes:
    """A minimal Atom document around ``entries``."""
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>{entries}</feed>'.encode()


# --- fixtures: one per feed format ------------------------------------------------------------


def test_rss2_with_cdata_html_content_dc_creator_and_an_item_with_only_a_headline():
    result = fixture("rss2_cdata.rss")
    assert result.articles[:2] == [
        Article(
            id="rss2_cdata.rss#harbour-1001",
            path="rss2_cdata.rss",
            title="Ferry & wharf reopen",
            title_source="rss:title",
            body="Short teaser.\n\nThe ferry and the wharf reopened on Friday.\n\nCrowds came back.",  # its teaser first
            date=date(2020, 6, 19),
            date_source="rss:pubDate",
            authors=("Jane Doe", "John Roe"),
            source="Harbour Times",
            url="https://harbour.example/ferry",
            lang="en",
        ),
        Article(
            id="rss2_cdata.rss#https://harbour.example/teaser",
            path="rss2_cdata.rss",
            title="Teaser-only item",
            title_source="rss:title",
            body="Only an escaped description.",
            authors=("Ann Editor",),
            source="Harbour Times",
            url="https://harbour.example/teaser",
            lang="en",
        ),
    ]
    # An item with a headline and no text is indexed by its headline, as a headlines feed's items are.
    assert result.articles[2:] == [Article(
        id="rss2_cdata.rss#harbour-1003", path="rss2_cdata.rss", title="Title without text", title_source="rss:title",
        body="Title without text", source="Harbour Times", lang="en")]
    assert result.skipped == []


def test_atom_with_alternate_link_xhtml_content_and_an_entry_dated_only_by_its_update():
    assert fixture("atom_alternate.atom").articles == [
        Article(
            id="atom_alternate.atom#tag:alpine.example,2021:1",
            path="atom_alternate.atom",
            title="Snow in May",
            title_source="atom:title",
            body="Teaser.\n\nSnow fell in May.\n\nRoads closed.",  # its summary first
            date=date(2021, 5, 4),
            date_source="atom:published",
            authors=("Eva Berg", "Max Roth"),
            source="Alpine Post",
            url="https://alpine.example/snow",
            lang="de",
        ),
        Article(
            id="atom_alternate.atom#tag:alpine.example,2021:2",
            path="atom_alternate.atom",
            title="Only updated",
            title_source="atom:title",
            body="A <b> is literal here.",
            date=date(2021, 5, 6),  # no publication date: its update's (RFC 4287's one required date)
            date_source="atom:updated",
            source="Alpine Post",
            url="https://alpine.example/updated",
            lang="de",
        ),
    ]


def test_an_rss1_feed_saved_under_its_usual_rdf_ending_is_read():
    # Sites serve RSS 1.0 as index.rdf or news.rdf: it had been ignored as a file of an unsupported type.
    from newssearch.documents import is_supported, parse_bytes

    data = (FIXTURES / "rdf.xml").read_bytes()
    assert is_supported("index.rdf")
    assert [a.title for a in parse_bytes(data, "index.rdf", ".rdf").articles] == ["Flood warning"]


def test_rss1_rdf_with_rdf_about_ids_and_dc_date():
    assert fixture("rdf.xml").articles == [
        Article(
            id="rdf.xml#https://river.example/flood",
            path="rdf.xml",
            title="Flood warning",
            title_source="rss:title",
            body="The river rose two metres overnight.",
            date=date(2019, 11, 8),
            date_source="dc:date",
            authors=("Sam Reed",),
            source="River News",
            url="https://river.example/flood",
            lang="en",
        )
    ]


def test_malformed_feed_is_recovered_item_by_item():
    result = fixture("malformed.rss")
    assert [(a.id, a.title, a.body, a.date, a.date_source, a.authors) for a in result.articles] == [
        ("malformed.rss#1", "AT&T deal closes", "The deal closed today", date(2018, 2, 3), "dc:date", ("Lee Kim",)),
        ("malformed.rss#2", "Second story", "Still read after the broken item.", None, None, ()),
    ]


def test_items_whose_raw_html_leaves_a_tag_open_are_each_read_alone_however_many() -> None:
    """A ``<br>`` left raw in every description nests each item in the one before it: each body had held the text
    of every later item, and past libxml2's 256 levels (127 items) the rest of the feed had been lost unsaid."""
    items = "".join(f"<item><title>Story {n}</title><link>https://news.example/{n}</link>"
                    f"<description>Ferry {n} sailed.<br>Crowds came.</description></item>\n" for n in range(1, 301))
    articles = parse_bytes(rss(items), "feed.rss", ".rss").articles
    assert len(articles) == 300
    assert [(a.title, a.url, a.body) for a in (articles[0], articles[-1])] == [
        ("Story 1", "https://news.example/1", "Ferry 1 sailed.\nCrowds came."),
        ("Story 300", "https://news.example/300", "Ferry 300 sailed.\nCrowds came.")]


def test_an_item_nested_past_the_parsers_depth_limit_leaves_the_items_after_it_read() -> None:
    deep = "<div>" * 300 + "Deep text." + "</div>" * 300
    data = rss(f"<item><title>Deep</title><description>Lede.{deep}</description></item>"
               "<item><title>After</title><description>Read after the deep item.</description></item>")
    assert [(a.title, a.body) for a in parse_bytes(data, "feed.rss", ".rss").articles][1:] == [
        ("After", "Read after the deep item.")]


def test_sitemap_is_not_a_feed():
    with pytest.raises(UnreadableFile) as caught:
        fixture("sitemap.xml")
    assert str(caught.value) == "not an RSS or Atom feed, an NITF article or a NewsML item (root element <urlset>)"


# --- item fields --------------------------------------------------------------------------------

ITEMS = [
    # (feed, (id, title, title_source, body, url)): an item with no guid keyed by its link, else its place
    (rss("<item><description>No title here. More.</description></item>"),
     ("f.rss#1", "No title here", "lede", "No title here. More.", None)),
    (rss('<item><guid>https://x.example/g</guid><description>B</description></item>'),
     ("f.rss#https://x.example/g", "B", "lede", "B", "https://x.example/g")),
    (rss('<item><guid isPermaLink="false">https://x.example/g</guid><description>B</description></item>'),
     ("f.rss#https://x.example/g", "B", "lede", "B", None)),
    (atom('<entry><title>T</title><link rel="enclosure" href="https://x.example/a.mp3"/>'
          '<link href="https://x.example/page"/><summary type="html">&lt;p&gt;S&lt;/p&gt;</summary></entry>'),
     ("f.rss#https://x.example/page", "T", "atom:title", "S", "https://x.example/page")),
    # Content held elsewhere: its teaser is the text, its src the address (test_feed_content_src)
    (atom('<entry><title>T</title><content src="https://x.example/out"/><summary>Teaser</summary></entry>'),
     ("f.rss#https://x.example/out", "T", "atom:title", "Teaser", "https://x.example/out")),
    (rss('<item xmlns:media="http://search.yahoo.com/mrss/"><title>T</title>'
         '<media:content url="https://x.example/i.jpg"/><description>Desc</description></item>'),
     ("f.rss#1", "T", "rss:title", "Desc", None)),
    # The Guardian's shape: a media:content with a credit inside, before the description.
    (rss('<item xmlns:media="http://search.yahoo.com/mrss/"><title>T</title><media:content url="https://x.example/i.jpg">'
         '<media:credit>Photograph: Reuters</media:credit></media:content><media:title>Pic</media:title>'
         '<description>Troops near Avdiivka</description></item>'),
     ("f.rss#1", "T", "rss:title", "Troops near Avdiivka", None)),
    (rss('<item><media:content url="u"><media:credit>Photo: AP</media:credit></media:content><description>D</description></item>'),
     ("f.rss#1", "D", "lede", "D", None)),  # undeclared prefix
    # A YouTube channel's feed: the video's description is the only text an entry has.
    (atom('<entry xmlns:media="http://search.yahoo.com/mrss/"><id>yt:video:abc</id><title>Residents return</title>'
          '<media:group><media:title>Residents return</media:title><media:description>Residents of the valley went'
          ' home.</media:description></media:group></entry>'),
     ("f.rss#yt:video:abc", "Residents return", "atom:title", "Residents of the valley went home.", None)),
    # Relative links: against the channel's link (RSS), or xml:base (Atom).
    (rss("<item><title>T</title><link>/2023/11/12/road/</link><description>D</description></item>",
         "<title>F</title><link>https://gazette.example/</link>"),
     ("f.rss#https://gazette.example/2023/11/12/road/", "T", "rss:title", "D", "https://gazette.example/2023/11/12/road/")),
    (b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/news/"><title>F</title>'
     b'<entry><title>T</title><link href="2024/wells"/><content>D</content></entry></feed>',
     ("f.rss#https://blog.example/news/2024/wells", "T", "atom:title", "D", "https://blog.example/news/2024/wells")),
    (rss("<item><title>T</title><link>/road/</link><description>D</description></item>"),
     ("f.rss#/road/", "T", "rss:title", "D", "/road/")),  # nothing to resolve against: kept as given
]


@pytest.mark.parametrize("data, expected", ITEMS)
def test_item_fields(data: bytes, expected: tuple):
    (a,) = read_feed(data, "f.rss").articles
    assert (a.id, a.title, a.title_source, a.body, a.url) == expected


def _linked(link: str, word: str, guid: str = "") -> str:
    """An RSS item with a link (none when ``link`` is empty) and, when given, a guid."""
    return (f"<item>{guid and f'<guid>{guid}</guid>'}{link and f'<link>{link}</link>'}"
            f"<description>{word}</description></item>")


KEYS = [
    # (items, their ids): an item without a guid is keyed by its link while those links tell the items apart
    ([_linked("https://x.example/a", "A"), _linked("https://x.example/b", "B")],
     ["f.rss#https://x.example/a", "f.rss#https://x.example/b"]),
    ([_linked("https://x.example/a", "A", guid="g1"), _linked("https://x.example/b", "B")],  # a guid is kept
     ["f.rss#g1", "f.rss#https://x.example/b"]),
    ([_linked("https://x.example/a", "A"), _linked("https://x.example/a", "B")],  # one link twice: places
     ["f.rss#1", "f.rss#2"]),
    ([_linked("https://x.example/a", "A"), _linked("", "B")],  # an item with no link: places
     ["f.rss#1", "f.rss#2"]),
    ([_linked("https://x.example/a", "A", guid="https://x.example/b"), _linked("https://x.example/b", "B")],
     ["f.rss#https://x.example/b", "f.rss#2"]),  # a link another item's guid: places
]


@pytest.mark.parametrize("items, expected", KEYS)
def test_item_keys(items: list[str], expected: list[str]):
    assert [a.id for a in read_feed(rss("".join(items)), "f.rss").articles] == expected


def test_item_ids_stay_when_an_item_is_added_on_top():
    old = [_linked(f"https://x.example/{n}", f"Story {n}") for n in (2, 3, 4)]
    before = [a.id for a in read_feed(rss("".join(old)), "f.rss").articles]
    after = [a.id for a in read_feed(rss(_linked("https://x.example/1", "Story 1") + "".join(old)), "f.rss").articles]
    assert after[1:] == before


HEADLINES = [
    # (item, (title, body, url, date)): a headlines feed's items have no text, and are their headlines
    (("<title>Quake strikes off Hokkaido</title><link>https://wire.example/quake</link>"
      "<pubDate>Wed, 20 Mar 2024 10:00:00 +0000</pubDate>"),
     ("Quake strikes off Hokkaido", "Quake strikes off Hokkaido", "https://wire.example/quake", date(2024, 3, 20))),
    ("<title>Rates held at 5.5%</title><link>https://wire.example/rates</link><description> </description>",
     ("Rates held at 5.5%", "Rates held at 5.5%", "https://wire.example/rates", None)),
    ("<title>Floods close roads - RNZ</title><source url='https://www.rnz.co.nz'>RNZ</source>",
     ("Floods close roads", "Floods close roads", None, None)),
]


@pytest.mark.parametrize("item, expected", HEADLINES)
def test_an_item_with_only_a_headline_is_indexed_by_it(item: str, expected: tuple) -> None:
    [a] = read_feed(rss(f"<item>{item}</item>", "<title>Wire</title>"), "f.rss").articles
    assert (a.title, a.body, a.url, a.date) == expected
    assert a.title_source == "rss:title" and a.source in ("Wire", "RNZ")


DATES = [
    ("<pubDate>Fri, 19 Jun 2020 23:30:00 +1200</pubDate>", (date(2020, 6, 19), "rss:pubDate")),
    ('<dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2020-06-19</dc:date>', (date(2020, 6, 19), "dc:date")),
    ("<pubDate>not a date</pubDate><dc:date>2020-06-19</dc:date>", (date(2020, 6, 19), "dc:date")),
    # An item's Atom update dates it only when no publication date reads (.NET's a10:updated: test_feed_rss_updates)
    ("<atom:updated xmlns:atom='http://www.w3.org/2005/Atom'>2020-06-19</atom:updated>",
     (date(2020, 6, 19), "atom:updated")),
    ("<atom:updated xmlns:atom='http://www.w3.org/2005/Atom'>2020-06-19</atom:updated>"
     "<pubDate>Fri, 12 Jun 2020 23:30:00 +1200</pubDate>", (date(2020, 6, 12), "rss:pubDate")),
    ("<lastBuildDate>Fri, 19 Jun 2020 23:30:00 +1200</lastBuildDate>", (None, None)),
    ("<pubDate>Fri, 05 Jan 24 09:12:45 GMT</pubDate>", (date(2024, 1, 5), "rss:pubDate")),  # RFC 822's two-digit year
    # Unix time, as a scraper's or a CMS's homemade feed writes it, read as a JSON export's is (it had been undated)
    ("<pubDate>1709627400</pubDate>", (date(2024, 3, 5), "rss:pubDate")),
    ("<pubDate>1709627400000</pubDate>", (date(2024, 3, 5), "rss:pubDate")),
    # No date of its own: the date in its address, as a page's (a headlines feed's item had been undated)
    ("<link>https://example.com/2022/05/06/story</link>", (date(2022, 5, 6), "url")),
    ("<pubDate>Fri, 19 Jun 2020 23:30:00 +1200</pubDate><link>https://example.com/2022/05/06/x</link>",
     (date(2020, 6, 19), "rss:pubDate")),
]


@pytest.mark.parametrize("element, expected", DATES)
def test_item_dates_are_publication_dates_only(element: str, expected: tuple):
    (a,) = read_feed(rss(f"<item><description>B</description>{element}</item>"), "f.rss").articles
    assert (a.date, a.date_source) == expected


@pytest.mark.parametrize("channel, expected", [
    ("<language>de</language>", date(2021, 3, 6)),   # German writes the day first
    ("<language>en-us</language>", date(2021, 6, 3)),
    ("", date(2021, 6, 3)),                          # no language, a .com: month first
])
def test_an_address_dated_year_last_is_read_in_the_feeds_language(channel: str, expected: date):
    """A German feed's ``/06-03-2021/`` is 6 March, as its pages' dates are: it had been read as 3 June."""
    item = "<item><description>B</description><link>https://example.com/news/06-03-2021/sturm</link></item>"
    (a,) = read_feed(rss(item, "<title>Feed</title>" + channel), "f.rss").articles
    assert (a.date, a.date_source) == (expected, "url")


GERMAN = ("Der Stadtrat hat am Dienstag die neuen Pläne für den Hafen beschlossen, und die Arbeiten sollen noch in "
          "diesem Jahr beginnen. Die Kosten sind nicht mit dem Bund abgestimmt, sagte der Bürgermeister.")
ENGLISH = ("The council voted on Tuesday to approve the new plans for the harbour, and the work is to begin this year. "
           "The costs have not been agreed with the government, the mayor said.")


@pytest.mark.parametrize("channel, text, expected", [
    ("<language>de</language>", "B", date(2024, 3, 5)),        # the feed's language: German, day first
    ("<language>en-us</language>", "B", date(2024, 5, 3)),
    ("", GERMAN, date(2024, 3, 5)),                            # none named: its text's
    ("", ENGLISH, date(2024, 5, 3)),
])
def test_an_items_slashed_date_is_read_in_its_feeds_or_its_texts_language(channel: str, text: str,
                                                                          expected: date) -> None:
    """A German item's <dc:date>05/03/2024</dc:date> is 5 March: it had been read month first whatever its language."""
    item = f"<item><description>{text}</description><dc:date>05/03/2024</dc:date></item>"
    (a,) = read_feed(rss(item, "<title>Feed</title>" + channel), "f.rss").articles
    assert (a.date, a.date_source) == (expected, "dc:date")


@pytest.mark.parametrize("channel, text, expected", [
    ("<title>RNZ</title>", "B", date(2024, 3, 7)),                           # its publisher: New Zealand's
    ("<title>Feed</title>", "The next vote is on 25/03/2024.", date(2024, 3, 7)),   # its text's other date
    ("<title>Feed</title>", "The vote on 7 March 2024 was close.", date(2024, 3, 7)),
    ("<title>CNN</title>", "B", date(2024, 7, 3)),                           # a US publisher: month first
    ("<title>Feed</title>", "B", date(2024, 7, 3)),                          # no evidence
])
def test_an_english_items_slashed_date_is_read_day_first_where_it_shows_so(channel: str, text: str,
                                                                           expected: date) -> None:
    item = f"<item><description>{text}</description><dc:date>7/03/2024</dc:date></item>"
    (a,) = read_feed(rss(item, channel), "f.rss").articles
    assert (a.date, a.date_source) == (expected, "dc:date")


ATOM_DATES = [
    # (entry's date elements, (date, date_source)): updated is the date only when no publication date reads
    ("<updated>2024-03-25T09:00:00Z</updated>", (date(2024, 3, 25), "atom:updated")),
    ("<published>2024-03-01T09:00:00Z</published><updated>2024-03-25T09:00:00Z</updated>",
     (date(2024, 3, 1), "atom:published")),
    ("<updated>2024-03-25T09:00:00Z</updated><published>not a date</published>", (date(2024, 3, 25), "atom:updated")),
    ("", (None, None)),
]


@pytest.mark.parametrize("elements, expected", ATOM_DATES)
def test_an_atom_entry_without_a_publication_date_is_dated_by_its_update(elements: str, expected: tuple) -> None:
    (a,) = read_feed(atom(f"<updated>2020-01-01T00:00:00Z</updated><entry>{elements}<content>B</content></entry>"),
                     "f.atom").articles
    assert (a.date, a.date_source) == expected


AUTHORS = [
    ("<author>jo@x.example (Jo Bloggs)</author>", ("Jo Bloggs",)),
    # An address alone names no one, in RSS 2.0's <author> or in dc:creator; after a name it goes.
    ("<author>newsdesk@stuff.co.nz</author>", ()),
    ("<dc:creator>mailto:jo@x.example</dc:creator><author>Jo Bloggs &lt;jo@x.example&gt;</author>", ("Jo Bloggs",)),
    ("<dc:creator>By Ann</dc:creator><dc:creator>Bob</dc:creator><author>Ann</author>", ("Ann", "Bob")),
    ("<dc:creator><![CDATA[Kim Lee, Max Ng]]></dc:creator>", ("Kim Lee", "Max Ng")),
]


@pytest.mark.parametrize("elements, expected", AUTHORS)
def test_item_authors(elements: str, expected: tuple[str, ...]):
    (a,) = read_feed(rss(f"<item><description>B</description>{elements}</item>"), "f.rss").articles
    assert a.authors == expected


def test_an_items_byline_is_read_in_its_language() -> None:
    item = ('<item xml:lang="de"><description>Die Wahl.</description>'
            "<dc:creator>Von Thomas Müller und Anna Weber</dc:creator></item>")
    (a,) = read_feed(rss(item), "f.rss").articles
    assert a.authors == ("Thomas Müller", "Anna Weber")


def test_duplicate_guids_stay_distinct():
    items = "".join(f"<item><guid>g</guid><description>{n}</description></item>" for n in range(3))
    assert [a.id for a in read_feed(rss(items), "f.rss").articles] == ["f.rss#g", "f.rss#g-2", "f.rss#g-3"]


def test_item_language_overrides_channel_language():
    data = rss('<item xml:lang="fr"><description>B</description></item>', "<title>F</title><language>en</language>")
    assert read_feed(data, "f.rss").articles[0].lang == "fr"


def test_an_items_own_language_element_overrides_its_channels() -> None:
    """A feed mixing languages names each item's in its <dc:language> (RSS 1.0 and Dublin Core feeds): it had been
    given the channel's, and a short French item too few words to tell was lang:en."""
    items = ('<item><dc:language>fr</dc:language><description>Les trains sont annulés.</description></item>'
             '<item><description>Trains are cancelled.</description></item>')
    data = rss(items, "<title>F</title><language>en</language>").replace(
        b"<rss ", b'<rss xmlns:dc="http://purl.org/dc/elements/1.1/" ')
    assert [a.lang for a in read_feed(data, "f.rss").articles] == ["fr", "en"]


_FRENCH = "Les trains sont annulés."  # too few words to tell their language


@pytest.mark.parametrize("entry, feed_lang, expected", [
    (f'<entry><title>T</title><content xml:lang="fr">{_FRENCH}</content></entry>', "", "fr"),
    (f'<entry><title>T</title><summary xml:lang="fr">{_FRENCH}</summary></entry>', "", "fr"),
    (f'<entry><title>T</title><content type="html" xml:lang="fr">{_FRENCH}</content></entry>', "en", "fr"),
    (f'<entry xml:lang="de"><title>T</title><content xml:lang="fr">{_FRENCH}</content></entry>', "en", "fr"),
    (f'<entry><title>T</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr">'
     f'{_FRENCH}</div></content></entry>', "en", "fr"),
    (f'<entry><title xml:lang="fr">{_FRENCH}</title></entry>', "en", "fr"),  # a headline alone
    (f'<entry xml:lang="fr"><title>T</title><content>{_FRENCH}</content></entry>', "en", "fr"),
    (f'<entry><title>T</title><content>{_FRENCH}</content></entry>', "fr", "fr"),  # the feed's
    # the text's element says nothing: the entry's, then the feed's; a summary beside the content is not its text
    (f'<entry><title>T</title><content>{_FRENCH}</content><summary xml:lang="de">Kurz.</summary></entry>', "fr", "fr"),
])
def test_an_atom_entrys_xml_lang_on_its_text_names_its_language(entry: str, feed_lang: str, expected: str) -> None:
    """An Atom entry's language is the ``xml:lang`` its text is in (its <content>, else <summary>, else its title),
    inherited from the entry and then the feed, as an RSS item's <dc:language> is over its channel's: one on the
    <content> or <summary> had been ignored, and a short French entry was the feed's English or none."""
    data = atom(entry).replace(b"<feed ", f'<feed xml:lang="{feed_lang}" '.encode() if feed_lang else b"<feed ")
    assert [a.lang for a in read_feed(data, "f.atom").articles] == [expected]


@pytest.mark.parametrize("declared", [' xmlns:xhtml="http://www.w3.org/1999/xhtml"', ""])
def test_atom_xhtml_written_with_a_prefix_is_read_as_markup(declared: str) -> None:
    """XHTML under a prefix, as RFC 4287's own example writes it (``<xhtml:div>``, on the entry or on the feed): its
    tags, ``xmlns:xhtml`` and all, had been the entry's text."""
    entry = (f'<entry{declared}><title type="xhtml"><xhtml:div>Less: <xhtml:em>&lt;</xhtml:em></xhtml:div></title>'
             '<content type="xhtml"><xhtml:div><xhtml:p>Ferries ran <xhtml:b>late</xhtml:b>.</xhtml:p>'
             '<xhtml:p>Buses did not.</xhtml:p></xhtml:div></content></entry>')
    [article] = read_feed(atom(entry), "f.atom").articles
    assert (article.title, article.body) == ("Less: <", "Ferries ran late.\n\nBuses did not.")


def test_item_source_names_the_publisher_and_leaves_the_title():
    # Google News: the feed is the aggregator, <source> the outlet, and the title ends " - Outlet".
    item = ('<item><title>Floods close roads - RNZ</title><description>Floods closed roads.</description>'
            '<source url="https://www.rnz.co.nz">RNZ</source></item>')
    [article] = read_feed(rss(item, '<title>"Auckland" - Google News</title>'), "g.rss").articles
    assert (article.title, article.source) == ("Floods close roads", "RNZ")
    entry = ("<entry><title>Ferries late | Stuff</title><content>Ferries ran late.</content>"
             "<source><id>tag:stuff</id><title>Stuff</title></source></entry>")
    [article] = read_feed(atom(entry), "a.atom").articles
    assert (article.title, article.source) == ("Ferries late", "Stuff")


def test_a_title_that_is_only_the_source_name_is_kept():
    [article] = read_feed(rss("<item><title>RNZ</title><description>B</description></item>", "<title>RNZ</title>"),
                          "f.rss").articles
    assert (article.title, article.source) == ("RNZ", "RNZ")


def test_html_entities_are_read_and_spoil_nothing_after_them():
    # One &eacute; had made the parser drop every later &lt; and &amp; of the file: "pATT was fined b$5m/b".
    items = ("<item><title>Caf&eacute; reopens</title><description>The caf&eacute;&nbsp;reopened.</description></item>"
             "<item><title>AT&amp;T fined</title><description>&lt;p&gt;AT&amp;T was fined &lt;b&gt;$5m&lt;/b&gt;.&lt;/p&gt;"
             "</description></item>")
    first, second = read_feed(rss(items), "f.rss").articles
    assert (first.title, first.body) == ("Café reopens", "The café\xa0reopened.")
    assert (second.title, second.body) == ("AT&T fined", "AT&T was fined $5m.")


@pytest.mark.parametrize("reference, read", [
    ("&bogus;", ""), ("&a.b;", ""), ("&#0;", "\ufffd"), ("&#27;", ""), ("&#x110000;", "\ufffd"),
    ("&#xD800;", "\ufffd"), ("&#146;", "\u2019"), ("&#55357;&#56832;", "\U0001f600"), ("&#xD83D;&#xDE00;", "\U0001f600"),
])
def test_a_reference_xml_forbids_is_read_as_a_browser_reads_it_and_spoils_nothing_after_it(reference: str,
                                                                                            read: str) -> None:
    # A name nothing defines (left out, as before) or a number XML forbids had made the parser drop every later &amp;
    # and &lt; of the file ("AT&T fined" read "ATT fined"); a surrogate (as tools writing UTF-16's units make an emoji) raised
    # UnicodeDecodeError, the whole feed lost. A number is read as HTML reads it, a surrogate pair as its character.
    items = (f"<item><title>Fish{reference} &amp; chips</title><description>One {reference}.</description></item>"
             "<item><title>AT&amp;T fined</title><description>&lt;p&gt;AT&amp;T was fined.&lt;/p&gt;</description></item>")
    first, second = read_feed(rss(items), "f.rss").articles
    assert (first.title, second.title, second.body) == (f"Fish{read} & chips", "AT&T fined", "AT&T was fined.")


@pytest.mark.parametrize("declaration", [b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-8"?>', b""])
def test_a_windows_1252_feed_that_claims_utf8_or_nothing_is_read_as_windows_1252(declaration: bytes):
    data = declaration + rss("<item><title>\u201cCr\u00e8me br\u00fbl\u00e9e\u201d</title><description>\u20ac5</description></item>",
                             "<title>Le Caf\u00e9</title>").decode().encode("cp1252")
    [article] = read_feed(data, "f.rss").articles
    assert (article.title, article.body, article.source) == ("“Crème brûlée”", "€5", "Le Café")


WIDE = ('<?xml version="1.0" encoding="{label}"?>\n'
        + rss("<item><title>Fish &amp; chips caf\u00e9</title><description>Fish &amp; chips &#8211; &eacute;t\u00e9"
              "</description></item>").decode())


@pytest.mark.parametrize("codec, label, mark", [
    ("utf-16-le", "UTF-16", b"\xff\xfe"), ("utf-16-be", "UTF-16", b"\xfe\xff"),  # with the mark
    ("utf-16-le", "UTF-16", b""), ("utf-16-be", "UTF-16", b""),  # without: XML's "<" tells it
    ("utf-32-le", "UTF-32", b"\xff\xfe\x00\x00"), ("utf-32-be", "UTF-32", b""),
    ("utf-16-le", "utf-16le", b"\xff\xfe"),
])
def test_a_feed_in_utf16_or_utf32_reads_its_entities_and_letters(codec: str, label: str, mark: bytes) -> None:
    # Byte repairs over UTF-16 had made every "&amp;" CJK; without a mark, one "é" made the file unreadable.
    [article] = read_feed(mark + WIDE.format(label=label).encode(codec), "f.rss").articles
    assert (article.title, article.body) == ("Fish & chips café", "Fish & chips – été")


def test_a_utf16_feed_without_a_declaration_or_after_a_blank_line() -> None:
    for text in (rss("<item><description>Caf\u00e9 &amp; bar</description></item>").decode(),
                 '\n<?xml version="1.0" encoding="UTF-16"?>' + rss("<item><description>Caf\u00e9 &amp; bar</description></item>").decode()):
        assert [a.body for a in read_feed(text.encode("utf-16"), "f.rss").articles] == ["Café & bar"]


def test_a_feed_in_a_declared_encoding_is_left_to_the_parser():
    data = b'<?xml version="1.0" encoding="ISO-8859-1"?>' + rss("<item><description>Zürich</description></item>").decode().encode("latin-1")
    assert read_feed(data, "f.rss").articles[0].body == "Zürich"


@pytest.mark.parametrize("escaped", [False, True])
def test_an_item_of_more_than_ten_million_characters_is_read_whole(escaped: bool):
    # libxml2's limit on one text's length: the item had been cut at its 10,000,000th character (in CDATA, only
    # the text after it kept), and nothing said so.
    words = "The council met again on Tuesday. " * 300_000 + "Adjourned."
    text = f"&lt;p&gt;{words}&lt;/p&gt;" if escaped else f"<![CDATA[<p>{words}</p>]]>"
    [article] = read_feed(rss(f"<item><title>Minutes</title><description>{text}</description></item>"), "f.rss").articles
    assert len(article.body) > 10_000_000 and article.body.endswith("Adjourned.")


def test_a_utf8_feed_that_declares_another_encoding_is_read_as_utf8():
    # As a page is (valid UTF-8 first): a blog's feed labelled ISO-8859-1 over UTF-8 had its "Café" as "CafÃ©".
    data = (b'<?xml version="1.0" encoding="ISO-8859-1"?>'
            + rss("<item><title>Caf\u00e9 \u201cnews\u201d</title><description>Z\u00fcrich</description></item>"))
    [article] = read_feed(data, "f.rss").articles
    assert (article.title, article.body) == ("Caf\u00e9 \u201cnews\u201d", "Z\u00fcrich")


def test_a_section_feed_is_credited_to_its_publisher():
    channel = "<title>World news | The Guardian</title><link>https://www.theguardian.com/world</link>"
    [article] = read_feed(rss("<item><description>B</description></item>", channel), "f.rss").articles
    assert article.source == "The Guardian"


def test_a_podcast_episode_links_to_its_file_and_wordpress_footers_are_left_out():
    item = ('<item><title>Episode 4</title><enclosure url="https://pod.example/4.mp3" type="audio/mpeg"/>'
            "<description>&lt;p&gt;We talk ferries.&lt;/p&gt;&lt;p&gt;The post Episode 4 appeared first on "
            "Harbour Pod.&lt;/p&gt;</description></item>")
    [article] = read_feed(rss(item), "f.rss").articles
    assert (article.url, article.body) == ("https://pod.example/4.mp3", "We talk ferries.")


def test_a_long_headline_is_kept_whole():
    headline = "Government announces sweeping overhaul of the national health service including new funding for " \
               "rural hospitals, mental health clinics and ambulance dispatch centres"
    [article] = read_feed(rss(f"<item><title>{headline}</title><description>B</description></item>"), "f.rss").articles
    assert article.title == headline


def test_feed_with_bom_and_leading_blank_line_through_the_table():
    data = b'\xef\xbb\xbf\n<?xml version="1.0"?>' + rss("<item><description>B</description></item>")
    assert [a.body for a in parse_bytes(data, "f.atom", ".atom").articles] == ["B"]


# --- safety: no entity expansion, no external entities --------------------------------------------


SECOND_ITEM = "<item><title>Gas</title><description>Gas fell.</description></item></channel></rss>"


def test_entity_bomb_is_not_expanded_and_the_feed_not_read():
    # libxml2 stops reading at the bomb: the item after it had been lost without a word (and deleted from the index).
    lols = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    data = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{lols}]>'
            f'<rss><channel><title>T</title><item><description>Start &l9; end</description></item>{SECOND_ITEM}').encode()
    with pytest.raises(UnreadableFile, match=r"^the file declares entities that expand without end \(an entity "
                                             r"expansion bomb\): not read$"):
        read_feed(data, "f.rss")


def test_a_quadratic_entity_blowup_is_not_expanded_and_the_feed_not_read():
    data = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{"x" * 50_000}">]><rss><channel><title>T</title>'
            f'<item><description>Start {"&a;" * 20_000} end</description></item>{SECOND_ITEM}').encode()
    with pytest.raises(UnreadableFile, match="entity expansion bomb"):  # not the 1 GB it asks for, nor one item
        read_feed(data, "f.rss")


DOCTYPE_ENTITIES = [
    # (the DOCTYPE's declarations, the text using them, the text read): the feed's own entities are expanded
    ('<!ENTITY company "Acme Broadcasting">', "&company; wins", "Acme Broadcasting wins"),
    ('<!ENTITY co "Acme"><!ENTITY full "&co; Broadcasting">', "&full; wins", "Acme Broadcasting wins"),
    ('<!ENTITY copy "Acme Ltd">', "&copy; wins", "Acme Ltd wins"),  # its own meaning, not HTML's ©
    ('<!ENTITY ext SYSTEM "file:///etc/hostname">', "&ext; wins", "wins"),  # never fetched, never left as junk
    ("", "&undeclared; wins", "wins"),
]


@pytest.mark.parametrize("declarations, text, read", DOCTYPE_ENTITIES)
def test_entities_the_feed_declares_itself_are_expanded(declarations: str, text: str, read: str) -> None:
    data = (f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n  {declarations}\n]>\n<rss><channel><title>{text} news</title>'
            f"<item><title>{text}</title><description>The regulator: {text}.</description></item></channel></rss>").encode()
    [article] = read_feed(data, "f.rss").articles
    body = " ".join(article.body.split())  # an entity dropped leaves the spaces around it
    assert (article.title, body, article.source) == (read, f"The regulator: {read}.", f"{read} news")


def test_external_entity_is_not_fetched():
    data = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
        b"<rss><channel><title>T</title><item><description>Secret: &xxe;.</description></item></channel></rss>"
    )
    (a,) = read_feed(data, "f.rss").articles
    assert a.body == "Secret: ."  # neither fetched nor left as "&xxe;" junk


# --- a feed cut short (a download stopped midway) -------------------------------------------------

WHOLE = rss("".join(f"<item><title>{t}</title><guid>g{n}</guid><description>{t} text.</description></item>\n"
                    for n, t in enumerate(["Apple", "Bridge", "Choir"], 1)))


def cut_at(marker: bytes, after: int = 0) -> bytes:
    """``WHOLE`` cut ``after`` bytes past the first ``marker``."""
    return WHOLE[: WHOLE.index(marker) + after]


CUT_SHORT = [
    # (the bytes, the articles read, the skips) -- the items after the cut are not deleted, only not read
    (cut_at(b"<item><title>Bridge"), ["f.rss#g1"], [("f.rss", "after item 1: the file ends here, before the feed does (cut short)")]),
    (cut_at(b"Bridge text.", 6), ["f.rss#g1"], [("f.rss", "item 2: the file ends inside it (cut short)")]),
    (cut_at(b"<item><title>Bridge", 10), ["f.rss#g1"],
     [("f.rss", "item 2: the file ends inside it (cut short)")]),
    (cut_at(b"</channel>"), ["f.rss#g1", "f.rss#g2", "f.rss#g3"],
     [("f.rss", "after item 3: the file ends here, before the feed does (cut short)")]),
    (cut_at(b"</rss>"), ["f.rss#g1", "f.rss#g2", "f.rss#g3"], []),  # every item is there: nothing after the channel
    (atom("<entry><id>e1</id><content>One</content></entry><entry><id>e2</id><content>Tw")[:-len("</feed>")],
     ["f.rss#e1"], [("f.rss", "entry 2: the file ends inside it (cut short)")]),
]


@pytest.mark.parametrize("data, articles, skips", CUT_SHORT)
def test_a_feed_cut_short_says_where_and_gives_no_item_it_ends_inside(data: bytes, articles: list[str],
                                                                       skips: list[tuple[str, str]]) -> None:
    result = read_feed(data, "f.rss")
    assert [a.id for a in result.articles] == articles
    assert [(skip.path, skip.reason) for skip in result.skipped] == skips


@pytest.mark.parametrize("data, reason", [
    (cut_at(b"<item>"), "feed cut short before its first item (the file ends early)"),
    (cut_at(b"Apple text", 3), "no articles in file (item 1: the file ends inside it (cut short))"),
])
def test_a_feed_cut_short_before_an_item_is_whole_is_unreadable(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_feed(data, "f.rss")
    assert str(caught.value) == reason


# --- whole files that cannot be read -----------------------------------------------------------

UNREADABLE = [
    (b"<config><value>1</value></config>", "not an RSS or Atom feed, an NITF article or a NewsML item (root element <config>)"),
    (b"<html><body><p>A web page</p></body></html>", "not an RSS or Atom feed, an NITF article or a NewsML item (root element <html>)"),
    (b"just some words", "not an RSS or Atom feed (no XML elements)"),
    (atom("<entry><id>e</id><title> </title></entry>"), "no articles in file (entry 1: no body text)"),
    (rss("<item><guid>a</guid></item><item><link>https://x.example/b</link><description> </description></item>"),
     "no articles in file (2 records skipped; first: item 1: no body text)"),
]


def test_a_feed_of_no_items_is_read_as_no_articles() -> None:
    result = read_feed(rss(""), "f.xml")
    assert result.articles == []
    assert [(skip.path, skip.reason) for skip in result.skipped] == [("f.xml", "no articles in file (feed has no items)")]


@pytest.mark.parametrize("data, reason", UNREADABLE)
def test_unreadable_feeds_say_why(data: bytes, reason: str):
    with pytest.raises(UnreadableFile) as caught:
        read_feed(data, "f.xml")
    assert str(caught.value) == reason


def test_a_page_or_feed_declared_iso_8859_1_is_read_as_windows_1252_as_browsers_do() -> None:
    from newssearch.documents import parse_bytes
    from newssearch.documents.html import decode_html

    page = b'<html><head><meta charset="iso-8859-1"><title>\x93Quoted\x94</title></head><body>caf\xe9 \x96 it\x92s</body></html>'
    assert "\u201cQuoted\u201d" in decode_html(page) and "caf\u00e9 \u2013 it\u2019s" in decode_html(page)
    feed = (b'<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>F</title><item><title>\x93Quoted\x94 '
            b'feed</title><description>It\x92s caf\xe9 time.</description></item></channel></rss>')
    [article] = parse_bytes(feed, "f.rss", ".rss").articles
    assert (article.title, article.body) == ("\u201cQuoted\u201d feed", "It\u2019s caf\u00e9 time.")


@pytest.mark.parametrize(("label", "codec", "word"), [
    ("x-mac-roman", "mac_roman", "caf\u00e9"), ("x-sjis", "cp932", "\u30ab\u30d5\u30a7"), ("x-gbk", "gbk", "\u5496\u5561"),
    ("iso-8859-8-i", "iso8859_8", "\u05e7\u05e4\u05d4"), ("windows-874", "cp874", "\u0e01\u0e32\u0e41\u0e1f"),
    ("x-mac-cyrillic", "mac_cyrillic", "\u043a\u0430\u0444\u0435"), ("x-cp1252", "cp1252", "caf\u00e9 \u2013"),
])
def test_a_page_feed_or_mail_in_a_charset_only_browsers_name_is_read_in_it(label: str, codec: str, word: str) -> None:
    """The WHATWG Encoding Standard's labels Python's codecs do not know (x-mac-roman, x-sjis, iso-8859-8-i) name
    the code page browsers read: such a page, feed or e-mail had been read as another, its words mojibake."""
    from newssearch.documents import parse_bytes
    from newssearch.documents.html import decode_html

    page = f'<html><head><meta charset="{label}"><title>{word}</title></head><body>The {word} opens.</body></html>'
    assert f"<title>{word}</title>" in decode_html(page.encode(codec))
    feed = (f'<?xml version="1.0" encoding="{label}"?><rss><channel><title>F</title><item><title>{word} opens</title>'
            f'<description>The {word} opened on Monday.</description></item></channel></rss>')
    [article] = parse_bytes(feed.encode(codec), "f.rss", ".rss").articles
    assert (article.title, article.body) == (f"{word} opens", f"The {word} opened on Monday.")
    mail = (f'From: a@example.com\nSubject: Opening\nContent-Type: text/plain; charset="{label}"\n\n'
            f'The {word} opened on Monday in the city centre.\n')
    [article] = parse_bytes(mail.encode(codec), "m.eml", ".eml").articles
    assert article.body == f"The {word} opened on Monday in the city centre."


def test_an_atom_entry_without_an_author_has_the_feeds() -> None:
    """RFC 4287 4.2.1: an entry's authors are the feed's when it names none of its own."""
    entries = ("<author><name>Feed Owner</name></author>"
               "<entry><id>e1</id><title>One</title><summary>First story text.</summary></entry>"
               "<entry><id>e2</id><title>Two</title><author><name>Jo Ng</name></author><summary>Second.</summary></entry>")
    result = read_feed(atom(entries), "f.atom")
    assert [a.authors for a in result.articles] == [("Feed Owner",), ("Jo Ng",)]
    rss_items = "<managingEditor>ed@example.com (Ed Itor)</managingEditor><item><title>A</title><description>Text.</description></item>"
    assert read_feed(rss(rss_items), "f.rss").articles[0].authors == ()   # an RSS channel's editor is no author



STORY_P = "<p>Rents are rising faster than wages again, according to new figures from the ministry.</p>"
STORY_TEXT = "Rents are rising faster than wages again, according to new figures from the ministry."
ITEM_BOILERPLATE = [
    # Substack: a link dressed as a button, the subscription widget and its form, the share button.
    '<p class="button-wrapper"><a class="button primary" href="/subscribe?"><span>Subscribe now</span></a></p>',
    '<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><p class="cta-caption">'
    "The Kaka is a reader-supported publication. To receive new posts and support my work, consider becoming a free "
    'or paid subscriber.</p><form><input type="email" name="email"><input type="submit" value="Subscribe"></form>'
    "</div></div>",
    '<p class="button-wrapper"><a class="button primary" href="?action=share"><span>Share</span></a></p>',
    '<p class="button-wrapper"><a class="button" href="/p/x/comments"><span>Leave a comment</span></a></p>',
    # WordPress Jetpack's share box.
    '<div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-social sd-sharing"><h3 class="sd-title">Share '
    'this:</h3><ul><li class="share-twitter"><a class="sd-button" href="?share=twitter"><span>Twitter</span></a></li>'
    '<li class="share-facebook"><a href="?share=facebook"><span>Facebook</span></a></li></ul></div></div>',
    # The page reader's boilerplate lines and promotions.
    "<p>Share this article</p><p>Sign up to our newsletter for the week's best stories.</p>",
    # A share box without classes: its label with a colon, then its networks' bare names, a line or a list item each.
    '<h3>Share this:</h3><ul><li><a href="?share=twitter">Twitter</a></li><li><a href="?share=facebook">Facebook</a>'
    "</li></ul>",
    '<p>Share this:<br><a href="#">Facebook</a> <a href="#">X</a></p>',
    '<p>Share:</p><p><a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">Email</a></p>',
]


def content_item(html: str) -> bytes:
    """An RSS feed of one item whose content:encoded is ``html``."""
    return rss(f"<item><title>Rents</title><content:encoded><![CDATA[{html}]]></content:encoded></item>").replace(
        b"<rss ", b'<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" ')


@pytest.mark.parametrize("boilerplate", ITEM_BOILERPLATE)
def test_an_items_html_loses_the_boilerplate_the_page_reader_drops(boilerplate: str) -> None:
    [article] = read_feed(content_item(STORY_P + boilerplate + STORY_P), "f.rss").articles
    assert article.body == f"{STORY_TEXT}\n\n{STORY_TEXT}"


@pytest.mark.parametrize("content, body", [
    # A story about subscriptions and sharing is text.
    ("<p>Subscribers to the print edition fell by a third; shares fell 4 per cent.</p>",
     "Subscribers to the print edition fell by a third; shares fell 4 per cent."),
    # A box named for sharing that holds most of the item is its wrapper.
    ('<div class="share-wrap"><p>The whole item sits inside a share box, and it is the story.</p>' + STORY_P + '</div>',
     f"The whole item sits inside a share box, and it is the story.\n\n{STORY_TEXT}"),
    # A network's name is the story's where no share label stands above it.
    (f"<p>Facebook</p>{STORY_P}", f"Facebook\n\n{STORY_TEXT}"),
    ("<p>Share this: the council's plan, the mayor told residents.</p><p>Facebook</p>",
     "Share this: the council's plan, the mayor told residents.\n\nFacebook"),
])
def test_an_items_own_text_is_kept(content: str, body: str) -> None:
    assert read_feed(content_item(content), "f.rss").articles[0].body == body


def test_an_items_table_keeps_its_cells_a_row_to_a_line() -> None:
    table = "<table><tr><th>Party</th><th>Share</th></tr><tr><td>Labour</td><td>26.9%</td></tr></table>"
    assert read_feed(content_item(STORY_P + table), "f.rss").articles[0].body == \
        f"{STORY_TEXT}\n\nParty | Share\n\nLabour | 26.9%"


@pytest.mark.parametrize("description, body", [
    # HTML escaped twice is HTML: its tags are never words of the text
    (("&amp;lt;p&amp;gt;The mayor&amp;#8217;s budget raises rates by &amp;lt;strong&amp;gt;6 per cent&amp;lt;/strong&amp;gt;."
      "&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Councillors object.&amp;lt;/p&amp;gt;"),
     "The mayor’s budget raises rates by 6 per cent.\n\nCouncillors object."),
    ("Rates rise &amp;lt;b&amp;gt;6%&amp;lt;/b&amp;gt;&amp;lt;br&amp;gt;Councillors object.&amp;lt;/p&amp;gt;",
     "Rates rise 6%\nCouncillors object."),
    # text about tags, escaped once and written so, stays as written
    ("Use &amp;lt;p&amp;gt; for paragraphs and &amp;lt;br&amp;gt; for lines.",
     "Use <p> for paragraphs and <br> for lines."),
    ("if a &lt; b and c &gt; d", "if a < b and c > d"),
])
def test_an_items_html_escaped_twice_is_read_as_html(description: str, body: str) -> None:
    assert read_feed(rss(f"<item><description>{description}</description></item>"), "f.rss").articles[0].body == body


def test_an_html_tag_left_open_in_a_description_holds_none_of_the_items_fields() -> None:
    # <br> and <img …> as raw HTML writes them: open in XML, they had held the item's dc:date and dc:creator,
    # read as its text ("Line two end2018-02-03Lee Kim"), the item undated and uncredited
    feed = (b'<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            b"<title>G</title><item><title>One</title><description>Line one<br>Line two <IMG src='a.png'> end"
            b"</description><dc:date>2018-02-03</dc:date><dc:creator>Lee Kim</dc:creator></item>"
            b"<item><title>Two</title><description>Second<br/>story<hr > here</description></item></channel></rss>")
    first, second = read_feed(feed, "f.rss").articles
    assert (first.body, first.date, first.authors) == ("Line one\nLine two end", date(2018, 2, 3), ("Lee Kim",))
    assert second.body == "Second\nstory\n\nhere"


def test_the_text_after_an_external_entity_is_kept_in_every_lxml() -> None:
    # lxml 6.2 drops the rest of a text after an entity it does not expand: "Secret: &xxe;rain fell." had been
    # "Secret:" (6.1 kept it); the references to another file's entities go before parsing
    data = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY co "Acme"><!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
            b"<rss><channel><title>T</title><item><description>Secret: &xxe;rain fell on &co;.</description></item>"
            b"</channel></rss>")
    assert read_feed(data, "f.rss").articles[0].body == "Secret: rain fell on Acme."


# --- a teaser beside the content: it opens the text unless the content holds it ---------------------------------

_CONTENT_NS = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
_POOL = ("<p>The council voted on Monday to close the Elm Street pool after forty years, citing repair costs of $2m."
         "</p><p>Swimmers protested outside.</p>")


def content_rss(description: str, content: str = _POOL) -> bytes:
    """An RSS 2.0 item with ``description`` (as it would sit in CDATA) beside its ``content:encoded``."""
    item = (f"<item><title>Pool</title><description><![CDATA[{description}]]></description>"
            f"<content:encoded><![CDATA[{content}]]></content:encoded></item>")
    return f'<rss version="2.0"{_CONTENT_NS}><channel><title>Feed</title>{item}</channel></rss>'.encode()


POOL_TEXT = ("The council voted on Monday to close the Elm Street pool after forty years, citing repair costs of $2m.\n\n"
             "Swimmers protested outside.")


@pytest.mark.parametrize("description, body", [
    # WordPress's automatic excerpt: the content's opening cut at 55 words, its "[…]" and the footer: read once.
    ("The council voted on Monday to close the Elm Street pool after forty years, citing repair costs [&#8230;]"
     '<p>The post <a href="https://council.example/pool/">Pool</a> appeared first on Council News.</p>', POOL_TEXT),
    ('<p>The council voted on Monday to close the Elm Street pool after forty&#160;&#8230;</p> <p class="link-more">'
     '<a href="https://council.example/pool/" class="more-link">Continue reading<span class="screen-reader-text"> '
     '"Pool"</span></a></p>', POOL_TEXT),
    # The content's first paragraph as it is, or in other case and spacing.
    ("<p>THE COUNCIL voted on Monday to close the Elm Street pool after  forty years.</p>", POOL_TEXT),
    # A hand-written WordPress excerpt: its words, without the cut mark and its link.
    ('Lifeguards lose their jobs as the pool shuts [&#8230;] <a class="more-link" href="https://council.example/pool/">'
     "Continue reading Pool &#8594;</a>", "Lifeguards lose their jobs as the pool shuts\n\n" + POOL_TEXT),
    # The Guardian's description: a standfirst and a link to the story.
    ('<p>Lifeguards lose their jobs as the £2m repair bill proves too much</p> '
     '<a href="https://www.theguardian.com/pool">Continue reading...</a>',
     "Lifeguards lose their jobs as the £2m repair bill proves too much\n\n" + POOL_TEXT),
    # Substack's: the post's subtitle, beside a body with its subscribe widget.
    ("Why a town's pool is worth more than its repair bill",
     "Why a town's pool is worth more than its repair bill\n\n" + POOL_TEXT),
])
def test_an_items_teaser_opens_its_content_unless_the_content_holds_it(description: str, body: str) -> None:
    content = _POOL + '<div class="subscription-widget-wrap"><p>Subscribe</p></div>'
    [article] = read_feed(content_rss(description, content), "f.rss").articles
    assert article.body == body


def test_an_atom_entrys_summary_opens_its_content() -> None:
    entry = ('<entry><title>Snow</title><summary>Passes shut for the weekend.</summary>'
             '<content type="html">&lt;p&gt;Snow fell in May.&lt;/p&gt;</content></entry>')
    [article] = read_feed(atom(entry), "f.atom").articles
    assert article.body == "Passes shut for the weekend.\n\nSnow fell in May."


def test_a_google_alert_feeds_entries_are_at_the_address_googles_redirect_leads_to():
    # Google Alerts' RSS delivery: each link a redirect, the feed titled "Google Alert - ferry"
    entry = ('<entry><id>tag:google.com,2013:googlealerts/feed:111</id><title type="html">Interislander '
             '&lt;b&gt;ferry&lt;/b&gt; sailings cancelled</title><link href="https://www.google.com/url?rct=j&amp;'
             'sa=t&amp;url=https://www.rnz.co.nz/news/national/516000/ferry-sailings-cancelled&amp;ct=ga&amp;'
             'usg=AOvVaw0"/><published>2024-05-03T08:00:00Z</published><content type="html">Interislander '
             '&lt;b&gt;ferry&lt;/b&gt; sailings were cancelled as a storm moved up the country.</content></entry>')
    data = atom(entry).replace(b"<title>Feed</title>", b"<title>Google Alert - ferry</title>")
    (article,) = parse_bytes(data, "alerts.xml", ".xml").articles  # publisher named by its address (normalised)
    assert (article.title, article.url, article.source) == (
        "Interislander ferry sailings cancelled", "https://www.rnz.co.nz/news/national/516000/ferry-sailings-cancelled",
        "RNZ")


def test_a_medium_item_loses_its_feeds_foot_and_its_links_tracking():
    # Medium's feeds end every item with this line and add ?source=rss…; Feedburner adds utm_ parameters
    content = ("<p>The booking app for the ferry crashed again on Friday, the third time this month.</p><hr><p><a "
               "href='https://medium.com/x/why-1a2b'>Why the app crashes</a> was originally published in <a href="
               "'https://medium.com/x'>Spinoff Tech</a> on Medium, where people are continuing the conversation by "
               "highlighting and responding to this story.</p>")
    items = (f"<item><title>Why the app crashes</title><link>https://medium.com/x/why-1a2b?source=rss----abc---4</link>"
             f"<description><![CDATA[{content}]]></description></item>"
             "<item><title>Ferry fares rise</title><link>https://news.example/fares?id=3&amp;utm_source=feedburner&amp;"
             "utm_medium=feed</link></item>")
    medium, feedburner = parse_bytes(rss(items), "feed.xml", ".xml").articles  # normalised: cut there
    assert medium.body == "The booking app for the ferry crashed again on Friday, the third time this month."
    assert (medium.url, feedburner.url) == ("https://medium.com/x/why-1a2b", "https://news.example/fares?id=3")
    assert feedburner.id == "feed.xml#https://news.example/fares?id=3&utm_source=feedburner&utm_medium=feed"


def test_a_blogs_feed_of_readers_comments_is_no_articles():
    # WordPress's story/feed/ (as wget --mirror saves it beside each post) and Blogger's comments feed
    comment = "<item><title>By: Bob</title><link>{}</link><description>Typical. Third time this month.</description></item>"
    wordpress = comment.format("https://news.example/2024/ferry/#comment-12")
    blogger = comment.format("https://blog.example/2024/ferry.html?showComment=1714000#c5678")
    result = read_feed(rss(wordpress + blogger, "<title>Comments on: Ferry sailings cancelled</title>"), "feed.xml")
    assert result.articles == []
    assert [skip.reason for skip in result.skipped] == [
        "no articles in file (a feed of readers' comments, its items linking to them: "
        "https://news.example/2024/ferry/#comment-12)"]
    story = "<item><title>Ferry fares rise</title><link>https://news.example/fares</link></item>"
    assert len(read_feed(rss(story + wordpress), "feed.xml").articles) == 2  # a feed of stories: each item read


def test_a_reddit_posts_foot_is_no_part_of_its_text():
    # Reddit's feeds: a link post's whole content is the foot, a text post's ends with it
    foot = ("&amp;#32; submitted by &amp;#32; &lt;a href='https://www.reddit.com/user/kiwi'&gt; /u/kiwi &lt;/a&gt; "
            "&lt;br/&gt; &lt;span&gt;&lt;a href='https://www.reddit.com/r/nz/comments/1a/x/'&gt;[link]&lt;/a&gt;"
            "&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href='https://www.reddit.com/r/nz/comments/1a/x/'&gt;[comments]"
            "&lt;/a&gt;&lt;/span&gt;")
    post = "&lt;div class='md'&gt;&lt;p&gt;Has anyone else had their sailing cancelled this month?&lt;/p&gt;&lt;/div&gt;"
    entries = (f"<entry><id>t3_1a</id><title>Ferry sailings cancelled</title><content type='html'>{foot}</content></entry>"
               f"<entry><id>t3_1b</id><title>Cancelled again?</title><content type='html'>{post}{foot}</content></entry>")
    link_post, text_post = read_feed(atom(entries), "r.xml").articles
    assert (link_post.body, text_post.body) == (
        "Ferry sailings cancelled", "Has anyone else had their sailing cancelled this month?")


def test_a_reddit_link_posts_address_is_the_article_it_shares_not_the_thread():
    # its item links the thread: the RNZ story had been indexed at reddit.com, published by the subreddit
    def entry(key: str, title: str, shared: str) -> str:
        thread = f"https://www.reddit.com/r/newzealand/comments/{key}/x/"
        foot = (f"&amp;#32; submitted by &amp;#32; &lt;a href='https://www.reddit.com/user/kiwi'&gt; /u/kiwi &lt;/a&gt;"
                f" &lt;br/&gt; &lt;span&gt;&lt;a href=\"{shared or thread}\"&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; "
                f"&lt;span&gt;&lt;a href='{thread}'&gt;[comments]&lt;/a&gt;&lt;/span&gt;")
        return (f"<entry><id>t3_{key}</id><title>{title}</title><link href='{thread}'/>"
                f"<content type='html'>{foot}</content></entry>")
    entries = (entry("1a", "Ferry sailings cancelled", "https://www.rnz.co.nz/news/ferry?a=1&amp;amp;b=2")
               + entry("1b", "Cancelled again?", "") + entry("1c", "Ferry at dawn", "https://i.redd.it/abc.jpeg"))
    feed = atom(entries).replace(b"<title>Feed</title>", b"<title>New Zealand</title>"
                                 b"<link href='https://www.reddit.com/r/newzealand/'/>")
    shared, own, picture = parse_bytes(feed, "r.xml", ".xml").articles
    assert (shared.id, shared.url, shared.source) == ("r.xml#t3_1a", "https://www.rnz.co.nz/news/ferry?a=1&b=2", "RNZ")
    assert (own.url, own.source) == ("https://www.reddit.com/r/newzealand/comments/1b/x/", "New Zealand")
    assert picture.url == "https://www.reddit.com/r/newzealand/comments/1c/x/"  # a picture on Reddit: its thread


def test_a_link_hacker_news_shares_is_published_by_its_site_not_the_feed():
    channel = "<title>Hacker News</title><link>https://news.ycombinator.com/</link>"
    items = ("<item><title>Ferry software bug grounds fleet</title><link>https://www.rnz.co.nz/news/ferry-bug</link>"
             "<comments>https://news.ycombinator.com/item?id=40000001</comments></item>")
    own = ("<item><title>Ask HN: Ferry apps?</title><link>https://news.ycombinator.com/item?id=40000002</link>"
           "<comments>https://news.ycombinator.com/item?id=40000002</comments></item>")
    shared, asked = parse_bytes(rss(items + own, channel), "hn.xml", ".xml").articles
    assert (shared.source, asked.source) == ("RNZ", "Hacker News")
    blog = "<title>River News</title><link>https://river.example/</link>"  # a blog's own post and its comments
    post = "<item><title>Flood</title><link>https://river.example/flood</link><comments>https://river.example/flood#respond</comments></item>"
    assert parse_bytes(rss(post, blog), "river.xml", ".xml").articles[0].source == "River News"


def test_a_feedburner_items_address_is_its_original_link_not_the_redirect():
    channel = "<title>River News</title><link>https://river.example/</link>"
    item = ("<item xmlns:feedburner='http://rssnamespace.org/feedburner/ext/1.0'><title>Flood</title>"
            "<link>http://feedproxy.google.com/~r/RiverNews/~3/AbC/</link><comments>https://river.example/flood#respond"
            "</comments><feedburner:origLink>https://river.example/flood</feedburner:origLink></item>")
    (article,) = parse_bytes(rss(item, channel), "river.xml", ".xml").articles
    assert (article.url, article.source) == ("https://river.example/flood", "River News")
    (redirected,) = parse_bytes(rss(item.replace("<feedburner:origLink>https://river.example/flood</feedburner:origLink>",
                                                  ""), channel), "river.xml", ".xml").articles
    assert redirected.source == "River News"  # without its original link: the feed's story still


def test_a_link_post_is_written_by_no_one_its_submitter_only_shared_it():
    # a Reddit link post and a link on hnrss.org had been written by their submitters, kiwi and pg, not the RNZ reporter
    def entry(key: str, shared: str) -> str:
        thread = f"https://www.reddit.com/r/newzealand/comments/{key}/x/"
        foot = (f"&amp;#32; submitted by &amp;#32; &lt;a href='https://www.reddit.com/user/kiwi'&gt; /u/kiwi &lt;/a&gt;"
                f" &lt;br/&gt; &lt;span&gt;&lt;a href=\"{shared or thread}\"&gt;[link]&lt;/a&gt;&lt;/span&gt;")
        return (f"<entry><id>t3_{key}</id><title>Ferry</title><author><name>/u/kiwi</name></author>"
                f"<link href='{thread}'/><content type='html'>{foot}</content></entry>")
    feed = atom(entry("1a", "https://www.rnz.co.nz/news/ferry") + entry("1b", ""))
    link_post, text_post = read_feed(feed, "r.xml").articles
    assert (link_post.authors, text_post.authors) == ((), ("kiwi",))  # a text post is its submitter's
    channel = ("<title>Hacker News: Front Page</title><link>https://news.ycombinator.com/</link>")
    item = ("<item xmlns:dc='http://purl.org/dc/elements/1.1/'><title>Ferry bug</title>"
            "<link>{}</link><dc:creator>pg</dc:creator>"
            "<comments>https://news.ycombinator.com/item?id=40000001</comments></item>")
    shared, asked = read_feed(rss(item.format("https://www.rnz.co.nz/news/ferry-bug")
                                  + item.format("https://news.ycombinator.com/item?id=40000001"), channel),
                              "hn.xml").articles
    assert (shared.authors, asked.authors) == ((), ("pg",))


@pytest.mark.parametrize("name, feed_link, authors", [
    ("/u/kiwi", "", ("kiwi",)),  # Reddit's own form, in any feed
    ("u/kiwi_bird", "<link href='https://www.reddit.com/r/newzealand/'/>", ("kiwi_bird",)),
    ("u/kiwi", "<link href='https://forum.example/'/>", ("u/kiwi",)),  # not Reddit's feed: as written
])
def test_a_reddit_users_name_is_the_author_without_reddits_u_prefix(name: str, feed_link: str,
                                                                     authors: tuple[str, ...]) -> None:
    # Reddit's entries are written by "/u/kiwi": the author had been "/u/kiwi", which no search for kiwi's posts found
    entry = (f"<entry><id>t3_1b</id><title>Cancelled again?</title><author><name>{name}</name></author>"
             "<content type='html'>Has anyone else had their sailing cancelled this month?</content></entry>")
    feed = atom(entry).replace(b"<title>Feed</title>", f"<title>New Zealand</title>{feed_link}".encode())
    assert read_feed(feed, "r.xml").articles[0].authors == authors


@pytest.mark.parametrize("title, link, generator, source, authors", [
    ("Spinoff Tech - Medium", "https://medium.com/spinoff-tech", "", "Spinoff Tech", ("Jo Lee",)),
    ("Blog - Medium", "https://medium.com/x", "", "Medium", ("Jo Lee",)),  # a name that names no site
    ("Blog - Medium", "https://blog.ferries.example/", "Medium", "blog.ferries.example", ("Jo Lee",)),
    ("Stories by Jane Doe on Medium", "https://medium.com/@jane", "Medium", "Medium", ("Jane Doe",)),
    ("Opinion - Medium", "https://news.example/", "", "Opinion", ("Jo Lee",)),  # not Medium's: general rules
    # a paper's common name at another address is as written (see HOME_NAMES), at its own the paper's
    ("Time - Medium", "https://medium.com/time", "", "Time", ("Jo Lee",)),
    ("Time - Medium", "https://time.com/", "Medium", "TIME", ("Jo Lee",)),
])
def test_a_medium_feed_is_its_publications_or_its_writers_on_medium(
        title: str, link: str, generator: str, source: str, authors: tuple[str, ...]) -> None:
    # "Spinoff Tech - Medium" had been credited to Medium, and a writer's feed to "Stories by Jane Doe on Medium"
    creator = "" if title.startswith("Stories") else "<dc:creator>Jo Lee</dc:creator>"
    channel = f"<title>{title}</title><link>{link}</link><generator>{generator}</generator>"
    item = (f"<item><title>Why the app crashes</title><link>https://medium.com/x/why-1a2b</link>{creator}"
            "<description>The booking app for the ferry crashed again on Friday.</description></item>")
    data = rss(item, channel).replace(b"<rss ", b"<rss xmlns:dc='http://purl.org/dc/elements/1.1/' ")
    article, = read_feed(data, "m.xml").articles
    assert (article.source, article.authors) == (source, authors)


# PHP's notices, printed by a blog's plugin before its feed (WordPress's "Deprecated: … on line 12"): the file had
# been unreadable whole ("root element <br>", "no XML elements").
_PHP_NOTICE = b"<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>/x.php</b> on line <b>12</b><br />\n"


@pytest.mark.parametrize("head", [
    _PHP_NOTICE + b'<?xml version="1.0" encoding="ISO-8859-1"?>\n',  # its declaration, its encoding, still read
    b"\nNotice: Undefined index: page in /var/www/feed.php on line 4\n",
])
def test_a_feed_after_a_programs_notice_is_read(head: bytes) -> None:
    data = head + rss("<item><title>Caf\xe9</title><link>https://x.example/a</link><description>Ferries go electric."
                      "</description></item>").replace("\xe9".encode(), b"\xe9")
    [a] = read_feed(data, "f.xml").articles
    assert (a.title, a.body, a.url) == ("Café", "Ferries go electric.", "https://x.example/a")


@pytest.mark.parametrize("content", [
    "<p>The council voted on Monday to close the Elm Street pool after forty years, citing repair</p>",  # cut
    "<p>The council voted on Monday to close the Elm Street pool after forty years, citing repair costs of $2m.</p>",
])
def test_a_description_holding_a_shorter_content_whole_is_the_body(content: str) -> None:
    # A feed whose content:encoded is the excerpt and whose description the story: the fuller one is the body, once.
    [article] = read_feed(content_rss(_POOL, content), "f.rss").articles
    assert article.body == POOL_TEXT


def test_a_description_of_a_standfirst_and_the_content_is_read_once() -> None:
    [article] = read_feed(content_rss("<p>Lifeguards lose their jobs.</p>" + _POOL), "f.rss").articles
    assert article.body == "Lifeguards lose their jobs.\n\n" + POOL_TEXT


def test_bloggers_unknown_author_is_no_one() -> None:
    entry = ('<entry><title>T</title><content type="html">Ferries go electric.</content><author><name>Unknown</name>'
             '<uri>https://www.blogger.com/profile/1</uri><email>noreply@blogger.com</email></author></entry>')
    [article] = read_feed(atom(entry), "f.atom").articles
    assert article.authors == ()


def test_an_item_listed_twice_whole_is_one_article() -> None:
    # A feed that repeats an item (its guid, link and text the same) holds one story; one with its guid alone
    # repeated (another text) stays apart (test_duplicate_guids_stay_distinct).
    item = "<item><guid>g7</guid><link>https://x.example/7</link><description>Ferries go electric.</description></item>"
    other = "<item><guid>g8</guid><link>https://x.example/8</link><description>Buses too.</description></item>"
    result = read_feed(rss(item + other + item), "f.rss")
    assert ([a.id for a in result.articles], result.skipped) == (["f.rss#g7", "f.rss#g8"], [])


def test_an_item_after_a_repeated_one_is_named_by_its_place() -> None:
    item = "<item><guid>g7</guid><description>Ferries go electric.</description></item>"
    result = read_feed(rss(item + item + "<item><guid>g9</guid><description> </description></item>"), "f.rss")
    assert [skip.reason for skip in result.skipped] == ["item 3: no body text"]


def test_an_atom_entry_document_is_its_entry() -> None:
    # RFC 4287's Entry Document, one entry with no feed around it (AtomPub's, an entry saved alone): it had been
    # "not an RSS or Atom feed (root element <entry>)".
    entry = (b'<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><id>urn:e1</id><title>Ferries</title>'
             b'<link href="https://x.example/1"/><updated>2024-03-05T09:30:00Z</updated><author><name>Jane Doe</name>'
             b'</author><content type="text">Ferries go electric.</content></entry>')
    [a] = read_feed(entry, "e.xml").articles
    assert (a.id, a.title, a.body, a.authors, a.date, a.url, a.source) == (
        "e.xml#urn:e1", "Ferries", "Ferries go electric.", ("Jane Doe",), date(2024, 3, 5), "https://x.example/1", None)
    with pytest.raises(UnreadableFile, match="root element <entry>"):  # a dictionary's entry is none
        read_feed(b"<entry><word>ferry</word></entry>", "d.xml")


@pytest.mark.parametrize("notice", ["&#169; 2024 Copy Media", "(c) 2024 AP. All rights reserved.", "Copyright 2024 Copy Media",
                                    "Photos &#169; 2024 Jane Doe"])  # a picture's credit, cut as a notice is
def test_a_copyright_notice_closing_an_items_one_paragraph_leaves_its_story(notice: str) -> None:
    # The notice had made the whole paragraph a promotion: dropped, the item indexed by its headline alone.
    item = (f"<item><title>Ferries</title><description>&lt;p&gt;The harbour board voted on Tuesday to replace the "
            f"ferry fleet. {notice}&lt;/p&gt;</description></item>")
    [a] = read_feed(rss(item), "f.rss").articles
    assert a.body == "The harbour board voted on Tuesday to replace the ferry fleet."


def test_a_story_sentence_quoting_a_copyright_mark_in_an_items_paragraph_is_kept() -> None:
    # The mark and its year in the paragraph's middle had made it a copyright notice, dropped whole.
    text = "The museum's label reads “&#169; 2024 Estate of Frida Kahlo”, and visitors queued for hours."
    item = (f"<item><title>T</title><description>&lt;p&gt;{text}&lt;/p&gt;&lt;p&gt;The board voted again."
            "&lt;/p&gt;</description></item>")
    [a] = read_feed(rss(item), "f.rss").articles
    assert a.body == text.replace("&#169;", "©") + "\n\nThe board voted again."


def test_a_story_sentence_about_copyright_closing_an_items_paragraph_is_kept() -> None:
    text = "The court ruled for the authors. Copyright holders welcomed the ruling on Monday."
    [a] = read_feed(rss(f"<item><title>T</title><description>&lt;p&gt;{text}&lt;/p&gt;</description></item>"), "f.rss").articles
    assert a.body == text


@pytest.mark.parametrize("description", [
    "&lt;![CDATA[Ferries go electric, &lt;b&gt;said&lt;/b&gt; the mayor.]]&gt;",  # a CDATA section escaped
    "<![CDATA[<![CDATA[Ferries go electric, <b>said</b> the mayor.]]>]]>",  # one inside another: the first ]]> ends it
])
def test_a_cdata_section_written_as_text_is_read_as_its_content(description: str) -> None:
    # Its words up to the first ">" had been read as an HTML comment and lost ("said the mayor.]]>").
    item = f"<item><title>&lt;![CDATA[Ferries]]&gt;</title><description>{description}</description></item>"
    [a] = read_feed(rss(item), "f.rss").articles
    assert (a.title, a.body) == ("Ferries", "Ferries go electric, said the mayor.")
