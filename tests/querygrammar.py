"""The random queries of the differential check (tests/querycheck.py): a vocabulary drawn from the articles, the
words as a pattern or a fuzzy word matches them, and a grammar of query trees (querynodes.py, querylogic.py) over it."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from queryamounts import amount_phrase
from queryfields import field_group
from querylogic import AnyOf, Bool, Node, Not, Required
from querynodes import DateIs, DateRange, Fuzzy, Name, Pattern, Phrase, Proximity, Word
from queryterms import one_edit, places, query_places

from newssearch.aliases import aliases
from newssearch.apostrophes import ELISIONS, ENGLISH_CLITICS
from newssearch.folding import fold
from newssearch.stopwords import STOP_WORDS

# Words that test the analysis, as the hand-made articles (querycheck.HANDMADE) write them.
SPECIAL_WORDS = """O'Brien don't won't Māori Maori maaori Waitematā waitemata well-known e-mail email co-operation
cooperation take-over takeover U-turn F-16 1,000 1000 café cafe Zürich zurich García garcia Müller Mueller muller crème
brûlée 9:30 5% $1.5m 2022 O'Brien's mayor's it's""".split()
# Words the checker does not type: an alias's (UK, NZ: README's "United Nations" row), and percent's (5 pct is a phrase)
LEFT_ALONE = frozenset({a.acronym for a in aliases()} | {w for a in aliases() for w in a.name}
                       | {"pct", "pc", "percent", "cent"})
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")  # a word as written: letters and digits, inner apostrophes, hyphens
# a word as a pattern or a fuzzy word matches it: its letters and digits, a number's thousands and decimals in it
# ("22,201bn" is 22201bn, "£1.2bn" 1.2bn: README, "1,000" stays a number and "1.2bn*" finds "£1.2bn"; its "201bn" or
# "2bn" is no word); dotted initials the acronym they spell, as the index holds it ("N.Y." is ny: README, J.K.*; a
# last dot left off too, as acronymterms reads them: a wire's "<F.N>" is fn, but "GM.N" no initials); a
# word's inner apostrophe its own ("goat's": oat~ does not find it, goats~ does)
_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z\d]+s")  # README: an acronym and its plural find each other (MPs, NGOs)
_ACRONYM_POSSESSIVE = re.compile(r"[A-Z]{2,3}['’]s")  # README: possessives of acronyms (US's) are the acronym
_WRITTEN = re.compile(r"(?<![^\W_])[A-Z](?:\.[A-Z])+(?:\.|(?![^\W_]))|\d+(?:[.,]\d+)+[^\W_]*|[^\W_]+(?:['’][^\W_]+)*")

# A wire's and a paper's abbreviations are the words they stand for where the index reads them so (README's "5%" and
# "billion dollars" rows): pct, mln, bln, trln after no number too, dlrs and dlr after any word; a paper's pc and the
# scales mn, bn, tn only a space after a number ("5 pc", "1.2 bn"), and stg after a number or a scale ("50 mln stg");
# elsewhere they are themselves (BBC's "PC"). A fuzzy word matches what they stand for ("million"), not "mln".
_STANDS_FOR = {"pct": "percent", "mln": "million", "bln": "billion", "trln": "trillion", "dlrs": "dollars",
               "dlr": "dollar"}
_AFTER_NUMBER = {"pc": "percent", "mn": "million", "bn": "billion", "tn": "trillion", "stg": "sterling"}
# A pattern matching an abbreviation searches the word it stands for too, wherever the index reads it so (README's
# wildcard row: dlr* finds the wire's "dlrs", held as dollars; mln* and ml* its "mln", held as million)
_ABBREVIATIONS = {**_STANDS_FOR, **_AFTER_NUMBER}
_AMOUNT_WORD = re.compile(r"(?<=\d)\s+(pc|mn|bn|tn|(?i:stg))(?![^\W_])"
                          r"|(?<![^\W_])(?i:[mb]ln|trln|million|billion|trillion)\s+((?i:stg))(?![^\W_])")


def written_words(text: str) -> list[str]:
    """The words of ``text`` as a fuzzy word matches them: each as written (``_WRITTEN``), lower case and folded, a
    wire's abbreviation as the word it stands for (``_STANDS_FOR``, ``_AFTER_NUMBER``)."""
    amounts = {m.start(m.lastindex or 0) for m in _AMOUNT_WORD.finditer(text)}
    words = []
    for m in _WRITTEN.finditer(text):
        word = m.group().lower().replace(",", "").replace("’", "'")
        word = word.replace(".", "") if "." in word and not word[0].isdigit() else word  # N.Y., F.N
        word = word[:-1] if _ACRONYM_PLURAL.fullmatch(m.group()) else word  # MPs: spelled mp, as the acronym
        word = word[:-2] if _ACRONYM_POSSESSIVE.fullmatch(m.group()) else word  # AAA's: aaa, the acronym
        if word in _STANDS_FOR:
            word = _STANDS_FOR[word]
        elif m.start() in amounts:
            word = _AFTER_NUMBER[word]
        words.append(fold(word))
        after = _AFTER_APOSTROPHE.fullmatch(m.group())
        if after and (after.group(1).lower() in ELISIONS or after.group(1) == "O" and after.group(2)[0].isupper()
                      and after.group(2).lower() != "clock"):
            words.append(fold(after.group(2).lower()))  # README: "Driscoll" finds "Brian O'Driscoll", état "l'État"
        elif (suffixed := _SUFFIXED.fullmatch(m.group())) and suffixed.group(1)[0].isupper() \
                and suffixed.group(2).islower() and suffixed.group(2) not in ENGLISH_CLITICS:
            words.append(fold(suffixed.group(1).lower()))  # README: Türkiye finds "Türkiye'de"; not "Blair's"
    return words


_AFTER_APOSTROPHE = re.compile(r"([^\W\d_]{1,6})['’]([^\W\d_]{2}[^\W_]*)")  # an elided article's, an O' name's word
_SUFFIXED = re.compile(r"([^\W\d_]{2,})['’]([^\W\d_]+)")  # a name and its suffix, as Turkish writes them

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
    amounts: list[str] = field(default_factory=list)  # the texts writing an amount with a sign, scale or currency

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
        pattern; under "any" a list of words, phrases, required words, negations and dates; now and then a query of
        very common words alone (``common_query``)."""
        if self.rng.random() < 0.04:
            match = "any" if self.rng.random() < 0.25 else "all"
            return self.common_query(match), match
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
        if roll < 0.53 and fieldname is None:
            return self.proximity()
        if roll < 0.58 and fieldname is None and self.v.amounts:
            return amount_phrase(self.v.amounts, self.rng) or Word(self.word())
        if roll < 0.62 and fieldname is None:  # title:(a OR "b c" -d)
            return field_group(self.rng, self.word, lambda: self.phrase(None))
        return Word(self.word(), fieldname)

    def proximity(self) -> Proximity:
        """Two to four words joined by one news database's proximity operator (README's proximity row), the words
        of a run of an article's text now and then, so that some are near. EBSCO's N5 and W5 join words searched for
        (README: beside a stop word, "the N5 road", it is a word)."""
        count = self.rng.choice([2, 2, 2, 3, 3, 4])
        op = self.rng.choice(["w/{}", "pre/{}", "NEAR/{}", "near{}", "N/{}", "P/{}", "N{}", "W{}", "NEAR"])
        ebsco = op in ("N{}", "W{}")
        def fits(word: str) -> bool:
            return word.isalpha() and word.lower() not in _OPERATOR_WORDS and not (ebsco and word.lower() in STOP_WORDS)
        run = [w for w in self.rng.choice(self.v.runs) if fits(w)]
        words = run[:count] if len(run) >= count and self.rng.random() < 0.6 else \
            self.rng.sample([w for w in self.v.common + self.v.rare if fits(w)], count)
        if self.rng.random() < 0.3:
            words = self.rng.sample(words, len(words))
        number = self.rng.choice([0, 1, 2, 3, 5, 5, 8, 10, 15, 20])
        return Proximity(words, op.format(number or 1 if ebsco else number))

    def common_query(self, match: str) -> Node:
        """A query of very common words alone (README: ``to be or not to be`` and ``What we do`` are their phrase),
        in capitals now and then (``TO BE OR NOT TO BE``), with a minus term now and then (``-hamlet``)."""
        words = self.rng.choice(_COMMON_RUNS).split() if self.rng.random() < 0.5 else \
            self.rng.sample(_COMMON_WORDS, self.rng.randint(2, 4))
        shout = self.rng.random() < 0.3
        words = [w.upper() for w in words] if shout else words
        clauses: list[Node] = [Word(w, None, match) for w in words]
        if self.rng.random() < 0.3:
            minus = self.rng.choice([w for w in self.v.common if w.lower() not in _OPERATOR_WORDS])  # not "-NOT"
            clauses.append(Not(Word(minus.upper() if shout else minus, None, match)))
        return AnyOf(clauses) if match == "any" else Bool("", clauses)

    def fuzzy(self) -> Fuzzy:
        word = self.rng.choice([w for w in self.v.common + self.v.rare if w.isalpha()]).lower()
        if self.rng.random() < 0.5:  # a typo: a letter left out
            cut = self.rng.randrange(len(word))
            word = word[:cut] + word[cut + 1:]
        own = set().union(*places(word)) if places(word) else set()
        terms = set(own)
        for written in self.v.written if len(fold(word)) > 2 else []:  # README: a word of two letters is as typed
            if one_edit(fold(word), written):
                terms |= {t for t in set().union(*places(written)) if not t.endswith("\x1f") or t in own}
        return Fuzzy(word, frozenset(terms))

    def pattern(self) -> Pattern:
        word = self.rng.choice([w for w in self.v.common + self.v.rare if w.isalnum()]).lower()  # not "e-mail*"
        prefix = fold(word)[:self.rng.randint(3, max(3, len(word) - 1))]
        terms = frozenset().union(*(word_forms(w) for w in self.v.letters if fold(w).startswith(prefix)),
                                  (term for term in self.v.terms if term.startswith(prefix)),
                                  *(word_forms(w) for a, w in _ABBREVIATIONS.items() if a.startswith(prefix)))
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


_OPERATOR_WORDS = frozenset({"and", "or", "not", "near", "to"})
# very common words that are no acronym in capitals (not IT, US, WHO), as typed in runs and drawn alone
_COMMON_RUNS = ["to be or not to be", "what we do", "all of this", "there is no", "it was the", "as far as"]
_COMMON_WORDS = "to be or not what we do the of in is that this was for on with as at by from have has had were are " \
    "been there they them their he she his her you".split()


def render(query: Node) -> str:
    """The query as a user types it: the outer brackets of the top clause left off."""
    text = query.render()
    return text[1:-1] if isinstance(query, Bool) else text
