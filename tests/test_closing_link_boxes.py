"""A box of links to other stories closing a page, under its heading ("Latest news"), is no part of the story.

article-extraction-benchmark's tuning half (ids 0-7) holds 58 such headings ("Most Read", "Related stories",
"LATEST NEWS", …): none is in a page's gold body."""

from __future__ import annotations

from newssearch.documents import parse_bytes

STORY = "<p>" + "The storm closed roads across the region on Monday, officials said, and more rain is due. " * 3 + "</p>"


def test_a_closing_latest_news_box_and_its_heading_are_left_out() -> None:
    page = (f"<html><head><title>Storm</title></head><body><article><h1>Storm hits coast</h1>{STORY}{STORY}"
            "<h2>Latest news</h2><ul><li><a href='/a'>Ferry sails again after repairs</a></li>"
            "<li><a href='/b'>Council votes on the new budget</a></li></ul></article></body></html>")
    body = parse_bytes(page.encode(), "a.html", ".html").articles[0].body
    assert body.endswith("more rain is due.") and "Latest" not in body and "Ferry" not in body
