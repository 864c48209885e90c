"""Drupal's post line, "Submitted by Jo Lee on March 10, 2004", in a plain box of no class over or under a page's
story is its byline and date line, out of its body, as "Posted by …" and a box of class "submitted" are."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

STORY = "".join(f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
                for n in range(1, 5))


def page(before: str, after: str = "") -> tuple[date | None, tuple[str, ...], str]:
    """The date, the authors and the body's first line read from a page with ``before`` and ``after`` its story."""
    found = extract(f"<html><head><title>Pool</title></head><body><div class='article-body'><h1>Pool</h1>{before}"
                    f"{STORY}{after}</div></body></html>")
    return found.date, found.authors, found.body.split("\n")[0]


# The line had been the body's first paragraph, the page undated and unbylined.
@pytest.mark.parametrize("line", ["Submitted by Jo Lee on March 10, 2004", "Submitted by Jo Lee on 10 March 2004",
                                  "Posted by Jo Lee on March 10, 2004", "By Jo Lee on March 10, 2004"])
def test_a_post_line_over_the_story_is_its_byline_and_date(line: str) -> None:
    assert page(f"<div>{line}</div>") == (date(2004, 3, 10), ("Jo Lee",), "Paragraph 1 of the council story says "
                                                                          "the bridge work, delayed twice, is finally done.")


def test_a_post_line_under_the_story_is_its_byline_and_date() -> None:
    found = extract(f"<html><head><title>Pool</title></head><body><div class='article-body'><h1>Pool</h1>{STORY}"
                    "<div>Submitted by Jo Lee on March 10, 2004</div></div></body></html>")
    assert (found.date, found.authors, "Submitted" in found.body) == (date(2004, 3, 10), ("Jo Lee",), False)


def test_a_sentence_of_the_story_on_a_day_stays_the_story_s() -> None:
    line = "Submitted by the council on March 10, 2004, the plan was approved by the mayor and the board a week later."
    assert page(f"<p>{line}</p>")[1:] == ((), line)
