"""``index --json`` is the full report, every list ``--verbose`` prints included: -v beside it changes nothing, and
the help says so (it had accepted -v silently, as if the JSON might leave something out)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newssearch.cli import cli


def test_the_help_says_json_is_the_full_report() -> None:
    help_text = " ".join(CliRunner().invoke(cli, ["index", "--help"]).stdout.split())
    assert "--json Print the full report as JSON: every list --verbose prints, with or without it." in help_text


def test_json_with_and_without_verbose_is_the_same_report(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Police arrest a man\n\nThe police arrested a man on Sunday.\n")
    (tmp_path / "corpus" / "empty.txt").write_text("")
    reports = []
    for flags in ([], ["-v"]):
        out = CliRunner().invoke(cli, ["index", str(tmp_path / "corpus"), "--index-dir", str(tmp_path / "index"),
                                       "--rebuild", "--json", *flags])
        assert out.exit_code == 0
        reports.append({key: value for key, value in json.loads(out.stdout).items() if key != "seconds"})
    assert reports[0] == reports[1] and reports[0]["skipped"]
