"""A byline's middle initials or middle name between the given name and surname typed: ``author:"Sarah Needleman"``
finds "Sarah E. Needleman", "Sarah J. E. Needleman" and "Sarah Wilson Needleman", and ``author:"George Bush"``
"George W. Bush", as users seldom type a middle name.

Only such words may stand between them: one initial or one capitalised name (not a particle, "Sarah van Needleman",
nor a joining word), or two initials; never two bylines (authorgaps parts them). The middle words are read from the
bylines where the postings' positions put the two names one or two words apart (up to MAX_MIDDLE_BYLINES of them;
beyond, any initial is a middle word too), so an exact byline costs no read. Done at query time on two-word
``author:`` phrases only (authorinitials), at INITIAL_NAME_BOOST, the middle words adding nothing to the score: the
byline as typed ranks first; the index is unchanged.
"""

from __future__ import annotations

import itertools
import string

from whoosh import query as wq

from .documents.personcheck import PARTICLES
from .patternphrases import NewsSequence
from .schema import AUTHOR, AUTHORS
from .textanalysis import NAME_ANALYZER

# Each byline read is its article's whole record: the articles with a middle word between the two names are few.
MAX_MIDDLE_BYLINES = 200
_JOINING = frozenset("and und et with mit by".split())  # a byline's word between two names that is no name


def middle_name_sequences(names: list[str], surname: str, reader, slop: int = 1,  # type: ignore[no-untyped-def]
                          boost: float = 1.0) -> list[wq.Query]:
    """The sequences of one of ``names`` (the given name typed, then its other forms: its initial, or an initial's
    names), one or two middle words found between one of them and ``surname`` in the bylines of the index ``reader``
    reads, and ``surname``: none when no byline has them. Only the name typed and the surname add to the score."""
    singles, pairs = _middle_words(reader, set(names), surname)
    if not singles and not pairs:
        return []
    typed = wq.Term(AUTHOR, names[0])
    first = wq.Or([typed, _either(set(names[1:]))]) if len(names) > 1 else typed
    found = []
    if singles:
        found.append([first, _either(singles), wq.Term(AUTHOR, surname)])
    if pairs:
        found.append([first, _either({one for one, _ in pairs}), _either({two for _, two in pairs}),
                      wq.Term(AUTHOR, surname)])
    return [NewsSequence(parts, slop=slop, boost=boost) for parts in found]


def _either(words: set[str]) -> wq.Query:
    """A term of ``words``' one word, or a choice of them, that adds nothing to the score: a rare initial is no
    better a match of the name typed."""
    terms = [wq.Term(AUTHOR, word, boost=0.0) for word in sorted(words)]
    return terms[0] if len(terms) == 1 else wq.Or(terms, boost=0.0)


def _middle_words(reader, names: set[str], surname: str) -> tuple[set[str], set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """The single middle words and the pairs of middle initials between one of ``names`` and ``surname`` in the
    bylines holding both one or two words apart; with more such bylines than are read, any initial of the index
    as well."""
    articles = _placed_apart(reader, names, surname)
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for article in itertools.islice(articles, MAX_MIDDLE_BYLINES):
        for byline in reader.stored_fields(article).get(AUTHORS) or ():
            _read_byline(byline, names, surname, singles, pairs)
    if len(articles) > MAX_MIDDLE_BYLINES:
        letters = {letter for letter in string.ascii_lowercase if (AUTHOR, letter) in reader}
        singles |= letters
        pairs |= set(itertools.product(letters, letters))
    return singles, pairs


def _placed_apart(reader, names: set[str], surname: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The articles where one of ``names`` stands two or three places before ``surname`` in the author field, by
    their postings' positions: the only bylines worth reading (an exact byline is not read)."""
    if (AUTHOR, surname) not in reader:
        return []
    after = {article: set(places) for article, places in reader.postings(AUTHOR, surname).items_as("positions")}
    return sorted({article for name in names if (AUTHOR, name) in reader
                   for article, places in reader.postings(AUTHOR, name).items_as("positions")
                   if article in after and any(place + 2 in after[article] or place + 3 in after[article]
                                               for place in places)})


def _read_byline(byline: str, names: set[str], surname: str, singles: set[str],
                 pairs: set[tuple[str, str]]) -> None:
    """Adds to ``singles`` and ``pairs`` the middle words ``byline`` holds between one of ``names`` and ``surname``,
    by their places: an accented word is two terms at one place ("García": garcia and garcía)."""
    places: dict[int, set[str]] = {}
    written: dict[int, str] = {}  # each place's first letter as written, for a capitalised name
    for token in NAME_ANALYZER(byline, mode="index", positions=True, chars=True):
        places.setdefault(token.pos, set()).add(token.text)
        written.setdefault(token.pos, byline[token.startchar:token.startchar + 1])
    for at, words in places.items():
        if surname not in words:
            continue
        if names & places.get(at - 2, set()):
            singles.update(word for word in places.get(at - 1, ()) if _is_middle(word, written[at - 1]))
        if names & places.get(at - 3, set()):
            firsts, seconds = places.get(at - 2, set()), places.get(at - 1, set())
            pairs.update((one, two) for one in firsts for two in seconds if len(one) == len(two) == 1)


def _is_middle(word: str, written: str) -> bool:
    """Whether ``word``, written from the letter ``written``, is an initial or a capitalised given name."""
    return len(word) == 1 or (written.isupper() and word not in PARTICLES and word not in _JOINING)
