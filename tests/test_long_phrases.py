"""A long phrase, typed or pasted, is searched whatever its length: a phrase with a free word (``*``) or a pattern
(``eng*``) is matched by one matcher over its parts, where a matcher nested per part had ended a phrase of some 300
parts or more in "unexpected RecursionError"; and a long proximity's snippet is marked by a loop over its words,
where a call a word had failed alike."""

from __future__ import annotations

import random
from bisect import bisect_right
from itertools import product
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

# 1,200 made-up words, each its own: the long article and the phrases typed of it
WORDS = ["".join(letters) for letters in product("bdfgk", "aeiou", "lmnrst", "aeiou", "lmnrst")][:1200]
TEXTS = {"long.txt": "Long story\n\n" + " ".join(WORDS) + ".\n", "short.txt": "Short story\n\nbalal bemem.\n"}


@pytest.fixture(scope="module")
def long_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("long"), TEXTS)


def _query(index: Path, *args: str) -> tuple[int, str, str]:
    """Exit code, stdout (--csv, its ids) and stderr of ``newssearch query ARGS``."""
    from newssearch.cli import cli

    result = CliRunner().invoke(cli, ["query", *args, "--csv", "--index-dir", str(index)], env={"COLUMNS": "500"})
    ids = " ".join(row.split(",")[0] for row in result.stdout.splitlines()[1:])
    return result.exit_code, ids, result.stderr


def _gapped(count: int) -> str:
    """The first ``count`` words of the long article, its third a lone ``*`` and its last a pattern (``dalam*``)."""
    words = WORDS[:count]
    return " ".join([*words[:2], "*", *words[3:-1], words[-1][:3] + "*"])


@pytest.mark.parametrize("count", [5, 1000, 1200])
def test_a_long_phrase_with_a_free_word_and_a_pattern_is_found(long_index: Path, count: int) -> None:
    assert _query(long_index, f'"{_gapped(count)}"') == (0, "long.txt", "")


@pytest.mark.parametrize("form", ['"{}"~5', "'{}'~5", '"{}"~2'])
def test_a_long_proximity_is_found_and_marked(long_index: Path, form: str) -> None:
    # its snippet's marks had followed the words' places one call deeper a word (RecursionError)
    assert _query(long_index, form.format(" ".join(WORDS[:1200])))[:2] == (0, "long.txt")


def _recursive_run_from(at: int, places: list[list[int]], word: int, slop: int,
                        dead: set[tuple[int, int]]) -> tuple[int, ...] | None:
    """phrasespans._run_from as it was, a call a word: the reference its loop must agree with."""
    if word == len(places):
        return ()
    if (word, at) in dead:
        return None
    following = places[word]
    for next_at in following[bisect_right(following, at) : bisect_right(following, at + slop)]:
        rest = _recursive_run_from(next_at, places, word + 1, slop, dead)
        if rest is not None:
            return next_at, *rest
    dead.add((word, at))
    return None


def test_a_proximity_s_runs_are_the_ones_the_recursive_search_found() -> None:
    from newssearch.phrasespans import _run_from

    pick = random.Random(59)
    for _ in range(2000):
        places = [sorted(pick.sample(range(40), pick.randint(1, 12))) for _ in range(pick.randint(1, 6))]
        slop, dead, expected_dead = pick.randint(1, 4), set(), set()  # type: ignore[var-annotated]
        for first in places[0]:
            expected = _recursive_run_from(first, places, 1, slop, expected_dead)
            assert _run_from(first, places, 1, slop, dead) == expected, (places, slop, first)
            assert dead == expected_dead
