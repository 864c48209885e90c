"""Ghost's export (Settings > Labs > Export: ``{"db": [{"meta": …, "data": {"posts": […], "users": […], …}}]}``).

Its posts are its articles, but only those published as posts: a draft, a scheduled or sent-only post (``status``)
and a page (``type`` page, an "About" page) are each a record no article, with that reason. A post names its authors
only through the export's tables (``posts_authors`` to ``users``), its primary tag (its first, not an internal
``#`` one) through ``posts_tags`` to ``tags``, and its site only in ``settings`` (its ``title``): they are joined to
it here, as the record's ``authors``, ``section`` and ``site_name``. Its ``html`` loses the cards of Ghost's editor
that is the site's, not the story's (a button card: "Subscribe").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .fields import RecordError, objects_in

_PUBLISHED = "published"
# How each skip of a post that is no published post ends: its owner left it out (article.LEFT_OUT).
LEFT_OUT = "(Ghost export)"
# Ghost's button card, the site's link to its sign-up page ("Subscribe"), not the story's: a box of one link.
_BUTTONS = re.compile(r'<div class="kg-card kg-button-card[^"]*"[^>]*>\s*<a\b[^>]*>[^<]*</a>\s*</div>')


def ghost_data(value: object) -> Mapping[str, object] | None:
    """The ``data`` object of Ghost's export ``value``, or None for any other document."""
    db = value.get("db") if isinstance(value, Mapping) and len(value) == 1 else None
    if not isinstance(db, list) or len(db) != 1 or not isinstance(db[0], Mapping):
        return None
    data = db[0].get("data")
    return data if isinstance(data, Mapping) and isinstance(data.get("posts"), list) else None


def ghost_records(data: Mapping[str, object]) -> list[object]:
    """The records of the export's ``data``: each published post with its authors, primary tag and site joined to
    it, and a ``RecordError`` in the place of each draft or page."""
    names = {row.get("id"): row.get("name") for row in objects_in(data, "users")}
    tags = {row.get("id"): row.get("name") for row in objects_in(data, "tags")}
    site = next((row.get("value") for row in objects_in(data, "settings") if row.get("key") == "title"), None)
    authors, post_tags = _joined(data, "posts_authors", "author_id", names), _joined(data, "posts_tags", "tag_id", tags)
    records: list[object] = []
    for post in objects_in(data, "posts"):
        why = _not_published(post)
        if why is not None:
            records.append(RecordError(why))
            continue
        record = dict(post)
        html = record.get("html")
        if isinstance(html, str):
            record["html"] = _BUTTONS.sub("", html)
        record.setdefault("authors", authors.get(post.get("id"), []))
        primary = next((tag for tag in post_tags.get(post.get("id"), []) if not tag.startswith("#")), None)
        if primary:
            record.setdefault("section", primary)
        if isinstance(site, str) and site.strip():
            record.setdefault("site_name", site)
        records.append(record)
    return records


def _not_published(post: Mapping[str, object]) -> str | None:
    """Why ``post`` is no article (a draft, a page), or None for a published post."""
    kind, status = str(post.get("type") or "post").lower(), str(post.get("status") or _PUBLISHED).lower()
    if kind != "post":
        return f"a {kind} (type {kind}), not a post {LEFT_OUT}"
    if status != _PUBLISHED:
        return f"a {status} post (status {status}), not a published post {LEFT_OUT}"
    return None


def _joined(data: Mapping[str, object], table: str, column: str, names: Mapping[object, object]) -> dict[object, list[str]]:
    """Each post's id and the names its rows of the joining ``table`` give it, in their ``sort_order``."""
    rows = sorted(objects_in(data, table), key=_sort_order)
    joined: dict[object, list[str]] = {}
    for row in rows:
        name = names.get(row.get(column))
        if isinstance(name, str) and name.strip():
            joined.setdefault(row.get("post_id"), []).append(name)
    return joined


def _sort_order(row: Mapping[str, object]) -> int:
    """A joining row's place among its post's (``sort_order``; 0 when it gives none)."""
    order = row.get("sort_order")
    return order if isinstance(order, int) else 0
