"""A JSON Lines export too large to read whole: read a line at a time, twice, giving what reading it whole gives."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from streamreads import CountedFile, Outcome, read_whole, two_passes

from newssearch import build_index, config, open_index
from newssearch.documents.jsonstream import LineArticles, scan_lines
from newssearch.errors import UnreadableFile
from newssearch.fileoutcomes import KEPT_BEFORE

_BODY = "The council met on Tuesday to discuss the harbour bridge and its tolls. " * 3


def _lines(*records: object) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records).encode()


def _streamed(data: bytes, rel: str = "wire.jsonl") -> Outcome:
    """What the two passes give: the articles and skips, or the reason the file gives none."""
    scan = scan_lines(io.BytesIO(data), len(data))
    assert scan.lines
    return two_passes(scan, data, rel)


def _whole(data: bytes, rel: str = "wire.jsonl") -> Outcome:
    return read_whole(data, rel)


def test_the_first_article_comes_before_the_file_is_read_whole() -> None:
    data = _lines(*({"id": f"r{n}", "title": f"Story {n}", "text": _BODY} for n in range(20_000)))
    scan = scan_lines(io.BytesIO(data), len(data))
    handle = CountedFile(data)
    articles = LineArticles("wire.jsonl", scan).articles(handle)
    assert next(articles).id == "wire.jsonl#r0"
    assert handle.bytes_read < len(data) / 4  # one chunk of a 5 MB export, not all of it


# An export's records wrapped under the language it names once, a wrapper a line: a JSON Feed, {"lang": …,
# "articles": […]}, records keyed by their ids, a page of results; each record too short to tell its own language.
WRAPPERS = ({"version": "https://jsonfeed.org/version/1.1", "language": "de-DE",
             "items": [{"id": "1", "title": "Streik", "content_text": "Die Bahn streikt."}]},
            {"lang": "German", "articles": [{"title": "Wetter", "text": "Es wird warm."},
                                            {"title": "Vote", "text": "Le parti a gagné.", "language": "fr"}]},
            {"language": "de", "items": {"k1": {"title": "Wahl", "text": "Die Partei gewinnt."}}},
            {"language": "de", "data": {"articles": [{"title": "Stau", "text": "Auf der Autobahn."}]}})

CASES = {
    "repeated ids, a record with no text, a line holding no object, one of only invisible text": _lines(
        {"id": "a", "title": "One", "text": _BODY}, {"id": "a", "title": "Two", "text": _BODY},
        {"id": "a-2", "title": "Three", "text": _BODY}, {"title": "No body"}, 5, {"id": "b", "text": "\u200b"}),
    "a slashed date that tells the file's order only on a later line": _lines(
        {"title": "A", "text": _BODY, "date": "03/04/2020"}, {"title": "B", "text": _BODY, "date": "25/04/2020"}),
    "lists and API responses on a line, placed by line and index": _lines(
        [{"title": "A", "text": _BODY}, {"title": "B", "text": _BODY}], {"articles": [{"title": "C", "text": _BODY}]},
        [], {"title": "D", "text": _BODY}),
    "a BOM, CRLF line ends, a line separator inside a string": b"\xef\xbb\xbf" + _lines(
        {"title": "A\u2028B", "text": _BODY}).replace(b"\n", b"\r\n") + "\ufeff".encode() + _lines({"title": "C", "text": _BODY}),
    "text outside ASCII cut across chunks": _lines(*({"title": f"日本 {n}", "text": "日本語の文章です。" * 40} for n in range(300))),
    "the last line cut short, blank lines after it": _lines(
        {"title": "A", "text": _BODY}, {"title": "B", "text": _BODY}, '{"title": "C", "text": "The coun', "", " "),
    "the last line cut inside a number": _lines({"title": "A", "text": _BODY}, '{"title": "B", "n": 1e'),
    "no record an article": _lines({"foo": 1}, {"bar": 2}),
    "only invisible text": _lines({"title": "\u200b", "text": "\u200b"}),
    "a bad line before good ones, each reported by its line": _lines(
        {"title": "A", "text": _BODY}, '{"title": "B", "text": "cut', {"title": "C", "text": _BODY},
        '{"title": "D"}}', "", '{"title": "E", "text": "a\tb\u0001"}'.replace("\\u0001", "\u0001"),
        '[{"title": "F", "text": "x"}, oops]', {"title": "G", "text": _BODY}, '{"n": 1' + "0" * 5000 + "}",
        ["not", {"title": "H", "text": _BODY}], '{"title": "I", "text": "cut at the end'),
    "wrappers naming their records' language, a record naming its own": _lines(*WRAPPERS),
    "short German rows, a French one among them (its own leaning: no language)": _lines(
        *({"title": f"Meldung {n}", "text": "Die Partei hat mit dem neuen Kandidaten gewonnen."} for n in range(30)),
        {"title": "Vote", "text": "Le parti a gagné avec un nouveau candidat."}),
    "a day-first publisher named on one line, its other lines' dates ambiguous": _lines(
        {"title": "A", "text": _BODY, "source": "NZ Herald", "date": "05/03/2024"},
        *({"title": f"Story {n}", "text": _BODY, "date": "07/03/2024"} for n in range(30))),
    "short English records in a file telling no language": _lines(
        {"title": "Pool shut", "text": "The council shut the pool."}, {"title": "Rates", "text": "Rates rose."}),
    "a date key day first, its update key month first": _lines(
        *({"title": f"Story {n}", "text": _BODY, "date": "25/12/2023" if n == 30 else "07/05/2023",
           "updated": "12/26/2023"} for n in range(40))),
}


@pytest.mark.parametrize("data", CASES.values(), ids=CASES.keys())
def test_reading_a_line_at_a_time_gives_what_reading_whole_gives(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.documents.jsonstream.CHUNK_BYTES", 1000)  # chunks cut lines and characters
    assert _streamed(data) == _whole(data)


@pytest.mark.parametrize("data", [
    _lines({"title": "A", "text": _BODY}, '{"title": "B",', {"title": "C", "text": _BODY}),  # only cut: may go on
    _lines({"title": "A", "text": _BODY}, '{"title": "B",', '"text": "b"}'),  # a record pretty-printed
    _lines({"title": "A", "text": _BODY}, '{"title": "B", "text": "cut', ' {"title": "C", "text": "x"}'),
    _lines({"title": "A", "text": _BODY}, '{"title": "B", "text": "x"}{"title": "C", "text": "y"}'),  # read as a stream
    _lines('{"title": "A", "text": "cut'),  # no line before it: perhaps one document pretty-printed
    "Café\n".encode("latin-1") + _lines({"title": "A", "text": _BODY}),  # no UTF-8
    _lines({"rank": 1, "id": "x", "score": 1.0, "snippet": "s"}),  # newssearch's own --jsonl output
    _lines("", "[]"),  # no records
    b"\xff\xfe" + '{"title": "A"}\n'.encode("utf-16-le"),  # UTF-16
], ids=["a line only cut before a good one", "pretty-printed", "a good line after a bad one not opening its line",
        "two values on the last line", "only a bad line", "latin-1", "search hits",
        "no records", "utf-16"])
def test_a_file_lines_do_not_read_as_read_jsonl_reads_it_is_read_whole(data: bytes) -> None:
    scan = scan_lines(io.BytesIO(data), len(data))
    assert not scan.lines
    assert scan.sha1 == __import__("hashlib").sha1(data).hexdigest()  # an unchanged file is not read again


def test_a_file_changed_between_the_two_readings_gives_no_article() -> None:
    data = _lines(*({"title": f"Story {n}", "text": _BODY} for n in range(3)))
    scan = scan_lines(io.BytesIO(data), len(data))
    with pytest.raises(UnreadableFile, match="changed while it was read"):
        list(LineArticles("wire.jsonl", scan).articles(io.BytesIO(data.replace(b"Story 2", b"Story 9"))))


def _export(corpus: Path, records: int, skip_text: bool = False) -> Path:
    corpus.mkdir(exist_ok=True)
    export = corpus / "wire.jsonl"
    export.write_bytes(_lines(*({"id": f"r{n}", "title": f"Story {n}", "text": f"{_BODY} number{n}",
                                 "date": "2024-05-01"} for n in range(records)), {"title": "No body"}))
    return export


def _indexed(index: Path) -> list[dict[str, object]]:
    with open_index(index) as ix:
        return sorted((article.to_dict() for article in ix.articles()), key=lambda a: str(a["id"]))


@pytest.mark.parametrize("workers", [1, 2])  # 2: scanned in a reader process, read again where the writer is
def test_an_index_built_a_line_at_a_time_holds_what_one_built_whole_holds(tmp_path: Path, workers: int,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _export(tmp_path / "corpus", 30)
    whole = build_index(tmp_path / "corpus", tmp_path / "whole", workers=workers)
    import newssearch.streamedfiles

    streamed: list[str] = []
    add_streamed = newssearch.streamedfiles.add_streamed
    monkeypatch.setattr(newssearch.streamedfiles, "add_streamed",
                        lambda writer, job, read: streamed.append(job.rel) or add_streamed(writer, job, read))
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)
    lines = build_index(tmp_path / "corpus", tmp_path / "lines", workers=workers)
    assert streamed == ["wire.jsonl"]
    assert (lines.added, lines.skipped, lines.documents) == (whole.added, whole.skipped, whole.documents) == (
        30, lines.skipped, 30)
    assert [skip.reason for skip in lines.skipped] == ["line 31: no body text"]
    assert _indexed(tmp_path / "lines") == _indexed(tmp_path / "whole")
    with open_index(tmp_path / "lines") as ix:
        assert ix.search("number7").total == 1


def test_a_file_whose_second_reading_fails_lands_no_article_and_keeps_the_one_indexed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = _export(tmp_path / "corpus", 5)
    build_index(tmp_path / "corpus", tmp_path / "index", workers=1)
    before = _indexed(tmp_path / "index")
    export.write_bytes(export.read_bytes().replace(b"Story", b"Report"))
    import newssearch.documents.normalise as normalise

    normalised, made = normalise.normalised, []

    def failing(article):  # type: ignore[no-untyped-def]
        made.append(article.id)
        if len(made) == 3:
            raise ValueError("a reader's bug")
        return normalised(article)

    monkeypatch.setattr(normalise, "normalised", failing)
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)
    report = build_index(tmp_path / "corpus", tmp_path / "index", workers=1)
    assert [(skip.path, skip.reason) for skip in report.skipped] == [
        ("wire.jsonl", "reader failed: ValueError: a reader's bug" + KEPT_BEFORE)]
    assert _indexed(tmp_path / "index") == before  # the two articles written before the failure did not land
    with open_index(tmp_path / "index") as ix:
        assert (ix.search("Report").total, ix.search("Story").total, ix.stats().documents) == (0, 5, 5)


GERMAN_ROWS = (("Streik", "Die Lokführer legen am Montag die Arbeit nieder."),
               ("Wetter", "Am Wochenende wird es in der Stadt sehr warm."),
               ("Wahl", "Die Partei hat mit dem neuen Kandidaten gewonnen."),
               ("Haushalt", "Der Rat will bei den Schulen nicht sparen."),
               ("Verkehr", "Auf der Autobahn gab es einen langen Stau."))  # each too short to tell its language


def test_short_german_rows_read_a_line_at_a_time_take_the_files_language_as_read_whole() -> None:
    data = _lines(*({"title": title, "text": text} for title, text in GERMAN_ROWS * 4))
    streamed, whole = _streamed(data), _whole(data)
    assert streamed == whole
    assert not isinstance(streamed, str) and {article.lang for article in streamed[0]} == {"de"}  # type: ignore[attr-defined]


def test_an_index_of_short_german_rows_built_a_line_at_a_time_finds_them_by_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "heads.jsonl").write_bytes(_lines(*({"title": title, "text": text} for title, text in GERMAN_ROWS)))
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)
    build_index(tmp_path / "corpus", tmp_path / "ix", workers=2)  # the scan's decision crosses processes
    with open_index(tmp_path / "ix") as ix:
        assert ix.search("lang:de").total == 5


def test_a_headlines_export_read_a_line_at_a_time_is_read_as_read_whole(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Records of a headline and its date or publisher are their headlines, streamed as read whole; one of a
    headline alone stays skipped."""
    data = _lines(*({"titel": f"Bahn streikt am Tag {n}", "datum": f"2024-03-{n:02d}", "quelle": "Spiegel"}
                    for n in range(1, 21)), {"title": "Headline alone"})
    assert _streamed(data) == _whole(data)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "heads.jsonl").write_bytes(data)
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)
    report = build_index(tmp_path / "corpus", tmp_path / "ix", workers=1)
    assert (report.added, [skip.reason for skip in report.skipped]) == (20, ["line 21: no body text"])
    with open_index(tmp_path / "ix") as ix:
        assert ix.search("streikt").total == 20


def test_a_headlines_exports_keys_name_its_language_read_a_line_at_a_time_as_read_whole() -> None:
    """German keys ("titel", "quelle") over headlines too short to tell theirs: the first pass learns them."""
    data = _lines(*({"titel": title, "datum": f"2024-03-{n:02d}", "quelle": "Zeit"}
                    for n, (title, _text) in enumerate(GERMAN_ROWS, 1)))
    streamed = _streamed(data)
    assert streamed == _whole(data)
    assert not isinstance(streamed, str) and {article.lang for article in streamed[0]} == {"de"}  # type: ignore[attr-defined]


def test_an_export_with_a_bad_line_in_its_middle_is_read_a_line_at_a_time_that_line_a_skip(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = _export(tmp_path / "corpus", 20)
    lines = export.read_bytes().split(b"\n")
    lines[9] = lines[9][:50]  # a write cut short inside a string, then more lines appended
    export.write_bytes(b"\n".join(lines))
    whole = build_index(tmp_path / "corpus", tmp_path / "whole", workers=1)
    import newssearch.streamedfiles

    streamed: list[str] = []
    add_streamed = newssearch.streamedfiles.add_streamed
    monkeypatch.setattr(newssearch.streamedfiles, "add_streamed",
                        lambda writer, job, read: streamed.append(job.rel) or add_streamed(writer, job, read))
    monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)
    report = build_index(tmp_path / "corpus", tmp_path / "lines", workers=1)
    assert streamed == ["wire.jsonl"]
    assert [skip.reason for skip in report.skipped] == [skip.reason for skip in whole.skipped] == [
        "line 10: invalid JSON (column 42: Unterminated string)",
        "line 21: no body text"]
    assert report.documents == whole.documents == 19
    assert _indexed(tmp_path / "lines") == _indexed(tmp_path / "whole")


def test_records_read_a_line_at_a_time_take_their_wrappers_language_as_read_whole() -> None:
    """Each record of a wrapper naming a language once is in it, read either way (a record naming its own keeps it)."""
    streamed = _streamed(_lines(*WRAPPERS))
    assert streamed == _whole(_lines(*WRAPPERS)) and not isinstance(streamed, str)
    assert [article.lang for article in streamed[0]] == ["de", "de", "fr", "de", "de"]  # type: ignore[attr-defined]
