"""People's names in bylines: raw bylines cleaned into names (``clean_authors``), without the role, place or outlet
after a name (``nametrailers``: ``without_role``, ``without_trailer``). Whether words name a person at all:
``personcheck``; the publishers' names: ``publishers``.
"""

from __future__ import annotations

import re

from ..startup import lazy_compile
from .bylinelanguages import (
    ALL_AND_WORDS,
    ANY_AND_PATTERN,
    ANY_BYLINE_WORDS,
    BYLINE_WORDS,
)
from .namecase import name_case
from .nametitles import without_titles
from .nametrailers import TRAILER, is_name_title, without_role
from .personcheck import PARTICLES, is_login, is_person, names_no_person
from .publishers import ALIASES, agency_credit, agency_name, name_key, publisher_name

# A date, maybe its label, weekday and time, and then "by": "Posted on September 21, 2020 by", "Monday, 3 May 2021,
# 10:30 am by", "19.10.2019 von".
DATE_BEFORE_BY = (r"(?:(?:posted|published|updated)(?:\s+on)?\s+)?(?:[^\W\d_]+,\s+)?(?:[^\W\d_]+\.?\s+\d{1,2}"
                  r"(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]+\.?,?|\d{1,2}[./-]\d{1,2}[./-])\s*\d{2,4}"
                  r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\s+(?:by|von|par|por|door)\s+(?=\S)")
# "By" and Māori's "Nā" in any story (bylinelanguages.ANY_BYLINE_WORDS), and other languages' "By" in a page's box
# whatever its language: "Par Olivier Minot" is a byline wherever it stands.
_ANY_BY = "|".join(word.lower() for word in ANY_BYLINE_WORDS)
_FOREIGN_BY = "|".join(word.lower() for word in BYLINE_WORDS)
_BY = lazy_compile(
    # a signature's dashes first: "---- by Kenneth Surin"
    r"^\s*(?:(?:[-–—]+\s*)?(?:(?:written|posted|reported|reporting|submitted|words|story|text|analysis|opinion|"
    rf"commentary|review|column|essay|perspective|interview)\s+)?(?:{_ANY_BY})[:\s]+"
    # "Published by" in other languages ("Veröffentlicht von Cem Basman", "Publié par ..."),
    r"|(?:ein\s+)?(?:veröffentlicht|eingestellt|erstellt|geschrieben|artikel|beitrag|gastbeitrag|blog\s*beitrag|text|"
    r"publié|écrit|publicado|"
    r"escrito|pubblicato|scritto|gepubliceerd|geschreven)\s+(?:von|par|por|da|door)\s*:?\s+"
    # "By" in other languages ("Par Olivier Minot", "Von Max Weber") when two or more words follow, or in
    # lower case before one name ("von Heiko": the name Heiko, not a "von" family),
    rf"|(?:{_FOREIGN_BY})\s+(?=\S+\s+\S)|(?-i:{_FOREIGN_BY})\s+(?=\S+\s*$)"
    # Greek's genitive article before a name of two words or more in capitals ("Του Γιώργου Παπαδόπουλου", as written:
    # see bylinelanguages) and "Γράφει ο" ("writes"), Thai's "by" and "writer" ("โดย สมชาย ใจดี", "ผู้เขียน: สมชาย ใจดี"),
    r"|(?-i:Του|Της|Των)\s+(?=[Α-ΩΆ-Ώ]\S*\s+[Α-ΩΆ-Ώ])|(?:โดย|ผู้เขียน)\s*:?\s*(?=\S)|γράφει\s+[οη]\s+(?=\S)"
    # a date before "by" ("Posted on September 21, 2020 by Adi Tzlil", "19.10.2019 von Max Weber"),
    rf"|{DATE_BEFORE_BY}"
    # and byline labels that end in a colon ("Text: ...", "Текст: ...", "Autor: ...", "Von: ...").
    r"|(?:text|texte|texto|testo|tekst|текст|автор|autor|autorin|autoren|autorinnen|auteur|autore|author|reporter|"
    r"reporting|interview|words|"
    rf"{_FOREIGN_BY})\s*:\s*"
    # or without the colon, before a name in capitals ("Autor Mark Newton"),
    r"|(?:autor|autorin|autoren|autorinnen|auteur|autore)\s+(?=(?-i:[A-Z])\S*\s+(?-i:[A-Z]))"
    # and the heading of an author's box ("About Jane Doe", "Über Creeny", "Sobre Carlos Nadalim").
    r"|(?:about|über|à propos de|sobre|acerca de)\s+(?=\S))",
    re.I,
)
# A byline's label with no name after it, in a box of its own: WordPress's <span class="meta-prep-author">By </span>,
# "Artikel von:" over a list of authors.
BYLINE_LABEL = re.compile(r"^\s*(?:(?:(?:written|posted|veröffentlicht|eingestellt|erstellt|geschrieben|artikel|beitrag|"
                          r"publié|écrit|publicado|escrito|pubblicato|scritto)\s+)?(?:by|von|par|por|door|nā)|"
                          r"(?:artikel|beitrag|publicado|pubblicato|scritto)\s+da)\s*(?::\s*)?$", re.IGNORECASE)
# Between names: the words that join names in any language (bylinelanguages.ANY_AND_WORDS: "and", Māori's "rāua ko",
# "in conversation with"), and in a page's box a list's marks and "with".
_SPLIT = re.compile(rf"\s*(?:,|،|、|，|;|；|&|{ANY_AND_PATTERN}|\||/|·|•|"
                    r"\bwith\b|\n|(?<=[a-z]{2})\.\s+)\s*", re.I)
MAX_AUTHORS = 6
# An additional reporter's credit after the names is no author, as in a wire's closing credit (textcredits): "Jane Doe
# with additional reporting by John Roe".
ADDITIONAL_REPORTING = re.compile(r"[\s,;(]*\b(?:with\s+)?additional\s+reporting\s+(?:by|from)\s.*$", re.I | re.S)
# A byline that starts with a host name is a site's dateline: "hessenschau.de, Frankfurt, Germany" names places.
_SITE_FIRST = re.compile(r"^\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*(?:,|$)")


def clean_authors(names: list[str], exclude: str | None = None, min_words: int = 2) -> tuple[str, ...]:
    """Person names from raw bylines: strip "By", split "A and B", drop desks, roles and the publisher."""
    names = [raw for raw in names if raw and not raw.isspace()]
    if not names:  # a story with no byline (most of a wire's): nothing to set up (18 us a story had been spent)
        return ()
    people: list[str] = []
    agencies: list[str] = []
    blocked = {name_key(exclude)} if exclude else set()
    site = name_key(exclude or "").replace(".", " ").split()
    site_words = {*site, "".join(site)}  # the site's name run together too: "Interscenario" is interscenar.io
    for raw in names:
        parts, credited = _byline_parts(raw, blocked)
        for n, part in enumerate(parts):
            name, agency, prefixed, titled = _part_name(part)
            if agency:
                agencies.append(agency)
            by = credited or prefixed or titled
            if n and not prefixed and len(parts[0].split()) > 1 and (len(name.split()) == 1 or is_name_title(name)):
                continue  # "Victor Tangermann, Futurism", "Ann Cox, Police Spokeswoman", "…, Travel Blogger": a title
            handle = by and is_handle(name)  # "von gizzmo": a blog's account name, credited as its author's is
            if " " not in name and (name.isupper() or name.islower()) and not handle:
                continue  # a lone "KWCHCIK" or "admin" is an account name; a lone "Regan" may be a person
            name = initialled_in_small(_undoubled(name.title() if name.isupper() else name))
            if _names_site(name, exclude, site_words):
                continue
            # A lone name is one after "By" ("von Heiko", "erstellt von Dominique"), not a loose word in a box,
            # nor a word of the page after "By" ("By Monday", "By Comments").
            lone = by and name_key(name) not in _NOT_LONE_NAMES
            # A name in a script without capitals (محمد عبد الله, 李华) is trusted from structured data or after
            # "By", not as loose words of a page box, where nothing tells a name from a label or a sentence.
            caseless = min_words == 1 or by
            if (handle or is_person(name, 1 if lone else min_words, loose=min_words == 1, caseless=caseless)) \
                    and name_key(name) not in blocked \
                    and name_key(name) not in ALIASES:
                name = name_case(name)  # "Jane DOE": after the test of a name, which a loose "read more" fails
                if name not in people:
                    people.append(name)
    return (*people[:MAX_AUTHORS], *credited_agencies(agencies, people, exclude))


def _byline_parts(raw: str, blocked: set[str]) -> tuple[list[str], bool]:
    """The parts of one raw byline that may each name a person (none in a site's dateline or a label alone), and
    whether anything before or after the names was taken off ("By ...", "von ...", a title, a role)."""
    raw = _bounded(single_spaced(raw or ""))
    if _SITE_FIRST.match(raw) or BYLINE_LABEL.match(raw):
        return [], False  # a site's dateline; a label with no name after it ("Artikel von:" and nothing)
    # A title before a name is no name of its own: "Prof. Dr. Hans Müller" is Hans Müller, not three people.
    # A role after the name on the box's first line is no part of it: an author box's "Jane Doe Senior Reporter"
    # (not a part after a comma, "John Smith, AP Auto Writer": no "AP Auto"; nor a later line's outlet and role,
    # "BBC Wales business correspondent" under "By Huw Thomas": no "BBC Wales").
    first, *rest = without_titles(_BY.sub("", raw)).split("\n", 1)
    text = "\n".join((without_role(first), *rest))
    credited = text != raw  # "By ...", "von ..."
    return without_place(text, [name for part in _SPLIT.split(text) for name in _split_couple(part)], blocked), credited


_SUFFIX_END = re.compile(r"\s(?:Jr|Sr)\Z")  # a name's suffix written with a stop ("Jr.", "Sr.")


def _part_name(part: str) -> tuple[str, str | None, bool, bool]:
    """The name in one part of a byline, with the wire agency it credits ("Jane Doe, Reuters", "Jane Doe (dpa)"),
    whether "By" opens it ("29. Juni 2017 · von Tobi") and whether a reporter's title marks it ("김민수 기자", "记者
    李华": the title says, as "By" does, that a name is a byline's)."""
    part, agency = agency_credit(part)
    prefixed = bool(_BY.match(part))
    spaced = " ".join(TRAILER.sub("", _BY.sub("", part)).split())
    name = spaced.strip(" .:-–—'\"“”")  # "L. \xa0Anderson"
    if _SUFFIX_END.search(name) and spaced.rstrip(" :-–—'\"“”").endswith(name + "."):
        name += "."  # "Martin Luther King Jr.": the suffix's stop, as a text's and a record's byline keep it
    untitled = _REPORTER_TITLE.sub("", name).strip()
    if untitled != name:
        return _REPORTS.sub("", untitled).strip(), agency, prefixed, True
    return name, agency, prefixed, False


# An account name: one word in lower case opening with a letter, letters, digits and a dot, dash or underscore
# ("gizzmo", "mywakenews", "fri.juli", "c1ph4", "delta201"); not a code of a letter or two and a number ("mp3", "g20").
_HANDLE = re.compile(r"(?![a-z]{1,2}\d+\Z)[a-zà-ÿß][a-zà-ÿß0-9._-]{2,29}")


def is_handle(name: str) -> bool:
    """Whether ``name`` is an account name that may credit a post after "By" or in a link to its author's page
    ("gizzmo"), not a word of the page ("monday", "comments"), a desk's or a role's ("admin", "redaktion"), nor a
    site's login ("oradmin", "webmaster", "wpengine")."""
    return bool(_HANDLE.fullmatch(name)) and name not in _NOT_LONE_NAMES \
        and not names_no_person(name.translate(_NO_DIGITS)) and not is_login(name)  # a digit is no desk's word


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _names_site(name: str, site: str | None, site_words: set[str]) -> bool:
    """Whether ``name`` opens with a word of the site's name (``site_words``), and the site is not the author's own."""
    first = name_key(name).split(" ", 1)[0]
    return not _own_site(name, site) and (first in site_words or any(word.startswith(first) for word in site_words
                                                                      if len(first) > 3))


def credited_agencies(agencies: list[str], people: list[str], source: str | None) -> tuple[str, ...]:
    """The wire agencies a byline credits, once each, that are neither its source ("Reuters" on reuters.com) nor
    one of its people: after the people among the authors, as the story's origin ("Jane Doe, Reuters" on Yahoo)."""
    own = {agency_name(source), publisher_name(source)} if source else set()
    return tuple(agency for agency in dict.fromkeys(agencies) if agency not in own and agency not in people)


# A run of white space: one space, or a line end when it holds one (a line end parts names). Split as it was, each
# place in a run of 725,000 tabs ("Jan\t\t…e Doe", fuzz seed 224) was tried by patterns opening "\s*": n² steps.
_SPACE_RUN = re.compile(r"\s{2,}")


# The most of a byline read for names: six names and their labels take a few hundred characters, an author box's
# name and the start of its bio a few more. A JSON-LD author of 1.9 MB ("Jane D<b><b>…oe", fuzz seed 341) had every
# pattern here run over all of it (17 s) to give the name "Jane D<b><b><b>…".
MAX_BYLINE = 1_000
_LAST_WORD = re.compile(r"\S+\Z")


def _bounded(byline: str) -> str:
    """``byline`` cut to its words in its first ``MAX_BYLINE`` characters (no word cut short: none when it is one
    word of more); the same string when it is shorter."""
    if len(byline) <= MAX_BYLINE:
        return byline
    return _LAST_WORD.sub("", byline[:MAX_BYLINE + 1]).rstrip()  # the character past the bound: is the word whole?


def single_spaced(text: str) -> str:
    """``text`` with each run of white space one space, or one line end when it holds one."""
    return _SPACE_RUN.sub(lambda run: "\n" if "\n" in run.group() else " ", text)


# Two or three words, each opening with a letter: a name alone on its line ("Martin Junker", "Anne-Marie O'Neil").
_NAME_ALONE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,2}$")


def is_name_alone(text: str) -> bool:
    """Whether ``text`` is a name alone: two or three words, each capitalised ("Stefan Wasmer"; not "Weitere
    Informationen zum", nor "Rezept von")."""
    return bool(_NAME_ALONE.match(text)) and all(word[0].isupper() for word in text.split())


def without_place(text: str, parts: list[str], outlets: set[str]) -> list[str]:
    """A byline's parts without the place after its outlet: "Nada Tawfik, BBC News, New York" is Nada Tawfik of BBC
    News in New York (the outlet the page's publisher or one newssearch knows), not two people."""
    if len(parts) > 2 and name_key(parts[-2]) in (outlets | ALIASES.keys()) \
            and re.search(rf",\s*{re.escape(parts[-1].strip())}\s*$", text):
        return parts[:-1]
    return parts


# A reporter's title written with the name in a script without capitals: after it in Korean and Japanese ("김민수 기자",
# "특파원" a correspondent, "山田太郎記者"), before it in Chinese ("记者 李华", "本报记者 李华": our paper's reporter).
_REPORTER_TITLE = re.compile(r"^(?:本报|本報|新华社|新華社)?(?:记者|記者)\s*(?=\S)|(?<=\S)\s*(?:기자|특파원|記者|记者|特派員|特派员)$")
_REPORTS = re.compile(r"\s*(?:报道|報道|报导|報導)$")  # "记者 李华 报道": "reporter Li Hua reports"
# Words a page puts after "By" that are no one's name.
_NOT_LONE_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar "
    "märz juni juli oktober dezember comments comment continue published updated photo photos image images video "
    "videos getty microsoft google apple amazon facebook twitter instagram youtube linkedin category categories tag "
    "tags date time email print share subscribe login register home search more read next previous".split())
_PERSON_SITE = re.compile(r"[^\W\d_]+[ -][^\W\d_]+")  # a site named as a person: "Heiko Adams", heiko-adams.de
_OWN_SITE_WORDS = frozenset("foundation stiftung fondation fundación homepage website".split())


def _own_site(name: str, site: str | None) -> bool:
    """Whether the site is the author's own: "Daniel Lemire's blog", "Pamela Anderson Foundation", and a given name
    alone on a site named as a person of two words is ("Heiko" on heiko-adams.de). An author named like any other
    site is the site itself ("Stack Overflow" on stackoverflow.com, "Futurism" on futurism.com)."""
    person, named, site = name_key(name), name_key(site or ""), (site or "").strip()
    owner = site.rsplit(".", 1)[0] if "." in site and " " not in site else site  # "heiko-adams.de": heiko-adams
    if " " not in person and _PERSON_SITE.fullmatch(owner) and person == name_key(owner).split()[0]:
        return True  # (not "Jobs" of "Jobs & Hire")
    if len(person.split()) < 2 or not named.startswith(person + " "):
        return False
    rest = named.removeprefix(person).split()
    return rest[0] == "s" or all(word in _OWN_SITE_WORDS for word in rest)


# "and" in other languages, lower case only, in a page's box whatever its language
_AND = lazy_compile(rf"\s+(?:{'|'.join(ALL_AND_WORDS)})\s+")


def _split_couple(part: str) -> list[str]:
    """"Anna Schmidt und Jan Berg" -> two people; "Kirche und Leben" (one word each side) stays one name."""
    names = _AND.split(part)
    return names if len(names) > 1 and all(len(name.split()) >= 2 for name in names) else [part]


def _undoubled(name: str) -> str:
    """"Olivier Minot Olivier Minot" (a link and its screen-reader copy) -> "Olivier Minot"."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else name


# A name in small letters that initials open: "e. barreneche", "J. I. da silva" (a style sheet capitalises it).
# Initials spaced or not ("J. I.", "j.i."), not a Latin abbreviation ("e.g.", "i.e."), then a particle and a surname.
_SMALL_INITIALLED = lazy_compile(r"(?!(?i:e\.g\.|i\.e\.))(?:[a-zA-Z]\.\s*)*[a-zA-Z]\.\s+(?:[^\W\d_]+\s+)?"
                                 r"[^\W\d_][\w'’-]+")
_INITIAL = lazy_compile(r"[A-Z]\.")


def initialled_in_small(name: str) -> str:
    """``name`` capitalised when initials open it and a word of it is in small letters ("e. barreneche": E.
    Barreneche; "J. I. da silva": J. I. da Silva, its particle small; "j.i. silva": J.I. Silva); any other name as it
    is."""
    words = name.split()
    if not _SMALL_INITIALLED.fullmatch(name) or len(words[-1]) < 2 or not any(word.islower() for word in words) \
            or (len(words) > 1 and words[-2].lower() not in PARTICLES and not words[-2].endswith(".")):
        return name
    return " ".join(word if word in PARTICLES else word.upper() if word.endswith(".") else word[:1].upper() + word[1:]
                    for word in words)  # "j.i.": J.I.


def written_in_full(name: str, names: tuple[str, ...]) -> str:
    """``name`` as the one of ``names`` that writes its initial's given name in full, its surname the same ("E.
    Barreneche" as JSON-LD's "Eduardo Barreneche"), else as it is."""
    words = name.split()
    fuller = [other for other in names if len(words) == 2 and _INITIAL.fullmatch(words[0]) and other != name
              and other.split()[-1].casefold() == words[-1].casefold() and other[:1] == words[0][0]]
    return fuller[0] if len(fuller) == 1 else name
