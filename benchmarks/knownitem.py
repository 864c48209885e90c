"""Known-item search on BBC News: "I remember an article; can I find it?" newssearch beside its peers, in one run.

Usage: python benchmarks/knownitem.py [CORPORA_DIR] [--sample 300] [--seed 7] [--show]

For a seeded sample of BBC News articles, four kinds of query are made from each article automatically:
  words   2-4 distinctive words of its title in lower case (the rarest by document frequency, no stop words)
  title   the title as typed, punctuation and all
  phrase  a quoted run of 3-6 words from its body
  typo    the words query with one word misspelled by swapping two inner letters
newssearch runs them in its default keyword mode (``match="all"``, top 100); for a typo it follows "Did you
mean" (``result.suggestion``) when it offers one, else keeps the query as typed ("typo, as typed" shows it
without). The peers of ../shared/bench/peers.py (plain Whoosh as its docs teach, tantivy, SQLite FTS5) index
the same texts (title and body as newssearch stores them) and run each query through their own parser, as an
AND of the words (each escaped) or a phrase; they have no suggestions, so a typo is run as typed.
A hit counts when it is the article or an exact copy of its body (BBC News has a few duplicates). Measures:
MRR (over the top 100), success@1, success@10, per half of the sample: odd file numbers ("tuning") and even
ones ("held out"), though nothing has been tuned on this benchmark yet. ``--show`` lists the queries where
newssearch ranks the article lower than a peer does.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

TOP = 100
KINDS = ("words", "title", "phrase", "typo")
HALVES = {"odd (tuning)": 1, "even (held out)": 0}
ARTICLE = re.compile(r"[a-z]+/\d+\.txt$")  # bbc/<category>/<number>.txt, not the corpus README
PLAIN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  # a word as written, "Blair's" or "high-speed", not "2,850"
EDGES = "\"'‘’“”()[]{},.;:!?"
TANTIVY_SPECIAL = re.compile(r"""([+\-&|!(){}\[\]^"'~*?:\\/<>=])""")


@dataclass(frozen=True)
class Query:
    """One known-item query: what is typed into newssearch, and the words (or phrase) a peer is given."""

    kind: str
    target: str
    text: str
    words: tuple[str, ...]
    phrase: bool = False
    intended: str = ""  # a typo's words before the typo


Ranker = Callable[[Query], list[str]]


def stop_words() -> frozenset[str]:
    """Words that are not distinctive: any engine's stop word (Whoosh's list and newssearch's SMART-based one)."""
    from whoosh.analysis import STOP_WORDS

    from newssearch.stopwords import SMART_STOP_WORDS

    return frozenset(STOP_WORDS) | SMART_STOP_WORDS


def words_of(text: str) -> list[str]:
    """The words of ``text`` in lower case, as a reader would remember them: punctuation around a word goes, and
    a token with punctuation inside it ("2,850", "$102.6bn", "CD:UK") is not one, since the engines split it
    differently."""
    return [word for word in (token.strip(EDGES).lower() for token in text.split()) if PLAIN.fullmatch(word)]


def document_frequency(texts: Iterable[str]) -> dict[str, int]:
    """In how many texts each lower-case word occurs."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(words_of(text)):
            counts[word] = counts.get(word, 0) + 1
    return counts


def distinctive_words(title: str, rng: random.Random, df: dict[str, int], stops: frozenset[str]) -> list[str]:
    """2-4 of the title's rarest words (fewer when it has fewer), in title order; [] when under two."""
    seen: dict[str, int] = {}
    for place, word in enumerate(words_of(title)):
        if word not in stops and len(word) > 1 and word not in seen:
            seen[word] = place
    if len(seen) < 2:
        return []
    rarest = sorted(seen, key=lambda w: (df.get(w, 0), seen[w]))[:rng.randint(2, 4)]
    return sorted(rarest, key=seen.__getitem__)


def body_phrase(body: str, rng: random.Random, stops: frozenset[str]) -> list[str]:
    """3-6 consecutive body words with no punctuation among them, two or more of them not stop words."""
    tokens = body.split()
    size = rng.randint(3, 6)
    starts = [i for i in range(len(tokens) - size + 1)
              if all(PLAIN.fullmatch(t) for t in tokens[i:i + size])
              and sum(t.lower() not in stops for t in tokens[i:i + size]) >= 2]
    if not starts:
        return []
    start = rng.choice(starts)
    return tokens[start:start + size]


def misspelled(words: list[str], rng: random.Random, vocabulary: dict[str, int]) -> list[str]:
    """``words`` with one of them misspelled by swapping two neighbouring inner letters (not into a real word)."""
    choices = []
    for place, word in enumerate(words):
        for i in range(1, len(word) - 2):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if word[i] != word[i + 1] and word[i:i + 2].isalpha() and swapped not in vocabulary:
                choices.append((place, swapped))
    if not choices:
        return []
    place, swapped = rng.choice(choices)
    return [*words[:place], swapped, *words[place + 1:]]


def make_queries(target: str, title: str, body: str, seed: int, df: dict[str, int],
                 stops: frozenset[str]) -> list[Query]:
    """The queries of each kind for one article (a kind is left out when the article cannot give one)."""
    rng = random.Random(f"{seed}/{target}")  # an article's queries do not depend on the sample's size
    queries = [Query("title", target, title, tuple(w for w in title.split() if re.search(r"[^\W_]", w)))]
    words = distinctive_words(title, rng, df, stops)
    if words:
        queries.append(Query("words", target, " ".join(words), tuple(words)))
        typo = misspelled(words, rng, df)
        if typo:
            queries.append(Query("typo", target, " ".join(typo), tuple(typo), intended=" ".join(words)))
    phrase = body_phrase(body, rng, stops)
    if phrase:
        queries.append(Query("phrase", target, '"' + " ".join(phrase) + '"', tuple(phrase), phrase=True))
    return queries


def load_peers(shared: Path) -> object:
    """../shared/bench/peers.py as a module."""
    spec = importlib.util.spec_from_file_location("peers", shared / "bench" / "peers.py")
    peers = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(peers)  # type: ignore[union-attr]
    return peers


def whoosh_ranker(peers: object, corpus: Path, work: Path, ids: list[str]) -> tuple[Ranker, Callable[[], None]]:
    """Plain Whoosh (peers.py's index); words single-quoted, so none is read as syntax (AND, a field, a range)."""
    from whoosh import index, qparser

    peers.whoosh_index(str(corpus), str(work / "whoosh"))  # type: ignore[attr-defined]
    ix = index.open_dir(str(work / "whoosh"))
    searcher = ix.searcher()
    parser = qparser.MultifieldParser(["title", "body"], ix.schema)  # AND of the words, as its docs teach

    def rank(query: Query) -> list[str]:
        text = '"' + " ".join(query.words) + '"' if query.phrase else " ".join(f"'{w}'" for w in query.words)
        return [ids[int(Path(hit["path"]).stem)] for hit in searcher.search(parser.parse(text), limit=TOP)]

    return rank, searcher.close


def tantivy_ranker(peers: object, corpus: Path, work: Path, ids: list[str]) -> tuple[Ranker, Callable[[], None]]:
    """tantivy (peers.py's index); its parser set to AND, each syntax character escaped with a backslash."""
    import tantivy

    peers.tantivy_index(str(corpus), str(work / "tantivy"))  # type: ignore[attr-defined]
    ix = tantivy.Index.open(str(work / "tantivy"))
    ix.reload()
    searcher = ix.searcher()

    def rank(query: Query) -> list[str]:
        if query.phrase:  # noqa: SIM108 - two long branches
            text = '"' + " ".join(query.words) + '"'
        else:
            text = " ".join(TANTIVY_SPECIAL.sub(r"\\\1", w) for w in query.words)
        parsed = ix.parse_query(text, ["title", "body"], conjunction_by_default=True)
        return [ids[int(Path(searcher.doc(addr)["path"][0]).stem)] for _, addr in searcher.search(parsed, TOP).hits]

    return rank, lambda: None


def fts5_ranker(peers: object, corpus: Path, work: Path, ids: list[str]) -> tuple[Ranker, Callable[[], None]]:
    """SQLite FTS5 (peers.py's index); each word an FTS5 string (implicitly ANDed), a phrase one string."""
    peers.fts5_index(str(corpus), str(work / "fts5"))  # type: ignore[attr-defined]
    db = sqlite3.connect(work / "fts5" / "fts.db")

    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    def rank(query: Query) -> list[str]:
        text = quoted(" ".join(query.words)) if query.phrase else " ".join(quoted(w) for w in query.words)
        rows = db.execute("select path from t where t match ? order by rank limit ?", (text, TOP))
        return [ids[int(Path(path).stem)] for (path,) in rows]

    return rank, db.close


PEERS = {
    "Whoosh (plain)": whoosh_ranker,
    "tantivy": tantivy_ranker,
    "SQLite FTS5": fts5_ranker,
}


def first_rank(found: list[str], right: set[str]) -> int | None:
    """The rank (from 1) of the first hit in ``right``, or None."""
    return next((place for place, hit in enumerate(found, 1) if hit in right), None)


def figures(ranks: list[int | None]) -> tuple[float, float, float]:
    """MRR, success@1 and success@10."""
    n = max(1, len(ranks))
    return (sum(1 / r for r in ranks if r) / n, sum(r == 1 for r in ranks if r) / n,
            sum(r <= 10 for r in ranks if r) / n)


def half_of(article: str) -> str:
    """The half of the sample an article is in, by the parity of its file number."""
    parity = int(Path(article).stem) % 2
    return next(name for name, p in HALVES.items() if p == parity)


@dataclass
class Corpus:
    """The articles as newssearch stores them, and which of them are exact copies of one another."""

    stored: dict[str, tuple[str, str]]  # id -> (title, body)
    copies: dict[str, set[str]]  # body, spaces normalised -> the ids with that body

    def right(self, query: Query) -> set[str]:
        """The hits that count for ``query``: its article and any article with the same body."""
        return self.copies[" ".join(self.stored[query.target][1].split())]

    def write_texts(self, folder: Path) -> list[str]:
        """Each article as a peer's .txt file (title line, blank line, body), named by its place in the ids."""
        folder.mkdir()
        ids = sorted(self.stored)
        for number, article in enumerate(ids):
            title, body = self.stored[article]
            (folder / f"{number:05d}.txt").write_text(" ".join(title.split()) + "\n\n" + body, encoding="utf-8")
        return ids


def read_corpus(idx: object) -> Corpus:
    """Every article's stored title and body, and its copies."""
    stored = {f["id"]: (f.get("title") or "", f.get("body") or "")
              for f in idx._searcher.all_stored_fields()}  # type: ignore[attr-defined]
    copies: dict[str, set[str]] = {}
    for article, (_, body) in stored.items():
        copies.setdefault(" ".join(body.split()), set()).add(article)
    return Corpus(stored, copies)


def sample_queries(corpus: Corpus, size: int, seed: int) -> tuple[list[str], list[Query]]:
    """A seeded sample of the category articles, and their queries."""
    df = document_frequency(title + "\n" + body for title, body in corpus.stored.values())
    stops = stop_words()
    pool = sorted(i for i in corpus.stored if ARTICLE.search(i))
    sample = random.Random(seed).sample(pool, min(size, len(pool)))
    return sample, [q for a in sample for q in make_queries(a, *corpus.stored[a], seed, df, stops)]


@dataclass
class Outcome:
    """The rank of each query's article per engine and kind, and what Did you mean did."""

    ranks: dict[tuple[str, str], list[tuple[str, int | None]]]
    suggestions: dict[Query, str]
    refused: int = 0
    seconds: dict[str, float] | None = None

    def add(self, engine: str, kind: str, query: Query, rank: int | None) -> None:
        """Record one rank."""
        self.ranks.setdefault((engine, kind), []).append((query.target, rank))


def run_newssearch(idx: object, corpus: Corpus, queries: list[Query], outcome: Outcome) -> None:
    """Each query in the default keyword mode; a typo's rank is its suggestion's, when one is offered."""
    from newssearch import InvalidQuery

    for query in queries:
        try:
            result = idx.search(query.text, limit=TOP)  # type: ignore[attr-defined]
        except InvalidQuery as exc:
            print(f"! newssearch refused {query.text!r}: {exc}", file=sys.stderr)
            outcome.refused += 1
            result = None
        rank = first_rank([hit.id for hit in result.hits] if result else [], corpus.right(query))
        if query.kind == "typo":
            outcome.add("newssearch", "typo, as typed", query, rank)
            if result is not None and result.suggestion:
                outcome.suggestions[query] = result.suggestion
                hits = idx.search(result.suggestion, limit=TOP).hits  # type: ignore[attr-defined]
                rank = first_rank([hit.id for hit in hits], corpus.right(query))
        outcome.add("newssearch", query.kind, query, rank)


def run_peer(name: str, rank_of: Ranker, corpus: Corpus, queries: list[Query], outcome: Outcome) -> None:
    """Each query through one peer; a query its parser refuses finds nothing."""
    for query in queries:
        try:
            found = rank_of(query)
        except (ValueError, sqlite3.Error) as exc:
            print(f"! {name} refused {query.text!r}: {exc}", file=sys.stderr)
            found = []
        outcome.add(name, query.kind, query, first_rank(found, corpus.right(query)))


def evaluate(corpora: Path, size: int, seed: int) -> tuple[list[str], list[Query], Outcome]:
    """Index BBC News with newssearch and each peer in a temporary folder; run every query on each."""
    from newssearch import build_index, open_index

    outcome = Outcome({}, {}, seconds={})
    with tempfile.TemporaryDirectory(prefix="knownitem-") as tmp:
        work = Path(tmp)
        build_index(corpora / "bbc-news", work / "newssearch", rebuild=True)
        with open_index(work / "newssearch") as idx:
            corpus = read_corpus(idx)
            sample, queries = sample_queries(corpus, size, seed)
            clock = time.perf_counter()
            run_newssearch(idx, corpus, queries, outcome)
            outcome.seconds["newssearch"] = time.perf_counter() - clock  # type: ignore[index]
        ids = corpus.write_texts(work / "texts")
        peers = load_peers(corpora.parent)
        for name, make in PEERS.items():
            rank_of, close = make(peers, work / "texts", work, ids)
            clock = time.perf_counter()
            run_peer(name, rank_of, corpus, queries, outcome)
            outcome.seconds[name] = time.perf_counter() - clock  # type: ignore[index]
            close()
    return sample, queries, outcome


def main() -> None:
    """Build the queries, run every engine on them, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--sample", type=int, default=300, help="articles in the sample (both halves)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the sample and of its queries")
    parser.add_argument("--show", action="store_true",
                        help="list the queries where a peer ranks the article higher, and typos not put right")
    args = parser.parse_args()
    started = time.perf_counter()
    sample, queries, outcome = evaluate(args.corpora, args.sample, args.seed)
    print_table(outcome.ranks, len(sample), args.sample)
    if args.show:
        show_behind(queries, outcome)
    typos = [q for q in queries if q.kind == "typo"]
    print(f"\nDid you mean: newssearch offered a suggestion for {len(outcome.suggestions)} of {len(typos)} typo "
          f"queries, {sum(s.lower() == q.intended for q, s in outcome.suggestions.items())} of them the words "
          "before the typo; the peers have no suggestions, so they run the typo as typed.")
    print(f"newssearch refused {outcome.refused} of {len(queries)} queries (InvalidQuery).")
    print("Nothing has been tuned on this benchmark yet: the halves are there for when something is.")
    print(f"Query time, all kinds (top {TOP}; newssearch with snippets): "
          + ", ".join(f"{name} {1000 * s / len(queries):.1f} ms" for name, s in (outcome.seconds or {}).items()))
    print(f"Total time {time.perf_counter() - started:.0f} s")


def print_table(ranks: dict[tuple[str, str], list[tuple[str, int | None]]], articles: int, asked: int) -> None:
    """One line per engine, kind and half."""
    print(f"BBC News known-item search, {articles} articles sampled ({asked} asked), target or an exact copy "
          f"in the top {TOP}")
    print(f"{'engine':<16} {'kind':<15} {'half':<16} {'MRR':>6} {'S@1':>6} {'S@10':>6} {'n':>4}")
    kinds = [*KINDS, "typo, as typed"]
    for kind in kinds:
        for half in HALVES:
            for (engine, k), runs in ranks.items():
                if k == kind:
                    mrr, s1, s10 = figures([r for target, r in runs if half_of(target) == half])
                    n = sum(half_of(target) == half for target, _ in runs)
                    print(f"{engine:<16} {kind:<15} {half:<16} {mrr:6.3f} {s1:6.3f} {s10:6.3f} {n:4d}")
        if kind != kinds[-1]:
            print()


def show_behind(queries: list[Query], outcome: Outcome) -> None:
    """Each query where a peer ranks the article higher than newssearch (newssearch's rank, then each peer's),
    and each typo whose article newssearch does not rank in the top 10 (with its suggestion, if any)."""
    print("\nWhere a peer ranks the article higher (rank in newssearch, then in " + ", ".join(PEERS) + "; - is none):")
    for kind in KINDS:
        ours = outcome.ranks[("newssearch", kind)]
        theirs = [outcome.ranks[(name, kind)] for name in PEERS]
        for place, query in enumerate(q for q in queries if q.kind == kind):
            mine, others = ours[place][1], [runs[place][1] for runs in theirs]
            if any(r and (mine is None or r < mine) for r in others):
                shown = " ".join(str(r or "-") for r in [mine, *others])
                print(f"  {kind:<7} {shown:<16} {query.target:<26} {query.text}")
    print("Typos whose article newssearch does not rank in the top 10 (rank; query -> suggestion; words before):")
    typos = [q for q in queries if q.kind == "typo"]
    for query, (_, rank) in zip(typos, outcome.ranks[("newssearch", "typo")]):
        if not rank or rank > 10:
            print(f"  {rank or '-':<4} {query.text!r} -> {outcome.suggestions.get(query)!r}; {query.intended!r}")


if __name__ == "__main__":
    main()
