"""Readers that turn corpus files into Articles, chosen from a table by file suffix (``readertable``): which suffix a
file has (through a compression's, or a gzip header's name), and its bytes unpacked and read."""

from __future__ import annotations

from pathlib import Path

from ..errors import UnreadableFile
from .article import Article, ReadResult, Skip
from .readertable import BINARY_SUFFIXES, READ_SUFFIXES, READERS, Reader, register  # noqa: F401 (offered here)

# The decompressing and normalising helpers are imported where a file is read, not here: a search imports this
# package for ``Article`` alone (through ``.article``), and these cost it 20 ms (normalise's publisher, language
# and encoding tables). ``__getattr__`` below still offers the four names ``__all__`` lists.
_LAZY = {"normalised": "normalise", "GZIP_MAGIC": "compressed", "MAX_UNZIPPED": "compressed", "gunzip": "compressed"}

# A file of no ending read by the reader for another, in a folder of that ending: Apple Mail's "Export Mailbox…"
# writes a folder "Press.mbox" holding the mailbox as "mbox" (beside "Info.plist" and "table_of_contents").
FOLDER_FILES = {("mbox", ".mbox"): ".mbox"}
FOLDER_FILE_NAMES = frozenset(name for name, _folder in FOLDER_FILES)
# Thunderbird keeps each local folder as a mailbox file of no ending ("Inbox") beside its summary ("Inbox.msf"): a
# copied profile's mail had been passed over as files of no type.
MAILBOX_SUMMARY = ".msf"


def has_summary(path: Path | str) -> bool:
    """Whether ``path``, a file of no ending at an absolute path (a corpus file's, not a name inside an archive), is
    a Thunderbird mailbox: its summary file stands beside it."""
    path = Path(path)
    return path.is_absolute() and not path.suffix and path.with_name(path.name + MAILBOX_SUMMARY).is_file()


def reader_suffix(path: Path | str) -> str | None:
    """The table key for ``path`` (``.gz``, ``.bz2`` and ``.xz`` look through to the inner suffix), or None if
    unknown.

    A page wget saved under its address with a query string (``story.php?id=123``) has the ending before the ``?``;
    a file named in ``FOLDER_FILES`` inside a folder of its ending (``Press.mbox/mbox``) that folder's; a
    Thunderbird folder's mailbox beside its summary (``Inbox`` beside ``Inbox.msf``, see ``has_summary``) .mbox; a name
    saved with white space after its ending (``story.txt ``, a name pasted with its space) the ending before it.
    """
    from .compressed import COMPRESSIONS

    name = Path(path).name
    if name in FOLDER_FILE_NAMES:
        return FOLDER_FILES.get((name, Path(path).parent.suffix.lower()))
    if "." not in name and has_summary(path):
        return ".mbox"
    for candidate in dict.fromkeys((name, name.split("?", 1)[0], name.rstrip())):
        suffixes = [s.lower() for s in Path(candidate).suffixes]
        if suffixes and suffixes[-1] in COMPRESSIONS:
            suffixes = suffixes[:-1]
        if suffixes and suffixes[-1] in READERS:
            return suffixes[-1]
    return None


def is_supported(path: Path | str) -> bool:
    """True when some reader handles ``path``."""
    return reader_suffix(path) is not None


def named_inside(head: bytes) -> str | None:
    """The table key for the file a gzip file's header names, from its first bytes ``head`` (``download.gz``
    holding ``report.pdf``: ``.pdf``), or None."""
    from .compressed import gzip_name

    name = gzip_name(head)
    return reader_suffix(name) if name else None


def gzip_names_a_type(path: Path | str) -> bool:
    """Whether ``path``, a ``.gz`` of no type newssearch reads by its name (``download.gz``), names one in its
    gzip header; a pipe or device is not opened for it, nor waited on."""
    import os
    from stat import S_ISREG

    from .compressed import GZIP_HEAD

    if not str(path).lower().endswith(".gz"):
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            return S_ISREG(os.fstat(fd).st_mode) and named_inside(handle.read(GZIP_HEAD)) is not None
    except OSError:
        return False


# Readers that unpack their file as they read it, a member at a time: a .tar.gz or .warc.gz is not gunzipped whole
# first (a crawl's .warc.gz of 1 GB unpacks past 2 GiB; its reader bounds each record, and reads on past a broken one).
UNPACKS_ITSELF = frozenset({".tar", ".tgz", ".tbz2", ".tbz", ".txz", ".warc", ".wet"})
_TARS = UNPACKS_ITSELF - {".warc", ".wet"}  # a .tar.bz2 or .tar.xz too (tarfile opens each compression); a .warc.xz is not


def read_file(path: Path, rel: str) -> ReadResult:
    """Read the articles in ``path``; ``rel`` is its path relative to the corpus (the id base)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:  # the tool's words, not the OS's "No such file or directory"
        raise UnreadableFile(f"there is no file {path}") from exc
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from exc
    return parse_file_bytes(data, path, rel)


def parse_file_bytes(data: bytes, path: Path | str, rel: str) -> ReadResult:
    """Parse the raw content of the file at ``path``: unpacked first (see ``unpacked_file``), then by suffix."""
    from .pathdates import place_above

    data, suffix = unpacked_file(data, path)
    return parse_bytes(data, rel, suffix, place_above(str(path), rel))


def unpacked_file(data: bytes, path: Path | str, bound: int | None = None, within: str = "") -> tuple[bytes, str]:
    """The raw content of the file at ``path`` as its reader reads it, and the reader's suffix: decompressed first if
    it ends in .gz, .bz2 or .xz (or is gzip inside: a page wget saved compressed), to at most ``bound`` bytes
    (``MAX_UNZIPPED``; ``within`` says what else bounds it, in the message), unless its reader unpacks it itself (a
    .tar.gz). A gzip file's name gives no suffix (``download.gz``), the name its header stores does (``report.pdf``)."""
    from .compressed import GZIP_HEAD, GZIP_MAGIC, unpack

    suffix = reader_suffix(path) or named_inside(data[:GZIP_HEAD])
    if suffix is None:
        raise UnreadableFile("unsupported file type")
    ending = Path(path).suffix.lower()
    sniff = suffix not in BINARY_SUFFIXES
    if ending in (".bz2", ".xz") and suffix not in _TARS:
        data = unpack(data, ending, bound, within, sniff)
    elif suffix not in UNPACKS_ITSELF and (ending == ".gz" or data.startswith(GZIP_MAGIC)):
        data = unpack(data, ".gz", bound, within, sniff)  # a page wget saved compressed
    return data, suffix


def parse_bytes(data: bytes, rel: str, suffix: str, above: str = "") -> ReadResult:
    """Run the reader for ``suffix`` on ``data``; its articles are then put in one form (``normalised``), a file's
    article giving no date dated by its path (``pathdates``), ``above`` the folders holding the corpus."""
    from ..functionwords import telling_each_once
    from .normalise import NO_TEXT, has_text, normalised, record_place
    from .pathdates import path_dated

    if not data or data.isspace():  # not data.strip(): a copy of a file of hundreds of MB
        raise UnreadableFile("empty file")
    with telling_each_once():  # a text its reader told is told again as its article is stored
        result = READERS[suffix](data, rel)
        articles = [path_dated(normalised(article), rel, above) for article in result.articles]
    empty = [article for article in articles if not has_text(article)]
    if empty:
        result.articles = [article for article in articles if has_text(article)]
        if not result.articles and not result.skipped:
            raise UnreadableFile(NO_TEXT)
        result.skipped += [Skip(rel, f"{record_place(article.id, rel)}: {NO_TEXT}") for article in empty]
    else:
        result.articles = articles
    return result


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Article", "ReadResult", "Skip", "READERS", "read_file", "parse_file_bytes", "unpacked_file", "parse_bytes", "normalised",
           "is_supported", "gzip_names_a_type", "register", "FOLDER_FILE_NAMES", "GZIP_MAGIC", "MAX_UNZIPPED", "gunzip"]
