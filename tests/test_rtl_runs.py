"""Right-to-left runs isolated on a terminal beyond a hit's fields: the result header's echoed query, ``show``'s body
paragraphs, ``timeline``'s header and the notes on stderr (``1 result for '<Arabic>' (page 1 of 1)`` had left the
query to the terminal's bidi); never in a pipe, and the isolates take no column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.isolates import FSI, PDI, RLI, isolated_line
from newssearch.wrapping import columns

QUERY = "الشرطة"  # "the police"
BODY = "قالت الشرطة اليوم إنها اعتقلت رجلا."


@pytest.mark.parametrize(("text", "shown"), [
    ("1 result for 'الشرطة' (page 1 of 1)", f"1 result for '{FSI}الشرطة{PDI}' (page 1 of 1)"),
    ("for 'الشرطة 20 تعتقل' by month", f"for '{FSI}الشرطة 20 تعتقل{PDI}' by month"),
    ("police الشرطة and שלום.", f"police {FSI}الشرطة{PDI} and {FSI}שלום{PDI}."),
    (BODY, f"{FSI}{BODY}{PDI}"),  # a row opening right to left: isolated whole, its full stop its own
    ("3 results for 'police'", "3 results for 'police'"),
    ("", "")])
def test_a_line_isolates_its_right_to_left_runs(text: str, shown: str) -> None:
    assert isolated_line(text) == shown
    assert columns(isolated_line(text)) == columns(text)


@pytest.mark.parametrize(("row", "line", "shown"), [
    ("طويلة' (page 1 of 1)", "1 result for 'مطاردة طويلة' (page 1 of 1)", f"{FSI}طويلة{PDI}' (page 1 of 1)"),
    ("الشرطة said on Monday.", "Police said: الشرطة said on Monday.", f"{FSI}الشرطة{PDI} said on Monday."),
    ("BBC 2020 اليوم.", "قالت الشرطة BBC 2020 اليوم.", f"{RLI}BBC 2020 اليوم.{PDI}")])  # (FSI would read it left to right)
def test_a_row_takes_the_direction_of_the_line_it_is_cut_from(row: str, line: str, shown: str) -> None:
    assert isolated_line(row, line) == shown


def test_a_wrapped_header_keeps_its_left_to_right_order_on_each_row(rtl_index: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.cli.printing.screen_width", lambda: 30)
    out = CliRunner().invoke(cli, ["query", "الشرطة اليوم رجلا", "--color", "never", "--index-dir", str(rtl_index)])
    assert out.stdout.splitlines()[:2] == [f"1 result for '{FSI}الشرطة اليوم{PDI}",
                                           f"  {FSI}رجلا{PDI}' (page 1 of 1)"]  # two columns in: test_header_rows


def test_a_line_already_isolated_is_left_as_it_is() -> None:
    assert isolated_line(f"a {FSI}الشرطة{PDI} b") == f"a {FSI}الشرطة{PDI} b"


@pytest.fixture(scope="module")
def rtl_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newssearch import build_index

    root = tmp_path_factory.mktemp("rtlruns")
    (root / "corpus").mkdir()
    record = {"title": "عنوان", "text": BODY, "source": "RNZ", "date": "2020-06-19"}
    (root / "corpus" / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def test_the_result_header_isolates_the_query_on_a_terminal(rtl_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["query", QUERY, "--color", "never", "--index-dir", str(rtl_index)]
    assert CliRunner().invoke(cli, args).stdout.splitlines()[0] == f"1 result for '{QUERY}' (page 1 of 1)"
    monkeypatch.setattr("newssearch.cli.printing.screen_width", lambda: 80)  # a terminal of 80 columns
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0 and out.stdout.splitlines()[0] == f"1 result for '{FSI}{QUERY}{PDI}' (page 1 of 1)"


def test_show_isolates_a_right_to_left_paragraph_on_a_terminal(rtl_index: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["show", "a.jsonl#1", "--color", "never", "--index-dir", str(rtl_index)]
    assert CliRunner().invoke(cli, args).stdout.splitlines()[-1] == BODY
    monkeypatch.setattr("newssearch.cli.commands.screen_width", lambda: 80)
    assert CliRunner().invoke(cli, args).stdout.splitlines()[-1] == f"{FSI}{BODY}{PDI}"


def test_timeline_isolates_its_headers_query_on_a_terminal(rtl_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["timeline", QUERY, "--by", "year", "--color", "never", "--index-dir", str(rtl_index)]
    assert CliRunner().invoke(cli, args).stdout.splitlines()[0] == f"1 article for '{QUERY}' by year"
    monkeypatch.setattr("newssearch.cli.search.screen_width", lambda: 80)
    assert CliRunner().invoke(cli, args).stdout.splitlines()[0] == f"1 article for '{FSI}{QUERY}{PDI}' by year"


def test_a_note_on_a_terminal_isolates_its_right_to_left_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch.cli.notes import said_rows

    assert said_rows(f"no article holds '{QUERY}'.", "Note: ") == f"Note: no article holds '{QUERY}'."
    monkeypatch.setattr("newssearch.cli.notes.said_width", lambda: 80)
    assert said_rows(f"no article holds '{QUERY}'.", "Note: ") == f"Note: no article holds '{FSI}{QUERY}{PDI}'."
