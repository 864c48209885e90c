"""Readers' comments on a page, known by their shape when their boxes carry no telling name.

A comment list is a run of sibling boxes that each hold a control to reply to them and a time ("3 hours ago",
"March 3, 2024 at 10:15 am"). Its boxes are removed before the page is scored: sixty comments under a short
story had outscored the story and replaced it. A box named for comments ("comments", "responses", "replies",
"disqus") is dropped by its name in ``htmlclean``; this module finds the lists that are named otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TypeAlias

from lxml import html as lxml_html

from .dates import written_date

Element: TypeAlias = lxml_html.HtmlElement

# A control that answers a comment: "Reply", "Reply to user12", "Respond". Like and Report buttons alone are not
# enough: a live blog's entries carry a time and share or like buttons, and they are the story.
_REPLY = re.compile(r"(?:reply|respond)(?: to .{1,40})?(?: ?\(?\d+\)?)?\W*", re.IGNORECASE)
# When a comment was written, as comment systems print it: "3 hours ago", "2h ago", "just now", "yesterday".
_RELATIVE_TIME = re.compile(
    r"\b(?:\d+|an?|one) ?(?:s|sec|second|m|min|minute|h|hr|hour|d|day|w|wk|week|mo|month|y|yr|year)s? ago\b|"
    r"\bjust now\b|\byesterday\b",
    re.IGNORECASE,
)
TIME_REACH = 160  # characters at each end of a comment's text where its time is looked for
MIN_COMMENTS = 3  # sibling boxes with a reply control and a time: a list of comments, not one quoted exchange


def drop_comment_lists(root: Element) -> None:
    """Remove from ``root`` every comment of a list of at least ``MIN_COMMENTS`` (``is_comment``)."""
    controls = [el for el in root.iter("button", "a", "span", "div") if _is_reply_control(el)]
    if len(controls) < MIN_COMMENTS:
        return
    holding = Counter(ancestor for control in controls for ancestor in control.iterancestors())
    boxes_with_controls = {parent: sum(1 for child in parent if holding[child]) for parent in holding}
    entries = {entry for control in controls if (entry := _comment_of(control, boxes_with_controls)) is not None}
    for entry in entries:
        if entry.getparent() is not None and not any(ancestor in entries for ancestor in entry.iterancestors()):
            entry.drop_tree()


def _is_reply_control(el: Element) -> bool:
    """True for a button or link worded as a reply to a comment (a <span> or <div> marked as a button too)."""
    if el.tag in ("span", "div") and el.get("role") != "button":
        return False
    return bool(_REPLY.fullmatch(" ".join(el.text_content().split())))


def _comment_of(control: Element, boxes_with_controls: dict[Element, int]) -> Element | None:
    """The comment box of a reply control: its nearest ancestor whose parent holds ``MIN_COMMENTS`` boxes with
    reply controls, when that box also shows a time; None when the control is in no such list."""
    for box in control.iterancestors():
        parent = box.getparent()
        if parent is None or box.tag in ("body", "html"):
            return None
        if boxes_with_controls.get(parent, 0) >= MIN_COMMENTS:
            return box if is_comment(box) else None
    return None


def is_comment(box: Element) -> bool:
    """True when ``box`` shows when it was written and is not the story's own container."""
    if box.tag in ("article", "main") or next(box.iter("h1", "article", "main"), None) is not None:
        return False
    if box.find(".//*[@itemprop='articleBody']") is not None:
        return False
    if next(box.iter("time"), None) is not None:
        return True
    text = " ".join(" ".join(box.itertext()).split())  # "2 hours ago" ends where its <span> does
    # A comment's time is in its header or its footer, not in what the reader wrote.
    ends = text if len(text) <= 2 * TIME_REACH else f"{text[:TIME_REACH]} {text[-TIME_REACH:]}"
    return bool(_RELATIVE_TIME.search(ends) or written_date().search(ends))
