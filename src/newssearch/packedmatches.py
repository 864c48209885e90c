"""Where a query's words match in a text with Chinese, Japanese or Thai letters, found over its packed token spans.

``wordspans.walked_match_spans`` walks a list of tokens made as Python tuples (start, end, single letters, term), and
judges every pair of letters as it meets it: a pair is never a miss remembered, as its single letters may match. A 2 MB
text in Chinese had made 200,000 such tuples for every snippet of it, and judged each pair anew (2.7 s, 240 MB for
``query 约定``). Here the tokens stay packed (``unspaced.split_unspaced_packed``: arrays of C ints), and each distinct
token (its word and the single letters beside it) is judged once; only the matches are made objects. Same spans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .hyphens import HYPHENS, in_compound
from .packedspans import PackedSpans, PairLetters
from .textanalysis import compound_term
from .tokenpatterns import Span, word_spans
from .unspaced import split_unspaced_packed
from .wordreadings import STOPWORD, word_verdict
from .wordspans import MatchSpan, append_span, colon_minutes_added, letter_at, overlaid, single_letters, solid_spans

Verdict = tuple[int, int, str] | None  # where in its token a match stands, and its key; None: no match


def packed_tokens(text: str) -> tuple[PackedSpans, PairLetters]:
    """The tokens of a text holding letters of a script without spaces, packed: ``unspaced.split_unspaced_packed``."""
    return split_unspaced_packed(text, word_spans(text))


def packed_match_spans(text: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool],
                       packed: tuple[PackedSpans, PairLetters] | None = None) -> list[MatchSpan]:
    """``wordspans.match_spans`` of a text holding letters of a script without spaces, its tokens never unpacked.
    ``packed``: ``packed_tokens(text)``, when the caller has made them."""
    spans, singles = packed if packed is not None else packed_tokens(text)
    hyphens = any(hyphen in text for hyphen in HYPHENS)
    judged: dict[tuple[str, int], Verdict] = {}
    found: list[MatchSpan] = []
    ids = singles.ids
    for pos, (start, end) in enumerate(spans):
        word = text[start:end]
        key = (word, ids[pos] if pos < len(ids) else 0)
        if key in judged:
            verdict = judged[key]
        elif (term := term_of(word)) is None:
            # a stopword inside a hyphenated word ("co" in "co-operation") has its term: judged where it stands
            verdict = _compound_verdict(text, start, end, singles, pos, term_of, terms) if hyphens else None
            if not hyphens:
                judged[key] = None
        else:
            verdict = judged[key] = _verdict(text, start, end, term, singles, pos, term_of, terms)
        if verdict is not None:
            append_span(found, MatchSpan(start + verdict[0], start + verdict[1], verdict[2]))
    solid = solid_spans(text, spans, term_of, terms)
    return colon_minutes_added(text, overlaid(found, solid) if solid else found, term_of, terms, spans)


def packed_phrase_places(text: str, spans: PackedSpans,
                         term_of: Callable[[str], str | None]) -> tuple[Sequence[Span], list[str]]:
    """``phrasespans.phrase_places`` of a text's packed tokens (``packed_tokens``): the spans stay packed where no token
    opens with a space (" pct"), and each distinct word's term is found once; a 2 MB text in Chinese had made a tuple a
    token (its span, single letters and term) for a phrase's snippet, 1.4 s and 110 MB for ``query 北京大学``."""
    words = map(text.__getitem__, map(slice, spans.starts, spans.ends))
    terms = list(map(_PhraseTerms(term_of).__getitem__, words))
    if not any(map(str.isspace, map(text.__getitem__, spans.starts))):
        return spans, terms
    return [(letter_at(text, start), end) for start, end in spans], terms


class _PhraseTerms(dict):  # type: ignore[type-arg]
    """Each word's term as a phrase holds it, found once a word: a stopword's is ``compound_term``'s ("bank of")."""

    def __init__(self, term_of: Callable[[str], str | None]) -> None:
        super().__init__()
        self.term_of = term_of

    def __missing__(self, word: str) -> str:
        term = self.term_of(word)
        self[word] = found = term if term is not None else compound_term(word)
        return found


def _verdict(text: str, start: int, end: int, term: str, singles: PairLetters, pos: int,
             term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> Verdict:
    """Whether and where the token at ``start``-``end`` (its term ``term``) matches, relative to its start, as
    ``walked_match_spans`` judges it: its term, a reading of its word, or its single letters."""
    if terms(term):
        return 0, end - start, term
    found = word_verdict(text[start:end], term_of, terms)
    if found is not None and found is not STOPWORD:
        return found
    return _letters_verdict(text, start, end, singles, pos, term_of, terms)


def _compound_verdict(text: str, start: int, end: int, singles: PairLetters, pos: int,
                      term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> Verdict:
    """The verdict of a stopword token: none, unless it stands inside a hyphenated word, where its term is
    ``compound_term``'s (``wordspans.tokens_with_terms``)."""
    if not in_compound(text, start, end):
        return None
    term = compound_term(text[start:end])
    if terms(term):
        return 0, end - start, term
    return _letters_verdict(text, start, end, singles, pos, term_of, terms)


def _letters_verdict(text: str, start: int, end: int, singles: PairLetters, pos: int,
                     term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> Verdict:
    """The span of the single letters beside the pair at ``pos`` that match, relative to its start, or None."""
    letters = singles.spans_at(pos, start, end)
    hit = single_letters(text, letters, term_of, terms) if letters else None
    return None if hit is None else (hit.start - start, hit.end - start, hit.key)
