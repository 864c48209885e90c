"""A read-later service's HTML export: a page listing the saved articles' links (Pocket's "Pocket Export",
Instapaper's "Instapaper: Export").

Each link is an article, as a headlines feed's item or a JSON headline record is: its text the headline, its
address its URL and publisher; its id ``file#<address>`` (``ril_export.html#https://news.example/ferry``) when
no two links of the list share an address, else ``file#N``, its place in the list (see ``link_keys``). The time a
link was saved (Pocket's ``time_added``) is no publication date and is not read.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from ..ids import record_id, stable_keys
from .article import ReadResult
from .encoding import decode_text
from .fields import RecordError
from .htmltext import inline_text
from .jsonfile import article_from_fields
from .publishers import is_address
from .recordresults import Made, gather, no_records
from .xmllimits import html_tree

# The exports' page titles, by service: a page of another title is a web page, read as one.
LINK_LIST_TITLES: dict[str, str] = {"pocket export": "pocket", "instapaper: export": "instapaper"}
_TITLE = re.compile(rb"<title[^>]*>\s*([^<]{1,40}?)\s*</title>", re.IGNORECASE)


def link_list_kind(head: bytes) -> str | None:
    """The service whose export the page starting ``head`` is (``pocket``), or None for any other page."""
    found = _TITLE.search(head)
    return LINK_LIST_TITLES.get(found.group(1).decode("utf-8", "replace").lower()) if found else None


def read_link_list(data: bytes, rel: str, kind: str) -> ReadResult:
    """The saved links of a read-later export, an article each."""
    tree = html_tree(lxml_html.document_fromstring, decode_text(data, markup=True))
    links = [(link.get("href") or "", inline_text(link.text_content())) for link in tree.iter("a")]
    if not links:
        return no_records(rel, f"a {kind} export with no links")
    keys = link_keys([href for href, _text in links])
    return gather((_made(href, text, position, key, rel, kind)
                   for position, ((href, text), key) in enumerate(zip(links, keys), 1)), rel)


def link_keys(hrefs: list[str]) -> list[str]:
    """Each link's key: its address (``https://news.example/ferry``) when no two of the list's web addresses are the
    same, else its place (``3``, counted from 1): see ``ids.stable_keys``. A link that is no web address is skipped,
    so it keys nothing."""
    return stable_keys([None] * len(hrefs), [href.strip() if is_address(href) else None for href in hrefs], each=False)


def _made(href: str, text: str, position: int, key: str, rel: str, kind: str) -> Made:
    label = f"link {position}"
    if not is_address(href):
        return None, label, f"no web address ({href or 'none'})"
    try:
        return None, label, article_from_fields({"title": text, "url": href}, rel, record_id(rel, key), kind)
    except RecordError as exc:
        return None, label, str(exc)
