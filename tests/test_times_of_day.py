"""A time of day written with am or pm on it ("9:30am", "10.45pm") is found by the time alone (``9:30``, ``10.45``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.textanalysis import analyze
from newssearch.timesofday import time_of_day

ARTICLES = {
    "colon.txt": "Train delayed\n\nThe train left at 9:30am, an hour late.",
    "dot.txt": "Late finish\n\nThe meeting ended at 10.45pm on Friday.",
    "dotted.txt": "Early start\n\nPolls opened at 9.30a.m. and closed at 12:00PM.",
    "spaced.txt": "Press call\n\nThe press call is at 9:30 am.",
    "hour.txt": "Kick-off\n\nThe match starts at 9pm after 30 minutes of warm-up.",
    "decimal.txt": "Wall built\n\nA 10.45 metre wall and 3.75m of fence.",
    "hours.txt": "Opening hours\n\nDoors open at 10am and close at 11pm, or 12pm on Sundays.",
    "minutes.txt": "Bus times\n\nThe bus left at 9:10am and came back at 11:12P.M.",
}


@pytest.fixture(scope="module")
def times_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("times"), ARTICLES)


@pytest.mark.parametrize(("token", "end"), [
    ("10.45pm", 5), ("30am", 2), ("9.30a.m", 4), ("00PM", 2), ("1.05P.M", 4),
    ("9pm", 0), ("3.75m", 0), ("99pm", 0), ("45m", 0), ("pm", 0), ("10.45", 0),
    ("10am", 0), ("11PM", 0), ("12pm", 0), ("05am", 2), ("13pm", 2),  # an hour of two digits stays whole
])
def test_the_time_in_a_token_ends_before_am_or_pm(token: str, end: int) -> None:
    assert time_of_day(token) == end


@pytest.mark.parametrize(("token", "end"), [("10am", 2), ("12P.M", 2), ("59pm", 2), ("60pm", 0), ("9pm", 0)])
def test_minutes_after_a_colon_are_minutes_up_to_59(token: str, end: int) -> None:
    assert time_of_day(token, colon=True) == end


def test_the_time_is_indexed_at_the_place_of_its_token() -> None:
    assert analyze("at 9:30am", mode="index") == ["at\x1f", "9", "30am", "30"]
    assert analyze("at 10.45pm", mode="index") == ["at\x1f", "10.45pm", "10.45"]
    assert analyze("at 9pm", mode="index") == ["at\x1f", "9pm"]  # an hour alone stays whole: 9 is any number
    assert analyze("9:30am") == ["9", "30am"]  # a query keeps what was typed
    # minutes 10 to 12 are minutes after a colon, and an hour without one
    assert analyze("at 9:10am, 10am", mode="index") == ["at\x1f", "9", "10am", "10", "10am"]


@pytest.mark.parametrize(("query", "expected"), [
    ("9:30", ["colon.txt", "spaced.txt"]),
    ("9:30am", ["colon.txt"]),
    ("10.45", ["decimal.txt", "dot.txt"]),
    ("10.45pm", ["dot.txt"]),
    ("9.30", ["dotted.txt"]),
    ("12:00", ["dotted.txt"]),
    ('"left at 9:30"', ["colon.txt"]),
    ("9", ["colon.txt", "minutes.txt", "spaced.txt"]),  # "9pm" is not a 9
    ("10", ["minutes.txt"]),  # "10am" is no 10 (it had been, as the "30am" of "9:30am" is a 30), "9:10am" is
    ("9:10", ["minutes.txt"]),  # its minutes after a colon (hours 10 to 12 had been left whole there too)
    ("11:12", ["minutes.txt"]),
    ("12", ["dotted.txt", "minutes.txt"]),  # the hour of "12:00PM" and minutes of "11:12P.M.", not "12pm"
    ("11pm", ["hours.txt"]),
])
def test_a_time_finds_it_with_am_or_pm(times_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(times_index, query) == expected


@pytest.mark.parametrize(("query", "article", "marked"), [
    ("9:30", "colon.txt", "left at <mark>9:30</mark>am, an"),
    ("10.45", "dot.txt", "ended at <mark>10.45</mark>pm on"),
    ("12:00", "dotted.txt", "closed at <mark>12:00</mark>PM."),
    ('"left at 9:30"', "colon.txt", "train <mark>left at 9:30</mark>am, an"),
    ("9:30am", "colon.txt", "left at <mark>9:30am</mark>, an"),
    ("9:10", "minutes.txt", "left at <mark>9:10</mark>am and"),
    ("11:12", "minutes.txt", "back at <mark>11:12</mark>P.M."),
    ("30", "colon.txt", "left at 9:<mark>30</mark>am, an"),
    ("10", "minutes.txt", "left at 9:<mark>10</mark>am and"),  # minutes only after a colon: found, and marked
    ("12", "minutes.txt", "back at 11:<mark>12</mark>P.M."),
])
def test_the_time_is_marked(times_index: Path, query: str, article: str, marked: str) -> None:
    with open_index(times_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id == article]
    assert marked in hit.snippet.html()


def test_minutes_after_a_colon_are_marked_among_chinese_letters_too() -> None:
    from newssearch.wordspans import match_spans

    text = "北京时间 9:10am 开会"
    spans = match_spans(text, lambda word: word.lower(), lambda term: term == "10")
    assert [text[span.start:span.end] for span in spans] == ["10"]
