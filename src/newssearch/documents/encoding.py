"""Turn raw file bytes into text without ever failing on a bad byte."""

from __future__ import annotations

import codecs
import re

from ..errors import UnreadableFile
from .nulchars import spaced_nuls

_SNIFF = 8192
SNIFF_BYTES = _SNIFF  # how much of a file its encoding is told from
# Control characters other than tab/newline/CR/form feed are a sign of a binary file.
_BINARY_BYTES = bytes(range(9)) + bytes(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """True when the first bytes hold NULs (not as UTF-16 or UTF-32 text has them) or many control characters.

    One stray NUL in a text file does not make it binary: an image or a PDF has them by the hundred.
    """
    head = data[:_SNIFF]
    if b"\x00" in head:
        if head.startswith((b"\xff\xfe", b"\xfe\xff", *_UTF32_MARKS)) or utf16_without_mark(head):
            return False
        if head.count(b"\x00") > max(1, len(head) // 1000):
            return True
        head = head.replace(b"\x00", b"")
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _BINARY_BYTES))  # one pass, not one count a control byte
    return controls / len(head) > 0.05


# Labels a browser reads as another code page (the WHATWG Encoding Standard): a page or feed that says
# ISO-8859-1 or US-ASCII is read as Windows-1252, whose curly quotes and dashes (0x91-0x97) it almost
# always holds; as ISO-8859-1 they are invisible control characters.
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874",
                     "tis-620": "cp874"}


# Python codecs that no charset label names, though a damaged or mistaken one may ("charset=undefined"): one fails
# every decoding, the others read a file's UTF-8 as Latin-1 or as no text. Such a label is one of no known charset.
_NO_CHARSETS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "charmap", "punycode", "idna"})


# The Encoding Standard's labels that Python's codecs do not know, as the codec each names (UTF-16's left out: a
# page that says so in its markup is not UTF-16); a page, feed or e-mail declaring one had been read as another.
_BROWSER_LABELS = {
    **dict.fromkeys(("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"), "utf-8"),
    **{f"iso8859{n}": f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15)},
    **dict.fromkeys(("iso-8859-6-e", "iso-8859-6-i", "csiso88596e", "csiso88596i"), "iso8859-6"),
    **dict.fromkeys(("iso-8859-8-e", "iso-8859-8-i", "csiso88598e", "csiso88598i", "visual", "logical"), "iso8859-8"),
    "sun_eu_greek": "iso8859-7", "csisolatin9": "iso8859-15", "koi": "koi8-r", "koi8": "koi8-r", "koi8-ru": "koi8-u",
    **dict.fromkeys(("csmacintosh", "mac", "x-mac-roman"), "mac-roman"),
    **dict.fromkeys(("x-mac-cyrillic", "x-mac-ukrainian"), "mac-cyrillic"),
    **dict.fromkeys(("windows-874", "dos-874"), "cp874"), **{f"x-cp125{n}": f"cp125{n}" for n in range(9)},
    **dict.fromkeys(("x-gbk", "csgb2312", "gb_2312", "gb_2312-80"), "gbk"), "cn-big5": "big5", "x-x-big5": "big5",
    "x-euc-jp": "euc-jp", "cseucpkdfmtjapanese": "euc-jp", "x-sjis": "cp932", "windows-31j": "cp932",
    **dict.fromkeys(("cseuckr", "csksc56011987", "iso-ir-149", "ks_c_5601-1989", "ksc_5601"), "euc-kr"),
    "windows-949": "cp949",
}


def _codec_named(label: str) -> str | None:
    """The Python codec a charset label names (a browser's label too: ``x-mac-roman``), or None for an unknown label
    or one of a codec of no charset (``base64``, ``undefined``)."""
    label = label.strip()
    try:
        codec = codecs.lookup(_BROWSER_LABELS.get(label.lower(), label))
    except (LookupError, ValueError):
        return None
    return codec.name if getattr(codec, "_is_text_encoding", True) and codec.name not in _NO_CHARSETS else None


def declared_codec(label: str) -> str | None:
    """The Python codec for a declared charset, as a browser reads it (``iso-8859-1``: ``cp1252``); None if unknown."""
    name = _codec_named(label)
    return _AS_BROWSERS_READ.get(name, name) if name else None


def read_otherwise(label: str) -> bool:
    """True for a charset label that browsers read as another code page than the one it names, or that only
    browsers know (``x-mac-roman``): one a parser would not read as they do."""
    return label.strip().lower() in _BROWSER_LABELS or _codec_named(label) in _AS_BROWSERS_READ


def decode_declared(data: bytes, label: str) -> str | None:
    """``data`` decoded in its declared charset (see ``declared_codec``), or None when that fails."""
    codec = declared_codec(label)
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


_UTF32_MARKS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
WIDE_MARKS = (*_UTF32_MARKS, b"\xff\xfe", b"\xfe\xff")  # UTF-32's and UTF-16's byte order marks


def utf16_without_mark(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text in UTF-16 without its mark (a NUL beside nearly every ASCII
    letter, always on the same side), else None."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, letters, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.7 * len(zeros) and letters.count(0) == 0:
            return codec
    return None


def unmarked_bytes(data: bytes) -> bytes:
    """``data`` without a byte order mark, for a reader of bytes (the ``email`` package's parser): UTF-8's taken off,
    a text in UTF-16 or UTF-32 (Windows PowerShell's ``>``, Notepad's "Unicode") written again in UTF-8; the same
    bytes when they have none."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    if data.startswith(WIDE_MARKS):
        return decode_text(data).encode("utf-8", errors="replace")
    return data


def decode_text(data: bytes, markup: bool = False) -> str:
    """Decode bytes as UTF-8 (with or without BOM, or UTF-16 with BOM); else as the legacy code page of
    another script (see ``other_script``; ``markup``: the bytes are a page, its tags not counted); bad
    bytes as Windows-1252."""
    if data.startswith(_UTF32_MARKS):  # before UTF-16's: UTF-32's little-endian mark starts with it
        return _decode_marked(data, "utf-32", "UTF-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _utf8_after_stray_mark(data) or _decode_marked(data, "utf-16", "UTF-16")
    unmarked = utf16_without_mark(data[:_SNIFF]) if b"\x00" in data[:_SNIFF] else None
    if unmarked:
        return data.decode(unmarked, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    other = other_script(data, markup)
    if other is not None:
        return other
    # Each invalid byte is read as Windows-1252: a Latin-1 file comes out right, and a
    # mostly-UTF-8 file with one stray byte keeps its UTF-8 characters.
    return data.decode("utf-8", errors="cp1252fallback")


# Read as Windows-1252, French or German in Latin-1 has 2-8% of its letters outside ASCII; Russian in
# Windows-1251 or Chinese in GBK has nearly all of them there ("Íîâîñòè äíÿ" for "Новости дня").
OTHER_SCRIPT_SHARE = 0.3
_TAG = re.compile(rb"<[^<>]*>")  # a page's text is what counts (never rescanning: linear on a page of "<")
DETECT_BYTES = 65536
# What a detector may call Western text: read as Windows-1252 all the same (cp1250 would turn à into ŕ).
_WESTERN = frozenset({"ascii", "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp850", "cp437",
                      "mac_roman", "mac_latin2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10",
                      "iso8859_13", "iso8859_14", "iso8859_16", "cp1254", "cp1257", "cp1258", "utf_8"})


def without_elements(page: bytes, names: tuple[bytes, ...]) -> bytes:
    """``page`` without its ``<script>…</script>`` (or other ``names``) elements, in one pass.

    An element never closed runs to the end. (A regex such as ``<script.*?</script>`` scans to the end
    from every opening tag that is never closed: seconds on a hostile page.)
    """
    lowered = page.lower()
    kept: list[bytes] = []
    at = 0
    following = {name: lowered.find(b"<" + name) for name in names}  # each name's next opening, found once
    while True:
        waiting = [(found, name) for name, found in following.items() if found != -1]
        if not waiting:
            break
        start, name = min(waiting)
        kept.append(page[at:start])
        end = lowered.find(b"</" + name, start)
        close = lowered.find(b">", end) if end != -1 else -1
        if close == -1:
            return b"".join(kept)
        at = close + 1
        for other, found in following.items():
            if found != -1 and found < at:
                following[other] = lowered.find(b"<" + other, at)
    kept.append(page[at:])
    return b"".join(kept)


def other_script(data: bytes, markup: bool = False) -> str | None:
    """Text that is not UTF-8 and not Western, in the legacy code page a detector finds; else None.

    Only when most letters, read as Windows-1252, fall outside ASCII (OTHER_SCRIPT_SHARE) and the bytes
    are not mostly UTF-8: a Russian file in Windows-1251 or a Chinese one in GBK was read as Latin
    letters, found by no query.
    """
    sample = data[:DETECT_BYTES]
    text = _TAG.sub(b" ", without_elements(sample, (b"script", b"style"))) if markup else sample
    as_western = text.decode("cp1252", errors="replace")
    letters = sum(char.isalpha() for char in as_western)
    foreign = sum(char.isalpha() and not char.isascii() for char in as_western)
    if foreign < 8 or foreign < OTHER_SCRIPT_SHARE * letters:
        return None
    as_utf8 = sample.decode("utf-8", errors="replace")
    if sum(not char.isascii() for char in as_utf8) > 2 * as_utf8.count("\ufffd"):
        return None  # mostly UTF-8, with stray bytes: each is read as Windows-1252
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None or best.encoding in _WESTERN:
        return None
    return data.decode(best.encoding, errors="replace")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):  # a handler for decoding only
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("cp1252fallback", _cp1252_fallback)


# Of a text decoded by its byte-order mark, the share of characters that may be bad units (U+FFFD) before the
# mark is taken for chance: a file of junk starting with FF FE 00 00 had been an empty "(untitled)" article.
MARKED_BAD_SHARE = 0.1


def _decode_marked(data: bytes, codec: str, name: str) -> str:
    """``data`` decoded as the ``codec`` its byte-order mark names; UnreadableFile when much of it is not."""
    text = data.decode(codec, errors="replace")
    if text.count("\ufffd") > MARKED_BAD_SHARE * max(1, len(text.strip())):
        raise UnreadableFile(f"binary file (it starts with {name}'s mark, but what follows is not {name} text)")
    return text


def _utf8_after_stray_mark(data: bytes) -> str | None:
    """The UTF-8 text that follows a UTF-16 mark put before it by mistake, or None when the bytes may be UTF-16.

    UTF-16 text has NULs (beside each ASCII character, or inside U+4E00 一), and its units of CJK characters are
    no UTF-8 ("中文" is 2D 4E 87 65: 0x87 continues nothing); bytes with neither are UTF-8 text, which read as UTF-16
    would pair their letters into CJK characters ("Oil" as "楏").
    """
    rest = data[2:]
    if len(rest) < 16 or b"\x00" in rest:
        return None
    try:
        return rest.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def require_text(data: bytes) -> str:
    """Decode ``data`` or raise UnreadableFile for binary or empty content."""
    if looks_binary(data):
        raise UnreadableFile("binary file (not text)")
    text = spaced_nuls(decode_text(data))  # a stray NUL (see looks_binary): a break between words, no character
    if not text.strip():
        raise UnreadableFile("empty file")
    return text


# Surrogates are no characters: Python leaves them where bytes did not decode (``surrogateescape``: U+DC80-U+DCFF,
# a raw 8-bit e-mail header, a file name) or a JSON text escaped half a pair ("\ud83d"); Whoosh cannot store them.
_SURROGATES = re.compile("[\ud800-\udfff]+")
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a surrogate: the one thing UTF-8 cannot encode (C speed: a regex scan of each text had
    cost a JSON Lines record 0.1 ms of its 0.6)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def without_surrogates(text: str) -> str:
    """``text`` with no surrogate: the bytes ``surrogateescape`` kept decoded as UTF-8 (else each as
    Windows-1252, as a text file's bad bytes are), any other surrogate U+FFFD; ``text`` itself when it has none."""
    if not has_surrogate(text):
        return text
    text = _ESCAPED_BYTES.sub(
        lambda run: bytes(ord(char) - 0xDC00 for char in run.group()).decode("utf-8", errors="cp1252fallback"), text)
    return _SURROGATES.sub(lambda run: "\ufffd" * len(run.group()), text)
