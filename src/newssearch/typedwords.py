"""What the words of a keyword query, as typed, say about how to search them.

A word of the SMART stop list that is not a function word ("inner", "welcome", "cause", "Inc") is a word
a user means under ``--match all``, and so is a function word typed with a capital inside a name ("Doctor
Who", "Theresa May", "No 10"); the function words left out that were typed with a capital are named in a note. A short word typed in
capitals is an acronym ("SPY"), searched unstemmed, and also the word it spells ("spy", stemmed "spi").
"""

from __future__ import annotations

from whoosh import query as wq

from .schema import SEARCH_FIELDS
from .stopwords import GRAMMAR_WORDS, STOP_WORDS
from .textanalysis import TOKEN_RE, acronyms, analyze, plain_word, stem_english

SYNTAX_WORDS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
NOTE_WORDS = 12  # a longer query is prose: its function words are left out without a note
NOTED_AT_MOST = 4  # words named in the note


def unquoted_runs(text: str) -> list[list[str]]:
    """The tokens of ``text`` outside quotes, in runs cut at each quote and each operator (AND, OR, NOT)."""
    runs: list[list[str]] = []
    for piece in text.split('"')[::2]:
        run: list[str] = []
        for token in TOKEN_RE.findall(piece):
            if token in SYNTAX_WORDS:
                runs.append(run)
                run = []
            else:
                run.append(token)
        runs.append(run)
    return [run for run in runs if run]


def _stop_word(token: str) -> str | None:
    """The stop-list word ``token`` is (``Who`` -> ``who``), or None for another word."""
    word = plain_word(token).lower()
    return word if word in STOP_WORDS else None


def _in_name(run: list[str], at: int) -> bool:
    """True when ``run[at]``, typed with a capital, stands in a name: after a word typed with a capital
    ("Doctor Who", "Theresa May") or before a number ("No 10")."""
    token = run[at]
    if not token[:1].isupper():
        return False
    after_capital = at > 0 and run[at - 1][:1].isupper()
    before_number = at + 1 < len(run) and run[at + 1][:1].isdigit()
    return after_capital or before_number


def searched_stopwords(text: str) -> frozenset[str]:
    """The stop-list words of ``text`` (as typed) that a ``--match all`` query searches like any word.

    A word that is not a function word (GRAMMAR_WORDS: "inner", "welcome", "unlikely", "Ltd"), and a
    function word typed with a capital inside a name (``_in_name``). Quoted words are a phrase already.
    """
    kept: set[str] = set()
    for run in unquoted_runs(text):
        for at, token in enumerate(run):
            word = _stop_word(token)
            if word is not None and (word not in GRAMMAR_WORDS or _in_name(run, at)):
                kept.add(token)
    return frozenset(kept)


def left_out_note(text: str, kept: frozenset[str]) -> str | None:
    """A note naming the function words typed with a capital that a short ``--match all`` query leaves out
    ("The Who": "the" may have been meant as part of a name), or None. Those in lower case ("bank of
    england") go without a note, as in every search engine.

    Lower-case "or" and "not" are left to their own note (``lower_case_operators``); acronyms ("US", "WHO")
    are searched. A query of more than NOTE_WORDS words is prose, read as such.
    """
    if len(text.split()) > NOTE_WORDS:
        return None
    left: list[str] = []
    for run in unquoted_runs(text):
        for token in run:
            word = _stop_word(token)
            if (word is not None and token[:1].isupper() and token not in kept and word not in ("or", "not")
                    and not analyze(token) and word not in left):
                left.append(word)
    if not left:
        return None
    named = " and ".join(f'"{word}"' for word in left[:NOTED_AT_MOST]) + (" …" if len(left) > NOTED_AT_MOST else "")
    are = "is" if len(left) == 1 else "are"
    return f"{named} {are} too common to search and left out (a phrase in quotes keeps them)"


def acronym_stems(text: str) -> dict[str, str]:
    """The stem of each acronym typed in ``text`` that spells a word with another stem: ``{"spy": "spi"}``
    for "SPY", ``{"ads": "ad"}`` for "ADS". Not an acronym spelled like a stopword ("US" is ``us.``: not the
    pronoun), dotted initials, nor a plural ("MPs" is ``mp``)."""
    stems: dict[str, str] = {}
    for run in unquoted_runs(text):
        for token in run:  # one at a time, as the parser analyses them
            term = acronyms([token]).get(0)
            if term is not None and token.isalpha() and token.isupper() and term.isalpha():
                stem = stem_english(term)
                if stem != term:
                    stems[term] = stem
    return stems


def with_acronym_stems(query: wq.Query, stems: dict[str, str]) -> wq.Query:
    """Each title/body term of a typed acronym as the best of it and its word's stem: ``SPY`` finds "spy"."""
    if not stems:
        return query

    def either(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.Term) or leaf.fieldname not in SEARCH_FIELDS or leaf.text not in stems:
            return leaf
        return wq.DisjunctionMax([leaf, wq.Term(leaf.fieldname, stems[str(leaf.text)], boost=leaf.boost)])

    return _map_leaves(query, either)


def _map_leaves(query: wq.Query, change) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with every leaf passed through ``change``."""
    if query.is_leaf():
        return change(query)
    return query.apply(lambda child: _map_leaves(child, change))
