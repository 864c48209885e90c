"""A CSV or TSV table too large to read whole: read a row at a time, twice, giving what reading it whole gives."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

import pytest
from streamreads import CountedFile, Outcome, read_whole, two_passes

from newssearch import build_index, config, open_index
from newssearch.documents.csvfile import table_lines
from newssearch.documents.jsonstream import ChangedWhileRead
from newssearch.documents.tablestream import TableArticles, scan_table, split_table_lines

_BODY = "The council met on Tuesday to discuss the harbour bridge and its tolls, and voted"


@pytest.mark.parametrize("text", ["", "a", "a\n", "a\r\nb\rc\nd", "\r\r\n\n", "cell\fone\u2028two\x85,x\r\n", "x\r",
                                  "ab\r\ncd\fe\rf\n\u2028g\r\nh\r"])
def test_a_tables_lines_cut_from_its_text_in_pieces_are_those_cut_from_it_whole(text: str) -> None:
    for size in range(1, len(text) + 1):
        pieces = [text[at:at + size] for at in range(0, len(text), size)]
        assert list(split_table_lines(pieces)) == list(table_lines(text)), pieces


def _streamed(data: bytes, rel: str = "news.csv") -> Outcome:
    """What the two passes give: the articles and skips, or the reason the file gives none."""
    scan = scan_table(io.BytesIO(data), len(data), rel)
    assert scan.rows and scan.sha1 == hashlib.sha1(data).hexdigest()
    return two_passes(scan, data, rel)


def _whole(data: bytes, rel: str = "news.csv") -> Outcome:
    return read_whole(data, rel)


# A German Excel's sheet: a BOM, semicolons, its columns named in German, CRLF line ends; quoted cells of several
# lines, short rows (one sentence: the file's language), a repeated id, a row of no text, a broken row (its quote
# not closed where its cell ends), a row of too many cells, a cell's lost opening quote put back, and a slashed
# date that tells the file's order only on a later row.
GERMAN = ("\ufeffid;Titel;Datum;Text\r\n"
          + "".join(f'a{n};Meldung {n};03/04/2024;"Die Lokführer legen am Montag die Arbeit nieder.\r\n\r\n'
                    f'Zweiter Absatz {n}; mit Semikolon."\r\n' for n in range(400))
          + 'a1;Doppelt;;"Die Partei hat mit dem neuen Kandidaten gewonnen."\r\n'
          + "b1;Leer;;\r\n"
          + 'b4;Wieder da;;Auf der Autobahn; gab es einen langen Stau.\r\n\r\nEin zweiter Absatz."\r\n'
          + "b3;Zu viele;;Text;mehr;noch mehr\r\n"
          + 'b2;"Kaputt"x;;Der Rat will bei den Schulen nicht sparen.\r\n'
          + "b5;Verkehr;;Der Zug hat Verspätung.\r\n"
          + "".join(f"c{n};Wetter {n};25/04/2024;Am Wochenende wird es in der Stadt sehr warm.\r\n" for n in range(300)))


# A stray quote opening a cell that no quote closes, then more rows than a cell may run over.
def _stray(rows: int) -> bytes:
    """A table of ``rows`` rows whose second opens a cell with a quote that no later quote closes."""
    return ('title,text\nRow one,body one\n"Stray quote,body two\n'
            + "".join(f"Row {n},body {n}\n" for n in range(3, rows + 1))).encode()


STRAY = _stray(5_200)


CASES = {
    "a German sheet": GERMAN.encode(),
    "a German sheet, its text only rows of one line": GERMAN.replace("\r\n\r\nZweiter", " Zweiter").encode(),
    "a TSV": b"title\ttext\tdate\n" + b"".join(f"Row {n}\t{_BODY} {n}.\t2024-05-0{n % 9 + 1}\n".encode()
                                               for n in range(50)),
    "a headerless AG News table": b"".join(f'"3","Oil {n}","{_BODY} #36;{n}"\n'.encode() for n in range(40)),
    "no row an article": b"title,text\nA,\nB,\n",
    "rows of only invisible text": "title,text\n\u200b,\u200b\n".encode(),
    "a stray quote never closed": STRAY,
    "a semicolon sheet of English rows, its dates ambiguous": (
        "Headline;Date;Text\r\n" + "".join(f"Story {n};03/04/2024;The council met on day {n}.\r\n" for n in range(40))
    ).encode(),
    "slashed dates told by a second date column": (
        "Title,Text,Publish_Date,date,Last Modified\n"
        + "".join(f"Story {n},The council met on day {n}.,,03/04/2024,{'25/04/2024' if n == 30 else ''}\n" for n in range(40))).encode(),
    "a day-first publisher named on one row, the other rows' dates ambiguous": (
        "Title,Text,Source,Date\nStory,The council met.,BBC News,05/03/2024\n"
        + "".join(f"Story {n},The council met on day {n}.,,07/03/2024\n" for n in range(40))).encode(),
    "a date column day first, its update column month first": (
        "Title,Text,date,updated\n" + "".join(f"Story {n},The council met on day {n}.,{'25/12/2023' if n == 30 else '07/05/2023'},"
                                              f"12/26/2023\n" for n in range(40))).encode(),
}


@pytest.mark.parametrize("rel", ["news.csv", "news.tsv"])
@pytest.mark.parametrize("data", CASES.values(), ids=CASES.keys())
def test_reading_a_row_at_a_time_gives_what_reading_whole_gives(data: bytes, rel: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.documents.jsonstream.CHUNK_BYTES", 1000)  # chunks cut lines and characters
    if rel == "news.tsv" and b"\t" not in data:
        data = data.replace(b";", b"\t").replace(b",", b"\t")
    assert _streamed(data, rel) == _whole(data, rel)


def test_a_semicolon_sheets_ambiguous_dates_read_a_row_at_a_time_are_day_first() -> None:
    streamed = _streamed(CASES["a semicolon sheet of English rows, its dates ambiguous"])
    assert not isinstance(streamed, str)
    assert {a.date for a in streamed[0]} == {date(2024, 4, 3)}  # type: ignore[attr-defined]


def test_a_day_first_publisher_on_one_row_orders_a_sheet_read_a_row_at_a_time() -> None:
    streamed = _streamed(CASES["a day-first publisher named on one row, the other rows' dates ambiguous"])
    assert not isinstance(streamed, str)
    assert {a.date for a in streamed[0]} == {date(2024, 3, 5), date(2024, 3, 7)}  # type: ignore[attr-defined]


def test_the_german_sheet_is_read_with_its_notes_skips_and_language() -> None:
    streamed = _streamed(GERMAN.encode())
    assert not isinstance(streamed, str)
    articles, skipped = streamed
    assert len(articles) == 400 + 3 + 300 and {a.lang for a in articles} == {"de"}  # type: ignore[attr-defined]
    assert [s.reason[:40] for s in skipped] == [  # type: ignore[attr-defined]
        "row 402 (id b1): no body text", "row 404: 6 cells where the header names ",
        "row 405 (line 1208): a quote not closed ", "row 403 (lines 1204-1206): no opening qu"]


def test_a_headlines_sheets_german_columns_name_its_rows_language_read_a_row_at_a_time_as_read_whole() -> None:
    """Headlines too short to tell their language, under German columns (titel, quelle): the first pass learns the
    columns' language as a whole read does (streamed, the rows had had none)."""
    heads = ["Bahn erwartet Streik", "Regierung feiert Haushalt", "Kanzler reist nach Paris"] * 10
    data = ("titel;datum;quelle\n" + "".join(f"{head} {n};2024-03-{n % 28 + 1:02d};Zeit\n"
                                             for n, head in enumerate(heads))).encode()
    streamed = _streamed(data)
    assert streamed == _whole(data)
    assert not isinstance(streamed, str) and {article.lang for article in streamed[0]} == {"de"}  # type: ignore[attr-defined]


@pytest.mark.parametrize("data", [
    "title,text\nCafé,A story.\n".encode("latin-1"),  # no UTF-8: read whole, its bytes as Windows-1252
    b"title,url,time_added\nFerry,https://news.example/ferry,1700000000\n",  # Pocket's saved links: keyed by address
    b"name,price\nBread,2\n",  # no column of article text: refused, whole
    b"rank,id,score,snippet,title\n1,x,1.0,s,t\n",  # newssearch's own hits, by their columns
    b"\xff\xfe" + "title,text\nA,b\n".encode("utf-16-le"),
], ids=["latin-1", "saved links", "no text column", "search hits", "utf-16"])
def test_a_table_not_read_a_row_at_a_time_as_read_csv_reads_it_is_read_whole(data: bytes) -> None:
    scan = scan_table(io.BytesIO(data), len(data), "news.csv")
    assert not scan.rows
    assert scan.sha1 == hashlib.sha1(data).hexdigest()  # an unchanged file is not read again


def test_the_first_row_comes_before_the_table_is_read_whole() -> None:
    data = ("title,text\n" + "".join(f'Story {n},"{_BODY},\n{n}."\n' for n in range(60_000))).encode()
    scan = scan_table(io.BytesIO(data), len(data), "news.csv")
    handle = CountedFile(data)
    articles = TableArticles("news.csv", scan).articles(handle)
    assert next(articles).id == "news.csv#1"
    assert handle.bytes_read < len(data) / 4


def test_a_table_is_read_holding_few_of_its_lines() -> None:
    from newssearch.documents import tablelines

    held: list[int] = []
    let_go = tablelines.TableLines.let_go

    def counted(self, below):  # type: ignore[no-untyped-def]
        held.append(len(self._held))
        return let_go(self, below)

    data = ("title,text\n" + "".join(f"Story {n},\"{_BODY}.\"\n" for n in range(5_000))).encode()
    scan = scan_table(io.BytesIO(data), len(data), "news.csv")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tablelines.TableLines, "let_go", counted)
        assert len(list(TableArticles("news.csv", scan).articles(io.BytesIO(data)))) == 5_000
    assert max(held) < 1_500  # not the table's 5,001 lines


def test_a_quote_never_closed_holds_few_lines_and_the_rows_after_it_are_read() -> None:
    """Its cell had run to the table's end: every later line held, and the csv reader's cell grown to the rest of the
    table (an 80 MB table with one stray quote near its start peaked at 431 MB read so, in both passes)."""
    from newssearch.documents import tablelines

    held: list[int] = []
    let_go = tablelines.TableLines.let_go

    def counted(self, below):  # type: ignore[no-untyped-def]
        held.append(len(self._held))
        return let_go(self, below)

    data = _stray(12_000)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tablelines.TableLines, "let_go", counted)
        streamed = _streamed(data)
    assert max(held) < 6_000  # not the table's 12,001 lines
    assert not isinstance(streamed, str)
    articles, skipped = streamed
    assert len(articles) == 11_999 and articles[-1].id == "news.csv#12000"  # type: ignore[attr-defined]
    assert [s.reason for s in skipped] == [  # type: ignore[attr-defined]
        "row 2 (line 3): a quote not closed where a cell ends (a quoted cell runs past 5,000 lines)"]


def test_a_table_changed_between_the_two_readings_gives_no_article() -> None:
    data = ("title,text\n" + "".join(f"Story {n},{_BODY}.\n" for n in range(3))).encode()
    scan = scan_table(io.BytesIO(data), len(data), "news.csv")
    with pytest.raises(ChangedWhileRead, match="changed while it was read"):
        list(TableArticles("news.csv", scan).articles(io.BytesIO(data.replace(b"Story 2", b"Story 9"))))


def _indexed(index: Path) -> list[dict[str, object]]:
    with open_index(index) as ix:
        return sorted((article.to_dict() for article in ix.articles()), key=lambda a: str(a["id"]))


@pytest.mark.parametrize("workers", [1, 2])  # 2: scanned in a reader process, read again where the writer is
def test_an_index_built_a_row_at_a_time_holds_what_one_built_whole_holds(tmp_path: Path, workers: int,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "sheet.csv").write_text(GERMAN, encoding="utf-8")
    whole = build_index(tmp_path / "corpus", tmp_path / "whole", workers=workers)
    import newssearch.streamedfiles

    streamed: list[str] = []
    add_streamed = newssearch.streamedfiles.add_streamed
    monkeypatch.setattr(newssearch.streamedfiles, "add_streamed",
                        lambda writer, job, read: streamed.append(job.rel) or add_streamed(writer, job, read))
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)
    rows = build_index(tmp_path / "corpus", tmp_path / "rows", workers=workers)
    assert streamed == ["sheet.csv"]
    assert (rows.added, rows.documents, rows.skipped) == (whole.added, whole.documents, whole.skipped)
    assert rows.documents == 703
    assert _indexed(tmp_path / "rows") == _indexed(tmp_path / "whole")
    with open_index(tmp_path / "rows") as ix:
        assert ix.search("lang:de Stau").total == 1
