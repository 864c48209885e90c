"""The key of the address one story is at, however a link writes it: a feed's item and the page a mirror saved of
it (``http://news.example/2024/ferry/?utm_source=rss`` and ``https://www.news.example/2024/ferry``, or its AMP copy
``https://amp.news.example/2024/ferry/amp/``) are one story, whatever their texts (a feed's teaser is too short to be
told a copy by its sentences). Not a site's home page, which some sites name as every page's address."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from .textkeys import ADDRESS_KEY

# Query parameters that are no part of a page's address: a feed's or newsletter's tracking, an AMP copy's mark.
_NOT_ADDRESS = re.compile(r"utm_[a-z]+(?:=.*)?|source=rss.*|amp(?:=.*)?|outputtype=amp", re.IGNORECASE)
_HOST_MARKS = ("www.", "amp.")


def story_address(url: str | None) -> str | None:
    """``url`` as the story's address: no scheme, its host in lower case without ``www.`` or ``amp.``, its path
    without an ``amp`` segment or a closing slash, its query without tracking or AMP marks; None for no web address
    or a site's home page."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:  # "https://ex[ample.com/a": a bracket that opens no IPv6 address
        return None
    for mark in _HOST_MARKS:
        host = host.removeprefix(mark)
    path = "/".join(part for part in parts.path.split("/") if part and part.lower() != "amp")
    query = "&".join(param for param in parts.query.split("&") if param and not _NOT_ADDRESS.fullmatch(param))
    if not host or not (path or query):
        return None
    return f"{host}/{path}" + (f"?{query}" if query else "")


def address_copy_key(url: str | None) -> str | None:
    """The copy key of the story at ``url`` (``story_address``), None when it has none."""
    address = story_address(url)
    if address is None:
        return None
    return ADDRESS_KEY + hashlib.blake2b(address.encode("utf-8"), digest_size=8).hexdigest()
