"""The repository's own lint and type configuration holds: ``ruff check`` (pinned in the test extra, so in every CI
run) and ``mypy`` (in the dev extra: its verdict follows the installed packages' own types, which a release of
click or pypdf may change, so it is a developer's check, skipped where mypy is not installed)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run_module(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m module args…`` from the repository root, its output captured."""
    return subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True,
                          check=False, timeout=600)


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed (pip install -e '.[test]')")
def test_ruff_finds_nothing() -> None:
    result = run_module("ruff", "check", "--no-cache", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (pip install -e '.[dev]')")
def test_mypy_finds_nothing() -> None:
    result = run_module("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
