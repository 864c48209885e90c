"""Ghost's export (Settings > Labs > Export): its published posts, with the authors, primary tag and site name its
tables give them; its drafts and pages no articles."""

from __future__ import annotations

import json
from pathlib import Path

from newssearch import build_index, open_index
from newssearch.documents.jsonfile import read_json

BUTTON = ('<div class="kg-card kg-button-card kg-align-left"><a href="#/portal/signup" class="kg-btn kg-btn-accent">'
          'Subscribe</a></div>')


def post(post_id: str, title: str, status: str = "published", kind: str = "post") -> dict[str, object]:
    """One post of the export's posts table, as Ghost 5 writes it."""
    return {"id": post_id, "uuid": f"u-{post_id}", "title": title, "slug": title.lower().replace(" ", "-"),
            "html": f"<p>{title}: the council said so on Tuesday.</p>{BUTTON}", "type": kind, "status": status,
            "visibility": "public", "created_at": "2024-03-04T20:00:00.000Z",
            "published_at": "2024-03-05T10:00:00.000Z" if status == "published" else None}


def export(*posts: dict[str, object]) -> bytes:
    return json.dumps({"db": [{"meta": {"exported_on": 1709632800000, "version": "5.80.0"}, "data": {
        "posts": list(posts),
        "users": [{"id": "1", "name": "Aroha Wiremu", "slug": "aroha"}, {"id": "2", "name": "Ben Hall", "slug": "ben"}],
        "posts_authors": [{"id": "a1", "post_id": "p1", "author_id": "2", "sort_order": 1},
                          {"id": "a2", "post_id": "p1", "author_id": "1", "sort_order": 0}],
        "tags": [{"id": "t0", "name": "#hidden"}, {"id": "t1", "name": "Environment"}, {"id": "t2", "name": "Kauri"}],
        "posts_tags": [{"id": "x0", "post_id": "p1", "tag_id": "t0", "sort_order": 0},
                       {"id": "x1", "post_id": "p1", "tag_id": "t1", "sort_order": 1},
                       {"id": "x2", "post_id": "p1", "tag_id": "t2", "sort_order": 2}],
        "settings": [{"key": "title", "value": "Northland Weekly"}, {"key": "locale", "value": "en"}]}}]}).encode()


def test_only_published_posts_are_articles_a_draft_and_a_page_are_skipped_with_why() -> None:
    # Both had been articles: the draft dated by its created_at, the "About" page a story.
    result = read_json(export(post("p1", "Kauri rules tightened"), post("p2", "Rates draft", status="draft"),
                              post("p3", "About", kind="page")), "ghost.json")
    assert [article.id for article in result.articles] == ["ghost.json#p1"]
    assert [skip.reason for skip in result.skipped] == [
        "record 2: a draft post (status draft), not a published post (Ghost export)",
        "record 3: a page (type page), not a post (Ghost export)"]


def test_a_posts_authors_section_and_site_are_joined_from_the_exports_tables_its_button_left_out() -> None:
    # Its authors had been none, its publisher none, and its sign-up button's "Subscribe" its last paragraph.
    [article] = read_json(export(post("p1", "Kauri rules tightened")), "ghost.json").articles
    assert (article.authors, article.sections, article.source) == (
        ("Aroha Wiremu", "Ben Hall"), ("Environment",), "Northland Weekly")
    assert article.body == "Kauri rules tightened: the council said so on Tuesday."


def test_a_post_put_back_to_draft_since_it_was_indexed_leaves_the_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ghost.json").write_bytes(export(post("p1", "Kauri rules tightened"), post("p2", "Bridge opens")))
    assert build_index(corpus, tmp_path / "ix").added == 2
    (corpus / "ghost.json").write_bytes(export(post("p1", "Kauri rules tightened", status="draft"),
                                               post("p2", "Bridge opens")))
    report = build_index(corpus, tmp_path / "ix")
    assert (report.deleted, [skip.kept for skip in report.skipped]) == (1, [False])
    with open_index(tmp_path / "ix") as idx:
        assert [article.title for article in idx.articles()] == ["Bridge opens"]
