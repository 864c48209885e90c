"""A NUL character between two words is a break between them, in every reader a NUL reaches: a text's stray NUL (a
tool's C string joined to the next, a block of a disk zeroed) had been dropped, "council\\x00voted" indexed as one
word "councilvoted", and JSON's escaped "\\u0000" had stayed in the title and the text. A NUL beside white space, or
at a line's end, is nothing. A page's NUL is not one of them: a browser drops it from a page's text (HTML's parsing
rules ignore it), and so does the HTML reader (test_html_body)."""

from __future__ import annotations

import io
import json

import pytest
from streamreads import read_whole, two_passes

from newssearch.documents import parse_bytes
from newssearch.documents.jsonstream import scan_lines
from newssearch.documents.nulchars import spaced_nul_pieces, spaced_nuls
from newssearch.documents.tablestream import scan_table

_STORY = "The council voted on Tuesday to close the town pool for the winter, citing costs."
_JOINED = _STORY.replace(" voted", "\x00voted")  # "council\x00voted"


@pytest.mark.parametrize(("text", "expected"), [
    ("council\x00voted", "council voted"),
    ("council\x00\x00\x00voted", "council voted"),  # a run of them is one break
    ("council\x00 voted", "council voted"),          # beside a space: nothing more
    ("council \x00voted", "council voted"),
    ("council\x00\nvoted", "council\nvoted"),        # at a line's end
    ("\x00council voted\x00", "council voted"),      # at the text's ends
    ("a\t\x00\tb", "a\t\tb"),                         # a table's cells stay apart as they were
    ("a\r\x00\nb", "a\r\nb"),                         # one line end, as it was
    ("no nul", "no nul"),
])
def test_a_nul_between_two_characters_is_a_space_elsewhere_nothing(text: str, expected: str) -> None:
    assert spaced_nuls(text) == expected


@pytest.mark.parametrize("text", ["council\x00voted", "ab\x00c\x00\x00", "\x00\x00a\x00\x00b\x00 \x00c\x00\x00",
                                  "x\x00\x00\x00\x00y", "\x00\x00\x00", "a b\x00\nc\x00d\x00", ""])
def test_a_text_read_in_pieces_has_its_nuls_read_as_whole(text: str) -> None:
    """A stream's chunks may cut between a NUL and the characters on either side of it."""
    for size in range(1, len(text) + 1):
        pieces = [text[at:at + size] for at in range(0, len(text), size)]
        assert "".join(spaced_nul_pieces(pieces)) == spaced_nuls(text), pieces


def test_a_nul_in_a_plain_text_parts_its_words() -> None:
    (article,) = parse_bytes(f"Pool closes\n\n{_JOINED}\n".encode(), "a.txt", ".txt").articles
    assert (article.title, article.body) == ("Pool closes", _STORY)


def test_a_nul_in_a_tables_cell_parts_its_words() -> None:
    data = ("title,text\nPool closes,\"" + _JOINED + "\"\n").encode()  # one NUL: two in a short file make it binary
    (article,) = parse_bytes(data, "news.csv", ".csv").articles
    assert (article.title, article.body) == ("Pool closes", _STORY)


@pytest.mark.parametrize("data", [
    json.dumps({"title": "Pool\x00closes", "text": _JOINED}).encode(),  # "\u0000"
    ('{"title": "Pool closes", "text": "' + _JOINED + '"}').encode(),  # a raw NUL (one: two make a short file binary)
])
def test_a_nul_in_a_json_record_parts_its_words(data: bytes) -> None:
    (article,) = parse_bytes(data, "news.json", ".json").articles
    assert (article.title, article.body) == ("Pool closes", _STORY)


def test_a_nul_in_a_markdown_file_parts_its_words() -> None:
    data = f"---\ntitle: Pool closes\n---\n\n{_JOINED}\n".encode()
    (article,) = parse_bytes(data, "a.md", ".md").articles
    assert article.body == _STORY


# A file too large to read whole is read in chunks, twice: its NULs, past the head that tells it text (one there reads
# it whole), are read as they are in the file read whole, wherever a chunk ends.
_ROWS = 300


@pytest.mark.parametrize("chunk", [1000, 997])
def test_a_streamed_json_lines_file_reads_its_nuls_as_read_whole(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.documents.jsonstream.CHUNK_BYTES", chunk)
    lines = [json.dumps({"id": f"r{n}", "title": f"Story {n}", "text": _STORY}) for n in range(_ROWS)]
    lines[-5:] = ['{"id": "r' + str(n) + '", "title": "Pool\x00closes", "text": "council\x00\x00voted\x00 today\x00"}'
                  for n in range(_ROWS - 5, _ROWS)]
    data = ("\n".join(lines) + "\n").encode()
    scan = scan_lines(io.BytesIO(data), len(data))
    assert scan.lines
    streamed = two_passes(scan, data, "wire.jsonl")
    assert streamed == read_whole(data, "wire.jsonl")
    assert [(a.title, a.body) for a in streamed[0][-5:]] == [("Pool closes", "council voted today")] * 5


@pytest.mark.parametrize("chunk", [1000, 997])
def test_a_streamed_table_reads_its_nuls_as_read_whole(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.documents.jsonstream.CHUNK_BYTES", chunk)
    rows = [f"r{n},Story {n},{_STORY.replace(',', '')}" for n in range(_ROWS)]
    rows[-5:] = [f"r{n},Pool\x00closes,council\x00\x00voted\x00 today\x00" for n in range(_ROWS - 5, _ROWS)]
    data = ("id,title,text\r\n" + "\r\n".join(rows) + "\r\n").encode()
    scan = scan_table(io.BytesIO(data), len(data), "news.csv")
    assert scan.rows
    streamed = two_passes(scan, data, "news.csv")
    assert streamed == read_whole(data, "news.csv")
    assert [(a.title, a.body) for a in streamed[0][-5:]] == [("Pool closes", "council voted today")] * 5
