"""A page printed to PDF by a browser (Chrome's or Firefox's "Print to PDF", "Save as PDF"): its header and footer,
and the site's menu line over the headline.

A browser prints, in small type in the page's top and bottom margins, the time of printing with the page's title
(Chrome: "12/2/26, 12:06 PM" and "Storm hits Wellington | Stuff" over the page) and the page's address with the
page count ("https://www.stuff.co.nz/…" and "1/3" under it; Firefox puts the title and address on top, "1 of 3"
and the time below). A page whose margin holds an address and a time of printing or a page count is such a print,
on one page as on many: the lines standing level with them are no part of the article (the time is the file's,
never the article's date), and the address is the article's when it gives none. A line of short capitalised link
words ("Home   National   World   Business") over the headline is the site's menu; such a line and a copyright line
ending a web page's print ("About Stuff   Contact Us   Privacy Policy", "© 2026 Stuff Limited") are its footer.
"""

from __future__ import annotations

import re

from .pdfparagraphs import SAME_PLACE, Line

MARGIN = 54.0    # points from a page's top or bottom edge (three quarters of an inch): a header's or footer's place
# "12/2/26, 12:06 PM", "02/12/2026, 12:06", "2.12.26, 12:06:04", "2026-12-02 12:06": a date with its time.
_PRINTED_AT = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
                         r"(?:\s|$)", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:https?|file)://\S+$")
_PAGE_COUNT = re.compile(r"^(?:page\s+)?\d{1,4}\s*(?:/|of)\s*\d{1,4}$", re.IGNORECASE)
# A menu's items: set apart by wide gaps or by bars or bullets; each a few words, capitalised, no sentence.
_ITEM_GAP = re.compile(r"\s{2,}|\s*[|•·]\s*")
_MENU_ITEMS = 4
_ITEM_WORDS = 4
# "© 2026 Stuff Limited", "(c) Stuff", "Copyright 2024 …", "Copyright © …": a notice, not a sentence about copyright.
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))", re.IGNORECASE)
_COPYRIGHT_WORDS = 20


def printed_margins(page: list[Line], bottom: float, top: float) -> tuple[set[int], str | None]:
    """The places (in ``page``) of a browser's header and footer lines, and the page's address they print; none
    when the page is no browser's print."""
    edge = [n for n, line in enumerate(page) if line.y > top - MARGIN or line.y < bottom + MARGIN]
    text = {n: " ".join(page[n].text.split()) for n in edge}
    addresses = [n for n in edge if _ADDRESS.match(text[n])]
    marks = [n for n in edge if _PRINTED_AT.match(text[n]) or _PAGE_COUNT.match(text[n])]
    if not addresses or not marks:
        return set(), None
    levels = [page[n].y for n in addresses + marks]
    printed = {n for n in edge if any(abs(page[n].y - y) < SAME_PLACE for y in levels)}
    address = text[addresses[0]]
    return printed, None if "…" in address or address.endswith("...") else address  # a long address cut short


def is_menu(text: str) -> bool:
    """Whether a paragraph reads as a site's menu: ``_MENU_ITEMS`` or more items of a few capitalised words each,
    set apart by wide gaps, bars or bullets ("Home   National   World   Business   Climate change   Sport")."""
    items = [item for item in _ITEM_GAP.split(text.strip()) if item]
    return len(items) >= _MENU_ITEMS and all(
        len(item.split()) <= _ITEM_WORDS and item[0].isupper() and item[-1] not in ".!?:;," for item in items)


def is_site_footer(text: str) -> bool:
    """Whether a line reads as a site's footer: a line of links (as a menu, see ``is_menu``: "About Stuff   Contact
    Us   Privacy Policy   Terms & Conditions") or a copyright notice of at most ``_COPYRIGHT_WORDS`` words."""
    text = text.strip()
    return is_menu(text) or (bool(_COPYRIGHT.match(text)) and len(text.split()) <= _COPYRIGHT_WORDS)
