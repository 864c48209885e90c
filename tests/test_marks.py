"""The table of combining marks against this Python's own Unicode data."""

from __future__ import annotations

import re
import unicodedata

import pytest

from newssearch.marks import MARK_RANGES, MARKS, UNICODE_VERSION


def _marks_in(ranges: tuple[tuple[int, int], ...]) -> set[int]:
    return {cp for first, last in ranges for cp in range(first, last + 1)}


def test_every_listed_character_is_a_mark() -> None:
    assert all(unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me") for cp in _marks_in(MARK_RANGES)
               if unicodedata.category(chr(cp)) != "Cn")  # unassigned in an older Unicode


def test_the_table_holds_every_mark_of_this_unicode() -> None:
    if unicodedata.unidata_version != UNICODE_VERSION:
        pytest.skip(f"the table is for Unicode {UNICODE_VERSION}, this Python has {unicodedata.unidata_version}")
    expected = {cp for cp in range(0x10000) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")}
    assert _marks_in(MARK_RANGES) == expected


def test_the_class_matches_marks_and_nothing_else() -> None:
    mark = re.compile(f"[{MARKS}]")
    assert [c for c in "हिन्दी" if mark.match(c)] == ["ि", "्", "ी"]
    assert not mark.search("abc 123 北京 ß")
