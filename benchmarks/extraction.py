"""Article-body extraction: newssearch against its peers, in the same run.

Usage: python benchmarks/extraction.py [CORPORA_DIR] [--only NAME ...]

On article-extraction-benchmark it prints bag-of-tokens P/R/F1 (the metric of
../shared/bench/extract_peers.py) and ms/page, separately for ids 0-7 (the half newssearch is tuned
on) and 8-f (held out). On trafilatura-eval it prints the must / must-not snippet pass rate on the
English pages, for all of them and for each half (``dates.half_of``: the tuning half, whose file name's
MD5 starts with 0-7, and the held-out half); then the same over all 990 pages, in every language (mostly
German), from the same run of each extractor. ``--failures`` lists the tuning half's failing checks
instead (language, page, a must-have snippet missing or a must-not snippet present) for each extractor
chosen, on the English pages or, with ``--all-languages``, on all of them.
Peers whose package is missing are skipped with a note on stderr.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # dates.half_of

Extractor = Callable[[str], str]


def tok(text: str) -> Counter:
    """Lower-cased word tokens, as extract_peers.py counts them."""
    return Counter(re.findall(r"\w+", (text or "").lower()))


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1 (identical to extract_peers.py)."""
    p, g = tok(pred), tok(gold)
    common = sum((p & g).values())
    if not common:
        return 0.0, 0.0, 0.0
    pr, rc = common / sum(p.values()), common / sum(g.values())
    return pr, rc, 2 * pr * rc / (pr + rc)


def newssearch(html: str) -> str:
    """newssearch's own extractor."""
    from newssearch.documents.html import extract

    return extract(html).body


def bs4_all_text(html: str) -> str:
    """Every text node except scripts and styles."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for t in soup(["script", "style", "noscript"]):
        t.decompose()
    return soup.get_text(" ")


def bs4_paragraphs(html: str) -> str:
    """The text of every <p>."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    return "\n".join(p.get_text(" ", strip=True) for p in soup.find_all("p"))


def trafilatura_peer(html: str) -> str:
    """trafilatura.extract with its defaults."""
    import trafilatura

    return trafilatura.extract(html) or ""


def readability_peer(html: str) -> str:
    """readability-lxml's summary, as text."""
    from bs4 import BeautifulSoup
    from readability import Document

    return BeautifulSoup(Document(html).summary(), "lxml").get_text(" ")


EXTRACTORS: dict[str, tuple[Extractor, str | None]] = {
    "newssearch": (newssearch, None),
    "bs4_all_text": (bs4_all_text, "bs4"),
    "bs4_paragraphs": (bs4_paragraphs, "bs4"),
    "trafilatura": (trafilatura_peer, "trafilatura"),
    "readability": (readability_peer, "readability"),
}


def available(names: list[str]) -> dict[str, Extractor]:
    """The extractors whose packages import; the others are reported and skipped."""
    found = {}
    for name in names:
        fn, module = EXTRACTORS[name]
        try:
            if module:
                __import__(module)
        except ImportError:
            print(f"skipping {name}: package {module!r} is not installed", file=sys.stderr)
            continue
        found[name] = fn
    return found


def benchmark_pages(corpora: Path) -> dict[str, list[tuple[str, str]]]:
    """(html, gold body) of article-extraction-benchmark, split into the tuning and held-out halves."""
    root = corpora / "article-extraction-benchmark"
    truth = json.loads((root / "ground-truth.json").read_text())
    halves: dict[str, list[tuple[str, str]]] = {"ids 0-7": [], "ids 8-f": []}
    for pid, gold in sorted(truth.items()):
        html = gzip.open(root / "html" / f"{pid}.html.gz").read().decode("utf-8")
        halves["ids 0-7" if pid[0] in "01234567" else "ids 8-f"].append((html, gold["articleBody"]))
    return halves


def score(fn: Extractor, pages: list[tuple[str, str]]) -> tuple[float, float, float, float]:
    """Mean P, R, F1 and ms/page of one extractor."""
    scores = []
    start = time.perf_counter()
    for html, gold in pages:
        scores.append(prf(fn(html), gold))
    ms = 1000 * (time.perf_counter() - start) / len(pages)
    n = len(scores)
    return (*(sum(s[i] for s in scores) / n for i in range(3)), ms)


EvalPage = tuple[str, str, list[str], list[str]]  # file name, html, must, must-not


def page_language(html: str) -> str:
    """The two-letter language of a page's ``<html lang>``, or "" when it declares none."""
    match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", html[:5000], re.I)
    return match.group(1).lower() if match else ""


def all_eval_pages(corpora: Path) -> list[tuple[str, EvalPage]]:
    """(language of its <html lang>, (file, html, must, must-not)) for every trafilatura-eval page."""
    from newssearch.documents.html import decode_html

    root = corpora / "trafilatura-eval"
    pages = []
    for entry in json.loads((root / "evaldata.json").read_text()).values():
        path = root / "eval" / f"{entry['file']}.gz"
        if not path.exists():
            path = root / "cache" / f"{entry['file']}.gz"
        html = decode_html(gzip.open(path).read())
        pages.append((page_language(html), (entry["file"], html, entry.get("with", []), entry.get("without", []))))
    return pages


def english_eval_pages(corpora: Path) -> list[EvalPage]:
    """(file, html, must, must-not) for the trafilatura-eval pages whose <html lang> is English."""
    return [page for language, page in all_eval_pages(corpora) if language == "en"]


def _norm(text: str) -> str:
    """Whitespace collapsed, in Unicode's composed form (NFC): the form newssearch indexes (``normalise``) and
    trafilatura returns, so that a page's "য়" written as one code point matches the annotation's two."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def failed_checks(text: str, must: list[str], must_not: list[str]) -> list[str]:
    """The checks a page's extracted ``text`` fails: "missing: …" and "present: …"."""
    text = _norm(text)
    return [f"missing: {s}" for s in must if _norm(s) not in text] + \
        [f"present: {s}" for s in must_not if _norm(s) in text]


PageResult = tuple[str, str, int, int, float]  # file name, language, checks, checks failed, seconds


def run_checks(fn: Extractor, pages: list[tuple[str, EvalPage]]) -> list[PageResult]:
    """Run ``fn`` once on each page: its checks, how many it failed and the seconds it took."""
    results = []
    for language, (file, html, must, must_not) in pages:
        start = time.perf_counter()
        failed = len(failed_checks(fn(html), must, must_not))
        results.append((file, language, len(must) + len(must_not), failed, time.perf_counter() - start))
    return results


def snippet_pass(results: list[PageResult]) -> dict[str, tuple[int, float, float, float]]:
    """For all pages and for each half (``dates.half_of``): pages, share of snippet checks passed, share of pages
    passing every check, and ms/page."""
    from dates import HALVES, half_of

    tally = {half: [0, 0, 0, 0, 0.0] for half in ("all", *HALVES)}  # pages, checks, passed, pages passed, seconds
    for file, _language, checks, failed, seconds in results:
        for half in ("all", half_of(file)):
            row = tally[half]
            row[0] += 1
            row[1] += checks
            row[2] += checks - failed
            row[3] += not failed
            row[4] += seconds
    return {half: (n, passed / max(checks, 1), whole / max(n, 1), 1000 * seconds / max(n, 1))
            for half, (n, checks, passed, whole, seconds) in tally.items()}


def show_failures(extractors: dict[str, Extractor], pages: list[tuple[str, EvalPage]]) -> None:
    """Print the tuning half's failing checks of each extractor, page by page (with the page's language)."""
    from dates import HALVES, half_of

    for name, fn in extractors.items():
        for language, (file, html, must, must_not) in pages:
            if half_of(file) != HALVES[0]:
                continue  # the held-out half's failures are never looked at
            for check in failed_checks(fn(html), must, must_not):
                print(f"{name}\t{language or '-'}\t{file}\t{check}")


def print_snippets(name: str, results: list[PageResult], tuning: bool) -> None:
    """The English rows (as the README quotes them), then the rows over every language."""
    for label, rows in (("en", [r for r in results if r[1] == "en"]), ("all languages", results)):
        for half, (n, checks, whole, ms) in snippet_pass(rows).items() if rows else ():
            if not n or (tuning and half == "all"):
                continue
            print(f"{name:16s} trafilatura-eval {label}, {half} ({n} pages): "
                  f"{checks:.1%} of snippet checks, {whole:.1%} of pages pass all, {ms:.1f} ms/page")


def main() -> None:
    """Run every available extractor on both corpora and print one table."""
    # bs4 warns once per XHTML page that it is parsing XML as HTML; that is intended here.
    warnings.filterwarnings("ignore", message=".*XML document.*")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", default=str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--only", nargs="*", choices=list(EXTRACTORS), help="run only these extractors")
    parser.add_argument("--no-eval", action="store_true", help="skip the trafilatura-eval snippets")
    parser.add_argument("--tuning", action="store_true",
                        help="only the tuning halves (ids 0-7, trafilatura-eval's tuning half), to try rules on")
    parser.add_argument("--failures", action="store_true",
                        help="list the failing checks of trafilatura-eval's tuning half, and nothing else")
    parser.add_argument("--all-languages", action="store_true",
                        help="with --failures: the tuning half's pages in every language, not only the English ones")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    extractors = available(args.only or list(EXTRACTORS))
    if args.failures:
        pages = all_eval_pages(corpora)
        show_failures(extractors, pages if args.all_languages else [p for p in pages if p[0] == "en"])
        return
    halves = benchmark_pages(corpora)
    eval_pages = [] if args.no_eval else all_eval_pages(corpora)
    if args.tuning:
        from dates import HALVES, half_of

        halves = {"ids 0-7": halves["ids 0-7"]}
        eval_pages = [page for page in eval_pages if half_of(page[1][0]) == HALVES[0]]
    print(f"{'extractor':16s} {'half':8s}   P     R     F1   ms/page")
    for name, fn in extractors.items():
        for half, pages in halves.items():
            p, r, f1, ms = score(fn, pages)
            print(f"{name:16s} {half:8s} {p:.3f} {r:.3f} {f1:.3f} {ms:7.1f}")
        print_snippets(name, run_checks(fn, eval_pages), args.tuning)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
