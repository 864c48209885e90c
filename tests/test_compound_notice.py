"""A word written solid that the articles write as two (``Vietnam`` for TIME's "Viet Nam"), or two words typed apart
that the articles write as one (``sea wall`` for "seawall"): the query had found nothing, saying nothing or only that
--match any finds something, though the articles hold the words as written the other way."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli

TEXTS = {
    "vietnam.txt": "The helicopter war\n\nThe helicopter war in Viet Nam runs into trouble, officers said.\n",
    "seawall.txt": "Council approves seawall\n\nThe council voted to build a seawall along the drive.\n",
    "coast.txt": "Storm on the coast\n\nA storm hit the coast. The wall of the old fort fell into the harbour.\n",
}


@pytest.fixture(scope="module")
def compound_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three texts above indexed once for the module."""
    return index_of_texts(tmp_path_factory.mktemp("compound"), TEXTS)


def _query(index: Path, text: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["query", text, "--index-dir", str(index), "-n", "0"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("typed", "apart"), [
    ("Vietnam", "Viet Nam"),  # a name typed with its capital: both parts keep one
    ("vietnam", "viet nam"),
    ("VIETNAM", "VIET NAM"),
    ("vietnam helicopter", "viet nam helicopter"),
])
def test_a_word_the_articles_write_as_two_says_what_they_find(compound_index: Path, typed: str, apart: str) -> None:
    # 'Vietnam' had said only "No articles match 'Vietnam'."
    assert _query(compound_index, typed) == (1, "", f"No articles match '{typed}'.\n"
                                                    f"Note: {typed.split()[0]} is searched as one word: as two, "
                                                    f"'{apart}' finds 1.\n")


@pytest.mark.parametrize(("typed", "solid"), [
    ("sea wall", "seawall"),
    ("council sea wall", "council seawall"),
])
def test_two_words_the_articles_write_as_one_say_what_it_finds(compound_index: Path, typed: str, solid: str) -> None:
    # 'sea wall' had said "no article has all these words: --match any finds 2", not that 'seawall' finds the story
    joined = "sea wall"
    assert _query(compound_index, typed) == (1, "", f"No articles match '{typed}'.\n"
                                                    f"Note: {joined} is searched as two words: as one, "
                                                    f"'{solid}' finds 1.\n")


def test_a_word_no_split_of_which_is_found_says_nothing_more(compound_index: Path) -> None:
    assert _query(compound_index, "zzqx") == (1, "", "No articles match 'zzqx'.\n")
    assert _query(compound_index, "helicopter zzqx") == (1, "", "No articles match 'helicopter zzqx'.\n"
                                                                 "Note: no article has all these words: --match any "
                                                                 "finds 1.\n")


def test_a_query_that_finds_something_has_no_note(compound_index: Path) -> None:
    # the coast story holds wall and harbour apart: found, so nothing is said of a word written solid
    assert _query(compound_index, "wall harbour") == (0, "1 result for 'wall harbour'\n", "")
