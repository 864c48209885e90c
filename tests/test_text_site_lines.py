"""A news site's line of metadata above a plain text's story, its parts between bars or bullets in any order, as copied
from the site: its day, publisher, writer, section and dateline's place ("Palmerston North | Stuff | 7 March 2024").
Such a line had stayed the text's first line (the title, when nothing headed it), the story undated, its publisher
unread. The place is no writer: it stays the text's first line, as a dateline's place does. A line whose parts do not
all read so, or one of a list, stays the text's."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents import parse_bytes

_STORY = "The council voted on Tuesday to close the town pool for the winter, citing costs."
_DAY = date(2024, 3, 7)


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "pool.txt", ".txt").articles[0]


# (line, authors, publisher, sections, the place kept atop the story)
_LINES = [
    ("Palmerston North | Stuff | 7 March 2024", (), "Stuff", (), "Palmerston North"),
    ("PALMERSTON NORTH | Stuff | 7 March 2024", (), "Stuff", (), "PALMERSTON NORTH"),
    ("Stuff • 7 March 2024 • Jane Doe", ("Jane Doe",), "Stuff", (), None),
    ("Stuff • 7 March 2024", (), "Stuff", (), None),
    ("By Jane Doe • Stuff • 7 March 2024", ("Jane Doe",), "Stuff", (), None),
    ("RNZ | Politics | 7 March 2024", (), "RNZ", ("Politics",), None),
    ("7 March 2024 | RNZ | Politics", (), "RNZ", ("Politics",), None),
    ("Politics · Jane Doe · 7 March 2024", ("Jane Doe",), None, ("Politics",), None),
    ("Jane Doyle | Transport | 7 March 2024", ("Jane Doyle",), None, ("Transport",), None),  # it had stayed
    ("Wellington | RNZ | Local News | 7 March 2024 | 4 min read", (), "RNZ", ("Local News",), "Wellington"),
]


@pytest.mark.parametrize(("line", "authors", "source", "sections", "place"), _LINES)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # straight under the headline, or after a blank line
def test_a_site_line_under_a_headline_gives_its_day_publisher_writer_and_section(
        line: str, authors: tuple[str, ...], source: str | None, sections: tuple[str, ...], place: str | None,
        gap: str) -> None:
    article = read(f"Council votes to close pool{gap}{line}\n\n{_STORY}\n")
    body = f"{place}\n\n{_STORY}" if place else _STORY
    assert (article.title, article.date, article.authors, article.source, article.sections, article.body) == (
        "Council votes to close pool", _DAY, authors, source, sections, body)


@pytest.mark.parametrize(("line", "authors", "source", "sections", "place"), _LINES)
def test_a_site_line_opening_the_text_is_no_title(line: str, authors: tuple[str, ...], source: str | None,
                                                  sections: tuple[str, ...], place: str | None) -> None:
    article = read(f"{line}\n\n{_STORY}\n")
    body = f"{place}\n\n{_STORY}" if place else _STORY
    assert (article.title_source, article.date, article.authors, article.source, article.sections, article.body) == (
        "lede", _DAY, authors, source, sections, body)
    assert article.title.startswith("The council voted")


@pytest.mark.parametrize("line", [
    "Palmerston North | 7 March 2024 | 4 min read",  # a place and its day: a dateline's line, no site's
    "Stuff | 7 March 2024 | 8 March 2024",          # two days
    "Storm Ciara • Stuff • 7 March 2024",           # an event's name: no writer, no section
    "Jane Doe • Wellington Smith • 7 March 2024",   # two writers
    "Stuff | RNZ | 7 March 2024",                   # two publishers
    "Sunday Star-Times • 7 March 2024",             # a paper the publishers' table does not know
    "Stuff | Pool Closes For Winter Says Council Spokesperson | 7 March 2024",  # a heading's words
    "Stuff | 7 March",                              # no whole day
])
def test_a_line_whose_parts_do_not_all_read_stays_in_the_text(line: str) -> None:
    article = read(f"Council votes to close pool\n\n{line}\n\n{_STORY}\n")
    assert (article.date, article.authors, article.source, article.sections, article.body.startswith(line)) == (
        None, (), None, (), True)


def test_site_lines_one_under_another_are_a_list() -> None:
    text = f"Pool roster\n\nStuff | Politics | 7 March 2024\nRNZ | Sport | 8 March 2024\n\n{_STORY}\n"
    article = read(text)
    assert (article.date, article.source, article.sections, article.body.startswith("Stuff | Politics")) == (
        None, None, (), True)
