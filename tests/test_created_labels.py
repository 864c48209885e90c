"""A date after "Created" or "Submitted" ("Created: 03/10/2004", "Created on March 10, 2004", "Submitted on …") dates a
page's story as "Published" does, after a page stamp's "Created …" and "Last Modified …" the day created; a text's
"Submitted" too, but not its "Created", a note's day (Notion's property: notionprops)."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents import parse_bytes

STORY = ("The council voted on Tuesday to close the old bridge for repairs, officials said. Work will take months and "
         "cost the town a great deal of money.")


def html_date(line: str) -> date | None:
    page = f"<html><body><h1>Bridge closes</h1><div>{line}</div>{f'<p>{STORY}</p>' * 3}</body></html>"
    (article,) = parse_bytes(page.encode(), "a.html", ".html").articles
    return article.date


def text_date(line: str) -> date | None:
    (article,) = parse_bytes(f"Bridge closes\n\n{line}\n\n{STORY}\n".encode(), "a.txt", ".txt").articles
    return article.date


LINES = ["Created: 03/10/2004", "Created on March 10, 2004", "Created: 10 March 2004", "Submitted on March 10, 2004",
         "Submitted: March 10, 2004"]


@pytest.mark.parametrize("line", LINES)
def test_a_date_after_created_or_submitted_dates_a_page(line: str) -> None:
    assert html_date(line) == date(2004, 3, 10)


@pytest.mark.parametrize("line", LINES[3:])
def test_a_date_after_submitted_dates_a_text(line: str) -> None:
    assert text_date(line) == date(2004, 3, 10)


@pytest.mark.parametrize("line", LINES[:3])
def test_a_texts_created_line_is_a_notes_day_not_its_date(line: str) -> None:
    assert text_date(line) is None
    (article,) = parse_bytes(f"Bridge closes\n\n{STORY}\n\n{line}\n".encode(), "a.txt", ".txt").articles
    assert article.date is None


@pytest.mark.parametrize("line", ["Created 03-10-2004 2:20pm - Last Modified: 03-12-2004 9:05am",
                                  "Last modified: March 12, 2004 | Created: March 10, 2004"])
def test_a_page_stamp_created_and_modified_gives_the_day_created(line: str) -> None:
    assert html_date(line) == date(2004, 3, 10)


def test_an_event_on_a_day_stays_no_date_line() -> None:
    assert html_date("Concert on March 10, 2004") is None
