"""Phrases with wildcards or fuzzy words ("bank of eng*", "police offcer~"): their words in sequence, each a term or a
pattern, a lone ``*`` or ``?`` in the quotes any one word at its place (a gap of the sequence).
"""

from __future__ import annotations

import re
from functools import cache

from whoosh import query as wq
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.query.spans import SpanWrappingMatcher

from .dotwords import dot_word_starts, dotted_chain
from .errors import InvalidQuery, as_typed
from .hyphens import PAIR_PATTERN, pair_numbers, pair_pattern
from .marks import MARKS
from .patterns import written_pattern
from .placedfilters import words_placed
from .schema import SEARCH_FIELDS, URL
from .startup import lazy_compile
from .typedpatterns import typed_pattern

PATTERN_CHARS = lazy_compile(r"[*?]|\w~")  # a wildcard, or a fuzzy word, inside the quotes


# A word of a pattern as the tokenizer cuts it, its wildcards kept: "e-mail*" is the words "e" and "mail*".
PATTERN_WORD = rf"[\w*?](?:[\w*?{MARKS}]|[.'’](?=[\w*?]))*"


@cache
def _phrase_word() -> re.Pattern[str]:
    """A word of a phrase as typed, with its wildcards and its fuzzy mark: "bank of eng*", "police offcer~". Compiled
    at the first quotes (its table of marks is a millisecond to compile, paid by every query command's start)."""
    return re.compile(rf"(?P<word>{PATTERN_WORD})(?P<fuzzy>~\d*)?")


@cache
def _text_word() -> re.Pattern[str]:
    """A word of a title's or body's phrase (``_phrase_word``), or a number pair with a wildcard at its end (``1-0*``:
    ``hyphens.pair_pattern``), which those fields hold as a pair's term."""
    return re.compile(rf"(?<![\w*?])(?P<pair>{PAIR_PATTERN})(?![\w*?])|{_phrase_word().pattern}")


def pattern_sequence(field, fieldname: str, text: str, slop: int = 1, boost: float = 1.0) -> wq.Query:  # type: ignore[no-untyped-def]
    """A phrase with wildcards or fuzzy words ("bank of eng*") as its words in sequence, each a term or a pattern;
    a lone ``*`` or ``?`` ("bank * england") is any one word at its place (a gap of the sequence); after the last
    word, where the index cannot tell that a word follows, a ``?`` is the question's mark (``check_gaps`` refuses a ``*``).

    ``expand_fuzzy``, ``expand_patterns`` and ``expand_sequence_patterns`` then give the patterns their words.
    """
    parts: list[wq.Query] = []
    gaps = [0]  # the free words before each part (and after the last, left out)
    dotted = dot_word_starts(text) if fieldname in SEARCH_FIELDS else set()  # ".NET*": the words so written
    for match in (_text_word() if fieldname in SEARCH_FIELDS else _phrase_word()).finditer(text):
        word, fuzzy = match.group("word"), match.group("fuzzy")
        if word is not None and not word.strip("*?"):
            gaps[-1] += 1
            continue
        words: list[wq.Query]
        if word is None:  # "won 1-0*": the pairs it opens
            words = _pair_words(fieldname, match.group("pair"))
        elif fuzzy and "*" not in word and "?" not in word:
            edits = int(fuzzy[1:]) if fuzzy[1:] else 1
            typed = "." + word if match.start("word") in dotted else word  # ".NET~" is .net~, as outside quotes
            words = [wq.FuzzyTerm(fieldname, written_pattern(typed), maxdist=edits, prefixlength=0)]
        elif match.start("word") in dotted:  # as outside quotes (dotwords.py): ".NET*" had been net*, "Net profit"
            words = _dot_words(field, fieldname, "." + word)
        elif "*" in word or "?" in word:
            words = [typed_pattern(fieldname, word)]
        else:
            words = [wq.Term(fieldname, t.text) for t in field.tokenize(word, mode="query", removestops=False)]
        parts += words
        gaps += [0] * len(words)
    if not parts:
        return wq.NullQuery
    if len(parts) < 2 and not gaps[0]:
        return parts[0].with_boost(boost)
    return NewsSequence(parts, slop=slop, boost=boost, gaps=gaps[:-1])


def _dot_words(field, fieldname: str, typed: str) -> list[wq.Query]:  # type: ignore[no-untyped-def]
    """A phrase's word written with a dot at its start as the index holds it: a pattern of the words so written
    (``.NET*``: .net*, .netcore), a word its term (``.NET``: .net), and a word going on after another dot
    (``.NET.Framework``) its words, as the index holds those."""
    if "*" in typed or "?" in typed:
        return [typed_pattern(fieldname, typed)]
    tokens = [t.copy() for t in field.tokenize(typed, mode="query", chars=True, removestops=False)]
    return [wq.Term(fieldname, t.text) for t in dotted_chain(typed, tokens)]


def _pair_words(fieldname: str, typed: str) -> list[wq.Query]:
    """A number pair with a wildcard at its end in a phrase (``"won 1-0*"``) as the index holds a pair: the pairs'
    terms it opens at its first number's place, its other numbers after it, each a term or a pattern."""
    return [typed_pattern(fieldname, pair_pattern(typed) or typed),
            *(typed_pattern(fieldname, number) if "*" in number or "?" in number else wq.Term(fieldname, number)
              for number in pair_numbers(typed))]


# What splits a pattern of an address or a name into the words the field holds: ``stuff.co*`` is "stuff" then "co*".
_ADDRESS_SEPARATORS = lazy_compile(r"[^\w*?]+")


def address_words(pattern: str) -> list[str]:
    """The words of a pattern typed after an address or a name field: ``stuff.co*`` is "stuff" and "co*"."""
    return _ADDRESS_SEPARATORS.sub(" ", pattern).split()


def address_pattern(field, fieldname: str, pattern: str, boost: float = 1.0) -> wq.Query | None:  # type: ignore[no-untyped-def]
    """A pattern typed after ``url:``, ``site:``, ``source:`` or ``author:`` that holds dots or slashes
    (``stuff.co*``, ``rnz.co.nz/news*``) as its words in sequence, the last one a pattern: those fields hold an
    address's words apart ("stuff", "co", "nz"), so the pattern as one word had matched no term; after ``url:``, one
    with dots (a host) from the address's start. None when the pattern is one word."""
    words = address_words(pattern)
    if len(words) < 2:
        return None
    if fieldname != URL or "." not in pattern:  # url:example-st*: a path's words, found anywhere as url:example-story
        return pattern_sequence(field, fieldname, " ".join(words), boost=boost)
    return AddressStart.of(pattern_sequence(field, fieldname, " ".join(words), boost=boost), _host_lead(words))


def address_phrase(fieldname: str, words: list[str], boost: float = 1.0) -> AddressStart:
    """The analysed ``words`` of a dotted address typed after ``url:`` or ``site:`` without a pattern
    (``url:nzherald.co.nz``) in sequence from the address's start, as ``address_pattern`` holds ``url:nzherald.co*``:
    as a phrase, ``url:news.example`` had found https://other.example/news/example-story too."""
    return AddressStart([wq.Term(fieldname, word) for word in words], _host_lead(words), boost=boost)


def _host_lead(words: list[str]) -> int:
    """The last word of an address at which the typed ``words`` may start: its first (0) when they open with a scheme,
    else the third (2)."""
    # The index does not tell where a host ends, so its first words may be a scheme and one label (www., news.):
    # every host has two labels or more, so the path's words come later. site: reads its address as url: does.
    return 0 if words[0].lower() in _SCHEMES else _HOST_LEAD


_SCHEMES = ("http", "https")
_HOST_LEAD = 2  # words an address may open with before a typed host: its scheme and one label (www, news, edition)


_QUOTED = re.compile(r'"([^"]*)"')


def check_gaps(text: str) -> None:
    """Refuse quotes holding only a lone ``*`` or ``?`` (``title:"*"``), and a lone ``*`` after the last word in
    quotes (``"bank of *"``): the index cannot tell that any word
    follows a phrase, and the phrase without it would find "bank of" at the end of a text too."""
    for quoted in _QUOTED.finditer(text):
        words = [match.group(1) for match in _phrase_word().finditer(quoted.group(1))]
        if words and not any(word.strip("*?") for word in words):  # title:"*": no word for it to stand beside
            raise InvalidQuery(f"nothing to search for in {as_typed(quoted.group())}",
                               hint='a lone * or ? in quotes is one word beside the words quoted, and there are none: '
                                    'add a word ("* of england"), or type * unquoted for every article')
        last = max((at for at, word in enumerate(words) if word.strip("*?")), default=None)
        if last is not None and any("*" in word for word in words[last + 1:]):
            phrase = " ".join(words[: last + 1])
            raise InvalidQuery(f"a lone * after the last word in quotes cannot be searched: {as_typed(quoted.group())}",
                               hint=f'the index cannot tell that a word follows: drop the * ("{phrase}"), '
                                    f'or give it a letter ("{phrase} a*")')


class NewsSequence(wq.Sequence):
    """Whoosh's Sequence (words in order, each a query of its own) that keeps its slop when rewritten, with
    ``gaps``: how many free words (a lone ``*`` or ``?`` in quotes) stand before each part.

    Whoosh's ``apply`` makes a new Sequence with the default slop, so ``"bank of eng*"~3`` became exact.
    A gap counts as a word of the sequence: in ``"bank * england"`` england is the second word after bank,
    and within ``"a * b"~N`` each word stands 1 to N+1 places after the one before, the free word too.
    """

    def __init__(self, subqueries, slop=1, ordered=True, boost=1.0, gaps=None):  # type: ignore[no-untyped-def]
        super().__init__(subqueries, slop=slop, ordered=ordered, boost=boost)
        self.gaps: tuple[int, ...] | None = tuple(gaps) if gaps and any(gaps) else None

    def apply(self, fn):  # type: ignore[no-untyped-def]
        return self.with_parts([fn(q) for q in self.subqueries])

    def with_parts(self, parts: list[wq.Query]) -> NewsSequence:
        """This sequence of ``parts`` in place of its own, all else kept."""
        return self.__class__(parts, slop=self.slop, ordered=self.ordered, boost=self.boost, gaps=self.gaps)

    def normalize(self) -> wq.Query:
        return self.apply(lambda part: part.normalize())

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and self.gaps == getattr(other, "gaps", None)

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(self.gaps)

    def __repr__(self) -> str:
        return super().__repr__() if not self.gaps else f"{super().__repr__()[:-1]}, gaps={self.gaps})"

    def __str__(self) -> str:
        if not self.gaps:
            return super().__str__()
        words = []
        for part, gap in zip(self.subqueries, self.gaps):
            words += ["*"] * gap + [str(part)]
        return f"({self.JOINT.join(words)})"

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        placed = [words_placed(part) for part in self.subqueries]
        if any(new is not old for new, old in zip(placed, self.subqueries)):
            return self.with_parts(placed).matcher(searcher, context)
        if not self.gaps or not self.subqueries:
            return super().matcher(searcher, context)
        from .sequencematch import SequenceMatcher  # a phrase with free words or patterns only: not at start-up

        context = (context or searcher.context()).set(needs_current=True)
        subs = [part.matcher(searcher, context) for part in self.subqueries]
        # each part after the run so far, past its free words: one matcher over them all (a SpanNear matcher per part,
        # each wrapping the run before it, had ended a phrase of some 300 parts in RecursionError)
        found = subs[0] if len(subs) == 1 else SequenceMatcher(
            subs, [gap + 1 for gap in self.gaps], [(gap + 1) * self.slop for gap in self.gaps])
        if self.gaps[0]:
            found = StartingWithin(found, first=self.gaps[0])
        return found if self.boost == 1.0 else WrappingMatcher(found, self.boost)


class StartingWithin(SpanWrappingMatcher):
    """The spans of a sequence that start at its field's word ``first`` or after and ``last`` or before: with at
    least ``first`` words before it (``"* of england"``), or near its field's first word (an address's start)."""

    def __init__(self, child, first: int = 0, last: int | None = None) -> None:  # type: ignore[no-untyped-def]
        self.first, self.last = first, last  # before the wrapper's __init__, which looks for the first span
        super().__init__(child)

    def copy(self) -> StartingWithin:
        return self.__class__(self.child.copy(), self.first, self.last)

    def _replacement(self, newchild) -> StartingWithin:  # type: ignore[no-untyped-def]
        return self.__class__(newchild, self.first, self.last)

    def _get_spans(self) -> list:  # type: ignore[type-arg]
        return [span for span in self.child.spans()
                if span.start >= self.first and (self.last is None or span.start <= self.last)]


class AddressStart(NewsSequence):
    """A sequence found only near its field's first word, at word ``latest`` or before: an address's start
    (``address_pattern``)."""

    def __init__(self, subqueries, latest: int = 0, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(subqueries, **kwargs)
        self.latest = latest

    @classmethod
    def of(cls, sequence: NewsSequence, latest: int) -> AddressStart:
        """``sequence`` held to start at its field's words up to ``latest`` (0: the first)."""
        return cls(sequence.subqueries, latest, slop=sequence.slop, boost=sequence.boost, gaps=sequence.gaps)

    def with_parts(self, parts: list[wq.Query]) -> NewsSequence:
        return self.__class__(parts, self.latest, slop=self.slop, ordered=self.ordered, boost=self.boost,
                              gaps=self.gaps)

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and self.latest == getattr(other, "latest", None)

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(self.latest)

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        found = super().matcher(searcher, context)
        return StartingWithin(found, last=self.latest) if found.is_active() else found
