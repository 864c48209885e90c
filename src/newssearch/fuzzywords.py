"""The body's words as written within some edits of a word typed: a fuzzy word's (``runnig~2``) and "Did you mean"'s.

Walked with Whoosh's Levenshtein automata over the word list in memory (``written_lexicons``) or on disk, and letter by
letter for a word too long for an automaton.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from whoosh.automata import lev

from .patterns import WRITTEN, Lexicons
from .schema import BODY
from .termsfile import segment_terms


class WordFinder:
    """The body's words as written within some edits of words typed, for one query (fuzzy words, Did you mean).

    Each look-up is done once. Whoosh walks a Levenshtein automaton through the word list on disk, a binary
    search of the terms file for each step: cheap for one short walk of one edit, 0.1-0.8 s for two edits after
    the first letter and seconds from the first letter on (Reuters). So a walk of two edits (each "Did you mean"),
    or any walk after the first, reads the list into memory once (``written_lexicons``: 0.12 s on Reuters), where
    each walk takes milliseconds; and every walk is made there when the index handle's ``lexicons`` hold the list
    already.
    """

    def __init__(self, reader, lexicons: Lexicons | None = None) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self.kept = lexicons  # the handle's, when it has them
        self._found: dict[tuple[str, int, int, bool], set[str]] = {}
        self._lexicons: list[list[str]] | None = None

    def within(self, typed: str, edits: int, prefix: int, swaps: bool = True) -> set[str]:
        """The words within ``edits`` edits of ``typed`` (see ``words_within``); of a word typed with a dot at its
        start, the words so written (``dot_words_within``)."""
        key = (typed, edits, prefix, swaps)
        if key not in self._found and typed.startswith("."):
            self._found[key] = dot_words_within(self.reader, typed, edits, prefix, swaps)
        if key not in self._found:
            kept = self.kept is not None and self.kept.has_written()
            if self._lexicons is None and (kept or self._found or edits >= 2 or len(typed) > AUTOMATON_LETTERS):
                self._lexicons = self.kept.written() if self.kept is not None else written_lexicons(self.reader)
            self._found[key] = (words_within(self._lexicons, typed, edits, prefix, swaps) if self._lexicons is not None
                                else words_within_on_disk(self.reader, typed, edits, prefix, swaps))
        return self._found[key]


def dot_words_within(reader, typed: str, edits: int, prefix: int,  # type: ignore[no-untyped-def]
                     swaps: bool = True) -> set[str]:
    """The words written with a dot at their start within ``edits`` edits of ``typed``, one so written: the body's
    terms opening with its dot and first ``prefix`` letters (``dotwords``: the list of words as written holds them
    without the dot), compared letter by letter, as they are few. Its dot is kept: ``.net~`` finds ".nat", never the
    "net" of "fishing net", one edit away, its dot left out."""
    terms = (term.decode("utf-8") if isinstance(term, bytes) else term
             for term in reader.expand_prefix(BODY, typed[:max(prefix, 1)]))
    return {word for word in terms if within_edits(typed, word, edits, swaps)}


def written_lexicons(reader) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Each segment's body words as written (Whoosh's spelling list), sorted, in memory."""
    return [[word.decode("utf-8") if isinstance(word, bytes) else word for word in segment_terms(segment, WRITTEN)]
            for segment, _offset in reader.leaf_readers() if WRITTEN in segment.schema]


# A typed word longer than this is compared with the words of its length letter by letter: Whoosh's automaton
# grows with the word and its swapped forms with it (a word of 100 letters and a ~ took 7 s, of 300 letters 41 s
# and 300 MB, of 10,000 letters hours), while the index has few words so long to compare.
AUTOMATON_LETTERS = 40


def words_within(lexicons: list[list[str]], typed: str, edits: int, prefix: int, swaps: bool = True) -> set[str]:
    """The words of ``lexicons`` (``written_lexicons``) within ``edits`` edits of ``typed``, its first ``prefix``
    letters kept; with ``swaps``, two neighbouring letters swapped count as one edit, as in Lucene.
    """
    if len(typed) > AUTOMATON_LETTERS:
        return long_words_within(lexicons, typed, edits, prefix, swaps)
    automata = [lev.levenshtein_automaton(typed, edits, prefix).to_dfa()]
    automata += [lev.levenshtein_automaton(swapped, edits - 1, prefix).to_dfa()
                 for swapped in (transposed(typed, prefix) if swaps else [])]
    return {word for spellings in lexicons for dfa in automata for word in _accepted(dfa, spellings)}


def words_within_on_disk(reader, typed: str, edits: int, prefix: int,  # type: ignore[no-untyped-def]
                         swaps: bool = True, field: str = BODY) -> set[str]:
    """``words_within``, walking Whoosh's word list of ``field`` on disk (see ``WordFinder``; a name field's for
    namespelling)."""
    words: set[str] = set()
    for segment, _offset in reader.leaf_readers():
        words.update(segment.terms_within(field, typed, edits, prefix))
        for swapped in transposed(typed, prefix) if swaps else []:
            words.update(segment.terms_within(field, swapped, edits - 1, prefix))
    return words


def long_words_within(lexicons: list[list[str]], typed: str, edits: int, prefix: int, swaps: bool = True) -> set[str]:
    """``words_within`` for a long ``typed`` word: each word of a length ``edits`` from its own, compared letter by
    letter (``within_edits``)."""
    start, shortest, longest = typed[:prefix], len(typed) - edits, len(typed) + edits
    return {word for spellings in lexicons for word in spellings
            if shortest <= len(word) <= longest and word.startswith(start) and within_edits(typed, word, edits, swaps)}


def within_edits(typed: str, word: str, edits: int, swaps: bool = True) -> bool:
    """Whether ``word`` is at most ``edits`` letters inserted, left out or changed from ``typed`` (with ``swaps``,
    two neighbouring letters swapped count as one): the edit distance, worked out only near the diagonal."""
    if abs(len(typed) - len(word)) > edits:
        return False
    past = edits + 1
    before: list[int] = []
    row = [j if j <= edits else past for j in range(len(word) + 1)]
    for i in range(1, len(typed) + 1):
        new = [i if i <= edits else past] + [past] * len(word)
        for j in range(max(1, i - edits), min(len(word), i + edits) + 1):
            cost = min(row[j] + 1, new[j - 1] + 1, row[j - 1] + (typed[i - 1] != word[j - 1]))
            if swaps and i > 1 and j > 1 and typed[i - 1] == word[j - 2] and typed[i - 2] == word[j - 1]:
                cost = min(cost, before[j - 2] + 1)
            new[j] = cost
        if min(new) > edits:
            return False
        before, row = row, new
    return row[-1] <= edits


def _accepted(dfa, words: list[str]) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The words of the sorted list ``words`` that ``dfa`` accepts (Whoosh's ``find_matches``, over a list)."""
    at = 0
    term = words[0] if words else None
    match = dfa.next_valid_string(term) if term is not None else None
    while match:
        at = bisect.bisect_left(words, match, at)
        if at == len(words):
            return
        term = words[at]
        if match == term:
            yield match
            term += "\0"
        match = dfa.next_valid_string(term)


def transposed(word: str, keep: int = 0) -> list[str]:
    """``word`` with each pair of neighbouring letters after the first ``keep`` swapped: "operatoin" -> "operation"..."""
    return [word[:at] + word[at + 1] + word[at] + word[at + 2:]
            for at in range(keep, len(word) - 1) if word[at] != word[at + 1]]
