"""Turn what a user typed into a Whoosh query; never fail on user text."""

from __future__ import annotations

from collections import Counter

from whoosh import query as wq

from . import config
from .addresses import check_bare_schemes, web_addresses
from .aliases import group_names, with_aliases
from .allinfields import all_in_fields
from .brackets import closed_field_groups, unbalanced_brackets_note
from .catalognames import catalogue_names
from .commonphrases import common_words_phrase, nothing_reason, shouted_common_words
from .dateranges import exclusive_dates, named_dates
from .decimalcommas import typed_decimals
from .errors import InvalidQuery, Worded, as_typed
from .exactforms import exact_form_queries, with_exact_forms, with_name_forms
from .exacttiers import MarkedWord
from .expansions import capped_fuzzy, map_terms, split_patterns
from .fieldchecks import check_doubled_fields, check_fields, check_options, fieldless_colons
from .fieldlists import HeldValue, bracketed_lists, field_lists, language_lists
from .filterclauses import id_addresses, quoted_id_patterns, required_filters
from .gendermarks import gender_marks
from .languagequery import with_language_stems
from .lazyrewrites import lazy_currency_amounts, lazy_slashed_words, lazy_typed_amounts
from .lucene import apostrophes_for_stray_quotes, capped_edits_note, lucene_forms
from .newsparser import make_parser, pattern_after_article
from .operators import (
    doubled_negations,
    lower_case_operators,
    single_operators,
    spaced_operators,
    unpaired_operators,
    unshout,
    web_operators,
)
from .parsedquery import ParsedQuery
from .pastedarticles import pasted_article
from .patternphrases import check_gaps
from .patterns import check_pattern_typos
from .proximity import proximity_operators
from .querychecks import (
    check_boost_product,
    check_boosts,
    check_dates,
    check_fuzzy,
    shorten,
)
from .querynormal import normalized
from .querytext import (
    bracketed_words,
    capitals_colon_names,
    case_versus,
    editorial_marks,
    field_names_lowered,
    fuzzy_words,
    listed_words,
    normalize,
    query_words,
    site_fields,
    text_values,
    typed_initialisms,
    unbalanced_quote,
)
from .querytree import (
    languages_as_stored,
    lift_negations,
    negations,
    only_excludes,
    weight_repeats,
)
from .schema import BODY, TITLE
from .singlequotes import phrases_double_quoted
from .tabtitles import tab_title
from .textanalysis import TEXT_ANALYZER, analyze
from .typedamounts import percentages, wire_amounts
from .typedpatterns import check_sign_patterns
from .typedwords import (
    acronym_stems,
    left_out_note,
    quoted_names,
    searched_stopwords,
    with_acronym_stems,
)
from .unreadproximity import check_proximity, check_unread_proximity
from .wordranges import check_word_ranges

MATCH_MODES = ("all", "any")


def parse_user_query(text: str, schema, match: str = "all", languages: tuple[str, ...] = (),  # type: ignore[no-untyped-def]
                     held: HeldValue | None = None) -> ParsedQuery:
    """Parse ``text`` with query syntax; fall back to its plain words when the syntax is broken. ``languages``: those
    the index stems articles in besides English (``patterns.index_languages``), whose stems its words are searched as
    too; ``held``: whether the index holds a value typed after a field (``fieldlists.field_lists``)."""
    if match not in MATCH_MODES:
        raise InvalidQuery(Worded(f'match must be "all" or "any", not {as_typed(match)}',
                                  f"unknown match mode {as_typed(match)}"), hint=Worded("", "use --match all or --match any"))
    typed = phrases_double_quoted(normalize(text))
    check_options(typed)  # before "--since" is read as a NOT ('a --since b': words)
    check_word_ranges(typed)  # police..gunmen, as typed: no range of words
    check_doubled_fields(typed)  # as typed: two fields' names before one value (title:author:smith, source: -titel:x)
    searched, ranked, tab_note = pasted_article(text, match)  # "By Jane Doe" atop an article: optional
    if tab_note is None:  # "… | RNZ News": the site's name optional (tabtitles.py)
        searched, site, tab_note = tab_title(text, match)
        ranked = f"{site} source:({site})" if site else None
    cleaned, notice = _rewritten(searched, match, held)
    cleaned, colons = fieldless_colons(cleaned)  # Re:ferry, pasted: its words (a typo, titel:, refused in _checked)
    notice = "; ".join(note for note in (notice, colons) if note) or None
    words = query_words(cleaned)
    cleaned, notice = _checked(cleaned, notice)
    if match == "all":  # "Take That", "The Who": a name of stop words alone is its phrase
        cleaned = quoted_names(cleaned)
    # keywords (--match all) search the stop-list words that are not grammar; a question (--match any) is as tuned
    keywords = text_values(cleaned)  # not the "to" of "date:{2020-06 to *]"
    shouted = shouted_common_words(cleaned)
    kept = searched_stopwords(keywords) if match == "all" and not shouted else frozenset()
    parsed, read = _parsed(cleaned, words, schema, match, kept, notice)
    # "to be or not to be" (-hamlet): the phrase of its words (besides its minus terms), else refused (or, with minus
    # terms alone, every article but theirs)
    # in capitals (NOT OR WE THEM -CLOSE) AND, OR and NOT are its words, whatever the parser made of them: read as
    # operators they had been no syntax, and the plain words' fallback had lost the minus (differential seed 573)
    if parsed is None or parsed is wq.NullQuery or only_excludes(parsed) or shouted:
        operators = lower_case_operators(cleaned)  # in the phrase "or" and "not" are its words: no note on them
        cleaned, said = common_words_phrase(cleaned) or (cleaned, None)
        parsed, read = _parsed(cleaned, words, schema, match, kept, notice) if said else (parsed, read)
        if parsed is None or parsed is wq.NullQuery:
            raise InvalidQuery(f"nothing to search for in {as_typed(shorten(text))}",
                               hint=nothing_reason(lucene_forms(normalize(text))))
        read = "; ".join(note for note in (read, said) if note and not (said and note == operators))
        keywords = text_values(cleaned)
    notice = read
    check_boost_product(parsed, text)
    query, exact = _completed(parsed, words, keywords, cleaned, languages)
    left_out = left_out_note(keywords, kept) if match == "all" else None
    if tab_note:  # a note on words left out, as the rest of the query's reading is unchanged
        query = _with_optional(query, ranked, schema)
        left_out = "; ".join(said for said in (tab_note, left_out) if said)
    return ParsedQuery(text=text, query=query, notice=notice, words=words, left_out=left_out, exact=exact)


def _with_optional(query: wq.Query, ranked: str | None, schema) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with the query ``ranked`` ranking its hits but not required: a pasted tab title's site's name
    (``tabtitles.tab_title``), in the title, the text or the source; a pasted article's byline and date line
    (``pastedarticles.pasted_article``)."""
    optional = _try_parse(ranked, schema, "any") if ranked else None
    return wq.AndMaybe(query, optional) if optional is not None else query


def _rewritten(text: str, match: str, held: HeldValue | None = None) -> tuple[str, str | None]:
    """``text`` rewritten for the parser (see querytext.py), and a notice on how; InvalidQuery when nothing is left."""
    # before ? * ~ are read as syntax; a date quoted with its month's name (date:"March 1987") before quotes are phrases
    # a phrase in single quotes in double ones first, so that no rewriter reads its words as syntax ('a -oil gas')
    phrased = all_in_fields(phrases_double_quoted(normalize(text)))  # allintitle: police gunmen, Google's
    check_bare_schemes(phrased)  # http:// alone: no address to find
    cleaned = gender_marks(web_addresses(id_addresses(quoted_id_patterns(named_dates(editorial_marks(case_versus(phrased)))))))
    cleaned, near = proximity_operators(cleaned)  # Nexis's "Blair w/5 Brown", before w/5 is split at its slash
    check_proximity(cleaned, text)  # one it could not read (beside a phrase) had found nothing
    check_unread_proximity(cleaned, text)  # w/s, Westlaw's /p: sentences and paragraphs, which are not indexed
    cleaned, closed = closed_field_groups(cleaned)  # source:(NZ Herald: before a list in it is read
    listed = field_lists(language_lists(bracketed_lists(percentages(wire_amounts(lazy_typed_amounts(typed_decimals(cleaned)))))), held)
    # CD:UK before capitals go
    cleaned, notice = unshout(capitals_colon_names(lazy_slashed_words(typed_initialisms(listed_words(listed)))))
    notice = notice or lower_case_operators(cleaned)
    # "ferry AND": the parser had dropped the AND, saying nothing; but in capitals among common words alone (TO BE OR)
    # AND, OR and NOT are words of their phrase (commonphrases.py)
    cleaned, unpaired = (cleaned, None) if shouted_common_words(cleaned) else unpaired_operators(cleaned)
    capped = capped_edits_note(cleaned)  # oil~9: before lucene_forms reads it as oil~2
    said = (notice, doubled_negations(cleaned), near, closed, unpaired, capped)
    notice = "; ".join(note for note in said if note) or None
    cleaned = catalogue_names(lucene_forms(field_names_lowered(cleaned)))
    if match == "any":  # a date or a language narrows the search, as it does under --match all
        cleaned = required_filters(cleaned)
    cleaned = site_fields(bracketed_words(exclusive_dates(cleaned)))
    if not cleaned:
        raise InvalidQuery("the query is empty", hint="type the words to search for")
    return cleaned, notice


def _checked(cleaned: str, notice: str | None) -> tuple[str, str | None]:
    """``cleaned`` with its syntax checked outside its phrases, in double quotes (those in single ones are by now:
    'oil~x gas' is a phrase, its ~ a word's end; InvalidQuery with the fix: querychecks.py), a stray quote read as an
    apostrophe and an unbalanced quote closed or dropped (``notice`` then says so, and of a bracket the parser passes over)."""
    check_dates(cleaned)
    check_boosts(cleaned)
    check_pattern_typos(cleaned)  # first: co*~2^3 is a pattern with a ~, whatever follows
    check_sign_patterns(cleaned)
    check_fuzzy(cleaned)
    check_fields(cleaned)
    if cleaned.count('"') % 2:
        cleaned = apostrophes_for_stray_quotes(cleaned)
        if cleaned.count('"') % 2:
            cleaned, notice = unbalanced_quote(cleaned)
        cleaned = phrases_double_quoted(cleaned)  # again: a phrase in single quotes after the quote left over
    if said := unbalanced_brackets_note(cleaned):  # the parser passes over them, as it does over a quote dropped
        notice = f"{notice}; {said}" if notice else said
    check_gaps(cleaned)
    return cleaned, notice


def _parsed(cleaned: str, words: list[str], schema, match: str, kept: frozenset[str],  # type: ignore[no-untyped-def]
            notice: str | None) -> tuple[wq.Query | None, str | None]:
    """The query tree of ``cleaned``, or of its plain ``words`` when its syntax cannot be read (``notice`` then says
    so); None or NullQuery when it has nothing to search for."""
    parsed = _try_parse(group_names(_operators(cleaned, keep_plus=match == "any")), schema, match, kept)
    if parsed is None and match == "any":  # a plus inside brackets, "(a OR +b) c", is not read: as a word
        parsed = _try_parse(group_names(_operators(cleaned)), schema, match)
    if parsed is None:
        parsed = plain_words_query(words, match, kept)
        notice = "the query syntax could not be read, so its words were searched for"
    if parsed is not None and parsed is not wq.NullQuery:
        parsed = languages_as_stored(capped_fuzzy(split_patterns(parsed)))
        if normalized(parsed) is wq.NullQuery:  # "-?": a NOT of a question mark negates nothing (it had found all)
            parsed = wq.NullQuery
    return parsed, notice


def _operators(cleaned: str, keep_plus: bool = False) -> str:
    """``cleaned`` with its operators as the parser reads them: web-style signs as NOT (a plus kept, ``keep_plus``),
    an operator touching a bracket spaced from it, one typed twice once (operators.py)."""
    return single_operators(spaced_operators(web_operators(cleaned, keep_plus=keep_plus)))


def _completed(parsed: wq.Query, words: list[str], keywords: str, cleaned: str,
               languages: tuple[str, ...]) -> tuple[wq.Query, list[MarkedWord]]:
    """``parsed`` as searched: negations alone as every article but those, repeated words weighted, negations lifted,
    and its words' other forms (aliases, the spelling typed, a pattern after an elided article, acronyms, other
    languages' stems) added; and the exact spellings of its words typed with marks (``exact_form_queries``)."""
    if only_excludes(parsed):  # "-auckland", "-date:[* TO *]": every article but those, as Elasticsearch reads it
        parsed = wq.And([wq.Every(), *negations(parsed)])  # without any of them, under --match any too
    terms = [term for word in words for term in analyze(word)]  # made once: for repeated words and aliases alike
    parsed = lift_negations(weight_repeats(parsed, Counter(terms)))
    spelled = words + fuzzy_words(cleaned)  # café~ ranks café above cafe, as café does
    query = with_aliases(parsed, words, terms)
    exact, tiers = exact_form_queries(query, spelled, languages)
    query = with_name_forms(with_exact_forms(query, exact), cleaned)
    query = map_terms(query, pattern_after_article)  # l'univ*: univ* too
    query = with_language_stems(with_acronym_stems(query, acronym_stems(keywords)), words, languages)
    return lazy_currency_amounts(query, cleaned), tiers  # $50m: 50 mln dlrs first; 2.5 million: 2,500,000 too


def _try_parse(text: str, schema, match: str, kept: frozenset[str] = frozenset()) -> wq.Query | None:  # type: ignore[no-untyped-def]
    """Parse with full syntax (the stop-list words of ``kept`` searched); None when the parser fails or produces
    nothing usable."""
    try:
        # negations lifted before the tree is flattened: "(storm -school) OR voting" under --match any had become
        # "(storm OR voting) AND NOT school", its group's NOT spread over the whole query
        # normalized, not .normalize(): Whoosh's dedup of a long query's words was quadratic (querynormal.py)
        parsed = normalized(lift_negations(make_parser(schema, match, kept).parse(text, normalize=False)))
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
