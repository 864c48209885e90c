"""The names a byline line gives ("By Rachel Thomas": Rachel Thomas; "BY JANE DOE, REUTERS": Jane Doe (Reuters)),
and the wire agency a byline names; read by ``textbyline`` for a byline on a line of its own or in a post line.
"""

from __future__ import annotations

import re
from functools import cache

from ..datelines import NAME_LIKE_AGENCIES, WIRE_AGENCIES
from ..functionwords import FUNCTION_WORDS, fold
from ..stopwords import GRAMMAR_WORDS
from .bylinelanguages import (
    ALL_AND_WORDS,
    ANY_AND_PATTERN,
    ANY_BYLINE_WORDS,
    TEXT_BYLINE_WORDS,
    names_joined_in_english,
    opens_with_time,
    starts_name,
)
from .bylinephrases import is_phrase
from .namecase import in_capitals, name_case
from .nametrailers import NEWSROOM_ROLES, ROLE_RANKS, TITLE_AFTER_COMMA, is_name_title
from .personcheck import BEAT_WORDS
from .personnames import ADDITIONAL_REPORTING

# "By" (and Māori's "Nā") opens a byline in any language; the words of TEXT_BYLINE_WORDS only in the language whose word for it they are:
# "Von Thomas Müller" in a German story ("Von Miller Signs" heads an English one).
_NAMES_AT_MOST = 120  # a byline line's names and the agency after them, in characters
_BYLINE = re.compile(rf"^[ \t]*({'|'.join((*ANY_BYLINE_WORDS, *TEXT_BYLINE_WORDS))}):?[ \t]+([^\W\d_].{{1,100}}?)[ \t]*$")
_BYLINE_WORDS = 10
# A bar between a byline's names and its outlet, read as a comma; matched from a run's first space only (from each
# space of a line of 300,000, the search had taken n² steps).
_BAR = re.compile(r"(?<![ \t])[ \t]+\|[ \t]+")
# Lower-case words a byline may hold between names: "By Jane Doe and John Roe of The Associated Press".
# Those of ANY_AND_WORDS ("rāua ko") are read as "and" first, so that their words ("with") are no joiners alone.
_BYLINE_JOINERS = frozenset({"and", "of", "the", "for", "in", "at", "&", "de", "da", "van", "von", "der", "le", "la",
                             "del", "dos", "du", *ALL_AND_WORDS})
_ANY_AND = re.compile(ANY_AND_PATTERN)
_SLASH = re.compile(r"(?<=\S)[ \t]*/[ \t]*(?=\S)")  # between two names: "Ann Cox / Bob Lee", read as "and"
# A byline's first word is a name: "By The Numbers", "By This Time" are headlines.
_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Our", "Your", "My", "Its", "Their"})
_AGENCY_NAMES = "|".join(re.escape(name) for name in sorted(
    {*WIRE_AGENCIES, *(v.lower() for v in WIRE_AGENCIES.values())}, key=len, reverse=True))


@cache
def _agency_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The agency a wire byline ends with ("By DEREK GATOPOULOS Associated Press", "By Jane Doe, Reuters", "By Jane
    Doe, with AP": its writer's, as "By Jane Doe, Associated Press" is), a byline
    that is one alone ("The Associated Press") and one in brackets after the names ("Jane Doe (Reuters)"); compiled at
    the first byline read: ~2 ms that an update of wire stories without one (Reuters-21578's) paid at its first file."""
    return (re.compile(rf"(?P<mark>\s*,(?:\s+with)?|\s+of|\s+for|\s+with)?(?:^|\s+)(?:the\s+)?(?P<agency>{_AGENCY_NAMES})\s*$",
                       re.IGNORECASE),
            re.compile(rf"^(?:the\s+)?({_AGENCY_NAMES})$", re.IGNORECASE),
            # its spaces matched from the first of them only: from each of a long run of them, search took n² steps
            re.compile(rf"(?<!\s)\s*\(({_AGENCY_NAMES})\)$", re.IGNORECASE))


ROLE_WORDS = 4  # "Senior Political Reporter"
# A role or an office's title after the names and a comma, in any letter case: "By Jane Doe, political editor", "…,
# transport and infrastructure reporter", "By Ann Cox, police spokeswoman" (the names are read without it;
# split_authors leaves the title out). "By Ann Cox, police said" is none: a sentence's words.
_COMMA_ROLE = re.compile(rf",[ \t]*{TITLE_AFTER_COMMA}$")

# A blog's words before a byline's names, read as its "By": "Posted by Jane Doe", "Written by Jane Doe", in capitals too.
POSTED_BY = re.compile(r"^(?:P(?i:osted)|W(?i:ritten))[ \t]+(?i:by)[ \t]+")


# The words opening a byline line that names a desk's role alone, and the last word of one: "By Our Correspondent",
# "From Our Own Correspondent", "By Our Political Staff".
_ROLE_OPENERS = frozenset({"by", "from"})
_DESK_ROLES = frozenset({*NEWSROOM_ROLES, "staff"})


def desk_role_line(line: str) -> bool:
    """Whether ``line`` is a byline line naming a desk's role alone, no one, in any letter case: "By" or "From", a
    beat's or a rank's words and a role's ("By Our Correspondent", "From Our Own Correspondent", "By a Staff
    Reporter", "By Our Political Staff"); not "From Jane Doe", nor "From our correspondent in Paris, …"."""
    words = few_words(line, ROLE_WORDS + 2)
    if words is None:
        return False
    words = [word.lower() for word in words]
    return len(words) >= 2 and words[0] in _ROLE_OPENERS and words[-1].removesuffix("s") in _DESK_ROLES \
        and all(word in BEAT_WORDS or word in ROLE_RANKS for word in words[1:-1])


def few_words(line: str, most: int) -> list[str] | None:
    """The words of ``line`` parted at white space, or None when it has more than ``most``: a text of one long line,
    split whole, had held ten times its size as a list of its words."""
    words = line.split(None, most)
    return None if len(words) > most else words


def byline_names(line: str, language: str | None = None) -> str | None:
    """The names a byline line gives ("By Rachel Thomas": Rachel Thomas), else None; see ``_byline``."""
    return _byline(line, language)


def ordinary_words(names: str, text: str, language: str | None = None) -> bool:
    """Whether a byline's names (an agency after them aside) are ordinary words, no person's: each a function word
    of ``language`` (English's when it is None), or the words together a phrase ``text``, the story under it, writes
    in small letters ("the Way", "Popular Demand", "All Means": a column's title over "by popular demand"); "Mark
    Little" over "to mark the day, little was said" is a name: a story writes a name's words apart far more often
    than together. The joiners between names ("and", "van") are left out."""
    words = [word for n, word in enumerate(_agency_patterns()[2].sub("", names).split())
             if not (n and word in _BYLINE_JOINERS)]
    if not words or byline_agency(names):
        return False
    function_words = GRAMMAR_WORDS if language in (None, "en") else FUNCTION_WORDS.get(language or "", frozenset())
    return all(fold(word) in function_words for word in words) or written_small(" ".join(words), text)


def written_small(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` (a word, or words parted by spaces) in small letters, as words of their own."""
    # a plain search first: the pattern's look-behind, tried at each place of a long story, had made reading a signed
    # text half as slow again
    words = name.lower().split()
    phrase = r"\s+".join(map(re.escape, words))
    return bool(words) and words[0] in text and re.search(rf"(?<!\w){phrase}(?!\w)", text) is not None


def _byline(line: str, language: str | None) -> str | None:
    """The names of a byline line ("By Rachel Thomas", "Written by Rachel Thomas"; in a story in ``language``, its
    word: "Von Thomas Müller"), with the agency it ends with in brackets ("Jane Doe (Reuters)"), else None."""
    if language == "ko" and (korean := _cjk_bylines()[0].fullmatch(line)):
        return korean.group(1)  # "김철수 기자"
    line = _in_name_case(line)  # "BY JANE DOE, REUTERS": By Jane Doe, Reuters
    match = _BYLINE.match(_BAR.sub(", ", POSTED_BY.sub("By ", line)))  # "Written by Jane Doe | RNZ": By Jane Doe, RNZ
    if match is None or not (match.group(1) in ANY_BYLINE_WORDS or language in TEXT_BYLINE_WORDS[match.group(1)]):
        return None
    if _cjk_bylines()[1].fullmatch(match.group(2)):
        return " and ".join(match.group(2).split())  # "记者 张三 李四": 张三 and 李四
    names = ADDITIONAL_REPORTING.sub("", match.group(2))  # "Jane Doe with additional reporting by John Roe": Jane Doe
    return _without_agency(names_joined_in_english(names, language)) if names and names_only(names) else None


def credits_others(line: str) -> bool:
    """Whether ``line`` ends crediting others beside its writers: an additional reporter ("… with additional
    reporting by John Roe") or an agency after "with" ("Jane Doe, with AP")."""
    if ADDITIONAL_REPORTING.search(line):
        return True
    found = _agency_patterns()[0].search(line[-_NAMES_AT_MOST:])
    return found is not None and "with" in (found.group("mark") or "").lower()


def _in_name_case(line: str) -> str:
    """A byline in capitals ("BY JANE DOE AND JOHN ROE") as its mixed-case form, "By Jane Doe and John Roe" (``name_case``;
    the first name word capitalised, so that "BY THE WAY" is no name, "The Way"), its agency after it in mixed case
    too ("BY DEREK GATOPOULOS Associated Press"); any other line as it is."""
    opener, space, names = line.partition(" ")
    # longer than a byline's names (as _BYLINE reads them): the agency's search had taken n³ steps over a long run of
    # spaces ("By Jane", 2,000 spaces, "Doe": 1.3 s; a fuzzed file's 1.3 million hung the build)
    if not space or len(names) > _NAMES_AT_MOST or opener.rstrip(":").title() not in ANY_BYLINE_WORDS:
        return line
    agency = ""
    if not in_capitals(line):  # "BY SEAN McDONALD" is in capitals
        agency_at = _agency_patterns()[0].search(names)
        names, agency = (names[:agency_at.start()], agency_at.group()) if agency_at else (names, "")
        if not agency or not in_capitals(names):
            return line
    return f"{opener.title()} {names_in_name_case(names)}{agency}"


def names_in_name_case(names: str) -> str:
    """A byline's names in capitals in mixed case ("JANE DOE AND JOHN ROE": Jane Doe and John Roe; ``name_case``), its
    first word capitalised and the joiners after it in small letters (so that "THE WAY" is no name, "The Way", nor
    "POOL SHUT FOR WINTER", "Pool Shut for Winter")."""
    words = name_case(names.strip()).split(" ")
    return " ".join([words[0], *(word.lower() if word.lower() in _BYLINE_JOINERS else word for word in words[1:])])


# Chinese and Japanese names after their "reporter" (记者, 記者): two to four Han letters each, unspaced, a space
# between two names ("记者 张三 李四"), as those papers write them; a name so written has no capitals to tell it by.
# A Korean name (two to four Hangul syllables) before "reporter" (기자), maybe an e-mail address after it, as Korean
# papers write a byline: "김철수 기자", "김철수 기자 kim@yna.co.kr".
@cache
def _cjk_bylines() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Korean byline ("김철수 기자") and a byline's Chinese names ("张三 李四"), compiled at the first byline read in
    Korean or read at all: their ranges of letters took ~1.7 ms to compile, paid at the first file of every update."""
    return (re.compile(r"([\uac00-\ud7a3]{2,4})\s*기자(?:\s*=)?(?:\s+\S+@\S+)?\s*"),
            re.compile(r"[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,4}){0,3}"))


def byline_agency(byline: str | None) -> str | None:
    """The agency a byline names alone ("The Associated Press": Associated Press) or in brackets after its names
    ("Jane Doe (Reuters)", from an agency on the line under the byline), else None."""
    match = (_agency_patterns()[1].match(byline.strip()) or _agency_patterns()[2].search(byline)) if byline else None
    return WIRE_AGENCIES.get(match.group(1).lower(), match.group(1)) if match else None


def _without_agency(byline: str) -> str:
    """The names of a byline with the agency it ends with in brackets after them, where ``byline_agency`` finds it
    ("Thomas Müller, dpa": "Thomas Müller (dpa)"); the agency itself when it names no one else."""
    if byline_agency(byline):
        return byline
    names, agency = _agency_end(byline)
    return f"{names} ({agency})" if names and agency else byline


def _agency_end(byline: str) -> tuple[str, str | None]:
    """The names of a byline and the agency it ends with (", Reuters", " of The Associated Press"), else None."""
    match = _agency_patterns()[0].search(byline)
    if match is None or (not (match.group("mark") or "").strip() and match.group("agency").casefold() in NAME_LIKE_AGENCIES):
        return byline, None  # "By Anne Ritzau": a surname
    agency = re.sub(r"^(?:,|\s)*(?:(?:of|for|with)\s+)?(?:the\s+)?", "", match.group(), flags=re.IGNORECASE).strip()
    return byline[: match.start()].strip(), agency


def names_only(byline: str) -> bool:
    """True when ``byline`` reads as names: two to ten words, each capitalised or a joiner, the first a name, no
    digits or a sentence's marks ("By Tuesday the council had voted", "By The Numbers: Super Bowl LVIII" are not), not
    opening with a time ("By Christmas Eve", "By Monday Morning": see ``opens_with_time``); a role after a comma aside
    ("Jane Doe, political editor")."""
    if opens_with_time(byline):
        return False
    if byline_agency(byline):
        return True
    byline = _without_title(_COMMA_ROLE.sub("", byline))
    if re.search(r"[\d:?!;]", byline):
        return False
    byline = _SLASH.sub(" and ", _ANY_AND.sub("and", byline))  # "Hemi Smith rāua ko Aroha Walker", "Ann Cox / Bob Lee"
    return any(_name_words(names.rstrip(".").split()) for names in {byline, _agency_end(byline)[0]})  # "…, dpa"


def _without_title(byline: str) -> str:
    """``byline`` without the name's title after its last comma in any letter case when ``is_name_title`` takes it
    ("Ann Cox, travel blogger", "…, host of the daily"); a sentence's words stay ("Ann Cox, the council said")."""
    names, comma, part = byline.rpartition(",")
    return names if comma and names.strip() and is_name_title(part.strip()) else byline


def _name_words(words: list[str]) -> bool:
    """True for two to ten words, each capitalised or a joiner, the first a name, and no phrase (``is_phrase``:
    "the Numbers", "Popular Demand": a column's title)."""
    return (2 <= len(words) <= _BYLINE_WORDS and words[0] not in _NOT_A_NAME
            and all(starts_name(word) or word in _BYLINE_JOINERS for word in words) and not is_phrase(" ".join(words)))
