"""A parsed query's words widened by what the index holds: patterns and fuzzy words as the words they match (te
reo Māori long vowels in their other spellings: longvowels.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from whoosh import query as wq
from whoosh.support.levenshtein import damerau_levenshtein

from . import patterncaps
from .dotwords import dot_term
from .errors import as_typed
from .fuzzywords import WordFinder
from .hyphens import pair_pattern
from .livecounts import live_doc_frequency
from .liveranks import ranked_by_live_count
from .patterncaps import commonest, kept_words
from .patternlanguages import Stems, other_language_stems, pattern_in_languages, pattern_of
from .patternphrases import PATTERN_WORD, NewsSequence
from .patterns import (
    Lexicons,
    WordPattern,
    index_languages,
    matching_terms,
    written_words,
)
from .ranking import bm25_idf
from .schema import BODY, SEARCH_FIELDS
from .textanalysis import FUNCTION_MARK, analyze, compound_term
from .wordterms import searched_terms


def map_terms(query: wq.Query, change: Callable[[wq.Query], wq.Query], skip: tuple[type, ...] = ()) -> wq.Query:
    """``query`` with every leaf (a term, a phrase...) passed through ``change``; ``skip`` subtrees are kept."""
    if query.is_leaf():
        return change(query)
    if isinstance(query, skip):
        return query
    return query.apply(lambda child: map_terms(child, change, skip))


@cache
def _pattern_word() -> re.Pattern[str]:
    """A word of a pattern as the tokenizer cuts it (``PATTERN_WORD``, compiled at the first pattern: its table of
    marks is a millisecond to compile, paid by every query command's start)."""
    return re.compile(PATTERN_WORD)


def split_patterns(query: wq.Query) -> wq.Query:
    """A wildcard over several words ("e-mail*", "anti-gov*") as those words in sequence, the last a pattern;
    ``*`` alone as every article; a number pair's (``1-0*``) as the pairs it opens (``hyphens.pair_pattern``).

    The index holds "e-mail" as the words "e" and "mail", so a pattern holding the hyphen matched no word.
    """
    def split(leaf: wq.Query) -> wq.Query:
        if isinstance(leaf, wq.Wildcard) and _marks_alone(str(leaf.text)):
            return wq.NullQuery  # "?" or "?!" on its own: the end of a question ("why did Enron fail ?!"), no pattern
        if isinstance(leaf, wq.Every) or (isinstance(leaf, wq.Wildcard) and not str(leaf.text).strip("*?")):
            # "*" alone: every article, not an OR of every word (seconds on a large index)
            return wq.Every(boost=leaf.boost) if leaf.fieldname in SEARCH_FIELDS else leaf
        if isinstance(leaf, wq.FuzzyTerm) and leaf.fieldname in SEARCH_FIELDS:
            return _split_fuzzy(leaf)
        if not isinstance(leaf, (wq.Prefix, wq.Wildcard)) or leaf.fieldname not in SEARCH_FIELDS:
            return leaf
        pattern = str(leaf.text) + ("*" if isinstance(leaf, wq.Prefix) else "")
        if (pair := pair_pattern(pattern)) is not None:  # 1-0*: the pairs opening 1-0, not 1 beside 0*
            return WordPattern(leaf.fieldname, pair, boost=leaf.boost)
        parts = _pattern_word().findall(pattern)
        if len(parts) < 2:
            return leaf
        words = [_pattern_part(leaf.fieldname, part) for part in parts]
        kept = [word for word in words if word is not None]
        return NewsSequence(kept, boost=leaf.boost) if len(kept) > 1 else (kept[0] if kept else wq.NullQuery)

    return _without_nulls(map_terms(query, split))


def _split_fuzzy(leaf: wq.FuzzyTerm) -> wq.Query:
    """``co-operatoin~`` as its words in sequence, each with the typos allowed (not the joined word)."""
    parts = _pattern_word().findall(str(leaf.text))
    if len(parts) < 2:
        return leaf
    fuzzy = [wq.FuzzyTerm(leaf.fieldname, part, maxdist=leaf.maxdist, prefixlength=leaf.prefixlength)
             for part in parts]
    return NewsSequence(fuzzy, boost=leaf.boost)


def _without_nulls(query: wq.Query) -> wq.Query:
    """``query`` without the NullQuery clauses left by a dropped ``?`` (NullQuery when nothing is left)."""
    if query.is_leaf() or not isinstance(query, (wq.And, wq.Or)):
        return query
    children = [child for child in (_without_nulls(c) for c in query.children()) if child is not wq.NullQuery]
    if not children:
        return wq.NullQuery
    return query.__class__(children, boost=query.boost) if len(children) > 1 else children[0]


MAX_PATTERN_WORDS = 50  # a pattern in a sequence matches at most this many words, the most common ones (as Elasticsearch's max_expansions)
LIVE_RANKED = 10 * MAX_PATTERN_WORDS  # the commonest words of a pattern in a sequence that are counted in live articles


def expand_sequence_patterns(query: wq.Query, reader,  # type: ignore[no-untyped-def]
                             cut: dict[str, int] | None = None) -> wq.Query:
    """The patterns inside sequences (see split_patterns) as the words of this index they match.

    Whoosh finds a sequence by word positions, which its own pattern matchers do not give; an OR of
    the words does (up to MAX_PATTERN_WORDS of them: "e-a*" keeps the most common words). ``cut`` collects each
    pattern that matched more, as typed, with how many words it matched.
    """
    if isinstance(query, wq.Sequence):
        return query.apply(lambda part: _pattern_words(part, reader, cut))
    if query.is_leaf():
        return query
    return query.apply(lambda child: expand_sequence_patterns(child, reader, cut))


def _pattern_words(part: wq.Query, reader, cut: dict[str, int] | None) -> wq.Query:  # type: ignore[no-untyped-def]
    """A Prefix, Wildcard or fuzzy word (of a name field: a title's or body's is expand_fuzzy's) as an Or of the words
    it matches in ``reader`` (NullQuery for none). Whoosh's own Or of 1,024 words or more has no positions:
    ``url:"houzz vs~6"`` had failed ("Field does not support spans")."""
    if not isinstance(part, (wq.Prefix, wq.Wildcard, wq.FuzzyTerm)):
        return part
    terms = list(part._btexts(reader))
    matched = len(terms)
    if matched > LIVE_RANKED:
        # The commonest by the terms file's counts (deleted articles too), as a pattern out of quotes is cut
        # (patterncaps): ranked by live counts, each of 5,000 words' postings had been read, 1.7 s for "polic* shot"
        terms = list(commonest(reader, part.fieldname, [t if isinstance(t, bytes) else t.encode("utf-8") for t in terms],
                               LIVE_RANKED))
    words = [word.decode("utf-8") if isinstance(word, bytes) else word for word in terms]
    if matched > MAX_PATTERN_WORDS:  # (counted in live articles: a word only deleted versions held finds nothing)
        if cut is not None:
            cut[_as_pattern(part)] = max(matched, cut.get(_as_pattern(part), 0))
        words, _ = ranked_by_live_count(reader, [part.fieldname], words, MAX_PATTERN_WORDS, most=True)
    return wq.Or([wq.Term(part.fieldname, word) for word in words]) if words else wq.NullQuery


def _as_pattern(part: wq.Query) -> str:
    """A pattern as the user typed it: ``ta*``, ``t?x``, ``offcer~``."""
    if isinstance(part, wq.Prefix):
        return f"{part.text}*"
    return f"{part.text}~" if isinstance(part, wq.FuzzyTerm) else str(part.text)


def _marks_alone(pattern: str) -> bool:
    """True for a ``?`` pattern of punctuation alone, no letter, digit or ``*`` (``?``, ``?!``, ``..?``): a sentence's
    end standing apart, which no word the index holds is; as a pattern it had been required and found nothing."""
    return "*" not in pattern and not any(char.isalnum() for char in pattern)


def cut_patterns_notice(cut: dict[str, int]) -> str | None:
    """The note on the patterns in quotes that matched more words than they stand for; None for none."""
    if not cut:
        return None
    said = [f"{as_typed(typed)} in quotes stands for its {MAX_PATTERN_WORDS} commonest words of {count:,}"
            for typed, count in cut.items()]
    return "; ".join(said) + " (type more of the word, or leave the quotes off)"


def _pattern_part(fieldname: str, part: str) -> wq.Query | None:
    """One word of a split pattern: a Prefix, a Wildcard, or the word's term (None for a bare ``*``)."""
    if not part.strip("*?"):
        return None
    if "*" not in part and "?" not in part:  # a part of a hyphenated word: indexed even if a stopword
        terms = analyze(part)
        return wq.Term(fieldname, terms[0] if terms else compound_term(part))
    return WordPattern(fieldname, part)


def expand_patterns(query: wq.Query, reader, lexicons: Lexicons | None = None,  # type: ignore[no-untyped-def]
                    languages: tuple[str, ...] | None = None, capped: dict[str, int] | None = None) -> wq.Query:
    """``query`` with each WordPattern given the terms it matches in ``reader``: the lexicon read once, for all fields
    (``lexicons``: the word lists the index handle keeps; ``languages``: ``index_languages(reader)``, read here at the
    first pattern when not given). A pattern matching over MAX_PATTERN_TERMS words searches its commonest
    (``patterncaps``); ``capped`` collects each such pattern, as typed, with how many words it matched."""
    written: dict[str, list[str]] = {}
    stems: dict[str, Stems] = {}  # a pattern's written words as other languages stem them (patternlanguages)

    def expanded(leaf: wq.Query) -> wq.Query:
        nonlocal languages
        if not isinstance(leaf, WordPattern) or leaf.terms is not None:
            return leaf
        if leaf.text not in written:
            written[leaf.text] = written_words(reader, leaf.text, lexicons)
        terms = matching_terms(reader, leaf.fieldname, leaf.text, written[leaf.text], lexicons)
        if len(terms) > patterncaps.MAX_PATTERN_TERMS:
            if capped is not None:
                capped[str(leaf.text)] = max(len(terms), len(written[leaf.text]), capped.get(str(leaf.text), 0))
            terms = tuple(commonest(reader, leaf.fieldname, terms))
            written[leaf.text] = kept_words(written[leaf.text], terms)
        pattern = pattern_of(reader, leaf, terms)
        if languages is None:  # read at need: it walks the lang field's terms, 0.4 ms every query had paid
            languages = index_languages(reader)
        if not languages or leaf.fieldname not in SEARCH_FIELDS:
            return pattern
        if leaf.text not in stems:
            stems[leaf.text] = other_language_stems(written[leaf.text], reader, languages, lexicons)
        return pattern_in_languages(pattern, stems[leaf.text], reader, lexicons)

    return map_terms(query, expanded)


MAX_FUZZY_EDITS = 2  # as Lucene: "blair~5" would match most short words of the index


def capped_fuzzy(query: wq.Query) -> wq.Query:
    """``query`` with every fuzzy word allowed at most MAX_FUZZY_EDITS edits, in every field: ``author:smoth~9`` had
    found every author, and a pasted address's ``vs~157401545`` took gigabytes (in quotes, where a ~ is not rewritten
    as typed, and in the fields expand_fuzzy leaves to Whoosh)."""
    def capped(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.FuzzyTerm) or leaf.maxdist <= MAX_FUZZY_EDITS:
            return leaf
        return wq.FuzzyTerm(leaf.fieldname, leaf.text, boost=leaf.boost, maxdist=MAX_FUZZY_EDITS,
                            prefixlength=leaf.prefixlength, constantscore=leaf.constantscore)

    return map_terms(query, capped)


def expand_fuzzy(query: wq.Query, reader, lexicons: Lexicons | None = None) -> wq.Query:  # type: ignore[no-untyped-def]
    """Match ``word~`` against words as written, not stems: ``offcer~`` finds officer (stem ``offic``).

    At most MAX_FUZZY_EDITS edits, whatever number is typed after the ``~``. A word is looked up once however
    many fields search it (a plain word searches the title and the body: the lexicon had been scanned twice).
    ``lexicons``: the word lists the index handle keeps.
    """
    finder = WordFinder(reader, lexicons)

    def expanded(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.FuzzyTerm) or leaf.fieldname not in SEARCH_FIELDS:
            return leaf
        typed = str(leaf.text)
        words = finder.within(typed, min(leaf.maxdist, MAX_FUZZY_EDITS), leaf.prefixlength)
        boosts = fuzzy_boosts(typed, words, reader)
        # the best of its words scores an article: three look-alikes ("Plaid", "blamed", "claim") had outscored Blair
        return wq.DisjunctionMax([_in_languages(wq.Term(leaf.fieldname, stem, boost=leaf.boost * boost), languages)
                                  for stem, (boost, languages) in sorted(boosts.items())])

    return map_terms(query, expanded)


def fuzzy_boosts(typed: str, words: set[str], reader) -> dict[str, tuple[float, frozenset[str | None]]]:  # type: ignore[no-untyped-def]
    """The weight of each term a fuzzy word finds, and the languages whose stem it is (None: English's, which
    counts in every article): 1 for the word typed, less for a word ``n`` edits away.

    As Lucene weighs a fuzzy match (1 - n / length), and no rarer than the word typed: a rare look-alike
    had outranked the word itself on its idf alone (``blair~2``: "Plaid", "Nair" above Blair).
    """
    stems = _stems_by_language([typed, *words], (None, *index_languages(reader)))
    exact = set(stems[typed]) or {compound_term(typed)}  # a stopword ("co" of co-operation~): its own term
    nearest: dict[str, int] = dict.fromkeys(exact, 0)
    for word in words:
        distance = damerau_levenshtein(typed, word.lower())
        for stem in stems[word]:
            if stem.endswith(FUNCTION_MARK) and stem not in exact:
                continue  # a function word's term (kept for phrases): wil~ is no search for every "will"
            nearest[stem] = min(nearest.get(stem, distance), distance)
    languages: dict[str, set[str | None]] = {}
    for stemmed in stems.values():
        for stem, langs in stemmed.items():
            languages.setdefault(stem, set()).update(langs)
    articles = reader.doc_count()  # of live articles, as the scorer's idf (ranking.NewsBM25F)
    typed_idf = max((bm25_idf(found, articles) for stem in exact if (found := live_doc_frequency(reader, BODY, stem))),
                    default=None)
    boosts = {}
    for stem, distance in nearest.items():
        share = 1.0 if not distance else max(0.1, 1 - distance / max(1, len(typed)))
        if distance and typed_idf is not None and (found := live_doc_frequency(reader, BODY, stem)):
            share *= min(1.0, typed_idf / bm25_idf(found, articles))
        boosts[stem] = (share, frozenset(languages.get(stem, {None})))
    return boosts


def _stems_by_language(words: list[str], languages: tuple[str | None, ...]) -> dict[str, dict[str, set[str | None]]]:
    """Each word's stems, as English (None) and each of ``languages`` stems it, with the languages giving each; a
    word written with a dot at its start its term in every language, as the index holds it (``dotwords``: ".net",
    not the "net" of "fishing net")."""
    stems: dict[str, dict[str, set[str | None]]] = {}
    for word in words:
        stemmed = stems.setdefault(word, {})
        if (term := dot_term(word)) is not None:
            stemmed[term] = {None}
            continue
        for lang in languages:
            for stem in searched_terms(word, lang=lang):
                stemmed.setdefault(stem, set()).add(lang)
    return stems


def _in_languages(term: wq.Term, languages: frozenset[str | None]) -> wq.Query:
    """``term`` in every article when it is English's stem, else only in articles in the languages that stem so:
    Hungarian stems "Hank" to "ha", and one Hungarian page had made bank~ find every Spanish "ha"."""
    from .languagequery import in_language  # it imports this module's map_terms

    return term if None in languages else in_language(term, sorted(lang for lang in languages if lang))
