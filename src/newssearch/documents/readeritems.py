"""Items of the Google Reader API's shape, as Feedly, Inoreader and FreshRSS export them (``{"items": [...]}``):
each item made a flat record the JSON reader's key table reads.

Such an item keeps its HTML in a box, ``"content": {"content": "<p>…"}`` (and its teaser in ``"summary"``), its
address in a list of links, ``"canonical": [{"href": …}]`` or ``"alternate"``, and its feed under ``"origin"``
(``{"title": "Stuff", "htmlUrl": …}``). Read as it was, the box under ``content`` had been taken for a wrapper of
one record: the item's title, date, author and address were lost.
"""

from __future__ import annotations

from collections.abc import Mapping

from .publishers import is_address

# The keys an item's own fields are moved from; the rest of the item (id, title, published, author) is kept.
_BOXED = ("content", "summary", "canonical", "alternate", "origin")
_FEED_KEYS = ("streamId", "htmlUrl", "feedUrl")  # what an ``origin`` names: the feed the item came from


def _boxed_html(value: object) -> str | None:
    """The HTML of a ``{"content": "<p>…", "direction": "ltr"}`` box, else None."""
    inner = value.get("content") if isinstance(value, Mapping) else None
    return inner if isinstance(inner, str) else None


def is_reader_item(value: Mapping[str, object]) -> bool:
    """Whether ``value`` is a Google Reader API item: its text in a box, or its feed's ``origin`` named."""
    origin = value.get("origin")
    from_feed = isinstance(origin, Mapping) and any(key in origin for key in _FEED_KEYS)
    return from_feed or any(_boxed_html(value.get(key)) is not None for key in ("content", "summary"))


def _address(value: Mapping[str, object]) -> str | None:
    """The item's address: its ``canonical`` link, else its ``alternate`` (an HTML one first)."""
    for key in ("canonical", "alternate"):
        listed = value.get(key)
        links = [link for link in listed if isinstance(link, Mapping) and isinstance(link.get("href"), str)] \
            if isinstance(listed, list) else []
        links.sort(key=lambda link: link.get("type", "text/html") != "text/html")
        if links:
            return links[0]["href"]
    return None


def reader_record(value: Mapping[str, object]) -> dict[str, object]:
    """``value``, a Reader API item, as a flat record: its HTML ``content`` (else ``summary``) the body, ``summary``
    its teaser, its address ``url`` (else its ``originId``, its guid in its own feed, when that is an address) and its
    feed's title and site ``publisher`` and ``site``; an item with no ``id`` keyed by its ``originId``; ``crawled``
    (when the reader fetched it) is no date and stays under its own name."""
    record = {key: inner for key, inner in value.items() if key not in _BOXED}
    content, summary = _boxed_html(value.get("content")), _boxed_html(value.get("summary"))
    if content or summary:
        record["content"] = content or summary
    if content and summary:
        record["summary"] = summary
    given = value.get("originId")  # Feedly's: the item's id in its own feed, its guid, often its address
    origin_id = given.strip() if isinstance(given, str) else ""
    url = _address(value) or (origin_id if is_address(origin_id) else None)
    if url:
        record["url"] = url
    if origin_id and not str(value.get("id") or "").strip():  # no reader's id: its guid keys it, as a feed item's
        record["id"] = origin_id
    origin = value.get("origin")
    if isinstance(origin, Mapping):
        record.update({name: origin[key] for name, key in (("publisher", "title"), ("site", "htmlUrl"))
                       if isinstance(origin.get(key), str)})
    return record
