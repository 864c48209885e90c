"""A word's index term as snippets mark it (``wordterms``): a plain word's read without the analyzer chain, the same."""

from __future__ import annotations

import pytest

from newssearch import wordterms
from newssearch.textanalysis import TEXT_ANALYZER, analyze
from newssearch.tokenpatterns import PERCENT_WORD, plain_word

# Plain words (letters alone, digits alone) and the words beside them that the chain reads otherwise: acronyms,
# stopwords, function words, a wire's amounts and per cent, capitals, possessives, hyphens, dots, non-ASCII letters.
WORDS = ["Markets", "market", "MARKETS", "running", "Running", "iPod", "McDonald", "the", "The", "THE", "down", "Down",
         "quite", "US", "us", "Us", "UN", "WHO", "who", "IT", "MPs", "MPS", "NATOs", "NATO", "pct", "Pct", "PCT",
         "percent", "mln", "MLN", "dlrs", "Dlrs", "DLR", "stg", "bn", "1987", "007", "3", "3,500,000", "3.5", "10am",
         "1.5", "0.25", "1.000", "12.50", "007.5", "3,000", "0,500", "1,5000", "1,000.5", "12,345,678",
         "O'Brien", "Blair's", "U.S", "Ph.D", "e-mail", "co", "Müller", "für", "Straße", "l'État", "über", "bankası",
         "a", "I", "x", "Xi", "GRÜNE", "Sie", "sie", "und", "UND", "Gesetze", "gesetze", "Aktien", "banques", "años"]


def chain_term(word: str, lang: str | None = None) -> str | None:
    """The term the analyzer chain gives ``word`` alone, a stopword's too (what ``_first_term`` had always read); a
    per cent word is percent before the chain reads it ("PCT" is no acronym)."""
    if plain_word(word) == PERCENT_WORD:
        return PERCENT_WORD
    keywords = {"lang": lang} if lang else {}
    terms = analyze(word, lang=lang) or [t.text for t in TEXT_ANALYZER(word, mode="query", removestops=False,
                                                                       **keywords)]
    return terms[0] if terms else None


@pytest.mark.parametrize("lang", [None, "de", "fr", "tr", "es"])
def test_first_term_is_the_chains(lang: str | None) -> None:
    assert {word: wordterms._first_term(word, lang) for word in WORDS} == {word: chain_term(word, lang) for word in WORDS}


@pytest.mark.parametrize("lang", [None, "de"])
def test_plain_word_runs_no_chain(monkeypatch: pytest.MonkeyPatch, lang: str | None) -> None:
    # the chain reads a word alone in some 50 µs: a snippet of a page of hits had read thousands of words so
    expected = {word: wordterms._first_term(word, lang) for word in ("Markets", "running", "MARKETS", "1987", "Gesetze")}

    def no_chain(*args: object, **kwargs: object) -> list[str]:
        raise AssertionError("the analyzer chain ran")
    monkeypatch.setattr(wordterms, "analyze", no_chain)
    monkeypatch.setattr(wordterms, "TEXT_ANALYZER", no_chain)
    assert {word: wordterms._first_term(word, lang) for word in expected} == expected


NUMBERS = ["1.5", "0.25", "1.000", "12.50", "007.5", "3.14159265358979", "3,000", "12,345,678", "999,999,999,999"]


def test_a_decimal_or_a_number_grouped_in_threes_runs_no_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    """In English, "1.5" is 1.5 and "3,000" 3000 without the analyzer chain (40-300 µs a number, new to each process:
    most of the words a wire's snippets judged with the chain); in a language of its own stemmer, read by the chain."""
    assert {word: wordterms._first_term(word) for word in NUMBERS} == {word: chain_term(word) for word in NUMBERS}

    def no_chain(*args: object, **kwargs: object) -> list[str]:
        raise AssertionError("the analyzer chain ran")
    monkeypatch.setattr(wordterms, "analyze", no_chain)
    monkeypatch.setattr(wordterms, "TEXT_ANALYZER", no_chain)
    assert [wordterms._first_term(word) for word in NUMBERS] == [
        "1.5", "0.25", "1.000", "12.50", "007.5", "3.14159265358979", "3000", "12345678", "999999999999"]
    with pytest.raises(AssertionError, match="chain ran"):
        wordterms._first_term("1.000", "de")


def test_a_plain_word_not_opening_with_two_capitals_is_not_asked_whether_it_is_an_acronym(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # every acronym of letters alone opens with two capitals (US, WHO, MPs): asking acronyms() of each word new to a
    # process had been a third of the time a snippet took to read it
    expected = {word: chain_term(word) for word in ("prices", "Markets", "a", "I", "1987", "US", "MPs", "NATOs", "THE")}
    asked = []

    def counted(words: list[str]) -> dict[int, str]:
        asked.extend(words)
        return acronyms(words)
    acronyms = wordterms.acronyms
    monkeypatch.setattr(wordterms, "acronyms", counted)
    assert {word: wordterms._first_term(word) for word in expected} == expected
    assert asked == ["I", "US", "MPs", "NATOs", "THE"]
