"""A Mastodon account's archive (Preferences > Import and export > Request your archive): its ``outbox.json``, an
ActivityPub collection of the account's activities (``{"type": "OrderedCollection", "orderedItems": [...]}``).

A news account's posts are its articles: each ``Create`` of a ``Note`` (or an ``Article``) addressed to the public is
made a record of the JSON reader's keys (``post_record``): its text the post's HTML ``content``, its ``published``
day, its address its ``url`` (else its ``id``, which keys it), its language its ``contentMap``'s, an ``Article``'s
``name`` its title. A boost (``Announce``: another account's post), a post to followers only or a direct message (not
addressed to the public: never the index's to show) and any other activity are each a record no article, with that
reason.
"""

from __future__ import annotations

from collections.abc import Mapping

from .fields import RecordError

_COLLECTIONS = frozenset({"OrderedCollection", "OrderedCollectionPage", "Collection", "CollectionPage"})
_POSTS = frozenset({"Note", "Article", "Page"})
_PUBLIC = ("https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public")


def is_outbox(value: object) -> bool:
    """Whether ``value`` is an ActivityPub collection of activities (a Mastodon archive's outbox)."""
    return (isinstance(value, Mapping) and value.get("type") in _COLLECTIONS and "@context" in value
            and isinstance(value.get("orderedItems", value.get("items")), list))


def outbox_records(value: Mapping[str, object]) -> list[object]:
    """The records of the collection ``value``: a post's record for each public post it creates, a ``RecordError``
    for each other activity."""
    items = value.get("orderedItems", value.get("items"))
    return [post_record(item) for item in items] if isinstance(items, list) else []


def post_record(activity: object) -> Mapping[str, object] | RecordError:
    """One activity as the record of the post it creates, or why it is no post of the account's."""
    kind = activity.get("type") if isinstance(activity, Mapping) else None
    if not isinstance(activity, Mapping) or not isinstance(kind, str):
        return RecordError("not an ActivityPub activity")
    if kind == "Announce":
        return RecordError("a boost (Announce) of another account's post, not the account's own")
    post = activity.get("object")
    if kind != "Create" or not isinstance(post, Mapping) or post.get("type") not in _POSTS:
        return RecordError(f"an ActivityPub {kind} activity, not a post")
    if not _public(post) and not _public(activity):
        return RecordError("a post to followers only or a direct message, not addressed to the public")
    languages = post.get("contentMap")
    record = {
        "id": post.get("id"),
        "title": post.get("name") if post.get("type") != "Note" else None,
        "content": post.get("content"),
        "published": post.get("published") or activity.get("published"),
        "url": post.get("url") if isinstance(post.get("url"), str) else post.get("id"),
        "language": next(iter(languages), None) if isinstance(languages, Mapping) else None,
    }
    return {key: found for key, found in record.items() if found not in (None, "")}


def _public(value: Mapping[str, object]) -> bool:
    """Whether ``value`` (a post or its activity) is addressed to the public, in its ``to`` or ``cc``."""
    for field in ("to", "cc"):
        found = value.get(field)
        names = found if isinstance(found, list) else [found]
        if any(name in _PUBLIC for name in names):
            return True
    return False
