"""Where a query's words match in a text: the character spans of its matching words, each a span of its own.

Pure functions on strings, for snippets (``matchspans``): a word matches by its index term, a word inside it ("État" in
"l'État"), its umlauts written out, its single letters (a pair of Chinese or Thai letters), or as a hyphenated word or
a grouped number written solid ("e-mail" for ``email``, "40\u00a0000" for ``40000``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from .currencysigns import european_number
from .decimalcommas import decimal_commas, has_decimals
from .digitgroups import grouped_numbers, grouped_places
from .hyphens import HYPHENS, NUMBER_JOINTS, in_compound, number_pair, solid_spellings
from .startup import lazy_compile
from .textanalysis import compound_term
from .timesofday import colon_minute_spans, colon_minute_spans_among
from .tokenpatterns import Span, token_pattern_for
from .unspaced import has_unspaced, plain_tokens, token_spans
from .wordreadings import STOPWORD, judged_words, word_verdict


@dataclass(frozen=True)
class MatchSpan:
    """Where a match stands in a text (``start`` to ``end``), and the terms it matched as (``key``)."""

    start: int
    end: int
    key: str


Token = tuple[int, int, tuple[Span, ...], str | None]  # start, end, single letters, index term (None: stopword)


def tokens_with_terms(text: str, term_of: Callable[[str], str | None]) -> list[Token]:
    """Each token of ``text`` with its index term; a stopword inside a hyphenated word ("co-") has its term.

    Made in one list from the pattern's matches when they are the tokens (``plain_tokens``): a phrase's snippet
    walks every token, and a generator over ``token_spans``' had taken twice as long."""
    if plain_tokens(text):
        tokens: list[Token] = [(match.start(), match.end(), (), term_of(match.group()))
                  for match in token_pattern_for(text).finditer(text)]
    else:
        tokens = [(start, end, singles, term_of(text[start:end])) for start, end, singles in token_spans(text)]
    if not any(hyphen in text for hyphen in HYPHENS):
        return tokens
    return [(start, end, singles, compound_term(text[start:end]))  # "co" in "co-operation" is indexed
            if term is None and in_compound(text, start, end) else (start, end, singles, term)
            for start, end, singles, term in tokens]


def match_spans(text: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool],
                tokens: Iterable[Token] | None = None) -> list[MatchSpan]:
    """Character spans of matching words, each its own span: "<mark>Arsenal</mark> did not allow <mark>Chelsea</mark>".

    Only a phrase the query asked for is one span (``whole_phrases``). In a run of Chinese or Thai letters the
    words are overlapping pairs (``unspaced.split_unspaced``), so matching pairs that overlap are one span
    (北京 京大 大学); pairs that only touch are two words ("北京 大学"); a single letter matches on its own.
    ``tokens``: ``tokens_with_terms(text, term_of)`` when the caller already has them (walked only in a text with
    Chinese or Thai letters: elsewhere each distinct word is judged once, faster than a walk of the tokens even when
    they are made already, as for a phrase's snippets).
    """
    tokens = list(tokens) if tokens is not None else None
    if not has_unspaced(text):
        words = {text[start:end] for start, end, _, _ in tokens} if tokens is not None else None
        return colon_minutes_added(text, _spaced_match_spans(text, term_of, terms, words), term_of, terms)
    return walked_match_spans(text, term_of, terms, tokens if tokens is not None else tokens_with_terms(text, term_of))


def walked_match_spans(text: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool],
                       tokens: list[Token]) -> list[MatchSpan]:
    """``match_spans`` found by walking ``tokens`` (``tokens_with_terms``) one by one: for a text with Chinese or
    Thai letters, whose pairs of letters the regex engine cannot find."""
    spans: list[MatchSpan] = []
    misses: set[str] = set()  # words found to hold no match: "the", "said"... are looked at once
    for start, end, singles, term in tokens:
        if term is None:
            continue
        hit: MatchSpan | None
        if terms(term):
            hit = MatchSpan(start, end, term)
        else:
            word = text[start:end]
            if not singles and word in misses:
                continue
            found = word_verdict(word, term_of, terms)
            hit = (MatchSpan(start + found[0], start + found[1], found[2]) if found not in (None, STOPWORD) else
                   single_letters(text, singles, term_of, terms))
            if hit is None:
                if not singles:
                    misses.add(word)
                continue
        append_span(spans, hit)
    places = [(start, end) for start, end, _, _ in tokens]
    solid = solid_spans(text, places, term_of, terms)
    return colon_minutes_added(text, overlaid(spans, solid) if solid else spans, term_of, terms, places)


def colon_minutes_added(text: str, spans: list[MatchSpan], term_of: Callable[[str], str | None],
                        terms: Callable[[str], bool], tokens: Sequence[Span] | None = None) -> list[MatchSpan]:
    """``spans`` and the minutes that match of the tokens that are minutes only after their colon: the "10" of
    "9:10am" is indexed (``timesofday.colon_minutes``), but a word alone ("10am") holds no minutes to mark.
    ``tokens``: the spans of ``unspaced.token_spans(text)``, when the caller has made them."""
    minutes = colon_minute_spans(text) if tokens is None else colon_minute_spans_among(text, tokens)
    found = [MatchSpan(start, end, term) for start, end in minutes
             if (term := term_of(text[start:end])) is not None and terms(term)]
    return overlaid(spans, found) if found else spans


def append_span(spans: list[MatchSpan], hit: MatchSpan) -> None:
    """``hit`` after ``spans``, as one span with the last one when they overlap (北京 京大: 北京大)."""
    if spans and hit.start < spans[-1].end:
        last = spans[-1]
        spans[-1] = MatchSpan(last.start, max(last.end, hit.end), last.key + " " + hit.key)
    else:
        spans.append(hit)


def _spaced_match_spans(text: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool],
                        words: set[str] | None = None) -> list[MatchSpan]:
    """``match_spans`` for a text with no run of Chinese or Thai letters: each distinct word is judged once.

    A snippet reads a whole article for every hit, so the words are not walked one by one in Python: the
    distinct words are found by the regex engine, each is judged once (how a word may read is cached:
    ``word_readings``), and only the few that match are looked for, by ``str.find``. ``words``: the text's
    distinct tokens, when the caller has cut it into tokens already (a phrase's snippet: its text had been cut twice
    by the token pattern, a sixth of its time).
    """
    pattern = token_pattern_for(text)
    judged = judged_words(term_of, terms)
    verdicts = judged.verdicts
    if words is None:
        words = set(pattern.findall(text))
    found: list[tuple[int, int, str]] = []
    for word in judged.matching_among(words):
        verdict = verdicts[word]
        assert verdict is not None and verdict is not STOPWORD  # a matching word's verdict is a match
        found += [(start + verdict[0], start + verdict[1], verdict[2]) for start in _places(text, word, pattern)]
    if has_decimals(text):  # "€1,50" is one word, 1.50: its 50 is none
        found = _decimal_words(text, found, term_of, terms)
    pairs = any(joint in text for joint in NUMBER_JOINTS) and _NUMBER_JOINT.search(text) is not None  # "2004/05"
    places = (_hyphenated_word_places(text, pattern, _JOINT if pairs else _HYPHEN)
              if pairs or any(hyphen in text for hyphen in HYPHENS) else [])
    numbers = list(grouped_places(text, pattern))  # "40\u00a0000", marked whole for ``40000`` and ``40 000``
    if numbers:
        places = sorted(set(places + numbers))
    for start, end in places:  # "co" in "co-operation" is indexed
        word = text[start:end]  # not always a token of the pattern: "pct" of "50 pct-owned" is in " pct"
        verdict = verdicts[word] if word in verdicts else judged.judge(word)
        if verdict is STOPWORD and in_compound(text, start, end) and terms(term := compound_term(word)):
            found.append((start, end, term))
    spans: list[MatchSpan] = []
    for start, end, key in sorted(found):
        append_span(spans, MatchSpan(start, end, key))
    solid = solid_spans(text, places, term_of, terms) if places else []
    return overlaid(spans, solid) if solid else spans


_HYPHEN = re.compile(f"[{re.escape(HYPHENS)}]")
_JOINT = lazy_compile(f"[{re.escape(HYPHENS + NUMBER_JOINTS)}]")  # a hyphen, or a slash or an en dash (of a pair)
_NUMBER_JOINT = re.compile(f"[0-9][{NUMBER_JOINTS}][0-9]")
_NON_SPACE = lazy_compile(r"\S*")


_JOINERS = frozenset("_.'’,+#\"“”\u05f3\u05f4")  # what joins word characters in a token (see tokenpatterns.TOKEN_PATTERN)


def _decimal_words(text: str, found: list[tuple[int, int, str]], term_of: Callable[[str], str | None],
                   terms: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """``found`` (the words of ``text`` that match, as the token pattern cuts them) with each amount's number with a
    decimal comma one word, its term its decimal's (``decimalcommas``): its whole number and decimals alone match
    nothing, as in the index."""
    amounts = [(whole, after) for whole, _, after in decimal_commas(text)]
    if not amounts:
        return found
    amounts.sort()
    wholes = [whole for whole, _ in amounts]
    reach = list(accumulate((after for _, after in amounts), max))  # the furthest an amount starting by each reaches
    # (a hit in an amount: the amounts starting by it reach past it; each hit had asked every amount, a quadratic)
    kept = [hit for hit in found if (at := bisect_right(wholes, hit[0])) == 0 or reach[at - 1] <= hit[0]]
    for whole, after in amounts:
        if (term := term_of(european_number(text[whole:after]))) is not None and terms(term):
            kept.append((whole, after, term))
    return kept


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


def _hyphenated_word_places(text: str, pattern: re.Pattern[str], joints: re.Pattern[str] = _HYPHEN) -> list[Span]:
    """The places of the tokens of the words holding a hyphen (or another of ``joints``: ``_JOINT``'s slash or en
    dash, for a number pair, "2004/05"): all ``solid_spans`` needs, as no hyphen links tokens across a space."""
    places: list[Span] = []
    end = 0
    for hyphen in joints.finditer(text):
        if hyphen.start() < end:
            continue  # in the word just read ("one-to-one")
        start = hyphen.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = _NON_SPACE.match(text, hyphen.start()).end()  # type: ignore[union-attr]
        places += [token.span() for token in pattern.finditer(text, start, end)]
    return places


def solid_spans(text: str, spans: Sequence[Span], term_of: Callable[[str], str | None],
                 terms: Callable[[str], bool]) -> list[MatchSpan]:
    """The spans of the hyphenated words whose solid form matches: "e-mail" for ``email`` (see ``solid_words``), and
    of the grouped numbers ("40\u00a0000") that match joined (``40000``) or group by group (``40 000``)."""
    numbers = grouped_numbers(text, spans)
    found = []
    for first, (last, word) in (solid_spellings(text, spans) | numbers).items():
        term = word if number_pair(word) else term_of(word)  # "1-0" as it is: the analyzer would cut it
        if term is not None and terms(term):
            found.append(MatchSpan(letter_at(text, spans[first][0]), spans[last][1], term))
        elif first in numbers:  # "40 000" typed group by group
            parts = [term_of(text[start:end]) for start, end in spans[first:last + 1]]
            if all(part is not None and terms(part) for part in parts):
                found.append(MatchSpan(spans[first][0], spans[last][1], " ".join(map(str, parts))))
    return sorted(found, key=lambda span: span.start)


def letter_at(text: str, start: int) -> int:
    """Where a token starting at ``start`` is marked from: its first letter, not the space " pct" holds
    (``tokenpatterns._PERCENT``): "38 <mark>pct stake</mark>", "52 <mark>pct-owned</mark>"."""
    while text[start : start + 1].isspace():
        start += 1
    return start


def single_letters(text: str, singles: tuple[Span, ...], term_of: Callable[[str], str | None],
                    terms: Callable[[str], bool]) -> MatchSpan | None:
    """The span of the single letters of a pair that match (a one-letter query word), or None."""
    hits = [(first, last) for first, last in singles if (term := term_of(text[first:last])) is not None and terms(term)]
    if not hits:
        return None
    return MatchSpan(hits[0][0], hits[-1][1], " ".join(text[first:last] for first, last in hits))


def overlaid(spans: list[MatchSpan], more: list[MatchSpan]) -> list[MatchSpan]:
    """Both lists of spans in text order, overlapping ones as one, its key theirs (a key once: a phrase matching over
    itself, "word word" in 200,000 "word"s, had made a key of them all, one step at a time)."""
    merged: list[MatchSpan] = []
    for span in sorted(spans + more, key=lambda span: span.start):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = MatchSpan(last.start, max(last.end, span.end), last.key
                                   if span.end <= last.end or last.key.endswith(span.key) else last.key + " " + span.key)
        else:
            merged.append(span)
    return merged

