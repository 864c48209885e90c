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


@pytest.mark.parametrize("header", [
    "Chancellor unveils spending plans for regional rail\nDate: 12 March 2024\nAuthor: Jane Doe\nSection: Politics",
    "Title: Chancellor unveils spending plans for regional rail\nPublished: 12 March 2024\nBy: Jane Doe",
])
def test_a_pasted_article_under_a_header_of_key_lines_finds_itself(pasted: Path, header: str) -> None:
    # its "Date: 12 March 2024" had been read as the date field's clause, refused as a date written unquoted (exit 2)
    assert _query(pasted, f"{header}\n\n{STORY}")[:2] == (0, ["budget.txt"])


def test_a_header_of_key_lines_is_named_in_the_note(pasted: Path) -> None:
    typed = f"Chancellor unveils spending plans for regional rail\nDate: 12 March 2024\nAuthor: Jane Doe\n\n{STORY}"
    assert _query(pasted, typed)[2] == ("Note: 'Date: 12 March 2024' and 'Author: Jane Doe' are read as a pasted "
                                        "article's header: their words rank but are not required.\n")


def test_a_query_of_one_line_is_read_as_before(pasted: Path) -> None:
    # a byline's words typed on one line with others are words of the search: no article has them all
    assert _query(pasted, "By Jane Doe rail strike")[:2] == (1, [])


def test_a_field_on_a_line_of_its_own_under_words_is_still_a_field(pasted: Path) -> None:
    # no text below it: a search written on two lines, not an article's header
    assert _query(pasted, "rail\nAuthor: Jane Doe") == (1, [], "No articles match 'rail Author: Jane Doe'.\nNote: no "
                                                             "article has all these words: --match any finds 2.\n")
    assert _query(pasted, "rail\nauthor:doe") == (0, ["other.txt", "budget.txt"], "")
