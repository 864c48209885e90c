"""The files inside a .zip, .tar, .tar.gz or .tgz archive, each read by the reader for its name as a file of a
folder is, one at a time: an archive of a few hundred MB is never unpacked whole.

A file in the archive has the id ``articles.zip#inner/story.html``, a record of one ``articles.zip#inner/wire.jsonl#3``:
the archive's id ends at the first ``#``, as any file's does where a record's key starts, and the file's path in the
archive is written as a file name is in an id (its own ``#`` as ``%23``), so the next ``#`` starts a record's key.
"""

from __future__ import annotations

import io
import lzma
import tarfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import IO

from ..errors import UnreadableFile
from . import MAX_UNZIPPED, parse_file_bytes, reader_suffix
from .archivenames import member_id, member_ids, member_path, zip_name
from .article import ARCHIVED_FILE, ReadResult, Skip

MAX_UNPACKED = MAX_UNZIPPED  # an archive whose files unpack to more than this in all is a zip bomb
PLACE = ARCHIVED_FILE  # a file's place in a skip: "articles.zip#a.pdf: archived file: password-protected …"
# A file of these inside an archive is not read; a .wacz is (a crawl's download, not an archive of files).
ARCHIVE_ENDINGS = (".zip", ".tar", ".tgz", ".tbz2", ".tbz", ".txz", ".7z", ".rar")
UNPACK_ERRORS = (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)
ENCRYPTED = "password-protected (encrypted) file: not read; unpack the archive with its password to index it"
NESTED = "an archive inside the archive: not read; unpack it to index its files"
_S_IFLNK = 0o120000
UNPACK_FIRST = "{kind} archive: not read (newssearch reads .zip and .tar archives); unpack it to index its files"
_UNPACK_FIRST_KINDS = {".7z": "7-Zip", ".rar": "RAR"}
CHUNK = 1 << 20  # a file is unpacked this many bytes at a time, so one that unpacks past its bound is stopped there
BROKEN = "broken: does not unpack"
NO_WARC = "no articles in the WACZ (it holds no WARC under archive/)"
CUT_ZIP = "broken zip archive: its table of contents at the end is missing or damaged (cut short, as by a download " \
          "stopped?)"


@dataclass(frozen=True)
class Member:
    """A regular file in an archive: its path as unpacking writes it, its size as the archive states it, and how to
    unpack it (at most a given number of bytes more than stated); ``problem``: why it is not unpacked at all."""

    name: str
    size: int
    unpack: Callable[[int], bytes]
    problem: str | None = None


@dataclass
class Listing:
    """An archive's files in its order; ``cut``: why the listing stopped early (the archive is cut short)."""

    members: list[Member]
    cut: str | None = None


def read_zip(data: bytes, rel: str) -> ReadResult:
    """The articles of the files in a zip archive (see the module)."""
    return read_members(_zip_listing(data), rel)


def read_wacz(data: bytes, rel: str) -> ReadResult:
    """A WACZ web archive (Browsertrix, ArchiveWeb.page): a zip of which only the WARCs (``archive/*.warc.gz``)
    are read, as the zip's files; its page list, indexes and datapackage.json describe them and are no articles."""
    listing = _zip_listing(data)
    warcs = [member for member in listing.members
             if member_path(member.name).startswith("archive/") and reader_suffix(member.name) == ".warc"]
    if not warcs and not listing.cut:
        return ReadResult(skipped=[Skip(rel, NO_WARC)])
    return read_members(replace(listing, members=warcs), rel)


def read_tar(data: bytes, rel: str) -> ReadResult:
    """The articles of the files in a tar archive, compressed (gzip, bzip2, xz) or not."""
    return read_members(_tar_listing(data), rel)


def read_unpack_first(data: bytes, rel: str) -> ReadResult:
    """A 7-Zip or RAR archive: not read (no reader in Python's library), said with what to do."""
    raise UnreadableFile(unpack_first(rel) or UNPACK_FIRST.format(kind="7-Zip or RAR"))


def unpack_first(name: str) -> str | None:
    """Why a file of this name is not read whatever it holds (a 7-Zip or RAR archive: unpack it), or None; a large
    one is told so before it is read."""
    kind = _UNPACK_FIRST_KINDS.get(PurePosixPath(name).suffix.lower())
    return UNPACK_FIRST.format(kind=kind) if kind else None


def read_members(listing: Listing, rel: str) -> ReadResult:
    """Read each file of ``listing`` a folder's walk would read; one that does not read is a skip under its own id
    (``rel#its/path``), the others are read. A path held twice is read as unpacking leaves it: the later copy;
    two paths written as one id get one each (see ``member_ids``). Files are unpacked in the archive's order (a
    .tar.gz read out of order unpacks again from its start) and given in the order a folder's walk reads them
    unpacked."""
    latest = {member_path(member.name): member for member in listing.members}
    ids, unnamed = member_ids(latest)
    found, ignored = _read_each({ids[path]: member for path, member in latest.items() if path in ids}, rel)
    result = ReadResult(ignored=[f"{rel}#{name}" for name in sorted(ignored, key=_walk_order)])
    for name in sorted(found, key=_walk_order):
        result.articles += [replace(article, path=rel) for article in found[name].articles]  # the file holding them
        result.skipped += found[name].skipped
    result.skipped += [Skip(f"{rel}#{member_id(path)}", f"{PLACE}: {why}") for path, why in unnamed]
    if listing.cut:
        last = ids.get(member_path(listing.members[-1].name)) if listing.members else None
        inside = last in found and any(skip.reason.startswith(f"{PLACE}: {BROKEN}") for skip in found[last].skipped)
        whole = len(found) - inside  # files read (not those passed over); the one the archive ends inside is not
        files = "file before the cut was" if whole == 1 else "files before the cut were"
        result.skipped.append(Skip(rel, f"cut short: {listing.cut}; the {whole:,} {files} read"))
    return _outcome(result, rel, Counter(PurePosixPath(name).suffix.lower() for name in ignored))


def _read_each(named: dict[str, Member], rel: str) -> tuple[dict[str, ReadResult], list[str]]:
    """What each file of ``named`` (by id, in the archive's order) gives that a folder's walk would read, and the
    names of those of types newssearch does not read."""
    folders = _folders(named)
    found: dict[str, ReadResult] = {}
    ignored, budget = list[str](), MAX_UNPACKED
    for name, member in named.items():
        if _passed_over(name, folders):
            continue
        if reader_suffix(name) is None:
            ignored.append(name)
            continue
        try:
            data = _unpacked(member, name, budget)
            budget -= len(data)
            found[name] = _read_member(data, name, f"{rel}#{name}")
        except UnreadableFile as exc:
            found[name] = ReadResult(skipped=[Skip(f"{rel}#{name}", f"{PLACE}: {exc}")])
    return found, ignored


def _read_member(data: bytes, name: str, rel: str) -> ReadResult:
    """The articles of one file of the archive, or UnreadableFile saying why not, as for a file of a folder."""
    try:
        return parse_file_bytes(data, name, rel)
    except RecursionError:
        raise UnreadableFile("document too deeply nested to parse") from None
    except MemoryError:
        raise UnreadableFile(f"too large to read in memory ({len(data) >> 20:,} MB)") from None
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the others; the reason is kept
        raise UnreadableFile(f"reader failed: {type(exc).__name__}: {exc}") from exc


def _unpacked(member: Member, name: str, budget: int) -> bytes:
    """The bytes of ``member``, or UnreadableFile: not unpacked (encrypted, an archive itself), broken, or over
    what the archive may still unpack (the size it states may lie: a chunk at a time, at most one byte more than
    the size it states or ``budget`` are unpacked)."""
    if member.problem:
        raise UnreadableFile(member.problem)
    if reader_suffix(name) in ARCHIVE_ENDINGS:  # .zip, .tar.gz, .zip.gz
        raise UnreadableFile(NESTED)
    bomb = f"the archive's files unpack to more than {MAX_UNPACKED / 2**30:g} GiB (a zip bomb?): not read"
    if member.size > budget:
        raise UnreadableFile(bomb)
    try:
        data = member.unpack(min(budget, member.size + 1))  # a file holding more than it states is stopped there
    except NotImplementedError as exc:  # Deflate64, an AES-encrypted entry
        raise UnreadableFile(f"packed by a method newssearch cannot unpack ({exc}): not read; unpack the archive "
                             "to index it") from exc
    except UNPACK_ERRORS as exc:
        raise UnreadableFile(f"{BROKEN} ({exc or type(exc).__name__})") from exc
    if len(data) > budget:
        raise UnreadableFile(bomb)
    if len(data) > member.size:
        raise UnreadableFile(f"{BROKEN} (it holds more than the {member.size:,} bytes the archive states: a zip "
                             "bomb?)")
    return data


def _read_bounded(handle: IO[bytes], limit: int) -> bytes:
    """What ``handle`` holds, read a chunk at a time and stopped past ``limit`` bytes (at most ``limit`` + 1 kept):
    one read of the whole bound unpacks all of it first, 2 GiB of a bomb that states 100 bytes."""
    data = bytearray()
    while len(data) <= limit:
        chunk = handle.read(min(CHUNK, limit + 1 - len(data)))
        if not chunk:
            break
        data += chunk
    return bytes(data)


def _outcome(result: ReadResult, rel: str, ignored: Counter[str]) -> ReadResult:
    """``result``; UnreadableFile when no file read (the index keeps what it held of the archive), a skip saying
    so when it holds none of a type newssearch reads (its articles indexed before are deleted, as an emptied
    export's are)."""
    if result.articles:
        return result
    if result.skipped:
        first, more = result.skipped[0], len(result.skipped) - 1
        said = f"{first.path.partition('#')[2] or 'the archive'}: {first.reason.removeprefix(PLACE + ': ')}"
        raise UnreadableFile(f"no file in the archive reads ({said}{f'; and {more:,} more' if more else ''})")
    types = ", ".join(f"{ending or 'no ending'} {count}" for ending, count in ignored.most_common(5))
    held = f"its files are of types newssearch does not read: {types}" if ignored else "it holds no files"
    return ReadResult(skipped=[Skip(rel, f"no articles in the archive ({held})")], ignored=result.ignored)


def _walk_order(name: str) -> list[tuple[bool, str]]:
    """A sort key putting files in the order a folder's walk reads them unpacked: by name, a folder's own files
    before its subfolders' (articles that tie in a search then rank as they would unpacked)."""
    *folders, base = name.split("/")
    return [(True, folder) for folder in folders] + [(False, base)]


def _folders(names: dict[str, Member]) -> dict[str, set[str]]:
    """The names of the files in each folder of the archive (``""``: its top)."""
    folders: dict[str, set[str]] = {}
    for name in names:
        folder, _, base = name.rpartition("/")
        folders.setdefault(folder, set()).add(base)
    return folders


def _passed_over(name: str, folders: dict[str, set[str]]) -> bool:
    """Whether a folder's walk would pass over the file at ``name``: hidden, in a hidden folder (macOS's
    ``__MACOSX/`` of resource forks, ``._story.html``, too), or in the ``Story_files/`` a browser saves beside
    ``Story.html``."""
    from ..corpus import page_assets

    parts = name.split("/")
    if any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return True
    return any(page_assets(part, folders.get("/".join(parts[:n]), set())) for n, part in enumerate(parts[:-1]))


def _zip_listing(data: bytes) -> Listing:
    """The regular files of a zip archive (not its folders or links), or UnreadableFile when it does not open."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        problem = _zip_problem(data, exc)
        salvaged = _salvaged(data) if problem.startswith(CUT_ZIP) else None
        if salvaged is None:
            raise UnreadableFile(problem) from exc
        return salvaged

    def unpack(info: zipfile.ZipInfo) -> Callable[[int], bytes]:
        def read(limit: int) -> bytes:
            with archive.open(info) as member:
                return _read_bounded(member, limit)
        return read

    return Listing([Member(zip_name(info.filename, info.flag_bits), info.file_size, unpack(info),
                           ENCRYPTED if info.flag_bits & 1 else None)
                    for info in archive.infolist()
                    if not info.filename.endswith("/") and (info.external_attr >> 16) & 0o170000 != _S_IFLNK])


def _salvaged(data: bytes) -> Listing | None:
    """The files of a zip cut short, found by their own headers (see ``zipsalvage``); None when none is found."""
    from .zipsalvage import DEFLATED, STORED, local_files, unpacked

    files, why = local_files(data, MAX_UNPACKED)
    if not files:
        return None

    def problem(flags: int, method: int) -> str | None:
        if flags & 1:
            return ENCRYPTED
        if method not in (STORED, DEFLATED):
            return f"packed by a method newssearch cannot unpack (zip method {method}): not read; unpack the archive " \
                   "to index it"
        return None

    return Listing([Member(zip_name(file.name, file.flags), file.size,
                           lambda limit, file=file: unpacked(data, file, limit), problem(file.flags, file.method))
                    for file in files if not file.name.endswith("/")],
                   cut=f"{why} (its table of contents at the end is missing: its files were found by their own "
                       "headers)")


def _zip_problem(data: bytes, exc: Exception) -> str:
    """Why a zip archive does not open, in words: cut short, not a zip at all, a bomb of overlapping files."""
    if "overlapped" in str(exc).lower():
        return f"zip archive whose files overlap (a zip bomb?): not read ({exc})"
    if data.startswith(b"PK\x03\x04"):
        return f"{CUT_ZIP}: not read ({exc})"
    return f"not a zip archive, though named as one ({exc})"


def _tar_listing(data: bytes) -> Listing:
    """The regular files of a tar archive and its hard links, as the files they name (not its symbolic links or
    devices); one cut short lists those before the cut."""
    source = io.BytesIO(data)
    try:
        archive = tarfile.open(fileobj=source, mode="r:*", encoding="utf-8")
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise UnreadableFile(f"broken tar archive: does not open ({exc})") from exc

    def unpack(info: tarfile.TarInfo) -> Callable[[int], bytes]:
        def read(limit: int) -> bytes:
            handle = archive.extractfile(info)
            return _read_bounded(handle, limit) if handle else b""
        return read

    members, cut, sizes, last = [], None, dict[str, int](), None
    try:
        for info in archive:
            last = info.name
            if info.isfile():
                members.append(Member(info.name, info.size, unpack(info)))
                sizes[member_path(info.name)] = info.size
            elif info.islnk():  # a second name of a file before it: unpacking gives two files, each read
                size = sizes.get(member_path(info.linkname))
                gone = f"a hard link to {info.linkname}, no file before it in the archive: not read"
                members.append(Member(info.name, size or 0, unpack(info), None if size is not None else gone))
    except (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
        cut = str(exc) or type(exc).__name__
    if cut is None and archive.fileobj is source:  # (a compressed tar cut short fails in its decompressor)
        cut = _tar_end(data, archive.offset, last)
    return Listing(members, cut)


def _tar_end(data: bytes, offset: int, last: str | None) -> str | None:
    """Why a tar's listing stopped at ``offset`` when that is not its end-of-archive blocks of zeros (tarfile stops at
    a header cut or damaged without a word; the files after it had gone unreported); None when it is, whole or not."""
    block = data[offset:offset + tarfile.BLOCKSIZE]
    if not block:  # a download stopped between two files
        return f"it ends after {last}, without a tar's end-of-archive blocks"
    if not block.strip(b"\0"):
        return None
    if len(block) < tarfile.BLOCKSIZE:
        return f"it ends inside the header of the file after {last}"
    return f"its listing stops at a damaged header, after {last}"
