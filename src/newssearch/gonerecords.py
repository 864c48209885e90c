"""What the index knows of a record an update removed from a file it still holds: a feed's item that scrolled off
the feed (saved again without it), a line taken out of an export; and the id a record has in a file found renamed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path, PurePosixPath

from .documents.readertable import feed_start
from .idlookup import natural_order
from .schema import ID

_SLASHES = re.compile(r"/{2,}")


def gone_record(searcher, path: Path, name: str, key: str,  # type: ignore[no-untyped-def]
                 who: str = "it") -> tuple[str, str] | None:
    """What to say of the record ``key`` (``#a2``) of the corpus file ``path`` (id ``name``), still indexed, when an
    update removed it while the index still holds its id (until its segment is merged): a feed's item that scrolled
    off the feed, a line taken out of an export; None when it is no such record."""
    if not key.startswith("#"):
        return None
    held = _held_ids(searcher, name)
    live = _live(searcher, held)
    if not any(_same_key(held_id[len(name):], key) for held_id in set(held) - set(live)):
        return None
    gone = f"{who} was removed from the index at an update: "
    if _is_feed(path):
        return (f"{gone}the item is gone from its feed, {name}", "a feed saved again over its file keeps only its "
                f"current items: save each download under a name of its own, {_dated_name(name)}")
    return f"{gone}the record is gone from {name}", holds(searcher, name, live)


def _live(searcher, ids: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Those of ``ids`` that name a live article."""
    return [held_id for held_id in ids if searcher.document_number(**{ID: held_id}) is not None]


def holds(searcher, name: str, live: list[str] | None = None) -> str:  # type: ignore[no-untyped-def]
    """``bad.jsonl holds 1 article: bad.jsonl#b2``: the live articles of the file ``name`` (``live``, when known)."""
    live = _live(searcher, _held_ids(searcher, name)) if live is None else live
    listed = ", ".join(live[:3]) + (", …" if len(live) > 3 else "")
    return f"{name} holds {len(live):,} article{'' if len(live) == 1 else 's'}" + (f": {listed}" if live else "")


def _is_feed(path: Path) -> bool:
    """Whether the corpus file ``path`` is an RSS, Atom or RDF feed, as its reader tells one by its start."""
    try:
        with open(path, "rb") as handle:
            return feed_start(handle.read(4096))
    except OSError:
        return False


def _dated_name(name: str) -> str:
    """The name of feed ``name`` with today's date in it (``news.rss``: ``news-2024-05-08.rss``), as a download's."""
    base = PurePosixPath(name).name
    stem, dot, ending = base.rpartition(".")
    return f"{stem}-{date.today().isoformat()}.{ending}" if dot and stem else f"{base}-{date.today().isoformat()}"


def now_id(searcher, moved: str, key: str) -> str:  # type: ignore[no-untyped-def]
    """The id of the file ``moved`` holding the same bytes as a removed one, with the record ``key`` typed (``#r1``)
    when it holds that record too: a feed renamed holds its items under their keys (an address's "//" as the
    typed path squeezed it, ``#https:/news.example/a``, matched too)."""
    if not key.startswith("#"):
        return moved
    return next((held for held in _held_ids(searcher, moved)
                 if _same_key(held[len(moved):], key) and searcher.document_number(**{ID: held}) is not None), moved)


def _same_key(held: str, typed: str) -> bool:
    """Whether a record's key the index holds (``#https://news.example/a``) is the one typed, whose path's slashes
    were squeezed (an address's "//": ``#https:/news.example/a``)."""
    return _SLASHES.sub("/", held) == _SLASHES.sub("/", typed)


def _held_ids(searcher, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the records of the file ``name`` that the index holds, live or removed (until merged), in order."""
    return sorted((term.decode("utf-8") if isinstance(term, bytes) else term
                   for term in searcher.reader().expand_prefix(ID, name + "#")), key=natural_order)
