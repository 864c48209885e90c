"""Medium's export (Settings > Download your information: a zip whose ``posts/`` folder holds a page a post).

Each page closes with "Exported from Medium on …" and an ``h-entry`` footer: its author (``p-author``), its day
(``dt-published``) and its address (``a.p-canonical``, the page having no canonical link), which is read as the
page's. Its body opens with the title again (an ``h3`` of class ``graf--title``), left out. A post never published
is exported as ``draft_<Title>-<id>.html`` (with no author, day or address): it is no article.
"""

from __future__ import annotations

import re

_FOOTER = re.compile(rb'Exported from <a href="https?://medium\.com/?">Medium</a>')
_CANONICAL = re.compile(rb'<a\b[^>]*\bhref="(https?://[^"\s>]+)"[^>]*\bclass="p-canonical"'
                        rb'|<a\b[^>]*\bclass="p-canonical"[^>]*\bhref="(https?://[^"\s>]+)"')
# The title the body opens with: a heading of class graf--title (any level; Medium writes h3, older posts h2 or h4).
_TITLE = re.compile(rb'<(h[1-6])\b[^>]*\bclass="[^"]*\bgraf--title\b[^"]*"[^>]*>.*?</\1>', re.S)
_FOOT_BYTES = 4096  # the footer is the page's last lines
DRAFT = "a Medium draft (draft_…, exported from Medium): never published"


def is_medium_export(data: bytes) -> bool:
    """Whether the page ``data`` is a post of Medium's export: its footer says so."""
    return _FOOTER.search(data[-_FOOT_BYTES:]) is not None


def is_draft(data: bytes, rel: str) -> bool:
    """Whether the page ``data`` (its id ``rel``) is a draft of Medium's export: named ``draft_…``."""
    return rel.replace("#", "/").rpartition("/")[2].startswith("draft_") and is_medium_export(data)


def medium_post(data: bytes) -> tuple[bytes, str | None]:
    """A post of Medium's export without the title its body repeats, and its address; ``data`` as it is, and None,
    for any other page."""
    if not is_medium_export(data):
        return data, None
    found = _CANONICAL.search(data[-_FOOT_BYTES:])
    address = (found.group(1) or found.group(2)).decode("ascii", "replace") if found else None
    return _TITLE.sub(b"", data, count=1), address
