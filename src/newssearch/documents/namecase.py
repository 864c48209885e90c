"""One spelling of a person's name whatever letter case its source wrote it in: JANE DOE, jane doe and Jane DOE are
Jane Doe, so that one author is one facet value."""

from __future__ import annotations

import re

from ..datelines import NAME_LIKE_AGENCIES, WIRE_AGENCIES

_ACRONYM_CHARS = 3  # "AP", "BBC" in capitals are acronyms, not names
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-])*$")  # letters, with apostrophes, hyphens and dots: o'neil, jean-luc, j.r.
_ROMAN = re.compile(r"^[IVXLC]+\.?$")  # "Henry Ford III": a numeral, not a surname in capitals
# Letters after a name, kept in capitals: "John Smith OBE", "Dame Jane Doe DBE", "Jacinda Ardern MP".
POST_NOMINALS = frozenset({"OBE", "MBE", "CBE", "DBE", "KBE", "GBE", "ONZM", "MNZM", "CNZM", "DNZM", "KNZM", "GNZM",
                           "QSO", "QSM", "KC", "QC", "MP", "MSP", "MEP", "JP", "PHD", "MBA", "FRS", "FRSNZ", "MD"})
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")


def name_case(name: str) -> str:
    """``name`` in title case when its letter case says nothing: all in capitals (JANE DOE, and SEAN McDONALD: see
    ``in_capitals``) or, for two or more words of letters, all in lower case (jane doe; a lone "admin" or "jdoe" is an
    account's name); a surname in capitals after the given names (Jane DOE, Marine LE PEN) in title case too.
    Otherwise as written (McDonald, DeSantis, van der Berg, JRR Tolkien). Title case loses what capitals hid but "Mc"
    (and a "Mac" written small): JOHN MCDONALD is John McDonald, JANE MacDONALD Jane MacDonald, RON DESANTIS Ron
    Desantis."""
    if in_capitals(name):
        return " ".join(_titled(word) if word.strip(".,") not in POST_NOMINALS else word for word in name.split(" ")) \
            if len(name) > _ACRONYM_CHARS else name
    words = name.split()
    if name.islower():
        return _titled(name) if len(words) > 1 and all(_WORD.match(word) for word in words) else name
    return _surname_in_title_case(words) or name


def _surname_in_title_case(words: list[str]) -> str | None:
    """"Jane DOE" -> "Jane Doe": the words in capitals that end a name whose first word is capitalised, when one of
    them is a surname (three letters or more, a vowel among them: not initials such as JRR, nor a numeral); else None.
    A name that starts in capitals ("DOE Jane", "NASA Earth Observatory") is left: an acronym or initials lead as
    often as a surname."""
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return None
    run = len(words)
    while run > 1 and words[run - 1].isupper():
        run -= 1
    surname = words[run:]
    if not any(_is_capitals_surname(word) for word in surname):
        return None
    return " ".join([*words[:run], *(word if _ROMAN.match(word) or word.strip(".,") in POST_NOMINALS else _titled(word)
                                          for word in surname)])


def _is_capitals_surname(word: str) -> bool:
    """Whether a word in capitals reads as a surname: DOE, GARCÍA, O'NEIL; not JRR, AP or III, nor an agency
    (AFP, EFE: "Agencia EFE")."""
    letters = "".join(c for c in word.casefold() if c.isalpha())
    return word.strip(".,") not in POST_NOMINALS and len(letters) >= _ACRONYM_CHARS \
        and any(c in _VOWELS for c in letters) and not _ROMAN.match(word) \
        and (letters not in WIRE_AGENCIES or letters in NAME_LIKE_AGENCIES)  # RITZAU: a surname


_MC = re.compile(r"\bMc([a-z])")
# "Mc" or "Mac" written in small letters before a surname in capitals, as a name in capitals keeps them: McDONALD,
# MacDONALD.
_SMALL_MAC = re.compile(r"(?<![^\W\d_])(Ma?c)(?=[^\W\d_a-z]{2})")


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals, a "Mc" or "Mac" before a surname aside: JANE DOE, SEAN McDONALD,
    JANE MacDONALD; not McDonald, nor Jane DOE."""
    return _SMALL_MAC.sub(lambda match: match.group(1).upper(), text).isupper()


def _titled(text: str) -> str:
    """``text`` in title case, a "Mc" name with its capital after it (MCLEOD: McLeod, as Scottish and Irish names
    are written; "Mac" is left, as in Mackay and Macy, unless written small before capitals: MacDONALD, MacDonald)."""
    mac = _SMALL_MAC.match(text)
    if mac:
        return mac.group(1) + _titled(text[mac.end():])
    return _MC.sub(lambda match: "Mc" + match.group(1).upper(), text.title())


# A custom emoji's shortcode in a display name (":blobcat: Harbour Watch :verified:"), as Mastodon reads one: a word
# of two letters or more between colons, with neither a letter, a digit nor a colon either side.
_EMOJI_CODE = re.compile(r"(?<![^\W_]|:):\w{2,}:(?![^\W_]|:)")


def without_emoji_codes(name: str) -> str:
    """A Mastodon or Misskey display name without its custom emoji's shortcodes, its spaces single
    (":blobcat: Harbour Watch :verified:": Harbour Watch); "" when they were all it held."""
    return " ".join(_EMOJI_CODE.sub(" ", name).split()) if ":" in name else " ".join(name.split())
