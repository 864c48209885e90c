"""WARC web archives (.warc, .warc.gz): each HTML page a crawl captured is one article, read as a saved page."""

from __future__ import annotations

import gzip
import io
import json
import sys
import types
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.documents import parse_file_bytes
from newssearch.documents.html import read_html
from newssearch.documents.warcrecords import dechunked
from newssearch.errors import UnreadableFile

HTML = ("Content-Type: text/html; charset=utf-8",)


def record(kind: str, uri: str | None = None, block: bytes = b"", date: str = "2024-03-05T10:00:00Z") -> bytes:
    """One WARC/1.1 record as crawlers write it: header, block, two CRLFs."""
    head = ["WARC/1.1", f"WARC-Type: {kind}", f"WARC-Date: {date}", *([f"WARC-Target-URI: {uri}"] if uri else []),
            f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(body: bytes, status: str = "200 OK", headers: tuple[str, ...] = HTML) -> bytes:
    """An HTTP response as a crawler captures it."""
    return ("HTTP/1.1 " + status + "\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode() + body


def page(title: str, text: str, head: str = "") -> bytes:
    """A small news page."""
    return (f"<html><head>{head}<title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p>"
            "</article></body></html>").encode()


def response(uri: str, title: str, text: str, date: str = "2024-03-05T10:00:00Z") -> bytes:
    """The response record of one page."""
    return record("response", uri, http(page(title, text)), date)


BRIDGE = response("https://news.example/bridge", "Harbour bridge reopens", "The harbour bridge reopened on Friday.")
FERRY = response("https://news.example/ferry", "Ferry strike ends", "Ferry crews went back to work on Monday.")
INFO = record("warcinfo", block=b"software: test\r\nformat: WARC File Format 1.1\r\n")


def read(data: bytes, name: str = "crawl.warc.gz"):
    """Read WARC bytes as the indexer reads the file ``name``."""
    return parse_file_bytes(data, name, name)


def members(*records: bytes) -> bytes:
    """A .warc.gz: each record its own gzip member."""
    return b"".join(gzip.compress(r) for r in records)


def test_each_html_page_is_one_article_with_its_address_and_the_file_as_path() -> None:
    result = read(members(INFO, record("request", "https://news.example/bridge", b"GET /bridge HTTP/1.1\r\n\r\n"),
                          BRIDGE, FERRY))
    assert [(a.id, a.path, a.title, a.url, a.source) for a in result.articles] == [
        ("crawl.warc.gz#https://news.example/bridge", "crawl.warc.gz", "Harbour bridge reopens",
         "https://news.example/bridge", "news.example"),
        ("crawl.warc.gz#https://news.example/ferry", "crawl.warc.gz", "Ferry strike ends",
         "https://news.example/ferry", "news.example")]
    assert result.skipped == []


def test_a_page_is_what_the_html_reader_makes_of_it_and_its_capture_never_dates_it() -> None:
    body = page("Harbour bridge reopens", "The harbour bridge reopened on Friday.",
                '<link rel="canonical" href="https://www.nzherald.co.nz/bridge">')
    (article,) = read(record("response", "https://m.example/b?utm=x", http(body), "2024-03-05T10:00:00Z"),
                      "c.warc").articles
    (saved,) = read_html(body, "c.warc#https://m.example/b?utm=x", "https://m.example/b?utm=x").articles
    assert article.date is None  # the capture time is no publication date
    assert (article.title, article.body, article.url, article.source) == (saved.title, saved.body, saved.url,
                                                                           saved.source)
    assert article.url == "https://www.nzherald.co.nz/bridge"  # the page's own canonical address wins


def test_what_is_no_page_is_passed_over_without_a_word() -> None:
    noise = [record("response", "https://news.example/gone", http(page("Not found", "No such page here."),
                                                                  "404 Not Found")),
             record("response", "https://news.example/old", http(b"", "301 Moved", ("Location: /bridge",))),
             record("response", "https://news.example/logo.png", http(b"\x89PNG\r\n\x1a\n", headers=(
                 "Content-Type: image/png",))),
             record("response", "https://news.example/site.css", http(b"body{}", headers=("Content-Type: text/css",))),
             record("revisit", "https://news.example/bridge", http(b"")),
             record("metadata", "https://news.example/bridge", b"outlinks: x\r\n")]
    result = read(members(INFO, BRIDGE, *noise))
    assert [a.id for a in result.articles] == ["crawl.warc.gz#https://news.example/bridge"]
    assert result.skipped == []


def test_a_warc_of_no_pages_is_skipped_saying_so() -> None:
    with pytest.raises(UnreadableFile, match=r"^no HTML pages among 2 records$"):
        read(members(INFO, record("response", "https://x.example/a.png", http(b"\x89PNG", headers=(
            "Content-Type: image/png",)))))


def test_a_file_that_is_no_warc_says_so() -> None:
    with pytest.raises(UnreadableFile, match=r"^not a WARC file"):
        read(b"<html><body>A page</body></html>", "page.warc")


@pytest.mark.parametrize("unpacked", [b"", b"\r\n\r\n"])
def test_a_warc_gz_of_no_records_is_said_to_be_empty(unpacked: bytes) -> None:
    with pytest.raises(UnreadableFile, match=r"^empty WARC \(no records\)$"):
        read(gzip.compress(unpacked))


def test_an_address_captured_twice_is_one_article_from_its_latest_capture() -> None:
    late = response("https://news.example/bridge", "Bridge reopens, updated", "Traffic flows again.",
                    "2024-03-06T08:00:00.500Z")
    early = response("https://news.example/bridge", "Bridge to reopen", "The bridge will reopen.",
                     "2024-03-05T08:00:00Z")
    tie = response("https://news.example/bridge", "Bridge reopens, final", "Traffic flows.", "2024-03-06T08:00:00.5Z")
    revisit = record("revisit", "https://news.example/bridge", http(b""), "2024-03-07T08:00:00Z")
    result = read(members(late, early, revisit))
    assert [(a.id, a.title) for a in result.articles] == [("crawl.warc.gz#https://news.example/bridge",
                                                           "Bridge reopens, updated")]
    assert [a.title for a in read(members(late, tie, early)).articles] == ["Bridge reopens, final"]  # file order


def test_chunked_and_compressed_bodies_are_decoded() -> None:
    body = page("Harbour bridge reopens", "The harbour bridge reopened on Friday.")
    packed = gzip.compress(body)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (packed[:20], packed[20:])) + b"0\r\n\r\n"
    headers = (*HTML, "Transfer-Encoding: chunked", "Content-Encoding: gzip")
    deflated = http(zlib.compress(body), headers=(*HTML, "Content-Encoding: deflate"))
    result = read(members(record("response", "https://news.example/a", http(chunked, headers=headers)),
                          record("response", "https://news.example/b", deflated)))
    assert [a.title for a in result.articles] == ["Harbour bridge reopens"] * 2


def test_a_compressed_body_unpacking_past_the_bound_is_a_skip_not_unpacked_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # a body of a few MB of gzip had unpacked whole, to gigabytes (a gzip bomb); now at most the bound and one byte
    monkeypatch.setattr("newssearch.documents.httpcodings.MAX_BODY", 10_000)
    bomb = page("Harbour bridge reopens", "news " * 5_000)
    for coding, packed in (("gzip", gzip.compress(bomb)), ("deflate", zlib.compress(bomb))):
        body = http(packed, headers=(*HTML, f"Content-Encoding: {coding}"))
        result = read(members(BRIDGE, record("response", "https://news.example/bomb", body)))
        assert [a.id for a in result.articles] == ["crawl.warc.gz#https://news.example/bridge"]
        assert [(s.path, s.reason) for s in result.skipped] == [(
            "crawl.warc.gz#https://news.example/bomb",
            "record 2: its compressed body unpacks to more than 10,000 bytes (a gzip bomb?): not read")]


def test_a_body_stored_decoded_under_its_encoding_headers_is_read_as_it_is() -> None:
    headers = (*HTML, "Transfer-Encoding: chunked", "Content-Encoding: gzip")
    (article,) = read(record("response", "https://news.example/a", http(page("Bridge", "Text here."), headers=headers)),
                      "c.warc").articles
    assert article.body == "Text here."
    assert dechunked(b"5\r\nHello\r\n6\r\n world") == b"Hello world"  # cut inside a chunk: what came is kept


def test_a_brotli_body_without_the_brotli_module_is_a_skip_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "brotli", None)  # not importable, installed or not
    br = record("response", "https://news.example/br", http(b"\x1b\x00", headers=(*HTML, "Content-Encoding: br")))
    result = read(members(BRIDGE, br))
    assert [a.id for a in result.articles] == ["crawl.warc.gz#https://news.example/bridge"]
    assert [(s.path, s.reason) for s in result.skipped] == [(
        "crawl.warc.gz#https://news.example/br",
        "record 2: compressed with Brotli (br), and the brotli module is not installed (pip install brotli)")]


def test_a_zstd_body_without_a_zstandard_module_is_a_skip_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "compression", None)  # Python 3.14's compression.zstd
    monkeypatch.setitem(sys.modules, "zstandard", None)
    packed = b"\x28\xb5\x2f\xfd\x00"  # a Zstandard frame's magic number
    zstd = record("response", "https://news.example/z", http(packed, headers=(*HTML, "Content-Encoding: zstd")))
    assert [(s.path, s.reason) for s in read(members(BRIDGE, zstd)).skipped] == [(
        "crawl.warc.gz#https://news.example/z",
        "record 2: compressed with Zstandard (zstd), and the zstandard module is not installed (pip install zstandard)")]


class FakeBrotli:
    """A brotli Decompressor unpacking any body to ``payload``: brotli 1.2's, with a limit on each piece's size, or
    (``limited`` false) an earlier one's, all at once."""

    payload = b""

    def __init__(self, limited: bool = True) -> None:
        self.left, self.limited = self.payload, limited

    def process(self, data: bytes, **limit: int) -> bytes:
        if limit and not self.limited:
            raise TypeError("process() takes no keyword arguments")
        size = limit.get("output_buffer_limit", len(self.left))
        piece, self.left = self.left[:size], self.left[size:]
        return piece

    def is_finished(self) -> bool:
        return not self.left

    def can_accept_more_data(self) -> bool:
        return not self.left


def fake_decoders(monkeypatch: pytest.MonkeyPatch, payload: bytes, brotli_limited: bool, zstd_module: str) -> None:
    """brotli and one zstd module (``compression`` or ``zstandard``) present, each unpacking any body to ``payload``
    (the calls of newssearch's earlier decoders too: ``decompress`` all at once)."""
    FakeBrotli.payload = payload
    brotli = types.SimpleNamespace(error=ValueError, decompress=lambda body: payload,
                                   Decompressor=lambda: FakeBrotli(brotli_limited))
    monkeypatch.setitem(sys.modules, "brotli", brotli)
    opened = lambda *_args, **_options: io.BytesIO(payload)  # noqa: E731 - a file of the payload, read in pieces
    zstd = types.SimpleNamespace(ZstdFile=opened, decompress=lambda body: payload)
    zstandard = types.SimpleNamespace(ZstdDecompressor=lambda: types.SimpleNamespace(
        stream_reader=opened, decompressobj=lambda: types.SimpleNamespace(decompress=lambda body: payload)))
    present = {"compression": types.SimpleNamespace(zstd=zstd), "compression.zstd": zstd} \
        if zstd_module == "compression" else {"compression": None, "zstandard": zstandard}
    for name, module in present.items():
        monkeypatch.setitem(sys.modules, name, module)


@pytest.mark.parametrize("brotli_limited, zstd_module", [(True, "compression"), (False, "zstandard")])
def test_the_bound_on_an_unpacked_body_holds_for_brotli_and_zstd_whichever_module_unpacks_them(
        monkeypatch: pytest.MonkeyPatch, brotli_limited: bool, zstd_module: str) -> None:
    # brotli.decompress and zstd's decompress had unpacked a bomb whole; the bound held for gzip and deflate only
    monkeypatch.setattr("newssearch.documents.httpcodings.MAX_BODY", 10_000)
    monkeypatch.setattr("newssearch.documents.httpcodings._PIECE", 4_096)
    for payload, expected in ((page("Harbour bridge reopens", "news " * 100), None),
                              (page("Harbour bridge reopens", "news " * 5_000),
                               "its compressed body unpacks to more than 10,000 bytes (a gzip bomb?): not read")):
        fake_decoders(monkeypatch, payload, brotli_limited, zstd_module)
        for coding in ("br", "zstd"):
            body = http(b"\x1b\x00packed", headers=(*HTML, f"Content-Encoding: {coding}"))
            result = read(members(FERRY, record("response", "https://news.example/p", body)))
            assert [s.reason for s in result.skipped] == ([f"record 2: {expected}"] if expected else [])
            assert [a.title for a in result.articles] == ["Ferry strike ends"] + ([] if expected else
                                                                                 ["Harbour bridge reopens"])


def test_the_charset_of_the_http_header_is_used_when_the_page_names_none() -> None:
    body = page("Pożar w Łodzi", "Straż pożarna gasiła pożar w Łodzi.").decode().encode("iso-8859-2")
    headers = ("Content-Type: text/html; charset=ISO-8859-2",)
    (article,) = read(record("response", "https://news.example/p", http(body, headers=headers)), "c.warc").articles
    assert (article.title, article.body) == ("Pożar w Łodzi", "Straż pożarna gasiła pożar w Łodzi.")
    declared = body.replace(b"<head>", b'<head><meta charset="windows-1252">')
    (article,) = read(record("response", "https://news.example/p", http(declared, headers=headers)), "c.warc").articles
    assert article.title == "Po¿ar w £odzi"  # the page's own charset wins over the server's


def test_a_resource_record_of_html_and_a_response_without_a_type_that_is_html_are_pages() -> None:
    result = read(members(record("resource", "file:///saved/bridge.html", page("Bridge", "A resource page.")).replace(
        b"Content-Length", b"Content-Type: text/html\r\nContent-Length"),
        record("response", "https://news.example/untyped", http(b"<!DOCTYPE html>" + page("Ferry", "Untyped page."),
                                                                 headers=())),
        record("response", "https://news.example/blob", http(b"GIF89a binary", headers=()))))
    assert [a.title for a in result.articles] == ["Bridge", "Ferry"]


def test_a_warc_cut_short_keeps_its_whole_records_and_says_where_it_ends() -> None:
    whole = members(INFO, BRIDGE, FERRY)
    result = read(whole[:-40])  # the last gzip member cut
    assert [a.id for a in result.articles] == ["crawl.warc.gz#https://news.example/bridge"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("crawl.warc.gz#https://news.example/ferry", "record 3: the file ends inside it (cut short)")]
    plain = INFO + BRIDGE + FERRY
    result = read(plain[:plain.index(b"WARC-Target-URI: https://news.example/ferry")], "c.warc")
    assert [(s.path, s.reason) for s in result.skipped] == [("c.warc", "record 3: the file ends inside it (cut short)")]


def test_a_broken_record_is_skipped_and_the_next_one_found() -> None:
    length = BRIDGE.split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0].decode()
    lying = BRIDGE.replace(b"Content-Length: ", b"Content-Length: 1", 1)  # ten times its length, or more
    garbage = b"this is not a WARC header\r\n\r\n"
    result = read(lying + BRIDGE + garbage + FERRY, "c.warc")
    assert [a.title for a in result.articles] == ["Harbour bridge reopens", "Ferry strike ends"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("c.warc", f"record 1 (https://news.example/bridge, whose page was read from record 2): its Content-Length "
                   f"(1{length}) does not end at the record's end"),
        ("c.warc", "record 3: not a WARC record header (no WARC/1.0 or WARC/1.1 line)")]


def test_an_address_with_percents_round_trips_through_show_and_its_fragment_is_no_part_of_it(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    uri = "https://news.example/a%20b?q=1"
    (corpus / "crawl.warc.gz").write_bytes(members(INFO, response(uri + "#top", "Harbour bridge reopens", "Bridge text.")))
    build_index(corpus, tmp_path / "ix")
    result = CliRunner().invoke(cli, ["show", f"crawl.warc.gz#{uri}", "--index-dir", str(tmp_path / "ix"), "--json"])
    assert result.exit_code == 0
    assert (json.loads(result.stdout)["id"], json.loads(result.stdout)["url"]) == (f"crawl.warc.gz#{uri}", uri)


def indexed_crawl(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A corpus of one crawl of two pages, indexed: its folder, its index's, and the crawl's file."""
    corpus, index_dir = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    crawl = corpus / "crawl.warc.gz"
    crawl.write_bytes(members(INFO, BRIDGE, FERRY))
    build_index(corpus, index_dir)
    return corpus, index_dir, crawl


def test_a_warc_cut_short_after_indexing_keeps_the_articles_it_no_longer_gives(tmp_path: Path) -> None:
    corpus, index_dir, crawl = indexed_crawl(tmp_path)
    crawl.write_bytes(members(INFO, BRIDGE, FERRY)[:-40])  # the copy was stopped midway
    report = build_index(corpus, index_dir)
    assert (report.deleted, report.unchanged) == (0, 2)
    assert [skip.reason for skip in report.skipped] == [
        "record 3: the file ends inside it (cut short) (kept: 1 article indexed before, which this record may be)"]
    with open_index(index_dir) as idx:
        assert idx.get("crawl.warc.gz#https://news.example/ferry") is not None


def test_indexing_a_folder_with_a_warc_gz_finds_its_pages(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "crawl.warc.gz").write_bytes(members(INFO, BRIDGE, FERRY))
    (corpus / "note.txt").write_text("Tide tables\n\nThe tide turns at noon.\n")
    runner = CliRunner()
    indexed = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix")])
    assert indexed.exit_code == 0
    assert indexed.stdout.splitlines()[1] == ("  3 added, 0 updated, 0 deleted, 0 unchanged; 3 articles from 2 files in "
                                              "the index")
    found = runner.invoke(cli, ["query", "ferry", "--index-dir", str(tmp_path / "ix"), "--json"])
    assert [hit["id"] for hit in json.loads(found.stdout)["hits"]] == ["crawl.warc.gz#https://news.example/ferry"]


def test_a_latest_capture_that_gives_no_page_gives_way_to_an_earlier_one() -> None:
    emptied = record("response", "https://news.example/bridge", http(b"<html><body><nav>Home</nav></body></html>"),
                     "2024-03-09T00:00:00Z")
    result = read(members(BRIDGE, emptied))
    assert [a.title for a in result.articles] == ["Harbour bridge reopens"]
    again = record("response", "https://news.example/bridge", http(b"<html><body></body></html>"), "2024-03-01T00:00:00Z")
    with pytest.raises(UnreadableFile, match=r"^no articles in file \(record 2: no article text found in HTML\)$"):
        read(members(again, emptied))  # the latest capture's reason


def test_a_warc_date_reads_as_every_supported_python_reads_it() -> None:
    from newssearch.documents.warc import _when

    assert _when("2024-03-05T10:20:30Z").isoformat() == "2024-03-05T10:20:30+00:00"
    assert _when("2024-03-05T10:20:30.5Z").isoformat() == "2024-03-05T10:20:30.500000+00:00"
    assert _when("2024-03-05T10:20:30.123456789Z").isoformat() == "2024-03-05T10:20:30.123456+00:00"
    assert _when("2024-03-05T10:20:30+02:00").isoformat() == "2024-03-05T10:20:30+02:00"


def damaged(member: bytes, at: int = 12) -> bytes:
    """A gzip member with bytes of its compressed data changed (``at`` from its start)."""
    return member[:at] + bytes(b ^ 0x55 for b in member[at:at + 8]) + member[at + 8:]


def test_a_damaged_gzip_member_is_a_broken_record_and_the_records_after_it_are_read() -> None:
    bad_crc = gzip.compress(FERRY)[:-8] + b"\0" * 8  # its data unpacks whole, its check fails: the header reads
    result = read(members(INFO, BRIDGE) + damaged(gzip.compress(FERRY)) + bad_crc + members(FERRY))
    assert [a.id for a in result.articles] == ["crawl.warc.gz#https://news.example/bridge",
                                               "crawl.warc.gz#https://news.example/ferry"]
    assert [(s.path, s.reason.split(" (")[0]) for s in result.skipped] == [
        ("crawl.warc.gz", "record 3: its gzip member is damaged"),
        ("crawl.warc.gz", "record 4")]  # (https://news.example/ferry, whose page was read from record 5): its gzip…
    assert [s.path for s in read(members(INFO, BRIDGE) + bad_crc).skipped] == ["crawl.warc.gz#https://news.example/ferry"]
    whole = gzip.compress(INFO + BRIDGE + FERRY)  # a WARC gzipped whole: one member
    assert [a.title for a in read(whole).articles] == ["Harbour bridge reopens", "Ferry strike ends"]
    with pytest.raises(UnreadableFile, match=r"^no articles in file \(record 1: its gzip member is damaged"):
        read(damaged(whole, len(whole) // 2))  # said, never read as a shorter whole file


def test_a_damaged_member_after_indexing_deletes_no_article(tmp_path: Path) -> None:
    corpus, index_dir, crawl = indexed_crawl(tmp_path)
    crawl.write_bytes(members(INFO) + damaged(gzip.compress(BRIDGE)) + members(FERRY))  # its URI unknown
    report = build_index(corpus, index_dir)
    assert (report.deleted, report.unchanged) == (0, 2)
    with open_index(index_dir) as idx:
        assert idx.get("crawl.warc.gz#https://news.example/bridge") is not None


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_a_big_record_that_is_no_page_is_passed_over_and_a_big_page_is_said(monkeypatch: pytest.MonkeyPatch,
                                                                            name: str) -> None:
    import random

    from newssearch.documents import warc, warcgzip

    monkeypatch.setattr(warcgzip, "_SCAN_PAST", 1 << 12)  # a video of a few GB, made small
    monkeypatch.setattr(warc, "MAX_PAGE", 1 << 12)  # one bound for a .warc and a .warc.gz
    video = record("response", "https://news.example/v.mp4", http(random.Random(1).randbytes(1 << 16), headers=(
        "Content-Type: video/mp4",)))
    block = http(page("A huge page", "Words. " * 1000))
    huge = record("response", "https://news.example/huge", block)
    result = read((members if name.endswith(".gz") else lambda *r: b"".join(r))(BRIDGE, video, huge, FERRY), name)
    assert [a.title for a in result.articles] == ["Harbour bridge reopens", "Ferry strike ends"]
    assert [(s.path.partition("#")[2], s.reason) for s in result.skipped] == [
        ("https://news.example/huge", f"record 3: an HTML page of {len(block):,} bytes, more than 4,096 bytes: not read")]


def test_a_page_sharing_a_gzip_member_with_a_big_record_before_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Per-file .warc.gz files concatenated, or a writer grouping records: a member holding more than one record is
    # never passed over by a jump to the next member, which would lose the pages after its first record.
    import random

    from newssearch.documents import warcgzip

    monkeypatch.setattr(warcgzip, "_SCAN_PAST", 1 << 12)  # a video of 20 MB, made small
    video = record("resource", "https://news.example/v.mp4", random.Random(2).randbytes(1 << 18))
    jumps: list[bool] = []
    jump_past = warcgzip._Unpacking.jump_past
    monkeypatch.setattr(warcgzip._Unpacking, "jump_past", lambda self, ends: jumps.append(jump_past(self, ends))
                        or jumps[-1])
    for data in (gzip.compress(video + BRIDGE) + members(FERRY), members(video, BRIDGE, FERRY)):
        result = read(data)
        assert ([a.title for a in result.articles], result.skipped) == (
            ["Harbour bridge reopens", "Ferry strike ends"], [])
    assert jumps == [False, True]  # a video alone in its member is still passed over unread


def test_a_body_a_browser_decoded_under_br_deflate_or_zstd_is_read_as_it_is() -> None:
    pages = [record("response", f"https://news.example/{coding}", http(body, headers=(
        *HTML, f"Content-Encoding: {coding}"))) for coding, body in (
        ("br", page("Decoded br", "Stored as the browser decoded it.")),
        ("deflate", b"<div>" + page("Decoded deflate", "Stored decoded, no doctype first.")),
        ("zstd", page("Decoded zstd", "Stored decoded too.")),
        ("compress", page("Decoded compress", "A coding newssearch never decodes.")))]
    result = read(members(*pages))
    assert [a.title for a in result.articles] == ["Decoded br", "Decoded deflate", "Decoded zstd", "Decoded compress"]
    assert result.skipped == []
    binary = record("response", "https://news.example/x", http(b"\x28\xb5\x2f\xfd\x00\x01<", headers=(
        *HTML, "Content-Encoding: compress")))
    assert [s.reason for s in read(members(BRIDGE, binary)).skipped] == [
        "record 2: compressed as 'compress', which newssearch does not read"]


def test_a_broken_record_of_an_address_whose_page_was_read_is_named_under_the_file() -> None:
    request = record("request", "https://news.example/bridge", b"GET /bridge HTTP/1.1\r\n\r\n")
    lying = request.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    result = read(BRIDGE + lying + FERRY, "c.warc")
    assert [a.title for a in result.articles] == ["Harbour bridge reopens", "Ferry strike ends"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("c.warc", "record 2 (https://news.example/bridge, whose page was read from record 1): its Content-Length "
                   "(924) does not end at the record's end")]  # its block: 24 bytes


def digest_of(body: bytes) -> str:
    """A WARC-Payload-Digest as Heritrix writes it."""
    import base64
    import hashlib

    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()


def captured(uri: str, title: str, text: str, date: str, record_id: str) -> bytes:
    """A response record with its WARC-Record-ID and WARC-Payload-Digest, as Heritrix writes one."""
    body = page(title, text)
    return record("response", uri, http(body), date).replace(b"Content-Length", (
        f"WARC-Record-ID: {record_id}\r\nWARC-Payload-Digest: {digest_of(body)}\r\nContent-Length").encode(), 1)


def revisit(uri: str, date: str, digest: str, *refers: str) -> bytes:
    """An identical-payload-digest revisit of ``uri`` with the WARC-Refers-To-* fields ``refers`` (name: value)."""
    fields = ["WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
              f"WARC-Payload-Digest: {digest}", *refers]
    return record("revisit", uri, http(b""), date).replace(b"Content-Length", (
        "\r\n".join(fields) + "\r\nContent-Length").encode(), 1)


MAYOR = "https://riverton.example/news/mayor"
FIRST = captured(MAYOR, "Mayor resigns", "The mayor resigned on Tuesday.", "2024-03-01T10:00:00Z", "<urn:uuid:1>")
SECOND = captured(MAYOR, "Mayor resigns amid inquiry", "The mayor resigned as an inquiry widened.",
                  "2024-03-08T10:00:00Z", "<urn:uuid:2>")
FIRST_DIGEST = digest_of(page("Mayor resigns", "The mayor resigned on Tuesday."))


def test_a_revisit_later_than_the_latest_capture_is_the_capture_it_repeats() -> None:
    named = revisit(MAYOR, "2024-03-15T10:00:00Z", FIRST_DIGEST, "WARC-Refers-To: <urn:uuid:1>",
                    f"WARC-Refers-To-Target-URI: {MAYOR}", "WARC-Refers-To-Date: 2024-03-01T10:00:00Z")
    digest_only = revisit(MAYOR, "2024-03-15T10:00:00Z", FIRST_DIGEST)
    for again in (named, digest_only):
        result = read(members(INFO, FIRST, SECOND, again))
        assert [(a.id, a.title) for a in result.articles] == [(f"crawl.warc.gz#{MAYOR}", "Mayor resigns")]
        assert result.skipped == []
    earlier = revisit(MAYOR, "2024-03-05T10:00:00Z", FIRST_DIGEST)  # before the second capture: it wins
    unknown = revisit(MAYOR, "2024-03-15T10:00:00Z", "sha1:NOTINTHISFILE")  # repeats a capture of another file
    assert [a.title for a in read(members(FIRST, SECOND, earlier, unknown)).articles] == ["Mayor resigns amid inquiry"]
    elsewhere = revisit(MAYOR + "?utm=rss", "2024-03-15T10:00:00Z", FIRST_DIGEST)  # an address with no capture
    assert [a.id for a in read(members(FIRST, elsewhere)).articles] == [f"crawl.warc.gz#{MAYOR}"]


def test_one_page_as_http_or_https_with_or_without_a_slash_is_one_article_from_its_latest_capture() -> None:
    result = read(members(response("http://news.example/bus", "Bus fares rise", "Fares rise in May.", "2024-03-01T00:00:00Z"),
                          response("https://news.example/bus/", "Bus fares rise again", "Fares rise twice.",
                                   "2024-03-03T00:00:00Z"),
                          response("https://News.example/bus", "Bus fares to rise", "Fares will rise.",
                                   "2024-03-02T00:00:00Z"),
                          response("https://news.example/bus/stops", "Bus stops move", "Stops move north.")))
    assert [(a.id, a.title) for a in result.articles] == [
        ("crawl.warc.gz#https://news.example/bus/", "Bus fares rise again"),  # the id: the capture kept
        ("crawl.warc.gz#https://news.example/bus/stops", "Bus stops move")]


def test_an_amp_copy_of_a_page_captured_too_is_left_out_but_never_on_its_canonical_link_alone() -> None:
    def captured_page(uri: str, title: str, text: str, canonical: str) -> bytes:
        head = f'<link rel="canonical" href="{canonical}">'
        return record("response", uri, http(page(title, text, head)))

    bridge = "https://news.example/bridge"
    amp = captured_page(bridge + "/amp", "Harbour bridge reopens", "The harbour bridge reopened.", bridge)
    assert [a.id for a in read(members(BRIDGE, amp)).articles] == [f"crawl.warc.gz#{bridge}"]
    assert [a.id for a in read(members(amp)).articles] == [f"crawl.warc.gz#{bridge}/amp"]  # the page not captured
    home = response("https://news.example/", "Daily Example", "Front page: the bridge reopened.")
    every = captured_page("https://news.example/amp/ferry", "Ferry strike ends", "Crews went back.",
                          "https://news.example/")  # a site naming its home page as every page's canonical
    not_amp = captured_page("https://news.example/bridge-2", "Harbour bridge reopens", "Page two of it.", bridge)
    result = read(members(home, BRIDGE, every, not_amp))
    assert [a.id.split("#")[1] for a in result.articles] == [
        "https://news.example/", bridge, "https://news.example/amp/ferry", "https://news.example/bridge-2"]


def test_a_wacz_has_its_warcs_read_and_nothing_else(tmp_path: Path) -> None:
    import io
    import zipfile

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as wacz:
        wacz.writestr("archive/data.warc.gz", members(INFO, BRIDGE, FERRY), compress_type=zipfile.ZIP_STORED)
        wacz.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}\n'
                      '{"id": "a1", "url": "https://news.example/bridge", "title": "Harbour bridge reopens", '
                      '"text": "The harbour bridge reopened on Friday."}\n')
        wacz.writestr("indexes/index.cdx", "example,news)/bridge 20240305100000 {}\n")
        wacz.writestr("datapackage.json", '{"profile": "data-package", "wacz_version": "1.1.1", "resources": []}')
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "crawl.wacz").write_bytes(packed.getvalue())
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, report.skipped, report.ignored) == (2, [], 0)
    with open_index(tmp_path / "ix") as idx:
        assert idx.get("crawl.wacz#archive/data.warc.gz#https://news.example/ferry").title == "Ferry strike ends"
        assert idx.get("crawl.wacz#archive/data.warc.gz#https://news.example/bridge").path == "crawl.wacz"


@pytest.mark.parametrize("folder", ["./archive/", "archive\\"])
def test_a_wacz_warc_is_found_under_archive_however_its_path_is_written(folder: str) -> None:
    import io
    import zipfile

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as wacz:
        wacz.writestr(folder + "data.warc.gz", members(BRIDGE))
    assert [a.id for a in read(packed.getvalue(), "crawl.wacz").articles] == [
        "crawl.wacz#archive/data.warc.gz#https://news.example/bridge"]


def test_a_wacz_inside_a_zip_is_read_not_refused_as_a_nested_archive() -> None:
    import io
    import zipfile

    def zipped(name: str, data: bytes) -> bytes:
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w") as archive:
            archive.writestr(name, data)
        return packed.getvalue()

    data = zipped("crawl.wacz", zipped("archive/data.warc.gz", members(BRIDGE)))
    assert [a.id for a in read(data, "crawls.zip").articles] == [
        "crawls.zip#crawl.wacz#archive/data.warc.gz#https://news.example/bridge"]


def test_a_wacz_of_no_warc_says_so() -> None:
    import io
    import zipfile

    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as wacz:
        wacz.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}\n')
        wacz.writestr("datapackage.json", "{}")
    assert [(s.path, s.reason) for s in read(packed.getvalue(), "crawl.wacz").skipped] == [
        ("crawl.wacz", "no articles in the WACZ (it holds no WARC under archive/)")]


def test_a_page_is_shown_by_its_address_alone_when_one_article_has_it(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    (corpus / "2024").mkdir(parents=True)
    (corpus / "2024" / "week1.warc.gz").write_bytes(members(INFO, BRIDGE, FERRY))
    (corpus / "2024" / "week2.warc.gz").write_bytes(members(INFO, FERRY))
    build_index(corpus, index_dir)
    shown = CliRunner().invoke(cli, ["show", "https://news.example/bridge", "--index-dir", index_dir, "--json"])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["id"] == "2024/week1.warc.gz#https://news.example/bridge"
    twice = CliRunner().invoke(cli, ["show", "https://news.example/ferry", "--index-dir", index_dir])
    assert twice.exit_code == 2  # captured in two files: which one is not guessed
    assert twice.stderr.startswith("Error: no article with id 'https://news.example/ferry'")


@pytest.mark.parametrize("typed", ["https://news.example/bridge/", "http://news.example/bridge", "HTTPS://News.Example/bridge#top",
                                   "news.example/bridge", "news.example/bridge/"])
def test_a_page_is_shown_by_its_address_written_as_a_browser_or_another_link_writes_it(tmp_path: Path,
                                                                                        typed: str) -> None:
    """``show`` of an address copied from a browser's bar (no scheme, a trailing slash) or a link (http for https)
    had said "no article with id", while ``url:`` with the same address found the page: one address written
    several ways is one page, as two captures of it are one article."""
    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    corpus.mkdir()
    (corpus / "week1.warc.gz").write_bytes(members(INFO, BRIDGE, FERRY))
    build_index(corpus, index_dir)
    shown = CliRunner().invoke(cli, ["show", typed, "--index-dir", index_dir, "--json"])
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == "week1.warc.gz#https://news.example/bridge"


FERRY_URI, WIKI = "https://news.example/ferry", "https://wiki.example/~ed/Ferry_(boat)"
SHOP = "https://shop.example/list?ids[]=3&page=[1]"


def test_an_id_holding_an_address_is_found_whole_and_by_its_pattern(tmp_path: Path) -> None:
    """``id:web/crawl.warc.gz#https://news.example/*`` had found nothing, and the exact id too: the "https:" in it was
    read as a field's name, and the id cut before it; an address's ~ had been refused as a fuzzy word's, and its
    brackets read as a group."""
    corpus, index_dir = tmp_path / "c", str(tmp_path / "ix")
    (corpus / "web").mkdir(parents=True)
    port = response("http://other.example:8080/a/ferry", "Ferry fares", "Ferry fares rise.")  # a colon after no "#"
    wiki = response("https://wiki.example/~ed/Ferry_(boat)", "Ferry (boat)", "A ferry is a boat.")
    shop = response(SHOP, "Fares listed", "The fares are listed.")  # a query string's ? and brackets (PHP's ids[])
    (corpus / "web" / "crawl.warc.gz").write_bytes(members(INFO, BRIDGE, FERRY, port, wiki, shop))
    build_index(corpus, index_dir)
    crawl = "web/crawl.warc.gz#"
    for typed, pages in [(f"id:{crawl}https://news.example/*", ["https://news.example/bridge", FERRY_URI]),
                         (f"id:{crawl}https://news.example/bridge", ["https://news.example/bridge"]),
                         (f'id:"{crawl}https://news.example/*"', ["https://news.example/bridge", FERRY_URI]),
                         (f"ferry -id:{crawl}https://news.example/*", ["http://other.example:8080/a/ferry", WIKI]),
                         (f"id:{crawl}http://other.example:8080/a/*", ["http://other.example:8080/a/ferry"]),
                         (f"id:{crawl}https://wiki.example/~ed/Ferry_(boat)", [WIKI]),  # not a fuzzy word, a group
                         (f"(boat id:{crawl}https://wiki.example/~ed/*)^2", [WIKI]),
                         (f"id:{crawl}{SHOP}", [SHOP]), (f'id:"{crawl}{SHOP}"', [SHOP])]:  # had found nothing
        found = CliRunner().invoke(cli, ["query", typed, "--index-dir", index_dir, "--json"])
        assert found.exit_code == 0, (typed, found.output)
        assert sorted(hit["id"] for hit in json.loads(found.stdout)["hits"]) == [crawl + page for page in pages], typed


@pytest.mark.parametrize(("typed", "field"), [("police))lang:fr", "lang:fr"), ("oil&&body:harbour", "body:harbour"),
                                              ("[date:<=1900", "date:["), ("police -lang:de", "lang:de"),
                                              ("oil straße*🇳🇿title:win", "title:win")])
def test_a_field_after_a_bracket_or_a_sign_is_still_a_field(typed: str, field: str) -> None:
    # only a "#", "." or "/" before a name and a colon make them part of an id or an address, not a field
    from newssearch.querying import parse_user_query
    from newssearch.schema import SCHEMA

    assert field in str(parse_user_query(typed, SCHEMA).query)


def test_a_page_the_crawler_cut_short_is_indexed_and_said_to_be_cut() -> None:
    cut = BRIDGE.replace(b"WARC-Type: response\r\n", b"WARC-Type: response\r\nWARC-Truncated: length\r\n")
    result = read(members(cut, FERRY))
    assert [a.title for a in result.articles] == ["Harbour bridge reopens", "Ferry strike ends"]
    assert [(s.path, s.reason) for s in result.skipped] == [
        ("crawl.warc.gz", "record 1 (https://news.example/bridge): cut short by the crawler (WARC-Truncated: "
                          "length): its text was read up to there")]


def test_a_page_captured_with_a_fragment_is_the_page_and_a_www_copy_one_only_when_title_and_text_are_the_same() -> None:
    story, text = "https://news.example/story", "The harbour bridge reopened on Friday."
    result = read(members(response(story, "Harbour bridge reopens", text, "2024-03-01T00:00:00Z"),
                          response(story + "#comments", "Harbour bridge reopens", text + " Updated.",
                                   "2024-03-02T00:00:00Z"),
                          response("https://www.news.example/story", "Harbour bridge reopens", text + " Updated.",
                                   "2024-03-03T00:00:00Z"),
                          response("https://www.news.example/ferry", "Ferry strike ends", "Crews went back."),
                          response("https://news.example/ferry", "Ferry strike ends", "Crews went back to work.")))
    assert [(a.id, a.body) for a in result.articles] == [
        (f"crawl.warc.gz#{story}", f"{text} Updated."),  # the fragment never reached the site; www.: the same page
        ("crawl.warc.gz#https://www.news.example/ferry", "Crews went back."),  # www.: not the same text
        ("crawl.warc.gz#https://news.example/ferry", "Crews went back to work.")]
