"""An article's address without the tracking a feed, a newsletter or a reader app adds (``utm_source=…``), whatever
format gave it: every reader's articles pass through ``normalised``, which cuts it once for all."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes

TRACKED = "https://www.stuff.co.nz/national/ferry?id=7&utm_source=newsletter&utm_medium=email"
BODY = "The Interislander ferry sailed again on Thursday after a month of repairs. Passengers cheered as it left."
ESCAPED = TRACKED.replace("&", "&amp;")

# One file of each family that takes an address from a record's field; each had kept the tracking.
FILES = {
    ".enex": f'<en-export><note><title>Ferry</title><content><![CDATA[<en-note><p>{BODY}</p></en-note>]]></content>'
             f'<note-attributes><source-url>{ESCAPED}</source-url></note-attributes></note></en-export>',
    ".json": json.dumps({"items": [{"title": "Ferry", "canonical": [{"href": TRACKED}],  # Feedly's shape
                                    "content": {"content": f"<p>{BODY}</p>"}}]}),
    ".jsonl": json.dumps({"title": "Ferry", "url": TRACKED, "text": BODY}),
    ".csv": f'title,url,text\nFerry,"{TRACKED}",{BODY}\n',
    ".md": f'---\ntitle: Ferry\nurl: "{TRACKED}"\n---\n\n{BODY}\n',
    ".txt": f"Ferry\n\nURL: {TRACKED}\n\n{BODY}\n",
    ".html": f'<html><head><title>Ferry</title><link rel="canonical" href="{ESCAPED}"></head>'
             f"<body><article><h1>Ferry</h1><p>{BODY}</p></article></body></html>",
}


@pytest.mark.parametrize("suffix", FILES)
def test_an_address_read_from_a_record_is_without_its_tracking(suffix: str) -> None:
    (article,) = parse_bytes(FILES[suffix].encode(), f"a{suffix}", suffix).articles
    assert article.url == "https://www.stuff.co.nz/national/ferry?id=7"


def test_a_feed_items_address_is_without_its_tracking_and_its_id_keeps_the_link_as_written() -> None:
    feed = (f'<rss version="2.0"><channel><title>Stuff</title><item><title>Ferry</title><link>{ESCAPED}</link>'
            f"<description>{BODY}</description></item></channel></rss>")
    (article,) = parse_bytes(feed.encode(), "a.xml", ".xml").articles
    assert (article.id, article.url) == (f"a.xml#{TRACKED}", "https://www.stuff.co.nz/national/ferry?id=7")
