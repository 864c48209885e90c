"""Did you mean, measured: slips put right, and real words the index lacks left alone.

Usage: python benchmarks/spelling_eval.py [CORPORA_DIR] [--work DIR] [--out FILE] [--show]

Indexes BBC News and Reuters-21578 (into --work, kept and reused when given) and asks each index for a suggestion on:

  knownitem  benchmarks/knownitem.py's typo queries on BBC (sample 300, seed 7): a title's rarest words, one with two
             inner letters swapped; right when the suggestion is the words as written before the slip
  slip       a word of the index (in 3+ articles, 4-12 letters, no stop word) typed alone with one realistic slip: two
             letters swapped, one left out, one doubled, one a keyboard neighbour (never the first letter), the slip
             no word of either corpus; right when the suggestion is the word
  absent     a word the other corpus writes in 2+ articles that this index does not find at all, typed alone
  common     a list of everyday English words and names (COMMON), each one this index finds nothing for
  rare       a word this index holds in very few articles (as few as spelling.py's rare words are looked up in: 2 on
             BBC, 19 on Reuters; 6+ letters) that the other corpus writes in 2+ articles, a real word, and one slip
             (a letter left out, two swapped) from a word of this index, as a rare typo is: typed alone

A slip should get its word; an absent, common or rare word, a correct word the index simply lacks or seldom writes,
should get none.
Each item is in the tuning half or the held-out half by a fixed hash of its word (crc32, even: tuning): choose on
the tuning half only, report both. --out writes every item's suggestion (JSON lines) to compare two trees.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from knownitem import read_corpus, sample_queries, stop_words, words_of

CORPORA = {"bbc": "bbc-news", "reuters": "reuters-21578"}
SLIPS = 300  # slipped words per index
ABSENT = 250  # absent words per index
RARE = 250  # rare real words per index
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
# Everyday words and names a news index may lack (checked per index: one it finds is left out)
COMMON = """
maori tofu blog grammy fiat sushi podcast emoji selfie hashtag smartphone wifi iphone bitcoin brexit covid
vaccine lockdown zoom netflix spotify uber airbnb tweet twitter facebook youtube instagram google amazon
karaoke yoga pilates tsunami bungalow kayak canoe igloo tundra glacier volcano lagoon fjord savanna
mango papaya kiwi avocado quinoa hummus falafel kebab lasagne risotto espresso latte cappuccino croissant
bagel pretzel muffin waffle pancake omelette yoghurt tofu noodle dumpling burrito taco nachos salsa
giraffe zebra penguin koala kangaroo panda walrus beaver badger hedgehog squirrel otter falcon parrot
violin cello banjo ukulele harp flute tuba saxophone accordion bagpipe
beyonce rihanna madonna shakira adele picasso mozart beethoven chopin tolstoy dickens shakespeare
nairobi lagos accra dakar lima quito bogota havana oslo helsinki riga tallinn vilnius minsk kiev tbilisi
yerevan baku tashkent kabul dhaka colombo hanoi manila jakarta perth auckland fiji samoa tonga
ballet opera sonnet haiku limerick ballad lullaby
wizard goblin dragon unicorn mermaid vampire zombie
plumber carpenter blacksmith locksmith dentist surgeon midwife nanny butler chauffeur
umbrella wardrobe cupboard duvet pillow blanket curtain carpet
""".split()


def half(word: str) -> str:
    """The item's half, by a fixed hash of its word: tuning (even crc32) or held out."""
    return "tuning" if zlib.crc32(word.lower().encode()) % 2 == 0 else "held out"


def vocabulary(corpus: object) -> dict[str, int]:
    """In how many articles (title or body) each plain lower-case word occurs."""
    counts: dict[str, int] = {}
    for title, body in corpus.stored.values():  # type: ignore[attr-defined]
        for word in set(words_of(title + "\n" + body)):
            if word.isalpha():
                counts[word] = counts.get(word, 0) + 1
    return counts


def slips_of(word: str) -> list[str]:
    """One-slip forms of ``word``, its first letter kept: swapped, left out, doubled, a keyboard neighbour."""
    out = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    out += [word[:i] + word[i + 1:] for i in range(1, len(word))]
    out += [word[:i] + word[i] + word[i:] for i in range(1, len(word))]
    for i in range(1, len(word)):
        for row in KEYBOARD:
            at = row.find(word[i])
            out += [word[:i] + row[j] + word[i + 1:] for j in (at - 1, at + 1) if at >= 0 and 0 <= j < len(row)]
    return out


def make_items(name: str, vocab: dict[str, int], other: dict[str, int], corpus: object,
               finds: object) -> list[dict[str, str]]:
    """The items asked of one index: (set, typed, expected suggestion or '')."""
    rng = random.Random(f"spelling/{name}")
    stops = stop_words()
    items: list[dict[str, str]] = []
    if name == "bbc":
        for query in sample_queries(corpus, 300, 7)[1]:
            if query.kind == "typo":
                typo = next(w for w, i in zip(query.words, query.intended.split()) if w != i)
                items.append({"set": "knownitem", "typed": query.text, "expected": query.intended, "word": typo})
    known = sorted(w for w, n in vocab.items() if n >= 3 and 4 <= len(w) <= 12 and w not in stops and w.isascii())
    for word in rng.sample(known, SLIPS):
        forms = [s for s in slips_of(word) if s not in vocab and s not in other]
        if forms:
            items.append({"set": "slip", "typed": rng.choice(forms), "expected": word, "word": word})
    lacking = sorted(w for w, n in other.items()
                     if n >= 2 and len(w) >= 4 and w not in vocab and w not in stops and w.isascii())
    rng.shuffle(lacking)
    absent = [w for w in lacking[:ABSENT * 2] if not finds(w)][:ABSENT]  # type: ignore[operator]
    items += [{"set": "absent", "typed": w, "expected": "", "word": w} for w in absent]
    items += [{"set": "common", "typed": w, "expected": "", "word": w}
              for w in dict.fromkeys(COMMON) if w not in vocab and not finds(w)]  # type: ignore[operator]
    items += [{"set": "rare", "typed": w, "expected": "", "word": w} for w in rare_words(vocab, other, corpus, rng)]
    return items


def rare_words(vocab: dict[str, int], other: dict[str, int], corpus: object, rng: random.Random) -> list[str]:
    """Up to RARE words of 6+ letters this index holds in as few articles as spelling.py looks its rare words up in
    (one in a thousand, two at least), that the other corpus writes in two or more (real words, seldom written), and
    that are one slip (a letter left out, two swapped) from a word of this index: the rare words a correction risks."""
    from newssearch.spelling import MIN_RARE_WORD, MIN_VERY_RARE, VERY_RARE_SHARE

    very_rare = max(MIN_VERY_RARE, len(corpus.stored) // VERY_RARE_SHARE)  # type: ignore[attr-defined]
    stops = stop_words()
    rare = sorted(w for w, n in vocab.items() if n <= very_rare and len(w) >= MIN_RARE_WORD and other.get(w, 0) >= 2
                  and w not in stops and w.isascii() and any(s in vocab for s in _slipped_from(w)))
    return rng.sample(rare, min(RARE, len(rare)))


def _slipped_from(word: str) -> set[str]:
    """The words ``word`` could be with one letter left out or two neighbours swapped, its first letter kept."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    left_out = {word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in letters}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    return (left_out | swapped) - {word}


def evaluate(corpora: Path, work: Path) -> list[dict[str, str]]:
    """Build (or reuse) both indexes, make the items, ask each its suggestion."""
    from newssearch import build_index, open_index

    for folder in CORPORA.values():
        if not (work / folder).is_dir():
            build_index(corpora / folder, work / folder, rebuild=True)
    corpus, vocab = {}, {}
    for name, folder in CORPORA.items():
        with open_index(work / folder) as idx:
            corpus[name] = read_corpus(idx)
            vocab[name] = vocabulary(corpus[name])
    results = []
    for name, folder in CORPORA.items():
        other = vocab["reuters" if name == "bbc" else "bbc"]
        with open_index(work / folder) as idx:
            def finds(word: str, idx: object = idx) -> bool:
                return idx.search(word, limit=1).total > 0  # type: ignore[attr-defined]

            for item in make_items(name, vocab[name], other, corpus[name], finds):
                suggestion = idx.search(item["typed"], limit=1).suggestion or ""
                results.append({**item, "index": name, "half": half(item["word"]), "suggestion": suggestion})
    return results


def again(work: Path, items: list[dict[str, str]]) -> list[dict[str, str]]:
    """The items of an earlier run, each asked its suggestion again of its index in ``work``."""
    from newssearch import open_index

    results = []
    for name, folder in CORPORA.items():
        with open_index(work / folder) as idx:
            for item in (i for i in items if i["index"] == name):
                suggestion = idx.search(item["typed"], limit=1).suggestion or ""
                results.append({**item, "suggestion": suggestion})
    return results


def right(item: dict[str, str]) -> bool:
    """A slip put right, or a real word left alone."""
    return item["suggestion"].lower() == item["expected"].lower()


def report(results: list[dict[str, str]], show: bool) -> None:
    """One line per index, set and half: how many were put right (slips) or given a suggestion (real words)."""
    print(f"{'index':8} {'set':10} {'half':9} {'items':>5} {'right':>5} {'suggested':>9}")
    for name in CORPORA:
        for kind in ("knownitem", "slip", "absent", "common", "rare"):
            for part in ("tuning", "held out"):
                these = [r for r in results if (r["index"], r["set"], r["half"]) == (name, kind, part)]
                if these:
                    print(f"{name:8} {kind:10} {part:9} {len(these):5} {sum(map(right, these)):5} "
                          f"{sum(bool(r['suggestion']) for r in these):9}")
    if show:
        for r in results:
            if r["half"] == "tuning" and not right(r):
                print(f"  {r['index']:8} {r['set']:10} {r['typed']!r} -> {r['suggestion']!r} (want {r['expected']!r})")


def main() -> None:
    """Parse the arguments, evaluate, print the table (and write the items)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent.parent / "shared" / "corpora")
    parser.add_argument("--work", type=Path, help="folder for the two indexes, kept and reused")
    parser.add_argument("--out", type=Path, help="write every item and its suggestion here (JSON lines)")
    parser.add_argument("--items", type=Path, help="ask the items of an earlier --out file again (quicker)")
    parser.add_argument("--show", action="store_true", help="list the tuning half's items not right")
    args = parser.parse_args()
    if args.items and args.work:
        results = again(args.work, [json.loads(line) for line in args.items.read_text(encoding="utf-8").splitlines()])
    elif args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        results = evaluate(args.corpora, args.work)
    else:
        with tempfile.TemporaryDirectory(prefix="spelling-") as tmp:
            results = evaluate(args.corpora, Path(tmp))
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in results), encoding="utf-8")
    report(results, args.show)


if __name__ == "__main__":
    main()
