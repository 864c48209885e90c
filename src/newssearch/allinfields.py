"""Google's ``allintitle:``, ``allintext:`` and ``allinurl:``, which put every word after them in one field:
``allintitle: police gunmen`` is ``title:(police gunmen)``. Read as a field no article has, ``allintitle:police`` had
been refused, and ``allintitle: police gunmen`` (Google's spacing) had searched the word "allintitle", finding
nothing, saying nothing."""

from __future__ import annotations

from .schema import BODY, TITLE, URL
from .startup import lazy_compile

_FIELDS = {"title": TITLE, "text": BODY, "url": URL}
_ALL_IN = lazy_compile(rf"(?<![\w:])(?i:allin({'|'.join(_FIELDS)})):\s*")


def all_in_fields(text: str) -> str:
    """``text`` with Google's ``allin…:`` outside quotes and the rest of the query after it as that field's group;
    with nothing after it, the field's name alone, which is refused as ``title:`` is."""
    if "allin" not in text.lower():
        return text
    at = next((m for m in _ALL_IN.finditer(text) if text.count('"', 0, m.start()) % 2 == 0), None)
    if at is None:
        return text
    rest = text[at.end():].strip()
    return f"{text[:at.start()]}{_FIELDS[at.group(1).lower()]}:" + (f"({rest})" if rest else "")
