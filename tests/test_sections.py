"""An article's sections (its newsroom's desk or category): read from each format, searched by ``section:`` (and
``category:``), shown by ``show``, in JSON hits and in the facets, and no part of a free-text query's ranking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.documents import parse_bytes
from newssearch.documents.sections import section_values
from newssearch.sectionterms import section_terms


def sections_of(data: bytes | str, rel: str) -> list[tuple[str, ...]]:
    """The sections of each article the reader table reads of ``data`` saved as ``rel``."""
    raw = data.encode() if isinstance(data, str) else data
    return [article.sections for article in parse_bytes(raw, rel, "." + rel.rsplit(".", 1)[-1]).articles]


# --- reading: one case per format ----------------------------------------------------------------------------------

PAGE = """<html><head><title>Bridge closes</title>{meta}
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Bridge closes", {ld}}}</script></head>
<body><article><h1>Bridge closes</h1><p>The harbour bridge closed today after a crash involving two trucks and a car
on the southbound lanes.</p><p>Police said the lanes would reopen later in the evening once crews cleared it.</p>
</article></body></html>"""


@pytest.mark.parametrize(("meta", "ld", "expected"), [
    ('<meta property="article:section" content="Local News">', '"articleSection": "Transport"', ("Local News",)),
    ("", '"articleSection": ["Transport", "Local"]', ("Transport", "Local")),  # JSON-LD's list
    ('<meta name="parsely-section" content="Business">', '"url": "https://x.example/a"', ("Business",)),
    ("", '"url": "https://x.example/a"', ()),
])
def test_a_page_names_its_section_in_metas_or_json_ld(meta: str, ld: str, expected: tuple[str, ...]) -> None:
    assert sections_of(PAGE.format(meta=meta, ld=ld), "a.html") == [expected]


def test_a_feed_item_s_categories_rss_text_and_atom_label_or_term() -> None:
    rss = ("<rss><channel><title>Feed</title><item><guid>1</guid><title>A</title><description>Some text of the item."
           "</description><category>Sport</category><category domain='x'>Rugby</category></item></channel></rss>")
    atom = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>1</id><title>A</title>'
            '<content>Some text of the entry.</content><category term="pol" label="Politics"/><category term="world"/>'
            "</entry></feed>")
    assert sections_of(rss, "f.rss") == [("Sport", "Rugby")]
    assert sections_of(atom, "f.atom") == [("Politics", "world")]


def _rss(*items: str) -> str:
    return "<rss><channel><title>Feed</title>" + "".join(
        f"<item><guid>{n}</guid><title>A{n}</title><description>Some text of the item.</description>{categories}</item>"
        for n, categories in enumerate(items)) + "</channel></rss>"


def _categories(*names: str, domain: str = "") -> str:
    return "".join(f"<category{domain}><![CDATA[{name}]]></category>" for name in names)


def test_an_item_listing_its_tags_too_keeps_the_categories_other_items_list() -> None:
    # WordPress writes a post's categories, then its tags, each a <category> alike: more than three is a list of
    # tags too, of which the sections are those another item of the feed names (News, Politics)
    feed = _rss(_categories("News", "Politics", "Joe Biden", "Senate", "Budget"),
                _categories("News", "Sport", "All Blacks", "Rugby"), _categories("politics"))
    assert sections_of(feed, "f.rss") == [("News", "Politics"), ("News",), ("politics",)]


def test_an_item_listing_its_tags_too_in_a_feed_sharing_none_keeps_its_first() -> None:
    # WordPress's categories come before its tags
    feed = _rss(_categories("News", "Joe Biden", "Senate", "Budget"), _categories("Sport", "Rugby", "Cricket", "Golf"))
    assert sections_of(feed, "f.rss") == [("News",), ("Sport",)]


def test_a_wordpress_export_s_tags_are_no_sections() -> None:
    # WXR (Tools > Export) tells them apart: domain="category" and domain="post_tag"
    item = _categories("News", domain=' domain="category"') + _categories("Senate", domain=' domain="post_tag"')
    assert sections_of(_rss(item), "f.rss") == [("News",)]


@pytest.mark.parametrize(("record", "expected"), [
    ({"section": "Sport"}, ("Sport",)),
    ({"section_name": "World", "news_desk": "Foreign"}, ("World",)),  # the NYT's section before its desk
    ({"news_desk": "Foreign"}, ("Foreign",)),
    ({"sectionName": "Politics"}, ("Politics",)),  # the Guardian API's
    ({"category": "POLITICS"}, ("POLITICS",)),  # HuffPost's News Category Dataset, as written
    ({"categories": "politics;world"}, ("politics", "world")),  # trafilatura's, joined by ";"
    ({"articleSection": [{"name": "Tech"}, "Science"]}, ("Tech", "Science")),
    ({"Ressort": "Wirtschaft"}, ("Wirtschaft",)),  # a German table's key
    ({"section": "https://news.example/sport"}, ()),  # an address is no section's name
    ({"section": "12"}, ()),
])
def test_a_record_s_section_keys(record: dict[str, object], expected: tuple[str, ...]) -> None:
    story = {"title": "Bridge", "text": "The harbour bridge closed today.", **record}
    assert sections_of(json.dumps(story), "a.json") == [expected]
    assert sections_of(json.dumps(story) + "\n", "a.jsonl") == [expected]


def test_a_table_s_section_column() -> None:
    assert sections_of("title,text,section\nBridge,The bridge closed today.,Business\n", "a.csv") == [("Business",)]


def test_a_text_header_s_section_line_is_read_and_stays_in_the_text() -> None:
    text = "Title: Harbour bridge closed\nDate: 2021-04-12\nSection: Transport\n\nThe bridge closed on Monday.\n"
    (article,) = parse_bytes(text.encode(), "a.txt", ".txt").articles
    assert article.sections == ("Transport",) and article.body.endswith("Section: Transport")


# A text header's section line in another language, as a table's column or an export's key is read: German "Rubrik"
# and Portuguese "Editoria" had stayed text alone (French "Rubrique" was read). Not a Swedish "Rubrik", its headline:
# its title (test_saved_headers).
@pytest.mark.parametrize(("text", "expected"), [
    ("Titel: Haushalt beschlossen\nRubrik: Politik\nDatum: 5. März 2024\n\nDer Bundestag hat am Dienstag den "
     "Haushalt beschlossen.\n", ("Politik",)),
    ("Haushalt beschlossen\n\nRubrik: Politik\n\nDer Bundestag hat am Dienstag den Haushalt beschlossen.\n",
     ("Politik",)),
    ("Titre: Le budget adopté\nRubrique: Politique\nDate: 5 mars 2024\n\nLe parlement a adopté le budget.\n",
     ("Politique",)),
    ("Título: Orçamento aprovado\nEditoria: Política\nData: 5 de março de 2024\n\nO Congresso aprovou o "
     "orçamento na terça-feira.\n", ("Política",)),
    ("Title: Budget passed\nNews Desk: Politics\nDate: 2024-03-05\n\nParliament passed the budget.\n",
     ("Politics",)),
])
def test_a_text_header_s_section_line_in_another_language(text: str, expected: tuple[str, ...]) -> None:
    (article,) = parse_bytes(text.encode(), "a.txt", ".txt").articles
    kept = next(line for line in text.split("\n") if line.startswith(("Rubri", "Editoria", "News Desk")))
    assert (article.sections, article.body.endswith(f"\n\n{kept}")) == (expected, True)  # the line stays text


def test_markdown_front_matter_categories() -> None:
    text = "---\ntitle: Bridge\ncategories: [Politics, Local]\n---\n\nThe harbour bridge closed on Monday.\n"
    assert sections_of(text, "a.md") == [("Politics", "Local")]


G2 = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:a:1" xml:lang="en"><itemMeta>
<itemClass qcode="ninat:text"/><versionCreated>2024-03-05T10:12:00Z</versionCreated></itemMeta><contentMeta>
<headline>Flood waters rise</headline><subject qcode="medtop:17000000"><name>weather</name></subject>
<subject type="cpnat:geoArea" qcode="geo:1"><name>Wellington</name></subject></contentMeta><contentSet>
<inlineData contenttype="text/plain">Residents were evacuated overnight.</inlineData></contentSet></newsItem>"""


def test_a_newsml_g2_item_s_subjects_by_name_not_its_places() -> None:
    assert sections_of(G2, "wire.xml") == [("weather",)]


RCV1 = """<newsitem itemid="2286" date="1996-08-20" xml:lang="en"><headline>Police raid</headline><text>
<p>Police raided the offices on Tuesday.</p></text><metadata>
<codes class="bip:countries:1.0"><code code="MEX"/></codes>
<codes class="bip:topics:1.0"><code code="GCAT"/><code code="GCRIM"/><code code="ZZZ9"/></codes>
<codes class="bip:industries:1.0"><code code="I81402"/></codes></metadata></newsitem>"""

NEWSML_1 = """<NewsML><NewsItem><Identification><NewsIdentifier><NewsItemId>1</NewsItemId></NewsIdentifier>
</Identification><NewsComponent><NewsLines><HeadLine>Police raid</HeadLine></NewsLines><DescriptiveMetadata>
<SubjectCode><Subject FormalName="02000000"/><SubjectMatter FormalName="02001000"/></SubjectCode>
<SubjectCode><Subject FormalName="15000000"/></SubjectCode><SubjectCode><Subject FormalName="N2000"/></SubjectCode>
<Location><Property FormalName="Country" Value="FRA"/></Location></DescriptiveMetadata>
<ContentItem><MediaType FormalName="Text"/><DataContent>Police raided the offices.</DataContent></ContentItem>
</NewsComponent></NewsItem></NewsML>"""

SGML = """<REUTERS TOPICS="YES" NEWID="7"><DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>earn</D><D>cocoa</D><D>money-fx</D></TOPICS><PLACES><D>brazil</D></PLACES><ORGS></ORGS>
<TEXT><TITLE>BAHIA COCOA REVIEW</TITLE><BODY>Showers continued in the Bahia cocoa zone.</BODY></TEXT></REUTERS>
<REUTERS TOPICS="NO" NEWID="8"><DATE>26-FEB-1987 15:02:20.00</DATE><TOPICS></TOPICS><PLACES><D>usa</D></PLACES>
<TEXT><TITLE>STANDARD OIL SETS DATE</TITLE><BODY>Standard Oil set the date.</BODY></TEXT></REUTERS>"""


def test_an_rcv1_file_s_topic_codes_by_name_not_its_countries_or_industries() -> None:
    # RCV1's published topic list (GCRIM: CRIME, LAW ENFORCEMENT); a code it does not name stays the code
    assert sections_of(RCV1, "2286newsML.xml") == [("Government/social", "Crime, law enforcement", "ZZZ9")]


def test_a_newsml_1_item_s_iptc_subject_codes_by_their_subject_s_name() -> None:
    # IPTC's subject codes: 02001000 is a matter of 02000000, crime, law and justice; a code of no known scheme, none
    assert sections_of(NEWSML_1, "wire.xml") == [("crime, law and justice", "sport")]


def test_reuters_21578_topics_by_the_collection_s_names_not_its_places() -> None:
    # cat-descriptions_120396.txt names earn and money-fx; a commodity's code is its name (cocoa)
    assert sections_of(SGML, "reut2-000.sgm") == [("Earnings and Earnings Forecasts", "cocoa", "Money/Foreign Exchange"),
                                                   ()]


def test_section_values_are_cleaned_and_each_once() -> None:
    assert section_values(["  World   News ", "world news", "Sport | Rugby", "", None, "A " * 40]) == \
        ("World News", "Sport", "Rugby")


def test_a_site_s_host_or_a_cms_placeholder_is_no_section() -> None:
    # articleSection "gizmodo.com", article:section "All", WordPress's "Uncategorized"; "U.S." keeps its dot
    assert section_values(["gizmodo.com", "All", "post", "Uncategorized", "U.S."]) == ("U.S.",)


def test_a_section_path_is_found_by_each_level() -> None:
    assert section_terms("News > UK  Politics") == ("news > uk politics", "news", "uk politics")
    assert section_terms("Sport") == ("sport",)


# --- the index: section:, show, JSON, facets ---------------------------------------------------------------------

STORIES = [
    {"id": "1", "title": "Police at the match", "text": "Police arrested a fan after the match in Auckland.",
     "section": "Sport", "date": "2020-01-02"},
    {"id": "2", "title": "Police budget", "text": "The police budget rises, the minister said in Auckland.",
     "section_name": "Politics", "date": "2020-01-03"},
    {"id": "3", "title": "Police and rugby", "text": "Police watched the rugby final in Auckland.",
     "categories": ["SPORT", "Rugby"], "date": "2020-01-04"},
    {"id": "4", "title": "Police weather", "text": "Police warned of storms in Auckland.", "date": "2020-01-05"},
    {"id": "5", "title": "Police abroad", "text": "Police elsewhere in the world made news.",
     "section": "News > World News", "date": "2020-01-06"},
]


@pytest.fixture(scope="module")
def sections_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sections")
    (root / "corpus").mkdir()
    (root / "corpus" / "news.json").write_text(json.dumps(STORIES), encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def query(index: Path, *args: str) -> tuple[int, str]:
    out = CliRunner().invoke(cli, [*args, "--index-dir", str(index)])
    return out.exit_code, out.output


@pytest.mark.parametrize(("text", "ids"), [
    ("section:sport", ["news.json#1", "news.json#3"]),  # any letter case
    ("section:SPORT", ["news.json#1", "news.json#3"]),
    ("category:politics", ["news.json#2"]),
    ('section:"world news"', ["news.json#5"]),
    ("section:news", ["news.json#5"]),  # a level of its path
    ("police section:rugby,politics", ["news.json#2", "news.json#3"]),
    ("police -section:sport", ["news.json#2", "news.json#4", "news.json#5"]),
])
def test_section_queries(sections_index: Path, text: str, ids: list[str]) -> None:
    with open_index(sections_index) as idx:
        assert sorted(hit.id for hit in idx.search(text, limit=10).hits) == ids


def test_a_section_filter_is_required_under_match_any(sections_index: Path) -> None:
    with open_index(sections_index) as idx:
        assert sorted(hit.id for hit in idx.search("storms section:sport", match="any").hits) == \
            ["news.json#1", "news.json#3"]


@pytest.mark.parametrize("text", ["police section:sport", "police section:sport,rugby", "police category:spo*"])
def test_a_section_filter_adds_nothing_to_the_scores(sections_index: Path, text: str) -> None:
    # a.json#3 is in two of the sections asked for: counted twice, it had ranked above its words' place
    with open_index(sections_index) as idx:
        free = {hit.id: hit.score for hit in idx.search("police", limit=10).hits}
        filtered = [(hit.id, hit.score) for hit in idx.search(text, limit=10).hits]
    assert filtered == [(article_id, score) for article_id, score in free.items()
                        if article_id in ("news.json#1", "news.json#3")]


def test_show_names_the_sections(sections_index: Path) -> None:
    code, output = query(sections_index, "show", "news.json#3")
    assert code == 0 and "\nsections: SPORT, Rugby\n" in output
    code, output = query(sections_index, "show", "news.json#3", "--json")
    assert code == 0 and json.loads(output)["sections"] == ["SPORT", "Rugby"]


def test_json_hits_name_their_sections(sections_index: Path) -> None:
    code, output = query(sections_index, "query", "section:politics", "--json")
    assert code == 0 and [hit["sections"] for hit in json.loads(output)["hits"]] == [["Politics"]]
    code, output = query(sections_index, "query", "police section:politics", "--jsonl")
    assert code == 0 and json.loads(output)["sections"] == ["Politics"]
    code, output = query(sections_index, "query", "section:politics", "--csv")
    assert code == 0 and output.splitlines()[0] == "id,title,date,source,authors,url,score,snippet"


def test_the_section_facet(sections_index: Path) -> None:
    code, output = query(sections_index, "query", "police", "--facets")
    assert code == 0
    assert "\n  section: Sport (2), News > World News (1), Politics (1), Rugby (1); no section (1)\n" in output
    code, output = query(sections_index, "query", "police", "--facets", "--json")
    shown = json.loads(output)
    assert shown["facets"]["section"][0] == {"value": "Sport", "count": 2} and shown["facets_missing"]["section"] == 1


def test_no_section_facet_when_no_hit_has_one(sections_index: Path) -> None:
    with open_index(sections_index) as idx:
        assert "section" not in idx.search("storms", facets=True).facets


def test_a_section_no_article_has_finds_nothing(sections_index: Path) -> None:
    code, output = query(sections_index, "query", "section:weather")
    assert code == 1 and "No articles match" in output


def test_an_index_of_no_section_says_so(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Bridge closed\n\nThe harbour bridge closed today.\n", encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    code, output = query(tmp_path / "index", "query", "bridge section:transport")
    assert code == 1 and "Note: no article in this index has a section." in output


def test_a_facet_keeps_the_commas_of_its_names(tmp_path: Path) -> None:
    # RCV1's and IPTC's names hold commas ("Crime, law enforcement"): the facet had counted "Crime law enforcement"
    (tmp_path / "corpus").mkdir()
    story = {"id": "1", "title": "Police raid", "text": "Police raided a house in Auckland.",
             "section": "Crime, law enforcement"}
    (tmp_path / "corpus" / "news.json").write_text(json.dumps([story]), encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        facets = idx.search("police", facets=True).facets
    assert facets["section"] == [("Crime, law enforcement", 1)]


@pytest.mark.parametrize(("typed", "meant"), [
    ("section:sprot", "section:sport"),                          # two letters swapped
    ("category:Politcs", "category:Politics"),                   # a letter left out, cased as typed
    ("police section:rugby,politcs", "police section:rugby,politics"),  # one of a list
    ('section:"wrold news"', 'section:"world news"'),            # a quoted name
    ("section:world news", 'section:"world news"'),              # a name of two words typed without its quotes
    ("police section:sport,world news", 'police section:sport,"world news"'),
    ("section:world", 'section:"world news"'),                   # a word of one name: the name (Reuters' earnings:
    ("police section:rugby,world", 'police section:rugby,"world news"'),  # "Earnings and Earnings Forecasts")
    ("section:nws", "section:news"),                             # three letters, one edit from the one name
])
def test_a_section_no_article_has_gets_the_nearest_the_index_holds(sections_index: Path, typed: str,
                                                                   meant: str) -> None:
    # section:weathr had found nothing with no hint, though author: and source: names had one
    with open_index(sections_index) as idx:
        assert idx.search(typed).suggestion == meant


@pytest.mark.parametrize("typed", ["section:weather", "section:sport", "section:spo*",
                                   "storms -section:sprot", "section:world cup"])
def test_no_section_suggestion_that_finds_nothing_more(sections_index: Path, typed: str) -> None:
    with open_index(sections_index) as idx:
        assert idx.search(typed).suggestion is None


def test_a_wire_archive_s_topic_code_finds_the_section_it_names(tmp_path: Path) -> None:
    # section:earn, the code a Reuters-21578 story files under (<D>earn</D>), found nothing, with a hint at its
    # name: the index holds the name, "Earnings and Earnings Forecasts", and the code is what its users type
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "reut2-000.sgm").write_text(SGML, encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    code, output = query(tmp_path / "index", "query", "section:earn")
    assert code == 0 and "reut2-000.sgm#7" in output and "Did you mean" not in output
    with open_index(tmp_path / "index") as idx:
        for typed in ["section:earn", "cocoa section:MONEY-FX", "section:acq,earn", "category:earn"]:
            result = idx.search(typed)
            assert [hit.id for hit in result.hits] == ["reut2-000.sgm#7"] and result.suggestion is None, typed
        assert idx.search("cocoa OR standard -section:earn").total == 1  # left out by its code too
        assert idx.search("section:cocoa").total == 1  # a commodity's code is its name
        assert idx.search("section:acq").total == 0  # a code no article files under finds none
        assert idx.search("section:fx").suggestion is None  # too short to guess at, and no code
    (tmp_path / "acq").mkdir()
    (tmp_path / "acq" / "reut2-000.sgm").write_text(SGML.replace("<D>earn</D>", "<D>acq</D>"), encoding="utf-8")
    build_index(tmp_path / "acq", tmp_path / "acq-index")
    with open_index(tmp_path / "acq-index") as idx:  # a code of three letters, too
        assert [hit.id for hit in idx.search("section:acq").hits] == ["reut2-000.sgm#7"]


def test_a_section_an_article_names_is_not_read_as_a_wire_archive_s_code(tmp_path: Path) -> None:
    # a site's own "Jobs" section is what section:jobs finds, not Reuters-21578's "jobs" (Unemployment) as well
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "reut2-000.sgm").write_text(SGML.replace("<D>earn</D>", "<D>jobs</D>"), encoding="utf-8")
    (tmp_path / "corpus" / "site.json").write_text(json.dumps([{"id": "1", "title": "Hiring", "section": "Jobs",
                                                                "text": "Firms are hiring."}]), encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert [hit.id for hit in idx.search("section:jobs").hits] == ["site.json#1"]
        assert [hit.id for hit in idx.search("section:unemployment").hits] == ["reut2-000.sgm#7"]


def test_a_section_typed_without_its_quotes_is_told_on_the_screen(sections_index: Path) -> None:
    code, output = query(sections_index, "query", "section:world news")
    assert code == 1 and 'Did you mean: section:"world news"' in output
