"""An article's address without the tracking a feed, a newsletter or a reader app adds to the links it gives out."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# A link's tracking parameters: Feedburner's and newsletters' ``utm_source=feedburner&utm_medium=feed``, Feedly's
# ``utm_source=feedly``, Medium's ``source=rss----7f60cf5620c9---4``; the article's own address is without them.
_TRACKING = re.compile(r"utm_[a-z]+=[^&]*|source=rss[^&]*", re.IGNORECASE)


def without_tracking(link: str) -> str:
    """``link`` without its tracking parameters (``_TRACKING``), else as it is."""
    try:
        parts = urlsplit(link)
    except ValueError:  # "https://ex[ample.com/a": a bracket that opens no IPv6 address
        return link
    params = parts.query.split("&") if parts.query else []
    kept = [param for param in params if not _TRACKING.fullmatch(param)]
    return link if len(kept) == len(params) else urlunsplit(parts._replace(query="&".join(kept)))
