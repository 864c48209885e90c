"""A feed item's sections: its ``<category>``s, but not the tags a feed lists among them.

WordPress writes a post's categories and then its tags as ``<category>`` elements alike (its RSS, and Atom's
``<category term=…>``); Blogger's labels, Medium's tags, the Guardian's and the NYT's keywords are written so too,
ten or more an item. An item naming more than ``MAX_CATEGORIES`` is listing its tags: its sections are then those
another item of the same feed names too (a desk recurs, a tag seldom does), else its first (WordPress's categories
come before its tags). A WordPress export (WXR) tells its tags apart, ``domain="post_tag"``: they are never sections.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from ..sectionterms import section_key
from .feedelements import Children, element_text
from .fields import FEED_FIELDS
from .sections import MAX_SECTIONS, section_values

MAX_CATEGORIES = 3  # "News", "Politics", "World": an item naming more lists its tags too
_TAG_DOMAINS = frozenset({"post_tag", "tag", "tags"})  # WXR's tags' domain


def item_categories(children: Children) -> tuple[str, ...]:
    """Every section an item's elements name (``FEED_FIELDS["sections"]``, the first that names any): each RSS
    ``<category>``'s text, an Atom ``<category>``'s label, else its term; a tag's of a WordPress export, none."""
    for name in FEED_FIELDS["sections"]:
        named = [element.get("label") or element.get("term") or element_text(element)
                 for element in children.get(name, []) if (element.get("domain") or "").lower() not in _TAG_DOMAINS]
        if found := section_values(named, limit=None):
            return found
    return ()


def recurring_sections(items: Iterable[Children]) -> frozenset[str]:
    """The sections (as ``section_key`` writes them) two items or more of a feed name."""
    counts = Counter(key for children in items for key in {section_key(name) for name in item_categories(children)})
    return frozenset(key for key, count in counts.items() if count > 1)


def item_sections(children: Children, recurring: Collection[str] = frozenset()) -> tuple[str, ...]:
    """An item's sections: its categories (``item_categories``), or when it names more than ``MAX_CATEGORIES``,
    those among them the feed's other items name too (``recurring``, see ``recurring_sections``), else its first."""
    found = item_categories(children)
    if len(found) <= MAX_CATEGORIES:
        return found
    return tuple(name for name in found if section_key(name) in recurring)[:MAX_SECTIONS] or found[:1]
