"""Output safety: HTML output escapes article text; the terminal never receives control characters from it."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.cli.streams import fit_encoding
from newssearch.formatting import safe, safe_body
from newssearch.snippets import make_snippet

UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
EVIL = "\x1b[2J\x1b]0;pwned\x07\u202e\x9b31m\r"
HOSTILE_JSON = {
    "title": f"<script>alert('t')</script> Zqhostile {EVIL}title",
    "body": f"Opening <script>alert(1)</script> zqhostile <b onmouseover=x>bold</b> & {EVIL} more\ttext.\n\n"
            "Second paragraph about zqhostile <img src=x onerror=alert(2)>.",
    "author": f"Eve {EVIL}Hacker",
    "source": f"Evil{EVIL} News",
    "url": f"https://example.com/{EVIL}",
}
BAD_NAME = "evil\x1b[31m\nname\u202e.txt"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.json").write_text(json.dumps(HOSTILE_JSON), encoding="utf-8")
    (corpus / "script.txt").write_text(f"<script>alert('t')</script> Zqscript {EVIL}title\n\n"
                                       f"Opening <script>alert(1)</script> zqscript <b>bold</b> & {EVIL} text.\n",
                                       encoding="utf-8")
    (corpus / BAD_NAME).write_text("Zqname in a file named badly\n\nzqname body text.\n", encoding="utf-8")
    (corpus / "broken\x1b[31m\n.json").write_text("{not json", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def run(index_dir: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir)])


def assert_terminal_safe(text: str) -> None:
    assert not UNSAFE.search(text), repr(UNSAFE.search(text))


def test_snippet_html_escapes_article_text() -> None:
    body = "Before <script>alert(1)</script> the zqword & <b>after</b> \"quoted\" 'single'"
    snippet = make_snippet(body, lambda w: w.lower(), {"zqword", "script"}.__contains__)
    html = snippet.html()
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;<mark>script</mark>&gt;" in html and "<mark>zqword</mark> &amp;" in html
    assert "&quot;quoted&quot;" in html
    assert re.sub(r"</?mark>", "", html).count("<") == 0


def test_json_snippet_html_of_a_hostile_article_is_escaped(hostile: Path) -> None:
    result = run(hostile, "query", "zqscript OR zqhostile", "--json")
    assert result.exit_code == 0, result.stderr
    hits = {hit["id"]: hit for hit in json.loads(result.stdout)["hits"]}
    for hit in hits.values():
        assert "<script" not in hit["snippet_html"] and "<img" not in hit["snippet_html"]
        assert "<b>" not in hit["snippet_html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hits["script.txt"]["snippet_html"]
    assert hits["script.txt"]["title"].startswith("<script>")  # JSON keeps the data; escaping is HTML's job
    assert_terminal_safe(result.stdout)                 # but DEL/C1/bidi characters are \u-escaped


@pytest.mark.parametrize("color", ["never", "always"])
def test_query_output_holds_no_control_characters(hostile: Path, color: str) -> None:
    result = run(hostile, "query", "zqhostile OR zqname", "--color", color)
    assert result.exit_code == 0, result.stderr
    text = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout) if color == "always" else result.stdout
    assert_terminal_safe(text)
    assert "Evil News" in text and "Eve Hacker" not in text or "Eve" in text
    assert any(line.startswith("     evil%1B[31m%0Aname%E2%80%AE.txt") for line in text.splitlines()), text


def test_show_output_holds_no_control_characters(hostile: Path) -> None:
    with open_index(hostile) as idx:
        article_id = idx.search("zqhostile").hits[0].id
    for shown in (article_id, "script.txt"):
        result = run(hostile, "show", shown, "--color", "never")
        assert result.exit_code == 0, result.stderr
        assert_terminal_safe(result.stdout)
    assert "<script>alert(1)</script>" in result.stdout   # text, shown as text
    named = run(hostile, "show", BAD_NAME, "--color", "never")
    assert named.exit_code == 0 and named.stdout.splitlines()[1] == "id: evil%1B[31m%0Aname%E2%80%AE.txt"


def test_index_report_holds_no_control_characters(hostile: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["index", str(tmp_path / "corpus"), "--index-dir", str(hostile), "--verbose",
                                      "--rebuild"])
    assert result.exit_code == 0, result.stderr
    assert_terminal_safe(result.stdout)
    assert "    broken%1B[31m%0A.json: invalid JSON" in result.stdout


def test_error_lines_that_echo_user_input_hold_no_control_characters(hostile: Path) -> None:
    for args in (["show", "no\x1b[31msuch\nid\u202e"], ["query", "zq", "--since", "20\x1b[2J20"],
                 ["query", "\x1b\x07\u202e\x9b"], ["query", "zq", "--sort", "da\x1bte"]):
        result = run(hostile, *args)
        assert result.exit_code == 2, (args, result.stdout)
        assert_terminal_safe(result.stderr)
        assert result.stderr.splitlines()[-1].startswith("Error: ")
    missing = CliRunner().invoke(cli, ["index", "/nonexistent/\x1b[31mcorpus\n", "--index-dir", str(hostile)])
    assert missing.exit_code == 2 and missing.stderr.count("\n") == 1
    assert_terminal_safe(missing.stderr)


@pytest.mark.parametrize("text", ["airport\x0cterminal", "airport\x0bterminal", "airport\x85terminal",
                                  "airport\u2028terminal", "airport\u2029terminal", "airport\r\nterminal", "airport\x1eterminal"])
def test_a_break_between_words_stays_a_space(text: str) -> None:
    # A form feed or NEL had been removed as a control character, joining the words on screen ("airportterminal")
    # where the index and the snippets read two.
    assert safe(text) == "airport terminal"
    assert safe_body(text) == ("airport terminal" if "\n" not in text else "airport \nterminal")


def test_safe_strips_controls_and_joins_lines() -> None:
    assert safe("a\x1b[31mb\nc\td\u202ee\x9b\x00") == "a[31mb c de"
    assert safe(None) == ""


class _Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_a_terminal_of_another_encoding_shows_what_it_cannot_print_as_a_question_mark(encoding: str) -> None:
    # A snippet's "…" had ended every query in a Latin-1 terminal with "Error: unexpected UnicodeEncodeError".
    screen = _Terminal(io.BytesIO(), encoding=encoding)
    fit_encoding(screen)
    screen.write("Māori … é \udcff.txt")
    screen.flush()
    expected = "M?ori ? é ".encode(encoding, "replace") + b"\xff.txt"
    assert screen.buffer.getvalue() == expected  # type: ignore[attr-defined]


def test_a_file_or_pipe_gets_utf8_whatever_the_locale() -> None:
    piped = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    fit_encoding(piped)
    piped.write('{"title": "Māori …"}')
    piped.flush()
    assert json.loads(piped.buffer.getvalue().decode("utf-8")) == {"title": "Māori …"}  # type: ignore[attr-defined]


@pytest.mark.parametrize("args", [("query", "police"), ("query", "--help"), ("--help",), ("help", "syntax")])
def test_a_reader_that_went_away_is_no_error(built: Path, args: tuple[str, ...]) -> None:
    # `newssearch query police | true`: click's main() had exited 1 ("no hits") on the closed pipe itself.
    import os
    import subprocess
    import sys

    import newssearch

    read, write = os.pipe()
    os.close(read)  # closed before a byte is written: every write fails with EPIPE
    env = {**os.environ, "PYTHONPATH": str(Path(newssearch.__file__).parents[1]), "NEWSSEARCH_INDEX": str(built)}
    try:
        result = subprocess.run([sys.executable, "-m", "newssearch", *args], stdout=write, stderr=subprocess.PIPE,
                                env=env, timeout=60)
    finally:
        os.close(write)
    assert (result.returncode, result.stderr.decode()) == (0, "")


EVERY_PRINTING = [("show", "000_952a12dfe0af93bf.txt"), ("timeline", "police"), ("similar", "000_952a12dfe0af93bf.txt"),
                  ("stats",), ("index", "-v"), ("query", "police", "--json")]


@pytest.mark.parametrize("args", EVERY_PRINTING)
def test_every_printing_command_stops_quietly_when_its_reader_went_away_or_stdout_is_closed(
        built: Path, args: tuple[str, ...]) -> None:
    # `newssearch show … | head -0` and `newssearch stats >&-`: as ripgrep, exit 0 with nothing on stderr (no
    # traceback, no "Broken pipe"); git and head die of SIGPIPE, which a script reads as a failure (141)
    import os
    import subprocess
    import sys

    import newssearch

    env = {**os.environ, "PYTHONPATH": str(Path(newssearch.__file__).parents[1]), "NEWSSEARCH_INDEX": str(built)}
    corpus = [str(built.parent / "corpus")] if args[0] == "index" else []  # not "Updating the index of …" on stderr
    command = [sys.executable, "-m", "newssearch", *args, *corpus]
    read, write = os.pipe()
    os.close(read)  # the reader gone before a byte is written: every write fails with EPIPE
    try:
        gone = subprocess.run(command, stdout=write, stderr=subprocess.PIPE, env=env, timeout=60)
    finally:
        os.close(write)
    closed = subprocess.run(command, capture_output=True, env=env, timeout=60, preexec_fn=lambda: os.close(1))
    assert [(gone.returncode, gone.stderr), (closed.returncode, closed.stderr)] == [(0, b""), (0, b"")]


def test_a_stream_the_shell_closed_is_written_nowhere(built: Path) -> None:
    # `newssearch query police >&-` had said "Error: unexpected AttributeError: 'NoneType' object has no attribute
    # 'isatty'" (Python's sys.stdout is None then), and `newssearch query police 2>&- | true` exited 1; as print()
    # does, and as for `> /dev/null`, what would go there goes nowhere.
    import os
    import subprocess
    import sys

    import newssearch

    env = {**os.environ, "PYTHONPATH": str(Path(newssearch.__file__).parents[1]), "NEWSSEARCH_INDEX": str(built)}
    command = [sys.executable, "-m", "newssearch", "query", "police"]
    result = subprocess.run(command, capture_output=True, env=env, timeout=60,
                            preexec_fn=lambda: os.close(1))
    assert (result.returncode, result.stderr) == (0, b"")
    read, write = os.pipe()
    os.close(read)  # the reader gone, as `| true` leaves it
    try:
        result = subprocess.run(command, stdout=write, env=env, timeout=60,
                                preexec_fn=lambda: os.close(2))
    finally:
        os.close(write)
    assert result.returncode == 0


@pytest.mark.parametrize("args", [("query", "police \udcff", "--json"), ("timeline", "police \udcff", "--json"),
                                  ("query", "police \udcff~", "--json")])
def test_json_of_a_query_typed_with_a_byte_that_is_not_utf8_is_utf8(built: Path, args: tuple[str, ...]) -> None:
    # `newssearch query $'police \xff' --json` had echoed the byte in "query" (stdout prints such bytes as they are,
    # for a folder's name): JSON no UTF-8 reader takes. It is U+FFFD, as the query was read.
    result = run(built, *args)
    assert result.exit_code in (0, 1), result.stderr
    assert json.loads(result.stdout_bytes.decode("utf-8"))["query"] == args[1].replace("\udcff", "\ufffd")


class _FullDisk(io.StringIO):
    """A stdout on a full disk (``> /dev/full``): every write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


class _FullDiskRunner(CliRunner):
    """CliRunner whose command writes its results to ``_FullDisk``; stderr is captured as usual."""

    @contextlib.contextmanager
    def isolation(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        with super().isolation(*args, **kwargs) as streams:
            captured, sys.stdout = sys.stdout, _FullDisk()
            try:
                yield streams
            finally:
                sys.stdout = captured


@pytest.mark.parametrize("args", [("query", "police"), ("query", "police", "--json"), ("show", "--help")])
def test_output_that_cannot_be_written_is_one_line_error(built: Path, args: tuple[str, ...]) -> None:
    # `newssearch query oil > /dev/full` had said "Error: unexpected OSError: [Errno 28] No space left on device
    # (set NEWSSEARCH_DEBUG=1 for details)".
    result = _FullDiskRunner().invoke(cli, [*args, "--index-dir", str(built)])
    assert (result.exit_code, result.stderr) == (2, "Error: cannot write the results: no space left on device\n")
