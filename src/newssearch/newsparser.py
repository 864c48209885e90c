"""Whoosh's query parser as newssearch reads queries: a typed word of several terms as a phrase, patterns and fuzzy
words as written, field names and date ranges read quickly, and --match any's groups and +words."""

from __future__ import annotations

import re

from whoosh import qparser
from whoosh import query as wq

from . import config
from .ampersands import joiner_spellings
from .apostrophes import elided, solid_name
from .dotwords import dotted_chain, has_dot_words
from .functionwordlists import FUNCTION_WORDS, fold
from .hyphens import hyphen_links, joined_only, number_pair, solid_spellings
from .initialisms import initialism_chain
from .parsergroups import AnyGroup, BoostKeepingOperators, BracketedPlusMinus, SplicedOrs
from .patternphrases import address_pattern, address_phrase
from .patterns import WordPattern, written_pattern
from .phrases import NewsPhrase, StopwordPhrasePlugin, decimal_chains, phrase_of
from .querytagging import tag_text
from .schema import BODY, FIELD_ALIASES, NAME_FIELDS, SEARCH_FIELDS, SECTION, TITLE, URL
from .textanalysis import analyze
from .tokenpatterns import token_pattern_for
from .typedpatterns import typed_pattern, without_currency_sign
from .unspaced import has_unspaced

ADDRESS_FIELDS = (*NAME_FIELDS, URL)  # an address's or a name's words held apart: a dotted pattern is their sequence

# The terms of a typed word by its analyzer (its id), the word and whether stop words go, up to TERMS_KEPT then begun
# again: a pasted page's words are parsed again by the notes of a search that found nothing (textanalysis._ANALYZED)
_TERMS: dict[tuple[int, str, bool], tuple[object, tuple[str, ...]]] = {}
TERMS_KEPT = 100_000


class NewsParser(qparser.QueryParser):
    """Whoosh's query parser, reading a typed word that analyses to several terms as a phrase.

    "F-16", "U-turn", "9/11" or "nzherald.co.nz" are one thing, not words to find anywhere in an article.
    A run of Chinese or Thai (its pairs of letters) keeps the query's AND or OR: a sentence typed
    without spaces is many words, not one phrase.
    """

    kept: frozenset[str] = frozenset()  # stop-list words, as typed, searched like any word (searched_stopwords)

    def tag(self, text, pos=0, debug=False):  # type: ignore[no-untyped-def]
        """Whoosh's tagging, each tagger tried only where its expression matches (querytagging.py)."""
        return super().tag(text, pos, debug) if debug else tag_text(self, text, pos)

    def query_terms(self, field, text: str, removestops: bool) -> list[str]:  # type: ignore[no-untyped-def]
        """The terms ``field``'s analyzer makes of a typed word (``mode="query"``), a list of the caller's own, made
        once by each analyzer (``_TERMS``): the title and the body, one analyzer, had each read every word of the
        query again, its phrase's and its own, and each note's parse of the query (its dashes spaced, --match any)
        read them all again."""
        analyzer = field.analyzer
        key = (id(analyzer), text, removestops)
        kept = _TERMS.get(key)
        if kept is None or kept[0] is not analyzer:  # (an entry holds its analyzer: its id is no other's meanwhile)
            if len(_TERMS) >= TERMS_KEPT:
                _TERMS.clear()
            kept = _TERMS[key] = (analyzer, tuple(t.text for t in field.tokenize(text, mode="query",
                                                                                  removestops=removestops)))
        return list(kept[1])

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):  # type: ignore[no-untyped-def]
        """A pattern or fuzzy word as typed (lower case, folded); a word of several terms as their phrase; a
        stop-list word of ``kept`` as any word; a name with an apostrophe as the best of it and the name written
        solid (``O'Brien``: "OBrien" too, as transcripts write it); a word typed with its elided article as the best
        of it and the word after the article (``word_after_article``)."""
        query = self._term_query(fieldname, text, termclass, boost, tokenize, removestops)
        if fieldname == SECTION and query is not None:  # a filter: it picks articles, the words rank them
            return query.with_boost(0.0)
        if termclass is not wq.Term or not tokenize:
            return query
        after = word_after_article(text) if fieldname in SEARCH_FIELDS else None
        for other, removes in ((solid_name(text, typed=True), False), (after, True)):
            field = self.schema[fieldname] if other and self.schema and fieldname in self.schema else None
            if other is None or field is None or not field.analyzer or field.self_parsing():
                continue
            terms = self.query_terms(field, other, removes)
            query = wq.DisjunctionMax([query, wq.Term(fieldname, terms[0], boost=boost)]) if len(terms) == 1 else query
        return query

    def _term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):  # type: ignore[no-untyped-def]
        """``term_query`` but for a name's solid spelling."""
        if text in self.kept or text.rstrip(".") in self.kept:  # "No. 10" as "No 10": the word is kept, not its dot
            removestops = False
        if termclass in (wq.Wildcard, wq.Prefix) and fieldname in SEARCH_FIELDS:
            pattern = text + "*" if termclass is wq.Prefix else text  # Whoosh gives "polic*" as Prefix "polic"
            return typed_pattern(fieldname, pattern, boost=boost)  # not stemmed: "*ies" is not "*ie"
        if termclass is wq.FuzzyTerm and fieldname in SEARCH_FIELDS:  # matched against words as written (expand_fuzzy)
            # an amount's currency sign left off, as a pattern's: no term holds it ("$3m~" is "3m~")
            return wq.FuzzyTerm(fieldname, written_pattern(without_currency_sign(text)), boost=boost)
        field = self.schema[fieldname] if self.schema and fieldname in self.schema else None
        if termclass in (wq.Wildcard, wq.Prefix) and field is not None and fieldname in ADDRESS_FIELDS:
            pattern = text + "*" if termclass is wq.Prefix else text
            if (sequence := address_pattern(field, fieldname, pattern, boost)) is not None:
                return sequence
        if (termclass is wq.Term and tokenize and field is not None and fieldname in SEARCH_FIELDS
                and has_dot_words(text) and (dotted := _dotted_query(field, fieldname, text, boost))):
            return dotted  # .NET: its term, never the "net" of "net profit" (``dotwords``)
        if (termclass is wq.Term and tokenize and field is not None and field.analyzer and not field.self_parsing()
                and field.multitoken_query == "default" and not has_unspaced(text)):
            phrase = NewsPhrase(fieldname, list(self.query_terms(field, text, False)), boost=boost)  # (phrase_of's)
            if len(phrase.words) > 1 and fieldname == URL and "." in text:  # url:news.example: from the host's start
                return address_phrase(fieldname, [str(word) for word in phrase.words], boost)
            if len(phrase.words) > 1:  # "AT&T", "F-16": every word, stopwords too, as the index holds them
                solid = written_solid(text) if fieldname in SEARCH_FIELDS else None
                if solid and number_pair(solid):  # a score, 1-0: that pair, never a 1 and a 0 of two ("3-1 0-30")
                    return wq.Term(fieldname, solid, boost=boost)
                if solid and joined_only(text):  # co-operation, not "Co operations": the hyphenated word first
                    phrase.boost = boost * config.EXACT_FORM_BOOST
                    return wq.AndMaybe(wq.Term(fieldname, solid, boost=boost), phrase)
                if solid:
                    return wq.DisjunctionMax([phrase, wq.Term(fieldname, solid, boost=boost)])
                if "&" in text and fieldname in SEARCH_FIELDS and (initialism := _initialism_query(field, fieldname, text, boost)):
                    return initialism  # AT&T, S&P: the initialism's term, never "at T" (``initialisms``)
                if "&" in text and len(typed := joiner_spellings(text)) > 1:  # Fisher&Paykel: "Fisher and Paykel" too
                    others = [NewsPhrase(fieldname, self.query_terms(field, other, False), boost=boost) for other in typed]
                    return wq.DisjunctionMax(others)
                return _with_decimal(phrase, field, text) if fieldname in SEARCH_FIELDS and "," in text else phrase
        if field is not None and tokenize and field.analyzer and not field.self_parsing():
            texts = self.query_terms(field, text, removestops)  # Whoosh's term_query, its terms made once
            if len(texts) > 1:
                return self.multitoken_query(field.multitoken_query, list(texts), fieldname, termclass, boost)
            return termclass(fieldname, texts[0], boost=boost) if texts else None
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)

    def multitoken_query(self, spec, texts, fieldname, termclass, boost):  # type: ignore[no-untyped-def]
        if spec == "default" and not any(has_unspaced(text) for text in texts):
            spec = "phrase"
        return super().multitoken_query(spec, texts, fieldname, termclass, boost)


def _initialism_query(field, fieldname: str, text: str, boost: float) -> wq.Query | None:  # type: ignore[no-untyped-def]
    """The term of a typed initialism joined by "&" (``AT&T``: at&t), or the phrase of a word holding one with its
    other words (``AT&T-owned``: at&t t owned, as ``initialisms.initialism_chain`` reads it); None for a word holding
    none ("Fisher&Paykel")."""
    tokens = [t.copy() for t in field.tokenize(text, mode="query", chars=True, removestops=False)]
    chained = initialism_chain(text, tokens)
    if chained is tokens:
        return None
    words = [str(token.text) for token in chained]
    return wq.Term(fieldname, words[0], boost=boost) if len(words) == 1 else NewsPhrase(fieldname, words, boost=boost)


def _dotted_query(field, fieldname: str, text: str, boost: float) -> wq.Query | None:  # type: ignore[no-untyped-def]
    """The term of a typed word written with a dot at its start (``.NET``: .net), or the phrase of a word holding one
    with its other words (``.NET-based``: .net based); None for a word holding none."""
    tokens = [t.copy() for t in field.tokenize(text, mode="query", chars=True, removestops=False)]
    words = [str(token.text) for token in dotted_chain(text, tokens)]
    if not any(word.startswith(".") for word in words):
        return None
    return wq.Term(fieldname, words[0], boost=boost) if len(words) == 1 else NewsPhrase(fieldname, words, boost=boost)


def _with_decimal(phrase: NewsPhrase, field, text: str) -> wq.Query:  # type: ignore[no-untyped-def]
    """``phrase`` (a typed word's terms) or, when the word is a number with a decimal comma and no currency ("1,50"),
    its decimal's term (1.50: "€1,50", "1,50 €"), either (``decimal_chains``)."""
    joined = decimal_chains(text, [t.copy() for t in field.tokenize(text, mode="query", chars=True, removestops=False)])
    if joined is None:
        return phrase
    return wq.DisjunctionMax([phrase, phrase_of(phrase.fieldname, joined, boost=phrase.boost).normalize()])


def word_after_article(word: str) -> str | None:
    """The word after an elided article typed with it (``l'état`` -> ``état``, ``dell'anno`` -> ``anno``), which
    finds the word after any article or none, as Lucene's French, Italian and Catalan analyzers (ElisionFilter) read
    it: the article is grammar. None for an Irish name (``O'Neill`` stays whole) or a function word after the
    article (``qu'il``: every French article has "il")."""
    cut = elided(word.lower())  # in lower case only an article (ELISIONS) is one: an O' name is told by its capital
    if not cut:
        return None
    after = word[cut:]
    return None if any(fold(after) in words for words in FUNCTION_WORDS.values()) else after


def pattern_after_article(leaf: wq.Query) -> wq.Query:
    """A pattern or fuzzy word typed with an elided article (``l'univ*``, ``d'apr*``, ``l'état~``) as the best of it
    and the same after the article, as a word typed so is (``word_after_article``): the index holds the word after an
    article at its place, and French's stemmer keeps no article at all ("l'université": univers), so ``l'univ*`` had
    found no French article; and ``l'état~`` had not found the "un état" that ``l'état`` finds."""
    after = word_after_article(str(leaf.text)) if isinstance(leaf, (WordPattern, wq.FuzzyTerm)) else None
    if after is None or not after.strip("*?") or leaf.fieldname not in SEARCH_FIELDS:
        return leaf
    if isinstance(leaf, wq.FuzzyTerm):
        return wq.DisjunctionMax([leaf, wq.FuzzyTerm(leaf.fieldname, after, boost=leaf.boost, maxdist=leaf.maxdist,
                                                     prefixlength=leaf.prefixlength)])
    return wq.DisjunctionMax([leaf, WordPattern(leaf.fieldname, after, boost=leaf.boost)])


def written_solid(word: str) -> str | None:
    """The term of a hyphenated word written solid (``e-mail``: "email"), or None for another word.

    The index holds every hyphenated word solid too (``hyphens.solid_words``), so ``email`` finds
    "e-mail"; a query for ``e-mail`` finds "email" with this term beside its phrase.
    """
    spans = [match.span() for match in token_pattern_for(word).finditer(word)]
    links = hyphen_links(word, spans)
    if len(links) != len(spans) - 1 or not links:
        return None
    # "2bn-worth" has none (``solid_words``: its "billionworth" is every amount's): it is its phrase, "2 billion worth"
    solid = solid_spellings(word, spans, links)
    if 0 in solid and number_pair(solid[0][1]):  # "1-0": its term as it is (the analyzer would cut it)
        return solid[0][1] if solid[0][0] == len(spans) - 1 else None  # "1-0-win": a pair and a word, no one term
    terms = analyze(solid[0][1]) if 0 in solid else []
    return terms[0] if len(terms) == 1 else None


# Whoosh's own "(?P<text>\w+|[*]):" is tried at every letter of a word and reads on to its end: a
# 10,000-letter word took over a second. A field name starts a word, never after a "#", "." or "/" of an id or an
# address: the "https:" of id:crawl.warc#https://x.example/a/* had been read as a field, and the id cut before it.
_FIELD_NAME_EXPR = r"(?<![\w*#./])(?P<text>\w+|[*]):"
# A range's "to" is a word of its own (Whoosh's took the "to" of "[Tony]" or "[Wellington]"): only date ranges reach
# the parser (querytext.bracketed_words), and a bracket inside another ("[(Toronto)]") is no range.
_RANGE_EXPR = re.compile(r"(?P<open>[\[{])\s*(?:(?P<start>[^\[{\]}]*?)\s+)?[Tt][Oo](?:\s+(?P<end>[^\[{\]}]*?))?\s*(?P<close>[\]}])")
# a plus that starts a word: not the ones of C++; before a sign too (+$1.5m, +£7.5bn: it had been left optional)
_LEADING_PLUS = r"(?:(?<=\s)|(?<=^)|(?<=\())\+(?=[^\s)+-])"


class RunWildcardPlugin(qparser.WildcardPlugin):
    """Whoosh's ``*`` and ``?``, a run of them inside a word one pattern with the word: Whoosh joined a mark to the
    text after it once, so the second of two marks ended the pattern and ``r??ning`` (``ja**ne``, an id holding an
    address's ``ids[]=3``) was the pattern ``r??`` and the word ``ning``."""

    _PARTS = (qparser.WildcardPlugin.WildcardNode, qparser.syntax.WordNode)

    def do_wildcards(self, parser, group):  # type: ignore[no-untyped-def]
        at = 0
        while at < len(group):
            node = group[at]
            if isinstance(node, self.WildcardNode):
                while at + 1 < len(group) and type(group[at + 1]) in self._PARTS:  # the rest of the word
                    node.text += group.pop(at + 1).text
                if at > 0 and group[at - 1].is_text():  # the word before, as Whoosh joins it
                    node.text = group.pop(at - 1).text + node.text
                    at -= 1
            elif isinstance(node, qparser.syntax.GroupNode):
                self.do_wildcards(parser, node)
            at += 1
        return self._prefixes(group)

    def _prefixes(self, group):  # type: ignore[no-untyped-def]
        """``group`` with each pattern that is a word and one ``*`` after it a prefix, as Whoosh makes it."""
        for at, node in enumerate(group):
            text = node.text if isinstance(node, self.WildcardNode) else ""
            if len(text) > 1 and text.find("*") == len(text) - 1 and not any(mark in text for mark in self.qmarks):
                prefix = qparser.PrefixPlugin.PrefixNode(text[:-1])
                prefix.startchar, prefix.endchar = node.startchar, node.endchar
                group[at] = prefix
        return group


def make_parser(schema, match: str = "all", kept: frozenset[str] = frozenset()) -> qparser.QueryParser:  # type: ignore[no-untyped-def]
    """The query parser: title and body (title boosted), field aliases, fuzzy and +/- terms; the stop-list words
    of ``kept`` (as typed) are searched."""
    # No coordination bonus for --match any: Whoosh's (OrGroup.factory) lowers TIME 1-41 MAP 0.760 -> 0.748.
    group = qparser.AndGroup if match == "all" else AnyGroup
    parser = NewsParser(None, schema, group=group)
    parser.kept = kept
    # in Whoosh's place among the plugins: the taggers of one priority are tried in their plugins' order
    parser.plugins = [BoostKeepingOperators() if type(pin) is qparser.OperatorsPlugin else pin for pin in parser.plugins]
    parser.remove_plugin_class(qparser.PhrasePlugin)
    parser.add_plugin(StopwordPhrasePlugin())
    parser.phraseclass = NewsPhrase
    parser.add_plugin(qparser.MultifieldPlugin(list(SEARCH_FIELDS), fieldboosts={TITLE: config.TITLE_BOOST, BODY: 1.0}))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.add_plugin(RunWildcardPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.replace_plugin(qparser.FieldsPlugin(expr=_FIELD_NAME_EXPR))
    parser.replace_plugin(qparser.RangePlugin(expr=_RANGE_EXPR))
    if match == "any":  # "+word" is required among optional words, as in Lucene
        parser.add_plugin(BracketedPlusMinus(plusexpr=_LEADING_PLUS, minusexpr="(?!)"))  # "-" is NOT already
        parser.add_plugin(SplicedOrs())
    return parser
