"""Speed of newssearch beside naive Whoosh, tantivy and SQLite FTS5, on the same machine, in one run.

Usage: python benchmarks/perf.py [--corpora ../shared/corpora] [--quick] [--no-peers] [--out benchmarks/out]

For Reuters-21578 (as .txt files, via ../shared/bench/prep_reuters.py) and BBC News it builds the
index with ``newssearch index`` and with each peer of ../shared/bench/peers.py (whole processes: wall
time and peak RSS), times the queries (reuters-queries.txt plus OWN_QUERIES) in-process with
snippets for the top 10 and through ``newssearch query`` (run from source, as an editable install does,
and as installed: a compiled copy of the package, as ``pip install .`` leaves it), re-indexes with nothing changed and with
1% of the files edited, then prints the figures with newssearch ÷ peer ratios and writes them to
benchmarks/results/perf-<date>.json. Peers: ``pip install -e .[bench]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

from benchlib import (
    NEWSSEARCH,
    OWN_QUERIES,
    REPO,
    SHARED,
    change_files,
    fresh_copy,
    installed_copy,
    prepare_reuters,
    run_timed,
    time_queries_cli,
    time_queries_in_process,
)

PEERS = ("whoosh", "tantivy", "fts5")
QUICK_LIMITS = {"reuters": 2000, "bbc": 500}
TARGETS = {  # Reuters, from issue 5
    "build ÷ naive whoosh": 0.4,
    "no-op re-index s": 2.0,
    "1% re-index ÷ build": 0.05,
    "1% re-index ÷ build, installed": 0.05,
    "query p50 ms": 10.0,
    "query p95 ms": 40.0,
    "cli p50 ms": 300.0,
    "cli p50 ms, installed": 300.0,
    "peak RSS MB": 300.0,
}


def main() -> None:
    """Run every measurement, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=SHARED / "corpora")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    parser.add_argument("--quick", action="store_true", help="2,000 Reuters and 500 BBC stories, fewer repeats")
    parser.add_argument("--no-peers", action="store_true", help="newssearch only")
    parser.add_argument("--repeats", type=int, default=None, help="runs of each query in-process (default 5)")
    args = parser.parse_args()
    repeats = args.repeats or (2 if args.quick else 5)
    args.out.mkdir(parents=True, exist_ok=True)
    sources = {
        "reuters": prepare_reuters(args.corpora, args.out, QUICK_LIMITS["reuters"] if args.quick else None),
        "bbc": args.corpora / "bbc-news" / "bbc",
    }
    queries = [q.strip() for q in open(SHARED / "bench" / "reuters-queries.txt") if q.strip()] + OWN_QUERIES
    results: dict[str, object] = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": _machine(),
                                  "quick": args.quick, "queries": queries, "corpora": {}}
    for name, source in sources.items():
        limit = QUICK_LIMITS[name] if args.quick and name == "bbc" else None
        print(f"== {name}", file=sys.stderr)
        results["corpora"][name] = bench_corpus(args.out / f"work-{name}", source, limit, queries,  # type: ignore[index]
                                                repeats, () if args.no_peers else PEERS)
    results["targets"] = check_targets(results["corpora"]["reuters"])  # type: ignore[index]
    print_table(results)
    _save(results, args.quick)


def bench_corpus(work: Path, source: Path, limit: int | None, queries: list[str], repeats: int,
                 peers: tuple[str, ...]) -> dict[str, object]:
    """All figures for one corpus: builds, queries, re-indexes; newssearch and each peer."""
    corpus = fresh_copy(source, work / "corpus", limit)
    query_file = work / "queries.txt"
    query_file.write_text("\n".join(queries) + "\n", encoding="utf-8")
    index_dir = work / "newssearch-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    ns: dict[str, object] = {}
    _log("newssearch index")
    build = run_timed([*NEWSSEARCH, "index", str(corpus), "--index-dir", str(index_dir), "--json"])
    ns["build"] = {**build.figures(), "documents": json.loads(build.stdout)["documents"] if not build.code else 0}
    _log("newssearch queries in-process")
    ns["query"] = time_queries_in_process(index_dir, queries, repeats)
    ns["query_mean_ms"] = round(statistics.mean(ns["query"]["per_query"].values()), 2)  # type: ignore[index]
    _log("newssearch query (CLI)")
    ns["cli"] = time_queries_cli(index_dir, queries, 1)
    _log("newssearch query (CLI, installed: compiled bytecode)")
    installed = installed_copy(work)
    ns["cli_installed"] = time_queries_cli(index_dir, queries, 1, installed)
    ns["noop"] = _reindex(corpus, index_dir)
    changed = change_files(corpus, 0.01)
    ns["changed_1pct"] = {**_reindex(corpus, index_dir), "files_changed": changed}
    ns["noop_installed"] = _reindex(corpus, index_dir, installed)
    changed = change_files(corpus, 0.01, offset=1)  # another 1%: the files next to those just changed
    ns["changed_1pct_installed"] = {**_reindex(corpus, index_dir, installed), "files_changed": changed}
    out: dict[str, object] = {"documents": ns["build"]["documents"], "newssearch": ns}  # type: ignore[index]
    fresh_copy(source, corpus, limit)  # the peers index what newssearch first indexed
    for engine in peers:
        out[engine] = bench_peer(engine, corpus, work / f"{engine}-index", query_file)
    return out


def _reindex(corpus: Path, index_dir: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    """Run ``newssearch index`` again (``env``: as installed, see ``installed_copy``); its time, memory and counts."""
    _log("newssearch re-index" + (" (installed)" if env else ""))
    command = [sys.executable, "-m", "newssearch"] if env else NEWSSEARCH
    run = run_timed([*command, "index", str(corpus), "--index-dir", str(index_dir), "--json"], env=env)
    report = json.loads(run.stdout) if not run.code else {}
    return {**run.figures(), **{k: report.get(k) for k in ("added", "updated", "deleted", "unchanged")}}


def bench_peer(engine: str, corpus: Path, index_dir: Path, query_file: Path) -> dict[str, object]:
    """Build and query one peer through peers.py, each as a whole process."""
    script = str(SHARED / "bench" / "peers.py")
    shutil.rmtree(index_dir, ignore_errors=True)
    _log(f"{engine} index")
    build = run_timed([sys.executable, script, engine, "index", str(corpus), str(index_dir)])
    _log(f"{engine} queries")
    query = run_timed([sys.executable, script, engine, "query", str(index_dir), str(query_file)])
    ms = None
    if not query.code and "ms/query" in query.stdout:
        ms = float(query.stdout.rsplit(",", 1)[1].split("ms/query")[0])
    return {"build": build.figures(), "query_mean_ms": ms, "query_output": query.stdout.strip()}


def check_targets(reuters: dict[str, object]) -> dict[str, dict[str, object]]:
    """Each Reuters target of issue 5 with the measured figure and whether it is met."""
    ns = reuters["newssearch"]
    build_s = ns["build"]["seconds"]  # type: ignore[index]
    whoosh = reuters.get("whoosh")
    figures = {
        "build ÷ naive whoosh": build_s / whoosh["build"]["seconds"] if whoosh else None,  # type: ignore[index]
        "no-op re-index s": ns["noop"]["seconds"],  # type: ignore[index]
        "1% re-index ÷ build": ns["changed_1pct"]["seconds"] / build_s,  # type: ignore[index]
        "1% re-index ÷ build, installed": ns["changed_1pct_installed"]["seconds"] / build_s,  # type: ignore[index]
        "query p50 ms": ns["query"]["p50"],  # type: ignore[index]
        "query p95 ms": ns["query"]["p95"],  # type: ignore[index]
        "cli p50 ms": ns["cli"]["p50"],  # type: ignore[index]
        "cli p50 ms, installed": ns["cli_installed"]["p50"],  # type: ignore[index]
        "peak RSS MB": ns["build"]["peak_mb"],  # type: ignore[index]
    }
    return {name: {"target": TARGETS[name], "measured": None if v is None else round(v, 3),
                   "met": None if v is None else v <= TARGETS[name]} for name, v in figures.items()}


def print_table(results: dict[str, object]) -> None:
    """The figures side by side, with newssearch ÷ peer ratios."""
    for name, data in results["corpora"].items():  # type: ignore[attr-defined]
        peers = [p for p in PEERS if p in data]
        print(f"\n{name}: {data['documents']} articles")
        header = f"{'':28}{'newssearch':>12}" + "".join(f"{p:>10}" for p in peers)
        print(header + "".join(f"{'÷' + p:>11}" for p in peers))
        ns = data["newssearch"]
        rows = [
            ("build s", ns["build"]["seconds"], lambda p, data=data: data[p]["build"]["seconds"]),
            ("build peak RSS MB", ns["build"]["peak_mb"], lambda p, data=data: data[p]["build"]["peak_mb"]),
            ("query mean ms (in-process)", ns["query_mean_ms"], lambda p, data=data: data[p]["query_mean_ms"]),
        ]
        for label, mine, theirs in rows:
            values = [theirs(p) for p in peers]
            line = f"{label:28}{mine:>12.2f}" + "".join(f"{v:>10.2f}" if v is not None else f"{'-':>10}" for v in values)
            print(line + "".join(f"{mine / v:>11.2f}" if v else f"{'-':>11}" for v in values))
        q, cli, installed = ns["query"], ns["cli"], ns["cli_installed"]
        print(f"{'query p50 / p95 ms':28}{q['p50']:>7.1f} / {q['p95']:.1f}   (in-process, snippets for the top 10)")
        print(f"{'newssearch query p50 / p95':28}{cli['p50']:>7.0f} / {cli['p95']:.0f} ms (end to end, from source)")
        print(f"{'  as installed (bytecode)':28}{installed['p50']:>7.0f} / {installed['p95']:.0f} ms")
        print(f"{'no-op re-index s':28}{ns['noop']['seconds']:>12.2f}")
        changed = ns["changed_1pct"]
        print(f"{'1% changed re-index s':28}{changed['seconds']:>12.2f}   ({changed['files_changed']} files, "
              f"{changed['updated']} updated; {changed['seconds'] / ns['build']['seconds']:.1%} of the build)")
        changed = ns["changed_1pct_installed"]
        print(f"{'  as installed: no-op / 1%':28}{ns['noop_installed']['seconds']:>7.2f} / {changed['seconds']:.2f} s  "
              f"({changed['seconds'] / ns['build']['seconds']:.1%} of the build)")
    print("\nTargets (Reuters):")
    for name, row in results["targets"].items():  # type: ignore[attr-defined]
        verdict = "n/a" if row["met"] is None else "met" if row["met"] else "NOT met"
        print(f"  {name:24} ≤ {row['target']:<8} measured {row['measured']}  {verdict}")


def _machine() -> dict[str, object]:
    """What the figures were measured on (the load shows how busy the machine was)."""
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "load_at_start": [round(x, 2) for x in os.getloadavg()]}


def _save(results: dict[str, object], quick: bool) -> None:
    """benchmarks/results/perf-<date>.json (a quick run goes to out/ only)."""
    folder = REPO / "benchmarks" / ("out" if quick else "results")
    folder.mkdir(parents=True, exist_ok=True)
    results["machine"]["load_at_end"] = [round(x, 2) for x in os.getloadavg()]  # type: ignore[index]
    path = folder / f"perf-{time.strftime('%Y-%m-%d')}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {path}", file=sys.stderr)


def _log(step: str) -> None:
    print(f"  {step}…", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
