"""How a section is matched: ``section:`` finds an article by the terms ``section_terms`` makes of each of its
sections (see ``documents.sections``), in lower case, whatever its spaces, by its whole name or one level of its path.
"""

from __future__ import annotations

from .startup import lazy_compile

# The levels of a section's path ("News > UK Politics", "news/politics", "Sport » Rugby"): each finds it too.
_LEVELS = lazy_compile(r"\s*(?:>|»|/|›)\s*")


def section_key(name: str) -> str:
    """A section as a query matches it: lower case, its spaces one (``World  News`` is ``world news``)."""
    return " ".join(name.lower().split())


def section_terms(name: str) -> tuple[str, ...]:
    """What ``section:`` finds a section by: its whole name and each level of its path ("News > UK Politics":
    ``news > uk politics``, ``news``, ``uk politics``), each as ``section_key`` writes it, without commas (the
    field's separator)."""
    whole = section_key(name).replace(",", " ")
    levels = [key for level in _LEVELS.split(whole) if (key := " ".join(level.split()))]
    return tuple(dict.fromkeys([" ".join(whole.split()), *(levels if len(levels) > 1 else ())]))
