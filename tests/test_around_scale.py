"""``--around DATE``'s decay follows the index's own span of dates: its bonus halves every twentieth of the span
(the oldest to the newest dated article, a stray few set aside at either end), so on an archive of decades the
articles of the date's year rank above comparably relevant ones years away, and on an archive of a month the
articles of the date's days above ones a fortnight away. A 30-day half-life had put a wire seven months from the
date as far from it as one of eighteen years later (Reuters-21578 beside BBC News: ``storm --around 1987-10-19``
had ranked 2004-5 stories above 1987 ones)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import config
from newssearch.cli import cli
from newssearch.recency import around_decay

PAD = "Officials said the roads were open again and schools would reopen on Monday. " * 3


def text(title: str, day: str, body: str) -> str:
    """A text file with a title and a date header."""
    return f"Title: {title}\nDate: {day}\n\n{body}\n"


DECADES = {  # 1987 to 2005; by relevance alone: farthest, far, near, spring
    "near.txt": text("Gale hits coast", "1987-10-16", PAD + "A storm felled trees."),
    "spring.txt": text("Harbour closed", "1987-03-02", PAD + "A storm sank two boats."),
    "quiet.txt": text("Quiet day", "1995-01-01", PAD + "No news."),
    "far.txt": text("Warning issued", "2004-11-08", PAD + "The storm moved east, a storm."),  # 1.4 times near's
    "farthest.txt": text("Season review", "2005-09-20", "Storm after storm: the storm season's worst storm."),  # 2 times
}

MONTH = {  # October 1987; by relevance alone: week, day
    "day.txt": text("Gale hits coast", "1987-10-18", PAD + "A storm felled trees."),
    "week.txt": text("Warning issued", "1987-10-05", PAD + "The storm moved east, a storm."),  # 1.3 times day's
    "start.txt": text("Quiet day", "1987-10-01", PAD + "No news."),
    "end.txt": text("Quiet day", "1987-10-31", PAD + "No news."),
}


def order(index_dir: Path, *options: str) -> list[str]:
    """The ids of ``storm``'s hits as the CLI lists them (--jsonl), best first."""
    result = CliRunner().invoke(cli, ["query", "storm", "--index-dir", str(index_dir), "--jsonl", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def decades(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("decades"), DECADES)


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("month"), MONTH)


def test_around_a_day_in_an_archive_of_decades_ranks_its_year_above_years_away(decades: Path) -> None:
    assert order(decades) == ["farthest.txt", "far.txt", "near.txt", "spring.txt"]
    # the spring of 1987 is near 1987-10-19 beside 2004; twice as relevant, 2005's review still leads
    assert order(decades, "--around", "1987-10-19") == ["farthest.txt", "near.txt", "spring.txt", "far.txt"]
    assert order(decades, "--around", "2005-01") == ["farthest.txt", "far.txt", "near.txt", "spring.txt"]


def test_around_a_day_in_an_archive_of_a_month_ranks_its_days_above_a_fortnight_away(month: Path) -> None:
    assert order(month) == ["week.txt", "day.txt"]
    assert order(month, "--around", "1987-10-19") == ["day.txt", "week.txt"]
    assert order(month, "--around", "1987-10-06") == ["week.txt", "day.txt"]


def test_arounds_half_life_is_a_twentieth_of_the_span_and_a_day_at_least() -> None:
    decay = around_decay(date(1987, 10, 19), span_days=730)
    assert decay.half_life == 730 / config.AROUND_SPAN_SHARE == 36.5
    assert decay.factor(date(1987, 10, 19)) == 1.0
    assert decay.factor(date(1987, 11, 24)) == pytest.approx(0.75, abs=0.005)  # 36 days on: about a half-life
    assert around_decay(date(1987, 10, 19), span_days=0).half_life == 1.0  # every article of one day


def test_around_help_says_how_its_bonus_falls() -> None:
    result = CliRunner().invoke(cli, ["query", "--help"], env={"COLUMNS": "200"})
    assert "the bonus halves every twentieth of the span of the index's dates" in " ".join(result.output.split())
