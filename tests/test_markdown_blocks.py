"""A Markdown heading and each list item are blocks of their own, which a snippet sets off with " · " (``blockbreaks``)."""

from __future__ import annotations

from newssearch.documents import parse_bytes
from newssearch.snippets import make_snippet
from newssearch.wordterms import term_of

STORY = ("# Storm hits coast\n\nRoads closed across the region on Monday\n\n## Latest\nPolice say the bridge stays shut\n\n"
         "Things to know\n- Schools are closed\n* Trains run late\n1. Power is out in places\n")


def snippet(markdown: str, *words: str) -> str:
    """The plain snippet of the body read from ``markdown`` for the query ``words``."""
    body = parse_bytes(markdown.encode(), "a.md", ".md").articles[0].body
    terms = {term_of(word) for word in words}
    return make_snippet(body, term_of, terms.__contains__, chars=400).plain()


def test_a_heading_on_the_line_before_a_paragraph_is_set_off() -> None:
    assert snippet(STORY, "bridge").startswith("Roads closed across the region on Monday · Latest · Police say the")


def test_each_list_item_is_set_off_its_bullet_gone() -> None:
    assert snippet(STORY, "trains").endswith(
        "Things to know · Schools are closed · Trains run late · Power is out in places")


def test_a_list_items_lines_run_on_and_a_paragraph_after_the_list_is_set_off() -> None:
    markdown = "Intro line.\n\n- Schools are closed\n  until Friday\n- Trains run late\n\nThe end came"
    assert snippet(markdown, "trains") == ("Intro line. Schools are closed until Friday · Trains run late · "
                                           "The end came")
