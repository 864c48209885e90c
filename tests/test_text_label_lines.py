"""A topic's or a section's label beside a day on a line of its own under a plain text's headline ("Climate Change | 5
March 2024", "Mental Health - 5 March 2024", "Climate Change | RNZ | 5 March 2024"): its day the story's date, its
label the story's section, an outlet beside it the story's publisher, the line out of the text. It had stayed the
text's first line, the story undated. A line of the story mentioning a date, a writer's name and what is no label
(a place, a heading, an office) are read as before."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents import parse_bytes

_STORY = "The council voted on Tuesday to close the town pool for the winter, citing costs.\n"


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "pool.txt", ".txt").articles[0]


@pytest.mark.parametrize(("line", "sections", "source", "day"), [
    ("Climate Change | 5 March 2024", ("Climate Change",), None, date(2024, 3, 5)),
    ("Climate Change - 5 March 2024", ("Climate Change",), None, date(2024, 3, 5)),
    ("Mental Health - 5 March 2024", ("Mental Health",), None, date(2024, 3, 5)),
    ("Local Democracy | 5 March 2024", ("Local Democracy",), None, date(2024, 3, 5)),
    ("Cost Of Living | 5 March 2024", ("Cost Of Living",), None, date(2024, 3, 5)),
    ("Politics | 5 March 2024", ("Politics",), None, date(2024, 3, 5)),
    ("CLIMATE CHANGE | 5 MARCH 2024", ("CLIMATE CHANGE",), None, date(2024, 3, 5)),
    ("Climate Change | 5 March 2024 | 4 min read", ("Climate Change",), None, date(2024, 3, 5)),
    ("Climate Change | RNZ | 5 March 2024", ("Climate Change",), "RNZ", date(2024, 3, 5)),
    ("Climate Change, RNZ | 5 March 2024", ("Climate Change",), "RNZ", date(2024, 3, 5)),
    # a topic the story writes in small letters ("the town pool"): a label, as a post line's category is a section
    ("Town Pool | 5 March 2024", ("Town Pool",), None, date(2024, 3, 5)),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # straight under the headline, or after a blank line
def test_a_label_beside_a_day_gives_the_date_the_section_and_the_outlet(
        line: str, sections: tuple[str, ...], source: str | None, day: date, gap: str) -> None:
    article = read(f"Council votes to close pool{gap}{line}\n\n{_STORY}")
    assert (article.title, article.authors, article.source, article.date, article.sections, article.body) == (
        "Council votes to close pool", (), source, day, sections, _STORY.strip())


def test_a_label_and_a_byline_under_it_are_both_read() -> None:
    article = read(f"Council votes to close pool\n\nClimate Change | 5 March 2024\nBy Jane Doe\n\n{_STORY}")
    assert (article.authors, article.date, article.sections, article.body) == (
        ("Jane Doe",), date(2024, 3, 5), ("Climate Change",), _STORY.strip())


def test_a_header_section_outranks_a_label() -> None:
    article = read(f"Title: Council votes to close pool\nSection: Local News\n\nClimate Change | 5 March 2024\n\n{_STORY}")
    assert (article.date, article.sections, article.body) == (
        date(2024, 3, 5), ("Local News",), f"{_STORY.strip()}\n\nSection: Local News")  # as a header's keys are kept


# A writer's name beside the day is a byline still, no label; what reads as no label stays the text's.
@pytest.mark.parametrize(("line", "authors"), [
    ("Aroha Smith | 5 March 2024", ("Aroha Smith",)),
    ("Margaret Court - 5 March 2024", ("Margaret Court",)),
])
def test_a_writer_beside_a_day_is_no_label(line: str, authors: tuple[str, ...]) -> None:
    article = read(f"Council votes to close pool\n\n{line}\n\n{_STORY}")
    assert (article.authors, article.sections, article.date) == (authors, (), date(2024, 3, 5))


@pytest.mark.parametrize("line", [
    "Weekly Update - 5 March 2024",            # a heading's words
    "Auckland Council | 5 March 2024",         # an office's
    "Storm Ciara | 5 March 2024",              # an event's
    "New Plymouth - 5 March 2024",             # a place's
    "POOL SHUT FOR WINTER - 14 MARCH 2024",    # a shouted heading: its small words in capitals tell no label
    "Climate Change / 5 March 2024",           # no credit's separator
    "Climate Change - 5 March 2024 at the town hall",  # no whole date
    "Climate change talks resume on 5 March 2024",     # a sentence mentioning a date
])
def test_what_is_no_label_beside_a_day_stays_in_the_text(line: str) -> None:
    article = read(f"Council votes to close pool\n\n{line}\n\n{_STORY}")
    assert (article.sections, article.body.startswith(line)) == ((), True)


def test_labels_and_days_one_under_another_are_a_list() -> None:
    text = f"Council votes to close pool\n\nClimate Change | 5 March 2024\nMental Health | 6 March 2024\n\n{_STORY}"
    article = read(text)
    assert (article.date, article.sections, article.body.startswith("Climate Change | 5 March 2024\n")) == (
        None, (), True)


def test_a_body_line_naming_a_label_and_a_day_stays() -> None:
    text = f"Council votes to close pool\n\n{_STORY}\nClimate Change | 5 March 2024\n\nThe pool opens in spring.\n"
    article = read(text)
    assert (article.date, article.sections, "Climate Change | 5 March 2024" in article.body) == (None, (), True)


# A post line's category is a section by the same words: "… in Climate Change" (it had been dropped, the story not
# writing "climate change" in small letters).
def test_a_post_lines_topic_category_is_a_section() -> None:
    article = read(f"Council votes to close pool\n\nPosted by Jane Doe on March 3, 2024 in Climate Change\n\n{_STORY}")
    assert (article.authors, article.date, article.sections) == (("Jane Doe",), date(2024, 3, 3), ("Climate Change",))
