"""A team's or a desk's credit in a record's or a feed item's byline ("Web Team", "Sport Staff") names no one; a
given name before the same word ("Ann Team", "Ann Staff") may be a person's, and stays."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.feed import read_feed

CREDITS = [
    # (byline, authors): the words before "Team", "Staff" or "Desk" a desk's, a beat's or an office's: no one
    ("Council Media Team", ()),
    ("Web Team", ()),
    ("Sport Staff", ()),
    ("Online Team", ()),
    ("Communications Team", ()),
    ("Newsroom Desk", ()),
    ("Digital Desk", ()),
    ("Jane Doe; Web Team", ("Jane Doe",)),
    # a given name before it: a person's name, as "Jo Reporter" is
    ("Ann Team", ("Ann Team",)),
    ("Ann Staff", ("Ann Staff",)),
    ("Jane Doe", ("Jane Doe",)),
]


@pytest.mark.parametrize("byline, authors", CREDITS)
def test_a_records_team_credit_names_no_one(byline: str, authors: tuple[str, ...]) -> None:
    record = {"title": "Ferry", "text": "The ferry sailed late.", "author": byline}
    (article,) = parse_bytes(json.dumps(record).encode(), "a.json", ".json").articles
    assert (article.authors, article.source) == (authors, None)


@pytest.mark.parametrize("byline, authors", CREDITS)
def test_a_feed_items_team_credit_names_no_one(byline: str, authors: tuple[str, ...]) -> None:
    item = f"<item><title>Ferry</title><description>The ferry sailed late.</description><author>{byline}</author></item>"
    (article,) = read_feed(f'<rss version="2.0"><channel><title>Harbour Times</title>{item}</channel></rss>'.encode(),
                           "f.rss").articles
    assert (article.authors, article.source) == (authors, "Harbour Times")


@pytest.mark.parametrize("source, expected", [("Harbour Times", (("Reuters",), "Harbour Times")),
                                              ("Reuters", ((), "Reuters"))])
def test_a_wire_agencys_staff_credits_the_agency_not_a_person(source: str, expected: tuple) -> None:
    item = "<item><title>Ferry</title><description>The ferry sailed late.</description><author>Reuters Staff</author></item>"
    (article,) = read_feed(f'<rss version="2.0"><channel><title>{source}</title>{item}</channel></rss>'.encode(),
                           "f.rss").articles
    assert (article.authors, article.source) == expected
