"""A Wix blog post's byline and day, read into its PageInfo: Wix names its widgets' parts by ``data-hook``, its class
names being hashes ("tQ0Q1A"), so neither is seen as a byline's or a date's box. The post's metadata holds
``<a data-hook="profile-link"><span data-hook="user-name">Jane Doe</span></a>`` and ``<span data-hook="time-ago"
title="Mar 5, 2024">Mar 5</span>``: its title the full day, its text the day without its year or its age ("3 days
ago"). The posts a page lists under it ("Recent Posts", ``data-hook="post-list-item"``) and its comments have their
own, not the post's. A Wix page says it is one: ``<meta name="generator" content="Wix.com Website Builder">``; other
pages are not searched for hooks (a search of the page's elements: 2-3 ms a page).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias

from lxml import html as lxml_html

from .dates import parse_date

if TYPE_CHECKING:
    from .pageinfo import PageInfo

Element: TypeAlias = lxml_html.HtmlElement

_HOOKS = "//*[@data-hook='user-name' or @data-hook='time-ago']"
# Boxes of other posts or of comments: Wix's "recent-posts", "related-posts", "post-list-item" (its hook or its
# class), "comment…".
_ELSEWHERE = re.compile(r"recent|related|post-list|comment", re.I)
_DEPTH = 12  # ancestors looked at for such a box
_NAME_CHARS = 80  # a longer "user-name" is no name


def collect_wix_post(root: Element, info: PageInfo) -> None:
    """The byline ("By Jane Doe") and the day a Wix post's metadata gives, into ``info``'s bylines and its time stamps
    (the day its "time-ago" box's title gives, else the box's text when that is a date), the post's own first; on a
    page Wix's generator tag names only."""
    if not any("wix" in generator.lower() for generator in info.metas.get("generator", ())):
        return
    named = dated = False
    for el in root.xpath(_HOOKS):
        if _elsewhere(el):
            continue
        text = " ".join(el.text_content().split())
        if el.get("data-hook") == "user-name" and not named and 0 < len(text) <= _NAME_CHARS:
            info.bylines.insert(0, f"By {text}")
            named = True
        elif el.get("data-hook") == "time-ago" and not dated:
            title = " ".join((el.get("title") or "").split())
            if title and parse_date(title):
                info.times.insert(0, title)
                dated = True
            elif parse_date(text):
                info.date_texts.insert(0, text)
                dated = True


def _elsewhere(el: Element) -> bool:
    """Whether ``el`` stands in another post's box or a comment's (``_ELSEWHERE``)."""
    parent = el.getparent()
    for _ in range(_DEPTH):
        if parent is None:
            return False
        if _ELSEWHERE.search(f"{parent.get('data-hook') or ''} {parent.get('class') or ''}"):
            return True
        parent = parent.getparent()
    return False
