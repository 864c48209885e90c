"""Every match of a query and its score, read word by word from the postings instead of through Whoosh's matchers.

Whoosh scores a query by stepping a tree of matcher objects one posting at a time, several Python calls
deep for every posting of every word: a two-word query over Reuters spent most of its 40 ms there. Here
the words of a query joined by And, Or, DisjunctionMax, AndMaybe, AndNot, Require and Not (every keyword query as
typed, and the feedback expansion of a question), and its quoted phrases, are read a block of postings at a time, each word's
BM25F scores computed with the very formula and statistics of Whoosh's scorer, and combined by the rules
of Whoosh's matchers: And and Or add, DisjunctionMax takes the best, AndMaybe adds the optional part
where it matches, Require scores its first part where both match, a compound of one part ignores its own boost,
and a phrase scores the sum of its words where
they stand in order; a wildcard or prefix scores as an OR of the words it matches in the whole index would. Any
other part of a query (a range, an Or with a coordination bonus) is matched and scored by Whoosh itself, so nothing
is left out; the tests compare the scores with Whoosh's. They differ where Whoosh's matchers lose or borrow one: its
DisjunctionMax matcher could score an article with a neighbour's best part, its AndMaybe matcher could drop an
optional part's score, its preloaded Or leaves out articles whose words weigh nothing; and a Not scores nothing
here, as a must_not clause in Lucene and
Elasticsearch, where Whoosh's And adds 1 for each (``(economy -rates) OR blair`` had ranked an article by its NOT);
and a pattern: Whoosh's MultiTerm matcher scores 1 a match in a segment of up to 5000 articles and a sum in a larger
one, so one index of several segments (after an update, or built in parallel) had mixed both in one ranking.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence, Set

from whoosh import query as wq
from whoosh.reading import TermNotFound

from .bareamounts import BareAmount
from .phrasestarts import starts, starts_of_any
from .wordscores import Scores, SegmentWords, Weights, boosted

Patterns = dict[int, tuple[wq.Query, list[bytes]]]  # id(pattern) -> (the pattern, the words it matches)

_COMBINED = (wq.And, wq.Or, wq.DisjunctionMax)
# The matchers of a pattern, each with the text it reads as "every article" (matched by Whoosh then).
_PATTERN_MATCHERS = {wq.Wildcard.matcher: "*", wq.Prefix.matcher: "", wq.Regex.matcher: ".*"}
# A pattern matching more words scores 1 (times its boost) an article, as Lucene's constant-score rewrite: summed,
# the scores of a thousand words (``*e*``) rank the longest articles first and take longer than the reading.
PATTERN_SCORED_WORDS = 1024


def all_scores(searcher, query: wq.Query) -> Scores:  # type: ignore[no-untyped-def]
    """Every live article ``query`` matches, by document number, with the score Whoosh would give it."""
    context = searcher.context()
    patterns: Patterns = {}
    weights: Weights = {}
    scores: Scores = {}
    for leaf, offset in searcher.leaf_searchers():
        part = _Leaf(leaf, context, searcher.reader(), patterns, weights).scores(query)
        scores.update(((docnum + offset, score) for docnum, score in part.items()) if offset else part)
    return scores


def all_docs(searcher, query: wq.Query) -> set[int]:  # type: ignore[no-untyped-def]
    """Every live article ``query`` matches, unscored: ``all_scores`` of the query without its AndMaybes' optional
    parts, which rank but match nothing more (an amount's currency tiers: the no-match notice's count of ``$18 a
    barrel`` unquoted had read every currency's phrases of 18)."""
    from .uniondocs import union_docs  # (an OR's parts read until every article is matched: a module of its own)
    return union_docs(searcher, _required(query))


def _required(query: wq.Query) -> wq.Query:
    """``query`` with each AndMaybe (within its And, Or, DisjunctionMax, AndNot and Require) as its required part
    alone; the query itself, or the same node, where there is none."""
    kind = type(query)
    if kind is wq.AndMaybe:
        return _required(query.a)
    if kind in _COMBINED:
        parts = [_required(sub) for sub in query.subqueries]
        if all(part is sub for part, sub in zip(parts, query.subqueries)):
            return query
        copied = copy.copy(query)  # its scale and minmatch kept, which Whoosh's apply() drops
        copied.subqueries = parts
        return copied
    if kind in (wq.AndNot, wq.Require):
        a, b = _required(query.a), _required(query.b)
        if a is query.a and b is query.b:
            return query
        copied = copy.copy(query)
        copied.a, copied.b = a, b
        return copied
    return query


def each_scores(searcher, queries: Sequence[wq.Query]) -> list[Scores]:  # type: ignore[no-untyped-def]
    """``all_scores`` of each of ``queries``, each segment's field lengths read once for them all (``similar``
    scores its key words one by one: summed they rank, counted they tell which articles share enough of them)."""
    context = searcher.context()
    patterns: Patterns = {}
    weights: Weights = {}
    found: list[Scores] = [{} for _ in queries]
    for leaf, offset in searcher.leaf_searchers():
        segment = _Leaf(leaf, context, searcher.reader(), patterns, weights)
        for scores, query in zip(found, queries):
            part = segment.scores(query)
            scores.update(((docnum + offset, score) for docnum, score in part.items()) if offset else part)
    return found


class _Leaf(SegmentWords):
    """A query's scores within one segment (document numbers local to it): its parts' combined by Whoosh's rules."""

    def __init__(self, searcher, context, whole, patterns: Patterns,  # type: ignore[no-untyped-def]
                 weights: Weights | None = None) -> None:
        """``whole``: the whole index's reader; ``patterns``: the words each pattern matches there, and ``weights``:
        each word's BM25F figures, both shared by segments."""
        super().__init__(searcher, context, weights)
        self.whole = whole
        self.patterns: dict[int, tuple[wq.Query, list[bytes]]] = patterns

    def scores(self, query: wq.Query, among: Set[int] | None = None) -> Scores:
        """The matches of ``query`` in this segment and their scores; with ``among``, those of its words and their ORs
        only for those articles (others may be left in: an AND drops them)."""
        kind = type(query)
        if kind is wq.Term:
            return self._term(query, among)
        if kind is wq.Or and (query.scale or query.minmatch):  # a coordination bonus: Whoosh's own matcher
            return self._by_whoosh(query)
        if kind in _COMBINED and any(type(sub) is not wq.Not for sub in query.subqueries):
            if len(query.subqueries) == 1:  # Whoosh matches the only part alone, without the boost
                return self.scores(query.subqueries[0], among)
            combined = (self._and if kind is wq.And else self._or if kind is wq.Or else self._best)(query.subqueries,
                                                                                                   among)
            return boosted(combined, query.boost)
        if kind is wq.AndMaybe:
            found = self.scores(query.a)
            if not found:  # nothing to add to: an amount's phrase no article holds, whose currencies are many phrases
                return found
            extra = self.scores(query.b, found.keys())  # only where it adds: its phrases look at no other article
            return {docnum: score + extra[docnum] if docnum in extra else score for docnum, score in found.items()}
        if kind is wq.Require:  # the articles both match, scored by the first alone (a stem in its language's articles)
            found, kept = self.scores(query.a), set(query.b.docs(self.searcher))  # b: unscored (lang:de)
            return {docnum: score for docnum, score in found.items() if docnum in kept}
        if isinstance(query, wq.ConstantScoreQuery):  # every article its child finds, at its score (0: functionterms)
            return dict.fromkeys(sorted(self._docs(query.child)), float(query.score))
        if kind is BareAmount:  # an amount's places that no other currency's form of it shares (Whoosh's: 15 times slower)
            return self._bare(query, among)
        if kind is wq.AndNot:
            found, left_out = self.scores(query.a), self._docs(query.b)
            return {docnum: score for docnum, score in found.items() if docnum not in left_out}
        if _is_phrase(query):
            return self._phrase(query, among)
        if _is_gapped(query):  # "a * b", an amount's "50 mln * dlrs": a phrase with free words
            return self._phrase(wq.Phrase(query.subqueries[0].fieldname, [str(part.text) for part in query.subqueries],
                                          slop=query.slop, boost=query.boost), among, query.gaps)
        if kind.matcher in _PATTERN_MATCHERS and query.text != _PATTERN_MATCHERS[kind.matcher] and query.constantscore:
            return self._pattern(query)
        if isinstance(query, wq.Sequence) and self._apart(query.subqueries):
            return {}  # as Whoosh's matchers find, without a postings reader built for each of its words
        return self._by_whoosh(query)

    def _and(self, parts: list[wq.Query], among: Set[int] | None = None) -> Scores:
        """Articles every positive part matches and no negated one, scored by the sum of the positive parts."""
        positive: dict[int, Scores] = {}  # by the part's place: summed in the order of the parts
        alive: Set[int] = set()  # the articles every positive part so far matches
        # the parts with the fewest postings first, and each after the first scored only where the ones before match:
        # "bank loans debt" had scored every posting of its three words (each article's score is the same); of those
        # read as none, a word of no postings before a phrase or an amount, whose cost is not counted: "$50 million
        # zzqqxx" had scored the amount's every phrase before finding that no article holds zzqqxx
        order = sorted((i for i, part in enumerate(parts) if type(part) is not wq.Not),
                       key=lambda i: (self._postings_read(parts[i]), not self._known_empty(parts[i])))
        for i in order:  # once no article is left, the rest need not be scored (a pasted page of words)
            scores = self.scores(parts[i], alive if positive else among)
            alive = alive & scores.keys() if positive else scores.keys() & among if among is not None else scores.keys()
            positive[i] = scores
            if not alive:
                return {}
        left_out: set[int] = set()
        for part in parts:
            if type(part) is wq.Not:
                left_out |= self._docs(part.query)
        found: Scores = {}
        first, *rest = (positive[i] for i in sorted(positive))
        # In the order of the part with the fewest matches, each score summed in the order of the parts: summed in
        # the order of their matches in this segment, two copies in two segments (an updated index) had scored a
        # last bit apart, and a rebuilt index tied them.
        for docnum in min((positive[i] for i in sorted(positive)), key=len):
            if docnum in alive and docnum not in left_out:
                score = first[docnum]
                for other in rest:
                    score += other[docnum]
                found[docnum] = score
        return found

    def _apart(self, parts: list[wq.Query]) -> bool:
        """Whether no article of this segment holds every word among ``parts`` (a sequence's), read as ``_phrase`` reads
        them (apartwords.py): a 5,000-word proximity's readings had each built a postings reader a word to find it."""
        schema, words = self.searcher.schema, dict[str, list[str]]()
        for part in parts:
            field = schema[part.fieldname] if type(part) is wq.Term and part.fieldname in schema else None
            if field is not None and field.format and field.format.supports("positions"):  # else left to Whoosh
                words.setdefault(part.fieldname, []).append(part.text)
        for fieldname, texts in words.items():
            if self.apart.known(fieldname, texts):
                return True
            try:
                keys = [schema[fieldname].to_bytes(text) for text in texts]
            except ValueError:
                continue
            if self._lacking(fieldname, texts, keys) or not self.apart.together(
                    fieldname, texts, [self._word_places(fieldname, key)[0] for key in keys]):
                return True
        return False

    def _postings_read(self, query: wq.Query) -> int:
        """How many postings of this segment scoring ``query`` reads, if it is a word or an OR of words; else 0 (a
        phrase, a pattern: scored whole first, they leave the fewest articles to the words)."""
        kind = type(query)
        if kind is wq.Term:
            try:
                return self.reader.doc_frequency(query.fieldname, query.text)
            except (TermNotFound, ValueError):  # a field this segment lacks, a number field's word: no postings
                return 0
        if kind in (wq.Or, wq.DisjunctionMax) and not (kind is wq.Or and (query.scale or query.minmatch)):
            return sum(self._postings_read(sub) for sub in query.subqueries)
        return 0

    def _known_empty(self, query: wq.Query) -> bool:
        """Whether ``query`` is a word of no postings in this segment, or an OR of such words: it matches nothing."""
        kind = type(query)
        if kind is wq.Term:
            return self._postings_read(query) == 0
        if kind in (wq.Or, wq.DisjunctionMax) and not (kind is wq.Or and (query.scale or query.minmatch)):
            return all(self._known_empty(sub) for sub in query.subqueries)
        return False

    def _or(self, parts: list[wq.Query], among: Set[int] | None = None) -> Scores:
        """Articles any part matches, scored by the sum of the parts that match."""
        found: Scores = {}
        for part in parts:
            scores = self.scores(part, among)
            if not found:  # the first part's matches as they are (0.0 + score: the very sum of the loop below)
                found = {docnum: 0.0 + score for docnum, score in scores.items()}
                continue
            get = found.get
            for docnum, score in scores.items():
                found[docnum] = get(docnum, 0.0) + score
        return found

    def _best(self, parts: list[wq.Query], among: Set[int] | None = None) -> Scores:
        """Articles any part matches, scored by the best of them (Whoosh's DisjunctionMax has no tie-break)."""
        found: Scores = {}
        for part in parts:
            for docnum, score in self.scores(part, among).items():
                if docnum not in found or score > found[docnum]:
                    found[docnum] = score
        return found

    def _bare(self, query: BareAmount, among: Set[int] | None = None) -> Scores:
        """The articles ``query.a`` matches at a place none of ``query.b``'s forms starts at, scored as ``a``."""
        found = self.scores(query.a, among)
        if not found:
            return found
        taken = starts_of_any(self, query.b.subqs, found.keys())  # where another currency's form starts
        # the amount's own places only where another currency's form stands (the rest keep their score): "80" had
        # been decoded in every article holding it
        own = starts(self, query.a, taken.keys())
        return {docnum: score for docnum, score in found.items()
                if docnum not in taken or docnum not in own or own[docnum] - taken[docnum]}

    def _pattern(self, pattern: wq.MultiTerm) -> Scores:
        """A wildcard's matches scored as an OR of the words it matches (each article by the BM25F scores of the
        words it holds, added), times the pattern's boost; above PATTERN_SCORED_WORDS words, by the boost alone.
        The words are the whole index's, so every segment scores a pattern by the same rule."""
        fieldname, words = pattern.field(), self._pattern_words(pattern)
        if len(words) > PATTERN_SCORED_WORDS:
            return dict.fromkeys(sorted(self._holders(fieldname, words)), float(pattern.boost))
        doubled = getattr(pattern, "doubled", None) or {}  # a doubled spelling counts where the macron one is not
        return boosted(self._or([wq.AndNot(wq.Term(fieldname, word), wq.Term(fieldname, doubled[word]))
                                 if word in doubled else wq.Term(fieldname, word) for word in words]), pattern.boost)

    def _pattern_words(self, pattern: wq.MultiTerm) -> list[bytes]:
        """The words ``pattern`` matches in the whole index (a WordPattern's, expanded once per search), read once."""
        key = id(pattern)
        if key not in self.patterns:
            self.patterns[key] = (pattern, [word for word in pattern._btexts(self.whole) if word])
        return self.patterns[key][1]

    def _docs(self, query: wq.Query) -> set[int]:
        """The articles of this segment ``query`` matches, unscored; a phrase's read as its scores are (an amount's
        ``50 million`` left out of ``$50000000``: Whoosh's span matchers had taken 20 ms a segment; a NOT's date:)."""
        kind = type(query)
        if kind in (wq.Term, *_COMBINED, wq.AndMaybe, wq.AndNot, wq.NumericRange) or _is_phrase(query):
            return set(self.scores(query))
        return set(query.docs(self.searcher))


def _is_phrase(query: wq.Query) -> bool:
    """Whether ``query`` is a phrase of two words or more matched as Whoosh's Phrase is (read by ``_phrase``)."""
    return isinstance(query, wq.Phrase) and type(query).matcher is wq.Phrase.matcher and len(query.words) > 1


def _is_gapped(query: wq.Query) -> bool:
    """Whether ``query`` is a sequence of words of one field in order with free words between them (none before the
    first): a phrase with gaps, as ``patternphrases.NewsSequence`` (which alone has them) matches it."""
    return (isinstance(query, wq.Sequence) and bool(getattr(query, "gaps", None)) and not query.gaps[0] and query.ordered
            and len(query.subqueries) > 1 and all(type(part) is wq.Term for part in query.subqueries)
            and len({part.fieldname for part in query.subqueries}) == 1)
