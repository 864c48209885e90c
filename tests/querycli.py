"""A seeded check of the query side through the CLI: random query strings and option sets, and the invariants
between commands and output formats.

Queries are built from pieces of the syntax and of what a user pastes (unbalanced quotes and brackets, lone
operators, fields with nothing or an unknown name, odd dates, boosts and fuzziness, wildcards, a 5,000-character
query, 500 words, emoji, right-to-left and CJK text, combining marks, zero-width and control characters, NUL, bytes
that are not UTF-8, option lookalikes) and run with random options (``--limit 0``, ``--since`` after ``--until``,
impossible dates, ``--around`` with ``--recent``, ``--by`` odd values…). Each run must end with exit 0 and valid
output, or 1 or 2 with a message of one line for an error, never a traceback, an "unexpected" error, a hang, invalid
JSON or CSV, or Python's words (``NoneType``, an object's repr).

On a query that finds something, the invariants: ``--json``, ``--jsonl``, ``--csv`` and the screen list the same ids in
the same order under the same total; ``--facets`` counts (with their missing count) add up to the total and equal
re-running the query with that filter; ``timeline`` counts add up to the total; ``--match all`` hits are among
``--match any``'s; ``A AND B`` ⊆ ``A`` ⊆ ``A OR B``; a phrase ⊆ its words; ``word~`` ⊇ ``word``; a pattern ⊇ a word
it matches; pages concatenate to the whole list; ``similar ID`` never lists ID and says the same on the screen and in
JSON (tests/queryinvariants.py; the commands are run and read back by tests/cliruns.py). benchmarks/querycheck.py
runs many seeds; tests/test_querycli.py a few.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from cliruns import LIMIT_ALL, SLOW, Runner, Tally, without
from queryinvariants import (
    GOOD_DATES,
    WORDS,
    check_dates,
    check_facets,
    check_formats,
    check_paging,
    check_ranking_options,
    check_relations,
    check_show,
    check_similar,
    check_stories,
    check_timeline,
    check_words_apart,
)

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpora" / "bbc-news" / "bbc"

# What a user types or pastes beside words: operators, fields, odd dates, boosts, patterns, scripts, controls.
ODD = ['"', "“", "”", "'", "‘", "’", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "and", "or", "not", "&&",
       "||", "!", "-", "+", "~", "*", "?", ":", "^", "\\", "/", "/po.*ce/", "title:", "titel:", "body:", "author:",
       "source:", "url:", "site:", "lang:", "lang:xx", "lang:de,fr", "category:politics", "section:sport", "date:", "date:2024-13",
       "date:..", "date:0000", "date:2020-02-30", "date:>June", "date:2w", "date:[2020 TO 2004]",
       "date:{2005 TO 2005}", "date:[* TO *]", "date:>2005", "date:<=1900", "date:*", "-date:*", "year:2005",
       "month:2005-02", "date:99999", "date:-1", "date:1e9", "[a TO c]", "title:[a TO c]", "police^", "police^-1",
       "police^1e309", "police^0", "police^nan", "police^inf", "oil~99", "oil~-1", "oil~0.5", "oil~abc", "oil~",
       '"oil prices"~-1', '"oil prices"~99999999999', '"oil prices"~', "*a*", "???", "p*", "*", "?", "**", "*~2",
       "polic*", "offcer~", "e-mail*", '"bank of *"', '"*"', 'title:"*"', "😀", "👩‍👩‍👧", "🇳🇿", "שלום",
       "مرحبا", "北京", "東京 タワー", "e\u0301", "\u0301", "\u200b", "\u200d", "\ufeff", "\u202e", "\x01", "\x1b[31m",
       "\x00", "\t", "\n", "\r", "\x7f", "\x85", "\u2028", "\udcff", "\udce9t\udce9", "--limit", "--json", "-n",
       "--", "-", "---", "--=x", "-x", "-police", "+police", "NOT NOT", "OR OR", "(())", ")(", "((((((((((police",
       "police))))))))", "C++", "C#", "5%", "$1.5m", "9:30", "AT&T", "CD:UK", "1e309", "0x1F", "NaN", "None", "null",
       "%s", "{0}", "\\u0000", "<script>", "&amp;", "a" * 300, "ﬁ", "Ⅻ", "𝕡𝕠𝕝𝕚𝕔𝕖", "ΠΟΛΙΣ", "İstanbul", "ß",
       "lang:de", "lang:fr", "lang:es", "-lang:de", "„Wahlen“", "«grève»", "« grève »", "l'", "d’après", "qu'il",
       "L'UNIVERSITÉ", "STRASSE", "Straße~", "straße*", "über", "ü", "Ñ", "señor~", "die", "der", "le", "la", "el"]


def random_query(rng: random.Random) -> str:
    """A query of words and odd pieces, sometimes one of the extremes (5,000 characters, 500 words); half the time
    one of words and well-formed syntax, which finds something more often."""
    roll = rng.random()
    if roll < 0.02:
        return ("police " * 800)[:5000]
    if roll < 0.04:
        return " ".join(rng.choice(WORDS) for _ in range(500))
    if roll < 0.5:
        return " ".join(_valid_piece(rng) for _ in range(rng.randint(1, 3)))
    pieces = [rng.choice(WORDS if rng.random() < 0.55 else ODD) for _ in range(rng.randint(1, 6))]
    glue = rng.choice([" ", " ", " ", ""])
    return glue.join(pieces)


def _valid_piece(rng: random.Random) -> str:
    word, other = rng.choice(WORDS), rng.choice(WORDS)
    return rng.choice([word, word, f'"{word} {other}"', f"{word} OR {other}", f"-{word}", f"title:{word}",
                       f"{word[:4]}*", f"{word}~", f"({word} OR {other})", f"{word}^2", "date:2005", "year:>2004",
                       "source:bbc", "author:smith", f"NOT {word}", f'"{word} {other}"~3', "lang:de", "lang:fr",
                       f'"die {word}"', f'"{word} * {other}"'])


DATES = ["2005", "2005-02", "2005-02-30", "2024-13", "0000", "9999", "1900-01-01", "today", "yesterday", "7d", "2w",
         "6m", "1y", "0d", "-1d", "99999y", "June", "", " ", "2005-02-29", "2004-02-29", "..", "*", "2020-06-19T10:00"]


def random_options(rng: random.Random) -> list[str]:
    """Options for ``query``, a third of the time odd ones (0, -1, huge, dates out of order or impossible)."""
    odd = rng.random() < 0.33
    dates = DATES if odd else GOOD_DATES
    options: list[str] = []
    if rng.random() < 0.3:
        options += ["--limit", rng.choice(["0", "-1", str(10**9), "x", "1.5"] if odd else ["1", "3", LIMIT_ALL])]
    if odd and rng.random() < 0.2:
        options += ["--page", rng.choice(["0", "-1", "2", "99999", str(10**30)])]
    if rng.random() < 0.25:
        options += ["--since", rng.choice(dates)]
    if rng.random() < 0.25:
        options += ["--until", rng.choice(dates)]
    if rng.random() < 0.15:
        options += ["--around", rng.choice(dates)]
    if rng.random() < 0.15:
        options.append("--recent")
    for flag, values in (("--sort", ["date", "relevance", "score"]), ("--match", ["any", "all", "some"]),
                         ("--snippet-chars", ["40", "39", "5000", "0"])):
        if rng.random() < 0.15:
            options += [flag, rng.choice(values if odd else values[:2])]
    if rng.random() < 0.1:
        options.append("--group-copies")
    return options


ODD_IDS = ["missing.txt", "#", "#1", "handmade.jsonl#", "handmade.jsonl#999", "wire.jsonl#shooting#x", "",
           "-", "../etc/passwd", "/", ".", "\x00", "\udcff.txt", "bbc/", "a" * 5000]


def check_odd_commands(r: Runner, rng: random.Random, ids: list[str]) -> None:
    """similar, show and timeline with odd ids and values: exit cleanly."""
    odd = rng.choice(ODD_IDS + [f"{rng.choice(ids)}#1", rng.choice(ids).upper(), f"./{rng.choice(ids)}"])
    r.run(["similar", odd, "--json"])
    r.run(["show", odd])
    r.run(["similar", "--", odd])
    r.run(["timeline", random_query(rng), "--by", rng.choice(["year", "month", "week", "day", "", "YEAR"])])
    r.run(["help", rng.choice(["syntax", "query", "nope", "", "SYNTAX"])])
    r.run(["query", random_query(rng), "--facets", rng.choice(["--csv", "--jsonl", "--json"])])


def check_query(r: Runner, rng: random.Random, query: str, options: list[str], ids: list[str]) -> None:
    """One random query: clean in every format; with hits, the invariants."""
    r.tally.queries += 1
    if query == "--":  # click's end of options: what follows it is the query, not the options this check adds
        r.run(["query", query, *options])
        return
    base = ["query", query, *options]
    formats = check_formats(r, base)
    if formats is None or not formats[1]:
        return
    total, listed = formats
    if "--page" in options:
        return
    r.tally.checked += 1
    if "--group-copies" in options:  # stories, not articles: the invariants that count articles do not hold
        check_paging(r, query, options, total)
        check_similar(r, rng.choice(listed), options)
        check_stories(r, query, options)
        return
    check_facets(r, query, options, total)
    check_timeline(r, query, options, total)
    check_relations(r, rng, query, options)
    check_paging(r, query, options, total)
    check_ranking_options(r, rng, query, options)
    check_dates(r, query, options)
    check_similar(r, rng.choice(listed), without(options, ("--page",)))
    check_words_apart(r, query, options, listed)
    check_show(r, rng.choice(listed))


def run(index_dir: Path, seed: int, queries: int, slow: float = SLOW) -> Tally:
    """``queries`` random queries and option sets on the index, each checked; a few odd commands besides."""
    from newssearch.store import load_manifest

    manifest = load_manifest(index_dir)
    assert manifest is not None
    ids = sorted(i for entry in manifest.files.values() for i in entry.ids)
    rng = random.Random(seed)
    tally = Tally()
    r = Runner(index_dir, tally, slow)
    for _ in range(queries):
        check_query(r, rng, random_query(rng), random_options(rng), ids)
        check_odd_commands(r, rng, ids)
    return tally


# Short articles in German, French and Spanish: their words go through their own language's stemmer and stop words
# (stemming.py, languagequery.py, functionterms.py), which an index of English articles never reaches; most name
# their language, one leaves it to its function words, one is a page whose <html lang> names it.
FOREIGN = [
    {"id": "de-wahl", "lang": "de", "title": "Bundestagswahl: Grüne gewinnen in der Großstadt", "date": "2005-09-18",
     "source": "Die Zeit", "text": "Die Grünen haben die Wahlen in der Großstadt gewonnen. Der Bürgermeister sagte, "
     "die Straße vor dem Rathaus werde gesperrt. Die Polizei zählte die Stimmen der Wähler bis Mitternacht."},
    {"id": "de-bahn", "lang": "de-DE", "title": "Züge der Bahn fallen aus", "date": "2005-02-03",
     "source": "Süddeutsche Zeitung", "text": "Viele Züge der Bahn sind heute ausgefallen. Die Fußballfans "
     "warteten an der Straße vor dem Bahnhof, weil die Universität die Straßenbahn für den Fußball gesperrt hatte."},
    {"id": "fr-greve", "lang": "fr", "title": "Grève à l'université contre la réforme des retraites",
     "date": "2005-03-10", "source": "Le Monde", "text": "Les étudiants de l'université sont en grève aujourd'hui "
     "contre la réforme des retraites. D'après le président, l'État ne reculera pas. La police a fermé la rue."},
    {"id": "fr-marche", "title": "Le prix du pétrole fait chuter les marchés", "date": "2004-11-22",
     "source": "Le Figaro", "text": "Le prix du pétrole a encore augmenté et les marchés européens ont chuté. "
     "Selon le ministre de l'économie, la croissance de l'année sera plus faible que prévu pour les entreprises."},
    {"id": "es-eleccion", "lang": "es", "title": "España: el presidente gana la elección", "date": "2005-06-12",
     "source": "El País", "text": "El presidente ganó la elección en España este año. Los niños celebraron en la "
     "calle con su señor alcalde. La policía dijo que la huelga de mañana se mantiene."},
    {"id": "es-futbol", "lang": "es-ES", "title": "El fútbol y la economía de los clubes", "date": "2006-01-31",
     "source": "El Mundo", "text": "La economía de los clubes de fútbol creció este año. El señor presidente del "
     "club dijo que los niños y las niñas del barrio jugarán gratis en el estadio mañana."},
]
# A page whose language only its <html lang> names.
FOREIGN_PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Polizei sperrt die Straße
</title></head><body><article><h1>Polizei sperrt die Straße am Rathaus</h1><p>Die Polizei hat heute die Straße vor
dem Rathaus gesperrt, weil die Grünen dort gegen die Regierung demonstrierten. Der Bürgermeister war nicht da.</p>
<p>Die Demonstration der Studenten der Universität dauerte bis zum Abend, dann fuhren die Züge wieder.</p>
</article></body></html>
"""

ODD_NAMES = ["-draft.txt", "=cmd.txt", "+x.txt", "@at.txt", "a #1.txt", "名前.txt", "space name.txt", "'q.txt",
             "x%23y.txt", "rec.jsonl#1.txt", "e\u0301.txt"]


def build_sample(folder: Path, bbc: int = 200) -> Path:
    """The seed reports, the feature wire stories, the hand-made articles of the differential check, short German,
    French and Spanish articles (FOREIGN, FOREIGN_PAGE) and ``bbc`` BBC articles, half as text files (undated) and
    half as JSON records with a date and a source; the index path."""
    from querycheck import HANDMADE

    from newssearch import build_index

    corpus = folder / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    shutil.copy(REPO / "tests" / "fixtures" / "features" / "wire.jsonl", corpus / "wire.jsonl")
    records = list(HANDMADE) + FOREIGN
    (corpus / "polizei.html").write_text(FOREIGN_PAGE, encoding="utf-8")
    paths = sorted(BBC.glob("*/*.txt")) if BBC.exists() else []
    for number, path in enumerate(paths[::max(1, len(paths) // bbc)][:bbc]):
        if number % 2:
            target = corpus / "bbc" / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
            continue
        title, _, text = path.read_text(encoding="latin-1").partition("\n")
        records.append({"id": f"{path.parent.name}-{path.stem}", "title": title, "text": text,
                        "date": f"{2004 + number % 3}-{1 + number % 12:02d}-{1 + number % 28:02d}",
                        "source": ["BBC News", "BBC Sport", "bbc.co.uk"][number % 3]})
    lines = [json.dumps(article, ensure_ascii=False) for article in records]
    (corpus / "handmade.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for number, path in enumerate(paths[:bbc:max(1, bbc // 6)]):  # a story two outlets ran: --group-copies
        copied = [{"id": f"copy-{number}", "title": path.read_text(encoding="latin-1").partition("\n")[0],
                   "text": path.read_text(encoding="latin-1").partition("\n")[2], "source": "Wire Copies",
                   "date": f"2005-0{1 + number % 9}-15"}]
        (corpus / f"copies-{number}.jsonl").write_text(json.dumps(copied) + "\n", encoding="utf-8")
    for name in ODD_NAMES:  # ids a shell, a CSV cell or the id syntax may take for something else
        (corpus / name).write_text(f"Police odd name {name}\n\nPolice said the file {name} has an odd name.\n",
                                   encoding="utf-8")
    odd_records = [{"id": key, "title": f"Police record {key}", "date": "2005-03-01", "text": "Police record."}
                   for key in ("a#b", "x/y", "-1", "=1", "#", "%23")]
    (corpus / "odd #2.jsonl").write_text("\n".join(json.dumps(r) for r in odd_records) + "\n", encoding="utf-8")
    build_index(corpus, folder / "index")
    return folder / "index"
