"""An Atom entry whose ``<content src="…">`` holds its story elsewhere (RFC 4287, 4.1.3.2) is at that address."""

from __future__ import annotations

import pytest

from newssearch.documents.feed import read_feed


def atom(entry: str, base: str = "") -> bytes:
    """An Atom feed of one entry; ``base``, the feed's xml:base."""
    xml_base = f' xml:base="{base}"' if base else ""
    return (f'<feed xmlns="http://www.w3.org/2005/Atom"{xml_base}><title>Feed</title>'
            f"<entry><title>T</title>{entry}<summary>Teaser</summary></entry></feed>").encode()


CONTENT_SRC = [
    # (entry's elements, feed's xml:base, (url, body)): the src when no link is given; a link first
    ('<content type="text/html" src="https://x.example/story"/>', "", ("https://x.example/story", "Teaser")),
    ('<link href="https://x.example/page"/><content src="https://x.example/story"/>', "",
     ("https://x.example/page", "Teaser")),
    ('<content src="2024/story.html"/>', "https://x.example/news/", ("https://x.example/news/2024/story.html", "Teaser")),
    ('<content src=" "/>', "", (None, "Teaser")),
]


@pytest.mark.parametrize("entry, base, expected", CONTENT_SRC)
def test_an_entry_without_a_link_is_at_its_contents_src(entry: str, base: str, expected: tuple) -> None:
    (a,) = read_feed(atom(entry, base), "f.atom").articles
    assert (a.url, a.body) == expected
