"""A credit line without "By" above a plain text's story: a writer's name or a publisher, then the story's date on the
same line after a dash or a bar ("Jane Doe - 14 March 2024", "Jane Doe — 2024-03-14", "RNZ | 5 March 2024", "Jane
Doe, RNZ | 5 March 2024"), read by ``textbyline`` as a post line's byline and day.

Narrow on purpose: without "By", the words before a date may be a place's (a dateline, "New Plymouth - 5 March
2024"), a topic's ("Climate Change | 5 March 2024"), a heading's ("Weekly Update - 5 March 2024") or an office's
("Auckland Council - 5 March 2024"), a paper's the publishers' table does not know ("Sunday Star-Times"). A writer's
name is one person's, two to five words written as a name's, its last word no heading's, office's, paper's or
place's noun, its first no event's ("Storm Ciara") or place's ("New", "Port"), the whole no place the place names know
("Palmerston North", "Hawke's Bay": ``placenames``; "Wellington Smith" is a name), none a beat's or a desk's word or a
heading's small word ("Climate Change", "Cost Of Living": ``topic_label``), and the story under it neither names it
nor writes its words in small letters; a publisher is one the publishers' table knows. A name in capitals is read in
title case ("JANE DOE - 14 MARCH 2024": Jane Doe) when its whole line is in capitals, as a page's style writes a
byline; a dateline writes its place alone so ("NEW PLYMOUTH - 5 March 2024"), and a place's name in capitals may end
in a compass word ("PALMERSTON NORTH"). A name and a date over another name and a date are a list, neither of them a
credit. A topic's or a section's label so is no writer, but its line is read all the same (``textlabels``). A
writer's name on a line of its own, straight over the date line under a headline ("Jane Doe" / "14 March 2024", "Jane
Doe, RNZ" / "14 March 2024"), is read by the same rules (``name_line``), two to four words.
"""

from __future__ import annotations

import re

from .namecase import in_capitals
from .personcheck import BEAT_WORDS, is_person, names_no_person
from .placenames import is_place
from .publishers import is_publisher
from .textbylinenames import byline_names, names_in_name_case, written_small
from .textcategories import LABEL_SMALL_WORDS
from .textcopyright import without_closing_matter
from .textdatelines import DATE_LINE_CHARS, line_date

# Between a bare credit and its date: a bar, or a dash with spaces about it; not a comma ("Wellington, 5 March 2024"
# is a dateline's place), nor a slash.
_CREDIT_DATE = re.compile(r"[ \t]*\|[ \t]*|[ \t]+[-–—][ \t]+")
# The last words of a heading's or an office's title case words, no writer's surname: "Weekly Update", "Market
# Report", "Auckland Council", "Prime Minister", a paper's "Sunday Star-Times"; not a word that is a surname too
# (Post, Story, Court, Service).
_NO_SURNAME = frozenset("""
update updates report reports review reviews notice notices briefing statement statements speech release releases
news column letter letters digest summary bulletin roundup wrap recap preview analysis opinion editorial feature
features interview podcast newsletter edition issue minutes agenda announcement advisory alert alerts highlights
results live blog diary journal weekly daily stories special check explainer guide
council ministry department office agency authority commission committee board club association society union
university college school hospital police government parliament party company group limited ltd inc trust
foundation institute centre center services team desk staff minister president mayor
times herald tribune gazette chronicle telegraph mirror courier express observer examiner advertiser argus
city island islands coast valley heights springs falls harbour harbor county district region province peninsula
""".split())
# A place's last word in capitals, as a dateline writes it: "PALMERSTON NORTH", "HAWKE'S BAY" (in title case, a name
# may end so: Jane West, Michael Bay).
_PLACE_END_IN_CAPITALS = frozenset("north south east west central bay".split())

# The first words of a heading's title case words, an event's, a weather system's or a place's, no writer's given
# name: "Storm Ciara", "Cyclone Gabrielle", "Operation Burnham", "Election Night", "New Plymouth", "Port Chalmers".
_NO_GIVEN_NAME = frozenset("""
storm cyclone hurricane typhoon tropical tornado operation project election budget match game round race season
breaking latest world
new san santa los las port fort cape mount mt lake saint st north south east west upper lower greater central tel
kuala buenos
""".split())

# A beat's or a desk's words ("Climate", "Health", "Local Democracy"), no name's: a topic's or a section's label. Not
# those that are a surname or a given name too (Margaret Court, Alec Home, Justice Smith), nor "a" (an initial).
_TOPIC_WORDS = BEAT_WORDS - {"a", "court", "courts", "home", "justice"}
_NAME_WORDS = (2, 4)  # the words of a name on a line of its own (``name_line``): no one-word line, no sentence


def bare_credit(before: str, separator: str, after: str, rest: str) -> str | None:
    """The byline of a credit line's words ``before`` its date ``after``, parted from it by ``separator``, without
    "By": a writer's name ("Jane Doe"), a known publisher's ("RNZ", read as the byline's agency), or both ("Jane Doe,
    RNZ": "Jane Doe (RNZ)"), when ``rest``, the story under the line, does not show the name a place or a topic (see
    the module); else None."""
    if not credit_parting(separator, rest):
        return None
    credit = before.strip()
    if is_publisher(credit):
        return credit
    name, comma, outlet = (part.strip() for part in credit.rpartition(","))
    if comma and is_publisher(outlet) and (writer := _writer(name, after, rest)):
        return byline_names(f"By {writer}, {outlet}", None)
    return byline_names(f"By {writer}", None) if (writer := _writer(credit, after, rest)) else None


def name_line(line: str, rest: str) -> str | None:
    """The byline of a writer's name on a line of its own, two to four words, alone or with a publisher the
    publishers' table knows after a comma or a bar ("Jane Doe", "Jane Doe, RNZ", "Jane Doe | RNZ": "Jane Doe (RNZ)"),
    when ``rest``, the story under it, does not show the name a place or a topic (``writer_name``); else None. Its
    caller asks for a date line under it, a headline over it."""
    credit = line.strip()
    name, mark, outlet = (part.strip() for part in (credit.partition("|") if "|" in credit else credit.rpartition(",")))
    name = name if mark else credit
    if (mark and not is_publisher(outlet)) or not _NAME_WORDS[0] <= len(name.split()) <= _NAME_WORDS[1] \
            or not writer_name(name, rest):
        return None
    return byline_names(f"By {name}, {outlet}" if mark else f"By {name}", None)


def credit_parting(separator: str, rest: str) -> bool:
    """Whether ``separator`` parts a credit from its day (a bar, a spaced dash) and ``rest``, the text under the line,
    opens with no other such line: a name and a date over another name and a date are a list (a schedule's, a
    roll's), no credit."""
    return _CREDIT_DATE.fullmatch(separator) is not None and not _dated_line_next(rest)


def _writer(name: str, after: str, rest: str) -> str | None:
    """``name`` in mixed case when it is a writer's beside the date ``after`` (see ``writer_name``; one in capitals
    only on a line all in capitals, and in title case: "JANE DOE - 14 MARCH 2024": Jane Doe), else None."""
    if not in_capitals(name):
        return name if writer_name(name, rest) else None
    written = names_in_name_case(name)  # "POOL SHUT FOR WINTER": "Pool Shut for Winter", no name
    return written if in_capitals(f"{name} {after}") and writer_name(written, rest, shouted=True) else None


def writer_name(name: str, rest: str, shouted: bool = False) -> bool:
    """Whether ``name``, without "By" above the story ``rest``, is a writer's (see the module); ``shouted``, the line
    wrote it in capitals (a place's compass word after it counted)."""
    words = name.split()
    last = words[-1].lower().strip(".").rsplit("-", 1)[-1] if words else ""
    if not (is_person(name) and not name.isupper() and "," not in name and not names_no_person(name)
            and last not in _NO_SURNAME and not (shouted and last in _PLACE_END_IN_CAPITALS)
            and words[0].lower() not in _NO_GIVEN_NAME and not is_place(name)):
        return False
    story = without_closing_matter(rest)  # not a closing "Photos © 2024 Jane Doe": the writer's own pictures
    return not topic_of(name, story) and name.casefold() not in story.casefold()


def topic_of(name: str, text: str) -> bool:
    """Whether words beside a post line's day are a topic of ``text``, the story under them, not its writer: a
    topic's or a section's label by their own words (``topic_label``); or the story writes one of them in small
    letters ("climate", "council": a name without "By" needs more to be one than a byline's does), or writes them in
    capitals within a longer name ("the Climate Change Commission", "Climate Change Minister James Shaw"), as a
    writer's name is not ("Jane Doe is a columnist")."""
    name = name.strip()
    return topic_label(name) or any(written_small(word, text) for word in name.split()) or re.search(
        rf"(?<!\w)(?:[Tt]he\s+{re.escape(name)}(?!\w)|{re.escape(name)}\s+[A-Z])", text) is not None


def topic_label(name: str) -> bool:
    """Whether ``name``'s words are a topic's or a section's label, in any letter case: one is a beat's or a desk's
    word ("Climate Change", "Mental Health", "Local Democracy"), or a heading's small word inside it is written with
    a capital ("Cost Of Living", ``textcategories.LABEL_SMALL_WORDS``), as no person's name is (a last word may be a
    surname: Johnnie To)."""
    words = name.split()
    return any(word.lower().strip(".,") in _TOPIC_WORDS for word in words) or any(
        word.lower() in LABEL_SMALL_WORDS and not word.islower() for word in words[1:-1])


def _dated_line_next(rest: str) -> bool:
    """Whether the next line written in ``rest`` ends in a date after a dash or a bar too ("John Roe - 6 March 2024")."""
    return ends_in_date(next((line for line in rest.split("\n") if line.strip()), ""))


def ends_in_date(line: str) -> bool:
    """Whether ``line`` ends in a whole date after a dash or a bar ("Jane Doe - 5 March 2024"): a credit's line or a
    list's, no programme's name to pass over (``textheadline.under_name_line``)."""
    if len(line) > DATE_LINE_CHARS:  # no date line's length: its separators not searched (a long run of spaces)
        return False
    return any(line_date(line[cut.end():]) is not None for cut in _CREDIT_DATE.finditer(line))
