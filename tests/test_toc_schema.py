"""An index's schema unpickled from its table of contents by tocschema: its tokenizer's pattern is TOKEN_RE itself,
not compiled as the index opens; a TOC it cannot read is left to Whoosh."""

from __future__ import annotations

from pathlib import Path

from newssearch import build_index, liveindex
from newssearch.schema import BODY
from newssearch.store import load_manifest
from newssearch.tocchecks import toc_version
from newssearch.tocschema import toc_schema
from newssearch.tokenpatterns import TOKEN_RE


def _index(tmp_path: Path) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Storm hits the harbour\n\nThe storm hit the harbour.\n", encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    return tmp_path / "index"


def _toc(index: Path) -> bytes:
    return max(next(index.glob("ix-*")).glob("_MAIN_*.toc"), key=lambda path: int(path.stem.split("_")[-1])).read_bytes()


def test_an_opened_index_s_tokenizer_holds_the_token_pattern_itself(tmp_path: Path) -> None:
    index = _index(tmp_path)
    manifest = load_manifest(index, with_files=False)
    assert manifest is not None
    ix = liveindex.open_whoosh(index, manifest)
    assert ix.schema[BODY].analyzer.items[0].expression is TOKEN_RE
    with ix.searcher() as searcher:
        assert searcher.schema[BODY].analyzer.items[0].expression is TOKEN_RE
        assert searcher.doc_count() == 1


def test_a_toc_of_another_version_or_cut_short_is_left_to_whoosh(tmp_path: Path) -> None:
    data = _toc(_index(tmp_path))
    assert toc_schema(data) is not None and toc_version(data) == -111  # Whoosh's current TOC version
    version_at = 3 + 4  # three one-byte varints (the sizes of int, long and float), then -12345
    other = data[:version_at] + (-110).to_bytes(4, "big", signed=True) + data[version_at + 4:]
    assert toc_schema(other) is None
    assert toc_schema(data[:40]) is None
    assert toc_schema(b"") is None
