"""One word's BM25F scores in one segment, read a block of postings at a time, and a phrase's (the sum of its words'
scores where they stand in order), with Whoosh's very formula and statistics; ``fastscore`` combines them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence, Set
from functools import lru_cache

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

from .apartwords import ApartWords
from .postingblocks import posting_blocks

Scores = dict[int, float]  # document number -> score
Weights = dict[tuple[str, bytes], "tuple[float, float, float, float] | None"]  # (field, word) -> idf, K1, B, average

# How many of its words' scores a segment keeps for a query asking for a word again (an amount's number is its tiers',
# its bare tier's and its sign's AndNot's), at most: a pattern's thousand words are each read once.
CACHED_SCORES = 100_000
_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]  # field lengths are stored as one lossy byte


class SegmentWords:
    """The scores of words and phrases within one segment (document numbers local to it)."""

    def __init__(self, searcher, context, weights: Weights | None = None) -> None:  # type: ignore[no-untyped-def]
        """``weights``: each word's BM25F figures, shared by segments."""
        self.searcher = searcher
        self.weights: Weights = {} if weights is None else weights
        self.reader = searcher.reader()
        self.context = context
        self.deleted = self.reader.deleted_docs_set if self.reader.has_deletions() else frozenset()
        self._lengths: dict[str, bytes] = {}
        # each phrase word's weights and positions, read once a query: an amount typed with its currency is its phrase
        # and that phrase with the currency after it ($50m: "50 million", "50 million dollar"), each reading 50's
        # and million's postings, which had made it three times slower than the phrase alone
        self._words: dict[tuple[str, bytes], Scores] = {}  # words' unboosted scores, read once a query
        self._cached = 0  # how many scores ``_words`` holds (at most CACHED_SCORES: a pattern's thousand words)
        self._phrase_words: dict[tuple[str, bytes], tuple[dict[int, float], dict[int, bytes]]] = {}
        self.apart = ApartWords()  # words its phrases showed in no article together

    def _term(self, term: wq.Term, among: Set[int] | None = None) -> Scores:
        """One word's BM25F score in every live article that holds it (of ``among``, if given)."""
        schema = self.searcher.schema
        if term.fieldname not in schema:
            return {}
        try:
            text = schema[term.fieldname].to_bytes(term.text)
        except ValueError:
            return {}
        read = self._words.get((term.fieldname, text))
        if read is not None:  # a word asked for again (an amount's number: its tiers, its bare tier, its sign's AndNot)
            return boosted(dict(read) if among is None else
                           {docnum: score for docnum, score in read.items() if docnum in among}, term.boost)
        try:  # (a word this segment lacks raises here: no look-up of it before)
            postings = self.reader.postings(term.fieldname, text)
        except TermNotFound:
            return {}
        figures = self._weight(term.fieldname, text)
        if figures is None:
            return self._by_whoosh(term)
        # scoring.bm25: idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))), its length part
        # computed once for each of the 256 stored lengths: the very same floating-point operations.
        idf, k1, b, average = figures
        saturation = k1 + 1
        norms = length_norms(k1, b, average)
        lengths = self._field_lengths(term.fieldname)
        found: Scores = {}
        for ids, weights, _values in posting_blocks(postings):
            if among is None:
                for docnum, tf in zip(ids, weights):
                    found[docnum] = idf * ((tf * saturation) / (tf + norms[lengths[docnum]]))
            else:
                for docnum, tf in zip(ids, weights):
                    if docnum in among:
                        found[docnum] = idf * ((tf * saturation) / (tf + norms[lengths[docnum]]))
        for docnum in self.deleted.intersection(found) if self.deleted else ():
            del found[docnum]
        if among is None and self._cached + len(found) <= CACHED_SCORES:
            self._cached += len(found)
            self._words[term.fieldname, text] = found
            found = dict(found)
        return boosted(found, term.boost)

    def _weight(self, fieldname: str, text: bytes) -> tuple[float, float, float, float] | None:
        """The idf, K1, B and average length a word of ``fieldname`` is scored with (those of the whole index, the
        same in every segment: worked out in the first), or None where its scorer is not BM25F's."""
        key = (fieldname, text)
        if key not in self.weights:
            scorer = self.context.weighting.scorer(self.searcher, fieldname, text)
            self.weights[key] = ((scorer.idf, scorer.K1, scorer.B, scorer.avgfl) if type(scorer) is BM25FScorer
                                 else None)
        return self.weights[key]

    def _phrase(self, phrase: wq.Phrase, among: Set[int] | None = None, gaps: Sequence[int] | None = None) -> Scores:
        """Articles holding the phrase's words in order, each within ``slop`` places of the one before, as
        Whoosh's Phrase (a SpanNear2) matches them; scored, as there, by the sum of the words' own scores. With
        ``among``, only those articles are looked at; with ``gaps``, the free words before each word (a sequence's
        "a * b", as ``patternphrases.NewsSequence`` matches them)."""
        schema = self.searcher.schema
        if phrase.fieldname not in schema:
            return {}
        field = schema[phrase.fieldname]
        if self.apart.known(phrase.fieldname, phrase.words):
            return {}  # a few of its words in no article together (apartwords.py), as Whoosh would find
        try:
            texts = [field.to_bytes(word) for word in phrase.words]
        except ValueError:
            return {}
        if not field.format or not field.format.supports("positions"):
            return self._by_whoosh(phrase)
        if self._lacking(phrase.fieldname, phrase.words, texts):
            return {}  # as Whoosh: a word the field never holds, no match
        if any(self._weight(phrase.fieldname, text) is None for text in texts):
            return self._by_whoosh(phrase)  # a scorer other than BM25F's
        read = {text: self._word_places(phrase.fieldname, text) for text in texts}
        held = [read[text][0] for text in texts]
        if among is None:
            candidates = self.apart.together(phrase.fieldname, phrase.words, held)
        else:
            candidates = set(min(held, key=len).keys())
            candidates.intersection_update(among)
            for weights in held:
                if not candidates:
                    break
                candidates.intersection_update(weights)
        if self.deleted:
            candidates.difference_update(self.deleted)
        decode = field.format.decoder("positions")
        found: Scores = {}
        # places decoded and words scored only in the articles holding every word (of ``among``): "80 dollar" in an
        # amount's tiers had scored and kept every one of the 5,000 Reuters articles holding "dollar"
        matched = [docnum for docnum in candidates
                   if in_sequence([decode(read[text][1][docnum]) for text in texts], phrase.slop, gaps)]
        scored = {text: self._word_scores(phrase.fieldname, text, read[text][0], matched) for text in read}
        for docnum in matched:
            score = 0.0
            for text in texts:  # a word typed twice counts twice, as in Whoosh
                score += scored[text][docnum]
            found[docnum] = score
        return boosted(found, phrase.boost)

    def _lacking(self, fieldname: str, words: Sequence[str], keys: Sequence[bytes]) -> bool:
        """Whether one of ``words`` (``keys``: their bytes) is in no article of the segment's ``fieldname``; the first
        such is remembered in ``apart``."""
        lacking = next((at for at, key in enumerate(keys) if (fieldname, key) not in self.reader), None)
        if lacking is not None:
            self.apart.absent(fieldname, words[lacking])
        return lacking is not None

    def _word_places(self, fieldname: str, text: bytes) -> tuple[dict[int, float], dict[int, bytes]]:
        """A word's weight (its frequency) and encoded places in each article of this segment holding it, deleted
        ones too, read once a query (``_phrase_words``)."""
        read = self._phrase_words.get((fieldname, text))
        if read is None:
            weights: dict[int, float] = {}
            positions: dict[int, bytes] = {}
            try:
                postings = self.reader.postings(fieldname, text)
            except TermNotFound:
                postings = None
            for ids, tfs, values in posting_blocks(postings, True) if postings is not None else ():
                weights.update(zip(ids, tfs))
                positions.update(zip(ids, values))
            read = self._phrase_words[fieldname, text] = (weights, positions)
        return read

    def _word_scores(self, fieldname: str, text: bytes, weights: dict[int, float], docnums: list[int]) -> Scores:
        """The BM25F scores of a word of ``fieldname`` (BM25F's figures known, ``_weight``) in ``docnums``, from its
        ``weights`` there: the very operations of ``_term``."""
        idf, k1, b, average = self._weight(fieldname, text)  # type: ignore[misc]
        saturation, norms, lengths = k1 + 1, length_norms(k1, b, average), self._field_lengths(fieldname)
        return {docnum: idf * ((weights[docnum] * saturation) / (weights[docnum] + norms[lengths[docnum]]))
                for docnum in docnums}

    def _holders(self, fieldname: str, words: list[bytes]) -> set[int]:
        """The live articles of this segment holding any of the terms ``words``, unscored.

        A block of document numbers at a time into one set, and no ``in`` before each word's postings: a
        pattern's thousands of words (``*ing``) had each been looked up twice in every segment's terms file
        and passed on one document number at a time."""
        found: set[int] = set()
        if fieldname not in self.searcher.schema:
            return found
        for word in words:
            try:
                postings = self.reader.postings(fieldname, word)
            except TermNotFound:  # not in this segment
                continue
            for ids, _weights, _values in posting_blocks(postings):
                found.update(ids)
        return found - self.deleted if self.deleted else found

    def _field_lengths(self, fieldname: str) -> bytes:
        """Every document's length byte for ``fieldname`` (0 where it has none), read once."""
        if fieldname not in self._lengths:
            column = self.reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            stored = column._dbfile.get(column._basepos, column._count) if column else b""
            self._lengths[fieldname] = stored + bytes(max(0, self.reader.doc_count_all() - len(stored)))
        return self._lengths[fieldname]

    def _by_whoosh(self, query: wq.Query) -> Scores:
        """Whoosh's own matches and scores for a part of a query ``fastscore`` does not read itself; a constant-score
        range (a ``date:`` clause) the same, read from its terms' postings (``_range``)."""
        if isinstance(query, wq.NumericRange) and query.constantscore:
            ranged = self._range(query)
            if ranged is not None:
                return ranged
        matcher = query.matcher(self.searcher, self.context)
        found: Scores = {}
        while matcher.is_active():
            found[matcher.id()] = matcher.score()
            matcher.next()
        return found

    def _range(self, query: wq.NumericRange) -> Scores | None:
        """The articles of a constant-score numeric range, each scored as Whoosh's ListMatcher scores it (the boost, 1
        for none), from the postings of the terms its tiers cover; None for a range compiled to anything else.
        Whoosh's matchers stepped a union of every term of those tiers one posting at a time (``oil date:1987-03``
        on Reuters, its 10,000 articles of March: 40-50 of a query's 60 ms, as much on every search of it)."""
        compiled = query._compile_query(self.reader)
        if compiled is wq.NullQuery:
            return {}
        if type(compiled) is not wq.ConstantScoreQuery:
            return None
        child = compiled.child
        words: list[bytes] = []
        for part in child.subqueries if type(child) is wq.Or else [child]:
            if type(part) is wq.TermRange:
                words.extend(word for word in part._btexts(self.reader) if word)
            elif type(part) is wq.Term and part.fieldname in self.searcher.schema:
                try:
                    words.append(self.searcher.schema[part.fieldname].to_bytes(part.text))
                except ValueError:  # as Whoosh's Term: no match
                    continue
            else:
                return None
        return dict.fromkeys(sorted(self._holders(query.fieldname, words)), compiled.score or 1.0)


@lru_cache(maxsize=64)
def length_norms(k1: float, b: float, average: float) -> list[float]:
    """BM25's length part for each of the 256 stored lengths, made once for a field's figures (a wildcard's thousand
    words, and every search of an open index, share it: each segment of each search had made its own). The caller
    only reads it."""
    return [k1 * ((1 - b) + b * length / average) for length in _LENGTH_OF_BYTE]


def boosted(scores: Scores, boost: float) -> Scores:
    """``scores`` times a compound query's boost."""
    return scores if boost == 1.0 else {docnum: score * boost for docnum, score in scores.items()}


def in_sequence(places: list[list[int]], slop: int, gaps: Sequence[int] | None = None) -> bool:
    """Whether one place of each word follows one of the word before, 1 to ``slop`` places after the run so
    far (SpanNear2's ordered match with a mindist of 1: a word at the same place does not follow); with ``gaps``
    (the free words before each word), gap + 1 to (gap + 1) * ``slop`` places after (a sequence's SpanNear).

    Only where a run ends decides how it goes on, so the runs are kept as their ends, and each place of the next
    word finds the nearest end before it by bisection: a headline pasted 50,000 times into an article had each
    run scan every place before its end (1.25 billion steps, a phrase search of 90 s)."""
    ends = sorted(set(places[0]))
    for word, following in enumerate(places[1:], 1):
        nearest, furthest = (gaps[word] + 1, (gaps[word] + 1) * slop) if gaps else (1, slop)
        longer: list[int] = []
        for at in following:
            before = bisect_right(ends, at - nearest)  # ends[before - 1] is the last end ``nearest`` before ``at``
            if before and at - ends[before - 1] <= furthest:
                longer.append(at)
        if not longer:
            return False
        ends = sorted(set(longer))
    return True


def phrase_starts(places: list[list[int]], slop: int) -> set[int]:
    """The places of the first word from which one place of each word follows one of the word before, 1 to ``slop``
    places after (``in_sequence``'s runs, each kept to where it starts): forward, the places a run reaches; back, those
    of them from which it goes on to the last word."""
    layers = [sorted(set(places[0]))]
    for following in places[1:]:
        ends = layers[-1]
        longer = sorted({at for at in following if (before := bisect_left(ends, at)) and at - ends[before - 1] <= slop})
        if not longer:
            return set()
        layers.append(longer)
    going = layers[-1]
    for layer in reversed(layers[:-1]):
        going = [at for at in layer if (after := bisect_right(going, at)) < len(going) and going[after] - at <= slop]
    return set(going)
