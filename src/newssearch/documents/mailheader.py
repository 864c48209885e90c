"""An e-mail's header read safely.

The standard library parses a header line (``From``, ``Subject``) when it is first asked for, and raises on some
that are malformed (``From: a@``: IndexError; ``From: a:;b@c``: AttributeError). Every read of a message's header
goes through ``header_text`` or ``from_addresses``, so such a line is its raw text, or no address, never a crash.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import Message

# What the standard library raises on a header line it cannot parse.
HEADER_ERRORS = (LookupError, ValueError, TypeError, AttributeError, IndexError)


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
