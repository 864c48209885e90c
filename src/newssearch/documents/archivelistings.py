"""An archive's list of files: the regular files of a .zip or a .tar (compressed or not) in the archive's order,
each with its stated size and a way to unpack it within a bound; a zip cut short listed by its files' own headers, a
tar cut short up to the cut, said why."""

from __future__ import annotations

import io
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from ..errors import UnreadableFile
from .archivenames import member_path, zip_name

ENCRYPTED = "password-protected (encrypted) file: not read; unpack the archive with its password to index it"
_S_IFLNK = 0o120000
CHUNK = 1 << 20  # a file is unpacked this many bytes at a time, so one that unpacks past its bound is stopped there
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


def zip_listing(data: bytes, bound: int) -> Listing:
    """The regular files of a zip archive (not its folders or links), or UnreadableFile when it does not open; one
    cut short lists the files found before the cut, within ``bound`` bytes unpacked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        problem = _zip_problem(data, exc)
        salvaged = _salvaged(data, bound) if problem.startswith(CUT_ZIP) else None
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


def _salvaged(data: bytes, bound: int) -> Listing | None:
    """The files of a zip cut short, found by their own headers (see ``zipsalvage``); None when none is found."""
    from functools import partial

    from .zipsalvage import DEFLATED, STORED, local_files, unpacked

    files, why = local_files(data, bound)
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
                           partial(unpacked, data, file), problem(file.flags, file.method))
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


def tar_listing(data: bytes) -> Listing:
    """The regular files of a tar archive and its hard links, as the files they name (not its symbolic links or
    devices); one cut short lists those before the cut."""
    source = io.BytesIO(data)
    try:
        archive = tarfile.open(fileobj=source, mode="r:*", encoding="utf-8")  # noqa: SIM115 - its files unpack later
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


def _read_bounded(handle: IO[bytes], limit: int) -> bytes:
    """What ``handle`` holds, read a chunk at a time and stopped past ``limit`` bytes (at most ``limit`` + 1 kept):
    one read of the whole bound unpacks all of it first, 2 GiB of a bomb that states 100 bytes. Its bytes are the
    buffer they were written to, not a copy of it: a bytearray's had held a 1.5 GiB file twice, 3 GB at once."""
    data = io.BytesIO()
    while data.tell() <= limit:
        chunk = handle.read(min(CHUNK, limit + 1 - data.tell()))
        if not chunk:
            break
        data.write(chunk)
    return data.getvalue()
