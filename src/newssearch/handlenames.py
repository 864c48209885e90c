"""The authors a handle pasted from a social post names when written solid: ``@janesmith`` is Jane Smith, whose name
the index holds with its space (``@jane_smith`` parts it at its underscore, notices.py). Read only for a search that
found nothing and is a handle alone."""

from __future__ import annotations

from .folding import fold
from .schema import AUTHOR_FACET, facet_name
from .startup import lazy_compile

_NOT_LETTERS = lazy_compile(r"[\W_]+")


def solid_key(name: str) -> str:
    """``name``'s letters and digits, folded and in lower case: ``Jane Smith``, ``jane.smith`` and ``JaneSmith`` alike."""
    return _NOT_LETTERS.sub("", fold(name.casefold()))


def solid_authors(reader, handle: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The authors' names of the index (``reader``'s, deleted articles' too: a count says) whose letters are
    ``handle``'s, ignoring case, marks, spaces and punctuation, each once, in the order of the index's lexicon; none
    for a handle of fewer than four letters (``@ab``), which too many names would write."""
    key = solid_key(handle)
    if len(key) < 4:
        return []
    names = (facet_name(term.decode("utf-8") if isinstance(term, bytes) else term)
             for term in reader.lexicon(AUTHOR_FACET))
    return list(dict.fromkeys(name for name in names if " " in name.strip() and solid_key(name) == key))
