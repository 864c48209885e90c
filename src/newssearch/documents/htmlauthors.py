"""Which of a page's credits names its authors: a lone "By" box run into the box after it, and a personal site
named after its author."""

from __future__ import annotations

from typing import Any

from . import jsonld
from .personnames import BYLINE_LABEL


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
