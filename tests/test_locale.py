"""A Python not in UTF-8 mode (``LC_ALL=C PYTHONUTF8=0``): the same ids and the same query words as under UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

C_LOCALE = {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


def run(*args: str, locale: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``newssearch ARGS`` in a child Python, under ``locale`` (else UTF-8 mode)."""
    env = {**os.environ, "PYTHONUTF8": "1", **(locale or {})}
    argv = [os.fsencode(arg) for arg in (sys.executable, "-m", "newssearch", *args)]  # bytes: any locale
    return subprocess.run(argv, capture_output=True, env=env, timeout=120, encoding="utf-8",
                          errors="surrogateescape")


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_ids_and_query_words_do_not_depend_on_the_locale(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corp é", tmp_path / "index é"
    corpus.mkdir()
    (corpus / "résumé.txt").write_text("Résumé of the mayor\n\nThe mayor published her naïve résumé.\n")
    (corpus / os.fsdecode(b"caf\xe9.txt")).write_text("Cafe notes\n\nThe mayor met a reporter.\n")
    assert run("index", str(corpus), "--index-dir", str(index)).returncode == 0
    again = run("index", str(corpus), "--index-dir", str(index), locale=C_LOCALE)
    assert (again.returncode, again.stderr) == (0, "")
    assert "  0 added, 0 updated, 0 deleted, 2 unchanged;" in again.stdout
    found = run("query", "naïve", "--index-dir", str(index), "--csv", locale=C_LOCALE)
    assert found.stdout.splitlines()[1].startswith("résumé.txt,Résumé of the mayor,")
    ids = run("query", "mayor", "--index-dir", str(index), "--csv", locale=C_LOCALE).stdout
    assert sorted(line.split(",")[0] for line in ids.splitlines()[1:]) == ["caf%E9.txt", "résumé.txt"]
    shown = run("show", "résumé.txt", "--index-dir", str(index), locale=C_LOCALE)
    assert (shown.returncode, shown.stdout.splitlines()[0]) == (0, "Résumé of the mayor")
