"""A byline's middle initials or middle name between the given name and surname typed: ``author:"Sarah Needleman"``
finds "Sarah E. Needleman", "Sarah J. E. Needleman" and "Sarah Wilson Needleman", and ``author:"George Bush"``
"George W. Bush", as users seldom type a middle name; so is a surname's particle, as English often drops it:
``author:"Justus Daniels"`` finds "Justus von Daniels", ``author:"Anna Berg"`` "Anna van der Berg" (a particle typed
is kept: ``author:"Justus von Daniels"`` is not "Justus Daniels").

Only such words may stand between them: one initial, particle or capitalised name (not a joining word), or two of
them of which one at most is a name ("Mary Ann E. Smith" is a Mary Smith, "Sarah Ann Lee Needleman" no Sarah
Needleman); never two bylines (authorgaps parts them). The middle words are read from the bylines where
the postings' positions put the two names one or two words apart (up to MAX_MIDDLE_BYLINES of them; beyond, any
initial or particle is a middle word too), so an exact byline costs no read. A name typed in three words has two
places for them: after the given name ("Gabriel [José] García Márquez") and before the surname ("Mary Ann [E.]
Smith"). A surname typed as a pattern (``author:"Sarah Need*"``) has each word it matches as its forms. Done at
query time on ``author:`` phrases only (authorinitials), at INITIAL_NAME_BOOST, the middle words
adding nothing to the score: the byline as typed ranks first; the index is unchanged.
"""

from __future__ import annotations

import itertools
import string
from collections.abc import Collection

from whoosh import query as wq

from .documents.personcheck import PARTICLES
from .patternphrases import NewsSequence
from .schema import AUTHOR, AUTHORS
from .textanalysis import NAME_ANALYZER

# Each byline read is its article's whole record: the articles with a middle word between the two names are few.
MAX_MIDDLE_BYLINES = 200
_JOINING = frozenset("and und et with mit by".split())  # a byline's word between two names that is no name


def middle_name_sequences(parts: list[wq.Query], gap: int, names: list[str],  # type: ignore[no-untyped-def]
                          after: Collection[str], reader, slop: int = 1, boost: float = 1.0) -> list[wq.Query]:
    """The sequences of an ``author:`` phrase's ``parts`` (a query a word) with one or two middle words after its
    word ``gap``, found in the bylines of the index ``reader`` reads between one of ``names`` (that word typed and
    its other forms: its initial, or an initial's names) and one of the forms ``after`` of the word after it (a
    surname's pattern has many): none when no byline has them. The middle words add nothing to the score."""
    singles, pairs = _middle_words(reader, set(names), set(after))
    found = []
    if singles:
        found.append([_either(singles)])
    # a sequence for each kind of pair (two initials, a name then an initial, an initial then a name): one of both
    # words' choices would have let two names through
    for kind in sorted({_kind(pair) for pair in pairs}):
        chosen = [pair for pair in pairs if _kind(pair) == kind]
        found.append([_either({one for one, _ in chosen}), _either({two for _, two in chosen})])
    return [NewsSequence([*parts[:gap + 1], *middle, *parts[gap + 1:]], slop=slop, boost=boost) for middle in found]


def _kind(pair: tuple[str, str]) -> tuple[bool, bool]:
    """Which of a pair's two middle words are initials or particles (``_is_short``): at least one of them is."""
    return _is_short(pair[0]), _is_short(pair[1])


def _either(words: set[str]) -> wq.Query:
    """A term of ``words``' one word, or a choice of them, that adds nothing to the score: a rare initial is no
    better a match of the name typed."""
    terms = [wq.Term(AUTHOR, word, boost=0.0) for word in sorted(words)]
    return terms[0] if len(terms) == 1 else wq.Or(terms, boost=0.0)


def _middle_words(reader, names: set[str], surnames: set[str]) -> tuple[set[str], set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """The single middle words and the pairs of middle words (``_is_pair``) between one of ``names`` and one of
    ``surnames`` in the bylines holding both one or two words apart; with more such bylines than are read, any
    initial of the index as well."""
    articles = _placed_apart(reader, names, surnames)
    singles: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for article in itertools.islice(articles, MAX_MIDDLE_BYLINES):
        for byline in reader.stored_fields(article).get(AUTHORS) or ():
            _read_byline(byline, names, surnames, singles, pairs)
    if len(articles) > MAX_MIDDLE_BYLINES:
        short = {word for word in (*string.ascii_lowercase, *PARTICLES) if (AUTHOR, word) in reader}
        singles |= short
        pairs |= set(itertools.product(short, short))
    return singles, pairs


def _placed_apart(reader, names: set[str], surnames: set[str]) -> list[int]:  # type: ignore[no-untyped-def]
    """The articles where one of ``names`` stands two or three places before one of ``surnames`` in the author
    field, by their postings' positions: the only bylines worth reading (an exact byline is not read)."""
    after: dict[int, set[int]] = {}
    for surname in surnames:
        if (AUTHOR, surname) in reader:
            for article, places in reader.postings(AUTHOR, surname).items_as("positions"):
                after.setdefault(article, set()).update(places)
    if not after:
        return []
    return sorted({article for name in names if (AUTHOR, name) in reader
                   for article, places in reader.postings(AUTHOR, name).items_as("positions")
                   if article in after and any(place + 2 in after[article] or place + 3 in after[article]
                                               for place in places)})


def _read_byline(byline: str, names: set[str], surnames: set[str], singles: set[str],
                 pairs: set[tuple[str, str]]) -> None:
    """Adds to ``singles`` and ``pairs`` the middle words ``byline`` holds between one of ``names`` and one of
    ``surnames``, by their places: an accented word is two terms at one place ("García": garcia and garcía)."""
    places: dict[int, set[str]] = {}
    written: dict[int, str] = {}  # each place's first letter as written, for a capitalised name
    for token in NAME_ANALYZER(byline, mode="index", positions=True, chars=True):
        places.setdefault(token.pos, set()).add(token.text)
        written.setdefault(token.pos, byline[token.startchar:token.startchar + 1])
    for at, words in places.items():
        if surnames.isdisjoint(words):
            continue
        if names & places.get(at - 2, set()):
            singles.update(word for word in places.get(at - 1, ()) if _is_middle(word, written[at - 1]))
        if names & places.get(at - 3, set()):
            firsts, seconds = places.get(at - 2, set()), places.get(at - 1, set())
            pairs.update((one, two) for one in firsts for two in seconds
                         if _is_pair(one, written[at - 2], two, written[at - 1]))


def _is_middle(word: str, written: str) -> bool:
    """Whether ``word``, written from the letter ``written``, is an initial, a surname's particle ("von" of "Justus
    von Daniels") or a capitalised given name."""
    return _is_short(word) or (written.isupper() and word not in _JOINING)


def _is_pair(one: str, first: str, two: str, second: str) -> bool:
    """Whether ``one`` and ``two`` (written from the letters ``first`` and ``second``) may stand together between a
    given name and a surname: two initials or particles ("Sarah J. E. Needleman", "Anna van der Berg"), or a middle
    name and an initial ("Mary Ann E. Smith"); not two names ("Sarah Ann Lee Needleman")."""
    return _is_middle(one, first) and _is_middle(two, second) and (_is_short(one) or _is_short(two))


def _is_short(word: str) -> bool:
    """Whether ``word`` is an initial or a particle, two of which may stand between a name and the next ("Sarah J. E.
    Needleman", "Anna van der Berg")."""
    return len(word) == 1 or word in PARTICLES
