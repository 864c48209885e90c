"""A long phrase, typed or pasted, is searched whatever its length: a phrase with a free word (``*``) or a pattern
(``eng*``) is matched by one matcher over its parts, where a matcher nested per part had ended a phrase of some 300
parts or more in "unexpected RecursionError"."""

from __future__ import annotations

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

