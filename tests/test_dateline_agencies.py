"""A record or a page that names no publisher is published by the wire agency its dateline credits ("LONDON, March 5
(Reuters) - "), as a text file is; one that names its publisher, or has an address, keeps it."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes

STORY = "LONDON, March 5 (Reuters) - Oil prices fell on Tuesday as stocks rose in the United States, traders said."
AP_STORY = "WASHINGTON (AP) — The Senate passed the spending bill late on Friday, sending it to the president."


@pytest.mark.parametrize(("data", "name", "source"), [
    (f'title,date,text\nOil falls,2024-03-05,"{STORY}"\n', "wire.csv", "Reuters"),
    (f'title,date,source,text\nOil falls,2024-03-05,Stuff,"{STORY}"\n', "named.csv", "Stuff"),
    (json.dumps({"title": "Oil falls", "date": "2024-03-05", "text": STORY}), "wire.json", "Reuters"),
    (json.dumps({"title": "Bill passes", "text": AP_STORY}), "ap.json", "Associated Press"),
    (json.dumps({"title": "Oil falls", "url": "https://www.example.com/oil", "text": STORY}), "site.json",
     "example.com"),                                                                # its site's, by its address
    (f"<html><head><title>Oil falls</title></head><body><article><h1>Oil falls</h1><p>{STORY}</p></article></body>"
     "</html>", "wire.html", "Reuters"),
    (f"<rss><channel><item><title>Oil falls</title><description>{STORY}</description></item></channel></rss>",
     "wire.xml", "Reuters"),                                                        # a feed with no title of its own
])
def test_a_dateline_agency_publishes_what_names_no_publisher(data: str, name: str, source: str) -> None:
    [article] = parse_bytes(data.encode(), name, "." + name.rsplit(".", 1)[1]).articles
    assert article.source == source
