"""A differential check of which articles a query matches: random queries from a grammar, run through newssearch and
through the plain evaluator of querynodes.py; the two sets of articles must agree.

A query is generated as a tree, written out as text for newssearch (``NewsIndex._parse`` and ``matching_docnums``:
every match, not a page of them), and evaluated as the tree on the stored articles. benchmarks/differential.py runs
it on real news, tests/test_query_differential.py on a small index.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from querynodes import (
    LETTERS,
    AnyOf,
    Bool,
    DateIs,
    DateRange,
    Doc,
    Fuzzy,
    Name,
    Node,
    Not,
    Pattern,
    Phrase,
    Required,
    Word,
    name_words,
    one_edit,
    places,
    query_places,
)

from newssearch.aliases import aliases
from newssearch.errors import NewsSearchError
from newssearch.facets import matching_docnums
from newssearch.folding import fold
from newssearch.searcher import NewsIndex
from newssearch.searchoptions import date_filter_of
from newssearch.stopwords import GRAMMAR_WORDS, STOP_WORDS

# Words that test the analysis, as the hand-made articles below write them.
SPECIAL_WORDS = """O'Brien don't won't Māori Maori maaori Waitematā waitemata well-known e-mail email co-operation
cooperation take-over takeover U-turn F-16 1,000 1000 café cafe Zürich zurich García garcia Müller Mueller muller crème
brûlée 9:30 5% $1.5m 2022 O'Brien's mayor's it's""".split()
# Words the checker does not type: an alias's (UK, NZ: README's "United Nations" row), and percent's (5 pct is a phrase)
LEFT_ALONE = frozenset({a.acronym for a in aliases()} | {w for a in aliases() for w in a.name}
                       | {"pct", "pc", "percent", "cent"})
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  # a word as written: letters and digits, inner apostrophes, hyphens
# a word as a pattern or a fuzzy word matches it: its letters and digits, a number's thousands and decimals in it
# ("22,201bn" is 22201bn, "£1.2bn" 1.2bn: README, "1,000" stays a number and "1.2bn*" finds "£1.2bn"; its "201bn" or
# "2bn" is no word); dotted initials the acronym they spell, as the index holds it ("N.Y." is ny: README, J.K.*); a
# word's inner apostrophe its own ("goat's": oat~ does not find it, goats~ does)
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z\d]+s")  # README: an acronym and its plural find each other (MPs, NGOs)
_WRITTEN = re.compile(r"(?:[A-Z]\.){2,}|\d+(?:[.,]\d+)+[^\W_]*|[^\W_]+(?:['’][^\W_]+)*")

# A wire's and a paper's abbreviations are the words they stand for where the index reads them so (README's "5%" and
# "billion dollars" rows): pct, mln, bln, trln after no number too, dlrs and dlr after any word; a paper's pc and the
# scales mn, bn, tn only a space after a number ("5 pc", "1.2 bn"), and stg after a number or a scale ("50 mln stg");
# elsewhere they are themselves (BBC's "PC"). A fuzzy word matches what they stand for ("million"), not "mln".
_STANDS_FOR = {"pct": "percent", "mln": "million", "bln": "billion", "trln": "trillion", "dlrs": "dollars",
               "dlr": "dollar"}
_AFTER_NUMBER = {"pc": "percent", "mn": "million", "bn": "billion", "tn": "trillion", "stg": "sterling"}
_AMOUNT_WORD = re.compile(r"(?<=\d)\s+(pc|mn|bn|tn|(?i:stg))(?![^\W_])"
                          r"|(?<![^\W_])(?i:[mb]ln|trln|million|billion|trillion)\s+((?i:stg))(?![^\W_])")


def written_words(text: str) -> list[str]:
    """The words of ``text`` as a fuzzy word matches them: each as written (``_WRITTEN``), lower case and folded, a
    wire's abbreviation as the word it stands for (``_STANDS_FOR``, ``_AFTER_NUMBER``)."""
    amounts = {m.start(m.lastindex or 0) for m in _AMOUNT_WORD.finditer(text)}
    words = []
    for m in _WRITTEN.finditer(text):
        word = m.group().lower().replace(",", "").replace("’", "'")
        word = word.replace(".", "") if word.endswith(".") else word  # N.Y.
        word = word[:-1] if _ACRONYM_PLURAL.fullmatch(m.group()) else word  # MPs: spelled mp, as the acronym
        if word in _STANDS_FOR:
            word = _STANDS_FOR[word]
        elif m.start() in amounts:
            word = _AFTER_NUMBER[word]
        words.append(fold(word))
    return words


# Articles that exercise the analysis: accents, macrons, hyphens, apostrophes, numbers, dates.
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


# --- the grammar ---------------------------------------------------------------------------------------------------

@dataclass
class Vocabulary:
    """Words and runs of words drawn from the articles, to build queries from."""

    common: list[str]
    rare: list[str]
    stops: list[str]
    runs: list[list[str]]  # four words in a row, as written, from an article's title or body
    months: list[str]
    letters: list[str]  # every word as written (its letters and digits), lower case: what a pattern may match
    terms: set[str] = field(default_factory=set)  # every term of the index: a pattern matches them too
    names: list[tuple[str, str]] = field(default_factory=list)  # ("author", "Smith"), ("source", "Stuff")
    written: list[str] = field(default_factory=list)  # the words of bodies and titles, folded: what a fuzzy word matches

    @classmethod
    def of(cls, docs: list[tuple[str, str, date | None]], rng: random.Random) -> Vocabulary:
        """From (title, body, date) of each article."""
        counts: Counter[str] = Counter()
        runs: list[list[str]] = []
        for title, body, _ in docs:
            for text in (title, body):
                words = _WORD.findall(text)
                counts.update(words)
                if len(words) >= 4:
                    start = rng.randrange(len(words) - 3)
                    runs.append(words[start:start + 4])
        content = [w for w, _ in counts.most_common() if w.lower().replace("’", "'") not in STOP_WORDS and len(w) > 1
                   and not LEFT_ALONE.intersection(query_places(w)[0] if query_places(w) else ())]
        return cls(common=content[:300], rare=[w for w in content if counts[w] <= 2] or content,
                   stops=sorted({w.lower() for w in counts if w.lower() in STOP_WORDS}),
                   runs=runs, months=sorted({d.isoformat()[:7] for _, _, d in docs if d}),
                   letters=sorted({w.lower().replace(",", "") for title, body, _ in docs for text in (title, body)
                                   for w in _WRITTEN.findall(text)}))


def word_forms(word: str) -> set[str]:
    """The terms of a written word, its other forms: an amount with its scale written on is its own term, not its
    number's nor its scale's, which are words of their own (README: "£22bn" is 22 and billion at the next place, and
    its own 22bn: 22* and 22b* find "£22bn", not every "billion", and 22b* not every "22")."""
    found = places(word)
    terms = set().union(*found)
    if _GLUED.fullmatch(word) and word in terms:
        return {word}
    if any(char.isdigit() for char in word):
        return set(found[0]) if found else set()
    return terms


_GLUED = re.compile(r"\d[\d.]*[^\W\d_]+")  # a number with letters written on: 22bn, 1.5m


class Grammar:
    """Random query trees over a vocabulary."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random) -> None:
        self.v, self.rng = vocabulary, rng

    def query(self) -> tuple[Node, str]:
        """A query and its --match: under "all" one to three clauses, at least one of them a word, phrase or
        pattern; under "any" a list of words, phrases, required words, negations and dates."""
        if self.rng.random() < 0.2:
            return self.any_query(), "any"
        return self.all_query(), "all"

    def any_query(self) -> Node:
        items: list[Node] = []
        for _ in range(self.rng.randint(1, 4)):
            roll = self.rng.random()
            item = self.phrase(None) if roll < 0.25 else Word(self.word(), None, "any")
            if roll > 0.85:
                item = Required(item)
            elif roll > 0.75:
                item = Not(item)
            items.append(item)
        if self.rng.random() < 0.15 and self.v.months:
            items.append(self.date())
        return AnyOf(items)

    def all_query(self) -> Node:
        clauses = [self.clause(2) for _ in range(self.rng.randint(1, 3))]
        clauses.append(self.positive())
        self.rng.shuffle(clauses)
        return Bool("", clauses)

    def clause(self, depth: int) -> Node:
        roll = self.rng.random()
        if depth and roll < 0.25:
            op = self.rng.choice(["AND", "OR", "OR"])
            return Bool(op, [self.clause(depth - 1) for _ in range(self.rng.randint(2, 3))])
        if roll < 0.4:
            return Not(self.clause(depth - 1 if depth else 0), self.rng.choice(["-", "NOT"]))
        if roll < 0.47 and self.v.months:
            return self.date()
        return self.positive()

    def positive(self) -> Node:
        roll = self.rng.random()
        fieldname = "title" if self.rng.random() < 0.15 else None
        if roll < 0.3:
            return self.phrase(fieldname)
        if roll < 0.38:
            return self.pattern()
        if roll < 0.41 and self.v.written:
            return self.fuzzy()
        if roll < 0.43 and self.v.names:
            return Name(*self.rng.choice(self.v.names))
        return Word(self.word(), fieldname)

    def fuzzy(self) -> Fuzzy:
        word = self.rng.choice([w for w in self.v.common + self.v.rare if w.isalpha()]).lower()
        if self.rng.random() < 0.5:  # a typo: a letter left out
            cut = self.rng.randrange(len(word))
            word = word[:cut] + word[cut + 1:]
        own = set().union(*places(word)) if places(word) else set()
        terms = set(own)
        for written in self.v.written:
            if one_edit(fold(word), written):
                terms |= {t for t in set().union(*places(written)) if not t.endswith("\x1f") or t in own}
        return Fuzzy(word, frozenset(terms))

    def pattern(self) -> Pattern:
        word = self.rng.choice([w for w in self.v.common + self.v.rare if w.isalnum()]).lower()  # not "e-mail*"
        prefix = fold(word)[:self.rng.randint(3, max(3, len(word) - 1))]
        terms = frozenset().union(*(word_forms(w) for w in self.v.letters if fold(w).startswith(prefix)),
                                  (term for term in self.v.terms if term.startswith(prefix)))
        return Pattern(prefix, terms)


    def word(self) -> str:
        roll = self.rng.random()
        pool = self.v.common if roll < 0.5 else self.v.rare if roll < 0.8 else self.v.stops if roll < 0.92 \
            else SPECIAL_WORDS
        word = self.rng.choice(pool)
        if word.lower() in STOP_WORDS:
            return word.lower()  # a capital on a function word can make it a name's: a rule of its own
        if pool is SPECIAL_WORDS:
            return word
        return self.rng.choice([word, word.lower(), word.lower(), word.capitalize(), word.upper()])

    def phrase(self, fieldname: str | None) -> Phrase:
        run = self.rng.choice(self.v.runs)
        words = run[:self.rng.randint(2, 4)]
        if self.rng.random() < 0.2:
            words = self.rng.sample(words, len(words))
        slop = self.rng.choice([None, None, None, 0, 1, 3, 5])
        return Phrase(words, fieldname, slop)

    def date(self) -> Node:
        month = self.rng.choice(self.v.months)
        roll = self.rng.random()
        if roll < 0.5:
            return DateIs(month if roll < 0.35 else month[:4])
        other = self.rng.choice(self.v.months)
        low, high = sorted([month, other])
        return DateRange(low, high)


def render(query: Node) -> str:
    """The query as a user types it: the outer brackets of the top clause left off."""
    text = query.render()
    return text[1:-1] if isinstance(query, Bool) else text


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


class Checker:
    """An open index, its articles as the evaluator sees them, and the comparison of one query."""

    def __init__(self, idx: NewsIndex) -> None:
        self.idx = idx
        searcher = idx._searcher
        self.ids = {num: fields["id"] for num, fields in searcher.reader().iter_docs()}
        self.docs = [Doc(a.id, {"title": places(a.title), "body": places(a.body)}, a.date,
                         {"author": name_words(" ".join(a.authors)), "source": name_words(a.source or "")})
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
        want = self.expected(query, since, until)
        try:
            got = self.actual(text, match, since, until)
            said = self.searched(text, match, since, until, got) if whole else None
        except NewsSearchError as error:
            nothing = all(query.matches(doc) is None for doc in self.docs)
            if nothing and "nothing to search for" in str(error):
                return None
            return Difference(text, sorted(want), [], str(error), match)
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


def run(idx: NewsIndex, count: int, seed: int) -> tuple[int, list[Difference]]:
    """``count`` random queries checked on ``idx``; the differences found."""
    rng = random.Random(seed)
    checker = Checker(idx)
    vocabulary = Vocabulary.of([(a.title, a.body, a.date) for a in idx.articles()], rng)
    vocabulary.terms = set().union(*(doc.terms["title"] | doc.terms["body"] for doc in checker.docs))
    # the words of the bodies and titles as the index keeps them for fuzzy words (a headline's words are spelling words
    # too: segwriter.SPELLED_IN): not a grammar word's, but a content stopword's ("different", which a keyword query
    # searches); a wire's abbreviation as the word it stands for (written_words)
    vocabulary.written = sorted({w for a in idx.articles() for text in (a.title, a.body)
                                 for w in written_words(text)} - GRAMMAR_WORDS)
    vocabulary.names = sorted({(name, word) for a in idx.articles() for name, text in
                               (("author", " ".join(a.authors)), ("source", a.source or ""))
                               for word in LETTERS.findall(text)})
    grammar = Grammar(vocabulary, rng)
    differences = []
    for _ in range(count):
        query, match = grammar.query()
        while not re.search(r"[^\W\d_](?<![A-Z])", render(query)):
            query, match = grammar.query()  # a query all in capitals is natural language: AND, OR, NOT are words
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
