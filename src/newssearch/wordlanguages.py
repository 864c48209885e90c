"""Whether a word is written only in articles of the index's minor languages: a "Did you mean" two slips away is not
such a word ("slides" had been offered "solide", the word of one French article in an English index)."""

from __future__ import annotations

import re
from collections.abc import Collection
from weakref import WeakKeyDictionary

from .folding import fold
from .schema import BODY, LANG, SEARCH_FIELDS, TITLE
from .wordcounts import articles_with

# A language of fewer than this share of an index's live articles is a minor one there (on trafilatura's evaluation
# pages, German 71%, English 17%: Spanish 4.9%, French, Polish and ten more are).
MINOR_SHARE = 0.05
WRITTEN_SAMPLE = 100  # articles of the other languages holding a word's stems read, at most, to find it written

_MINOR: WeakKeyDictionary[object, dict[str, frozenset[int]]] = WeakKeyDictionary()  # reader -> minor languages' articles


def minor_language_articles(reader, asked: Collection[str] = ()) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """The live articles in the index's minor languages (each under MINOR_SHARE of its articles) but those ``asked``
    for (codes), read once per reader; none in an index of one language."""
    if reader not in _MINOR:
        total = reader.doc_count()
        minor = [lang for lang in reader.lexicon(LANG) if reader.doc_frequency(LANG, lang) < MINOR_SHARE * total]
        _MINOR[reader] = {_text(lang): frozenset(docnum for docnum in reader.postings(LANG, lang).all_ids()
                                                 if not reader.is_deleted(docnum)) for lang in minor}
    by_language = _MINOR[reader]
    return frozenset().union(*(docnums for lang, docnums in by_language.items() if lang not in asked))


def _text(term: str | bytes) -> str:
    """A lexicon term as text (a reader may give it as bytes)."""
    return term.decode() if isinstance(term, bytes) else term


def only_in_minor_languages(reader, word: str, asked: Collection[str] = ()) -> bool:  # type: ignore[no-untyped-def]
    """Whether only articles of the index's minor languages write ``word`` (folded, in lower case) in their title or
    body. Its stems are not enough to tell: the French "solide" is the English stem "solid", which an English
    article may hold. A language the query ``asked`` for (``lang:fr``) is no minor one: the user wants its words."""
    minor = minor_language_articles(reader, asked)
    if not minor:
        return False
    others = set().union(*(articles_with(reader, field, word) for field in SEARCH_FIELDS)) - minor
    if len(others) > WRITTEN_SAMPLE:
        return False  # its stem is common in the other languages: a rare form of it may be in none read
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    for docnum in sorted(others):
        stored = reader.stored_fields(docnum)
        if any(pattern.search(fold(str(stored.get(field) or "").lower())) for field in (TITLE, BODY)):
            return False
    return True
