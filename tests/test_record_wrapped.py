"""A JSON, JSON Lines or CSV record's text hard-wrapped (an export of stories saved at 65 columns) is stored a
paragraph a line, as the .txt reader stores the same text; a record's text that is not wrapped is kept as written."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from pathlib import Path

from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.documents import parse_bytes

BRIDGE = ("The council voted on Monday to close the old harbour bridge after engineers found cracks in two of its "
          "piers, and said a ferry would run until a new crossing opens in the spring of next year.")
FERRY = ("Ferry services will run every twenty minutes from six in the morning, and the council will pay the fares "
         "of pupils who crossed the bridge to school, the mayor told reporters at the harbour.")
POEM = "Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you."


def wrapped(*paragraphs: str) -> str:
    """``paragraphs`` each filled at 65 columns (``textwrap.fill``), a blank line between them."""
    return "\n\n".join(textwrap.fill(text, width=65) for text in paragraphs)


def bodies(data: str, name: str) -> list[str]:
    """The bodies stored for ``data`` read as the file ``name``."""
    return [article.body for article in parse_bytes(data.encode("utf-8"), name, Path(name).suffix).articles]


def jsonl(*texts: str) -> str:
    """A JSON Lines file of one record per text, each with a headline."""
    return "".join(json.dumps({"id": f"s{n}", "title": f"Story {n}", "text": text}) + "\n"
                   for n, text in enumerate(texts))


def test_a_records_wrapped_text_is_stored_as_the_text_reader_stores_it() -> None:
    text = wrapped(BRIDGE, FERRY)
    as_text = bodies(f"Bridge shut\n\n{text}\n", "bridge.txt")[0]
    assert as_text == f"{BRIDGE}\n\n{FERRY}"
    assert bodies(jsonl(text, wrapped(FERRY, BRIDGE)), "wire.jsonl") == [as_text, f"{FERRY}\n\n{BRIDGE}"]
    assert bodies(json.dumps([{"title": "Bridge shut", "body": text}]), "wire.json") == [as_text]


def test_a_csv_rows_wrapped_text_is_a_paragraph_a_line() -> None:
    out = io.StringIO()
    csv.writer(out).writerows([["title", "text"], ["Bridge shut", wrapped(BRIDGE, FERRY)]])
    assert bodies(out.getvalue(), "wire.csv") == [f"{BRIDGE}\n\n{FERRY}"]


def test_a_records_text_that_is_not_wrapped_is_kept_as_written() -> None:
    sentences = f"{BRIDGE}\n{FERRY}\n{BRIDGE}"  # a paragraph a line, a single newline apart
    texts = [f"{BRIDGE}\n\n{FERRY}", sentences, f"{BRIDGE}\n\n{POEM}\n\n{FERRY}"]
    assert bodies(jsonl(*texts), "wire.jsonl") == texts


def test_a_wrapped_records_breaks_of_its_own_stay_apart() -> None:
    assert bodies(jsonl(f"{wrapped(BRIDGE)}\n\n{POEM}\n\n{wrapped(FERRY)}"), "wire.jsonl") == [
        f"{BRIDGE}\n\n{POEM}\n\n{FERRY}"]


def test_show_prints_a_wrapped_records_body_as_that_of_the_same_text_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = wrapped(BRIDGE, FERRY)
    (corpus / "bridge.txt").write_text(f"Story 0\n\n{text}\n", encoding="utf-8")
    (corpus / "wire.jsonl").write_text(jsonl(text, wrapped(FERRY)), encoding="utf-8")
    build_index(corpus, tmp_path / "ix")
    shown = [json.loads(CliRunner().invoke(cli, ["show", article, "--index-dir", str(tmp_path / "ix"), "--json"],
                                           env={}).output)["body"]
             for article in ("bridge.txt", "wire.jsonl#s0")]
    assert shown == [f"{BRIDGE}\n\n{FERRY}"] * 2
