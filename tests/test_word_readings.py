"""The words of a text that match a query: found by the terms they read as, the same as judged one by one."""

from __future__ import annotations

import pytest

from newssearch import wordreadings
from newssearch.wordreadings import STOPWORD, Judged, word_verdict
from newssearch.wordterms import term_of

# a word of each way a word may read: its term, acronym, inner word, name written solid, glued amount, umlauts
WORDS = {"prices", "Price's", "priced", "MPs", "l'État", "O'Brien", "£1.2bn", "Müller", "the", "said", "dying", "oil"}


def one_by_one(words: set[str], terms: set[str]) -> set[str]:
    """The words that match, each judged on its own (``word_verdict``)."""
    return {word for word in words if word_verdict(word, term_of, terms.__contains__) not in (None, STOPWORD)}


@pytest.mark.parametrize("query", [
    ["price"], ["État", "OBrien"], ["MPs", "1.2", "Mueller"], ["dying", "oil", "the"], ["said"], [],
])
def test_the_words_that_match_are_those_judged_one_by_one(query: list[str]) -> None:
    terms = {term for word in query if (term := term_of(word)) is not None}
    judged = Judged(term_of, terms.__contains__)
    found = judged.matching_among(set(WORDS))
    assert found == one_by_one(WORDS, terms)
    assert {word: judged.verdicts[word] for word in found} == {
        word: word_verdict(word, term_of, terms.__contains__) for word in found}


def test_prices_and_a_name_match_as_their_terms() -> None:
    terms = {term_of("price"), "etat", "obrien"}
    assert Judged(term_of, terms.__contains__).matching_among(set(WORDS)) == {
        "prices", "Price's", "priced", "l'État", "O'Brien"}


def test_a_word_read_for_one_query_is_not_read_again_for_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    words = {"tonnage", "tonnes", "barrels", "barrel"}
    Judged(term_of, {"zzz"}.__contains__).matching_among(words)
    asked: list[str] = []
    readings = wordreadings.word_readings
    monkeypatch.setattr(wordreadings, "word_readings", lambda word, of: asked.append(word) or readings(word, of))
    terms = {term_of("barrel")}
    assert Judged(term_of, terms.__contains__).matching_among(words) == {"barrels", "barrel"}
    assert sorted(asked) == ["barrel", "barrels"]  # only the matching words, for their verdicts


def test_a_term_of_with_no_cache_of_its_own_judges_each_word() -> None:
    def uncached(word: str) -> str | None:  # (a snippet's term_of in a language of its own is made for its hit)
        return term_of(word)

    terms = {term_of("price"), "mps"}
    judged = Judged(uncached, terms.__contains__)
    assert judged.matching_among(set(WORDS)) == {"prices", "Price's", "priced", "MPs"}
    assert set(judged.verdicts) == WORDS  # each judged, matching or not
    assert uncached not in wordreadings._READ
