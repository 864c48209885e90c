"""A pattern typed over what the index leaves out of a word: the dots of initials (``J.K.*``, ``U.S.*``: the acronym
they spell) and a currency sign before an amount (``$3m*``, in test_glued_amounts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.errors import InvalidQuery
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA

ARTICLES = {
    "rowling.txt": "Harry Potter\n\nJ.K. Rowling wrote a new book.",
    "joined.txt": "Review\n\nA review of the new novel by JK Rowling.",
    "led.txt": "War\n\nThe U.S.-led coalition advanced.",
    "possessive.txt": "Allies\n\nThe U.S.'s allies met.",
    "capitals.txt": "Talks\n\nUS officials met.",
    "pronoun.txt": "Police\n\nThe police told us all about the policy.",   # us, the pronoun: no U.S. form
    "usual.txt": "Users\n\nAs usual, the users used it.",               # words opening with the letters: none either
}


@pytest.fixture(scope="module")
def initials_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("typed-patterns"), ARTICLES)


@pytest.mark.parametrize(("query", "expected"), [
    ("J.K.*", ["joined.txt", "rowling.txt"]),                       # had found nothing
    ("j.k.*", ["joined.txt", "rowling.txt"]),
    ("U.S.*", ["capitals.txt", "led.txt", "possessive.txt"]),       # had found nothing
    ("U.S*", ["capitals.txt", "led.txt", "possessive.txt"]),
    ("coalition U.S.?", ["led.txt"]),                               # a short question's mark after the last dot
    ('"J.K.* Rowling"', ["joined.txt", "rowling.txt"]),             # in a phrase too
    ("polic*", ["pronoun.txt"]),                                    # ordinary patterns as before
    ("use*", ["usual.txt"]),
])
def test_a_pattern_over_dotted_initials_finds_the_acronym_they_spell(initials_index: Path, query: str,
                                                                    expected: list[str]) -> None:
    assert found_ids(initials_index, query) == expected


@pytest.mark.parametrize("typed", ["$*", "£?*", "title:€*"])
def test_a_currency_sign_alone_before_a_wildcard_is_refused_with_what_to_type(typed: str) -> None:
    with pytest.raises(InvalidQuery) as caught:
        parse_user_query(typed, SCHEMA)
    assert "currency sign" in str(caught.value)
    assert "$3m*" in (caught.value.hint or "")
