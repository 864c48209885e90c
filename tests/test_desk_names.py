"""A given name before "Desk" is a person's ("John Desk": Desk is a surname), in a record's, a text's and a page's
byline; a desk's, a beat's, a section's, a region's or an outlet's words before it credit a desk, no one ("Metro Desk",
"News Desk", "Asia Desk", "HT Desk")."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.html import extract

STORY = "".join(f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
                for n in range(1, 5))


def record(byline: str) -> tuple[str, ...]:
    """The authors a JSON record whose author is ``byline`` is read with."""
    fields = {"title": "Ferry", "text": "The ferry sailed late.", "author": byline}
    return parse_bytes(json.dumps(fields).encode(), "a.json", ".json").articles[0].authors


def text(byline: str) -> tuple[str, ...]:
    """The authors a text whose byline line is ``byline`` is read with."""
    data = f"Pool closes\n\n{byline}\n\nThe council voted on Monday.\n".encode()
    return parse_bytes(data, "a.txt", ".txt").articles[0].authors


def page(body: str) -> tuple[str, ...]:
    """The authors a page with ``body`` over its story is read with."""
    return extract(f"<html><head><title>Pool</title></head><body><div class='article-body'>{body}{STORY}</div>"
                   "</body></html>").authors


# A given name before "Desk" had been read as a desk's words ("Jo Desk" pinned as a role alone): no author.
@pytest.mark.parametrize("name", ["John Desk", "Mary Desk", "Mary Ann Desk"])
def test_a_given_name_before_desk_is_a_person_s(name: str) -> None:
    assert record(name) == (name,)
    assert text(f"By {name}") == (name,)
    assert page(f"<p>By {name}</p>") == (name,)
    assert page(f"<span class='byline'>{name}</span>") == (name,)


@pytest.mark.parametrize("desk", ["Metro Desk", "News Desk", "Business Desk", "Night Desk", "Picture Desk",
                                  "Asia Desk", "Middle East Desk", "HT Desk", "Digital Desk", "Newsroom Desk"])
def test_a_desk_s_words_before_desk_name_no_one(desk: str) -> None:
    assert record(desk) == ()
    assert text(f"By {desk}") == ()
    assert page(f"<span class='byline'>{desk}</span>") == ()
