"""An article's sections (its newsroom's desk or category: "Politics", "Sport", "World News"), as news gives them.

Pages name theirs in ``<meta property="article:section">`` (and Parse.ly's and others' metas) or JSON-LD's
``articleSection``, feeds in each item's ``<category>``, exports and tables under ``section``, ``category``,
``section_name`` or ``news_desk`` (``fields.JSON_FIELDS["sections"]``), a text in a ``Section:`` header line. Each
value is cleaned to one short line: a list, or a string parted by ``;`` or ``|`` (trafilatura joins its categories
so), is several; an address, a number or a sentence is none.

Tags and keywords are never sections, whichever reader meets them (a record's ``tags`` or ``keywords``, a Markdown
front matter's or a Notion page's, a page's ``article:tag`` and ``keywords`` metas, a WordPress export's
``post_tag``, a text's ``Tags:`` line): a section is the newsroom's desk that the ``section`` facet counts and
``section:`` filters by, where a post's tags run to a dozen, one-off names among them, and a clipper writes its own on
every note (Obsidian's "clippings"). Where a feed writes its tags as categories too, ``feedsections`` tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..sectionterms import section_key
from .fields import JSON_FIELDS, Keyed, pick, unbox
from .htmltext import inline_text
from .publishers import is_address, is_host

MAX_SECTIONS = 10  # a record's list of them may be its tags (a feed's are told apart: feedsections)
MAX_SECTION_CHARS = 60  # "Business & Economy", "Opinion > Columnists"; a longer value is a sentence, not a section
MAX_SECTION_WORDS = 6
# Keys of a section's object (a feed category's parsed dict, a CMS's {"name": …}, Atom's {"term": …, "label": …}).
_NAMES = ("label", "name", "title", "term", "value", "text")
_EDGES = " ,-–—:>/»›"  # marks around a name ("Sport >", "/politics/"); not a dot: "U.S."
# What a CMS writes where no editor chose a section: WordPress's "Uncategorized", a page's type ("post"), "All".
_NO_SECTION = frozenset({"all", "post", "posts", "article", "articles", "story", "stories", "page", "default", "none",
                         "null", "undefined", "uncategorized", "uncategorised", "general", "misc", "other"})
_PARTS = re.compile(r"[;|]")  # the parts stripped when cleaned: "\s*[;|]" ran over a run of spaces from each (n²)


def section_values(values: Iterable[object], limit: int | None = MAX_SECTIONS) -> tuple[str, ...]:
    """The sections ``values`` name, cleaned (see the module), each once whatever its letter case, at most
    ``limit`` (None: all)."""
    found: dict[str, str] = {}
    for text in _texts(values):
        for part in _PARTS.split(text):
            name = _cleaned(part)
            if name is not None:
                found.setdefault(section_key(name), name)
    return tuple(found.values())[:limit]


def record_sections(record: Keyed) -> tuple[str, ...]:
    """A record's sections: those of the first key of ``JSON_FIELDS["sections"]`` that names any (``section_name``
    before ``news_desk``: the NYT's "World" before its desk "Foreign")."""
    for _key, value in pick(record, JSON_FIELDS["sections"]):
        if found := section_values([value]):
            return found
    return ()


def _texts(values: Iterable[object]) -> Iterable[str]:
    """The strings among ``values``: a list's items, an object's name (``_NAMES``)."""
    for value in values:
        value = unbox(value)
        if isinstance(value, str):
            yield value
        elif isinstance(value, (list, tuple)):
            yield from _texts(value)
        elif isinstance(value, Mapping):
            named = next((value[key] for key in _NAMES if isinstance(value.get(key), str) and value[key].strip()), None)
            if named is not None:
                yield named


def _cleaned(text: str) -> str | None:
    """``text`` as a section's name on one line, or None for what is no section's (empty, an address or a host
    ("gizmodo.com", a site's articleSection), a number, a sentence, a CMS's placeholder: ``_NO_SECTION``)."""
    name = inline_text(text).strip(_EDGES)
    if not name or len(name) > MAX_SECTION_CHARS or len(name.split()) > MAX_SECTION_WORDS or is_address(name) \
            or is_host(name) or name.lower() in _NO_SECTION:
        return None
    return name if any(char.isalpha() for char in name) else None
