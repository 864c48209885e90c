"""Which of a page's credits names its authors when its structured data and its byline box differ: a byline box
that names the structured authors and more, and a personal site named after its author."""

from __future__ import annotations

import re
from typing import Any

from . import jsonld
from .publishers import clean_authors

# A byline's opening word in a box of its own: WordPress's <span class="meta-prep-author">By </span> before the
# author's box.
_BY_ALONE = re.compile(r"^\s*(?:by|von|par|por|door|nā)\s*:?\s*$", re.IGNORECASE)


def joined_labels(bylines: list[str]) -> list[str]:
    """``bylines`` with a box that is only "By" (or "Von", "Par", …) run into the byline box after it: "By" and
    "Daniel" are "By Daniel", a lone name after "By"."""
    joined: list[str] = []
    for text in bylines:
        if joined and _BY_ALONE.match(joined[-1]):
            joined[-1] = f"{joined[-1].strip()} {text}"
        else:
            joined.append(text)
    return joined


def fuller_byline(found: tuple[str, ...], bylines: list[str], source: str | None) -> tuple[str, ...]:
    """The names on the first line of a byline box that names every one of ``found`` (the structured data's
    authors) and more: a co-author the structured data left out ("von Rudolf Fischer, Simon Kohler" beside "Rudolf
    Fischer"), or a surname after a given name alone ("By<br>Todd Bates" beside "Todd"); else ``found``. A line, not
    a box: a header box's other lines ("Sign Out", a section's name) are no co-authors."""
    for line in (line for box in bylines for line in box.split("\n")):
        names = clean_authors([line], exclude=source)
        if _extends(found, names):
            return names
    return found


def _extends(found: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether ``names`` holds each of ``found``, or a fuller name it begins (Todd: Todd Bates), and says more."""
    matched = [next((name for name in names if _same_or_fuller(person, name)), None) for person in found]
    return all(matched) and (len(names) > len(found) or any(m != p for m, p in zip(matched, found)))


def _same_or_fuller(person: str, name: str) -> bool:
    """Whether ``name`` is ``person`` (letter case aside), or ``person`` is one word and ``name``'s first."""
    words, fuller = person.casefold().split(), name.casefold().split()
    return words == fuller or (len(words) == 1 and len(fuller) > 1 and fuller[0] == words[0])


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
