"""What a token is: the tokenizer's pattern (words with their inner dots and apostrophes, digit groups, per cent,
Hebrew quotes, C++), the spans it finds in a text, and a token as a term (``plain_word``)."""

from __future__ import annotations

import re

from .currencysigns import european_number, is_decimal_token
from .decimalcommas import has_decimals, join_decimals
from .gluedamounts import SCALE_ENDS, SIGNED_AMOUNT, first_glued, glued_scale, glued_spans
from .marks import MARKS
from .startup import lazy_compile

# Hebrew writes an acronym with gershayim before its last letter (צה״ל, ארה״ב) and a geresh after a letter
# (ג׳ורג׳); keyboards type them as " and ' (צה"ל), word processors as curly quotes: between two Hebrew
# letters (a point may follow the first) any of them is inside the word, as in Unicode's word boundaries (UAX #29).
_HEBREW_LETTER = "\u05d0-\u05ea"
_HEBREW_JOINER = rf'["“”\u05f3\u05f4](?<=[{_HEBREW_LETTER}\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7].)(?=[{_HEBREW_LETTER}])'
# The last stop of dotted initials before a possessive: "U.S.'s" and "U.N.’s" are one word, the acronym's
# possessive (the word had stopped at "U.S", leaving an "s" behind, and ``U.S.'s`` found only that spelling); so is
# an abbreviation's ("M.Sc.'s").
_INITIALS_POSSESSIVE = r"(?:(?<=\.[^\W\d_])|(?<=\.[A-Z][a-z]))\.(?=['’]s(?!\w))"
# A per cent sign, and "per cent" written as two words, are each one word, "percent" (PERCENT_WORD): ``5%`` is
# searched as the phrase "5 percent", so that it finds "5 per cent" and "5 percent" but not "5 points" (the sign
# had been dropped, and "per" is a stopword: "per cent" had been "cent", as in "50 Cent"). A sign is one only
# after a number, a space between or not, and not as a %XX escape ("a%20b", "printf('%d')" hold none); "per cent"
# not across a blank line. A wire's "pct" (Reuters: "50 pct") and a British paper's "pc", a space after a number,
# are one too; the token holds that space, so that it reads as percent wherever it is looked at, and a "PC"
# (in capitals) or "pc" after no number stays the word it is. A "pct" after no number is percent too, in any case:
# the wire writes numbers under ten as words ("five pct stake", a headline's "SALES OFF TWO PCT"), and no other
# word is written so in the news; an acronym "PCT" among lower-case words ("the PCT": the Patent Cooperation
# Treaty) is read as an acronym first and stays.
# (Each branch opens with a character to match, its lookbehinds after it: they are tried at every place in a text,
# and a branch that opened with a lookbehind made tokenizing a fifth slower.)
_PERCENT = r"%(?:(?<=\d%)|(?<=\d\s%))(?![0-9A-Fa-f]{2})|[pP](?i:er(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)cent)(?!\w)"
_PCT = r"(?:(?i:pct)|pc)(?!\w)"  # after a number's space: in ``_AFTER_NUMBER``
PERCENT_WORD = "percent"
# A wire's scale and currency a space after a number ("3 mln dlrs", "50 mln stg", "1.2 bn") are the words they
# abbreviate, in their place (AMOUNT_WORDS): ``billion dollars`` finds Reuters' "1.2 bln dlrs" and the phrase
# "3 million dollars" its "3 mln dlrs". As pct's, the token holds the space before it, so that it reads so wherever it
# is looked at. A currency after a scale that follows a number is one too ("3 mln dlrs", "3 million stg"). The
# two-letter scales (mn, bn, tn) only in lower case: "3 TN" may be Tennessee. As pct, the wire's own scales (mln, bln,
# trln) are the scale after no number too, in any case, and a currency after them ("five mln dlrs", "TWO BLN DLRS": the
# wire writes numbers under ten as words); no other word is written so. A currency after a scale word is one after no
# digit too ("one billion dlrs", as the wire writes it under ten). The wire's dollar, "dlrs" and "dlr", is dollars and
# dollar after any word, in any case ("U.S. dlrs", "Canadian dlrs", "one dlr a share", a headline's "U.S. DLR FALLS"):
# no other word is written so (Reuters-21578 writes it 25,000 times, for the dollar); an acronym "DLR" among lower-case
# words (the Docklands Light Railway) is read as an acronym first and stays, but not after a number or scale ("47 DLR
# A SHARE", "163 BILLION DLR": a headline's run of capitals cut short by its number). "stg" only after a number or
# scale: alone it is also a rifle (StG 44), a game's genre and "staging".
_SCALE = r"(?:(?i:[mb]ln|trln)|[mbt]n)(?!\w)"
_CURRENCY = (r"(?:(?<=\d\s)|(?<=\s(?i:[mb]ln)\s)|(?<=\s(?i:trln)\s)|(?<=\d\s[mbt]n\s)"
             r"|(?<=\s(?i:[mb]illion)\s)|(?<=\s(?i:trillion)\s))(?i:dlrs?|stg)(?!\w)")
AMOUNT_WORDS = {"mln": "million", "mn": "million", "bln": "billion", "bn": "billion", "trln": "trillion",
                "tn": "trillion", "dlrs": "dollars", "dlr": "dollar", "stg": "sterling"}
# Every abbreviation the index writes as another word somewhere (pc, mn, bn, tn and stg only after a number): a pattern
# matching one as written searches that word too (``patterns.abbreviated_words``: dlr* finds the wire's "dlrs")
ABBREVIATED_WORDS = {**AMOUNT_WORDS, "pct": PERCENT_WORD, "pc": PERCENT_WORD}
# the words after no number too
_WIRE_WORDS = {"mln": "million", "bln": "billion", "trln": "trillion", "dlrs": "dollars", "dlr": "dollar"}
# One of them alone (``wire_words``): the search opens with a first letter, its look-behinds after it (a third quicker
# than a pattern opening with a look-behind, tried at every character).
_WIRE_WORD = lazy_compile(r"[mbtdMBTD](?<![^\W_].)(?i:(?<=[mbMB])ln|(?<=[tT])rln|(?<=[dD])lrs?)(?![^\W_])")
# The tokens read as words after a number: a per cent sign, "per cent", and the words a space after a number or
# (a currency) after a scale. Those holding their space are one branch, tried at every space, that asks first for
# one of their first letters after it and a digit or a scale's n before it: amounts as a branch of their own had made
# tokenizing 600 BBC stories a quarter slower (0.066 -> 0.084 s), this way 4% (0.069 s).
# A whole number and a fraction, a hyphen or a space between ("24-7/8", "269 3/4": the wire's stock and commodity
# prices), are a mixed number: the hyphen or space is a token (its term MIXED_NUMBER_TERM), so that the fraction is
# not the word after the number: ``24/7`` (the phrase "24 7") had found "rose 24-7/8", and finds "24/7" and "24-7" alone;
# ``24-7/8`` and ``"24 7/8"`` are the same three words either way written, ``7/8`` the fraction in either. A fraction is
# a numerator of one or two digits over a denominator of halves to 64ths, no word or slash after it ("24 9/11" and a
# date's "24 7/8/87" stay); the whole number is no fraction's denominator ("6-1/4 1/8", a bid and offer) nor a word's
# last digit (a contract month's "MAY7 3/4").
_MIXED_JOINT = r"[- \u00a0](?=[1-9]\d?/(?:[2348]|16|32|64)(?![\w/]))(?<=\d.)(?<![^\W\d_]\d.)(?<!/\d.)(?<!/\d\d.)"
MIXED_NUMBER_TERM = "+"
MIXED_JOINT = lazy_compile(_MIXED_JOINT)  # a hyphen that is one (``indexwords`` cuts a text at the others)
_AFTER_NUMBER = (rf"{_MIXED_JOINT}|{_PERCENT}|\s(?=[pPmMbBtTdDsS])(?<=[\dnN]\s)(?:(?<=\d\s)(?:{_PCT}|{_SCALE}|{_CURRENCY})"
                 rf"|(?=[dDsS]){_CURRENCY})")
_PERCENT_RE = re.compile(r"%|(?i:per\s+cent)|\s(?:(?i:pct)|pc)|(?i:pct)")  # a token that is one (fullmatch)
# A word: letters, digits and the marks written inside words (हिन्दी, ที่), joined by a single dot (U.S,
# 3.5) or apostrophe (Blair's, don't, O'Neill) or a Hebrew geresh or gershayim, and digit groups by
# thousands commas (1,000,000; 5,000m). Groups spaced with a no-break or thin space (10\u00a0000) are words of their
# own, joined as another form of them (``digitgroups``).
# A letter with "++" or "#" after it is a word of its own: C++, C#, F# (not C, which vitamin C is).
# (The mark table appears once in the pattern: compiling it is most of what importing this module costs.)
# An amount with its scale written on after its currency sign ("£1.2bn", "$3m") is a token from its sign
# (``gluedamounts``), so that it tells alone what it is.
TOKEN_PATTERN = (rf"{_AFTER_NUMBER}|{SIGNED_AMOUNT}|[^\W\d_](?:\+\+|#)(?![\w+#])"
                 rf"|\w(?:[\w{MARKS}]|[.'’](?=\w)|{_INITIALS_POSSESSIVE}|(?<=\d),(?=\d{{3}}(?!\d))|{_HEBREW_JOINER})*")
# Compiled with the flag Whoosh's RegexTokenizer uses, so that every compile of it is one cached pattern; on first use
# (~4 ms): a text without "++" or "#" is tokenized by the plain pattern below (``token_pattern_for``), and the index's
# schema holds this very object, uncompiled (``indexed_pattern``).
TOKEN_RE = lazy_compile(TOKEN_PATTERN, re.UNICODE)
# Without a "+" or "#" in a text the first branch (C++, C#) cannot match, yet it is tried at every
# character: the rest alone, taking a run of word characters at once, finds the same tokens in half the time.
_PLAIN_TOKEN_RE = lazy_compile(rf"{_AFTER_NUMBER}|{SIGNED_AMOUNT}|\w(?:[\w{MARKS}]+|[.'’](?=\w)|{_INITIALS_POSSESSIVE}"
                            rf"|(?<=\d),(?=\d{{3}}(?!\d))|{_HEBREW_JOINER})*", re.UNICODE)
# An ASCII text (most of a news corpus) holds no mark and no Hebrew letter: the rest alone finds the same tokens, a run
# of word characters taken at once and a joiner tried only where one stands (a token's end had tried each joiner's
# branch): a fifth less time to cut a Reuters story, and compiled without the mark table.
_ASCII_TOKEN_RE = lazy_compile(rf"{_AFTER_NUMBER}|{SIGNED_AMOUNT}|\w+(?:(?=[.',])(?:[.'](?=\w)|{_INITIALS_POSSESSIVE}"
                               rf"|(?<=\d),(?=\d{{3}}(?!\d)))\w*)*", re.UNICODE)
# A name, host or URL is cut at dots too: url:nzherald finds www.nzherald.co.nz.
NAME_PATTERN = rf"\w[\w{MARKS}]*"
# Compiled as Whoosh's RegexTokenizer compiles it (re.UNICODE), on first use (its mark table takes ~1.2 ms): the name
# analyzer's tokenizer, and the index's schema (``indexed_pattern``), hold this very object; a query of no name uses none.
NAME_RE = lazy_compile(NAME_PATTERN, re.UNICODE)


def percent_words(text: str) -> bool:
    """True when ``text`` may hold "per cent" written as two words, a "pct" or "pc" after a space (tokens of
    their own, see ``_PERCENT``), or a "pct" of its own."""
    return _PER_CENT.search(text) is not None


def wire_words(text: str) -> bool:
    """True when ``text`` may hold a wire's scale or dollar as a word of its own ("five mln", "U.S. dlrs"), read as the
    word it stands for."""
    return _WIRE_WORD.search(text) is not None


# "per cent", a "pc" or "pct" after white space, or a "pct" after no word character: each branch opens with its "p", so
# the search only stops at a p (0.13 -> 0.02 s for 5,000 Reuters stories' titles and bodies; it had opened with the
# white space or look-behind, tried at every character).
_PER_CENT = lazy_compile(r"[pP](?:(?i:er\s+cent)|(?<=\s[pP])(?i:ct?)|(?<!\w[pP])(?i:ct))(?!\w)")


def plain_word(word: str) -> str:
    """A token as a term: ``1,000`` is ``1000``, a curly apostrophe is straight (``don’t`` is ``don't``), ``%``
    and ``per cent`` are ``percent``, a wire's `` mln`` after a number and ``mln`` alone ``million``, ``dlrs``
    ``dollars``; a Hebrew word's quotes are one spelling (``hebrew_quotes``)."""
    if len(word) == 1 and word in "- \u00a0":  # the joint of a mixed number ("24-7/8"), the only such token
        return MIXED_NUMBER_TERM
    if (word[:1] in "%pP" or word[:1].isspace()) and _PERCENT_RE.fullmatch(word):
        return PERCENT_WORD
    if word[:1].isspace() and (amount := AMOUNT_WORDS.get(word[1:].lower())):  # " mln" after a number (_AMOUNT)
        return amount
    if len(word) < 5 and (amount := _WIRE_WORDS.get(word.lower())):  # "five mln", "U.S. dlrs"
        return amount
    if word[-1:] in SCALE_ENDS and ((c := word[:1]).isdigit() or c in "$£€¥R") and (scale := glued_scale(word)):
        return scale
    if "," in word and is_decimal_token(word):  # "1,50" of "€1,50": 1.50 (``decimalcommas``)
        return european_number(word)
    if "," in word or "’" in word:
        word = word.replace(",", "").replace("’", "'")
    if '"' in word or "\u05f3" in word or "”" in word or "“" in word:
        return hebrew_quotes(word)
    return word


_HEBREW_QUOTES = str.maketrans({'"': "\u05f4", "“": "\u05f4", "”": "\u05f4", "\u05f3": "'"})
_TYPED_GERSHAYIM = lazy_compile(rf'(?<=[{_HEBREW_LETTER}])"(?=[{_HEBREW_LETTER}])')


def hebrew_quotes(word: str) -> str:
    """A Hebrew token's quotes as one spelling: a quote is gershayim (``צה"ל`` -> ``צה״ל``), a geresh an
    apostrophe (``ג׳ורג`` -> ``ג'ורג``), so that each way of typing them finds the others."""
    return word.translate(_HEBREW_QUOTES)


def typed_gershayim(text: str) -> str:
    """``text`` (a query) with each quote between two Hebrew letters as the gershayim it stands for: in
    ``צה"ל`` it is no phrase's quote."""
    return _TYPED_GERSHAYIM.sub("\u05f4", text) if '"' in text else text


Span = tuple[int, int]


def token_pattern_for(text: str, start: int = 0, end: int | None = None) -> re.Pattern[str]:
    """A regex that finds in ``text`` (from ``start`` to ``end``, where it is matched) exactly the tokens TOKEN_RE
    finds, as fast as may be: TOKEN_RE itself only where its branch for C++ and C# may match, and an ASCII text's own
    pattern for an ASCII text (``str.isascii`` is a flag of the string: no scan)."""
    if (text.find("+", start, end) >= 0 or text.find("#", start, end) >= 0) if end is not None else (
            "+" in text or "#" in text):
        return TOKEN_RE
    return _ASCII_TOKEN_RE if text.isascii() else _PLAIN_TOKEN_RE


def indexed_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """``re._compile(pattern, flags)``, as an index's pickled schema calls it for a tokenizer's pattern: the token
    pattern is ``TOKEN_RE`` itself, compiled on first use (the token rules ask for it by identity), the name pattern
    ``NAME_RE``; another compiled."""
    if pattern == TOKEN_PATTERN and flags == re.UNICODE:  # TOKEN_RE's flags: re.UNICODE alone (a test checks it)
        return TOKEN_RE
    if pattern == NAME_PATTERN and flags == re.UNICODE:  # the name analyzer's, as lazy
        return NAME_RE
    return re.compile(pattern, flags)


def word_spans(text: str, start: int = 0, end: int | None = None, pattern: re.Pattern[str] | None = None) -> list[Span]:
    """Where each match of TOKEN_RE in ``text`` (from ``start`` to ``end``) starts and ends; an amount with a decimal
    comma ("€1,50") is one (``decimalcommas``), an amount with its scale written on ("£1.2bn") two, its number's and its
    own (``gluedamounts.glued_spans``). ``pattern``: ``token_pattern_for(text)`` when the caller has it, as a caller
    cutting a long text in many pieces does (each piece looking through the whole text had taken time as its square)."""
    pattern = token_pattern_for(text) if pattern is None else pattern
    end = len(text) if end is None else end
    spans = [match.span() for match in pattern.finditer(text, start, end)]
    if has_decimals(text, start, end):
        join_decimals(text, spans, start, end)
    return spans if (glued := first_glued(text, start, end)) < 0 else glued_spans(text, spans, glued, end)


# Soft hyphens, zero-width spaces, word joiners and stray byte-order marks: invisible on the page, but they
# split a word in two ("nego\u00adtiations"). (Zero-width joiners are spelling in some scripts: kept.)
INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
