"""What the words of a keyword query, as typed, say about how to search them.

A word of the SMART stop list that names something ("inner", "welcome", "cause") is a word a user means
under ``--match all``, and so is a function word typed with a capital that ends a name ("Doctor Who", "Theresa
May", "No 10"); a query of such stop words alone ("Take That", "The Who") is searched as its phrase; a short query
of capitalised words names in a note the function words
it leaves out. A short word typed in capitals is an acronym ("SPY"), searched unstemmed, and also the word it
spells ("spy", stemmed "spi").
"""

from __future__ import annotations

import re

from whoosh import query as wq

from .acronymterms import acronyms
from .schema import SEARCH_FIELDS
from .stopwords import CONTENT_STOPWORDS, NAME_WORDS, STOP_WORDS
from .textanalysis import analyze, stem_english
from .tokenpatterns import plain_word, token_pattern_for

SYNTAX_WORDS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
NOTE_WORDS = 4  # a longer query is a title or prose: its function words are left out without a note
NOTED_AT_MOST = 4  # words named in the note


def unquoted_runs(text: str) -> list[list[str]]:
    """The tokens of ``text`` outside quotes, in runs cut at each quote, bracket and operator (AND, OR, NOT): a
    bracket ends a name as the query's end does ("(Theresa May) Oil")."""
    runs: list[list[str]] = []
    for piece in (part for quoted in text.split('"')[::2] for part in _BRACKETS.split(quoted)):
        run: list[str] = []
        for token in token_pattern_for(piece).findall(piece):
            if token in SYNTAX_WORDS:
                runs.append(run)
                run = []
            else:
                run.append(token)
        runs.append(run)
    return [run for run in runs if run]


_BRACKETS = re.compile(r"[()]")


def _stop_word(token: str) -> str | None:
    """The stop-list word ``token`` is (``Who`` -> ``who``), or None for another word."""
    word = plain_word(token).lower()
    return word if word in STOP_WORDS else None


def _in_name(run: list[str], at: int) -> bool:
    """True when ``run[at]``, typed with a capital, ends a name: after a word typed with a capital and before
    none ("Doctor Who", "Theresa May", "Anne Will"), or before a number ("No 10"). Inside a run of capitals it
    is a title's small word ("Bank Of Japan", "Who Wants To Be A Millionaire"), left out as in lower case."""
    token = run[at]
    if not token[:1].isupper():
        return False
    after_capital = at > 0 and run[at - 1][:1].isupper()
    before_capital = at + 1 < len(run) and run[at + 1][:1].isupper()
    before_number = at + 1 < len(run) and run[at + 1][:1].isdigit()
    return (after_capital and not before_capital) or before_number


def quoted_names(text: str) -> str:
    """``text`` quoted when it is a name of stop words alone that ends in a function word, for a ``--match all``
    query: "Take That", "The Who" are searched as the phrase they are (``take`` had been left out and "that"
    searched alone, finding 83% of BBC News).

    The name is the function word that ends it (``_in_name``) and the capitalised stopwords before it (``The
    Who``, ``Who Is Who``). Words with syntax of their own (``title:``, ``-``, ``^``, ``*``, brackets) are left as
    they are, and so is quoted text.
    """
    pieces = text.split('"')
    for i in range(0, len(pieces), 2):  # outside quotes
        pieces[i] = _names_quoted(pieces[i])
    return '"'.join(pieces)


def _names_quoted(piece: str) -> str:
    """``quoted_names`` on text without quotes: only a query of stop words alone ("Take That", "The Who", "So
    What"), which would otherwise search its last word alone; a name among other words ("Doctor Who", "Gordon Brown
    Speaks Out", "Oil Up") keeps its words apart, as a title-case headline typed in full must find its article."""
    words = [(match.span(), plain_token(match.group())) for match in _SPACED.finditer(piece)]
    if not words or any(token is None or _stop_word(token) is None for _, token in words):
        return piece
    out: list[str] = []
    done = 0
    for start, end in _name_spans([str(token) for _, token in words]):
        (left, _), (_, right) = words[start][0], words[end - 1][0]
        phrase = " ".join(str(token) for _, token in words[start:end])
        out += [piece[done:left], f'"{phrase}"']
        done = right
    return "".join(out) + piece[done:]


_SPACED = re.compile(r"\S+")


def plain_token(word: str) -> str | None:
    """The one token of a plain word (a trailing dot or comma aside: ``No.``), else None (``title:x``, ``-x``, ``x*``)."""
    tokens = token_pattern_for(word).findall(word)
    if len(tokens) != 1 or word.rstrip(".,") != tokens[0] or tokens[0] in SYNTAX_WORDS:
        return None
    return tokens[0]


def _name_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each name ending in a function word among ``tokens`` (stop words all): the function word
    (``_in_name``) and the capitalised words before it ("Take That", "Who Is Who")."""
    spans: list[tuple[int, int]] = []
    for here, word in enumerate(tokens):
        stop = _stop_word(word)
        if stop not in NAME_WORDS or stop in CONTENT_STOPWORDS or not _in_name(tokens, here):
            continue
        first = here
        while first > 0 and tokens[first - 1][:1].isupper():
            first -= 1
        if here > first and not (spans and spans[-1][1] > first):
            spans.append((first, here + 1))
    return spans


def searched_stopwords(text: str) -> frozenset[str]:
    """The stop-list words of ``text`` (as typed) that a ``--match all`` query searches like any word.

    A word that names something (CONTENT_STOPWORDS: "inner", "welcome", "unlikely"), and a function word
    typed with a capital that ends a name (NAME_WORDS, ``_in_name``). Quoted words are a phrase already.
    """
    kept: set[str] = set()
    for run in unquoted_runs(text):
        for at, token in enumerate(run):
            word = _stop_word(token)
            if word is not None and (word in CONTENT_STOPWORDS or (word in NAME_WORDS and _in_name(run, at))):
                kept.add(token)
    return frozenset(kept)


def left_out_note(text: str, kept: frozenset[str]) -> str | None:
    """A note naming the stop words a short ``--match all`` query of capitalised words leaves out at its start
    or end ("The Who", "Will Young", "Acme Inc": the word may have been meant as part of a name), or None.
    Anywhere else ("bank of england", "The economy", "Bank Of Japan") they go without a note, as in every
    search engine.

    Lower-case "or" and "not" are left to their own note (``lower_case_operators``); acronyms ("US", "WHO")
    are searched. A query of more than NOTE_WORDS words is prose, read as such.
    """
    tokens = [token for run in unquoted_runs(text) for token in run]
    if len(tokens) > NOTE_WORDS or not all(token[:1].isupper() or token[:1].isdigit() for token in tokens):
        return None  # "The economy": a sentence's capital, not a name's
    left: list[str] = []
    joined = _joined_tokens(text)
    for token in dict.fromkeys(tokens[:1] + tokens[-1:]):  # a name's first or last word: "The Who", "Acme Inc"
        word = _stop_word(token)
        if (word is not None and token not in kept and token not in joined and word not in ("or", "not")
                and not analyze(token) and word not in left):
            left.append(word)
    if not left:
        return None
    named = " and ".join(f'"{word}"' for word in left[:NOTED_AT_MOST]) + (" …" if len(left) > NOTED_AT_MOST else "")
    are = "is" if len(left) == 1 else "are"
    return f"{named} {are} too common to search and left out (a phrase in quotes keeps them)"


def _joined_tokens(text: str) -> set[str]:
    """The tokens typed joined to another in one word outside quotes (``AT`` and ``T`` of ``AT&T``, ``A`` of
    ``A&E``): the parser searches such a word as the phrase of all its tokens, stopwords too."""
    return {token for piece in text.split('"')[::2] for word in piece.split()
            if len(tokens := token_pattern_for(word).findall(word)) > 1 for token in tokens}


def acronym_stems(text: str) -> dict[str, str]:
    """The other term of each acronym typed in ``text`` that spells a word with another stem: the stem of a short
    one (``{"spy": "spi"}`` for "SPY", ``{"ads": "ad"}`` for "ADS", ``{"pct": "percent"}`` for "PCT"), and for dotted
    initials of four letters or more
    their stem (``{"aids": "aid"}`` for "A.I.D.S.": it finds "AIDS" too; "AIDS" typed finds "A.I.D.S." by
    ``dottedacronyms``). Not an acronym spelled like a stopword
    ("US" is ``us.``: not the pronoun), nor a plural ("MPs" is ``mp``)."""
    stems: dict[str, str] = {}
    for run in unquoted_runs(text):
        for token in run:  # one at a time, as the parser analyses them
            token = token.lstrip()  # a wire's scale after a number holds its space (" MLN" of '"a b"~3 MLN')
            term = acronyms([token]).get(0)
            letters = token.replace(".", "")
            if not (letters.isalpha() and letters.isupper()) or (term is not None and not term.isalpha()):
                continue
            if term is not None and (stem := stem_english(plain_word(term))) != term:
                stems[term] = stem  # "PCT": the acronym or percent, as "the PCT" and "TWO PCT" are read
    return stems



def with_acronym_stems(query: wq.Query, stems: dict[str, str]) -> wq.Query:
    """Each title/body term of a typed acronym as the best of it and its other term (``acronym_stems``): ``SPY``
    finds "spy", ``AIDS`` "A.I.D.S."; a phrase holding one (a hyphenated word, ``MLN-DLR``) as the best of it and the
    phrase of its words' other terms ("million dollar", as the index reads a headline's "MLN-DLR")."""
    if not stems:
        return query

    def either(leaf: wq.Query) -> wq.Query:
        if isinstance(leaf, wq.Phrase) and leaf.fieldname in SEARCH_FIELDS and any(w in stems for w in leaf.words):
            words = [stems.get(str(word), word) for word in leaf.words]
            return wq.DisjunctionMax([leaf, wq.Phrase(leaf.fieldname, words, slop=leaf.slop, boost=leaf.boost)])
        if not isinstance(leaf, wq.Term) or leaf.fieldname not in SEARCH_FIELDS or leaf.text not in stems:
            return leaf
        return wq.DisjunctionMax([leaf, wq.Term(leaf.fieldname, stems[str(leaf.text)], boost=leaf.boost)])

    return _map_leaves(query, either)


def _map_leaves(query: wq.Query, change) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with every leaf passed through ``change``."""
    if query.is_leaf():
        return change(query)
    return query.apply(lambda child: _map_leaves(child, change))
