"""One publisher's spellings in an index: the key a facet counts its sources under and a ``source:`` or ``site:``
query finds them by ("Vox" and "vox.com"; "The Hill", "TheHill" and "thehill.com"; "USA TODAY" and "usatoday").

Readers give each article its publisher's one name when the alias table knows it (``documents.publishers``); an
outlet it does not know is named as each article states it, or by its host when it states none, so one index may
hold "Vox" from a page's ``og:site_name`` and "vox.com" from a record with only an address. A name's key is its
letters and digits, case-, accent- and umlaut-blind (ü, ue), without a leading "The" or a legal form ("Wikimedia
Foundation, Inc.", "BWE e.V."); a host's is its site's label (``thehill`` of www.thehill.com, ``lemire`` of
lemire.blogspot.com). A host joins the names of its key, unless one of them has its articles at another host ("La
República" at larepublica.net and "LaRepública.pe"); two hosts never join each other (Express.co.uk and Express.de are
two papers).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from .documents.publishers import domain_of, host_named, known_as, same_site
from .folding import fold
from .hostnames import COUNTRY_DOMAINS, SECOND_LEVEL_DOMAINS, TOP_LEVEL_DOMAINS
from .schema import SOURCE, SOURCE_FACET, URL
from .startup import lazy_compile

# Hosts that give each of their sites a label of its own: the site is the label before theirs.
SHARED_HOSTS = frozenset({"blogspot", "wordpress", "tumblr", "substack", "medium", "github", "hypotheses", "wixsite",
                          "weebly", "fandom", "typepad", "livejournal", "blogger", "over-blog", "jimdo", "ghost"})
_LEGAL_FORM = lazy_compile(r",?\s+(?:inc|llc|ltd|limited|plc|corp|gmbh|ag|se|e\.\s?v|s\.\s?a)\.?$", re.IGNORECASE)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_MIN_AFTER_THE = 3  # "TheHill" is Hill, "There" stays There


def letters_of(text: str) -> str:
    """``text``'s letters, digits and the marks of scripts that spell with them, case- and accent-blind
    (``folding.fold``): "J. R. Stone" and "J.R. Stone" are jrstone, "José" jose."""
    return "".join(c for c in fold(text.casefold()) if c.isalnum() or unicodedata.category(c).startswith("M"))


def _squashed(text: str) -> str:
    """``text``'s letters and digits, case-, accent- and umlaut-blind (ü: ue), without a leading "the"."""
    letters = letters_of(text.casefold().translate(_UMLAUTS))
    return letters[3:] if letters.startswith("the") and len(letters) - 3 >= _MIN_AFTER_THE else letters


def site_label(host: str) -> str:
    """The label of ``host`` that names its site: ``vox`` of www.vox.com, ``theargus`` of theargus.co.uk,
    ``cbslocal`` of detroit.cbslocal.com, ``lemire`` of lemire.blogspot.com."""
    labels = [label for label in host.lower().rstrip(".").split(".") if label]
    if labels and labels[0] == "www":
        labels = labels[1:]
    if len(labels) > 1 and labels[-1] in TOP_LEVEL_DOMAINS:
        country = labels[-1] in COUNTRY_DOMAINS
        labels = labels[:-1]
        if country and len(labels) > 1 and labels[-1] in SECOND_LEVEL_DOMAINS:
            labels = labels[:-1]
    if len(labels) > 1 and labels[-1] in SHARED_HOSTS:
        return labels[-2]
    return labels[-1] if labels else ""


def host_key(host: str) -> str:
    """The key of a host: its site's label, squashed (www.thehill.com: hill)."""
    return _squashed(site_label(host))


def name_key(name: str) -> str:
    """The key of a publisher's name: its letters and digits, without a leading "The" or a legal form ("The Hill",
    "THE HILL" and "TheHill": hill; "Wikimedia Foundation, Inc.": wikimediafoundation), nor the domain a name of
    words ends in ("Le Monde.fr", a feed's title: lemonde)."""
    name = _without_domain(name.strip())
    bare = _LEGAL_FORM.sub("", name)
    return _squashed(bare if _squashed(bare) else name)


_DOMAIN_END = lazy_compile(r"\s\S*?[^\W\d_](\.[a-z]{2,}){1,2}$", re.IGNORECASE)  # "… Monde.fr", "… Times.co.nz"


def _without_domain(name: str) -> str:
    """``name`` without the domain its last word ends in when it is a name of words, not a host ("Le Monde.fr": Le
    Monde); as it is otherwise."""
    found = _DOMAIN_END.search(name)
    if found is None:
        return name
    labels = name[found.start():].rsplit(" ", 1)[-1].lower().split(".")[1:]
    known = labels[-1] in TOP_LEVEL_DOMAINS and all(label in SECOND_LEVEL_DOMAINS for label in labels[:-1])
    return name[:len(name) - len("." + ".".join(labels))] if known else name


@lru_cache(maxsize=65536)  # every source: query and facet keys the index's values again
def source_key(value: str) -> tuple[str, bool]:
    """The key of a stored source and whether it is a host: ("vox", True) for "vox.com", ("vox", False) for "Vox"."""
    host = host_named(value)
    return (host_key(host), True) if host else (name_key(value), False)


Home = Callable[[str], str | None]  # a source value -> the host its articles' addresses name, if any


def no_home(value: str) -> str | None:
    """No address known for any source: a host joins the names of its key."""
    return None


# How many of a source's articles are read for an address: an export's first record may have none, and a wire's
# thousands of records none at all, which a search had read whole
_HOME_LOOKS = 5


def article_home(reader) -> Home:  # type: ignore[no-untyped-def]
    """The host the address of a source value's first article with one names, among its first few (None for none):
    "La República" at larepublica.net is not "LaRepública.pe"."""
    def home(value: str) -> str | None:
        for _, docnum in zip(range(_HOME_LOOKS), reader.postings(SOURCE_FACET, value).all_ids()):
            if found := domain_of(reader.stored_fields(docnum).get(URL)):
                return found
        return None

    return home


Hosted = Callable[[str], frozenset[str]]  # a host -> the source values of some of the articles at it


def no_hosted(host: str) -> frozenset[str]:
    """No article's address known: only a name's key joins a host."""
    return frozenset()


# How many of the articles whose address holds a host's rarest word are read for their source: a site's sources are
# few, and a host of many thousands of articles (a word in many addresses) is not read whole on every search
_HOSTED_LOOKS = 50


def article_sources(reader) -> Hosted:  # type: ignore[no-untyped-def]
    """The source values of the articles at a host, among the first ``_HOSTED_LOOKS`` whose address holds its rarest
    word (``url:`` indexes an address's words): those of wgazette.co.nz, "Wellington Gazette"."""
    def hosted(host: str) -> frozenset[str]:
        if URL not in reader.schema:
            return frozenset()
        words = {token.text for token in reader.schema[URL].analyzer(host, mode="query")} - {"www"}
        if not words or not all((URL, word) in reader for word in words):
            return frozenset()
        rarest = min(words, key=lambda word: reader.doc_frequency(URL, word))
        sources = set()
        for _, docnum in zip(range(_HOSTED_LOOKS), reader.postings(URL, rarest).all_ids()):
            stored = reader.stored_fields(docnum)
            at = domain_of(stored.get(URL))
            if at and stored.get(SOURCE) and same_site(host, at):
                sources.add(stored[SOURCE])
        return frozenset(sources)

    return hosted


def _same_site(host: str, home: str | None) -> bool:
    """Whether a host source and the host a name's articles are at (None: unknown) may be one site: the same host, or
    one within the other (vox.com and www.vox.com, edition.cnn.com and cnn.com)."""
    return home is None or same_site(host, home)


def source_groups(values: Iterable[str], home: Home = no_home) -> dict[str, str]:
    """Each source value -> the group it is counted in: names by their key; a host with the names of its key, unless
    one of them has its articles at another host (``home``: "La República" at larepublica.net and "LaRepública.pe");
    else alone (with its other letter cases)."""
    keyed = {value: source_key(value) for value in values}
    names: dict[str, list[str]] = {}
    for value, (key, is_host) in keyed.items():
        if key and not is_host:
            names.setdefault(key, []).append(value)
    groups = {}
    for value, (key, is_host) in keyed.items():
        if not is_host:
            groups[value] = key or value.casefold()
        elif key in names and all(_same_site(host_named(value) or value, home(name)) for name in names[key]):
            groups[value] = key
        else:
            groups[value] = f"{value.casefold()}\x00host"
    return groups


def is_host(value: str) -> bool:
    """Whether a stored source is a host ("vox.com", "DW.COM"), not a name."""
    return source_key(value)[1]


def same_publisher(typed: list[str], values: Iterable[str], home: Home = no_home,
                   hosted: Hosted = no_hosted) -> list[str]:
    """The source values an index holds that name the publisher a ``source:`` or ``site:`` query typed as
    ``typed`` (its words; a host's labels, as ``vox.com`` is parsed): for a name, the names and hosts of its key
    ("the hill": The Hill, TheHill, thehill.com), and the one name the alias table knows it by ("new zealand
    herald": NZ Herald, as readers index it); for a host, the names of its key whose articles are at no other
    host (``home``; ``vox.com``: Vox), and any name of an article at it (``hosted``) whose articles are at it
    (``wgazette.co.nz``: Wellington Gazette, by its articles' addresses)."""
    host = len(typed) > 1 and typed[-1].lower() in TOP_LEVEL_DOMAINS
    key = host_key(".".join(typed)) if host else name_key(" ".join(typed))
    if not key:
        return []
    # a name the alias table knows finds the one name readers index it under ("new zealand herald": NZ Herald)
    known = None if host else known_as(" ".join(typed))
    keys = {key, name_key(known)} if known else {key}
    at_host = hosted(".".join(typed)) if host else frozenset()
    found = []
    for value in values:
        value_key, is_host = source_key(value)
        if value_key in keys and not (host and (is_host or not _same_site(".".join(typed), home(value)))):
            found.append(value)
        elif host and not is_host and value in at_host and _at_host(".".join(typed), home(value)):
            found.append(value)  # "Wellington Gazette", its articles at wgazette.co.nz: the index's own addresses
    return found


def _at_host(host: str, home: str | None) -> bool:
    """Whether a name's articles are at ``host`` (or a host within it, or it within theirs): known, not assumed."""
    return home is not None and same_site(host, home)
