"""Throw random query strings and option sets at the CLI and check the invariants between commands and output
formats (tests/querycli.py), seed after seed.

    PYTHONPATH=src python benchmarks/querycheck.py --seeds 1-10 --queries 200 [--bbc 300]

Builds a small index once (the seed reports, the feature wire stories, the differential check's hand-made articles,
short German, French and Spanish articles, and ``--bbc`` BBC articles from ../shared/corpora, half with dates and
sources), prints each problem found (the
command line and what was wrong) and a count; exits 1 when any problem was found. A seed gives the same queries
every time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from benchlib import seed_range  # noqa: E402
from querycli import build_sample, run  # noqa: E402


def main() -> int:
    """Run the seeds asked for and report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="1-3", help="a seed or a range of them, e.g. 1-10")
    parser.add_argument("--queries", type=int, default=150, help="random queries per seed")
    parser.add_argument("--bbc", type=int, default=300, help="BBC articles in the index")
    args = parser.parse_args()
    problems = 0
    with tempfile.TemporaryDirectory(prefix="querycheck-") as folder:
        index_dir = build_sample(Path(folder), args.bbc)
        for seed in seed_range(args.seeds):
            started = time.perf_counter()
            tally = run(index_dir, seed, args.queries)
            problems += len(tally.problems)
            print(f"seed {seed}: {tally.queries} queries ({tally.checked} with hits, invariants checked), "
                  f"{tally.commands} commands, {len(tally.problems)} problems, "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            for problem in tally.problems:
                print(f"  {problem}", flush=True)
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
