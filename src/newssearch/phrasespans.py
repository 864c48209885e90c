"""Where a query's phrases and proximities stand in a text: a whole phrase is one span; a proximity's words are
spans of their own where they stand in order, near each other.

Pure functions on a text's token places and their terms (``phrase_places``: from ``wordspans.tokens_with_terms``, or
from a text's packed tokens, ``packedmatches.packed_phrase_places``), for snippets (``matchspans``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from functools import partial

from .bareamounts import followed, guarded
from .digitgroups import grouped_numbers
from .hyphens import solid_spellings
from .initialisms import initialism_terms
from .phrasereadings import (
    READINGS,
    SHOWN_READINGS,
    Reading,
    dot_word_readings,
    inner_readings,
    number_word_readings,
    signed_amount_readings,
    written_out,
)
from .textanalysis import compound_term
from .tokenpatterns import Span
from .wordspans import MatchSpan, Token, letter_at

Phrase = tuple[frozenset[str], ...]  # the terms each word of a phrase may be, word by word


class AnyWord(frozenset):  # type: ignore[type-arg]
    """A free word of a phrase (a lone ``*`` in quotes): it holds every term."""

    def __contains__(self, term: object) -> bool:
        return True


ANY_WORD = AnyWord({"*"})


def phrase_places(text: str, tokens: list[Token]) -> tuple[list[Span], list[str]]:
    """Where each token is marked from its first letter (``letter_at``), and its term as a phrase holds it."""
    return _letter_spans(text, tokens), _phrase_terms(text, tokens)


def near_words(text: str, near: Collection[tuple[Phrase, int]], spans: Sequence[Span],
               terms: list[str]) -> list[MatchSpan]:
    """The spans of the words of each proximity where they stand in order, each within ``slop`` words of the
    one before, as the index matched them (``wordscores.in_sequence``); each word is a span of its own. A proximity
    the words as written do not hold is looked for by any term the index holds at their places (``_place_terms``:
    read only then, as they cost a snippet more than the rest of it). ``spans``, ``terms``: ``phrase_places``'."""
    # each marked from its first letter: " mln" and " pct" hold the space before them (tokenpatterns); the words as
    # written are looked up in ``terms`` itself, not in a dict made a token (a long text's snippet had made 200,000)
    held: list[dict[str, Span]] | None = None
    found: dict[int, tuple[Span, str]] = {}
    for words, slop in sorted(near, key=_near_order):  # (a frozenset's order changes with the process's hash seed)
        places = [_first_word_places(word, terms, len(terms)) for word in words]
        runs = _runs(places, words, slop, lambda at, _: (spans[at], terms[at]))
        if not runs:
            held = held if held is not None else _place_terms(text, spans, terms)
            runs = _runs(_held_places(held, words), words, slop, partial(_held_as, held))
        for at, marked in runs.items():  # a place two proximities mark: the wider span ("d'euros" over its "euros")
            if at not in found or _width(marked[0]) > _width(found[at][0]):
                found[at] = marked
    return [MatchSpan(start, end, key) for _, ((start, end), key) in sorted(found.items())]


def _width(span: Span) -> int:
    """How many characters ``span`` covers."""
    return span[1] - span[0]


def _near_order(near: tuple[Phrase, int]) -> tuple[int, int, list[list[str]]]:
    """The order proximities are marked in, the same in every process: more words first, so that a hyphenated word's
    reading written solid ("debtridden", one word) marks its places after its parts' ("debt", "ridden"): whole."""
    words, slop = near
    return -len(words), slop, [sorted(word) for word in words]


def _runs(places: list[list[int]], words: Phrase, slop: int,
          held_as: Callable[[int, frozenset[str]], tuple[Span, str]]) -> dict[int, tuple[Span, str]]:
    """Each place of a word of a proximity's runs, with its span and term (``held_as``: a place's, as one of a word's).
    ``places``: each word's places, in order."""
    found: dict[int, tuple[Span, str]] = {}
    if not all(places):
        return found
    dead: set[tuple[int, int]] = set()
    for first in places[0]:
        run = _run_from(first, places, 1, slop, dead)
        if run is not None:  # a free word stands anywhere between: not marked
            found.update((at, held_as(at, word)) for at, word in zip((first, *run), words) if word is not ANY_WORD)
    return found


def _held_places(held: list[dict[str, Span]], words: Phrase,
                 placed: dict[frozenset[str], list[int]] | None = None) -> list[list[int]]:
    """The places of each word of ``words`` by any term the index holds at each place (``_place_terms``); ``placed``:
    those already found, by word (an amount's phrases, its every spelling, share their other words)."""
    placed = {} if placed is None else placed
    for word in words:
        if word not in placed:
            placed[word] = [at for at, terms in enumerate(held) if any(term in word for term in terms)]
    return [placed[word] for word in words]


def _held_as(held: list[dict[str, Span]], at: int, word: frozenset[str]) -> tuple[Span, str]:
    """Where a place's term that is one of ``word``'s stands, and the term (``held``: ``_place_terms``)."""
    terms = held[at]
    term = next(term for term in terms if term in word)
    return terms[term], term


def _place_terms(text: str, spans: Sequence[Span], terms: list[str]) -> list[dict[str, Span]]:
    """The terms the index holds at each token's place, and the span each marks: the token's own, each other way a
    phrase may stand in it (``phrasereadings.READINGS``), a hyphenated word or grouped number written solid at its first part's
    place and its last's, as ``tokenforms.other_forms`` indexes them ("e-mail address" is "email address"~1), and an
    initialism joined by "&" at its first letters' place ("S&P 500" is "s&p p 500"), a word after its opening dot at its
    place (".NET framework" is ".net framework").
    ``spans``, ``terms``: the tokens' own (``phrase_places``)."""
    held = [{term: span} for term, span in zip(terms, spans)]
    for reading in (written_out, inner_readings, signed_amount_readings, dot_word_readings,
                    number_word_readings):
        for other in reading(text, terms, spans):
            for place, term, span in zip(held, *other):
                place.setdefault(term, span)
    for first, (last, word) in (solid_spellings(text, spans) | grouped_numbers(text, spans)).items():
        for at in (first, last):
            held[at].setdefault(compound_term(word), (spans[first][0], spans[last][1]))
    for first, term in initialism_terms(text, spans).items():  # "at&t" at the "AT" of "AT&T" (``initialisms``)
        held[first].setdefault(term, (spans[first][0], spans[first + 1][1]))
    return held


def _run_from(at: int, places: list[list[int]], word: int, slop: int, dead: set[tuple[int, int]]) -> tuple[int, ...] | None:
    """From ``at``, a place of each word from ``word`` on, each 1 to ``slop`` words after the one before, or None: the
    first such run, trying each word's nearer places first.

    ``dead``: the (word, place) pairs known to lead nowhere, so that each is tried once. A loop with a stack of the
    places tried, not a call a word: a proximity of 1,000 words had ended in RecursionError.
    """
    last = len(places) - 1
    if word > last:
        return ()
    if (word, at) in dead:
        return None
    following = places[word]
    nearby = following[bisect_right(following, at) : bisect_right(following, at + slop)]
    if not nearby:  # most places of a proximity's first word lead nowhere: said so before making the stacks
        dead.add((word, at))
        return None
    run = [at]  # the place of each word so far, from ``word - 1`` on
    left = [iter(nearby)]  # each word's places left to try after the place before it
    current = word  # the word whose places are tried
    while current >= word:
        for next_at in left[-1]:
            if current == last:
                return (*run[1:], next_at)
            if (current + 1, next_at) not in dead:
                current += 1
                following = places[current]
                run.append(next_at)
                left.append(iter(following[bisect_right(following, next_at) : bisect_right(following, next_at + slop)]))
                break
        else:  # no place of this word leads on from the place before it
            dead.add((current, run.pop()))
            left.pop()
            current -= 1
    return None


def whole_phrases(text: str, phrases: Collection[Phrase], spans: Sequence[Span], terms: list[str]) -> list[MatchSpan]:
    """The spans where a whole phrase stands, word for word (stopwords too, as the index holds them): the text's
    words as the index reads them, and, for a phrase they do not hold, each other way it reads them too
    (``phrasereadings.READINGS``: read only then, as they cost a snippet more than the rest of it); for a phrase they
    hold, the other ways its words show it needs (``_shown_places``). ``spans``, ``terms``: the tokens' places and
    terms (``phrase_places``)."""
    found: list[MatchSpan] = []
    readings: list[Reading] | None = None
    held: list[dict[str, Span]] | None = None
    known: set[str] | None = None
    placed: dict[frozenset[str], list[int]] = {}  # each word's places by the terms held there, found once
    unfound: list[Phrase] = []
    framed: set[tuple[frozenset[str], frozenset[str]]] = set()  # the first and last words of the phrases found
    shown: dict[Callable[..., list[Reading]], list[Reading]] = {}  # the shown readings read so far
    for phrase in phrases:
        as_written = _phrase_spans([phrase], terms, spans)
        if not as_written:
            readings = readings if readings is not None else [
                other for reading in READINGS for other in reading(text, terms, spans)]
            as_written = [span for other in readings for span in _phrase_spans([phrase], *other)]
        else:  # every place it matched: "four mln tonnes" too where "4 mln tonnes" is written (it had not been marked)
            as_written += _shown_places(text, phrase, spans, terms, as_written, shown)
        found += as_written
        if as_written:
            framed.add((phrase[0], phrase[-1]))
        elif readings and len(phrase) > 1:
            unfound.append(phrase)
    for phrase in unfound:  # each word its own way: one whole, one inside its token; not another spelling of a phrase
        if (phrase[0], phrase[-1]) in framed:  # found ("paid $50m for" found, "paid 50 mln dlrs for" is not looked for)
            continue
        known = known if known is not None else set(terms).union(*(other[0] for other in readings or ()))
        if all(word is ANY_WORD or not known.isdisjoint(word) for word in phrase):  # (a word held nowhere: none)
            held = held if held is not None else _place_terms(text, spans, terms)
            found += _held_phrases(held, phrase, placed)
    # in one order in every process, not the phrases' (a frozenset's, which changes with the hash seed): at one place the
    # longest first, so that a shorter phrase inside it ("new york" in "new york city") adds nothing to its span's key
    return sorted(found, key=_span_order)


def _shown_places(text: str, phrase: Phrase, spans: Sequence[Span], terms: list[str], as_written: list[MatchSpan],
                  shown: dict[Callable[..., list[Reading]], list[Reading]]) -> list[MatchSpan]:
    """The other places of a phrase found as written (at ``as_written``), in the readings its words show it needs
    (``phrasereadings.SHOWN_READINGS``), each read once for every phrase (``shown``)."""
    places = {(span.start, span.end) for span in as_written}
    found = []
    for reading, needed in SHOWN_READINGS:
        if not any(needed(term) for word in phrase if word is not ANY_WORD for term in word):
            continue
        if reading not in shown:
            shown[reading] = reading(text, terms, spans)
        for other in shown[reading]:
            for span in _phrase_spans([phrase], *other):
                if (span.start, span.end) not in places:
                    places.add((span.start, span.end))
                    found.append(span)
    return found


def _span_order(span: MatchSpan) -> tuple[int, int, str]:
    """The order of a text's phrase spans: by start, the longer first, then by key."""
    return span.start, -span.end, span.key


def _letter_spans(text: str, tokens: list[Token]) -> list[Span]:
    """Each token's span marked from its first letter (``letter_at``), asked only of a token opening with a space."""
    return [(letter_at(text, start), end) if text[start].isspace() else (start, end) for start, end, _, _ in tokens]


def _held_phrases(held: list[dict[str, Span]], phrase: Phrase,
                  placed: dict[frozenset[str], list[int]] | None = None) -> list[MatchSpan]:
    """The spans where ``phrase`` stands word for word by any term the index holds at each place (``_place_terms``):
    "ירושלים היום" in "בירושלים היום", whose second word is whole and first after its prefix, which neither the
    words as written nor each token read inside (ירושלים יום) hold: "ב<mark>ירושלים היום</mark>". ``placed``: as
    ``_held_places``."""
    places = _held_places(held, phrase, placed)
    found: list[MatchSpan] = []
    if not all(places):
        return found
    dead: set[tuple[int, int]] = set()
    for first in places[0]:
        run = _run_from(first, places, 1, 1, dead)
        if run is not None:
            words = [_held_as(held, at, word) for at, word in zip((first, *run), phrase)]
            found.append(MatchSpan(words[0][0][0], words[-1][0][1], " ".join(term for _, term in words)))
    return found


def _phrase_terms(text: str, tokens: list[Token]) -> list[str]:
    """The term of each token: a phrase holds its stopwords ("bank of england"), so they have their terms here."""
    return [term if term is not None else compound_term(text[start:end]) for start, end, _, term in tokens]



def _phrase_spans(phrases: Collection[Phrase], terms: list[str], spans: Sequence[Span]) -> list[MatchSpan]:
    """The spans where the ``terms`` of a text's words (at ``spans``) are a phrase's, word for word."""
    found = []
    for phrase in phrases:
        size, unfollowed = len(phrase), guarded(phrase)
        for at in _first_word_places(phrase[0], terms, max(0, len(terms) - size + 1)):  # (a longer phrase: none)
            if all(terms[at + k] in want for k, want in enumerate(phrase)) and not (
                    unfollowed and followed(phrase, terms, at)):
                # an amount's scale written on ("£1.2bn") is a token from its sign, over its number's: marked whole
                start = min(spans[at][0], spans[at + 1][0]) if size > 1 else spans[at][0]
                found.append(MatchSpan(start, spans[at + size - 1][1], " ".join(terms[at : at + size])))
    return found


def _first_word_places(first: frozenset[str], terms: list[str], end: int) -> list[int]:
    """The places before ``end`` whose term is one of ``first`` (a phrase's first word), in order: each term looked
    for by ``list.index``, in C, not every place asked in turn (a phrase's snippet had asked each of its text's words)."""
    if isinstance(first, AnyWord) or len(first) > 8:
        return [at for at, term in enumerate(terms[:end]) if term in first]
    places = []
    for term in first:
        at = -1
        try:
            while True:
                at = terms.index(term, at + 1, end)
                places.append(at)
        except ValueError:
            pass
    return sorted(places) if len(first) > 1 else places
