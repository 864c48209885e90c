"""Medium's feeds, whose titles name Medium after the publication or the writer: a publication's is titled
"<Publication> - Medium" (``medium.com/spinoff/feed``, or its own domain's ``/feed``), a writer's "Stories by Jane
Doe on Medium" (``medium.com/feed/@jane``). The publication is the publisher; a writer's feed is Medium's, written
by the writer. A feed is taken for Medium's only when Medium made it (its ``<generator>``) or its link is on
medium.com: "Opinion - Medium" elsewhere is left to the general rules.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .publishers import domain_of, publisher_name, same_site, stated_publisher

MEDIUM = "Medium"
_PUBLICATION = re.compile(r"^(?P<name>.+?)\s+[-–—]\s+Medium$")
_WRITER = re.compile(r"^Stories by (?P<name>.+?) on Medium$")
# A publication named so names no site (a company's "Blog" on its own domain): the domain does, else Medium.
_NO_NAMES = frozenset({"blog", "the blog", "our blog", "home", "news", "stories"})


class MediumFeed(NamedTuple):
    """What a Medium feed's title says of its items: their publisher, and their writer when it is one's feed."""

    source: str | None
    authors: tuple[str, ...]


def medium_feed(title: str, link: str | None, generator: str) -> MediumFeed | None:
    """The publisher (and writer) of a Medium feed titled ``title`` (see the module), None for any other feed."""
    on_medium = (domain := domain_of(link)) is not None and same_site(domain, "medium.com")
    if generator.strip() != MEDIUM and not on_medium:
        return None
    if writer := _WRITER.match(title.strip()):
        return MediumFeed(MEDIUM, (writer["name"].strip(),))
    publication = _PUBLICATION.match(title.strip())
    if publication is None:
        return None
    name = publication["name"].strip()
    if name.casefold() in _NO_NAMES:
        return MediumFeed(MEDIUM if on_medium or domain is None else publisher_name(None, link), ())
    return MediumFeed(stated_publisher(name, link), ())  # "Time" at medium.com/time: as written, not TIME's
