"""Safari's web archives (.webarchive): a page saved by "File > Save As… > Web Archive", read as the page it holds.

The file is a property list (binary, ``bplist00``; an XML one reads too) whose ``WebMainResource`` holds the page:
its bytes (``WebResourceData``), type (``WebResourceMIMEType``), charset (``WebResourceTextEncodingName``) and the
address it was saved from (``WebResourceURL``). Its images, scripts and frames (``WebSubresources``,
``WebSubframeArchives``) are not read. A page is read as any saved HTML page, a plain text saved so as a text file.
"""

from __future__ import annotations

import plistlib
from xml.parsers.expat import ExpatError

from ..errors import UnreadableFile
from .article import ReadResult

_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def read_webarchive(data: bytes, rel: str) -> ReadResult:
    """Read the page a Safari web archive holds as one Article; ``rel`` is its id and path."""
    main = _main_resource(data)
    page = main.get("WebResourceData")
    if not isinstance(page, bytes) or not page.strip():
        raise UnreadableFile("the Safari web archive holds no page")
    kind = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if kind == "text/plain":
        from .text import read_text

        return read_text(page, rel)
    if kind not in _PAGE_TYPES:
        raise UnreadableFile(f"the Safari web archive holds no web page ({kind}): not read")
    from .html import read_html

    return read_html(page, rel, _address(main.get("WebResourceURL")), _text(main.get("WebResourceTextEncodingName")))


def _main_resource(data: bytes) -> dict[str, object]:
    """The archive's ``WebMainResource``; a file that is no property list, or holds none, is skipped with why."""
    try:
        archive = plistlib.loads(data)
    # a cut or damaged file (binary or XML): whatever its parser raises; LookupError is KeyError's, IndexError's
    # and that of an XML declaration naming an encoding Python does not know (expat's "unknown encoding")
    except (plistlib.InvalidFileException, ValueError, TypeError, OverflowError, LookupError, RecursionError,
            ExpatError) as exc:
        why = str(exc) or type(exc).__name__
        raise UnreadableFile(f"not a Safari web archive (its property list does not read: {why})") from exc
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict):
        raise UnreadableFile("not a Safari web archive (no WebMainResource)")
    return main


def _address(value: object) -> str | None:
    """The address the page was saved from, when it is a web address (not ``file:///…``)."""
    return value.strip() if isinstance(value, str) and value.strip().startswith(("http://", "https://")) else None


def _text(value: object) -> str | None:
    """A string value, or None."""
    return value if isinstance(value, str) and value else None
