"""A compressed JSON Lines export or table too large to read whole: read a line (a row) at a time through its
decompressor, twice, giving what unpacking and reading it whole gives."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import json
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest

from newssearch import build_index, config, open_index
from newssearch.corpusreads import PACKED_SHARE
from newssearch.documents import parse_file_bytes
from newssearch.documents.jsonstream import ChangedWhileRead, scan_lines
from newssearch.documents.packedstream import scan_packed, unpacked
from newssearch.documents.tablestream import scan_table
from newssearch.errors import UnreadableFile

_BODY = "The council met on Tuesday to discuss the harbour bridge and its tolls. " * 3
PACKERS: dict[str, Callable[[bytes], bytes]] = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
JSONL = "".join(json.dumps({"id": f"r{n}", "title": f"Story {n}", "text": f"{_BODY} n{n}", "date": "03/04/2024"}) + "\n"
                for n in range(300)).encode() + b'{"title": "No body"}\n'
CSV = ("title,date,text\n" + "".join(f'Story {n},25/04/2024,"{_BODY}\n\nn{n}."\n' for n in range(300))).encode()


def _both(tmp_path: Path, name: str, data: bytes, scan) -> tuple[object, object]:  # type: ignore[no-untyped-def]
    """What reading the file ``name`` of ``data`` whole gives, and what the two passes through its decompressor give."""
    path = tmp_path / name
    path.write_bytes(data)
    ending = path.suffix
    with open(path, "rb") as handle:
        found = scan_packed(handle, ending, scan)
    assert found is not None and found.streams
    assert (found.sha1, found.packed) == (hashlib.sha1(data).hexdigest(), ending)
    reader = found.reader(name)
    with unpacked(str(path), ending) as handle:
        streamed = list(reader.articles(handle)), reader.skipped
    whole = parse_file_bytes(data, path, name)
    return streamed, (whole.articles, whole.skipped)


@pytest.mark.parametrize("ending", PACKERS)
def test_a_compressed_export_read_a_line_at_a_time_gives_what_unpacking_it_whole_gives(
        tmp_path: Path, ending: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.documents.jsonstream.CHUNK_BYTES", 1000)
    streamed, whole = _both(tmp_path, f"wire.jsonl{ending}", PACKERS[ending](JSONL), scan_lines)
    assert streamed == whole and len(whole[0]) == 300  # type: ignore[index]


def test_a_compressed_exports_wrappers_give_their_records_language_read_a_line_at_a_time(tmp_path: Path) -> None:
    """An export's line wrapping its records under the language it names once: each record in it, either way."""
    data = "".join(json.dumps({"language": "de", "items": [{"title": f"Meldung {n}", "text": "Die Bahn streikt."}]})
                   + "\n" for n in range(300)).encode()
    streamed, whole = _both(tmp_path, "wire.jsonl.gz", gzip.compress(data), scan_lines)
    assert streamed == whole and {article.lang for article in whole[0]} == {"de"}  # type: ignore[index]


def test_a_compressed_table_read_a_row_at_a_time_gives_what_unpacking_it_whole_gives(tmp_path: Path) -> None:
    streamed, whole = _both(tmp_path, "news.csv.gz", gzip.compress(CSV),
                            lambda handle, size: scan_table(handle, size, "news.csv.gz"))
    assert streamed == whole and len(whole[0]) == 300  # type: ignore[index]


@pytest.mark.parametrize("data", [gzip.compress(JSONL)[:-100], b"\x1f\x8b\x08not gzip at all"],
                         ids=["cut short", "broken"])
def test_a_compressed_file_that_does_not_unpack_is_read_whole(data: bytes) -> None:
    assert scan_packed(io.BytesIO(data), ".gz", scan_lines) is None
    with pytest.raises(UnreadableFile, match="broken gzip file"):
        parse_file_bytes(data, "wire.jsonl.gz", "wire.jsonl.gz")


def test_a_file_unpacking_past_the_bound_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.documents.packedstream.MAX_UNZIPPED", len(JSONL) - 1)
    assert scan_packed(io.BytesIO(gzip.compress(JSONL)), ".gz", scan_lines) is None


def test_a_compressed_file_changed_between_the_two_readings_gives_no_article(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress(JSONL))
    with open(path, "rb") as handle:
        found = scan_packed(handle, ".gz", scan_lines)
    assert found is not None
    path.write_bytes(gzip.compress(JSONL.replace(b"Story 7", b"Story 9")))
    with unpacked(str(path), ".gz") as handle, pytest.raises(ChangedWhileRead):
        list(found.reader("wire.jsonl.gz").articles(handle))
    path.write_bytes(gzip.compress(JSONL)[:-100])  # cut short since: its decompressor's error
    with unpacked(str(path), ".gz") as handle, pytest.raises(ChangedWhileRead):
        list(found.reader("wire.jsonl.gz").articles(handle))


def _indexed(index: Path) -> list[dict[str, object]]:
    with open_index(index) as ix:
        return sorted((article.to_dict() for article in ix.articles()), key=lambda a: str(a["id"]))


@pytest.mark.parametrize("workers", [1, 2])
def test_an_index_of_compressed_files_built_a_line_at_a_time_holds_what_one_built_whole_holds(
        tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl.gz").write_bytes(gzip.compress(JSONL))
    (corpus / "news.csv.xz").write_bytes(lzma.compress(CSV))
    whole = build_index(corpus, tmp_path / "whole", workers=workers)
    import newssearch.streamedfiles

    streamed: list[str] = []
    add_streamed = newssearch.streamedfiles.add_streamed
    monkeypatch.setattr(newssearch.streamedfiles, "add_streamed",
                        lambda writer, job, read: streamed.append(job.rel) or add_streamed(writer, job, read))
    sizes = {path.name: path.stat().st_size for path in corpus.iterdir()}
    # a compressed file is read a line at a time from an eighth of STREAM_MIN_BYTES: here the larger one alone
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", PACKED_SHARE * max(sizes.values()))
    lines = build_index(corpus, tmp_path / "lines", workers=workers)
    assert streamed == [max(sizes, key=sizes.__getitem__)] and len(set(sizes.values())) == 2
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)
    streamed.clear()
    both = build_index(corpus, tmp_path / "both", workers=workers)
    assert sorted(streamed) == ["news.csv.xz", "wire.jsonl.gz"]
    assert (lines.documents, both.documents, [s.reason for s in both.skipped]) == (
        whole.documents, whole.documents, [s.reason for s in whole.skipped])
    assert _indexed(tmp_path / "lines") == _indexed(tmp_path / "both") == _indexed(tmp_path / "whole")
