"""How newssearch's costs grow with the corpus: index time, peak memory and query p50 at several sizes.

Usage: python benchmarks/scale.py [--sizes 5000,20000,50000,100000,200000] [--corpora ../shared/corpora]

Larger corpora are Reuters-21578 and BBC News repeated: copy k of a story is written as
``c{k}-<name>`` with a first line naming the copy, so every file has its own id and hash. Files go to
benchmarks/out/scale/ (the pool is written once; each size hard-links its share). Each size is indexed
from scratch by ``newssearch index`` (wall time, peak RSS of its largest process), re-indexed with
nothing changed, and queried in-process. Writes benchmarks/results/scale-<date>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

from benchlib import (
    NEWSSEARCH,
    OWN_QUERIES,
    REPO,
    SHARED,
    prepare_reuters,
    run_timed,
    time_queries_in_process,
)

DEFAULT_SIZES = "5000,20000,50000,100000,200000"


def main() -> None:
    """Measure each size, print the curve, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated article counts")
    parser.add_argument("--corpora", type=Path, default=SHARED / "corpora")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "scale")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each query")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    sources = sorted(prepare_reuters(args.corpora, args.out.parent, None).glob("*.txt"))
    sources += sorted((args.corpora / "bbc-news" / "bbc").rglob("*.txt"))
    pool = make_pool(sources, args.out / "pool", sizes[-1])
    queries = [q.strip() for q in open(SHARED / "bench" / "reuters-queries.txt") if q.strip()] + OWN_QUERIES
    rows = []
    for size in sizes:
        print(f"== {size} articles", file=sys.stderr, flush=True)
        rows.append(measure(pool[:size], args.out / f"n{size}", queries, args.repeats))
        print_row(rows[-1])
    save(rows)


def make_pool(sources: list[Path], folder: Path, count: int) -> list[Path]:
    """``count`` distinct article files made by repeating ``sources``; files already there are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = []
    for i in range(count):
        copy, source = divmod(i, len(sources))
        path = folder / f"c{copy}-{source:05d}-{sources[source].name}"
        if not path.exists():
            text = sources[source].read_bytes().decode("utf-8", errors="replace")
            path.write_text(_varied(text, copy), encoding="utf-8")
        pool.append(path)
    return pool


def _varied(text: str, copy: int) -> str:
    """The story with a line naming the copy after its headline (the date marker stays first)."""
    if copy == 0:
        return text
    head, sep, rest = text.partition("\n")
    return f"{head}{sep}\nCopy {copy}.\n{rest}"


def measure(files: list[Path], work: Path, queries: list[str], repeats: int) -> dict[str, object]:
    """Index ``files`` from scratch, re-index, query; the figures of one size."""
    corpus, index_dir = work / "corpus", work / "index"
    shutil.rmtree(work, ignore_errors=True)
    corpus.mkdir(parents=True)
    for path in files:
        os.link(path, corpus / path.name)
    build = run_timed([*NEWSSEARCH, "index", str(corpus), "--index-dir", str(index_dir), "--json"])
    noop = run_timed([*NEWSSEARCH, "index", str(corpus), "--index-dir", str(index_dir), "--json"])
    query = time_queries_in_process(index_dir, queries, repeats)
    row = {"articles": len(files), "build_s": build.seconds, "build_peak_mb": build.peak_mb,
           "per_1k_articles_s": round(build.seconds / len(files) * 1000, 3),
           "noop_reindex_s": noop.seconds, "noop_peak_mb": noop.peak_mb,
           "query_p50_ms": query["p50"], "query_p95_ms": query["p95"],
           "index_mb": round(sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file()) / 2**20, 1)}
    shutil.rmtree(corpus)  # the links; the pool stays for the next size
    return row


def print_row(row: dict[str, object]) -> None:
    """One line of the curve."""
    print(f"{row['articles']:>8} articles: build {row['build_s']:7.1f} s ({row['per_1k_articles_s']:.2f} s/1k), "
          f"peak {row['build_peak_mb']:6.1f} MB, no-op {row['noop_reindex_s']:5.2f} s, "
          f"query p50 {row['query_p50_ms']:6.1f} ms p95 {row['query_p95_ms']:6.1f} ms, index {row['index_mb']} MB",
          flush=True)


def save(rows: list[dict[str, object]]) -> None:
    """benchmarks/results/scale-<date>.json."""
    folder = REPO / "benchmarks" / "results"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"scale-{time.strftime('%Y-%m-%d')}.json"
    data = {"date": time.strftime("%Y-%m-%d %H:%M"), "cpus": os.cpu_count(),
            "load": [round(x, 2) for x in os.getloadavg()], "sizes": rows}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
