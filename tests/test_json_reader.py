"""JSON and JSONL exports: (input, expected) pairs for each shape and each trap."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from newssearch.documents import Article, Skip, parse_bytes, read_file
from newssearch.documents.authornames import split_authors
from newssearch.documents.encoding import has_surrogate, without_surrogates
from newssearch.documents.htmltext import html_to_text, plain_text
from newssearch.documents.jsonfile import read_json, read_jsonl
from newssearch.errors import UnreadableFile

FIXTURES = Path(__file__).parent / "fixtures" / "json"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def fixture(name: str):
    """Read a fixture through the reader table, as the indexer does."""
    return read_file(FIXTURES / name, name)


def one(record: dict, rel: str = "a.json") -> Article:
    """The single article read from one JSON object, in the form the indexer stores (``parse_bytes``)."""
    result = parse_bytes(json.dumps(record).encode(), rel, ".json")
    assert result.skipped == []
    (article,) = result.articles
    return article


# --- fixtures: one per exporter shape ----------------------------------------------------------


def test_news_please_object_uses_date_publish_never_modify_or_download():
    assert fixture("newsplease.json").articles == [
        Article(
            id="newsplease.json",
            path="newsplease.json",
            title="Harbour ferry saved",
            title_source="json:title",
            # its description, a standfirst the text does not repeat, opens the text
            body="Council votes to keep the harbour ferry.\n\n"
                 "The city council voted on Tuesday to keep the harbour ferry running.\n\nThe vote was 7 to 2.",
            date=date(2021, 3, 2),
            date_source="json:date_publish",
            authors=("Kate Smith", "Tom Jones"),
            source="example.com",
            url="https://example.com/ferry",
            lang="en",
        )
    ]


def test_trafilatura_json_output_url_under_source_and_site_name_under_source_hostname():
    # What `trafilatura --json` writes: the page URL as "source", the site's name as "source-hostname".
    article = one({"title": "Ferry delays", "author": "Ali Khan", "hostname": "rnz.co.nz", "date": "2020-06-22",
                   "text": "Ferries ran late in the gale.", "source": "https://www.rnz.co.nz/ferries",
                   "source-hostname": "RNZ", "excerpt": "Ferries ran late"})
    assert (article.source, article.url) == ("RNZ", "https://www.rnz.co.nz/ferries")


def test_a_site_name_beats_a_url_host_and_a_url_beats_plain_text_in_url_keys():
    assert one({"text": "Body.", "source": "https://www.stuff.co.nz/x", "site": "Stuff"}).source == "Stuff"
    assert one({"text": "Body.", "source": "https://www.gisborneherald.co.nz/x"}).source == "gisborneherald.co.nz"
    assert one({"text": "Body.", "source": "https://www.stuff.co.nz/x"}).source == "Stuff"  # a known publisher's host
    assert one({"text": "Body.", "link": "/news/1", "url": None}).url == "/news/1"
    assert one({"text": "Body.", "source": "Stuff"}).url is None


def test_newsapi_cut_marker_is_not_indexed_as_text():
    article = one({"source": {"id": None, "name": "BBC News"}, "title": "Flooding hits Auckland",
                   "publishedAt": "2023-01-27T23:10:00Z", "description": "Heavy rain flooded homes.",
                   "content": "Heavy rain flooded homes across Auckland on Friday… [+2345 chars]"})
    assert article.body == "Heavy rain flooded homes across Auckland on Friday…"
    assert (article.source, article.date) == ("BBC News", date(2023, 1, 27))


@pytest.mark.parametrize(("description", "body"), [
    # A teaser of its own goes before the text cut short: its words are the story's and no other field has them.
    ("Thousands lost power as the storm moved south.",
     "Thousands lost power as the storm moved south.\n\nHeavy rain flooded homes across Auckland on Friday…"),
    # One that is the text's opening, or that the text's opening is, is in it already.
    ("Heavy rain flooded homes across Auckland on Friday, officials said.",
     "Heavy rain flooded homes across Auckland on Friday…"),
    ("HEAVY RAIN flooded homes", "Heavy rain flooded homes across Auckland on Friday…"),
])
def test_newsapi_teaser_goes_before_the_content_it_cut_short(description: str, body: str) -> None:
    article = one({"title": "Flooding hits Auckland", "url": "https://example.com/a", "description": description,
                   "content": "Heavy rain flooded homes across Auckland on Friday… [+2345 chars]"})
    assert article.body == body


FLOODED = "Heavy rain flooded homes across Auckland."


@pytest.mark.parametrize(("teaser", "text", "body"), [
    # A whole text opens with its teaser too (NewsAPI's description, the Guardian's standfirst, JSON Feed's summary):
    # the index has no description field, and "power" was in no field it had.
    ({"description": "Thousands lost power."}, FLOODED, f"Thousands lost power.\n\n{FLOODED}"),
    ({"fields": {"standfirst": "<p>Thousands lost power.</p>"}}, FLOODED, f"Thousands lost power.\n\n{FLOODED}"),
    ({"summary": "Thousands lost power."}, FLOODED, f"Thousands lost power.\n\n{FLOODED}"),
    # unless the text holds it nearly verbatim (folded, white space and HTML aside): it is read once
    ({"description": "HEAVY rain  flooded\nhomes"}, FLOODED, FLOODED),
    ({"description": "<b>Flooded</b> homes across Auckland"}, FLOODED, FLOODED),
    ({"description": "Cafés flooded."}, "Heavy rain.\n\nCafes flooded.", "Heavy rain.\n\nCafes flooded."),
    ({"description": f"{FLOODED} The city was warned."}, FLOODED, FLOODED),   # the text is its opening
    ({"note": "Read later."}, FLOODED, FLOODED),   # a reader's note is no teaser
    ({"description": "Rain"}, "Drains flooded.", "Rain\n\nDrains flooded."),  # held from a word's start only
])
def test_a_whole_text_opens_with_its_teaser_unless_it_holds_it(teaser: dict, text: str, body: str) -> None:
    assert one({"title": "Flooding hits Auckland", "content": text, **teaser}).body == body


def test_newsapi_title_and_author_lose_the_publishers_name():
    article = one({"source": {"id": "bbc-news", "name": "BBC News"}, "author": "BBC News",
                   "title": "Glacier melts faster - BBC News", "content": "The glacier lost a metre."})
    assert (article.title, article.authors, article.source) == ("Glacier melts faster", (), "BBC News")
    named = one({"source": {"name": "Reuters"}, "author": "Jane Smith", "title": "Oil - a history",
                 "content": "Oil rose."})
    assert (named.title, named.authors) == ("Oil - a history", ("Jane Smith",))


@pytest.mark.parametrize(("source", "title", "url", "expected"), [
    # Another name the publisher goes by, its known aliases and its URL's host name it too.
    ({"name": "New Zealand Herald"}, "Chris Hipkins announces election date - NZ Herald",
     "https://www.nzherald.co.nz/nz/politics/x/", "Chris Hipkins announces election date"),
    ({"name": "Stuff.co.nz"}, "Budget 2023: What you need to know - Stuff", "https://www.stuff.co.nz/x",
     "Budget 2023: What you need to know"),
    ({"name": "Stuff"}, "Budget 2023: What you need to know - Stuff", None, "Budget 2023: What you need to know"),
    (None, "Ferries cancelled - stuff.co.nz", "https://www.stuff.co.nz/x", "Ferries cancelled"),
    # A last part named as sites are, with no name to match it.
    (None, "Council approves budget | Otago Daily Times Online News", "https://www.odt.co.nz/news/x",
     "Council approves budget"),
    # The headline's own dash stays.
    ({"name": "Stuff"}, "Rugby World Cup 2023 - France v New Zealand", "https://www.stuff.co.nz/x",
     "Rugby World Cup 2023 - France v New Zealand"),
    ({"name": "The Telegraph"}, "Boris Johnson - the Telegraph years", "https://www.telegraph.co.uk/x",
     "Boris Johnson - the Telegraph years"),                   # a subtitle with the name in it: not the name
    ({"name": "新华网"}, "北京大学举行毕业典礼_新华网", None, "北京大学举行毕业典礼"),  # no space around the separator
])
def test_a_record_title_loses_the_publishers_name_as_the_html_reader_cuts_it(
        source: dict | None, title: str, url: str | None, expected: str) -> None:
    record = {"title": title, "content": "The council met.", **({"source": source} if source else {}),
              **({"url": url} if url else {})}
    assert one(record).title == expected


@pytest.mark.parametrize("wrapped", [False, True])
def test_records_keyed_by_their_ids_are_articles_under_those_keys(wrapped: bool):
    # A Firebase export, a scraper's {url: record}: it had been one record with "no body text".
    records = {"-Nx1": {"title": "Ferry sails", "text": "The ferry sailed."},
               "-Nx2": {"id": "storm-2", "title": "Storm hits", "text": "The storm hit."}}
    result = read_json(json.dumps({"status": "ok", "articles": records} if wrapped else records).encode(), "fb.json")
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        ("fb.json#-Nx1", "Ferry sails", "The ferry sailed."), ("fb.json#storm-2", "Storm hits", "The storm hit.")]


@pytest.mark.parametrize("wrapped", [False, True])
def test_lists_of_records_under_names_are_articles(wrapped: bool):
    # A scraper's stories grouped by section or by day, {"politics": [...], "sport": [...]}: it had been one record
    # with "no body text", its stories lost.
    groups = {"politics": [{"title": "Budget passes", "text": "The budget passed."},
                           {"id": "ferry-2", "title": "Ferry sails", "text": "The ferry sailed."}],
              "2024-06-02": [{"title": "Storm hits", "text": "The storm hit."}], "sport": []}
    result = read_json(json.dumps({"articles": groups} if wrapped else groups).encode(), "groups.json")
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        ("groups.json#1", "Budget passes", "The budget passed."), ("groups.json#ferry-2", "Ferry sails",
                                                                    "The ferry sailed."),
        ("groups.json#3", "Storm hits", "The storm hit.")]
    assert result.skipped == []


@pytest.mark.parametrize("document", [
    {"tags": ["politics", "sport"], "stories": 2},  # no list of objects: no records
    {"politics": [], "sport": []},  # lists holding nothing
    {"politics": [{"name": "Jane Doe"}]},  # objects that are no stories
])
def test_an_object_of_other_lists_is_no_list_of_records(document: dict):
    with pytest.raises(UnreadableFile):
        read_json(json.dumps(document).encode(), "other.json")


def test_list_of_trafilatura_and_newspaper_records_with_id_or_address():
    result = fixture("list.json")
    assert result.articles == [
        Article(
            id="list.json#tf-1",
            path="list.json",
            title="Trafilatura export",
            title_source="json:title",
            body="First body.",
            date=date(2020, 6, 19),
            date_source="json:date",
            authors=("Ana Lima", "Ben Ode"),
            source="Daily Planet",
            lang="pt",
        ),
        Article(
            id="list.json#https://www.gazette.example",  # no id: its address (recordkeys)
            path="list.json",
            title="Newspaper3k export",
            title_source="json:title",
            body="Second body.",
            date=date(2020, 6, 19),
            date_source="json:publish_date",
            authors=("Cy Twombly", "Di Fox"),
            source="gazette.example",  # named by its address
            url="https://www.gazette.example",
            lang="en",
        ),
        # no text, but its headline and the site publishing it: a story, its headline (as a headline and its address
        # are; it had been skipped, "no body text")
        Article(id="list.json#tf-3", path="list.json", title="Headline only", title_source="json:title",
                body="Headline only", source="example.com"),
    ]
    assert result.skipped == []


@pytest.mark.parametrize(("record", "date", "source"), [
    # GDELT's article list: no date key, the day in the address (its seendate is when GDELT saw it: no date key).
    ({"title": "Drought in Kenya", "url": "https://example.com/2023/03/05/drought", "seendate": "20230306T121500Z"},
     "2023-03-05", "url"),
    ({"title": "Drought", "url": "https://example.com/2023/03/05/drought", "date": "2023-03-04"},  # a date key first
     "2023-03-04", "json:date"),
    ({"title": "Drought", "url": "https://example.com/news/drought"}, None, None),
    # A year-last address in the record's language's order: German 6 March (it had been 3 June), a .co.nz's too.
    ({"title": "Sturm", "url": "https://example.com/news/06-03-2021/sturm", "language": "de"}, "2021-03-06", "url"),
    ({"title": "Storm", "url": "https://x.co.nz/news/06-03-2021/storm"}, "2021-03-06", "url"),
    ({"title": "Storm", "url": "https://x.co.nz/news/06-03-2021/storm", "lang": "en-US"}, "2021-06-03", "url"),
])
def test_a_record_without_a_date_is_dated_by_its_address(record: dict, date: str | None, source: str | None) -> None:
    """As a saved page's address dates it: GDELT's headlines had all been undated."""
    article = read_json(json.dumps({"articles": [record]}).encode(), "gdelt.json").articles[0]
    assert (article.date and article.date.isoformat(), article.date_source) == (date, source)


@pytest.mark.parametrize(("record", "kept"), [
    ({"title": "Storm hits Auckland", "url": "https://www.stuff.co.nz/national/1", "seendate": "20240501T101500Z"},
     True),                                                              # GDELT's article list: a headline and link
    ({"headline": "Ferry sails", "link": "https://rnz.example/2", "description": ""}, True),
    ({"title": "Storm hits Auckland"}, False),                           # no address: not known to be a story
    ({"url": "https://www.stuff.co.nz/national/1"}, False),              # no headline
])
def test_a_record_of_a_headline_and_its_address_is_its_headline(record: dict, kept: bool) -> None:
    """As a headlines feed's item is: a headlines export had been skipped whole, "no body text"."""
    data = json.dumps({"articles": [record, {"title": "Tide turns", "text": "The tide turned."}]}).encode()
    result = read_json(data, "links.json")
    headline = record.get("title") or record.get("headline")
    link = record.get("url") or record.get("link")
    assert [(a.title, a.body, a.url) for a in result.articles] == (
        [(headline, headline, link)] if kept else []) + [("Tide turns", "The tide turned.", None)]
    assert result.skipped == ([] if kept else [Skip("links.json", "record 1: no body text")])


@pytest.mark.parametrize(("record", "kept"), [
    ({"titel": "Bahn erwartet Streik", "datum": "2024-03-05", "quelle": "Spiegel"}, True),  # a German headlines list
    ({"title": "Storm hits Auckland", "date": "2024-03-05"}, True),      # a headline and its date
    ({"headline_text": "aba decides against licence", "publish_date": "20030219"}, True),  # ABC's, its date yyyymmdd
    ({"title": "Storm hits Auckland", "publisher": "RNZ"}, True),        # a headline and its publisher
    ({"title": "Storm hits Auckland", "date": "soon"}, False),           # a date that reads as none: no date
    ({"title": "Storm hits Auckland", "author": "Jo Lee"}, False),       # an author alone does not place it
    ({"title": "Storm hits Auckland"}, False),                           # a headline alone: not known to be a story
    ({"date": "2024-03-05", "source": "RNZ"}, False),                    # no headline
])
def test_a_record_of_a_headline_and_its_date_or_publisher_is_its_headline(record: dict, kept: bool) -> None:
    """As a record of a headline and its address is: a headlines dataset (ABC's "A Million News Headlines", a
    German ``titel``/``datum``/``quelle`` list) had been skipped whole, "no body text"."""
    result = read_jsonl(json.dumps(record).encode() + b"\n" + json.dumps({"title": "Tide", "text": "It turned."}).encode(),
                        "heads.jsonl")
    headline = record.get("title") or record.get("titel") or record.get("headline_text")
    assert [(a.title, a.body) for a in result.articles] == ([(headline, headline)] if kept else []) + [
        ("Tide", "It turned.")]
    assert result.skipped == ([] if kept else [Skip("heads.jsonl", "line 1: no body text")])


def test_a_headline_and_date_records_fields_are_read_as_a_storys() -> None:
    """The date and publisher of a headline-only record are its article's, as a story's would be."""
    article = one({"titel": "Bundestag beschließt neues Gesetz", "datum": "2024-03-05", "quelle": "Spiegel"})
    assert (article.title, article.body, article.date, article.date_source, article.source) == (
        "Bundestag beschließt neues Gesetz", "Bundestag beschließt neues Gesetz", date(2024, 3, 5), "json:datum",
        "Der Spiegel")  # the publisher by its one name


def test_object_wrapping_articles_list_with_html_content_and_source_object():
    assert fixture("wrapped.json").articles == [
        Article(
            id="wrapped.json#https://bbc.example/storm",
            path="wrapped.json",
            title="Storm hits coast",
            title_source="json:title",
            body="A storm hit the coast overnight.\n\nPower was cut to 10,000 homes & farms.",
            date=date(2022, 1, 30),
            date_source="json:publishedAt",
            authors=("Jo Reporter", "Al Writer"),
            source="BBC News",
            url="https://bbc.example/storm",
            lang="en",  # a short English text in a file telling no language (tablelanguages)
        )
    ]


def test_jsonl_with_bom_crlf_and_blank_line():
    result = fixture("bom_crlf.jsonl")
    assert [(a.id, a.title, a.title_source, a.body, a.date, a.date_source) for a in result.articles] == [
        ("bom_crlf.jsonl#7", "Bom line", "json:headline", "Text one.", date(2021, 3, 2), "json:pubDate"),
        ("bom_crlf.jsonl#8", "Text two", "lede", "Text two.\nSecond line.", date(2021, 3, 4), "json:date"),
    ]
    assert result.skipped == []


def test_bad_jsonl_lines_are_skips_and_never_cost_the_good_ones():
    result = fixture("mixed.jsonl")
    assert [(a.id, a.title, a.body, a.date, a.date_source) for a in result.articles] == [
        ("mixed.jsonl#a1", "Good one", "Plain body one.", None, None),
        ("mixed.jsonl#a6", "Teaser only", "Only a summary, used as the body.", None, None),
        ("mixed.jsonl#a1-2", "Same id again", "Para one.\n\nPara two\nand a line.", date(2019, 5, 5), "json:created_at"),
    ]
    assert result.skipped == [
        Skip("mixed.jsonl", "line 2: invalid JSON (column 43: Unterminated string)"),
        Skip("mixed.jsonl", "line 3: not a JSON object (a list)"),
        Skip("mixed.jsonl", "line 4 (id a4): no body text"),
    ]


def test_a_skip_names_the_file_and_line_never_an_id_that_another_record_has():
    # Line 2 is broken; the record on line 3 has the id 2. "export.jsonl#2" is that record, not the skip.
    data = b'{"id": 1, "text": "First."}\nnot json\n{"id": 2, "text": "Second."}\n'
    result = read_jsonl(data, "export.jsonl")
    assert [a.id for a in result.articles] == ["export.jsonl#1", "export.jsonl#2"]
    assert result.skipped == [Skip("export.jsonl", "line 2: invalid JSON (column 1: Expecting value)")]


def test_reuters_stories_without_an_id_key_get_line_positions_and_keep_angle_brackets():
    result = fixture("reuters.jsonl")
    assert [(a.id, a.title, a.date, a.source) for a in result.articles] == [
        ("reuters.jsonl#1", "TEXAS COMMERCE BANCSHARES <TCB> FILES PLAN", date(1987, 2, 26), "Reuters"),
        ("reuters.jsonl#2", "CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT", date(1987, 2, 26), "Reuters"),
        ("reuters.jsonl#3", "COBANCO INC <CBCO> YEAR NET", date(1987, 2, 26), "Reuters"),
    ]
    assert result.articles[2].body.startswith("Shr 34 cts vs 1.19 dlrs\n")


def test_elasticsearch_search_response_reads_each_hits_source_with_the_hits_id():
    response = {"took": 5, "timed_out": False, "hits": {"total": {"value": 2}, "max_score": 1.0, "hits": [
        {"_index": "news", "_id": "n1", "_score": 1.0,
         "_source": {"id": 77, "title": "Mayor resigns", "body": "The mayor resigned.", "date": "2024-02-06",
                     "author": "Kent Brockman", "source": "Springfield Shopper", "url": "https://s.example/m"}},
        {"_index": "news", "_id": "n2", "_score": 0.5, "_source": {"title": "No text"}}]}}
    result = read_json(json.dumps(response).encode(), "es.json")
    assert result.articles == [
        Article(id="es.json#n1", path="es.json", title="Mayor resigns", title_source="json:title",
                body="The mayor resigned.", date=date(2024, 2, 6), date_source="json:date", authors=("Kent Brockman",),
                source="Springfield Shopper", url="https://s.example/m")]
    assert result.skipped == [Skip("es.json", "record 2 (id n2): no body text")]


def test_elasticdump_lines_read_the_source_and_a_lone_hit_is_the_file():
    line = {"_index": "news", "_type": "_doc", "_id": "e1", "_source": {"title": "Bridge reopens", "text": "It did."}}
    assert [(a.id, a.title, a.body) for a in read_jsonl(json.dumps(line).encode(), "dump.ndjson").articles] == [
        ("dump.ndjson#e1", "Bridge reopens", "It did.")]
    assert [a.id for a in read_json(json.dumps(line).encode(), "hit.json").articles] == ["hit.json"]
    # "_source" holding a name, not an object, is still the record's source.
    assert one({"text": "B.", "_source": "Reuters"}).source == "Reuters"


NYT_DOC = {
    "abstract": "Heavy rains have left dozens dead.", "snippet": "Heavy rains have left dozens dead.",
    "lead_paragraph": "Torrential rains in Rio Grande do Sul have killed at least 39 people.",
    "web_url": "https://www.nytimes.com/2024/05/03/world/brazil-floods.html", "source": "The New York Times",
    "headline": {"main": "Floods Sweep Through Brazil", "kicker": None, "name": None, "print_headline": "Floods"},
    "pub_date": "2024-05-03T14:23:51+0000", "section_name": "World", "_id": "nyt://article/abc",
    "byline": {"original": "By Jack Nicas and Ana Ionova", "person": [{"firstname": "Jack", "lastname": "Nicas"}]},
}


def test_nyt_article_search_response_reads_headline_byline_lead_paragraph_and_web_url():
    response = {"status": "OK", "copyright": "Copyright (c) 2024 The New York Times Company.",
                "response": {"docs": [NYT_DOC, {**NYT_DOC, "_id": "nyt://article/def", "lead_paragraph": ""}],
                             "meta": {"hits": 2}}}
    first, second = read_json(json.dumps(response).encode(), "nyt.json").articles
    assert first == Article(
        id="nyt.json#nyt://article/abc", path="nyt.json", title="Floods Sweep Through Brazil",
        title_source="json:headline",  # its abstract, which the lead paragraph does not repeat, before it
        body="Heavy rains have left dozens dead.\n\n"
             "Torrential rains in Rio Grande do Sul have killed at least 39 people.",
        date=date(2024, 5, 3), date_source="json:pub_date", authors=("Jack Nicas", "Ana Ionova"),
        source="The New York Times", url="https://www.nytimes.com/2024/05/03/world/brazil-floods.html",
        lang="en",  # each record too short to tell alone: the file's words show English (tablelanguages)
        sections=("World",))  # its section_name
    assert second.body == "Heavy rains have left dozens dead."  # no lead paragraph: the abstract
    assert one({**NYT_DOC, "byline": {"original": None, "person": []}}).authors == ()


GUARDIAN_RESULT = {
    "id": "world/2024/jan/12/alps-glaciers", "type": "article", "sectionName": "World news",
    "webPublicationDate": "2024-01-12T10:00:00Z", "webTitle": "Alpine glaciers retreat at record pace",
    "webUrl": "https://www.theguardian.com/world/2024/jan/12/alps-glaciers",
    "fields": {"byline": "Damian Carrington", "bodyText": "Glaciers retreated. Scientists said so.",
               "body": "<p>Glaciers retreated.</p><p>Scientists said so.</p>"},
}


def test_guardian_content_api_reads_web_fields_and_the_body_in_fields():
    response = {"response": {"status": "ok", "total": 1, "results": [GUARDIAN_RESULT]}}
    assert read_json(json.dumps(response).encode(), "g.json").articles == [Article(
        id="g.json#world/2024/jan/12/alps-glaciers", path="g.json", title="Alpine glaciers retreat at record pace",
        title_source="json:webTitle", body="Glaciers retreated.\n\nScientists said so.", date=date(2024, 1, 12),
        date_source="json:webPublicationDate", authors=("Damian Carrington",),
        url="https://www.theguardian.com/world/2024/jan/12/alps-glaciers",  # no publisher stated: none invented
        sections=("World news",), lang="en")]  # "said so": English, in a file telling no language
    fields = {"headline": "Glaciers in retreat", "bodyText": "Plain text only.", "publication": "The Guardian"}
    named = one({**GUARDIAN_RESULT, "fields": fields})
    assert (named.title, named.body, named.source, named.authors) == (
        "Glaciers in retreat", "Plain text only.", "The Guardian", ())


def test_gzipped_json_is_read_through_the_table(tmp_path: Path):
    path = tmp_path / "one.json.gz"
    path.write_bytes(gzip.compress(b'{"id": "x", "text": "Zipped body."}'))
    assert [(a.id, a.body) for a in read_file(path, "one.json.gz").articles] == [("one.json.gz", "Zipped body.")]


# --- record shapes -----------------------------------------------------------------------------

DOCUMENT_SHAPES = [
    ('{"text": "Solo."}', ["a.json"]),
    ('[{"text": "One."}, {"text": "Two."}]', ["a.json#1", "a.json#2"]),
    ('{"count": 2, "data": [{"text": "One."}, {"text": "Two."}]}', ["a.json#1", "a.json#2"]),
    ('{"response": 1, "results": {"docs": [{"id": 9, "text": "Deep."}]}}', ["a.json#9"]),
    ('{"Items": [{"ID": "K", "Body": "Upper-case keys."}]}', ["a.json#K"]),
    ('{"data": {"name": "export", "items": [{"text": "In a named wrapper."}]}}', ["a.json#1"]),
    ('[{"_id": {"$oid": "5f1d"}, "text": "Mongo."}]', ["a.json#5f1d"]),
    ('[{"uuid": "u-1", "text": "A."}, {"guid": "g-1", "text": "B."}]', ["a.json#u-1", "a.json#g-1"]),
    ('[{"id": "d", "text": "A."}, {"id": "d", "text": "B."}, {"id": "d", "text": "C."}]',
     ["a.json#d", "a.json#d-2", "a.json#d-3"]),
    ('[{"id": "d", "title": "No text"}, {"id": "d", "text": "B."}]', ["a.json#d"]),
    ('[{"id": "2", "text": "A."}, {"text": "B."}]', ["a.json#2", "a.json#2-2"]),
    # A pretty-printed article that happens to have an "items" field is still one article.
    ('{"title": "T", "text": "Body.", "items": [{"text": "x"}]}', ["a.json"]),
    # Pages of results: a list of lists, a list of API responses; positions count the records in order.
    ('[[{"text": "P1a."}, {"text": "P1b."}], [], [{"text": "P2."}]]', ["a.json#1", "a.json#2", "a.json#3"]),
    ('[{"status": "ok", "articles": [{"text": "A."}]}, {"status": "ok", "articles": [{"text": "B."}]}]',
     ["a.json#1", "a.json#2"]),
]


@pytest.mark.parametrize("text, ids", DOCUMENT_SHAPES)
def test_document_shapes_and_ids(text: str, ids: list[str]):
    assert [a.id for a in read_json(text.encode(), "a.json").articles] == ids


RECORD_FIELDS = [
    # (record, (title, title_source, body, date, date_source))
    ({"headline": "H", "articleBody": "B."}, ("H", "json:headline", "B.", None, None)),
    ({"content": {"rendered": "<p>WordPress.</p>"}, "title": {"rendered": "WP &amp; co"}},
     ("WP & co", "json:title", "WordPress.", None, None)),
    ({"text": ["Para one.", "Para two."]}, ("Para one", "lede", "Para one.\n\nPara two.", None, None)),
    ({"text": "", "raw_text": "Raw."}, ("Raw", "lede", "Raw.", None, None)),
    ({"text": "B.", "date": "junk", "created_at": "2019-01-02"}, ("B", "lede", "B.", date(2019, 1, 2), "json:created_at")),
    ({"text": "B.", "datePublished": "2020-01-01", "date": "2021-01-01"},
     ("B", "lede", "B.", date(2020, 1, 1), "json:datePublished")),
    ({"text": "B.", "dateModified": "2020-01-01", "updated_at": "2020-01-01", "date_download": "2020-01-01"},
     ("B", "lede", "B.", None, None)),
    ({"text": "B.", "published": 1592524800000}, ("B", "lede", "B.", date(2020, 6, 19), "json:published")),
    ({"text": "B.", "date": {"$date": "2018-07-01T00:00:00Z"}}, ("B", "lede", "B.", date(2018, 7, 1), "json:date")),
    # PHP's DateTime as json_encode writes it (Laravel's, Symfony's exports): its "date" in its own time zone
    ({"text": "B.", "published": {"date": "2023-11-20 23:30:00.000000", "timezone_type": 3, "timezone": "Europe/Berlin"}},
     ("B", "lede", "B.", date(2023, 11, 20), "json:published")),
    ({"title": "T", "description": "Teaser."}, ("T", "json:title", "Teaser.", None, None)),
    ({"text": "x < 5 and a<b and c>d"}, ("x < 5 and a<b and c>d", "lede", "x < 5 and a<b and c>d", None, None)),
]


UNIX_TIMES = [
    ("1704240000", date(2024, 1, 3)),               # seconds written as a string
    (1704240000, date(2024, 1, 3)),                 # seconds
    ("1704240000123", date(2024, 1, 3)),            # milliseconds (JavaScript), in a string
    (1704240000123456, date(2024, 1, 3)),           # microseconds (Python, databases)
    ("1704240000.25", date(2024, 1, 3)),
    (20240105, date(2024, 1, 5)),                   # a smaller number is read as its digits, never as 1970
    ("2024", None), (2024, None), (432000, None), (float("inf"), None), (1e300, None),
]


@pytest.mark.parametrize("value, expected", UNIX_TIMES)
def test_unix_time_in_seconds_milli_or_microseconds_as_number_or_text(value: object, expected: date | None):
    assert one({"text": "B.", "date": value}).date == expected


SLASHED_DATES = [   # 10/05/2022: the record's language or locale says which number is the day
    ({"date": "10/05/2022", "language": "de"}, date(2022, 5, 10)),
    ({"date": "10/05/2022", "lang": "en-GB"}, date(2022, 5, 10)),
    ({"date": "10/05/2022", "lang": "en", "locale": "en_IE"}, date(2022, 5, 10)),
    ({"date": "10/05/2022", "locale": "es_ES"}, date(2022, 5, 10)),
    ({"date": "10/05/2022", "language": "en-US"}, date(2022, 10, 5)),
    ({"date": "10/05/2022", "language": "en"}, date(2022, 10, 5)),      # plain English, or none: month first,
    ({"date": "10/05/2022"}, date(2022, 10, 5)),
    ({"date": "10/05/2022", "date_modify": "2022-05-12"}, date(2022, 5, 10)),   # unless after the update
    ({"date": "10/05/2022", "updated_at": "2022-12-01"}, date(2022, 10, 5)),
    # with no language but English, the country its address's domain names: day first in New Zealand, Britain...
    ({"date": "06/03/2021", "url": "https://www.stuff.co.nz/national/1"}, date(2021, 3, 6)),
    ({"date": "06/03/2021", "url": "https://www.bbc.co.uk/news/1", "language": "en"}, date(2021, 3, 6)),
    ({"date": "06/03/2021", "url": "https://www.spiegel.de/a-1"}, date(2021, 3, 6)),
    ({"date": "06/03/2021", "url": "https://www.stuff.co.nz/1", "language": "en-US"}, date(2021, 6, 3)),
    ({"date": "06/03/2021", "url": "https://www.nytimes.com/1"}, date(2021, 6, 3)),   # a generic domain, .us,
    ({"date": "06/03/2021", "url": "https://www.kcrg.us/1"}, date(2021, 6, 3)),
    ({"date": "06/03/2021", "url": "https://cbc.ca/1"}, date(2021, 6, 3)),             # Canada's mixed English
    ({"date": "06/03/2021", "url": "https://techcrunch.io/1"}, date(2021, 6, 3)),      # or one sold as generic
]


@pytest.mark.parametrize("fields, expected", SLASHED_DATES)
def test_slashed_date_order(fields: dict, expected: date):
    assert one({"text": "B.", **fields}).date == expected


# An English record naming no region and no country's address: its publisher, when newssearch knows it in a country
# that writes the day first, or its other dates, show its order (7/03/2024 is 7 March); a US publisher, a tag of
# en-US or no evidence keep the month first.
@pytest.mark.parametrize("fields, expected", [
    ({"date": "7/03/2024", "source": "NZ Herald"}, date(2024, 3, 7)),
    ({"date": "7/03/2024", "publisher": "BBC News", "language": "en"}, date(2024, 3, 7)),
    ({"date": "7/03/2024", "text": "The vote on 7 March 2024 was close."}, date(2024, 3, 7)),
    ({"date": "7/03/2024", "text": "The next vote is on 25/03/2024."}, date(2024, 3, 7)),
    ({"date": "7/03/2024", "source": "CNN"}, date(2024, 7, 3)),
    ({"date": "7/03/2024", "source": "The Irish Times"}, date(2024, 3, 7)),     # a paper at a .com, Ireland's
    ({"date": "7/03/2024", "url": "https://www.irishtimes.com/news/a-1.2"}, date(2024, 3, 7)),
    ({"date": "7/03/2024", "source": "The Straits Times"}, date(2024, 3, 7)),
    ({"date": "7/03/2024", "source": "NZ Herald", "language": "en-US"}, date(2024, 7, 3)),
    ({"date": "7/03/2024", "text": "The vote on July 3, 2024 was close."}, date(2024, 7, 3)),
    # Pakistan's, Malta's, Malaysia's, Kenya's, Nigeria's, Bangladesh's and Sri Lanka's papers, by name or at a .com
    ({"date": "08/03/2024", "source": "Dawn"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "url": "https://www.dawn.com/news/1818181"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "The Express Tribune"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "Times of Malta"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "url": "https://timesofmalta.com/articles/view/a.1"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "The Star Malaysia"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "url": "https://www.malaysiakini.com/news/1"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "Daily Nation"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "url": "https://nation.africa/kenya/news/a-1"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "Punch"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "url": "https://www.vanguardngr.com/2024/03/a/"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "Premium Times"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "url": "https://www.thisdaylive.com/index.php/2024/03/08/a/"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "The Daily Star", "url": "https://www.thedailystar.net/news/a"},
     date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "Dhaka Tribune"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "url": "https://www.prothomalo.com/a"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "Daily Mirror", "url": "https://www.dailymirror.lk/a/1"}, date(2024, 3, 8)),
    ({"date": "08/03/2024", "source": "Daily FT"}, date(2024, 3, 8)),
    # their countries' domains name them
    *(({"date": "08/03/2024", "url": f"https://news.example{tld}/a"}, date(2024, 3, 8))
      for tld in (".com.pk", ".com.my", ".co.ke", ".com.ng", ".lk", ".com.mt", ".com.bd")),
    ({"date": "08/03/2024", "url": "https://news.example.com.ph/a"}, date(2024, 8, 3)),   # the Philippines: month first
])
def test_an_english_records_slashed_date_is_read_day_first_where_it_shows_so(fields: dict, expected: date) -> None:
    assert one({"text": "B.", **fields}).date == expected


# A record naming no language reads its slashed date in the order its text's language writes (a German story's
# 05/03/2024 is 5 March, as a German text file's is); an English text's stays month first, its address's country aside.
GERMAN_TEXT = ("Der Stadtrat hat am Dienstag die neuen Pläne für den Hafen beschlossen, und die Arbeiten sollen noch in "
               "diesem Jahr beginnen. Die Kosten sind nicht mit dem Bund abgestimmt, sagte der Bürgermeister.")
ENGLISH_TEXT = ("The council voted on Tuesday to approve the new plans for the harbour, and the work is to begin this year. "
                "The costs have not been agreed with the government, the mayor said.")


@pytest.mark.parametrize("fields, expected", [
    ({"text": GERMAN_TEXT, "date": "05/03/2024"}, date(2024, 3, 5)),
    ({"text": GERMAN_TEXT, "date": "05/03/2024", "language": "en-US"}, date(2024, 5, 3)),   # its own word first
    ({"text": ENGLISH_TEXT, "date": "05/03/2024"}, date(2024, 5, 3)),
    ({"text": ENGLISH_TEXT, "date": "05/03/2024", "url": "https://www.stuff.co.nz/1"}, date(2024, 3, 5)),
])
def test_a_records_slashed_date_is_read_in_the_order_its_texts_language_writes(fields: dict, expected: date) -> None:
    assert one(fields).date == expected


@pytest.mark.parametrize("fields, expected", [
    ({"titel": "Bahn erwartet Streik", "datum": "05/03/2024", "quelle": "Spiegel"}, date(2024, 3, 5)),
    ({"titre": "Grève générale", "date": "05/03/2024", "source": "AFP"}, date(2024, 3, 5)),
    ({"title": "Rail strike", "date": "05/03/2024", "source": "AP"}, date(2024, 5, 3)),  # English keys: month first
    ({"titel": "Rail strike called for Monday in the city", "datum": "05/03/2024", "quelle": "AP", "lang": "en-US"},
     date(2024, 5, 3)),  # its own language first
])
def test_a_headline_records_slashed_date_is_read_in_the_order_of_its_keys_language(fields: dict,
                                                                                    expected: date) -> None:
    """A headlines list's German keys (titel, datum, quelle) over a headline too short to show its language: its
    05/03/2024 is 5 March, as the keys name the rows' language (it had been read 3 May)."""
    assert one(fields).date == expected


@pytest.mark.parametrize("language, expected", [("hr", date(2024, 10, 5)), ("pl", date(2024, 11, 5)),
                                                (None, date(2024, 11, 5))])
def test_a_records_month_name_is_read_in_its_language(language: str | None, expected: date) -> None:
    """Croatian's "listopada" is October; Polish's, and an unnamed language's, November."""
    assert one({"text": "B.", "date": "5. listopada 2024.", "language": language}).date == expected


@pytest.mark.parametrize("dates, expected", [
    (["25/04/2020", "03/04/2020"], [date(2020, 4, 25), date(2020, 4, 3)]),    # another record's 25/04: day first
    (["04/25/2020", "03/04/2020"], [date(2020, 4, 25), date(2020, 3, 4)]),    # another's 04/25: month first
    (["25/04/2020", "04/25/2020", "03/04/2020"], [date(2020, 4, 25)] * 2 + [date(2020, 3, 4)]),  # both: no say
])
def test_a_file_of_records_reads_its_ambiguous_slashed_dates_in_the_order_its_other_dates_show(dates, expected):
    text = "\n".join(json.dumps({"text": "B.", "date": day}) for day in dates)
    assert [a.date for a in read_jsonl(text.encode(), "x.jsonl").articles] == expected


def test_a_files_order_outweighs_its_records_domain():
    records = [{"text": "B.", "date": "04/25/2020"}, {"text": "B.", "date": "03/04/2020", "url": "https://stuff.co.nz/1"}]
    assert [a.date for a in read_json(json.dumps(records).encode(), "x.json").articles] == [
        date(2020, 4, 25), date(2020, 3, 4)]


def test_a_files_order_outweighs_a_records_language_which_outweighs_its_domain():
    """The file's unambiguous dates show how the system that wrote it writes a date; a record's language the story's
    (3 April for the en-US record: it had been 4 March, against its file's 25/04/2020)."""
    records = [{"text": "B.", "date": "25/04/2020"}, {"text": "B.", "date": "03/04/2020", "language": "en-US"},
               {"text": "B.", "date": "03/04/2020"}]
    assert [a.date for a in read_json(json.dumps(records).encode(), "x.json").articles] == [
        date(2020, 4, 25), date(2020, 4, 3), date(2020, 4, 3)]
    # with no order the file shows, the record's locale over its address's country
    ambiguous = [{"text": "B.", "date": "03/04/2020", "url": "https://www.bbc.co.uk/1", "locale": "en_US"},
                 {"text": "B.", "date": "03/04/2020", "url": "https://www.nytimes.com/1", "locale": "en_GB"}]
    assert [a.date for a in read_json(json.dumps(ambiguous).encode(), "x.json").articles] == [
        date(2020, 3, 4), date(2020, 4, 3)]


@pytest.mark.parametrize("record, expected", RECORD_FIELDS)
def test_record_fields(record: dict, expected: tuple):
    a = one(record)
    assert (a.title, a.title_source, a.body, a.date, a.date_source) == expected


METADATA = [
    ({"text": "B.", "source": {"name": "The Post"}}, ("The Post", None, None)),
    ({"text": "B.", "source": "https://www.post.example/news/1"}, ("post.example", "https://www.post.example/news/1", None)),
    ({"text": "B.", "source": "https://www.post.example/"}, ("post.example", None, None)),
    ({"text": "B.", "site_name": "Site", "publisher": "Pub"}, ("Site", None, None)),
    # a record naming no publisher has the one its address names (it had none)
    ({"text": "B.", "link": "https://x.example/a", "lang_code": "FR"}, ("x.example", "https://x.example/a", "fr")),
    ({"text": "B.", "canonical_url": " https://x.example/c ", "language": "en"}, ("x.example", "https://x.example/c", "en")),
    # a canonical address is the article's over the one it was fetched from, as a text header's "Canonical URL:" is
    # (the url had been kept, amp and tracking parts and all); a canonical path is no surer than the url
    ({"text": "B.", "url": "https://x.example/c?amp=1", "canonical_url": "https://x.example/c"},
     ("x.example", "https://x.example/c", None)),
    ({"text": "B.", "url": "https://x.example/c", "canonical_url": "/c"}, ("x.example", "https://x.example/c", None)),
    ({"text": "B.", "url": "https://www.reuters.com/world/x"}, ("Reuters", "https://www.reuters.com/world/x", None)),
    ({"text": "B.", "url": "/world/x"}, (None, "/world/x", None)),  # no site to join a CMS path to: kept for url:
    # a CMS dump's path joined to the site its record names; a protocol-relative or scheme-less address made whole
    ({"text": "B.", "url": "/news/1", "site": "https://www.post.example"},
     ("post.example", "https://www.post.example/news/1", None)),
    ({"text": "B.", "link": "news/2", "hostname": "post.example"}, ("post.example", "https://post.example/news/2", None)),
    ({"text": "B.", "url": "//cdn.post.example/a"}, ("cdn.post.example", "https://cdn.post.example/a", None)),
    ({"text": "B.", "url": "www.post.example/a", "site": "Post"}, ("Post", "https://www.post.example/a", None)),
    ({"text": "B.", "url": "urn:uuid:12", "site": "https://post.example"}, ("post.example", "urn:uuid:12", None)),
]


@pytest.mark.parametrize("record, expected", METADATA)
def test_source_url_and_lang(record: dict, expected: tuple):
    a = one(record)
    assert (a.source, a.url, a.lang) == expected


AUTHORS = [
    ("By Jane Doe", ("Jane Doe",)),
    ("by: Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("Jane Doe, John Roe & Al Poe", ("Jane Doe", "John Roe", "Al Poe")),
    ("Ana Lima; Ben Ode", ("Ana Lima", "Ben Ode")),
    (["By Ann", "Bob", "Ann"], ("Ann", "Bob")),
    ([{"name": "Ann", "url": "/ann"}, {"name": "Bob"}], ("Ann", "Bob")),
    ({"name": "Solo Writer"}, ("Solo Writer",)),
    ("editor@example.com (Ann Editor)", ("Ann Editor",)),
    ("Alexandra Anderson", ("Alexandra Anderson",)),
    ("", ()),
    ([], ()),
    (42, ()),
    (["Smith, John"], ("John Smith",)),                     # in a list, one name written surname first
    (["Doe, Jane", "Van Dyke, Dick"], ("Jane Doe", "Dick Van Dyke")),
    (["Jane Doe, John Roe"], ("Jane Doe", "John Roe")),     # two full names
    (["Martin Luther King, Jr."], ("Martin Luther King Jr.",)),
    ("Martin Luther King, Jr. and Ann Lee", ("Martin Luther King Jr.", "Ann Lee")),
    (["JOHN SMITH", "John Smith"], ("John Smith",)),        # capitals are not another author
    ("BBC", ("BBC",)),
    # A whole string of two one-word names is one name, surname first; two full names, acronyms or
    # publishers are not.
    ("Smith, John", ("John Smith",)),
    ("SMITH, JOHN", ("John Smith",)),
    ("O'Neil, Mary-Kate", ("Mary-Kate O'Neil",)),
    ("Smith, J.", ("J. Smith",)),
    ("AP, AFP", ("Associated Press", "AFP")),  # an agency by its one name
    ("Reuters, Bloomberg", ("Reuters", "Bloomberg")),
    ("Smith, John Paul", ("Smith", "John Paul")),
    # A desk is not a name beside a person's; alone, the credit stays whole.
    ("Staff and agencies", ("Staff and agencies",)),
    ("Jane Doe and agencies", ("Jane Doe",)),
    ("Jane Doe, staff writer", ("Jane Doe",)),
    ("Staff", ("Staff",)),
    ("Reuters Staff", ("Reuters Staff",)),
    # Names surname first between the separators of names; a role beside a name is no name.
    ("Doe, Jane; Smith, John", ("Jane Doe", "John Smith")),
    ("Doe, Jane and Smith, John", ("Jane Doe", "John Smith")),
    ("By Jane Doe, Political Reporter, and John Smith, Health Reporter", ("Jane Doe", "John Smith")),
    ("Jane Doe, BBC News", ("Jane Doe", "BBC News")),  # a publisher: the record's source (people_and_publisher)
    # As in a page's byline: a one-word part after a full name is a degree or a place; a place or an outlet after
    # the name goes, when a full name is left ("Thomson Reuters" is no Thomson).
    ("Jane Doe, Ph.D.", ("Jane Doe",)),
    ("Jane Doe, MD, MPH", ("Jane Doe",)),
    ("Jane Doe, Wellington", ("Jane Doe",)),
    ("Jane Doe in Wellington", ("Jane Doe",)),
    ("Jane Doe for Stuff", ("Jane Doe", "Stuff")),                     # a publisher the table knows, as after a comma
    ("Jane Doe for Acme Widgets", ("Jane Doe",)),                      # an outlet it does not know goes
    ("Casey Newton from Platformer", ("Casey Newton",)),               # Substack's sender name
    ("Bethan McKernan in Jerusalem", ("Bethan McKernan",)),             # the Guardian API's byline
    # A newsroom role after the name without a comma, as the Guardian API writes it, goes; a name stays whole.
    ("Gwyn Topham Transport correspondent", ("Gwyn Topham",)),
    ("Jessica Elgot Deputy political editor", ("Jessica Elgot",)),
    ("Dan Sabbagh Defence and security editor", ("Dan Sabbagh",)),                 # "and" inside the role
    ("Alex Hern UK technology editor", ("Alex Hern",)),
    ("Mary Anne Smith Political correspondent", ("Mary Anne Smith",)),
    ("Jane Doe political editor", ("Jane Doe",)),
    ("Jane Doe Senior Reporter", ("Jane Doe",)),
    ("Jane Doe Chief Political Correspondent", ("Jane Doe",)),
    ("Gwyn Topham Transport correspondent and Peter Walker Political correspondent", ("Gwyn Topham", "Peter Walker")),
    ("Mark Kermode, Observer film critic", ("Mark Kermode",)),
    # a role of capitalised words after a comma is the role of the name before it, not a person with its last word
    # cut off as a role ("Chief Political", "Local Democracy" had been authors)
    ("Jane Doe, Chief Political Correspondent", ("Jane Doe",)),
    ("By Katie Todd, Local Democracy Reporter", ("Katie Todd",)),
    ("Jane Doe, Pacific Affairs Reporter", ("Jane Doe",)),
    ("Jane Doe, Political Editor, and John Smith, Deputy Political Editor", ("Jane Doe", "John Smith")),
    ("Jane Doe", ("Jane Doe",)),
    ("Mary Anne Smith", ("Mary Anne Smith",)),
    ("Staff writer", ("Staff writer",)),
    ("By Jane Doe and John Smith of The Associated Press", ("Jane Doe", "John Smith", "Associated Press")),
    ("Thomson Reuters", ("Thomson Reuters",)),
    ("The Associated Press", ("Associated Press",)),
    # A known publisher or a wire agency beside a person's name is kept here, for the reader to make it the record's
    # source and no author (people_and_publisher; see the test of a publisher beside a person below).
    ("Jane Doe and AP", ("Jane Doe", "Associated Press")),
    ("Jane Doe, NZ Herald", ("Jane Doe", "NZ Herald")),
    ("Jane Doe, New Zealand Herald", ("Jane Doe", "New Zealand Herald")),
    ("Jane Doe, The Guardian", ("Jane Doe", "The Guardian")),
    ("Jane Doe and Reuters", ("Jane Doe", "Reuters")),
    ("Jane Doe; AFP", ("Jane Doe", "AFP")),
    ("Jane Doe, Otago Daily Times", ("Jane Doe", "Otago Daily Times")),  # an outlet it does not know reads as a name
    # Māori's "Nā" and "rāua ko", as a page's byline reads them (they had been kept in one author's name).
    ("Nā Hemi Smith", ("Hemi Smith",)),
    ("Nā Hemi Smith rāua ko Aroha Walker", ("Hemi Smith", "Aroha Walker")),
    ("Richard David Precht in conversation with Karin Fischer", ("Richard David Precht", "Karin Fischer")),
    # A web address names no one, alone (NewsAPI's author is often a profile's page) or after a name.
    ("https://www.facebook.com/bbcnews", ()),
    ("www.rnz.co.nz/authors/bob", ()),
    ("Jane Doe https://twitter.com/janedoe", ("Jane Doe",)),
    (["Jane Doe", "http://example.com/staff/john-smith"], ("Jane Doe",)),
]


@pytest.mark.parametrize("value, expected", AUTHORS)
def test_author_shapes(value: object, expected: tuple[str, ...]):
    assert split_authors(value) == expected


@pytest.mark.parametrize("value", [
    [{"firstname": "Jane", "lastname": "Doe"}],          # NYT's persons, many CMS exports
    [{"first_name": "Jane", "last_name": "Doe"}],
    [{"firstName": "Jane", "lastName": "Doe", "id": 7}],
    {"givenName": "Jane", "familyName": "Doe"},          # schema.org's Person without a name
    {"name": {"first": "Jane", "last": "Doe"}},
])
def test_an_author_object_of_first_and_last_names_is_the_name(value: object) -> None:
    # these had given no author at all (only CSL-JSON's given and family were joined)
    assert one({"title": "Ferry", "text": "The ferry sailed late.", "authors": value}).authors == ("Jane Doe",)


@pytest.mark.parametrize("value", [
    {"profile": {"name": "Jane Doe"}},                   # a user record's profile
    [{"user": {"name": "Jane Doe", "id": 7}}],
    {"person": {"firstname": "Jane", "lastname": "Doe"}},
    {"data": {"attributes": "x", "name": "Jane Doe"}},
    {"Profile": {"display_name": "Jane Doe"}, "id": 7},
])
def test_an_author_object_holding_its_person_one_level_down_is_the_name(value: object) -> None:
    # {"author": {"profile": {"name": "Jane Doe"}}} had given no author
    assert one({"title": "Ferry", "text": "The ferry sailed late.", "author": value}).authors == ("Jane Doe",)


@pytest.mark.parametrize("value", [{"data": {"type": "people", "id": "9"}},  # JSON:API's reference: no name
                                   {"profile": {"bio": "Writes about ferries."}}, {"meta": {"name": "Jane Doe"}}])
def test_an_author_object_naming_no_person_one_level_down_is_none(value: object) -> None:
    assert one({"title": "Ferry", "text": "The ferry sailed late.", "author": value}).authors == ()


@pytest.mark.parametrize("value, source", [("Jane Doe, NZ Herald", "NZ Herald"), ("Jane Doe and Reuters", "Reuters"),
                                           ("Jane Doe, New Zealand Herald", "NZ Herald"), ("Jane Doe", None),
                                           ("Jane Doe, Reuters", "Reuters"), ("Jane Doe, dpa", "dpa")])
def test_a_publisher_beside_a_person_in_a_byline_is_the_records_source_when_it_names_none(value: str,
                                                                                        source: str | None) -> None:
    record = one({"title": "Ferry", "text": "The ferry sailed late.", "author": value})
    assert (record.authors, record.source) == (("Jane Doe",), source)
    assert one({"title": "Ferry", "text": "The ferry sailed late.", "author": value, "source": "Stuff"}).source == "Stuff"


@pytest.mark.parametrize("value, authors, source", [
    ("By Jane Doe and John Smith", ("Jane Doe", "John Smith"), None),
    ("Jane Doe, John Smith", ("Jane Doe", "John Smith"), None),
    ("Doe, Jane", ("Jane Doe",), None),
    ("DOE, JANE", ("Jane Doe",), None),  # a surname of three capitals had been taken for an acronym: "DOE" and "Jane"
    ("jane.doe@x.com (Jane Doe)", ("Jane Doe",), None),
    ("AP", (), "Associated Press"),
    # A desk's credit alone names no one, as in a page's byline (they had been authors: an author facet of "Staff");
    # a publisher's desk names the publisher.
    ("Staff", (), None),
    ("By Staff", (), None),
    ("Staff Writer", (), None),
    ("Staff and agencies", (), None),
    ("Newsroom", (), None),
    ("Editorial Board", (), None),
    ("Wire services", (), None),
    ("Reuters Staff", (), "Reuters"),
    # a newsroom role or a desk alone names no one either (they had been authors: "Health reporter" in the facet),
    # but a role's word in capitals after a given name may be a surname
    ("Health reporter", (), None),
    ("Treasury reporter", (), None),
    ("Jo Reporter", ("Jo Reporter",), None),
    ("Chief Political Correspondent", (), None),   # its rank no given name ("Chief Political" had been an author)
    ("Senior Reporter", (), None),
    ("Business Desk", (), None),
    # a beat's words before the role's, in capitals, open no name: no one ("Local Democracy" had been an author)
    ("Local Democracy Reporter", (), None),
    ("Political Reporter", (), None),
    ("Our Correspondent", (), None),
    ("From Our Own Correspondent", (), None),      # "From Our" had been an author
    ("By Popular Demand", (), None),   # a column's title, no one (had been an author)
    ("By Design", (), None),
    ("Any Means", (), None),
    ("Bill Gates", ("Bill Gates",), None),
    ("Herald reporters", (), None),
    ("NZ Herald Staff", (), "NZ Herald"),
    ("Jane Doe", ("Jane Doe",), None),
])
def test_a_records_byline_gives_the_people_a_reader_expects(value: str, authors: tuple[str, ...],
                                                            source: str | None) -> None:
    record = one({"title": "Ferry", "text": "The ferry sailed late.", "author": value})
    assert (record.authors, record.source) == (authors, source)
    table = parse_bytes(f'title,text,author\nFerry,The ferry sailed late.,"{value}"\n'.encode(), "a.csv", ".csv")
    assert (table.articles[0].authors, table.articles[0].source) == (authors, source)


_GERMAN = ("Die Berliner haben am Sonntag gewählt. Die Wahlbeteiligung war hoch, und die Parteien sind mit dem Ergebnis "
           "zufrieden, sagte ein Sprecher der Regierung am Abend.")


@pytest.mark.parametrize("fields, authors", [
    ({"author": "Von Thomas Müller und Anna Weber", "text": _GERMAN}, ("Thomas Müller", "Anna Weber")),
    ({"author": "Par Jean Dupont et Marie Curie", "language": "fr", "text": "Le vote."}, ("Jean Dupont", "Marie Curie")),
    ({"author": "José Ortega y Gasset", "language": "es", "text": "El voto."}, ("José Ortega y Gasset",)),
    ({"author": "Von: Thomas Müller", "text": _GERMAN}, ("Thomas Müller",)),  # had kept "Von:" in the name
    # Swedish's "Av" and "och", as a page's byline reads them (the export had kept them in one name).
    ({"author": "Av Anna Svensson och Erik Berg", "language": "sv", "text": "Valet."}, ("Anna Svensson", "Erik Berg")),
    # Danish, Norwegian and Catalan ones too, though no function words are listed for the language named (they
    # had been read as English: "Af Mette Hansen og Lars Nielsen" one author)
    ({"author": "Af Mette Hansen og Lars Nielsen", "language": "da", "text": "Regeringen har fremlagt et nyt budget."},
     ("Mette Hansen", "Lars Nielsen")),
    ({"author": "Av Kari Nordmann og Ola Hansen", "language": "nb", "text": "Regjeringen har lagt fram et budsjett."},
     ("Kari Nordmann", "Ola Hansen")),
    ({"author": "Av Kari Nordmann og Ola Hansen", "language": "no", "text": "Regjeringen har lagt fram et budsjett."},
     ("Kari Nordmann", "Ola Hansen")),
    ({"author": "Joan Puig i Maria Vidal", "language": "ca", "text": "El govern ha presentat un pressupost."},
     ("Joan Puig", "Maria Vidal")),
    # In an English story, the words are no byline's: "Von Miller and Anna Weber" stays as written.
    ({"author": "Von Miller and Anna Weber", "text": "The linebacker signed a new contract."}, ("Von Miller", "Anna Weber")),
])
def test_an_export_byline_is_read_in_the_storys_language(fields: dict, authors: tuple[str, ...]) -> None:
    assert one({"title": "Wahl", **fields}).authors == authors


def test_authors_from_first_key_that_has_names():
    assert one({"text": "B.", "authors": [], "byline": "By Kim Lee"}).authors == ("Kim Lee",)


# --- HTML fragments ----------------------------------------------------------------------------

HTML = [
    ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
    ("<div>Line<br>break</div>", "Line\nbreak"),
    ("<p>Spread\n   over   lines</p>", "Spread over lines"),
    ("<p>Kept</p><script>var x = 1;</script><style>p {}</style>", "Kept"),
    ("<h2>Head</h2>Loose text<ul><li>a</li><li>b</li></ul>", "Head\n\nLoose text\n\na\n\nb"),
    ("<p>Caf&eacute; &amp; bar&nbsp;open</p>", "Café & bar open"),
    # A table row is one line, its cells apart (they had run together: "PartyShare").
    ("<table><tr><th>Party</th><th> Share </th><td></td></tr><tr><td>Labour</td><td>26.9%</td></tr></table>",
     "Party | Share\n\nLabour | 26.9%"),
    # Furigana over the words is no text of theirs: 亡なくなる could not be found as 亡くなる.
    ("<p><ruby>亡<rt>な</rt></ruby>くなる<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字</p>", "亡くなる漢字"),
]


@pytest.mark.parametrize("fragment, expected", HTML)
def test_html_to_text(fragment: str, expected: str):
    assert html_to_text(fragment) == expected


PLAIN = [
    ("No markup at all.", "No markup at all."),
    ("AT&amp;T", "AT&T"),
    ("Shares <TCB> rose", "Shares <TCB> rose"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("<b>bold</b> start", "bold start"),
    ("<ruby>教育<rt>きょういく</rt></ruby>する", "教育する"),  # a feed's title holding furigana
]


@pytest.mark.parametrize("text, expected", PLAIN)
def test_plain_text_only_parses_what_looks_like_html(text: str, expected: str):
    assert plain_text(text) == expected


# --- JSONL lines -------------------------------------------------------------------------------


@pytest.mark.parametrize(("separator", "written"), [("\u2028", "\n"), ("\u2029", "\n\n"), ("\x85", "\x85")])
def test_line_separator_inside_a_json_string_does_not_split_the_line(separator, written):
    # str.splitlines ends a line at each of these; JSON strings may hold them unescaped. Inside the text, Unicode's
    # line and paragraph separators are its line breaks (linebreaks.plain_lines); NEL stays as written
    data = f'{{"text": "one{separator}two"}}\n{{"text": "three"}}\n'.encode()
    assert [(a.id, a.body) for a in read_jsonl(data, "l.jsonl").articles] == [
        ("l.jsonl#1", f"one{written}two"),
        ("l.jsonl#2", "three"),
    ]


def test_positions_are_line_numbers_counting_blank_lines():
    data = b'\n{"text": "A."}\n\n{"text": "B."}\n'
    assert [a.id for a in read_jsonl(data, "l.jsonl").articles] == ["l.jsonl#2", "l.jsonl#4"]


def test_json_file_holding_json_lines_is_read_as_lines():
    data = b'{"id": 1, "text": "A."}\n{"id": 2, "text": "B."}\n'
    assert [a.id for a in parse_bytes(data, "x.json", ".json").articles] == ["x.json#1", "x.json#2"]


def test_a_line_holding_an_api_response_or_a_list_gives_each_record_with_its_place_in_the_line():
    newsapi = {"status": "ok", "totalResults": 2, "articles": [{"title": "Floods", "content": "Rivers rose."},
                                                               {"title": "Storm", "content": "Wind blew."}]}
    data = "\n".join([json.dumps(newsapi), '{"text": "Plain."}', '[{"text": "Listed."}, 7]', '["tags", "only"]'])
    result = read_jsonl(data.encode(), "l.jsonl")
    assert [(a.id, a.body) for a in result.articles] == [
        ("l.jsonl#1.1", "Rivers rose."), ("l.jsonl#1.2", "Wind blew."), ("l.jsonl#2", "Plain."),
        ("l.jsonl#3.1", "Listed.")]
    assert result.skipped == [Skip("l.jsonl", "line 3, record 2: not a JSON object (a number)"),
                              Skip("l.jsonl", "line 4: not a JSON object (a list)")]


def test_nesting_is_opened_only_so_deep():
    deep = [[[[[[{"text": "Too deep."}]]]]], {"text": "Shallow."}]
    result = read_json(json.dumps(deep).encode(), "d.json")
    assert [a.id for a in result.articles] == ["d.json#2"]
    assert result.skipped == [Skip("d.json", "record 1: not a JSON object (a list)")]


def test_jsonl_file_holding_one_pretty_printed_list_is_read_as_json():
    data = b'[\n  {"id": 1, "text": "A."},\n  {"id": 2, "text": "B."}\n]\n'
    assert [a.id for a in parse_bytes(data, "x.jsonl", ".jsonl").articles] == ["x.jsonl#1", "x.jsonl#2"]


JQ_OUTPUT = (b'{\n  "title": "Harbour bridge closes",\n  "text": "The bridge closed.",\n  "date": "2024-03-05"\n}\n'
             b'{\n  "title": "Ferry services resume",\n  "text": "Ferries ran again.",\n  "date": "2024-03-06"\n}\n')


@pytest.mark.parametrize("name", ["jq-out.json", "jq-out.jsonl"])
def test_jq_pretty_printed_objects_one_after_another_are_each_an_article_placed_by_their_first_line(name):
    result = parse_bytes(JQ_OUTPUT, name, "." + name.rsplit(".", 1)[1])
    assert [(a.id, a.title, a.date) for a in result.articles] == [
        (f"{name}#1", "Harbour bridge closes", date(2024, 3, 5)), (f"{name}#6", "Ferry services resume", date(2024, 3, 6)),
    ]
    assert result.skipped == []


@pytest.mark.parametrize(("data", "ids"), [
    (b'{"text": "A."}{"text": "B."}\n{"text": "C."}\n', ["s.json#1.1", "s.json#1.2", "s.json#2"]),  # }{ back to back
    (b'{"text": "A."} {"text": "B."}', ["s.json#1.1", "s.json#1.2"]),
    (b'[{"text": "A."}, {"text": "B."}]\n{\n "text": "C."\n}', ["s.json#1.1", "s.json#1.2", "s.json#2"]),
])
def test_json_values_back_to_back_are_read_one_by_one(data: bytes, ids: list[str]):
    assert [a.id for a in read_json(data, "s.json").articles] == ids


def test_a_broken_value_in_a_stream_is_reported_with_its_line_and_costs_no_other():
    broken = JQ_OUTPUT.replace(b'"Harbour bridge closes",', b'"Harbour bridge closes"')  # a comma left out
    result = read_jsonl(broken + b'{\n  "text": "A third."\n}\n', "jq.jsonl")
    assert [a.id for a in result.articles] == ["jq.jsonl#6", "jq.jsonl#11"]
    assert result.skipped == [Skip("jq.jsonl", "line 1: invalid JSON (line 3, column 3: Expecting ',' delimiter)")]


# --- whole files that cannot be read -----------------------------------------------------------

UNREADABLE = [
    (read_json, b'{\n  "a": 1,\n  "b" 2\n}', "invalid JSON at line 3, column 7: Expecting ':' delimiter"),
    (read_json, b'{"text": "A."} trailing', "invalid JSON at line 1, column 16: Extra data"),
    # A file cut short inside a string: the json module's message without its dangling "at" (it had read
    # "…: Invalid control character at").
    (read_json, b'{"title": "cut\n', "invalid JSON at line 1, column 15: Invalid control character"),
    (read_json, b'{"title": "cut', "invalid JSON at line 1, column 11: Unterminated string"),
    (read_jsonl, b'{"title": "cut\n',
     "no articles in file (line 1: invalid JSON (column 11: Unterminated string))"),
    (read_json, b"42", "JSON holds a number, not an article object or a list of them"),
    (read_json, b'{"title": "Only a title"}', "no articles in file (record 1: no body text)"),
    (read_json, b'[1, {"text": " "}]',
     "no articles in file (2 records skipped; first: record 1: not a JSON object (a number))"),
    (read_jsonl, b"not json\n{oops\n",
     "no articles in file (2 records skipped; first: line 1: invalid JSON (column 1: Expecting value))"),
    (read_jsonl, b"\x00\x01\x02binary", "binary file (not text)"),
]


@pytest.mark.parametrize("reader, data, reason", UNREADABLE)
def test_unreadable_files_say_why(reader, data: bytes, reason: str):
    with pytest.raises(UnreadableFile) as caught:
        reader(data, "f.json")
    assert str(caught.value) == reason


@pytest.mark.parametrize("data", [b"[]", b'{"articles": []}'])
def test_an_export_of_no_records_is_read_as_no_articles(data: bytes) -> None:
    result = read_json(data, "f.json")
    assert result.articles == []
    assert [(skip.path, skip.reason) for skip in result.skipped] == [("f.json", "no articles in file (no records)")]


# --- the TIME collection (optional: needs ../shared next to the repository) ---------------------


def test_time_collection_reads_as_423_articles_from_1963():
    path = SHARED / "corpora" / "time" / "docs.jsonl"
    if not path.exists():
        pytest.skip("TIME corpus not available at ../shared/corpora/time")
    result = read_file(path, "docs.jsonl")
    articles = result.articles
    assert len(articles) == 423 and result.skipped == []
    assert len({a.id for a in articles}) == 423
    assert articles[0].id == "docs.jsonl#017"
    assert articles[0].title == "THE ALLIES AFTER NASSAU IN DECEMBER 1960, THE U.S"
    assert {a.date.year for a in articles if a.date} == {1963}
    assert all(a.date is not None and a.date_source == "json:date" for a in articles)
    assert all(a.title and a.title_source == "lede" for a in articles)


def test_a_json_feed_and_mongodb_and_nyt_shapes() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "My Feed", "items": [
        {"id": "1", "title": "First", "content_html": "<p>The council met on Tuesday.</p>",
         "date_published": "2020-06-19T10:00:00Z", "authors": [{"name": "Jane Smith"}]},
        {"id": "2", "title": "Second", "content_text": "Plain text about ferries."}]}
    first, second = read_json(json.dumps(feed).encode(), "feed.json").articles
    assert (first.body, first.date, first.authors) == ("The council met on Tuesday.", date(2020, 6, 19), ("Jane Smith",))
    assert second.body == "Plain text about ferries."
    mongo = one({"_id": {"$oid": "5f0"}, "headline": {"main": None, "print_headline": "Print Head"},
                 "text": "Story body.", "date": {"$date": {"$numberLong": "1593561600000"}}})
    assert (mongo.title, mongo.date) == ("Print Head", date(2020, 7, 1))
    assert one({"title": "T", "text": "Body.", "timestamp": "2021-03-04T05:06:07Z"}).date == date(2021, 3, 4)


def test_newssearch_result_lists_saved_beside_the_articles_are_not_articles(tmp_path: Path) -> None:
    """`query --json > corpus/police.json` had made each hit a copy of its article, first in `similar`."""
    hit = {"rank": 1, "id": "a.txt", "path": "a.txt", "title": "Police", "score": 0.26, "snippet": "Police said"}
    document = {"query": "police", "total": 1, "page": 1, "pages": 1, "limit": 10, "hits": [hit]}
    for name, data in (("police.json", json.dumps(document)), ("police.jsonl", json.dumps(hit) + "\n")):
        with pytest.raises(UnreadableFile, match=r"a newssearch result list \(--json or --jsonl\), not articles"):
            parse_bytes(data.encode(), name, "." + name.split(".")[-1])
    shown = {"id": "a.txt", "path": "a.txt", "title": "Police", "title_source": "lede", "date": None,
             "date_source": None, "authors": [], "body": "Police said."}
    with pytest.raises(UnreadableFile, match=r"an article newssearch showed \(show --json\)"):
        parse_bytes(json.dumps(shown).encode(), "shown.json", ".json")
    # A record that merely has a rank and a score is still an article.
    record = {"id": "7", "rank": 3, "score": 9, "title": "Chart", "text": "Body."}
    assert read_json(json.dumps([record]).encode(), "a.json").articles[0].body == "Body."


@pytest.mark.parametrize("record, expected", [
    ({"id_str": "1050118621198921728", "full_text": "Quake hits.", "user": {"name": "NZ Herald", "screen_name": "nzherald"}},
     ("x.json#1050118621198921728", (), "NZ Herald")),                       # a tweet: its id as text; a publisher's
    ({"id_str": "105", "full_text": "Quake hits.", "user": {"name": "Ana Lima", "screen_name": "alima"}},   # account
     ("x.json#105", ("Ana Lima",), None)),                                   # is the publisher, a person's the author
    ({"id": "111", "content": "<p>Council reviews.</p>", "account": {"username": "rnz", "display_name": "RNZ News"}},
     ("x.json#111", (), "RNZ")),                                             # a Mastodon post: RNZ's newsroom
    ({"id": "112", "content": "<p>Council reviews.</p>", "account": {"username": "kiwi", "display_name": " "}},
     ("x.json#112", ("kiwi",), None)),                                        # no display name: the user name
    ({"id": "121", "content": "<p>Council reviews.</p>",   # a Mastodon account's custom emoji: no part of its name
      "account": {"username": "ana", "display_name": ":blobcat: Ana Lima :verified:"}}, ("x.json#121", ("Ana Lima",), None)),
    ({"id": "122", "text": "Council reviews.", "user": {"username": "ana", "name": ":misskey: Ana Lima"}},  # Misskey's
     ("x.json#122", ("Ana Lima",), None)),
    ({"id": "113", "text": "The storm arrived.", "author": {"id": 3, "username": "admin"}},
     ("x.json#113", (), None)),                                              # a CMS user is no Mastodon account
    ({"id": "114", "text": "The storm arrived.", "author": "oradmin"}, ("x.json#114", (), None)),  # a site's
    ({"id": "115", "text": "The storm arrived.", "author": "wpengine"}, ("x.json#115", (), None)),  # logins, no one
    ({"id": "116", "text": "The storm arrived.", "author": "webmaster"}, ("x.json#116", (), None)),
    ({"id": "117", "text": "The storm arrived.", "author": "gizzmo"}, ("x.json#117", ("gizzmo",), None)),  # a blogger's
    ({"id": "118", "text": "The storm arrived.", "author": "user123"}, ("x.json#118", (), None)),  # a generic account
    ({"id": "119", "text": "The storm arrived.", "author": "jsmith42"}, ("x.json#119", ("jsmith42",), None)),  # a
    ({"id": "120", "text": "The storm arrived.", "author": "editor1"}, ("x.json#120", (), None)),  # person's handle
    ({"body": "Fonterra cut.", "source_name": "The New Zealand Herald", "byline": "Jamie Gray"},
     ("x.json#1", ("Jamie Gray",), "NZ Herald")),                            # Factiva's source_name, by its one name
])
def test_posts_and_database_exports_name_their_author_source_and_id(record: dict, expected: tuple):
    (article,) = read_json(json.dumps([record, {"no": "text"}]).encode(), "x.json").articles
    assert (article.id, article.authors, article.source) == expected


def test_numbers_python_cannot_hold_or_read_and_a_line_nested_too_deep_are_skipped_with_reasons() -> None:
    """A date of 401 digits (float() raises OverflowError), a number of 5,001 digits (json.loads raises ValueError)
    and a line nested 100,000 deep (RecursionError) had each skipped the whole file as 'reader failed' or too deeply
    nested; the other lines are read."""
    good = '{"title": "Bridge reopens", "text": "The bridge reopened."}'
    huge_date = '{"title": "Ferry sails", "text": "The ferry sailed.", "date": 1' + "0" * 400 + "}"
    data = "\n".join([good, huge_date, '{"text": "x", "n": 1' + "0" * 5000 + "}", "[" * 100_000 + "]" * 100_000])
    result = parse_bytes(data.encode(), "wire.jsonl", ".jsonl")
    assert [(a.title, a.date) for a in result.articles] == [("Bridge reopens", None), ("Ferry sails", None)]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("wire.jsonl", "line 3: a number of more than 4,300 digits in the JSON: not read"),
        ("wire.jsonl", "line 4: JSON nested too deeply to read")]
    assert read_json(huge_date.encode(), "a.json").articles[0].date is None
    with pytest.raises(UnreadableFile, match=r"^a number of more than 4,300 digits in the JSON: not read$"):
        read_json(b'{"text": "x", "n": 1' + b"0" * 5000 + b"}", "a.json")


def test_a_json_export_with_one_record_nested_too_deep_keeps_every_record() -> None:
    """A field nested 5,000 deep in one record (RecursionError in json.loads) had skipped the whole export as too
    deeply nested; a value that deep is read as null, and the records, that one too, are read (fuzz probe)."""
    deep = '{"a":' * 5000 + "1" + "}" * 5000
    records = [f'{{"title": "{title}", "text": "The {title.lower()} opened.", "meta": {meta}}}'
               for title, meta in (("Bridge", "1"), ("Ferry", deep), ("Harbour", '"x"'))]
    for data in ("[" + ", ".join(records) + "]", '{"status": "ok", "articles": [' + ", ".join(records) + "]}"):
        assert [a.title for a in read_json(data.encode(), "x.json").articles] == ["Bridge", "Ferry", "Harbour"]
    with pytest.raises(UnreadableFile, match=r"^JSON nested too deeply to read$"):
        read_json(b"[" * 100_000 + b"]" * 100_000, "deep.json")
    with pytest.raises(UnreadableFile, match=r"^invalid JSON at line 1"):  # nested too deep, and broken
        read_json(b"[" * 100_000 + b'"' + b'\\"' * 1000, "cut.json")


# A .json export a download or a write stopped inside: its records read whole are read, and the skip says where it
# ends, as a feed's does (the whole export had been "invalid JSON at line 1, column 533631": 1,999 records lost).
EXPORT = [{"id": key, "title": title, "text": f"The {title.lower()} opened.", "tags": ["a", {"b": [1, None]}]}
          for key, title in (("a", "Bridge"), ("b", "Ferry"), ("c", "Harbour"))]


def cut_after(text: str, marker: str, after: int = 0) -> bytes:
    """``text`` cut ``after`` characters past the last ``marker``."""
    return text[: text.rindex(marker) + after].encode()


@pytest.mark.parametrize("data, titles, where", [
    (cut_after(json.dumps(EXPORT), "Harbour", 3), ["Bridge", "Ferry"], "record 3: the file ends inside it"),
    (cut_after(json.dumps(EXPORT, indent=2), "null", 2), ["Bridge", "Ferry"], "record 3: the file ends inside it"),
    (cut_after(json.dumps(EXPORT), '{"id": "c"'), ["Bridge", "Ferry"],
     "after record 2: the file ends here, before the export does"),
    (cut_after(json.dumps(EXPORT), "]"), ["Bridge", "Ferry", "Harbour"],
     "after record 3: the file ends here, before the export does"),
    (cut_after(json.dumps({"status": "ok", "articles": EXPORT}), "harbour opened"), ["Bridge", "Ferry"],
     "record 3: the file ends inside it"),  # a wrapper's list: NewsAPI's
    (cut_after(json.dumps([EXPORT[:2], EXPORT[2:]]), "[1, nu"), ["Bridge", "Ferry"],
     "record 3: the file ends inside it"),  # pages of lists, cut in a literal
])
def test_a_json_export_cut_short_keeps_the_records_read_whole(data: bytes, titles: list[str], where: str) -> None:
    result = read_json(data, "x.json")
    assert [a.title for a in result.articles] == titles
    assert [(s.path, s.reason) for s in result.skipped] == [("x.json", f"{where} (cut short)")]


@pytest.mark.parametrize("data", [
    cut_after(json.dumps(EXPORT), "Bridge"),  # inside its first record: nothing read whole
    json.dumps(EXPORT).replace('"Ferry"', '"Ferry').encode(),  # broken in the middle, not cut: its end is whole
    json.dumps(EXPORT).replace('"b": [1', '"b": {1').encode()[:-1],  # brackets that pair wrongly
    cut_after(json.dumps(EXPORT[0]), "opened"),  # one article object, no list
])
def test_a_json_file_not_cut_after_a_whole_record_stays_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadableFile, match=r"^invalid JSON at line"):
        read_json(data, "x.json")


@pytest.mark.parametrize("data", [
    b'[{"title": "Bridge", "text": "The bridge opened, said the council.",},]',
    b'{"articles": [\n  {"title": "Bridge", "text": "The bridge opened, said the council."},\n ]\n}',
    b'[{"title": "Bridge", "text": "The bridge opened, said the council.", "tags": ["a", "b" , ] }]',
])
def test_a_json_export_with_trailing_commas_is_read_whole(data: bytes) -> None:
    # a comma before a closing bracket (a hand-edited export, JavaScript's or JSON5's leniency) had lost the whole
    # file: 'invalid JSON at line 1, column 70: Expecting property name enclosed in double quotes'
    result = read_json(data, "x.json")
    assert [(a.title, a.body) for a in result.articles] == [("Bridge", "The bridge opened, said the council.")]
    assert result.skipped == []


@pytest.mark.parametrize("data", [
    b'[{"title": "Bridge", "text": "A comma in words ,} stays",, }]',  # two commas: no trailing comma alone
    b'[{"title": "Bridge", "text": "x"}, , ]',
    b'[,]',
])
def test_a_json_file_broken_otherwise_than_by_a_trailing_comma_stays_unreadable(data: bytes) -> None:
    with pytest.raises(UnreadableFile, match=r"^invalid JSON at line"):
        read_json(data, "x.json")


@pytest.mark.parametrize("body", [
    [{"_type": "block", "children": [{"_type": "span", "text": "The new cycleway opened on Monday."}]},  # Sanity's
     {"_type": "block", "children": [{"_type": "span", "text": "It cost "},
                                     {"_type": "span", "marks": ["strong"], "text": "40 million dollars"},
                                     {"_type": "span", "text": "."}]},
     {"_type": "image", "asset": {"_ref": "image-1"}}],
    [{"type": "paragraph", "content": "The new cycleway opened on Monday."}, {"type": "image", "url": "x.jpg"},
     {"type": "paragraph", "content": "<p>It cost 40 million dollars.</p>"}],
])
def test_a_record_s_body_of_content_blocks_is_their_text(body: list[object]) -> None:
    # a body that is a list of blocks, not of strings (Sanity's portable text, a CMS's content elements), had been
    # passed over: the record dated, its headline was indexed as its text, saying nothing
    data = json.dumps([{"_id": "s1", "title": "Cycleway opens", "publishedAt": "2023-05-01", "body": body}]).encode()
    (article,) = read_json(data, "x.json").articles
    assert article.body == "The new cycleway opened on Monday.\n\nIt cost 40 million dollars."


def test_a_stream_of_broken_values_reads_each_from_a_window_not_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every other line with an unescaped line break (a writer that did not escape it): each broken value's error had
    # counted every line before it (JSONDecodeError's line number), read from the whole text: 20,000 lines, 1.4 MB,
    # 4.6 s, 40,000 lines 16.8 s; 56 MB of a damaged gzip stream (fuzz seed 658), minutes. Each is read from a
    # window now, its error placed in the text as before.
    import newssearch.documents.jsonlines as jsonlines

    read: list[int] = []

    class Decoder(json.JSONDecoder):
        def raw_decode(self, s: str, idx: int = 0) -> tuple[object, int]:
            read.append(len(s) - idx)
            return super().raw_decode(s, idx)

    monkeypatch.setattr(jsonlines.json, "JSONDecoder", Decoder)
    good, broken = '{"title": "Bridge", "text": "The bridge reopened."}\n', '{"title": "Ferry", "text": "The ferry\n'
    result = read_jsonl(((good + broken) * 1000 + good).encode(), "w.jsonl")
    assert len(result.articles) == 1001 and max(read) < 4 * len(good + broken)
    assert result.skipped[0].reason == "line 2: invalid JSON (column 28: Unterminated string)"
    monkeypatch.undo()
    stream = '{"text": "One."}{"text": "Two"\n  "x": 1}\n{\n  "text": "Three."\n}\n'  # jq's values, one broken
    assert [(s.path, s.reason) for s in read_jsonl(stream.encode(), "jq.jsonl").skipped] == [
        ("jq.jsonl", "line 1, record 2: invalid JSON (line 2, column 3: Expecting ',' delimiter)")]


def test_records_of_one_id_each_get_the_next_number_at_once() -> None:
    # Fuzz seed 611: a damaged .jsonl.gz unpacked to thousands of records of one id, and each had tried -2, -3, …
    # again (quadratic: over 10 s); the ids taken keep the last number tried, and the ids are as before.
    from newssearch.documents.recordresults import unique_id

    class Counting(dict):  # type: ignore[type-arg]
        looked = 0

        def __contains__(self, key: object) -> bool:
            Counting.looked += 1
            return super().__contains__(key)

    seen = Counting({"x#r1-3": 1})  # a record's own id taken first is passed over
    ids = [unique_id("x#r1", seen) for _ in range(2000)]
    assert ids[:4] == ["x#r1", "x#r1-2", "x#r1-4", "x#r1-5"] and len(set(ids)) == 2000 and Counting.looked < 6000


def test_a_number_too_long_to_read_on_the_first_line_of_json_lines_costs_that_line_only() -> None:
    """Read as one document first, a file opening with a number of 5,000 digits raised ValueError there (not a
    JSONDecodeError) and skipped the whole file as 'reader failed'; its other lines are read."""
    data = "9" * 5000 + '\n{"title": "Bridge reopens", "text": "The bridge reopened."}\n'
    result = parse_bytes(data.encode(), "wire.jsonl", ".jsonl")
    assert [a.title for a in result.articles] == ["Bridge reopens"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("wire.jsonl", "line 1: a number of more than 4,300 digits in the JSON: not read")]


# --- datasets researchers bring, each in its published shape ----------------------------------


def test_huffpost_news_category_record_has_its_short_description_as_the_body() -> None:
    """News_Category_Dataset_v3.json: headline, link, short_description, authors, category, date; its teaser is
    under "short_description" (the body had been the headline again)."""
    article = one({"link": "https://www.huffpost.com/entry/cats-tweets_n_632de332", "headline": "Funniest Tweets About Cats",
                   "category": "COMEDY", "short_description": "Until you have a dog you don't understand.",
                   "authors": "Elyse Wanshel", "date": "2022-09-23"})
    assert (article.title, article.body) == ("Funniest Tweets About Cats", "Until you have a dog you don't understand.")
    assert (article.authors, article.date) == (("Elyse Wanshel",), date(2022, 9, 23))


def test_event_registry_article_names_its_source_by_title_and_its_id_by_uri() -> None:
    """newsapi.ai (Event Registry) getArticles: {"articles": {"results": [...]}}, a source {"uri", "title"}, authors
    [{"name"}], "uri" its id, "dateTimePub" the time the article gives as its publication."""
    response = {"articles": {"results": [{
        "uri": "7912345678", "lang": "eng", "date": "2024-03-06", "time": "01:22:00", "dateTime": "2024-03-06T01:22:00Z",
        "dateTimePub": "2024-03-05T22:15:00Z", "url": "https://www.odt.co.nz/news/dunedin/hospital",
        "title": "Hospital rebuild delayed", "body": "The new hospital will open a year late.",
        "source": {"uri": "odt.co.nz", "dataType": "news", "title": "Otago Daily Times"},
        "authors": [{"uri": "mike@odt.co.nz", "name": "Mike Houlahan", "type": "author", "isAgency": False}],
    }], "totalResults": 1, "page": 1, "count": 100, "pages": 1}}
    (article,) = parse_bytes(json.dumps(response).encode(), "er.json", ".json").articles
    assert (article.id, article.source, article.authors) == ("er.json#7912345678", "Otago Daily Times", ("Mike Houlahan",))
    assert (article.date, article.date_source, article.lang) == (date(2024, 3, 5), "json:dateTimePub", "en")


def test_webz_post_takes_its_publisher_from_its_thread() -> None:
    """A Webhose (webz.io) post: its "url" is the crawler's redirect (omgili.com), its site in "thread"."""
    article = one({"thread": {"uuid": "a1b2", "url": "http://omgili.com/ri/.wHSU", "site_full": "www.nzherald.co.nz",
                              "site": "nzherald.co.nz", "section_title": "NZ News", "title": "Kauri dieback spreads",
                              "published": "2017-03-01T02:00:00.000+02:00", "country": "NZ"},
                   "uuid": "a1b2", "url": "http://omgili.com/ri/.wHSU", "author": "Jamie Morton",
                   "published": "2017-03-01T02:00:00.000+02:00", "title": "Kauri dieback spreads",
                   "text": "Kauri dieback has been found in the Coromandel.", "language": "english",
                   "crawled": "2017-03-01T03:11:46.000+02:00"})
    assert (article.source, article.authors, article.lang) == ("NZ Herald", ("Jamie Morton",), "en")
    assert (article.date, article.body) == (date(2017, 3, 1), "Kauri dieback has been found in the Coromandel.")


def test_a_guardian_single_item_response_is_its_article() -> None:
    """The Content API's /{id} endpoint answers {"response": {"content": {...}}}: its "content" is the article, not
    text (the file had been skipped: "no body text")."""
    response = {"response": {"status": "ok", "userTier": "developer", "total": 1, "content": {
        "id": "world/2020/jun/19/nz-border", "type": "article", "webPublicationDate": "2020-06-19T04:30:12Z",
        "webTitle": "NZ tightens border", "webUrl": "https://www.theguardian.com/world/2020/jun/19/nz-border",
        "fields": {"byline": "Eleanor Ainge Roy in Dunedin", "body": "<p>The military runs quarantine.</p><p>Two left.</p>",
                   "bodyText": "The military runs quarantine. Two left.", "lastModified": "2020-06-20T01:00:00Z",
                   "publication": "theguardian.com", "lang": "en"}}}}
    (article,) = parse_bytes(json.dumps(response).encode(), "item.json", ".json").articles
    assert (article.title, article.body) == ("NZ tightens border", "The military runs quarantine.\n\nTwo left.")
    assert (article.date, article.authors, article.source) == (date(2020, 6, 19), ("Eleanor Ainge Roy",), "The Guardian")


@pytest.mark.parametrize(("text", "has"), [("plain", False), ("£5 in Zürich", False), ("half \ud83d a pair", True),
                                           ("bytes \udce9", True), ("\U0001f600 whole", False)])
def test_a_surrogate_is_found_whatever_else_the_text_holds(text: str, has: bool) -> None:
    assert has_surrogate(text) is has and (without_surrogates(text) == text) is not has


def test_records_of_one_site_have_its_keys_made_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The keys a title's site ending is compared with (``sitekeys``) are made once for all the records naming one
    site, as an export's do: each BBC record's had been made anew, a seventh of a record's time."""
    from newssearch.documents import sitekeys

    made: list[str] = []
    keys = sitekeys._keys
    monkeypatch.setattr(sitekeys, "_keys", lambda text: made.append(text) or keys(text))

    def keys_made(site: str, records: int) -> int:
        made.clear()
        lines = [json.dumps({"title": f"Oil prices rise {n}", "text": "Crude rose on Monday.",
                             "url": f"https://www.{site}.com/news/{n}"}) for n in range(records)]
        assert len(read_jsonl("\n".join(lines).encode(), "wire.jsonl").articles) == records
        return sum(site in text for text in made)  # the site's names made keys, not the titles' ends

    assert keys_made("oilwire", 3) == keys_made("gaswire", 1) > 0


def test_records_of_one_publisher_have_its_name_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A publisher's one name (``publisher_name``) is worked out once for the records naming it and its domain, as an
    export's do, each at its own address: each BBC record's had been worked out anew, twice."""
    from newssearch.documents import publishers

    looked_up: list[str] = []
    alias = publishers._alias
    monkeypatch.setattr(publishers, "_alias", lambda name: looked_up.append(name or "") or alias(name))

    def lookups(site: str, records: int) -> int:
        looked_up.clear()
        lines = [json.dumps({"title": f"Oil prices rise {n}", "text": "Crude rose on Monday.", "source": f"{site} News",
                             "url": f"https://www.{site}.com/news/{n}"}) for n in range(records)]
        articles = parse_bytes("\n".join(lines).encode(), "wire.jsonl", ".jsonl").articles
        assert [article.source for article in articles] == [f"{site} News"] * records
        return sum(site in name for name in looked_up)

    assert lookups("oilwire", 3) == lookups("gaswire", 1) > 0


WIRE_TEXT = ("Oil prices rose on Tuesday.\n\nTraders said supply was tight. (Reporting by Jane Doe in London; "
             "Additional reporting by Tom Roe; Editing by John Smith)")


@pytest.mark.parametrize(("record", "authors"), [
    ({"title": "Oil climbs", "text": WIRE_TEXT}, ("Jane Doe",)),          # the reporter; not the editor nor helper
    ({"title": "Oil climbs", "text": WIRE_TEXT, "author": "Ann Lee"}, ("Ann Lee",)),  # an author field first
    ({"title": "Oil climbs", "text": "Oil prices rose. John Key is a former prime minister."}, ()),
])
def test_a_record_without_an_author_is_credited_by_its_wire_credit(record: dict, authors: tuple[str, ...]) -> None:
    """As a text file's credit at its end is read: such a record had no author."""
    (article,) = read_json(json.dumps([record]).encode(), "wire.json").articles
    assert article.authors == authors


def test_a_skipped_records_id_of_a_lone_surrogate_is_written_as_its_bytes() -> None:
    # JSON's "\ud800" is half a pair: Python holds it as a lone surrogate, which no UTF-8 file can hold.
    result = read_jsonl(b'{"id": "a", "text": "Kept."}\n{"id": "\\ud800", "title": "No text"}\n', "export.jsonl")
    assert result.skipped == [Skip("export.jsonl", "line 2 (id %ED%A0%80): no body text")]


def _reddit_post(key: str, title: str, url: str, is_self: bool, text: str = "") -> dict:
    return {"kind": "t3", "data": {"name": f"t3_{key}", "title": title, "selftext": text, "url": url,
                                   "permalink": f"/r/news/comments/{key}/x/", "author": "kiwi",
                                   "created_utc": 1709620000, "subreddit": "news", "is_self": is_self}}


def test_reddits_json_is_read_as_its_feeds_are_a_post_each_never_a_comment():
    """A subreddit's /.json (a Listing) and a post's .json (its Listing and its comments') had been one record "with
    no body text", the file unread."""
    thread = "https://www.reddit.com/r/news/comments/1c/x/"
    listing = {"kind": "Listing", "data": {"after": None, "children": [
        _reddit_post("1a", "Ferry sailings cancelled", "https://www.rnz.co.nz/news/ferry", False),
        _reddit_post("1b", "Cancelled again?", thread.replace("1c", "1b"), True, "Has anyone else had theirs cancelled?"),
        _reddit_post("1c", "Ferry at dawn", "https://i.redd.it/abc.jpeg", False)]}}
    shared, own, picture = parse_bytes(json.dumps(listing).encode(), "r.json", ".json").articles
    assert (shared.id, shared.url, shared.source, shared.authors) == (
        "r.json#t3_1a", "https://www.rnz.co.nz/news/ferry", "RNZ", ())  # the submitter only shared it
    assert (own.url, own.source, own.authors, own.body) == (
        "https://www.reddit.com/r/news/comments/1b/x/", "r/news", ("kiwi",), "Has anyone else had theirs cancelled?")
    assert (picture.url, picture.date) == (thread, date(2024, 3, 5))  # a picture on Reddit: its thread
    comment = {"kind": "t1", "data": {"body": "Mine too, twice this week.", "author": "tui", "created_utc": 1709620500}}
    post_page = [{"kind": "Listing", "data": {"children": [listing["data"]["children"][1]]}},
                 {"kind": "Listing", "data": {"children": [comment, {"kind": "more", "data": {"count": 3}}]}}]
    (post,) = parse_bytes(json.dumps(post_page).encode(), "p.json", ".json").articles
    assert post.title == "Cancelled again?"


def test_a_reddit_listing_of_comments_alone_says_so():
    """A user's saved comments (/user/x/saved.json) had been skipped as "no records", though it holds them."""
    comment = {"kind": "t1", "data": {"body": "Mine too.", "author": "tui", "created_utc": 1709620500}}
    listing = {"kind": "Listing", "data": {"children": [comment]}}
    (skip,) = parse_bytes(json.dumps(listing).encode(), "saved.json", ".json").skipped
    assert skip.reason == "no articles in file (a Reddit listing with no posts: its comments are no articles)"
    assert parse_bytes(b"[]", "empty.json", ".json").skipped[0].reason == "no articles in file (no records)"


def test_a_reddit_text_posts_text_is_its_html_not_its_markdown():
    """A text post's "selftext" is Markdown: its link's address and its "**" had been words of the text."""
    post = _reddit_post("1b", "Cancelled?", "https://www.reddit.com/r/news/comments/1b/x/", True,
                        "Has anyone seen [this notice](https://x.example/a) about the **ferry**?")
    post["data"]["selftext_html"] = ('&lt;!-- SC_OFF --&gt;&lt;div class="md"&gt;&lt;p&gt;Has anyone seen &lt;a href='
                                     '"https://x.example/a"&gt;this notice&lt;/a&gt; about the &lt;strong&gt;ferry'
                                     '&lt;/strong&gt;?&lt;/p&gt;\n&lt;/div&gt;&lt;!-- SC_ON --&gt;')
    removed = _reddit_post("1d", "Gone", "https://www.reddit.com/r/news/comments/1d/x/", True, "[removed]")
    listing = {"kind": "Listing", "data": {"children": [post, removed]}}
    shown, gone = parse_bytes(json.dumps(listing).encode(), "r.json", ".json").articles
    assert (shown.body, gone.body) == ("Has anyone seen this notice about the ferry?", "Gone")


# JSON:API (jsonapi.org), as Drupal's and Strapi's APIs answer: each record's fields under "attributes", its id and
# type beside them. The records had been skipped ("no body text"), the file unread.
JSON_API = {"data": [
    {"type": "node--article", "id": "6a1f",
     "attributes": {"title": "Council approves library", "created": "2023-11-14T10:00:00+00:00",
                    "changed": "2023-11-15T10:00:00+00:00",
                    "body": {"value": "<p>The council approved a new library.</p>", "format": "basic_html"}}},
    {"id": 7, "attributes": {"title": "Ferry fares rise", "publishedAt": "2023-11-20T08:00:00.000Z",
                             "createdAt": "2023-11-01T08:00:00.000Z", "content": "Fares rise by a tenth."}},
], "meta": {"pagination": {"page": 1, "pageCount": 1}}}


def test_json_api_records_are_read_from_their_attributes() -> None:
    articles = read_json(json.dumps(JSON_API).encode(), "api.json").articles
    assert [(a.id, a.title, a.body, a.date, a.date_source) for a in articles] == [
        # "created" is no date key: an Obsidian clipping's is the day it was clipped
        ("api.json#6a1f", "Council approves library", "The council approved a new library.", None, None),
        ("api.json#7", "Ferry fares rise", "Fares rise by a tenth.", date(2023, 11, 20), "json:publishedAt")]


# Ghost's export (Settings > Labs > Export: a newsroom's whole site): its posts under db[0].data.posts, each post's
# text its "html", beside the site's users, tags and settings, which are no articles. The file had been one record
# with no body text, unread.
GHOST = {"db": [{"meta": {"exported_on": 1709632800000, "version": "5.80.0"},
                 "data": {"posts": [{"id": "65e6", "uuid": "1b2c", "title": "Wharf reopens", "slug": "wharf-reopens",
                                     "html": "<p>The wharf reopened on <strong>Tuesday</strong>.</p>",
                                     "status": "published", "published_at": "2024-03-05T10:00:00.000Z"}],
                          "users": [{"id": "1", "name": "Jo Editor", "bio": "Edits the site, and has for years."}],
                          "tags": [{"id": "t1", "name": "Local", "description": "Stories from around town."}]}}]}


def test_a_ghost_export_gives_its_posts() -> None:
    articles = read_json(json.dumps(GHOST).encode(), "ghost.json").articles
    assert [(a.id, a.title, a.body, a.date) for a in articles] == [
        ("ghost.json#65e6", "Wharf reopens", "The wharf reopened on Tuesday.", date(2024, 3, 5))]


# WordPress's REST API with ?_embed (how a WordPress news site is most often saved whole): a post's "author" and
# "categories" are user and term ids, the objects they stand for under "_embedded". The author had been lost.
WORDPRESS_EMBEDDED = [{
    "id": 101, "date": "2024-03-05T10:00:00", "link": "https://blog.example/wharf",
    "title": {"rendered": "Wharf reopens"}, "content": {"rendered": "<p>The wharf reopened on Tuesday.</p>"},
    "author": 2, "categories": [3],
    "_embedded": {"author": [{"id": 2, "name": "Jane Doe", "link": "https://blog.example/author/jane"}],
                  "wp:term": [[{"id": 3, "name": "Local", "taxonomy": "category"}]]}}]


def test_a_wordpress_posts_author_is_read_from_its_embedded_user() -> None:
    [article] = read_json(json.dumps(WORDPRESS_EMBEDDED).encode(), "wp.json").articles
    assert (article.id, article.title, article.authors, article.url) == (
        "wp.json#101", "Wharf reopens", ("Jane Doe",), "https://blog.example/wharf")


def test_an_author_named_in_the_record_wins_over_an_embedded_one() -> None:
    record = {**WORDPRESS_EMBEDDED[0], "author": "Ann Lee"}
    assert one(record).authors == ("Ann Lee",)


def test_a_record_naming_no_language_takes_the_one_its_wrapper_names() -> None:
    """A JSON Feed names its language once, at its top ("language": "de"), as an export may around its records: each
    short item had had none (too few words to tell); an item naming its own keeps it."""
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Blatt", "language": "de",
            "items": [{"id": "1", "url": "https://b.example/1", "title": "Streik", "content_text": "Züge fallen aus."},
                      {"id": "2", "url": "https://b.example/2", "title": "Grève", "language": "fr",
                       "content_text": "Les trains sont annulés."}]}
    assert [a.lang for a in parse_bytes(json.dumps(feed).encode(), "f.json", ".json").articles] == ["de", "fr"]
    export = {"lang": "de-AT", "articles": [{"title": "Streik", "text": "Züge fallen aus."}]}
    assert [a.lang for a in parse_bytes(json.dumps(export).encode(), "e.json", ".json").articles] == ["de"]
    plain = {"articles": [{"title": "Streik", "text": "Züge fallen aus."}]}  # none named: none guessed
    assert [a.lang for a in parse_bytes(json.dumps(plain).encode(), "p.json", ".json").articles] == [None]


def test_a_json_feeds_items_are_published_by_it_and_written_by_its_authors() -> None:
    """A JSON Feed's items are its publisher's (its "title"), and an item naming no author has the feed's (JSON Feed
    1.1: "authors" at the top); they had been published by their address's host and written by no one."""
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Gazette",
            "home_page_url": "https://gazette.example/", "authors": [{"name": "Jane Doe"}],
            "items": [{"id": "1", "url": "https://gazette.example/1", "title": "Ferries", "content_text": "Ferries go."},
                      {"id": "2", "url": "https://gazette.example/2", "title": "Buses", "content_text": "Buses go.",
                       "authors": [{"name": "Ann Lee"}]}]}
    articles = parse_bytes(json.dumps(feed).encode(), "f.json", ".json").articles
    assert [(a.source, a.authors) for a in articles] == [("Harbour Gazette", ("Jane Doe",)),
                                                         ("Harbour Gazette", ("Ann Lee",))]
    export = {"title": "My export", "articles": [{"title": "Streik", "text": "Züge fallen aus."}]}  # no feed: none
    assert [a.source for a in parse_bytes(json.dumps(export).encode(), "e.json", ".json").articles] == [None]


def test_an_empty_record_names_nothing_and_a_keyed_one_still_does() -> None:
    # A plain text's header record is most often empty: asked for its address, authors, publisher and sections, it
    # is not looked into key by key
    from newssearch.documents.fields import keyed
    from newssearch.documents.recordfields import record_authors, record_source, record_url
    from newssearch.documents.sections import record_sections

    assert (record_url({}), record_authors({}), record_source({}), record_sections({})) == (None, (), None, ())
    record = keyed({"URL": "https://example.com/a", "Author": "Jane Doe", "Source": "Stuff", "Section": "World"})
    assert (record_url(record), record_authors(record), record_source(record), record_sections(record)) == (
        "https://example.com/a", ("Jane Doe",), "Stuff", ("World",))


def test_a_json_lines_date_key_shows_its_own_order_beside_an_update_key_month_first() -> None:
    """JSON Lines as a CSV table (``fileorders``): 07/05/2023 is 7 May where the file's dates are 25/12/2023, its
    update stamps 12/26/2023 (it had been 5 July)."""
    data = (b'{"title": "A", "text": "Body one.", "date": "25/12/2023", "updated": "12/26/2023"}\n'
            b'{"title": "B", "text": "Body two.", "date": "07/05/2023", "updated": "12/27/2023"}\n')
    assert [a.date for a in parse_bytes(data, "news.jsonl", ".jsonl").articles] == [date(2023, 12, 25), date(2023, 5, 7)]


def test_a_dow_jones_records_accession_number_is_its_id() -> None:
    """Dow Jones's (Factiva's) snapshots key a record by its ``an``: it had been keyed by its place. An ``an`` that
    is no accession number ("an": "x") is no id."""
    data = (b'{"an": "SDDZ000020240305ek350000a", "title": "A", "body": "Body one.", "source_name": "The Press"}\n'
            b'{"an": "DOMPOS0020240306ek360000b", "title": "B", "body": "Body two."}\n'
            b'{"an": "x", "title": "C", "body": "Body three."}\n')
    assert [a.id for a in parse_bytes(data, "dna.jsonl", ".jsonl").articles] == [
        "dna.jsonl#SDDZ000020240305ek350000a", "dna.jsonl#DOMPOS0020240306ek360000b", "dna.jsonl#3"]


# A "rubrik" key: Swedish (Danish, Norwegian) for headline, German for a section; told by the record's language (its
# language key, else its keys' and its text's). It had been neither: the Swedish story titled by its lede.
@pytest.mark.parametrize(("table", "title", "sections"), [
    ("rubrik,datum,text\nNy bro över älven,2024-03-05,Kommunfullmäktige beslutade på tisdagen att bygga en ny bro "
     "över älven och arbetet ska börja nästa år enligt kommunen.\n", "Ny bro över älven", ()),
    ("rubrik,titel,datum,text\nLokales,Neue Brücke beschlossen,2024-03-05,Der Stadtrat hat am Dienstag den Bau einer "
     "neuen Brücke über die Isar beschlossen und die Arbeiten sollen bald beginnen.\n", "Neue Brücke beschlossen",
     ("Lokales",)),
    ("rubrik,title,language,text\nNy bro,Ny bro över älven,sv,Kort text.\n", "Ny bro över älven", ()),
    ("rubrik,language,text\nNy bro över älven,sv,Kort text.\n", "Ny bro över älven", ()),
    ("rubrik,language,text\nLokales,de,Kurzer Text.\n", "Kurzer Text", ("Lokales",)),
])
def test_a_records_rubrik_is_its_headline_or_its_section_by_its_language(table: str, title: str,
                                                                          sections: tuple[str, ...]) -> None:
    [article] = parse_bytes(table.encode(), "news.csv", ".csv").articles
    assert (article.title, article.sections) == (title, sections)


def test_a_json_document_after_two_byte_order_marks_is_read() -> None:
    # A tool that adds a UTF-8 mark before a file that has one (PowerShell's Out-File, a copy through two editors):
    # every other format read it, a .json was skipped ("invalid JSON at line 1, column 1: Unexpected UTF-8 BOM").
    data = b"\xef\xbb\xbf" * 2 + b'{"title": "Oil prices rise", "text": "Oil prices rose on Tuesday."}'
    (article,) = read_json(data, "wire.json").articles
    assert (article.title, article.body) == ("Oil prices rise", "Oil prices rose on Tuesday.")
