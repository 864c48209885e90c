"""An e-mail's header read safely (raw 8-bit bytes and unknown charsets decoded as a text file's), and the prefixes
mail programs put before a subject they reply to or forward.

The standard library parses a header line (``From``, ``Subject``) when it is first asked for, and raises on some
that are malformed (``From: a@``: IndexError; ``From: a:;b@c``: AttributeError). Every read of a message's header
goes through ``header_text`` or ``from_addresses``, so such a line is its raw text, or no address, never a crash.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from email import errors, message_from_bytes, policy, quoprimime
from email.headerregistry import Address
from email.message import EmailMessage, Message
from typing import cast

from ..errors import UnreadableFile
from .encoding import decode_text, without_surrogates

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([qQbB])\?([^?\s]*)\?=")  # "=?utf-8?q?Caf=C3=A9?="
# Characters of a header line kept: the standard library's parse of one takes n² steps (a subject of 1 MB never
# finished reading; one of 20,000 characters takes 0.04 s).
MAX_HEADER = 20_000
# Characters kept of every other header line: the parse of a structured one (From, Content-Type) takes n² steps even
# at 20,000 characters (a Content-Type of 20,000: 6 s; of 2,000: 0.05 s). Some fifty names, a long MIME type.
MAX_STRUCTURED = 2_000
_TEXT_LINES = frozenset({"subject", "thread-topic"})  # unstructured: their parse is linear
# What the standard library raises on a header line it cannot parse.
HEADER_ERRORS = (LookupError, ValueError, TypeError, AttributeError, IndexError)
FORWARD, REPLY = "forward", "reply"
# The prefixes mail programs (and their translations) put before a subject, each a forward's or a reply's:
# Outlook's "FW:" and German "WG:", French "TR:", Spanish "RV:", Portuguese "ENC:", Italian "I:", Dutch "Doorst:",
# Swedish "VB:", Finnish "VL:"; "RE:", German "AW:", Scandinavian "SV:", Dutch "Antw:", Portuguese "RES:", Italian
# "RIF:". "VS:" is either: Danish and Norwegian Outlook's forward, Finnish Outlook's reply. It tells neither, so
# nothing under it is dropped as a reply's original (a Danish forward's message had been).
SUBJECT_PREFIXES: dict[str, str | None] = {
    "fwd": FORWARD, "fw": FORWARD, "wg": FORWARD, "tr": FORWARD, "rv": FORWARD, "enc": FORWARD, "i": FORWARD,
    "doorst": FORWARD, "vb": FORWARD, "vl": FORWARD,
    "re": REPLY, "aw": REPLY, "sv": REPLY, "antw": REPLY, "res": REPLY, "rif": REPLY,
    "vs": None,
}
_PREFIX = rf"\s*({'|'.join(sorted(SUBJECT_PREFIXES, key=len, reverse=True))})\s*(?:\[\d+\])?\s*:"
# All the prefixes before a subject ("Re: Fwd: ", "RE[2]: "): a title is the subject without them.
MAIL_REPLY = re.compile(rf"^(?:{_PREFIX})+", re.IGNORECASE)
_FIRST_PREFIX = re.compile(rf"^{_PREFIX}", re.IGNORECASE)


def subject_kind(subject: str) -> str | None:
    """``FORWARD`` or ``REPLY`` by the first prefix of ``subject`` ("FW: …", "AW: …"); None for a subject of none."""
    found = _FIRST_PREFIX.match(subject)
    return SUBJECT_PREFIXES[found.group(1).lower()] if found else None


def header_text(message: Message, name: str) -> str:
    """The text of the header line ``name`` of ``message`` ("" when it has none); its raw text, unfolded, when the
    standard library cannot parse it."""
    try:
        return str(message.get(name, "") or "")
    except HEADER_ERRORS:
        raw = next((str(value) for key, value in message.raw_items() if key.lower() == name.lower()), "")
        return " ".join(raw.split())


def from_addresses(message: Message) -> tuple[Address, ...]:
    """The addresses of the message's ``From`` line; () when it has none, or one the standard library cannot parse."""
    try:
        return tuple(getattr(message.get("From"), "addresses", ()))
    except HEADER_ERRORS:
        return ()


def parse_message(data: bytes) -> EmailMessage:
    """The message ``data`` holds, or UnreadableFile when it has no header lines (no e-mail message)."""
    message = cast(EmailMessage, message_from_bytes(data, policy=_CUT_POLICY))  # an EmailPolicy makes EmailMessage
    if not message.keys():
        raise UnreadableFile("not an e-mail message (no header lines)")
    for part in message.walk():
        _decode_raw_headers(part)
    return message


def ends_inside(message: Message) -> bool:
    """Whether the file ends inside ``message``: a multipart message without its closing boundary line (``--b--``),
    which every mail program writes; a download stopped or a mailbox still being written cuts it off. (An attached
    message without its own is damaged, not cut: the message around it goes on.)"""
    return any(isinstance(defect, errors.CloseBoundaryNotFoundDefect) for defect in message.defects)


def _decode_raw_headers(part: EmailMessage) -> None:
    """Decode the header lines of ``part`` written in raw 8-bit bytes rather than encoded words (SMTPUTF8 mail,
    Eudora and old Windows clients): UTF-8, else Windows-1252, as a text file's bytes. The parser keeps such bytes
    as surrogates, which had given a sender "J\udcc3\udcbcrgen" (and stopped the index run) and a subject "Caf�"."""
    items = list(part.raw_items())
    if not any(isinstance(value, str) and _readable(value) != value for _name, value in items):
        return
    for name in set(part.keys()):
        del part[name]
    for name, value in items:
        part.set_raw(name, _readable(value) if isinstance(value, str) else value)


def _limit(name: str) -> int:
    """How many characters of header line ``name`` are kept: MAX_HEADER of a subject, MAX_STRUCTURED of the others."""
    return MAX_HEADER if name.strip().lower() in _TEXT_LINES else MAX_STRUCTURED


class _CutPolicy(policy.EmailPolicy):
    """policy.default, each header line's value cut as ``_limit`` says as the parser reads it, in every part."""

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        return name, _cut(value, _limit(name))


def _cut(value: str, limit: int) -> str:
    """``value`` kept to ``limit`` characters, cut at the white space before the word the bound falls in: a sender's
    last name is not cut in half ("Jane Doe an"); a value with no white space in its start, at the bound."""
    if len(value) <= limit:
        return value
    space = max(value.rfind(" ", 0, limit + 1), value.rfind("\t", 0, limit + 1))
    return value[:space] if space > 0 else value[:limit]


_CUT_POLICY = _CutPolicy()


def _readable(value: str) -> str:
    """A raw header value with its raw 8-bit bytes and its encoded words in a charset Python does not know
    ("=?x-unknown?q?Caf=E9?=", which the parser gives as "Caf�") read as UTF-8, else Windows-1252."""
    return without_surrogates(_ENCODED_WORD.sub(_known_charset_word, value) if "=?" in value else value)


def _known_charset_word(match: re.Match[str]) -> str:
    """An encoded word as it is when Python knows its charset, else its text as UTF-8, else Windows-1252, written
    as a UTF-8 encoded word; as it is when it does not decode."""
    charset, kind, encoded = match.groups()
    try:
        codecs.lookup(charset.split("*")[0])
        return match.group()
    except (LookupError, ValueError):  # a NUL or a raw 8-bit byte in the name raises ValueError
        pass
    try:
        raw = (base64.b64decode(encoded + "=" * (-len(encoded) % 4)) if kind in "bB"
               else quoprimime.header_decode(encoded).encode("latin-1"))
    except (binascii.Error, UnicodeEncodeError):
        return match.group()
    return f"=?utf-8?b?{base64.b64encode(decode_text(raw).encode()).decode('ascii')}?="
