"""A post's age alone on a line ("2 days ago", "5 mins ago"), as a page shows its date when it was saved, is the
page's line, not the story's text: it dates nothing, and its words are no one's."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract
from newssearch.documents.htmlblocks import is_boilerplate_line


@pytest.mark.parametrize("line", ["2 days ago", "3 hours ago", "5 mins ago", "an hour ago", "a day ago", "2d ago",
                                  "about 4 hours ago", "12 min. ago", "1 year ago"])
def test_an_age_alone_is_a_page_line(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", ["Two days ago, the council voted.", "3 days ago the bridge closed",
                                  "Ago", "2 days"])
def test_a_sentence_with_ago_is_story(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_an_amp_page_header_age_is_left_out() -> None:
    page = ('<html><body><article><header><h1>Storm closes coastal road</h1>'
            '<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2023-03-13T06:10:00+13:00">2 days ago</time>'
            '</div></header><div class="amp-wp-article-content">'
            '<p>Heavy rain closed the coastal road overnight, police said.</p>'
            '<p>Drivers were told to use the inland route until slips are cleared.</p></div></article></body></html>')
    assert extract(page).body == ("Heavy rain closed the coastal road overnight, police said.\n\n"
                                  "Drivers were told to use the inland route until slips are cleared.")
