"""Files compressed whole by gzip, bzip2 or xz (``wire.jsonl.bz2``, a dump as data sites publish it) are read as
the file they unpack to; a broken or cut one, or a bomb, is skipped with its reason."""

from __future__ import annotations

import bz2
import gzip
import lzma
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import newssearch.documents.compressed as compressed
from newssearch import build_index
from newssearch.corpusreads import read_corpus_file
from newssearch.documents import is_supported, read_file

COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
KINDS = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}
JSONL = (b'{"id": "a1", "title": "Harbour bridge reopens", "text": "The bridge reopened on Monday."}\n'
         b'{"id": "a2", "title": "Ferry fares rise", "text": "Fares rise by ten cents."}\n')
PAGE = (b"<html><head><title>Storm closes port</title></head><body><article><h1>Storm closes port</h1>"
        b"<p>A storm closed the port of Lyttelton on Tuesday, and ships waited offshore for the wind to drop.</p>"
        b"</article></body></html>")


@pytest.mark.parametrize("ending", [".gz", ".bz2", ".xz"])
def test_a_compressed_export_gives_its_records(tmp_path: Path, ending: str) -> None:
    path = tmp_path / f"wire.jsonl{ending}"
    path.write_bytes(COMPRESSORS[ending](JSONL))
    assert [(a.id, a.title) for a in read_file(path, path.name).articles] == [
        (f"wire.jsonl{ending}#a1", "Harbour bridge reopens"), (f"wire.jsonl{ending}#a2", "Ferry fares rise")]


@pytest.mark.parametrize("ending", [".bz2", ".xz"])
def test_a_compressed_page_and_table_read_as_unpacked(tmp_path: Path, ending: str) -> None:
    page = tmp_path / f"story.html{ending}"
    page.write_bytes(COMPRESSORS[ending](PAGE))
    (article,) = read_file(page, page.name).articles
    assert article.title == "Storm closes port" and article.body.startswith("A storm closed the port")
    table = tmp_path / f"wire.tsv{ending}"  # a .tsv's tab, whatever compresses it
    table.write_bytes(COMPRESSORS[ending](b"headline\tbody\nRates rise\tThe bank raised rates, a little.\n"))
    (row,) = read_file(table, table.name).articles
    assert (row.title, row.body) == ("Rates rise", "The bank raised rates, a little.")


def test_only_a_known_type_compressed_is_read() -> None:
    assert all(is_supported(name) for name in ("a.jsonl.bz2", "a.html.xz", "a.txt.gz", "a.tar.bz2", "a.TXT.XZ"))
    assert not any(is_supported(name) for name in ("a.bz2", "a.xz", "dump.sql.bz2", "photo.jpg.xz"))


@pytest.mark.parametrize("ending", [".bz2", ".xz"])
def test_a_broken_or_cut_file_is_skipped_with_its_reason(tmp_path: Path, ending: str) -> None:
    whole = COMPRESSORS[ending](JSONL * 50)
    for name, data in (("cut", whole[: len(whole) // 2]), ("notpacked", JSONL)):
        path = tmp_path / f"{name}.jsonl{ending}"
        path.write_bytes(data)
        error = read_corpus_file((path.name, str(path))).error or ""
        assert error.startswith(f"broken {KINDS[ending]} file: "), error


@pytest.mark.parametrize("ending", [".gz", ".bz2", ".xz"])
def test_a_bomb_is_skipped_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str) -> None:
    monkeypatch.setattr(compressed, "MAX_UNZIPPED", 10_000)
    bomb = tmp_path / f"bomb.txt{ending}"
    bomb.write_bytes(COMPRESSORS[ending](b"news " * 10_000))
    assert (read_corpus_file((bomb.name, str(bomb))).error or "").startswith(f"{KINDS[ending]} file unpacks to more than ")


def test_a_bomb_of_binary_data_is_refused_once_sniffed_not_unpacked_to_the_bound(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # 4 GiB of zeros in 4 MB of gzip had been unpacked to 2 GiB (2 GB of memory, 30 s) before it was refused; a
    # plain file that large is sniffed first (corpusreads.BIG_FILE), and so is what a text file unpacks to now
    monkeypatch.setattr(compressed, "MAX_UNZIPPED", 50_000)
    monkeypatch.setattr(compressed, "SNIFF_PAST", 10_000, raising=False)
    reasons = {}
    for name, data in (("zeros.txt.gz", b"\0" * 100_000), ("news.txt.gz", b"news " * 20_000),
                       ("zeros.pdf.gz", b"\0" * 100_000)):  # a PDF is binary: never sniffed
        (tmp_path / name).write_bytes(gzip.compress(data))
        reasons[name] = read_corpus_file((name, str(tmp_path / name))).error
    assert reasons == {"zeros.txt.gz": "binary file (not text): gzip file unpacking past 10,000 bytes",
                       "news.txt.gz": "gzip file unpacks to more than 50,000 bytes",
                       "zeros.pdf.gz": "gzip file unpacks to more than 50,000 bytes"}


def test_a_folder_and_an_archive_of_compressed_files_are_indexed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl.xz").write_bytes(lzma.compress(JSONL))
    (corpus / "dump.bz2").write_bytes(bz2.compress(JSONL))  # no inner type: not read, as an unknown type
    with zipfile.ZipFile(corpus / "clips.zip", "w") as archive:
        archive.writestr("story.html.bz2", bz2.compress(PAGE))
    report = build_index(corpus, tmp_path / "index")
    assert (report.added, report.skipped) == (3, [])
    from newssearch import NewsIndex

    with NewsIndex(tmp_path / "index") as index:
        assert [hit.id for hit in index.search("port storm").hits] == ["clips.zip#story.html.bz2"]
        assert index.get("wire.jsonl.xz#a2").title == "Ferry fares rise"


def _gzipped(name: str, data: bytes) -> bytes:
    """``data`` as ``gzip`` writes a file named ``name``: the name in its header."""
    import io

    packed = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=packed, mtime=0) as writing:
        writing.write(data)
    return packed.getvalue()


def test_a_gz_named_for_no_type_is_read_as_the_file_its_header_names(tmp_path: Path) -> None:
    # a browser saves a server's gzip as download.gz; gzip kept the name it packed in the file's header
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "download.gz").write_bytes(_gzipped("story.html", PAGE))
    (corpus / "wire.2024.gz").write_bytes(_gzipped("C:\\exports\\wire.jsonl", JSONL))  # a Windows tool's folders
    (corpus / "photo.gz").write_bytes(_gzipped("photo.jpg", b"\xff\xd8\xff\xe0"))  # a type not read: ignored
    (corpus / "nameless.gz").write_bytes(gzip.compress(PAGE))  # gzip -n: no name, no type
    (corpus / "notes.txt.gz").write_bytes(_gzipped("notes.pdf", b"Ferry fares rise by ten cents, the council said."))
    report = build_index(corpus, tmp_path / "index")
    assert (report.added, report.skipped, report.ignored_types) == (4, [], {".gz": 2})
    from newssearch import NewsIndex

    with NewsIndex(tmp_path / "index") as index:
        assert index.get("download.gz").title == "Storm closes port"
        assert index.get("wire.2024.gz#a2").title == "Ferry fares rise"
        assert index.get("notes.txt.gz").body.startswith("Ferry fares")  # its own name's type first
    single = tmp_path / "corpus" / "download.gz"  # a corpus of the one file
    assert build_index(single, tmp_path / "single").added == 1


def test_a_gz_in_an_archive_is_read_as_the_file_its_header_names_as_in_a_folder() -> None:
    from newssearch.documents import parse_file_bytes

    packed = __import__("io").BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("clips/download.gz", _gzipped("story.html", PAGE))
        archive.writestr("clips/photo.gz", _gzipped("photo.jpg", b"\xff\xd8\xff\xe0"))
        archive.writestr("clips/broken.gz", b"\x1f\x8b\x08not gzip")
        archive.writestr("clips/empty.gz", b"")
    result = parse_file_bytes(packed.getvalue(), "clips.zip", "clips.zip")
    assert [article.id for article in result.articles] == ["clips.zip#clips/download.gz"]
    assert result.articles[0].title == "Storm closes port"
    assert (result.skipped, sorted(result.ignored)) == ([], ["clips.zip#clips/broken.gz", "clips.zip#clips/empty.gz",
                                                             "clips.zip#clips/photo.gz"])


def test_the_corpus_reader_knows_every_compression_the_readers_unpack() -> None:
    """corpusreads names them without importing their reader (a file's first pass, its sniffing): the same endings."""
    from newssearch.corpusreads import COMPRESSED

    assert tuple(compressed.COMPRESSIONS) == COMPRESSED
