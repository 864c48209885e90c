"""Whether two newssearch indexes hold the same content: for a build-speed change that must not change what is indexed.

Usage: python benchmarks/compare_indexes.py INDEX_A INDEX_B

Compares every article's stored fields (by id), every field's terms and each term's postings (article id, weight,
value), and the files inside each segment byte for byte (segments paired by size; a segment's random id left out of
its files' names). Exits 0 when the content is the same; the segment bytes are told apart, since two builds can hold
the same postings in other bytes. Slow on a large index (Reuters-21578: about 2 minutes under load).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from whoosh import index as whoosh_index

CONTENT = ("documents", "stored", "terms", "postings", "term_hash")


def _open(folder: Path):  # type: ignore[no-untyped-def]
    """The Whoosh index inside a newssearch index folder (its ix-* folder)."""
    return whoosh_index.open_dir(str(next(folder.glob("ix-*"))))


def _segment_files(ix) -> list[tuple[int, list[tuple[str, str]]]]:  # type: ignore[no-untyped-def]
    """Each segment's article count and its files' SHA-1s, by name with the segment's id written ID."""
    found = []
    for segment in ix._segments():
        storage = segment.open_compound_file(ix.storage) if segment.is_compound() else ix.storage
        files = sorted((name.replace(segment.segid, "ID"), hashlib.sha1(storage.open_file(name).read()).hexdigest())
                       for name in storage.list() if segment.segid in name)
        found.append((segment.doc_count_all(), files))
    return sorted(found)


def summary(folder: Path) -> dict[str, object]:
    """What ``folder``'s index holds, as counts and hashes."""
    ix = _open(folder)
    with ix.reader() as reader:
        ids, stored = {}, {}
        for docnum, fields in reader.iter_docs():
            ids[docnum] = str(fields.get("id"))
            stored[ids[docnum]] = sorted(fields.items())
        digest, terms, postings = hashlib.sha1(), 0, 0
        for fieldname, btext in reader.all_terms():
            terms += 1
            digest.update(fieldname.encode() + b"\0" + btext + b"\0")
            matcher, posted = reader.postings(fieldname, btext), []
            while matcher.is_active():
                try:
                    value = matcher.value()
                except IndexError:  # a spelling word's stand-in posting holds no value
                    value = None
                posted.append((ids.get(matcher.id(), "?"), matcher.weight(), value))
                matcher.next()
            postings += len(posted)
            digest.update(repr(sorted(posted)).encode())
    stored_hash = hashlib.sha1(repr(sorted(stored.items())).encode()).hexdigest()
    return {"documents": len(stored), "stored": stored_hash, "terms": terms, "postings": postings,
            "term_hash": digest.hexdigest(), "segments": _segment_files(ix)}


def main() -> int:
    """Print each figure of both indexes and whether they agree; 0 when the content is the same."""
    a, b = (summary(Path(arg)) for arg in sys.argv[1:3])
    for key in CONTENT:
        print(f"{key}: {a[key]} {b[key]} {'same' if a[key] == b[key] else 'DIFFERENT'}")
    print("segment files byte for byte:", "same" if a["segments"] == b["segments"] else "different")
    return 0 if all(a[key] == b[key] for key in CONTENT) else 1


if __name__ == "__main__":
    sys.exit(main())
