"""A date and time (a moment, not only its day) as ISO 8601 writes it, read alike on Python 3.10 and 3.11."""

from __future__ import annotations

from datetime import datetime

from ..startup import lazy_compile

# A fraction of a second, after the seconds: Python 3.10 reads only 3 or 6 digits of it, 3.11 any (cut to 6).
_SECONDS_FRACTION = lazy_compile(r"(?<=:\d\d)\.(\d+)")
_BASIC_OFFSET = lazy_compile(r"(?<=\d)([+-]\d\d)(\d\d)$")  # an offset without its colon, after the time
_NO_OFFSET = lazy_compile(r"[+-]\d\d:[6-9]\d$")  # "+05:75", which fromisoformat reads as +06:15


def iso_moment(text: str) -> datetime | None:
    """An ISO 8601 date and time (``2024-03-05T10:20:30.1234Z``) as ``datetime.fromisoformat`` reads it on Python
    3.11, on 3.10 too (a trailing ``Z``, a fraction of any length); None when it does not read, or its offset's minutes
    are 60 or more."""
    text = _SECONDS_FRACTION.sub(lambda found: "." + found.group(1)[:6].ljust(6, "0"), text.strip(), count=1)
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    text = _BASIC_OFFSET.sub(r"\1:\2", text)  # "+1300", which 3.10 does not read
    if _NO_OFFSET.search(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
