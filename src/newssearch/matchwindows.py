"""Where to look for a query's matches in a very long text: a window around the first word that may match.

A snippet's matches are found by reading each distinct word of the text as the index reads it (``matchspans``), some
50 microseconds a word new to the process. A 2 MB line of 200,000 made-up words (desk/longline.txt of a test corpus)
had been read whole, in two pieces of a million characters, for every query finding it: ``needleinhaystack``, its
last word, 9.4 s. As Elasticsearch's highlighter analyses no more than ``max_analyzed_offset`` characters, the
words are read in the first SCAN_CHARS characters only; where none matches there, the words after it that may match
are found cheaply, by letters they must hold (``may_match``), and only those are read, to find the first that does:
its window is read then. A query's term that the first piece lacks while others match there is looked for so too
(``matchspans``), only in stretches holding its first letters as written (``forms_pattern``): a rare word far in shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import cache

from .folding import fold
from .phrasespans import Phrase
from .startup import lazy_compile
from .tokenpatterns import token_pattern_for
from .wordreadings import STOPWORD, judged_words

PROBE_CHARS = 2  # letters of a term that a word matching it holds, as written: "st" of stori (story, stories)
_NOT_LETTERS = lazy_compile(r"[\W_]+")
_NOT_LETTERS_OR_LINES = lazy_compile(r"[^\w\n]+|_+")  # ... the line breaks between words kept


def probes_of(matches: Callable[[str], bool], phrases: Collection[Phrase],
              near: Collection[tuple[Phrase, int]]) -> frozenset[str] | None:
    """The first PROBE_CHARS letters of each term that a word may match as (``matches``' set, and the terms of the
    words of ``phrases`` and ``near``); None when ``matches`` is no set's ``__contains__`` (its terms unknown)."""
    terms = getattr(matches, "__self__", None)
    if not isinstance(terms, (set, frozenset)):
        return None
    words = [word for phrase in (*phrases, *(phrase for phrase, _ in near)) for word in phrase]
    return term_probes([*terms, *(term for word in words for term in word)])  # (a free word, AnyWord, lists none)


def term_probes(terms: Iterable[str]) -> frozenset[str]:
    """The first PROBE_CHARS letters of each of ``terms``, folded: what a word matching one of them holds."""
    return frozenset(probe for term in terms if (probe := _NOT_LETTERS.sub("", fold(term.lower()))[:PROBE_CHARS]))


def may_match(words: Iterable[str], probes: frozenset[str]) -> list[str]:
    """The ``words`` holding one of ``probes`` once lower-cased, folded and rid of what is not a letter or digit:
    "Müller" (muller) for ``mueller``, "U.S." (us) for ``us``, "l'État" (letat) for ``etat``, "stories" for
    ``stori``. (A word the stemmer rewrites from its first letters, "dying" for ``die``, is missed: its passage is
    not shown, no more.)"""
    words = list(words)
    if not words or not probes:
        return []
    folded = _NOT_LETTERS_OR_LINES.sub("", fold("\n".join(words).lower())).split("\n")  # one fold, in C, for all
    if len(folded) != len(words):  # (a fold that made or took a line break: each word alone)
        folded = [_NOT_LETTERS.sub("", fold(word.lower())) for word in words]
    probe = re.compile("|".join(sorted(map(re.escape, probes), key=len, reverse=True)))
    return [word for word, form in zip(words, folded) if probe.search(form)]


def first_match_at(text: str, start: int, end: int, term_of: Callable[[str], str | None],
                   matches: Callable[[str], bool], probes: frozenset[str], phrase_terms: frozenset[str],
                   wanted: Collection[str] | None = None) -> int | None:
    """Where in ``text[start:end]`` the first word standing alone that matches (``matches``, or a term of
    ``phrase_terms``) starts; None for none. Only the words that ``may_match`` are read as the index reads them.
    ``wanted``: the terms a matching word must match as (None: any of ``matches``)."""
    pattern = token_pattern_for(text)
    judged = judged_words(term_of, matches)
    forms = forms_pattern(wanted) if wanted is not None else None
    while start < end:  # a stretch at a time: a match near the start is found without the rest cut into words
        stop = _stretch_end(text, start, end)
        if forms is not None and not forms.search(text, start, stop):  # not cut into words to find none (0.07 s a MB)
            start = stop
            continue
        candidates = may_match(set(pattern.findall(text, start, stop)), probes)
        judged.judge_all(word for word in candidates if word not in judged.verdicts)
        found = [word for word in candidates if (word in judged.matching and (
            wanted is None or (judged.verdicts[word] or STOPWORD)[2] in wanted)) or (
            judged.verdicts.get(word) is not STOPWORD and term_of(word) in phrase_terms)]
        places = [place for word in found if (place := _first_place(text, word, start, stop, pattern)) is not None]
        if places:
            return min(places)
        start = stop
    return None


STRETCH_CHARS = 1_000_000  # looked through for a match at a time


def _stretch_end(text: str, start: int, end: int) -> int:
    """Where the stretch of ``text`` from ``start`` looked through at once ends: at a space (a word is not cut)."""
    if start + STRETCH_CHARS >= end:
        return end
    space = text.rfind(" ", start + STRETCH_CHARS // 2, start + STRETCH_CHARS)
    return space + 1 if space != -1 else start + STRETCH_CHARS


def _first_place(text: str, word: str, start: int, end: int, pattern: re.Pattern[str]) -> int | None:
    """Where ``word`` first stands in ``text[start:end]`` as a token of its own, not inside another: "word5" not in
    "word50"."""
    at = text.find(word, start, end)
    while at != -1:
        token = pattern.search(text, max(start, at - 100), min(len(text), at + len(word) + 100))
        while token is not None and token.end() <= at:
            token = pattern.search(text, token.end(), min(len(text), at + len(word) + 100))
        if token is not None and token.span() == (at, at + len(word)):
            return at
        at = text.find(word, at + 1, end)
    return None


FORM_LETTERS = 3  # letters of a term looked for as written, in a stretch, before its words are read
# a term's letters that a word may hold as one (ß, æ, ä, ā fold or write out as two): looked for up to them only
_TWO_AS_ONE = lazy_compile(r"ss|ae|oe|ue|aa|ee|ii|oo|uu|th")
_BETWEEN = r"[\s.,'’\-]?"  # what a word may hold between a term's letters: "U.S." for us, "O'Brien", "40 000", "e-mail"


def forms_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """What a word matching one of ``terms`` holds, as written: its first FORM_LETTERS letters, each in any case and
    accent (``letter_forms``), with a dot, an apostrophe, a hyphen or a space between them. A stretch of text not
    holding it holds no such word (a word the stemmer rewrites from its first letters excepted, as in ``may_match``)."""
    return re.compile("|".join(sorted({_start_form(term) for term in terms})))


def _start_form(term: str) -> str:
    """The pattern of a term's first letters as written (``forms_pattern``). Two letters one character may write
    (``_TWO_AS_ONE``: "th" as þ, "ue" as ü) are held both, or that one character and none after it."""
    letters = _NOT_LETTERS.sub("", fold(term.lower())) or term
    two = _TWO_AS_ONE.search(letters, 0, FORM_LETTERS + 1)
    if two is None:
        return _letters_form(letters[:FORM_LETTERS])
    head, pair = letters[: two.start()], two.group()
    both = _letters_form(letters[two.start() : max(FORM_LETTERS, two.end())])
    alone = f"(?:{both}|{one_for_two(pair)})"
    return _letters_form(head) + _BETWEEN + alone if head else alone


def _letters_form(letters: str) -> str:
    """``letters`` each as ``letter_forms``, a dot, an apostrophe, a hyphen or a space between them."""
    return _BETWEEN.join(letter_forms(letter) for letter in letters)


@cache
def one_for_two(pair: str) -> str:
    """A character class of the characters one may write ``pair`` as: those folding to it (þ for th, ß for ss), and
    those folding to its first letter but that letter itself (ü for ue, ā for aa, as a term may spell them)."""
    first = _folded_from().get(pair[0], {pair[0]}) - {pair[0], pair[0].upper()}
    whole = _folded_from().get(pair, set()) - {pair}
    return "[" + "".join(re.escape(char) for char in sorted(first | whole)) + "]"


@cache
def letter_forms(letter: str) -> str:
    """A character class of the characters that fold to ``letter`` (lower-cased): "[eEéÉèÈ…]" for e."""
    return "[" + "".join(re.escape(char) for char in _folded_from().get(letter, {letter})) + "]"


@cache
def _folded_from() -> dict[str, set[str]]:
    """The characters of the Basic Multilingual Plane by the letter (or two: ß, þ) each folds to, lower-cased."""
    table: dict[str, set[str]] = {}
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        folded = fold.__wrapped__(char.lower())  # (uncached: the cache keeps words)
        if 1 <= len(folded) <= 2:
            table.setdefault(folded, {folded}).update({char, char.lower(), char.upper()} - {""})
    return table
