"""A corpus file that cannot be opened at all (chmod 000) is remembered by the update that met it, so that `stats`
counts it among the skips with its reason, and read as soon as it can be, its stat changed or not (a group or an
ACL given to the user changes no file's stat): it had been tried again on each run but remembered nowhere, so
`stats` said `skipped: none` of a corpus whose file the last update could not open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli

DENIED = "cannot read file: Permission denied"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Good\n\nPolice said good.\n")
    (corpus / "secret.txt").write_text("Secret\n\nPolice said secret.\n")
    (corpus / "secret.txt").chmod(0)  # (root reads it all the same: the refusal is simulated)
    return corpus


def test_stats_counts_a_file_the_last_update_could_not_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.buildplan as buildplan

    monkeypatch.setattr(buildplan, "open_problem", lambda path: DENIED if path.name == "secret.txt" else None)
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    report = build_index(corpus, index_dir)
    assert [(skip.path, skip.reason) for skip in report.skipped] == [("secret.txt", DENIED)]
    stats = CliRunner().invoke(cli, ["stats", "--index-dir", str(index_dir)]).stdout.splitlines()
    assert stats[4] == (f"skipped:   1 file ({DENIED} 1); links, pipes and folders an update could not follow are "
                        f"not counted: `newssearch index {corpus} --index-dir {index_dir} -v` lists every skip")
    data = json.loads(CliRunner().invoke(cli, ["stats", "--index-dir", str(index_dir), "--json"]).stdout)
    assert data["skipped"] == {"files": 1, "records": 0, "partial": 0, "reasons": {DENIED: 1}}
    again = build_index(corpus, index_dir)  # still refused: said again, once
    assert [(skip.path, skip.reason) for skip in again.skipped] == [("secret.txt", DENIED)]
    assert (again.added, again.unchanged, again.documents) == (0, 1, 1)


def test_a_file_remembered_unopened_is_read_once_it_opens_though_its_stat_is_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.buildplan as buildplan

    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    with monkeypatch.context() as refused:
        refused.setattr(buildplan, "open_problem", lambda path: DENIED if path.name == "secret.txt" else None)
        build_index(corpus, index_dir)
    report = build_index(corpus, index_dir)  # opens now (a group given), its stat unchanged
    assert (report.added, report.unchanged, report.documents, report.skipped) == (1, 1, 2, [])
    stats = CliRunner().invoke(cli, ["stats", "--index-dir", str(index_dir)]).stdout.splitlines()
    assert stats[3:5] == ["files:     2",
                          "skipped:   none (links, pipes and folders an update could not follow are not counted)"]
