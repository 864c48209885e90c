"""A differential check of which articles a query matches: random queries from a grammar, run through newssearch and
through the plain evaluator of querynodes.py; the two sets of articles must agree.

A query is generated as a tree, written out as text for newssearch (``NewsIndex._parse`` and ``matching_docnums``:
every match, not a page of them), and evaluated as the tree on the stored articles. benchmarks/differential.py runs
it on real news, tests/test_query_differential.py on a small index.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from queryamounts import amount_texts
from querygrammar import Grammar, Vocabulary, render, written_words
from querylogic import AnyOf, Bool, Node, Not
from querynodes import Doc, Phrase, Word
from queryterms import LETTERS, name_words, places

from newssearch import build_index
from newssearch.errors import NewsSearchError
from newssearch.facets import matching_docnums
from newssearch.searcher import NewsIndex
from newssearch.searchoptions import date_filter_of
from newssearch.stopwords import GRAMMAR_WORDS

# Articles that exercise the analysis: accents, macrons, hyphens, apostrophes, numbers, dates.
REPO = Path(__file__).resolve().parents[1]
HANDMADE = [
    {"id": "maori", "title": "Māori wardens patrol Waitematā waterfront", "date": "2021-03-04", "source": "RNZ",
     "text": "Māori wardens walked the Waitematā Harbour waterfront on Friday. The Maori Party's co-leader said "
             "te reo Māori signs would follow. Maaori spelling is used by some iwi."},
    {"id": "obrien", "title": "O'Brien says he won't run again", "date": "2021-03-18", "source": "Stuff",
     "text": "Councillor Pat O'Brien said he didn't want another term and won't stand in 2022. \"I don't think "
             "it's fair on my family,\" O'Brien said. The mayor's office thanked him."},
    {"id": "hyphens", "title": "Well-known e-mail scam hits co-operative", "date": "2020-11-30", "source": "NZ Herald",
     "text": "A well-known email scam cost the co-operation bank's members $1.5m. The anti-fraud unit said the "
             "take-over bid was a U-turn. An F-16 flew over during the e-mail briefing."},
    {"id": "numbers", "title": "Budget of 1,000 dollars for 5% of schools", "date": "2021-06-01", "source": "RNZ",
     "text": "About 1,000 schools will share 5% of the fund, 10 000 pupils in all, by 9:30am on 2021-06-01. The "
             "minister said 40 per cent of the money was spent in 2020."},
    {"id": "cafe", "title": "Café owner wins award for crème brûlée", "date": "2021-02-14", "source": "Stuff",
     "text": "The café in Zürich won an award. Its owner, José García, said the crème brûlée sold out. Müller and "
             "Mueller both came second. The cafe will open a second site."},
    {"id": "undated", "title": "Storm closes harbour bridge",
     "text": "A storm closed the harbour bridge for three hours. Police directed traffic across the city."},
]




# --- running both --------------------------------------------------------------------------------------------------

@dataclass
class Difference:
    query: str
    missing: list[str]  # ids the evaluator finds and newssearch does not
    extra: list[str]    # ids newssearch finds and the evaluator does not
    error: str | None = None  # newssearch refused the query
    match: str = "all"
    since: date | None = None
    until: date | None = None


def common_phrase(query: Node) -> Node:
    """A query of two or more plain words that are all left out as common ("to be or not to be") as the phrase of
    its words, as newssearch searches it (commonphrases.py), beside its minus terms, which it keeps (README: "to be or
    not to be -hamlet" is the phrase in the articles without Hamlet); any other query as it is."""
    top = query.children if isinstance(query, AnyOf) or isinstance(query, Bool) and not query.op else []
    words = [c for c in top if type(c) is Word and c.fieldname is None]
    minus = [c for c in top if isinstance(c, Not) and c.style == "-" and type(c.child) in (Word, Phrase)]
    if len(words) > 1 and len(words) + len(minus) == len(top) and all(c.neutral() for c in words):
        return Bool("", [Phrase([c.text for c in words]), *minus])
    return query


class Checker:
    """An open index, its articles as the evaluator sees them, and the comparison of one query."""

    def __init__(self, idx: NewsIndex) -> None:
        self.idx = idx
        searcher = idx._searcher
        self.ids = {num: fields["id"] for num, fields in searcher.reader().iter_docs()}
        self.docs = [Doc(a.id, {"title": places(a.title), "body": places(a.body)}, a.date,
                         {"author": name_words(" ".join(a.authors)), "source": name_words(a.source or "")},
                         texts={"title": a.title, "body": a.body})
                     for a in idx.articles()]

    def expected(self, query: Node, since: date | None = None, until: date | None = None) -> set[str]:
        """The ids the evaluator finds: every article for a query of negations alone, as Elasticsearch reads it."""
        found = set()
        for doc in self.docs:
            if since and (doc.date is None or doc.date < since) or until and (doc.date is None or doc.date > until):
                continue
            if query.matches(doc):
                found.add(doc.id)
        return found

    def actual(self, text: str, match: str, since: date | None = None, until: date | None = None) -> set[str]:
        """The ids newssearch finds (every match, not one page of them)."""
        parsed = self.idx._parse(text, match)
        date_filter = date_filter_of(self.idx._days, since, until)
        return {self.ids[num] for num in matching_docnums(self.idx._searcher, parsed.query, date_filter)}

    def compare(self, query: Node, match: str, since: date | None = None, until: date | None = None,
                whole: bool = False) -> Difference | None:
        """The difference between what the evaluator and newssearch find, or None; ``whole``: through ``search``
        too, its total and the ids of every hit (one page of up to 10,000), as a caller sees them."""
        text = render(query)
        want = self.expected(common_phrase(query), since, until)
        try:
            got = self.actual(text, match, since, until)
            said = self.searched(text, match, since, until, got) if whole else None
        except NewsSearchError as error:
            nothing = all(query.matches(doc) is None for doc in self.docs)
            if nothing and "nothing to search for" in str(error) or typed_option(text) and "an option" in str(error):
                return None
            return Difference(text, sorted(want), [], str(error), match)
        if typed_option(text):
            return Difference(text, [], [], "an option typed in the query was not refused", match)
        if want == got and said is None:
            return None
        return Difference(text, sorted(want - got), sorted(got - want), said, match)

    def searched(self, text: str, match: str, since: date | None, until: date | None, got: set[str]) -> str | None:
        """What ``search`` says otherwise than ``matching_docnums`` (``got``), or None."""
        result = self.idx.search(text, match=match, since=since, until=until, limit=10_000, snippet_chars=40)
        ids = {hit.id for hit in result.hits}
        if result.total == len(got) and ids == got:
            return None
        return f"search() total {result.total}, its hits less matching_docnums {sorted(ids - got)[:3]}, " \
               f"matching_docnums less its hits {sorted(got - ids)[:3]}"


# README: a command-line option typed inside the query, outside quotes, is refused with where it goes (``police --since
# 2020``); a negation typed twice before a word naming one is the option ("NOT --recent", "YEARS --around")
_OPTION = re.compile(r"(?<!\S)--(?:since|until|match|limit|page|sort|facets|snippet-chars|recent|around|group-copies|by"
                     r"|color|jsonl?|csv|index-dir)(?=[\s=]|$)")


def typed_option(text: str) -> bool:
    """Whether ``text`` types one of query's or timeline's options (README's command table) outside quotes."""
    return any(_OPTION.search(piece) for piece in text.split('"')[::2])


def index_vocabulary(idx: NewsIndex, checker: Checker, rng: random.Random, names: bool = True) -> Vocabulary:
    """The words, terms, months and (with ``names``) author and source words the grammar draws a query's from."""
    vocabulary = Vocabulary.of([(a.title, a.body, a.date) for a in idx.articles()], rng)
    vocabulary.terms = set().union(*(doc.terms["title"] | doc.terms["body"] for doc in checker.docs))
    # the words of the bodies and titles as the index keeps them for fuzzy words (a headline's words are spelling words
    # too: segwriter.SPELLED_IN): not a grammar word's, but a content stopword's ("different", which a keyword query
    # searches); a wire's abbreviation as the word it stands for (written_words)
    vocabulary.written = sorted({w for a in idx.articles() for text in (a.title, a.body)
                                 for w in written_words(text)} - GRAMMAR_WORDS)
    vocabulary.amounts = amount_texts([text for a in idx.articles() for text in (a.title, a.body)])
    if names:
        vocabulary.names = sorted({(name, word) for a in idx.articles() for name, text in
                                   (("author", " ".join(a.authors)), ("source", a.source or ""))
                                   for word in LETTERS.findall(text)})
    return vocabulary


def build_checked_index(root: Path) -> Path:
    """The small index the random checks run on, built under ``root``: the seed reports, the feature wire stories and
    the hand-made articles (``HANDMADE``)."""
    shutil.copytree(REPO / "corpus", root / "corpus")
    shutil.copy(REPO / "tests" / "fixtures" / "features" / "wire.jsonl", root / "corpus" / "wire.jsonl")
    lines = [json.dumps(article, ensure_ascii=False) for article in HANDMADE]
    (root / "corpus" / "handmade.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


# a proximity operator in lower case (w/5, pre/2, near5) leaves a query of capitals in capitals, as newssearch reads it
# before it looks for capitals (seed 538: 'NOT (MINERS pre/2 POLICE ...) ESEX', its NOT a word)
_PROXIMITY = re.compile(r"(?<!\S)(?:w|pre|near)/?\d+(?!\S)")


def run(idx: NewsIndex, count: int, seed: int) -> tuple[int, list[Difference]]:
    """``count`` random queries checked on ``idx``; the differences found."""
    rng = random.Random(seed)
    checker = Checker(idx)
    vocabulary = index_vocabulary(idx, checker, rng)
    grammar = Grammar(vocabulary, rng)
    differences = []
    for _ in range(count):
        query, match = grammar.query()
        while not re.search(r"[^\W\d_](?<![A-Z])", _PROXIMITY.sub(" ", render(query))) and common_phrase(query) is query:
            query, match = grammar.query()  # a query all in capitals is natural language: AND, OR, NOT are words
            # (but one of common words alone is their phrase, README: TO BE OR NOT TO BE)
        since = until = None
        if vocabulary.months and rng.random() < 0.1:
            since = date.fromisoformat(rng.choice(vocabulary.months) + "-01")
        if vocabulary.months and rng.random() < 0.1:
            until = date.fromisoformat(rng.choice(vocabulary.months) + "-28")
        if since and until and since > until:
            since, until = until, since
        difference = checker.compare(query, match, since, until, whole=rng.random() < 0.1)
        if difference:
            difference.since, difference.until = since, until
            differences.append(difference)
    return count, differences
