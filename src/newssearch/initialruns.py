"""A name's initials, however they are spaced and dotted, find each other: ``J. K. Rowling`` finds "JK Rowling".

The index holds "J.K." and "JK" as one term (``jk``, an acronym) and "J. K." and "J K" as two (``j``, ``k``), so
each spelling had found only its own kind. Here a run of two or three capital initials typed before a capitalised
name (each initial a capital letter, with or without a dot, spaced or not) is searched both ways, in a phrase and in
``author:`` too. Done at query time only: the index is unchanged, and a phrase keeps its places either way ("by
J. K. Rowling" is four words, "by JK Rowling" three). "US", "UN", "IT", whose term is no letters joined (``us.``),
are no run; nor is a word with small letters ("Ed Smith").
"""

from __future__ import annotations

import re

from whoosh import query as wq

from .acronymterms import acronyms
from .phrases import NewsPhrase
from .schema import AUTHOR, SEARCH_FIELDS
from .textanalysis import stem_english

Runs = dict[str, tuple[str, ...]]  # a run's joined term and its letters' terms: {"jk": ("j", "k")}

# Two or three capitals, each alone (no small letter after it), dotted or spaced or neither, then a capitalised name;
# a dot after them only where they are dotted or spaced: "in the UK. The" ends a sentence.
_RUN = re.compile(r"(?<![\w.'’])(?<![A-Z]\s)(?<![A-Z]\.\s)"  # not inside a word, nor after another initial
                  r"([A-Z]{2,3}|[A-Z](?:(?:\.\s*|\s+)[A-Z]){1,2}\.?)(?![a-z\d'’])\s+(?=[A-Z][a-z])")
_PHRASE_FIELDS = frozenset(SEARCH_FIELDS) | {AUTHOR}


def initial_runs(text: str) -> Runs:
    """The runs of initials before a name in ``text`` as typed: each run's joined term and its letters
    (``{"jk": ("j", "k")}`` for ``J. K. Rowling``, ``JK Rowling`` or ``"by J.K. Rowling"``)."""
    runs: Runs = {}
    for match in _RUN.finditer(text):
        letters = tuple(char.lower() for char in match.group(1) if char.isalpha())
        joined = "".join(letters)
        if acronyms([joined.upper()]).get(0) == joined:  # not US, UN, IT: their term is no letters joined (us.)
            runs[joined] = letters
    return runs


def with_initial_runs(query: wq.Query, text: str) -> wq.Query:
    """``query`` with each title/body term and each title/body/author phrase of a run of initials typed in ``text``
    (``initial_runs``) also found spelled the other way: ``jk`` as the phrase "j k", ``j`` and ``k`` as ``jk``, the
    phrase "j k rowling" as "jk rowling" and back."""
    names = initial_runs(text)
    if not names:
        return query
    # a title's or body's letters as its terms: "A" and "I" are function words (a\x1f), "J" is j
    texts = {joined: tuple(map(stem_english, letters)) for joined, letters in names.items()}
    return _rewritten(query, texts, names)


def _rewritten(query: wq.Query, texts: Runs, names: Runs) -> wq.Query:
    """``query`` with its terms and phrases of the runs (``texts`` in titles and bodies, ``names`` in bylines) as the
    best of them and their other spelling."""
    if type(query) is wq.Term and query.fieldname in SEARCH_FIELDS:
        other = _other_term(query, texts)
        return wq.DisjunctionMax([query, other]) if other is not None else query
    if isinstance(query, wq.Phrase) and query.fieldname in _PHRASE_FIELDS:
        runs = names if query.fieldname == AUTHOR else texts
        words = _other_words([str(word) for word in query.words], runs)
        if words is None:
            return query
        other = NewsPhrase(query.fieldname, words, slop=query.slop, boost=query.boost)
        return wq.DisjunctionMax([query, other])
    if query.is_leaf():
        return query
    return query.apply(lambda child: _rewritten(child, texts, names))


def _other_term(term: wq.Term, runs: Runs) -> wq.Query | None:
    """The other spelling of a run's joined term (the phrase of its letters) or of one of its letters (the joined
    term: ``j`` and ``k`` each find "JK", the And of them then needing "JK" once)."""
    text = str(term.text)
    if text in runs:
        return NewsPhrase(term.fieldname, list(runs[text]), boost=term.boost)
    joined = [joined for joined, letters in runs.items() if text in letters]
    if not joined:
        return None
    terms = [wq.Term(term.fieldname, each, boost=term.boost) for each in joined]
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def _other_words(words: list[str], runs: Runs) -> list[str] | None:
    """A phrase's ``words`` with each run's letters joined and each joined run spelled in letters, or None for a
    phrase with no run."""
    # only a run's first letter or a joined run starts a change: the words between are passed over in one slice, each
    # place looked up once (a pasted page's phrase of 5,000 words, read again for each reading of its amounts and
    # words, had compared every run at every word)
    starts = {letters[0] for letters in runs.values()} | runs.keys()
    order = {letters: i for i, letters in reversed(list(enumerate(runs.values())))}  # the first run of those letters
    joins, lengths = list(runs), sorted({len(letters) for letters in runs.values()})
    found: list[str] = []
    at = 0
    changed = False
    for start in [i for i, word in enumerate(words) if word in starts]:
        if start < at:  # within a run joined
            continue
        found += words[at:start]
        at = start
        first = min((order[cut] for length in lengths if (cut := tuple(words[at:at + length])) in order), default=None)
        if first is not None:
            found.append(joins[first])
            at += len(runs[joins[first]])
            changed = True
        elif words[at] in runs:
            found += runs[words[at]]
            at += 1
            changed = True
        else:
            found.append(words[at])
            at += 1
    return found + words[at:] if changed else None
