"""A/B of ``newssearch query`` end to end (two source trees), each tree compiled as ``pip install .`` leaves it, whole
processes alternated, CPU time of each.

Usage: python benchmarks/cli_ab.py OLD_SRC NEW_SRC --index-dir DIR [--rounds 30] [--query "oil prices"]...
       [--work benchmarks/out/cli-ab]

Each tree's package is copied into WORK and compiled (benchlib.installed_copy's way), so that neither run compiles
source. Both trees query the one index given (a change of the index's format needs query_ab.py, which indexes with
each tree). Each round runs every query once with each tree, the order swapped round by round, so that the load of
other work on the machine falls on both alike; a run's CPU time (user + system, from the OS's accounting of the
child) is its cost, wall time the machine's mood. Before timing, each query's output is compared: the script says
whether the trees print the same.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from benchlib import REPO


def installed(tree: Path, target: Path) -> dict[str, str]:
    """An environment running ``tree``'s package from a compiled copy at ``target``."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(tree / "newssearch", target / "newssearch", ignore=shutil.ignore_patterns("__pycache__"))
    if not compileall.compile_dir(target, quiet=1):
        raise RuntimeError(f"could not compile {target}")
    return {**os.environ, "PYTHONPATH": str(target)}


def run(env: dict[str, str], index: Path, query: str) -> tuple[float, str]:
    """One ``newssearch query`` process: its CPU ms and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "newssearch", "query", query, "--index-dir", str(index),
                           "--color", "never"], env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return cpu * 1000, f"{done.returncode}\n{done.stdout}{done.stderr}"


def main() -> None:
    """Compare the trees' outputs, then time them in alternated rounds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--query", action="append", help='a query to run (repeatable; default "oil prices")')
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out" / "cli-ab")
    args = parser.parse_args()
    queries = args.query or ["oil prices"]
    envs = {name: installed(tree.resolve(), args.work / name) for name, tree in (("old", args.old), ("new", args.new))}
    differing = [query for query in queries
                 if run(envs["old"], args.index_dir, query)[1] != run(envs["new"], args.index_dir, query)[1]]
    print(f"output of {len(queries)} queries: " + (f"{len(differing)} differ ({differing[0]!r} first)" if differing
                                                   else "identical"), flush=True)
    cpu: dict[str, list[float]] = {"old": [], "new": []}
    for at in range(args.rounds):
        for query in queries:
            for name in ("old", "new") if at % 2 == 0 else ("new", "old"):
                cpu[name].append(run(envs[name], args.index_dir, query)[0])
    for name, spent in cpu.items():
        fastest = sorted(spent)[:max(1, len(spent) // 6)]
        print(f"{name}: CPU mean {statistics.mean(spent):.0f} ms, median {statistics.median(spent):.0f}, "
              f"fastest sixth {statistics.mean(fastest):.0f}, sd {statistics.stdev(spent) if len(spent) > 1 else 0:.0f}"
              f" ({len(spent)} runs)")


if __name__ == "__main__":
    main()
