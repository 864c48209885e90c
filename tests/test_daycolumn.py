"""The day column answers --since/--until as Whoosh's DateRange over the date field does, live articles only."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from whoosh import query as wq

from newssearch import build_index, open_index
from newssearch.daycolumn import DayColumn
from newssearch.schema import DATE


def _write(corpus: Path, days: dict[str, str | None]) -> None:
    """One JSONL file of records named by ``days`` (id: ISO date, None for undated), plus filler stories."""
    records = [{"id": name, "title": f"Story {name}", "text": f"The story of {name}.", **({"date": day} if day else {})}
               for name, day in days.items()]
    (corpus / "wire.jsonl").write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")


def test_the_day_column_keeps_what_a_date_range_keeps_and_no_deleted_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(8):  # a segment keeps its deleted articles while they are a third of it or less
        (corpus / f"other{n}.txt").write_text(f"Other story {n}\n\nThe council met about the budget.")
    days = {"a": "1987-02-26", "b": "1987-03-01", "c": None, "d": "1987-03-31", "e": "1999-12-31", "f": "1950-01-02"}
    _write(corpus, days)
    build_index(corpus, tmp_path / "index")
    _write(corpus, {**days, "e": None, "b": "1987-03-02"})  # the newest article loses its date, one moves a day
    assert build_index(corpus, tmp_path / "index").updated >= 2
    with open_index(tmp_path / "index") as idx:
        searcher = idx._searcher
        assert searcher.reader().has_deletions()
        column = DayColumn(searcher.reader())
        bounds = [None, date(1, 1, 1), date(1950, 1, 2), date(1987, 2, 26), date(1987, 3, 1), date(1987, 3, 2), date(1987, 3, 31),
                  date(1999, 12, 31), date(9999, 12, 31)]
        for first in bounds:
            for last in bounds:
                if first is None and last is None:
                    continue
                start = datetime(first.year, first.month, first.day) if first else None
                end = datetime(last.year, last.month, last.day) + timedelta(days=1, microseconds=-1) if last else None
                assert column.between(first, last) == set(wq.DateRange(DATE, start, end).docs(searcher)), (first, last)
        assert column.newest() == date(1987, 3, 31) and column.oldest() == date(1950, 1, 2)
        live = set(searcher.reader().all_doc_ids())
        assert column.undated(live) == len(live - set(searcher.docs_for_query(wq.Every(DATE)))) == 10


def test_a_column_read_a_segment_at_a_time_is_whooshs_value_by_value(tmp_path: Path) -> None:
    from newssearch.doccolumns import column_of, column_values, deleted_docnums
    from newssearch.schema import COPY_KEY, DAY_NUMBER

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "undated.txt").write_text("Undated story\n\nThe council met about the budget.")  # a segment of no days
    build_index(corpus, tmp_path / "index")
    _write(corpus, {"a": "1987-02-26", "b": None, "c": "2020-06-19"})
    build_index(corpus, tmp_path / "index")
    _write(corpus, {"a": "1987-02-27", "b": None, "c": "2020-06-19", "d": "1950-01-02"})  # a's old version deleted
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        reader = idx._searcher.reader()
        assert len(reader.leaf_readers()) > 1 and reader.has_deletions()
        for field in (DAY_NUMBER, COPY_KEY):  # a numeric column, and one of text
            assert column_values(reader, field) == list(column_of(reader, field))
        assert deleted_docnums(reader) == set(range(reader.doc_count_all())) - set(reader.all_doc_ids())
        assert max(column_values(reader, DAY_NUMBER)) == date(2020, 6, 19).toordinal()
