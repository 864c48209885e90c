"""Shared pieces of the speed benchmarks: timed child processes, query timing, corpus preparation."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BIN = Path(sys.executable).parent
NEWSSEARCH = [str(BIN / "newssearch")] if (BIN / "newssearch").exists() else [sys.executable, "-m", "newssearch"]

# Our own queries beside reuters-queries.txt: phrases, a field, a negation, a typo, a rare word.
OWN_QUERIES = [
    '"oil prices"',
    '"interest rates" japan',
    '"trade deficit"',
    '"federal reserve" chairman',
    "opec output cut",
    "bank NOT japan",
    "title:coffee",
    "goverment spending",
    "tin",
    "cocoa crop ivory coast",
]


@dataclass
class Run:
    """One timed child process: wall seconds, peak RSS of its largest process (MB), exit code, stdout."""

    seconds: float
    peak_mb: float
    code: int
    stdout: str = ""

    def figures(self) -> dict[str, float]:
        """The numbers worth keeping."""
        data = asdict(self)
        data.pop("stdout")
        return data


def run_timed(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``cmd``; wall time and peak RSS of its largest process (worker processes included).

    The peak comes from GNU time when present: a child forked from this (large) benchmark process
    would otherwise count this process's pages in its high-water mark before its exec.
    """
    import tempfile

    with tempfile.NamedTemporaryFile("w+") as peak, tempfile.TemporaryFile("w+") as out, \
            tempfile.TemporaryFile("w+") as err:
        timer = ["/usr/bin/time", "-f", "%M", "-o", peak.name] if Path("/usr/bin/time").exists() else []
        started = time.perf_counter()
        proc = subprocess.Popen([*timer, *cmd], cwd=cwd, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        kb = float(peak.read().strip().splitlines()[-1]) if timer else float(usage.ru_maxrss)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if code > 1:  # newssearch exits 1 for "no results"
        sys.stderr.write(f"! {' '.join(cmd)} exited {code}: {stderr.strip()[-500:]}\n")
    return Run(round(seconds, 3), round(kb / 1024, 1), code, stdout)


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p95 of ``samples`` (milliseconds), rounded."""
    if not samples:
        return {"p50": float("nan"), "p95": float("nan")}
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2), "n": len(ordered)}


def time_queries_in_process(index_dir: Path, queries: list[str], repeats: int) -> dict[str, object]:
    """Open the index once; run each query ``repeats`` times with snippets for the top 10.

    p50/p95 are over every run; ``per_query`` keeps each query's median.
    """
    sys.path.insert(0, str(REPO / "src"))
    from newssearch import InvalidQuery, open_index

    samples: list[float] = []
    per_query: dict[str, float] = {}
    with open_index(index_dir) as idx:
        idx.search(queries[0], limit=10)  # first touch of the files, as any long-running searcher has had
        for query in queries:
            runs = []
            for _ in range(repeats):
                started = time.perf_counter()
                try:
                    result = idx.search(query, limit=10)
                    for hit in result.hits:
                        hit.snippet.plain()
                except InvalidQuery:
                    pass
                runs.append((time.perf_counter() - started) * 1000)
            samples.extend(runs)
            per_query[query] = round(statistics.median(runs), 2)
    return {**percentiles(samples), "per_query": per_query}


def time_queries_cli(index_dir: Path, queries: list[str], repeats: int,
                     env: dict[str, str] | None = None) -> dict[str, float]:
    """``newssearch query`` end to end, one process per query run (``env``: see ``installed_copy``)."""
    command = [sys.executable, "-m", "newssearch"] if env else NEWSSEARCH
    samples = []
    for _ in range(repeats):
        for query in queries:
            run = run_timed([*command, "query", "--index-dir", str(index_dir), "--color", "never", query], env=env)
            samples.append(run.seconds * 1000)
    return percentiles(samples)


def installed_copy(work: Path) -> dict[str, str]:
    """An environment that runs newssearch as ``pip install .`` leaves it: a copy of the package, compiled.

    pip compiles an installed package's bytecode (even under PYTHONDONTWRITEBYTECODE); an editable
    install, and this repo's ``src/``, have none when that variable is set, so every command compiles
    the modules it imports from source first.
    """
    import compileall

    target = work / "installed"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(REPO / "src" / "newssearch", target / "newssearch",
                    ignore=shutil.ignore_patterns("__pycache__"))
    if not compileall.compile_dir(target, quiet=1):
        raise RuntimeError(f"could not compile {target}")
    return {**os.environ, "PYTHONPATH": str(target)}


def prepare_reuters(corpora: Path, out: Path, limit: int | None) -> Path:
    """Reuters-21578 as one .txt per story (prep_reuters.py), made once per limit."""
    folder = out / (f"reuters-{limit}" if limit else "reuters")
    if folder.is_dir() and any(folder.iterdir()):
        return folder
    cmd = [sys.executable, str(SHARED / "bench" / "prep_reuters.py"), str(corpora), str(folder)]
    subprocess.run(cmd + ([str(limit)] if limit else []), check=True, capture_output=True)
    return folder


def fresh_copy(source: Path, target: Path, limit: int | None = None) -> Path:
    """A writable copy of the corpus files under ``source`` (the first ``limit`` .txt files, if given)."""
    shutil.rmtree(target, ignore_errors=True)
    if limit is None:
        shutil.copytree(source, target)
        return target
    for path in sorted(source.rglob("*.txt"))[:limit]:
        dest = target / path.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
    return target


def change_files(corpus: Path, share: float, offset: int = 0) -> int:
    """Edit ``share`` of the .txt files (appended sentence, new mtime), every n-th from ``offset``; return how many."""
    files = sorted(corpus.rglob("*.txt"))
    step = max(1, round(1 / share))
    changed = files[offset::step]
    for path in changed:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("\nThis report was updated with a correction.\n")
        os.utime(path, None)
    return len(changed)


def seed_range(text: str) -> list[int]:
    """The seeds of ``--seeds``: one ("7") or a range of them ("1-20")."""
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))
