"""A uCoz blog or news entry's day, read into its PageInfo: uCoz heads an entry with its date bar, links to the
archives of its year, month and day (``<a class="dateBar" href="/blog/2010-10-26">26</a>``), while the entry itself
shows only its time ("3:59 PM") and its address (``/blog/briefe/2010-10-26-18``) may not be known: the day link's
address is the day. The class name is uCoz's own; a page without it is not searched further.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias

from lxml import html as lxml_html

from .dates import make_date

if TYPE_CHECKING:
    from .pageinfo import PageInfo

Element: TypeAlias = lxml_html.HtmlElement

_DATE_BAR = "//a[@class='dateBar']"
# The day's archive: a module's path, then the day ("/blog/2010-10-26", "/news/2010-10-26"); a month's is "2010-10".
_DAY_ARCHIVE = re.compile(r"/((?:19|20)\d\d)-(\d\d)-(\d\d)/?$")


def collect_ucoz_day(root: Element, info: PageInfo) -> None:
    """The day a uCoz entry's date bar links to, first among ``info``'s time stamps; none when its bar links no
    day."""
    for link in reversed(root.xpath(_DATE_BAR)):
        found = _DAY_ARCHIVE.search((link.get("href") or "").strip())
        day = make_date(*map(int, found.groups())) if found else None
        if day is not None:
            info.times.insert(0, day.isoformat())
            return
