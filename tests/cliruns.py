"""Commands of the query-side check (tests/querycli.py) run through the CLI on one index, and whether each ended
cleanly: exit 0, 1 or 2, no traceback, no "unexpected" error, no hang, a one-line "Error:" for an error, no Python
words (``NoneType``, an object's repr) in a message; the screen's and JSON's hits read back."""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from fuzzcheck import Hang, deadline, invoke_stoppable

SLOW = 5.0  # seconds of CPU one command may use on the small index before it counts as slow (a hang at four times that)
LIMIT_ALL = "100000"  # hits per page that lists every hit of the small index


@dataclass
class Problem:
    """One thing found: the command line, and what was wrong."""

    args: list[str]
    what: str

    def __str__(self) -> str:
        shown = (repr(a) if len(a) <= 120 else f"{a[:100]!r}… ({len(a):,} characters)" for a in self.args)
        return f"{' '.join(shown)}: {self.what}"


@dataclass
class Tally:
    """What a run did and found."""

    queries: int = 0
    commands: int = 0
    checked: int = 0  # queries with hits, on which the invariants were checked
    problems: list[Problem] = field(default_factory=list)


# Python's words in a message meant for a user.
_LEAKS = re.compile(r"Traceback|NoneType|object at 0x|Error: unexpected|unexpected error|Error: \w+Error\b|\b(?:KeyError|TypeError|"
                    r"AttributeError|IndexError|UnicodeEncodeError|OverflowError|RecursionError)\b|whoosh\.|<class ")


@dataclass
class Outcome:
    """A command's exit code and output."""

    code: int
    stdout: str
    stderr: str


class _SystemRunner(CliRunner):
    """CliRunner with stdout as main() makes it: a byte typed that is not UTF-8 printed as that byte, not an
    encoding error of the test's stream."""

    @contextmanager
    def isolation(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        with super().isolation(*args, **kwargs) as streams:
            sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
            yield streams


class Runner:
    """Runs commands on one index and keeps the problems they show."""

    def __init__(self, index_dir: Path, tally: Tally, slow: float = SLOW) -> None:
        self.where = ["--index-dir", str(index_dir)]
        self.tally = tally
        self.runner = _SystemRunner()
        self.slow = slow

    def problem(self, args: list[str], what: str) -> None:
        """Record a problem."""
        self.tally.problems.append(Problem(args, what))

    def run(self, args: list[str]) -> Outcome | None:
        """Run ``newssearch ARGS``; None (and a problem) when it failed uncleanly."""
        self.tally.commands += 1
        args = [args[0], *self.where, *args[1:]] if args[0] != "help" else args
        started, cpu = time.perf_counter(), time.process_time()
        try:
            with deadline(self.slow * 4):
                result = invoke_stoppable(self.runner, args)
        except Hang as exc:
            self.problem(args, f"hangs ({exc})")
            return None
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        if cpu > self.slow:  # the CPU it used: by the clock, a busy machine had made ten commands a seed slow
            self.problem(args, f"slow: {cpu:.1f} s of CPU ({seconds:.1f} s by the clock)")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            self.problem(args, f"raised {type(result.exception).__name__}: {result.exception}"[:300])
            return None
        outcome = Outcome(result.exit_code, result.stdout, result.stderr)
        if any(f"--{name}" in args for name in ("json", "jsonl", "csv")):
            try:  # data for another program: UTF-8 (the screen may echo a byte typed as that byte, as ls does)
                result.stdout_bytes.decode("utf-8")
            except UnicodeDecodeError as exc:
                self.problem(args, f"output is not UTF-8: {exc}")
                return None
        what = unclean(outcome)
        if what:
            self.problem(args, what)
            return None
        return outcome


def unclean(outcome: Outcome) -> str:
    """What is wrong with how a command ended ('' when nothing is)."""
    if outcome.code not in (0, 1, 2):
        return f"exit {outcome.code}: {outcome.stderr[-300:]}"
    leak = _LEAKS.search(outcome.stderr) or (_LEAKS.search(outcome.stdout) if outcome.code == 2 else None)
    if leak:
        return f"exit {outcome.code}, {leak.group(0)!r} in: {outcome.stderr[-300:]}"
    lines = outcome.stderr.splitlines()
    if outcome.code == 2 and (len(lines) != 1 or not lines[0].startswith("Error: ")):
        return f"exit 2 without one 'Error:' line: {outcome.stderr[-300:]!r}"
    if outcome.code == 1 and not (outcome.stderr.strip() or outcome.stdout.strip()):
        return "exit 1 saying nothing"
    if outcome.code == 2 and outcome.stdout:
        return f"exit 2 with output: {outcome.stdout[:200]!r}"
    return ""


# The id line under a hit's title on the screen: the id, then authors, the score (none for a query of filters alone)
# and copies, joined by " · ".
_SCREEN_HIT = re.compile(r"^ {0,2}\d+\. .*\n {5}(.+?)(?: · .*)?$", re.MULTILINE)
_SCREEN_TOTAL = re.compile(r"^([\d,]+) (?:results?|stor(?:y|ies) \([\d,]+ articles?\)) for ", re.MULTILINE)


def screen_hits(stdout: str) -> tuple[int | None, list[str]]:
    """The total and the ids the screen lists."""
    total = _SCREEN_TOTAL.search(stdout)
    return (int(total.group(1).replace(",", "")) if total else None), _SCREEN_HIT.findall(stdout)


def parse_json(text: str) -> object:
    """JSON as a strict reader takes it: NaN and Infinity are no JSON."""
    def refuse(constant: str) -> object:
        raise ValueError(f"{constant} is no JSON")
    return json.loads(text, parse_constant=refuse)


def hit_ids(r: Runner, query: str, *options: str) -> tuple[int, list[str]] | None:
    """The total and every id a query finds (None when it is refused or fails)."""
    outcome = r.run(["query", query, "--json", "--limit", LIMIT_ALL, *options])
    if outcome is None or outcome.code == 2:
        return None
    data = parse_json(outcome.stdout)
    assert isinstance(data, dict)
    return data["total"], [hit["id"] for hit in data["hits"]]



def without(options: list[str], names: tuple[str, ...]) -> list[str]:
    """``options`` less the named ones and their values."""
    out: list[str] = []
    skip = False
    for option in options:
        if skip:
            skip = False
        elif option in names:
            skip = True
        else:
            out.append(option)
    return out



def all_hits(r: Runner, query: str, options: list[str]) -> list[dict[str, Any]] | None:
    """Every hit of a query as JSON (None when refused or failed)."""
    outcome = r.run(["query", query, "--json", "--limit", LIMIT_ALL, *options])
    if outcome is None or outcome.code == 2:
        return None
    data = parse_json(outcome.stdout)
    assert isinstance(data, dict)
    return list(data["hits"])



def last_value(options: list[str], name: str) -> str | None:
    """The last value given to option ``name``."""
    values = [options[i + 1] for i, option in enumerate(options[:-1]) if option == name]
    return values[-1] if values else None

