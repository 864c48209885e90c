"""Apostrophes inside words: look-alikes typed for one (``O´Brien``), the word after an elided article (``état`` in
"l'État") or an Irish name's O' ("Driscoll" in "O'Driscoll"), a name written solid ("OBrien" for "O'Brien"), and a
name before its Turkish suffix ("Türkiye'de")."""

from __future__ import annotations

import itertools

from .startup import lazy_compile

# Marks typed for an apostrophe between two letters: an acute accent (O´Brien, from Spanish and German keyboards), a
# backtick (O`Brien), the modifier letter apostrophe (OʼBrien, Ukrainian's) and a prime (O′Brien). There they are
# the apostrophe, in a text as in a query; elsewhere they stay what they are (5′10″ is no word).
_APOSTROPHE_LIKE = lazy_compile(r"(?<=[^\W\d_])[\u00b4`\u2032\u02bc](?=[^\W\d_])")


def straight_apostrophes(text: str) -> str:
    """``text`` with each apostrophe look-alike between two letters as an apostrophe (``O´Brien`` -> ``O'Brien``),
    one character for one, so that every place in it stays where it was."""
    if "`" not in text and (text.isascii() or ("\u00b4" not in text and "\u2032" not in text and "\u02bc" not in text)):
        return text
    return _APOSTROPHE_LIKE.sub("'", text)


# Articles and prepositions that French, Italian and Catalan write elided onto the next word: l'État,
# d'Italia, qu'il, dell'anno. The word after one is indexed too, at the same place, so that ``état`` finds
# "L'État"; a query's ``l'état`` finds it after any article too, as Lucene's ElisionFilter drops the article
# (``newsparser.word_after_article``), the form typed ranking first. "don't" and
# "rock'n'roll" do not start with one of these.
ELISIONS = frozenset({
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    "dell", "all", "dall", "nell", "sull", "coll", "pell", "quell", "un", "sant",
    "gl", "agl", "dagl", "degl", "negl", "sugl",
})
# Irish surnames: O' before a capital (O'Neill, O'Driscoll). The surname is indexed too, so that ``driscoll``
# finds "Brian O'Driscoll"; "O'Neill" still finds only itself. Told by the capital after the apostrophe, as
# written: "o'clock" is no name.
NAME_PREFIXES = frozenset({"O"})
_ELIDED = lazy_compile(r"([^\W\d_]{1,6})['’](?=[^\W\d_]{2})")
NOT_SURNAMES = frozenset({"clock"})  # "O'CLOCK" in a text in capitals is no Irish name


def elided(word: str, written: str | None = None) -> int:
    """Where the word after an elided article starts in ``word`` (``l'État`` -> 2), or 0 when there is none.

    An Irish name's surname counts too (``O'Driscoll`` -> 2), told by its capitals in ``written`` (the token
    as written, when ``word`` is lower-cased: ``o'driscoll``).
    """
    if "'" not in word and "’" not in word:
        return 0
    match = _ELIDED.match(word)
    if match is None:
        return 0
    if match.group(1).lower() in ELISIONS:
        return match.end()
    cased = written or word
    surname = word[match.end():].lower()
    return match.end() if (cased[:1] in NAME_PREFIXES and cased[match.end():match.end() + 1].isupper()
                           and surname not in NOT_SURNAMES) else 0


# Turkish writes a proper noun's suffix after an apostrophe (Türkiye'de, Erdoğan'ın, Ankara'nın); English
# its clitics ("Blair's", "Don't": n't leaves 't, "We'll"), which are not suffixes of a name.
ENGLISH_CLITICS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
_SUFFIXED_NAME = lazy_compile(r"[^\W\d_]{2,}['’]([^\W\d_]+)")  # a name of two letters or more ("O'er" is none)


def suffixed_name(word: str) -> int:
    """Where a capitalised name ends in ``word`` when a lower-case suffix follows it after an apostrophe
    (``Türkiye'de`` -> 7), or 0: not after an English clitic ("Blair's") nor before a capital ("O'Neill")."""
    if not word[:1].isupper():
        return 0
    match = _SUFFIXED_NAME.fullmatch(word)
    if match is None:
        return 0
    suffix = match.group(1)
    return match.start(1) - 1 if suffix.islower() and suffix not in ENGLISH_CLITICS else 0


# A name whose apostrophe follows one letter: O'Brien, D'Arcy, N'Djamena, D'Alema. Transcripts and feeds drop the
# apostrophe ("OBrien"), so such a name is indexed written solid too, at its place, as a hyphenated word is
# (``hyphens.solid_words``). A possessive or clitic may follow ("O'Brien's": OBrien's).
_NAME_APOSTROPHE = lazy_compile(r"([^\W\d_])['’]([^\W\d_]+)((?:['’][^\W\d_]+)?)")


def solid_name(word: str, typed: bool = False) -> str | None:
    """``word`` written solid when its apostrophe is a name's (``O'Brien`` -> ``OBrien``, ``O'Brien's`` ->
    ``OBrien's``), else None.

    In a text a name is told by its capitals, as written: a capital, the apostrophe and a capital (O'Brien,
    D'Alema, O'NEILL; not L', NOT_NAME_LETTERS), so that an elided article stays as it is ("l'État", "d'Italia":
    état and l'état) and so does a contraction ("I'LL" is no "ill": the part after the apostrophe is no English
    clitic), and "O'CLOCK" is no name.
    A query (``typed``) is read in any case, as a query's words are (``o'brien``: obrien), but for a lower-case
    elided article (``l'état``, ``d'arcy``), which a text writes so only as one.
    """
    if "'" not in word and "’" not in word:
        return None
    match = _NAME_APOSTROPHE.fullmatch(word)
    if match is None:
        return None
    letter, name, tail = match.groups()
    if (letter in NOT_NAME_LETTERS or len(name) < 2 or name.lower() in ENGLISH_CLITICS
            or name.lower() in NOT_SURNAMES or (tail and tail[1:].lower() not in ENGLISH_CLITICS)):
        return None
    named = (letter.isupper() or letter not in ELISIONS) if typed else (letter.isupper() and name[:1].isupper())
    return letter + name + tail if named else None


# French's and Italian's article before a capital is no name's: "L'État" opening a sentence is "l'État" (a few names,
# L'Oréal, L'Aquila, are left so too); D' and N' before a capital are names' (D'Alema, N'Djamena) far more often.
NOT_NAME_LETTERS = frozenset("Ll")


def solid_names(value: str, expression) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """The names of ``value`` written solid by the place of their first part, as ``expression`` cuts it at the
    apostrophe: ``{1: "OBrien"}`` for "Jane O'Brien"."""
    if "'" not in value and "’" not in value and value.isascii():
        return {}
    value = straight_apostrophes(value)  # "O´Brien" is "O'Brien", one character for one
    spans = [match.span() for match in expression.finditer(value)]
    names = {}
    for pos, ((start, end), (after, last)) in enumerate(itertools.pairwise(spans)):
        if after == end + 1 and value[end] in "'’" and (name := solid_name(value[start:last])):
            names[pos] = name
    return names
