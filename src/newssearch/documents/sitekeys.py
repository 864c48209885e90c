"""The names a site goes by, as keys a title's words compare with: its stated names and its host names (each label
and the whole), case- and accent-blind, umlauts both ways; and whether a segment of a title names the site, or
nearly."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

SiteKeys = frozenset[str]
# Host labels that name no site: "www.", "m.", "co.uk".
_NO_SITE_LABELS = frozenset("www m mobile amp co com org net gov edu ac".split())
_NEAR = 0.6  # a site's key that starts a segment's (krimiblog, "Krimiblog-Archiv") names it at this share
_MIN_NEAR = 5
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_HOST = re.compile(r"^(?:https?://)?([\w-]+(?:\.[\w-]+)+)/?$")


def site_keys(names: Iterable[str | None]) -> SiteKeys:
    """Comparable keys of the names a site goes by: its stated names and its host names, each label of
    those (``sport.example.com``: sport, example) and the whole."""
    return _site_keys(tuple(names))


# A JSON or CSV file's records name one site over and over: its keys are made once (a BBC record's 13 names had
# been made keys for each record, a seventh of a record's time).
@lru_cache(maxsize=1024)
def _site_keys(names: tuple[str | None, ...]) -> SiteKeys:
    keys: set[str] = set()
    for name in filter(None, names):
        name = name.strip().removeprefix("@")
        host = _HOST.match(name.lower())
        if host:
            labels = [label for label in host.group(1).split(".")[:-1] if label not in _NO_SITE_LABELS]
            keys.update(k for label in labels for k in _keys(label))
            keys.update(_keys("".join(labels)))
        keys.update(_keys(name))  # whole: the parts of "Headline - Site" in application-name are no names
    keys.discard("")
    return frozenset(keys)


def _keys(text: str) -> set[str]:
    """``text`` letters and digits only, case- and accent-blind, umlauts both ways ("Löwen": loewen, lowen);
    a host name without its top-level domain ("reitschuster.de": reitschuster); without a leading "The"."""
    text = text.strip().casefold()
    host = _HOST.match(text)
    if host and " " not in text:
        text = ".".join(label for label in host.group(1).split(".")[:-1] if label not in _NO_SITE_LABELS)
    text = re.sub(r"^the\s+", "", text)
    return {"".join(c for c in unicodedata.normalize("NFKD", form) if c.isalnum()) for form in
            (text, text.translate(_UMLAUTS))}


def names_site(segment: str, keys: SiteKeys, near: bool = True) -> bool:
    """True when a title segment is the site's name, or (``near``) nearly: "The Wairarapa Times-Age",
    "reitschuster.de", "Stardew Valley Wiki" on stardewvalleywiki.com, "Krimiblog-Archiv" on archiv.krimiblog.de."""
    if not keys:  # a record naming no site: no segment's keys to make (a tenth of a JSON record's time)
        return False
    for key in _keys(segment):
        if not key:
            continue
        if key in keys:
            return True
        if not near:
            continue
        # Only a segment longer than the name: a headline's first words are no site named after them.
        if any(len(site) >= _MIN_NEAR and key.startswith(site) and len(site) >= _NEAR * len(key) for site in keys):
            return True
    return False
