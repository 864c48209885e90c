"""Words Snowball's English rules stem alike though unrelated (busy/business, author/authority, Cooper/cooperation)
have stems of their own (``overstemming``): each finds its own family, not the other word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.acronymterms import acronyms
from newssearch.overstemming import FAMILIES, OVERRIDES, overridden_stem
from newssearch.stemming import english_stem
from newssearch.stopwords import GRAMMAR_WORDS
from newssearch.textanalysis import analyze

TEXTS = {
    "busy.txt": "Traffic\n\nThe roads were busy all weekend.",
    "business.txt": "Markets\n\nThe businesses said their business had grown.",
    "author.txt": "Books\n\nThe author signed copies of her novel.",
    "authority.txt": "Council\n\nThe authorities closed the road.",
    "cooper.txt": "Politics\n\nJim Cooper spoke to reporters on Monday.",
    "cooperation.txt": "Talks\n\nThe two countries promised closer co-operation on trade.",
    "experience.txt": "Jobs\n\nShe has years of experience in nursing.",
    "experiment.txt": "Science\n\nThe experiments were run in a laboratory.",
    "iron.txt": "Steel\n\nThe price of iron ore rose.",
    "ironic.txt": "Column\n\nIt was ironic that nobody came.",
    "animal.txt": "Zoo\n\nThe animals were fed at noon.",
    "animation.txt": "Film\n\nThe animated film won an award for its animation.",
    "witness.txt": "Court\n\nA witness told the court what she saw.",
    "wit.txt": "Review\n\nThe play sparkles with wit.",
    "conservative.txt": "Election\n\nThe Conservatives won the seat.",
    "conservation.txt": "Nature\n\nThe conservation of the wetland was funded.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("overstemming"), TEXTS)


@pytest.mark.parametrize(("query", "found"), [
    ("busy", ["busy.txt"]), ("business", ["business.txt"]), ("businesses", ["business.txt"]),
    ("author", ["author.txt"]), ("authority", ["authority.txt"]), ("authorities", ["authority.txt"]),
    ("cooper", ["cooper.txt"]), ("cooperation", ["cooperation.txt"]), ("cooperate", ["cooperation.txt"]),
    ("co-operation", ["cooperation.txt"]),
    ("experience", ["experience.txt"]), ("experiment", ["experiment.txt"]), ("experimented", ["experiment.txt"]),
    ("iron", ["iron.txt"]), ("ironic", ["ironic.txt"]), ("irony", ["ironic.txt"]),
    ("animal", ["animal.txt"]), ("animate", ["animation.txt"]), ("animation", ["animation.txt"]),
    ("witness", ["witness.txt"]), ("witnesses", ["witness.txt"]), ("wit", ["wit.txt"]),
    ("conservative", ["conservative.txt"]), ("conserve", ["conservation.txt"]),
])
def test_a_word_finds_its_own_family_and_not_the_word_snowball_stems_alike(index: Path, query: str,
                                                                           found: list[str]) -> None:
    assert found_ids(index, query) == found


def test_jim_cooper_is_not_the_first_hit_of_cooperation(index: Path) -> None:
    with open_index(index) as idx:
        hits = idx.search("co-operation cooperation").hits
    assert [hit.id for hit in hits] == ["cooperation.txt"]


@pytest.mark.parametrize(("query", "marked", "unmarked"), [
    ("authorities", "<mark>authority</mark>", "<mark>author</mark>"),
    ("business", "<mark>business</mark>", "<mark>busy</mark>"),
    ("cooperation", "<mark>co-operation</mark>", "<mark>Cooper</mark>"),
])
def test_a_snippet_marks_the_family_and_not_the_other_word(tmp_path: Path, query: str, marked: str,
                                                           unmarked: str) -> None:
    index = index_of_texts(tmp_path, {"both.txt": "Both\n\nThe author asked the authority. Jim Cooper praised the "
                                                  "co-operation. The busy business grew."})
    with open_index(index) as idx:
        (hit,) = idx.search(query).hits
    assert marked in hit.snippet.html() and unmarked not in hit.snippet.html()


def test_a_family_s_forms_and_possessives_share_one_term_apart_from_the_other_word() -> None:
    assert analyze("authority authorities authorities' authority's") == ["authorit"] * 4
    assert analyze("author authors author's") == ["author"] * 3
    assert analyze("experience experiences experienced experiencing") == ["experi"] * 4
    assert analyze("irony ironic ironically") == ["ironi"] * 3
    assert analyze("co-operation", mode="index")[1] == analyze("cooperation")[0] == "cooperat"


def test_the_table_s_stems_are_its_own() -> None:
    # no form is a function word (those have terms of their own), none in two families, and every stem differs
    # from Snowball's stem of the word it was conflated with
    assert not set(OVERRIDES) & GRAMMAR_WORDS
    assert sum(len(forms) for forms in FAMILIES.values()) == len(OVERRIDES)
    for other, family in [("busy", "business"), ("author", "authority"), ("cooper", "cooperation"),
                          ("experiment", "experience"), ("iron", "ironic"), ("animate", "animal")]:
        assert english_stem(other) != english_stem(family)
    assert overridden_stem("businesses'") == "business" and overridden_stem("busy") is None


def test_a_capital_word_s_plural_is_stemmed_as_the_word_is() -> None:
    # a plural of four capitals or more ("NATOs") is the term its word has, stemmed (acronymterms)
    assert acronyms(["EXECUTIVEs"]) == {0: analyze("executives")[0]} and analyze("executives") == ["executiv"]


@pytest.mark.parametrize(("word", "other"), [
    ("executive", "executed"), ("department", "departed"), ("important", "imports"), ("liberal", "liberation"),
    ("designated", "design"), ("informal", "information"), ("Providence", "provided"), ("rational", "rationing"),
    ("morale", "moral"), ("succession", "success"), ("publication", "public"), ("competent", "compete"),
    ("marinated", "marines"), ("severe", "severed"), ("hospitality", "hospital"), ("respective", "respect"),
    ("convention", "convent"), ("transition", "transit"), ("procession", "process"), ("integrity", "integrated"),
    ("formation", "format"), ("authorized", "author"), ("positive", "position"), ("France", "francs"),
])
def test_the_other_families_have_stems_apart_from_the_word_snowball_gave_theirs(word: str, other: str) -> None:
    assert analyze(word) != analyze(other)


@pytest.mark.parametrize("family", [
    "executive executives", "department departments departmental", "important importance importantly",
    "liberal liberals liberalism", "authorize authorized authorised authorization authorisation",
    "experiment experiments experimental", "conservative conservatives conservatism", "witness witnesses witnessed",
    "positive positively positives positivity",
])
def test_a_family_s_forms_find_each_other(family: str) -> None:
    assert len(set(analyze(family))) == 1


@pytest.mark.parametrize(("name", "word"), [
    ("Harris", "Harry"), ("Harris", "harried"), ("Ferris", "ferry"), ("Ferris", "ferries"), ("Parris", "parry"),
    ("Willis", "Willy"), ("Ellis", "Ellie"), ("Hollis", "holly"), ("Wallis", "Wally"), ("Dennis", "Denny"),
    ("Davis", "Davy"), ("Davies", "Davy"), ("Davis", "Davies"), ("Morris", "Morry"), ("Norris", "Norrie"),
    ("Doris", "dory"), ("Francis", "Francie"),
])
def test_a_surname_ending_in_is_is_not_a_word_ending_in_y(name: str, word: str) -> None:
    # Snowball takes the s off as a plural's: "Harris" had been harri, "Prince Harry" finding Kamala Harris, and a
    # search for ferry George Ferris
    assert analyze(name) != analyze(word)
    assert analyze(f"{name} {name}'s {name.lower()}") == [analyze(name)[0]] * 3


def test_ferry_does_not_find_ferris(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {"ferry.txt": "Strait\n\nThe ferry lost power; two ferries were late.",
                                      "ferris.txt": "Steel\n\nGeorge Ferris resigned as chief executive.",
                                      "harry.txt": "Royals\n\nPrince Harry arrived.",
                                      "harris.txt": "Election\n\nKamala Harris spoke."})
    assert found_ids(index, "ferry") == ["ferry.txt"] and found_ids(index, "Ferris") == ["ferris.txt"]
    assert found_ids(index, "Harry") == ["harry.txt"] and found_ids(index, "Harris") == ["harris.txt"]
