"""Who an e-mail's sender is: a person (the author), or an automatic sender, an office, a desk or an organisation
(the publisher, or no one). Read from the ``From`` value as mail programs write it: "Jo Lee <jo@example.com>",
'"Lee, Jo" <jo@example.com>'. Used by the header rules of ``textheader`` (a saved message, a .eml's header).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .authornames import split_authors
from .personcheck import is_person, names_no_person
from .personnames import MAX_BYLINE
from .publishers import ALIASES, domain_of, name_key

# An address in angle brackets ending a From value. The name before it is cut at its last "<", not matched: a lazy
# "(.*?)\s*<" tried the rest of a run of 589,000 spaces from each of its places (fuzz seed 442: minutes).
_ADDRESS = re.compile(r"[^<>\s]+@[^<>\s]+")
# An address a program sends from: a no-reply one, or a newsletter's or an alert service's whole mailbox name
# ("newsletter@…", "alerts@…"), whose sender's name is a publication's ("The Morning Brief"), not a person's.
_AUTOMATIC = re.compile(r"no-?reply|do-?not-?reply|mailer-daemon|notifications?@"
                        r"|(?<![\w.+-])(?:newsletters?|alerts?|digest|bulletins?|briefings?)@", re.IGNORECASE)
# A sender's words saying only that its address takes no reply ("No Reply", "noreply", "DoNotReply", "Council Media
# (no reply)"): they name no one.
_NO_REPLY = re.compile(r"[\s(\[\u2013\u2014|:-]*\b(?:do[\s._-]*not|no)[\s._-]*reply\b[\s)\]]*", re.IGNORECASE)
# A mailbox an office shares (RFC 2142's and a press office's): whoever sends from it writes as the office, so a
# name there is a person's only when it reads as one ("Jo Lee <media@…>"), not "Auckland Council <media@…>".
# A press office's in other languages too: French "medias@", "presse@", German "pressestelle@", Spanish "prensa@",
# Portuguese "imprensa@", Italian "stampa@", "ufficiostampa@", Dutch "pers@", "communication@", "kommunikation@".
_ROLE_MAILBOX = re.compile(r"^(?:media|press|news|newsroom|newsdesk|desk|info|information|comms|communications?|pr|"
                           r"mediarelations|publicaffairs|editor|editors|editorial|hello|contact|enquiries|inquiries|"
                           r"medias|presse|pressestelle|prensa|imprensa|stampa|ufficiostampa|pers|comunicacion|"
                           r"comunicacao|comunicazione|communicatie|kommunikation|"
                           r"office|admin|marketing|support|team|webmaster)(?:[._-]?(?:team|office|desk|release|"
                           r"releases))?@", re.IGNORECASE)
# Words of an office's or an organisation's name that ``personcheck`` does not know as a desk's (it already says
# "Media", "Press", "Newsroom", "Team"): "Auckland Council", "Ministry of Health", "Communications Office".
_OFFICE = re.compile(r"\b(?:council|ministry|department|office|police|government|authority|commission|"
                     r"communications?|comms|relations|marketing|info|information|enquiries|support|trust|"
                     r"association|society|union|emergency|services|hospital|museum|library|school|company|ltd)\b",
                     re.IGNORECASE)
# The labels of a sending domain that name a host, not a publication: "news.dailybrief.com", "mail.morningwire.com".
_HOST_LABELS = frozenset({"www", "mail", "news", "email", "newsletter"})
# A desk's name alone tells no publisher: "Press Office", "Media Team", "Editor", "Newsroom".
_DESK_WORDS = frozenset("the and of media press news newsroom newsdesk desk office team communications comms pr "
                        "public relations editor editors editorial info information enquiries marketing support "
                        "release releases".split())

# A person's role, which is a surname too (Reporter, Writer, Staff): no desk's word beside a person's own mailbox.
_PERSON_ROLES = frozenset("reporter editor writer correspondent journalist columnist critic producer staff".split())
# A post one person holds, ending a sender's name ("Political Reporter", "Senior Health Editor"): it names no
# publisher (a desk of several, "Herald Editors", "Herald Staff", is named by its outlet's word and stays one).
_POSTS = _PERSON_ROLES - {"staff"}


class Sender(NamedTuple):
    """What a sender is to the message: its ``author`` or its ``publisher`` (``field``), by ``name`` ("" when a
    desk's name names no publisher, nor its address: "Press Office"); ``words``, its display name as written ("" for
    one saying only that it takes no reply)."""

    field: str
    name: str
    words: str


def sender_parts(value: str) -> tuple[str, str]:
    """A ``From`` value's display words (unquoted) and address: "Jo Lee <jo@example.com>": (Jo Lee, jo@…)."""
    at = value.rfind("<")
    bracketed = value.endswith(">") and at >= 0 and "\n" not in value
    name, address = (value[:at], value[at + 1:-1]) if bracketed and _ADDRESS.fullmatch(value, at + 1, len(value) - 1) \
        else (value, "")
    return name.strip().strip("\"'").strip(), address


def read_sender(value: str) -> Sender | None:
    """The sender of a ``From`` value: a person is the author ("Jo Lee <jo@example.com>"); an automatic sender
    ("Google Alerts <…-noreply@google.com>") and an office, a desk or an organisation ("Council Media <media@…>",
    "Auckland Council <media@…>") the publisher. None for an address alone: an address is no one's name."""
    name, address = sender_parts(value)
    if "@" in name or not any(char.isalpha() for char in name):  # '<>' of a From that does not parse
        return None
    name = " ".join(_NO_REPLY.sub(" ", name).split())
    if not any(char.isalpha() for char in name):  # "No Reply": no one, but the publisher its domain is known by
        return Sender("publisher", _known_publisher(address) or "", "")
    automatic = bool(_AUTOMATIC.search(address))
    if not automatic and _own_mailbox(name, address):
        return Sender("author", name, name)
    if automatic or _is_post(name) or _is_office(name, address) or _is_masthead(name, address):
        # the publisher its domain is known by over the sender's own name ("Guardian Today <newsletters@…>": The
        # Guardian), else that name, unless it is only a desk's ("Press Office": none)
        publisher = _known_publisher(address) or ("" if _is_desk(name) else name)
        return Sender("publisher", publisher, name)
    return Sender("author", name, name)


def _own_mailbox(name: str, address: str) -> bool:
    """Whether a sender of a person's name, two or three capitalised words, sends from a mailbox of that name at no
    role's or publication's mailbox: it opens with the first word ("sam@", "sam.reporter@"), or is the last word
    or its first letter and the last ("sreporter@"). A person, whatever a word of the name reads as ("Sam Reporter",
    "Kate Editor"; not "Political Reporter <jo.lee@…>", nor "Stuff Newsroom <stuff@…>")."""
    words = name[:MAX_BYLINE].split()
    if not 2 <= len(words) <= 3 or not all(word[:1].isupper() and word.isalpha() for word in words) \
            or words[0] in ("The", "A", "An") or _ROLE_MAILBOX.match(address) or _OFFICE.search(name):
        return False
    if names_no_person(" ".join(word for word in words if word.lower() not in _PERSON_ROLES)):
        return False  # a desk's or an outlet's words besides a role's: "Stuff Newsroom <stuff@…>"
    first, last = words[0].lower(), words[-1].lower()
    mailbox = "".join(re.findall(r"[^\W\d_]+", address.rpartition("@")[0].lower()))
    return len(first) > 1 and mailbox.startswith(first) or mailbox in (last, first[0] + last)


def _is_office(name: str, address: str) -> bool:
    """Whether a sender is an office, a desk or an organisation, not a person: a person's name among its words
    makes it a person ("Kate Smith (Press Office)"), one name alone too at an office's shared mailbox ("Jo Lee
    <media@…>", not "Fire and Emergency NZ <media@…>", read as "Fire" and "Emergency NZ")."""
    name = name[:MAX_BYLINE]  # its start: a From of 600,000 characters ("A, A, …") had taken seconds more to read
    role = bool(_ROLE_MAILBOX.match(address))
    names = split_authors(name)
    # "Greenpeace Aotearoa <info@greenpeace.org.nz>" reads as a person's name: at a role mailbox, naming its domain, it
    # is the organisation's (a person beside it, "Kate Smith (Greenpeace)", still the author)
    people = [person for person in names if not _OFFICE.search(person)
              and not (role and _names_domain(person, address))]
    if any(is_person(person) for person in people) and not (role and len(names) > 1):
        return False
    return role or names_no_person(name) or bool(_OFFICE.search(name))


def _is_masthead(name: str, address: str) -> bool:
    """Whether a sender's name is its domain's, a publication's: its words, without "The", run together are the
    domain's first label that is not a mail or web host's ("The Daily Brief <brief@dailybrief.example.com>",
    "Morning Wire <wire@mail.morningwire.com>"); not a person's at a mailbox of their own name ("Forest Bird
    <forest@forestbird.org.nz>", "Casey Newton <cnewton@caseynewton.com>", "Jo Lee <lee@jolee.com>"): a person may own
    a domain of their name."""
    local, _at, domain = address.lower().rpartition("@")
    label = next((label for label in domain.split(".") if label not in _HOST_LABELS), "")
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", name[:MAX_BYLINE])]
    words = words[1:] if words[:1] == ["the"] else words
    if not label or "".join(words) != label:
        return False
    mailbox = "".join(re.findall(r"[^\W\d_]+", local))  # "forest.bird": forestbird
    own = mailbox.startswith(words[0]) or mailbox in (words[-1], words[0][0] + words[-1])
    return not (own and is_person(name[:MAX_BYLINE]))


def _names_domain(name: str, address: str) -> bool:
    """Whether a sender's name names the domain it sends from: one of its words of four letters or more is a label
    of the domain ("Greenpeace Aotearoa" at greenpeace.org.nz), or its words run together are ("Forest Bird" at
    forestbird.org.nz). An organisation's name, however much it reads as a person's, as at its role mailbox."""
    labels = set(address.rpartition("@")[2].lower().split("."))
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", name[:MAX_BYLINE])]
    return any(len(word) >= 4 and word in labels for word in words) or "".join(words) in labels


def _is_desk(name: str) -> bool:
    """Whether a sender's name is only a desk's words, or a post one person holds, naming no publisher: "Press
    Office", "Newsroom", "Political Reporter" (it had been the publisher of a reporter's message from jo.lee@…)."""
    return _is_post(name) or all(word in _DESK_WORDS for word in name_key(name[:MAX_BYLINE]).split())


def _is_post(name: str) -> bool:
    """Whether a sender's name is a post one person holds, up to four words ending in its role: "Political
    Reporter", "Senior Political Editor" (read as a person, "Senior Political", it had been the author); not a
    person's name before it ("Ann Cox | Senior Reporter", "Ann Cox Political Editor": Ann Cox's title)."""
    words = name_key(name[:MAX_BYLINE]).split()
    return 0 < len(words) <= 4 and words[-1] in _POSTS and not any(map(is_person, split_authors(name[:MAX_BYLINE])))


def _known_publisher(address: str) -> str | None:
    """The publisher the alias table knows by the address's domain (news@stuff.co.nz: Stuff), else None."""
    domain = domain_of(f"mailto://{address.rpartition('@')[2]}")
    return ALIASES.get(domain) if domain else None
