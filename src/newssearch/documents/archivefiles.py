"""The files inside a .zip, .tar, .tar.gz or .tgz archive, each read by the reader for its name as a file of a
folder is, one at a time: an archive of a few hundred MB is never unpacked whole.

A file in the archive has the id ``articles.zip#inner/story.html``, a record of one ``articles.zip#inner/wire.jsonl#3``:
the archive's id ends at the first ``#``, as any file's does where a record's key starts, and the file's path in the
archive is written as a file name is in an id (its own ``#`` as ``%23``), so the next ``#`` starts a record's key.
"""

from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib
from collections import Counter
from dataclasses import replace
from pathlib import PurePosixPath

from ..errors import UnreadableFile
from ..savedpages import page_assets
from . import MAX_UNZIPPED, named_inside, parse_bytes, reader_suffix, unpacked_file
from .activitypub import joined_actors
from .archivelistings import Listing, Member, tar_listing, zip_listing
from .archivenames import member_id, member_ids, member_path
from .archivepages import joined_pages
from .article import ARCHIVED_FILE, NO_ENDING, ReadResult, Skip
from .compressed import GZIP_HEAD, PastBound, size_words
from .substackposts import joined_posts

MAX_UNPACKED = MAX_UNZIPPED  # an archive whose files unpack to more than this in all is a zip bomb
PLACE = ARCHIVED_FILE  # a file's place in a skip: "articles.zip#a.pdf: archived file: password-protected …"
# A file of these inside an archive is not read; a .wacz is (a crawl's download, not an archive of files).
ARCHIVE_ENDINGS = (".zip", ".tar", ".tgz", ".tbz2", ".tbz", ".txz", ".7z", ".rar")
UNPACK_ERRORS = (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)
NESTED = "an archive inside the archive: not read; unpack it to index its files"
UNPACK_FIRST = "{kind} archive: not read (newssearch reads .zip and .tar archives); unpack it to index its files"
_UNPACK_FIRST_KINDS = {".7z": "7-Zip", ".rar": "RAR"}
BROKEN = "broken: does not unpack"
NO_WARC = "no articles in the WACZ (it holds no WARC under archive/)"
_RECORDS_BOUND = 64 << 20  # a file of records unpacked again to join them to their pages (Omnivore's: a few KB)


def read_zip(data: bytes, rel: str) -> ReadResult:
    """The articles of the files in a zip archive (see the module)."""
    return read_members(zip_listing(data, MAX_UNPACKED), rel)


def read_wacz(data: bytes, rel: str) -> ReadResult:
    """A WACZ web archive (Browsertrix, ArchiveWeb.page): a zip of which only the WARCs (``archive/*.warc.gz``)
    are read, as the zip's files; its page list, indexes and datapackage.json describe them and are no articles."""
    listing = zip_listing(data, MAX_UNPACKED)
    warcs = [member for member in listing.members
             if member_path(member.name).startswith("archive/") and reader_suffix(member.name) == ".warc"]
    if not warcs and not listing.cut:
        return ReadResult(skipped=[Skip(rel, NO_WARC)])
    return read_members(replace(listing, members=warcs), rel)


def read_tar(data: bytes, rel: str) -> ReadResult:
    """The articles of the files in a tar archive, compressed (gzip, bzip2, xz) or not."""
    return read_members(tar_listing(data), rel)


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
    named = {ids[path]: member for path, member in latest.items() if path in ids}
    found, ignored = _read_each(named, rel)
    found = joined_pages(found, lambda name: _unpacked_or_none(named[name]), rel)  # Omnivore's record and page
    found = joined_posts(found, lambda name: _unpacked_or_none(named[name]), rel)  # Substack's row and page
    found = joined_actors(found, lambda name: _unpacked_or_none(named[name]))  # Mastodon's outbox and account
    result = ReadResult(ignored=[f"{rel}#{name}" for name in sorted(ignored, key=_walk_order)])
    for name in sorted(found, key=_walk_order):
        result.articles += [replace(article, path=rel) for article in found[name].articles]  # the file holding them
        result.skipped += found[name].skipped
        result.ignored += found[name].ignored  # an e-mail's attachments no reader reads, as a loose one's
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
        by_header = reader_suffix(name) is None  # read only if its gzip header names a type (download.gz)
        if by_header and not _may_name_a_type(name, member):
            ignored.append(name)
            continue
        try:
            packed = _unpacked(member, name, budget)
        except UnreadableFile as exc:
            if by_header:
                ignored.append(name)  # no header to read
            else:
                found[name] = _skipped(rel, name, exc)
            continue
        if by_header and named_inside(packed[:GZIP_HEAD]) is None:  # its header names no type newssearch reads
            ignored.append(name)
            continue
        try:
            data, suffix = _unpacked_file(packed, name, budget)
            budget -= len(data)
            found[name] = _read_member(data, suffix, f"{rel}#{name}")
        except UnreadableFile as exc:
            if isinstance(exc, PastBound):
                budget = 0  # spent unpacking it: a zip of ten gzip bombs is not unpacked ten times
            found[name] = _skipped(rel, name, exc)
    return found, ignored


def _unpacked_or_none(member: Member) -> bytes | None:
    """The bytes of a file of records read already, unpacked again (a few kilobytes), or None when it does not
    unpack within what one file of records may hold."""
    try:
        return _unpacked(member, member.name, _RECORDS_BOUND)
    except UnreadableFile:
        return None


def _skipped(rel: str, name: str, exc: UnreadableFile) -> ReadResult:
    """The file ``name`` of the archive ``rel`` skipped, with the reason ``exc`` gives."""
    return ReadResult(skipped=[Skip(f"{rel}#{name}", f"{PLACE}: {exc}")])


def _may_name_a_type(name: str, member: Member) -> bool:
    """Whether the file ``name``, of no type newssearch reads by its name, is gzip whose header may name one
    (``download.gz`` holding ``report.pdf``), as the same file in a folder is read: unpacked from the archive to tell."""
    return name.lower().endswith(".gz") and member.problem is None


def _unpacked_file(data: bytes, name: str, budget: int) -> tuple[bytes, str]:
    """A file of the archive as its reader reads it, and the reader's suffix: a compressed one (``story.html.gz``)
    unpacked within what the archive may still unpack, or UnreadableFile. Each had been unpacked to 2 GiB on its
    own: a zip of ten gzip bombs of 3 MB unpacked 20 GiB."""
    try:
        return unpacked_file(data, name, budget,
                             f" (the archive's files may unpack to {size_words(MAX_UNPACKED)} in all: a zip bomb?)")
    except MemoryError:
        raise UnreadableFile(f"too large to unpack in memory ({len(data) >> 20:,} MB packed)") from None


def _read_member(data: bytes, suffix: str, rel: str) -> ReadResult:
    """The articles of one file of the archive, unpacked (``_unpacked_file``), or UnreadableFile saying why not, as
    for a file of a folder."""
    try:
        return parse_bytes(data, rel, suffix)
    except RecursionError:
        raise UnreadableFile("document too deeply nested to parse") from None
    except MemoryError:
        raise UnreadableFile(f"too large to read in memory ({len(data) >> 20:,} MB)") from None
    except UnreadableFile:
        raise
    except Exception as exc:  # any: one bad file must never stop the others; the reason is kept
        raise UnreadableFile(f"reader failed: {type(exc).__name__}: {exc}") from exc


def _unpacked(member: Member, name: str, budget: int) -> bytes:
    """The bytes of ``member``, or UnreadableFile: not unpacked (encrypted, an archive itself), broken, or over
    what the archive may still unpack (the size it states may lie: a chunk at a time, at most one byte more than
    the size it states or ``budget`` are unpacked)."""
    if member.problem:
        raise UnreadableFile(member.problem)
    if reader_suffix(name) in ARCHIVE_ENDINGS:  # .zip, .tar.gz, .zip.gz
        raise UnreadableFile(NESTED)
    bomb = f"the archive's files unpack to more than {size_words(MAX_UNPACKED)} (a zip bomb?): not read"
    if member.size > budget:
        raise UnreadableFile(bomb)
    try:
        data = member.unpack(min(budget, member.size + 1))  # a file holding more than it states is stopped there
    except NotImplementedError as exc:  # Deflate64, an AES-encrypted entry
        raise UnreadableFile(f"packed by a method newssearch cannot unpack ({exc}): not read; unpack the archive "
                             "to index it") from exc
    except UNPACK_ERRORS as exc:
        raise UnreadableFile(f"{BROKEN} ({str(exc) or type(exc).__name__})") from exc
    if len(data) > budget:
        raise UnreadableFile(bomb)
    if len(data) > member.size:
        raise UnreadableFile(f"{BROKEN} (it holds more than the {member.size:,} bytes the archive states: a zip "
                             "bomb?)")
    return data




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
    types = ", ".join(f"{ending or NO_ENDING} {count}" for ending, count in ignored.most_common(5))
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
    parts = name.split("/")
    if any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return True
    return any(page_assets(part, folders.get("/".join(parts[:n]), set())) for n, part in enumerate(parts[:-1]))
