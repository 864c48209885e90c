"""An e-mail's header read safely, and the prefixes mail programs put before a subject they reply to or forward.

The standard library parses a header line (``From``, ``Subject``) when it is first asked for, and raises on some
that are malformed (``From: a@``: IndexError; ``From: a:;b@c``: AttributeError). Every read of a message's header
goes through ``header_text`` or ``from_addresses``, so such a line is its raw text, or no address, never a crash.
"""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import Message

# What the standard library raises on a header line it cannot parse.
HEADER_ERRORS = (LookupError, ValueError, TypeError, AttributeError, IndexError)
FORWARD, REPLY = "forward", "reply"
# The prefixes mail programs (and their translations) put before a subject, each a forward's or a reply's:
# Outlook's "FW:" and German "WG:", French "TR:", Spanish "RV:", Portuguese "ENC:", Italian "I:", Dutch "Doorst:";
# "RE:", German "AW:", Scandinavian "SV:", Finnish "VS:", Dutch "Antw:", Portuguese "RES:", Italian "RIF:".
SUBJECT_PREFIXES = {
    "fwd": FORWARD, "fw": FORWARD, "wg": FORWARD, "tr": FORWARD, "rv": FORWARD, "enc": FORWARD, "i": FORWARD,
    "doorst": FORWARD,
    "re": REPLY, "aw": REPLY, "sv": REPLY, "vs": REPLY, "antw": REPLY, "res": REPLY, "rif": REPLY,
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
