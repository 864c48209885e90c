"""Author names from a record's byline value: one name each, surname-first names turned round, a desk's credit,
a role, a place or a publisher told from a person.

Shared by the JSON, feed, text-export and plain-text readers (the JSON and feed field tables: ``fields``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .bylinelanguages import ANY_AND_PATTERN, ANY_BYLINE_WORDS, byline_in_english, may_need_language
from .bylinephrases import is_phrase
from .fields import person_value
from .htmltext import inline_text
from .namecase import name_case, without_emoji_codes
from .nametitles import without_titles
from .nametrailers import AT_LARGE, BYLINE_ROLES, FOR_OUTLET, ROLE_RANKS, is_name_title, without_role, without_trailer
from .personcheck import PARTICLES, beat_words_only, desk_surname, is_crew_credit, is_login, is_person, names_no_person
from .personnames import ADDITIONAL_REPORTING, DATE_BEFORE_BY, credited_agencies, single_spaced, without_place
from .publishers import (
    PUBLISHERS,
    agency_credit,
    agency_name,
    is_publisher,
    publisher_name,
    shared_name,
    stated_publisher,
)

# "By" or Māori's "Nā" (bylinelanguages.ANY_BYLINE_WORDS), or a date before "by": "Posted on May 3, 2020 by …"
_BY = re.compile(rf"^(?:(?:written\s+)?(?:{'|'.join(ANY_BYLINE_WORDS)})[:\s]\s*|{DATE_BEFORE_BY})", re.IGNORECASE)
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
# An e-mail address alone (RSS 2.0's own form of <author>: "newsdesk@stuff.co.nz") names no one; after a name
# ("Jo Bloggs <jo@x.example>") it goes.
_EMAIL = re.compile(r"^(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+\.[^\s@()<>]+$", re.IGNORECASE)
_EMAIL_AFTER_NAME = re.compile(r"\s*<(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+>\s*$", re.IGNORECASE)
# A web address names no one either: NewsAPI's author is often a profile's or a site's page
# ("https://www.facebook.com/bbcnews"); after a name ("Jane Doe https://twitter.com/janedoe") it goes.
_WEB_ADDRESS = re.compile(r"^<?(?:https?://|www\.)\S+$", re.IGNORECASE)
_WEB_AFTER_NAME = re.compile(r"\s+[(<]?(?:https?://|www\.)\S+$", re.IGNORECASE)


# A suffix belongs to the name ("King, Jr."); a degree does not ("Jane Doe, Ph.D.", "Jane Doe, MD"): it is a one-word
# part after a full name, and goes as a place does.
_NAME_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.IGNORECASE)
# What joins names, never one name's parts: the words of bylinelanguages.ANY_AND_WORDS ("and", Māori's "rāua ko"),
# ";", "|" and "&"; a comma may ("Smith, John").
_NAMES_SEP = re.compile(rf"(\s*(?:{ANY_AND_PATTERN}|[;|&])\s*)", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")  # "J." or "J.R."
# A byline part made of these words credits a desk, not a person: "Staff and agencies", "staff writer".
_CREDIT_WORDS = frozenset("staff agency agencies wire wires reporter reporters correspondent correspondents "
                          "writer writers editor editors newsroom desk team editorial board service services".split())
# A byline that says no one is named: Blogger's feeds' "Unknown" (a hidden profile), a dataset's empty author cell
# written out ("None", "N/A", "null"); "Anonymous" is kept, an op-ed's author as its paper names it.
_PLACEHOLDERS = frozenset({"unknown", "unknown author", "none", "null", "nan", "n/a", "undefined", "not available"})
_CREDIT_FILLERS = frozenset(("our", "the", "news", "and", "&"))
# A picture's credit or a date in a byline field names no one, alone too: "Photo: Getty Images", "Jane Doe, AP Photo",
# "Updated 3 June 2020".
_NO_NAME = re.compile(r"^(?:photos?|photograph|pictures?|images?|fotos?|bild|video)\s*:|\b(?:photos?|images|getty)$"
                      r"|^(?:updated|published|posted|aktualisiert|veröffentlicht)\b|\b(?:1[6-9]|20)\d\d\b", re.IGNORECASE)
Language = Callable[[], str | None]  # the story's language, found only when a byline asks for it


def no_language() -> str | None:
    """No language: a byline is read as English."""
    return None


def split_authors(value: object, language: Language = no_language) -> tuple[str, ...]:
    """Author names from a string, a list of strings or a list of objects with a ``name``.

    A name written surname first is one name between the separators of names ("and", ";", "|", "&"):
    ``"Doe, Jane; Smith, John"`` is Jane Doe and John Smith; in a list, ``"Van Dyke, Dick"`` is too. Two
    full names after commas are two ("Jane Doe, John Roe"). A desk ("Jane Doe and agencies", "staff writer")
    or a role ("Jane Doe, Political Reporter") is no name beside a person's; alone ("Staff and agencies") the
    byline stays whole (``people_and_publisher`` drops it: a desk is no one). As in a page's byline, a one-word
    part after a full name is a place or a degree ("Jane Doe, Wellington", "Jane Doe, Ph.D."), and a place or
    outlet after the name goes ("Jane Doe in Wellington", "for Stuff"). A name's letter case is made one (JOHN
    SMITH, john smith: John Smith; see ``name_case``); a Mastodon or Misskey account's custom emoji's codes are no part
    of it (":blobcat: Ana Lima": Ana Lima).
    In a story in German, French, Spanish, Portuguese or Dutch (``language``), a byline reads in it too: "Von
    Thomas Müller und Anna Weber" is Thomas Müller and Anna Weber.
    """
    if not value:  # no byline (a text's, most often): nothing to split (13 us a call had been spent)
        return ()
    names: list[str] = []
    listed = isinstance(value, list)
    for item in value if isinstance(value, list) else [value]:
        item = person_value(item)
        if isinstance(item, str):  # a Mastodon or Misskey account's name: without its emoji's codes
            names.extend(name_case(name) for name in _split_byline(without_emoji_codes(item), listed, language)
                         if _name_sized(name))
    return tuple(dict.fromkeys(names))


# The most words and characters of one name (a long one: "María de los Ángeles García y Rodríguez" is 7 words): a
# longer one is a name pasted over and over ("Jane Doe" a thousand times, found by the fuzz), or no name at all.
_NAME_WORDS, _NAME_CHARS = 12, 120


def _name_sized(name: str) -> bool:
    """Whether ``name`` is no longer than a name is (``_NAME_WORDS``, ``_NAME_CHARS``)."""
    return len(name) <= _NAME_CHARS and len(name.split(maxsplit=_NAME_WORDS)) <= _NAME_WORDS


def given_names_first(byline: str, listed: bool = False) -> str:
    """``"Doe, Jane; Smith, John"`` -> ``"Jane Doe; John Smith"``: each name written surname first, between the
    separators of names, turned round (see ``_surname_given``; ``listed``, one item of a list: ``_surname_first``)."""
    pieces = _NAMES_SEP.split(single_spaced(byline))  # its "\s*" tried at each place of a run of spaces: n² steps
    return "".join(piece if n % 2 else _given_name_first(piece, listed) for n, piece in enumerate(pieces))


def _given_name_first(name: str, listed: bool) -> str:
    parts = _with_suffixes([part.strip() for part in name.split(",")])
    if len(parts) == 2 and (_surname_first if listed else _surname_given)(*parts):
        return f"{parts[1]} {parts[0]}"
    return name


def _split_byline(byline: str, listed: bool = False, language: Language = no_language) -> list[str]:
    """``By A and B`` -> ``[A, B]``; ``jo@example.com (Jo Bloggs)`` -> ``[Jo Bloggs]``; ``King, Jr.`` is one name;
    ``newsdesk@stuff.co.nz`` -> ``[]``; ``Von A und B`` in German -> ``[A, B]``."""
    text = inline_text(byline)
    if may_need_language(text):
        text = byline_in_english(text, language())
    email = _EMAIL_NAME.match(text)
    if email:
        text = email.group(1)
    text = ADDITIONAL_REPORTING.sub("", _WEB_AFTER_NAME.sub("", _EMAIL_AFTER_NAME.sub("", text)))
    # "Prof. Dr. Jane Doe": Jane Doe; "… Defence and security editor": its "and" is the role's
    text = without_role(given_names_first(without_titles(_BY.sub("", text)), listed))
    parts = [without_trailer(name) for named in _NAMES_SEP.split(text)[::2] for part in _comma_parts(named)
             for name in _with_agency(part)]
    parts = [part for part in without_place(text, parts, set()) if part.strip(" .") and not _EMAIL.match(part.strip(" "
             ".")) and not _WEB_ADDRESS.match(part.strip()) and not _NO_NAME.search(part.strip(" ."))
             and not is_login(part.strip(" "))]  # a site's login, "oradmin", "wpengine": no writer
    if len(parts) > 1 and any(is_person(part) for part in parts):  # "Jane Doe, Political Reporter"
        # A publisher stays, for ``people_and_publisher`` to tell from the people ("Jane Doe, NZ Herald": the source).
        parts = [part for part in parts if not names_no_person(part) or is_publisher(part.strip(" ."))]
    if len(parts) > 1 and any(_is_credit(part) for part in parts):
        parts = [part for part in parts if not _is_credit(part)] or [text]
    return [part.strip(" .") if not _NAME_SUFFIX.search(part.split()[-1]) else part.strip(" ")
            for part in parts if part.strip(" .")]


def _with_agency(part: str) -> list[str]:
    """A part of a byline as its names and the wire agency it credits after them, each a part: "Jane Doe/dpa" and
    "Jane Doe (dpa)" are "Jane Doe" and "dpa" (``people_and_publisher`` tells it apart), as "Ann Cox for The Guardian"
    is Ann Cox and a known outlet; names a slash joins, each a person's or a publisher's ("Jane Doe/John Roe")."""
    names, agency = agency_credit(part)
    if agency:
        return [names, agency] if names.strip(" .") else [agency]
    if (outlet := FOR_OUTLET.match(part)) and is_publisher(outlet["outlet"]) and is_person(outlet["writer"]):
        return [outlet["writer"], outlet["outlet"]]
    slashed = [name.strip() for name in part.split("/")]  # "Jane Doe/John Roe", "Jane Doe/Stuff": each, not "AC/DC"
    return slashed if len(slashed) > 1 and all(is_person(name) or is_publisher(name) for name in slashed) else [part]


def _comma_parts(names: str) -> list[str]:
    """The names of a run joined by commas; a one-word part after a full name is a place, a degree or an
    affiliation, not a person ("Jane Doe, Wellington"; "Jane Doe, Ph.D."), as in a page's byline; and a part ending
    in a newsroom role is the name's role ("Jane Doe, Local Democracy Reporter"), not a person whose last word
    ``without_role`` would cut ("Local Democracy"), as one ending in an office's title is ("Ann Cox, Police
    Spokeswoman", "Host Of The Daily", "Travel Blogger": ``is_name_title``)."""
    parts = [part for part in _with_suffixes([part.strip(" ") for part in names.split(",")]) if part.strip(" .")]
    full_name = bool(parts) and len(parts[0].split()) > 1
    return [part for n, part in enumerate(parts)  # an agency after the name stays, to name the publisher ("dpa")
            if not (n and full_name and (_is_affiliation(part) or _is_role(part) or is_name_title(part)))]


def _is_affiliation(part: str) -> bool:
    """True for one word that is no publisher: a place, a degree ("Wellington", "Ph.D.")."""
    return len(part.split()) == 1 and not is_publisher(part.strip(" ."))


# A role a section's label addresses or is from: "Letters to the Editor", "Note from the Editor": the page's, no one's.
_ADDRESSED_ROLE = re.compile(r"\b(?:to|from|for|ask)\s+(?:the|our|your)\s+(?:\S+\s+)?\S+\s*$", re.IGNORECASE)


def _is_role_alone(name: str) -> bool:
    """True for a role naming no one as a record's whole byline: its role word in lower case ("Health reporter"), a desk
    ("Business Desk", not "John Desk"), a rank first ("Senior Reporter"), a beat's words alone before it ("Our
    Correspondent"), a network's or a medium's ("BBC Presenter") or a label addressing it ("Letters to the Editor")."""
    words = name.strip(" .").split()  # ("Jo Reporter" is no role alone: its role word may be a surname)
    desk = words[-1].lower().removesuffix("s") == "desk" and not desk_surname(name)
    return _is_role(name) and (words[-1].islower() or desk
                               or words[0].lower() in ROLE_RANKS or beat_words_only(words[:-1])
                               or is_name_title(name) or bool(_ADDRESSED_ROLE.search(name)))


_AT_LARGE_END = re.compile(rf"{AT_LARGE}$", re.IGNORECASE)  # "Editor-at-Large": an editor's role


def _is_role(part: str) -> bool:
    """True for a newsroom role or desk of any words, its last a role's: "Chief Political Correspondent", "Sports
    Writers", "Business Desk"; a broadcaster's in small letters ("podcast host", "BBC presenter"), as no surname is
    written ("Jo Host" may be a person's name), or after a network's or a medium's words ("BBC Presenter")."""
    word = _AT_LARGE_END.sub("", part.strip(" .")).rsplit(None, 1)[-1]
    last = word.lower().removesuffix("s")  # a role's last word: an office's title is a broadcaster's alone here
    return (last in BYLINE_ROLES or last == "desk") and (names_no_person(part) or word.islower() or is_name_title(part))


def _surname_first(first: str, second: str) -> bool:
    """True for "Smith, John" or "Van Dyke, Dick" (one side a single word), not "Jane Doe, John Roe"."""
    sizes = sorted((len(first.split()), len(second.split())))
    return sizes[0] == 1 and sizes[1] <= 3


def _surname_given(first: str, second: str) -> bool:
    """True for "Smith, John" or "Smith, J.": one name word each side, neither a desk nor a publisher; or a
    surname with its particle ("Van Dyke, Dick", "de la Cruz, Juan"); in capitals a short surname too, before a
    given name of four letters or more ("DOE, JANE"; not "AP, AFP")."""
    capitals = first.isupper() and second.isupper() and _name_word(second) and _name_word(first.title())
    return capitals or _surname(first) and (_name_word(second) or bool(_INITIALS.match(second)))


def _surname(text: str) -> bool:
    """One name word, or particles and then name words ("Van Dyke", "de la Cruz")."""
    words = text.split()
    particles = 0
    while particles < len(words) - 1 and words[particles].lower() in PARTICLES:
        particles += 1
    named = words[particles:]
    return (len(named) == 1 or bool(particles)) and all(_name_word(word) for word in named)


def _name_word(word: str) -> bool:
    """A single capitalised word of letters (hyphens and apostrophes too), not an acronym such as AP."""
    letters = re.sub(r"[-'’]", "", word)
    return (letters.isalpha() and word[0].isupper() and (not word.isupper() or len(word) > 3)
            and not _is_credit(word) and publisher_name(word) not in PUBLISHERS and not shared_name(word))


def _is_credit(part: str) -> bool:
    """True for a desk's credit rather than a name: "agencies", "Staff", "our correspondent"."""
    words = part.lower().strip(" .").split()
    return bool(words) and all(w in _CREDIT_WORDS or w in _CREDIT_FILLERS for w in words) \
        and any(w in _CREDIT_WORDS for w in words)


def _with_suffixes(parts: list[str]) -> list[str]:
    """``["Martin Luther King", "Jr."]`` -> ``["Martin Luther King Jr."]``: a suffix is not a name."""
    joined: list[str] = []
    for part in parts:
        if joined and _NAME_SUFFIX.match(part):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


def people_and_publisher(authors: tuple[str, ...], source: str | None,
                         url: str | None = None) -> tuple[tuple[str, ...], str | None]:
    """``authors`` without publishers and desks, and the source: a byline that names the publisher (NewsAPI's
    ``author`` is often "BBC News"), a publisher the alias table knows or a wire agency is no author, nor is a desk's
    credit ("Staff", "Staff and agencies", "Editorial Board"), as in a page's byline; when the record names no source,
    the first publisher its byline named is the source ("Author: Reuters"; a name tied to an address read at the
    record's ``url``: "Time" at timeout.com as written, see ``stated_publisher``)."""
    authors = tuple(name for name in authors  # "Staff", "Staff and agencies", Blogger's "Unknown": no one
                    if not _is_credit(name) and name.strip(" .").casefold() not in _PLACEHOLDERS)
    people = tuple(name for name in authors if not _names_publisher(name, source))
    named = next((name for name in authors if name not in people), None)
    # a role, a desk or a crew alone ("Business Desk", "Web Team") is no one, nor a column's title ("Popular Demand")
    people = tuple(name for name in people if not (_is_role_alone(name) or is_crew_credit(name) or is_phrase(name)))
    if named and not source:
        source = agency_name(named) or stated_publisher(_publisher_of_desk(named) or named, url)
    agencies = [agency for name in authors if name not in people
                and (agency := agency_name(_publisher_of_desk(name) or name)) and not _source_named(agency, source or "")]
    return (*people, *credited_agencies(agencies, list(people), source)), source


def _names_publisher(name: str, source: str | None) -> bool:
    """Whether an author's name names a publisher: one the alias table knows or a wire agency, by any of its
    names ("New Zealand Herald"), or the record's own source ("Otago Daily Times" from the ODT), or that source's
    first word alone ("Vox" from Vox Media: "Jane Smith | Vox"); its desk too ("Reuters Staff", "Vox Staff" from
    Vox)."""
    desk = _publisher_of_desk(name)
    return any(is_publisher(named) or (source is not None and _source_named(named, source))
               for named in (name, desk) if named)


def _source_named(name: str, source: str) -> bool:
    """Whether ``name`` is the publisher ``source``: as written in any case, with or without its "The" ("Harbour
    Times" of "The Harbour Times"), or as one word, its first ("Vox" of "Vox Media", "Herald" of "The Herald Sun"; a
    person's name of two words is never one)."""
    words = [word for word in source.casefold().split() if word != "the"]
    if words and [word for word in name.casefold().split() if word != "the"] == words:
        return True
    return " " not in name.strip() and len(words) > 1 and name.strip().casefold() == words[0]


def _publisher_of_desk(name: str) -> str | None:
    """The publisher a desk's credit names ("Reuters Staff", "BBC News reporters", "RNZ News": Reuters, BBC News,
    RNZ), else None."""
    words = name.split()
    # "News" after a publisher's name is its newsroom (a Feedly item's "RNZ News" from RNZ), as "Staff" is
    while words and words[-1].lower().strip(".") in _CREDIT_WORDS | {"news"}:
        words.pop()
    return " ".join(words) if words and len(words) < len(name.split()) else None
