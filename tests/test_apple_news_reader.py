"""Apple News Format: an article.json, its text the components of text, its metadata the rest."""

from __future__ import annotations

import json
from datetime import date

from newssearch.documents.jsonfile import read_json

ARTICLE = {
    "version": "1.13", "identifier": "wellington-water-2024", "title": "Wellington water pipes need $1bn",
    "language": "en", "layout": {"columns": 7, "width": 1024},
    "metadata": {"authors": ["Kate Green"], "canonicalURL": "https://post.example/water-pipes",
                 "datePublished": "2024-03-05T03:00:00Z", "dateCreated": "2024-03-04T22:00:00Z",
                 "dateModified": "2024-03-07T05:00:00Z", "excerpt": "Council says pipes need urgent work",
                 "keywords": ["water", "Wellington"]},
    "components": [
        {"role": "title", "text": "Wellington water pipes need $1bn"},
        {"role": "intro", "text": "Council says pipes need urgent work"},
        {"role": "byline", "text": "By Kate Green | March 5, 2024"},
        {"role": "photo", "URL": "bundle://pipe.jpg", "caption": "A burst pipe in Kelburn."},
        {"role": "body", "text": "Wellington's pipes need $1 billion of repairs, a report says.\nOne in five pipes is "
                                 "past its life."},
        {"role": "pullquote", "text": "One in five pipes is past its life."},
        {"role": "container", "components": [
            {"role": "heading2", "text": "Rates impact"},
            {"role": "body", "format": "html", "text": "<p>Ratepayers could face a <strong>15%</strong> rise.</p>"},
            {"role": "body", "format": "markdown", "text": "The **mayor** said [more](https://x.example) soon."}]},
        {"role": "medium_rectangle_advertisement"},
        {"role": "article_link", "articleIdentifier": "other"}],
    "componentTextStyles": {"default": {"fontName": "Helvetica"}}}


def test_an_apple_news_article_is_its_text_components_and_its_metadata() -> None:
    # It had been skipped: "record 1: no body text".
    [article] = read_json(json.dumps(ARTICLE).encode(), "water/article.json").articles
    assert (article.id, article.title, article.authors, article.date, article.date_source, article.url,
            article.lang) == ("water/article.json", "Wellington water pipes need $1bn", ("Kate Green",),
                              date(2024, 3, 5), "json:datePublished", "https://post.example/water-pipes", "en")
    assert article.body == ("Council says pipes need urgent work\n\nWellington's pipes need $1 billion of repairs, a "
                            "report says.\n\nOne in five pipes is past its life.\n\nRates impact\n\nRatepayers could "
                            "face a 15% rise.\n\nThe mayor said more soon.")


def test_an_object_with_components_that_is_no_apple_news_document_is_read_as_before() -> None:
    record = {"title": "Storm", "body": "Rain fell.", "components": [{"name": "gauge"}]}
    [article] = read_json(json.dumps(record).encode(), "storm.json").articles
    assert (article.title, article.body) == ("Storm", "Rain fell.")
