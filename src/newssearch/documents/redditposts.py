"""Reddit's own JSON (a subreddit's ``/r/news/.json``, a post's ``.json``): each post (a ``t3`` thing) made a flat
record the JSON reader's key table reads, by the rules the feed reader reads Reddit's RSS by.

Reddit wraps everything as ``{"kind": ..., "data": {...}}``: a page of posts is a ``Listing`` whose ``data`` holds
its ``children``, and a post's ``.json`` is a list of two Listings, the post and its comments (``t1``), which are no
articles. Read as it was, a Listing had been one record "with no body text" under its ``data`` wrapper.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from .publishers import domain_of, same_site

_REDDIT_HOSTS = ("reddit.com", "redd.it")
_SITE = "https://www.reddit.com"
# A post's text once its author or a moderator took it away: no text.
_GONE = ("[removed]", "[deleted]")
# The kinds of Reddit's things: a post (t3), a comment (t1), an account (t2), a message (t4), a subreddit (t5), an
# award (t6), the "more comments" stub; a Listing holds them.
_KINDS = frozenset(("Listing", "t1", "t2", "t3", "t4", "t5", "t6", "more"))


def on_reddit(url: str | None) -> bool:
    """Whether ``url`` is on Reddit (www.reddit.com, old.reddit.com, i.redd.it)."""
    host = domain_of(url)
    return host is not None and any(same_site(host, reddit) for reddit in _REDDIT_HOSTS)


def is_reddit_thing(value: Mapping[str, object]) -> bool:
    """Whether ``value`` is one of Reddit's things or a Listing of them: ``{"kind": "t3", "data": {...}}``."""
    return value.keys() <= {"kind", "data"} and value.get("kind") in _KINDS and isinstance(value.get("data"), Mapping)


def only_reddit_things(value: object) -> bool:
    """Whether ``value`` is a Reddit thing or a list of them (a post's ``.json``), as a page of saved comments is."""
    items = value if isinstance(value, list) and value else [value]
    return all(isinstance(item, Mapping) and is_reddit_thing(item) for item in items)


def reddit_records(value: Mapping[str, object]) -> list[dict[str, object]]:
    """The posts of a Reddit thing as flat records: a Listing's posts in order, a post itself, no comment."""
    data = value.get("data")
    if not isinstance(data, Mapping):
        return []
    if value["kind"] == "t3":
        return [_post_record(data)]
    children = data.get("children") if value["kind"] == "Listing" else None
    if not isinstance(children, list):
        return []
    return [record for child in children if isinstance(child, Mapping) and is_reddit_thing(child)
            for record in reddit_records(child)]


def _post_record(post: Mapping[str, object]) -> dict[str, object]:
    """A post as a record: a link post at the article it shares, published by that site (its address names it),
    and by no author, as its submitter only shared it; a text post (or a picture Reddit hosts) at its thread, its text
    the body, its submitter the author and its subreddit (``r/news``) the publisher."""
    record: dict[str, object] = {key: post[key] for key in ("title",) if isinstance(post.get(key), str)}
    name = post.get("name") or post.get("id")  # "t3_1b2c3d", the id a post has in Reddit's feeds too
    if isinstance(name, str):
        record["id"] = name
    if isinstance(post.get("created_utc"), (int, float)):
        record["date"] = post["created_utc"]
    shared = post.get("url")
    if not post.get("is_self") and isinstance(shared, str) and shared.startswith(("http://", "https://")) and not on_reddit(shared):
        record["url"] = shared
        return record
    permalink = post.get("permalink")
    if isinstance(permalink, str):
        record["url"] = _SITE + permalink if permalink.startswith("/") else permalink
    text = _post_text(post)
    if text:
        record["text"] = text
    author, subreddit = post.get("author"), post.get("subreddit")
    if isinstance(author, str) and author not in _GONE:
        record["author"] = author
    if isinstance(subreddit, str) and subreddit:
        record["publisher"] = f"r/{subreddit}"
    return record


def _post_text(post: Mapping[str, object]) -> str | None:
    """A text post's text: its ``selftext_html`` (escaped, as Reddit sends it) read as HTML, as in Reddit's feeds,
    so its Markdown's marks and links' addresses ("[notice](https://…)", "**ferry**") are no words; else its
    ``selftext``; None when there is none or it was taken away ("[removed]")."""
    text, rendered = post.get("selftext"), post.get("selftext_html")
    if not isinstance(text, str) or not text.strip() or text.strip() in _GONE:
        return None
    return html.unescape(rendered) if isinstance(rendered, str) and rendered.strip() else text
