"""``--recent`` gives an undated article the decay's floor, as ``--around`` does: an article of unknown date is not
newer for it, so it never outranks a dated one of equal relevance on recency alone (it had been given 0.75, above
every dated article older than a half-life or so, so ``oil --recent`` over BBC's undated texts beside Reuters' wires
of 1987 had listed the undated ones first)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import config
from newssearch.cli import cli
from newssearch.recency import around_decay, recent_decay

PAD = "Officials said the roads were open again and schools would reopen on Monday. " * 3
STORY = PAD + "The storm moved east, a storm."

ARCHIVE = {  # old.txt and undated.txt alike but for old's date; new.txt less relevant
    "new.txt": f"Title: Gale hits coast\nDate: 2005-09-20\n\n{PAD}A storm felled trees.\n",
    "old.txt": f"Title: Warning issued\nDate: 1987-10-02\n\n{STORY}\n",
    "undated.txt": f"Title: Warning issued\n\n{STORY}\n",
}


def order(index_dir: Path, *options: str) -> list[str]:
    """The ids of ``storm``'s hits as the CLI lists them (--jsonl), best first."""
    result = CliRunner().invoke(cli, ["query", "storm", "--index-dir", str(index_dir), "--jsonl", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_recent_ranks_an_undated_article_under_an_old_dated_one_of_equal_relevance(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, ARCHIVE)
    assert order(index, "--recent") == ["new.txt", "old.txt", "undated.txt"]


def test_an_undated_article_gets_the_floor_under_recent_and_around() -> None:
    from datetime import date

    assert recent_decay(date(2020, 6, 1), 400).factor(None) == config.RECENCY_FLOOR
    assert around_decay(date(2020, 6, 1), span_days=400).factor(None) == config.RECENCY_FLOOR
