"""Start-up of a plain query and of an update that changes nothing: modules they never use are not imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newssearch import build_index

QUERY_MODULES = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
result = CliRunner().invoke(cli, ["query", *sys.argv[2].split("|"), "--index-dir", sys.argv[1], "--color", "never"])
print(int(result.exit_code), sorted(m for m in sys.argv[3:] if m in sys.modules))
"""

UNUSED_BY_A_QUERY = ("bs4", "lxml", "lxml.etree", "newssearch.functionwords", "newssearch.feedback",
                     "newssearch.querytimeline", "newssearch.exportfolders")


def query_imports(index: Path, *args: str) -> str:
    """The exit code of ``newssearch query ARGS`` run in a fresh interpreter, and which of UNUSED_BY_A_QUERY it imported."""
    return subprocess.run([sys.executable, "-c", QUERY_MODULES, str(index), "|".join(args), *UNUSED_BY_A_QUERY],
                          capture_output=True, text=True, check=True).stdout


def storm_index(folder: Path) -> Path:
    """An index of one short story, a.txt, in ``folder``/index."""
    (folder / "corpus").mkdir()
    (folder / "corpus" / "a.txt").write_text("Storm hits the harbour\n\nThe storm hit the harbour.\n", encoding="utf-8")
    build_index(folder / "corpus", folder / "index")
    return folder / "index"


def test_a_plain_query_imports_no_reader_language_profiles_feedback_or_timeline(tmp_path: Path) -> None:
    # functionwords' language profiles (~4 ms to build) were imported for its word lists alone, feedback for
    # --match any alone, the timeline's modules for the timeline command alone; no reader, no HTML parser.
    index = storm_index(tmp_path)
    assert query_imports(index, "storm harbour") == "0 []\n"
    assert query_imports(index, "storm gale") == "1 []\n"  # nothing found: the notices and Did you mean too


def test_match_any_still_loads_feedback_where_it_ranks(tmp_path: Path) -> None:
    index = storm_index(tmp_path)
    assert query_imports(index, "storm harbour", "--match", "any") == (
        "0 ['newssearch.feedback', 'newssearch.functionwords']\n")


INDEX_MODULES = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
result = CliRunner().invoke(cli, ["index", sys.argv[1] + "/corpus", "--index-dir", sys.argv[1] + "/index"])
print(int(result.exit_code), "newssearch.exportfolders" in sys.modules)
"""


def test_an_update_that_changes_nothing_imports_no_export_readers(tmp_path: Path) -> None:
    # They read export folders' files together (an Omnivore record and its page): with nothing changed, none is read.
    storm_index(tmp_path)
    run = [sys.executable, "-c", INDEX_MODULES, str(tmp_path)]
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout == "0 False\n"
    (tmp_path / "corpus" / "b.txt").write_text("Gale hits the pier\n\nThe gale hit the pier.\n", encoding="utf-8")
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout == "0 True\n"


FOLDING_PATTERNS = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
from newssearch import folding
result = CliRunner().invoke(cli, ["query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"])
print(int(result.exit_code), folding.non_ascii_patterns.cache_info().currsize)
"""


def test_a_query_of_ascii_text_compiles_no_folding_pattern(tmp_path: Path) -> None:
    # Folding's patterns (the Han ideographs', some 2 ms to compile, the optional marks' and the special letters') are
    # for text that is not ASCII, which fold() returns as it is: a plain query's start-up had compiled them all
    index = storm_index(tmp_path)
    run = [sys.executable, "-c", FOLDING_PATTERNS, str(index)]
    assert subprocess.run([*run, "storm harbour"], capture_output=True, text=True, check=True).stdout == "0 0\n"
    assert subprocess.run([*run, "stórm"], capture_output=True, text=True, check=True).stdout == "0 1\n"


ONE_COMPILE = """
import importlib, re, sys
from newssearch.textanalysis import NAME_ANALYZER
from newssearch.tokenpatterns import NAME_PATTERN
pattern = NAME_ANALYZER.items[0].expression
print(pattern is getattr(importlib.import_module("newssearch." + sys.argv[1]), sys.argv[2])
      and pattern.finditer("x").__class__ is re.compile(NAME_PATTERN, re.UNICODE).finditer("x").__class__
      and pattern.search("x") is not None and sum(key[1] == NAME_PATTERN for key in re._cache) == 1)
"""


def _one_compile(module: str, name: str) -> str:
    """Whether ``module``'s pattern ``name`` is the name analyzer's compiled NAME_PATTERN, in a fresh interpreter."""
    return subprocess.run([sys.executable, "-c", ONE_COMPILE, module, name], capture_output=True, text=True,
                          check=True).stdout


def test_the_name_word_pattern_is_compiled_once_for_the_analyzer_and_the_spelling_of_names() -> None:
    # The name analyzer's tokenizer compiles NAME_PATTERN as Whoosh does (re.UNICODE); namespelling compiled it again
    # without the flag, another key of re's cache: its mark table compiled twice (some 1 ms of a query's start-up)
    # (in a fresh interpreter: a long test run fills re's cache, which then lets the entry go)
    assert _one_compile("namespelling", "_NAME_WORD") == "True\n"


def test_the_phrases_word_pattern_is_the_name_analyzer_s_compiled_pattern() -> None:
    # phrases compiled NAME_PATTERN's very text without re.UNICODE: a third compile of the mark table at start-up
    assert _one_compile("phrases", "_MARKED_WORD") == "True\n"


RE_CACHE = """
import re, sys
from click.testing import CliRunner
from newssearch.cli import cli
result = CliRunner().invoke(cli, ["query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"])
print(int(result.exit_code), len(re._cache))
"""


def test_a_plain_query_compiles_few_of_the_modules_regular_expressions(tmp_path: Path) -> None:
    # The modules a plain query imports had compiled some 320 regular expressions at import, 230 of them (some 35 ms)
    # never used by it (lucene's, querytext's, addresses', timefilter's...): those compile on first use (lazy_compile);
    # so do proximity's forms, fieldlists' separators, the amounts' and currency signs' patterns, which it never uses
    # (re's cache holds every pattern compiled, up to 512; a fresh interpreter's holds those of this one query)
    index = storm_index(tmp_path)
    exit_code, compiled = subprocess.run([sys.executable, "-c", RE_CACHE, str(index), "storm harbour"],
                                         capture_output=True, text=True, check=True).stdout.split()
    assert exit_code == "0"
    assert int(compiled) <= MOST_PATTERNS_COMPILED


MOST_PATTERNS_COMPILED = 150  # 136 as written (143 before the token pattern and the six of a date's time of day were compiled
# on first use alone; 153 with the query tagging's lookaheads); 220 before the last 73 module patterns were lazy, 399
# before lazy_compile


GETTEXT = """
import sys
sys.argv = ["newssearch", "query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"]
from newssearch.entry import main
try:
    main()
finally:
    sys.stderr.write(f"{'gettext' in sys.modules}\\n")
"""


def test_a_plain_query_imports_no_gettext_where_no_catalogue_can_be_found(tmp_path: Path) -> None:
    # click imports gettext for its messages' translations: the import compiles a pattern, the first call imports
    # locale and looks for catalogues file by file. With no default locale folder, none can be found: click's
    # messages are as written, gettext never imported (startup's stand-in answers while click is executed)
    if os.path.isdir(os.path.join(sys.base_prefix, "share", "locale")):
        pytest.skip("a default locale folder: gettext may find a catalogue, so it is imported as before")
    index = storm_index(tmp_path)
    run = subprocess.run([sys.executable, "-c", GETTEXT, str(index), "storm harbour"], capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (0, "False\n")
    run = subprocess.run([sys.executable, "-c", GETTEXT, str(index), "--nosuch"], capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (2, "Error: No such option '--nosuch'. (see: newssearch query --help)\nFalse\n")


def test_clicks_translations_go_through_gettext_where_it_may_find_a_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    # a default locale folder, or the real gettext imported (a program may have bound the domain to a folder of its
    # own): the stand-in calls the real gettext, as click's own import of it did
    import gettext

    from newssearch import startup

    monkeypatch.setattr(gettext, "gettext", lambda message: f"[{message}]")
    monkeypatch.setattr(gettext, "ngettext", lambda singular, plural, n: f"[{singular if n == 1 else plural}]")
    assert (startup.click_gettext("Aborted!"), startup.click_ngettext("an option", "options", 2)) == (
        "[Aborted!]", "[options]")
    monkeypatch.delitem(sys.modules, "gettext")
    monkeypatch.setattr(startup.os.path, "isdir", lambda folder: False)
    assert (startup.click_gettext("Aborted!"), startup.click_ngettext("an option", "options", 1)) == (
        "Aborted!", "an option")
    monkeypatch.setattr(startup.os.path, "isdir", lambda folder: folder == os.path.join(sys.base_prefix, "share", "locale"))
    assert startup.click_gettext("Aborted!") == "Aborted!"  # the real gettext's answer: it finds no catalogue here
    assert "gettext" in sys.modules


TOKEN_PATTERNS = """
import re, sys
from click.testing import CliRunner
from newssearch.cli import cli
from newssearch.tokenpatterns import TOKEN_PATTERN
result = CliRunner().invoke(cli, ["query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"])
print(int(result.exit_code), any(key[1] == TOKEN_PATTERN for key in re._cache))
"""


def test_a_query_of_no_c_plus_plus_or_c_sharp_compiles_no_full_token_pattern(tmp_path: Path) -> None:
    # TOKEN_RE (~4 ms to compile) differs from the plain token pattern only by its branch for C++ and C#: a text with
    # no "++" or "#" is tokenized by the plain one. The index's pickled schema had compiled it as it opened (the
    # tokenizer's pattern), and the query's text and snippets' passage ends had used it
    index = storm_index(tmp_path)
    run = [sys.executable, "-c", TOKEN_PATTERNS, str(index)]
    assert subprocess.run([*run, "storm harbour"], capture_output=True, text=True, check=True).stdout == "0 False\n"
    assert subprocess.run([*run, "storm c++"], capture_output=True, text=True, check=True).stdout == "1 True\n"


TIME_PATTERNS = """
import re, sys
from click.testing import CliRunner
from newssearch.cli import cli
from newssearch.documents import daytimes, isomoments
result = CliRunner().invoke(cli, ["query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"])
patterns = [daytimes._CLOCK, daytimes._ISO_TIME, daytimes._COMPACT, daytimes._RFC822, isomoments._SECONDS_FRACTION,
            isomoments._BASIC_OFFSET]
print(int(result.exit_code), sum(any(key[1] == pattern.pattern for key in re._cache) for pattern in patterns))
"""


def test_a_query_compiles_none_of_the_patterns_reading_a_date_s_time_of_day(tmp_path: Path) -> None:
    # a date's time of day is read as articles are indexed: a query imports the module for TimedDay alone, and its six
    # patterns (some 2 ms) had been compiled at import
    index = storm_index(tmp_path)
    run = [sys.executable, "-c", TIME_PATTERNS, str(index), "storm harbour"]
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout == "0 0\n"


COMMAND_LINE_MODULES = """
import io, runpy, sys
sys.argv = ["newssearch", "query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"]
sys.stdout = io.StringIO()
try:
    runpy.run_module("newssearch", run_name="__main__")
except SystemExit as done:
    sys.stdout = sys.__stdout__
    print(int(done.code or 0), sorted(m for m in ("tempfile", "shutil", "calendar") if m in sys.modules))
from whoosh.filedb import compound, filestore
from whoosh.util import times
import calendar, shutil, tempfile
print(compound.copyfileobj.__module__, filestore.tempfile.gettempdir() == tempfile.gettempdir(),
      times.calendar.monthrange(2024, 2) == (3, 29), hasattr(shutil, "rmtree") and hasattr(calendar, "month_name"))
"""


def test_a_query_on_the_command_line_imports_no_tempfile_shutil_or_calendar(tmp_path: Path) -> None:
    # Whoosh's compound files import shutil (with bz2 and lzma) to write one, its file storage tempfile for a temporary
    # folder, its times calendar for the days of a month: none a query uses (some 8 ms); the command line asks shutil
    # for the terminal's width only where it prints to one, a date only where a query has one. Each stays real.
    index = storm_index(tmp_path)
    run = [sys.executable, "-c", COMMAND_LINE_MODULES, str(index), "storm harbour"]
    assert subprocess.run(run, capture_output=True, text=True, check=True).stdout == "0 []\nnewssearch.startup True True True\n"


NAME_PATTERNS = """
import re, sys
from click.testing import CliRunner
from newssearch.cli import cli
from newssearch.tokenpatterns import NAME_PATTERN
result = CliRunner().invoke(cli, ["query", sys.argv[2], "--index-dir", sys.argv[1], "--color", "never"])
print(int(result.exit_code), any(key[1] == NAME_PATTERN for key in re._cache))
"""


def test_a_query_of_no_name_compiles_no_name_word_pattern(tmp_path: Path) -> None:
    # NAME_PATTERN's mark table (~1.2 ms to compile) was compiled at import for the name analyzer (and the index's
    # pickled schema, and the spelling of names and phrases' marked words) though a query of no name field uses none
    index = storm_index(tmp_path)
    run = [sys.executable, "-c", NAME_PATTERNS, str(index)]
    assert subprocess.run([*run, "storm harbour"], capture_output=True, text=True, check=True).stdout == "0 False\n"
    assert subprocess.run([*run, "author:storm"], capture_output=True, text=True, check=True).stdout == "1 True\n"
