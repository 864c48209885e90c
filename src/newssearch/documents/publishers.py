"""One name per publisher: the names and domains a site goes by, mapped to how we show it (people's names in
bylines: ``personnames``)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from urllib.parse import urlsplit

from ..datelines import NAME_LIKE_AGENCIES, WIRE_AGENCIES
from ..startup import lazy_compile
from .publishernames import HOME_NAMES, PUBLISHERS, SHARED_NAMES

_PUNCT = lazy_compile(r"[^\w.]+")


def name_key(name: str) -> str:
    """A name compared case- and punctuation-blind: "The N.Y. Times" and "the n.y. times"."""
    return _PUNCT.sub(" ", name.lower()).strip()


# Each name and domain, compared as ``name_key`` makes them ("ABC News (Australia)": abc news australia), to its one
# name; a name several papers share to the first of them (``publisher_name`` reads it by its address).
ALIASES = {**{key: name for name, keys in SHARED_NAMES.items() for key in keys},
           **{name_key(alias): name for name, aliases in PUBLISHERS.items() for alias in (*aliases, name)}}
# Each publisher's names as keys, those it shares with others among them.
_GOES_BY = {name: frozenset({*(name_key(alias) for alias in (*aliases, name)), *SHARED_NAMES.get(name, ())})
            for name, aliases in PUBLISHERS.items()}
_SHARED_KEYS = frozenset(key for keys in SHARED_NAMES.values() for key in keys)
_HOME_KEYS = frozenset(key for keys in HOME_NAMES.values() for key in keys)  # a paper's but at another's address


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, or None for a relative or empty URL or one whose host cannot be read
    (``http://a[b``, ``http://a＃b``: urlsplit refuses them)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "https://ex[ample.com": a bracket that opens no IPv6 address
        return None
    return host.removeprefix("www.") or None


def same_site(host: str, other: str) -> bool:
    """Whether two hosts may be one site: the same host, or one within the other (vox.com and www.vox.com,
    edition.cnn.com and cnn.com), in any letter case."""
    host, other = host.lower().removeprefix("www."), other.lower().removeprefix("www.")
    return host == other or other.endswith(f".{host}") or host.endswith(f".{other}")


def address_path(url: str) -> str:
    """The path of ``url``; "" for a malformed one."""
    try:
        return urlsplit(url).path
    except ValueError:  # "https://ex[ample.com/a": a bracket that opens no IPv6 address
        return ""


# A name that is a site's host: "www.nzherald.co.nz", "Example.com", "tdg.ch/" (a dot, a top-level domain, no space).
_HOST = lazy_compile(r"^(?:[\w-]+\.)+[^\W\d_]{2,}/?$")


def is_host(text: str) -> bool:
    """Whether ``text`` is a bare host name: ``example.com``, ``www.nzherald.co.nz/``."""
    return bool(_HOST.match(text))


def is_address(text: str) -> bool:
    """Whether ``text`` is an http(s) address."""
    return text.strip().lower().startswith(("http://", "https://"))


def host_named(name: str | None) -> str | None:
    """The host a stated name gives, without ``www.``: "https://www.nzherald.co.nz/" and "www.nzherald.co.nz" are
    nzherald.co.nz (a bare host keeps its letter case: "Example.com"); None for a name that is no address."""
    text = (name or "").strip()
    if is_address(text):
        return domain_of(text)
    if _HOST.match(text):
        text = text.rstrip("/")
        return text[4:] if text.lower().startswith("www.") else text
    return None


def _alias(name: str | None) -> str | None:
    """The one name of a publisher the alias table knows by ``name``, else None."""
    return ALIASES.get(name_key(name)) if name else None


def known_as(name: str) -> str | None:
    """The one name of the publisher the alias table knows by ``name`` ("the new zealand herald": NZ Herald); None
    for a name it does not know and for one several papers share ("The Times")."""
    return None if shared_name(name) else _alias(name)


def publisher_name(name: str | None, url: str | None = None) -> str | None:
    """The one name for a publisher, from its stated name (a name, a host or an address) and/or its canonical
    URL's domain; a publisher it does not know keeps its stated name, or the host that name gives (an address's
    host only when there is no canonical URL)."""
    return _publisher_named(name, domain_of(url))


# An export's records name one publisher over and over, each at its own address: the name is worked out once for
# each stated name and domain (a BBC record's two had been a sixteenth of its time).
@lru_cache(maxsize=1024)
def _publisher_named(name: str | None, domain: str | None) -> str | None:
    name = None if name and _PLACEHOLDER.search(name) else name  # "{$plugin.tx_news.opengraph.site_name}"
    if name and _tied(name, domain):  # "The Telegraph": London's at its address, Sydney's at its own, else as written
        return _address_owner(name, domain) or " ".join(name.split())
    host = host_named(name)
    for candidate in (name, host, domain):
        if (known := _alias(candidate)) is not None:
            return known
    for candidate in (host, domain):
        if candidate and (known := _alias(candidate.split(".", 1)[-1])) is not None:  # m.nzherald.co.nz
            return known
    if host:  # an address as a name ("http://www.tafelblog.com" on tafelblog.de) yields to the page's own
        return domain if domain and name and is_address(name) else host
    name = name.strip().removeprefix("@") if name else name  # a handle as a site name: "@politifact"
    if name and name.strip():
        named = _without_tagline(" ".join(name.split()), domain)
        return domain if domain and len(named.split()) > MAX_NAME_WORDS else named  # a motto, not a name
    return domain


def shared_name(name: str) -> bool:
    """Whether several papers go by ``name`` ("The Times", "telegraph"; see ``SHARED_NAMES``)."""
    return name_key(name) in _SHARED_KEYS


def _tied(name: str, domain: str | None) -> bool:
    """Whether ``name`` is a paper's only at its own address there: a name several share (``SHARED_NAMES``) always,
    a paper's common one (``HOME_NAMES``: "Time", "Stuff") where an address is given."""
    key = name_key(name)
    return key in _SHARED_KEYS or (domain is not None and key in _HOME_KEYS)


def stated_publisher(name: str | None, url: str | None) -> str | None:
    """The one name for a publisher an article states as ``name`` (see ``publisher_name``), its address ``url`` read
    only for a name tied to an address ("Time" at timeout.com: as written; "The Telegraph" at
    dailytelegraph.com.au: Sydney's); a name of one publisher is that publisher's at any address, as stated."""
    return publisher_name(name, url if name and _may_be_tied(name) else None)


@lru_cache(maxsize=1024)
def _may_be_tied(name: str) -> bool:
    """Whether ``name`` is tied to an address at some address; an export names one publisher over and over."""
    return _tied(name, "")


def _address_owner(name: str, domain: str | None) -> str | None:
    """The paper at ``domain`` (or the domain it is within: iview.abc.net.au) when it goes by ``name``, else None."""
    owner = _alias(domain) or (_alias(domain.split(".", 1)[-1]) if domain else None)
    return owner if owner in _GOES_BY and name_key(name) in _GOES_BY[owner] else None


# A template's placeholder a site left unfilled: "{$plugin.tx_news.opengraph.site_name}", "{{ site.title }}",
# "${siteName}", "%SITENAME%".
_PLACEHOLDER = lazy_compile(r"\{\{?\s*\$?[\w.-]+\s*\}\}?|\$\{[\w.-]+\}|%[A-Z_]+%")
# A stated name of more words than this is a description or a headline ("Ein Blog über alternative Lebensräume,
# ferne Länder und den dritten Lebensabschnitt"): the address names the site better.
MAX_NAME_WORDS = 8


def is_publisher(name: str) -> bool:
    """Whether ``name`` names a publisher the alias table knows or a wire agency: "New Zealand Herald",
    "The Guardian", "Reuters", "AFP"; not an unknown outlet, which may as well be a person's name."""
    key = name_key(name)
    return key in ALIASES or key.removeprefix("the ") in WIRE_AGENCIES


def known_names(name: str | None, url: str | None = None) -> tuple[str, ...]:
    """Every name and domain newssearch knows a publisher by, its one name first, from its stated name or its
    URL's domain ("New Zealand Herald": NZ Herald, nzherald.co.nz, ...); () for a publisher it does not know, and for
    a name several share when no address tells which ("The Telegraph" with none, or at nashuatelegraph.com), or a
    paper's common name at another's address ("Time" at timeout.com)."""
    found, domain = publisher_name(name, url), domain_of(url)
    if found not in PUBLISHERS or (name and _tied(name, domain) and _address_owner(name, domain) is None):
        return ()
    return (found, *PUBLISHERS[found])


_NAME_WORDS = 6
_TAGLINE = lazy_compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _without_tagline(name: str, domain: str | None) -> str:
    """"LinkNaija | Nigeria's popular news platform" -> "LinkNaija": the part that names the site.

    That is the part the domain names ("Infoportal - Diakonie Deutschland" on diakonie.de), else the
    first part with a letter in it.
    """
    parts = [part.strip() for part in _TAGLINE.split(name) if any(c.isalpha() for c in part)]
    if len(parts) < 2:
        return name
    label = _squashed(_site_label(domain))
    named = [part for part in parts if len(label) > 2 and (label in _squashed(part) or _squashed(part) in label)
             and not ("." in part and " " not in part)]  # "The Jerusalem Post | JPost.com": the name, not the host
    short = [part for part in parts if len(part.split()) <= _NAME_WORDS]  # a long part is a headline or a motto
    if not named and short and _is_motto(short[0]):  # "News zu VR, AR und KI | MIXED.de": the host names the site
        named = [part for part in parts if len(label) > 2 and label in _squashed(part)]
    return (named or short or parts)[0]


# The small words inside a name ("Bank of England", "Verlag für Kunst und Kultur" aside, "Le Monde des Livres").
_NAME_PARTICLES = frozenset("of the and for de du des la le les di da del della von van der den und et y e".split())


def _is_motto(part: str) -> bool:
    """Whether a site name's part is a motto, not a name: a comma, or a word in small letters that is no name's small
    word ("News zu VR, AR und KI", "Nigeria's popular news platform"; not "The Jerusalem Post", "Bank of England")."""
    return "," in part or any(word[0].islower() and word not in _NAME_PARTICLES for word in part.split())


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "news"})


def _site_label(domain: str | None) -> str:
    """The part of a domain that names the site: ``theargus`` in theargus.co.uk, ``jpost`` in jpost.com."""
    labels = (domain or "").split(".")[:-1]  # without the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1] if labels else ""


def _squashed(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def agency_name(name: str | None) -> str | None:
    """The one name of the wire agency ``name`` names ("the associated press", "AP": Associated Press; "Agence
    France-Presse": AFP), else None."""
    key = name_key(name or "").removeprefix("the ")
    return WIRE_AGENCIES.get(key) or WIRE_AGENCIES.get(key.replace(" ", "-"))


_AGENCY_NAMES = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(
    {*WIRE_AGENCIES, *(v.lower() for v in WIRE_AGENCIES.values())}, key=len, reverse=True))
# An agency a byline credits after its names: ", Reuters", "/dpa", "(AFP)", " of The Associated Press", " for AFP",
# ", with AP" (a byline's part after its "with": "with AP"); or the byline is the agency ("dpa", "The Associated Press").
_AGENCY_CREDIT_TEXT = (rf"(?P<mark>^(?:with\s+)?|\s*[,/(]\s*(?:with\s+)?|\s+(?:of|for|with)\s+|\s+)(?:the\s+)?"
                       rf"(?P<agency>{_AGENCY_NAMES})"
                       r"\)?[\s.]*$")
CREDIT_TAIL = 80  # an agency's credit is short: only a byline's end is searched, not each of a long one's places


@cache
def _agency_credit() -> re.Pattern[str]:
    """``_AGENCY_CREDIT_TEXT`` compiled, at the first byline read: a search, which reads none, had compiled it."""
    return re.compile(_AGENCY_CREDIT_TEXT, re.IGNORECASE)


def agency_credit(byline: str) -> tuple[str, str | None]:
    """A byline's names and the wire agency it credits after them, by its one name ("Jane Doe/dpa": "Jane Doe" and
    dpa; "Reuters": "" and Reuters), else ``byline`` and None. An agency after a bare space follows a full name
    ("Jane Doe Reuters", not "Michael Bloomberg"); a short one is written in capitals or lower case ("AP", "dpa";
    "Jane Pa" names no PA Media)."""
    cut = max(0, len(byline) - CREDIT_TAIL)
    match = _agency_credit().search(byline, cut)
    if match is None:
        return byline, None
    written, names = match.group("agency"), byline[: match.start()].strip()
    bare = bool(names) and not match.group("mark").strip()
    if (len(written) <= 3 and written.istitle()) or (bare and (len(names.split()) < 2
                                                              or written.casefold() in NAME_LIKE_AGENCIES)):
        return byline, None
    return names, agency_name(written)


# A source of two names a slash parts: a wire agency and the outlet that ran its story, either first ("AFP/The Local",
# "The Local / AFP"), or the agency and its desk's or editor's code of a few small letters ("dpa/lno", "det/dpa").
_SLASHED = lazy_compile(r"^\s*(?P<first>[^/]+?)\s*/\s*(?P<second>[^/]+?)\s*$")
_DESK_CODE = lazy_compile(r"[a-z]{2,4}")


def slashed_source(source: str) -> tuple[str, str | None]:
    """The source a slashed source names and the wire agency it credits besides: "AFP/The Local" is The Local's, AFP
    credited (as a page's byline box "AFP/The Local" credits it); "dpa/lno" and "det/dpa" are dpa's, a desk's code no
    publisher; two agencies ("dpa/AFP") the first's, the second credited; a source naming no agency, or an agency and
    a name the publishers' table does not know, as it is ("Canada/U.S. Wire"; "AP/Getty Images", a photo's credit,
    and "Reuters/Ipsos", a poll's, are no outlet running a story)."""
    match = _SLASHED.match(source) if "/" in source else None
    if match is None:
        return source, None
    first, second = match["first"], match["second"]
    agency, other = agency_name(first), agency_name(second)
    if agency is None and other is None:
        return source, None
    if agency and other:  # two agencies: the first's
        return agency, other
    named, outlet = (agency, second) if agency else (other or "", first)  # "The Local / AFP", "det/dpa": second
    if _DESK_CODE.fullmatch(outlet):
        return named, None
    return (outlet, named) if is_publisher(outlet) else (source, None)
