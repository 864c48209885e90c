"""A word written with a dot at its start (".NET", ".com", ".NET's") as a term of its own too, beside its word.

The index holds no dot: ".NET" had been the word "net", so ``.NET`` found every "net profit" and "fishing net". Each
such word is also indexed as its one term (``.net``: lower case, neither folded nor stemmed, as an acronym is), at
its word's place, as an initialism joined by "&" is (``initialisms``); the word stays where it was, so a phrase and a
field's length are what they were. A typed one is searched as that term (``dotted_chain``): alone it is the term, and
in a phrase the term at its place (".NET framework" is the phrase .net framework).

Only a dot that opens a word counts: after the text's start, white space or an opening bracket or curly quote
("(.NET Core)", "“.NET"), never after a letter, a digit or other punctuation, which is a sentence's end written
without its space ("rose 5%.Net profit", "growth.Net income"), an ellipsis ("...and") or a decimal (".5" has no
letter). The word is ASCII letters and digits, a letter first, a possessive's "s" after it ("Microsoft's .NET's
rivals": .net); not a dotted word (".co.uk"), nor one joined by a dot after it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter

from .startup import lazy_compile
from .tokenpatterns import Span

# A dot opening a word: the search stops at each dot alone, its look-behind after it (every sentence has one).
_DOT = lazy_compile(r"\.(?<![^\s(\[{“‘]\.)(?=[A-Za-z])")
_WORD = lazy_compile(r"([A-Za-z][A-Za-z0-9]*)(?:['’]s)?")  # the token after it: its word (a possessive's s off)
_START = itemgetter(0)


def has_dot_words(text: str) -> bool:
    """Whether ``text`` may hold a word with a dot at its start (a quick test, before its tokens are looked at)."""
    return "." in text and _DOT.search(text) is not None


def dot_word_starts(text: str) -> set[int]:
    """Where each word after a dot opening it starts in ``text`` (a phrase's pattern: ``"the .NET*"``, 5)."""
    return {dot.end() for dot in _DOT.finditer(text)} if "." in text else set()


def dot_word_terms(text: str, spans: Sequence[Span]) -> dict[int, str]:
    """The term of each word of ``text`` (its tokens at ``spans``) written with a dot at its start, by its token's
    place: ``{1: ".net"}`` for "the .NET framework"."""
    found: dict[int, str] = {}
    for dot in _DOT.finditer(text) if "." in text else ():
        at = bisect_left(spans, dot.end(), key=_START)
        if at < len(spans) and spans[at][0] == dot.end() and (term := _term(text, *spans[at])):
            found[at] = term
    return found


def dot_word_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each word written with a dot at its start stands in ``text``, from its dot, and its term: a snippet's
    mark."""
    found = []
    for dot in _DOT.finditer(text) if "." in text else ():
        word = _WORD.match(text, dot.end())
        if word is not None and not _joined_on(text, word.end()):
            found.append((dot.start(), word.end(), "." + word.group(1).lower()))
    return found


def dotted_chain(text: str, tokens: list) -> list:  # type: ignore[type-arg]
    """A typed word's or phrase's tokens (``text`` analysed with chars) with each word written with a dot at its
    start as its term, as the index holds it at its place: ".NET framework" is .net framework. The tokens as they
    were when ``text`` types none."""
    if not has_dot_words(text):
        return tokens
    terms = dot_word_terms(text, [(token.startchar, token.endchar) for token in tokens])
    for at, term in terms.items():
        tokens[at].text = term
    return tokens


def dot_term(word: str) -> str | None:
    """The term of ``word`` alone when it is written with a dot at its start (".NET", a fuzzy word's look-alike
    ".nat": .net, .nat), else None."""
    return _term(word, 1, len(word)) if word[:1] == "." else None


def _term(text: str, start: int, end: int) -> str | None:
    """The term of the token at ``start``-``end`` after a word's opening dot, or None when it is no such word."""
    word = _WORD.fullmatch(text, start, end)
    return "." + word.group(1).lower() if word is not None and not _joined_on(text, end) else None


def _joined_on(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` goes on after a dot or an "&" (".NET.Framework", ".co.uk")."""
    return text[end : end + 1] in (".", "&") and text[end + 1 : end + 2].isalnum()
