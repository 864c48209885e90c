"""Initialisms joined by "&" ("AT&T", "S&P", "R&D", and spaced, "R & D") as one term each, beside their letters.

The index holds no "&": "AT&T" is the words "at" and "t" side by side, so ``AT&T`` had found "at T minus ten",
``R&D`` "R. D. Smith" and ``"S&P 500"`` "Plan S, P 500". Each initialism is also indexed as its one term (``at&t``:
lower case, neither folded nor stemmed, as an acronym is), at its first letters' place, as Lucene's
WordDelimiterGraphFilter places a catenated word; its letters stay where they were, so a phrase and a field's length
are what they were. A typed one is searched as that term (``initialism_chain``): alone it is the term, and in a
phrase the term at its first letters' place, its last letters after it ("S&P 500" is the phrase s&p p 500); typed
spaced outside quotes, it is one word all the same (``querytext.typed_initialisms``: ``R & D`` is ``R&D``).

An initialism is one or two ASCII letters (INITIALISM_LETTERS, as ``ampersands`` reads a phrase's "&": "AT&T", "Q&A",
"M&S") each side of an "&", white space around it or none, but no line's end, or three letters and one written solid
(SOLID_INITIALISM_LETTERS: a utility's "PSE&G", "SDG&E", "KCP&L", which had been found as the phrase "pse g", "PSE, G"
too); its last letters may be a possessive ("AT&T's": at&t). Not three letters spaced ("Fox & G"), three and more
("Fisher & Paykel", "Oil&Gas", "Sun&Co": words, which ``ampersands`` reads as "and" too), letters with a digit
("R&D3"), a chain ("A&B&C"), nor an initialism written with dots ("U.S.&T"). Letter case is no part of the rule, in
a text as typed: ``pse&g`` is PSE&G.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter

from .ampersands import INITIALISM_LETTERS, SOLID_INITIALISM_LETTERS
from .startup import lazy_compile
from .tokenpatterns import Span, word_spans

# One or two letters each side of an "&" (or three and one), no word character or "&" before or after them: a
# candidate, whose sides are
# then asked to be tokens of their own (``_initialism_at``): "AT&T" but not the "S&T" of "U.S&T". Searched only in a
# text holding an "&".
# Three letters and one (SOLID_INITIALISM_LETTERS) only solid: the look-ahead asks for one of the shapes, the groups
# then take its letters.
_SHORT = f"[A-Za-z]{{1,{INITIALISM_LETTERS}}}"
_LONG = f"[A-Za-z]{{{SOLID_INITIALISM_LETTERS}}}"
_CANDIDATE = lazy_compile(rf"(?<![\w&])(?={_SHORT}[^\S\n]*&[^\S\n]*{_SHORT}(?![\w&])|{_LONG}&[A-Za-z](?![\w&])"
                          rf"|[A-Za-z]&{_LONG}(?![\w&]))([A-Za-z]{{1,{SOLID_INITIALISM_LETTERS}}})[^\S\n]*&[^\S\n]*"
                          rf"([A-Za-z]{{1,{SOLID_INITIALISM_LETTERS}}})(?![\w&])")
_POSSESSIVE = lazy_compile(r"['’]s")  # what the last letters' token may hold after them: "AT&T's"
_SPACES = " \t\r\f\v\u00a0\u2009\u202f"  # white space within a line, as the candidate's ``[^\S\n]`` (the commonest)
_START = itemgetter(0)
_AROUND = 64  # characters read around an initialism for its tokens, at most: a run without spaces is not read whole


def has_initialisms(text: str) -> bool:
    """Whether ``text`` may hold an initialism joined by "&" (a quick test, before its tokens are looked at)."""
    return "&" in text and _CANDIDATE.search(text) is not None


def initialism_terms(text: str, spans: Sequence[Span]) -> dict[int, str]:
    """The term of each initialism joined by "&" in ``text`` (its tokens at ``spans``), by the place of its first
    letters: ``{0: "at&t"}`` for "AT&T", ``{1: "s&p"}`` for "the S & P 500"."""
    if "&" not in text:
        return {}
    found: dict[int, str] = {}
    for candidate in _CANDIDATE.finditer(text):
        at = bisect_left(spans, candidate.start(), key=_START)  # the first letters' token, if it is one
        if (term := _initialism_at(text, spans, at, candidate)) is not None:
            found[at] = term
    return found


def initialism_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each initialism joined by "&" stands in ``text`` (from its first letter to the end of its last token,
    a possessive's "s" too) and its term: a snippet's mark. Only the words around each "&" are cut into tokens."""
    found = []
    for candidate in _CANDIDATE.finditer(text) if "&" in text else ():
        start, end = candidate.start(), candidate.end()
        first, last = max(0, start - _AROUND), min(len(text), end + _AROUND)
        while start > first and not text[start - 1].isspace():  # the run of text its tokens are in: no token
            start -= 1  # of letters crosses white space (a token cut short at ``first`` reaches the "&" all the same)
        while end < last and not text[end].isspace():
            end += 1
        spans = word_spans(text, start, end)
        at = bisect_left(spans, candidate.start(), key=_START)
        if (term := _initialism_at(text, spans, at, candidate)) is not None:
            found.append((spans[at][0], spans[at + 1][1], term))
    return found


def _initialism_at(text: str, spans: Sequence[Span], at: int, candidate: re.Match[str]) -> str | None:
    """The term of the initialism ``candidate`` when its letters are the tokens at ``at`` and after it (the last
    holding a possessive or not), and no other "&" joins them to a third; else None."""
    if at + 1 >= len(spans) or spans[at] != candidate.span(1):
        return None
    last, last_end = spans[at + 1]
    if last != candidate.start(2) or not (last_end == candidate.end(2) or _POSSESSIVE.fullmatch(text, candidate.end(2), last_end)):
        return None
    before, after = candidate.start(), last_end
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    while after < len(text) and text[after] in _SPACES:
        after += 1
    if text[before - 1 : before] == "&" or text[after : after + 1] == "&":  # "A & B & C": a chain
        return None
    return f"{candidate.group(1)}&{candidate.group(2)}".lower()


def initialism_chain(text: str, tokens: list) -> list:  # type: ignore[type-arg]
    """A typed word's or phrase's tokens (``text`` analysed with chars) with each initialism's first letters as its
    term, as the index holds it at their place: "S&P 500" is s&p p 500; its last letters are left out when they end
    the text ("AT&T" is at&t, which "AT&T's" is too). The tokens as they were when ``text`` types none."""
    terms = initialism_terms(text, [(token.startchar, token.endchar) for token in tokens]) if "&" in text else {}
    if not terms:
        return tokens
    kept: list = []  # type: ignore[type-arg]
    for at, token in enumerate(tokens):
        if at - 1 in terms and at == len(tokens) - 1 and at not in terms:
            kept[-1].endchar = token.endchar
            continue
        if at in terms:
            token.text = terms[at]
        kept.append(token)
    return kept
