"""A whole article pasted as the query under ``--match all``, its headline, byline and date line on top: the byline
("By Jane Doe") and the date line ("12 March 2024") are read as the article's, as the .txt reader reads them, not
required as words of its text, which they seldom are (they are its author and date). It had found nothing, not
even the article pasted."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

STORY = ("The Chancellor set out plans on Tuesday to spend £4.2bn on regional rail links over five years, in a "
         'statement that opposition MPs called "a rebadging of old promises".\n\n'
         "Rail unions welcomed the investment but warned that staff shortages could delay the work.\n")
TEXTS = {
    "budget.txt": f"Chancellor unveils spending plans for regional rail\n\nBy Jane Doe\n\n12 March 2024\n\n{STORY}",
    "other.txt": "Rail strike called off\n\nBy Jane Doe\n\n12 March 2024\n\nUnions called off the rail strike.\n",
}
NOTE = ("Note: 'By Jane Doe' and '12 March 2024' are read as a pasted article's byline and date line: their words "
        "rank but are not required.\n")


@pytest.fixture(scope="module")
def pasted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("pasted"), TEXTS)


def _query(index: Path, *args: str) -> tuple[int, list[str], str]:
    """Exit code, the ids listed (--csv) and stderr of ``newssearch query ARGS``."""
    from newssearch.cli import cli

    result = CliRunner().invoke(cli, ["query", *args, "--csv", "--index-dir", str(index)], env={"COLUMNS": "500"})
    return result.exit_code, [row.split(",")[0] for row in result.stdout.splitlines()[1:]], result.stderr


def test_a_pasted_article_with_its_byline_and_date_finds_itself(pasted: Path) -> None:
    assert _query(pasted, TEXTS["budget.txt"], "--match", "all") == (0, ["budget.txt"], NOTE)


@pytest.mark.parametrize("typed", [
    f"Chancellor unveils spending plans for regional rail\nBy Jane Doe\n12 March 2024\n\n{STORY}",  # no blank lines
    f"By Jane Doe\n12 March 2024\n\n{STORY}",  # no headline
])
def test_a_pasted_article_laid_out_otherwise_finds_itself(pasted: Path, typed: str) -> None:
    assert _query(pasted, typed)[:2] == (0, ["budget.txt"])


def test_a_query_of_one_line_is_read_as_before(pasted: Path) -> None:
    # a byline's words typed on one line with others are words of the search: no article has them all
    assert _query(pasted, "By Jane Doe rail strike")[:2] == (1, [])
