"""What a query's snippets mark, field by field: the index terms it matches, its phrases and its proximities.

A word typed for one field (``title:police``) is marked in that field only, as Elasticsearch's highlighter
does by default; a word typed for no field is marked in title and body alike. A NOT's words are never marked, nor in
an article a stem the query searches only in articles of another language (``languagequery.in_language``), nor
a function word in an article of its language (``functionterms``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from whoosh import query as wq

from .bareamounts import BareAmount, unfollowed
from .currencysigns import TERM_SIGNS
from .languagequery import excluded_languages, required_languages
from .marks import MARKS
from .phrases import AmountPhrase
from .phrasespans import ANY_WORD, Phrase
from .schema import SEARCH_FIELDS
from .unspaced import has_unspaced

# A run of a script without spaces typed as one word ("ประเทศ", "北京大学") is searched as its overlapping pairs, each
# anywhere in the article (newsparser.NewsParser), as Lucene's CJK bigrams are: ปร ระ ะเ เท ทศ. Marking each pair
# wherever it stands had marked "ประ" of "ประกาศ" beside the "ประเทศ" that matched: the run is marked where it stands
# whole, as a phrase, and its pairs alone only in a text that holds it nowhere whole (found by the pairs apart).
Run = tuple[str, Phrase]  # the run as typed (its letters folded as the index folds them), and its pairs as a phrase


@dataclass(frozen=True)
class Marks:
    """What the snippets of one field mark: index terms wherever they are, phrases (for each word its terms)
    only where whole, and proximities (a phrase and its slop) only where their words stand that near."""

    words: frozenset[str] = frozenset()
    phrases: frozenset[Phrase] = frozenset()
    near: frozenset[tuple[Phrase, int]] = frozenset()
    runs: frozenset[Run] = frozenset()


@dataclass
class _Found:
    words: set[str] = field(default_factory=set)
    phrases: set[Phrase] = field(default_factory=set)
    near: set[tuple[Phrase, int]] = field(default_factory=set)
    runs: set[Run] = field(default_factory=set)


def query_marks(query: wq.Query, reader, lang: str | None = None) -> dict[str, Marks]:  # type: ignore[no-untyped-def]
    """For each of the title and body, what ``query`` marks in it (wildcards and fuzzy words expanded), in an
    article in the language ``lang``."""
    found = {name: _Found() for name in SEARCH_FIELDS}
    _collect(query, reader, found, lang)
    return {name: Marks(frozenset(f.words), frozenset(f.phrases), frozenset(f.near), frozenset(f.runs))
            for name, f in found.items()}


def marks_by_language(query: wq.Query, reader) -> Callable[[str | None], dict[str, Marks]]:  # type: ignore[no-untyped-def]
    """``query_marks`` for an article in a language, worked out once for each language."""
    return cache(lambda lang: query_marks(query, reader, lang))


def _collect(node: wq.Query, reader, found: dict[str, _Found], lang: str | None) -> None:  # type: ignore[no-untyped-def]
    """Walk the query tree, skipping negated branches and other languages' stems, collecting each field's terms,
    phrases and proximities."""
    if isinstance(node, wq.Not):
        return
    if isinstance(node, BareAmount):  # an amount at some of its places: "$3.50" where no scale follows, so marked
        if (priced := unfollowed(node)) is None:
            _collect(node.a, reader, found, lang)
        elif priced[0] in found:
            found[priced[0]].phrases.add((priced[1],))
        return
    languages = required_languages(node)
    if isinstance(node, wq.AndNot) or languages is not None:
        if languages is None or lang in languages:
            _collect(node.a, reader, found, lang)
        return
    if (left_out := excluded_languages(node)) is not None:  # a function word, in its own language's articles
        if lang not in left_out:
            _collect(node.subqueries[0], reader, found, lang)
        return
    if isinstance(node, (wq.Phrase, wq.Sequence)):
        name = _field_of(node)
        if name in found:
            words = _phrase_words(node, name, reader)
            for phrase, slop in _amount_runs(words, node.slop) if isinstance(node, AmountPhrase) else [(words, node.slop)]:
                _add_phrase(phrase, slop, found[name])
        return
    if isinstance(node, (wq.And, wq.Or)) and (run := _pair_run(node)) is not None:
        if (name := node.subqueries[0].fieldname) in found:
            found[name].runs.add(run)
        return
    if node.is_leaf():
        for name, text in node.existing_terms(reader, expand=True):
            if name in found:
                _add_word(_text(text), found[name])
        return
    for child in node.children():
        _collect(child, reader, found, lang)


def _pair_run(node: wq.Query) -> Run | None:
    """The run of a script without spaces whose overlapping pairs are the terms ``node`` joins (北京 京大 大学:
    "北京大学"), or None."""
    terms = node.subqueries
    if len(terms) < 2 or not all(isinstance(term, wq.Term) and term.fieldname == terms[0].fieldname
                                 and has_unspaced(str(term.text)) for term in terms):
        return None  # (an English query's words ask no more than this)
    pairs = [_letter().findall(str(term.text)) for term in terms]
    if not all(len(pair) == 2 and has_unspaced(pair[0]) for pair in pairs):
        return None
    if any(pair[1] != after[0] for pair, after in pairwise(pairs)):
        return None  # pairs that do not overlap: words typed apart (北京 AND 大学)
    return "".join([pairs[0][0], *(pair[1] for pair in pairs)]), tuple(frozenset({str(term.text)}) for term in terms)


@cache
def _letter() -> re.Pattern[str]:
    """A letter with the marks after it (ที่ is one), as a regex: compiling the marks' table costs 2 ms, so only for a
    query with a run of pairs."""
    return re.compile(f"[^{MARKS}][{MARKS}]*")


def runs_marked(text: str, marks: Marks) -> tuple[frozenset[str], frozenset[Phrase]]:
    """The words and phrases ``marks`` marks in ``text``: each run of ``marks.runs`` as a phrase where ``text`` holds
    it whole, else its pairs, each where it stands."""
    whole = [phrase for run, phrase in marks.runs if run in text]
    pairs = {term for run, phrase in marks.runs if run not in text for word in phrase for term in word}
    return marks.words | pairs, marks.phrases | frozenset(whole)


def _amount_runs(words: Phrase, slop: int) -> list[tuple[Phrase, int]]:
    """An amount's phrase with its currency's word (``phrases.AmountPhrase``: "50 million dollar"~2) as the whole
    phrases it stands for, a free word (``ANY_WORD``) for each word it allows between two of its words ("50 mln U.S.
    dlrs"), so that it is marked whole, as one amount, not word by word as a proximity ("<mark>50 mln</mark>
    <mark>dlrs</mark>"); a proximity still if it stands for many."""
    if (slop ** (len(words) - 1)) > _AMOUNT_RUNS:
        return [(words, slop)]
    runs: list[Phrase] = [words[:1]]
    for word in words[1:]:
        runs = [(*run, *[ANY_WORD] * gap, word) for run in runs for gap in range(max(1, slop))]
    return [(run, 1) for run in runs]


_AMOUNT_RUNS = 16  # whole phrases an amount's phrase is marked as, at most ("50 million dollar"~2: 4)


def _add_word(term: str, found: _Found) -> None:
    """A term to mark: an amount's term (``$50``, ``€1.50``) as a phrase of one word, which the text holds only
    read as the index reads its amounts (``phrasespans``): marked from its sign or code to its number, "<mark>20,50
    €</mark>" (as a word it had marked nothing, no token's term being an amount's, or the number alone)."""
    if term.startswith(TERM_SIGNS):
        found.phrases.add((frozenset({term}),))
    else:
        found.words.add(term)


def _add_phrase(phrase: Phrase, slop: int, found: _Found) -> None:
    """A phrase's words as one word, a phrase, or a proximity (``"a b"~5``: Whoosh's slop above 1)."""
    if not phrase or not all(phrase):
        return  # a word of it is in no article: it matched nowhere
    if len(phrase) == 1:
        for term in phrase[0]:
            _add_word(term, found)
    elif slop > 1:
        found.near.add((phrase, slop))
    else:
        found.phrases.add(phrase)


def _field_of(node: wq.Query) -> str | None:
    """The field a phrase or sequence searches."""
    if isinstance(node, wq.Phrase):
        return node.fieldname
    return next((leaf.fieldname for leaf in node.leaves() if getattr(leaf, "fieldname", None)), None)


def _phrase_words(node: wq.Query, name: str, reader) -> Phrase:  # type: ignore[no-untyped-def]
    """For each word of a phrase or sequence, the terms of field ``name`` it matches (a pattern: its expanded words;
    a free word, ``ANY_WORD``)."""
    if isinstance(node, wq.Phrase):  # a word no article holds in the field: none (an amount's spellings, by many codes)
        return tuple(frozenset({str(word)}) if (name, str(word)) in reader else frozenset() for word in node.words)
    words: list[frozenset[str]] = []
    gaps = getattr(node, "gaps", None) or [0] * len(node.subqueries)
    for part, gap in zip(node.children(), gaps):
        words += [ANY_WORD] * gap
        terms: set[str] = set()
        for leaf in part.leaves():  # a leaf's leaves are itself
            found = leaf.existing_terms(reader, expand=True)
            terms.update(_text(text) for term_field, text in found if term_field == name)
        words.append(frozenset(terms))
    return tuple(words)


def _text(term: bytes | str) -> str:
    """A term as Whoosh may give it (bytes), as text."""
    return term.decode("utf-8") if isinstance(term, bytes) else term
