"""A magazine's credits list, where a story's writer stands beside their role as its photographer and stylist do:
``<div class="credits-credit"><div>Interview</div><div>SVEN MICHAELSEN</div></div>`` (iconmagazine.de)."""

from __future__ import annotations

from itertools import islice
from typing import TypeAlias

from lxml import html as lxml_html

from .personnames import is_name_alone

Element: TypeAlias = lxml_html.HtmlElement

# The roles of a credits list that wrote the story, in the languages a magazine labels them; never "Fotos", "Styling".
WRITER_ROLES = frozenset("text texte testo texto words interview intervista entrevista entretien autor autorin "
                         "author auteur autore".split())
# A box whose class names a credit ("credits-credit", "Credits", "CREDITS").
_CREDITS = ".//*[contains(@class, 'redit') or contains(@class, 'REDIT')]"
_CREDIT_ELEMENTS = 60  # elements: a box of more is a page's part its class names "credit", not a credits list
_ROLE_CHARS = 40  # characters: a longer box is no role's label


def credited_writers(root: Element) -> list[str]:
    """The names a credits list (a box its class names "credit") gives beside a writer's role (``WRITER_ROLES``), the
    role's box followed by the name's: "Interview" over "SVEN MICHAELSEN", "Text:" beside "Jo Lee"."""
    names: list[str] = []
    for box in root.xpath(_CREDITS):
        if sum(1 for _ in islice(box.iter(), _CREDIT_ELEMENTS + 1)) > _CREDIT_ELEMENTS:
            continue
        for label in box.iterdescendants():  # a role's label is a box of its text alone
            text = (label.text or "") if isinstance(label.tag, str) and not len(label) else ""
            role = " ".join(text.split()).rstrip(":").strip().casefold() if len(text) <= _ROLE_CHARS else ""
            value = label.getnext() if role in WRITER_ROLES else None
            name = " ".join(value.text_content().split()) if value is not None else ""
            if is_name_alone(name) and name not in names:
                names.append(name)
    return names
