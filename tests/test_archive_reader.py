"""Archives (.zip, .tar, .tar.gz, .tgz): each file inside read as a folder's file is, under the id
``archive#its/path``, a folder's rules inside them too, and damaged, hostile or password-protected ones reported.

Every archive is built here with zipfile or tarfile (bytes patched where no tool writes what a case needs)."""

from __future__ import annotations

import io
import json
import random
import struct
import tarfile
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.documents import ReadResult, is_supported, parse_file_bytes
from newssearch.documents.archivefiles import NESTED
from newssearch.documents.archivelistings import ENCRYPTED
from newssearch.documents.archivenames import member_id
from newssearch.errors import UnreadableFile

STORY = "Storm hits the harbour\n\nThe storm hit the harbour at dawn, residents said.\n"
FLOOD = "Flood warning issued\n\nRivers rose across the region overnight.\n"


def zipped(files: dict[str, str | bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip archive of ``files`` by name."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def tarred(files: dict[str, str], mode: str = "w:gz", links: dict[str, str] | None = None,
           hard: dict[str, str] | None = None) -> bytes:
    """A tar archive (gzipped by default) of ``files`` by name, symbolic ``links`` and ``hard`` links (name: target)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode=mode) as archive:
        for name, content in files.items():
            data = content.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.SYMTYPE, target
            archive.addfile(info)
        for name, target in (hard or {}).items():
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.LNKTYPE, target
            archive.addfile(info)
    return out.getvalue()


def read(data: bytes, name: str = "articles.zip") -> ReadResult:
    return parse_file_bytes(data, name, name)


def ids(result: ReadResult) -> list[str]:
    return [article.id for article in result.articles]


def skips(result: ReadResult) -> list[tuple[str, str]]:
    return [(skip.path, skip.reason) for skip in result.skipped]


def test_each_file_is_an_article_under_the_archive_id_and_its_path() -> None:
    page = ("<html><head><title>Flood warning issued</title></head><body><h1>Flood warning issued</h1>"
            "<p>Rivers rose across the region overnight.</p></body></html>")
    result = read(zipped({"inner/story.txt": STORY, "flood.html": page}))
    assert ids(result) == ["articles.zip#flood.html", "articles.zip#inner/story.txt"]
    assert [article.title for article in result.articles] == ["Flood warning issued", "Storm hits the harbour"]
    alone = parse_file_bytes(page.encode(), "flood.html", "flood.html").articles[0]
    assert result.articles[0] == replace(alone, id="articles.zip#flood.html", path="articles.zip")  # read as alone
    assert {article.path for article in result.articles} == {"articles.zip"}  # the file holding them


def test_a_file_of_records_gives_ids_with_its_record_keys() -> None:
    jsonl = '{"title": "One", "text": "First story text."}\n{"title": "Two", "text": "Second story text."}\n'
    assert ids(read(zipped({"exports/wire.jsonl": jsonl}))) == ["articles.zip#exports/wire.jsonl#1",
                                                                "articles.zip#exports/wire.jsonl#2"]


def test_files_are_read_in_the_order_a_folder_walk_reads_them_unpacked() -> None:
    data = zipped({"b/z.txt": STORY, "c/x.txt": STORY, "b/a.txt": STORY, "z.txt": STORY, "a.txt": STORY})
    assert ids(read(data)) == ["articles.zip#a.txt", "articles.zip#z.txt", "articles.zip#b/a.txt",
                               "articles.zip#b/z.txt", "articles.zip#c/x.txt"]  # ties in a search rank alike


def test_a_path_that_climbs_or_holds_a_hash_is_written_so_no_id_holds_it_raw() -> None:
    assert member_id("../../etc/story.txt") == "%2E%2E/%2E%2E/etc/story.txt"
    assert member_id("/abs/story.txt") == "abs/story.txt"
    assert member_id("./a\\b.txt") == "a/b.txt"  # a Windows tool's separator
    assert member_id("exp #2.jsonl") == "exp %232.jsonl"  # the next # of an id starts a record's key
    assert ids(read(zipped({"../story.txt": STORY}))) == ["articles.zip#%2E%2E/story.txt"]


def test_what_a_folder_passes_over_is_passed_over_inside_an_archive() -> None:
    result = read(zipped({"Story.html": "<html><body><h1>Storm hits</h1><p>The storm hit the harbour.</p></body></html>",
                          "Story_files/frame.html": "<html><body><p>An advert frame.</p></body></html>",
                          "__MACOSX/._Story.html": "resource fork", ".hidden/story.txt": STORY, "._flood.txt": FLOOD,
                          "photo.jpg": b"\xff\xd8", "style.css": "p {}", "README.txt": "About this collection."}))
    assert ids(result) == ["articles.zip#Story.html"]  # other types silent, as in a folder
    assert skips(result) == [("articles.zip#README.txt", "archived file: a README file, not an article")]


def test_an_archive_inside_an_archive_is_reported_not_read() -> None:
    result = read(zipped({"story.txt": STORY, "more.zip": zipped({"flood.txt": FLOOD}), "old.tar.gz": b"x"}))
    assert ids(result) == ["articles.zip#story.txt"]
    assert skips(result) == [("articles.zip#more.zip", f"archived file: {NESTED}"),
                             ("articles.zip#old.tar.gz", f"archived file: {NESTED}")]


def _flag(data: bytes, name: bytes, bit: int) -> bytes:
    """``data`` with general-purpose ``bit`` set on the entry ``name``, in its local and central headers."""
    out = bytearray(data)
    for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = out.find(signature)
        while start >= 0:
            if name in out[start:start + 64]:
                out[start + at] |= bit
            start = out.find(signature, start + 4)
    return bytes(out)


def test_a_password_protected_file_is_skipped_with_that_reason_and_the_others_read() -> None:
    data = _flag(zipped({"secret.txt": FLOOD, "story.txt": STORY}), b"secret.txt", 1)
    result = read(data)
    assert ids(result) == ["articles.zip#story.txt"]
    assert skips(result) == [("articles.zip#secret.txt", f"archived file: {ENCRYPTED}")]


def test_a_broken_file_is_skipped_and_the_others_read() -> None:
    data = zipped({"broken.txt": FLOOD, "story.txt": STORY}, zipfile.ZIP_STORED).replace(b"Rivers", b"Rovers", 1)
    result = read(data)
    assert ids(result) == ["articles.zip#story.txt"]
    assert skips(result) == [("articles.zip#broken.txt",
                              "archived file: broken: does not unpack (Bad CRC-32 for file 'broken.txt')")]


def test_a_file_whose_stated_size_runs_past_the_archives_end_is_skipped_naming_the_error() -> None:
    data = bytearray(zipped({"long.txt": FLOOD, "story.txt": STORY}, zipfile.ZIP_STORED))
    entry = data.find(b"PK\x01\x02")  # long.txt's entry in the table of contents: it claims 1,000 bytes
    struct.pack_into("<II", data, entry + 20, 1000, 1000)
    result = read(bytes(data))  # zipfile raises a bare EOFError: the reason had been "does not unpack ()"
    assert ids(result) == ["articles.zip#story.txt"]
    assert skips(result) == [("articles.zip#long.txt", "archived file: broken: does not unpack (EOFError)")]


def test_files_unpacking_past_the_bound_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.documents.archivefiles.MAX_UNPACKED", 100)
    result = read(zipped({"a_story.txt": STORY, "b_zeros.txt": "0" * 10_000, "c_flood.txt": FLOOD}))
    assert ids(result) == ["articles.zip#a_story.txt"]  # 75 bytes unpacked; the flood's 63 more would be over 100
    assert [path for path, _ in skips(result)] == ["articles.zip#b_zeros.txt", "articles.zip#c_flood.txt"]
    assert {reason for _, reason in skips(result)} == {
        "archived file: the archive's files unpack to more than 100 bytes (a zip bomb?): not read"}


def test_compressed_files_inside_unpack_within_what_the_archive_may_still_unpack(monkeypatch: pytest.MonkeyPatch) -> None:
    # each had been gunzipped to 2 GiB on its own: a zip of ten gzip bombs of 3 MB unpacked 20 GiB, 2 GiB at once
    import gzip

    monkeypatch.setattr("newssearch.documents.archivefiles.MAX_UNPACKED", 30_000)
    news = b"The council voted on Tuesday to build the new bridge over the harbour. " * 200  # 14,200 bytes
    result = read(zipped({"a.txt.gz": gzip.compress(news), "b.txt.gz": gzip.compress(news),
                          "c.txt.gz": gzip.compress(news), "d.txt.gz": gzip.compress(news)}))
    assert ids(result) == ["articles.zip#a.txt.gz", "articles.zip#b.txt.gz"]  # 28,400 bytes unpacked; 42,600 is over
    assert skips(result) == [  # c spent what was left: d is not unpacked
        ("articles.zip#c.txt.gz", "archived file: gzip file unpacks to more than 1,600 bytes (the archive's files may "
                                  "unpack to 30,000 bytes in all: a zip bomb?)"),
        ("articles.zip#d.txt.gz", "archived file: the archive's files unpack to more than 30,000 bytes (a zip bomb?): "
                                  "not read")]


def test_a_file_is_unpacked_into_memory_once_not_copied_again() -> None:
    # a bytearray copied into bytes had held a 1.5 GiB file twice: 3 GB at once
    import tracemalloc

    from newssearch.documents.archivelistings import zip_listing

    size = 16 << 20
    (member,) = zip_listing(zipped({"zeros.txt": b"0" * size}), size + 1).members
    tracemalloc.start()
    try:
        assert len(member.unpack(size + 1)) == size
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1.5 * size, f"{peak:,} bytes at once to unpack {size:,}"


class _Stream:
    """A place zipfile writes to as to a pipe (no seek): each file's sizes come after its data, as a zip made on
    the fly by a web server has them."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def streamed(files: dict[str, str]) -> bytes:
    """A zip archive of ``files`` written as a stream."""
    out = _Stream()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:  # type: ignore[arg-type]
        for name, content in files.items():
            archive.writestr(name, content)
    return b"".join(out.parts)


@pytest.mark.parametrize("make", [zipped, streamed])
def test_a_zip_cut_short_gives_the_files_before_the_cut_and_says_so(make) -> None:  # type: ignore[no-untyped-def]
    data = make({"__MACOSX/._a.txt": "\x00\x05\x16\x07", "photo.jpg": "\xff\xd8", "a.txt": STORY, "b.txt": FLOOD,
                 "c.txt": "Third story\n\n" + random.Random(3).randbytes(200).hex()})  # only a.txt and b.txt are read
    cut = data.index(b"PK\x01\x02") - 30  # inside the third file's data: not unpacked whole, or its CRC not given
    result = read(data[:cut])
    assert ids(result) == ["articles.zip#a.txt", "articles.zip#b.txt"]
    assert skips(result) == [("articles.zip", "cut short: the archive ends inside c.txt (its table of contents at "
                                              "the end is missing: its files were found by their own headers); the 2 "
                                              "files before the cut were read")]
    with pytest.raises(UnreadableFile, match=r"^broken zip archive: its table of contents at the end is missing or "
                                             r"damaged \(cut short, as by a download stopped\?\): not read"):
        read(data[:30])  # inside the first file's header
    one = make({"a.txt": STORY, "b.txt": FLOOD})
    assert skips(read(one[:one.index(b"PK\x01\x02") - 30]))[-1][1].endswith("; the 1 file before the cut was read")


def test_a_zip_whose_table_of_contents_asks_for_an_unknown_zip_version_gives_its_files_by_their_headers() -> None:
    """Python refuses such a table with NotImplementedError ("zip file version 17.0"): the archive had been skipped
    as 'reader failed'."""
    data = bytearray(zipped({"a.txt": STORY, "b.txt": FLOOD}))
    data[data.index(b"PK\x01\x02") + 6] = 170  # the first entry's "version needed to extract": 17.0
    result = read(bytes(data))
    assert ids(result) == ["articles.zip#a.txt", "articles.zip#b.txt"]
    assert skips(result) == [("articles.zip", ("cut short: its table of contents at the end is damaged (its table of "
                                               "contents at the end is missing: its files were found by their own "
                                               "headers); the 2 files before the cut were read"))]


def test_a_zip_entry_whose_name_is_empty_is_a_file_of_no_type_and_the_others_are_read() -> None:
    """Python reads a name up to a NUL, and its ZipInfo.is_dir() raised IndexError on the empty name that leaves:
    the archive had been skipped as 'reader failed'."""
    data = bytearray(zipped({"a.txt": STORY, "x": FLOOD}))
    data[data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 1) + 46] = 0  # "x" in the table of contents
    result = read(bytes(data))
    assert (ids(result), skips(result), result.ignored) == (["articles.zip#a.txt"], [], ["articles.zip#"])


def test_a_file_damaged_in_a_zip_cut_short_is_skipped_by_its_crc() -> None:
    data = zipped({"a.txt": STORY, "b.txt": FLOOD}, zipfile.ZIP_STORED).replace(b"Rivers", b"Rovers", 1)
    result = read(data[:data.index(b"PK\x01\x02")])  # no table of contents at all
    assert ids(result) == ["articles.zip#a.txt"]
    assert skips(result)[0] == ("articles.zip#b.txt", "archived file: broken: does not unpack (Bad CRC-32 for file "
                                                      "'b.txt')")


def test_a_file_that_is_no_zip_is_said_so() -> None:
    with pytest.raises(UnreadableFile, match=r"^not a zip archive, though named as one \(File is not a zip file\)$"):
        read(b"<html><body>404 Not Found</body></html>")


def test_names_in_cp437_and_in_utf8_without_its_flag_both_read_right() -> None:
    data = zipped({"cafX.txt": STORY, "naXY.txt": FLOOD})
    data = data.replace(b"cafX", b"caf\x82")  # Windows' zip tool: é in CP437, no UTF-8 flag
    data = data.replace(b"naXY", b"na\xc3\xaf")  # macOS's: UTF-8, no flag
    assert ids(read(data)) == ["articles.zip#café.txt", "articles.zip#naï.txt"]


def test_a_name_held_twice_is_read_as_unpacking_leaves_it() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive, pytest.warns(UserWarning, match="Duplicate name"):
        archive.writestr("story.txt", FLOOD)
        archive.writestr("story.txt", STORY)
    assert [article.title for article in read(out.getvalue()).articles] == ["Storm hits the harbour"]


def test_an_archive_of_no_readable_file_says_so() -> None:
    assert skips(read(zipped({"photo.jpg": b"\xff", "b.jpg": b"\xff", "style.css": "p {}"}))) == [
        ("articles.zip", "no articles in the archive (its files are of types newssearch does not read: .jpg 2, .css 1)")]
    assert skips(read(zipped({"photo.jpg": b"\xff", "CLIPPING": b"\xff\x00"}))) == [  # a file's name of no ending
        ("articles.zip", "no articles in the archive (its files are of types newssearch does not read: .jpg 1, "
                         "(no ending) 1)")]
    assert skips(read(zipped({"folder/": ""}))) == [("articles.zip", "no articles in the archive (it holds no files)")]
    with pytest.raises(UnreadableFile, match=r"^no file in the archive reads \(a\.txt: empty file; and 1 more\)$"):
        read(zipped({"a.txt": "", "b.txt": " "}))


@pytest.mark.parametrize(("name", "mode"), [("a.tar", "w"), ("a.tar.gz", "w:gz"), ("a.tgz", "w:gz"),
                                            ("a.tar.gz", "w:bz2"), ("a.tar.bz2", "w:bz2"), ("a.tbz2", "w:bz2"),
                                            ("a.tar.xz", "w:xz"), ("a.txz", "w:xz")])
def test_tar_archives_read_their_regular_files_only(name: str, mode: str) -> None:
    data = tarred({"./news/story.txt": STORY, "news/flood.txt": FLOOD}, mode, links={"news/link.txt": "/etc/passwd"})
    assert is_supported(name)
    assert ids(read(data, name)) == [f"{name}#news/flood.txt", f"{name}#news/story.txt"]


def test_a_tars_hard_link_is_read_as_the_file_it_names_as_unpacking_gives_two_files() -> None:
    data = tarred({"./news/story.txt": STORY}, hard={"backup/story.txt": "./news/story.txt", "old.txt": "gone.txt"})
    result = read(data, "a.tar.gz")
    assert [(a.id, a.title) for a in result.articles] == [("a.tar.gz#backup/story.txt", "Storm hits the harbour"),
                                                         ("a.tar.gz#news/story.txt", "Storm hits the harbour")]
    assert skips(result) == [("a.tar.gz#old.txt", "archived file: a hard link to gone.txt, no file before it in the "
                                                  "archive: not read")]


def test_a_tar_gz_cut_short_keeps_the_files_before_the_cut() -> None:
    files = {f"s{n}.txt": f"Story number {n}\n\n" + random.Random(n).randbytes(3000).hex() + "\n" for n in range(4)}
    data = tarred(files)
    result = read(data[: len(data) * 3 // 5], "a.tgz")
    assert ids(result)[:2] == ["a.tgz#s0.txt", "a.tgz#s1.txt"] and len(ids(result)) < 4
    assert result.skipped[-1].path == "a.tgz" and result.skipped[-1].reason.startswith("cut short: ")


@pytest.mark.parametrize(("cut", "why"), [
    (0, "it ends after s0.txt, without a tar's end-of-archive blocks"),  # a download stopped between two files
    (100, "it ends inside the header of the file after s0.txt"),
    (None, "its listing stops at a damaged header, after s0.txt"),
])
def test_a_tar_cut_or_damaged_at_a_files_header_says_so(cut: int | None, why: str) -> None:
    # Python's tarfile ends its listing there without a word: the files after it had gone unreported.
    data = tarred({f"s{n}.txt": f"Story number {n}\n\nThe storm hit the harbour.\n" for n in range(3)}, mode="w")
    second = 1024  # s0.txt's header and its one block of text
    damaged = data[:second] + b"\xff" * 512 + data[second + 512:]
    result = read(damaged if cut is None else data[:second + cut], "a.tar")
    assert ids(result) == ["a.tar#s0.txt"]
    assert skips(result) == [("a.tar", f"cut short: {why}; the 1 file before the cut was read")]
    assert skips(read(data[:len(data) - 700], "a.tar")) == []  # cut inside its end-of-archive blocks: nothing lost


@pytest.mark.parametrize(("name", "kind"), [("a.7z", "7-Zip"), ("b.rar", "RAR")])
def test_7z_and_rar_are_said_to_need_unpacking(name: str, kind: str) -> None:
    with pytest.raises(UnreadableFile, match=f"^{kind} archive: not read \\(newssearch reads .zip and .tar archives\\); "
                                             "unpack it to index its files$"):
        read(b"Rar!\x1a\x07\x00 data", name)


def test_a_changed_zip_updates_only_the_articles_that_changed(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    archive = corpus / "articles.zip"
    archive.write_bytes(zipped({"story.txt": STORY, "flood.txt": FLOOD}))
    assert build_index(corpus, index).added == 2
    assert (build_index(corpus, index).unchanged, build_index(corpus, index).added) == (2, 0)  # not read again
    archive.write_bytes(zipped({"story.txt": STORY.replace("dawn", "dusk"), "flood.txt": FLOOD, "new.txt": STORY}))
    report = build_index(corpus, index)
    assert (report.added, report.updated, report.unchanged, report.deleted) == (1, 1, 1, 0)


def test_a_file_broken_since_keeps_its_article_and_a_zip_cut_short_keeps_them_all(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    archive = corpus / "articles.zip"
    archive.write_bytes(zipped({"story.txt": STORY, "flood.txt": FLOOD}))
    build_index(corpus, index)
    archive.write_bytes(_flag(zipped({"story.txt": STORY, "flood.txt": FLOOD}), b"flood.txt", 1))
    report = build_index(corpus, index)
    assert (report.unchanged, report.deleted, report.documents) == (2, 0, 2)
    assert [(skip.path, skip.kept) for skip in report.skipped] == [("articles.zip#flood.txt", True)]
    data = zipped({"story.txt": STORY, "flood.txt": FLOOD})
    archive.write_bytes(data[: len(data) // 2])
    report = build_index(corpus, index)
    assert (report.deleted, report.documents, report.skipped[0].path, report.skipped[0].kept) == \
        (0, 2, "articles.zip", True)


def test_the_cli_indexes_a_folder_holding_a_zip_and_shows_a_file_of_it(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", str(tmp_path / "index")
    corpus.mkdir()
    (corpus / "plain.txt").write_text("Council meeting\n\nThe council met on Tuesday.\n", encoding="utf-8")
    (corpus / "articles.zip").write_bytes(zipped({"inner/story.txt": STORY, "bad.txt": ""}))
    runner = CliRunner()
    indexed = runner.invoke(cli, ["index", str(corpus), "--index-dir", index])
    assert indexed.exit_code == 0
    assert indexed.stdout.splitlines()[1:] == [
        "  2 added, 0 updated, 0 deleted, 0 unchanged; 2 articles from 2 files in the index", "  1 skipped",
        "    articles.zip#bad.txt: archived file skipped: empty file; the archive's other files were indexed"]
    found = runner.invoke(cli, ["query", "harbour", "--index-dir", index, "--jsonl"])
    assert found.exit_code == 0
    assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == ["articles.zip#inner/story.txt"]
    shown = runner.invoke(cli, ["show", "articles.zip#inner/story.txt", "--index-dir", index])
    assert shown.exit_code == 0
    assert shown.stdout == ("Storm hits the harbour\nid: articles.zip#inner/story.txt\ndate: unknown\n\n"
                            "The storm hit the harbour at dawn, residents said.\n")
    by_inner_path = runner.invoke(cli, ["show", "inner/story.txt", "--index-dir", index])
    assert by_inner_path.exit_code == 0 and by_inner_path.stdout == shown.stdout


def test_names_written_as_one_id_get_one_each_as_in_a_folder() -> None:
    hashed, percent = "Literal hash headline\n\nA story.\n", "Literal percent headline\n\nA story.\n"
    for files in ({"#.txt": hashed, "%23.txt": percent}, {"%23.txt": percent, "#.txt": hashed}):  # either order
        result = read(zipped(files))
        assert [(article.id, article.title) for article in result.articles] == [
            ("articles.zip#%23.txt", "Literal hash headline"), ("articles.zip#%2523.txt", "Literal percent headline")]
    assert ids(read(tarred({"#.txt": hashed, "%23.txt": percent}), "a.tgz")) == ["a.tgz#%23.txt", "a.tgz#%2523.txt"]
    clash = read(zipped({"#.txt": hashed, "%23.txt": percent, "%2523.txt": STORY}))
    assert ids(clash) == ["articles.zip#%23.txt", "articles.zip#%2523.txt"]
    assert skips(clash) == [("articles.zip#%23.txt", "archived file: not read: other files have the ids its name "
                                                     "may be written as, %23.txt and %2523.txt")]


def test_one_path_named_two_ways_is_read_as_unpacking_leaves_it() -> None:
    result = read(tarred({"./news/story.txt": FLOOD, "news/story.txt": STORY}), "a.tgz")
    assert [(article.id, article.title) for article in result.articles] == [
        ("a.tgz#news/story.txt", "Storm hits the harbour")]  # the later copy


def _lying(data: bytes, stated: int) -> bytes:
    """``data`` (a zip) with the size its table of contents states for its first file set to ``stated``."""
    at = data.index(b"PK\x01\x02") + 24
    return data[:at] + stated.to_bytes(4, "little") + data[at + 4:]


def test_a_zip_file_lying_about_its_size_is_refused_without_unpacking_it_whole() -> None:
    import tracemalloc

    data = _lying(zipped({"story.txt": STORY + " " * (48 << 20), "flood.txt": FLOOD}), 100)  # 48 MB stated as 100
    tracemalloc.start()
    try:
        result = read(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert ids(result) == ["articles.zip#flood.txt"]
    assert skips(result) == [("articles.zip#story.txt", "archived file: broken: does not unpack (Bad CRC-32 for "
                                                        "file 'story.txt')")]
    assert peak < 8 << 20  # it had unpacked all 48 MB, and would 2 GiB


def test_a_zip_file_unpacks_in_chunks_to_its_size() -> None:
    big = STORY + "The harbour again. " * 300_000  # 5.7 MB: more than one chunk
    assert read(zipped({"story.txt": big})).articles[0].body.endswith("The harbour again.")


def test_names_from_a_windows_in_western_europe_read_in_its_code_page() -> None:
    names = {"Klipp/SXndag i Oslo.txt": b"Klipp/S\x9bndag i Oslo.txt", "SYo Paulo.txt": b"S\xc6o Paulo.txt",
             "ZUrich.txt": b"Z\x81rich.txt", "cafE and naIve.txt": b"caf\x82 and na\x8bve.txt"}  # CP850; 437 too
    data = zipped({name: STORY for name in names})
    for name, raw in names.items():
        data = data.replace(name.encode(), raw)  # as Explorer writes them: no UTF-8 flag, the OEM code page
    assert sorted(ids(read(data))) == ["articles.zip#Klipp/Søndag i Oslo.txt", "articles.zip#São Paulo.txt",
                                       "articles.zip#Zürich.txt", "articles.zip#café and naïve.txt"]


def test_a_tar_gz_cut_inside_a_file_counts_the_files_before_it() -> None:
    files = {f"s{n}.txt": f"Story number {n}\n\n" + random.Random(n).randbytes(3000).hex() + "\n" for n in range(4)}
    data = tarred(files)
    plain = tarred(files, "w")
    cut = len(data) * (plain.index(b"s2.txt", 2048) + 512 + 3000) // len(plain)  # inside s2's text
    result = read(data[:cut], "a.tgz")
    assert ids(result) == ["a.tgz#s0.txt", "a.tgz#s1.txt"]
    assert [path for path, _ in skips(result)] == ["a.tgz#s2.txt", "a.tgz"]
    assert skips(result)[-1][1].endswith("; the 2 files before the cut were read")


@pytest.mark.parametrize("name", ["robots.txt", "site/humans.txt"])
def test_a_sites_robots_txt_is_skipped_with_that_reason(name: str) -> None:
    rules = b"User-agent: *\nDisallow: /admin/\n"
    what = name.rsplit("/", 1)[-1]
    with pytest.raises(UnreadableFile, match=f"^a site's {what}, not an article$"):
        parse_file_bytes(rules, name, name)
    assert skips(read(zipped({name: rules, "story.txt": STORY}))) == [
        (f"articles.zip#{name}", f"archived file: a site's {what}, not an article")]
    assert ids(read(zipped({"robots of tomorrow.txt": STORY}))) == ["articles.zip#robots of tomorrow.txt"]
    story = b"Robots take over\n\nRobots took over the factory floor in Hamilton on Monday, the union said.\n"
    assert ids(read(zipped({name: story}))) == [f"articles.zip#{name}"]  # a story saved under the name stays one


def test_a_large_7z_or_rar_is_told_to_be_unpacked_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.corpusreads as corpusreads

    monkeypatch.setattr(corpusreads, "BIG_FILE", 1000)
    big = tmp_path / "big.rar"
    big.write_bytes(b"Rar!\x1a\x07\x00" + bytes(20_000))
    assert corpusreads.read_corpus_file(("big.rar", str(big))).error == (
        "RAR archive: not read (newssearch reads .zip and .tar archives); unpack it to index its files")


def test_a_file_name_typed_to_show_means_a_folders_file_before_an_archives(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", str(tmp_path / "index")
    (corpus / "news").mkdir(parents=True)
    (corpus / "news" / "spy.txt").write_text("Spy ring exposed\n\nA spy ring was exposed.\n", encoding="utf-8")
    (corpus / "clips.zip").write_bytes(zipped({"spy.txt": "Spyware spreads\n\nSpyware spread fast.\n"}))
    (corpus / "more.zip").write_bytes(zipped({"old/flood.txt": FLOOD, "new/flood.txt": FLOOD + "\nMore rain.\n"}))
    runner = CliRunner()
    assert runner.invoke(cli, ["index", str(corpus), "--index-dir", index]).exit_code == 0
    shown = runner.invoke(cli, ["show", "spy.txt", "--index-dir", index])
    assert shown.exit_code == 0 and "id: news/spy.txt\n" in shown.stdout
    both = runner.invoke(cli, ["show", "flood.txt", "--index-dir", index])
    assert both.exit_code == 2
    assert "2 ids end so: more.zip#new/flood.txt, more.zip#old/flood.txt" in both.stderr


def test_verbose_lists_the_files_of_unsupported_types_inside_an_archive_on_every_run(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", str(tmp_path / "index")
    corpus.mkdir()
    (corpus / "logo.png").write_bytes(b"\x89PNG")
    (corpus / "clips.zip").write_bytes(zipped({"storm.txt": STORY, "charts/rain.png": b"\x89PNG",
                                               "figures.xlsx": b"PK", ".hidden.png": b"\x89PNG"}))
    runner = CliRunner()
    quiet = runner.invoke(cli, ["index", str(corpus), "--index-dir", index])
    assert quiet.stdout.splitlines()[1:] == [
        "  1 added, 0 updated, 0 deleted, 0 unchanged; 1 article from 1 file in the index",
        "  1 file of unsupported types ignored (.png 1)"]
    for _ in range(2):  # the archive read, then not read again as it is unchanged
        loud = runner.invoke(cli, ["index", str(corpus), "--index-dir", index, "--verbose"])
        assert loud.stdout.splitlines()[2:] == [
            "  1 file of unsupported types ignored (.png 1)", "    logo.png",
            "  2 files inside archives of unsupported types ignored (.png 1, .xlsx 1)",
            "    clips.zip#figures.xlsx", "    clips.zip#charts/rain.png"]  # as a folder's walk reads them
