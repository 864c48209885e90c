"""Wildcards and fuzzy words match words as written, not only their stems: runn* and runnning~ find "running"."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.querying import parse_user_query
from newssearch.schema import SCHEMA

ARTICLES = {
    "running.txt": "Marathon day\n\nThousands were running through the city.",
    "runner.txt": "Winner named\n\nThe fastest runner took the prize.",
    "economy.txt": "Growth slows\n\nThe economy grew by one percent.",
    "economies.txt": "Asia grows\n\nAsian economies grew faster than expected.",
    "economic.txt": "Data due\n\nNew economic data are due on Friday.",
    "countries.txt": "Summit\n\nTwelve countries signed the deal.",
    "headline.txt": "Runners rest\n\nThey took a day off after the race.",
}


@pytest.fixture(scope="module")
def pattern_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("patterns"), ARTICLES)


@pytest.mark.parametrize(("query", "expected"), [
    ("runn*", ["headline.txt", "runner.txt", "running.txt"]),  # "running" is indexed as run
    ("*economy*", ["economies.txt", "economy.txt"]),          # the stem economi; economies shares it
    ("econom*", ["economic.txt", "economies.txt", "economy.txt"]),
    # not stemmed to *ie; a word found brings its other forms, as a plain word does (economies: economy)
    ("*ies", ["countries.txt", "economies.txt", "economy.txt"]),
    ("r?nning", ["running.txt"]),
    ("r??ning", ["running.txt"]), ("ec**omy", ["economies.txt", "economy.txt"]),  # had been "r??" and the word ning
    ("(r?n?ing OR e?on?mic)", ["economic.txt", "running.txt"]),
    ("title:runn*", ["headline.txt"]),
    ("runn* -running", ["headline.txt", "runner.txt"]),
    ("Econom*", ["economic.txt", "economies.txt", "economy.txt"]),
])
def test_patterns_match_words_as_written(pattern_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(pattern_index, query) == expected


def test_a_pattern_matching_only_a_long_vowels_doubled_spelling_finds_every_article_holding_it(tmp_path: Path) -> None:
    # README: Māori and Maaori find each other. A doubled spelling counts only where its macron spelling is not, so as
    # not to count one word twice (waitem* matching waitemata and waitemataa: test_ranking); maa* matches maaori alone,
    # and had found no article writing Māori, even one writing Maaori too (differential check, seed 386)
    index = index_of_texts(tmp_path, {
        "both.txt": "Te reo spellings\n\nMāori wardens walked. Maaori spelling is used by some iwi.",
        "macron.txt": "Māori leaders meet\n\nThe Māori Party met in the city.",
        "double.txt": "Maaori wards\n\nCouncillors debated Maaori wards.",
        "plain.txt": "Maori rugby\n\nThe Maori All Blacks met at home."})
    for pattern in ("maa*", "maaor?", "Maao*"):
        assert found_ids(index, pattern) == ["both.txt", "double.txt", "macron.txt"], pattern
    assert found_ids(index, "maa* -wards") == ["both.txt", "macron.txt"]


def test_a_pattern_finds_the_doubled_spellings_its_plain_word_would(tmp_path: Path) -> None:
    # README: Maori finds "Maaori" once some article writes Māori; maor* matched maori alone and had missed the article
    # writing only "Maaori", waitemat* one writing only "Waitemaataa" (Waitemātā, two long vowels doubled)
    index = index_of_texts(tmp_path, {
        "macron.txt": "Māori leaders meet\n\nThe Māori Party met at Waitemātā in the city.",
        "double.txt": "Council wards\n\nCouncillors debated Maaori wards by the Waitemaataa.",
        "plain.txt": "Rugby\n\nThe Maori All Blacks met at home.",
        "other.txt": "Weather\n\nRain fell on the city."})
    assert found_ids(index, "Maori") == ["double.txt", "macron.txt", "plain.txt"]
    for pattern in ("maor*", "Maor?", "m?ori"):
        assert found_ids(index, pattern) == ["double.txt", "macron.txt", "plain.txt"], pattern
    assert found_ids(index, "waitemat*") == ["double.txt", "macron.txt"]
    assert found_ids(index, "maor* -wards") == ["macron.txt", "plain.txt"]


def test_a_pattern_counts_a_word_written_plain_and_doubled_once(tmp_path: Path) -> None:
    # an article writing Māori holds maori and maaori; one writing "Maori" and "Maaori" is one word twice as well:
    # maor* scores each as its plain word Maori does, the best of the spellings, not their sum
    index = index_of_texts(tmp_path, {
        "macron.txt": "Māori news\n\nThe Māori Party met in the city.",
        "both.txt": "Maori news\n\nThe Maori Party met in the city. Maaori spelling is used by some iwi.",
        "plain.txt": "Maori news\n\nThe Maori Party met in the city. Plain spelling is used by some iwi."})
    with open_index(index) as idx:
        scores = {hit.id: hit.score for hit in idx.search("maor*", limit=10).hits}
    assert scores["both.txt"] == pytest.approx(scores["plain.txt"])


def test_the_pattern_is_kept_as_typed_in_lower_case() -> None:
    query = parse_user_query("*IES", SCHEMA).query
    assert {leaf.text for leaf in query.leaves()} == {"*ies"}


def test_the_words_found_are_marked(pattern_index: Path) -> None:
    with open_index(pattern_index) as idx:
        (hit,) = idx.search("r?nning").hits
    assert "<mark>running</mark>" in hit.snippet.html()


@pytest.mark.parametrize(("query", "expected"), [
    ("runnning~", ["running.txt"]),             # the typed word is not stemmed first (to runn)
    ("rnuner~", ["headline.txt", "runner.txt"]),  # two letters swapped are one edit, as in Lucene
    ("ecnoomies~", ["economies.txt", "economy.txt"]),
    ("ecnoomies~2", ["economies.txt", "economy.txt"]),
    ("contries~", ["countries.txt"]),
    ("day -rnuner~", ["running.txt"]),         # left out as it would be found
])
def test_fuzzy_words_match_words_as_written(pattern_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(pattern_index, query) == expected


def test_a_fuzzy_word_ranks_the_word_typed_above_rarer_look_alikes(tmp_path: Path) -> None:
    texts = {f"blair{n}.txt": f"Speech {n}\n\nMr Blair spoke to the party today." for n in range(6)}
    texts["plaid.txt"] = "Welsh vote\n\nPlaid spoke to the party today."     # two edits away, and rarer
    index = index_of_texts(tmp_path, texts)
    with open_index(index) as idx:
        ranked = [hit.id for hit in idx.search("blair~2", limit=10).hits]
    assert ranked[-1] == "plaid.txt" and len(ranked) == 7                # it had been first, on idf alone


@pytest.mark.parametrize("word", ["runing", "runnre", "econmy", "a", "contries", "zzzz"])
@pytest.mark.parametrize("edits", [1, 2])
def test_fuzzy_words_found_in_memory_are_those_whoosh_finds_on_disk(pattern_index: Path, word: str, edits: int) -> None:
    from newssearch.fuzzywords import words_within, words_within_on_disk, written_lexicons

    with open_index(pattern_index) as idx:
        reader = idx._searcher.reader()
        for prefix in (0, 1):
            found = words_within(written_lexicons(reader), word, edits, prefix)
            assert found == words_within_on_disk(reader, word, edits, prefix)
            if edits == 2 and prefix == 0:  # every typo here is a word of the index two edits away; zzzz is none
                assert bool(found) is (word != "zzzz")


@pytest.mark.parametrize("pattern", ["*ing", "?ncreased", "*e*", "*zz*", "?"])
def test_a_pattern_opening_with_a_wildcard_matches_the_same_words_in_memory(pattern_index: Path, pattern: str) -> None:
    """The handle's kept word lists give the very words Whoosh's reading of the lexicon on disk gives."""
    from newssearch.patterns import WRITTEN, Lexicons, _matches

    with open_index(pattern_index) as idx:
        reader = idx._searcher.reader()
        for fieldname in ("title", "body", WRITTEN):
            assert _matches(reader, fieldname, pattern, Lexicons(reader)) == _matches(reader, fieldname, pattern)


def test_the_word_lists_are_read_once_per_snapshot(pattern_index: Path) -> None:
    """A second query reads no word list again; ``refresh`` drops them with the snapshot they belong to."""
    with open_index(pattern_index) as idx:
        first = idx.search("*ing").total
        kept = idx._lexicons
        assert kept._terms and idx.search("*ing").total == first and idx._lexicons is kept
        idx.refresh()
        assert idx._lexicons is not kept and not idx._lexicons._terms


def test_did_you_mean_walks_the_handles_word_list_once_it_is_read(pattern_index: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a query has read the body words as written, a later suggestion walks them in memory, to the same words."""
    with open_index(pattern_index) as idx:
        before = idx.search("countreis signd").suggestion
        idx.search("runnig~2")  # a two-edit walk reads the list
        monkeypatch.setattr("newssearch.fuzzywords.words_within_on_disk", None)  # read from disk no more
        assert idx.search("countreis signd").suggestion == before == "countries signed"


def test_a_fuzzy_word_finds_no_stop_word_by_a_look_alike(tmp_path: Path) -> None:
    # "ands" stems to "and", a stop word (the index holds stop words for phrases): aids~ had found every article with
    # an "and" in it (Reuters: 14,638 of 19,043, for AIDS's 469). It finds the word "ands", one letter away.
    texts = {
        "aids.txt": "Clinic\n\nThe AIDS clinic opened.",
        "aid.txt": "Relief\n\nFood aid arrived.",
        "ands.txt": "Style\n\nNo ifs, ands or buts, she said.",
        "and.txt": "Markets\n\nOil and gold rose.",
    }
    index = index_of_texts(tmp_path, texts)
    assert found_ids(index, "aids~") == ["aid.txt", "aids.txt", "ands.txt"]


def test_a_fuzzy_word_finds_another_language_s_stem_only_in_that_language_s_articles(tmp_path: Path) -> None:
    # One Hungarian page had made every look-alike also stemmed as Hungarian, in every article: Hungarian stems
    # "Hank" to "ha", so bank~ found every Spanish "ha" (trafilatura-eval: 226 hits -> 486, "ha" and "da" on top).
    texts = {
        "bank.txt": "Rates\n\nThe bank raised its rates.",
        "hank.txt": "Hank Smith\n\nHank Smith won the race.",
        "es.json": '{"title": "Gobierno", "text": "El gobierno ha dicho que no.", "language": "es"}',
        "hu.json": '{"title": "Kormány", "text": "A kormány szerint a bankok jól állnak.", "language": "hu"}',
    }
    index = index_of_texts(tmp_path, texts)
    assert found_ids(index, "bank~") == ["bank.txt", "hank.txt", "hu.json"]


LONG = "rindfleischetikettierungsueberwachungsaufgabenuebertragungsgesetz"  # 65 letters, a German law's name


@pytest.mark.parametrize(("typed", "edits", "found"), [
    (LONG, 1, True), (LONG[:20] + "x" + LONG[21:], 1, True),            # a letter changed
    (LONG[:20] + LONG[21] + LONG[20] + LONG[22:], 1, True),            # two letters swapped: one edit
    (LONG[:20] + LONG[21:], 1, True), (LONG[:20] + LONG[22:], 1, False),  # one letter left out; two
    (LONG[:20] + LONG[22:], 2, True), ("x" + LONG[1:], 1, True), (LONG + "xy", 2, True), (LONG + "xyz", 2, False),
])
def test_a_long_word_is_found_within_its_edits_as_a_short_one_is(typed: str, edits: int, found: bool) -> None:
    from newssearch.fuzzywords import long_words_within

    lexicons = [sorted([LONG, "gesetz", LONG[:40]])]
    assert long_words_within(lexicons, typed, edits, 0) == ({LONG} if found else set())
    assert long_words_within(lexicons, typed, edits, 1) == ({LONG} if found and typed[0] == "r" else set())


@pytest.mark.parametrize("word", ["aufgabenuebertragungsgesetzrindfleischetikettierungsueber",
                                  "aufgabenuebertragungsgesetzrindfleischetik"])
@pytest.mark.parametrize("edits", [1, 2])
def test_a_long_word_letter_by_letter_finds_what_the_automaton_finds(word: str, edits: int) -> None:
    from newssearch.fuzzywords import long_words_within

    typos = [word[:9] + word[10:], word[:9] + "q" + word[10:], word[:9] + word[10] + word[9] + word[11:], word + "s"]
    spellings = sorted({*typos, word, word[:30] + word[32:], word[:5] + word[7] + word[6] + word[5] + word[8:]})
    for typed in typos:
        assert long_words_within([spellings], typed, edits, 1) == {
            found for found in spellings if _automaton_within(found, typed, edits)}


def _automaton_within(word: str, typed: str, edits: int) -> bool:
    """What Whoosh's automata accept, a word at a time (slow for long words, fine for a few)."""
    from whoosh.automata import lev

    from newssearch.fuzzywords import transposed

    automata = [lev.levenshtein_automaton(typed, edits, 1).to_dfa()]
    automata += [lev.levenshtein_automaton(swapped, edits - 1, 1).to_dfa() for swapped in transposed(typed, 1)]
    return any(dfa.accept(word) for dfa in automata)


def test_a_fuzzy_word_of_ten_thousand_letters_takes_no_time(pattern_index: Path) -> None:
    # a 300-letter word with a ~ had taken 41 s and 300 MB, one of 10,000 letters hours
    start = time.process_time()
    assert found_ids(pattern_index, "abcdefghij" * 1_000 + "~2") == []
    assert found_ids(pattern_index, "running " + "x" * 300 + "~") == []
    assert time.process_time() - start < 2.0
