"""A blog's categories after a post line's day: "Posted by Jane Doe on March 3, 2024 in Politics", "… in News, Local
Politics", "… in News in Brief"; read by ``textbyline``. A place there ("… in Wellington") is where it was posted, no
category: a category is a section when it is a newsroom's desk or a topic the story writes in small letters."""

from __future__ import annotations

import re

from .personcheck import BEAT_WORDS
from .textbylinenames import written_small

# A blog's categories after a post line's day, "in" before them: "… on March 3, 2024 in Politics", "… in News, Local
# Politics", "… in News in Brief"; each a capitalised word and at most three more, capitalised or joining them. Tried
# only where a run of spaces starts, and the categories start with no space, so that a long run (a damaged file's) is
# passed over once, not once from each of its spaces.
_FILED_IN = re.compile(r"(?<![ \t])[ \t]+in[ \t]+(?P<categories>[^\d \t\n][^\d\n]{0,79}?)[ \t]*$")
_CATEGORY_WORDS = 4
_CATEGORY_JOINERS = frozenset({"and", "of", "in", "the", "for", "&"})
# A heading's small words, which a label writes with a capital in title case ("Cost Of Living", "War In Ukraine").
LABEL_SMALL_WORDS = frozenset("of in on at for to the with from over after into under about against".split())
Categories = tuple[str, ...]


def filed_under(written: str) -> tuple[str, Categories] | None:
    """A post line's day without the categories after it, and those categories ("March 3, 2024 in News, Politics":
    "March 3, 2024", ("News", "Politics")); None when no "in" and category names end it (``_FILED_IN``)."""
    if " in " not in written:  # the pattern, searched from each place, not tried
        return None
    found = _FILED_IN.search(written)
    if found is None:
        return None
    categories = tuple(part.strip() for part in found.group("categories").split(","))
    return (written[:found.start()], categories) if all(map(category_name, categories)) else None


def category_name(name: str) -> bool:
    """Whether ``name`` reads as a category's: a capitalised word and at most three more, capitalised or joining
    them ("Local News", "News in Brief"; not "a letter to the council")."""
    words = name.split()
    return 0 < len(words) <= _CATEGORY_WORDS and words[0][0].isupper() \
        and all(word[0].isupper() or word in _CATEGORY_JOINERS for word in words)


# A place as a story writes it: after a preposition of place, in capitals as written ("the council in Wellington",
# "crews from Wellington"), or opening it as its dateline, in capitals ("WELLINGTON, March 3 -", "WELLINGTON (AP) —").
_PLACE_BEFORE = r"(?<!\w)(?:[Ii]n|at|from|near)\s+"
_DATELINE_AFTER = r"(?:,|\s*\(|\s+[-–—])"


def is_place_in(category: str, text: str) -> bool:
    """Whether the story ``text`` writes ``category`` as a place: after "in", "at", "from" or "near" as written
    ("The council in Wellington voted"), or as the dateline opening it ("WELLINGTON, March 3 - …"); "in politics"
    in small letters is no place."""
    return re.search(rf"{_PLACE_BEFORE}{re.escape(category)}(?!\w)", text) is not None \
        or re.match(rf"\s*{re.escape(category.upper())}{_DATELINE_AFTER}", text) is not None


# A newsroom's desks, whose names are sections whatever the story under them writes: a beat's words (personcheck's,
# its fillers aside) and the desks a news site lists beside them.
DESK_WORDS = (BEAT_WORDS - {"our", "own", "from", "your", "the", "a"}) | frozenset("""
opinion comment comments letters editorial editorials analysis feature brief briefs review reviews books obituaries
life style living wine money markets breaking latest columns columnists blogs podcasts podcast video videos photos
gallery galleries events farming agriculture housing jobs careers parenting family relationships puzzles games quizzes
horoscopes rugby cricket football soccer racing golf tennis netball olympics tv television radio media celebrity movies
arts entertainment technology science weather recipes travel
""".split())


def is_section(category: str, text: str) -> bool:
    """Whether a post line's category is a section of the story ``text``: a desk's name, each of its words a desk's or
    joining them ("Politics", "Local News", "News in Brief"), a label of one (``desk_label``: "Climate Change"), or a
    topic the story writes in small letters ("Bridges" over "the two bridges"); not a place or a name, which the story
    names as a place (``is_place_in``), names otherwise ("Wellington's mayor") or does not name at all: a section is a
    desk or a topic, no place."""
    words = category.lower().split()
    desk = all(word in DESK_WORDS or word in _CATEGORY_JOINERS for word in words)
    return not is_place_in(category, text) and (desk or desk_label(category) or written_small(category, text))


def desk_label(category: str) -> bool:
    """Whether ``category``, its words capitalised, is a desk's or a topic's label by its own words: one a desk's word
    ("Climate Change", "Mental Health", "CLIMATE CHANGE"), or a heading's small word written in title case inside it
    ("Cost Of Living", "War In Ukraine"; in capitals, "POOL SHUT FOR WINTER", a heading's words tell no label)."""
    words = category.split()
    return category_name(category) and (
        any(word.lower() in DESK_WORDS for word in words)
        or any(word.lower() in LABEL_SMALL_WORDS and word.istitle() for word in words[1:-1]))


def not_places(categories: Categories, text: str) -> Categories:
    """``categories`` that are sections of the story ``text`` (``is_section``), without places and names."""
    return tuple(category for category in categories if is_section(category, text))
