"""More-like-this quality on BBC News: newssearch's `similar` beside plain Whoosh's more_like_this, in one run.

Usage: python benchmarks/similar_eval.py [CORPORA_DIR] [--sample 250] [--reuters 2]

BBC News files sit in five category folders (business, entertainment, politics, sport, tech). For a
sample of articles, the measure is the share of the top 10 "similar" articles in the article's own
category (a missing hit counts as a miss). Articles with odd file numbers are the half `similar` was
tuned on; even ones are held out. The peer is Whoosh's more_like_this as its docs teach it
(``Hit.more_like_this("body")``: Bo1 key terms), on the index of ../shared/bench/peers.py.

``--reuters N`` indexes the first N Reuters-21578 files beside BBC News (a mixed archive, 1,000 wires a file) and
measures newssearch alone: a Reuters wire in a BBC article's top 10 is a miss, and the count of them in the top 10 of
the articles outside BBC's business folder (the wires being business and economy news) is shown too.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

TOP = 10
HALVES = {"odd (tuning)": 1, "even (held out)": 0}


def category_of(article_id: str) -> str:
    """``bbc/sport/141.txt`` -> ``sport``; a Reuters wire (``reuters/reut2-000.sgm.gz#5``) -> ``reuters``."""
    return "reuters" if article_id.startswith("reuters/") else Path(article_id).parent.name


def sample(ids: list[str], parity: int, size: int) -> list[str]:
    """A fixed sample of the articles whose file number has ``parity``."""
    pool = sorted(i for i in ids if Path(i).stem.isdigit() and int(Path(i).stem) % 2 == parity)
    return random.Random(7).sample(pool, min(size, len(pool)))


def precision(similar: Callable[[str], list[str]], articles: list[str]) -> tuple[float, float]:
    """Mean share of the top 10 in the article's category, and milliseconds per article."""
    started, total = time.perf_counter(), 0.0
    for article in articles:
        found = similar(article)[:TOP]
        total += sum(category_of(other) == category_of(article) for other in found) / TOP
    return total / len(articles), 1000 * (time.perf_counter() - started) / len(articles)


def intruders(similar: Callable[[str], list[str]], articles: list[str]) -> int:
    """Reuters wires in the top 10 of the articles outside BBC's business folder."""
    return sum(category_of(other) == "reuters" for article in articles if category_of(article) != "business"
               for other in similar(article)[:TOP])


def mixed_corpus(corpora: Path, work: Path, files: int) -> Path:
    """A folder of BBC News and the first ``files`` Reuters-21578 files, linked."""
    mixed = work / "mixed"
    (mixed / "reuters").mkdir(parents=True)
    (mixed / "bbc").symlink_to((corpora / "bbc-news" / "bbc").resolve())
    for sgm in sorted((corpora / "reuters-21578").glob("reut2-*.sgm.gz"))[:files]:
        (mixed / "reuters" / sgm.name).symlink_to(sgm.resolve())
    return mixed


def newssearch_runner(corpus: Path, work: Path) -> tuple[Callable[[str], list[str]], list[str], Callable[[], None]]:
    """Index ``corpus`` with newssearch; a similar() by article id, the ids, and a closer."""
    from newssearch import build_index, open_index

    build_index(corpus, work / "newssearch", rebuild=True)
    idx = open_index(work / "newssearch").__enter__()
    ids = [fields["id"] for fields in idx._searcher.all_stored_fields()]
    return (lambda article: [hit.id for hit in idx.similar(article, limit=TOP).hits]), ids, lambda: idx.__exit__(None, None, None)


def whoosh_runner(corpus: Path, work: Path, shared: Path) -> tuple[Callable[[str], list[str]], Callable[[], None]]:
    """Index ``corpus`` with the peer script's plain Whoosh; a similar() by id relative to ``corpus``."""
    spec = importlib.util.spec_from_file_location("peers", shared / "bench" / "peers.py")
    peers = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(peers)  # type: ignore[union-attr]
    from whoosh import index

    peers.whoosh_index(str(corpus), str(work / "whoosh"))
    searcher = index.open_dir(str(work / "whoosh")).searcher()
    docnums = {Path(fields["path"]).relative_to(corpus).as_posix(): num
               for num, fields in searcher.iter_docs()}

    def similar(article: str) -> list[str]:
        hits = searcher.more_like(docnums[article], "body", top=TOP)
        return [Path(hit["path"]).relative_to(corpus).as_posix() for hit in hits]

    return similar, searcher.close


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--sample", type=int, default=250, help="articles per half")
    parser.add_argument("--reuters", type=int, default=0, help="Reuters-21578 files indexed beside BBC News")
    args = parser.parse_args()
    corpus = args.corpora / "bbc-news"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.reuters:
            mixed(args.corpora, work, args.reuters, args.sample)
            return
        ours, ids, close_ours = newssearch_runner(corpus, work)
        peer, close_peer = whoosh_runner(corpus, work, args.corpora.parent)
        print(f"BBC News, share of the top {TOP} similar articles in the article's own category")
        print(f"{'engine':<28} {'half':<16} {'P@10':>6} {'ms/article':>11}")
        for half, parity in HALVES.items():
            articles = sample([i for i in ids if i.count("/") == 2], parity, args.sample)
            for name, similar in (("newssearch similar", ours), ("Whoosh more_like_this", peer)):
                score, ms = precision(similar, articles)
                print(f"{name:<28} {half:<16} {score:6.3f} {ms:11.1f}")
        close_ours()
        close_peer()


def mixed(corpora: Path, work: Path, files: int, size: int) -> None:
    """newssearch's P@10 on BBC News articles in an index holding Reuters wires too (``--reuters``)."""
    ours, ids, close = newssearch_runner(mixed_corpus(corpora, work, files), work)
    print(f"BBC News beside {files} Reuters-21578 files, share of the top {TOP} in the article's own BBC category")
    print(f"{'engine':<28} {'half':<16} {'P@10':>6} {'wires in non-business top 10':>30}")
    for half, parity in HALVES.items():
        articles = sample([i for i in ids if i.startswith("bbc/") and i.count("/") == 2], parity, size)
        score, _ = precision(ours, articles)
        print(f"{'newssearch similar':<28} {half:<16} {score:6.3f} {intruders(ours, articles):30d}")
    close()


if __name__ == "__main__":
    main()
