"""A byline and date box opening a page's body: a desk's credit and the date ("red. 27.04.2021 14:51", as gazeta.pl
writes its Polish editorial desk, redakcja; German's Redaktion), and a name with its title over a reading time and the
date ("Christoph Hein" / "Chefredakteur" / "ca. 8 Min." / "12.01.2022", angelmagazin.de's box). Each is the page's
author and date, never a paragraph of the story; "red." is a desk, no one."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

STORY = "".join(f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
                for n in range(1, 5))


def page(box: str) -> tuple[tuple[str, ...], date | None, str]:
    """The authors, the date and the body's start read from a page with ``box`` between its headline and story."""
    found = extract(f"<html><head><title>Pool</title></head><body><article><h1>Pool closes</h1>{box}{STORY}"
                    "</article></body></html>")
    return found.authors, found.date, found.body[:11]


@pytest.mark.parametrize("box", [
    "<p>red. 27.04.2021 14:51</p>",
    "<div><span class='article_author'>red. </span><span class='article_date'><time>27.04.2021 14:51</time></span></div>",
    "<p>red. · 27.04.2021 14:51 ·</p>",
    "<p>Redaktion · 27.04.2021 14:51</p>"])
def test_a_desk_s_credit_and_the_date_are_no_paragraph(box: str) -> None:
    assert page(box) == ((), date(2021, 4, 27), "Paragraph 1")


@pytest.mark.parametrize("box", [
    "<div>Christoph Hein<br>Chefredakteur</div><div>ca. 8 Min.<br>12.01.2022</div>",
    "<p>Christoph Hein Chefredakteur · ca. 8 Min. · 12.01.2022 ·</p>",
    "<div><strong>Christoph Hein</strong><br>Chefredakteur</div><div>8 Min. Lesezeit · 12.01.2022</div>"])
def test_a_name_its_title_a_reading_time_and_the_date_are_the_byline(box: str) -> None:
    assert page(box) == (("Christoph Hein",), date(2022, 1, 12), "Paragraph 1")


def test_a_first_paragraph_naming_a_day_stays_the_story_s() -> None:  # and a headline-like line over the date
    assert page("<h2>Council Votes Again</h2><p>12.01.2022</p>")[2] == "Council Vot"
    assert page("<p>Christoph Hein said on 12.01.2022 that the bridge was done.</p>")[2] == "Christoph H"
