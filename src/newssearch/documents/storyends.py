"""Where the story's text ends: a pointer label near its end heads the page's teasers and offers, and subheadings
with no text after them head boxes already left out. Pure functions on the paragraphs ``htmlblocks`` collected."""

from __future__ import annotations

import re

from .boilerlines import PAGE_LINE
from .pagelabels import is_pointer

SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
POINTED_TAIL = 0.2  # of the text: what follows a pointer label in the story's last fifth is what it points to
STORY_WORDS = 12  # a paragraph of the story's prose has as many words and a full stop


def points_elsewhere(text: str) -> bool:
    """True for a label pointing to other pages ("Mehr zum Thema", "Diese Artikel könnten dich auch interessieren:")."""
    return bool(PAGE_LINE.match(text) or is_pointer(text))


def cut_at_pointer(out: list[str], tags: list[str], at: int) -> tuple[list[str], list[str]]:
    """``out`` up to the last pointer label left out of it ("Diese Artikel könnten dich auch interessieren:") when
    only the story's last fifth follows: the page's teasers, offers and contact boxes the label heads. Two or more
    paragraphs of prose after it are the story going on below a teaser box set inside it ("Mehr Kolumnen auf …:")."""
    tail = out[at:]
    if not 0 < at < len(out) or sum(map(len, tail)) > POINTED_TAIL * sum(map(len, out)):
        return out, tags
    if len(tail) >= 2 and all(len(text.split()) >= STORY_WORDS and SENTENCE_END.search(text) for text in tail):
        return out, tags
    return out[:at], tags[:at]


def without_closing_headings(out: list[str], tags: list[str]) -> list[str]:
    """``out`` without the subheadings that end it: a heading heads text, and one with none after it heads a box the
    page fills by script ("News" over an empty teaser list) or one already left out. A heading written as the story's
    closing sentence ("By then.", "Es stützt seine Version.") is its text."""
    end = len(out)
    while end > 1 and tags[end - 1] in SUBHEADINGS and not _is_closing_sentence(out[end - 1]):
        end -= 1
    return out[:end]


_STATEMENT_END = re.compile(r"\w[\"'”’)]*\.[\"'”’)]*$")  # a full stop after a word, not an ellipsis ("More...")


def _is_closing_sentence(text: str) -> bool:
    """True for two words or more ending as a statement and asking nothing: not a box's label ("Schlagworte:") or a
    prompt to the reader ("Not the answer you're looking for? Browse other questions …")."""
    return len(text.split()) >= 2 and "?" not in text and bool(_STATEMENT_END.search(text))
