"""Shared fixtures: the sample corpus copied to a temp folder, and an index built from it."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE_CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the three seed reports."""
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, folder)
    return folder


IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(params=["refused", "chmod 000"])
def make_unreadable(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Make a file unreadable, its mode set to 000 (its change time moves): "chmod 000" by its mode alone, which
    root reads all the same (skipped as root); "refused" its opening refused too, as the OS refuses it to a user who
    is not root (os.open and os.access, which every read of a corpus file goes through), so root runs it too."""
    if request.param == "chmod 000" and IS_ROOT:
        pytest.skip("root reads files whatever their mode")
    refused: set[str] = set()
    made: list[Path] = []
    real_open, real_access = os.open, os.access

    def opened(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.path.abspath(path) in refused:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        return os.path.abspath(path) not in refused and real_access(path, mode, *args, **kwargs)

    if request.param == "refused":
        monkeypatch.setattr(os, "open", opened)
        monkeypatch.setattr(os, "access", access)

    def make(path: Path) -> None:
        path.chmod(0)
        made.append(path)
        refused.add(os.path.abspath(path))

    yield make
    for path in made:
        if path.exists():
            path.chmod(0o644)


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    """Where a test's index goes."""
    return tmp_path / "index"


@pytest.fixture
def built(corpus: Path, index_dir: Path) -> Path:
    """The seed corpus indexed; returns the index folder."""
    from newssearch import build_index

    build_index(corpus, index_dir)
    return index_dir


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when the shared data is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def index_of_texts(root: Path, texts: dict[str, str]) -> Path:
    """An index of small text files written from ``texts`` (file name: text) under ``root``."""
    from newssearch import build_index

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, root / "index", rebuild=True)
    return root / "index"


def found_ids(index_dir: Path, text: str, **options: object) -> list[str]:
    """The sorted ids of the articles a search of ``index_dir`` finds."""
    from newssearch import open_index

    with open_index(index_dir) as idx:
        return sorted(hit.id for hit in idx.search(text, **options).hits)  # type: ignore[arg-type]


def jsonl_hits(index_dir: Path, query: str) -> list[dict[str, object]]:
    """The hits of ``query`` as the CLI prints them with --jsonl (up to 50; none when no article matches)."""
    import json

    from click.testing import CliRunner

    from newssearch.cli import cli

    result = CliRunner().invoke(cli, ["query", query, "--index-dir", str(index_dir), "--jsonl", "-n", "50"])
    assert result.exit_code in (0, 1), result.output  # 1: no article matches
    return [json.loads(line) for line in result.stdout.splitlines()]


def jsonl_ids(index_dir: Path, query: str) -> list[str]:
    """The sorted ids of the hits of ``query`` as the CLI prints them with --jsonl."""
    return sorted(str(hit["id"]) for hit in jsonl_hits(index_dir, query))


FEATURES = REPO / "tests" / "fixtures" / "features"
FEATURE_FILES = ("wire.jsonl", "police-dog.txt")


@pytest.fixture(scope="session")
def features_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/fixtures/features (see its README) indexed once for the session; do not modify it."""
    from newssearch import build_index

    root = tmp_path_factory.mktemp("features")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in FEATURE_FILES:
        shutil.copy(FEATURES / name, corpus / name)
    build_index(corpus, root / "index")
    return root / "index"
