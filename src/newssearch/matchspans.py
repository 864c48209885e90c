"""Where a query matches a text: the character spans of its matching words, phrases and proximities.

Pure functions on strings, for snippets. Each matching word is a span of its own; a phrase the query asked for
(quoted, or a hyphenated or dotted word the query reads as one) is one span where it stands whole, its stopwords
inside; a proximity's words are spans where they stand near each other.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .acronymterms import acronym_other_form
from .apostrophes import elided, straight_apostrophes
from .digitgroups import grouped_numbers, grouped_places
from .folding import double_vowels
from .hyphens import HYPHENS, hyphen_links, in_compound, solid_words
from .innerwords import inner_words
from .textanalysis import compound_term
from .timesofday import after_colon, time_of_day
from .tokenpatterns import Span, plain_word, token_pattern_for
from .unspaced import has_unspaced, token_spans

# Matches are looked for in this much of a text at a time: a 100 MB article must not make every query slow.
SCAN_CHARS = 1_000_000
MAX_SCAN_CHARS = 16_000_000  # ... and no further, when the first pieces hold none (the match is in the title)
Phrase = tuple[frozenset[str], ...]  # the terms each word of a phrase may be, word by word


class AnyWord(frozenset):  # type: ignore[type-arg]
    """A free word of a phrase (a lone ``*`` in quotes): it holds every term."""

    def __contains__(self, term: object) -> bool:
        return True


ANY_WORD = AnyWord({"*"})


@dataclass(frozen=True)
class MatchSpan:
    """Where a match stands in a text (``start`` to ``end``), and the terms it matched as (``key``)."""

    start: int
    end: int
    key: str


Token = tuple[int, int, tuple[Span, ...], str | None]  # start, end, single letters, index term (None: stopword)


def tokens_with_terms(text: str, term_of: Callable[[str], str | None]) -> Iterator[Token]:
    """Each token of ``text`` with its index term; a stopword inside a hyphenated word ("co-") has its term."""
    if not any(hyphen in text for hyphen in HYPHENS):
        yield from ((start, end, singles, term_of(text[start:end])) for start, end, singles in token_spans(text))
        return
    for start, end, singles in token_spans(text):
        term = term_of(text[start:end])
        if term is None and in_compound(text, start, end):
            term = compound_term(text[start:end])  # "co" in "co-operation" is indexed
        yield start, end, singles, term


def match_spans(text: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool],
                tokens: Iterable[Token] | None = None) -> list[MatchSpan]:
    """Character spans of matching words, each its own span: "<mark>Arsenal</mark> did not allow <mark>Chelsea</mark>".

    Only a phrase the query asked for is one span (``_whole_phrases``). In a run of Chinese or Thai letters the
    words are overlapping pairs (``unspaced.split_unspaced``), so matching pairs that overlap are one span
    (北京 京大 大学); pairs that only touch are two words ("北京 大学"); a single letter matches on its own.
    ``tokens``: ``tokens_with_terms(text, term_of)`` when the caller already has them.
    """
    if tokens is None and not has_unspaced(text):
        return _spaced_match_spans(text, term_of, terms)
    spans: list[MatchSpan] = []
    tokens = list(tokens) if tokens is not None else list(tokens_with_terms(text, term_of))
    misses: set[str] = set()  # words found to hold no match: "the", "said"... are looked at once
    for start, end, singles, term in tokens:
        if term is None:
            continue
        if terms(term):
            hit: MatchSpan | None = MatchSpan(start, end, term)
        else:
            word = text[start:end]
            if not singles and word in misses:
                continue
            found = _verdict(word, term_of, terms)
            hit = (MatchSpan(start + found[0], start + found[1], found[2]) if found not in (None, _STOPWORD) else
                   _single_letters(text, singles, term_of, terms))
            if hit is None:
                if not singles:
                    misses.add(word)
                continue
        _append(spans, hit)
    solid = _solid_spans(text, [(start, end) for start, end, _, _ in tokens], term_of, terms)
    return _overlaid(spans, solid) if solid else spans


def _append(spans: list[MatchSpan], hit: MatchSpan) -> None:
    """``hit`` after ``spans``, as one span with the last one when they overlap (北京 京大: 北京大)."""
    if spans and hit.start < spans[-1].end:
        last = spans[-1]
        spans[-1] = MatchSpan(last.start, max(last.end, hit.end), last.key + " " + hit.key)
    else:
        spans.append(hit)


_STOPWORD = (0, 0, "")  # a word's verdict in _spaced_match_spans: a stopword (unless inside a hyphenated word)
Verdict = tuple[int, int, str] | None  # where in a word its match is, and its key; None for no match


def _spaced_match_spans(text: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> list[MatchSpan]:
    """``match_spans`` for a text with no run of Chinese or Thai letters: each distinct word is judged once.

    A snippet reads a whole article for every hit, so the words are not walked one by one in Python: the
    distinct words are found by the regex engine, each is judged once (how a word may read is cached:
    ``_readings``), and only the few that match are looked for, by ``str.find``.
    """
    pattern = token_pattern_for(text)
    verdicts: dict[str, Verdict] = {}
    found: list[tuple[int, int, str]] = []
    for word in set(pattern.findall(text)):
        verdict = verdicts[word] = _verdict(word, term_of, terms)
        if verdict is not None and verdict is not _STOPWORD:
            found += [(start + verdict[0], start + verdict[1], verdict[2]) for start in _places(text, word, pattern)]
    places = _hyphenated_word_places(text, pattern) if any(hyphen in text for hyphen in HYPHENS) else []
    numbers = list(grouped_places(text, pattern))  # "40\u00a0000", marked whole for ``40000`` and ``40 000``
    if numbers:
        places = sorted(set(places + numbers))
    for start, end in places:  # "co" in "co-operation" is indexed
        word = text[start:end]  # not always a token of the pattern: "pct" of "50 pct-owned" is in " pct"
        verdict = verdicts[word] if word in verdicts else verdicts.setdefault(word, _verdict(word, term_of, terms))
        if verdict is _STOPWORD and in_compound(text, start, end) and terms(term := compound_term(word)):
            found.append((start, end, term))
    spans: list[MatchSpan] = []
    for start, end, key in sorted(found):
        _append(spans, MatchSpan(start, end, key))
    solid = _solid_spans(text, places, term_of, terms) if places else []
    return _overlaid(spans, solid) if solid else spans


_HYPHEN = re.compile(f"[{re.escape(HYPHENS)}]")
_NON_SPACE = re.compile(r"\S*")


_JOINERS = frozenset("_.'’,+#\"“”\u05f3\u05f4")  # what joins word characters in a token (see tokenpatterns.TOKEN_PATTERN)


@lru_cache(maxsize=4096)
def _token_char(char: str) -> bool:
    """Whether a token may hold ``char``: a word character, a mark, or a joiner; any other character ends every
    token. (A regex of the mark table would take milliseconds to compile, paid by every query command.)"""
    return char.isalnum() or char in _JOINERS or unicodedata.category(char)[0] == "M"


def _places(text: str, word: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a token of its own (as ``pattern`` cuts the text), not inside one.

    Tokens never cross a character no token may hold, so only the run of token characters around each
    place found is cut into tokens again, each run once: most often the run is the word itself.
    """
    at = text.find(word)
    run_end = 0
    tokens: Iterator[re.Match[str]] = iter(())
    token = None
    while at != -1:
        if at >= run_end:  # a run of its own: the last one ended before it
            run = at
            while run > 0 and _token_char(text[run - 1]):
                run -= 1
            run_end = at + len(word)  # the word itself: "%" and "per cent" hold characters no other token may
            while run_end < len(text) and _token_char(text[run_end]):
                run_end += 1
            tokens = pattern.finditer(text, run, run_end)
            token = next(tokens, None)
        while token is not None and token.end() <= at:
            token = next(tokens, None)
        if token is not None and token.span() == (at, at + len(word)):
            yield at
        at = text.find(word, at + 1)


def _hyphenated_word_places(text: str, pattern: re.Pattern[str]) -> list[Span]:
    """The places of the tokens of the words holding a hyphen: all ``_solid_spans`` needs, as no hyphen
    links tokens across a space."""
    places: list[Span] = []
    end = 0
    for hyphen in _HYPHEN.finditer(text):
        if hyphen.start() < end:
            continue  # in the word just read ("one-to-one")
        start = hyphen.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = _NON_SPACE.match(text, hyphen.start()).end()  # type: ignore[union-attr]
        places += [token.span() for token in pattern.finditer(text, start, end)]
    return places


def _verdict(word: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> Verdict:
    """Whether and where ``word`` matches: its term, a word inside it ("État" in "l'État"), or its umlauts
    written out; ``_STOPWORD`` for a stopword."""
    readings = _readings(word, term_of)
    if readings is None:
        return _STOPWORD
    return next((reading for reading in readings if terms(reading[2])), None)


@lru_cache(maxsize=65536)
def _readings(word: str, term_of: Callable[[str], str | None]) -> tuple[tuple[int, int, str], ...] | None:
    """Every term ``word`` may match as, with where in it, in the order ``_verdict`` tries them; None for a
    stopword. Whatever the query, a word reads the same: only which reading matches depends on it."""
    term = term_of(word)
    if term is None:
        return None
    readings = [(len(word) - len(word.lstrip()), len(word), term)]  # " pct" (tokenpatterns._PERCENT) marked from its p
    other = acronym_other_form(word.lower(), term)  # "MPs" for ``mps``, "Ph.D" for ``ph.d``
    if other is not None:
        readings.append((0, len(word), other))
    for first, last in inner_words(word):  # "État" in "l'État", "Amazon" in "Amazon.com"
        inner = term_of(word[first:last])
        if inner is not None:
            readings.append((first, last, inner))
    written = _written_out_term(word)  # "Müller" for ``mueller``
    if written is not None:
        readings.append((0, len(word), written))
    return tuple(readings)


def _solid_spans(text: str, spans: list[Span], term_of: Callable[[str], str | None],
                 terms: Callable[[str], bool]) -> list[MatchSpan]:
    """The spans of the hyphenated words whose solid form matches: "e-mail" for ``email`` (see ``solid_words``), and
    of the grouped numbers ("40\u00a0000") that match joined (``40000``) or group by group (``40 000``)."""
    links = hyphen_links(text, spans) if any(hyphen in text for hyphen in HYPHENS) else []
    solid = solid_words([plain_word(text[start:end]) for start, end in spans], links) if links else {}
    numbers = grouped_numbers(text, spans)
    found = []
    for first, (last, word) in (solid | numbers).items():
        term = term_of(word)
        if term is not None and terms(term):
            found.append(MatchSpan(_letter_at(text, spans[first][0]), spans[last][1], term))
        elif first in numbers:  # "40 000" typed group by group
            parts = [term_of(text[start:end]) for start, end in spans[first:last + 1]]
            if all(part is not None and terms(part) for part in parts):
                found.append(MatchSpan(spans[first][0], spans[last][1], " ".join(map(str, parts))))
    return sorted(found, key=lambda span: span.start)


def _letter_at(text: str, start: int) -> int:
    """Where a token starting at ``start`` is marked from: its first letter, not the space " pct" holds
    (``tokenpatterns._PERCENT``): "38 <mark>pct stake</mark>", "52 <mark>pct-owned</mark>"."""
    while text[start : start + 1].isspace():
        start += 1
    return start


def _written_out_term(word: str) -> str | None:
    """The term of ``word`` with its umlauts or macrons written out (``Müller``: mueller), or None if it has none."""
    if word.isascii():
        return None
    written = double_vowels(word.lower())
    return compound_term(written) if written != word.lower() else None


def _single_letters(text: str, singles: tuple[Span, ...], term_of: Callable[[str], str | None],
                    terms: Callable[[str], bool]) -> MatchSpan | None:
    """The span of the single letters of a pair that match (a one-letter query word), or None."""
    hits = [(first, last) for first, last in singles if (term := term_of(text[first:last])) is not None and terms(term)]
    if not hits:
        return None
    return MatchSpan(hits[0][0], hits[-1][1], " ".join(text[first:last] for first, last in hits))


def spans_of(text: str, term_of: Callable[[str], str | None], matches: Callable[[str], bool],
                phrases: Collection[Phrase], near: Collection[tuple[Phrase, int]]) -> list[MatchSpan]:
    """The match spans of ``text``, looked for in its first SCAN_CHARS characters; in a longer text with none
    there, in the pieces after it in turn (up to MAX_SCAN_CHARS), so that a match deep in a huge article still
    shows."""
    text = straight_apostrophes(text)  # "O´Brien" is one word, "O'Brien", as the index read it (one character for one)
    start = 0
    while start < min(len(text), MAX_SCAN_CHARS):
        end = _scan_end(text, start + SCAN_CHARS)
        spans = _piece_spans(text[start:end], term_of, matches, phrases, near)
        if spans:
            return [MatchSpan(span.start + start, span.end + start, span.key) for span in spans] if start else spans
        start = end
    return []


def _scan_end(text: str, at: int) -> int:
    """Where a piece of ``text`` scanned for matches ends: at the space at or before ``at`` (a word is not cut)."""
    if at >= len(text):
        return len(text)
    space = text.rfind(" ", at - SCAN_CHARS // 2, at)
    return space + 1 if space != -1 else at


def _piece_spans(text: str, term_of: Callable[[str], str | None], matches: Callable[[str], bool],
                 phrases: Collection[Phrase], near: Collection[tuple[Phrase, int]]) -> list[MatchSpan]:
    """The match spans of ``text``: its matching words, the whole phrases and near words asked for."""
    if phrases or near:  # the words are read once for every kind of match
        tokens = list(tokens_with_terms(text, term_of))
        spans = match_spans(text, term_of, matches, tokens)
        if phrases:
            spans = _overlaid(spans, _whole_phrases(text, phrases, tokens))
        if near:
            spans = _overlaid(spans, _near_words(text, near, tokens))
    else:
        spans = match_spans(text, term_of, matches)
    return _with_initials_dots(text, spans)


def _near_words(text: str, near: Collection[tuple[Phrase, int]], tokens: list[Token]) -> list[MatchSpan]:
    """The spans of the words of each proximity where they stand in order, each within ``slop`` words of the
    one before, as the index matched them (``fastscore._in_sequence``); each word is a span of its own."""
    terms = [term if term is not None else compound_term(text[start:end]) for start, end, _, term in tokens]
    found: dict[int, str] = {}
    for words, slop in near:
        places = [[at for at, term in enumerate(terms) if term in word] for word in words]
        if not all(places):
            continue
        dead: set[tuple[int, int]] = set()
        for first in places[0]:
            run = _run_from(first, places, 1, slop, dead)
            if run is not None:  # a free word stands anywhere between: not marked
                found.update((at, terms[at]) for at, word in zip((first, *run), words) if word is not ANY_WORD)
    return [MatchSpan(tokens[at][0], tokens[at][1], key) for at, key in sorted(found.items())]


def _run_from(at: int, places: list[list[int]], word: int, slop: int, dead: set[tuple[int, int]]) -> tuple[int, ...] | None:
    """From ``at``, a place of each word from ``word`` on, each 1 to ``slop`` words after the one before, or None.

    ``dead``: the (word, place) pairs known to lead nowhere, so that each is tried once.
    """
    if word == len(places):
        return ()
    if (word, at) in dead:
        return None
    following = places[word]
    for next_at in following[bisect_right(following, at) : bisect_right(following, at + slop)]:
        rest = _run_from(next_at, places, word + 1, slop, dead)
        if rest is not None:
            return next_at, *rest
    dead.add((word, at))
    return None


def _whole_phrases(text: str, phrases: Collection[Phrase], tokens: list[Token]) -> list[MatchSpan]:
    """The spans where a whole phrase stands, word for word (stopwords too, as the index holds them)."""
    # a phrase holds its stopwords ("bank of england"), so they have their terms here
    terms = [term if term is not None else compound_term(text[start:end]) for start, end, _, term in tokens]
    spans = [(_letter_at(text, start), end) for start, end, _, _ in tokens]
    found = _phrase_spans(phrases, terms, spans)
    if not text.isascii():  # "Thomas Müller" is the phrase "thomas mueller" too, as the index holds it
        written = [_written_out_term(text[start:end]) or term for (start, end), term in zip(spans, terms)]
        if written != terms:
            found += _phrase_spans(phrases, written, spans)
    cuts = [elided(text[start:end]) for start, end in spans] if "'" in text or "’" in text else []
    if any(cuts):  # "L'Assemblée nationale" holds the phrase "assemblée nationale", as the index holds it
        inner = [(start + cut, end) for (start, end), cut in zip(spans, cuts)]
        found += _phrase_spans(phrases, [compound_term(text[start:end]) if cut else term for (start, end), cut, term
                                         in zip(inner, cuts, terms)], inner)
    clocks = ([time_of_day(text[start:end], after_colon(text, start)) for start, end in spans] if _CLOCK.search(text)
              else [])
    if any(clocks):  # "9:30am" holds the phrase "9 30" (``9:30``), as the index holds it: "<mark>9:30</mark>am"
        inner = [(start, start + cut) if cut else (start, end) for (start, end), cut in zip(spans, clocks)]
        found += _phrase_spans(phrases, [compound_term(text[start:end]) if cut else term for (start, end), cut, term
                                         in zip(inner, clocks, terms)], inner)
    links = hyphen_links(text, spans)
    # "e-mail address" is the phrase "email address" too, its hyphenated word written solid; "40\u00a0000 visitors"
    # the phrase "40000 visitors"
    solid = (solid_words([plain_word(text[start:end]) for start, end in spans], links) if links else {}) | grouped_numbers(
        text, spans)
    if solid:
        joined_terms, joined_spans, at = [], [], 0
        while at < len(spans):
            last, word = solid.get(at, (at, ""))
            joined_terms.append(compound_term(word) if word else terms[at])
            joined_spans.append((spans[at][0], spans[last][1]))
            at = last + 1
        found += _phrase_spans(phrases, joined_terms, joined_spans)
    return found


_CLOCK = re.compile(r"\d[ap]\.?m", re.IGNORECASE)  # a text with a time written with am or pm: "9:30am", "10.45p.m."


def _phrase_spans(phrases: Collection[Phrase], terms: list[str], spans: list[Span]) -> list[MatchSpan]:
    """The spans where the ``terms`` of a text's words (at ``spans``) are a phrase's, word for word."""
    found = []
    for phrase in phrases:
        size = len(phrase)
        for at, term in enumerate(terms[: len(terms) - size + 1]):
            if term in phrase[0] and all(terms[at + k] in want for k, want in enumerate(phrase)):
                found.append(MatchSpan(spans[at][0], spans[at + size - 1][1], " ".join(terms[at : at + size])))
    return found


def _overlaid(spans: list[MatchSpan], more: list[MatchSpan]) -> list[MatchSpan]:
    """Both lists of spans in text order, overlapping ones as one."""
    merged: list[MatchSpan] = []
    for span in sorted(spans + more, key=lambda span: span.start):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = MatchSpan(last.start, max(last.end, span.end), last.key if span.end <= last.end else
                               last.key + " " + span.key)
        else:
            merged.append(span)
    return merged


# dotted initials at the end of a span: "U.S" (the token), whose final dot is the acronym's too; so is an
# abbreviation's ("Ph.D", "B.Sc": ``acronymterms._ACRONYM_TOKEN``)
_INITIALS = re.compile(r"(?<![\w.])(?:(?:[^\W\d_]\.)+[^\W\d_]|[A-Z][a-z]?(?:\.[A-Z][a-z]?)+)\Z")


def _with_initials_dots(text: str, spans: list[MatchSpan]) -> list[MatchSpan]:
    """``spans`` with the final dot of an acronym written with dots: "<mark>U.S.</mark>", not "<mark>U.S</mark>."."""
    return [MatchSpan(span.start, span.end + 1, span.key)
            if text[span.end : span.end + 1] == "." and _INITIALS.search(text, span.start, span.end) else span
            for span in spans]
