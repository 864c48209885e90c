"""Which of a page's credits names its authors: a lone "By" box run into the box after it, the "Written by" label
of a page's Twitter card, and a personal site named after its author."""

from __future__ import annotations

from typing import Any

from . import jsonld
from .personnames import BYLINE_LABEL
from .publishers import name_key


def joined_labels(bylines: list[str]) -> list[str]:
    """``bylines`` with a box that is only "By" (or "Von", "Par", "Artikel von:", …: ``BYLINE_LABEL``) run into the
    byline box after it: "By" and "Daniel" are "By Daniel", a lone name after "By"."""
    joined: list[str] = []
    for text in bylines:
        if joined and BYLINE_LABEL.match(joined[-1]):
            joined[-1] = f"{joined[-1].strip()} {text}"
        else:
            joined.append(text)
    return joined


ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization"})


def jsonld_credits(articles: list[dict[str, Any]], objects: list[dict[str, Any]]) -> tuple[list[str], set[str]]:
    """The names of a JSON-LD article's author (or creator): its people's, and the keys (``name_key``) of those it
    types as organisations and not as people, which are no person's in the page's other tags either ("OÖ Volksblatt"
    in its meta tags too)."""
    value = jsonld.first(articles, "author") or jsonld.first(articles, "creator")
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    people: list[str] = []
    organisations: set[str] = set()
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and set(item) == {"@id"}:
            item = by_id.get(item["@id"], item)  # Yoast-style {"@id": ...} pointing into the @graph
        kinds = jsonld.types(item) if isinstance(item, dict) else set()
        name = jsonld.text_of(item)
        if name and kinds & ORGANISATION_TYPES and "person" not in kinds:
            organisations.add(name_key(name))
        elif name and not kinds & ORGANISATION_TYPES:  # Yoast's ["Person", "Organization"]: the site's owner
            people.append(name)
    return people, organisations


# The label Yoast SEO (on many WordPress sites) gives its Twitter card's credit, in the languages it is translated to:
# <meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">.
WRITTEN_BY_LABELS = frozenset({"written by", "verfasst von", "geschrieben von", "écrit par", "escrito por",
                               "scritto da", "geschreven door", "skriven av", "skrevet af", "skrevet av",
                               "napisane przez"})


def twitter_credits(metas: dict[str, list[str]]) -> list[str]:
    """The names a Twitter card credits as the writer: ``twitter:dataN`` beside a ``twitter:labelN`` "Written by"
    (``WRITTEN_BY_LABELS``); not its other data ("Est. reading time": "9 minutes")."""
    return [data for key, labels in metas.items() if key.startswith("twitter:label")
            and any(label.strip().lower() in WRITTEN_BY_LABELS for label in labels)
            for data in metas.get("twitter:data" + key.removeprefix("twitter:label"), ())]


def personal_site(author: Any, objects: list[dict[str, Any]], source: str | None) -> bool:
    """Whether the site is named after its author, a person by the page's structured data ("Wolfgang Schmale" on
    wolfgangschmale.eu, whose JSON-LD author is a Person of that name, of two words or more): the author is then
    that person, not the site (as "Stack Overflow" on its own site is)."""
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for item in author if isinstance(author, list) else [author]:
        if isinstance(item, dict) and set(item) == {"@id"}:
            item = by_id.get(item["@id"], item)
        name = jsonld.text_of(item) if isinstance(item, dict) and "person" in jsonld.types(item) else None
        if name and source and len(name.split()) > 1 and name.casefold() == source.casefold():
            return True
    return False
