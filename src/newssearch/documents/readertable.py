"""The table of readers: which function reads a file of each ending, each importing its module when first used
(indexing plain text never pays for lxml), and which endings are binary by design."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import UnreadableFile
from ..startup import lazy_compile
from .article import ReadResult

Reader = Callable[[bytes, str], ReadResult]


def _text(data: bytes, rel: str) -> ReadResult:
    from .text import read_text

    return read_text(data, rel)


# An RSS, Atom or RDF feed, whatever its file is called: wget saves a site's feed as "index.php?feed=rss2".
_FEED_START = lazy_compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b",
                         re.DOTALL)


def feed_start(head: bytes) -> bool:
    """Whether a file starting with ``head`` (its first 4 KiB) is an RSS, Atom or RDF feed."""
    return _FEED_START.match(head) is not None


def _story(data: bytes, rel: str) -> ReadResult:
    from .storyfiles import read_story

    return read_story(data, rel)


def _summary(data: bytes, rel: str) -> ReadResult:
    from .storyfiles import read_summary

    return read_summary(data, rel)


# A tag, a comment, a doctype or an XML declaration, in any of UTF-8, UTF-16 or UTF-32 (its NULs between the bytes).
_MARKUP = lazy_compile(rb"<\x00{0,3}[A-Za-z!/?]")


def _html(data: bytes, rel: str) -> ReadResult:
    if feed_start(data[:4096]):
        return _feed(data, rel)
    if not _MARKUP.search(data):  # a story saved as text under a page's ending: read as the text it is
        return _text(data, rel)
    from .linklists import link_list_kind, read_link_list

    kind = link_list_kind(data[:4096])  # a read-later service's list of saved links, no page of one article
    if kind is not None:
        return read_link_list(data, rel, kind)
    from .html import read_html

    return read_html(data, rel)


def _mhtml(data: bytes, rel: str) -> ReadResult:
    from .mhtml import read_mhtml

    return read_mhtml(data, rel)


def _webarchive(data: bytes, rel: str) -> ReadResult:
    from .webarchive import read_webarchive

    return read_webarchive(data, rel)


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


def _enex(data: bytes, rel: str) -> ReadResult:
    from .enex import read_enex

    return read_enex(data, rel)


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


# A feed reader's list of subscriptions (Feedly's, Inoreader's, NetNewsWire's "Export OPML"): feeds' names and
# addresses, no story; said so on every run, as a collection's README is, not counted among files of no type.
OPML_LIST = "an OPML list of feed subscriptions, not an article"


def _opml(data: bytes, rel: str) -> ReadResult:
    raise UnreadableFile(OPML_LIST)


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
    ".webarchive": _webarchive,  # Safari's "Web Archive": a binary property list holding the page
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
    ".enex": _enex,  # Evernote's export: a note (a web clipping) an article
    ".opml": _opml,  # told to be a subscription list (an .xml one too: the feed reader tells it by its root)
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
_BINARY_READERS = (_word, _pdf, _zip, _wacz, _tar, _unpack_first, _warc, _wet, _webarchive)
BINARY_SUFFIXES = frozenset({suffix for suffix, reader in READERS.items() if reader in _BINARY_READERS} | {".msg"})
# The endings newssearch reads articles from, as a user is told them: a .7z or .rar is only told to be unpacked, an
# .opml to hold no article.
READ_SUFFIXES = tuple(sorted(suffix for suffix, reader in READERS.items() if reader not in (_unpack_first, _opml)))


def register(suffixes: tuple[str, ...], reader: Reader) -> None:
    """Make ``reader`` handle every suffix in ``suffixes`` (lower case, with the dot)."""
    for suffix in suffixes:
        READERS[suffix] = reader
