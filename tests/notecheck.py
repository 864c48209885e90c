"""A check of what a search says when it finds nothing: each note's claim (a count, "X leaves out every article Y
finds", "no article has the quoted words in this order", "N undated articles match too", "the source: clauses required
name two") run against the index, on random queries from the grammar of the differential check (querycheck.py) and of
its own for the clauses that grammar never writes (notequeries.py). tests/test_note_claims.py runs it on a small
index."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterator

from notequeries import MetadataClauses
from querycheck import Checker, index_vocabulary
from querygrammar import Grammar, render
from whoosh import query as wq

from newssearch.errors import NewsSearchError
from newssearch.facets import matching_docnums
from newssearch.searcher import NewsIndex

_N = r"([\d,]+)"
_TYPED = r"""(?:'([^']*)'|"([^"]*)")"""  # errors.as_typed: in single quotes, or double when it holds an apostrophe
_NEGATED = re.compile(r'(?:NOT |[-!]+)((?:\w+:)?(?:"[^"]*"|\([^)]*\)|\[[^\]]*\]|\S+))')
_PHRASE = re.compile(r'(?:\w+:)?"[^"]*"(?:~\d+)?')


class Claims:
    """One query's search and the counts its notes are checked against."""

    def __init__(self, idx: NewsIndex, text: str, match: str) -> None:
        self.idx, self.text, self.match = idx, text, match

    def ids(self, text: str, match: str | None = None) -> set[int]:
        """The articles ``text`` finds (none when it cannot be read)."""
        try:
            return matching_docnums(self.idx._searcher, self.idx._parse(text, match or self.match).query)
        except NewsSearchError:
            return set()

    def count(self, text: str, match: str | None = None) -> int:
        return len(self.ids(text, match))

    def without_nots(self) -> int:
        """How many articles the query finds with every NOT taken out of its tree (a superset of what it finds)."""
        return len(matching_docnums(self.idx._searcher, _kept(self.idx._parse(self.text, self.match).query)))


def _kept(query: wq.Query) -> wq.Query:
    """``query`` without its NOT parts (a part of negations alone matches nothing)."""
    if isinstance(query, wq.Not):
        return wq.NullQuery
    if isinstance(query, (wq.And, wq.Or)):
        kept = [_kept(child) for child in query.subqueries if not isinstance(child, wq.Not)]
        return type(query)(kept) if kept else wq.NullQuery
    if isinstance(query, (wq.AndMaybe, wq.Require, wq.AndNot)):
        return wq.And([_kept(query.a)]) if isinstance(query, wq.AndNot) else type(query)(_kept(query.a),
                                                                                         _kept(query.b))
    return query


def _number(said: str) -> int:
    return int(said.replace(",", ""))


def _typed(m: re.Match[str], at: int) -> str:
    return m.group(at) if m.group(at) is not None else m.group(at + 1)


def _excluded(c: Claims, m: re.Match[str]) -> str | None:
    negated, wanted, found = m.group(1), m.group(2), _number(m.group(3))
    rest = c.ids(wanted)
    if len(rest) != found or not found:
        return f"{wanted} finds {len(rest)}, said {found}"
    for part in _NEGATED.findall(negated):
        rest -= c.ids(part.strip("()") if part.startswith("(") else part)
    return f"{len(rest)} articles of {wanted} not left out by {negated}" if rest else None


def _or_not(c: Claims, m: re.Match[str]) -> str | None:
    return None if c.without_nots() else "the query finds nothing without its NOTs either: the NOT is not why"


def _recount(at: int, group: int, match: str | None = None) -> Callable[[Claims, re.Match[str]], str | None]:
    """A note's ``W finds N``: W (typed, group ``at``) finds N (group ``group``)."""
    def check(c: Claims, m: re.Match[str]) -> str | None:
        typed, said = _typed(m, at), _number(m.group(group))
        found = c.count(typed, match)
        return None if found == said else f"{typed} finds {found}, said {said}"
    return check


def _quotes_alone(c: Claims, said: int) -> str | None:
    alone = " ".join(_PHRASE.findall(c.text.replace("“", '"').replace("”", '"')))
    found = c.count(alone)
    return None if found == said else f"the quotes alone, {alone}, find {found}, said {said}"


def _left_out_by_clauses(c: Claims, m: re.Match[str]) -> str | None:
    return _quotes_alone(c, _number(m.group(1)))


def _words_outside(c: Claims, m: re.Match[str]) -> str | None:
    if c.without_nots():
        return "the words outside the quote are in an article with it: the query's NOTs leave it out"
    return _quotes_alone(c, _number(m.group(1)))


def _not_in_order(c: Claims, m: re.Match[str]) -> str | None:
    alone = " ".join(_PHRASE.findall(c.text.replace("“", '"').replace("”", '"')))
    found = c.count(alone, "all")
    return f"the quoted words are in this order in {found} (all of {alone})" if found else None


def _nor_all(c: Claims, m: re.Match[str]) -> str | None:
    typed, said = _typed(m, 1), _number(m.group(3))
    found, together = c.count(typed, "any"), c.count(typed, "all")
    return None if found == said and not together else f"{typed}: any {found}, all {together}, said {said}"


def _any_words(c: Claims, m: re.Match[str]) -> str | None:
    found, said = c.count(c.text, "any"), _number(m.group(1))
    return None if found == said else f"--match any finds {found}, said {said}"


def _dated(c: Claims, m: re.Match[str]) -> str | None:
    days = c.idx._days
    held = (str(days.oldest()), str(days.newest()))
    return None if held == (m.group(1), m.group(2)) else f"the index is dated {held}"


def _gap(c: Claims, m: re.Match[str]) -> str | None:
    from datetime import date

    first, last = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2) or m.group(1))
    held = c.idx._days.between(first, last)
    return f"{len(held)} articles are dated {first} to {last}" if held else None


def _undated(c: Claims, m: re.Match[str]) -> str | None:
    """``N undated articles match too: date: …``: the query without the date clauses it requires finds N undated."""
    rest = _without_dates(c.idx._parse(c.text, c.match).query)
    held = c.idx._days.undated(matching_docnums(c.idx._searcher, rest)) if rest is not None else 0
    said = _number(m.group(1))
    return None if said == held else f"{said} undated said, the query without its date clauses finds {held}"


def _without_dates(query: wq.Query) -> wq.Query | None:
    """``query`` without the date clauses it requires of every article (an AND's, a --match any filter's: then the words
    beside it); None when it requires none, or nothing else."""
    dates = _required_dates(query)
    if not dates:
        return None
    if isinstance(query, wq.AndMaybe):
        rest = _without_dates(query.a)
        return query.b if rest is None else wq.AndMaybe(rest, query.b)
    kept = [part for part in query.subqueries if part not in dates] if isinstance(query, wq.And) else []
    return wq.And(kept) if kept else None


def _required_dates(query: wq.Query) -> list[wq.Query]:
    """The date clauses every article ``query`` finds is in."""
    if isinstance(query, wq.NumericRange) and query.fieldname == "date":
        return [query]
    if isinstance(query, wq.AndMaybe):
        return _required_dates(query.a)
    if isinstance(query, wq.And):
        return [date for part in query.subqueries for date in _required_dates(part)]
    return []


_PUBLISHER = re.compile(r"(?<![\w-])(?:source|site|outlet|publisher):\S+")
# the date clauses of the generator's queries with their NOTs and ORs
_DATES_TYPED = re.compile(r"(?<!\S)(?:OR |AND )?(?:NOT |[-!])?date:(?:\[[^\]]*\]|\S+)")


def _publishers(c: Claims, m: re.Match[str]) -> str | None:
    """"the source: clauses required name two": together they find no article."""
    together = " ".join(_PUBLISHER.findall(c.text))
    found = c.count(together, "all")
    return f"{together} finds {found} together" if found else None


def _no_shared_day(c: Claims, m: re.Match[str]) -> str | None:
    """"the date clauses required share no day": the date clauses the query requires find nothing together."""
    dates = _required_dates(c.idx._parse(c.text, c.match).query)
    found = len(matching_docnums(c.idx._searcher, wq.And(dates)))
    return f"its {len(dates)} date clauses required find {found} together" if found or len(dates) < 2 else None


def _every_day_left_out(c: Claims, m: re.Match[str]) -> str | None:
    """"the query excludes every day its date clauses require": its date clauses alone, with their NOTs and ORs, find
    nothing; and how Lucene reads a NOT inside an OR is said only of a query with an OR."""
    dates = " ".join(_DATES_TYPED.findall(c.text))
    if "(" not in c.text and (found := c.count(dates)):  # (a date in brackets is the grammar's: not taken apart)
        return f"its date clauses alone, {dates}, find {found}"
    if ("a NOT inside an OR" in m.group(0)) != ("OR" in c.text.split()):
        return "how a NOT inside an OR is read, said or not, does not follow the query's ORs"
    return None


_FIELDS = {"an author": "author", "a source": "source", "a URL": "url", "a language": "lang", "a section": "section",
           "a publication date": "date"}


def _no_field(c: Claims, m: re.Match[str]) -> str | None:
    from newssearch import livecounts

    held = [said for said in m.group(1).split(" or ")
            if livecounts.holds_live_term(c.idx._searcher.reader(), _FIELDS[said])]
    return f"an article has {held}" if held else None


CLAIMS: list[tuple[re.Pattern[str], Callable[[Claims, re.Match[str]], str | None]]] = [
    (re.compile(rf"(.+?) leaves out every article (?!with )(.+?) finds: \2 alone finds {_N}(?=$|; )"), _excluded),
    (re.compile(r"finds nothing: a NOT inside an OR leaves its articles out"), _or_not),
    (re.compile(rf"a \? stands for one letter: {_TYPED} finds {_N}"), _recount(1, 3)),
    (re.compile(rf"source: is a publisher's name: {_TYPED}, its name or its address, finds {_N}"), _recount(1, 3)),
    (re.compile(rf"searched as words of the text: {_TYPED}, the articles of th\w+ sites?, finds {_N}"),
     _recount(1, 3)),
    (re.compile(rf"searched as words of the text: {_TYPED}, the articles (?:by that author|of that publisher), "
                rf"finds {_N}"), _recount(1, 3)),
    (re.compile(rf"searched as (?:its|their) words side by side: apart, {_TYPED} finds {_N}"), _recount(1, 3)),
    (re.compile(rf"takes one word, the words after it are searched in the text: {_TYPED} finds {_N}"),
     _recount(1, 3)),
    (re.compile(rf"searched as words of the text: {_TYPED}, the articles published that (?:day|month), finds {_N}"),
     _recount(1, 3)),
    (re.compile(rf"leaves? out every article with the quotes?: the quotes? alone finds? {_N}"), _left_out_by_clauses),
    (re.compile(rf"the words outside the quotes? are in no article with (?:it|them): the quotes? alone finds? {_N}"),
     _words_outside),
    (re.compile(r"no article has the quoted words (?:this near each other|in this order)"), _not_in_order),
    (re.compile(rf"(?:this near each other|in this order): without the quotes, {_TYPED} finds {_N}"),
     _recount(1, 3)),
    (re.compile(rf"nor all of them: without the quotes, {_TYPED}, --match any finds {_N}"), _nor_all),
    (re.compile(rf"no article has all these words: --match any finds {_N}"), _any_words),
    (re.compile(r"the articles of this index are dated (\S+) to ([\d-]+)"), _dated),
    (re.compile(r"no article of this index is dated (?:from )?([\d-]+)(?: to ([\d-]+))?, a gap"), _gap),
    (re.compile(rf"{_N} undated articles? match(?:es)? too: date:"), _undated),
    (re.compile(r"an article has one publisher, and the source: clauses required name two"), _publishers),
    (re.compile(r"an article has one date, and the date clauses required share no day"), _no_shared_day),
    (re.compile(r"the query excludes every day its date clauses require, so it finds no article(?:: a NOT inside an "
                r"OR)?"), _every_day_left_out),
    (re.compile(r"no article in this index has ((?:an? [\w ]+?)(?: or an? [\w ]+?)*)(?=$|; )"), _no_field),
    (re.compile(rf"is a (?:file|folder) of {_N} articles?: {_TYPED} finds them"), _recount(2, 1)),
]


def false_claims(idx: NewsIndex, text: str, match: str, tally: Counter[str] | None = None) -> Iterator[str]:
    """Each claim of the notes a search of ``text`` gives when it finds nothing that the index does not bear out
    (``tally``: how many of each kind were checked)."""
    try:
        result = idx.search(text, match=match, limit=0)
    except NewsSearchError:
        return
    if result.total or not result.notice:
        return
    claims = Claims(idx, text, match)
    for pattern, check in CLAIMS:
        for m in pattern.finditer(result.notice):
            if tally is not None:
                tally[check.__name__] += 1
            if (wrong := check(claims, m)) is not None:
                yield f"{text!r} --match {match}: {result.notice!r}: {wrong}"


def run(idx: NewsIndex, count: int, seed: int, tally: Counter[str] | None = None) -> tuple[int, list[str]]:
    """``count`` random queries, each under --match any and all; the notes whose claims the index does not bear out,
    and how many notes were checked."""
    rng = random.Random(seed)
    checker = Checker(idx)
    vocabulary = index_vocabulary(idx, checker, rng, names=False)  # (its seeds' queries as they were)
    grammar = Grammar(vocabulary, rng)
    clauses = MetadataClauses(idx, vocabulary, random.Random(seed))  # its own generator: the grammar's seeds stay
    wrong: list[str] = []
    for _ in range(count):
        query, _match = grammar.query()
        for text in (render(query), clauses.query()):
            for match in ("all", "any"):
                wrong.extend(false_claims(idx, text, match, tally))
    return count, wrong

