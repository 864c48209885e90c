"""A long page of hits streams: a hit's snippet is made when it is first read, so `query '*' -n 10000 | head` prints
its first hits at once instead of after every snippet, and the output is the same bytes as before."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import index_of_texts

import newssearch.hitlist
from newssearch import open_index
from newssearch.cli import cli
from newssearch.snippets import make_snippet

STORIES = {f"{n}.txt": f"Harbour story {n}\n\nThe harbour board met on day {n} and the ferry was late again.\n"
           for n in range(1, 5)}
LAST_BODY = "The harbour board met on day 4 and the ferry was late again."


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("harbour"), STORIES)


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What happened, in order: ("snippet", text) as a snippet is made, ("echo", text) as stdout is written."""
    happened: list[tuple[str, str]] = []

    def recorded_snippet(text: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        happened.append(("snippet", text))
        return make_snippet(text, *args, **kwargs)  # type: ignore[arg-type]

    echo = click.echo

    def recorded_echo(message: object = None, *args: object, **kwargs: object) -> None:
        if not kwargs.get("err"):
            happened.append(("echo", str(message)))
        echo(message, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(newssearch.hitlist, "make_snippet", recorded_snippet)
    monkeypatch.setattr(click, "echo", recorded_echo)
    return happened


def test_a_snippet_is_made_when_first_read_and_kept(harbour: Path, events: list[tuple[str, str]]) -> None:
    with open_index(harbour) as idx:
        result = idx.search("harbour", sort="date")
    bodies = [text for kind, text in events if kind == "snippet" and "board" in text]
    assert bodies == [] and len(result.hits) == 4  # only the titles were marked
    first = result.hits[0].snippet  # after the handle closed: a snippet needs no open index
    assert first.plain() == "The harbour board met on day 1 and the ferry was late again."
    assert [text for kind, text in events if kind == "snippet" and "board" in text] == [
        "The harbour board met on day 1 and the ferry was late again."]
    assert result.hits[0].snippet is first  # kept, not made again
    assert len([event for event in events if event[0] == "snippet" and "board" in event[1]]) == 1


def test_a_pending_hit_copies_pickles_and_compares_as_made(harbour: Path) -> None:
    with open_index(harbour) as idx:
        made, pending = idx.search("harbour", sort="date").hits[0], idx.search("harbour", sort="date").hits[0]
    made.snippet  # noqa: B018 - made before the copies are taken
    assert pickle.loads(pickle.dumps(pending)) == made
    assert copy.copy(pending) == made and copy.deepcopy(made) == made
    assert dataclasses.replace(pending, rank=9).snippet == made.snippet
    assert pending.to_dict() == made.to_dict() and pending == made


@pytest.mark.parametrize("output", [[], ["--csv"], ["--jsonl"], ["--json"]])
def test_the_first_hit_is_written_before_the_last_snippet_is_made(
        harbour: Path, events: list[tuple[str, str]], output: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.cli.printing.JSON_CHUNK", 1)  # a small page's JSON written a piece at a time
    out = CliRunner().invoke(cli, ["query", "harbour", "--sort", "date", "--index-dir", str(harbour), *output])
    assert out.exit_code == 0
    last_snippet = events.index(("snippet", LAST_BODY))
    first_hit = next(at for at, (kind, text) in enumerate(events) if kind == "echo" and "1.txt" in text)
    assert first_hit < last_snippet
    assert out.stdout.index("1.txt") < out.stdout.index("day 4")


def test_streamed_json_is_what_a_whole_document_was(harbour: Path) -> None:
    from newssearch.formatting import json_safe

    out = CliRunner().invoke(cli, ["query", "harbour", "--index-dir", str(harbour), "--json"])
    with open_index(harbour) as idx:
        whole = idx.search("harbour").to_dict()
    assert out.stdout == json_safe(json.dumps(whole, ensure_ascii=False, indent=2)) + "\n"

