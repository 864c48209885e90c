"""'Did you mean': replace words the index does not know, or rare words near far commoner ones, with those words."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Sequence

from whoosh.support.levenshtein import damerau_levenshtein

from .folding import fold
from .livestats import live_doc_frequency
from .patterns import Lexicons, WordFinder
from .schema import BODY, SEARCH_FIELDS
from .textanalysis import analyze
from .unspaced import has_unspaced

MAX_DISTANCE = 2
WORD_PREFIX = 1  # letters a suggestion shares with the word typed: a typo is seldom in the first
MAX_WORD = 40  # longer "words" get no suggestion: the edit-distance automaton grows with the word
MIN_WORD = 4   # nor shorter ones: two edits from "UN" is any short word ("Ute"); Lucene's spell checker agrees
MAX_CORRECTED = 8  # words looked up in a query: a pasted paragraph of 300 must not take seconds
# A word the index knows is still a likely typo when it is rare and a word one slip away is far commoner
# ("goverment", 9 Reuters articles, beside "government", 2,117), as Lucene's SUGGEST_MORE_POPULAR and
# Elasticsearch's max_term_freq have it. Checked on every rare word of the BBC corpus, only a letter left
# out or two letters swapped (Damerau's commonest slips) in a word of 6 letters or more, and 100 times as
# common, is mostly a typo; other edits, shorter words or 20 times mostly found real words (aria: area,
# brawn: brown, layer: lawyer, acid: aid). A word in over 1% of the articles (Lucene's and Elasticsearch's
# default limit) can have no word 100 times commoner, so it is not looked up.
MORE_POPULAR = 100  # the word offered for a rare one is in this many times as many articles ("volker" 1, Volcker 126)
MIN_RARE_WORD = 6   # letters in a rare word before it is looked up
FORM_SAMPLE = 100  # articles read to tell which of two spellings with one stem is the one written
# Beside other words typed, a word one edit farther that sounds alike beats the nearest word found with them only
# when found with them this many times as often: "tony blare" is Blair (155 BBC articles with Tony), not blame (3),
# but "step bateng" is Boateng (1), not beating (8, and two edits). Counts are by stem, so a far word's count is
# often its commoner forms' too ("taxed": every "tax" article).
FARTHER_TOGETHER = 10


def word_frequency(reader, word: str, enough: int | None = None) -> int | None:  # type: ignore[no-untyped-def]
    """In how many live articles' title or body (the commoner) ``word``'s forms occur; None for a stopword.

    A count over ``enough`` may be returned unexact (but still over it): see live_frequency.
    """
    terms = analyze(word)
    if not terms:
        return None  # a stopword is not a typo
    return max(sum(live_frequency(reader, f, t, enough) for t in terms) for f in SEARCH_FIELDS)


def live_frequency(reader, fieldname: str, term: str, enough: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """How many live articles hold ``term``: Whoosh's doc_frequency counts deleted ones too, until a merge.

    Counting the live ones reads the posting lists of segments with deleted articles; when even the count less every deleted article
    is over ``enough``, that count is known to be over it, and the stored one is returned unread.
    """
    if not reader.has_deletions():
        return reader.doc_frequency(fieldname, term)
    if (fieldname, term) not in reader:
        return 0
    stored = reader.doc_frequency(fieldname, term)
    if enough is not None and stored - (reader.doc_count_all() - reader.doc_count()) > enough:
        return stored
    return live_doc_frequency(reader, fieldname, term)


def holds_live_term(reader, fieldname: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether some live article holds a term of ``fieldname``, whatever the field's type: a date's terms are
    numbers' bytes, read as they are (decoded as words, they had made a ``date:`` search that found nothing fail as a
    damaged index). Whoosh's lexicon keeps a deleted article's terms until a merge: a term only deleted articles may
    hold reads its postings."""
    deletions = reader.has_deletions()
    return any(not deletions or live_frequency(reader, fieldname, term, enough=0) for term in reader.lexicon(fieldname))


def live_values(reader, fieldname: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The terms of a stored field whose one term is its stored value (the article id) that a live article holds.

    Only the terms the deleted articles stored are looked up, each live while more articles hold it than
    deleted ones stored it: reading every term's postings took 5 s over Reuters' 21,000 ids with 1,000 deleted.
    """
    terms = [term.decode("utf-8") if isinstance(term, bytes) else term for term in reader.lexicon(fieldname)]
    if not reader.has_deletions():
        return terms
    deleted = Counter(reader.stored_fields(docnum).get(fieldname) for docnum in range(reader.doc_count_all())
                      if reader.is_deleted(docnum))
    gone = {term for term, count in deleted.items()
            if term is not None and reader.doc_frequency(fieldname, term) <= count}
    return [term for term in terms if term not in gone]


def closest_word(reader, word: str, context: Sequence[str] = (),  # type: ignore[no-untyped-def]
                 finder: WordFinder | None = None) -> str | None:
    """The indexed word nearest to ``word``; among equally near ones, one that sounds alike, then the more common.

    "polise" is one letter from police and from polite, but sounds like police (Soundex P420). No word
    MORE_POPULAR times rarer than an equally near one is offered: "finaical" (one Reuters article) is a
    typo of "financial" too. With other words typed beside it (``context``), the nearest word found with
    them in the most articles wins, unless a farther one that sounds alike is found with them far more often
    (see nearer_unless_far_more_together), or is the only one found with them: "tony blare" is "tony
    blair" (two edits, Soundex B460), not "tony blame" (one edit), which no article says.
    """
    typed = fold(word.lower())
    if not MIN_WORD <= len(typed) <= MAX_WORD or has_unspaced(typed):
        return None  # Chinese, Thai... are indexed in pairs of letters: edit distance to a pair means nothing
    sound = soundex(typed)
    near: dict[str, int] = {}  # the nearest candidates and their frequencies
    alike: dict[str, int] = {}  # farther candidates that sound alike
    nearest = MAX_DISTANCE + 1
    # unstemmed body words within MAX_DISTANCE edits; ``finder``: the query's, when several words are looked up
    found = (finder or WordFinder(reader)).within(typed, MAX_DISTANCE, WORD_PREFIX, swaps=False)
    for candidate in found - {typed}:
        distance = damerau_levenshtein(typed, candidate)
        sounds_alike = soundex(candidate) == sound
        if distance > nearest and not (context and sounds_alike):
            continue
        frequency = sum(live_frequency(reader, BODY, s) for s in analyze(candidate))
        if not frequency:
            continue
        if distance < nearest:
            alike.update((c, f) for c, f in near.items() if soundex(c) == sound)
            near, nearest = {}, distance
        (near if distance == nearest else alike)[candidate] = frequency
    if not near:
        return None
    if context:
        together = _found_together(reader, {**alike, **near}, context)
        if together:
            tied = nearer_unless_far_more_together(together, {**alike, **near}, near, sound)
            return tied[0] if len(tied) == 1 else most_written(reader, tied)
    commonest = max(near.values())
    ranked = sorted((soundex(c) != sound, -f, c) for c, f in near.items() if f * MORE_POPULAR >= commonest)
    tied = [c for alike, minus_f, c in ranked if (alike, minus_f) == ranked[0][:2]]
    return tied[0] if len(tied) == 1 else most_written(reader, tied)


def nearer_unless_far_more_together(together: dict[str, int], frequencies: dict[str, int],
                                     near: Collection[str], sound: str) -> list[str]:
    """Of the candidates found with the other words typed (``together``: in how many articles), the nearest ones
    found with them in the most, unless a farther one that sounds alike is found with them FARTHER_TOGETHER
    times as often; of those, the ones that sound alike, then the commonest (``frequencies``): all that tie.

    "dems taget" is "dems target" (14 BBC articles with "dems"), not "dems taxed" (two edits; 29, counted by the
    stem "tax"); "tony blare" is still "tony blair" (155), not "tony blame" (3).
    """
    def best(candidates: list[str]) -> list[str]:
        ranked = sorted(((-together[c], soundex(c) != sound, -frequencies.get(c, 0)), c) for c in candidates)
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
    return set().union(*(_articles_with_in(reader, field, word) for field in SEARCH_FIELDS))


def _articles_with_in(reader, fieldname: str, word: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The live articles whose ``fieldname`` holds every term of ``word``."""
    found: set[int] | None = None
    for term in analyze(word):
        docs = set(reader.postings(fieldname, term).all_ids()) if (fieldname, term) in reader else set()
        found = docs if found is None else found & docs
    return found or set()


def most_written(reader, words: list[str]) -> str:  # type: ignore[no-untyped-def]
    """The word written most often in a sample of the articles holding their stems; the first on a tie.

    The index counts stems, not spellings: "governent" (a typo) and "government" both count "govern".
    """
    docnums: set[int] = set()
    for term in {t for w in words for t in analyze(w)}:
        if (BODY, term) in reader:
            docnums.update(itertools.islice(reader.postings(BODY, term).all_ids(), FORM_SAMPLE))
    counts = Counter[str]()
    pattern = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, words))})(?!\w)")
    for docnum in sorted(docnums):
        counts.update(pattern.findall(fold(str(reader.stored_fields(docnum).get(BODY) or "").lower())))
    return max(words, key=lambda w: counts[w])  # max keeps the first of equals


def as_written(reader, word: str) -> str:  # type: ignore[no-untyped-def]
    """``word``, an index word without its marks, as the articles write it: ``grunen`` -> ``grünen``.

    The index offers words folded ("Straßen" is strassen); the spelling most written in a few of the
    articles holding it (WRITTEN_SAMPLE), when written with marks more often than without, is what the user
    would type.
    """
    if not word.isascii():
        return word
    docnums: set[int] = set()
    for term in analyze(word):
        if (BODY, term) in reader:
            docnums.update(itertools.islice(reader.postings(BODY, term).all_ids(), WRITTEN_SAMPLE))
    counts = Counter[str]()
    for docnum in sorted(docnums)[:WRITTEN_SAMPLE]:
        body = str(reader.stored_fields(docnum).get(BODY) or "")
        counts.update(spelled for spelled in map(str.lower, _WORD.findall(body)) if fold(spelled) == word)
    marked = [(count, spelled) for spelled, count in counts.items() if spelled != word]
    return max(marked)[1] if marked and max(marked)[0] > counts[word] else word  # more often marked than not


_WORD = re.compile(r"\w+")
WRITTEN_SAMPLE = 10  # articles read for how a suggested word is written: its marks are there in most of them
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


def commoner_word(reader, word: str, frequency: int, more: int = MORE_POPULAR,  # type: ignore[no-untyped-def]
                  other_stem: bool = False) -> str | None:
    """The commonest indexed word that ``word`` (in ``frequency`` articles) misspells by one slip, or None.

    A slip is a letter left out or two neighbours swapped; the word offered is in ``more`` times as many
    articles' bodies (and, with ``other_stem``, is not another form of ``word``).
    """
    typed = fold(word.lower())
    if not MIN_RARE_WORD <= len(typed) <= MAX_WORD or has_unspaced(typed) or any(c.isdigit() for c in typed):
        return None  # a number is not a typo: 123546 need not be 123456 swapped
    found: dict[str, int] = {}
    spelling = reader.schema[BODY].spelling_fieldname(BODY)
    own = analyze(typed) if other_stem else None
    for candidate in _slipped_from(typed):
        if (spelling, candidate) in reader and (own is None or analyze(candidate) != own):  # no automaton: quicker
            count = sum(live_frequency(reader, BODY, s) for s in analyze(candidate))
            if count >= more * frequency:
                found[candidate] = count
    if not found:
        return None
    commonest = [c for c, count in sorted(found.items()) if count == max(found.values())]
    return commonest[0] if len(commonest) == 1 else most_written(reader, commonest)


def _slipped_from(typed: str) -> set[str]:
    """The words ``typed`` could be with one letter left out or two neighbours swapped; its first letter kept."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    left_out = {typed[:i] + c + typed[i:] for i in range(1, len(typed) + 1) for c in letters}
    swapped = {typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :] for i in range(1, len(typed) - 1)}
    return (left_out | swapped) - {typed}


def suggest(reader, text: str, words: list[str],  # type: ignore[no-untyped-def]
            lexicons: Lexicons | None = None) -> str | None:
    """The query with each unknown word replaced by its closest indexed word, or None (``lexicons``: the index
    handle's word lists).

    A word the index knows is replaced only by the word it misspells by one slip, MORE_POPULAR times
    as common (see commoner_word); its hits are still the query's. Only the first MAX_CORRECTED unknown or
    rare words are looked up.
    """
    suggestion, changed, looked_up = text, False, 0
    finder = WordFinder(reader, lexicons)  # each word's look-alikes, found once for the query (alone, then beside the others)
    unknown: dict[str, str] = {}  # words the index does not hold, and their corrections
    rare = reader.doc_count() // MORE_POPULAR  # a commoner word 100 times as common must fit in the index
    typed = list(dict.fromkeys(words))
    frequencies = {}
    for word in typed:
        if looked_up == MAX_CORRECTED:
            break
        frequency = frequencies[word] = word_frequency(reader, word, enough=rare)
        if frequency is None:
            continue  # a stopword
        # (no word can be in UNWRITTEN_MORE times as many articles as one in over a tenth of them)
        unwritten = 0 < frequency * UNWRITTEN_MORE <= reader.doc_count() and not written(reader, word)
        if frequency > rare and not unwritten:
            continue  # a common word
        looked_up += 1
        if not frequency:
            replacement = closest_word(reader, word, _context(reader, typed, word, frequencies), finder)
        else:
            replacement = commoner_word(reader, word, frequency) if frequency <= rare else None
            if replacement is None and unwritten:
                # Found only through another word of its stem ("goverment": "governess", both "gover"). A word no
                # article writes is as often a real word in another form: only a slip of a far commoner word of
                # another stem, not a changed letter ("fueling": feeling) nor two edits ("unreformed": uninformed).
                replacement = commoner_word(reader, word, frequency, more=UNWRITTEN_MORE, other_stem=True)
        if replacement:
            replacement = as_written(reader, replacement)
            suggestion = _replace_word(suggestion, word, replacement)
            changed = True
            if not frequency:
                unknown[word] = replacement
    if len(unknown) > 1:  # "blare browm": each was corrected alone (blame, brown); again, beside the others' corrections
        suggestion = _corrected_together(reader, text, typed, unknown, finder)
    return suggestion if changed else None


def _corrected_together(reader, text: str, typed: list[str], unknown: dict[str, str],  # type: ignore[no-untyped-def]
                        finder: WordFinder) -> str:
    """``text`` with each unknown word replaced by its closest word found with the other words as corrected:
    "blare browm" is "blair brown" (56 BBC articles), not "blame brown" (2)."""
    corrected = [unknown.get(word, word) for word in typed]
    frequencies: dict[str, int | None] = {}
    for word, first in unknown.items():
        context = _context(reader, corrected, unknown[word], frequencies)
        unknown[word] = as_written(reader, closest_word(reader, word, context, finder) or first)
        corrected = [unknown.get(other, other) for other in typed]
    for word, replacement in unknown.items():
        text = _replace_word(text, word, replacement)
    return text


def written(reader, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether some article's body has ``word`` as typed (case and marks aside), not only a word of its stem."""
    spelling = reader.schema[BODY].spelling_fieldname(BODY)
    return len(analyze(word)) != 1 or (spelling, fold(word.lower())) in reader


UNWRITTEN_MORE = 10  # the written word offered for an unwritten one is in this many times as many articles
CONTEXT_WORDS = 3  # known words, the nearest to a typo in the query, that its correction is checked against


def _context(reader, words: list[str], word: str, frequencies: dict[str, int | None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Up to CONTEXT_WORDS words of the query, the nearest to ``word``, that the index holds (stopwords left out)."""
    at = words.index(word)
    context = []
    for _, other in sorted((abs(place - at), other) for place, other in enumerate(words) if place != at):
        if len(context) == CONTEXT_WORDS:
            break
        if other not in frequencies:
            frequencies[other] = word_frequency(reader, other, enough=0)  # known or not is enough
        if frequencies[other]:
            context.append(other)
    return context


_NAME_PREFIX = re.compile(r"^(\w['’])(\w)")  # O'Sullivan, D'Arcy: a letter, an apostrophe, a capital


def _replace_word(text: str, word: str, replacement: str) -> str:
    """Replace whole-word occurrences of ``word``, in any case, with ``replacement`` cased as each was typed.

    The words looked up may be cased otherwise than the text: a headline pasted in capitals is searched in
    lower case (querytext.unshout), and "outupt" must still replace "OUTUPT", as "OUTPUT".
    """
    return re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", lambda typed: typed_case(typed.group(), replacement), text,
                  flags=re.IGNORECASE)


def typed_case(typed: str, word: str) -> str:
    """``word`` in the case ``typed`` was: ``ECONMY`` -> ``ECONOMY``, ``Osulivan`` -> ``O'Sullivan``, else as is."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        word = word[:1].upper() + word[1:]
        return _NAME_PREFIX.sub(lambda m: m.group(1) + m.group(2).upper(), word)
    return word
