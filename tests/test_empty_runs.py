"""A page of very many elements is cut of its runs of empty ones once, right after parsing: 200,000 empty or unclosed
<div>, <li> or <a> tags had taken 10 to 20 seconds to read, every pass over the page walking each of them. Work is
counted, not timed: the elements left in the tree."""

from __future__ import annotations

import lxml.html
import pytest

from newssearch.documents.emptyruns import MAX_ELEMENTS, cut_empty_runs
from newssearch.documents.html import parse_tree, read_html

STORY = "<p>The council voted on Tuesday to build the new bridge over the harbour, the mayor said.</p>"
HEAD = ("<html><head><title>Council votes</title><meta property='og:title' content='Council votes'>"
        "<meta name='author' content='Jane Doe'>" * 3 + "</head><body><h1>Council votes on the bridge</h1>")


def _page(filler: str) -> str:
    return HEAD + STORY + filler + "<p>The bridge will open in 2027, the council said after the vote.</p></body></html>"


@pytest.mark.parametrize("filler", ["<div>" * 200_000, "<div></div>" * 200_000, "<li>" * 200_000, "<p><b>" * 100_000,
                                    "<a href=x></a>" * 200_000, "<br>" * 200_000, "<table><tr><td>" * 70_000])
def test_a_page_of_200000_empty_elements_keeps_few_and_reads_as_without_them(filler: str) -> None:
    assert sum(1 for _ in parse_tree(_page(filler)).iter()) < 1_000
    (article,) = read_html(_page(filler).encode(), "many.html").articles
    assert article.body == ("The council voted on Tuesday to build the new bridge over the harbour, the mayor said.\n\n"
                            "The bridge will open in 2027, the council said after the vote.")


def test_two_of_a_run_are_kept_and_what_holds_text_or_names_something_stays() -> None:
    root = lxml.html.fromstring("<div>" + "<meta name=x content=y>" * MAX_ELEMENTS + "a<br><br><br> <br>b"
                                "<span><i></i></span><span></span><span class=x></span><span></span>c<span>d</span><span></span>"
                                "<img alt=e><img><img><img>f</div>")
    assert cut_empty_runs(root) == 2  # a third <br> in a row, a third empty <span>
    assert sum(1 for child in root if child.tag == "meta") == MAX_ELEMENTS  # its content is read: never cut
    assert lxml.html.tostring(root, encoding="unicode").endswith(
        'a<br><br><br>b<span><i></i></span><span></span><span></span>c<span>d</span><span></span><img alt="e"><img>'
        "<img><img>f</div>")


def test_a_page_under_the_bound_is_left_as_it_is() -> None:
    root = lxml.html.fromstring("<div>" + "<br>" * 1_000 + "</div>")
    assert cut_empty_runs(root) == 0
    assert len(root) == 1_000


def test_a_page_of_few_tags_is_not_walked_to_count_its_elements(monkeypatch: pytest.MonkeyPatch) -> None:
    # walking a page of 10,000 elements to count them had taken a third as long as parsing it
    walked = []
    monkeypatch.setattr("newssearch.documents.html.cut_empty_runs", walked.append)
    parse_tree(_page("<p>More text.</p>" * 100))
    assert walked == []
    parse_tree(_page("<br>" * MAX_ELEMENTS))
    assert len(walked) == 1
