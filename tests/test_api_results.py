"""The Python API in a notebook: what ``dir()`` shows, what ``print`` shows, plain data for JSON and tables,
results to loop over, and every article of an index one at a time."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO, index_of_texts

import newssearch
from newssearch import Article, build_index, open_index
from newssearch.errors import IndexClosed
from newssearch.snippets import Snippet

SHOOTING = "000_952a12dfe0af93bf.txt"
SCALARS = (str, int, float, bool, type(None))


def test_dir_lists_the_public_api_and_not_what_the_package_imports_for_itself() -> None:
    names = dir(newssearch)
    assert {"build_index", "open_index", "Hit", "Article", "SearchResult", "NewsSearchError", "__version__"} <= set(names)
    assert not {"Any", "TYPE_CHECKING", "annotations", "startup"} & set(names)
    assert set(newssearch.__all__) <= set(names)


def test_dir_keeps_the_heavy_modules_unloaded() -> None:
    code = "import sys, newssearch; dir(newssearch); print('whoosh' in sys.modules, 'lxml' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(REPO / "src")})
    assert done.stdout == "False False\n"


def test_a_snippet_prints_as_its_plain_text_and_its_repr_keeps_the_marks() -> None:
    snippet = Snippet(fragments=((("A rare ", False), ("kiwi", True), (" seen", False)),), trailing=True)
    assert str(snippet) == f"{snippet}" == "A rare kiwi seen …"
    assert repr(snippet).startswith("Snippet(fragments=((('A rare ', False), ('kiwi', True)")


def test_hits_are_plain_data_a_table_takes(built: Path) -> None:
    with open_index(built) as idx:
        result = idx.search("police")
    rows = [hit.to_dict() for hit in result]
    assert rows and all(isinstance(value, SCALARS) or isinstance(value, list) and all(isinstance(v, str) for v in value)
                        for row in rows for value in row.values())
    assert json.loads(json.dumps(rows)) == rows


def test_an_article_is_plain_data_with_an_iso_date() -> None:
    article = Article(id="a.jsonl#2", path="a.jsonl", title="T", body="B", date=date(2020, 6, 19), authors=("X Y",))
    data = article.to_dict()
    assert (data["date"], data["authors"], data["path"]) == ("2020-06-19", ["X Y"], "a.jsonl")
    assert json.loads(json.dumps(data)) == data


def test_every_result_type_serialises_to_json(built: Path, corpus: Path) -> None:
    report = build_index(corpus, built)
    with open_index(built) as idx:
        results = [idx.search("police"), idx.get(SHOOTING), idx.stats(), idx.timeline("police"), report,
                   *report.skipped]
        for result in results:
            json.dumps(result.to_dict())


def test_a_search_result_is_its_page_of_hits(built: Path) -> None:
    with open_index(built) as idx:
        result = idx.search("police", limit=1)
        empty = idx.search("police", limit=1, page=99)
    assert result.total > 1
    assert (len(result), list(result)) == (1, result.hits)
    assert (len(empty), list(empty), empty.total) == (0, [], result.total)


def test_articles_are_every_article_once_in_the_order_of_their_ids(tmp_path: Path) -> None:
    folder = index_of_texts(tmp_path, {"b.txt": "Bee\n\nbody b", "a.txt": "Aye\n\nbody a", "c.txt": "Sea\n\nbody c"})
    (tmp_path / "corpus" / "c.txt").write_text("Sea again\n\nbody c, edited", encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").unlink()
    build_index(tmp_path / "corpus", folder)  # an update: the old c and b deleted, not merged away
    with open_index(folder) as idx:
        got = [(article.id, article.title) for article in idx.articles()]
    assert got == [("a.txt", "Aye"), ("c.txt", "Sea again")]


def test_articles_stop_with_an_error_when_the_handle_closes_part_way(built: Path) -> None:
    with open_index(built) as idx:
        articles = idx.articles()
        assert next(articles).id == SHOOTING
    with pytest.raises(IndexClosed):
        next(articles)


def test_articles_stop_with_an_error_when_the_handle_is_refreshed_part_way(built: Path) -> None:
    with open_index(built) as idx:
        articles = idx.articles()
        next(articles)
        idx.refresh()
        with pytest.raises(newssearch.IndexRefreshed, match="^the index handle was refreshed while its articles were being "
                           r"read \(call articles\(\) again to read the index as it is now\)$"):
            next(articles)
        assert len(list(idx.articles())) == 3


def test_a_skip_as_data_is_what_index_json_prints() -> None:
    from newssearch import Skip

    skip = Skip("notes/draft.txt", "empty file (kept the version indexed before)", kept=True)
    assert skip.to_dict() == {"path": "notes/draft.txt", "reason": "empty file (kept the version indexed before)",
                              "kept": True, "record": False, "said_before": False}
    assert json.loads(json.dumps(skip.to_dict())) == skip.to_dict()
