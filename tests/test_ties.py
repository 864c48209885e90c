"""Equal scores (and equal dates under --sort date) come out by id, whatever order an update left the articles in."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssearch import build_index, open_index
from newssearch.ties import Ids, best_by_score, settle_ties

STORY = ("Ferry strike\n\n2021-03-02\n\nThe ferry crews walked off the job at dawn on Tuesday. The union said talks had "
         "failed again. Passengers were stranded at the port for hours.\n")
OTHER = ("Port delays\n\n2021-03-02\n\nThe port said ferry sailings were delayed by fog. Freight trucks queued for hours. "
         "The harbourmaster expected a clear evening.\n")


@pytest.fixture
def updated(tmp_path: Path) -> Path:
    """Three exact copies of one story, the one with the first id added by an update (last in document order)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("b.txt", "c.txt", "other.txt"):
        (corpus / name).write_text(STORY if name != "other.txt" else OTHER, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def ids(index: Path, method: str, *args: object, **options: object) -> list[str]:
    with open_index(index) as idx:
        return [hit.id for hit in getattr(idx, method)(*args, **options).hits]


@pytest.mark.parametrize("options", [{}, {"sort": "date"}, {"recent": True}, {"match": "any"}])
def test_copies_that_tie_come_out_by_id(updated: Path, options: dict[str, object]) -> None:
    assert ids(updated, "search", "ferry crews", **options)[:3] == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize("options", [{}, {"sort": "date"}, {"recent": True}])
def test_pages_cut_through_a_tie_by_id(updated: Path, options: dict[str, object]) -> None:
    pages = [ids(updated, "search", "ferry crews", limit=1, page=page, **options) for page in (1, 2, 3)]
    assert pages == [["a.txt"], ["b.txt"], ["c.txt"]]


def test_similar_lists_tied_copies_by_id(updated: Path) -> None:
    assert ids(updated, "similar", "other.txt") == ["a.txt", "b.txt", "c.txt"]
    assert ids(updated, "similar", "other.txt", limit=1, page=2) == ["b.txt"]


def test_the_copy_shown_for_a_story_is_the_one_with_the_first_id(updated: Path) -> None:
    with open_index(updated) as idx:
        hit = idx.search("ferry crews", group_copies=True).hits[0]
    assert (hit.id, hit.copies) == ("a.txt", ("b.txt", "c.txt"))


class Listed(Ids):
    """Ids from a list, counting the look-ups."""

    def __init__(self, names: list[str]) -> None:
        self.names, self.asked = names, 0

    def of(self, docnum: int) -> str:
        self.asked += 1
        return self.names[docnum]


def test_only_the_hits_that_tie_are_looked_up() -> None:
    listed = Listed(["e", "d", "c", "b", "a"])
    assert best_by_score({0: 3.0, 1: 2.0, 2: 1.0, 3: 1.0, 4: 0.5}, 2, listed) == [(0, 3.0), (1, 2.0)]
    assert listed.asked == 0
    assert best_by_score({0: 3.0, 1: 2.0, 2: 1.0, 3: 1.0, 4: 1.0}, 3, listed) == [(0, 3.0), (1, 2.0), (4, 1.0)]
    assert listed.asked > 0


def test_a_run_of_ties_is_settled_where_it_overlaps_the_page_only() -> None:
    ordered = [(0, 2.0), (1, 2.0), (2, 1.0), (3, 1.0), (4, 1.0)]
    settle_ties(ordered, lambda item: item[1], Listed(["e", "d", "c", "b", "a"]), 3, 4)
    assert ordered == [(0, 2.0), (1, 2.0), (4, 1.0), (3, 1.0), (2, 1.0)]  # the run before the page is left alone


def test_an_index_without_the_id_column_reads_the_tied_ids_from_the_stored_articles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from whoosh import fields

    from newssearch import schema

    older = schema.make_schema()
    older.remove("id")
    older.add("id", fields.ID(stored=True, unique=True))  # as before the column was
    monkeypatch.setattr(schema, "SCHEMA", older)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("c.txt", "b.txt"):
        (corpus / name).write_text(STORY, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    assert ids(tmp_path / "index", "search", "ferry crews") == ["a.txt", "b.txt", "c.txt"]
    assert ids(tmp_path / "index", "search", "ferry crews", limit=1, page=3) == ["c.txt"]


def test_the_id_column_is_opened_only_when_a_tie_needs_an_id(updated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch import ties

    opened: list[str] = []
    monkeypatch.setattr(ties, "whole_column", lambda reader, field: opened.append(field) or None)
    with open_index(updated) as idx:
        by_id = Ids(idx._searcher.reader())
        assert best_by_score({0: 2.0, 1: 1.0}, 1, by_id) == [(0, 2.0)] and opened == []
        assert by_id.of(0) == "b.txt" and opened == ["id"]  # no column here: the stored record read
