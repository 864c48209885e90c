"""The indexed word nearest to one the index does not know: by edit distance, sound (Soundex), frequency and the
other words typed beside it."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence

from whoosh.support.levenshtein import damerau_levenshtein

from .folding import fold
from .fuzzywords import WordFinder
from .schema import BODY, SEARCH_FIELDS, TITLE
from .slipkinds import typing_slip
from .stopwords import GRAMMAR_WORDS
from .unspaced import has_unspaced
from .wordcounts import all_terms, articles_with, word_count

MAX_DISTANCE = 2
WORD_PREFIX = 1  # letters a suggestion shares with the word typed: a typo is seldom in the first
MAX_WORD = 40  # longer "words" get no suggestion: the edit-distance automaton grows with the word
MIN_WORD = 4   # nor shorter ones: two edits from "UN" is any short word ("Ute"); Lucene's spell checker agrees
# Two edits only between words of this many letters or more: "nazi" is not "nash", nor "Ngāti" Nazi (Lucene's
# accuracy of 0.5 lets two edits in four letters by; 0.6 is one in four, two in five)
TWO_EDITS_MIN = 5
# and for a word typed with no other word beside it, of this many: "Maori" is not Maria (Elasticsearch's fuzziness
# AUTO, one edit in three to five letters, two from six; with words beside it, those found together decide)
TWO_EDITS_ALONE = 6
MORE_POPULAR = 100  # the word offered for a rare one is in this many times as many articles ("volker" 1, Volcker 126)
FORM_SAMPLE = 100  # articles read to tell which of two spellings with one stem is the one written
# Beside other words typed, a word one edit farther that sounds alike beats the nearest word found with them only
# when found with them this many times as often: "tony blare" is Blair (155 BBC articles with Tony), not blame (3),
# but "step bateng" is Boateng (1), not beating (8, and two edits). Counts are by stem, so a far word's count is
# often its commoner forms' too ("taxed": every "tax" article).
FARTHER_TOGETHER = 10
# One letter from a word typed that is no slip of the fingers (slipkinds.typing_slip: "maori" for mori, "blog" for
# bloc) is how another word is spelt, and is offered only for a word in this share of the articles or more, as a
# misspelling of a word everyone writes ("arguement": argument) may be
UNSLIPPED_SHARE = 100


def closest_word(reader, word: str, context: Sequence[str] = (),  # type: ignore[no-untyped-def]
                 finder: WordFinder | None = None, languages: Collection[str] = ()) -> str | None:
    """The indexed word nearest to ``word``; among equally near ones, one that sounds alike, then the more common.

    "polise" is one letter from police and from polite, but sounds like police (Soundex P420). No word
    MORE_POPULAR times rarer than an equally near one is offered: "finaical" (one Reuters article) is a
    typo of "financial" too. With other words typed beside it (``context``), the nearest word found with
    them in the most articles wins, unless a farther one that sounds alike is found with them far more often
    (see nearer_unless_far_more_together), or is the only one found with them: "tony blare" is "tony
    blair" (two edits, Soundex B460), not "tony blame" (one edit), which no article says. A word of ``context``
    counts as found with them in none: it is them. ``languages``: those the query asks for (``lang:fr``), whose
    words are no minor language's (see _candidates).
    """
    typed = fold(word.lower())
    if len(typed) == MIN_WORD - 1 and typed.isalpha() and not has_unspaced(typed):
        return _swapped_short(reader, typed)
    if not MIN_WORD <= len(typed) <= MAX_WORD or has_unspaced(typed):
        return None  # Chinese, Thai... are indexed in pairs of letters: edit distance to a pair means nothing
    sound = soundex(typed)
    # unstemmed body words within MAX_DISTANCE edits, two letters swapped one ("govermnet": government, a swap and a
    # letter left out); ``finder``: the query's, when several words are looked up
    found = (finder or WordFinder(reader)).within(typed, MAX_DISTANCE, WORD_PREFIX)
    near, alike = _candidates(reader, typed, found - {typed}, sound, bool(context), languages,
                              slips_only=not context)
    if not near:
        return None
    if context:
        # a word typed beside it is found with the others in every article it is in: "coca cola" had been "cola cola"
        beside = {fold(other.lower()) for other in context}
        together = _found_together(reader, {**alike, **near}.keys() - beside, context)
        if together:
            tied = nearer_unless_far_more_together(together, {**alike, **near}, near, sound, word)
            return tied[0] if len(tied) == 1 else most_written(reader, tied)
        # found with none of them: as typed alone, a word one letter away only by a slip (UNSLIPPED_SHARE)
        near, alike = _candidates(reader, typed, found - {typed}, sound, True, languages,
                                  slips_only=True)
        if not near:
            return None
    commonest = max(near.values())
    ranked = sorted((dropped_letters(word, c), soundex(c) != sound, -f, c)
                    for c, f in near.items() if f * MORE_POPULAR >= commonest)
    tied = [rank[-1] for rank in ranked if rank[:-1] == ranked[0][:-1]]
    return tied[0] if len(tied) == 1 else most_written(reader, tied)


def dropped_letters(word: str, candidate: str) -> tuple[int, int]:
    """How many of the letters typed with a mark on (``Lärn``: its ä), then of all the letters of ``word`` as typed,
    the index word ``candidate`` (folded) does not keep in order: "lern" drops the ä, "larm" (Lärm) keeps it;
    "publique" keeps every letter of "publiqe", "publie" (publié) drops its q. What was typed is deliberate: of
    equally near words, one keeping it beats a commoner one (a letter left out is the commonest slip)."""
    letters = [(letter, folded != char) for char in word.lower() for folded in [fold(char)] for letter in folded]
    # a longest common subsequence, with the most marked letters, then the most letters
    kept = [(0, 0)] * (len(candidate) + 1)
    for letter, marked in letters:
        before = kept[:]
        for at, other in enumerate(candidate, 1):
            same = (before[at - 1][0] + marked, before[at - 1][1] + 1) if letter == other else (0, 0)
            kept[at] = max(kept[at - 1], before[at], same)
    return sum(marked for _, marked in letters) - kept[-1][0], len(letters) - kept[-1][1]


def _swapped_short(reader, typed: str) -> str | None:  # type: ignore[no-untyped-def]
    """The word a three-letter ``typed`` spells with its last two letters swapped, when some article holds it and
    it is no grammar word: "oli" is oil. Any other slip of three letters is any short word (as Lucene's spell
    checker, no word that short is otherwise guessed at), and a swap is the slip short words suffer most; the first
    letter is kept, as every suggestion keeps it (WORD_PREFIX), and "teh" is never "the"."""
    swapped = typed[0] + typed[2] + typed[1]
    if swapped == typed or swapped in GRAMMAR_WORDS:
        return None
    return swapped if word_count(reader, swapped) or word_count(reader, swapped, TITLE) else None


def _candidates(reader, typed: str, found: Collection[str], sound: str,  # type: ignore[no-untyped-def]
                with_context: bool, languages: Collection[str] = (),
                slips_only: bool = True) -> tuple[dict[str, int], dict[str, int]]:
    """Of the words ``found`` near ``typed`` that some live article's body holds, the nearest ones and (when other
    words were typed beside it, ``with_context``) the farther ones that sound alike (``sound``), with their
    frequencies.

    Two edits from a word must sound alike or only cut or lengthen its ending: "Müller" (muller, M460) is not
    "murder" (M636), another word, while "Tony Blare" is still Blair (B460 both) and "Wählerin" Wähler. A name is
    spelt as heard, and two letters changed that no longer sound so make another word; so is any word: "propane" is
    not "propose" (P615, P612), "bahrain" not "bargain" (of the words one of BBC and Reuters writes in two articles
    or more and the other's index lacks, real words, one in seven had been offered such a word).

    Two edits from a word typed plain (no mark, nothing else typed beside it) are not to a word only the index's
    minor languages write (wordlanguages.py): "slides" had been "solide", the word of one French article in an
    English index, when no English word was one slip away. A language the query asks for (``languages``: ``lang:fr
    slides``) is no minor one: the user wants its words.

    With ``slips_only``, a word one letter away that no slip of the fingers makes (slipkinds.typing_slip: "maori"
    for mori, "blog" for bloc) is left out unless in one article in UNSLIPPED_SHARE: a real word the index lacks is
    one letter from some rare word as often as a slip is. Beside other words found with it, it is kept ("bin ladin":
    Laden, a vowel heard for another).
    """
    near: dict[str, int] = {}  # the nearest candidates and their frequencies
    alike: dict[str, int] = {}  # farther candidates that sound alike
    nearest = MAX_DISTANCE + 1
    for candidate in found:
        distance = damerau_levenshtein(typed, candidate)
        sounds_alike = soundex(candidate) == sound
        shorter = min(len(typed), len(candidate))
        if distance > 1 and (shorter < (TWO_EDITS_MIN if with_context else TWO_EDITS_ALONE)
                             or (not sounds_alike and not _same_opening(typed, candidate))):
            continue
        if distance > nearest and not (with_context and sounds_alike):
            continue
        # a word only headlines write (a spelling word too: segwriter.SPELLED_IN) counts the headlines
        frequency = word_count(reader, candidate) or word_count(reader, candidate, TITLE)
        if not frequency or (slips_only and distance == 1 and frequency * UNSLIPPED_SHARE < reader.doc_count()
                             and not typing_slip(typed, candidate)) or (distance > 1 and not with_context and typed.isascii()
                             and _only_in_minor_languages(reader, candidate, languages)):
            continue
        if distance < nearest:
            alike.update((c, f) for c, f in near.items() if soundex(c) == sound)
            near, nearest = {}, distance
        (near if distance == nearest else alike)[candidate] = frequency
    return near, alike


def _only_in_minor_languages(reader, word: str, languages: Collection[str]) -> bool:  # type: ignore[no-untyped-def]
    """wordlanguages.only_in_minor_languages, imported on the first two-slip guess, not on every query's path."""
    from .wordlanguages import only_in_minor_languages

    return only_in_minor_languages(reader, word, languages)


def _same_opening(word: str, other: str) -> bool:
    """Whether one word is the other with letters added at its end (``wahlerin``, ``wahler``)."""
    return word.startswith(other) or other.startswith(word)


def nearer_unless_far_more_together(together: dict[str, int], frequencies: dict[str, int],
                                     near: Collection[str], sound: str, word: str = "") -> list[str]:
    """Of the candidates found with the other words typed (``together``: in how many articles), the nearest ones
    keeping the most of ``word`` as typed (see dropped_letters) found with them in the most, unless a farther one
    that sounds alike is found with them FARTHER_TOGETHER times as often; of those, the ones that sound alike, then
    the commonest (``frequencies``): all that tie.

    "dems taget" is "dems target" (14 BBC articles with "dems"), not "dems taxed" (two edits; 29, counted by the
    stem "tax"); "tony blare" is still "tony blair" (155), not "tony blame" (3).
    """
    def best(candidates: list[str]) -> list[str]:
        ranked = sorted(((dropped_letters(word, c), -together[c], soundex(c) != sound, -frequencies.get(c, 0)), c)
                        for c in candidates)
        return [c for rank, c in ranked if rank == ranked[0][0]]

    nearer, farther = best([c for c in together if c in near]), best([c for c in together if c not in near])
    if not nearer or (farther and together[farther[0]] >= FARTHER_TOGETHER * together[nearer[0]]):
        return farther
    return nearer


def _found_together(reader, candidates: Collection[str], context: Sequence[str]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """For each candidate found in an article with every word of ``context`` (in its title or body), in how many."""
    beside = None
    for word in context:
        docs = _articles_with(reader, word)
        beside = docs if beside is None else beside & docs
    if not beside:
        return {}
    together = {candidate: len(_articles_with(reader, candidate) & beside) for candidate in candidates}
    return {candidate: count for candidate, count in together.items() if count}


def _articles_with(reader, word: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The live articles whose title or body holds every term of ``word``.

    A headline's words are often not said again in the story ("CHINA TO BORROW 390 MLN DLRS": a loan), and
    a word typed from a headline must count there, or a word found beside it in some other story wins.
    """
    return set().union(*(articles_with(reader, field, word) for field in SEARCH_FIELDS))


def most_written(reader, words: list[str]) -> str:  # type: ignore[no-untyped-def]
    """The word written most often in a sample of the articles holding their stems; the first on a tie.

    The index counts stems, not spellings: "governent" (a typo) and "government" both count "govern".
    """
    docnums: set[int] = set()
    for term in all_terms(reader, words):
        if (BODY, term) in reader:
            docnums.update(itertools.islice(reader.postings(BODY, term).all_ids(), FORM_SAMPLE))
    counts = Counter[str]()
    pattern = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, words))})(?!\w)")
    for docnum in sorted(docnums):
        counts.update(pattern.findall(fold(str(reader.stored_fields(docnum).get(BODY) or "").lower())))
    return max(words, key=lambda w: counts[w])  # max keeps the first of equals


_SOUNDEX_CODES = {letter: str(code) for code, letters in enumerate(("", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"))
                  for letter in letters}


def soundex(word: str) -> str:
    """The American Soundex code of a word (``Robert`` and ``Rupert``: R163); letters outside a-z are skipped."""
    letters = [c for c in word.lower() if "a" <= c <= "z"]
    if not letters:
        return ""
    code, last = letters[0].upper(), _SOUNDEX_CODES.get(letters[0], "")
    for c in letters[1:]:
        digit = _SOUNDEX_CODES.get(c, "")
        if digit and digit != last:
            code += digit
        if c not in "hw":  # h and w do not separate two letters of one code; vowels do
            last = digit
    return (code + "000")[:4]
