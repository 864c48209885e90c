"""The folders a ``section:`` that finds nothing names: an archive kept by section in folders (BBC News's
``bbc/politics``, ``bbc/sport``) has articles naming no section, so ``section:politics`` had been told only that no
article has a section, with no way to the folder's articles; the note gives the ``id:`` pattern that finds them.
Imported only by a search that found nothing: it reads every id the index holds."""

from __future__ import annotations

from collections import Counter

from whoosh import query as wq

from . import livecounts
from .errors import as_typed
from .schema import ID, SECTION

SHOWN = 3  # folders of one name a note lists


def section_folder_notes(reader, leaves: list[wq.Query]) -> list[str]:  # type: ignore[no-untyped-def]
    """For each ``section:`` term among ``leaves`` that no live article holds but that names folders of the corpus
    (a level of an id's path, in any letter case, ``_`` and ``-`` as spaces), their ``id:`` patterns with the count of
    live articles each holds: ``sport is the name of a folder: 'id:bbc/sport/*' finds its 12 articles``."""
    asked = {_folded(str(leaf.text)): str(leaf.text) for leaf in leaves
             if isinstance(leaf, wq.Term) and leaf.fieldname == SECTION
             and not livecounts.live_doc_frequency(reader, SECTION, leaf.text)}
    if not asked:
        return []
    found: dict[str, Counter[str]] = {key: Counter() for key in asked}
    for term in reader.lexicon(ID):
        text = term.decode("utf-8") if isinstance(term, bytes) else str(term)
        levels = text.split("#", 1)[0].split("/")[:-1]  # a record's file's folders; not the file's own name
        named = [depth for depth, level in enumerate(levels) if _folded(level) in found]
        if named and livecounts.live_doc_frequency(reader, ID, term):
            for depth in named:
                found[_folded(levels[depth])]["/".join(levels[:depth + 1])] += 1
    return [_note(asked[key], folders) for key, folders in found.items() if folders]


def _folded(name: str) -> str:
    """``name`` as a section and a folder are compared: in one letter case, ``_`` and ``-`` spaces."""
    return " ".join(name.replace("_", " ").replace("-", " ").split()).casefold()


def _note(typed: str, folders: Counter[str]) -> str:
    """What a note says of the folders named ``typed``, the most articles first."""
    ordered = sorted(folders.items(), key=lambda item: (-item[1], item[0]))
    if len(ordered) == 1:
        folder, count = ordered[0]
        return (f"{typed} is the name of a folder: {_pattern(folder)} finds its {count:,} "
                f"article{'' if count == 1 else 's'}")
    (first, most), rest = ordered[0], ordered[1:SHOWN]
    listed = ", ".join([f"{_pattern(first)} finds {most:,} article{'' if most == 1 else 's'}",
                        *(f"{_pattern(folder)} {count:,}" for folder, count in rest)])
    more = f" and {len(ordered) - SHOWN:,} more" if len(ordered) > SHOWN else ""
    return f"{typed} is the name of {len(ordered):,} folders: {listed}{more}"


def _pattern(folder: str) -> str:
    """The ``id:`` pattern of a folder's articles, quoted when its path has a space (``id:"Clippings 2005/*"``)."""
    return as_typed(f'id:"{folder}/*"' if " " in folder else f"id:{folder}/*")
