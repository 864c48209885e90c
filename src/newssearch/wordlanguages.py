"""Which language an index is mostly in, and whether a word is written in its articles: a "Did you mean" two slips
away is a word of that language ("slides" had been offered "solide", the word of one French article in an English
index)."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from .folding import fold
from .schema import BODY, LANG, SEARCH_FIELDS, TITLE
from .wordcounts import articles_with

MAIN_SHARE = 0.5  # the share of an index's live articles one language must hold to be its main one
WRITTEN_SAMPLE = 100  # articles of the main language holding a word's stems read, at most, to find it written

_MAIN: WeakKeyDictionary[object, tuple[str, frozenset[int]] | None] = WeakKeyDictionary()  # reader -> main language


def main_language(reader) -> tuple[str, frozenset[int]] | None:  # type: ignore[no-untyped-def]
    """The language more than MAIN_SHARE of the index's live articles are in, with those articles; None for an index
    of no such language (mixed, or naming none), read once per reader."""
    if reader not in _MAIN:
        total = reader.doc_count()
        counts = {lang: reader.doc_frequency(LANG, lang) for lang in reader.lexicon(LANG)} if total else {}
        lang = max(counts, key=counts.__getitem__, default=None)
        if lang is None or counts[lang] <= MAIN_SHARE * total:
            _MAIN[reader] = None
        else:
            name = lang.decode() if isinstance(lang, bytes) else str(lang)
            _MAIN[reader] = (name, frozenset(docnum for docnum in reader.postings(LANG, lang).all_ids()
                                             if not reader.is_deleted(docnum)))
    return _MAIN[reader]


def in_main_language(reader, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether an article of the index's main language writes ``word`` (folded, in lower case) in its title or body;
    True when the index has no main language. Its stems are not enough: the French "solide" is the English stem
    "solid", which an English article may hold."""
    main = main_language(reader)
    if main is None:
        return True
    _, articles = main
    holders = set().union(*(articles_with(reader, field, word) for field in SEARCH_FIELDS)) & articles
    if len(holders) > WRITTEN_SAMPLE:
        return True  # its stem is common in the main language: a rare form of it ("timetabled") may be in none read
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    for docnum in sorted(holders):
        stored = reader.stored_fields(docnum)
        if any(pattern.search(fold(str(stored.get(field) or "").lower())) for field in (TITLE, BODY)):
            return True
    return False
