"""A commit's files reach the disk before anything names them: the new segment's, then Whoosh's table of contents and
its folder, then the manifest (a power cut after a commit leaves that commit or the one before)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from newssearch import build_index

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")


def synced_while(monkeypatch: pytest.MonkeyPatch, run) -> list[str]:  # type: ignore[no-untyped-def]
    """The paths fsynced, in order, while ``run()`` runs."""
    synced: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    run()
    return synced


def whoosh_files(index_dir: Path) -> dict[str, str]:
    """The name of each file of the index's Whoosh folder, by its kind: the segment's and the table of contents'."""
    (folder,) = (path for path in index_dir.iterdir() if path.is_dir())
    return {path.suffix: str(path) for path in folder.iterdir() if path.suffix in (".seg", ".toc")}


def test_a_build_syncs_its_segment_then_its_table_of_contents_then_the_manifest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "storm.txt").write_text("Storm hits\n\nThe storm hit the harbour on Tuesday.\n")
    synced = synced_while(monkeypatch, lambda: build_index(corpus, index_dir))
    files = whoosh_files(index_dir)
    order = [synced.index(files[".seg"]), synced.index(files[".toc"]), synced.index(str(Path(files[".toc"]).parent)),
             next(n for n, path in enumerate(synced) if Path(path).name.startswith(".newssearch.json"))]
    assert order == sorted(order)


def test_an_update_syncs_only_the_segment_it_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "storm.txt").write_text("Storm hits\n\nThe storm hit the harbour on Tuesday.\n")
    build_index(corpus, index_dir)
    first = whoosh_files(index_dir)[".seg"]
    (corpus / "ferry.txt").write_text("Ferry sails\n\nThe ferry sailed again on Wednesday.\n")
    synced = synced_while(monkeypatch, lambda: build_index(corpus, index_dir))
    segments = [path for path in synced if path.endswith(".seg")]
    assert first not in segments and len(segments) == 1 and Path(segments[0]).exists()
