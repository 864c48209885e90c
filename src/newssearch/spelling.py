"""'Did you mean': replace words the index does not know, or rare words near far commoner ones, with those words."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection

from .folding import fold
from .fuzzywords import WordFinder
from .nearwords import MAX_WORD, MORE_POPULAR, closest_word, most_written
from .patterns import Lexicons
from .schema import BODY, SEARCH_FIELDS, TITLE
from .startup import lazy_compile
from .unspaced import has_unspaced
from .wordcounts import all_terms, word_count
from .wordterms import searched_terms

MAX_CORRECTED = 8  # words looked up in a query: a pasted paragraph of 300 must not take seconds
# A word the index knows is still a likely typo when it is rare and a word one slip away is far commoner
# ("goverment", 9 Reuters articles, beside "government", 2,117), as Lucene's SUGGEST_MORE_POPULAR and
# Elasticsearch's max_term_freq have it. Checked on every rare word of the BBC corpus, only a letter left
# out or two letters swapped (Damerau's commonest slips) in a word of 6 letters or more, and 100 times as
# common (MORE_POPULAR), is mostly a typo; other edits, shorter words or 20 times mostly found real words (aria:
# area, brawn: brown, layer: lawyer, acid: aid). A word in over 1% of the articles (Lucene's and Elasticsearch's
# default limit) can have no word 100 times commoner, so it is not looked up.
MIN_RARE_WORD = 6   # letters in a rare word before it is looked up
# ... and only when in one article in VERY_RARE_SHARE or fewer (MIN_VERY_RARE in a smaller index): a slip is written
# once or twice, while a real word a slip away from a far commoner one (BBC's "staring", 4 articles of 2,225, and
# "stared": starting and started, 452) is written in more. Under 1% (MORE_POPULAR) they had been "corrected" too.
VERY_RARE_SHARE = 1000
MIN_VERY_RARE = 2
# A surname's particle as names write it (Juan dela Cruz, Della Reese, van der Berg): before another word it is the
# name's own spelling, not a slip of a common word ("dela cruz" had been "delay cruz"). It is kept as the context of
# the name's words: "bin ladin" is still "bin laden".
SURNAME_PARTICLES = frozenset("""
de del dela della delle dello degli dei delos van vander vanden von der den ter ten het da di do dos das du des la le lo
bin ibn bint al el abu ben mac mc st af zu vom zur y""".split())


def word_frequency(reader, word: str, enough: int | None = None) -> int | None:  # type: ignore[no-untyped-def]
    """In how many live articles' title or body (the commoner) ``word``'s forms occur, as English or the article's
    own language stems it (``wordcounts``); None for a grammar word.

    A count over ``enough`` may be returned unexact (but still over it): see live_frequency.
    """
    if not searched_terms(word):
        return None  # a grammar word is not a typo (a stop-list word a query searches is counted: "different")
    return max(word_count(reader, word, f, enough) for f in SEARCH_FIELDS)


def as_written(reader, word: str,  # type: ignore[no-untyped-def]
               written_in: Callable[[int, str], Counter[str]] | None = None) -> str:
    """``word``, an index word without its marks, as the articles write it: ``grunen`` -> ``grünen``.

    The index offers words folded ("Straßen" is strassen); the spelling most written in a few of the
    articles holding it (WRITTEN_SAMPLE), when written with marks more often than without, is what the user
    would type. ``written_in``: the words an article's field writes, and how often (``WrittenForms``: read once
    for a query's words).
    """
    if not word.isascii():
        return word
    docnums: set[int] = set()
    for field in (BODY, TITLE):  # a word only headlines write (segwriter.SPELLED_IN) is read in them
        for term in all_terms(reader, [word]):
            if (field, term) in reader:
                docnums.update(itertools.islice(reader.postings(field, term).all_ids(), WRITTEN_SAMPLE))
        if docnums:
            break
    counts = Counter[str]()
    for docnum in sorted(docnums)[:WRITTEN_SAMPLE]:
        words = (written_in(docnum, field) if written_in is not None
                 else Counter(_WORD.findall(str(reader.stored_fields(docnum).get(field) or ""))))
        for written, count in words.items():  # each distinct word folded once
            if fold(spelled := written.lower()) == word:
                counts[spelled] += count
    marked = [(count, spelled) for spelled, count in counts.items() if spelled != word]
    return max(marked)[1] if marked and max(marked)[0] > counts[word] else word  # more often marked than not


_WORD = lazy_compile(r"\w+")
WRITTEN_SAMPLE = 10  # articles read for how a suggested word is written: its marks are there in most of them


class WrittenForms:
    """``as_written`` for the words of one query's suggestion, each article it samples read once: a word corrected
    again beside the others' corrections, and words found in the same articles, had read them again each time."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self._words: dict[tuple[int, str], Counter[str]] = {}
        self._found: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        """``word`` as the articles write it (``as_written``)."""
        if word not in self._found:
            self._found[word] = as_written(self.reader, word, self._written_in)
        return self._found[word]

    def _written_in(self, docnum: int, field: str) -> Counter[str]:
        """The words the article ``docnum``'s ``field`` writes, as written, and how often."""
        if (docnum, field) not in self._words:
            text = str(self.reader.stored_fields(docnum).get(field) or "")
            self._words[docnum, field] = Counter(_WORD.findall(text))
        return self._words[docnum, field]


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
    own = searched_terms(typed) if other_stem else None
    for candidate in _indexed(reader, spelling, typed, _slipped_from(typed)):
        if own is None or searched_terms(candidate) != own:
            count = word_count(reader, candidate)
            if count >= more * frequency:
                found[candidate] = count
    if not found:
        return None
    commonest = [c for c, count in sorted(found.items()) if count == max(found.values())]
    return commonest[0] if len(commonest) == 1 else most_written(reader, commonest)


SCANNED_PREFIX = 3  # letters of a typed word whose indexed words are read in one walk (see _indexed)


def _indexed(reader, spelling: str, typed: str, candidates: set[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """The ``candidates`` (slips of ``typed``) that the field ``spelling`` holds, as Whoosh's ``in`` finds them (a
    deleted article's words too), in the order ``candidates`` iterates.

    Those opening with ``typed``'s first SCANNED_PREFIX letters (all but the slips in its first letters) are found
    among the field's words opening so, read segment by segment in one walk of a few dozen words; the other thirty
    or so are looked up one by one (no automaton: quicker). The 250 look-ups of a nine-letter word had taken ~8 ms,
    on every query holding a rare word; the walk and the thirty take 1-2 ms.
    """
    if spelling not in reader.schema:
        return []
    prefix = typed[:SCANNED_PREFIX]
    held: set[bytes] = set()
    for segment, _offset in reader.leaf_readers():
        held.update(segment.expand_prefix(spelling, prefix))
    to_bytes = reader.schema[spelling].to_bytes
    return [candidate for candidate in candidates
            if (to_bytes(candidate) in held if candidate.startswith(prefix) else (spelling, candidate) in reader)]


def _slipped_from(typed: str) -> set[str]:
    """The words ``typed`` could be with one letter left out or two neighbours swapped; its first letter kept."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    left_out = {typed[:i] + c + typed[i:] for i in range(1, len(typed) + 1) for c in letters}
    swapped = {typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :] for i in range(1, len(typed) - 1)}
    return (left_out | swapped) - {typed}


def suggest(reader, text: str, words: list[str],  # type: ignore[no-untyped-def]
            lexicons: Lexicons | None = None, languages: Collection[str] = ()) -> str | None:
    """The query with each unknown word replaced by its closest indexed word, or None (``lexicons``: the index
    handle's word lists; ``languages``: those the query asks for, ``lang:fr``, see nearwords.closest_word).

    A word the index knows is replaced only by the word it misspells by one slip, MORE_POPULAR times
    as common (see commoner_word); its hits are still the query's. Only the first MAX_CORRECTED unknown or
    rare words are looked up.
    """
    suggestion, changed, looked_up = text, False, 0
    finder = WordFinder(reader, lexicons)  # each word's look-alikes, found once for the query (alone, then beside the others)
    written_as = WrittenForms(reader)  # and how the articles write each word offered
    unknown: dict[str, str] = {}  # words the index does not hold, and their corrections
    rare = reader.doc_count() // MORE_POPULAR  # a commoner word 100 times as common must fit in the index
    typed = list(dict.fromkeys(words))
    frequencies = {}
    for word in typed:
        if looked_up == MAX_CORRECTED:
            break
        frequency = frequencies[word] = word_frequency(reader, word, enough=rare)
        if frequency is None or _particle_of_a_name(text, word):
            continue  # a stopword, or a surname's particle
        # (no word can be in UNWRITTEN_MORE times as many articles as one in over a tenth of them)
        unwritten = 0 < frequency * UNWRITTEN_MORE <= reader.doc_count() and not written(reader, word)
        if frequency > rare and not unwritten:
            continue  # a common word
        looked_up += 1
        replacement = (closest_word(reader, word, _context(reader, typed, word, frequencies), finder, languages)
                       if not frequency
                       else _known_word_replacement(reader, word, frequency, rare, unwritten))
        if replacement:
            replacement = written_as(replacement)
            suggestion = _replace_word(suggestion, word, replacement)
            changed = True
            if not frequency:
                unknown[word] = replacement
    if len(unknown) > 1:  # "blare browm": each was corrected alone (blame, brown); again, beside the others' corrections
        suggestion = _corrected_together(reader, text, typed, unknown, finder, written_as, languages)
    return suggestion if changed else None


def _particle_of_a_name(text: str, word: str) -> bool:
    """Whether ``word`` is a surname's particle that ``text`` writes before another word (SURNAME_PARTICLES)."""
    return (word.lower() in SURNAME_PARTICLES
            and re.search(rf"(?<!\w){re.escape(word)}\s+[^\W\d_]", text, re.IGNORECASE) is not None)


def _known_word_replacement(reader, word: str, frequency: int, rare: int,  # type: ignore[no-untyped-def]
                            unwritten: bool) -> str | None:
    """The far commoner word that ``word`` (in ``frequency`` articles) misspells by one slip, or None: looked up when
    it is ``rare`` (in that many articles or fewer) and very rare (VERY_RARE_SHARE), or ``unwritten`` (no article
    writes it as typed)."""
    very_rare = min(rare, max(MIN_VERY_RARE, reader.doc_count() // VERY_RARE_SHARE))
    replacement = commoner_word(reader, word, frequency) if frequency <= very_rare else None
    if replacement is None and unwritten:
        # Found only through another word of its stem ("goverment": "governess", both "gover"). A word no
        # article writes is as often a real word in another form: only a slip of a far commoner word of
        # another stem, not a changed letter ("fueling": feeling) nor two edits ("unreformed": uninformed).
        replacement = commoner_word(reader, word, frequency, more=UNWRITTEN_MORE, other_stem=True)
    return replacement


def _corrected_together(reader, text: str, typed: list[str], unknown: dict[str, str],  # type: ignore[no-untyped-def]
                        finder: WordFinder, written_as: WrittenForms, languages: Collection[str] = ()) -> str:
    """``text`` with each unknown word replaced by its closest word found with the other words as corrected:
    "blare browm" is "blair brown" (56 BBC articles), not "blame brown" (2)."""
    corrected = [unknown.get(word, word) for word in typed]
    frequencies: dict[str, int | None] = {}
    for word, first in unknown.items():
        context = _context(reader, corrected, unknown[word], frequencies)
        unknown[word] = written_as(closest_word(reader, word, context, finder, languages) or first)
        corrected = [unknown.get(other, other) for other in typed]
    for word, replacement in unknown.items():
        text = _replace_word(text, word, replacement)
    return text


def written(reader, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether some article's body has ``word`` as typed (case and marks aside), not only a word of its stem."""
    spelling = reader.schema[BODY].spelling_fieldname(BODY)
    return len(searched_terms(word)) != 1 or (spelling, fold(word.lower())) in reader


UNWRITTEN_MORE = 10  # the written word offered for an unwritten one is in this many times as many articles
CONTEXT_WORDS = 3  # known words, the nearest to a typo in the query, that its correction is checked against


def _context(reader, words: list[str], word: str, frequencies: dict[str, int | None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Up to CONTEXT_WORDS words of the query, the nearest to ``word``, that the index holds (stopwords left out)."""
    at = words.index(word)
    context: list[str] = []
    for _, other in sorted((abs(place - at), other) for place, other in enumerate(words) if place != at):
        if len(context) == CONTEXT_WORDS:
            break
        if other not in frequencies:
            frequencies[other] = word_frequency(reader, other, enough=0)  # known or not is enough
        if frequencies[other]:
            context.append(other)
    return context


_NAME_PREFIX = lazy_compile(r"^(\w['’])(\w)")  # O'Sullivan, D'Arcy: a letter, an apostrophe, a capital


_APOSTROPHES = "'’‘‚´`′ʼ"  # an apostrophe as typed: the query read each as "'" (querytext.normalize, apostrophes.py)


def _replace_word(text: str, word: str, replacement: str) -> str:
    """Replace whole-word occurrences of ``word``, in any case, with ``replacement`` cased as each was typed.

    The words looked up may be cased otherwise than the text: a headline pasted in capitals is searched in
    lower case (querytext.unshout), and "outupt" must still replace "OUTUPT", as "OUTPUT". Their apostrophe may
    have been typed curly ("Volckr’s", as phones type it), which the suggestion keeps: it had not replaced the word.
    """
    pattern = "".join(f"[{_APOSTROPHES}]" if char == "'" else re.escape(char) for char in word)

    def typed_as(typed: re.Match[str]) -> str:
        mark = next((char for char in typed.group() if char in _APOSTROPHES), "'")
        return typed_case(typed.group(), replacement).replace("'", mark)

    return re.sub(rf"(?<!\w){pattern}(?!\w)", typed_as, text, flags=re.IGNORECASE)


def typed_case(typed: str, word: str) -> str:
    """``word`` in the case ``typed`` was: ``ECONMY`` -> ``ECONOMY``, ``Osulivan`` -> ``O'Sullivan``, else as is."""
    if len(typed) > 1 and typed.isupper():
        return word.upper()
    if typed[:1].isupper():
        word = word[:1].upper() + word[1:]
        return _NAME_PREFIX.sub(lambda m: m.group(1) + m.group(2).upper(), word)
    return word
