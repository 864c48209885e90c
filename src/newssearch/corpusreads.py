"""Reading a corpus's files into fingerprinted results (in worker processes when that pays): each file's content
hash and its articles, or why it could not be read; and whether a file not read again can still be opened."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING, BinaryIO

from . import config
from .documents import BINARY_SUFFIXES, ReadResult, parse_file_bytes
from .documents.encoding import looks_binary
from .errors import UnreadableFile, read_problem

if TYPE_CHECKING:
    from .documents.jsonstream import LinesScan
    from .documents.tablestream import TableScan

    Scan = LinesScan | TableScan

# The endings read by ``read_jsonl`` and ``read_csv``, uncompressed: a file of them too large to read whole is read a
# line (a row) at a time.
_LINE_ENDINGS = (".jsonl", ".ndjson")
_TABLE_ENDINGS = (".csv", ".tsv")


@dataclass
class FileRead:
    """One file read: its content hash and its articles, or why it could not be read."""

    rel: str
    sha1: str | None
    result: ReadResult | None
    error: str | None
    scan: Scan | None = None  # a JSON Lines file or a table too large to read whole: its articles read as written


def open_problem(path: Path) -> str | None:
    """Why the file at ``path`` cannot be opened for reading now (``cannot read file: Permission denied``), or None.

    For a file unchanged since it was indexed, which is not read again (and not readable by all, which needs no
    asking): a permission check, and an open for the reason only when it fails (the check goes by the real
    user, the open by the effective one).
    """
    if os.access(path, os.R_OK):
        return None
    try:
        os.close(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)))  # a pipe opens without waiting
    except OSError as exc:
        return read_problem(exc)
    return None


def file_sha1(path: Path) -> str:
    """The hash of the regular file at ``path``'s bytes, read a block at a time (the hash ``read_corpus_file`` takes
    of a file, without holding or parsing it); OSError when it cannot be read, UnreadableFile when it is a pipe or a
    device now."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a pipe opens without waiting for a writer
    with os.fdopen(fd, "rb") as handle:
        if not S_ISREG(os.fstat(fd).st_mode):
            raise UnreadableFile("not a regular file (a pipe or a device)")
        hasher = hashlib.sha1()
        while block := handle.read(1 << 20):
            hasher.update(block)
    return hasher.hexdigest()


def read_corpus_file(item: tuple[str, str], indexed_sha1: str | None = None) -> FileRead:
    """Read and parse one file (runs in worker processes, so it takes and returns plain data).

    A file whose bytes hash to ``indexed_sha1``, what the index holds of it, is not parsed again: touched, copied
    or checked out anew, it is the same content (its FileRead has the hash and no result).
    """
    rel, path_text = item
    path = Path(path_text)
    scan = _scanned(path, rel)
    if scan is not None and (scan.streams or scan.sha1 == indexed_sha1):
        return FileRead(rel, scan.sha1, None, None, scan if scan.sha1 != indexed_sha1 else None)
    try:
        data = read_regular_file(path)
    except OSError as exc:
        return FileRead(rel, None, None, read_problem(exc))
    except UnreadableFile as exc:
        return FileRead(rel, None, None, str(exc))
    sha1 = hashlib.sha1(data).hexdigest()
    if sha1 == indexed_sha1:
        return FileRead(rel, sha1, None, None)
    # here: the export readers (and the HTML and metadata readers they load) only once a file is read
    from .exportfolders import joined_in_folder, substack_part

    try:
        if substack_part(path, rel):  # a Substack export's subscriber file: its posts.csv counts it
            return FileRead(rel, sha1, ReadResult(), None)
        return FileRead(rel, sha1, joined_in_folder(parse_file_bytes(data, path, rel), data, path, rel), None)
    except UnreadableFile as exc:
        return FileRead(rel, sha1, None, str(exc))
    except RecursionError:
        return FileRead(rel, sha1, None, "document too deeply nested to parse")
    except MemoryError:
        return FileRead(rel, None, None, f"too large to read in memory ({len(data) >> 20:,} MB)")
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a run; the reason is kept
        return FileRead(rel, sha1, None, f"reader failed: {type(exc).__name__}: {exc}")


def _scanned(path: Path, rel: str) -> Scan | None:
    """What a first pass over a JSON Lines file (``jsonstream``) or a CSV or TSV table (``tablestream``) of at least
    ``STREAM_MIN_BYTES`` found, or over one compressed whole of at least an eighth of that (``packedstream``); None
    for any other file, or one that cannot be opened or unpacked (read whole, it says why)."""
    name = path.name.lower()
    ending = next((ending for ending in COMPRESSED if name.endswith(ending)), None)
    name = name.removesuffix(ending or "")
    if not name.endswith((*_LINE_ENDINGS, *_TABLE_ENDINGS)):
        return None
    from .exportfolders import export_folder  # here: not loaded for the other files, nor by an index left unchanged

    if export_folder(rel) is not None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            stat = os.fstat(fd)
            least = config.STREAM_MIN_BYTES // PACKED_SHARE if ending else config.STREAM_MIN_BYTES
            if not S_ISREG(stat.st_mode) or stat.st_size < least:
                return None
            scan = _scanner(name, rel)
            if ending is None:
                return scan(handle, stat.st_size)
            from .documents.packedstream import scan_packed

            return scan_packed(handle, ending, scan)
    except OSError:
        return None


# A compressed file's bytes (gzip, bzip2 or xz) against those it unpacks to: news text packs to a fifth to a tenth.
# Its unpacked size is known only once it is unpacked (gzip's trailer keeps it modulo 4 GiB, bzip2's and xz's not at
# all), so a file compressed whole is read a line at a time from an eighth of ``STREAM_MIN_BYTES``: one of 8 MB packs
# some 40 to 80 MB of text, and one packing less costs a second pass over little.
PACKED_SHARE = 8
COMPRESSED = (".gz", ".bz2", ".xz")  # the endings of a file compressed whole (``documents.compressed.COMPRESSIONS``)


def _scanner(name: str, rel: str) -> Callable[[BinaryIO, int], Scan]:
    """The first pass for the file ``name`` (its compression's ending left off): a table's or JSON Lines'."""
    if name.endswith(_TABLE_ENDINGS):
        from .documents.tablestream import scan_table

        return lambda handle, size: scan_table(handle, size, rel)
    from .documents.jsonstream import scan_lines

    return scan_lines


BIG_FILE = 64 << 20  # a file this large is sniffed before it is read whole: 2 GB of zeros is no article
# Binary by design (compressed, or of a reader of binary files: see BINARY_SUFFIXES): not sniffed.
PACKED = (*COMPRESSED, *sorted(BINARY_SUFFIXES))


def read_regular_file(path: Path) -> bytes:
    """The bytes of the regular file at ``path``, read whole; UnreadableFile for a pipe or a device that took
    its place since the folder was listed (a pipe had hung the run, /dev/zero filled the memory), a large
    file no reader reads (a .rar: told to unpack it) or binary one (sniffed first), or one too large for memory."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a pipe opens without waiting for a writer
    with os.fdopen(fd, "rb") as handle:
        stat = os.fstat(fd)
        size = stat.st_size
        if not S_ISREG(stat.st_mode):
            raise UnreadableFile("not a regular file (a pipe or a device)")
        if size > BIG_FILE and (why := _unpack_first(path.name)):
            raise UnreadableFile(why)
        if size > BIG_FILE and not path.name.lower().endswith(PACKED) and looks_binary(handle.read(8192)):
            raise UnreadableFile("binary file (not text)")
        handle.seek(0)
        try:
            return handle.read()
        except MemoryError:
            raise UnreadableFile(f"too large to read in memory ({size >> 20:,} MB)") from None


def _unpack_first(name: str) -> str | None:
    """``archivefiles.unpack_first``, imported only for a file this large: the archive readers (zip, tar, JSON
    records) cost an update of a few text files 20 ms to import."""
    from .documents.archivefiles import unpack_first

    return unpack_first(name)


def iter_reads(items: list[tuple[str, str]], workers: int,
               indexed: list[str | None] | None = None) -> Iterator[FileRead]:
    """Read files in order, in ``workers`` processes when that pays; ``indexed``: the hash the index holds of
    each (see ``read_corpus_file``)."""
    hashes = indexed if indexed is not None else [None] * len(items)
    if workers <= 1:
        yield from map(read_corpus_file, items, hashes)
        return
    from .workers import process_pool

    load_readers(items, hashes)
    with process_pool(workers) as pool:
        yield from pool.map(read_corpus_file, items, hashes, chunksize=16)


_WARM_BYTES = 512 * 1024  # the largest file read to load its readers: a page or an export, not an archive of years
_WARM_ENDINGS = 8  # files of this many endings at most: a corpus of many kinds loads the rest as the workers meet them


def load_readers(items: list[tuple[str, str]], indexed: Sequence[str | None]) -> None:
    """Load here the readers that the files of ``items`` need, before worker processes fork to read them: each
    worker shares them, where each had imported them for its first file (about 70 modules and 250 patterns for
    plain text, 0.3 s of CPU a worker: seconds of a progress line at 0 on a busy machine). The first small file of
    each ending is read and its result dropped, as a reader is chosen by content too (a page saved as text); one
    whose bytes are the ``indexed`` hash is not parsed, as it will not be."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":  # a worker started afresh imports its own
        return
    loaded: set[str] = set()
    for (rel, path), sha1 in zip(items, indexed):
        ending = os.path.splitext(rel)[1].lower()
        if ending not in loaded and len(loaded) < _WARM_ENDINGS and _size(path) <= _WARM_BYTES:
            loaded.add(ending)
            read_corpus_file((rel, path), sha1)


def _size(path: str) -> float:
    """The size of the file at ``path`` in bytes; infinite when it cannot be told."""
    try:
        return os.stat(path).st_size
    except OSError:
        return float("inf")
