"""Where a query matches a text: the character spans of its matching words, phrases and proximities.

Pure functions on strings, for snippets. Each matching word is a span of its own (``wordspans``); a phrase the query
asked for (quoted, or a hyphenated or dotted word the query reads as one) is one span where it stands whole, its
stopwords inside; a proximity's words are spans where they stand near each other (``phrasespans``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from .apostrophes import straight_apostrophes
from .currencysigns import sign_start
from .dotwords import dot_word_spans, has_dot_words
from .initialisms import initialism_spans
from .matchwindows import first_match_at, probes_of, term_probes
from .numberwords import NUMBER_DIGITS, has_number_words, number_word_spans
from .packedmatches import packed_match_spans, packed_phrase_places, packed_tokens
from .phrasespans import Phrase, near_words, phrase_places, whole_phrases
from .startup import lazy_compile
from .tokenpatterns import token_pattern_for
from .unspaced import has_unspaced
from .wordspans import MatchSpan, match_spans, overlaid, tokens_with_terms
from .zerodecimals import may_hold_values, value_spans

# Matches are looked for in this much of a text at a time: a 100 MB article must not make every query slow; and past
# the first piece, only in the piece from the first word that matches (``matchwindows``)
SCAN_CHARS = 1_000_000
PIECE_WORDS = 5_000  # ... and in no more distinct words at a time: each is read as the index reads it (some 50 µs)
MAX_SCAN_CHARS = 16_000_000  # ... and no further, when the first pieces hold none (the match is in the title)
MAX_PIECES = 10  # pieces read after the first: a phrase's words may stand apart in piece after piece
CONTEXT_CHARS = 1_000  # read before the first word that matches past the first piece, for its passage


def spans_of(text: str, term_of: Callable[[str], str | None], matches: Callable[[str], bool],
                phrases: Collection[Phrase], near: Collection[tuple[Phrase, int]]) -> list[MatchSpan]:
    """The match spans of ``text``, looked for in its first SCAN_CHARS characters; in a longer text with none
    there, in the piece from the first word after it that matches (up to MAX_SCAN_CHARS), so that a match deep in a
    huge article still shows, without every word of it read."""
    text = straight_apostrophes(text)  # "O´Brien" is one word, "O'Brien", as the index read it (one character for one)
    start, limit, piece = 0, min(len(text), MAX_SCAN_CHARS), 0
    probes, phrase_terms = None, frozenset[str]()
    while start < limit and piece <= MAX_PIECES:
        if piece == 1:
            probes = probes_of(matches, phrases, near)
            phrase_terms = frozenset(term for phrase in (*phrases, *(phrase for phrase, _ in near))
                                     for word in phrase for term in word)
        if piece and probes is not None:  # the terms are known: on from the first word that matches
            at = first_match_at(text, start, limit, term_of, matches, probes, phrase_terms)
            if at is None:
                return []
            start = _piece_start(text, start, at)
        end = _piece_end(text, start)
        spans = _piece_spans(text[start:end], term_of, matches, phrases, near)
        if spans:
            if not start and end < limit:  # a long text: a word asked for that its first piece lacks, further on
                spans = _with_later_words(text, end, limit, spans, term_of, matches, phrases, near)
            return [MatchSpan(span.start + start, span.end + start, span.key) for span in spans] if start else spans
        start = end
        piece += 1 if probes is not None or not piece else 0  # (terms unknown: piece after piece, as far as allowed)
    return []


def _with_later_words(text: str, end: int, limit: int, spans: list[MatchSpan], term_of: Callable[[str], str | None],
                      matches: Callable[[str], bool], phrases: Collection[Phrase],
                      near: Collection[tuple[Phrase, int]]) -> list[MatchSpan]:
    """``spans``, of the first piece of ``text`` (to ``end``), and those of the piece from where each term of
    ``matches`` it lacks first matches further on (to ``limit``, in MAX_PIECES pieces at most): a rare word far into
    a long text shows beside the common ones that matched early. Only the words that may match a term not yet found
    are read (``first_match_at``); a term known only as a phrase's word is not looked for."""
    terms = getattr(matches, "__self__", None)
    if not isinstance(terms, (set, frozenset)):
        return spans
    missing = set(terms) - {key for span in spans for key in span.key.split()}
    spans, pieces = list(spans), 0
    while missing and end < limit and pieces < MAX_PIECES:
        at = first_match_at(text, end, limit, term_of, matches, term_probes(missing), frozenset(), missing)
        if at is None:
            break
        start = _piece_start(text, end, at)
        end = _piece_end(text, start)
        found = _piece_spans(text[start:end], term_of, matches, phrases, near)
        spans += [MatchSpan(span.start + start, span.end + start, span.key) for span in found]
        missing -= {key for span in found for key in span.key.split()}
        pieces += 1
    return spans


def _piece_start(text: str, start: int, at: int) -> int:
    """Where the piece read for a match at ``at`` starts: CONTEXT_CHARS before it, after a space (not past
    ``start``, where the last piece read ended)."""
    if at - CONTEXT_CHARS <= start:
        return start
    space = text.find(" ", at - CONTEXT_CHARS, at)
    return space + 1 if space != -1 else at


def _piece_end(text: str, start: int) -> int:
    """Where the piece of ``text`` read from ``start`` ends: after SCAN_CHARS characters, or before the word that
    would make its distinct words more than PIECE_WORDS (a million characters of news hold some 20,000; of a made-up
    list, "word0 word1 …", 100,000)."""
    end = _scan_end(text, start + SCAN_CHARS)
    if end - start <= PIECE_WORDS:  # a word is a character at least: so short a piece cannot hold too many
        return end
    seen: set[str] = set()
    for token in token_pattern_for(text).finditer(text, start, end):
        seen.add(token.group())
        if len(seen) > PIECE_WORDS:
            return token.start()
    return end


def _scan_end(text: str, at: int) -> int:
    """Where a piece of ``text`` scanned for matches ends: at the space at or before ``at`` (a word is not cut)."""
    if at >= len(text):
        return len(text)
    space = text.rfind(" ", at - SCAN_CHARS // 2, at)
    return space + 1 if space != -1 else at


def _piece_spans(text: str, term_of: Callable[[str], str | None], matches: Callable[[str], bool],
                 phrases: Collection[Phrase], near: Collection[tuple[Phrase, int]]) -> list[MatchSpan]:
    """The match spans of ``text``: its matching words, the whole phrases and near words asked for."""
    unspaced = has_unspaced(text)
    if unspaced and (phrases or near):  # its tokens kept packed, cut once for every kind of match
        packed = packed_tokens(text)
        spans = packed_match_spans(text, term_of, matches, packed)
        places, terms = packed_phrase_places(text, packed[0], term_of)
    elif phrases or near:  # the words are read once for every kind of match
        tokens = tokens_with_terms(text, term_of)
        spans = match_spans(text, term_of, matches, tokens)
        places, terms = phrase_places(text, tokens)
    elif unspaced:  # its tokens kept packed, each distinct one judged once
        spans = packed_match_spans(text, term_of, matches)
    else:
        spans = match_spans(text, term_of, matches)
    if phrases:
        spans = overlaid(spans, whole_phrases(text, phrases, places, terms))
    if near:
        spans = overlaid(spans, near_words(text, near, places, terms))
    if "&" in text:  # "AT&T" and "AT & T" whole for at&t (``initialisms``)
        spans = overlaid(spans, [MatchSpan(*found) for found in initialism_spans(text) if matches(found[2])])
    if has_dot_words(text):  # ".NET" whole, its dot too, for .net (``dotwords``)
        spans = overlaid(spans, [MatchSpan(*found) for found in dot_word_spans(text) if matches(found[2])])
    # the "four" of "four mln tonnes" for 4 (``numberwords``), looked for when the query matches such digits: a wire's
    # every "mln" had been looked behind for a number word, whatever the query
    if any(map(matches, NUMBER_DIGITS)) and has_number_words(text):
        spans = overlaid(spans, [MatchSpan(*found) for found in number_word_spans(text) if matches(found[2])])
    if may_hold_values(text):  # the "2.50" of "2.50 mln" for 2.5 (``zerodecimals``)
        spans = overlaid(spans, [MatchSpan(*found) for found in value_spans(text, matches)])
    return _with_sign_letters(text, _with_initials_dots(text, spans))



# dotted initials at the end of a span: "U.S" (the token), whose final dot is the acronym's too; so is an
# abbreviation's ("Ph.D", "B.Sc": ``acronymterms._ACRONYM_TOKEN``)
_INITIALS = lazy_compile(r"(?<![\w.])(?:(?:[^\W\d_]\.)+[^\W\d_]|[A-Z][a-z]?(?:\.[A-Z][a-z]?)+)\Z")


def _with_initials_dots(text: str, spans: list[MatchSpan]) -> list[MatchSpan]:
    """``spans`` with the final dot of an acronym written with dots: "<mark>U.S.</mark>", not "<mark>U.S</mark>."."""
    return [MatchSpan(span.start, span.end + 1, span.key)
            if text[span.end : span.end + 1] == "." and _INITIALS.search(text, span.start, span.end) else span
            for span in spans]


def _with_sign_letters(text: str, spans: list[MatchSpan]) -> list[MatchSpan]:
    """``spans`` opening at a dollar's sign from the letters before it that make it another currency's sign:
    "<mark>R$50m</mark>" (the Brazilian real's) and "<mark>MX$50</mark>", not "R<mark>$50m</mark>"."""
    if "$" not in text:
        return spans
    return [MatchSpan(sign_start(text, span.start), span.end, span.key) if text[span.start] == "$" else span
            for span in spans]
