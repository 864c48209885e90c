"""Article ids: how a file's name and a record's key are written into one, and the forms a typed id may take.

An id is printed as it is stored, so it holds no character output leaves out: those are written ``%XX``, the
bytes of their UTF-8 (as in a web address). A file's id never holds ``#``: the first ``#`` of an id is where a
record's key starts (``wire.jsonl#3``), so a file named ``wire.jsonl#3`` is ``wire.jsonl%233``, never a record.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence

from .startup import lazy_compile

# What no output shows (terminal, CSV): control characters, C1 controls, zero-width spaces, the marks and
# overrides of text direction (escape-sequence and reordering injection). ZWNJ and ZWJ (U+200C, U+200D) are
# not among them: they are spelling (Persian "می‌روم", emoji sequences) and harmless.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# In an id, breaks too, and each byte of a name that is not UTF-8 (Python holds it as a lone surrogate).
_UNWRITABLE_KEY = lazy_compile(f"[\ud800-\udfff\t\n]|{UNSAFE_CHARS.pattern}")  # a key: any lone surrogate of JSON
_UNWRITABLE_NAME = lazy_compile(f"[\udc80-\udcff\t\n#]|{UNSAFE_CHARS.pattern}")
# A CSV cell starting with one of these is a formula to a spreadsheet (OWASP's list for CSV injection): --csv
# puts a ' before it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PERCENT_ESCAPE = lazy_compile("%(?=[0-9A-Fa-f]{2})")  # a % that reads as the start of a %XX


def _escaped(char: str) -> str:
    """One character as ``%XX``: a byte that is not UTF-8 as that byte, any other as the bytes of its UTF-8."""
    if "\udc80" <= char <= "\udcff":
        return f"%{ord(char) - 0xDC00:02X}"
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))


def portable_id(name: str) -> str:
    """The id of a file at relative path ``name``: each byte that is not UTF-8, each character output leaves
    out and each ``#`` written ``%XX`` (``caf\\xe9.txt``: ``caf%E9.txt``; ``exp #2.jsonl``: ``exp %232.jsonl``).

    A name from an old Latin-1 zip or share cannot be stored in the index or the manifest as it is: one such
    file stopped every run. A newline in a name would print as two lines, and a bidi override would be printed
    without, as an id no one could type back.
    """
    if name.isascii() and name.isprintable() and "#" not in name:
        return name
    return _UNWRITABLE_NAME.sub(lambda m: _escaped(m.group()), name)


def os_name_id(name: str) -> str:
    """The id of a file at relative path ``name`` as the system gave it (``os.walk``): ``portable_id`` of its
    UTF-8 text, whatever the locale."""
    return portable_id(utf8_text(name))


# Python decodes file names and arguments in the locale's encoding: under a Python not in UTF-8 mode
# (``LC_ALL=C PYTHONUTF8=0``) "résumé.txt" arrives as "r\udcc3\udca9sum…", which an id would write
# "r%C3%A9sum…": the same file would have another id, and a typed word other letters, by the locale.
_OS_IS_UTF8 = codecs.lookup(sys.getfilesystemencoding()).name == "utf-8"


def utf8_text(text: str) -> str:
    """``text`` from the system (a file name, an argument) as its bytes read as UTF-8, whatever the locale; bytes
    that are not UTF-8 stay as Python holds them (lone surrogates), which an id writes ``%XX``."""
    if _OS_IS_UTF8 or text.isascii():
        return text
    try:
        return os.fsencode(text).decode("utf-8", "surrogateescape")
    except UnicodeError:  # not from the system after all (text the locale cannot write): as it is
        return text


def os_text(text: str) -> str:
    """``utf8_text`` undone: a path typed as UTF-8 text, as the system names it (to open it)."""
    if _OS_IS_UTF8 or text.isascii():
        return text
    try:
        return os.fsdecode(text.encode("utf-8", "surrogateescape"))
    except UnicodeError:
        return text


def record_id(rel: str, key: str) -> str:
    """The id of the record ``key`` of the file whose id is ``rel``: ``rel#key``, the key written as file names
    are (an ESC from a JSON ``"id"`` is ``%1B``), its own ``#`` kept: only the first ``#`` of an id counts."""
    return f"{rel}#{portable_key(key)}"


def stable_keys(own: Sequence[str | None], natural: Sequence[str | None], *, each: bool = True) -> list[str]:
    """Each record's key: its own id, else its natural key (its address, ``https://news.example/ferry``), else its
    place (``3``, counted from 1).

    A place shifts when a file is exported again with a record added on top: every record below it would be
    "updated" and ``feed.xml#3`` would name another story. Natural keys key the records without an id of their own
    only when no two of those share one, nor one is another record's id, and (with ``each``) every one of them has
    one; else those records keep their places, as before. ``each=False`` is for a list whose records without a natural
    key are skipped (a saved link that is no web address), so their places key nothing.
    """
    keyless = [key for mine, key in zip(own, natural) if mine is None]
    spare = [key for key in keyless if key]
    usable = len(set(spare)) == len(spare) and not set(spare) & set(own) and (len(spare) == len(keyless) or not each)
    return [mine or (key if usable and key else str(place)) for place, (mine, key) in enumerate(zip(own, natural), 1)]


def portable_key(key: str) -> str:
    """A record's key with what output leaves out written ``%XX`` (``#`` kept)."""
    if key.isascii() and key.isprintable():
        return key
    return _UNWRITABLE_KEY.sub(lambda m: _escaped(m.group()), key)


def distinct_id(rel: str) -> str:
    """Another id for a file whose id a file indexed first holds: each ``%`` that reads as ``%XX`` written ``%25``
    (``caf%E9.txt`` named so, beside ``caf\\xe9.txt``, is ``caf%25E9.txt``)."""
    return _PERCENT_ESCAPE.sub("%25", rel)


_ESCAPE_RUN = lazy_compile("(?:%[0-9A-Fa-f]{2})+")


def id_file_name(article_id: str) -> str:
    """The name a file's id was written from (``portable_id`` undone): each run of ``%XX`` that ``portable_id``
    writes so as its character or byte (``with %23hash.txt``: ``with #hash.txt``; ``caf%E9.txt``: ``caf\\udce9.txt``,
    the byte as Python holds it); any other (``100%41.txt``, ``r%C3%A9.txt``) as written, a ``%`` of the name."""
    if "%" not in article_id:
        return article_id

    def unescaped(run: re.Match[str]) -> str:
        text = bytes.fromhex(run.group().replace("%", "")).decode("utf-8", "surrogateescape")
        return text if portable_id(text) == run.group() else run.group()

    return _ESCAPE_RUN.sub(unescaped, article_id)


_LONE_BYTE = lazy_compile("[\udc80-\udcff]")
_UNSEEN_SPACES = frozenset("\u200b\u2060\ufeff")  # zero-width spaces, which isspace() does not count


def _legacy_char(byte: re.Match[str]) -> str:
    """A byte of a name that is not UTF-8 as Windows-1252 reads it (Latin-1 where that reads none)."""
    raw = bytes([ord(byte.group()) - 0xDC00])
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def plain_spelling(text: str) -> str:
    """``text`` (an id, or an id typed) without what sets two spellings of one name apart unseen: its escapes and
    bytes that are not UTF-8 read as Windows-1252 (``caf%E9.txt`` as ``café.txt``), composed (NFC), no spaces."""
    if text.isascii() and text.isprintable() and "%" not in text and " " not in text:
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate no name holds: as it is
        raw = text.encode("utf-8", "surrogatepass")
    raw = re.sub(rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
    read = nfc(_LONE_BYTE.sub(_legacy_char, raw.decode("utf-8", "surrogateescape")))
    return "".join(char for char in read if not char.isspace() and char not in _UNSEEN_SPACES)


def file_part(article_id: str) -> str:
    """The id of the file an article is in: the id up to its first ``#`` (the whole id for a file's article)."""
    return article_id.split("#", 1)[0]


def typed_forms(typed: str) -> list[str]:
    """The ids ``typed`` may be, in order: as typed; as a path written into an id (``#`` of a file name too:
    each ``#`` in turn as the start of a record's key); without the ``'`` that ``--csv`` puts before an id that
    starts as a formula does (``'-draft.txt``)."""
    forms = [typed, *_escaped_forms(typed)]
    if typed[:1] == "'" and typed[1:].startswith(FORMULA_STARTS):
        unguarded = typed[1:]
        forms += [unguarded, *_escaped_forms(unguarded)]
    return [form for form in dict.fromkeys(forms) if not _NOT_UTF8.search(form)]  # no id holds such a byte


_NOT_UTF8 = lazy_compile("[\ud800-\udfff]")


def _escaped_forms(typed: str) -> list[str]:
    """``typed`` as the id of a file, then as the id of each record it may name, or of the archive member it names
    as ``tar tzf`` lists it (``pack.tar.gz#./ferry.txt``: a member's id has no ``./`` or leading ``/``)."""
    forms = [portable_id(typed)]
    at = typed.find("#")
    while at >= 0:
        key = typed[at + 1:]
        member = "/".join(part for part in key.split("/") if part not in ("", "."))  # as archivenames.member_path
        forms += [record_id(portable_id(typed[:at]), part) for part in dict.fromkeys([key, member or key])]
        at = typed.find("#", at + 1)
    return forms


def nfc(text: str) -> str:
    """``text`` in Unicode's composed form."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def same_when_composed(wanted: Iterable[str], ids: Iterable[str]) -> list[str]:
    """The ``ids`` equal to one of ``wanted`` once both are composed (NFC): a folder a Mac wrote decomposed
    holding a file named composed is neither all NFC nor all NFD."""
    composed = {nfc(form) for form in wanted}
    return [known for known in ids if nfc(known) in composed]


# The longest path (PATH_MAX) and file name (NAME_MAX) Linux opens, in bytes: a longer one names no file, and is not
# resolved as a path (a fuzzed feed's address of 2.2 MB, its article's id, had been resolved part by part, each of its
# 191,922 parts lstat'd over a longer path: minutes).
_PATH_MAX, _NAME_MAX = 4096, 255


def may_name_file(typed: str) -> bool:
    """Whether ``typed`` is short enough to be a file's path: in all, and each of its parts."""
    encoded = typed.encode("utf-8", "surrogateescape")
    return len(encoded) < _PATH_MAX and all(len(part) <= _NAME_MAX for part in encoded.split(b"/"))
