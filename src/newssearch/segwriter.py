"""A faster Whoosh segment writer: same index, less work per document.

``NewsWriter`` is Whoosh's ``SegmentWriter`` with three changes that leave terms, postings, stored
fields and scores as they were:

* title and body are analysed in one pass that also yields the spelling words
  (``fastanalysis``), instead of the analyzer chain run twice;
* each spelling word is pooled once per segment, not once per article: the spelling field is only
  a word list ('did you mean' reads its terms, never its postings);
* when the segment is flushed, each field's lengths are read once, not once per posting (Whoosh
  also asks the file system, per posting, whether a field without lengths has them now);
* the posting pool spills its sorted runs in pickled chunks, not one pickle per posting, and sorts by field and
  term alone (``postingpool``);
* a term with one posting (every spelling word) is written as one block by ``segpostings``, not through Whoosh's
  postings writer;
* the terms of a value many articles share (a date, a language, a section: ``SHARED_VALUES``) are made once;
* an article is deleted by its term's postings in each segment, not through a query and a searcher.
"""

from __future__ import annotations

import os
import uuid

from whoosh.codec.whoosh3 import W3PerDocReader
from whoosh.fields import SpellField
from whoosh.writing import SegmentWriter

from .durability import commit_toc
from .fastanalysis import compile_schema
from .postingpool import ChunkedPool
from .schema import (
    BODY,
    DATE,
    DAY_NUMBER,
    LANG,
    LENGTHS,
    MONTH,
    SECTION,
    SECTION_FACET,
    SOURCE,
    SOURCE_FACET,
    TITLE,
    YEAR,
)
from .segmerge import live_postings, still_written
from .segpostings import write_postings
from .stemming import language_stemmer
from .textanalysis import spelling_words, stem_english

# A field whose words go in another field's spelling list: a headline's compound or name that its story never says
# again (German headlines, most of all) is a word "Did you mean" may offer.
SPELLED_IN = {TITLE: BODY}
DEFAULT_LIMIT_MB = 96  # posting pool per writer before it spills a sorted run to disk
# Fields whose values many articles share (a day's stories, a language, a publisher): each value's terms are made
# once a writer, not once an article. A date's were 49 µs an article (four tiers, each converted again); a desk's
# sections 7 µs each field (Reuters-21578's topics: 1,308 values over 11,367 stories, 156 ms of CPU against 20).
SHARED_VALUES = frozenset({DATE, DAY_NUMBER, YEAR, MONTH, LANG, SOURCE, SOURCE_FACET, SECTION, SECTION_FACET})
SHARED_LIMIT = 10_000  # values whose terms are kept; the cache starts again past this


class _LengthCachingReader(W3PerDocReader):
    """A per-document reader that remembers which length columns a segment lacks."""

    def _cached_reader(self, fieldname, column):  # type: ignore[no-untyped-def]
        try:
            return self._readers[fieldname]
        except KeyError:
            reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
            self._readers[fieldname] = reader
            return reader


class NewsWriter(SegmentWriter):
    """Whoosh's segment writer with one-pass analysis, pooled-once spelling words and cached lengths."""

    def __init__(self, ix, limitmb: int = DEFAULT_LIMIT_MB, **kwargs: object) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ix, limitmb=limitmb, **kwargs)
        # Whoosh names its run folder after the index ("MAIN.tmp" in the system temp folder), so two
        # writers at once (worker processes, or two indexes) would delete each other's runs.
        self._tempstorage = self.storage.temp_storage(f"newssearch-{os.getpid()}-{uuid.uuid4().hex}.tmp")
        self.pool = ChunkedPool(self._tempstorage, self.newsegment, limitmb=limitmb)
        self._plans = compile_schema(self.schema)
        self._spelled: dict[str, set[str]] = {}  # spelling field -> the words pooled for it in this segment
        self._shared: dict[tuple[str, object], list] = {}  # type: ignore[type-arg]  # (field, value) -> its terms
        self._leaves: list | None = None  # type: ignore[type-arg]  # each segment's reader and first docnum, to delete by
        # field -> its exact-length column and the column's type (none in an index of an older schema)
        self._length_columns = {fieldname: (column, self.schema[column].column_type)
                                for fieldname, column in LENGTHS.items() if column in self.schema}

    def add_document(self, **fields: object) -> None:
        """Add one document; the same postings and stored values as ``SegmentWriter.add_document``."""
        self._check_state()
        perdocwriter, schema, docnum = self.perdocwriter, self.schema, self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        lengths = dict.fromkeys(self._length_columns, 0)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is not None:
                    length = self._add_field(fieldname, schema[fieldname], value, fields, docboost, docnum)
                    if fieldname in lengths:
                        lengths[fieldname] = length
            for fieldname, length in lengths.items():  # every article's, 0 too: a column missing is an older index's
                perdocwriter.add_column_value(*self._length_columns[fieldname], length)
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_field(self, fieldname: str, field, value, fields, docboost, docnum) -> int:  # type: ignore[no-untyped-def]
        """Index, store and column one field value (Whoosh's loop body, with the fast analysis); its length."""
        length, spelling = 0, None
        if field.indexed:
            fieldboost = self._field_boost(fields, fieldname, docboost)
            plan = self._plans.get(fieldname) if isinstance(value, str) else None
            if plan is not None:  # its length counts the words a query searches, not the stopwords
                analysis = plan.analyse(value, fields.get(LANG))  # stemmed by the article's language's rules
                items, spelling, length = analysis.items, analysis.spelling, analysis.length
            else:  # a field without stopwords (names, sources): every token counts
                items = self._terms(fieldname, field, value)
                length = sum(freq for _, freq, _, _ in items)
            self.pool.add_items(fieldname, docnum, fieldboost, items)
            if not field.scorable:
                length = 0
            elif items and not length:
                # Only stopwords ("Who do you think you are?"), yet findable: by a phrase, or by a word
                # whose stem is one ("thinking" is "think"). Whoosh reads a stored length of 0 as None,
                # which BM25 cannot score, so such a field counts one word.
                length = 1
        if field.separate_spelling():
            self._add_spelling(field.spelling_fieldname(fieldname), field, value, spelling)
        elif fieldname in SPELLED_IN:  # a headline's words are spelling words too
            into = SPELLED_IN[fieldname]
            self._add_spelling(self.schema[into].spelling_fieldname(into), field, value, spelling)
        if field.vector:
            vitems = field.vector.word_values(value, field.analyzer, mode="index")
            vitems = sorted((text, weight, vbytes) for text, _, weight, vbytes in vitems)
            self.perdocwriter.add_vector_items(fieldname, field, vitems)
        customval = fields.get(f"_stored_{fieldname}", value)
        self.perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
        if field.column_type and customval is not None:
            self.perdocwriter.add_column_value(fieldname, field.column_type, field.to_column_value(customval))
        return length

    def _terms(self, fieldname: str, field, value) -> list:  # type: ignore[no-untyped-def,type-arg]
        """``field.index(value)``'s items, made once per value of a field in ``SHARED_VALUES``."""
        if fieldname not in SHARED_VALUES:
            return list(field.index(value))
        key = (fieldname, value)
        items = self._shared.get(key)
        if items is None:
            if len(self._shared) >= SHARED_LIMIT:
                self._shared.clear()
            items = self._shared[key] = list(field.index(value))
        return items

    def _add_spelling(self, spellfield: str, field, value, words: set[str] | None) -> None:  # type: ignore[no-untyped-def]
        """Pool the spelling words this segment has not seen yet (told by one set difference: most words of an
        article were an earlier one's; the pool's order does not depend on theirs, it is sorted by term)."""
        spelled = self._spelled.setdefault(spellfield, set())
        new = (words if words is not None else spelling_words(field, value)) - spelled
        spelled |= new
        add_post = self.pool.add
        for word in new:
            add_post((spellfield, word.encode("utf-8"), 0, 1, b""))

    def add_postings_to_pool(self, reader, startdoc: int, docmap) -> None:  # type: ignore[no-untyped-def]
        """Whoosh's, for a segment merged into this one; a spelling field's words are pooled as words.

        Their stand-in postings (``_add_spelling``) hold no value to copy: Whoosh's copy of them failed
        with IndexError, so after about fifteen updates, when small segments were first merged, indexing stopped.
        A word is kept while a live article of the segment holds its term: Whoosh kept every word for ever.
        """
        spelling = {name for name in reader.indexed_field_names()
                    if name in self.schema and isinstance(self.schema[name], SpellField)}
        sources = {field.spelling_fieldname(name): (name, *_spelled_from(name)) for name, field in self.schema.items()
                   if field.separate_spelling()}  # spell_body: body and title
        add_post = self.pool.add
        live: set[tuple[str, bytes]] = set()
        tracked = {name for names in sources.values() for name in names}
        for item in self._process_posts(live_postings(reader, spelling, live, tracked), startdoc, docmap):
            add_post(item)
        if self.docnum:  # the stand-in posting is in this segment's first document
            # patterns is the query side's (wildcards, fuzzy automata, pattern scores): a run that merges no segment
            # never imports it
            from .patterns import index_languages

            stemmers = [stem_english, *map(language_stemmer, index_languages(reader))]  # as its articles were stemmed
            for fieldname in sorted(spelling):
                source, spelled = sources.get(fieldname, (fieldname,)), self._spelled.setdefault(fieldname, set())
                for word in reader.lexicon(fieldname):
                    if not any(still_written(name, word, live, stemmers) for name in source):
                        continue  # only deleted articles wrote it: a junk file's 200,000 words go with it
                    if (text := word.decode("utf-8")) not in spelled:
                        spelled.add(text)
                        add_post((fieldname, word, 0, 1, b""))

    def delete_by_term(self, fieldname: str, text: str, searcher=None) -> int:  # type: ignore[no-untyped-def]
        """Whoosh's, reading the term's postings in each segment (its live articles) with no query or searcher: an
        update's deletions imported whoosh.query and whoosh.searching, and ran a query's machinery for each file."""
        if searcher is not None:
            return int(super().delete_by_term(fieldname, text, searcher))
        btext = self.schema[fieldname].to_bytes(text)
        if self._leaves is None:
            self._leaves = list(self.reader().leaf_readers())  # closed by _finish, as Whoosh's cached searcher is
        count = 0
        for leaf, offset in self._leaves:
            if (fieldname, btext) in leaf:
                for docnum in leaf.postings(fieldname, btext).all_ids():
                    self.delete_document(offset + docnum)
                    count += 1
        return count

    def _finish(self) -> None:
        """Whoosh's, closing the readers ``delete_by_term`` opened too."""
        leaves, self._leaves = self._leaves, None
        for leaf, _ in leaves or ():
            leaf.close()
        super()._finish()

    def _flush_segment(self) -> None:
        """Write the pooled postings (Whoosh's flush, with ``write_postings`` for the loop)."""
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        try:
            write_postings(self.fieldwriter, self.schema, lengths, self.pool.iter_postings())
            self.fieldwriter.close()
        finally:
            if lengths:
                lengths.close()

    def per_document_reader(self):  # type: ignore[no-untyped-def]
        """The new segment's per-document reader, with the length-column cache."""
        if not self.perdocwriter.is_closed:
            raise RuntimeError("Per-doc writer is still open")
        return _LengthCachingReader(self.storage, self.get_segment())

    def _without_replaced(self, segments: list) -> list:  # type: ignore[type-arg]
        """``segments`` without those whose articles were all deleted or replaced, and with those that lost more
        than ``PURGE_SHARE`` of them rewritten into this writer's segment: deleted articles otherwise stay on
        disk and in the word statistics for good (every update of every file had added a segment's worth)."""
        from whoosh.reading import SegmentReader

        kept = []
        for segment in segments:
            total, live = segment.doc_count_all(), segment.doc_count()
            if live and total - live > PURGE_SHARE * total:
                reader = SegmentReader(self.storage, self.schema, segment)
                try:
                    self.add_reader(reader)
                finally:
                    reader.close()
            elif live:
                kept.append(segment)
        return kept

    def _commit_toc(self, segments: list) -> None:  # type: ignore[type-arg]
        """Whoosh's, each step synced before the next: a power cut leaves this commit or the last (``durability``)."""
        commit_toc(self, segments)

    def commit_with(self, segments: list) -> None:  # type: ignore[type-arg]
        """Commit this writer's deletions and additions together with segments written elsewhere."""
        self._check_state()
        try:
            final = self._without_replaced(self._merge_segments(None, None, None))
            final.extend(segments)
            if self._added:
                final.append(self._finalize_segment())
            else:
                self._close_segment()
            self._commit_toc(final)
        except BaseException:  # a disk full: the lock is let go of all the same (the caller clears the files)
            self._finish()
            raise
        self._finish()


def _spelled_from(name: str) -> tuple[str, ...]:
    """The fields whose words go in ``name``'s spelling list besides its own (``SPELLED_IN``)."""
    return tuple(other for other, into in SPELLED_IN.items() if into == name)


PURGE_SHARE = 1 / 3  # a segment with more of its articles deleted is rewritten without them (as Lucene's 33%)
