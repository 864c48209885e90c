"""A seeded fuzz check of the readers, the indexer and the CLI on damaged and odd files.

Seeds (tests/fuzzseeds.py) are mutated: cut short, bytes flipped, NULs and control characters put in, a huge line,
deep nesting, the wrong ending, a wrong declared encoding, a byte order mark put before it, empty and odd records,
giant numbers, dates out of range, absurd titles and bylines, broken entity and character references. Hostile seeds
(external entities, entity and zip bombs, archive members named out of the archive, links) are among them, and no
article may hold /etc/passwd's text. Each
mutated file is read alone (a reader's exception other than UnreadableFile, or a read over ``SLOW`` seconds of CPU, is a
problem), then a folder of them is indexed (every file indexed or skipped with a reason; files are removed or swapped
for a folder or a pipe while the run reads) and searched through the CLI (exit code 0, 1 or 2, no traceback, no "unexpected" error).
benchmarks/fuzz.py runs many seeds; tests/test_fuzzcheck.py a few.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from click.testing import CliRunner, Result
from fuzzseeds import SECRET, all_seeds

from newssearch import build_index
from newssearch.cli import cli
from newssearch.documents import parse_file_bytes
from newssearch.errors import UnreadableFile

SLOW = 10.0  # seconds of CPU one file (of at most a few MB) or one command may use before it counts as a hang
SLOW_BUILD = 120.0  # seconds of CPU a folder of ``per_build`` files may use to index
Mutation = Callable[[random.Random, str, bytes], tuple[str, bytes]]


def _cut(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    return name, data[:rng.randrange(len(data) + 1)]


def _flip(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        if buf:
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    return name, bytes(buf)


def _insert(rng: random.Random, data: bytes, piece: bytes, times: int = 1) -> bytes:
    for _ in range(times):
        at = rng.randrange(len(data) + 1)
        data = data[:at] + piece + data[at:]
    return data


def _controls(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    pieces = [b"\x00", b"\x00" * 64, b"\x1b[31m", b"\x0c", b"\x7f", b"\xc2\x85", b"\xe2\x80\xa8", b"\xef\xbb\xbf",
              b"\xff\xfe", b"\r", b"\x1a", b"\xed\xa0\x80"]
    return name, _insert(rng, data, rng.choice(pieces), rng.randint(1, 8))


def _huge_line(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    unit = rng.choice([b"a", b"word ", b"<b>", b"\xc3\xa9", b"-", b" ", b"\t"])
    return name, _insert(rng, data, unit * (rng.randint(200_000, 2_000_000) // len(unit)))


def _nested(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    depth = rng.choice([1_000, 20_000, 200_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}"), (b"<div>", b"</div>"), (b"<b><i>", b""),
                                 (b"{\\rtf1 ", b"}"), (b"{", b"}"), (b"<p>", b"")])
    return name, _insert(rng, data, opener * depth + closer * (depth if rng.random() < 0.5 else 0))


_SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".csv", ".tsv", ".xml", ".rss", ".eml", ".mbox", ".pdf", ".docx",
             ".odt", ".rtf", ".md", ".ris", ".bib", ".sgm", ".story", ".summary", ".zip", ".tar", ".tar.gz", ".gz",
             ".bz2", ".xz", ".warc", ".warc.gz", ".wacz", ".mhtml", ".webarchive", ".nitf", ".msg", ".doc", ".7z"]


def _rename(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    return f"{name.split('.')[0]}{rng.choice(_SUFFIXES)}", data


def _encoding(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    wrong = rng.choice([b"utf-16", b"utf-32", b"bogus-9", b"cp1252", b"shift_jis", b"utf-7", b"x-mac-roman", b"",
                        b"utf-8\x00", b"iso-2022-jp", b"ebcdic-cp-us", b"\xff"])
    out = re.sub(rb"(?i)utf-8|iso-8859-1|ansicpg1252", wrong, data)
    if out == data:
        out = _insert(rng, data, b'<?xml version="1.0" encoding="' + wrong + b'"?><meta charset="' + wrong + b'">')
    return name, out


_ODD_VALUES = ["null", "[]", "{}", "0", "-1", "1e999", "9" * 5000, '""', "true", '[[[["x"]]]]', '{"a": {"b": []}}',
               '"\\ud800"', '"\\u0000"', "-0", "1.5e-400", '["2024-05-01", null]']


def _records(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    """Odd JSON: a record that is a list, number or null; duplicated keys; each field an odd value."""
    text = data.decode("utf-8", "replace")
    choice = rng.randrange(4)
    if choice == 0:
        return name, rng.choice(_ODD_VALUES).encode()
    if choice == 1:
        lines = text.splitlines() or [""]
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(_ODD_VALUES + ["", "   ", "\x00"]))
        return name, "\n".join(lines).encode()
    if choice == 2:
        return name, re.sub(r'"(\w+)":', lambda m: f'"{m[1]}": {rng.choice(_ODD_VALUES)}, "{m[1]}":', text, count=3).encode()
    return name, re.sub(r'(?<=": )("[^"]*"|\d+)', lambda m: rng.choice(_ODD_VALUES) if rng.random() < 0.5 else m[0],
                        text).encode()


_BAD_DATES = ["0000-00-00", "0000-01-01", "99999-12-31", "-0001-01-01", "1969-12-31T23:59:60Z", "2024-13-45",
              "-62135596800", "253402300800", "99999999999999999999", "Thu, 31 Feb 2024 25:61:00 +9999",
              "1e308", "NaN", "2024-05-01T10:00:00+99:99", "31-DEC-0000", "0", "-1", "20240501T999999Z"]


def _dates(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    pattern = rb"\d{4}-\d\d-\d\d(?:[T ][\d:]+Z?)?|\w{3}, \d\d \w{3} \d{4} [\d:]+ [+\w]+|\d\d-\w{3}-\d{4}[\d:. ]*|\d{8}T\d{6}Z"
    out = re.sub(pattern, lambda m: rng.choice(_BAD_DATES).encode(), data)
    return name, out if out != data else _insert(rng, data, f"\nDate: {rng.choice(_BAD_DATES)}\n".encode())


def _lengths(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    """An absurd title or byline: the headline or author's name repeated many thousand times."""
    word = rng.choice([b"Oil prices rise", b"Jane Doe", b"Example News"])
    long = (word + rng.choice([b" ", b", ", b"", b" and "])) * rng.choice([1_000, 50_000])
    return name, data.replace(word, long, 1) if word in data else _insert(rng, data, b"By " + long + b"\n")


def _empty(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    return name, rng.choice([b"", b" ", b"\n\n", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"{}", b"[]", b"<html></html>",
                             b"<rss></rss>", b"PK\x05\x06" + b"\x00" * 18, b"%PDF-1.4\n%%EOF", b"\x1f\x8b\x08"])


def _mark(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    """A byte order mark put before the file, as a tool that writes one does: UTF-8's, or a stray UTF-16 or UTF-32
    one before bytes in another encoding."""
    return name, rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf" * 2]) + data


# References an archivist's feeds and pages hold broken: a name nothing defines, numbers XML forbids (NUL, ESC, a
# lone surrogate, past U+10FFFF), a surrogate pair as tools writing UTF-16's units make an emoji, Windows-1252's
# numbers (&#146;), a name without its ";", an escape escaped twice, a bare "&".
_REFERENCES = [b"&bogus;", b"&a.b;", b"&#0;", b"&#27;", b"&#xD800;", b"&#xDE00;&#xD83D;", b"&#55357;&#56832;",
               b"&#146;", b"&#x110000;", b"&#99999999;", b"&#;", b"&#x;", b"&nbsp", b"&amp;amp;", b"&eacute;", b"&",
               b"&#xFFFE;", b"&#65"]


def _entities(rng: random.Random, name: str, data: bytes) -> tuple[str, bytes]:
    """Broken entity and character references put in, mostly where text is (after a ">"), as in a feed's items."""
    for _ in range(rng.randint(1, 20)):
        ends = [m.end() for m in re.finditer(rb">", data[:200_000])]
        at = rng.choice(ends) if ends and rng.random() < 0.8 else rng.randrange(len(data) + 1)
        data = data[:at] + rng.choice(_REFERENCES) + data[at:]
    return name, data


MUTATIONS: dict[str, Mutation] = {
    "cut": _cut, "flip": _flip, "controls": _controls, "huge_line": _huge_line, "nested": _nested,
    "rename": _rename, "encoding": _encoding, "records": _records, "dates": _dates, "lengths": _lengths,
    "empty": _empty, "mark": _mark, "entities": _entities,
}


@dataclass
class Problem:
    """One thing the fuzz found: where, which mutation, what happened."""

    where: str
    mutation: str
    what: str


@dataclass
class Tally:
    """What a fuzz run did and found."""

    files: int = 0
    builds: int = 0
    commands: int = 0
    problems: list[Problem] = field(default_factory=list)


class Hang(BaseException):
    """Raised by the timers when a step runs past its time (no Exception: the CLI's catch-all must not take it)."""


WAIT_FACTOR = 10  # a step that waits (a pipe read) rather than computes is a hang at this many times its time


# The exit codes of a command a signal stopped (Ctrl-C, SIGTERM, SIGHUP): the CLI turns the signal into one line and
# a code, which CliRunner hands back as a result; a checker's loop had gone on to its next command, unstoppable.
STOPPED = frozenset({130, 143, 129})


def invoke_stoppable(runner: CliRunner, args: list[str]) -> Result:
    """``runner.invoke(cli, args)``, a run a signal stopped raised as KeyboardInterrupt to stop the checker too."""
    result = runner.invoke(cli, args, catch_exceptions=True)
    if result.exit_code in STOPPED:
        raise KeyboardInterrupt(f"newssearch {' '.join(args[:1])} stopped ({result.exit_code})")
    return result


@contextmanager
def deadline(seconds: float, wait: float | None = None) -> Iterator[None]:
    """Raise Hang in the main thread when the block has used ``seconds`` of the process's CPU (SIGPROF), or has run
    ``wait`` seconds by the clock (SIGALRM: a wait uses no CPU; ``WAIT_FACTOR`` times ``seconds`` unless given);
    POSIX. The clock alone had told a read as a hang on a machine busy with other work (fuzz seed 919: 1.9 s of CPU,
    17 s by the clock)."""
    def computing(_signum: int, _frame: object) -> None:
        raise Hang(f"over {seconds:g} s of CPU")

    waits = seconds * WAIT_FACTOR if wait is None else wait

    def waiting(_signum: int, _frame: object) -> None:
        raise Hang(f"over {waits:g} s waiting")

    previous = signal.signal(signal.SIGPROF, computing), signal.signal(signal.SIGALRM, waiting)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, waits)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, previous[0])
        signal.signal(signal.SIGALRM, previous[1])


def mutate(rng: random.Random, seeds: list[tuple[str, bytes]], count: int) -> list[tuple[str, str, bytes]]:
    """``count`` mutated files: (mutation names, file name, bytes); one to three mutations each."""
    out = []
    for number in range(count):
        name, data = rng.choice(seeds)
        names = rng.sample(sorted(MUTATIONS), rng.choice([1, 1, 2, 3]))
        for mutation in names:
            name, data = MUTATIONS[mutation](rng, name, data)
        out.append(("+".join(names), f"{number:04d}-{name}", data))
    return out


def check_read(name: str, data: bytes, mutation: str, tally: Tally) -> None:
    """Read one mutated file alone: it gives articles, skips with reasons, or raises UnreadableFile (or RecursionError,
    which the readers' callers turn into a reason); nothing else."""
    tally.files += 1
    try:
        with deadline(SLOW):
            result = parse_file_bytes(data, name, name)
    except (UnreadableFile, RecursionError):  # corpusreads and archivefiles tell the latter "too deeply nested"
        return
    except Hang as exc:
        tally.problems.append(Problem(name, mutation, f"read hangs ({exc})"))
        return
    except Exception as exc:  # noqa: BLE001 - every other exception is what the fuzz looks for
        tally.problems.append(Problem(name, mutation, f"read raised {type(exc).__name__}: {str(exc)[:200]}"))
        return
    if not result.articles and not result.skipped and not result.ignored:
        tally.problems.append(Problem(name, mutation, "read gave nothing and said nothing"))
    if any(SECRET in f"{article.title} {article.body}" for article in result.articles):
        tally.problems.append(Problem(name, mutation, "read a file outside it (/etc/passwd's text in an article)"))


def _sabotage(corpus: Path, rng: random.Random) -> Callable[[int, int, str], None]:
    """A progress callback that, as the run reads, removes a file, puts a folder or a pipe in another's place."""
    victims = sorted(p for p in corpus.iterdir() if p.is_file())
    rng.shuffle(victims)
    plans = victims[:3]

    def progress(_done: int, _total: int, _path: str) -> None:
        if not plans:
            return
        victim = plans.pop()
        if not victim.exists():
            return
        victim.unlink()
        kind = rng.randrange(3)
        if kind == 1:
            victim.mkdir()
        elif kind == 2 and hasattr(os, "mkfifo"):
            os.mkfifo(victim)

    return progress


def check_build(corpus: Path, index_dir: Path, mutations: dict[str, str], rng: random.Random, tally: Tally) -> None:
    """Index ``corpus``: no exception, no hang, and every file still there indexed or skipped with a reason."""
    from newssearch.store import load_manifest

    tally.builds += 1
    try:
        with deadline(SLOW_BUILD):
            report = build_index(corpus, index_dir, rebuild=True, workers=1, progress=_sabotage(corpus, rng))
    except (Exception, Hang) as exc:  # noqa: BLE001 - the fuzz looks for any
        tally.problems.append(Problem(str(corpus), "build", f"build_index raised {type(exc).__name__}: {exc}"))
        return
    manifest = load_manifest(index_dir)
    indexed = set(manifest.files) if manifest is not None else set()
    told = {skip.path.split("#")[0] for skip in report.skipped} | set(report.ignored_files)
    for path in sorted(corpus.iterdir()):
        if path.is_file() and path.name not in indexed and path.name not in told:
            tally.problems.append(Problem(path.name, mutations.get(path.name, "?"), "neither indexed nor skipped"))
    for skip in report.skipped:
        if skip.reason.startswith("reader failed"):
            tally.problems.append(Problem(skip.path, mutations.get(skip.path.split("#")[0], "?"), skip.reason[:200]))


def _commands(index_dir: Path, ids: list[str], rng: random.Random) -> list[list[str]]:
    where = ["--index-dir", str(index_dir)]
    some = rng.sample(ids, min(3, len(ids))) or ["missing.txt"]
    queries = ["oil", "prices rise", '"oil prices"', "title:oil", "author:doe", "*", "date:2024", "oil NOT gas"]
    out = [["stats", "--json", *where]]
    out += [["query", rng.choice(queries), "--json", *where] for _ in range(2)]
    out += [["timeline", rng.choice(queries), "--json", *where], ["timeline", "oil", "--by", "week", "--json", *where]]
    out += [["show", article_id, "--json", *where] for article_id in some]
    out += [["similar", article_id, "--json", *where] for article_id in some[:2]]
    return out


def check_commands(index_dir: Path, rng: random.Random, tally: Tally) -> None:
    """Run query, show, similar, timeline and stats with --json on the index: exit 0, 1 or 2, never a traceback."""
    from newssearch.store import load_manifest

    manifest = load_manifest(index_dir)
    ids = sorted(i for entry in manifest.files.values() for i in entry.ids) if manifest is not None else []
    runner = CliRunner()
    for args in _commands(index_dir, ids, rng):
        tally.commands += 1
        try:
            with deadline(SLOW):
                result = invoke_stoppable(runner, args)
        except Hang as exc:
            tally.problems.append(Problem(" ".join(args[:2]), "cli", f"hangs ({exc})"))
            continue
        output = result.output + (result.stderr if result.stderr_bytes is not None else "")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            tally.problems.append(Problem(" ".join(args[:2]), "cli", f"raised {type(result.exception).__name__}: "
                                                                     f"{result.exception}"[:300]))
        elif result.exit_code not in (0, 1, 2) or "Traceback" in output or "Error: unexpected" in output:
            tally.problems.append(Problem(" ".join(args[:2]), "cli", f"exit {result.exit_code}: {output[-300:]}"))
        elif "--json" in args and result.exit_code == 0:
            json.loads(result.stdout)  # valid JSON on a success


def run(seed: int, files: int, folder: Path, per_build: int = 40, seeds: list[tuple[str, bytes]] | None = None) -> Tally:
    """Mutate ``files`` files from ``seed``, read each, index them ``per_build`` to a folder and query each index."""
    rng = random.Random(seed)
    tally = Tally()
    mutated = mutate(rng, seeds if seeds is not None else all_seeds(), files)
    for start in range(0, len(mutated), per_build):
        batch = mutated[start:start + per_build]
        corpus, index_dir = folder / f"corpus-{seed}-{start}", folder / f"index-{seed}-{start}"
        corpus.mkdir(parents=True)
        for mutation, name, data in batch:
            check_read(name, data, mutation, tally)
            (corpus / name).write_bytes(data)
        check_build(corpus, index_dir, {name: mutation for mutation, name, _ in batch}, rng, tally)
        check_commands(index_dir, rng, tally)
    return tally


def timed_run(seed: int, files: int, folder: Path) -> tuple[Tally, float, float]:
    """``run``, how long it took by the clock and how much CPU it used (a busy machine stretches the first only)."""
    started, cpu = time.perf_counter(), time.process_time()
    tally = run(seed, files, folder)
    return tally, time.perf_counter() - started, time.process_time() - cpu
