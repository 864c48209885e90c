"""`newssearch index` without CORPUS updates (or rebuilds) the corpus its index was built from, which the manifest
records; with no index there it still asks for CORPUS, and a recorded corpus that is gone is said to be."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssearch import build_index
from newssearch.errors import CorpusNotFound


def test_build_index_without_corpus_updates_the_recorded_one(built: Path, corpus: Path, tmp_path: Path) -> None:
    report = build_index(index_dir=built)
    assert (report.corpus, report.unchanged, report.rebuilt) == (str(corpus.resolve()), 3, False)
    with pytest.raises(CorpusNotFound, match=r"no corpus given, and .*none holds no index to update"):
        build_index(index_dir=tmp_path / "none")
