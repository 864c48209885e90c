"""``newssearch index --quiet``: nothing on success, yet every failure said (files not read, with their reasons)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli


def _index(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["index", *args])


def test_quiet_prints_nothing_when_every_file_was_read(corpus: Path, index_dir: Path) -> None:
    for flag in ("--quiet", "-q"):
        result = _index(str(corpus), "--index-dir", str(index_dir), flag)
        assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert _index(str(corpus), "--index-dir", str(index_dir)).stdout  # without it, the report


def test_quiet_still_names_the_files_not_read_with_their_reasons_on_stderr(corpus: Path, index_dir: Path) -> None:
    for n in range(7):
        (corpus / f"empty{n}.txt").write_text("")
    result = _index(str(corpus), "--index-dir", str(index_dir), "-q")
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.splitlines() == ["7 skipped (2 more: --verbose lists them)",
                                          *(f"  empty{n}.txt: empty file" for n in range(5))]
    every = _index(str(corpus), "--index-dir", str(index_dir), "--rebuild", "-q", "--verbose")
    assert every.stderr.splitlines() == ["7 skipped", *(f"  empty{n}.txt: empty file" for n in range(7))]


def test_quiet_says_when_nothing_was_indexed(tmp_path: Path, index_dir: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = _index(str(tmp_path / "empty"), "--index-dir", str(index_dir), "--quiet")
    assert result.stdout == "" and result.stderr.startswith("No articles: the corpus holds no file newssearch reads")


def test_quiet_leaves_out_the_line_naming_the_recorded_corpus_but_not_errors(corpus: Path, index_dir: Path,
                                                                             tmp_path: Path) -> None:
    _index(str(corpus), "--index-dir", str(index_dir))
    again = _index("--index-dir", str(index_dir), "-q")  # "Updating the index of …" had been said
    assert (again.exit_code, again.stdout, again.stderr) == (0, "", "")
    missing = _index(str(tmp_path / "nowhere"), "--index-dir", str(tmp_path / "other"), "-q")
    assert missing.exit_code == 2 and missing.stderr.startswith("Error: ")


def test_quiet_and_json_are_refused_together(corpus: Path, index_dir: Path) -> None:
    result = _index(str(corpus), "--index-dir", str(index_dir), "--quiet", "--json")
    assert result.exit_code == 2 and "--quiet" in result.stderr and "--json" in result.stderr


def test_the_help_says_what_quiet_with_verbose_does() -> None:
    """-q with --verbose is no contradiction, as -q with --json is: quiet when every file was read, and else every
    file not read named (not five); the help had not said so, so the pair looked like -q silently winning."""
    help_text = " ".join(_index("--help").stdout.split())
    assert "with --verbose, every one" in help_text
