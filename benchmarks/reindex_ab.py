"""A/B of perf.py's "1% re-index" (two source trees, runs alternated), each run from the same state.

Usage: python benchmarks/reindex_ab.py OLD_SRC NEW_SRC [--pairs 8] [--installed] [--work benchmarks/out/reindex-ab]

Reuters-21578 is prepared as perf.py prepares it and indexed once by OLD_SRC's newssearch (the index as first
built: the segments of a build, as perf.py's is when it edits 1%). Before each timed run the index is put back as it
was built and the corpus as it was: the files the last run edited are cut back to their size and given their old
modification time, and the manifest is told their new change time, so no other file reads as changed. Then 1% of
the files (every 100th, as ``benchlib.change_files``) get a line appended and ``newssearch index --json`` runs:
old, new, new, old, … Each run's wall time and CPU (the process and its children) are printed, then medians and
the paired difference. ``--installed`` runs compiled copies of both trees (``benchlib.installed_copy``'s way);
without it, the trees' sources with no bytecode written (PYTHONDONTWRITEBYTECODE), as perf.py's "from source".
Does not run perf.py; the machine's load is printed beside each run.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchlib import REPO, SHARED, prepare_reuters

LINE = "\nThis report was updated with a correction.\n"  # benchlib.change_files's
MANIFEST_CTIMES = """
import json, sys
from pathlib import Path
from newssearch import store
manifest = store.load_manifest(Path(sys.argv[1]))
for rel, ctime in json.loads(sys.argv[2]).items():
    manifest.files[rel].ctime_ns = ctime
store.save_manifest(Path(sys.argv[1]), manifest)
"""


def main() -> None:
    """Prepare once, then time the alternated runs."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--pairs", type=int, default=8)
    parser.add_argument("--installed", action="store_true", help="compiled copies of both trees")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out" / "reindex-ab")
    args = parser.parse_args()
    envs = {name: _env(src.resolve(), args.work / f"installed-{name}", args.installed)
            for name, src in (("old", args.old), ("new", args.new))}
    corpus, built = _prepare(args.work, envs["old"])
    runs: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
    for n in range(args.pairs):
        for name in ("old", "new") if n % 2 == 0 else ("new", "old"):
            index = _restore(corpus, built, args.work / "index", envs["old"])
            changed = _change(corpus)
            wall, cpu, report = _timed(corpus, index, envs[name])
            if report.get("updated") != changed:
                sys.exit(f"{name}: {changed} files edited, {report.get('updated')} updated")
            runs[name].append((wall, cpu))
            print(f"{n} {name:3} wall {wall:6.0f} ms  cpu {cpu:5.0f} ms  (load {os.getloadavg()[0]:.1f})", flush=True)
    _summary(runs)


def _env(src: Path, target: Path, installed: bool) -> dict[str, str]:
    """The environment that runs ``src``'s newssearch: a compiled copy of it, or its source without bytecode."""
    if not installed:
        return {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(src / "newssearch", target / "newssearch", ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(target, quiet=1)
    return {**os.environ, "PYTHONPATH": str(target)}


def _prepare(work: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """The corpus (with a pristine copy beside it) and its index as first built, made once."""
    corpus, pristine, built = work / "corpus", work / "pristine", work / "built"
    if not (built / "newssearch.json").exists():
        for folder in (corpus, pristine, built):
            shutil.rmtree(folder, ignore_errors=True)
        source = prepare_reuters(SHARED / "corpora", REPO / "benchmarks" / "out", None)
        shutil.copytree(source, pristine)
        shutil.copytree(pristine, corpus)
        subprocess.run([sys.executable, "-m", "newssearch", "index", str(corpus), "--index-dir", str(built), "--json"],
                       env=env, check=True, capture_output=True)
    return corpus, built


def _restore(corpus: Path, built: Path, index: Path, env: dict[str, str]) -> Path:
    """The index as built, the corpus as it was (see the module's docstring); the index folder."""
    shutil.rmtree(index, ignore_errors=True)
    shutil.copytree(built, index)
    pristine, ctimes = corpus.parent / "pristine", {}
    for path in corpus.glob("*.txt"):
        was, now = (pristine / path.name).stat(), path.stat()
        if (now.st_size, now.st_mtime_ns) != (was.st_size, was.st_mtime_ns):
            os.truncate(path, was.st_size)
            os.utime(path, ns=(was.st_atime_ns, was.st_mtime_ns))
            ctimes[path.name] = path.stat().st_ctime_ns
    subprocess.run([sys.executable, "-c", MANIFEST_CTIMES, str(index), json.dumps(ctimes)], env=env, check=True)
    return index


def _change(corpus: Path) -> int:
    """Append a line to every 100th file (``benchlib.change_files(corpus, 0.01)``); how many."""
    files = sorted(corpus.glob("*.txt"))[::100]
    for path in files:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(LINE)
        os.utime(path, None)
    return len(files)


def _timed(corpus: Path, index: Path, env: dict[str, str]) -> tuple[float, float, dict[str, object]]:
    """One ``newssearch index --json`` run: wall ms, CPU ms of it and its children, its report."""
    before, started = os.times(), time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "newssearch", "index", str(corpus), "--index-dir", str(index), "--json"],
                         env=env, capture_output=True, text=True)
    wall, after = (time.perf_counter() - started) * 1000, os.times()
    if run.returncode:
        sys.exit(run.stderr[-2000:])
    cpu = (after.children_user - before.children_user + after.children_system - before.children_system) * 1000
    return wall, cpu, json.loads(run.stdout)


def _summary(runs: dict[str, list[tuple[float, float]]]) -> None:
    """Medians of each side and the paired differences (new − old, pair by pair)."""
    for name, rows in runs.items():
        print(f"{name}: wall median {statistics.median(r[0] for r in rows):.0f} ms, "
              f"cpu median {statistics.median(r[1] for r in rows):.0f} ms")
    for label, k in (("wall", 0), ("cpu", 1)):
        diffs = [new[k] - old[k] for old, new in zip(runs["old"], runs["new"])]
        print(f"new − old, {label}: median {statistics.median(diffs):+.0f} ms, mean {statistics.mean(diffs):+.0f} ms")


if __name__ == "__main__":
    main()
