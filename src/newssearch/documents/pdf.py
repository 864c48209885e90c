"""PDF files (an article printed to PDF, an e-paper clipping, a news database's download, a press release): their
text, read by the text reader's rules, as a word processor's document is.

The text layer is read page by page with pypdf (pure Python), each line with its place and type size (along its own
baseline, on a page drawn turned too: see ``pdflines``), and made into paragraphs (see ``pdftext``); the text then
goes through the .txt rules, so a Nexis Uni PDF of several stories is one article a story. The document's own information (its
title, author and dates, its XMP metadata) is the file's, not the article's: not read. A PDF encrypted with an empty
password (to forbid copying or printing) is read.
The work is bounded: at most ``MAX_PAGES`` pages and ``MAX_TEXT`` characters of text are read (the rest is reported),
and pypdf refuses a stream that unpacks to more than its limit (and a file past its other limits: an array of more
than 100,000 entries).
pypdf's warnings (each repair it makes to a damaged file) are not logged while a file is read: a damaged file can
hold 200,000 of them; a file it cannot read raises, and is skipped with the reason.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from pypdf import PdfReader
from pypdf.errors import (
    DependencyError,
    FileNotDecryptedError,
    LimitReachedError,
    PyPdfError,
)

from ..errors import UnreadableFile
from .article import ReadResult, Skip
from .pdflines import DAMAGE, Widths, page_edges, read_page
from .pdftext import Line, pdf_text
from .text import Lead, text_result

MAX_PAGES = 2000         # pages read from one file: a year of a weekly's e-paper, not a bomb of empty pages
MAX_TEXT = 20_000_000    # characters of text read from one file
NO_TEXT = "no text in the PDF (a scanned image?): not read; run OCR on it first to index it"
BOMB = "a stream in the PDF unpacks to more than pypdf's limit (a PDF bomb?): not read"
AES = "encrypted PDF (AES) with no password to open it: not read; pip install cryptography to index it"
ENCRYPTED = "password-protected (encrypted) PDF: not read; save it without a password to index it"
# The header may follow some bytes of junk (a mail client's, a download's), within the first kilobyte.
_HEADER_SPAN = 1024
_OTHERS = "; the other pages were read"  # a page's skip says so (none read: the file's reason is the first page's)

LIMIT = "the PDF passes one of pypdf's limits ({}): not read"

# pypdf says what it repairs through the logging module, a record for each (200,000 in a damaged file: half of its
# 15 s). With no handler anywhere, Python would print them on the terminal in the middle of a run.
_PYPDF_LOG = logging.getLogger("pypdf")
_PYPDF_LOG.addHandler(logging.NullHandler())
_quiet_lock = threading.Lock()
_quiet_reads = 0  # reads under way: the last to end gives the logger its level back
_saved_level = logging.NOTSET


def read_pdf(data: bytes, rel: str) -> ReadResult:
    """Read a PDF file (see the module); ``rel`` is its id and path."""
    if b"%PDF-" not in data[:_HEADER_SPAN]:
        raise UnreadableFile("not a PDF file (no %PDF- header)")
    try:
        with _pypdf_quiet():
            pages, edges, skipped = _pages(_opened(data), rel)
    except (PyPdfError, *DAMAGE) as exc:
        raise UnreadableFile(_reason(exc)) from exc
    text = pdf_text(pages, edges)
    if not text.text.strip():
        raise UnreadableFile(skipped[0].reason.removesuffix(_OTHERS) if skipped and not pages else NO_TEXT)
    result = text_result(text.text, rel, Lead(headings=text.headings))
    result.skipped.extend(skipped)
    if text.url:  # a browser's print of the page: its address, when the article gives none
        result.articles[:] = [article if article.url else replace(article, url=text.url)
                              for article in result.articles]
    return result


@contextmanager
def _pypdf_quiet() -> Iterator[None]:
    """pypdf's warnings not logged while the block runs (its errors are raised, not logged)."""
    global _quiet_reads, _saved_level  # one logger, shared by the reads of a process's threads
    with _quiet_lock:
        if not _quiet_reads:
            _saved_level = _PYPDF_LOG.level
            _PYPDF_LOG.setLevel(logging.ERROR)
        _quiet_reads += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_reads -= 1
            if not _quiet_reads:
                _PYPDF_LOG.setLevel(_saved_level)


def _opened(data: bytes) -> PdfReader:
    """The PDF's reader, decrypted when its password is empty; UnreadableFile when it needs one."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as exc:  # AES without the cryptography package
            raise UnreadableFile(AES) from exc
        if not opened:
            raise UnreadableFile(ENCRYPTED)
    return reader


def _pages(reader: PdfReader, rel: str) -> tuple[list[list[Line]], list[tuple[float, float]], list[Skip]]:
    """The lines of the PDF's pages and each page's bottom and top edges, up to ``MAX_PAGES`` pages and
    ``MAX_TEXT`` characters; what was left says so."""
    count = len(reader.pages)
    pages: list[list[Line]] = []
    edges: list[tuple[float, float]] = []
    skipped: list[Skip] = []
    characters = 0
    fonts: dict[object, Widths | None] = {}  # the file's fonts' widths, read once
    for number in range(min(count, MAX_PAGES)):
        try:
            lines, quarter = read_page(reader.pages[number], fonts)
            edge = page_edges(reader.pages[number], quarter)
        except LimitReachedError:
            raise
        except (PyPdfError, *DAMAGE) as exc:
            skipped.append(Skip(rel, f"page {number + 1} does not read ({_reason(exc)}){_OTHERS}"))
            continue
        pages.append(lines)
        edges.append(edge)
        characters += sum(len(line.text) for line in lines)
        if characters > MAX_TEXT and number + 1 < count:
            skipped.append(Skip(rel, f"more than {MAX_TEXT:,} characters of text (a PDF bomb?): pages "
                                     f"{number + 2:,}-{count:,} were not read"))
            return pages, edges, skipped
    if count > MAX_PAGES:
        skipped.append(Skip(rel, f"{count:,} pages, more than {MAX_PAGES:,} (a PDF bomb?): pages {MAX_PAGES + 1:,}-"
                                 f"{count:,} were not read"))
    return pages, edges, skipped




def _reason(exc: Exception) -> str:
    """Why pypdf could not read a PDF, in a line: a bomb's limit, or the damage it found."""
    if isinstance(exc, FileNotDecryptedError):
        return ENCRYPTED
    if isinstance(exc, LimitReachedError):
        return BOMB if "decompress" in str(exc) else LIMIT.format(str(exc).rstrip(".") or type(exc).__name__)
    if isinstance(exc, NotImplementedError):
        return f"not supported by pypdf: {exc}"
    return f"broken PDF: {str(exc) or type(exc).__name__}"
