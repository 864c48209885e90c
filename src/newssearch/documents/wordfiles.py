"""Word processors' documents (.docx, .odt, .rtf, and .doc): their text, read by the text reader's rules.

A file is told by what it holds, not by its name (Word saves RTF under .doc, a .docx may be an OpenDocument file):
a zip archive with a Word document part (the one its ``_rels/.rels`` names, Word Online's ``word/document2.xml``;
else ``word/document.xml``) is Office Open XML, one with ``content.xml`` OpenDocument; ``{\\rtf`` opens RTF; an OLE
compound file is a legacy binary .doc or a password-protected document, neither of which is read (said so, with
what to do); anything else (Word's "Web Page" .doc is HTML) is read as a text file, a text that is no page said so
(a .docx renamed from a .txt: "not a Word document, though named as one: its text was read"). The text then goes
through the .txt rules: its headline, byline and date lines, a header, a dateline, a news database's export split
into its stories. A paragraph styled Title or Heading 1 that opens the text is its headline. A .docx's core
properties give a document of one story its title and authors when its text names none (``docxcore``: not a
placeholder's, "Document1", "Microsoft Office User"); their created and modified times are the file's, never read.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable

from lxml import etree

from ..errors import UnreadableFile
from .article import ReadResult, Skip
from .encoding import require_text
from .readertable import OLE_MAGIC
from .text import Lead, read_text, text_result
from .textkinds import is_saved_page
from .wordblocks import WordText
from .xmllimits import ENTITY_BOMB, entity_bomb, past_text_limit

ZIP_MAGIC = b"PK"
# RTF is 7-bit code: a byte order mark before it (UTF-8's, or a stray UTF-16 one) is passed over, no text.
_RTF_START = re.compile(rb"\A(\xef\xbb\xbf|\xff\xfe|\xfe\xff)?\s*\{\\rtf", re.IGNORECASE)
# An encrypted Office document is an OLE file holding this stream (its name in UTF-16, as OLE writes names).
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
MAX_PART = 64 << 20  # a document part that unpacks to more than this is a zip bomb, not an article
# Entities a part declares itself are expanded (lxml 5 and later), never one in another file: a part that declares
# one (which libxml2 then calls undefined) is read again expanding none, each entity left a node, its tail text.
_RESOLVE = ("internal", False) if etree.LXML_VERSION >= (5,) else (False,)
_PARSERS = tuple(etree.XMLParser(resolve_entities=resolve, no_network=True, load_dtd=False, huge_tree=False,
                                 remove_comments=True, remove_pis=True) for resolve in _RESOLVE)
# The same, for a part with a text past libxml2's limit on a text's length (xmllimits): its other guards stay.
_HUGE_PARSERS = tuple(etree.XMLParser(resolve_entities=resolve, no_network=True, load_dtd=False, huge_tree=True,
                                      remove_comments=True, remove_pis=True) for resolve in _RESOLVE)
# A part that is not well-formed (cut short, an entity no one declared, a bare "&") is read again as the HTML reader
# reads a broken page: libxml2 recovering what it can. Its entity guard stays (a bomb stops it: not read).
_RECOVERING = etree.XMLParser(recover=True, resolve_entities=_RESOLVE[0], no_network=True, load_dtd=False,
                              huge_tree=True, remove_comments=True, remove_pis=True)
# An "&" that opens no reference ("Roads & bridges"), or, in a part declaring no entities (Word declares none), one
# that opens a name XML does not define ("&bogus;"): text, as a browser reads it (libxml2 had dropped it, and after
# an undefined name every later "&amp;").
_BARE_AMPERSAND = re.compile(rb"&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);)")
_UNDEFINED_NAME = re.compile(rb"&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)")
SALVAGED = "; its text was read as far as it recovers (what stands in the damage may be lost)"
CUT = ", and it is cut short (its text stops where the part does)"

ENCRYPTED = "password-protected (encrypted) document: not read; save it without a password to index it"
LEGACY_DOC = "legacy Word .doc file (binary Word 97-2003 format): not read; save it as .docx to index it"


def read_word(data: bytes, rel: str) -> ReadResult:
    """Read a word processor's document (see the module); ``rel`` is its id and path."""
    if data.startswith(OLE_MAGIC):
        raise UnreadableFile(ENCRYPTED if _ENCRYPTED in data else LEGACY_DOC)
    if data.startswith(ZIP_MAGIC):
        return _zipped(data, rel)
    rtf = _RTF_START.match(data[:64])
    if rtf:
        from .rtf import rtf_text

        text, damage = rtf_text(data[rtf.end(1):] if rtf.group(1) else data)
        result = document_result(text, rel)
        if damage:
            result.skipped.append(Skip(rel, damage))
        return result
    result = read_text(data, rel)
    if not is_saved_page(require_text(data)):  # Word's "Web Page" saved as .doc is Word's own: no note
        result.skipped.append(Skip(rel, f"not {_named_kind(rel)}, though named as one: its text was read"))
    return result


# What a file's name says it is, by its ending, for the note on a text so named; a compressed one's ending before
# its .gz ("story.rtf.gz"), an e-mail's attachment's after its message's ("mail.eml#release.docx").
_KINDS = {".docx": "a Word document", ".doc": "a Word document", ".odt": "an OpenDocument text",
          ".rtf": "an RTF document"}
_PACKED = re.compile(r"\.(?:gz|bz2|xz)$")


def _named_kind(rel: str) -> str:
    """The kind of document ``rel``'s name says it is ("story.docx": a Word document)."""
    name = _PACKED.sub("", rel.rpartition("#")[2].lower())
    return _KINDS.get(name[name.rfind("."):] if "." in name else "", "a word processor's document")


def _zipped(data: bytes, rel: str) -> ReadResult:
    """The text of an Office Open XML (.docx) or OpenDocument (.odt) file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise UnreadableFile(f"broken document: its zip archive does not open ({exc})") from exc
    damage: list[tuple[str, str]] = []  # why each part read by recovering was not well-formed, and if it is cut
    with archive:
        names = set(archive.namelist())

        def part(name: str) -> etree._Element | None:
            return part_xml(archive, name, damage)

        from .docx import docx_text, main_part, related

        main = main_part(part, names)
        if main is not None:
            from .docxcore import CORE_PART, core_fields, with_core_properties

            result = _salvaged(lambda: docx_text(part, main), damage, rel)
            try:  # a broken properties part is no reason to lose the text: read as none
                title, creator = core_fields(lambda name: part_xml(archive, name),
                                             related(part, "", "core-properties") or CORE_PART)
            except UnreadableFile:
                title = creator = None
            return with_core_properties(result, title, creator, rel)
        if "content.xml" in names:
            from .odt import odt_text

            return _salvaged(lambda: odt_text(part), damage, rel)
    raise UnreadableFile("no document in the zip archive (neither a Word document part nor content.xml)")


def _salvaged(text: Callable[[], WordText], damage: list[tuple[str, str]], rel: str) -> ReadResult:
    """The articles of the document ``text`` reads, each damaged part it read said on the file; when the damage
    leaves no text, UnreadableFile with its reason."""
    try:
        result = document_result(text(), rel)
    except UnreadableFile:
        if damage:
            raise UnreadableFile(damage[0][0]) from None
        raise
    result.skipped.extend(Skip(rel, reason + cut + SALVAGED) for reason, cut in damage)
    return result


def document_result(text: WordText, rel: str) -> ReadResult:
    """The articles of a document's text, read as a .txt file's; its Title or Heading 1 opening it is its headline."""
    if not text.text.strip():
        raise UnreadableFile("no text in the document")
    return text_result(text.text, rel, Lead(headings=text.headings))


def part_xml(archive: zipfile.ZipFile, name: str,
             damage: list[tuple[str, str]] | None = None) -> etree._Element | None:
    """The parsed XML of the part ``name`` (None when the archive has none), or UnreadableFile saying why not:
    it does not unpack, it unpacks to more than ``MAX_PART`` (a zip bomb), it is not well-formed XML (unless
    ``damage`` is given: then what recovers of it, the reason added to ``damage``)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    limit = f"{name} unpacks to more than {MAX_PART >> 20} MB (a zip bomb?): not read"
    if info.file_size > MAX_PART:
        raise UnreadableFile(limit)
    if info.flag_bits & 1:  # a zip's own password (Word's is an encrypted OLE file, told apart above)
        raise UnreadableFile(ENCRYPTED)
    try:
        with archive.open(info) as part:
            raw = part.read(MAX_PART + 1)  # the size the archive states may lie
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError) as exc:
        raise UnreadableFile(f"broken document: {name} does not unpack ({exc})") from exc
    if len(raw) > MAX_PART:
        raise UnreadableFile(limit)
    try:
        return _parsed(raw, name)
    except UnreadableFile as exc:
        recovered = None if damage is None or str(exc).endswith(ENTITY_BOMB) else _recovered(raw)
        if damage is None or recovered is None:
            raise
        root, cut = recovered
        damage.append((str(exc), CUT if cut else ""))
        return root


def _recovered(raw: bytes) -> tuple[etree._Element, bool] | None:
    """What libxml2 recovers of a part that is not well-formed, a stray "&" kept as text; None when nothing does,
    or when its entities expand without end; and whether the part ends before its root element's end tag (cut short:
    a truncated part's first error may be another, and within an attribute libxml2 says nothing of its end)."""
    try:
        ampersands = _BARE_AMPERSAND if b"<!DOCTYPE" in raw[:4096] else _UNDEFINED_NAME
        root = etree.fromstring(ampersands.sub(b"&amp;", raw), _RECOVERING)
    except etree.XMLSyntaxError:
        return None
    errors = [error.message or "" for error in _RECOVERING.error_log]
    if root is None or any(entity_bomb(message) for message in errors):
        return None
    name = etree.QName(root).localname
    end = f"</{root.prefix}:{name}>" if root.prefix else f"</{name}>"
    return root, not raw.rstrip().endswith(end.encode())


def _parsed(raw: bytes, name: str) -> etree._Element:
    """The XML of the part ``name``, or UnreadableFile: it is not well-formed, its entities expand without end."""
    for parser, huge in zip(_PARSERS, _HUGE_PARSERS):
        try:
            try:
                return etree.fromstring(raw, parser)
            except etree.XMLSyntaxError as exc:
                if not past_text_limit(exc.msg):
                    raise
            return etree.fromstring(raw, huge)
        except etree.XMLSyntaxError as exc:
            if entity_bomb(exc.msg):
                raise UnreadableFile(f"{name} {ENTITY_BOMB}") from exc
            error = exc
    raise UnreadableFile(f"broken document: {name} is not well-formed XML ({error.msg})") from error
