"""What ``segwriter.NewsWriter`` reads of a segment it merges: its live postings, noting which terms a live article
still holds, and whether a spelling word is still written by one (a word only deleted articles wrote goes)."""

from __future__ import annotations


def live_postings(reader, skipped: set[str], live: set[tuple[str, bytes]], tracked: set[str]):  # type: ignore[no-untyped-def]
    """``reader.iter_postings()`` without the fields in ``skipped``; each term of a ``tracked`` field with a live
    posting goes in ``live``."""
    for fieldname, btext in reader.all_terms():
        if fieldname in skipped:
            continue
        matcher = reader.postings(fieldname, btext)  # deleted articles left out
        if fieldname in tracked and matcher.is_active():
            live.add((fieldname, btext))
        while matcher.is_active():
            yield fieldname, btext, matcher.id(), matcher.weight(), matcher.value()
            matcher.next()


def still_written(fieldname: str, word: bytes, live: set[tuple[str, bytes]], stemmers: list) -> bool:  # type: ignore[type-arg]
    """Whether a live article's ``fieldname`` holds a term of the spelling word ``word``: itself or its stem by one of
    ``stemmers`` (English, and the languages the segment's articles are stemmed in)."""
    return (fieldname, word) in live or any((fieldname, stem(word.decode("utf-8")).encode("utf-8")) in live
                                            for stem in stemmers)
