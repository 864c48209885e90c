"""Words that no article of a segment holds together in a field, remembered while one query is scored there.

A pasted page in quotes is searched as one phrase for each reading of its amounts and its words (``$671.7bn``:
"671.7 billion", "671700000000 dollar", …), each of thousands of words: reading every word of every reading had
made a 5,000-word proximity take half a minute. The few words that showed one reading in no article rule out every
other reading holding them too, found with one set of its words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

KEPT = 64  # at most so many sets of words a field, each tried against every phrase of it asked for after


class ApartWords:
    """Sets of words no article of one segment holds together, by field (each is in no article with the others)."""

    def __init__(self) -> None:
        self._apart: dict[str, list[frozenset[str]]] = {}
        self._absent: dict[str, set[str]] = {}  # words in no article: an amount's reading ("671700000000 dollar")

    def known(self, fieldname: str, words: Sequence[str]) -> bool:
        """Whether ``words`` (of ``fieldname``) hold a word in no article, or words known to be in none together."""
        absent, known = self._absent.get(fieldname), self._apart.get(fieldname)
        if not absent and not known:
            return False
        held = set(words)
        return bool(absent and not absent.isdisjoint(held)) or any(apart <= held for apart in known or ())

    def absent(self, fieldname: str, word: str) -> None:
        """Remember that no article of the segment holds ``word`` in ``fieldname``."""
        self._absent.setdefault(fieldname, set()).add(word)

    def together(self, fieldname: str, words: Sequence[str], held: Sequence[Mapping[int, object]]) -> set[int]:
        """The articles holding every one of ``words`` (``held[i]``: those holding ``words[i]``), the rarest word's
        first; when there are none, the words that showed it are remembered for ``known``."""
        rarest = min(range(len(held)), key=lambda i: len(held[i]))
        candidates = set(held[rarest].keys())
        last = rarest
        for at, docs in enumerate(held):
            if not candidates:
                break
            candidates.intersection_update(docs)
            last = at
        if not candidates and len(self._apart.setdefault(fieldname, [])) < KEPT:
            # two words in no article together say it alone; else every word read up to the last
            pair = held[rarest].keys().isdisjoint(held[last])
            self._apart[fieldname].append(frozenset((words[rarest], words[last]) if pair else
                                                    [words[rarest], *words[:last + 1]]))
        return candidates
