"""Display titles for articles that have no headline of their own."""

from __future__ import annotations

import re

from ..datelines import without_dateline

MAX_TITLE = 120     # a title made from the lede
MAX_HEADLINE = 300  # a headline the article gives: longer is a paragraph put in the title's place
# A sentence may end at . ! ? followed by space and an upper-case letter, a digit or a quote; the word
# before a full stop says whether it does (see _ends_sentence).
_SENTENCE = re.compile(r"[.!?](?=[\"'’”]?\s+[\"'‘“A-Z0-9])")
_WORD_BEFORE = re.compile(r"[\w.]+$")
# Words written with a full stop that goes on to the next word: titles and ranks before a name ("Sen.
# Warren", "Lt. Col."), months in a date ("Oct. 25"), "No. 1", "St. Kilda", company suffixes ("Ford Motor
# Co. said"), "vs." and "etc." As written: "no." and "Co." differ, "He said no. The" ends a sentence.
_ABBREVIATIONS = frozenset("""
    Mr Mrs Ms Dr Prof Sen Rep Gov Lt Gen Col Maj Capt Sgt Cpl Adm Cmdr Rev Hon Rt Insp Det Supt Const Pres
    St Mt Ave Rd Ft No Nos Co Ltd Inc Corp Bros Jr Sr vs Vs etc approx Approx
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
""".split())


# A credit closes a caption line: "... Photo / Supplied", "Picture: Getty Images".
_CREDIT = re.compile(
    r"(?:^|[.\s])(?:photos?|pictures?|images?|file photo|credit)\s*[/:|]\s*[^.!?/:|]{1,60}$", re.IGNORECASE
)
MAX_CAPTION = 400


def is_caption(line: str) -> bool:
    """True for a photo caption or credit line such as ``... Photo / Supplied``."""
    line = line.strip()
    return len(line) <= MAX_CAPTION and bool(_CREDIT.search(line))


def first_text_line(body: str) -> str:
    """The first non-empty line of ``body`` that is not a photo caption ('' if none)."""
    for line in body.splitlines():
        line = line.strip()
        if line and not is_caption(line):
            return line
    return ""


def title_from_lede(body: str) -> str:
    """The first sentence of the first real paragraph, trimmed to about MAX_TITLE characters."""
    first = first_text_line(body)
    if not first:
        return ""
    first = without_dateline(first).strip() or first  # "DETROIT, Oct. 25, 2023 (AP) — ": where, not what
    end = next((m.start() for m in _SENTENCE.finditer(first) if _ends_sentence(first[: m.start()], m.group())), None)
    sentence = first[:end] if end is not None else first.rstrip(".")
    return trim_title(sentence.strip().strip("\"'“”‘’").strip(), MAX_TITLE)


def _ends_sentence(before: str, mark: str) -> bool:
    """True when ``mark`` after ``before`` ends a sentence: ! and ? do; a full stop does unless it closes an
    abbreviation, an initial ("J. Smith") or a dotted one ("U.S.", "p.m.", "J.K."); a number ("3.5.") or a
    host ("Amazon.com.") is no abbreviation."""
    found = _WORD_BEFORE.search(before)
    if mark != "." or not found:
        return True
    word = found.group()
    dotted = "." in word and all(piece.isalpha() and len(piece) <= 3 for piece in word.split("."))
    return not (word in _ABBREVIATIONS or len(word) == 1 and word.isupper() or dotted)


def trim_title(title: str, limit: int = MAX_HEADLINE) -> str:
    """Cut a long title at a word boundary and mark the cut with an ellipsis.

    A headline of 163 characters is kept whole: cut at 120, its last words could not be found.
    """
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
