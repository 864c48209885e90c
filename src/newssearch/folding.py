"""Diacritic folding: the form a query and the index share (``café`` is ``cafe``), and the spelling that doubles a
long vowel or writes out an umlaut (``Māori`` is ``Maaori``, ``Präsident`` ``Praesident``)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import combinations
from typing import NamedTuple

from .startup import lazy_compile

# Where marks are diacritics a reader may leave out: Latin, Greek and Cyrillic accents, Hebrew and Arabic
# vowel points (below U+0900), Hindi's nukta (ज़िला is often written जिला; Lucene's HindiNormalizer drops it too), and
# the combining diacritics blocks. Elsewhere a mark is spelling: the virama of हिन्दी, a Thai tone mark, the voicing
# of ガ.
_OPTIONAL_MARKS = "[\u0300-\u08ff\u093c\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
# Letters that Unicode decomposition does not fold. Persian writes yeh and kaf as ی and ک, Arabic as ي and ك: each
# is one letter here (as Elasticsearch's persian_normalization reads them), so that ``علي`` finds "علی". Alef maksura
# (ى) stays a letter of its own: folded, the name علي (Ali) found every على ("on"), among the commonest words.
# The tatweel (ـ) only stretches a word on the
# page, and Arabic-Indic and Persian digits are the digits 0-9 (٢٠٢٤ is 2024). (Hamza and madda on an alef are
# marks that decomposition splits off, left out as optional.)
_SPECIAL_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
     "Æ": "AE", "Œ": "OE", "Ø": "O", "Ł": "L", "Đ": "D", "Ð": "D", "Þ": "TH",
     "\u06cc": "\u064a", "\u06a9": "\u0643", "\u0640": "",
     **{chr(zero + digit): str(digit) for zero in (0x0660, 0x06F0) for digit in range(10)}}
)
# Te reo Māori writes a long vowel with a macron or, in some styles, doubled: Māori = Maaori.
# Long vowels written doubled (Māori: Maaori) and German umlauts written out (Präsident: Praesident).
_MACRONS = str.maketrans({"ā": "aa", "ē": "ee", "ī": "ii", "ō": "oo", "ū": "uu", "ä": "ae", "ö": "oe", "ü": "ue"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Remove diacritics: ``Waitematā`` -> ``Waitemata``, ``café`` -> ``cafe``.

    Only optional diacritics go (``_OPTIONAL_MARKS``); what decomposition splits otherwise is put
    back together: Hangul syllables stay syllables, kana keep their voicing (ガ is not カ), Hindi
    and Thai keep their marks. Arabic and Persian letter forms and digits are one (``_SPECIAL_FOLDS``),
    and so are a traditional Chinese character and its simplified form (``經濟`` -> ``经济``, ``hanvariants``).
    """
    if text.isascii():
        return text
    patterns = non_ascii_patterns()
    special = patterns.special.sub(_special_fold, text)  # not str.translate: a whole article goes a character at a time
    decomposed = unicodedata.normalize("NFKD", special)
    folded = patterns.optional_marks.sub(_left_out, decomposed)  # the regex finds the few marks: a whole article is quick
    if not folded:
        return text  # a word of tatweels alone ("ـــ", a rule drawn with them) stays what it is: no empty term
    if folded.isascii():
        return folded
    folded = unicodedata.normalize("NFC", folded)
    # only text holding Han ideographs is translated: a regex's search (0.1 us a word, 5 us a kilobyte) tells; max()
    # took three to ten times that
    return folded.translate(_simplified()) if patterns.han.search(folded) else folded


@cache
def _simplified() -> dict[int, int]:
    """Each traditional Chinese character of ``hanvariants`` to its simplified form, built on first use (4,000
    characters: a command on text without Chinese never pays for it). Char for char, so offsets stay as written."""
    from .hanvariants import SIMPLIFIED, TRADITIONAL
    return str.maketrans(TRADITIONAL, SIMPLIFIED)


_HAN = "[\u3400-\u9fff\U00020000-\U0003ffff]"  # the Han ideographs (their compatibility forms are NFKD'd)


class _Patterns(NamedTuple):
    """What ``fold`` looks for in a text that is not ASCII."""

    special: re.Pattern[str]  # the letters of ``_SPECIAL_FOLDS``
    optional_marks: re.Pattern[str]  # ``_OPTIONAL_MARKS``
    han: re.Pattern[str]  # ``_HAN``


@cache
def non_ascii_patterns() -> _Patterns:
    """``fold``'s patterns, compiled on first use: an ASCII text never needs them, and the Han ideographs' range alone
    took some 2 ms of every command's start-up to compile."""
    return _Patterns(re.compile("[" + "".join(re.escape(chr(code)) for code in _SPECIAL_FOLDS) + "]"),
                     re.compile(_OPTIONAL_MARKS), re.compile(_HAN))


def _special_fold(letter: re.Match[str]) -> str:
    """What ``_SPECIAL_FOLDS`` makes of one letter."""
    return _SPECIAL_FOLDS[ord(letter.group())]


def _left_out(mark: re.Match[str]) -> str:
    """Nothing for a combining mark of the optional ranges; the character itself for one that does not combine."""
    return "" if unicodedata.combining(mark.group()) else mark.group()


def double_vowels(text: str) -> str:
    """The spelling without marks that doubles a long vowel or writes out an umlaut: ``māori`` -> ``maaori``,
    ``präsident`` -> ``praesident``; a word written out so writes its ß as ss too (``größe`` -> ``groesse``)."""
    written = text.translate(_MACRONS)
    return _sharp_s_written_out(written) if written != text else text


# A te reo Māori long vowel written doubled, and its macron; a word of te reo's shape: syllables of an optional
# consonant (h k m n ng p r t w wh) and a vowel (so "meeting" and "federal" are never guessed to be te reo).
_DOUBLED_VOWEL = re.compile(r"aa|ee|ii|oo|uu")
MACRON_OF = {"aa": "ā", "ee": "ē", "ii": "ī", "oo": "ō", "uu": "ū"}
TE_REO_SHAPE = re.compile(r"^(?:(?:ng|wh|[hkmnprtw])?[aeiou])+$")


def macron_spelling(word: str) -> str:
    """``word`` with each doubled vowel written with its macron: ``maaori`` -> ``māori`` (the other way from
    ``double_vowels``); ``word`` itself when it doubles none."""
    return _DOUBLED_VOWEL.sub(lambda m: MACRON_OF[m.group()], word) if _DOUBLED_VOWEL.search(word) else word


def macron_guesses(word: str, most: int = 2) -> list[str]:
    """``word`` (lower case, no marks) with a macron on one vowel, then on two, up to ``most``: the spellings of a
    te reo Māori word typed without its macrons (``maori`` -> ``māori``, ``maōri``, ...); none for a word of another
    shape, or under four letters ("federal", "meet")."""
    if len(word) < 4 or not TE_REO_SHAPE.match(word):
        return []
    vowels = [m.start() for m in _VOWEL.finditer(word)]
    return ["".join(MACRON_OF[c * 2] if i in places else c for i, c in enumerate(word))
            for count in range(1, most + 1) for places in combinations(vowels, count)]


_VOWEL = lazy_compile(r"[aeiou]")


def _sharp_s_written_out(written: str) -> str:
    """``written`` (a word whose umlauts are written out) with its ß as ss, as a keyboard without them writes it.

    A word with ß and no umlaut is left alone: its folded form (``fussball``) is already the one written out.
    """
    return written.replace("ß", "ss") if "ß" in written else written
