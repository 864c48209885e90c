"""Corpora generated at test time for the reliability tests: many small good reports, and hostile files.

Nothing here is committed as data; every file is written into a test's tmp_path.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from newssearch import open_index
from newssearch.liveindex import open_whoosh
from newssearch.store import load_manifest

WORDS = (
    "police council harbour election storm rugby budget hospital school court minister flood "
    "transport housing farmers weather market union strike bridge fire rescue museum festival "
    "island river ferry airport coast reserve library orchestra vaccine tariff pension drought"
).split()


def token(i: int) -> str:
    """A word that occurs in report ``i`` only, so each report can be found by search."""
    letters = "bcdfghjklmnpqrstvwxz"
    word = ""
    n = i + 1
    while n:
        n, r = divmod(n, len(letters))
        word += letters[r]
    return "zq" + word + "x"


def report_text(i: int, rng: random.Random, version: int = 0) -> str:
    """One plain-text report in the seed layout: date marker, lede, paragraphs."""
    paragraphs = []
    for _ in range(rng.randint(2, 5)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(20, 60))]
        paragraphs.append(" ".join(words).capitalize() + ".")
    day = 1 + i % 28
    lede = f"Report {i} version {version} about {rng.choice(WORDS)} and {token(i)}."
    return f" date 2020-{1 + i % 12:02d}-{day:02d} {lede}\n\n" + "\n\n".join(paragraphs) + "\n"


def make_news_corpus(folder: Path, count: int, seed: int = 0) -> list[str]:
    """Write ``count`` small reports into ``folder`` (some in sub-folders); return their ids."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(count):
        rel = f"batch{i % 7}/report_{i:04d}.txt" if i % 3 else f"report_{i:04d}.txt"
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(report_text(i, rng), encoding="utf-8")
        ids.append(rel)
    return ids


def edit_corpus(folder: Path, seed: int) -> None:
    """Change, delete and add reports: what an incremental update has to get right."""
    rng = random.Random(seed)
    files = sorted(p for p in folder.rglob("*.txt"))
    for path in files[::9]:
        path.write_text(path.read_text(encoding="utf-8") + f"\nAn update: {rng.choice(WORDS)} zqedited.\n",
                        encoding="utf-8")
    for path in files[4::13]:
        path.unlink()
    for i in range(10_000, 10_020):
        (folder / f"new_{i}.txt").write_text(report_text(i, rng, version=1), encoding="utf-8")


def index_state(index_dir: Path) -> dict[str, tuple[str, str]]:
    """Every article the live index holds, id -> (title, body), read through the Whoosh index itself."""
    manifest = load_manifest(index_dir)
    assert manifest is not None
    ix = open_whoosh(index_dir, manifest)
    try:
        with ix.searcher() as searcher:
            docs = [(d["id"], (d.get("title") or "", d.get("body") or "")) for d in searcher.all_stored_fields()]
    finally:
        ix.close()
    state = dict(docs)
    assert len(state) == len(docs), "an article is in the index twice"
    return state


def check_searchable(index_dir: Path, state: dict[str, tuple[str, str]]) -> None:
    """The public API opens the index, fetches a sample of articles, and finds each one's token."""
    with open_index(index_dir) as idx:
        for article_id in sorted(state)[:: max(1, len(state) // 8)]:
            assert idx.get(article_id).body == state[article_id][1]
        if state:
            result = idx.search(" ".join(WORDS[:3]), match="any", limit=5)
            assert result.total > 0


# --- hostile files ----------------------------------------------------------------------------


def _html_nested(depth: int) -> bytes:
    return (b"<html><body>" + b"<div>" * depth + b"nested zqdeep text" + b"</div>" * depth
            + b"</body></html>")


BAD_FILES: dict[str, bytes] = {
    "binary.txt": bytes(range(256)) * 40,
    "binary.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "empty.txt": b"",
    "empty.json": b"",
    "blank.txt": b" \n\t\r\n   \n",
    "blank.html": b"   \n\n",
    "latin1.txt": "Caf\u00e9 r\u00e9sum\u00e9 zqlatin na\u00efve\n\nThe caf\u00e9 opened.\n".encode("latin-1"),
    "mixed.txt": "Mixed zqmixed \u00e9t\u00e9\n\n".encode() + "na\u00efve caf\u00e9".encode("cp1252") + b" end.\n",
    "invalid_utf8.txt": b"Invalid zqinvalid bytes \xff\xfe\xc3\x28 \xa0\xa1 here.\n",
    "utf16.txt": "UTF sixteen zqsixteen text.\n\nBody text here.\n".encode("utf-16"),
    "bom.txt": b"\xef\xbb\xbfBOM zqbom headline\n\nBody.\n",
    "nested.html": _html_nested(200),
    "very_nested.html": _html_nested(100_000),
    "truncated.html": b"<html><head><title>Cut zqcut</title></head><body><p>Text that stops <b",
    "tags_only.html": b"<html><body><div><span></span></div></body></html>",
    "script.html": b"<html><body><script>alert('zqscript')</script><p>Real zqreal text.</p></body></html>",
    "syntax.json": b'{"title": "Broken", "body": "no end',
    "wrong_type.json": b"[1, 2, 3, null, true]",
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "lines.jsonl": b'{"title": "Good zqgoodline", "body": "A good line zqgoodline."}\n{bad json\n\n[]\n',
    "truncated.txt.gz": gzip.compress(b"Gzip zqgzip\n\nWhole text of the gzip article.\n" * 50)[:60],
    "notgzip.txt.gz": b"this is not gzip at all",
    "good.txt.gz": gzip.compress(b"Gzip zqgoodgz\n\nA compressed article that is fine.\n"),
    "feed.rss": b"<?xml version='1.0'?><rss><channel><item><title>Unclosed zqfeed",
    "entity.xml": (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                   b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                   b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                   b"<rss><channel><item><title>&lol3;</title></item></channel></rss>"),
    "control.txt": b"Control \x1b[31m zqcontrol \x1b[0m title\n\nBody with \x07 bell and \x1b]0;title\x07."
                   + b" Plain words follow so that the file reads as text." * 20 + b"\n",
    "nul_late.txt": b"Late NUL zqnullate\n\n" + b"a" * 9000 + b"\x00 more",
    "one_word.txt": b"zqoneword",
    "huge_line.txt": b"zqhugeline " + b"x" * 2_000_000 + b"\n",
    "unclosed.sgm": b'<REUTERS NEWID="1"><TITLE>Unclosed zqsgml</TITLE><BODY>A story that never ends',
    "wire.sgm": b'<REUTERS NEWID="2"><TITLE>Wire zqwire</TITLE><BODY>Text.</BODY></REUTERS><REUTERS NEWID="3">',
    "nostories.sgml": b"<!DOCTYPE x><DOC>Not a wire file.</DOC>",
    "empty.nitf": b"<nitf><head/><body><body.content/></body></nitf>",
    "broken.nitf": b"<nitf><body><body.head><hedline><hl1>Broken zqnitf</hl1></hedline><body.content><p>Cut",
}

ODD_NAMES: dict[str, bytes] = {
    "with space zqspace.txt": b"Space zqspace\n\nA file name with spaces.\n",
    "caf\u00e9 \u00fcber \u65b0\u805e.txt": b"Unicode name zqunicode\n\nA file with a non-ASCII name.\n",
    "new\nline.txt": b"Newline zqnewline\n\nA file name with a newline.\n",
    "esc\x1b[31mred.txt": b"Escape zqescape\n\nA file name with an escape sequence.\n",
    "-dash.txt": b"Dash zqdash\n\nA file name that looks like an option.\n",
    "quote'\"s.txt": b"Quotes zqquotes\n\nA file name with quotes.\n",
}

GOOD_TOKENS = ("zqlatin", "zqmixed", "zqinvalid", "zqsixteen", "zqbom", "zqreal", "zqgoodline", "zqgoodgz",
               "zqsgml", "zqwire", "zqnitf",
               "zqspace", "zqunicode", "zqnewline", "zqescape", "zqdash", "zqquotes", "zqoneword", "zqcut",
               "zqhugeline", "zqdeep", "zqcontrol", "zqloop", "zqnullate")


def make_bad_corpus(folder: Path) -> None:
    """Write every hostile file, odd file name and a symlink loop into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    folder = folder.resolve()
    for name, data in {**BAD_FILES, **ODD_NAMES}.items():
        (folder / name).write_bytes(data)
    loop = folder / "loop"
    loop.mkdir()
    (loop / "inside.txt").write_text("Loop zqloop\n\nA file inside a folder that links to itself.\n")
    (loop / "self").symlink_to(loop, target_is_directory=True)
    (loop / "parent").symlink_to(folder, target_is_directory=True)
    (folder / "dangling.txt").symlink_to(folder / "does-not-exist.txt")
    (folder / "selflink.txt").symlink_to("selflink.txt")
    (folder / "unmounted.txt").symlink_to(folder.parent / "no-such-drive" / "story.txt")  # its folder missing too
    (folder / "linked.txt").symlink_to(folder / "with space zqspace.txt")


def write_big_text(path: Path, size: int) -> str:
    """A text file of ``size`` bytes made of repeated paragraphs (fast to write); returns its last word."""
    paragraph = ("The harbour board met again today zqbig and discussed the ferry timetable at length. " * 10
                 + "\n\n").encode()
    with open(path, "wb") as handle:
        handle.write(b"Big report zqbighead\n\n")
        block = paragraph * max(1, (1 << 20) // len(paragraph))
        written = 0
        while written + len(block) < size:
            handle.write(block)
            written += len(block)
        handle.write(paragraph[: max(0, size - written - 40)])
        handle.write(b"\n\nThe very last words zqbigtail.\n")
    return "zqbigtail"


def json_doc(title: str, body: str) -> bytes:
    """A one-article JSON file."""
    return json.dumps({"title": title, "body": body}).encode()
