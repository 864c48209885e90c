"""The invariants the query-side check (tests/querycli.py) holds a query that finds something to: the formats agree,
facets and timelines add up to the total and to their filters, subsets hold (all ⊆ any, A AND B ⊆ A ⊆ A OR B, a
phrase ⊆ its words, word ⊆ word~, word ⊆ its prefix*), ranking options change no set, dates stay within --since and
--until, pages concatenate to the list, ``similar`` never lists its article, ``show`` takes every id listed."""

from __future__ import annotations

import csv
import io
import random
import re
from typing import Any

from cliruns import LIMIT_ALL, Runner, all_hits, hit_ids, last_value, parse_json, screen_hits, without

from newssearch.facetlines import SCREEN_FACET_VALUES  # values of a facet the screen lists before "and N more"
from newssearch.functionwords import FUNCTION_WORDS, fold
from newssearch.stopwords import GRAMMAR_WORDS

WORDS = """police officer shooting gunmen armed offenders government election blair brown oil prices market music
film game england win said economy tax labour party company sales mobile phone technology china bank chelsea
minister court year people world new waitemata māori o'brien café 1,000 2020 us u.s. who""".split()
# Words of the German, French and Spanish articles (tests/querycli.py FOREIGN): umlauts, ß, accents, elisions,
# compounds, and their languages' function words, which their own stop words and stemmers take.
FOREIGN_WORDS = """universität straße strasse grünen wahlen wahl züge bahn fußball fussball bürgermeister großstadt
bundestagswahl straßenbahn fußballfans polizei rathaus l'université l'état d'après aujourd'hui grève réforme retraites
étudiants président pétrole marchés économie année elección españa niños señor mañana fútbol economía policía huelga
alcalde die der und dem le la les des du el los de que""".split()
WORDS += FOREIGN_WORDS
CONTENT_WORDS = [word for word in WORDS[:34] if word not in ("said", "new", "year", "win")] + FOREIGN_WORDS[:40]
GOOD_DATES = ["2004", "2005", "2005-06", "2006-01-31", "2020", "2004-02-29"]

CSV_HEADER = ["id", "title", "date", "source", "authors", "url", "score", "snippet"]


def _formats(r: Runner, base: list[str], code: int) -> dict[str, tuple[int | None, list[str]]] | None:
    """Each output format's total and ids (None for a total a format does not print); None after a problem."""
    seen: dict[str, tuple[int | None, list[str]]] = {}
    for name in ("screen", "json", "jsonl", "csv"):
        args = base + ([f"--{name}", "--color", "never"] if name != "screen" else ["--color", "never"])
        outcome = r.run(args)
        if outcome is None:
            return None
        if outcome.code != code:
            r.problem(args, f"exit {outcome.code}, the screen's {code}")
            return None
        try:
            if name == "screen":
                seen[name] = screen_hits(outcome.stdout)
            elif name == "json":
                data = parse_json(outcome.stdout)
                assert isinstance(data, dict)
                seen[name] = (data["total"], [hit["id"] for hit in data["hits"]])
            elif name == "jsonl":
                seen[name] = (None, [parse_json(line)["id"] for line in outcome.stdout.splitlines()])  # type: ignore[index]
            else:
                rows = list(csv.reader(io.StringIO(outcome.stdout, newline="")))
                if rows[0][:8] != CSV_HEADER or any(len(row) != len(rows[0]) for row in rows):
                    r.problem(args, f"CSV rows of unequal length or a wrong header: {rows[:2]}")
                    return None
                seen[name] = (None, [_csv_cell(row[0]) for row in rows[1:]])
        except (ValueError, KeyError, TypeError, IndexError, AssertionError) as exc:
            r.problem(args, f"invalid {name} output ({exc}): {outcome.stdout[:200]!r}")
            return None
    return seen


def _csv_cell(cell: str) -> str:
    """A CSV cell as it was before a ' kept a spreadsheet from running it as a formula."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t") else cell


def check_formats(r: Runner, base: list[str]) -> tuple[int, list[str]] | None:
    """The four formats list the same ids in the same order under the same total; the JSON total and ids."""
    first = r.run(base + ["--json"])
    if first is None:
        return None
    if first.code == 2:
        return None
    seen = _formats(r, base, first.code)
    if seen is None:
        return None
    total, ids = seen["json"]
    assert total is not None
    for name, (other_total, other_ids) in seen.items():
        if other_ids != ids or (other_total is not None and other_total != total and ids):
            r.problem(base + [f"--{name}"], f"{other_total} {other_ids[:5]}, JSON's {total} {ids[:5]}")
    return total, ids


def check_facets(r: Runner, query: str, options: list[str], total: int) -> None:
    """Facet counts and their missing count add up to the total; each count is that filter's total."""
    args = ["query", query, "--json", "--facets", *options]
    outcome = r.run(args)
    if outcome is None or outcome.code == 2:
        return
    data = parse_json(outcome.stdout)
    assert isinstance(data, dict)
    screen = r.run(["query", query, "--facets", "--color", "never", *options])
    for name in ("year", "month"):
        listed = re.search(rf"^  {name}: (.*)$", screen.stdout if screen else "", re.MULTILINE)
        shown = re.findall(r"([\d-]+) \((\d+)\)", listed.group(1).split(";")[0]) if listed else []
        more = re.search(r"and ([\d,]+) more", listed.group(1).split(";")[0]) if listed else None
        shown += [("more", more.group(1).replace(",", ""))] if more else []
        expected = [(v["value"], str(v["count"])) for v in data["facets"].get(name, [])]
        # the screen lists 20 values, then "and N more": those and what JSON's facets_more left out (README)
        left_out = max(0, len(expected) - SCREEN_FACET_VALUES) + data["facets_more"].get(name, 0)
        expected = expected[:SCREEN_FACET_VALUES] + ([("more", str(left_out))] if left_out else [])
        if screen is not None and shown != expected:
            r.problem(args, f"the screen's {name} facet {shown[:4]}, JSON's {expected[:4]}")
    for name, values in data["facets"].items():
        counted = sum(v["count"] for v in values) + data["facets_missing"].get(name, 0)
        if name in ("year", "month", "lang") and data["facets_more"].get(name, 0) == 0 and counted != total:
            r.problem(args, f"facet {name} counts {counted}, total {total}")
        for value in values[:2]:
            dated = "--since" in options or "--until" in options
            if name in ("year", "month") and not dated:
                found = hit_ids(r, query, *options, "--since", value["value"], "--until", value["value"])
            elif name in ("year", "month") and composable(query) and "any" not in options:
                found = hit_ids(r, f"({query}) date:{value['value']}", *options)
            elif name in ("source", "author") and "any" not in options and composable(query):
                found = hit_ids(r, f"({query}) {name}:\"{value['value']}\"", *options)
            else:
                continue
            if found is not None and found[0] != value["count"]:
                r.problem(args, f"facet {name} {value['value']!r}: {value['count']}, its filter finds {found[0]}")


def check_timeline(r: Runner, query: str, options: list[str], total: int) -> None:
    """A timeline's periods and undated count add up to the query's total."""
    kept = [o for o in options if o not in ("--recent", "--group-copies")]
    kept = without(kept, ("--limit", "--page", "--sort", "--around", "--snippet-chars"))
    for by in ("year", "month"):
        args = ["timeline", query, "--json", "--by", by, *kept]
        outcome = r.run(args)
        if outcome is None or outcome.code == 2:
            continue
        data = parse_json(outcome.stdout)
        assert isinstance(data, dict)
        counted = sum(p["count"] for p in data["periods"]) + data["undated"]
        if counted != total or data["total"] != total:
            r.problem(args, f"periods and undated {counted}, timeline total {data['total']}, query total {total}")

def _subset(r: Runner, small: str, large: str, options: list[str], why: str) -> None:
    """Every hit of ``small`` is a hit of ``large``."""
    few, many = hit_ids(r, small, *options), hit_ids(r, large, *options)
    if few is None or many is None:
        return
    extra = set(few[1]) - set(many[1])
    if extra:
        r.problem(["query", small, *options], f"{why}: {sorted(extra)[:5]} not found by {large!r}")


_NEGATED = re.compile(r"(?:^|[\s(])(?:-|!|NOT\b)")


def composable(query: str) -> bool:
    """True when ``query`` keeps its meaning inside brackets beside other words: its brackets and quotes balanced
    (an unbalanced one pairs with what is put beside it: "(a } && (" OR b" is "a AND (() OR b)"), no date: or
    lang: (a filter is required unless bracketed, under --match any)."""
    quotes = sum(query.count(q) for q in '"“”„')
    nested = all(_nested(query, a, b) for a, b in ("()", "[]", "{}"))
    return nested and quotes % 2 == 0 and not re.search(r"(?i)\b(date|year|month|published|lang|language):", query)


def _nested(query: str, opening: str, closing: str) -> bool:
    """Whether each ``closing`` bracket of ``query`` closes an ``opening`` one before it and none is left open: equal
    counts are not enough, as "alcalde)(" bracketed is "(alcalde)()", which an OR after it makes "alcalde AND
    (() OR b)"."""
    depth = 0
    for char in query:
        depth += (char == opening) - (char == closing)
        if depth < 0:
            return False
    return depth == 0


def function_words_only(query: str) -> bool:
    """Whether every word of ``query`` is a function word of a language the sample holds articles in, or an English
    stop word (left out): such a query finds none of that language's articles, beside another word it finds them
    (README: "die Wahl"), so A AND B ⊆ A does not hold for it ("(None ü)": ü is Spanish "u"; querycheck seed 248)."""
    kept = re.sub(r"(?:(?<=^)|(?<=[\s(]))(?:-|NOT\s+)\S+", " ", query)  # a negated word is nothing to find
    words = [w for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", kept) if w not in ("AND", "OR", "NOT")]
    lists = [FUNCTION_WORDS[lang] for lang in ("de", "fr", "es")] + [GRAMMAR_WORDS]
    return bool(words) and all(any(fold(word.lower()) in listed for listed in lists) for word in words)


def check_relations(r: Runner, rng: random.Random, query: str, options: list[str]) -> None:
    """all ⊆ any; A AND B ⊆ A ⊆ A OR B; a phrase ⊆ its words; word ⊆ word~; police ⊆ polic*."""
    plain = without(options, ("--match", "--limit", "--page", "--group-copies"))
    all_ids, any_ids = hit_ids(r, query, *plain), hit_ids(r, query, *plain, "--match", "any")
    if all_ids is not None and any_ids is not None and set(all_ids[1]) - set(any_ids[1]):
        r.problem(["query", query, *plain], f"--match all finds {sorted(set(all_ids[1]) - set(any_ids[1]))[:5]}, "
                                            "--match any not")
    other = rng.choice(WORDS)
    if composable(query) and not function_words_only(query):
        _subset(r, f"({query}) AND {other}", f"({query})", plain, "A AND B ⊆ A")
        _subset(r, f"({query}) -{other}", f"({query})", plain, "A -B ⊆ A")
    if composable(query) and not _NEGATED.search(query):  # "bank OR (-offenders)": bank without offenders (README)
        _subset(r, f"({query})", f"({query}) OR {other}", plain, "A ⊆ A OR B")
    first, second = rng.sample(CONTENT_WORDS, 2)
    _subset(r, f'"{first} {second}"', f"{first} {second}", plain, "phrase ⊆ AND of its words")
    _subset(r, first, f"{first}~", plain, "word ⊆ word~")
    _subset(r, f"title:{first}", first, plain, "title:word ⊆ word")
    _subset(r, first, f"{first[:max(3, len(first) - 2)]}*", plain, "word ⊆ its prefix*")

def check_ranking_options(r: Runner, rng: random.Random, query: str, options: list[str]) -> None:
    """--sort, --recent, --around, --snippet-chars and a boost change the order, never which articles are found;
    --sort date lists the newest first and the undated last."""
    base = without(options, ("--sort", "--around", "--snippet-chars", "--limit", "--page"))
    base = [o for o in base if o != "--recent"]
    found = all_hits(r, query, base)
    if found is None:
        return
    ids = sorted(hit["id"] for hit in found)
    ranked = rng.choice([["--sort", "date"], ["--recent"], ["--around", rng.choice(GOOD_DATES)],
                         ["--snippet-chars", "40"]])
    other = all_hits(r, query, base + ranked)
    if other is not None and sorted(hit["id"] for hit in other) != ids:
        r.problem(["query", query, *base, *ranked], f"finds {len(other)} articles, without the option {len(ids)}")
    boosted = all_hits(r, f"({query})^3", base) if composable(query) else None
    if boosted is not None and sorted(hit["id"] for hit in boosted) != ids and composable(query):
        r.problem(["query", f"({query})^3", *base], f"finds {len(boosted)} articles, without the boost {len(ids)}")
    if ranked[0] == "--sort" and other is not None:
        dates = [hit["date"] or "" for hit in other]
        dated = [d for d in dates if d]
        if dated != sorted(dated, reverse=True) or dates[:len(dated)] != dated:
            r.problem(["query", query, *base, *ranked], f"not newest first, undated last: {dates[:10]}")


def check_dates(r: Runner, query: str, options: list[str]) -> None:
    """Every hit under --since and --until is dated within them, and is a hit without them."""
    since, until = plain_dates(options)
    if not (since or until):
        return
    found = all_hits(r, query, without(options, ("--limit", "--page")))
    free = hit_ids(r, query, *without(options, ("--limit", "--page", "--since", "--until")))
    if found is None or free is None:
        return
    out_of_range(r, ["query", query, *options], found, since, until)
    missing = {hit["id"] for hit in found} - set(free[1])
    if missing:
        r.problem(["query", query, *options], f"finds {sorted(missing)[:5]}, which it does not without the dates")


def plain_dates(options: list[str]) -> tuple[str | None, str | None]:
    """--since and --until when both are absent or dates (YYYY, YYYY-MM, YYYY-MM-DD), else neither."""
    since, until = last_value(options, "--since"), last_value(options, "--until")
    plain = all(re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", day or "2000") for day in (since, until))
    return (since, until) if plain else (None, None)


def out_of_range(r: Runner, args: list[str], hits: list[dict[str, Any]], since: str | None, until: str | None) -> None:
    """A problem for each hit not dated within ``since`` and ``until`` (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if not (since or until):
        return
    for hit in hits:
        day = hit["date"] or ""
        if not day or (since and day[:len(since)] < since) or (until and day[:len(until)] > until):
            r.problem(args, f"{hit['id']} dated {day or 'never'}")


def check_paging(r: Runner, query: str, options: list[str], total: int) -> None:
    """Pages of 3 concatenate to the whole list, none repeated."""
    base = without(options, ("--limit", "--page"))
    whole = hit_ids(r, query, *base)
    if whole is None or total > 60:
        return
    pages: list[str] = []
    for page in range(1, (whole[0] + 2) // 3 + 1):
        outcome = r.run(["query", query, "--json", "--limit", "3", "--page", str(page), *base])
        if outcome is None:
            return
        pages += [hit["id"] for hit in parse_json(outcome.stdout)["hits"]]  # type: ignore[index]
    if pages != whole[1]:
        r.problem(["query", query, *base, "--limit", "3"], f"pages {pages[:8]} are not the list {whole[1][:8]}")


def check_similar(r: Runner, article_id: str, options: list[str]) -> None:
    """``similar ID`` never lists ID, and the screen and JSON say the same."""
    base = ["similar", article_id, *without(options, ("--sort", "--match", "--around")), "--color", "never"]
    base = [o for o in base if o not in ("--recent", "--facets")]
    json_out, screen = r.run(base + ["--json"]), r.run(base)
    if json_out is None or screen is None or json_out.code == 2:
        return
    data = parse_json(json_out.stdout)
    assert isinstance(data, dict)
    ids = [hit["id"] for hit in data["hits"]]
    if article_id in ids or any(article_id in hit["copies"] for hit in data["hits"]):
        r.problem(base, "lists the article itself")
    out_of_range(r, base, data["hits"], *plain_dates(options))
    shown = screen_hits(screen.stdout)[1]
    if shown != ids or json_out.code != screen.code:
        r.problem(base, f"screen {screen.code} {shown[:5]}, JSON {json_out.code} {ids[:5]}")
    whole = without(base, ("--limit", "--page"))
    every = r.run(whole + ["--json", "--limit", LIMIT_ALL])
    if every is None or every.code == 2 or "--limit" in options or "--page" in options:
        return
    listed = [hit["id"] for hit in parse_json(every.stdout)["hits"]]  # type: ignore[index]
    if listed[:len(ids)] != ids:
        r.problem(whole, f"the first page {ids[:5]} does not start the whole list {listed[:5]}")
    pages: list[str] = []
    for page in range(2, min(4, (len(listed) + 2) // 3 + 1) + 1):
        outcome = r.run(whole + ["--json", "--limit", "3", "--page", str(page - 1)])
        if outcome is None:
            return
        pages += [hit["id"] for hit in parse_json(outcome.stdout)["hits"]]  # type: ignore[index]
    if pages != listed[:len(pages)]:
        r.problem(whole + ["--limit", "3"], f"pages {pages[:8]} are not the list {listed[:8]}")


def check_words_apart(r: Runner, query: str, options: list[str], listed: list[str]) -> None:
    """The query typed as several arguments (after ``--``) lists what it does as one."""
    words = query.split(" ")
    if len(words) < 2:
        return
    args = ["query", *options, "--json", "--", *words]
    outcome = r.run(args)
    if outcome is None:
        return
    ids = [hit["id"] for hit in parse_json(outcome.stdout)["hits"]] if outcome.code != 2 else None  # type: ignore[index]
    if ids != listed:
        r.problem(args, f"lists {ids and ids[:5]}, typed as one argument {listed[:5]}")


def check_show(r: Runner, article_id: str) -> None:
    """``show`` takes every id a hit lists, and names it so; an id starting with '-' after ``--``, as the refusal of
    it typed bare says."""
    for args in (["show", article_id, "--json"], ["show", "--json", "--", article_id]):
        outcome = r.run(args)
        if outcome is None:
            continue
        if article_id.startswith("-") and args[1] == article_id:
            if outcome.code != 2 or f"-- {article_id}" not in outcome.stderr:
                r.problem(args, f"exit {outcome.code}: an id starting with '-' not pointed to '--': {outcome.stderr!r}")
            continue
        if outcome.code != 0 or parse_json(outcome.stdout).get("id") != article_id:  # type: ignore[union-attr]
            r.problem(args, f"exit {outcome.code}: {outcome.stdout[:100]!r} {outcome.stderr[:200]!r}")



def check_stories(r: Runner, query: str, options: list[str]) -> None:
    """With --group-copies, the stories listed and their copies are the articles the header counts, and a timeline
    counts the same stories."""
    base = without(options, ("--limit", "--page", "--snippet-chars", "--sort", "--around"))
    base = [o for o in base if o != "--recent"]
    outcome = r.run(["query", query, "--json", "--limit", LIMIT_ALL, *base])
    timeline = r.run(["timeline", query, "--json", *base])
    if outcome is None or timeline is None or outcome.code == 2 or timeline.code == 2:
        return
    data, counts = parse_json(outcome.stdout), parse_json(timeline.stdout)
    assert isinstance(data, dict) and isinstance(counts, dict)
    listed = sum(1 + len(hit["copies"]) for hit in data["hits"])
    if (data["total"], data.get("articles")) != (len(data["hits"]), listed):
        r.problem(["query", query, *base], f"{data['total']} stories of {data.get('articles')} articles, "
                                           f"{len(data['hits'])} listed with {listed} articles")
    if (counts["total"], counts.get("articles")) != (data["total"], data.get("articles")):
        r.problem(["timeline", query, *base], f"{counts['total']} stories of {counts.get('articles')} articles, the "
                                              f"query {data['total']} of {data.get('articles')}")
