"""A user's query made to one index's words: its fuzzy words, patterns and other spellings as the words the index
holds, and under --match any a long query cut to its rarest words."""

from __future__ import annotations

import re

from whoosh import query as wq

from . import config
from .dottedacronyms import with_dotted_acronyms
from .exactforms import capped_name_spellings
from .expansions import cut_patterns_notice, expand_fuzzy, expand_patterns, expand_sequence_patterns
from .fieldlists import HeldValue
from .folding import fold
from .functionterms import without_function_words
from .initialruns import with_initial_runs
from .liveranks import ranked_by_live_count
from .longvowels import long_vowel_spellings
from .lucene import field_named
from .notices import noted
from .parsedquery import ParsedQuery
from .patterncaps import capped_patterns_notice
from .patternphrases import address_words
from .patterns import Lexicons, listed_languages
from .phrases import NewsPhrase
from .publisherkeys import Home, Hosted, article_home, article_sources, same_publisher
from .querying import parse_user_query
from .querytree import holds_leaf
from .schema import AUTHOR, ID, SEARCH_FIELDS, SOURCE, SOURCE_FACET, URL
from .sectioncodes import with_coded_sections
from .textanalysis import NAME_ANALYZER


def parse_for_index(text: str, match: str, searcher, lexicons: Lexicons,  # type: ignore[no-untyped-def]
                    languages: tuple[str, ...], listed: tuple[str, ...] | None = None) -> ParsedQuery:
    """Parse user text, with fuzzy terms matched against the words of the index ``searcher`` reads (``lexicons``: its
    word lists; ``languages``: those it stems articles in besides English; ``listed``: its languages whose function
    words are listed, ``patterns.listed_languages``, read here when not given)."""
    reader = searcher.reader()
    parsed = parse_user_query(text, searcher.schema, match, languages, held_values(reader))
    # "die" and "la" count for nothing in German and French articles: their function words, as typed. Before the
    # expansions, whose words are none typed: les~ finds a Spanish "los", which "les~ OR los" had lost
    if listed is None:
        listed = listed_languages(reader)
    parsed.query = without_function_words(parsed.query, parsed.words, listed, match)
    parsed.query = expand_fuzzy(parsed.query, reader, lexicons)
    capped: dict[str, int] = {}
    parsed.query = expand_patterns(parsed.query, reader, lexicons, languages, capped)
    cut: dict[str, int] = {}
    parsed.query = expand_sequence_patterns(parsed.query, reader, cut)
    for typed in cut.keys() & capped.keys():  # in quotes: its 50 of all the words it matches, not of the 5,000 kept
        cut[typed] = max(cut[typed], capped.pop(typed))
    if said := capped_patterns_notice(capped):  # w*: 200,722 words, had taken 31 s
        parsed.notice = noted(parsed.notice, said)
    if said := cut_patterns_notice(cut):  # "von Tra*" found nothing, silently: "Tragwerken" not among the 50
        parsed.notice = noted(parsed.notice, said)
    parsed.query = long_vowel_spellings(parsed.query, parsed.words, reader)
    parsed.query = capped_name_spellings(parsed.query, parsed.text, reader)  # author:Müller: Mueller never first
    parsed.query = with_dotted_acronyms(parsed.query, parsed.words, reader)  # aids: "A.I.D.S." too
    parsed.query = with_initial_runs(parsed.query, parsed.text)  # J. K. Rowling: "JK Rowling" too
    parsed.query = _with_author_initials(parsed.query, parsed.text, reader)  # author:"M. Neitz": "Meike Neitz" too
    parsed.query = with_publisher_spellings(parsed.query, reader, lexicons)  # site:vox.com: "Vox" too
    parsed.query = with_coded_sections(parsed.query, reader)  # section:earn: "Earnings and Earnings Forecasts"
    if match == "any":
        parsed.query, dropped = rarest_words(parsed.query, reader, config.MAX_ANY_WORDS)
        if dropped:
            said = (f"a long query: its {config.MAX_ANY_WORDS} rarest words were searched, "
                    f"not the {dropped} commoner ones")
            parsed.notice = noted(parsed.notice, said)
    return parsed


def held_values(reader) -> HeldValue:  # type: ignore[no-untyped-def]
    """Whether the index ``reader`` reads holds a value typed after a metadata field (``fieldlists.field_lists``): an
    id, or the start of an id's pattern; every word of a name or an address, or a term a pattern matches (after
    ``site:``, of either)."""
    def held(name: str, value: str) -> bool:
        field = field_named(name)
        if field == ID:
            start = re.split(r"[*?]", value, maxsplit=1)[0]
            return (ID, value) in reader if start == value else next(iter(reader.expand_prefix(ID, start)), None) is not None
        fields = (SOURCE, URL) if name == "site" else (field,)
        if "*" in value or "?" in value:  # analysed, "stuf*" had been the word "stuf", held by no source
            return any(_pattern_held(reader, each, value) for each in fields)
        return any(_words_held(reader, each, value) for each in fields)

    return held


def _pattern_held(reader, field: str, pattern: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a term of ``field`` matches ``pattern`` in lower case, as the parser reads a pattern; a bare ``*`` is
    no value."""
    if field not in reader.schema or not pattern.strip("*?"):
        return False
    words = address_words(pattern)
    if len(words) > 1:  # site:stuff.co*: "stuff" and a word "co*" matches, as the parser reads it (address_pattern)
        return all(_pattern_held(reader, field, word) if "*" in word or "?" in word else _words_held(reader, field, word)
                   for word in words)
    return next(iter(wq.Wildcard(field, pattern.lower())._btexts(reader)), None) is not None


def _words_held(reader, field: str, value: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether each word of ``value``, as ``field`` reads it (in one of the forms it indexes), is a term of it."""
    if field not in reader.schema or not reader.schema[field].analyzer:
        return False
    places: dict[int, list[str]] = {}
    for token in reader.schema[field].analyzer(value, mode="query", positions=True):
        places.setdefault(token.pos, []).append(token.text)
    return bool(places) and all(any((field, form) in reader for form in forms) for forms in places.values())


def with_publisher_spellings(query: wq.Query, reader, lexicons: Lexicons) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with each ``source:`` term or phrase also finding the other spellings of its publisher the index
    holds (``publisherkeys.same_publisher``): ``site:vox.com`` the articles of "Vox", ``source:"the hill"`` those
    of "thehill.com"."""
    if SOURCE_FACET not in reader.schema or not _has_source(query):
        return query
    values = [term.decode("utf-8") for term in lexicons.term_set(SOURCE_FACET)]  # read once per open index
    return _with_spellings(query, values, article_home(reader), article_sources(reader))


def _has_source(query: wq.Query) -> bool:
    """Whether ``query`` has a ``source:`` term or phrase (``site:`` is one)."""
    return holds_leaf(query, lambda leaf: getattr(leaf, "fieldname", None) == SOURCE)


def _with_spellings(query: wq.Query, values: list[str], home: Home, hosted: Hosted) -> wq.Query:
    """``query`` with each source term or phrase as the best of it and the source values of its publisher."""
    typed = ([str(query.text)] if isinstance(query, wq.Term) else [str(word) for word in query.words]
             if isinstance(query, wq.Phrase) else None)
    if typed is not None and query.fieldname == SOURCE:
        found = [value for value in same_publisher(typed, values, home, hosted) if not _spelt(typed, value)]
        if not found:
            return query
        return wq.DisjunctionMax([query, *(wq.Term(SOURCE_FACET, value, boost=query.boost) for value in found)])
    if query.is_leaf():
        return query
    return query.apply(lambda child: _with_spellings(child, values, home, hosted))


def _spelt(typed: list[str], value: str) -> bool:
    """Whether the typed words find ``value`` as they are (its words, in order, in any of the forms the source field
    indexes: "Público" and "Publico" by ``publico`` and ``público``): a spelling the term or phrase finds needs no
    term of its own, which had outranked the spelling typed."""
    places: dict[int, set[str]] = {}
    for token in NAME_ANALYZER(value, mode="index", positions=True):
        if not getattr(token, "solid", False):  # a name written solid (textanalysis.NameTokenizer) is no word of it
            places.setdefault(token.pos, set()).add(token.text)
    forms = [places[place] for place in sorted(places)]
    return any(all(fold(word) in forms[start + n] for n, word in enumerate(typed))
               for start in range(len(forms) - len(typed) + 1))


def rarest_words(query: wq.Query, reader, limit: int) -> tuple[wq.Query, int]:  # type: ignore[no-untyped-def]
    """An OR of more than ``limit`` words with only its ``limit`` rarest, and how many it lost.

    A pasted paragraph under ``--match any`` is an OR of every word in it: each common word matches most
    articles, and 70 of them took 11 s on Reuters; its rarest words decide the ranking anyway, as Lucene's
    more-like-this keeps 25. Anything but a plain word (a phrase, a pattern), and a word no live article has
    (it costs nothing), is always kept. Rarity is counted in titles and bodies, of live articles only: a word
    that only versions an update deleted held had taken a place, and found nothing.
    """
    if not isinstance(query, wq.Or):
        return query, 0
    words = {str(child.text) for child in query.subqueries if isinstance(child, wq.Term)}
    if len(words) <= limit:
        return query, 0
    rarest, unheld = ranked_by_live_count(reader, SEARCH_FIELDS, words, limit)
    dropped = words - unheld - set(rarest)  # a word no live article has costs nothing and is kept
    if not dropped:
        return query, 0
    children = [child for child in query.subqueries if not isinstance(child, wq.Term) or str(child.text) not in dropped]
    return wq.Or(children, boost=query.boost), len(dropped)


def _with_author_initials(query: wq.Query, text: str, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """authorinitials.with_author_initials, its modules (initials, middle names: about 4 ms) imported only for a query
    holding an ``author:`` phrase (or a sequence of its words: a pattern in its quotes)."""
    if not _has_author_phrase(query):
        return query
    from .authorinitials import with_author_initials

    return with_author_initials(query, text, reader)


def _has_author_phrase(query: wq.Query) -> bool:
    """Whether ``query`` holds an ``author:`` phrase, or a sequence of its words (``author:"Sarah Need*"``)."""
    if isinstance(query, NewsPhrase):
        return query.fieldname == AUTHOR
    if isinstance(query, wq.Sequence):
        return all(getattr(leaf, "fieldname", None) == AUTHOR for leaf in query.leaves())
    return any(_has_author_phrase(child) for child in query.children())
