"""Differential check of query matching on real news: 300 BBC articles, 300 Reuters stories and a few made by hand,
thousands of random queries, each one's matches from newssearch against a plain evaluator (tests/querycheck.py).

    PYTHONPATH=src python benchmarks/differential.py [--queries 3000] [--seed 1] [--out /tmp/differential]

Prints each difference (the query, the ids one side finds and the other does not) and a count; exit 1 if any.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"
sys.path.insert(0, str(REPO / "tests"))

from querycheck import HANDMADE, run  # noqa: E402

from newssearch import build_index, open_index  # noqa: E402


def build_corpus(folder: Path) -> None:
    """Write the sample into ``folder``: BBC texts as they are, Reuters stories in an SGML file, the hand-made
    articles as JSON lines."""
    folder.mkdir(parents=True, exist_ok=True)
    bbc = sorted((CORPORA / "bbc-news" / "bbc").glob("*/*.txt"))
    for path in bbc[::len(bbc) // 300][:300]:
        target = folder / "bbc" / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    stories = []
    for name in ("reut2-000.sgm.gz", "reut2-008.sgm.gz", "reut2-016.sgm.gz"):
        text = gzip.decompress((CORPORA / "reuters-21578" / name).read_bytes()).decode("latin-1")
        stories += re.findall(r"<REUTERS\b.*?</REUTERS>", text, re.DOTALL)[:100]
    (folder / "reuters.sgm").write_text("\n".join(stories), encoding="utf-8")
    lines = [json.dumps(article, ensure_ascii=False) for article in HANDMADE]
    (folder / "handmade.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("/tmp/differential"))
    args = parser.parse_args()
    corpus, index = args.out / "corpus", args.out / "index"
    if not corpus.exists():
        build_corpus(corpus)
    build_index(corpus, index)
    with open_index(index) as idx:
        count, differences = run(idx, args.queries, args.seed)
    for difference in differences:
        since = (f" --since {difference.since}" if difference.since else "") + \
            (f" --until {difference.until}" if difference.until else "") + f" --match {difference.match}"
        print(f"{difference.query}{since}\n  error {difference.error}\n  missing {difference.missing[:5]} ({len(difference.missing)})"
              f"\n  extra {difference.extra[:5]} ({len(difference.extra)})")
    print(f"{count} queries, {len(differences)} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
