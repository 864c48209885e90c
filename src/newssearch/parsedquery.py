"""A query parsed from user text, with what the user should be told about it and the words a "Did you mean" may
correct."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from whoosh import query as wq

from .aliases import aliases
from .schema import LANG, NAME_FIELDS, SEARCH_FIELDS
from .textanalysis import analyze

if TYPE_CHECKING:
    from .exacttiers import MarkedWord

_TAGGED = re.compile(r"(?<![\w#@])[#@](\w+)")  # #metoo, @nzherald; not an address's "news@stuff"


@dataclass
class ParsedQuery:
    """A Whoosh query made from user text, plus what the user should be told about it."""

    text: str
    query: wq.Query
    notice: str | None
    words: list[str]
    left_out: str | None = None  # a note on the words a keyword query leaves out ("the", "of")
    # each word typed with marks as spelt so (exactforms.exact_form_queries): the hits of more of them rank first
    exact: list[MarkedWord] = field(default_factory=list)

    @property
    def notes(self) -> str | None:
        """The notice and the note on words left out, as one line."""
        if self.notice and self.left_out:
            return f"{self.notice}; {self.left_out}"
        return self.notice or self.left_out

    def words_to_check(self) -> list[str]:
        """The words a "Did you mean" may correct: not one the query leaves out (``brown -json``), nor a
        known acronym it finds by its name (``USSR``: the Soviet Union, not "Usher"), nor a number, nor a hashtag's
        or a handle's (``#metoo``, ``@nzherald``)."""
        negated: set[str] = set()
        _negated_terms(self.query, False, negated)
        known = {alias.acronym for alias in aliases()} | negated
        # A hashtag or a handle is a name coined as one word, not a word misspelt, and one letter from it is another
        # name: "#metoo", in no article, had been "#meto" (a word of one Reuters article).
        tagged = {name.lower() for name in _TAGGED.findall(self.text)}
        return [word for word in self.words  # nor a number: 53.09 is no slip of 53.9
                if not known.intersection(analyze(word)) and not any(char.isdigit() for char in word)
                and word.lower() not in tagged]

    def names_to_check(self) -> set[tuple[str, str]]:
        """The ``author:`` and ``source:`` words (field and term) the query looks for, each as typed, not a pattern
        nor a word it leaves out: those a "Did you mean" may correct (namespelling.py)."""
        found: set[tuple[str, str]] = set()
        _wanted_names(self.query, found)
        return found

    @property
    def ranks_by_words(self) -> bool:
        """Whether the query holds words to rank by: a clause on the title or the body outside a Not. A query of
        filters alone (``section:crime``, ``author:``, ``source:``, ``date:``, ``lang:``), of ``*`` or of negations
        scores every hit by its filter, alike: no ranking to show."""
        return _ranks(self.query)

    def languages_named(self) -> frozenset[str]:
        """The language codes the query asks for (``lang:fr``, ``lang:(de OR fr)``, ``lang:de,fr``), as stored; not
        one it leaves out (``-lang:fr``), nor the languages a word's own stems are searched in (languagequery)."""
        found: set[str] = set()
        _named_languages(self.query, found)
        return frozenset(found)


def _ranks(node: wq.Query) -> bool:
    """Whether ``node`` scores a clause on a field of words (``SEARCH_FIELDS``) outside a Not."""
    if isinstance(node, wq.Not):
        return False
    if isinstance(node, wq.AndNot):
        return _ranks(node.a)
    if node.is_leaf():
        return node.field() in SEARCH_FIELDS
    return any(_ranks(child) for child in node.children())


def _wanted_names(node: wq.Query, found: set[tuple[str, str]]) -> None:
    """Collect into ``found`` the name-field terms and phrase words of ``node`` outside a Not."""
    if isinstance(node, wq.Not):
        return
    if type(node) is wq.Term and node.fieldname in NAME_FIELDS:
        found.add((node.fieldname, str(node.text)))
    elif isinstance(node, wq.Phrase) and node.fieldname in NAME_FIELDS:
        found.update((node.fieldname, str(word)) for word in node.words)
    elif not node.is_leaf():
        for child in node.children():
            _wanted_names(child, found)


def _named_languages(node: wq.Query, found: set[str]) -> None:
    """Collect into ``found`` the ``lang:`` terms of ``node`` outside a Not and outside a word's own language filter
    (the required part of languagequery.in_language)."""
    if isinstance(node, wq.Not):
        return
    if type(node) is wq.Term and node.fieldname == LANG:
        found.add(str(node.text))
    elif isinstance(node, wq.Require):
        _named_languages(node.a, found)
    elif not node.is_leaf():
        for child in node.children():
            _named_languages(child, found)


def _negated_terms(node: wq.Query, under_not: bool, found: set[str]) -> None:
    """Collect into ``found`` the texts of the terms inside a Not of ``node``."""
    if isinstance(node, wq.Not):
        under_not = True
    if isinstance(node, wq.Term):
        if under_not:
            found.add(str(node.text))
        return
    if isinstance(node, wq.Phrase):
        if under_not:
            found.update(str(word) for word in node.words)
        return
    if not node.is_leaf():
        for child in node.children():
            _negated_terms(child, under_not, found)
