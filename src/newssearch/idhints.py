"""What to say of an id that names no article: what the index knows of its file, else what to type instead (a
record of the file it names, an article of the folder, one of the ids it ends or names loosely)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .documents.archivenames import unpacked_path
from .errors import ArticleNotFound, as_typed
from .idlookup import TypedIds, natural_order
from .ids import file_part, plain_spelling, portable_id, portable_key, typed_forms

ID_HINT = "ids are paths relative to the corpus, as `newssearch query` shows them"
NO_ARTICLES_HINT = "this index holds no articles: `newssearch stats` says what its last update skipped"


def _first_few(ids: list[str], shown: int = 3) -> str:
    """``a, b, c, …``: the first ``shown`` of ``ids``."""
    return ", ".join(ids[:shown]) + (", …" if len(ids) > shown else "")


def _did_you_mean(ids: list[str]) -> str:
    """The question naming the several ``ids`` a typed id may mean; the general hint when there are none."""
    if len(ids) > 3:
        return f"did you mean one of {len(ids):,} ids: {_first_few(ids)}?"
    if len(ids) > 1:
        return f"did you mean {', '.join(ids[:-1])} or {ids[-1]}?"
    return f"did you mean {ids[0]}?" if ids else ID_HINT


def not_found(lookup: TypedIds, article_id: str, typed: str) -> ArticleNotFound:
    """The error for an id that names no article: what the index knows of the file it names (``goneids``),
    else what to type instead (``id_hint``); that no such file is in the corpus only beside the general hint."""
    from .addressids import is_address
    from .goneids import gone_at_address, named_links, outside_corpus, why_missing

    paths = [*named_links(lookup.corpus, typed), *lookup.corpus_paths(typed)]  # a link's own name first
    missing = (why_missing(lookup.searcher, lookup.corpus, paths, lookup.facts)
               or outside_corpus(lookup.corpus, typed)
               or (gone_at_address(lookup.searcher, lookup.corpus, typed, lookup.facts) if is_address(typed) else None))
    hint = missing[1] if missing and missing[1] else id_hint(lookup, typed)
    said = f": {missing[0]}" if missing and (missing[1] or hint in (ID_HINT, NO_ARTICLES_HINT)) else ""
    return ArticleNotFound(f"no article with id {as_typed(article_id)}{said}", hint=hint)


def id_hint(lookup: TypedIds, typed: str) -> str:
    """What to type instead of an id that names no article: a record of the file it names, an article of the
    folder it names, one of the several ids it ends, or of those it names loosely (``TypedIds.loose_matches``); of
    the several articles at a web address, their ids."""
    from .addressids import articles_at, is_address

    if typed and is_address(typed):
        at = articles_at(lookup.searcher, lookup.ids(), typed)
        if len(at) > 1:
            return _did_you_mean(sorted(at, key=natural_order))
    tail = portable_id(typed.removeprefix("./").strip("/"))
    ids = lookup.ids()  # each list named sorted (``_natural``), not all 19,000 of Reuters' ids before filtering
    if not ids:  # no path typed otherwise would name one: "ids are paths …" had sent a user looking for a typo
        return NO_ARTICLES_HINT
    files = _files(ids)
    relative = [portable_id(path) for path in itertools.islice(lookup.corpus_paths(typed), 1)]
    records = [file_part(form) for form in typed_forms(typed.removeprefix("./").strip("/"))]  # "exp.jsonl#99"
    for name in dict.fromkeys([tail, *relative, *records]):  # as typed, relative to the corpus, a record's file
        named = [file for file in files if file == name or unpacked_path(file).endswith("/" + name)]
        if len(named) == 1:
            held = _natural(known for known in ids if known.startswith(named[0] + "#"))
            if _by_place(typed) and not any(_by_place(known) for known in held):  # an id noted before (recordkeys)
                return (f"{named[0]} keys its records by their own id or address, not their place: its "
                        f"{len(held):,} article{'' if len(held) == 1 else 's'}: {_first_few(held)}")
            return f"{named[0]} holds {len(held):,} article{'' if len(held) == 1 else 's'}: {_first_few(held)}"
    for folder in dict.fromkeys(name for name in [tail, *relative] if name not in ("", ".")):
        inside = _natural(known for known in ids if known.startswith(folder + "/"))
        if inside:  # a folder tab-completed or copied from the shell
            return (f"{folder} is a folder of {len(inside):,} article{'' if len(inside) == 1 else 's'}: "
                    f"{_first_few(inside)}")
    for ending in lookup.endings(tail) if tail else ():
        endings = _natural(known for known in ids if known.endswith(ending))
        if len(endings) > 1:
            return f"{len(endings):,} ids end so: {_first_few(endings)}"
        if endings:
            break
    spelled = _spelled_otherwise(typed, ids)
    if spelled:
        return _did_you_mean([as_typed(known) for known in spelled])  # quoted: a space at either end shows
    keyed = _keyed(typed, ids)
    if keyed:
        return keyed
    loose = sorted(lookup.loose_matches(typed), key=natural_order) if typed else []
    if len(loose) > 1:
        return _did_you_mean(loose)
    return _did_you_mean(lookup.prefix_matches(typed)) if typed else ID_HINT


def _natural(ids: Iterable[str]) -> list[str]:
    """``ids`` in their natural order (``natural_order``: ``x#2`` before ``x#10``)."""
    return sorted(ids, key=natural_order)


def _files(ids: list[str]) -> set[str]:
    """The ids of the files ``ids`` are records or members of: exports, feeds and archives, and the exports and feeds
    inside archives (``z.zip#wire.jsonl`` of ``z.zip#wire.jsonl#w1``)."""
    files = set()
    for known in ids:
        if "#" in known:
            files.add(file_part(known))
            record = unpacked_path(known).find("#")  # the same length: each archive's # written /
            if record >= 0:
                files.add(known[:record])
    return files


def _by_place(article_id: str) -> bool:
    """Whether ``article_id`` keys a record by its place in its file (``export.jsonl#2``, ``wire.jsonl#3.2``): the
    id a record without its own id or address had, and one of a file keyed so before its records were keyed by their
    addresses, which no longer names a record, lest it name another one once the file changes."""
    key = article_id.partition("#")[2]
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", key))


def _spelled_otherwise(typed: str, ids: list[str]) -> list[str]:
    """The ids ``typed`` names but for a file name's encoding or spacing (``ids.plain_spelling``): ``café.txt`` of a
    Latin-1 name's ``caf%E9.txt``, ``trail.txt`` of ``trail .txt``; else those whose path ends so. Suggested, not
    found: two files may be named so."""
    wanted = plain_spelling(typed.removeprefix("./").strip("/"))
    if not wanted:
        return []
    plain = {known: plain_spelling(unpacked_path(known) if "#" in known else known) for known in ids}
    equal = [known for known, spelling in plain.items() if spelling == wanted]
    return _natural(equal or (known for known, spelling in plain.items() if spelling.endswith("/" + wanted)))


def _keyed(typed: str, ids: list[str]) -> str | None:
    """The ids whose record key is ``typed`` (``a2`` for ``export.jsonl#a2``: a record's key typed alone, as in an
    index of one export), as a question; None when there are none."""
    if not typed or "/" in typed or "#" in typed:
        return None
    keyed = _natural(known for known in ids if known.endswith("#" + portable_key(typed)))
    return _did_you_mean(keyed) if keyed else None
