"""A word typed with its marks ranks that spelling first: in titles and bodies (in each language the index stems),
and in ``author:`` and ``source:`` names, where an umlaut also finds its written-out spelling."""

from __future__ import annotations

from whoosh import query as wq

from . import config
from .exacttiers import MarkedWord
from .expansions import map_terms
from .folding import fold
from .languagequery import in_language
from .longvowels import idf_share
from .lucene import FIELD_TERM, field_named
from .schema import NAME_FIELDS, SEARCH_FIELDS
from .textanalysis import NAME_ANALYZER, TEXT_ANALYZER, analyze


def with_name_forms(query: wq.Query, text: str) -> wq.Query:
    """``author:`` and ``source:`` words typed with marks, as title and body words are: the spelling typed ranks
    first (``author:García`` above "Garcia", whose shorter field had outranked it), and an umlaut finds its
    written-out spelling (``author:Müller`` finds "Mueller", as ``author:Mueller`` finds "Müller")."""
    exact: list[wq.Query] = []
    written_out: dict[tuple[str, str], str] = {}
    for field, spellings in _marked_names(text):
        typed = [forms[1] if len(forms) > 1 else forms[0] for forms in spellings]
        if not typed:
            continue  # no word in it ("author:\x80"): nothing to rank first
        exact.append(wq.Term(field, typed[0], boost=config.NAME_EXACT_FORM_BOOST) if len(typed) == 1
                     else wq.Phrase(field, typed, boost=config.NAME_EXACT_FORM_BOOST))
        written_out.update(_written_out(field, spellings))

    def spelled(leaf: wq.Query) -> wq.Query:
        other = written_out.get((leaf.fieldname, str(leaf.text))) if isinstance(leaf, wq.Term) else None
        if other is None:
            return leaf
        return wq.DisjunctionMax([leaf, wq.Term(leaf.fieldname, other, boost=leaf.boost * config.OTHER_SPELLING_BOOST)])

    query = map_terms(query, spelled) if written_out else query
    return wq.AndMaybe(query, wq.Or(exact)) if exact else query


def capped_name_spellings(query: wq.Query, text: str, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` (``with_name_forms``' of ``text``) with each name's written-out spelling weighed by its idf share
    (``longvowels.idf_share``), as a plain word's other spelling is: it never outscores the spelling typed.
    ``author:Müller`` had ranked a Mueller byline above every Muller one where few bylines write "Mueller" (its
    rarer term's idf over twice the typed one's, OTHER_SPELLING_BOOST's half notwithstanding)."""
    written_out = {key: other for field, spellings in _marked_names(text)
                   for key, other in _written_out(field, spellings).items()}
    if not written_out:
        return query

    def capped(node: wq.Query) -> wq.Query:
        if node.is_leaf():
            return node
        parts = list(node.children())
        if (isinstance(node, wq.DisjunctionMax) and len(parts) == 2
                and all(type(part) is wq.Term for part in parts)
                and written_out.get((parts[0].fieldname, str(parts[0].text))) == parts[1].text
                and parts[1].fieldname == parts[0].fieldname):
            typed, other = parts
            share = idf_share(reader, typed.fieldname, str(typed.text), str(other.text))
            return wq.DisjunctionMax([typed, wq.Term(other.fieldname, other.text, boost=other.boost * share)],
                                     boost=node.boost, tiebreak=node.tiebreak)
        return node.apply(capped)

    return capped(query)


def _marked_names(text: str) -> list[tuple[str, list[list[str]]]]:
    """Each ``author:`` or ``source:`` value of ``text`` typed with marks: its field and its words' spellings
    (``_name_spellings``)."""
    found = []
    for match in FIELD_TERM.finditer(text):
        field, value = field_named(match.group(1)), match.group(2).strip('"')
        if field in NAME_FIELDS and not value.isascii():
            found.append((field, _name_spellings(value)))
    return found


def _written_out(field: str, spellings: list[list[str]]) -> dict[tuple[str, str], str]:
    """For each word of a name with a written-out spelling, its folded term in ``field``, and that spelling."""
    return {(field, forms[0]): forms[2] for forms in spellings if len(forms) > 2}


def _name_spellings(value: str) -> list[list[str]]:
    """The spellings a name field indexes of each word of ``value``: folded first, then as written, then
    written out (``Müller`` -> ``[["muller", "müller", "mueller"]]``)."""
    places: dict[int, list[str]] = {}
    for token in NAME_ANALYZER(value, mode="index", positions=True):
        if not getattr(token, "solid", False):  # "obrien" at the place of O'Brien's "o" is no spelling of "o"
            places.setdefault(token.pos, []).append(token.text)
    return list(places.values())


def with_exact_forms(query: wq.Query, exact: list[wq.Query]) -> wq.Query:
    """``query`` scoring more where a word typed with marks is spelt as typed (``exact_form_queries``: one query a
    word), as an optional part; ``query`` itself when no word was typed with marks."""
    terms = [leaf for word in exact for leaf in (word.subqueries if isinstance(word, wq.Or) else [word])]
    return wq.AndMaybe(query, wq.Or(terms)) if terms else query


def exact_form_queries(query: wq.Query, words: list[str],
                       languages: tuple[str, ...] = ()) -> tuple[list[wq.Query], list[MarkedWord]]:
    """For each word of ``words`` typed with marks: its exact spelling (with its diacritics) in the fields ``query``
    searches it in, boosted; as stemmed in English and, in articles in each of ``languages``, as stemmed there. The
    first list scores those spellings higher (``with_exact_forms``); the second tiers the hits (``exacttiers``): the
    articles a word's query there matches rank above those that only match it folded (its ``found`` query: its folded
    terms and stems in those fields), and the articles matching it neither way are ranked by relevance. Where a language's stemmer
    keeps no marked spelling of the word (Snowball German stems "Zürich" as "zurich"), its articles cannot show how
    they spell it: one finding the word at all is in the word's tier, unboosted, not put below every other
    language's exact spelling. A word with no exact form (ASCII, CJK) has neither."""
    boosted: list[wq.Query] = []
    tiered: list[MarkedWord] = []
    searched: dict[str, set[str]] | None = None  # the fields each term is searched in, read once (``_searched_fields``)
    for word in words:
        if word.isascii():
            continue
        searched = _fields_of_terms(query) if searched is None else searched
        fields = _searched_fields(searched, word)
        english = analyze(word, TEXT_ANALYZER, mode="index")
        spelt = [query for term in english for query in _exact_terms(term, fields)]
        others: dict[str, list[str]] = {}  # another language's exact forms, each with the languages that stem so
        unmarked: dict[str, list[str]] = {}  # the stems of languages keeping no marked spelling, with those languages
        forms = dict.fromkeys([*analyze(word), *english])  # every term the word is found by, folded or not
        for lang in languages:
            stems = list(dict.fromkeys(analyze(word, TEXT_ANALYZER, mode="index", lang=lang)))
            forms.update(dict.fromkeys(stems))
            marked = [term for term in stems if fold(term) != term]
            for term in marked if marked else stems:
                if marked and term not in english:
                    others.setdefault(term, []).append(lang)
                elif not marked:
                    unmarked.setdefault(term, []).append(lang)
        spelt.extend(in_language(query, langs) for term, langs in others.items()
                     for query in _exact_terms(term, fields))
        if not spelt:
            continue
        boosted.append(wq.Or(spelt))
        doubt = [in_language(wq.Or([wq.Term(field, term) for field in fields]), langs)
                 for term, langs in unmarked.items()]
        tiers = wq.Or(spelt + doubt) if doubt else boosted[-1]
        tiered.append(MarkedWord(tiers, wq.Or([tiers, *(wq.Term(field, term) for term in forms for field in fields)])))
    return boosted, tiered


def _fields_of_terms(query: wq.Query) -> dict[str, set[str]]:
    """The fields ``query`` searches each term in, as a word or a phrase's word: read once a query, not once a word
    (a pasted page's hundreds of marked words had each walked its tens of thousands of leaves)."""
    found: dict[str, set[str]] = {}
    for leaf in query.leaves():
        if isinstance(leaf, wq.Term):
            found.setdefault(leaf.text, set()).add(leaf.fieldname)
        elif isinstance(leaf, wq.Phrase):
            for term in leaf.words:
                found.setdefault(term, set()).add(leaf.fieldname)
    return found


def _searched_fields(searched: dict[str, set[str]], word: str) -> tuple[str, ...]:
    """The title and body fields a query searches ``word`` in (by its folded terms; ``searched``: its terms' fields,
    ``_fields_of_terms``): ``title:Zürich`` the title alone; both when no term of it is found (an alias, a phrase's
    word)."""
    folded = set(analyze(word)) | set(analyze(word, TEXT_ANALYZER, mode="index"))
    found = {field for term in folded for field in searched.get(term, ())}
    return tuple(field for field in SEARCH_FIELDS if field in found) or SEARCH_FIELDS


def _exact_terms(term: str, fields: tuple[str, ...] = SEARCH_FIELDS) -> list[wq.Query]:
    """The terms of an exact spelling in ``fields``, boosted; none for a term with nothing to fold (a CJK letter or
    pair, a plain ASCII word)."""
    if fold(term) == term:
        return []
    return [wq.Term(f, term, boost=config.EXACT_FORM_BOOST) for f in fields]
