"""Feed and NITF bytes made ready for lxml, parsed leniently and safely, and told whether they were whole.

Feeds are often slightly broken, so the parser recovers; it never fetches a DTD or an external entity and keeps
lxml's limits but the one on a text's length (see ``xmllimits``; lifting it lifts the one on depth to 2,048 levels).
Entities the file declares itself (``<!ENTITY company "Acme">``) are expanded, within libxml2's bound on expansion;
past it (an entity bomb) libxml2 stops reading, and the file is not read. What the recovering parser would get
wrong is repaired first: text in UTF-16 or UTF-32, a wrong encoding label, a bare ``&`` and HTML's named entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.entities import html5
from typing import TypeAlias

from lxml import etree

from ..errors import UnreadableFile
from .encoding import (
    SNIFF_BYTES,
    WIDE_MARKS,
    decode_declared,
    decode_text,
    read_otherwise,
    utf16_without_mark,
)
from .xmllimits import ENTITY_BOMB, entity_bomb, past_depth_limit, past_text_limit

Element: TypeAlias = etree._Element

# lxml 5 and later expand the entities a document declares itself and no other ("internal"); before it, none.
_RESOLVE_ENTITIES: str | bool = "internal" if etree.LXML_VERSION >= (5,) else False
# A bare "&" (as in "AT&T") would otherwise be dropped by the recovering parser.
_BARE_AMP = re.compile(rb"&(?!(?:[A-Za-z][A-Za-z0-9._-]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)")
# HTML's named entities (&eacute;, &nbsp;) are not XML's: one of them made the recovering parser drop
# every later "&lt;" and "&amp;" of the file. They are written as character references before parsing.
# An HTML tag that takes no end tag, written so in a description's raw HTML (<br>, <img src=…>): left open in XML, it
# held the item's fields after it (its dc:date and dc:creator read as text, the item undated and uncredited).
_OPEN_VOID_TAG = re.compile(rb"<(br|hr|img|wbr)\b([^<>]*?)(?<!/)>", re.IGNORECASE)
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9._-]{0,31});")  # every name _BARE_AMP leaves as a reference
# A character reference XML forbids (&#0;, &#27;, a surrogate, one past U+10FFFF) or a name nothing defines
# (&bogus;) did the same as an HTML name: every later "&amp;" and "&lt;" of the file dropped. Numbers are read as
# HTML reads them (&#146; is "’", &#0; U+FFFD, &#27; nothing), and a surrogate pair, as tools that write UTF-16's
# units make an emoji (&#55357;&#56832;), as its character; a lone surrogate had made lxml raise UnicodeDecodeError.
_NUMBER = rb"&#(?:([0-9]{1,7})|[xX]([0-9A-Fa-f]{1,6}));"
_NUMERIC_REFERENCES = re.compile(_NUMBER + rb"(?:" + _NUMBER + rb")?")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
# An entity the file declares in its DOCTYPE: its own meaning, even under an HTML name (``&copy;``).
_DECLARED_ENTITY = re.compile(rb"<!ENTITY\s+([A-Za-z_][\w.-]*)\s")
# One it declares as another file's (SYSTEM, PUBLIC): never fetched, so nothing; its references go before parsing,
# as lxml 6.2 drops the rest of a text after one it does not expand ("Secret: &xxe;." had been "Secret:").
_EXTERNAL_ENTITY = re.compile(rb"<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:SYSTEM|PUBLIC)\b")
_XML_DECLARATION = re.compile(rb"^<\?xml[^>]*?>")
_DECLARED_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_DECLARED_ENCODING_TEXT = re.compile(r"""^(<\?xml[^>]*?)encoding\s*=\s*["'][A-Za-z0-9._-]+["']""")
# XML's own signs of a document in UTF-32 or UTF-16 without a mark: its first "<" (XML 1.0, appendix F).
_WIDE_STARTS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"), (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"),
)


# A document's start after what a program printed before it: its XML declaration, which is only ever a document's
# first characters, else an RSS, Atom or RSS 1.0 root; looked for in the file's first bytes.
_LATE_START = re.compile(rb"<\?xml\s|<(?:rss|feed|rdf:RDF)[\s>]")
_OUTPUT_BYTES = 4096


@dataclass(frozen=True)
class ParsedXML:
    """A parsed document, the UTF-8 bytes the parser read and whether it found the XML broken."""

    root: Element
    data: bytes
    broken: bool  # the parser reported errors (it recovered what it could)
    too_deep: bool = False  # the parser stopped at its limit on depth: what follows was not read


def parse_xml(data: bytes) -> ParsedXML:
    """Parse feed bytes leniently and safely; raise UnreadableFile when no element comes out."""
    data = as_utf8(_without_output_before(from_wide(data).lstrip(b"\xef\xbb\xbf \t\r\n")))
    declared = frozenset(_DECLARED_ENTITY.findall(data[: data.find(b"]>") + 2])) if b"<!ENTITY" in data else frozenset()
    if declared:
        data = _without_external_entities(data)
    data = _BARE_AMP.sub(b"&amp;", data)
    data = _OPEN_VOID_TAG.sub(rb"<\1\2/>", data)
    data = _NAMED_ENTITY.sub(lambda match: _character_reference(match, declared), data)
    data = _NUMERIC_REFERENCES.sub(_numeric_references, data) if b"&#" in data else data
    try:
        root, errors = parsed_bytes(data)
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(f"not an RSS or Atom feed (invalid XML: {exc})") from exc
    if root is None:
        raise UnreadableFile("not an RSS or Atom feed (no XML elements)")
    if any(entity_bomb(error.message) for error in errors):  # the rest of the file unread: its items would be lost
        raise UnreadableFile(f"the file {ENTITY_BOMB}")
    too_deep = any(past_depth_limit(error.message) for error in errors)
    return ParsedXML(root, data, broken=len(errors) > 0, too_deep=too_deep)


def _without_output_before(data: bytes) -> bytes:
    """``data`` from its XML declaration, or its feed's root, on when a program printed something before them (PHP's
    "Deprecated: … on line 12" above a blog's feed): the recovering parser had read that as the document (its root
    ``<br>``, or no element) and no item of the feed. What may stand before a root (a declaration, a comment, a
    DOCTYPE, a stylesheet's instruction) is kept."""
    if data.startswith((b"<?", b"<!")):
        return data
    found = _LATE_START.search(data, 0, _OUTPUT_BYTES)
    return data[found.start():] if found else data


def parsed_bytes(data: bytes) -> tuple[Element | None, etree._ListErrorLog]:
    """The root of XML ``data`` parsed leniently and safely (repaired first: see ``parse_xml``), and the errors the
    parser recovered from; XMLSyntaxError when it recovers nothing."""
    for huge in (False, True):  # a text past libxml2's limit had been cut without a word (xmllimits)
        parser = etree.XMLParser(recover=True, resolve_entities=_RESOLVE_ENTITIES, no_network=True, load_dtd=False,
                                 huge_tree=huge, remove_pis=True)
        root = etree.fromstring(data, parser)
        if not any(past_text_limit(error.message) for error in parser.error_log):
            break
    return root, parser.error_log


def from_wide(data: bytes) -> bytes:
    """Bytes in UTF-16 or UTF-32, with or without a mark, as UTF-8 declared so; any other bytes as they are.

    The repairs before parsing are byte patterns: over UTF-16 every "&" looked bare ("&amp;" became CJK), and a
    declaration left saying UTF-16 over UTF-8 bytes made the parser read nothing.
    """
    head = data[:SNIFF_BYTES]
    codec = next((name for start, name in _WIDE_STARTS if head.startswith(start)), None)
    if codec is None and not head.startswith(WIDE_MARKS):
        codec = utf16_without_mark(head) if b"\x00" in head else None
        if codec is None:
            return data
    text = data.decode(codec, errors="replace") if codec else decode_text(data)
    return _declared_utf8(text.lstrip("\ufeff \t\r\n")).encode("utf-8")


def _declared_utf8(text: str) -> str:
    """``text`` with its XML declaration's encoding said as UTF-8 (what it is now)."""
    return _DECLARED_ENCODING_TEXT.sub(r'\1encoding="utf-8"', text, count=1)


def as_utf8(data: bytes) -> bytes:
    """Feed bytes that claim UTF-8 (or claim nothing, which in XML means UTF-8) but are not, as UTF-8; and
    bytes that are UTF-8 whatever they claim, said so.

    Bad bytes are read as Windows-1252, as for text and HTML files: "Crème brûlée" had become "Cr�me br�l�e".
    Valid UTF-8 with letters beyond ASCII is UTF-8, as for a page: a feed labelled ISO-8859-1 had its "Café"
    as "CafÃ©" (a Latin-1 text is almost never valid UTF-8). Other declared encodings are left to the parser.
    """
    declaration = _XML_DECLARATION.match(data)
    declared = _DECLARED_ENCODING.search(declaration.group()) if declaration else None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if declared is None or declared.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8"):
        return data if text is not None else _declared_utf8(decode_text(data)).encode("utf-8")
    if text is not None and not data.isascii():
        return _declared_utf8(text).encode("utf-8")
    return _as_browsers_read(data, declared)


def _as_browsers_read(data: bytes, declared: re.Match[bytes]) -> bytes:
    """A feed in a declared charset that browsers read as another (ISO-8859-1 as Windows-1252) as UTF-8;
    any other is left to the parser."""
    label = declared.group(1).decode("ascii")
    text = decode_declared(data, label) if read_otherwise(label) else None
    if text is None:
        return data
    return _declared_utf8(text).encode("utf-8")


def _without_external_entities(data: bytes) -> bytes:
    """``data`` without the references, after its DOCTYPE, to the entities it declares as another file's."""
    end = data.find(b"]>") + 2
    external = _EXTERNAL_ENTITY.findall(data[:end])
    if not external:
        return data
    references = re.compile(rb"&(?:" + b"|".join(map(re.escape, external)) + rb");")
    return data[:end] + references.sub(b"", data[end:])


def _character_reference(match: re.Match[bytes], declared: frozenset[bytes] = frozenset()) -> bytes:
    """``&eacute;`` as ``&#233;``; XML's own five and the file's own entities left as they are; a name nothing defines
    left out, as the parser leaves it (``&bogus;``), but here, before the parse, where it spoils nothing after it."""
    name = match.group(1)
    if name in _XML_ENTITIES or name in declared:
        return match.group()
    characters = html5.get(name.decode("ascii") + ";")
    if characters is None:
        return b""
    return _references(characters)


def _numeric_references(match: re.Match[bytes]) -> bytes:
    """One or two numeric character references as XML takes them (see ``_NUMERIC_REFERENCES``)."""
    first = int(match.group(1) or match.group(2), 10 if match.group(1) else 16)
    if match.group(3) is None and match.group(4) is None:
        return _references(unescape(f"&#{first};"))
    second = int(match.group(3) or match.group(4), 10 if match.group(3) else 16)
    if 0xD800 <= first <= 0xDBFF and 0xDC00 <= second <= 0xDFFF:  # a pair: one character past U+FFFF
        return b"&#%d;" % (0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    return _references(unescape(f"&#{first};&#{second};"))


def _references(characters: str) -> bytes:
    """``characters`` as XML's numeric references."""
    return "".join(f"&#{ord(c)};" for c in characters).encode("ascii")


def end_tags(data: bytes, names: tuple[str, ...]) -> int:
    """How many end tags of elements with these local names (any prefix, any case) the document's bytes hold."""
    alternatives = "|".join(re.escape(name) for name in names).encode()
    return len(re.findall(rb"</(?:[\w.-]+:)?(?:" + alternatives + rb")\s*>", data, re.IGNORECASE))
