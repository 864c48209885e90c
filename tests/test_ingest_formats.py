"""One folder in every shape (txt, HTML, JSON, JSONL, feeds, .gz) indexed in one pass; metadata searchable."""

from __future__ import annotations

import email.message
import gzip
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def mixed(tmp_path: Path, corpus: Path) -> Path:
    """The seeds plus one HTML page, a news-please JSON, a JSONL export, an RSS feed and a gzipped page."""
    shutil.copy(FIXTURES / "html" / "article_with_boilerplate.html", corpus / "bridge.html")
    shutil.copy(FIXTURES / "json" / "newsplease.json", corpus / "ferry.json")
    shutil.copy(FIXTURES / "json" / "reuters.jsonl", corpus / "wire.jsonl")
    shutil.copy(FIXTURES / "feeds" / "rss2_cdata.rss", corpus / "feed.rss")
    html = (FIXTURES / "html" / "article_with_boilerplate.html").read_bytes()
    (corpus / "old").mkdir()
    (corpus / "old" / "bridge-copy.html.gz").write_bytes(gzip.compress(html))
    (corpus / "cover.psd").write_bytes(b"8BPS")
    return corpus


def test_every_format_in_one_pass(mixed: Path, index_dir: Path) -> None:
    report = build_index(mixed, index_dir)
    # Nothing is skipped: the feed fixture's item with only a headline is indexed by it.
    assert report.skipped == []
    assert report.ignored == 1 and report.ignored_types == {".psd": 1}
    with open_index(index_dir) as idx:
        bridge = idx.get("bridge.html")
        assert bridge.title == "Harbour bridge reopens after six months of repairs"
        assert bridge.authors == ("Jane Doe",)
        assert "cookies" not in bridge.body and "Related stories" not in bridge.body
        assert idx.get("old/bridge-copy.html.gz").title == bridge.title
        ferry = idx.get("ferry.json")
        assert (ferry.title, ferry.date.isoformat(), ferry.authors) == \
            ("Harbour ferry saved", "2021-03-02", ("Kate Smith", "Tom Jones"))


def test_pages_saved_by_browsers_and_wget(tmp_path: Path) -> None:
    """An MHTML web archive, a page kept under its .shtml or .php ending (a query string after it too), and a page's
    "saved from url" mark."""
    html = (FIXTURES / "html" / "article_with_boilerplate.html").read_text(encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.shtml").write_text(html, encoding="utf-8")
    (corpus / "story.php").write_text(html, encoding="utf-8")
    for name in ("story.php?id=123", "article.aspx?ArticleID=77"):  # wget keeps the address's query string
        (corpus / name).write_text(html, encoding="utf-8")
    saved = "<!-- saved from url=(0040)https://coast.example/news/bridge-open -->\n" + html.replace("canonical", "x-canonical")
    (corpus / "Bridge _ Coast.html").write_text(saved, encoding="utf-8")
    archive = email.message.EmailMessage()
    archive["Snapshot-Content-Location"] = "https://coast.example/news/bridge"
    archive.set_content("placeholder")
    archive.make_mixed()
    archive.add_attachment(html.encode("utf-8"), maintype="text", subtype="html")
    archive.add_attachment(b"\x89PNG", maintype="image", subtype="png")
    (corpus / "bridge.mhtml").write_bytes(archive.as_bytes())
    report = build_index(corpus, tmp_path / "index")
    assert report.skipped == [] and report.ignored == 0
    with open_index(tmp_path / "index") as idx:
        pages = {name: idx.get(name) for name in ("page.shtml", "story.php", "bridge.mhtml", "Bridge _ Coast.html",
                                                  "story.php?id=123", "article.aspx?ArticleID=77")}
        assert {page.title for page in pages.values()} == {"Harbour bridge reopens after six months of repairs"}
        assert pages["bridge.mhtml"].body == pages["page.shtml"].body
        assert pages["Bridge _ Coast.html"].url == "https://coast.example/news/bridge-open"


def test_a_name_with_white_space_after_its_ending_is_read_by_that_ending(tmp_path: Path) -> None:
    """``story.txt `` (a name pasted with its trailing space) is a text article, not a file of an unknown type."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt ").write_text("Ferry sailings resume\n\nThe ferry sails again on Monday.", encoding="utf-8")
    report = build_index(corpus, tmp_path / "index")
    assert (report.added, report.skipped, report.ignored) == (1, [], 0)
    with open_index(tmp_path / "index") as idx:
        assert idx.get("story.txt ").title == "Ferry sailings resume"


def test_a_feed_saved_under_a_page_name_is_read_as_a_feed(tmp_path: Path) -> None:
    """wget saves a WordPress site's feed as index.php?feed=rss2: its items are articles, not one page."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "index.php?feed=rss2").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="x.xsl"?>\n'
        "<rss version='2.0'><channel><title>City News</title><link>https://city.example</link>"
        "<item><title>Council votes on library</title><link>https://city.example/library</link>"
        "<description>The council voted to build a new library in the town centre next year.</description></item>"
        "<item><title>Pool reopens</title><link>https://city.example/pool</link>"
        "<description>The town pool reopened on Saturday after repairs to its roof.</description></item>"
        "</channel></rss>", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        titles = {hit.title for hit in idx.search("council OR pool").hits}
    assert titles == {"Council votes on library", "Pool reopens"}


def test_an_mhtml_file_without_a_page_says_why(tmp_path: Path) -> None:
    from newssearch.documents import parse_bytes
    from newssearch.errors import UnreadableFile

    with pytest.raises(UnreadableFile, match="no MIME parts"):
        parse_bytes(b"Subject: x\n\njust text", "a.mhtml", ".mhtml")


@pytest.mark.parametrize("charset", ["utf-8\x00", "bogus-9"])
def test_an_mhtml_page_whose_charset_is_no_name_is_read_from_its_bytes(charset: str) -> None:
    # A NUL in the part's charset made bytes.decode raise ValueError (the file skipped as "reader failed", fuzz seed 80).
    from newssearch.documents import parse_bytes

    data = (f'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n--B\nContent-Type: text/html; '
            f"charset={charset}\n\n<html><head><title>Oil prices rise</title></head><body><p>Oil prices rose on "
            "Tuesday as OPEC ministers met in Vienna.</p></body></html>\n--B--\n").encode()
    [article] = parse_bytes(data, "a.mhtml", ".mhtml").articles
    assert article.body == "Oil prices rose on Tuesday as OPEC ministers met in Vienna."


def test_field_queries_on_new_metadata(mixed: Path, index_dir: Path) -> None:
    build_index(mixed, index_dir)
    with open_index(index_dir) as idx:
        assert [h.id for h in idx.search("author:smith").hits] == ["ferry.json"]
        assert [h.id for h in idx.search('author:"kate smith"').hits] == ["ferry.json"]
        assert [h.id for h in idx.search('url:"example.com/ferry"').hits] == ["ferry.json"]
        assert {h.id for h in idx.search("author:doe").hits} == {"bridge.html", "old/bridge-copy.html.gz", "feed.rss#harbour-1001"}
        assert [h.id for h in idx.search("author:roe").hits] == ["feed.rss#harbour-1001"]


def test_json_outputs_expose_metadata(mixed: Path, index_dir: Path) -> None:
    build_index(mixed, index_dir)
    runner = CliRunner()
    shown = json.loads(runner.invoke(cli, ["show", "ferry.json", "--index-dir", str(index_dir), "--json"]).stdout)
    assert {k: shown[k] for k in ("authors", "url", "lang", "date_source")} == {
        "authors": ["Kate Smith", "Tom Jones"], "url": "https://example.com/ferry", "lang": "en",
        "date_source": shown["date_source"]}
    assert shown["date_source"]
    hits = json.loads(runner.invoke(cli, ["query", "ferry", "--index-dir", str(index_dir), "--json"]).stdout)["hits"]
    assert {"authors", "source", "url", "lang", "date_source"} <= set(hits[0])


def test_bad_record_in_jsonl_keeps_the_others(corpus: Path, index_dir: Path) -> None:
    (corpus / "export.jsonl").write_text(
        '{"id": "a", "title": "Good one", "text": "The tide came in."}\n'
        '{"id": "b", "title": "Broken", "text": \n'
        '{"id": "c", "title": "Good two", "text": "The tide went out."}\n')
    report = build_index(corpus, index_dir)
    assert [s.path for s in report.skipped] == ["export.jsonl"]
    with open_index(index_dir) as idx:
        assert {h.id for h in idx.search("tide").hits} == {"export.jsonl#a", "export.jsonl#c"}


def test_record_removed_from_a_file_is_deleted(corpus: Path, index_dir: Path) -> None:
    export = corpus / "export.jsonl"
    export.write_text('{"id": "a", "text": "Tide one."}\n{"id": "b", "text": "Tide two."}\n')
    build_index(corpus, index_dir)
    export.write_text('{"id": "a", "text": "Tide one, revised."}\n')
    report = build_index(corpus, index_dir)
    assert (report.updated, report.deleted) == (1, 1)
    with open_index(index_dir) as idx:
        assert [h.id for h in idx.search("tide").hits] == ["export.jsonl#a"]


# Every reader's language in one form: the primary language subtag, lower case (a value that is no tag: none).
LANGUAGES = [
    ("a.html", '<html lang="zh-CN"><head><title>T</title></head><body><article><p>Body text.</p></article></body></html>',
     "zh"),
    ("a.json", '{"text": "Body.", "lang": "zh-CN"}', "zh"),
    ("a.jsonl", '{"text": "Body.", "language": "pt-BR"}\n', "pt"),
    ("a.json", '{"text": "Body.", "language": "EN"}', "en"),
    ("a.json", '{"text": "Body.", "language": "eng"}', "en"),                # ISO 639-2
    ("a.json", '{"text": "Body.", "language": "deu"}', "de"),                # ISO 639-2's terminology code
    ("a.json", '{"text": "Body.", "language": "fre"}', "fr"),                # and its bibliographic one
    ("a.jsonl", '{"text": "Body.", "language": "zho-Hant"}\n', "zh"),
    ("a.json", '{"text": "Body.", "language": "und"}', None),                # undetermined
    ("a.json", '{"text": "Body.", "language": "English"}', "en"),            # a language's name
    ("a.json", '{"text": "Body.", "language": "Deutsch"}', "de"),
    ("a.json", '{"text": "Body.", "language": "Klingon"}', None),            # no language we know
    ("a.json", '{"text": "Body.", "language": "nb-NO"}', "no"),              # Bokmål and Nynorsk are Norwegian
    ("a.json", '{"text": "Body.", "language": "nn"}', "no"),
    ("a.json", '{"text": "Body.", "language": "Dansk"}', "da"),
    ("a.txt", "Title: T\nLanguage: en-NZ\n\nBody.\n", "en"),
    ("a.rss", '<rss><channel><title>F</title><language>de-AT</language><item><description>Body.</description>'
              "</item></channel></rss>", "de"),
]


@pytest.mark.parametrize(("name", "data", "expected"), LANGUAGES)
def test_every_reader_stores_the_primary_language_in_lower_case(name: str, data: str, expected: str | None) -> None:
    from newssearch.documents import parse_file_bytes

    (article,) = parse_file_bytes(data.encode(), name, name).articles
    assert article.lang == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("lang:pt-BR", {"br", "pt"}),          # as the data writes it: every Portuguese article
    ("lang:pt", {"br", "pt"}),             # the primary tag finds its regional variants
    ("lang:PT-br", {"br", "pt"}),          # in any case
    ('lang:"pt-BR"', {"br", "pt"}),
    ("lang:DE", {"at"}),
    ("lang:(pt OR de-DE)", {"br", "pt", "at"}),
    ("lang:p*", {"br", "pt"}),
    ("lang:no", {"nb", "nn"}),             # Norwegian, as Bokmål or Nynorsk
    ("lang:nb", {"nb", "nn"}),
    ("lang:deu", {"at"}),                  # ISO 639-2, as NewsML and library records write it
    ("lang:ger", {"at"}),
    ("lang:POR", {"br", "pt"}),
    ("lang:pt,de", {"br", "pt", "at"}),   # a list of languages: any of them (had been lang:pt and the word "de")
    ("lang:pt;DE-at", {"br", "pt", "at"}),
    ("lang:pt, de", {"br", "pt", "at"}),
    ('lang:"pt,de"', {"br", "pt", "at"}),
    ("rain -lang:pt,de", {"nz", "nb", "nn"}),
    ("lang:pt-", {"br", "pt"}),            # a tag cut after its language (had found nothing)
    ("language:pt", {"br", "pt"}),         # the field's name written out
])
def test_a_lang_query_finds_every_regional_variant_in_any_case(tmp_path: Path, query: str, expected: set[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [("br", "pt-BR"), ("pt", "pt"), ("at", "de-AT"), ("nz", "en-NZ"), ("nb", "nb-NO"), ("nn", "nn")]
    (corpus / "wire.jsonl").write_text("".join(json.dumps({"id": key, "text": "Rain fell.", "lang": lang}) + "\n"
                                               for key, lang in records))
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        assert {hit.id.split("#")[1] for hit in idx.search(query).hits} == expected


def test_texts_saved_decomposed_are_stored_composed(tmp_path: Path) -> None:
    """A name saved in NFD (macOS file names, some exports) is one facet value with the same name in NFC; the
    body's snippet marks the word typed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Title: Le préfet\nAuthor: Hélène Pérès\nSource: Le Séquanais\nDate: 2024-03-05\n\nLe préfet a salué le scrutin.\n"
    (corpus / "nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    (corpus / "nfc.txt").write_text(text.replace("2024-03-05", "2024-03-06"), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        result = idx.search("préfet", facets=True)
        decomposed = idx.get("nfd.txt")
    assert result.facets["author"] == [("Hélène Pérès", 2)]
    assert result.facets["source"] == [("Le Séquanais", 2)]
    assert (decomposed.title, decomposed.body) == ("Le préfet", "Le préfet a salué le scrutin.")
    for hit in result.hits:
        assert [part for fragment in hit.snippet.fragments for part, match in fragment if match] == ["préfet"]


# A web address with a bracket that opens no IPv6 address ("https://ex[ample.com/a", a typo or a template's
# leftover) names no site, in whichever field of whichever reader's file it is: the article is read with it as
# written (a "source" holding it names no source); its host had been asked for, failing the whole file.
BAD_ADDRESS = "https://ex[ample.com/a"
_STORY = "<body><article><p>The ferry sailed.</p></article></body></html>"
_ITEM = "<description>The ferry sailed.</description></item></channel></rss>"
BAD_ADDRESSES = [
    ("canonical.html", f'<html><head><link rel="canonical" href="{BAD_ADDRESS}"><title>Ferry</title></head>{_STORY}',
     BAD_ADDRESS),
    ("og.html", f'<html><head><meta property="og:url" content="{BAD_ADDRESS}"><title>Ferry</title></head>{_STORY}',
     BAD_ADDRESS),
    ("relative.rss", ("<rss><channel><title>F</title><link>https://news.example/</link><item><title>Ferry</title>"
                      f"<link>//ex[ample.com/a</link>{_ITEM}"), "//ex[ample.com/a"),
    ("a.rss", f"<rss><channel><title>F</title><item><title>Ferry</title><link>{BAD_ADDRESS}</link>{_ITEM}",
     BAD_ADDRESS),
    ("a.json", json.dumps({"title": "Ferry", "url": BAD_ADDRESS, "text": "The ferry sailed."}), BAD_ADDRESS),
    ("source.json", json.dumps({"title": "Ferry", "source": BAD_ADDRESS, "text": "The ferry sailed."}), None),
    ("a.csv", f"title,url,text\nFerry,{BAD_ADDRESS},The ferry sailed.\n", BAD_ADDRESS),
    ("a.warc", None, BAD_ADDRESS),
]


@pytest.mark.parametrize(("name", "data", "url"), BAD_ADDRESSES)
def test_a_malformed_web_address_is_no_address_and_its_article_is_read(name: str, data: str | None,
                                                                        url: str | None) -> None:
    from newssearch.documents import parse_file_bytes

    if data is None:  # a crawl's capture of a page at that address
        page = b"<html><head><title>Ferry</title></head><body><article><p>The ferry sailed.</p></article></body></html>"
        block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
        data = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {BAD_ADDRESS}\r\n"
                f"WARC-Date: 2024-03-05T10:00:00Z\r\nContent-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"
    else:
        data = data.encode()
    (article,) = parse_file_bytes(data, name, name).articles
    assert (article.title, article.body, article.url) == ("Ferry", "The ferry sailed.", url)
