"""A Mastodon account's archive (Preferences > Import and export > Request your archive): its ``outbox.json``, an
ActivityPub collection of the account's activities (``{"type": "OrderedCollection", "orderedItems": [...]}``).

A news account's posts are its articles: each ``Create`` of a ``Note`` (or an ``Article``) addressed to the public is
made a record of the JSON reader's keys (``post_record``): its text the post's HTML ``content``, its ``published``
day, its address its ``url`` (else its ``id``, which keys it), its language its ``contentMap``'s, an ``Article``'s
``name`` its title. A boost (``Announce``: another account's post), a post to followers only or a direct message (not
addressed to the public: never the index's to show) and any other activity are each a record no article, with that
reason.

The archive keeps the account in ``actor.json`` beside the outbox: its posts are credited to its display name
(``name``), else to its handle (``@user@host``), read once per outbox (``actor_name``, ``with_actor``): by the
indexer from the outbox's folder (``exportfolders``), from the same folder of an archive's zip (``joined_actors``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TypeGuard
from urllib.parse import urlsplit

from .article import ReadResult
from .fields import RecordError
from .namecase import without_emoji_codes

_COLLECTIONS = frozenset({"OrderedCollection", "OrderedCollectionPage", "Collection", "CollectionPage"})
_POSTS = frozenset({"Note", "Article", "Page"})
_PUBLIC = ("https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public")
_ACTORS = frozenset({"Person", "Service", "Group", "Organization", "Application"})
OUTBOX, ACTOR = "outbox.json", "actor.json"  # an archive's files, side by side


def is_outbox_file(name: str) -> bool:
    """Whether ``name`` (a path in a corpus or an archive) is named as a Mastodon archive's outbox."""
    return name.rpartition("/")[2].lower() == OUTBOX


def actor_name(data: bytes | None) -> str | None:
    """The byline of the account an archive's ``actor.json`` (its bytes ``data``) describes: its display name, else
    ``@user@host``; None when ``data`` is no ActivityPub actor (or names neither)."""
    try:
        actor = json.loads(data) if data is not None else None
    except (ValueError, RecursionError):
        return None
    if not is_actor(actor):
        return None
    name, user = actor.get("name"), actor.get("preferredUsername")
    if isinstance(name, str) and (shown := without_emoji_codes(name)):
        return shown
    address = next((found for found in (actor.get("url"), actor.get("id")) if isinstance(found, str)), "")
    host = urlsplit(address).hostname if "://" in address else None
    return f"@{user.strip()}@{host}" if isinstance(user, str) and user.strip() and host else None


def with_actor(result: ReadResult, author: str | None) -> ReadResult:
    """``result``, an outbox's articles, each that names no author credited to the account's ``author``."""
    if author is None:
        return result
    return replace(result, articles=[article if article.authors else replace(article, authors=(author,))
                                     for article in result.articles])


def joined_actors(found: dict[str, ReadResult], unpack: Callable[[str], bytes | None]) -> dict[str, ReadResult]:
    """``found`` (what each file of an archive gave, by its name in ids) with each outbox's posts credited to the
    account of the ``actor.json`` beside it; ``unpack`` gives a file's bytes again (None: not)."""
    joined = dict(found)
    for name in found:
        actor = f"{name.rpartition('/')[0]}/{ACTOR}".lstrip("/")
        if is_outbox_file(name) and actor in found and found[name].articles:
            joined[name] = with_actor(found[name], actor_name(unpack(actor)))
    return joined


def is_outbox(value: object) -> bool:
    """Whether ``value`` is an ActivityPub collection of activities (a Mastodon archive's outbox)."""
    return (isinstance(value, Mapping) and value.get("type") in _COLLECTIONS and "@context" in value
            and isinstance(value.get("orderedItems", value.get("items")), list))


def is_actor(value: object) -> TypeGuard[Mapping[str, object]]:
    """Whether ``value`` is an ActivityPub actor (a Mastodon archive's ``actor.json``: the account and its bio)."""
    return isinstance(value, Mapping) and value.get("type") in _ACTORS and "@context" in value


ACTOR_NO_POST = f"an ActivityPub account's profile (a Mastodon archive's {ACTOR}), not a post: its posts are in its {OUTBOX}"


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
