"""The copy keys of an index's articles, read for a search: the live articles holding each key, and the tests
``copies`` groups a story's copies by (a shared sentence and nearly the same words, dated within days; a page's
AMP copy). ``CopyTable`` keeps every article's keys, read in bulk, with an index snapshot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .doccolumns import column_of, column_values, deleted_docnums
from .schema import BODY, COPY_KEY, DAY_NUMBER, URL
from .textkeys import (
    address_keys,
    all_words,
    opening_words,
    run_keys,
    sentence_keys,
    text_words,
    texts_alike,
    words_alike,
)
from .ties import ids

# Days apart, at most, of two dated short stories told copies by a shared sentence and their words: the same report a
# week later, written to one pattern ("The Treasury said it will sell 13.2 billion dlrs of bills"), is another story.
SENTENCE_COPY_DAYS = 3
# A key more articles than this share is boilerplate (a standard disclaimer), not one story: ignored.
BOILERPLATE_ARTICLES = 200


class CopyTable:
    """Every article's copy keys, and the live articles holding each key more than one does: read in bulk on first
    need and kept with an index snapshot (a NewsIndex keeps one until ``refresh()``), where every search with many
    hits had read each article's keys one by one (60-200 ms on Reuters-21578)."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self._keys: list[tuple[str, ...]] | None = None
        self._shared: dict[str, list[int]] | None = None

    def keys(self) -> list[tuple[str, ...]]:
        """Each document's keys, by document number (deleted ones too)."""
        if self._keys is None:
            self._keys = [tuple((value or "").split()) for value in column_values(self.reader, COPY_KEY)]
        return self._keys

    def read(self) -> bool:
        """Whether ``shared`` has been read."""
        return self._shared is not None

    def shared(self) -> dict[str, list[int]]:
        """Each key more than one live article holds, and those articles in document order."""
        if self._shared is None:
            keys = self.keys()
            first: dict[str, int] = {}
            table: dict[str, list[int]] = {}
            deleted = deleted_docnums(self.reader) if self.reader.has_deletions() else set()
            for docnum, own in enumerate(keys):
                if not own or docnum in deleted:  # live articles only
                    continue
                for key in own:
                    other = first.setdefault(key, docnum)
                    if other != docnum:
                        table.setdefault(key, [other]).append(docnum)
            self._shared = table
        return self._shared


class CopyIndex:
    """The copy keys of an index's articles, the live articles holding each key (the boilerplate check cached)
    and their dates: made once for a search and shared by its look-ups (the stories of its hits, then the copies
    each hit of the page names; made for each look-up, a page of many hits had cost hits × articles). ``kept``:
    the keys read in bulk for the index snapshot, used when many hits need them (``read_all``)."""

    def __init__(self, reader, kept: CopyTable | None = None) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self.column = column_of(reader, COPY_KEY)
        self._kept = kept if kept is not None else CopyTable(reader)
        self._all: list[tuple[str, ...]] | None = None
        self._holders: dict[str, tuple[int, ...]] = {}
        self._table: dict[str, list[int]] | None = None
        self._words: dict[tuple[int, Callable[[str], frozenset[str]]], frozenset[str]] = {}
        self._days: Sequence[int] | None = None  # a column reader, or the list read in bulk (``read_all``)

    @property
    def days(self):  # type: ignore[no-untyped-def]
        """The day-number column of the articles, read once."""
        if self._days is None:
            self._days = column_of(self.reader, DAY_NUMBER)
        return self._days

    def id_of(self, docnum: int) -> str:
        """``docnum``'s article id (only where copies tie): from the id column, or in an index without one from the
        stored record (``ties.Ids``; the whole article: 6-10 s for the ties of ``similar --group-copies`` at 100,000)."""
        return ids(self.reader).of(docnum)

    def of(self, docnum: int) -> Sequence[str]:
        """``docnum``'s copy keys (``copy_keys``: its runs of sentences)."""
        return run_keys(self._index_keys(docnum))

    def address_of(self, docnum: int) -> list[str]:
        """``docnum``'s address key (``storyaddress``), or none."""
        return address_keys(self._index_keys(docnum))

    def sentences_of(self, docnum: int) -> list[str]:
        """``docnum``'s sentence keys (a short story's: ``index_keys``)."""
        return sentence_keys(self._index_keys(docnum))

    def _index_keys(self, docnum: int) -> Sequence[str]:
        """Every key the index holds of ``docnum``."""
        if self._all is not None:
            return self._all[docnum]
        return (self.column[docnum] or "").split()

    def table_read(self) -> bool:
        """Whether the snapshot's keys were read in bulk already (by an earlier search): then a look-up in them is
        cheaper than one in the term index, however few the hits."""
        return self._kept.read()

    def read_all(self) -> None:
        """Take every live article's keys (read once per snapshot), so ``holders`` needs no term look-ups (for
        many hits); and their days in one read, for the many hits' ages (a seek and a read each: 1.8 s of CPU for the
        54,000 looked up by ``similar --group-copies`` at 100,000 articles)."""
        self._table = self._kept.shared()
        self._all = self._kept.keys()
        self._days = column_values(self.reader, DAY_NUMBER)

    def holders(self, key: str) -> tuple[int, ...]:
        """The live articles holding ``key``; none when only one does, or when it is boilerplate."""
        found = self._holders.get(key)
        if found is None:
            every = self._table.get(key, ()) if self._table is not None else self._looked_up(key)
            found = self._holders[key] = () if len(every) > BOILERPLATE_ARTICLES else tuple(every)
        return found

    def alike(self, docnum: int, other: int) -> bool:
        """Whether the texts of two articles share most of their words (read only for the few pairs that need it)."""
        return words_alike(self._words_of(docnum, text_words), self._words_of(other, text_words))

    def openings_alike(self, docnum: int, other: int, sentences: int, other_sentences: int) -> bool:
        """Whether the first sentences of two articles, above the text they share, are one text (a word changed)."""
        return words_alike(opening_words(self._body(docnum), sentences), opening_words(self._body(other), other_sentences))

    def near_days(self, docnum: int, other: int) -> bool:
        """Whether two articles are dated SENTENCE_COPY_DAYS apart at most, or either is undated."""
        day, other_day = self.days[docnum], self.days[other]
        return not (day and other_day and abs(day - other_day) > SENTENCE_COPY_DAYS)

    def same_text(self, docnum: int, other: int) -> bool:
        """Whether two short stories sharing a sentence are one: days apart at most SENTENCE_COPY_DAYS (or undated),
        and nearly the same words and numbers (``texts_alike``)."""
        if not self.near_days(docnum, other):
            return False
        return texts_alike(self._words_of(docnum, all_words), self._words_of(other, all_words))

    def amp_copy(self, docnum: int, other: int) -> bool:
        """Whether ``docnum`` is the AMP copy of ``other``: its own address (``_amp_id``) is an AMP one, ``other``'s
        is not, and its canonical address is ``other``'s."""
        if not _amp_id(self.id_of(docnum)) or _amp_id(self.id_of(other)):
            return False
        from .documents.warccaptures import address_key  # here: a search need not load the WARC reader
        url, other_url = (self.reader.stored_fields(d).get(URL) or "" for d in (docnum, other))
        return bool(url) and address_key(url) == address_key(other_url)

    def _body(self, docnum: int) -> str:
        """``docnum``'s stored text."""
        return self.reader.stored_fields(docnum).get(BODY) or ""

    def _words_of(self, docnum: int, words: Callable[[str], frozenset[str]]) -> frozenset[str]:
        """``words`` of ``docnum``'s text (``text_words``, ``all_words``), read once each."""
        found = self._words.get((docnum, words))
        if found is None:
            found = self._words[docnum, words] = words(self._body(docnum))
        return found

    def counts(self, key: str) -> bool:
        """Whether ``key`` may make copies: more than one article holds it, and not so many that it is boilerplate."""
        return bool(self.holders(key))

    def _looked_up(self, key: str) -> tuple[int, ...]:
        """The live articles holding ``key``, from the term index (the postings read only when more than one may)."""
        if self.reader.doc_frequency(COPY_KEY, key) <= 1:
            return ()
        # The postings leave out deleted articles, which doc_frequency counts: versions replaced by an update; a key
        # one live article holds makes no copies, as in the kept table (``CopyTable.shared``).
        live = tuple(self.reader.postings(COPY_KEY, key).all_ids())
        return live if len(live) > 1 else ()


def _amp_id(docid: str) -> bool:
    """Whether the article ``docid`` is at an AMP address (``warccaptures.is_amp``, as a WARC's AMP copies are told):
    a web archive's page by its address, a saved page (``amp.news.example/story/index.html`` in a mirror, under any
    folders) by its path read as one from each folder."""
    if "amp" not in docid.lower():
        return False
    from .documents.warccaptures import is_amp
    address = docid.partition("#")[2]
    if address.lower().startswith(("http://", "https://")):
        return is_amp(address)
    folders = docid.split("/")
    return any(is_amp("https://" + "/".join(folders[at:])) for at in range(len(folders)))
