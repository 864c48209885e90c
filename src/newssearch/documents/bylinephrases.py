"""A byline of English's words that is a phrase, no one's name: a column's title over a story ("By Popular Demand",
"By the Numbers", "By Any Means", "By Design"), read by ``personcheck.is_person`` (a page's byline box, a record's
author) and ``textbylinenames`` (a text's byline line).

A name's words may be words too (Mark Little, Grace Song, Will Rose, Hope Bay, Bill Gates, Russell Means): a phrase is
told by what opens it and what ends it, not by its words being words.
"""

from __future__ import annotations

from ..startup import lazy_compile

# Words that open no name: a determiner or a preposition ("the Numbers", "Any Means", "No Means", "All Accounts", "From
# Our …"): a name opens with a given name (or a particle, "van der Berg", which is none of these).
_OPENERS = frozenset("""
the a an any all no every each some this that these those my our your their its of for from with in at and
""".split())
# Words that are never a name's, wherever they stand: a desk's possessive ("Our Own Correspondent").
_NEVER_NAMES = frozenset({"our", "your", "their"})
# The last words of English's set phrases after "by" that are nobody's surname: "(By) Popular Demand", "Special
# Request", "Design", "Default". "Means", "Way", "Day", "Chance", "Hand" and "Law" are surnames (Russell Means, Doris
# Day, Jude Law): not here; their phrases open with a determiner ("By Any Means", "By the Way") anyway.
_PHRASE_ENDS = frozenset("""
demand request design default definition accident appointment invitation necessity mistake comparison contrast
extension proxy consensus numbers degrees stealth committee vote
""".split())
# A line of its own that is "By" and a column's title: a heading's words, no sentence's marks or digits.
_PHRASE_LINE = lazy_compile(r"[ \t]*[Bb][Yy][ \t]+([^\W\d_][^\W\d_'’ \t-]*(?:[ \t-]+[^\W\d_][^\W\d_'’ \t-]*){0,4})[ \t]*")


def is_phrase(name: str) -> bool:
    """Whether a byline's words ``name`` are an English phrase, no person's name: opened by a determiner or a
    preposition ("the Numbers", "Any Means"), holding a desk's possessive ("From Our Own Correspondent"), or ended by a
    set phrase's noun that no surname is ("Popular Demand", "Special Request", "Design"), in any letter case."""
    words = name.lower().split()
    return bool(words) and (words[0] in _OPENERS or words[-1].rstrip(".") in _PHRASE_ENDS
                            or any(word in _NEVER_NAMES for word in words))


def phrase_line(line: str) -> bool:
    """Whether ``line`` is a byline's line naming no one but a column ("By Popular Demand", "By the Numbers", "BY ANY
    MEANS"): "By", one to five words written as a heading's (each capitalised but an opener, "the", "any"), no
    sentence's marks, and a phrase (``is_phrase``); not "By the way, the …", "By any means necessary"."""
    found = _PHRASE_LINE.fullmatch(line)
    if found is None:
        return False
    words = found.group(1).replace("-", " ").split()
    return len(words) >= 1 and is_phrase(found.group(1)) and all(
        word[0].isupper() or word in _OPENERS for word in words) and words[-1][0].isupper()
