"""One folder in every shape (txt, HTML, JSON, JSONL, feeds, .gz) indexed in one pass; metadata searchable."""

from __future__ import annotations

import email.message
import gzip
import json
import shutil
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
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    return corpus


def test_every_format_in_one_pass(mixed: Path, index_dir: Path) -> None:
    report = build_index(mixed, index_dir)
    # The feed fixture has one item without any text, skipped with its reason; nothing else is.
    assert [(s.path, s.reason) for s in report.skipped] == [("feed.rss#harbour-1003", "item 3: no body text")]
    assert report.ignored == 1 and report.ignored_types == {".docx": 1}
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
    """An MHTML web archive, a page kept under its .shtml or .php ending, and a page's "saved from url" mark."""
    html = (FIXTURES / "html" / "article_with_boilerplate.html").read_text(encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.shtml").write_text(html, encoding="utf-8")
    (corpus / "story.php").write_text(html, encoding="utf-8")
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
        pages = {name: idx.get(name) for name in ("page.shtml", "story.php", "bridge.mhtml", "Bridge _ Coast.html")}
        assert {page.title for page in pages.values()} == {"Harbour bridge reopens after six months of repairs"}
        assert pages["bridge.mhtml"].body == pages["page.shtml"].body
        assert pages["Bridge _ Coast.html"].url == "https://coast.example/news/bridge-open"


def test_an_mhtml_file_without_a_page_says_why(tmp_path: Path) -> None:
    from newssearch.documents import parse_bytes
    from newssearch.errors import UnreadableFile

    with pytest.raises(UnreadableFile, match="no MIME parts"):
        parse_bytes(b"Subject: x\n\njust text", "a.mhtml", ".mhtml")


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
