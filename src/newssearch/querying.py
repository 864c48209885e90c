"""Turn what a user typed into a Whoosh query; never fail on user text."""

from __future__ import annotations

import re
from collections import Counter
from copy import copy

from whoosh import qparser
from whoosh import query as wq

from . import config
from .aliases import group_names, with_aliases
from .documents.languages import language_code
from .errors import InvalidQuery, as_typed
from .expansions import map_terms, split_patterns
from .filterclauses import required_filters
from .languagequery import in_language, with_language_stems
from .lucene import FIELD_TERM, apostrophes_for_stray_quotes, field_named, lucene_forms
from .parsedquery import ParsedQuery
from .patterns import WordPattern, check_pattern_typos, written_pattern
from .phrases import NewsPhrase, StopwordPhrasePlugin, check_gaps, phrase_of
from .querychecks import check_boosts, check_dates, check_fields, check_fuzzy, shorten
from .querytext import (
    SYNTAX_WORDS,
    bracketed_words,
    capitals_colon_names,
    exclusive_dates,
    field_names_lowered,
    listed_words,
    lower_case_operators,
    normalize,
    percentages,
    query_words,
    single_operators,
    site_fields,
    text_values,
    unshout,
    web_operators,
)
from .schema import BODY, FIELD_ALIASES, LANG, NAME_FIELDS, SEARCH_FIELDS, TITLE
from .textanalysis import (
    NAME_ANALYZER,
    TEXT_ANALYZER,
    TOKEN_RE,
    analyze,
    fold,
    has_unspaced,
    hyphen_links,
    plain_word,
    solid_words,
)
from .typedwords import (
    acronym_stems,
    left_out_note,
    searched_stopwords,
    with_acronym_stems,
)

MATCH_MODES = ("all", "any")


class NewsParser(qparser.QueryParser):
    """Whoosh's query parser, reading a typed word that analyses to several terms as a phrase.

    "F-16", "U-turn", "9/11" or "nzherald.co.nz" are one thing, not words to find anywhere in an article.
    A run of Chinese or Thai (its pairs of letters) keeps the query's AND or OR: a sentence typed
    without spaces is many words, not one phrase.
    """

    kept: frozenset[str] = frozenset()  # stop-list words, as typed, searched like any word (searched_stopwords)

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):  # type: ignore[no-untyped-def]
        """A pattern or fuzzy word as typed (lower case, folded); a word of several terms as their phrase; a
        stop-list word of ``kept`` as any word."""
        if text in self.kept or text.rstrip(".") in self.kept:  # "No. 10" as "No 10": the word is kept, not its dot
            removestops = False
        if termclass in (wq.Wildcard, wq.Prefix) and fieldname in SEARCH_FIELDS:
            pattern = text + "*" if termclass is wq.Prefix else text  # Whoosh gives "polic*" as Prefix "polic"
            return WordPattern(fieldname, written_pattern(pattern), boost=boost)  # not stemmed: "*ies" is not "*ie"
        if termclass is wq.FuzzyTerm and fieldname in SEARCH_FIELDS:  # matched against words as written (expand_fuzzy)
            return wq.FuzzyTerm(fieldname, written_pattern(text), boost=boost)
        field = self.schema[fieldname] if self.schema and fieldname in self.schema else None
        if (termclass is wq.Term and tokenize and field is not None and field.analyzer and not field.self_parsing()
                and field.multitoken_query == "default" and not has_unspaced(text)):
            phrase = phrase_of(fieldname, field.tokenize(text, mode="query", removestops=False), boost=boost)
            if len(phrase.words) > 1:  # "AT&T", "F-16": every word, stopwords too, as the index holds them
                solid = written_solid(text) if fieldname in SEARCH_FIELDS else None
                return wq.DisjunctionMax([phrase, wq.Term(fieldname, solid, boost=boost)]) if solid else phrase
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)

    def multitoken_query(self, spec, texts, fieldname, termclass, boost):  # type: ignore[no-untyped-def]
        if spec == "default" and not any(has_unspaced(text) for text in texts):
            spec = "phrase"
        return super().multitoken_query(spec, texts, fieldname, termclass, boost)


def written_solid(word: str) -> str | None:
    """The term of a hyphenated word written solid (``e-mail``: "email"), or None for another word.

    The index holds every hyphenated word solid too (``textanalysis.solid_words``), so ``email`` finds
    "e-mail"; a query for ``e-mail`` finds "email" with this term beside its phrase.
    """
    spans = [match.span() for match in TOKEN_RE.finditer(word)]
    links = hyphen_links(word, spans)
    if len(links) != len(spans) - 1 or not links:
        return None
    solid = solid_words([plain_word(word[start:end]) for start, end in spans], links)
    terms = analyze(solid[0][1]) if 0 in solid else []
    return terms[0] if len(terms) == 1 else None


# Whoosh's own "(?P<text>\w+|[*]):" is tried at every letter of a word and reads on to its end: a
# 10,000-letter word took over a second. A field name starts a word.
_FIELD_NAME_EXPR = r"(?<![\w*])(?P<text>\w+|[*]):"
# A range's "to" is a word of its own (Whoosh's took the "to" of "[Tony]" or "[Wellington]"): only date ranges reach
# the parser (querytext.bracketed_words), and a bracket inside another ("[(Toronto)]") is no range.
_RANGE_EXPR = re.compile(r"(?P<open>[\[{])\s*(?:(?P<start>[^\]}]*?)\s+)?[Tt][Oo](?:\s+(?P<end>[^\]}]*?))?\s*(?P<close>[\]}])")
_LEADING_PLUS = r"(?:(?<=\s)|(?<=^)|(?<=\())\+(?=[\w\"(*?])"  # a plus that starts a word: not the ones of C++


class AnyGroup(qparser.syntax.GroupNode):
    """The words of a --match any query or of a group in brackets, any of them: an OR of them that a typed OR after it
    does not merge into (Whoosh's own OrGroup does), so that a group keeps its NOT to itself: "(storm -school) OR
    voting" is not "(storm OR voting) AND NOT school"."""

    qclass = wq.Or


def make_parser(schema, match: str = "all", kept: frozenset[str] = frozenset()) -> qparser.QueryParser:  # type: ignore[no-untyped-def]
    """The query parser: title and body (title boosted), field aliases, fuzzy and +/- terms; the stop-list words
    of ``kept`` (as typed) are searched."""
    # No coordination bonus for --match any: Whoosh's (OrGroup.factory) lowers TIME 1-41 MAP 0.760 -> 0.748.
    group = qparser.AndGroup if match == "all" else AnyGroup
    parser = NewsParser(None, schema, group=group)
    parser.kept = kept
    parser.remove_plugin_class(qparser.PhrasePlugin)
    parser.add_plugin(StopwordPhrasePlugin())
    parser.phraseclass = NewsPhrase
    parser.add_plugin(qparser.MultifieldPlugin(list(SEARCH_FIELDS), fieldboosts={TITLE: config.TITLE_BOOST, BODY: 1.0}))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.replace_plugin(qparser.FieldsPlugin(expr=_FIELD_NAME_EXPR))
    parser.replace_plugin(qparser.RangePlugin(expr=_RANGE_EXPR))
    if match == "any":  # "+word" is required among optional words, as in Lucene
        parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=_LEADING_PLUS, minusexpr="(?!)"))  # "-" is NOT already
    return parser


def parse_user_query(text: str, schema, match: str = "all", languages: tuple[str, ...] = ()) -> ParsedQuery:  # type: ignore[no-untyped-def]
    """Parse ``text`` with query syntax; fall back to its plain words when the syntax is broken. ``languages``: those
    the index stems articles in besides English (``patterns.index_languages``), whose stems its words are searched as
    too."""
    if match not in MATCH_MODES:
        raise InvalidQuery(f"unknown match mode {as_typed(match)}", hint="use --match all or --match any")
    cleaned, notice = unshout(capitals_colon_names(listed_words(percentages(normalize(text)))))  # CD:UK before capitals go
    notice = notice or lower_case_operators(cleaned)
    cleaned = lucene_forms(field_names_lowered(cleaned))
    if match == "any":  # a date or a language narrows the search, as it does under --match all
        cleaned = required_filters(cleaned)
    cleaned = site_fields(bracketed_words(exclusive_dates(cleaned)))
    if not cleaned:
        raise InvalidQuery("the query is empty", hint="type the words to search for")
    words = query_words(cleaned)
    check_dates(cleaned)
    check_boosts(cleaned)
    check_pattern_typos(cleaned)  # first: co*~2^3 is a pattern with a ~, whatever follows
    check_fuzzy(cleaned)
    check_fields(cleaned)
    cleaned = apostrophes_for_stray_quotes(cleaned)
    if cleaned.count('"') % 2:
        cleaned = _QUOTE_AFTER_FIELD.sub("", cleaned).replace('"', " ")  # title:"budget is title:budget
        notice = "an unbalanced quote was ignored"
    check_gaps(cleaned)
    # keywords (--match all) search the stop-list words that are not grammar; a question (--match any) is as tuned
    keywords = text_values(cleaned)  # not the "to" of "date:{2020-06 to *]"
    kept = searched_stopwords(keywords) if match == "all" else frozenset()
    parsed = _try_parse(group_names(single_operators(web_operators(cleaned, keep_plus=match == "any"))), schema, match,
                        kept)
    if parsed is None and match == "any":  # a plus inside brackets, "(a OR +b) c", is not read: as a word
        parsed = _try_parse(group_names(single_operators(web_operators(cleaned))), schema, match)
    if parsed is None:
        parsed = plain_words_query(words, match, kept)
        notice = "the query syntax could not be read, so its words were searched for"
    if parsed is not None and parsed is not wq.NullQuery:
        parsed = languages_as_stored(split_patterns(parsed))
    if parsed is None or parsed is wq.NullQuery:
        typed = TOKEN_RE.findall(cleaned)
        if typed and all(word in SYNTAX_WORDS for word in typed):
            reason = "it holds only operators (AND, OR, NOT): add the words to search for"
        elif typed:
            reason = "very common words (the, of, and) are found only in a phrase: add a more specific word, or quote them"
        else:
            reason = "only letters and digits are indexed, not symbols or emoji"
        raise InvalidQuery(f"nothing to search for in {as_typed(shorten(text))}", hint=reason)
    if only_excludes(parsed):  # "-auckland", "-date:[* TO *]": every article but those, as Elasticsearch reads it
        parsed = wq.And([wq.Every(), *negations(parsed)])  # without any of them, under --match any too
    parsed = lift_negations(weight_repeats(parsed, Counter(term for word in words for term in analyze(word))))
    query = _with_name_forms(_with_exact_forms(with_aliases(parsed, words), words, languages), cleaned)
    query = with_language_stems(with_acronym_stems(query, acronym_stems(keywords)), words, languages)
    left_out = left_out_note(keywords, kept) if match == "all" else None
    return ParsedQuery(text=text, query=query, notice=notice, words=words, left_out=left_out)


_QUOTE_AFTER_FIELD = re.compile(r'(?<=\w:)"')


def lift_negations(query: wq.Query) -> wq.Query:
    """``a OR b OR NOT c`` as ``(a OR b) AND NOT c``: what ``-c`` means under ``--match any`` too.

    Read literally, an OR with a NOT matches every article without ``c``, ranked by the word left out.
    """
    if query.is_leaf():
        return query
    query = query.apply(lift_negations)
    if isinstance(query, wq.AndNot):  # typed ANDNOT: the same matcher trouble (see below)
        return wq.And([query.a, wq.Not(query.b)], boost=query.boost)
    if isinstance(query, wq.AndMaybe):  # "+brown blair -iraq", "+budget -deficit": the NOT is not optional
        others = list(query.b.children()) if isinstance(query.b, (wq.And, wq.Or)) else [query.b]
        negated = [child for child in others if isinstance(child, wq.Not)]
        optional = [child for child in others if not isinstance(child, wq.Not)]
        if negated:
            if not optional:
                return wq.And([query.a, *negated])
            maybe = wq.AndMaybe(query.a, wq.Or(optional) if len(optional) > 1 else optional[0])
            return wq.And([maybe, *negated])
    if not isinstance(query, wq.Or):
        return query
    children = list(query.children())
    negated = [child.query for child in children if isinstance(child, wq.Not)]
    wanted = [child for child in children if not isinstance(child, wq.Not)]
    if not negated or not wanted:
        return query
    kept = wq.Or(wanted, boost=query.boost) if len(wanted) > 1 else wanted[0]
    # And with a Not, not AndNot: Whoosh's AndNot matcher lets the first hit of a segment through unchecked.
    return wq.And([kept, wq.Not(wq.Or(negated) if len(negated) > 1 else negated[0])])


def _try_parse(text: str, schema, match: str, kept: frozenset[str] = frozenset()) -> wq.Query | None:  # type: ignore[no-untyped-def]
    """Parse with full syntax (the stop-list words of ``kept`` searched); None when the parser fails or produces
    nothing usable."""
    try:
        # negations lifted before the tree is flattened: "(storm -school) OR voting" under --match any had become
        # "(storm OR voting) AND NOT school", its group's NOT spread over the whole query
        parsed = lift_negations(make_parser(schema, match, kept).parse(text, normalize=False)).normalize()
    except Exception:  # noqa: BLE001 - the parser raises many types on odd input
        return None
    if parsed is wq.NullQuery or _has_error(parsed):
        return None
    return parsed


def _has_error(query: wq.Query) -> bool:
    """True when the parser left an error node in the tree."""
    if isinstance(query, wq.qcore._NullQuery):
        return False
    if type(query).__name__ == "ErrorQuery":
        return True
    return any(_has_error(child) for child in query.children())


def plain_words_query(words: list[str], match: str, kept: frozenset[str] = frozenset()) -> wq.Query | None:
    """Every word as a term over title and body, joined by AND (match all) or OR (match any); the stop-list
    words of ``kept`` too."""
    clauses = []
    for word in words:
        terms = [t.text for t in TEXT_ANALYZER(word, mode="query", removestops=word not in kept)]
        for term in terms:
            clauses.append(wq.Or([wq.Term(TITLE, term, boost=config.TITLE_BOOST), wq.Term(BODY, term)]))
    if not clauses:
        return None
    return wq.And(clauses) if match == "all" else wq.Or(clauses)


def only_excludes(query: wq.Query) -> bool:
    """True for a query of negations alone ("-police", "NOT a NOT b"): it has nothing to find."""
    if isinstance(query, wq.Not):
        return True
    if isinstance(query, (wq.And, wq.Or)):
        children = list(query.children())
        return bool(children) and all(only_excludes(child) for child in children)
    return False


def negations(query: wq.Query) -> list[wq.Query]:
    """The Not parts of a query of negations alone (``only_excludes``), however they were joined: ``-oil -gas``
    under --match any is an OR of them, yet means neither word (Elasticsearch's must_not clauses)."""
    if isinstance(query, wq.Not):
        return [query]
    return [part for child in query.children() for part in negations(child)]


def languages_as_stored(query: wq.Query) -> wq.Query:
    """``lang:`` values as the index holds them (``documents.languages.language_code``): ``lang:pt-BR``,
    ``lang:"PT"`` and ``lang:pt`` all find every Portuguese article; a pattern (``lang:P*``) in lower case."""
    def stored(leaf: wq.Query) -> wq.Query:
        if getattr(leaf, "fieldname", None) != LANG or not isinstance(getattr(leaf, "text", None), str):
            return leaf
        text = str(leaf.text)
        code = language_code(text) if type(leaf) is wq.Term else None
        leaf = copy(leaf)
        leaf.text = code or text.lower()
        return leaf

    return map_terms(query, stored)


def weight_repeats(query: wq.Query, counts: Counter[str]) -> wq.Query:
    """Weight a word typed twice as twice as important: the parser keeps a repeated term only once.

    Long natural-language queries repeat their key words ("NUMBER OF TROOPS ... AS COMPARED WITH THE
    NUMBER OF TROOPS ..."); BM25 counts query-term frequency, so the repetition is kept as a boost.
    """
    def weighted(leaf: wq.Query) -> wq.Query:
        if isinstance(leaf, wq.Term) and leaf.fieldname in SEARCH_FIELDS and counts.get(str(leaf.text), 1) > 1:
            leaf = leaf.copy()
            leaf.boost *= counts[str(leaf.text)]
        return leaf

    return map_terms(query, weighted, skip=(wq.Not,))


def _with_name_forms(query: wq.Query, text: str) -> wq.Query:
    """``author:`` and ``source:`` words typed with marks, as title and body words are: the spelling typed ranks
    first (``author:García`` above "Garcia", whose shorter field had outranked it), and an umlaut finds its
    written-out spelling (``author:Müller`` finds "Mueller", as ``author:Mueller`` finds "Müller")."""
    exact: list[wq.Query] = []
    written_out: dict[tuple[str, str], str] = {}
    for match in FIELD_TERM.finditer(text):
        field, value = field_named(match.group(1)), match.group(2).strip('"')
        if field not in NAME_FIELDS or value.isascii():
            continue
        spellings = _name_spellings(value)
        typed = [forms[1] if len(forms) > 1 else forms[0] for forms in spellings]
        if not typed:
            continue  # no word in it ("author:\x80"): nothing to rank first
        exact.append(wq.Term(field, typed[0], boost=config.NAME_EXACT_FORM_BOOST) if len(typed) == 1
                     else wq.Phrase(field, typed, boost=config.NAME_EXACT_FORM_BOOST))
        written_out.update(((field, forms[0]), forms[2]) for forms in spellings if len(forms) > 2)

    def spelled(leaf: wq.Query) -> wq.Query:
        other = written_out.get((leaf.fieldname, str(leaf.text))) if isinstance(leaf, wq.Term) else None
        if other is None:
            return leaf
        return wq.DisjunctionMax([leaf, wq.Term(leaf.fieldname, other, boost=leaf.boost * config.OTHER_SPELLING_BOOST)])

    query = map_terms(query, spelled) if written_out else query
    return wq.AndMaybe(query, wq.Or(exact)) if exact else query


def _name_spellings(value: str) -> list[list[str]]:
    """The spellings a name field indexes of each word of ``value``: folded first, then as written, then
    written out (``Müller`` -> ``[["muller", "müller", "mueller"]]``)."""
    places: dict[int, list[str]] = {}
    for token in NAME_ANALYZER(value, mode="index", positions=True):
        places.setdefault(token.pos, []).append(token.text)
    return list(places.values())


def _with_exact_forms(query: wq.Query, words: list[str], languages: tuple[str, ...] = ()) -> wq.Query:
    """Rank documents that spell a word exactly as typed (with its diacritics) above folded matches; as stemmed in
    English and, in articles in each of ``languages``, as stemmed there (Snowball German stems "Müller" as "Mueller":
    no exact form there)."""
    exact: list[wq.Query] = []
    for word in words:
        if word.isascii():
            continue
        english = analyze(word, TEXT_ANALYZER, mode="index")
        exact.extend(query for term in english for query in _exact_terms(term))
        others: dict[str, list[str]] = {}  # another language's exact forms, each with the languages that stem so
        for lang in languages:
            for term in dict.fromkeys(analyze(word, TEXT_ANALYZER, mode="index", lang=lang)):
                if term not in english:
                    others.setdefault(term, []).append(lang)
        exact.extend(in_language(query, langs) for term, langs in others.items() for query in _exact_terms(term))
    return wq.AndMaybe(query, wq.Or(exact)) if exact else query


def _exact_terms(term: str) -> list[wq.Query]:
    """The title and body terms of an exact spelling, boosted; none for a term with nothing to fold (a CJK letter or
    pair, a plain ASCII word)."""
    if fold(term) == term:
        return []
    return [wq.Term(f, term, boost=config.EXACT_FORM_BOOST) for f in SEARCH_FIELDS]
