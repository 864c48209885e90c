"""What follows a name in a byline and is no part of it: a newsroom role ("Jane Doe political editor"), a place, an
outlet, a handle, a date, a picture's credit (``without_role``, ``without_trailer``); as ``nametitles`` takes off the
titles before one."""

from __future__ import annotations

import re

from ..startup import lazy_compile
from .personcheck import beat_words_only, is_person
from .publishers import is_publisher

# The label of a picture's credit after the writer's on one line: "Words: Jane Doe Photos: John Roe", "Text von Jane
# Doe Illustration von John Roe"; its label ends in a colon or "by".
PICTURE_CREDIT = (r"(?i:photos?|photographs?|photography|fotos?|fotografien?|bilder?|pictures?|illustrations?|"
                  r"illustrationen|grafiken?|images?)(?:\s*:|\s+(?i:by|von|par|por|di|door)\s)")
# What follows a name in a byline and is no part of it: a handle, a date, a role, "- Share", a place or an outlet
# ("in Jerusalem", "for Stuff", "Special to The Post"; a newsletter's sender, "Casey Newton from Platformer", as
# Substack names it), an e-mail address, a picture's credit. A wire agency after a name is the story's credit
# (``agency_credit``).
TRAILER = lazy_compile(rf"(?:\s+{PICTURE_CREDIT}.*|"
                        r"\s+@\w.*|\s+[\w.+-]+@[\w-]+\.\w.*|\s+(?i:special)\s+to\s+[A-Z].*|"
                        r"\s+on\s+(?:(?i:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d).*|\s+am\s+(?:(?i:mon|die|mit|don|fre|sam|son)|\d).*|\s+(?i:chefredakteur|redakteur|korrespondent|volontär)(?i:in)?\b.*|\s+(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b.*|\s+(?i:share|follow|e-?mail|twitter)\b.*|\s+(?:for|from|in|at|of)\s+[A-Z].*|\s+[-–—|]\s.*|\s*\(.*)$")
# A writer and the outlet after "for", the outlet a part of the byline where the publishers' table knows it ("Ann Cox
# for The Guardian": the source, as after a comma); other words after "for" are the trailer ("for Acme Widgets").
FOR_OUTLET = lazy_compile(r"^(?P<writer>.+?)\s+for\s+(?P<outlet>[^,]+?)[\s.]*$", re.IGNORECASE)


def without_trailer(name: str) -> str:
    """``name`` without the place, outlet, handle, date or newsroom role after it ("Bethan McKernan in Jerusalem",
    "Gwyn Topham Transport correspondent"), when a person's full name is left; else ``name`` itself ("Thomson
    Reuters" is no "Thomson")."""
    cut = TRAILER.sub("", name)
    return without_role(cut.strip(" :-–—") if cut != name and is_person(cut.strip(" .:-–—")) else name)


# A newsroom role after a name, with no comma, as the Guardian's API writes bylines: "… Transport correspondent",
# "… Deputy political editor", "… Defence and security editor", "… Senior Reporter", "… Chief Political Correspondent".
# Its first word may be capitalised (after a rank, two), the others are in lower case; its last is a role.
NEWSROOM_ROLES = ("correspondent", "editor", "reporter", "writer", "columnist", "critic", "producer", "journalist",
                  "commentator", "contributor", "sportswriter")
# The title of a byline's maker of pictures after the name, as a writer's is: "Jane Doe, staff photographer", "Jane Doe
# Photojournalist". Not a writer's role elsewhere: "Jane Doe is a photographer for the Post" credits no text.
MAKER_ROLES = ("photographer", "photojournalist", "videographer", "illustrator", "cartoonist")
# A broadcaster's title after the name, as a writer's is: "Ann Cox, podcast host", "Ann Cox BBC Presenter", "Ann Cox,
# BBC newsreader", "…, chief meteorologist". Not a writer's role elsewhere either: "Tom Roe is the host of the show"
# credits no text.
BROADCAST_ROLES = ("host", "co-host", "anchor", "co-anchor", "presenter", "newsreader", "newscaster", "broadcaster",
                   "meteorologist", "podcaster")
BYLINE_ROLES = NEWSROOM_ROLES + MAKER_ROLES + BROADCAST_ROLES
# The words before a broadcaster's title in capitals that make it a title, not a name ("BBC Presenter", "Podcast Host",
# "Breakfast Show Co-Host"): a medium's, a show's or a slot's; a rank ("Senior Presenter"), a beat ("Political Host")
# or a network's acronym ("NPR Host") are too; a given name is none ("Jo Host", "Anna Anchor" stay names).
BROADCAST_WORDS = frozenset("""
    podcast radio tv television broadcast breakfast morning afternoon evening night late-night weekend daytime drivetime
    show programme program network station channel lead main
""".split())
# A role "at large" is the role still: "editor-at-large", "Editor at Large", "critic at large".
AT_LARGE = r"(?:[- ]at[- ]large)?"
ROLE_RANKS = ("senior", "chief", "deputy", "associate", "assistant", "executive", "managing", "contributing", "staff",
              "special", "acting")
_ROLE_PHRASE = re.compile(rf"(?:(?i:{'|'.join(ROLE_RANKS)})\s+)?(?:[A-Z][\w'’.-]*\s+)?(?:[a-z][\w'’-]*\s+)*"
                          rf"(?i:(?:{'|'.join(BYLINE_ROLES)})s?{AT_LARGE})\.?")
_ARTICLES = frozenset({"the", "a", "an"})
ROLE_WORDS = 8  # the most words of a role after a name: "Deputy Middle East and North Africa political editor" is 8


def without_role(name: str) -> str:
    """``name`` without a newsroom role after it (see ``_ROLE_PHRASE``): the longest role that leaves a person's full
    name ("Jane Doe political editor": Jane Doe, not Jane); else ``name`` itself.

    Only the last ``ROLE_WORDS`` words are tried as a role: a byline pasted 25,000 times had each of its 50,000
    starts joined and matched anew (minutes)."""
    words = name.split()
    for start in range(max(2, len(words) - ROLE_WORDS), len(words)):
        rest = " ".join(words[:start])
        # a rank opens no name: "Chief Political Correspondent" is a role whole, not "Chief Political"'s; an article
        # neither opens a role after a name nor ends the name: "Letters To The Editor" is a section's label whole
        if _ROLE_PHRASE.fullmatch(" ".join(words[start:])) and "," not in rest and is_person(rest) \
                and words[0].lower() not in ROLE_RANKS and _ARTICLES.isdisjoint(w.lower() for w in words[start - 1:start + 1]) \
                and not beat_words_only(words[:start]):
            return rest
    return name


def is_broadcast_title(part: str) -> bool:
    """Whether ``part`` (a byline's part after a name and a comma, or a record's whole byline) is a broadcaster's title
    in any letter case: its last word one of ``BROADCAST_ROLES``, each word before it a medium's, a show's, a rank's or
    a beat's (``BROADCAST_WORDS``, ``ROLE_RANKS``, ``beat_words_only``) or a network's acronym ("BBC Presenter",
    "Podcast Host", "Senior Presenter"); not "Jo Host", a name."""
    words = part.strip(" .").split()
    return 1 < len(words) <= ROLE_WORDS and words[-1].lower().removesuffix("s") in BROADCAST_ROLES \
        and all(_broadcast_mark(word) for word in words[:-1])


def _broadcast_mark(word: str) -> bool:
    """Whether ``word``, before a broadcaster's role word, marks a title (see ``is_broadcast_title``)."""
    folded = word.lower()
    return folded in BROADCAST_WORDS or folded in ROLE_RANKS or beat_words_only([word]) \
        or (word.isupper() and word.isalpha() and len(word) >= 2)


# The last word of an office's or a source's title after a name and its comma: "Ann Cox, Police Spokeswoman", "Jo Roe,
# Chief Executive", "Tom Poe, Communications Manager": the name's title, no second person. Only words that are no
# one's surname ("Dean", "Head", "Coach", "Constable", "Mayor" are, and stay names).
OFFICE_WORDS = frozenset("""
    spokesman spokeswoman spokesperson executive officer commissioner director manager president vice-president
    chairman chairwoman chairperson secretary minister superintendent inspector sergeant coordinator co-ordinator
    adviser advisor founder co-founder ceo cfo coo cto lecturer professor researcher analyst economist consultant
    lawyer attorney ambassador treasurer trustee campaigner councillor councilor senator spokespeople
""".split())


def is_office_title(part: str) -> bool:
    """Whether ``part`` (a byline's part after a name and a comma) is an office's or a source's title: at most
    ``ROLE_WORDS`` words, its last one of ``OFFICE_WORDS``, in any letter case ("Police Spokeswoman", "chief
    executive"); or a broadcaster's ("BBC Presenter": ``is_broadcast_title``)."""
    words = part.strip(" .").split()
    return 0 < len(words) <= ROLE_WORDS and words[-1].lower() in OFFICE_WORDS or is_broadcast_title(part)


# A title's words before "of", "for" or "at" what it is the title of ("Host Of The Daily", "Director Of
# Communications", "Editor For Europe"): a name holds none of them after its first word, in any letter case.
_TITLE_LINKS = frozenset({"of", "for", "at"})
# How a doer's word ends (an agent noun): "Blogger", "Vlogger", "Influencer", "Curator", "Stylist".
_DOER_END = re.compile(r"[^\W\d_]{2,}(?:er|or|ist)s?", re.IGNORECASE)


def is_name_title(part: str) -> bool:
    """Whether ``part`` (a byline's part after a name and a comma) is the name's title, not a second person, in any
    letter case: an office's or a broadcaster's (``is_office_title``), one of something ("Host Of The Daily",
    "Director Of Communications": ``_linked_title``), or a beat's or a rank's words before a doer's word ("Travel
    Blogger", "Fashion Influencer", "Senior Vlogger": ``_beat_title``); not a publisher's name ("Voice of America")."""
    return is_office_title(part) or (_linked_title(part) or _beat_title(part)) and not is_publisher(part.strip(" ."))


def _linked_title(part: str) -> bool:
    """Whether ``part`` is a title of something: at most ``ROLE_WORDS`` words, one of ``_TITLE_LINKS`` after its
    first, the words before it one word, a role or no person's name ("Host Of The Daily", "Senior Editor For
    Europe"); not a name and its outlet ("Bob Lee of Reuters": the outlet goes as a trailer)."""
    words = part.strip(" .").split()
    at = next((n for n, word in enumerate(words[1:], 1) if word.lower() in _TITLE_LINKS), 0)
    if not at or len(words) > ROLE_WORDS or at == len(words) - 1:
        return False
    before = words[:at]
    last = before[-1].lower().removesuffix("s")
    return len(before) == 1 or last in BYLINE_ROLES or last in OFFICE_WORDS or not is_person(" ".join(before))


# The beat's, rank's or medium's words that are given names too: before a doer's word that is a surname as often
# ("Justice Baker", "Justice Walker") they open a person's name, not a title.
_GIVEN_MARKS = frozenset({"justice"})
# Doers' words that are no one's surname: after a beat's word that is a given name too they still make a title
# ("Justice Blogger"); "Baker", "Walker", "Archer", "Carter" are surnames as often, and stay a name's.
_DOER_WORDS = frozenset("""
    blogger vlogger influencer youtuber streamer creator curator stylist designer developer reviewer strategist
    activist novelist essayist artist scientist therapist nutritionist campaigner organiser organizer
""".split())


def _beat_title(part: str) -> bool:
    """Whether ``part`` is a beat's, a rank's or a medium's words (``beat_words_only``, ``ROLE_RANKS``,
    ``BROADCAST_WORDS``) before a doer's word ending as one does (``_DOER_END``): "Travel Blogger", "Senior Vlogger";
    not "Jo Baker", a given name first, nor "Justice Baker", a beat's word that is a given name too before a doer's
    word that is no known one (``_GIVEN_MARKS``, ``_DOER_WORDS``)."""
    words = part.strip(" .").split()
    return 1 < len(words) <= ROLE_WORDS and bool(_DOER_END.fullmatch(words[-1])) and all(
        beat_words_only([word]) or word.lower() in ROLE_RANKS or word.lower() in BROADCAST_WORDS for word in words[:-1]
    ) and (words[0].lower() not in _GIVEN_MARKS or words[-1].lower().removesuffix("s") in _DOER_WORDS)


# A newsroom role's or an office's title after a name and a comma, in any letter case, as a pattern: up to
# ``TITLE_WORDS`` words before its last, a role's or an office's ("political editor", "police spokeswoman", "Chief
# Executive Officer"); "police said" is none.
TITLE_WORDS = 4
TITLE_AFTER_COMMA = (rf"(?:[^\W\d_][\w'’-]*[ \t]+){{0,{TITLE_WORDS}}}(?i:(?:{'|'.join(BYLINE_ROLES)})s?{AT_LARGE}|"
                     rf"{'|'.join(sorted(OFFICE_WORDS))})\.?")
