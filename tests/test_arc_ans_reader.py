"""Arc XP's stories in ANS: a story object, a list of them, or the Content API's page of results."""

from __future__ import annotations

import json
from datetime import date

from newssearch.documents.jsonfile import read_json


def story(story_id: str = "ABC123", published: bool = True) -> dict[str, object]:
    """An ANS story as Arc's Content API gives it (trimmed to the fields a reader looks at and a few it must not)."""
    return {
        "_id": story_id, "type": "story", "version": "0.10.9", "language": "en",
        "canonical_url": "/politics/2024/03/05/senate-passes-budget/", "canonical_website": "dailyexample",
        "revision": {"revision_id": "R1", "published": published},
        "headlines": {"basic": "Senate passes budget after all-night session", "meta_title": "Senate passes budget | DE"},
        "subheadlines": {"basic": "The vote was 51-49"},
        "description": {"basic": "Lawmakers approved the spending plan at dawn."},
        "credits": {"by": [{"type": "author", "_id": "jdoe", "name": "Jane Doe"},
                           {"type": "author", "name": "Carlos Ruiz"}]},
        "display_date": "2024-03-05T11:20:00.000Z", "first_publish_date": "2024-03-05T11:00:00.000Z",
        "created_date": "2024-03-04T20:00:00.000Z", "last_updated_date": "2024-03-06T14:00:00.000Z",
        "source": {"name": "dailyexample", "system": "composer", "source_type": "staff"},
        "taxonomy": {"primary_section": {"_id": "/politics", "name": "Politics"}, "tags": [{"text": "budget"}]},
        "content_elements": [
            {"_id": "p1", "type": "text", "content": "The Senate passed the budget early Tuesday after an "
                                                     "<b>all-night</b> session."},
            {"_id": "i1", "type": "image", "url": "https://x.example/y.jpg", "caption": "Senators leave at dawn."},
            {"_id": "h1", "type": "header", "level": 2, "content": "What is in the bill"},
            {"_id": "l1", "type": "list", "list_type": "unordered",
             "items": [{"type": "text", "content": "More money for roads"},
                       {"type": "text", "content": "A tax credit for families"}]},
            {"_id": "q1", "type": "quote", "content_elements": [{"type": "text", "content": "A good day."}],
             "citation": {"type": "text", "content": "Majority leader"}},
            {"_id": "r1", "type": "raw_html", "content": "<div class=\"signup\">Sign up for our newsletter</div>"},
            {"_id": "a1", "type": "interstitial_link", "content": "Read more: How budgets work", "url": "/x"},
            {"_id": "p2", "type": "text", "content": "The House votes on Thursday."}]}


BODY = ("The vote was 51-49\n\nThe Senate passed the budget early Tuesday after an all-night session.\n\n"
        "What is in the bill\n\nMore money for roads\n\nA tax credit for families\n\nA good day.\n\nMajority leader\n\n"
        "The House votes on Thursday.")


def test_an_ans_story_is_its_headline_credits_display_date_section_and_text_elements() -> None:
    # It had been skipped: "record 1 (id ABC123): no body text". A file of one story is that article, its id the file's.
    [article] = read_json(json.dumps(story()).encode(), "story.json").articles
    assert (article.id, article.title, article.authors, article.date, article.date_source, article.sections,
            article.lang, article.url, article.source) == (
        "story.json", "Senate passes budget after all-night session", ("Jane Doe", "Carlos Ruiz"),
        date(2024, 3, 5), "json:display_date", ("Politics",), "en", None, None)
    assert article.body == BODY


def test_a_content_api_page_of_results_gives_each_story_and_a_draft_is_skipped() -> None:
    page = {"type": "results", "version": "0.6.0", "count": 2, "next": 2,
            "content_elements": [story("A1"), story("B2", published=False)]}
    result = read_json(json.dumps(page).encode(), "search.json")
    assert [article.id for article in result.articles] == ["search.json#A1"]
    assert [skip.reason for skip in result.skipped] == [
        "record 2: an Arc XP draft (revision.published false), not a published story"]


def test_a_list_of_ans_stories_with_whole_addresses() -> None:
    first = {**story("A1"), "canonical_url": "https://www.dailyexample.com/politics/2024/03/05/senate/"}
    articles = read_json(json.dumps([first, story("B2")]).encode(), "stories.json").articles
    assert [(article.id, article.url) for article in articles] == [
        ("stories.json#A1", "https://www.dailyexample.com/politics/2024/03/05/senate/"), ("stories.json#B2", None)]
