"""Ranking quality on the TIME test collection: newssearch beside its peers, in the same run.

Usage: python benchmarks/time_eval.py [CORPORA_DIR] [--json OUT] [--no-peers]

Indexes ``time/docs.jsonl`` through ``newssearch.build_index``, runs ``queries.tsv`` as natural-language
``match="any"`` queries (top 100), and prints MAP, nDCG@10, P@10 and R@100 on queries 1-41 (the half
newssearch is tuned on), 42-83 (held out) and all 83, beside the peers of ../shared/bench/time_peers.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import ir_measures
from ir_measures import AP, P, R, nDCG

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

MEASURES = [AP, nDCG @ 10, P @ 10, R @ 100]
HALVES: dict[str, Callable[[int], bool]] = {
    "1-41": lambda q: q <= 41,
    "42-83": lambda q: q >= 42,
    "all": lambda q: True,
}
Run = list[ir_measures.ScoredDoc]


def load_collection(root: Path) -> tuple[dict[str, str], list[ir_measures.Qrel]]:
    """Queries by id and the relevance judgements."""
    queries = dict(line.rstrip("\n").split("\t", 1) for line in open(root / "queries.tsv", encoding="utf-8"))
    qrels = [ir_measures.Qrel(q, d, int(r)) for q, d, r in (line.split() for line in open(root / "qrels.tsv"))]
    return queries, qrels


def newssearch_run(root: Path, queries: dict[str, str], **search_options: object) -> Run:
    """Index docs.jsonl with newssearch in a temporary folder and run every query."""
    import newssearch

    work = Path(tempfile.mkdtemp(prefix="time-eval-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        shutil.copy(root / "docs.jsonl", corpus / "docs.jsonl")
        newssearch.build_index(corpus, work / "index", rebuild=True)
        return search_all(work / "index", queries, **search_options)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def search_all(index_dir: Path, queries: dict[str, str], **search_options: object) -> Run:
    """Run every query against an existing index; ids lose their ``docs.jsonl#`` prefix."""
    import newssearch

    options = {"match": "any", "limit": 100, **search_options}
    run: Run = []
    with newssearch.open_index(index_dir) as idx:
        for qid, text in queries.items():
            for hit in idx.search(text, **options).hits:  # type: ignore[arg-type]
                run.append(ir_measures.ScoredDoc(qid, hit.id.split("#", 1)[-1], hit.score))
    return run


def peer_runs(corpora: Path) -> dict[str, Callable[[], Run]]:
    """The peers of time_peers.py, loaded from its own source without running its report loop."""
    script = corpora.parent / "bench" / "time_peers.py"
    source = script.read_text(encoding="utf-8").split("\nfor name, fn in", 1)[0]
    namespace: dict[str, object] = {"__name__": "time_peers", "__file__": str(script)}
    saved = sys.argv
    sys.argv = [str(script), str(corpora)]
    try:
        exec(compile(source, str(script), "exec"), namespace)  # exec: our own shared bench code
    finally:
        sys.argv = saved
    return {
        "whoosh BM25F stemming": namespace["whoosh_peer"],  # type: ignore[dict-item]
        "tantivy BM25 en_stem": namespace["tantivy_peer"],  # type: ignore[dict-item]
        "sqlite FTS5 porter": namespace["fts5_peer"],  # type: ignore[dict-item]
    }


def evaluate(run: Run, qrels: list[ir_measures.Qrel]) -> dict[str, dict[str, float]]:
    """Each measure on each half of the queries."""
    figures = {}
    for half, keep in HALVES.items():
        sub_qrels = [q for q in qrels if keep(int(q.query_id))]
        sub_run = [s for s in run if keep(int(s.query_id))]
        result = ir_measures.calc_aggregate(MEASURES, sub_qrels, sub_run)
        figures[half] = {str(m): round(result[m], 4) for m in MEASURES}
    return figures


def print_table(rows: dict[str, dict[str, dict[str, float]]]) -> None:
    """One line per engine and half."""
    print(f"{'engine':24s} {'queries':7s} " + " ".join(f"{m!s:>9s}" for m in MEASURES))
    for half in HALVES:
        for name, figures in rows.items():
            values = figures[half]
            print(f"{name:24s} {half:7s} " + " ".join(f"{values[str(m)]:9.4f}" for m in MEASURES))
        print()


def main() -> None:
    """Evaluate and print (and optionally write) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--json", dest="json_out", help="write the figures to this file")
    parser.add_argument("--no-peers", action="store_true", help="evaluate newssearch only")
    args = parser.parse_args()
    corpora = Path(args.corpora).resolve()
    root = corpora / "time"
    queries, qrels = load_collection(root)
    rows: dict[str, dict[str, dict[str, float]]] = {}
    seconds: dict[str, float] = {}
    engines: dict[str, Callable[[], Run]] = {"newssearch": lambda: newssearch_run(root, queries)}
    if not args.no_peers:
        engines.update(peer_runs(corpora))
    for name, make_run in engines.items():
        started = time.perf_counter()
        rows[name] = evaluate(make_run(), qrels)
        seconds[name] = round(time.perf_counter() - started, 2)
    print_table(rows)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"figures": rows, "seconds": seconds}, indent=2) + "\n")


if __name__ == "__main__":
    main()
