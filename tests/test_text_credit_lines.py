"""A credit line without "By" among a plain text's top lines: a writer's name or a publisher and the story's date on one
line, after a dash or a bar ("Jane Doe - 14 March 2024", "RNZ | 5 March 2024"). Each had stayed in the text under
its headline (or been the title when nothing headed it), the story undated and unsigned. A dateline opening the story,
a line whose right side is no whole date and a name that reads as a place, a topic or a heading stay the text's."""

from __future__ import annotations

import time
from datetime import date

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.textbarecredits import topic_label

_STORY = "The council voted on Tuesday to close the town pool for the winter, citing costs.\n"


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "pool.txt", ".txt").articles[0]


_CREDITS = [
    ("Jane Doe - 14 March 2024", ("Jane Doe",), None, date(2024, 3, 14)),
    ("Jane Doe | 14 March 2024", ("Jane Doe",), None, date(2024, 3, 14)),
    ("By Jane Doe | March 14, 2024", ("Jane Doe",), None, date(2024, 3, 14)),
    ("Jane Doe \u2014 2024-03-14", ("Jane Doe",), None, date(2024, 3, 14)),
    ("Jane Doe - 14 March 2024, 5:03 pm", ("Jane Doe",), None, date(2024, 3, 14)),
    ("RNZ | 5 March 2024", (), "RNZ", date(2024, 3, 5)),
    ("Source: RNZ - 5 March 2024", (), "RNZ", date(2024, 3, 5)),
    ("Jane Doe, RNZ | 5 March 2024", ("Jane Doe",), "RNZ", date(2024, 3, 5)),
    ("Wellington Smith - 14 March 2024", ("Wellington Smith",), None, date(2024, 3, 14)),  # a person's name
]


@pytest.mark.parametrize(("line", "authors", "source", "day"), _CREDITS)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # straight under the headline, or after a blank line
def test_a_credit_line_under_a_headline_gives_its_writer_or_publisher_and_day(
        line: str, authors: tuple[str, ...], source: str | None, day: date, gap: str) -> None:
    article = read(f"Council votes to close pool{gap}{line}\n\n{_STORY}")
    assert (article.title, article.authors, article.source, article.date, article.body) == (
        "Council votes to close pool", authors, source, day, _STORY.strip())


@pytest.mark.parametrize(("line", "authors", "source", "day"), _CREDITS)
def test_a_credit_line_opening_the_text_leaves_it(line: str, authors: tuple[str, ...], source: str | None,
                                                  day: date) -> None:
    article = read(f"{line}\n\n{_STORY}")
    assert (article.authors, article.source, article.date, article.body) == (authors, source, day, _STORY.strip())


# A dateline opens the story: its place and date (or place alone) stay the story's first words.
@pytest.mark.parametrize("lede", [
    "WELLINGTON - The council said on 5 March 2024 it would close the pool.",
    "Wellington, 5 March 2024 - Police said a man was hurt at the pool.",
    "New Plymouth - 5 March 2024 - The council said it would close the pool.",
])
def test_a_dateline_opening_the_story_stays_in_it(lede: str) -> None:
    article = read(f"Council votes to close pool\n\n{lede}\n\nIt will open again in spring.\n")
    assert (article.authors, article.body.startswith(lede)) == ((), True)


# Not a whole date on the right (a month, a date and more words), or no day of the calendar: the line is the text's.
@pytest.mark.parametrize("line", [
    "Jane Doe - March 2024",
    "Jane Doe - 14 March 2024 at the town hall",
    "Jane Doe - 31 February 2024",
    "Jane Doe \u2014 2024-02-30",
    "Jane Doe - 14",
])
def test_a_credit_line_without_a_whole_real_date_stays_in_the_text(line: str) -> None:
    article = read(f"Council votes to close pool\n\n{line}\n\n{_STORY}")
    assert (article.authors, article.date, article.body.startswith(line)) == ((), None, True)


# Without "By", the words before the date must read as a writer's: not a place the story names or one in capitals
# (a dateline's), not a heading's or an office's title, not a comma's list, not a desk; a date after a comma is a
# dateline's place ("Wellington, 5 March 2024"), no credit. A topic the story writes in small letters ("Town Pool"
# over "the town pool") is no writer either, but a label: its line is read by textlabels (test_text_label_lines).
@pytest.mark.parametrize("line", [
    "New Plymouth - 5 March 2024",
    "NEW PLYMOUTH - 5 March 2024",
    "Weekly Update - 5 March 2024",
    "Auckland Council | 5 March 2024",
    "Jane Doe, Wellington | 5 March 2024",
    "Staff Reporter - 5 March 2024",
    "Jane Doe / 5 March 2024",
    "Storm Ciara | 5 March 2024",
    "Cyclone Gabrielle - 5 March 2024",
    "Sunday Star-Times | 5 March 2024",  # a paper the publishers' table does not know: no writer
    # a place the story does not name, as the place names know it: a dateline's (they had been the writer)
    "Palmerston North - 5 March 2024",
    "Hawke's Bay | 5 March 2024",
    "Wagga Wagga - 5 March 2024",
    "Kuala Lumpur | 5 March 2024",
])
def test_words_that_are_no_writer_before_a_date_stay_in_the_text(line: str) -> None:
    story = "The New Plymouth council voted on Tuesday to close the town pool for the winter, citing costs.\n"
    article = read(f"Council votes to close pool\n\n{line}\n\n{story}")
    assert (article.authors, article.source, line in article.body) == ((), None, True)


# A name and a date over another name and a date are a list (a roster, a schedule): neither is the story's credit.
def test_names_and_dates_one_under_another_are_a_list() -> None:
    text = f"Pool roster\n\nJane Doe - 5 March 2024\nJohn Roe | 6 March 2024\n\n{_STORY}"
    article = read(text)
    assert (article.authors, article.date, article.body.startswith("Jane Doe - 5 March 2024\nJohn Roe")) == (
        (), None, True)


def test_a_long_run_of_spaces_under_a_credit_line_is_read_in_linear_time() -> None:
    # the line under a credit is searched for a date after a dash: a run of spaces must not be tried from each place
    started = time.process_time()
    article = read(f"Jane Doe - 14 March 2024\n{' ' * 200_000}x -\n\n{_STORY}")
    assert article.authors == ("Jane Doe",) and time.process_time() - started < 2


# A credit line in capitals, as a page's style writes a byline (the date in capitals too): read as the same line in
# title case is, its names in title case ("McDONALD", "O'BRIEN" too). It had stayed the text's first line.
@pytest.mark.parametrize(("line", "authors", "source", "day"), [
    ("JANE DOE - 14 MARCH 2024", ("Jane Doe",), None, date(2024, 3, 14)),
    ("JANE DOE | 14 MARCH 2024", ("Jane Doe",), None, date(2024, 3, 14)),
    ("JANE DOE - 2024-03-14", ("Jane Doe",), None, date(2024, 3, 14)),
    ("SEAN McDONALD - 14 MARCH 2024", ("Sean McDonald",), None, date(2024, 3, 14)),
    ("MARY O'BRIEN | 14 MARCH 2024", ("Mary O'Brien",), None, date(2024, 3, 14)),
    ("JANE DOE, RNZ | 5 MARCH 2024", ("Jane Doe",), "RNZ", date(2024, 3, 5)),
    ("BY JANE DOE | RNZ", ("Jane Doe",), "RNZ", None),
    ("BY SEAN McDONALD | RNZ", ("Sean McDonald",), "RNZ", None),
    ("BY SEAN McDONALD", ("Sean McDonald",), None, None),
])
def test_a_credit_line_in_capitals_is_read(line: str, authors: tuple[str, ...], source: str | None,
                                           day: date | None) -> None:
    article = read(f"Council votes to close pool\n\n{line}\n\n{_STORY}")
    assert (article.authors, article.source, article.date, article.body) == (authors, source, day, _STORY.strip())


# Not a credit in capitals: a dateline's place (one word; a place's word; the place alone in capitals, as a wire
# writes it, its date not), a shouted heading (its small words), a role.
@pytest.mark.parametrize("line", [
    "WELLINGTON - 14 MARCH 2024",
    "NEW PLYMOUTH - 14 MARCH 2024",
    "PALMERSTON NORTH | 14 MARCH 2024",
    "HAWKE'S BAY - 14 MARCH 2024",
    "JANE DOE - 14 March 2024",
    "HARBOUR BRIDGE - 14 March 2024",
    "POOL SHUT FOR WINTER - 14 MARCH 2024",
    "STAFF REPORTER - 14 MARCH 2024",
])
def test_capitals_that_are_no_credit_stay_in_the_text(line: str) -> None:
    story = "The board voted on Tuesday to shut the baths until spring, citing costs.\n"
    article = read(f"Council votes to close pool\n\n{line}\n\n{story}")
    assert (article.authors, article.source, article.body.startswith(line)) == ((), None, True)


# A topic's or a section's label beside the day is no writer, though the story never writes its words: a beat's or a
# desk's word (climate, health, local democracy), a heading's small word in capitals ("Cost Of Living"). A name is
# read still, a surname that is a word too ("Court") among them.
@pytest.mark.parametrize("line", [
    "Climate Change | 5 March 2024",
    "Climate Change - 5 March 2024",
    "Mental Health | 5 March 2024",
    "Local Democracy | 5 March 2024",
    "Cost Of Living | 5 March 2024",
    "CLIMATE CHANGE | 5 MARCH 2024",
    "Climate Change | 5 March 2024 | 4 min read",
    "Climate Change | RNZ | 5 March 2024",
])
def test_a_topic_label_beside_a_day_is_no_writer(line: str) -> None:
    article = read(f"Council votes to close pool\n\n{line}\n\n{_STORY}")
    assert article.authors == ()


@pytest.mark.parametrize(("line", "authors"), [
    ("Aroha Smith | 5 March 2024", ("Aroha Smith",)),
    ("Margaret Court - 5 March 2024", ("Margaret Court",)),
    ("Michael Bay | 5 March 2024", ("Michael Bay",)),
    ("Aroha Smith | 5 March 2024 | 4 min read", ("Aroha Smith",)),
    ("Aroha Smith | RNZ | 5 March 2024", ("Aroha Smith",)),
])
def test_a_name_beside_a_day_is_still_read(line: str, authors: tuple[str, ...]) -> None:
    article = read(f"Council votes to close pool\n\n{line}\n\n{_STORY}")
    assert (article.authors, article.date, article.body) == (authors, date(2024, 3, 5), _STORY.strip())


@pytest.mark.parametrize(("words", "label"), [
    ("Climate Change", True), ("LOCAL DEMOCRACY", True), ("Cost Of Living", True), ("War In Ukraine", True),
    ("Aroha Smith", False), ("Margaret Court", False), ("Johnnie To", False),  # a last word may be a surname
    ("Jane A Doe", False), ("Anna van der Berg", False),
])
def test_a_topic_label_is_told_by_its_words(words: str, label: bool) -> None:
    assert topic_label(words) is label
