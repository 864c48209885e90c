"""A page that lists stories rather than telling one: a site's home page, a section front, a tag, author or date
archive, a page of them (``page/2/``), as a ``wget --mirror`` of a site saves them beside its articles.

Told by its shape: three or more teaser boxes (``<article>``, or a box of class ``hentry``, ``teaser`` or
``post-item``), each headed by a link to another page (or wrapped in one with its heading), whose text is most of the
text the reader found, on a page that does not say it is an article (``article:published_time``, a JSON-LD article).
A blog's front page showing its posts whole (teasers as long as stories), an article with a box of related stories
under it and a live blog whose entries are headed by links to themselves (``#post-2``) are articles.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from statistics import median
from typing import TypeAlias

from lxml import html as lxml_html

from . import jsonld
from .pageinfo import PageInfo

Element: TypeAlias = lxml_html.HtmlElement

_BOXES = ("//article | //*[contains(concat(' ', normalize-space(@class), ' '), ' hentry ')"
          " or contains(concat(' ', normalize-space(@class), ' '), ' teaser ')"
          " or contains(concat(' ', normalize-space(@class), ' '), ' post-item ')]")
# A teaser's heading is a link to its story's page, or inside one (a card wrapped whole in its link); a link to a place
# on this page ("#post-2": a live blog's entry headed by its own time, to share it) is no story's page.
_PAGE_LINK = "a[@href][not(starts-with(normalize-space(@href), '#'))]"
_HEADED_BY_LINK = (f"(.//h1 | .//h2 | .//h3 | .//h4)//{_PAGE_LINK}"
                   f" | .//{_PAGE_LINK}[.//h1 or .//h2 or .//h3 or .//h4]")
MIN_TEASERS = 3
MAX_TEASER = 800  # characters, the median teaser's: a blog front showing its posts whole shows stories, not teasers
TEASERS_SHARE = 0.6  # of the body's characters that are teasers' words


def teasers(root: Element) -> list[str]:
    """The texts of the outermost teaser boxes headed by a link (read before the body extractor prunes the tree)."""
    boxes = root.xpath(_BOXES)
    inside = {id(el) for box in boxes for el in box.iterdescendants()}
    return [" ".join(box.text_content().split()) for box in boxes
            if id(box) not in inside and box.xpath(_HEADED_BY_LINK)]


def story_list(found: list[str], body: str, info: PageInfo) -> int:
    """How many teasers the page lists when it is a list of stories, not an article (see the module); else 0."""
    if len(found) < MIN_TEASERS or median(map(len, found)) > MAX_TEASER or says_article(info):
        return 0
    paragraphs = [" ".join(p.split()) for p in body.split("\n") if p.strip()]
    shares = [0] * len(found)  # the body's characters each teaser holds
    joined = "\0".join(found)  # one search a paragraph, not one a teaser: a tag page of 3,000 had cost 0.8 s
    starts = list(accumulate((len(teaser) + 1 for teaser in found[:-1]), initial=0))
    for paragraph in paragraphs:
        if (at := joined.find(paragraph)) >= 0:  # the first teaser holding it (no paragraph holds a \0)
            shares[bisect_right(starts, at) - 1] += len(paragraph)
    # One box holding a story's worth of the body is the story (an <article> whose subheads are links), not a teaser.
    if max(shares) > MAX_TEASER or sum(1 for share in shares if share) < MIN_TEASERS:
        return 0
    return len(found) if sum(shares) >= TEASERS_SHARE * sum(map(len, paragraphs)) else 0


def says_article(info: PageInfo) -> bool:
    """Whether the page's metadata says it is one story published on a day."""
    return bool(info.meta("article:published_time")[0] or jsonld.first(info.articles, "datePublished"))
