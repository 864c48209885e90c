"""``stats``' skipped count beside the index report's: the report counts every skip of the run, the walk's too (a
link that leads nowhere, a pipe, a folder not opened), which no manifest entry remembers, so stats cannot count
them; it had said ``1 file`` where the report of the same corpus said ``2 skipped``, with no word of why."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli

NOT_COUNTED = "links, pipes and folders an update could not follow are not counted"


def test_stats_says_the_walk_s_skips_are_not_in_its_count(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry\n\nThe ferry sailed at noon.\n")
    (corpus / "empty.txt").write_text("")
    (corpus / "away.txt").symlink_to(tmp_path / "drive" / "away.txt")
    report = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir)]).stdout
    assert "  2 skipped\n" in report
    stats = CliRunner().invoke(cli, ["stats", "--index-dir", str(index_dir)]).stdout.splitlines()
    assert stats[4] == (f"skipped:   1 file (empty file 1); {NOT_COUNTED}: `newssearch index {corpus} --index-dir "
                        f"{index_dir} -v` lists every skip")


def test_stats_says_so_beside_none_too(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry\n\nThe ferry sailed at noon.\n")
    (corpus / "away.txt").symlink_to(tmp_path / "drive" / "away.txt")
    assert "  1 skipped\n" in CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir)]).stdout
    stats = CliRunner().invoke(cli, ["stats", "--index-dir", str(index_dir)]).stdout.splitlines()
    assert stats[4] == f"skipped:   none ({NOT_COUNTED})"


def test_stats_help_says_which_skips_it_counts() -> None:
    # "the files and records the last update skipped" read as every skip the index report counts
    helped = " ".join(CliRunner().invoke(cli, ["stats", "--help"], terminal_width=200).stdout.split())
    assert "the files and records the last update read and skipped (by reason; not the links, pipes and folders it " \
           "could not follow, which its report counts too)" in helped
