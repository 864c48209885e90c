"""Syndicated copies as an archive holds them: precision and recall of `--group-copies` on real text.

Usage: python benchmarks/copies_eval.py [CORPORA_DIR] [--stories 120] [--show]

Built from real stories (BBC News and Reuters-21578 in CORPORA_DIR): each base story is written once as the
original (the earliest, a .txt), then as copies an outlet would run, each edited one way (a new headline, a
byline or dateline added or dropped, the end cut, an editor's note, "Additional reporting by", newsletter and
related-links boilerplate, a correction, curly quotes, a word corrected) and saved as a .txt, an HTML page, a
JSON record or an RSS item. Beside them, articles that must stay apart: another story sharing a paragraph of
background, a series' standfirst on top of different stories, short stories under one long footer, different
stories under one wire dateline, and a brief of a long story. Measured: pairwise precision and recall of the
groups (``copies.group_of``, the index-wide story a hit stands for), the recall of each edit, the false merges
of each trap, and whether a story's earliest copy leads its group. Then real near-duplicate wires of
Reuters-21578 (pairs sharing nine in ten of the shorter one's five-word shingles): how many are grouped.
"""

from __future__ import annotations

import argparse
import gzip
import html
import itertools
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

FOOTER = ("Reporting for this newsletter is supported by readers like you, and every subscription keeps our "
          "journalism free for everyone. You can support our work by becoming a member today and get every "
          "story delivered to your inbox each morning. Our newsroom is independent and our reporting is "
          "never paid for by the companies we cover. Send us your tips and corrections by writing to the "
          "news desk at the address shown on our contact page.")
STANDFIRST = ("This is the latest in our series on the cost of living, in which our reporters visit towns across "
              "the country. Each week we meet the people behind the figures and ask what has changed for them.")
NEWSLETTER = "Sign up for our morning newsletter to get the biggest stories of the day sent straight to your inbox."
RELATED = "Related stories: Markets close higher | Government unveils budget plan | Weather warning issued"


@dataclass
class Piece:
    """One article written into the corpus: its story (the truth), what was done to it, its date."""

    name: str
    story: str
    edit: str
    title: str
    body: str
    day: date | None
    trap: str = ""
    fmt: str = "txt"
    extra: dict[str, str] = field(default_factory=dict)


def paragraphs(body: str) -> list[str]:
    """A body's paragraphs (blank-line separated; Reuters' are wrapped lines)."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]


def sentences_of(text: str) -> list[str]:
    """Rough sentences, enough to pick long ones."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", text) if s]


def load_bbc(corpora: Path, count: int) -> list[tuple[str, str, str]]:
    """(key, title, body) of BBC stories with at least five paragraphs, a fixed sample."""
    files = sorted((corpora / "bbc-news" / "bbc").glob("*/*.txt"))
    stories, seen = [], set()
    for path in files:
        lines = path.read_text(encoding="latin-1").split("\n", 1)
        body = lines[1].strip() if len(lines) > 1 else ""
        opening = " ".join(body.split()[:60])  # BBC News holds some stories twice: each base story once
        if len(paragraphs(body)) >= 5 and opening not in seen:
            seen.add(opening)
            stories.append((f"bbc-{path.parent.name}-{path.stem}", lines[0].strip(), body))
    random.Random(11).shuffle(stories)
    return stories[:count]


def load_reuters(corpora: Path) -> list[tuple[str, str, str, str]]:
    """(newid, date, title, body) of every Reuters-21578 story with a body."""
    stories = []
    for path in sorted((corpora / "reuters-21578").glob("reut2-*.sgm.gz")):
        with gzip.open(path) as packed:
            raw = packed.read().decode("latin-1")
        for match in re.finditer(r"<REUTERS[^>]*NEWID=\"(\d+)\">(.*?)</REUTERS>", raw, re.DOTALL):
            newid, record = match.groups()
            body = re.search(r"<BODY>(.*?)</BODY>", record, re.DOTALL)
            title = re.search(r"<TITLE>(.*?)</TITLE>", record, re.DOTALL)
            day = re.search(r"<DATE>\s*(\d+-\w+-\d{4})", record)
            if body:
                text = html.unescape(re.sub(r"&#\d+;", "", body.group(1))).replace("\x03", "").strip()
                stories.append((newid, day.group(1) if day else "", html.unescape(title.group(1)) if title else "",
                                text.replace(" Reuter", "").strip()))
    return stories


def curly(text: str) -> str:
    """Straight quotes made typographic, as a CMS does."""
    text = re.sub(r"(^|[\s(])\"", "\\1\u201c", text)
    return text.replace('"', "\u201d").replace("'", "\u2019")


def word_fixed(body: str, paragraph: int = 1) -> str:
    """One word of a paragraph changed (the second), as a correction reissued ("that" dropped, a typo fixed)."""
    paras = paragraphs(body)
    words = paras[paragraph].split()
    at = len(words) // 2
    words[at] = words[at] + "s" if not words[at].endswith("s") else words[at][:-1]
    paras[paragraph] = " ".join(words)
    return "\n\n".join(paras)


EDITS = {  # edit name -> (title change, body change)
    "headline": lambda t, b: ("Report: " + t.lower(), b),
    "byline added": lambda t, b: (t, "By Jane Hollister, Economics Correspondent\n\n" + b),
    "dateline added": lambda t, b: (t, "LONDON (Reuters) - " + b),
    "end cut": lambda t, b: (t, "\n\n".join(paragraphs(b)[: max(2, len(paragraphs(b)) // 2)])),
    "editor's note": lambda t, b: (t, "Editor's note: This story was first published by our partners at the "
                                      "national wire service and has been edited for length.\n\n" + b),
    "additional reporting": lambda t, b: (t, b + "\n\nAdditional reporting by Tom Ellis in Paris; editing by "
                                             "Mark Heinrich."),
    "boilerplate around": lambda t, b: (t, NEWSLETTER + "\n\n" + b + "\n\n" + RELATED),
    "correction": lambda t, b: (t, b + "\n\nCorrection: An earlier version of this story gave the wrong date "
                                       "for the meeting. It is on Thursday, not Wednesday."),
    "curly quotes": lambda t, b: (curly(t), curly(b)),
    "word corrected": lambda t, b: (t, word_fixed(b)),
    "lede word corrected": lambda t, b: (t, word_fixed(b, 0)),
}
FORMATS = ["txt", "html", "json", "rss"]


def copies_of(key: str, title: str, body: str, start: date, rng: random.Random) -> list[Piece]:
    """The original and three copies, each edited one way (round robin over EDITS), each in a format."""
    pieces = [Piece(f"{key}-original", key, "original", title, body, start)]
    names = list(EDITS)
    for n, edit in enumerate(rng.sample(names, 3), start=1):
        new_title, new_body = EDITS[edit](title, body)
        fmt = FORMATS[(n + len(key)) % len(FORMATS)]
        pieces.append(Piece(f"{key}-copy{n}", key, edit, new_title, new_body, start + timedelta(days=n), fmt=fmt))
    return pieces


def traps(bbc: list[tuple[str, str, str]], reuters: list[tuple[str, str, str, str]], start: date) -> list[Piece]:
    """Articles that must not be grouped with one another (each its own story) or with the story they borrow from."""
    pieces: list[Piece] = []
    for n, ((key, title, body), (_, _, other)) in enumerate(zip(bbc[:20], bbc[20:40])):  # one event, two stories
        paras = paragraphs(body)
        shared = paragraphs(other)[1]  # background or a quote the other story has too
        pieces.append(Piece(f"{key}-oneevent", f"{key}-oneevent", "trap", "Also: " + title,
                            "\n\n".join([paras[0], shared, *paras[1:]]), start + timedelta(days=n), trap="shared paragraph"))
    for n, (key, title, body) in enumerate(bbc[40:60]):  # a series' standfirst on top
        pieces.append(Piece(f"{key}-series", f"{key}-series", "trap", title, STANDFIRST + "\n\n" + body,
                            start + timedelta(days=n), trap="series standfirst"))
    short = [s for s in reuters if 3 <= len(sentences_of(" ".join(s[3].split()))) <= 4 and len(s[3]) > 300]
    footed = random.Random(5).sample(short, 40)
    for newid, _, title, body in footed:  # short stories under one long footer
        pieces.append(Piece(f"reuters-{newid}-footer", f"reuters-{newid}-footer", "trap", title.title(),
                            body + "\n\n" + FOOTER, start, trap="shared footer"))
    long_ones = [s for s in reuters if len(sentences_of(" ".join(s[3].split()))) >= 6]
    for newid, _, title, body in random.Random(6).sample(long_ones, 40):  # one wire dateline, different stories
        text = re.sub(r"^[A-Z][A-Z .,]+, \w+ \d+ - ", "", " ".join(body.split()))
        pieces.append(Piece(f"reuters-{newid}-wire", f"reuters-{newid}-wire", "trap", title.title(),
                            "WELLINGTON (Reuters) - " + text, start, trap="wire dateline"))
    figured = [s for s in short if s not in footed and len(re.findall(r"\d+", s[3].split(" - ", 1)[-1][:200])) >= 2]
    for newid, _, title, body in random.Random(7).sample(figured, 20):  # a report with figures in its lede, and
        # next week's in its words
        for week in range(2):
            figures = re.sub(r"\d+", lambda m, step=3 * week: str(int(m.group()) + step), body)
            pieces.append(Piece(f"reuters-{newid}-week{week}", f"reuters-{newid}-week{week}", "trap", title.title(),
                                figures, start + timedelta(days=7 * week), trap="next week's report"))
    for n, (key, title, body) in enumerate(bbc[60:80]):  # a long story and a brief of it
        pieces.append(Piece(f"{key}-long", f"{key}-long", "trap", title, body, start + timedelta(days=n), trap="brief"))
        first = sentences_of(paragraphs(body)[0])[0]
        brief = f"In brief: {first} More to follow on our website later today."
        pieces.append(Piece(f"{key}-brief", f"{key}-brief", "trap", "Brief: " + title, brief,
                            start + timedelta(days=n), trap="brief"))
    return pieces


def write(piece: Piece, folder: Path) -> str:
    """Save ``piece`` in its format; its article id."""
    day = piece.day.isoformat() if piece.day else ""
    if piece.fmt == "txt":
        (folder / f"{piece.name}.txt").write_text(f"Title: {piece.title}\nDate: {day}\n\n{piece.body}\n")
        return f"{piece.name}.txt"
    if piece.fmt == "json":
        record = {"title": piece.title, "date_publish": day, "maintext": piece.body}
        (folder / f"{piece.name}.json").write_text(json.dumps(record))
        return f"{piece.name}.json"
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(piece.body))
    if piece.fmt == "rss":
        item = (f"<item><title>{html.escape(piece.title)}</title><link>https://news.example/{piece.name}</link>"
                f"<guid>{piece.name}</guid><pubDate>{piece.day.strftime('%a, %d %b %Y 09:00:00 GMT')}</pubDate>"
                f"<description>{html.escape(paras)}</description></item>")
        (folder / f"{piece.name}.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>'
                                                  f"<title>Feed</title>{item}</channel></rss>")
        return f"{piece.name}.rss#{piece.name}"
    page = (f"<html><head><title>{html.escape(piece.title)} | The Daily Example</title>"
            f'<meta property="article:published_time" content="{day}T09:00:00Z"></head><body>'
            '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
            f"<article><h1>{html.escape(piece.title)}</h1>{paras}</article>"
            '<aside class="newsletter"><p>Get our newsletter every morning in your inbox.</p></aside>'
            "<footer><p>© 2026 The Daily Example. All rights reserved.</p></footer></body></html>")
    (folder / f"{piece.name}.html").write_text(page)
    return f"{piece.name}.html"


def build_set(corpora: Path, stories: int) -> list[Piece]:
    """The whole measured set: copies of BBC and Reuters stories, and the traps."""
    rng = random.Random(3)
    bbc = load_bbc(corpora, stories + 80)
    openings: dict[str, tuple[str, str, str, str]] = {}
    for story in load_reuters(corpora):  # Reuters-21578 holds near-duplicates: each base story once
        openings.setdefault(" ".join(story[3].split()[:40]), story)
    reuters = list(openings.values())
    start = date(2024, 3, 1)
    multi = [s for s in reuters if len(paragraphs(s[3])) >= 3 and len(sentences_of(" ".join(s[3].split()))) >= 3]
    based = random.Random(4).sample(multi, stories // 2)
    pieces = traps(bbc[stories:], [s for s in reuters if s not in based], start)
    for n, (key, title, body) in enumerate(bbc[: stories // 2]):
        pieces += copies_of(key, title, body, start + timedelta(days=n), rng)
    for n, (newid, _, title, body) in enumerate(based):
        pieces += copies_of(f"reuters-{newid}", title.title(), body, start + timedelta(days=n), rng)
    return pieces


def pairs(groups: dict[str, str]) -> set[tuple[str, str]]:
    """Every pair of names (sorted) within one group."""
    members: dict[str, list[str]] = defaultdict(list)
    for name, group in groups.items():
        members[group].append(name)
    return {tuple(sorted(p)) for names in members.values() for p in itertools.combinations(names, 2)}  # type: ignore


def evaluate(pieces: list[Piece], work: Path, show: bool) -> None:
    """Index the set, read each article's group, and print the measures."""
    from newssearch import build_index, open_index
    from newssearch.copies import group_of
    from newssearch.copyindex import CopyIndex

    corpus = work / "corpus"
    corpus.mkdir()
    ids = {write(piece, corpus): piece for piece in pieces}
    report = build_index(corpus, work / "ix", rebuild=True)
    with open_index(work / "ix") as idx:
        searcher = idx._searcher
        docnum = {searcher.stored_fields(d)["id"]: d for d in searcher.reader().all_doc_ids()}
        missing = sorted(set(ids) - set(docnum))
        keys = CopyIndex(searcher.reader())
        found: dict[str, str] = {}
        lead: dict[str, str] = {}
        for article_id in sorted(docnum):
            group = group_of(searcher, docnum[article_id], keys)
            names = [searcher.stored_fields(d)["id"] for d in group]
            found[ids[article_id].name] = min(names)
            lead[ids[article_id].name] = ids[names[0]].name if names[0] in ids else names[0]
    truth = {p.name: p.story for p in pieces if p.name in found}
    got, want = pairs(found), pairs(truth)
    print(f"{len(pieces)} articles written, {report.added} indexed, missing: {missing[:5]}")
    print(f"pairs: truth {len(want)}, grouped {len(got)}, right {len(got & want)}; "
          f"precision {len(got & want) / max(1, len(got)):.3f}, recall {len(got & want) / max(1, len(want)):.3f}")
    originals = {p.story: p.name for p in pieces if p.edit == "original"}
    for kind in ("bbc", "reuters"):
        by_edit: dict[str, Counter[bool]] = defaultdict(Counter)
        for p in pieces:
            if p.edit not in ("original", "trap") and p.story.startswith(kind) and p.name in found:
                grouped = found[p.name] == found[originals[p.story]]
                by_edit[p.edit][grouped] += 1
                if show and not grouped:
                    print("  missed:", p.name, p.edit, p.fmt)
        print(f"{kind} recall by edit: " + ", ".join(f"{e} {c[True]}/{c[True] + c[False]}" for e, c in sorted(by_edit.items())))
    merged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for p in pieces:
        if p.trap and p.name in found:
            total[p.trap] += 1
            others = [q for q, g in found.items() if g == found[p.name] and truth[q] != p.story]
            merged[p.trap] += bool(others)
            if show and others:
                print("  merged:", p.name, "with", others[:3])
    print("traps merged with another story: " + ", ".join(f"{t} {merged[t]}/{total[t]}" for t in sorted(total)))
    leads = Counter(lead[name] == name for story, name in originals.items() if name in lead)
    if show:
        print("  led by another:", [(name, lead[name]) for name in originals.values() if lead.get(name, name) != name])
    print(f"the original (earliest) leads its group: {leads[True]}/{leads[True] + leads[False]}")


def reuters_duplicates(corpora: Path) -> None:
    """Real near-duplicate wires: pairs sharing 90% of the shorter one's five-word shingles; how many are grouped."""
    from newssearch.copyindex import SENTENCE_COPY_DAYS
    from newssearch.textkeys import (
        all_words,
        index_keys,
        opening_words,
        run_keys,
        same_story,
        sentence_keys,
        text_words,
        texts_alike,
        words_alike,
    )

    stories = [s for s in load_reuters(corpora) if len(s[3].split()) >= 40]
    shingles = []
    for _, _, _, body in stories:
        words = re.findall(r"\w+", body.lower())
        shingles.append({" ".join(words[i : i + 5]) for i in range(len(words) - 4)})
    postings: dict[str, list[int]] = defaultdict(list)
    for n, grams in enumerate(shingles):
        for gram in grams:
            postings[gram].append(n)
    shared: Counter[tuple[int, int]] = Counter()
    for holders in postings.values():
        if 1 < len(holders) <= 30:
            shared.update(itertools.combinations(holders, 2))
    near = [(a, b) for (a, b), n in shared.items() if n / min(len(shingles[a]), len(shingles[b])) >= 0.9]
    keys = [index_keys(body) for _, _, _, body in stories]

    days = [datetime.strptime(day, "%d-%b-%Y").toordinal() if day else 0 for _, day, _, _ in stories]

    def copies(a: int, b: int) -> bool:  # as copies._group tells them, without an index
        body, other = stories[a][3], stories[b][3]
        near_days = not days[a] or not days[b] or abs(days[a] - days[b]) <= SENTENCE_COPY_DAYS
        if (set(sentence_keys(keys[a])) & set(sentence_keys(keys[b])) and near_days
                and texts_alike(all_words(body), all_words(other))):
            return True
        return same_story(run_keys(keys[a]), run_keys(keys[b]),
                          alike=lambda: words_alike(text_words(body), text_words(other)),
                          openings_alike=lambda n, m: words_alike(opening_words(body, n), opening_words(other, m)))

    grouped = [(a, b) for a, b in near if copies(a, b)]
    exact = sum(stories[a][3] == stories[b][3] for a, b in near)
    print(f"Reuters-21578 near-duplicate pairs (90% of five-word shingles): {len(near)} ({exact} identical bodies), "
          f"grouped {len(grouped)} ({len(grouped) / max(1, len(near)):.3f})")


def main() -> None:
    """Build the set, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="?", default=str(REPO.parent / "shared" / "corpora"))
    parser.add_argument("--stories", type=int, default=120, help="base stories copied (half BBC, half Reuters)")
    parser.add_argument("--show", action="store_true", help="name each missed copy and merged trap")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    with tempfile.TemporaryDirectory() as tmp:
        evaluate(build_set(corpora, args.stories), Path(tmp), args.show)
    reuters_duplicates(corpora)


if __name__ == "__main__":
    main()
