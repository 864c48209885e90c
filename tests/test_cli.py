"""The CLI end to end with CliRunner: exit codes, stdout, stderr, JSON shapes, colour."""

from __future__ import annotations

import json
import signal
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import IndexNotFound, open_index
from newssearch.cli import cli

SHOOTING = "000_952a12dfe0af93bf.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, env: dict[str, str] | None = None):
    return runner.invoke(cli, list(args), env=env or {})


def test_index_prints_a_summary(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    result = run(runner, "index", str(corpus), "--index-dir", str(index_dir))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    # a first build is no "rebuilt"
    assert lines[0].startswith(f"Indexed {corpus} into {index_dir} in ") and lines[0].endswith("(built from scratch)")
    assert lines[1] == "  3 added, 0 updated, 0 deleted, 0 unchanged; 3 articles from 3 files in the index"


def test_the_progress_line_moves_with_any_count_and_says_when_the_index_is_written(capsys, monkeypatch) -> None:
    """Workers report counts as they stand at each poll: printed only at multiples of 25, a 19 s build had shown
    "Reading 0/2229" and "475/2229" only; at 100% it had said "Reading" while the workers wrote for seconds."""
    import time

    from newssearch.cli import commands

    clock = iter([0.0, 0.05, 0.3, 0.6])
    monkeypatch.setattr(time, "monotonic", lambda: next(clock))
    show = commands._progress_printer()
    for done in (3, 7, 412, 2229):  # 7 comes 0.05 s after 3: not redrawn
        show(done, 2229, "")
    assert capsys.readouterr().err.split("\r")[1:] == [
        "Reading 3/2229 files…", "Reading 412/2229 files…", "Read 2229/2229 files; writing the index…"]


def test_the_progress_line_says_the_reading_starts_before_a_file_is_read(capsys) -> None:
    # "Reading 0/2227 files…" had stood for seconds on a busy machine while each worker loaded the readers
    from newssearch.cli import commands

    commands._progress_printer()(0, 2227, "")
    assert capsys.readouterr().err == "\rStarting to read 2227 files…"


def test_a_shorter_progress_line_covers_the_longer_one_before_it(capsys, monkeypatch) -> None:
    # "Starting to read 2229 files…" then "Reading 475/2229 files…" over it had left "Reading 475/2229 files…iles…"
    # on the screen: spaces cover the rest; the line is cleared at the end by the terminal's erase, or, on a dumb
    # terminal (Emacs's shell), which prints the escape as text, by spaces, as git's progress does
    import time

    import click

    from newssearch.cli import commands

    clock = iter([0.0, 0.5, 1.0, 1.5])
    monkeypatch.setattr(time, "monotonic", lambda: next(clock))
    monkeypatch.setenv("TERM", "dumb")
    show = commands._progress_printer()
    show(0, 2229, "")
    show(475, 2229, "")
    show.clear()
    assert capsys.readouterr().err == ("\rStarting to read 2229 files…\rReading 475/2229 files…     "
                                       f"\r{' ' * 23}\r")
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(click.utils, "should_strip_ansi", lambda *args: False)  # as on a terminal
    show = commands._progress_printer()
    show(0, 2229, "")
    show(475, 2229, "")
    show.clear()
    assert capsys.readouterr().err == "\rStarting to read 2229 files…\rReading 475/2229 files…     \r\x1b[K"


def test_the_summary_writes_every_count_alike() -> None:
    # "21579 added … 21,579 articles" had stood in one line of a Reuters build
    from newssearch.documents.article import Skip
    from newssearch.indexlines import ignored_types, report_lines
    from newssearch.indexreport import IndexReport

    skipped = [Skip(f"{n}.txt", "empty file") for n in range(1200)]
    report = IndexReport("/c", "index", added=21579, updated=1500, deleted=2000, unchanged=30000, skipped=skipped,
                         documents=51579, files=1024)
    assert report_lines(report)[1:3] == [
        "  21,579 added, 1,500 updated, 2,000 deleted, 30,000 unchanged; 51,579 articles from 1,024 files in the index",
        "  1,200 skipped (1,195 more: --verbose lists them)"]
    assert ignored_types({".jpg": 1500, "": 2}) == ".jpg 1,500, (no ending) 2"


def test_stats_writes_its_counts_as_the_other_lines_do() -> None:
    from newssearch.indexlines import stats_lines
    from newssearch.results import IndexStats

    stats = IndexStats("index", "/c", documents=21579, files=1024, fields=["title"], size_bytes=2048, updated="",
                       dated=21000, earliest=date(1987, 2, 26), latest=date(1987, 10, 20), sources=1200)
    assert stats_lines(stats)[2:5] == ["articles:  21,579 (21,000 dated, 1987-02-26 to 1987-10-20)",
                                       "files:     1,024", "sources:   1,200"]


def test_index_json_report(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    (corpus / "empty.txt").write_text("")
    result = run(runner, "index", str(corpus), "--index-dir", str(index_dir), "--json")
    report = json.loads(result.stdout)
    assert {k: report[k] for k in ("added", "updated", "deleted", "unchanged")} == \
        {"added": 3, "updated": 0, "deleted": 0, "unchanged": 0}
    assert report["skipped"] == [{"path": "empty.txt", "reason": "empty file", "kept": False, "record": False, "said_before": False}]
    assert isinstance(report["seconds"], float)


def test_index_and_stats_json_give_their_folders_absolute(runner: CliRunner, corpus: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A script reads the folders from anywhere: `index_dir` had been the relative path typed, beside an absolute
    `corpus`. A skip's path stays the file's id (relative to the corpus, as `show` takes it and a moved corpus keeps)."""
    monkeypatch.chdir(tmp_path)
    (corpus / "empty.txt").write_text("")
    report = json.loads(run(runner, "index", "corpus", "--index-dir", "ix", "--json").stdout)
    assert (report["corpus"], report["index_dir"]) == (str(corpus.resolve()), str((tmp_path / "ix").resolve()))
    assert [skip["path"] for skip in report["skipped"]] == ["empty.txt"]
    assert run(runner, "index", "--index-dir", "ix").stdout.startswith(
        f"Indexed {corpus.resolve()} into {(tmp_path / 'ix').resolve()} in ")
    stats = json.loads(run(runner, "stats", "--index-dir", "./ix/", "--json").stdout)
    assert (stats["corpus"], stats["index_dir"]) == (report["corpus"], report["index_dir"])


def test_index_names_the_first_skips_and_verbose_lists_them_all(runner: CliRunner, corpus: Path,
                                                               index_dir: Path) -> None:
    for n in range(7):
        (corpus / f"empty{n}.txt").write_text("")
    quiet = run(runner, "index", str(corpus), "--index-dir", str(index_dir)).stdout.splitlines()
    assert quiet[2:] == ["  7 skipped (2 more: --verbose lists them)",
                         *(f"    empty{n}.txt: empty file" for n in range(5))]
    loud = run(runner, "index", str(corpus), "--index-dir", str(index_dir), "--rebuild", "--verbose")
    assert loud.stdout.splitlines()[2:] == ["  7 skipped", *(f"    empty{n}.txt: empty file" for n in range(7))]


def test_a_file_whose_earlier_version_is_kept_is_named_first_and_never_cut(runner: CliRunner, corpus: Path,
                                                                            index_dir: Path) -> None:
    """An article file emptied (a cleared draft, or a crash mid-save) keeps its text in the index: this run's news,
    named before the files skipped on every run, however many they are."""
    for n in range(7):
        (corpus / f"empty{n}.txt").write_text("")
    run(runner, "index", str(corpus), "--index-dir", str(index_dir))
    (corpus / SHOOTING).write_text("")
    lines = run(runner, "index", str(corpus), "--index-dir", str(index_dir)).stdout.splitlines()
    assert lines[2:] == ["  8 skipped (1 keeping the version indexed before; 3 more: --verbose lists them)",
                         f"    {SHOOTING}: empty file (kept the version indexed before)",
                         *(f"    empty{n}.txt: empty file" for n in range(4))]
    report = json.loads(run(runner, "index", str(corpus), "--index-dir", str(index_dir), "--json").stdout)
    assert [skip for skip in report["skipped"] if skip["kept"]] == [
        {"path": SHOOTING, "reason": "empty file (kept the version indexed before)", "kept": True, "record": False, "said_before": False}]


def test_a_bad_record_of_a_file_read_says_the_file_was_read(runner: CliRunner, tmp_path: Path,
                                                            index_dir: Path) -> None:
    (tmp_path / "part.jsonl").write_text('{"title": "Kiwi", "text": "A rare kiwi was seen."}\n{"title": oops\n')
    lines = run(runner, "index", str(tmp_path / "part.jsonl"), "--index-dir", str(index_dir)).stdout.splitlines()
    assert lines[1:] == [
        "  1 added, 0 updated, 0 deleted, 0 unchanged; 1 article from 1 file in the index",
        "  1 skipped",
        "    part.jsonl: line 2 skipped: invalid JSON (column 11: Expecting value); its other records were indexed"]


def test_a_file_read_in_part_says_what_was_read_not_that_a_record_was_skipped(runner: CliRunner, tmp_path: Path,
                                                                              index_dir: Path) -> None:
    # Its note had been read as a record's: "cut.rtf: cut short skipped: …; its text was read up to there; its
    # other records were indexed" of a document that is one article, read.
    import io
    import tarfile

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "cut.rtf").write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Rain fell on {\b Nelson all day.\par")
    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode="w") as tar:
        for name in ("a.txt", "b.txt"):
            text = f"Storm {name}\n\n{'Rain fell on Nelson all day. ' * 40}\n".encode()
            info = tarfile.TarInfo(name)
            info.size = len(text)
            tar.addfile(info, io.BytesIO(text))
    (corpus / "cut.tar").write_bytes(packed.getvalue()[:3000])  # a download stopped inside b.txt
    lines = run(runner, "index", str(corpus), "--index-dir", str(index_dir)).stdout.splitlines()
    again = run(runner, "index", str(corpus), "--index-dir", str(index_dir)).stdout.splitlines()  # said again so
    assert again[2:] == lines[2:]
    assert lines[1:] == [
        "  2 added, 0 updated, 0 deleted, 0 unchanged; 2 articles from 2 files in the index",
        "  3 skipped",
        "    cut.rtf: cut short: the file ends inside 2 RTF groups (unbalanced braces); its text was read up to there",
        "    cut.tar#b.txt: archived file skipped: broken: does not unpack (unexpected end of data); the archive's"
        " other files were indexed",
        "    cut.tar: cut short: unexpected end of data; the 1 file before the cut was read"]


def test_indexing_one_broken_file_says_why(runner: CliRunner, tmp_path: Path, index_dir: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json")
    lines = run(runner, "index", str(tmp_path / "bad.json"), "--index-dir", str(index_dir)).stdout.splitlines()
    assert lines[2] == "  1 skipped" and lines[3].startswith("    bad.json: ")


def test_indexing_a_folder_of_nothing_readable_says_so(runner: CliRunner, tmp_path: Path, index_dir: Path) -> None:
    (tmp_path / "empty").mkdir()
    lines = run(runner, "index", str(tmp_path / "empty"), "--index-dir", str(index_dir)).stdout.splitlines()
    assert lines[2] == ("  No articles: the corpus holds no file newssearch reads (text, Markdown, HTML, Word, PDF, JSON,"
                        " CSV, feeds, e-mail, web archives, zip or tar archives: README's \"What it reads\")")


def test_query_prints_ranked_hits(runner: CliRunner, built: Path) -> None:
    result = run(runner, "query", "armed", "offenders", "--index-dir", str(built))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "1 result for 'armed offenders' (page 1 of 1)"
    assert lines[2] == "  1. Police have confirmed an officer has died after a shooting in West Auckland  2020-06-19"
    assert lines[3].startswith(f"     {SHOOTING} · score ")
    assert "The armed offenders squad" in lines[4]
    assert "\x1b[" not in result.stdout  # no colour in a pipe


def test_index_into_the_corpus_folder_itself_is_refused(runner: CliRunner, corpus: Path) -> None:
    result = run(runner, "index", str(corpus), "--index-dir", str(corpus))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: the index folder cannot be the corpus folder itself: {corpus} "
                             f"(give another --index-dir, such as {corpus / 'index'})\n")


def test_query_colour_always_and_no_color(runner: CliRunner, built: Path) -> None:
    coloured = run(runner, "query", "gunmen", "--index-dir", str(built), "--color", "always")
    assert "\x1b[1m" in coloured.stdout
    plain = run(runner, "query", "gunmen", "--index-dir", str(built), "--color", "auto", env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout


@pytest.mark.parametrize(("typed", "written"), [
    (("query", "police", "--sort", "Date", "--match", "ANY", "--json"), ("query", "police", "--sort", "date",
                                                                         "--match", "any", "--json")),
    (("timeline", "police", "--by", "Month", "--json"), ("timeline", "police", "--by", "month", "--json")),
    (("query", "gunmen", "--color", "Always"), ("query", "gunmen", "--color", "always")),
])
def test_a_choice_is_read_in_any_letter_case(runner: CliRunner, built: Path, typed: tuple[str, ...],
                                             written: tuple[str, ...]) -> None:
    # "--sort Date" had been refused: "'Date' is not one of 'relevance', 'date'"
    got, want = (run(runner, *args, "--index-dir", str(built)) for args in (typed, written))
    assert (got.exit_code, got.stdout) == (want.exit_code, want.stdout) and want.exit_code == 0


def test_auto_colour_on_a_terminal_unless_it_is_dumb(monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch.cli.options import use_color

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert use_color("auto")
    monkeypatch.setenv("TERM", "dumb")
    assert not use_color("auto") and use_color("always")


def test_query_json_shape(runner: CliRunner, built: Path) -> None:
    result = run(runner, "query", '"armed offenders"', "--index-dir", str(built), "--json")
    data = json.loads(result.stdout)
    assert {"query", "total", "page", "hits", "suggestion"} <= set(data)
    hit = data["hits"][0]
    assert {"id", "path", "title", "date", "score", "snippet", "snippet_html"} <= set(hit)
    assert (hit["id"], hit["date"]) == (SHOOTING, "2020-06-19")
    assert "<mark>armed offenders</mark>" in hit["snippet_html"] and "<mark>" not in hit["snippet"]


def test_title_words_marked_in_json_and_in_colour(runner: CliRunner, built: Path) -> None:
    data = json.loads(run(runner, "query", "police officer", "--index-dir", str(built), "--json").stdout)
    shooting = next(hit for hit in data["hits"] if hit["id"] == SHOOTING)
    assert shooting["title_html"] == ("<mark>Police</mark> have confirmed an <mark>officer</mark> has died after a "
                                      "shooting in West Auckland")
    coloured = run(runner, "query", "police officer", "--index-dir", str(built), "--color", "always").stdout
    title_line = next(line for line in coloured.splitlines() if "West Auckland" in line)
    assert "\x1b[33m\x1b[1mofficer\x1b[0m" in title_line and "\x1b[1m has died" in title_line
    plain = run(runner, "query", "police officer", "--index-dir", str(built), "--color", "never").stdout
    assert "Police have confirmed an officer has died after a shooting in West Auckland  2020-06-19" in plain


def test_title_html_is_escaped_and_marks_only_matching_words(runner: CliRunner, tmp_path: Path,
                                                              index_dir: Path) -> None:
    (tmp_path / "a.txt").write_text("Smith & Sons <Ltd> sold\n\nThe firm sold its harbour warehouses on Monday.\n")
    (tmp_path / "b.txt").write_text("Harbour board meets\n\nThe harbour board met about the warehouses.\n")
    run(runner, "index", str(tmp_path), "--index-dir", str(index_dir))
    data = json.loads(run(runner, "query", "warehouses", "--index-dir", str(index_dir), "--json").stdout)
    titles = {hit["id"]: hit["title_html"] for hit in data["hits"]}
    assert titles == {"a.txt": "Smith &amp; Sons &lt;Ltd&gt; sold", "b.txt": "Harbour board meets"}
    data = json.loads(run(runner, "query", "harbour", "--index-dir", str(index_dir), "--json").stdout)
    assert {hit["id"]: hit["title_html"] for hit in data["hits"]}["b.txt"] == "<mark>Harbour</mark> board meets"


def test_no_results_exit_1_with_suggestion(runner: CliRunner, built: Path) -> None:
    result = run(runner, "query", "offcer", "--index-dir", str(built))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "No articles match 'offcer'.\nDid you mean: officer\n"


def test_no_results_json_still_printed(runner: CliRunner, built: Path) -> None:
    result = run(runner, "query", "offcer", "--index-dir", str(built), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["total"], data["hits"], data["suggestion"]) == (0, [], "officer")


def test_unbalanced_quote_is_a_note_not_an_error(runner: CliRunner, built: Path) -> None:
    result = run(runner, "query", '"armed offenders', "--index-dir", str(built))
    assert result.exit_code == 0
    assert result.stderr.startswith("Note: an unbalanced quote was closed at the query's end.")


def test_no_index_yet_says_what_to_do(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "query", "police", "--index-dir", str(tmp_path / "none"))
    assert result.exit_code == 2
    assert result.stderr == (f"Error: no index in {tmp_path / 'none'}/ (run `newssearch index CORPUS --index-dir "
                             f"{tmp_path / 'none'}` to build one from a folder of articles, or point to an index with "
                             "--index-dir DIR or $NEWSSEARCH_INDEX)\n")


@pytest.mark.parametrize(("command", "option", "value", "said"), [
    ("query", "--since", "last tuesday", "cannot read the date 'last tuesday'"),
    ("query", "--until", "20x0", "cannot read the date '20x0'"),
    ("query", "--around", "2020-13", "'2020-13' is not a real date"),
    ("timeline", "--since", "june", "cannot read the date 'june' (june needs its year: write june 20"),
])
def test_bad_date_option_is_one_line_naming_the_option(runner: CliRunner, built: Path, command: str, option: str,
                                                       value: str, said: str) -> None:
    result = run(runner, command, "police", "--since", "2020", option, value, "--index-dir", str(built))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: Invalid value for '{option}': {said}") and "use YYYY, " in result.stderr
    assert result.stderr.endswith(f" {command} --help)\n") and len(result.stderr.splitlines()) == 1


def test_index_dir_from_environment(runner: CliRunner, built: Path) -> None:
    result = run(runner, "stats", env={"NEWSSEARCH_INDEX": str(built)})
    assert result.exit_code == 0 and "articles:  3 (2 dated, 2020-06-19 to 2020-10-26)" in result.stdout


def test_show_prints_the_article(runner: CliRunner, built: Path) -> None:
    result = run(runner, "show", SHOOTING, "--index-dir", str(built))
    lines = result.stdout.splitlines()
    assert lines[0] == "Police have confirmed an officer has died after a shooting in West Auckland"
    assert lines[1:3] == [f"id: {SHOOTING}", "date: 2020-06-19 (from marker)"]
    assert "Local schools have been ordered into lockdown" in result.stdout


def test_show_json_and_unknown_id(runner: CliRunner, built: Path) -> None:
    data = json.loads(run(runner, "show", SHOOTING, "--index-dir", str(built), "--json").stdout)
    assert data["id"] == SHOOTING and data["body"].startswith("Police have confirmed")
    missing = run(runner, "show", "nope.txt", "--index-dir", str(built))
    assert missing.exit_code == 2 and missing.stderr.startswith("Error: no article with id 'nope.txt'")


@pytest.mark.parametrize("command", ["show", "similar"])
def test_an_empty_id_is_said_to_be_empty(runner: CliRunner, built: Path, command: str) -> None:
    # show "$ID" with the variable unset had said "no article with id ''", as if the lookup had failed
    empty = run(runner, command, " ", "--index-dir", str(built))
    assert (empty.exit_code, empty.stdout) == (2, "")
    assert empty.stderr == ("Error: the id is empty (ids are paths relative to the corpus, as `newssearch query` "
                            "shows them)\n")


def test_stats_json(runner: CliRunner, built: Path) -> None:
    data = json.loads(run(runner, "stats", "--index-dir", str(built), "--json").stdout)
    assert (data["documents"], data["files"], data["earliest"], data["latest"]) == (3, 3, "2020-06-19", "2020-10-26")


def test_stats_says_when_the_corpus_is_gone(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    # A corpus moved, deleted or on a drive not mounted had been named as if it were there
    run(runner, "index", str(corpus), "--index-dir", str(index_dir))
    assert json.loads(run(runner, "stats", "--index-dir", str(index_dir), "--json").stdout)["corpus_found"] is True
    corpus.rename(corpus.with_name("moved"))
    screen = run(runner, "stats", "--index-dir", str(index_dir)).stdout.splitlines()
    assert screen[1] == f"corpus:    {corpus} (not found: moved, deleted or not mounted?)"
    assert json.loads(run(runner, "stats", "--index-dir", str(index_dir), "--json").stdout)["corpus_found"] is False


def test_hostile_control_characters_never_reach_the_terminal(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "evil.txt").write_text("Evil \x1b[31mred\x1b[0m headline\n\nThe police said \x1b]0;pwned\x07 it.\n")
    run(runner, "index", str(folder), "--index-dir", str(tmp_path / "ix"))
    result = run(runner, "query", "police", "--index-dir", str(tmp_path / "ix"))
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_bare_newssearch_shows_the_help(runner: CliRunner) -> None:
    result = runner.invoke(cli, [])
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == runner.invoke(cli, ["--help"]).stdout


def test_usage_error_exit_code(runner: CliRunner) -> None:
    result = run(runner, "query")
    assert result.exit_code == 2 and "Missing argument" in result.stderr
    for args in (("query", "police", "-n", "-1"), ("query", "police", "--bogus"), ("timeline", "x", "--by", "decade")):
        result = run(runner, *args)
        assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr  # one line, as every error
        assert result.stderr.startswith("Error: ") and f" {args[0]} --help)" in result.stderr


def test_any_other_click_error_is_an_error_of_one_line_exiting_2(runner: CliRunner, built: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # click's own errors other than usage ones (a FileError) had exited 1, the code of "no hits", as click shows them
    import click

    import newssearch.searcher

    def fails(*args: object, **kwargs: object) -> None:
        raise click.FileError("notes.txt", hint="gone\nfor good")

    monkeypatch.setattr(newssearch.searcher, "open_index", fails)
    result = run(runner, "query", "police", "--index-dir", str(built))
    assert (result.exit_code, result.stderr) == (2, "Error: Could not open file 'notes.txt': gone for good\n")


@pytest.mark.parametrize(("args", "said"), [
    (("index", "corpus", "--index-dir"), "Option '--index-dir' requires an argument."),
    (("similar", "b.txt", "--index-dir"), "Option '--index-dir' requires an argument."),
    (("query", "-p"), "Option '-p' requires an argument."),
    (("query", "police", "-n"), "Option '-n' requires an argument."),
    (("stats", "--bogus"), "No such option '--bogus'."),
])
def test_a_usage_error_points_to_its_commands_help(runner: CliRunner, args: tuple[str, ...], said: str) -> None:
    # click raises "requires an argument" without the command's context: it had pointed to the top-level help
    result = run(runner, *args)
    assert (result.exit_code, result.stderr) == (2, f"Error: {said} (see: cli {args[0]} --help)\n")


@pytest.mark.parametrize(("args", "typed"), [
    (("police", "-spikes", "-windscreen"), "police -spikes -windscreen"),
    (("-spikes", "police", "-windscreen"), "-spikes police -windscreen"),
    (("-n", "5", "police", "-spikes", "--match", "all", "-windscreen"), "police -spikes -windscreen"),
    (("-n5", "police", "-spikes", "--", "-windscreen"), "police -spikes -windscreen"),
])
def test_a_word_after_a_dash_is_excluded_not_an_option(runner: CliRunner, built: Path, args: tuple[str, ...],
                                                         typed: str) -> None:
    result = run(runner, "query", "--index-dir", str(built), "--json", *args)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [hit["id"] for hit in data["hits"]] == [SHOOTING]
    assert data["query"] == typed and data["limit"] == (5 if "5" in "".join(args) else 10)


def test_dash_words_keep_options_and_their_errors(runner: CliRunner, built: Path) -> None:
    timeline = run(runner, "timeline", "police", "-spikes", "--by", "year", "--index-dir", str(built), "--json")
    assert json.loads(timeline.stdout)["periods"] == [{"period": "2020", "count": 2, "articles": 2}]
    typo = run(runner, "query", "police", "-spikes", "--limt", "3", "--index-dir", str(built))
    assert typo.exit_code == 2 and "No such option '--limt'" in typo.stderr
    assert "query [OPTIONS] [WORDS]..." in run(runner, "query", "police", "-h").stdout


def test_a_dash_before_one_letter_is_an_option_and_an_unknown_one_is_refused(runner: CliRunner, built: Path) -> None:
    # query's -n typed to timeline had searched police and "100" without n: nothing found, and no word why
    wrong = run(runner, "timeline", "police", "-n", "100", "--index-dir", str(built))
    assert (wrong.exit_code, wrong.stderr) == (
        2, "Error: No such option '-n' (an option of query and similar, not of timeline). (see: cli timeline --help)\n")
    quoted = run(runner, "timeline", "police", "--index-dir", str(built), "--json", "--", "-n")
    assert json.loads(quoted.stdout)["query"] == "police -n"


@pytest.mark.parametrize(("args", "option"), [
    (("query", "police", "-n"), "-n"),
    (("query", "police", "-spikes", "--since"), "--since"),
    (("query", "police", "--index-dir"), "--index-dir"),
    (("timeline", "police", "--by"), "--by"),
])
def test_an_option_left_without_its_value_after_the_words_says_so(runner: CliRunner, args: tuple[str, ...],
                                                                  option: str) -> None:
    # The "--" put before the words had been taken as its value: "'--' is not a valid integer range".
    result = run(runner, *args)
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: Option '{option}' requires an argument.")


@pytest.mark.parametrize(("args", "said"), [
    (("query", "police", "-n", "abc"), "Invalid value for '-n' / '--limit': 'abc' is not a valid integer."),
    (("query", "police", "--snippet-chars", "1e3"), "Invalid value for '--snippet-chars': '1e3' is not a valid integer."),
    (("index", "corpus", "--wait", "abc"), "Invalid value for '--wait': 'abc' is not a valid number of seconds."),
    (("index", "corpus", "--workers", "two"), "Invalid value for '--workers': 'two' is not a valid integer."),
])
def test_a_number_option_given_no_number_says_a_number_is_wanted(runner: CliRunner, args: tuple[str, ...],
                                                                 said: str) -> None:
    # Click's own words had been "'abc' is not a valid integer range" ("float range" for --wait): no such thing
    result = run(runner, *args)
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: {said} (see: ")


def test_a_query_of_exclusions_alone_finds_every_other_article(runner: CliRunner, built: Path) -> None:
    # As Elasticsearch reads it: "-spikes" is every article without spikes.
    result = run(runner, "query", "-spikes", "--index-dir", str(built), "--csv")
    assert result.exit_code == 0
    assert sorted(line.split(",")[0] for line in result.stdout.splitlines()[1:]) == sorted(
        ["000_952a12dfe0af93bf.txt", "002_a53b20ab34f5de83.txt"])
    assert run(runner, "query", "-police", "NOT", "auckland", "--index-dir", str(built)).exit_code == 1


def test_no_index_in_the_default_folder(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSSEARCH_INDEX", raising=False)
    result = run(runner, "query", "police")
    assert result.exit_code == 2
    assert result.stderr == ("Error: no index in ./index/ (run `newssearch index CORPUS` to build one from a "
                             "folder of articles, or point to an index with --index-dir DIR or $NEWSSEARCH_INDEX)\n")


def test_no_index_in_the_folder_the_variable_names_says_it_named_it(runner: CliRunner, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # a variable set in a profile long ago: "no index in ./old-index/" had not said where that folder came from
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSSEARCH_INDEX", "old-index")
    result = run(runner, "query", "police")
    assert result.exit_code == 2
    assert result.stderr == ("Error: no index in ./old-index/, the folder $NEWSSEARCH_INDEX names (run `newssearch index "
                             "CORPUS` to build one from a folder of articles, or point to an index with --index-dir DIR "
                             "or $NEWSSEARCH_INDEX)\n")
    with pytest.raises(IndexNotFound, match=r"^no index in \./old-index/, the folder \$NEWSSEARCH_INDEX names \("):
        open_index()
    elsewhere = run(runner, "query", "police", "--index-dir", "other")  # given: no word of the variable
    assert elsewhere.stderr.startswith("Error: no index in ./other/ (run ")


def test_a_long_query_is_cut_in_the_header(runner: CliRunner, built: Path) -> None:
    text = "police " + "shooting " * 40
    result = run(runner, "query", text.strip(), "--match", "any", "--index-dir", str(built))
    header = result.stdout.splitlines()[0]
    assert "police shooting" in header and "…'" in header and len(header) < 120


def test_the_report_names_the_types_of_the_files_it_ignored(tmp_path: Path, corpus: Path) -> None:
    for name in ("a.jpg", "b.jpg", "c.css", "d.JPG", "README", "e.psd", "f.ai", "g.svg"):
        (corpus / name).write_bytes(b"x")
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "index")])
    assert "  8 files of unsupported types ignored (.jpg 3, (no ending) 1, .ai 1, .css 1, .psd 1, …)" in result.output
    assert "    a.jpg" not in result.output
    verbose = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "index"), "--verbose"])
    listed = verbose.output.split("ignored (", 1)[1].splitlines()[1:9]
    assert listed == [f"    {name}" for name in ("README", "a.jpg", "b.jpg", "c.css", "d.JPG", "e.psd", "f.ai", "g.svg")]


@pytest.mark.parametrize(("typed", "echoed"), [
    ('"Blair\'s" zzqx', '\'"Blair\'s" zzqx\''),   # no backslash before the apostrophe
    ("Blair's zzqx", '"Blair\'s zzqx"'),
    ("a\\b zzqx", "'a\\b zzqx'"),                 # one backslash, as typed
])
def test_a_query_is_echoed_as_typed(runner: CliRunner, built: Path, typed: str, echoed: str) -> None:
    result = runner.invoke(cli, ["query", typed, "--index-dir", str(built)])
    assert f"No articles match {echoed}." in result.stderr, result.stderr


@pytest.mark.parametrize(("typed", "echoed"), [
    ("armed\x01offenders", "'armed offenders'"),   # the search splits at a control character: so does the header
    ("armed\x7foffenders", "'armed offenders'"),
    ("armed\x81offenders", "'armed offenders'"),   # a C1 control too
])
def test_a_control_character_is_echoed_as_the_space_it_is_searched_as(runner: CliRunner, built: Path, typed: str,
                                                                       echoed: str) -> None:
    # 'armed\x01offenders' had been echoed 'armedoffenders', a word never searched
    result = run(runner, "query", typed, "--index-dir", str(built))
    assert result.stdout.startswith(f"1 result for {echoed}"), result.output


def test_index_dir_before_the_command_is_the_commands(runner: CliRunner, corpus: Path, tmp_path: Path,
                                                      monkeypatch) -> None:
    # `newssearch --index-dir X query …` had been "No such option"; the command's own option still wins.
    index_dir = tmp_path / "elsewhere"
    monkeypatch.setenv("NEWSSEARCH_INDEX", str(tmp_path / "from-env"))
    assert run(runner, "--index-dir", str(index_dir), "index", str(corpus)).exit_code == 0
    assert (index_dir / "manifest.json").exists() or any(index_dir.iterdir())
    found = run(runner, "--index-dir", str(index_dir), "query", "armed", "offenders")
    assert found.stdout.startswith("1 result for 'armed offenders'")
    own = run(runner, "--index-dir", str(tmp_path / "nowhere"), "stats", "--index-dir", str(index_dir))
    assert own.exit_code == 0
    empty = run(runner, "--index-dir", "", "stats")
    assert empty.exit_code == 2 and "'--index-dir': it is empty" in empty.stderr


def test_index_is_another_name_for_index_dir(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    # `--index DIR`, the name a user types first, had been "No such option: --index"
    index_dir = tmp_path / "named"
    assert run(runner, "index", str(corpus), "--index", str(index_dir)).exit_code == 0
    found = run(runner, "query", "armed", "offenders", "--index", str(index_dir))
    assert found.stdout.startswith("1 result for 'armed offenders'")
    before = run(runner, "--index", str(index_dir), "stats")
    assert before.exit_code == 0 and before.stdout.startswith(f"index:     {index_dir}\n")


FEATURES = Path(__file__).parent / "fixtures" / "features"


@pytest.mark.parametrize("typed", ["police kiwi", "Update: police"])
def test_the_match_any_hint_follows_the_no_match_line(runner: CliRunner, index_dir: Path, typed: str) -> None:
    """The hint after the line it explains; a pasted "Label: headline" colon is no field, so the hint is given."""
    run(runner, "index", str(FEATURES), "--index-dir", str(index_dir))
    result = run(runner, "query", typed, "--index-dir", str(index_dir))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"No articles match '{typed}'.\n"
                             "Note: no article has all these words: --match any finds 6.\n")


def test_a_run_of_dashes_is_an_unknown_option_in_one_line_and_after_two_dashes_no_word(runner: CliRunner,
                                                                                          built: Path) -> None:
    # "---" is no option and no word; as an option, click's one line; after "--", a query of no word, or nothing
    for args in (("query", "---"), ("query", "police", "---")):
        result = runner.invoke(cli, [*args, "--index-dir", str(built)], prog_name="newssearch")
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == "Error: No such option '---'. (see: newssearch query --help)\n"
    alone = runner.invoke(cli, ["query", "--index-dir", str(built), "--", "---"])
    assert (alone.exit_code, alone.stdout) == (2, "")
    assert alone.stderr == ("Error: nothing to search for in '---' (only letters and digits are indexed, not symbols "
                            "or emoji)\n")
    beside = runner.invoke(cli, ["query", "--index-dir", str(built), "--csv", "--", "police", "---"])
    assert (beside.exit_code, beside.stderr) == (0, "")
    assert beside.stdout == runner.invoke(cli, ["query", "police", "--index-dir", str(built), "--csv"]).stdout


@pytest.mark.parametrize("command", ["show", "similar"])
def test_an_id_starting_with_a_dash_is_told_to_go_after_two_dashes(runner: CliRunner, built: Path,
                                                                   command: str) -> None:
    result = runner.invoke(cli, [command, "-draft.txt", "--index-dir", str(built)], prog_name="newssearch")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: No such option '-d'. An id that starts with '-' goes after --: newssearch "
                             f"{command} -- -draft.txt (see: newssearch {command} --help)\n")
    assert runner.invoke(cli, ["show", "-q", "--index-dir", str(built)], prog_name="newssearch").stderr == \
        "Error: No such option '-q' (an option of index, not of show). (see: newssearch show --help)\n"


def test_help_says_what_color_marks_and_the_words_since_takes(runner: CliRunner) -> None:
    show = " ".join(run(runner, "show", "--help").stdout.split())
    assert "Colour on the screen: the title bold, the names of its fields in cyan (auto: on a terminal," in show
    query = " ".join(run(runner, "query", "--help").stdout.split())
    assert "Colour on the screen: matched words marked, titles bold (auto: on a terminal," in query
    assert "today, yesterday, or back from today: 7d, 2w, 6m, 1y, 3 days ago)" in query


def test_help_writes_a_whole_number_of_seconds_as_typed(runner: CliRunner) -> None:
    # it had shown "[default: 30.0; x>=0]"
    assert "[default: 30; x>=0]" in " ".join(run(runner, "index", "--help").stdout.split())


@pytest.mark.parametrize("first", [True, False])
def test_ctrl_c_in_an_index_run_says_whether_an_index_is_there(runner: CliRunner, corpus: Path, index_dir: Path,
                                                                monkeypatch, first: bool) -> None:
    """A first build stopped had said "the index is as it was before it" of an index that never was."""
    from newssearch import indexer

    if not first:
        run(runner, "index", str(corpus), "--index-dir", str(index_dir))

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(indexer, "build_index", stopped)
    result = run(runner, "index", str(corpus), "--index-dir", str(index_dir), "--rebuild")
    kept = "it made no index." if first else "the index is as it was before it."
    assert (result.exit_code, result.stdout) == (130, "")
    # no blank line first: stderr is no terminal, which a ^C was echoed on (a log had got an empty line)
    assert result.stderr == f"Interrupted. Nothing of this run was kept (a run commits at its end): {kept}\n"


@pytest.mark.parametrize(("signum", "code", "ending"), [
    (None, 130, "\nInterrupted."),  # after the ^C the terminal echoed, the progress shown up to then kept
    # no ^C: the progress line cleared, as a run's end clears it ("\r\033[K", its escape dropped off a terminal)
    (signal.SIGTERM, 143, "\rTerminated."),
])
def test_an_index_run_stopped_on_a_terminal_ends_its_progress_line(runner: CliRunner, corpus: Path, index_dir: Path,
                                                                    monkeypatch, signum: int | None, code: int,
                                                                    ending: str) -> None:
    # "Terminated." had been written on the progress line: "Starting to read 3 files…Terminated. Nothing …"
    from newssearch import indexer
    from newssearch.cli import app, commands
    from newssearch.cli.unwinding import Terminated

    def stopped(*args, progress, **kwargs):
        progress(0, 3, "a.txt")
        raise KeyboardInterrupt if signum is None else Terminated(signum)

    monkeypatch.setattr(indexer, "build_index", stopped)
    monkeypatch.setattr(app, "stderr_is_terminal", lambda: True)
    monkeypatch.setattr(commands, "stderr_is_terminal", lambda: True)
    monkeypatch.setenv("TERM", "xterm")  # not dumb: the line cleared by the escape
    result = run(runner, "index", str(corpus), "--index-dir", str(index_dir))
    assert (result.exit_code, result.stdout, result.stderr) == (
        code, "", f"\rStarting to read 3 files…{ending} Nothing of this run was kept (a run commits at its end): "
                  "it made no index.\n")


@pytest.mark.parametrize(("signum", "code", "said"), [(None, 130, "Interrupted."),
                                                      (signal.SIGTERM, 143, "Terminated."),
                                                      (signal.SIGHUP, 129, "Hangup.")])
@pytest.mark.parametrize("terminal", [False, True])
def test_a_stopped_search_says_so_in_one_line_a_newline_first_only_after_a_ctrl_c_on_a_terminal(
        runner: CliRunner, built: Path, monkeypatch, signum: int | None, code: int, said: str,
        terminal: bool) -> None:
    """click had written an empty line first, whatever stopped the command and wherever stderr went: into a log
    (`2>> cron.log`), and after a SIGTERM, which echoes no ^C, on a terminal too."""
    from newssearch import searcher
    from newssearch.cli import app
    from newssearch.cli.unwinding import Terminated

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt if signum is None else Terminated(signum)

    monkeypatch.setattr(searcher.NewsIndex, "search", stopped)
    monkeypatch.setattr(app, "stderr_is_terminal", lambda: terminal)
    result = run(runner, "query", "police", "--index-dir", str(built))
    newline = "\n" if terminal and signum is None else ""  # to end the line the terminal echoed ^C on
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", f"{newline}{said}\n")


@pytest.mark.parametrize(("typed", "said"), [
    ("police --since 2020", "Error: --since is an option, not words to search: 'police --since 2020' (type it after "
                            "the query, outside its quotes: police --since 2020)\n"),
    ('"armed offenders" --limit 5', "Error: --limit is an option, not words to search: '\"armed offenders\" --limit 5' "
                                    "(type it after the query, outside its quotes: '\"armed offenders\"' --limit 5)\n"),
    ("police --match=any", "Error: --match is an option, not words to search: 'police --match=any' (type it after the "
                           "query, outside its quotes: police --match=any)\n"),
    ("police since:2020", "Error: no field 'since' in 'since:2020' (did you mean --since 2020, an option, or "
                          "date:>=2020, published on or after it? fields: "),
])
def test_an_option_typed_inside_the_query_is_refused_saying_where_it_goes(features_index, typed: str, said: str) -> None:
    # the whole command quoted: "police --since 2020" had searched police and 2020 (NOT since, a stop word, dropped),
    # "police --limit 5" police and 5 but not limit, silently; since:2020 had been offered site:
    out = CliRunner().invoke(cli, ["query", typed, "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith(said), out.stderr
    quoted = CliRunner().invoke(cli, ["query", 'police "--since"', "--index-dir", str(features_index)])
    assert quoted.exit_code == 1  # in quotes, words: none found


def test_the_report_and_the_stats_print_a_path_on_its_one_line() -> None:
    # A corpus or an index folder named with a newline or an escape had printed them raw: a line forged, the screen
    # cleared, while every skipped file's path was made safe
    from newssearch.indexlines import report_lines, stats_lines
    from newssearch.indexreport import IndexReport
    from newssearch.results import IndexStats

    report = IndexReport("/news\nForged: line", "/ix\x1b[2J", moved_from="/old\nnews")
    assert report_lines(report)[:2] == ["Indexed /news Forged: line into /ix[2J in 0.00s",
                                        "  the corpus moved from /old news to /news Forged: line: updated in place"]
    stats = IndexStats("/ix\x1b[2J", "/news\nForged: line", documents=1, files=1, fields=["title"], size_bytes=1,
                       updated="")
    assert stats_lines(stats)[:2] == ["index:     /ix[2J", "corpus:    /news Forged: line"]


def _corpus_with_skips(folder: Path) -> Path:
    """An article, two empty files, a binary one, and an export with two records that do not read."""
    folder.mkdir()
    (folder / "good.txt").write_text("Date: 2020-06-01\n\nOil\n\nOil rose sharply today.\n")
    (folder / "empty.txt").write_text("")
    (folder / "blank.md").write_text("\n\n  \n")
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00\xff")
    (folder / "ex.jsonl").write_text('{"title": "A", "body": "Oil rose."}\n{"title": "B"}\n{broken\n')
    return folder


def test_stats_counts_the_files_and_records_the_last_update_skipped(runner: CliRunner, tmp_path: Path) -> None:
    # a user checking an archive had no word from stats of the files `index` skips, binary, empty or unreadable
    corpus, index_dir = _corpus_with_skips(tmp_path / "c"), tmp_path / "ix"
    assert run(runner, "index", str(corpus), "--index-dir", str(index_dir)).exit_code == 0
    screen = run(runner, "stats", "--index-dir", str(index_dir))
    assert (screen.exit_code, screen.stderr) == (0, "")
    assert screen.stdout.splitlines()[4] == (
        "skipped:   3 files, 2 records (empty file 2, binary file 1, no body text 1, invalid JSON 1); "
        "links, pipes and folders an update could not follow are not counted: "
        f"`newssearch index {corpus} --index-dir {index_dir} -v` lists every skip")  # (test_stats_skips)
    data = json.loads(run(runner, "stats", "--index-dir", str(index_dir), "--json").stdout)
    assert data["skipped"] == {"files": 3, "records": 2, "partial": 0,
                               "reasons": {"empty file": 2, "binary file": 1, "no body text": 1, "invalid JSON": 1}}


def test_another_corpus_into_the_default_index_names_the_folder_as_other_messages_do(
        runner: CliRunner, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Error: index holds the index of …": the folder's bare name read as a word of the sentence
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSSEARCH_INDEX", raising=False)
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Ferry\n\nThe ferry sailed.\n")
    run(runner, "index", str(corpus))
    result = run(runner, "index", "other")
    assert result.exit_code == 2 and result.stderr.startswith(
        f"Error: ./index/ holds the index of {corpus.resolve()}, not {other.resolve()} (use --index-dir ")


def test_stats_says_a_reason_not_an_article_in_brief(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    # "(a README file, not an article 1, a SOURCE file, not an article 1)" of BBC News: counts after a comma's clause
    (corpus / "README.txt").write_text("This folder holds the articles.\n")
    (corpus / "SOURCE.md").write_text("Downloaded from the site.\n")
    run(runner, "index", str(corpus), "--index-dir", str(index_dir))
    assert run(runner, "stats", "--index-dir", str(index_dir)).stdout.splitlines()[4].startswith(
        "skipped:   2 files (a README file 1, a SOURCE file 1); ")
    data = json.loads(run(runner, "stats", "--index-dir", str(index_dir), "--json").stdout)
    assert data["skipped"]["reasons"] == {"a README file": 1, "a SOURCE file": 1}


def test_stats_says_when_nothing_was_skipped(runner: CliRunner, corpus: Path, index_dir: Path) -> None:
    run(runner, "index", str(corpus), "--index-dir", str(index_dir))
    assert run(runner, "stats", "--index-dir", str(index_dir)).stdout.splitlines()[4] == (
        "skipped:   none (links, pipes and folders an update could not follow are not counted)")
    data = json.loads(run(runner, "stats", "--index-dir", str(index_dir), "--json").stdout)
    assert data["skipped"] == {"files": 0, "records": 0, "partial": 0, "reasons": {}}


def test_stats_names_no_skips_of_an_update_made_since_the_handle_opened(tmp_path: Path) -> None:
    # the manifest's table is the newer update's: its skips are not the snapshot's, and are not said as if they were
    from newssearch import build_index
    from newssearch.indexlines import stats_lines

    corpus = _corpus_with_skips(tmp_path / "c")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        (corpus / "more.txt").write_text("")
        build_index(corpus, tmp_path / "ix")
        stats = idx.stats()
    assert (stats.skipped, stats.to_dict()["skipped"]) == (None, None)
    assert [line for line in stats_lines(stats) if line.startswith("skipped")] == []
    with open_index(tmp_path / "ix") as idx:
        assert idx.stats().skipped.files == 4  # type: ignore[union-attr]


def test_stats_counts_a_skip_by_its_reason_in_brief() -> None:
    from newssearch.indexstats import skip_tally
    from newssearch.results import SkipTally
    from newssearch.store import FileEntry

    kept = "line 2 (id b): no body text (kept: 1 article indexed before, which this record may be)"
    files = {"x.jsonl": FileEntry(0, 1, "", ["x.jsonl#a"], [], [["x.jsonl", kept]]),
             "p.pdf": FileEntry(0, 1, "", ["p.pdf"], [], [["p.pdf", "page 3 does not read (bad font); the other pages were read"]]),
             "all.jsonl": FileEntry(0, 1, "", [], [], [["all.jsonl", "line 1: no body text"], ["all.jsonl", "line 2: no body text"]]),
             "b.txt": FileEntry(0, 1, "", [], [], [["b.txt", "binary file (not text)"]]), "ok.txt": FileEntry(0, 1, "", ["ok.txt"])}
    assert skip_tally(files) == SkipTally(files=2, records=1, partial=1, reasons={
        "no body text": 3, "binary file": 1, "page N does not read": 1})


def test_stats_counts_skips_whose_brief_holds_a_number_as_one_reason() -> None:
    # "a list of 1,234 short lines 1, a list of 56 short lines 1": one reason split by each file's count
    from newssearch.indexstats import brief_reason, skip_tally
    from newssearch.store import FileEntry

    files = {name: FileEntry(0, 1, "", [], [], [[name, f"a list of {count} short lines, not an article"]])
             for name, count in (("a.txt", "1,234"), ("b.txt", "56"), ("c.txt", "7"))}
    files["w.warc"] = FileEntry(0, 1, "", [], [], [["w.warc", "no HTML pages among 12 records"]])
    files["p.pdf"] = FileEntry(0, 1, "", ["p.pdf"], [], [["p.pdf", "page 3 does not read (bad font); the other pages were read"]])
    assert skip_tally(files).reasons == {"a list of N short lines": 3, "no HTML pages among N records": 1,
                                         "page N does not read": 1}
    # a number inside a name is no count: kept as written
    assert brief_reason("not UTF-16 or ISO-8859-1 text", placed=False) == "not UTF-16 or ISO-8859-1 text"
