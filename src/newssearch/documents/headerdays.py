"""The order of a plain text header's slashed date ("Date: 05/03/2024"): day first under keys of another language
than English, else as its story writes one."""

from __future__ import annotations

import re
from collections.abc import Callable

from .fields import Keyed, norm_key
from .keynames import KEY_TRANSLATIONS


def translated(header: Keyed) -> bool:
    """Whether ``header`` names its keys in another language than English ("Datum:", "Kilde:"): all of them write
    a date day first (12/03/2024 is 12 March)."""
    return any(norm_key(name) in KEY_TRANSLATIONS for name, _value in header.values())


# A header's slashed date ("Date: 05/03/2024"), whose order its story may tell.
_SLASHED_VALUE = re.compile(r"\s*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}")


def header_day_first(header: Keyed, day_first: Callable[[], bool]) -> bool | None:
    """Whether a header's slashed date is day first: under keys of another language ("Datum:") always (``translated``),
    else as its story writes one (``day_first()``: in the language its header names, else its words'), asked only of a
    header holding one; None otherwise (no order to tell)."""
    if translated(header):
        return True
    slashed = any(isinstance(value, str) and _SLASHED_VALUE.match(value) for _name, value in header.values())
    return day_first() if slashed else None
