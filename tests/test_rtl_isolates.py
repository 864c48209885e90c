"""Right-to-left text on a terminal: each title row, source, author and snippet row holding Arabic or Hebrew letters
is wrapped in FSI ... PDI (U+2068, U+2069), so a terminal's bidi keeps it one unit in its place ("3. <title>  source ·
date" had come out with the date before the source); never in a pipe, JSON or CSV, and taking no column."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.formatting import article_lines, hit_lines
from newssearch.isolates import FSI, PDI, isolated
from newssearch.results import Hit
from newssearch.snippets import Snippet
from newssearch.wrapping import columns

TITLE = "الشرطة تعتقل رجلا"  # "police arrest a man"
SOURCE = "الجزيرة"
NAMES = ("محمد علي", "سارة حسن")


def _hit() -> Hit:
    return Hit(rank=3, id="a.txt", path="a.txt", title=TITLE, date=date(2020, 6, 19), score=1.0, source=SOURCE,
               snippet=Snippet(((("قالت ", False), ("الشرطة", True), (" اليوم", False)),)), authors=NAMES)


@pytest.mark.parametrize(("text", "shown"), [("שלום", f"{FSI}שלום{PDI}"), (SOURCE, f"{FSI}{SOURCE}{PDI}"),
                                             ("RNZ", "RNZ"), ("", ""), ("Ελλάδα 2020", "Ελλάδα 2020")])
def test_only_text_with_a_right_to_left_letter_is_isolated(text: str, shown: str) -> None:
    assert isolated(text) == shown


def test_the_isolates_take_no_column() -> None:
    assert columns(f"{FSI}abc{PDI}") == 3


def test_a_hit_on_a_terminal_isolates_each_right_to_left_field() -> None:
    assert hit_lines(_hit(), width=80, isolate=True) == [
        f"  3. {FSI}{TITLE}{PDI}  {FSI}{SOURCE}{PDI} · 2020-06-19",
        f"     a.txt · {FSI}{NAMES[0]}{PDI}, {FSI}{NAMES[1]}{PDI} · score 1.00",
        f"     {FSI}قالت الشرطة اليوم{PDI}"]


def test_a_hit_is_not_isolated_unless_asked() -> None:
    assert hit_lines(_hit(), width=80) == [f"  3. {TITLE}  {SOURCE} · 2020-06-19",
                                           f"     a.txt · {NAMES[0]}, {NAMES[1]} · score 1.00",
                                           "     قالت الشرطة اليوم"]


def test_a_wrapped_title_is_isolated_row_by_row_and_fits() -> None:
    hit = _hit()
    hit.title = " ".join([TITLE] * 4)
    lines = hit_lines(hit, width=40, isolate=True)
    assert all(columns(line) <= 40 for line in lines)
    assert all(line.count(FSI) == line.count(PDI) for line in lines)
    assert lines[0].startswith(f"  3. {FSI}") and lines[1].startswith(f"     {FSI}")


def test_show_isolates_the_title_source_and_authors() -> None:
    from newssearch.documents.article import Article

    article = Article(id="a.txt", path="a.txt", title=TITLE, body="نص", source=SOURCE, authors=NAMES)
    lines = article_lines(article, width=80, isolate=True)
    assert lines[:4] == [f"{FSI}{TITLE}{PDI}", "id: a.txt", "date: unknown", f"source: {FSI}{SOURCE}{PDI}"]
    assert lines[4] == f"authors: {FSI}{NAMES[0]}{PDI}, {FSI}{NAMES[1]}{PDI}"
    assert FSI not in "".join(article_lines(article, width=80))


@pytest.fixture(scope="module")
def rtl_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newssearch import build_index

    root = tmp_path_factory.mktemp("rtl")
    (root / "corpus").mkdir()
    record = {"title": TITLE, "text": "قالت الشرطة اليوم إنها اعتقلت رجلا.", "source": SOURCE, "date": "2020-06-19"}
    (root / "corpus" / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def test_on_a_terminal_the_screen_isolates(rtl_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssearch.cli.printing.screen_width", lambda: 80)  # a terminal of 80 columns
    out = CliRunner().invoke(cli, ["query", "الشرطة", "--color", "never", "--index-dir", str(rtl_index)])
    assert out.exit_code == 0 and f"{FSI}{TITLE}{PDI}  {FSI}{SOURCE}{PDI} · 2020-06-19" in out.stdout


@pytest.mark.parametrize("fmt", [[], ["--json"], ["--jsonl"], ["--csv"]])
def test_a_pipe_json_and_csv_get_no_isolate(rtl_index: Path, fmt: list[str]) -> None:
    out = CliRunner().invoke(cli, ["query", "الشرطة", *fmt, "--index-dir", str(rtl_index)])
    assert out.exit_code == 0 and TITLE in out.stdout
    assert FSI not in out.stdout and PDI not in out.stdout and "\\u2068" not in out.stdout


def test_show_on_a_terminal_isolates_and_in_a_pipe_does_not(rtl_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    piped = CliRunner().invoke(cli, ["show", "a.jsonl#1", "--index-dir", str(rtl_index)])
    assert piped.stdout.splitlines()[0] == TITLE
    monkeypatch.setattr("newssearch.cli.commands.screen_width", lambda: 80)  # a terminal of 80 columns
    shown = CliRunner().invoke(cli, ["show", "a.jsonl#1", "--color", "never", "--index-dir", str(rtl_index)])
    assert shown.stdout.splitlines()[0] == f"{FSI}{TITLE}{PDI}"


def test_facets_on_a_terminal_isolate_a_right_to_left_value() -> None:
    from newssearch.facetlines import facet_lines

    facets = {"source": [(SOURCE, 2), ("RNZ", 1)], "author": [(NAMES[0], 1)]}
    assert facet_lines(facets, width=80, isolate=True) == [
        "Facets:", f"  source: {FSI}{SOURCE}{PDI} (2), RNZ (1)", f"  author: {FSI}{NAMES[0]}{PDI} (1)"]
    assert facet_lines(facets, width=80) == ["Facets:", f"  source: {SOURCE} (2), RNZ (1)", f"  author: {NAMES[0]} (1)"]
    wide = facet_lines({"source": [(" ".join([SOURCE] * 8), 2)]}, width=40, isolate=True)
    assert all(line.count(FSI) == line.count(PDI) for line in wide)  # a value too wide is not broken inside its isolate
