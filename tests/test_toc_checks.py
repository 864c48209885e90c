"""A damaged table of contents (the Whoosh index's ``_MAIN_<generation>.toc``) is IndexCorrupt before Whoosh
unpickles it: a flipped byte in a memo index had made CPython's unpickler size its memo to gigabytes and zero-fill
them (a memory blow-up, not an error), and a flipped count had unpickled into an index that silently reads wrong."""

from __future__ import annotations

import json
import pickle
import pickletools
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.errors import IndexCorrupt

HUGE_MEMO = 0x0800_0000  # a memo of 2**28 slots: 2 GB that CPython's unpickler allocates and zero-fills


def live_folder(index: Path) -> Path:
    return next(index.glob("ix-*"))


def toc_of(index: Path) -> Path:
    return max(live_folder(index).glob("_MAIN_*.toc"), key=lambda path: int(path.stem.split("_")[-1]))


def _flip_a_memo_index(toc: Path) -> None:
    """Set the first LONG_BINPUT's index in the TOC's pickled schema to HUGE_MEMO, as flipped bytes do."""
    from whoosh.filedb.structfile import StructFile

    data = bytearray(toc.read_bytes())
    header = StructFile(BytesIO(bytes(data)))
    for read in ["read_varint"] * 3 + ["read_int"] * 2 + ["read_varint"] * 4:  # sizes, -12345, version, release, length
        getattr(header, read)()
    start = header.tell()  # where the schema's pickle starts
    at = next(pos for op, _, pos in pickletools.genops(bytes(data[start:])) if op.name == "LONG_BINPUT")
    data[start + at + 1:start + at + 5] = HUGE_MEMO.to_bytes(4, "little")
    toc.write_bytes(bytes(data))


def _drop_the_toc_record(index: Path) -> None:
    """The manifest as a run before TOC checksums wrote it: no ``toc_crc`` in its head."""
    path = index / "newssearch.json"
    head_line, table = path.read_bytes().split(b"\n", 1)
    head = json.loads(head_line)
    head.pop("toc_crc", None)
    head.pop("head_crc", None)  # nor the head's own CRC, written later
    path.write_bytes(json.dumps(head, separators=(",", ":")).encode() + b"\n" + table)


def _commit_unrecorded(index: Path) -> None:
    """A TOC of the next generation that the manifest does not record, as a crash between Whoosh's commit and
    saving the manifest leaves it."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    storage = FileStorage(str(live_folder(index)))
    toc = TOC.read(storage, "MAIN")
    toc.generation += 1
    toc.write(storage, "MAIN")


@pytest.fixture
def whoosh_never_reads_the_toc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test, not the machine, if Whoosh is let unpickle the damaged TOC (its memo would take gigabytes)."""
    from whoosh.index import TOC

    def read(*args: object, **kwargs: object) -> None:
        pytest.fail("Whoosh was let unpickle the damaged TOC")

    monkeypatch.setattr(TOC, "read", read)


@pytest.mark.parametrize("record", ["recorded", "an older manifest without its record", "newer than the manifest"])
def test_a_toc_whose_memo_index_would_take_gigabytes_is_refused_before_whoosh_unpickles_it(
        built: Path, record: str, request: pytest.FixtureRequest) -> None:
    if record == "an older manifest without its record":
        _drop_the_toc_record(built)
    if record == "newer than the manifest":
        _commit_unrecorded(built)
    _flip_a_memo_index(toc_of(built))
    request.getfixturevalue("whoosh_never_reads_the_toc")
    with pytest.raises(IndexCorrupt, match="damaged: its table of contents cannot be read"):
        open_index(built)
    result = CliRunner().invoke(cli, ["query", "police", "--index-dir", str(built)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "its table of contents cannot be read" in result.stderr and "unexpected" not in result.stderr


def test_a_recorded_toc_that_unpickles_but_was_changed_is_index_corrupt(built: Path) -> None:
    """Any changed byte of a TOC the manifest records: a segment's document count one less unpickles fine, and the
    index had opened to read its last article as deleted."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    storage = FileStorage(str(live_folder(built)))
    toc = TOC.read(storage, "MAIN")
    toc.segments[0]._doccount -= 1
    storage.delete_file(toc_of(built).name)
    toc.write(storage, "MAIN")
    with pytest.raises(IndexCorrupt, match="damaged: its table of contents cannot be read"):
        open_index(built)


def test_an_index_whose_manifest_records_no_toc_opens_and_its_next_update_records_it(built: Path,
                                                                                     corpus: Path) -> None:
    _drop_the_toc_record(built)
    with open_index(built) as idx:
        assert idx.search("police").total > 0
    build_index(corpus, built)  # nothing changed: the manifest is written once more, for its record
    head = json.loads((built / "newssearch.json").read_bytes().split(b"\n", 1)[0])
    assert isinstance(head["toc_crc"], int)
    with open_index(built) as idx:
        assert idx.search("police").total > 0


@pytest.mark.parametrize("data, bounded", [
    (pickle.dumps(["a", "b"], protocol=2), True),
    (b"\x80\x02]r\x00\x00\x00\x08.", False),            # LONG_BINPUT 0x08000000 in a pickle of 9 bytes
    (b"\x80\x02]q\x05.", True),                         # BINPUT 5: a small index (a pickle skips numbers)
    (b"\x80\x04\x95\x00\x00\x00\x40\x00\x00\x00\x00N.", False),  # a FRAME of 256 GB
    (b"\x80\x02X\xff\xff\xff\x00ab.", False),            # a string longer than the pickle
    (b"\x80\x02]", False),                              # cut short: no STOP
], ids=["a list", "a memo index past the pickle", "a small memo index", "a frame past the pickle",
        "a length past the pickle", "cut short"])
def test_a_pickle_is_bounded_when_its_memo_indexes_and_lengths_fit_its_bytes(data: bytes, bounded: bool) -> None:
    from newssearch.tocchecks import pickle_bounded

    assert pickle_bounded(data) is bounded
