"""What a search says on stderr (nothing found, its notes, "Did you mean") broken between words on a narrow terminal,
as its hits are on stdout; one line each in a pipe."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.wrapping import columns

QUOTE = '"police officer was lucky to be alive and well"'  # nothing: a note says what finds it
TYPOS = "armed offendrs squad police gunmn"  # "Did you mean: armed offenders squad police gunmen"


def _said(index: Path, monkeypatch: pytest.MonkeyPatch, width: int | None, *args: str) -> list[str]:
    monkeypatch.setattr("newssearch.cli.notes.said_width", lambda: width)  # stderr a terminal of ``width`` columns
    result = CliRunner().invoke(cli, [*args, "--index-dir", str(index)])
    assert result.exit_code == 1
    return result.stderr.splitlines()


@pytest.mark.parametrize("args", [["query", QUOTE], ["query", TYPOS], ["timeline", QUOTE], ["query", QUOTE, "--csv"]])
def test_what_a_search_says_is_broken_between_words_at_40_columns(features_index: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 args: list[str]) -> None:
    # at COLUMNS=40 "Note: no article has the quoted words in this order: …" ran 129 columns, the terminal breaking
    # its words at the edge
    piped = _said(features_index, monkeypatch, None, *args)
    narrow = _said(features_index, monkeypatch, 40, *args)
    assert max(map(columns, piped)) > 40 and max(map(columns, narrow)) <= 40
    assert " ".join(narrow).split() == " ".join(piped).split()
    assert _said(features_index, monkeypatch, 200, *args) == piped  # a wide terminal: each line whole


def test_a_note_s_and_a_suggestion_s_further_rows_stand_under_their_text(features_index: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    said = _said(features_index, monkeypatch, 40, "query", QUOTE)
    note = said[next(n for n, row in enumerate(said) if row.startswith("Note: ")):]
    assert len(note) > 1 and all(row.startswith(" " * 6) for row in note[1:])
    meant = _said(features_index, monkeypatch, 40, "query", TYPOS)[-2:]
    assert meant == ["Did you mean: armed offenders squad", "              police gunmen"]


def _stderr(monkeypatch: pytest.MonkeyPatch, width: int | None, *args: str) -> list[str]:
    monkeypatch.setattr("newssearch.cli.notes.said_width", lambda: width)
    return CliRunner().invoke(cli, list(args)).stderr.splitlines()


@pytest.mark.parametrize("args", [
    ["query", "music", "--since", "31/02/2024"],  # a usage error, its hint long
    ["query", "the"],                              # the library's error
    ["show", "no/such/article.txt"],
])
def test_an_error_is_broken_between_words_at_40_columns(features_index: Path, monkeypatch: pytest.MonkeyPatch,
                                                        args: list[str]) -> None:
    # at COLUMNS=40 an error of 300 columns had been left to the terminal, which broke its words at the edge
    piped = _stderr(monkeypatch, None, *args, "--index-dir", str(features_index))
    narrow = _stderr(monkeypatch, 40, *args, "--index-dir", str(features_index))
    assert len(piped) == 1 and piped[0].startswith("Error: ") and columns(piped[0]) > 40  # a pipe: one line, as before
    assert max(map(columns, narrow)) <= 40 and all(row.startswith(" " * 7) for row in narrow[1:])
    assert " ".join(narrow).split() == piped[0].split()


def test_the_corpus_an_update_reads_is_said_broken_between_words_at_40_columns(built: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    narrow = _stderr(monkeypatch, 40, "index", "--index-dir", str(built))
    said = narrow[:next(n for n, row in enumerate(narrow) if row.endswith("was built from)")) + 1]
    assert said[0].startswith("Updating the index of") and len(said) > 1
    assert all(columns(row) <= 40 or " " not in row.strip() for row in said)  # a path is never broken


def test_the_width_said_rows_fit_is_the_terminal_stderr_is_when_stdout_is_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    # `newssearch query … | less`: stderr the terminal, 40 columns; its width had been asked of stdout, a pipe,
    # which has none: 80 columns, the default, and a note broken past the edge
    import os
    import sys

    from newssearch.cli.notes import said_width

    class Terminal:
        def isatty(self) -> bool:
            return True

        def fileno(self) -> int:
            return 2

    def size(fd: int = 1) -> os.terminal_size:
        if fd != 2:
            raise OSError("not a terminal")
        return os.terminal_size((40, 24))

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.setattr(os, "get_terminal_size", size)
    assert said_width() == 40
    monkeypatch.setenv("COLUMNS", "100")  # as set, the terminal's width said
    assert said_width() == 100


def test_waiting_for_another_writer_is_said_broken_between_words_at_40_columns(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # "Waiting for another newssearch process writing to …" had been one line of 80 columns at COLUMNS=40
    from newssearch.errors import IndexLocked

    def locked(*args: object, on_wait: Callable[[], None], **kwargs: object) -> None:
        on_wait()
        raise IndexLocked("another newssearch process is writing to ix")

    monkeypatch.setattr("newssearch.indexer.build_index", locked)
    (tmp_path / "news").mkdir()
    args = ["index", str(tmp_path / "news"), "--index-dir", str(tmp_path / "ix")]
    piped = _stderr(monkeypatch, None, *args)
    narrow = _stderr(monkeypatch, 40, *args)
    assert piped[0].startswith("Waiting for another newssearch process") and columns(piped[0]) > 40
    waited = narrow[:next(n for n, row in enumerate(narrow) if row.endswith("(up to 30s)…")) + 1]
    assert len(waited) > 1 and all(columns(row) <= 40 or " " not in row.strip() for row in waited)
    assert " ".join(waited).split() == piped[0].split()


def test_a_line_said_without_a_label_has_its_further_rows_indented_under_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Updating the index of …" at COLUMNS=30 had its further rows at column 0, read as lines of their own
    from newssearch.cli.notes import said_rows

    monkeypatch.setattr("newssearch.cli.notes.said_width", lambda: 30)
    line = "Updating the index of /srv/news (the corpus /srv/ix/ was built from)"
    assert said_rows(line, whole=("/srv/news",)).splitlines() == [
        "Updating the index of", "  /srv/news (the corpus", "  /srv/ix/ was built from)"]
    assert said_rows("no article has the quoted words in this order.", "Note: ").splitlines() == [
        "Note: no article has the", "      quoted words in this", "      order."]  # a label's: under its text, as before


def test_the_corpus_an_update_reads_has_its_further_rows_indented_at_30_columns(built: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    narrow = _stderr(monkeypatch, 30, "index", "--index-dir", str(built))
    said = narrow[:next(n for n, row in enumerate(narrow) if row.endswith("was built from)")) + 1]
    assert said[0] == "Updating the index of" and len(said) > 1
    assert all(row.startswith("  ") and not row.startswith("   ") for row in said[1:])
