"""Known-item search on news that is not in English: trafilatura-eval's pages, newssearch beside its peers, one run.

Usage: python benchmarks/multilang.py [CORPORA_DIR] [--seed 7] [--languages de es fr] [--show KIND]

Every trafilatura-eval page (990 real pages, 630 of them German) is indexed by newssearch as the HTML file it is;
the peers of knownitem.py (plain Whoosh, tantivy, SQLite FTS5, as ../shared/bench/peers.py sets them up: English
stemming) index the title and body newssearch extracted. A page's language is its ``<html lang>``. For each page
knownitem.py's four queries are made (words, title, phrase, typo), and three more that a reader of the page's
language types, each a ``words`` query changed by rule:
  inflected  one word in another inflection, made by the suffix rules of ``INFLECTIONS`` (German plural and case
             endings, French plural, feminine and elision l'/d', Spanish plural and gender), as some other page of
             the corpus writes it and the article itself nowhere does: the article is found through morphology only
  ascii      the words typed on a keyboard without the language's letters: German umlauts and ß written out
             (``Muenchen``, ``Strasse``), any other language's marks left off (``education`` for "éducation")
  unmarked   (German only) umlauts and ß typed as plain a/o/u and ss (``Munchen``)
an ``ascii`` or ``unmarked`` query is made only when it changes a word, and then the words query includes the
article's rarest title word with a mark. The forms come from rules, never from a list picked out of the data.
A hit counts when it is the page or an exact copy of its body. MRR (top 100), success@1 and @10, per language with
at least ``MIN_PAGES`` pages and per half (``dates.half_of``: the tuning half, whose file name's MD5 starts 0-7,
and the held-out half): rules are tried on the tuning half only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import knownitem as ki  # noqa: E402  (benchmarks/ as a path first)
from dates import half_of  # noqa: E402
from extraction import page_language  # noqa: E402

REPO = HERE.parent
MIN_PAGES = 15  # a language with fewer pages is reported under "other"
MIN_INFLECTED = 5  # letters in a word and in its other form: "rau" is no form of "raus", "main" none of "mai"
KINDS = (*ki.KINDS, "inflected", "ascii", "unmarked")

# Suffix rules, (ending, other ending) both ways, longest ending first where one is another's end: a word ending so
# is offered with the other ending. "" adds a suffix to any word of three letters or more.
_GERMAN = [("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"), ("ionen", "ion"),
           ("täten", "tät"), ("ern", "er"), ("eln", "el"), ("en", "e"), ("em", "en"), ("er", "en"), ("es", "e"),
           ("e", ""), ("es", ""), ("s", ""), ("en", "")]
_FRENCH = [("aux", "al"), ("eaux", "eau"), ("elles", "el"), ("elle", "el"), ("ives", "if"), ("ive", "if"),
           ("ées", "é"), ("ée", "é"), ("és", "é"), ("es", "e"), ("s", "")]
_SPANISH = [("ciones", "ción"), ("siones", "sión"), ("ones", "ón"), ("ces", "z"), ("eses", "és"), ("es", ""),
            ("os", "o"), ("as", "a"), ("a", "o"), ("as", "os"), ("s", "")]
INFLECTIONS: dict[str, list[tuple[str, str]]] = {"de": _GERMAN, "fr": _FRENCH, "es": _SPANISH}
ELISIONS = {"fr": ("l'", "d'")}  # an article or preposition written onto a word beginning with a vowel
_VOWEL_START = re.compile(r"^[aeiouyhâàéèêîïôûœ]")
_GERMAN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_GERMAN_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def unmarked(word: str) -> str:
    """``word`` with its marks left off, as typed on a keyboard without them (ß as ss, ł as l)."""
    word = word.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def ascii_typed(word: str, lang: str) -> str:
    """``word`` as a reader of ``lang`` types it without its letters: German writes umlauts out (``muenchen``)."""
    return unmarked(word.translate(_GERMAN_OUT)) if lang == "de" else unmarked(word)


def inflections(word: str, lang: str) -> list[str]:
    """The other forms of ``word`` that ``INFLECTIONS`` and ``ELISIONS`` make in ``lang``, once each, in rule order."""
    forms: list[str] = []
    for prefix in ELISIONS.get(lang, ()):
        if word.startswith(prefix):
            bare = word[len(prefix):]
            forms += [bare] + [other + bare for other in ELISIONS[lang] if other != prefix]
    if lang in ELISIONS and "'" not in word and _VOWEL_START.match(word):
        forms += [prefix + word for prefix in ELISIONS[lang]]
    for one, other in INFLECTIONS.get(lang, ()):
        for ending, new in ((one, other), (other, one)):
            stem = word[:len(word) - len(ending)] if ending else word
            if word.endswith(ending) and len(stem) >= 3:
                forms.append(stem + new)
    return [form for form in dict.fromkeys(forms) if form != word]


def inflected_words(words: list[str], lang: str, rng: random.Random, vocabulary: dict[str, int],
                    own: set[str]) -> list[str]:
    """``words`` with one of them in another inflection that some page writes and the article does not; a function
    word of the language ("über", "der") has none."""
    from newssearch.functionwords import FUNCTION_WORDS, fold

    function_words = FUNCTION_WORDS.get(lang, frozenset())
    choices = [(place, form) for place, word in enumerate(words) if fold(word) not in function_words
               and len(word) >= MIN_INFLECTED for form in inflections(word, lang)
               if form in vocabulary and form not in own and len(form) >= MIN_INFLECTED]
    if not choices:
        return []
    place, form = rng.choice(choices)
    return [*words[:place], form, *words[place + 1:]]


def marked_words(title: str, words: list[str], df: dict[str, int], stops: frozenset[str]) -> list[str]:
    """``words`` with the rarest title word that has a mark among them (in title order) when none has one."""
    if any(not w.isascii() for w in words):
        return words
    marked = [w for w in ki.words_of(title) if not w.isascii() and w not in stops and len(w) > 1]
    if not marked:
        return []
    title_order = ki.words_of(title)
    rarest = min(marked, key=lambda w: (df.get(w, 0), title_order.index(w)))
    return sorted({*words, rarest}, key=title_order.index)[-4:] if rarest not in words else words


def reader_queries(base: list[ki.Query], lang: str, title: str, body: str, seed: int, df: dict[str, int],
                   stops: frozenset[str]) -> list[ki.Query]:
    """The inflected, ascii and unmarked queries of one article, made from its words query."""
    words_query = next((q for q in base if q.kind == "words"), None)
    if words_query is None:
        return []
    target, words = words_query.target, list(words_query.words)
    rng = random.Random(f"{seed}/{target}/reader")
    queries = []
    inflected = inflected_words(words, lang, rng, df, set(ki.words_of(title + "\n" + body)))
    if inflected:
        queries.append(ki.Query("inflected", target, " ".join(inflected), tuple(inflected)))
    marked = marked_words(title, words, df, stops)
    typings = [("ascii", lambda w: ascii_typed(w, lang))]
    if lang == "de":
        typings.append(("unmarked", lambda w: unmarked(w.translate(_GERMAN_PLAIN))))
    for kind, typed in typings:
        changed = [typed(w) for w in marked]
        if changed != marked:
            queries.append(ki.Query(kind, target, " ".join(changed), tuple(changed)))
    return queries


def write_pages(corpora: Path, folder: Path) -> dict[str, tuple[str, str]]:
    """Each trafilatura-eval page as ``NNNN.html`` in ``folder`` (its bytes as they are); id -> (language, file)."""
    root = corpora / "trafilatura-eval"
    folder.mkdir(parents=True)
    pages = {}
    for number, entry in enumerate(json.loads((root / "evaldata.json").read_text()).values()):
        path = root / "eval" / f"{entry['file']}.gz"
        if not path.exists():
            path = root / "cache" / f"{entry['file']}.gz"
        data = gzip.open(path).read()
        name = f"{number:04d}.html"
        (folder / name).write_bytes(data)
        pages[name] = (page_language(data[:5000].decode("utf-8", "replace")), entry["file"])
    return pages


def make_all(corpus: ki.Corpus, pages: dict[str, tuple[str, str]], seed: int) -> list[ki.Query]:
    """Every page's queries: knownitem.py's four kinds and this benchmark's three."""
    df = ki.document_frequency(title + "\n" + body for title, body in corpus.stored.values())
    stops = ki.stop_words()
    queries: list[ki.Query] = []
    for target in sorted(corpus.stored):
        title, body = corpus.stored[target]
        if target not in pages or len(ki.words_of(title)) < 2 or len(ki.words_of(body)) < 20:
            continue  # no page of the benchmark, or too little text to remember it by
        base = ki.make_queries(target, title, body, seed, df, stops)
        queries += base + reader_queries(base, pages[target][0], title, body, seed, df, stops)
    return queries


def evaluate(corpora: Path, seed: int, languages: set[str] | None) -> tuple[dict[str, tuple[str, str]],
                                                                         list[ki.Query], ki.Outcome]:
    """Index the pages with newssearch and each peer; run every query on each."""
    from newssearch import build_index, open_index

    outcome = ki.Outcome({}, {}, seconds={})
    with tempfile.TemporaryDirectory(prefix="multilang-") as tmp:
        work = Path(tmp)
        pages = write_pages(corpora, work / "pages")
        build_index(work / "pages", work / "newssearch", rebuild=True)
        with open_index(work / "newssearch") as idx:
            corpus = ki.read_corpus(idx)
            queries = [q for q in make_all(corpus, pages, seed) if languages is None or pages[q.target][0] in languages]
            clock = time.perf_counter()
            ki.run_newssearch(idx, corpus, queries, outcome)
            outcome.seconds["newssearch"] = time.perf_counter() - clock  # type: ignore[index]
        ids = corpus.write_texts(work / "texts")
        peers = ki.load_peers(corpora.parent)
        for name, make in ki.PEERS.items():
            rank_of, close = make(peers, work / "texts", work, ids)
            clock = time.perf_counter()
            ki.run_peer(name, rank_of, corpus, queries, outcome)
            outcome.seconds[name] = time.perf_counter() - clock  # type: ignore[index]
            close()
    return pages, queries, outcome


def language_group(pages: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Each page's language as reported: its own when MIN_PAGES pages have it, else "other" ("-" undeclared)."""
    counts: dict[str, int] = {}
    for lang, _ in pages.values():
        counts[lang] = counts.get(lang, 0) + 1
    return {page: (lang or "-") if counts[lang] >= MIN_PAGES else "other" for page, (lang, _) in pages.items()}


def rows(pages: dict[str, tuple[str, str]], outcome: ki.Outcome) -> Iterator[tuple[str, str, str, str, list]]:
    """(language, kind, half, engine, ranks) for every group with a query."""
    group = language_group(pages)
    for lang in sorted(set(group.values()), key=lambda g: (g in ("other", "-"), g)):
        for kind in (*KINDS, "typo, as typed"):
            for half in ("tuning", "held out"):
                for (engine, k), runs in outcome.ranks.items():
                    ranks = [r for t, r in runs if k == kind and group[t] == lang and half_of(pages[t][1]) == half]
                    if ranks:
                        yield lang, kind, half, engine, ranks


def print_table(pages: dict[str, tuple[str, str]], outcome: ki.Outcome) -> None:
    """One line per language, kind, half and engine."""
    print(f"trafilatura-eval known-item search, {len(pages)} pages, target or an exact copy in the top {ki.TOP}")
    print(f"{'lang':<6} {'kind':<15} {'half':<9} {'engine':<16} {'MRR':>6} {'S@1':>6} {'S@10':>6} {'n':>4}")
    last = None
    for lang, kind, half, engine, ranks in rows(pages, outcome):
        if last and last != (lang, kind):
            print()
        last = (lang, kind)
        mrr, s1, s10 = ki.figures(ranks)
        print(f"{lang:<6} {kind:<15} {half:<9} {engine:<16} {mrr:6.3f} {s1:6.3f} {s10:6.3f} {len(ranks):4d}")


def show_missed(kind: str, pages: dict[str, tuple[str, str]], queries: list[ki.Query], outcome: ki.Outcome) -> None:
    """The tuning half's queries of ``kind`` whose article newssearch does not rank first (rank, peers' ranks)."""
    print(f"\nTuning half, {kind}: newssearch's rank, then " + ", ".join(ki.PEERS) + " (- is none):")
    ours = outcome.ranks.get(("newssearch", kind), [])
    theirs = [outcome.ranks.get((name, kind), []) for name in ki.PEERS]
    for place, query in enumerate(q for q in queries if q.kind == kind):
        if half_of(pages[query.target][1]) != "tuning" or ours[place][1] == 1:
            continue
        shown = " ".join(str(r or "-") for r in [ours[place][1], *(runs[place][1] for runs in theirs)])
        print(f"  {pages[query.target][0] or '-':<3} {shown:<14} {query.target} {query.text}")


def main() -> None:
    """Build the queries, run every engine on them, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--seed", type=int, default=7, help="seed of the queries")
    parser.add_argument("--languages", nargs="*", help="only pages in these languages (<html lang>; '' undeclared)")
    parser.add_argument("--show", nargs="*", choices=[*KINDS, "typo, as typed"], default=[],
                        help="list the tuning half's queries of these kinds not ranked first")
    args = parser.parse_args()
    started = time.perf_counter()
    pages, queries, outcome = evaluate(args.corpora, args.seed, set(args.languages) if args.languages else None)
    print_table(pages, outcome)
    for kind in args.show:
        show_missed(kind, pages, queries, outcome)
    print(f"\nnewssearch refused {outcome.refused} of {len(queries)} queries (InvalidQuery).")
    print(f"Query time, all kinds (top {ki.TOP}): "
          + ", ".join(f"{name} {1000 * s / max(1, len(queries)):.1f} ms" for name, s in (outcome.seconds or {}).items()))
    print(f"Total time {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
