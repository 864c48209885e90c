"""A topic's or a section's label beside a day on a line of its own above a plain text's story ("Climate Change | 5
March 2024", "Mental Health - 5 March 2024", "Climate Change | RNZ | 5 March 2024"), read by ``textbyline`` as a post
line's day: the day is the story's date, the label its section (as a post line's category is one), an outlet the
publishers' table knows beside it its publisher, and the line leaves the text.

Narrow on purpose, as ``textbarecredits`` is, whose credit line it shares (a bar or a spaced dash before a whole day,
no such line under it): the words before the day are a label only when no writer's or publisher's credit was read in
them, and when they read as a section's (``textcategories.is_section``): a desk's or a topic's words ("Politics",
"Climate Change", "Cost Of Living") or a topic the story writes in small letters ("Town Pool" over "the town pool");
not a place the story names, a heading ("Weekly Update"), an office ("Auckland Council") or an event ("Storm Ciara").
"""

from __future__ import annotations

from typing import NamedTuple

from .publishers import is_publisher
from .textbarecredits import credit_parting
from .textcategories import is_section


class LabelLine(NamedTuple):
    """What a label's line gives beside its day: the outlet after the label ("" when none) and the label."""

    outlet: str
    label: str


def label_line(before: str, separator: str, rest: str) -> LabelLine | None:
    """The label and the outlet of a line's words ``before`` its day, parted from it by ``separator``, over the story
    ``rest`` ("Climate Change | RNZ": RNZ, Climate Change; see the module), else None."""
    if not credit_parting(separator, rest):
        return None
    credit = before.strip()
    for mark in "|,":
        label, parted, outlet = (part.strip() for part in credit.rpartition(mark))
        if parted and is_publisher(outlet):
            return LabelLine(outlet, label) if _is_label(label, rest) else None
    return LabelLine("", credit) if _is_label(credit, rest) else None


def _is_label(words: str, rest: str) -> bool:
    """Whether ``words`` read as a section's label of the story ``rest`` (see the module)."""
    return "|" not in words and "," not in words and is_section(words, rest)
