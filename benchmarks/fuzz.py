"""Fuzz the readers, the indexer and the CLI with mutated files (tests/fuzzcheck.py), seed after seed.

    PYTHONPATH=src python benchmarks/fuzz.py --seeds 1-20 --files 200

Prints each problem found (file, mutations, what happened) and a count of files, builds and commands run; exits 1
when any problem was found. A seed and a file count give the same files every time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from benchlib import seed_range  # noqa: E402
from fuzzcheck import timed_run  # noqa: E402


def main() -> int:
    """Run the seeds asked for and report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="1-5", help="a seed or a range of them, e.g. 1-20")
    parser.add_argument("--files", type=int, default=120, help="mutated files per seed")
    args = parser.parse_args()
    total_files = total_problems = 0
    for seed in seed_range(args.seeds):
        with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
            tally, seconds, cpu = timed_run(seed, args.files, Path(folder))
        total_files += tally.files
        total_problems += len(tally.problems)
        print(f"seed {seed}: {tally.files} files, {tally.builds} builds, {tally.commands} commands, "
              f"{len(tally.problems)} problems, {seconds:.1f} s ({cpu:.1f} s of CPU)", flush=True)
        for problem in tally.problems:
            print(f"  {problem.where} [{problem.mutation}]: {problem.what}", flush=True)
    print(f"{total_files} mutated files, {total_problems} problems")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main())
