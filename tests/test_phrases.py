"""Phrases know where the stopwords stood: "bank of england" is not "bank, England" or "unit by state"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts
from whoosh import query as wq

from newssearch.cli import cli
from newssearch.phrases import GappedPhrase, text_phrase
from newssearch.querying import parse_user_query
from newssearch.schema import BODY, SCHEMA
from newssearch.searcher import term_of
from newssearch.snippets import make_snippet

STORIES = {
    "of.txt": "Rates rise\n\nThe Bank of England raised its rates on Thursday.",
    "in.txt": "Branch shut\n\nA bank in England shut its last branch.",
    "comma.txt": "Ruling\n\nThe court ruled for the bank, England's lawyers said.",
    "far.txt": "Loans\n\nThe bank of the north of England lent more.",
    "unit.txt": "Steel jobs\n\nThe unit by state-owned mills closed in March.",
    "states.txt": "Trade talks\n\nThe United States held trade talks with Canada.",
    "fbi.txt": "Inquiry\n\nThe Federal Bureau of Investigation opened an inquiry.",
    "bureau.txt": "Weather\n\nThe federal weather bureau's investigation of the storm ended.",
    "shot.txt": "Arrest\n\nThe officer was not shot during the arrest.",
}


@pytest.fixture(scope="module")
def phrase_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """STORIES indexed once for this module."""
    return index_of_texts(tmp_path_factory.mktemp("phrases"), STORIES)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # a stopword typed holds a place: any one word may stand there, as in Lucene
        ('"bank of england"', ["in.txt", "of.txt"]),
        ('"bank england"', ["comma.txt"]),
        ('"the bank of england"', ["in.txt", "of.txt"]),  # a stopword at either end holds no place
        ('"united states"', ["states.txt"]),  # not "unit by state-owned"
        ("US trade", ["states.txt"]),  # the alias phrase, too
        ('"Federal Bureau of Investigation"', ["fbi.txt"]),
        ("FBI", ["fbi.txt"]),  # not "federal weather bureau's investigation"
        ("bank-england", ["comma.txt"]),  # a typed compound is a phrase of its words
        ("state-owned", ["unit.txt"]),
    ],
)
def test_phrases_match_where_their_words_stand(phrase_index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(phrase_index, typed) == expected


def test_proximity_counts_the_stopwords_between(phrase_index: Path) -> None:
    # "officer was not shot": shot is three places after officer
    assert found_ids(phrase_index, '"officer shot"~3') == ["shot.txt"]
    assert found_ids(phrase_index, '"officer shot"~2') == []


def test_a_typed_phrase_keeps_its_gaps() -> None:
    query = parse_user_query('body:"bank of the england"', SCHEMA).query
    (phrase,) = [q for q in query.leaves() if isinstance(q, GappedPhrase)]
    assert (phrase.words, phrase.gaps) == (["bank", "england"], (3,))
    assert phrase.pattern() == ("bank", None, None, "england")


def test_one_word_phrase_is_a_term_with_its_boost() -> None:
    term = GappedPhrase(BODY, ["bank"], boost=3.0).normalize()
    assert term == wq.Term(BODY, "bank", boost=3.0)
    assert GappedPhrase(BODY, []).normalize() is wq.NullQuery


def test_gaps_must_fit_the_words() -> None:
    with pytest.raises(ValueError):
        GappedPhrase(BODY, ["bank", "england"], gaps=(1, 1))
    with pytest.raises(ValueError):
        GappedPhrase(BODY, ["bank", "england"], gaps=(0,))


def test_phrases_differing_in_gaps_differ() -> None:
    near, far = text_phrase(BODY, "bank england"), text_phrase(BODY, "bank of england")
    assert near != far and near.words == far.words
    assert far == text_phrase(BODY, "bank of england") and hash(far) == hash(text_phrase(BODY, "bank of england"))


def test_snippet_marks_a_phrase_only_where_its_words_stand() -> None:
    text = "The bank, England said. Later the Bank of England spoke."
    snippet = make_snippet(text, term_of, lambda term: False, phrases=[text_phrase(BODY, "bank of england").pattern()])
    assert snippet.html().count("<mark>") == 1 and "<mark>Bank of England</mark> spoke." in snippet.html()


def test_cli_marks_the_phrase_in_the_snippet(phrase_index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", '"united states"', "--index-dir", str(phrase_index), "--json"])
    assert result.exit_code == 0, result.output
    (hit,) = json.loads(result.output)["hits"]
    assert hit["snippet_html"] == "The <mark>United States</mark> held trade talks with Canada."
