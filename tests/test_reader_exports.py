"""A feed reader's and a note app's exports: Feedly, Inoreader and FreshRSS JSON (the Google Reader API's shape),
and OPML subscription lists, which hold no article."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newssearch.documents import parse_bytes
from newssearch.errors import UnreadableFile

FEEDLY_ITEM = {
    "id": "tag:google.com,2005:reader/item/00000001", "title": "Ferry sails again",
    "published": 1609416000, "crawled": 1609499000123, "author": "Jane Doe",
    "canonical": [{"href": "https://www.stuff.co.nz/national/ferry-sails", "type": "text/html"}],
    "alternate": [{"href": "https://www.stuff.co.nz/national/ferry-sails?utm_source=feedly", "type": "text/html"}],
    "summary": {"content": "<p>The Interislander sailed again.</p>", "direction": "ltr"},
    "content": {"content": "<p>The <b>Interislander</b> sailed again on Thursday after repairs.</p>"
                           "<p>Passengers cheered as it left Wellington.</p>", "direction": "ltr"},
    "origin": {"streamId": "feed/https://www.stuff.co.nz/rss", "title": "Stuff", "htmlUrl": "https://www.stuff.co.nz"},
}


def test_a_reader_apis_item_gives_its_title_date_author_address_and_publisher() -> None:
    data = json.dumps({"id": "user/1/state/com.google/starred", "items": [FEEDLY_ITEM]}).encode()
    (article,) = parse_bytes(data, "starred.json", ".json").articles
    assert (article.id, article.title, article.date, article.date_source) == (
        "starred.json#tag:google.com,2005:reader/item/00000001", "Ferry sails again", date(2020, 12, 31), "json:published")
    assert (article.authors, article.source, article.url) == (
        ("Jane Doe",), "Stuff", "https://www.stuff.co.nz/national/ferry-sails")
    assert article.body == ("The Interislander sailed again on Thursday after repairs.\n\n"
                            "Passengers cheered as it left Wellington.")


def test_a_reader_item_of_a_summary_alone_its_alternate_address_and_a_teaser_not_in_its_text() -> None:
    item = {key: value for key, value in FEEDLY_ITEM.items() if key not in ("content", "canonical")}
    (article,) = parse_bytes(json.dumps({"items": [item]}).encode(), "a.json", ".json").articles
    assert article.body == "The Interislander sailed again."
    assert article.url == "https://www.stuff.co.nz/national/ferry-sails?utm_source=feedly"
    teased = {**FEEDLY_ITEM, "summary": {"content": "Repairs took a month."}}
    (article,) = parse_bytes(json.dumps({"items": [teased]}).encode(), "a.json", ".json").articles
    assert article.body.startswith("Repairs took a month.\n\nThe Interislander sailed")


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Feedly subscriptions</title></head><body>
<outline text="News" title="News"><outline type="rss" text="Stuff" xmlUrl="https://www.stuff.co.nz/rss"
 htmlUrl="https://www.stuff.co.nz"/></outline></body></opml>"""


@pytest.mark.parametrize(("rel", "suffix"), [("feedly.opml", ".opml"), ("subscriptions.xml", ".xml")])
def test_an_opml_subscription_list_is_skipped_with_that_reason(rel: str, suffix: str) -> None:
    with pytest.raises(UnreadableFile, match=r"^an OPML list of feed subscriptions, not an article$"):
        parse_bytes(OPML, rel, suffix)
