"""Fuzzy words, patterns and "Did you mean" reach the stop-list words a keyword query searches (CONTENT_STOPWORDS:
"different", "inner", "welcome"), and no grammar word ("the")."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli
from newssearch.schema import SCHEMA
from newssearch.textanalysis import spelling_words
from newssearch.wordterms import searched_terms

ARTICLES = {
    "different.txt": "Visitors\n\nA warm welcome awaits different visitors at the inner harbour.",
    "tax.txt": "Tax\n\nThe government will raise the tax on fuel.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("stopword-typos"), ARTICLES)


def query(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index), "--csv"])
    return result.exit_code, result.stdout, result.stderr


def test_a_searched_stopword_is_a_spelling_word_and_a_grammar_word_is_not() -> None:
    spelled = spelling_words(SCHEMA["body"], "The different inner harbour")
    assert spelled == {"different", "inner", "harbour"}
    assert searched_terms("different") == ["differ"]
    assert searched_terms("the") == []


@pytest.mark.parametrize("typed", ["differnt~", "innr~", "wellcome~", "differen*"])
def test_a_fuzzy_word_or_a_pattern_finds_a_searched_stopword(index: Path, typed: str) -> None:
    code, out, _ = query(index, typed)
    assert code == 0 and "different.txt" in out


def test_did_you_mean_offers_a_searched_stopword(index: Path) -> None:
    assert query(index, "differnt")[::2] == (1, "No articles match 'differnt'.\nDid you mean: different\n")


def test_did_you_mean_offers_no_grammar_word(index: Path) -> None:
    assert query(index, "teh tax")[::2] == (1, "No articles match 'teh tax'.\n"
                                             "Note: no article has all these words: --match any finds 1.\n")


def test_no_offer_where_the_word_would_be_left_out(index: Path) -> None:
    # --match any leaves "different" out: it would find nothing more
    assert query(index, "differnt", "--match", "any")[::2] == (1, "No articles match 'differnt'.\n")
