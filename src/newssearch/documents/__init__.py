"""Readers that turn corpus files into Articles, chosen from a table by file suffix."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..errors import UnreadableFile
from .article import Article, ReadResult, Skip

# The decompressing and normalising helpers are imported where a file is read, not here: a search imports this
# package for ``Article`` alone (through ``.article``), and these cost it 20 ms (normalise's publisher, language
# and encoding tables). ``__getattr__`` below still offers the four names ``__all__`` lists.
_LAZY = {"normalised": "normalise", "GZIP_MAGIC": "compressed", "MAX_UNZIPPED": "compressed", "gunzip": "compressed"}

Reader = Callable[[bytes, str], ReadResult]


def _text(data: bytes, rel: str) -> ReadResult:
    from .text import read_text

    return read_text(data, rel)


# An RSS, Atom or RDF feed, whatever its file is called: wget saves a site's feed as "index.php?feed=rss2".
_FEED_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
                         re.DOTALL)


def _story(data: bytes, rel: str) -> ReadResult:
    from .storyfiles import read_story

    return read_story(data, rel)


def _summary(data: bytes, rel: str) -> ReadResult:
    from .storyfiles import read_summary

    return read_summary(data, rel)


def _html(data: bytes, rel: str) -> ReadResult:
    if _FEED_START.match(data[:4096]):
        return _feed(data, rel)
    from .linklists import link_list_kind, read_link_list

    kind = link_list_kind(data[:4096])  # a read-later service's list of saved links, no page of one article
    if kind is not None:
        return read_link_list(data, rel, kind)
    from .html import read_html

    return read_html(data, rel)


def _mhtml(data: bytes, rel: str) -> ReadResult:
    from .mhtml import read_mhtml

    return read_mhtml(data, rel)


def _json(data: bytes, rel: str) -> ReadResult:
    from .jsonfile import read_json

    return read_json(data, rel)


def _jsonl(data: bytes, rel: str) -> ReadResult:
    from .jsonfile import read_jsonl

    return read_jsonl(data, rel)


def _csv(data: bytes, rel: str) -> ReadResult:
    from .csvfile import read_csv

    return read_csv(data, rel)


def _markdown(data: bytes, rel: str) -> ReadResult:
    from .markdown import read_markdown

    return read_markdown(data, rel)


def _feed(data: bytes, rel: str) -> ReadResult:
    from .feed import read_feed

    return read_feed(data, rel)


def _ris(data: bytes, rel: str) -> ReadResult:
    from .references import read_ris

    return read_ris(data, rel)


def _bibtex(data: bytes, rel: str) -> ReadResult:
    from .references import read_bibtex

    return read_bibtex(data, rel)


def _sgml(data: bytes, rel: str) -> ReadResult:
    from .sgml import read_sgml

    return read_sgml(data, rel)


def _word(data: bytes, rel: str) -> ReadResult:
    from .wordfiles import read_word

    return read_word(data, rel)


def _pdf(data: bytes, rel: str) -> ReadResult:
    from .pdf import read_pdf

    return read_pdf(data, rel)


def _eml(data: bytes, rel: str) -> ReadResult:
    if data.startswith(OLE_MAGIC):  # Outlook's .msg: a compound file, no MIME message
        raise UnreadableFile(OUTLOOK_MSG)
    from .mail import read_eml

    return read_eml(data, rel)


def _mbox(data: bytes, rel: str) -> ReadResult:
    from .mbox import read_mbox

    return read_mbox(data, rel)


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: legacy .doc, encrypted Office, .msg
OUTLOOK_MSG = "Outlook .msg file: not read; save or export the message as .eml to index it"


def _zip(data: bytes, rel: str) -> ReadResult:
    from .archivefiles import read_zip

    return read_zip(data, rel)


def _wacz(data: bytes, rel: str) -> ReadResult:
    from .archivefiles import read_wacz

    return read_wacz(data, rel)


def _tar(data: bytes, rel: str) -> ReadResult:
    from .archivefiles import read_tar

    return read_tar(data, rel)


def _unpack_first(data: bytes, rel: str) -> ReadResult:
    from .archivefiles import read_unpack_first

    return read_unpack_first(data, rel)


def _wet(data: bytes, rel: str) -> ReadResult:
    from .wet import read_wet

    return read_wet(data, rel)


def _warc(data: bytes, rel: str) -> ReadResult:
    from .warc import read_warc

    return read_warc(data, rel)


# Readers import lazily: indexing plain text never pays for lxml.
READERS: dict[str, Reader] = {
    ".txt": _text,
    ".text": _text,
    ".story": _story,  # CNN/Daily Mail's stories
    ".summary": _summary,  # XSum's BBC stories
    ".md": _markdown,
    ".markdown": _markdown,
    ".html": _html,
    ".htm": _html,
    ".xhtml": _html,
    # Pages saved under their address's ending (wget keeps it), and single-file web archives.
    ".shtml": _html,
    ".php": _html,
    ".asp": _html,
    ".aspx": _html,
    ".jsp": _html,
    ".mhtml": _mhtml,
    ".mht": _mhtml,
    ".json": _json,
    ".jsonl": _jsonl,
    ".ndjson": _jsonl,
    ".csv": _csv,
    ".tsv": _csv,
    ".xml": _feed,
    ".rss": _feed,
    ".atom": _feed,
    ".rdf": _feed,  # RSS 1.0 as sites serve it (index.rdf)
    ".nitf": _feed,  # the XML reader tells an NITF article from a feed by its root element
    ".ris": _ris,  # a reference manager's export (Zotero, Mendeley, EndNote): a reference an article
    ".bib": _bibtex,
    ".sgm": _sgml,
    ".sgml": _sgml,
    # A word processor's document is told by what it holds: Word saves RTF under .doc, and a legacy binary .doc
    # is said to be one (not read), not passed over as a type no reader handles.
    ".docx": _word,
    ".odt": _word,
    ".rtf": _word,
    ".doc": _word,
    ".pdf": _pdf,
    # E-mail: a saved message, a mailbox exported whole; Outlook's .msg is said to be one (not read), and one that
    # holds a MIME message after all is read as one.
    ".eml": _eml,
    ".mbox": _mbox,
    ".msg": _eml,
    # An archive's files, each read as a folder's file is (``.tar.gz`` is ``.tar``); 7-Zip and RAR said to unpack.
    ".zip": _zip,
    ".tar": _tar,
    ".tgz": _tar,
    ".tbz2": _tar,
    ".tbz": _tar,
    ".txz": _tar,
    ".7z": _unpack_first,
    ".rar": _unpack_first,
    ".warc": _warc,  # a crawl's web archive, a page a record (ISO 28500); .warc.gz compressed a record a gzip member
    ".wet": _wet,  # Common Crawl's text of the pages it crawled, .warc.wet.gz: a page a conversion record
    ".wacz": _wacz,  # a zip of WARCs (Browsertrix, ArchiveWeb.page): its archive/*.warc.gz read, nothing else
}


# Readers of files binary by design (a .docx full of photos, a PDF, an archive, a crawl's WARC of images and pages):
# a large file of theirs is read, never sniffed and refused as "binary file". Outlook's .msg (an OLE compound file)
# shares the .eml reader, which tells it by its bytes.
_BINARY_READERS = (_word, _pdf, _zip, _wacz, _tar, _unpack_first, _warc, _wet)
BINARY_SUFFIXES = frozenset({suffix for suffix, reader in READERS.items() if reader in _BINARY_READERS} | {".msg"})
# The endings newssearch reads articles from, as a user is told them: a .7z or .rar is only told to be unpacked.
READ_SUFFIXES = tuple(sorted(suffix for suffix, reader in READERS.items() if reader is not _unpack_first))


def register(suffixes: tuple[str, ...], reader: Reader) -> None:
    """Make ``reader`` handle every suffix in ``suffixes`` (lower case, with the dot)."""
    for suffix in suffixes:
        READERS[suffix] = reader


# A file of no ending read by the reader for another, in a folder of that ending: Apple Mail's "Export Mailbox…"
# writes a folder "Press.mbox" holding the mailbox as "mbox" (beside "Info.plist" and "table_of_contents").
FOLDER_FILES = {("mbox", ".mbox"): ".mbox"}
FOLDER_FILE_NAMES = frozenset(name for name, _folder in FOLDER_FILES)


def reader_suffix(path: Path | str) -> str | None:
    """The table key for ``path`` (``.gz``, ``.bz2`` and ``.xz`` look through to the inner suffix), or None if
    unknown.

    A page wget saved under its address with a query string (``story.php?id=123``) has the ending before the ``?``;
    a file named in ``FOLDER_FILES`` inside a folder of its ending (``Press.mbox/mbox``) that folder's; a name
    saved with white space after its ending (``story.txt ``, a name pasted with its space) the ending before it.
    """
    from .compressed import COMPRESSIONS

    name = Path(path).name
    if name in FOLDER_FILE_NAMES:
        return FOLDER_FILES.get((name, Path(path).parent.suffix.lower()))
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
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from exc
    return parse_file_bytes(data, path, rel)


def parse_file_bytes(data: bytes, path: Path | str, rel: str) -> ReadResult:
    """Parse the raw content of the file at ``path``: unpacked first (see ``unpacked_file``), then by suffix."""
    data, suffix = unpacked_file(data, path)
    return parse_bytes(data, rel, suffix)


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


def parse_bytes(data: bytes, rel: str, suffix: str) -> ReadResult:
    """Run the reader for ``suffix`` on ``data``; its articles are then put in one form (``normalised``)."""
    from .normalise import NO_TEXT, has_text, normalised, record_place

    if not data or data.isspace():  # not data.strip(): a copy of a file of hundreds of MB
        raise UnreadableFile("empty file")
    result = READERS[suffix](data, rel)
    articles = [normalised(article) for article in result.articles]
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
