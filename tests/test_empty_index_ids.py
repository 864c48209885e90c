"""``show`` and ``similar`` on an index that holds no article (its corpus held no file newssearch reads): the error
says so, as ``query``'s note does, not that ids are paths relative to the corpus, which sent a user looking for a
mistyped path."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli


@pytest.mark.parametrize("command", ["show", "similar"])
def test_an_id_asked_of_an_empty_index_is_told_the_index_holds_no_article(tmp_path: Path, command: str) -> None:
    (tmp_path / "empty").mkdir()
    assert CliRunner().invoke(cli, ["index", str(tmp_path / "empty"), "--index-dir", str(tmp_path / "ix")]).exit_code == 0
    result = CliRunner().invoke(cli, [command, "x.txt", "--index-dir", str(tmp_path / "ix")])
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", f"Error: no article with id 'x.txt': there is no file {tmp_path / 'empty' / 'x.txt'} (this index holds "
               "no articles: `newssearch stats` says what its last update skipped)\n")
