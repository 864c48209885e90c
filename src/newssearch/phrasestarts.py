"""Where a word or a phrase starts in each article of one segment (``bareamounts``: an amount's places that no other
currency's form of it shares), as ``wordscores``' phrases match them.

An amount's other currencies are many phrases of one number and scale and a currency's word each ("600 million
francs", "600 million lire", … 37 for ``£600m``): read one by one, each had looked its number and scale up, read their
places in every article holding the amount and decoded them again (a ``£600m`` search 1.25 times slower for the 27
words of ``amounttiers.OTHER_CURRENCY_WORDS``). Phrases that differ only in their last word are read together: their
first words' places once an article, the last word as the places of any of their last words there, which is the
union of their starts (a run reaches a place of one word or of another alike).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from whoosh import query as wq
from whoosh.reading import TermNotFound

from .bareamounts import LeadPhrase
from .postingblocks import posting_blocks_among
from .wordscores import SegmentWords, phrase_starts

Starts = dict[int, set[int]]  # document number -> the places a phrase starts at there


def starts(words: SegmentWords, leaf: wq.Query, among: Set[int]) -> Starts:
    """Where ``leaf`` (a word, a phrase: its words in order; a choice of them, as a word of several readings makes
    a phrase) starts in each of the articles ``among`` of ``words``' segment that hold it; none for another kind."""
    if isinstance(leaf, (wq.Or, wq.DisjunctionMax)):
        return starts_of_any(words, leaf.subqueries, among)
    if isinstance(leaf, LeadPhrase):
        return _ends_after(words, leaf.fieldname, leaf.words[:-1], str(leaf.words[-1]), among)
    if not isinstance(leaf, (wq.Term, wq.Phrase)):
        return {}
    texts = leaf.words if isinstance(leaf, wq.Phrase) else [leaf.text]
    return _starts_before(words, leaf.fieldname, texts[:-1], texts[-1:], getattr(leaf, "slop", 1), among)


def starts_of_any(words: SegmentWords, parts: Sequence[wq.Query], among: Set[int]) -> Starts:
    """Where any of ``parts`` starts in each of the articles ``among``: their ``starts`` together, the phrases that
    differ only in their last word read as one."""
    found: Starts = {}
    runs: dict[tuple[str, tuple[str, ...], int], list[str]] = {}  # (field, first words, slop) -> the last words
    leads: dict[tuple[str, str], list[str]] = {}  # (field, last word) -> the words before it (``LeadPhrase``)
    for part in parts:
        if isinstance(part, LeadPhrase) and len(part.words) == 2:
            leads.setdefault((part.fieldname, str(part.words[1])), []).append(str(part.words[0]))
            continue
        if isinstance(part, wq.Phrase) and len(part.words) > 1:
            runs.setdefault((part.fieldname, tuple(part.words[:-1]), part.slop), []).append(part.words[-1])
            continue
        for docnum, places in starts(words, part, among).items():
            found.setdefault(docnum, set()).update(places)
    for (fieldname, first, slop), lasts in runs.items():
        for docnum, places in _starts_before(words, fieldname, list(first), lasts, slop, among).items():
            found.setdefault(docnum, set()).update(places)
    for (fieldname, last), before in leads.items():
        for docnum, places in _ends_after(words, fieldname, before, last, among).items():
            found.setdefault(docnum, set()).update(places)
    return found


def _ends_after(words: SegmentWords, fieldname: str, before: Sequence[str], last: str, among: Set[int]) -> Starts:
    """Where ``last`` (an amount's number) stands right after any of ``before`` (``LeadPhrase``: "in" of "in 2000") in
    each of the articles ``among``: its places are read first, the words before it only in the articles holding it
    (a word as common as "in" is never read whole)."""
    if fieldname not in words.searcher.schema:
        return {}
    field = words.searcher.schema[fieldname]
    if not field.format or not field.format.supports("positions"):
        return {}
    try:
        key, keys = field.to_bytes(last), [field.to_bytes(word) for word in dict.fromkeys(before)]
    except ValueError:
        return {}
    if (fieldname, key) not in words.reader:
        return {}
    own = _places_among(words, fieldname, key, among)
    decode = field.format.decoder("positions")
    leads = [_places_among(words, fieldname, lead, own.keys()) for lead in keys if (fieldname, lead) in words.reader]
    found: Starts = {}
    for docnum, encoded in own.items():
        ahead = {at + 1 for places in leads if docnum in places for at in decode(places[docnum])}
        if ahead and (places := ahead.intersection(decode(encoded))):
            found[docnum] = places
    return found


def _starts_before(words: SegmentWords, fieldname: str, first: Sequence[str], lasts: Sequence[str], slop: int,
                   among: Set[int]) -> Starts:
    """Where the phrase of the words ``first`` and then any one of ``lasts`` starts in each of the articles ``among``
    (each word within ``slop`` places of the one before); ``first`` empty: where any of ``lasts`` stands."""
    schema, reader = words.searcher.schema, words.reader
    if fieldname not in schema:
        return {}
    field = schema[fieldname]
    if not field.format or not field.format.supports("positions"):
        return {}
    try:
        keys = [field.to_bytes(word) for word in first]
    except ValueError:
        return {}
    if any((fieldname, key) not in reader for key in keys):
        return {}
    ends: list[bytes] = []  # the last words this segment holds
    for word in dict.fromkeys(lasts):
        try:
            key = field.to_bytes(word)
        except ValueError:  # that phrase alone matches nothing
            continue
        if (fieldname, key) in reader:
            ends.append(key)
    if not ends:
        return {}
    places = [words._word_places(fieldname, key)[1] for key in keys]
    candidates = set(among).intersection(*places)
    last_places = [_places_among(words, fieldname, key, candidates) for key in ends] if candidates else []
    decode = field.format.decoder("positions")
    found: Starts = {}
    for docnum in candidates:
        last = [at for encoded in last_places if docnum in encoded for at in decode(encoded[docnum])]
        if last and (begun := phrase_starts([*(decode(encoded[docnum]) for encoded in places), last], slop)):
            found[docnum] = begun
    return found


def _places_among(words: SegmentWords, fieldname: str, key: bytes, docnums: Set[int]) -> dict[int, bytes]:
    """The encoded places of the term ``key`` in those of ``docnums`` that hold it: as read for the query already,
    else from the posting blocks that may hold them alone (``posting_blocks_among``)."""
    read = words._phrase_words.get((fieldname, key))
    if read is not None:
        return read[1]
    found: dict[int, bytes] = {}
    try:
        postings = words.reader.postings(fieldname, key)
    except TermNotFound:
        return found
    for ids, _weights, values in posting_blocks_among(postings, docnums):
        found.update((docnum, encoded) for docnum, encoded in zip(ids, values) if docnum in docnums)
    return found
