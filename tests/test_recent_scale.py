"""``--recent``'s decay follows the index's own span of dates, as ``--around``'s does: its bonus halves every half
of the span (the oldest to the newest dated article, a stray few set aside at either end), a year at most and a day
at least. A fixed year had barely reordered an archive of a month (its oldest article kept 0.97 of its score), while
on an archive of two years or more the year stays: a year-old story is old news however long the archive."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import config
from newssearch.cli import cli
from newssearch.recency import recent_decay

PAD = "Officials said the roads were open again and schools would reopen on Monday. " * 3


def text(title: str, day: str, body: str) -> str:
    """A text file with a title and a date header."""
    return f"Title: {title}\nDate: {day}\n\n{body}\n"


MONTH = {  # October 1987; by relevance alone: early, late
    "late.txt": text("Gale hits coast", "1987-10-30", PAD + "A storm felled trees."),
    "early.txt": text("Warning issued", "1987-10-02", PAD + "The storm moved east, a storm."),  # 1.3 times late's
    "last.txt": text("Quiet day", "1987-10-31", PAD + "No news."),
}

DECADES = {  # 1987 to 2005; by relevance alone: old, new
    "new.txt": text("Gale hits coast", "2005-09-20", PAD + "A storm felled trees."),
    "old.txt": text("Warning issued", "1987-10-02", PAD + "The storm moved east, a storm."),  # 1.3 times new's
}


def order(index_dir: Path, *options: str) -> list[str]:
    """The ids of ``storm``'s hits as the CLI lists them (--jsonl), best first."""
    result = CliRunner().invoke(cli, ["query", "storm", "--index-dir", str(index_dir), "--jsonl", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_recent_in_an_archive_of_a_month_ranks_its_last_days_above_its_first(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, MONTH)
    assert order(index) == ["early.txt", "late.txt"]
    assert order(index, "--recent") == ["late.txt", "early.txt"]


def test_recent_in_an_archive_of_decades_ranks_the_newest_years_first(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, DECADES)
    assert order(index) == ["old.txt", "new.txt"]
    assert order(index, "--recent") == ["new.txt", "old.txt"]


@pytest.mark.parametrize(("span_days", "half_life"), [(30, 15), (365, 182.5), (2 * 365, 365), (40 * 365, 365),
                                                      (0, 1.0), (1, 1.0)])
def test_recents_half_life_is_half_the_span_a_year_at_most_and_a_day_at_least(span_days: int,
                                                                                   half_life: float) -> None:
    decay = recent_decay(date(1987, 10, 31), span_days)
    assert decay.half_life == half_life
    assert decay.factor(date(1987, 10, 31)) == 1.0
    assert config.RECENT_HALF_LIFE_DAYS == 365


def test_recent_help_says_how_its_bonus_falls() -> None:
    result = CliRunner().invoke(cli, ["query", "--help"], env={"COLUMNS": "200"})
    assert ("the bonus halves every half of the span of the index's dates back from the newest article, a year at "
            "most") in " ".join(result.output.split())
