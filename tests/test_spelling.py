"""'Did you mean' for a word the index knows: a rare word near a far commoner one, on a corpus built for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli
from newssearch.spelling import closest_word, most_written

COMMON = 45  # articles with each common word: more than MORE_POPULAR (20) times a word in one article

# 59 articles, so a word in one of them is rare (at most 1%) and a word in two is not.
TEXTS = {
    **{f"common{n}.txt": f"Meeting {n}\n\nThe government and the council met on tax in 1983. Financial news."
       for n in range(COMMON)},
    "goverment.txt": "Typo\n\nThe goverment met.",                   # a typo of government, in one article
    "governent.txt": "Typo too\n\nThe governent met.",               # another, with government's stem (govern)
    "finaical.txt": "Typo three\n\nFinaical news.",                  # a typo that sounds like "finacial"
    **{f"counsel{n}.txt": f"Lawyers {n}\n\nThe counsel spoke." for n in range(2)},  # rare, but two articles
    "volker.txt": "Envoy\n\nKurt Volker spoke.",                     # one article, near a name in ten
    **{f"volcker{n}.txt": f"Fed {n}\n\nPaul Volcker spoke." for n in range(10)},
    "numbers.txt": "Old\n\nIn 1923 the tix were sold.",            # a rare number and a short word
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import index_of_texts

    return index_of_texts(tmp_path_factory.mktemp("spelling"), TEXTS)


def search(index: Path, text: str) -> tuple[list[str], str | None]:
    with open_index(index) as idx:
        result = idx.search(text)
        return [hit.id for hit in result.hits], result.suggestion


def test_a_rare_word_near_a_far_commoner_one_gets_it_and_keeps_its_hits(index: Path) -> None:
    assert search(index, "goverment") == (["goverment.txt"], "government")
    assert search(index, "Goverment council") == ([], "Government council")


def test_the_spelling_written_wins_over_a_typo_with_the_same_stem(index: Path) -> None:
    # governent is as near to goverment as government, sounds alike and counts the same stem (govern),
    # and comes first in the alphabet: the articles write government.
    with open_index(index) as idx:
        reader = idx._searcher.reader()
        assert closest_word(reader, "goverment", at_least=20) == "government"
        assert most_written(reader, ["governent", "government"]) == "government"


def test_an_equally_near_word_far_rarer_than_another_is_not_offered(index: Path) -> None:
    # finaical sounds like finacial (Soundex F524), financial does not, but it is in 45 articles, not one.
    assert search(index, "finacial") == ([], "financial")


@pytest.mark.parametrize("text", ["counsel", "Volker", "1923", "tix", "government", "Volcker"])
def test_no_suggestion_for_a_word_in_over_1_percent_a_nearby_word_not_20_times_commoner_numbers_short_words(
        index: Path, text: str) -> None:
    hits, suggestion = search(index, text)
    assert hits and suggestion is None


def test_the_cli_prints_the_hits_and_then_did_you_mean(index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "goverment", "--index-dir", str(index), "--color", "never"])
    assert result.exit_code == 0 and "goverment.txt" in result.stdout
    assert result.stderr == "Did you mean: government\n"
