"""A/B of perf.py's in-process queries (two source trees), each query handed to both in turn, and their outputs compared.

Usage: python benchmarks/query_ab.py OLD_SRC NEW_SRC [--rounds 4] [--repeats 5] [--work benchmarks/out/query-ab]
       [--queries FILE]

Reuters-21578 is prepared as perf.py prepares it and indexed once by each tree (so a tree that changes the index's
format or schema is compared too). Each tree runs in a worker process of its own with its index open, as
``benchlib.time_queries_in_process`` runs it: a query ``--repeats`` times,
snippets read for its top 10. The queries (reuters-queries.txt and OWN_QUERIES) are handed to one worker, then the
other, the order swapped query by query and round by round, so that the load of other work on the machine falls on
both alike (runs of whole processes, old then new, had differed by more than the change measured). Each round prints
benchlib's figures for both (mean and p50 over every run, wall and CPU), then their medians; the first round holds
each query's first run, the rest none. Before timing, every query's hits (ids, scores, title marks) and snippets are
written by both and compared: the script says whether they are byte-identical, and names each query whose differ.
``--queries``: a file of queries (one a line) asked instead of those.
Does not run perf.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from benchlib import OWN_QUERIES, REPO, SHARED, prepare_reuters

WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from newssearch import InvalidQuery, open_index

def hits(idx, query):
    try:
        result = idx.search(query, limit=10)
    except InvalidQuery as error:
        return [f"invalid: {error}"]
    return [f"{result.total}"] + [repr((hit.id, hit.score, hit.title_marks, hit.snippet, hit.snippet.html()))
                                  for hit in result.hits]

with open_index(sys.argv[2]) as idx:
    idx.search("oil prices", limit=10)  # first touch of the files
    print("ready", flush=True)
    for line in sys.stdin:
        query, repeats = json.loads(line)
        if repeats == 0:
            print(json.dumps(hits(idx, query)), flush=True)
            continue
        wall, cpu = [], []
        for _ in range(repeats):
            started, used = time.perf_counter(), time.process_time()
            try:
                for hit in idx.search(query, limit=10).hits:
                    hit.snippet.plain()
            except InvalidQuery:
                pass
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
        print(json.dumps([wall, cpu]), flush=True)
"""


def ask(worker: subprocess.Popen[str], query: str, repeats: int) -> list:  # type: ignore[type-arg]
    """One query handed to a worker: its runs' wall and CPU ms, or (``repeats`` 0) its hits as text."""
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(json.dumps([query, repeats]) + "\n")
    worker.stdin.flush()
    return json.loads(worker.stdout.readline())


def figures(wall: list[float], cpu: list[float]) -> tuple[float, float, float, float]:
    """Mean and p50 of every run, wall and CPU (ms)."""
    return statistics.mean(wall), statistics.median(wall), statistics.mean(cpu), statistics.median(cpu)


def main() -> None:
    """Index once, compare the trees' outputs, then time them in alternated rounds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--corpora", type=Path, default=SHARED / "corpora")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out" / "query-ab")
    parser.add_argument("--queries", type=Path, help="a file of queries, one a line, asked instead of perf.py's")
    args = parser.parse_args()
    trees = {"old": args.old, "new": args.new}
    corpus = prepare_reuters(args.corpora, REPO / "benchmarks" / "out", None)
    for name, tree in trees.items():  # each tree its own index: a change of the index's format or schema is read
        index = args.work / f"index-{name}"
        if not index.exists():
            subprocess.run([sys.executable, "-m", "newssearch", "index", str(corpus), "--index-dir", str(index)],
                           env={**os.environ, "PYTHONPATH": str(tree.resolve())}, check=True, stdout=subprocess.DEVNULL)
    queries = ([q.strip() for q in open(args.queries, encoding="utf-8") if q.strip()] if args.queries else
               [q.strip() for q in open(SHARED / "bench" / "reuters-queries.txt") if q.strip()] + OWN_QUERIES)
    workers = {name: subprocess.Popen([sys.executable, "-c", WORKER, str(tree.resolve()), str(args.work / f"index-{name}")],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
               for name, tree in trees.items()}
    for worker in workers.values():
        assert worker.stdout is not None and worker.stdout.readline().startswith("ready")
    differing = [query for query in queries if ask(workers["old"], query, 0) != ask(workers["new"], query, 0)]
    print(f"hits and snippets of {len(queries)} queries: " + (f"{len(differing)} differ ({differing[0]!r} first)" if differing
                                                              else "byte-identical"), flush=True)
    for query in differing[1:]:
        print(f"  {query!r} differs too", flush=True)
    rounds: dict[str, list[tuple[float, float, float, float]]] = {"old": [], "new": []}
    for at in range(args.rounds):
        runs: dict[str, tuple[list[float], list[float]]] = {"old": ([], []), "new": ([], [])}
        for i, query in enumerate(queries):
            for name in ("old", "new") if (at + i) % 2 == 0 else ("new", "old"):
                wall, cpu = ask(workers[name], query, args.repeats)
                runs[name][0].extend(wall)
                runs[name][1].extend(cpu)
        for name, (wall, cpu) in runs.items():
            rounds[name].append(figures(wall, cpu))
            print(f"round {at + 1} {name}: mean %.2f p50 %.2f ms, CPU mean %.2f p50 %.2f ms" % rounds[name][-1], flush=True)
    for name, found in rounds.items():
        print(f"{name}, median of {args.rounds} rounds: mean %.2f p50 %.2f ms, CPU mean %.2f p50 %.2f ms"
              % tuple(statistics.median(column) for column in zip(*found)))
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()


if __name__ == "__main__":
    main()
