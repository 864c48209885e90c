"""Google Alerts e-mails: each story of an alert is an article of its own, as a feed's items are.

An alert (sent by ``googlealerts-noreply@google.com``) lists stories: a link to the story through Google's redirect
(``https://www.google.com/url?rct=j&sa=t&url=<the story's address>&ct=ga…``) whose words are its headline, a line
naming its source ("NZ Herald") and a snippet of its text. Each is read from the HTML part, else the plain part (the
headline, source and snippet lines over the redirect in angle brackets). A story's id is ``alert.eml#1``,
``#2``… in the alert's order (a message never changes once received); its date is the alert's. The alert's own
lines ("Flag as irrelevant", "Unsubscribe from this Google Alert", "See more results") are no story's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import parse_qs, urlsplit

from lxml import etree, html

from .mailheader import from_addresses

ALERT_SENDERS = frozenset({"googlealerts-noreply@google.com"})
SOURCE_WORDS = 6  # a lone line under a headline this short names the source; a longer one is the snippet
_REDIRECT_HOSTS = frozenset({"www.google.com", "google.com"})
_REDIRECT_PARAMS = ("url", "q")  # the story's address in a redirect: ``url=`` now, ``q=`` in older alerts
# Elements whose start or end breaks a line of text (a source line and a snippet are blocks of their own).
_BLOCKS = frozenset({"p", "div", "td", "th", "tr", "table", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5",
                     "h6", "blockquote", "section", "article", "header", "footer"})
_SKIPPED = frozenset({"script", "style", "head", "title"})
_PLAIN_LINK = re.compile(r"^<(https?://\S+)>$")


@dataclass(frozen=True)
class Story:
    """One story of an alert: its headline, real address, source as the alert names it and snippet."""

    headline: str
    url: str
    source: str | None
    snippet: str


def is_alert(message: EmailMessage) -> bool:
    """Whether ``message`` is a Google Alert (its sender's address is Google Alerts')."""
    return any(str(address.addr_spec).lower() in ALERT_SENDERS for address in from_addresses(message))


def alert_stories(page: str, plain: str) -> list[Story]:
    """The stories of an alert, from its HTML part ``page``, else its plain part ``plain``."""
    return (_page_stories(page) if page.strip() else []) or _plain_stories(plain)


def unwrapped(link: str) -> str | None:
    """The address Google's redirect ``link`` leads to; None for a link that is no redirect."""
    try:
        parts = urlsplit(link.strip())
    except ValueError:  # "https://ex[ample.com/url": a bracket that opens no IPv6 address
        return None
    if parts.hostname not in _REDIRECT_HOSTS or parts.path != "/url":
        return None
    query = parse_qs(parts.query)
    found = next((query[name][0] for name in _REDIRECT_PARAMS if query.get(name)), None)
    return found if found and found.startswith(("http://", "https://")) else None


def _page_stories(page: str) -> list[Story]:
    """The stories of an alert's HTML part: each redirect link and the lines under it up to the next link."""
    try:
        root = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    stories: list[Story] = []
    current: tuple[str, str] | None = None
    lines: list[str] = []
    for kind, value, words in _events(root):
        if kind == "text":
            lines[-1:] = [f"{lines[-1]}{value}"] if lines else [value]
            continue
        if kind == "break":
            lines.append("")
            continue
        if current is not None:
            stories.append(_story(*current, lines))
        target = unwrapped(value)
        current, lines = ((words, target) if target and words else None), []
    if current is not None:
        stories.append(_story(*current, lines))
    return stories


def _events(element: etree._Element) -> Iterator[tuple[str, str, str]]:
    """The page in reading order: ("link", href, words) for each link, ("text", words, "") for other text,
    ("break", "", "") where a block starts or ends."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIPPED:
        return
    if tag == "a":
        yield "link", str(element.get("href") or ""), " ".join(element.text_content().split())
        return
    if tag in _BLOCKS:
        yield "break", "", ""
    if element.text and tag:
        yield "text", element.text, ""
    for child in element:
        yield from _events(child)
        if child.tail:
            yield "text", child.tail, ""
    if tag in _BLOCKS:
        yield "break", "", ""


def _story(headline: str, url: str, lines: list[str]) -> Story:
    """A story from its headline, address and the lines under its link: the first names its source (a lone short
    one too; a lone long one is the snippet), the rest are the snippet."""
    written = [" ".join(line.split()) for line in lines if line.strip()]
    if len(written) == 1 and len(written[0].split()) > SOURCE_WORDS:
        written = ["", *written]
    source = written[0] if written and written[0] else None
    return Story(headline, url, source, " ".join(written[1:]))


def _plain_stories(text: str) -> list[Story]:
    """The stories of an alert's plain part: blocks of lines (headline, source, snippet) over a redirect link."""
    stories = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        link = _PLAIN_LINK.match(lines[-1]) if len(lines) > 1 else None
        target = unwrapped(link.group(1)) if link else None
        if target:
            stories.append(_story(lines[0], target, lines[1:-1]))
    return stories
