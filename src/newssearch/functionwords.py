"""Which language an article is written in, told by its function words (``functionwordlists``: those words for each
language).

The index stems and stops English only; an article in another language keeps its articles, prepositions and
pronouns as words, and in a mostly English collection they are rare, so they look telling. ``similar`` leaves
them out of an article's key words, the article's language told by the words themselves when the article does
not name it (a stop-word profile, as in Cavnar and Trenkle's and Grefenstette's language guessers).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from .cyrillicwords import rule_out_by_letters
from .documents.languages import language_code
from .functionwordlists import ENGLISH, FUNCTION_WORDS, TELLING_WORDS, fold  # re-exported for the readers
from .scriptlanguages import script_language
from .stopwords import SMART_STOP_WORDS

# Each function word's (and telling word's) languages (a word may be several languages': "de", "a", "en").
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in [*FUNCTION_WORDS.items(), *TELLING_WORDS.items()]:
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)

# Share of an article's words that its language's function words must make up, and the least number of words
# that tells a language at all: an English article quoting "la dolce vita" is not Italian.
MIN_SHARE = 0.12
MIN_WORDS = 20
_MOST_WORDS = 2000  # the words of a text read: its opening tells its language
# Each word that counts: its function words' languages, and whether it is an English stop word.
_PROFILE: dict[str, tuple[tuple[str, ...], bool]] = {
    word: (_LANGUAGES_OF.get(word, ()), word in SMART_STOP_WORDS) for word in {*_LANGUAGES_OF, *SMART_STOP_WORDS}}
_NO_PROFILE: tuple[tuple[str, ...], bool] = ((), False)
# English is told by the same evidence, more of it: the SMART stop list is long (every BBC text's stop words are 22%
# of its words or more, twice any other language's function words at least three times over), and a text in a
# language with no list here (Finnish, Catalan) or quoting another at length is no English text.
ENGLISH_SHARE = 0.2
ENGLISH_LEAD = 2  # times the best other language's share
_PUNCTUATION = "\"'.,;:!?()[]{}«»“”„‘’…—–-*/\\|¿¡·،؛؟।"


def guess_language(text: str) -> str | None:
    """The language of ``text`` when it is not English and its function words say which (``"fr"``), or its script
    (``"ja"``: ``scriptlanguages``), else None."""
    told = text_language(text)
    return None if told == ENGLISH else told


# A longer text is told again when asked again, not kept as a key of the cache: a 20 MB text had been held there to the
# end of its run, a copy through all its indexing (its reader's, before its lines were joined). Telling reads its opening.
CACHED_CHARS = 1_000_000


def text_language(text: str) -> str | None:
    """The language of ``text`` as ``guess_language`` tells it, or ``"en"`` when its function words show English
    clearly (``ENGLISH_SHARE``); None for a text too short or too mixed to tell."""
    if len(text) > CACHED_CHARS:
        return _told_language(text)
    if not _TOLD:
        return _cached_language(text)
    told = _TOLD[-1]
    if text not in told:
        told[text] = _cached_language(text)
    return told[text]


# The languages of the texts told inside ``telling_each_once``, the innermost last. A list made once, not a ContextVar:
# setting one replaces its context's mapping, which freed objects a caller had frozen (``gc.freeze``; test_collector).
# Two threads reading at once may fill each other's: harmless, a text's language is the same whoever tells it.
_TOLD: list[dict[str, str | None]] = []


@contextmanager
def telling_each_once() -> Iterator[None]:
    """Inside it, each text (of up to ``CACHED_CHARS``) is told its language once, however many are told in between:
    a file's records are told by its reader, all of them, then each again as it is stored (``documents.normalise``),
    past the few ``_cached_language`` keeps (TIME's 423 records had each been told twice, 2% of its build). What it
    holds (the texts of the one file read, which its articles hold too) goes when it ends."""
    _TOLD.append({})
    try:
        yield
    finally:
        _TOLD.pop()


@lru_cache(maxsize=8)  # a reader's guess at a text is asked again when its article is stored (documents.normalise)
def _cached_language(text: str) -> str | None:
    """``_told_language``, kept for the last few texts."""
    return _told_language(text)


def _told_language(text: str) -> str | None:
    """``text_language``, worked out."""
    told = _function_words_language(text)
    if told and told != ENGLISH:
        return told
    return script_language(text) or told


def _function_words_language(text: str) -> str | None:
    """The language of ``text`` its function words say (``"fr"``, ``"en"``), else None.

    Each language scores the share of the words that are its function words; English scores by the SMART stop
    list. None when the text is short, no language reaches ``MIN_SHARE``, two languages score alike (Danish and
    Norwegian share most of their function words: a text using only those is either), or English scores as well
    as another but not clearly (``_english``).
    """
    # Each distinct word as written is lowered (folded only with a letter outside ASCII), stripped and looked up once,
    # the text split no further than its first words (every plain text is told its language: 0.39 ms a BBC text had
    # been spent folding each word and summing each whole list, then 0.1 ms lowering and stripping each word).
    written = text.split(None, _MOST_WORDS)[:_MOST_WORDS]
    # Its first three quarters are read first: when no language could outscore English even if every word left were
    # its, the text is told by none without reading them (an English text: its stop words are half its words, another
    # language's function words a tenth or less). The answer is the same; a quarter of the words are not read.
    cut = len(written) * 3 // 4
    shares = dict.fromkeys(FUNCTION_WORDS, 0)
    words, english = _count_words(written[:cut], shares)
    if max(shares.values()) + len(written) - cut <= english and words >= MIN_WORDS:
        return _english(words, english, max(shares.values()))  # told by the words read
    more_words, more_english = _count_words(written[cut:], shares)
    words, english = words + more_words, english + more_english
    if words < MIN_WORDS:
        return None
    rule_out_by_letters(written, words, shares)
    best, second = sorted(shares, key=shares.__getitem__, reverse=True)[:2]
    told = shares[best] >= MIN_SHARE * words and shares[best] > max(english, shares[second])
    return best if told else _english(words, english, shares[best])


def leaning_language(text: str) -> str | None:
    """The language ``text``'s function words lean to however few they are (a table's row of one sentence, too short
    for ``text_language``): the language with the most, ahead of every other and of English's stop words; English
    when its stop words are ``ENGLISH_LEAD`` times that; None for a text with none, or a tie."""
    return _leaning(text)[0]


# A short text leans to English by two stop words at least: "The council shut the pool." does, "Hamburg will bauen."
# (one, a German modal verb too) does not.
SHORT_ENGLISH_WORDS = 2


def leans_english(text: str) -> bool:
    """Whether ``text``, too short for ``text_language`` to tell, leans to English (``leaning_language``) by
    ``SHORT_ENGLISH_WORDS`` of its stop words or more."""
    language, english = _leaning(text)
    return language == ENGLISH and english >= SHORT_ENGLISH_WORDS


def _leaning(text: str) -> tuple[str | None, int]:
    """``leaning_language(text)`` and how many of ``text``'s words are English stop words."""
    shares = dict.fromkeys(FUNCTION_WORDS, 0)
    written = text.split(None, _MOST_WORDS)[:_MOST_WORDS]
    words, english = _count_words(written, shares)
    rule_out_by_letters(written, words, shares, slack=False)  # a Russian sentence's "в", "на" are Ukrainian's too
    best, second = sorted(shares, key=shares.__getitem__, reverse=True)[:2]
    if english and english >= ENGLISH_LEAD * shares[best]:
        return ENGLISH, english
    return (best if shares[best] > max(english, shares[second]) else None), english


# A column of headlines taken together (a table's rows, each too short to tell): headlines drop articles and
# auxiliaries, so English stop words are half running text's share there, over at least this many words.
HEADLINES_SHARE = ENGLISH_SHARE / 2
HEADLINES_WORDS = 5 * MIN_WORDS


def headlines_english(text: str) -> bool:
    """Whether ``text``, a table's column of headlines joined (ABC's "aba decides against community broadcasting
    licence"), shows English: its stop words ``HEADLINES_SHARE`` of its words and ``ENGLISH_LEAD`` times any other
    language's function words, over ``HEADLINES_WORDS`` words or more (a column too few in function words for
    ``text_language``)."""
    shares = dict.fromkeys(FUNCTION_WORDS, 0)
    words, english = _count_words(text.split(None, _MOST_WORDS)[:_MOST_WORDS], shares)
    return words >= HEADLINES_WORDS and english >= HEADLINES_SHARE * words \
        and english >= ENGLISH_LEAD * max(shares.values())


def _english(words: int, english: int, other: int) -> str | None:
    """English when its stop words are ``ENGLISH_SHARE`` of ``words`` and ``ENGLISH_LEAD`` times the best other
    language's function words (``other``), else None: too few words, or a text mixing English with another."""
    told = words >= MIN_WORDS and english >= ENGLISH_SHARE * words and english >= ENGLISH_LEAD * other
    return ENGLISH if told else None


def _count_words(written: list[str], shares: dict[str, int]) -> tuple[int, int]:
    """How many of ``written`` are words (not punctuation alone) and how many English stop words; each word added to
    ``shares`` of the languages it is a function word of."""
    words = english = 0
    for form, count in Counter(written).items():
        word = (form.lower() if form.isascii() else fold(form)).strip(_PUNCTUATION)
        if not word:
            continue
        words += count
        languages, stop_word = _PROFILE.get(word, _NO_PROFILE)
        for lang in languages:
            shares[lang] += count
        english += count if stop_word else 0
    return words, english


def language_of(lang: str | None, text: str) -> str | None:
    """The article's language: the one it names (``fr-CA`` -> ``fr``, ``da``, ``ca``: a byline is read in it even
    where no function words are listed), else the one its text's function words show; None for one naming none
    that they do not show."""
    return language_code(lang) or guess_language(text)
