"""The text of a headline element (an h1): its parts spaced, a kicker or a screen reader's label left out, and a
BOUNDARY where a label and the headline meet (which of a page's headlines is its title: ``headlines``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias

from ..tokenpatterns import INVISIBLE

if TYPE_CHECKING:  # (a text's headline reads this module's rules: no HTML parser for it)
    from lxml import html as lxml_html

Element: TypeAlias = "lxml_html.HtmlElement"

# Text for screen readers only: WordPress writes "Author" before the name in the byline.
SCREEN_READER = re.compile(r"screen-reader|sr-only|visually-?hidden|element-invisible|a11y", re.I)
# A label set above or before the headline inside its h1 (<span class="kicker">Politics</span>, a German roof line),
# or a subtitle before or after it (<small class="article-subtitle">): no part of the headline.
_KICKER = re.compile(r"kicker|label|eyebrow|dachzeile|roofline|overline|topline|rubric|category|section|subtitle", re.I)
_KICKER_MARKS = " \n:|–—-·•/"  # not » «: quotes around a headline
_BREAKS = frozenset("br p div li h1 h2 h3 h4 h5 h6 header section figure figcaption ul ol".split())
BOUNDARY = "\n"  # where two elements of an h1 meet: a space in the title, an edge for a section label
_OPENERS = "\"„“«‹‚‘([¿¡"
LABEL_MARK = "|–—-·»/"  # between a section label and the headline: "Politics | Headline"


def heading_text(el: Element) -> str:
    """The text of a headline element, its parts spaced: ``Floods close road<br>Hundreds evacuated`` is
    "Floods close road Hundreds evacuated", and a kicker span before the headline is left out.

    Where two of its elements meet and the second opens a phrase, spaced or not, the text holds BOUNDARY (a line
    break): ``<span>Local News</span><span>Headline</span>`` and ``<em>Holocaust-Gedenktag </em>Erinnerung …`` are a
    label and a headline, not one phrase. Soft hyphens are left out, as the stored title leaves them out.
    """
    text = INVISIBLE.sub("", "".join(_pieces(el)))  # soft hyphens: "Er\xadin\xadne\xadrung" is "Erinnerung"
    if not text.strip():
        return ""
    kept = INVISIBLE.sub("", "".join(_pieces(el, kickers=False)))
    if kept.strip() != text.strip() and len(kept.split()) >= 2:
        text = kept.strip(_KICKER_MARKS)  # a kicker beside a headline of its own, and the colon after it
    return squeezed(text)


def _pieces(el: Element, kickers: bool = True) -> list[str]:
    """Texts of ``el`` and its descendants, with BOUNDARY where elements meet (see ``_join``)."""
    found = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not SCREEN_READER.search(child.get("class") or "") \
                and child.tag not in ("script", "style") and (kickers or not _KICKER.search(child.get("class") or "")):
            inner = "".join(_pieces(child, kickers=kickers))
            breaks = child.tag in _BREAKS
            _join(found, inner, breaks)
        elif isinstance(child.tag, str) and child.tag in _BREAKS:
            _join(found, "", True)
        _join(found, child.tail or "", isinstance(child.tag, str) and child.tag in _BREAKS)
    return found


def _join(found: list[str], text: str, breaks: bool) -> None:
    """Add ``text`` after ``found``, with BOUNDARY between when it is another phrase (see ``_glued``), a space
    between them or not."""
    before = next((piece for piece in reversed(found) if piece), "")  # its end is the text's end
    end, start = before.rstrip(), text.lstrip()
    if breaks or (end and start and _glued(end, start)):
        found.append(BOUNDARY)
    found.append(text)


def _glued(before: str, after: str) -> bool:
    """True when two element texts that touch are two phrases ("Politics" "Brexit deal"), not one word cut
    by markup ("Fed" "'s", a drop cap "T" "he")."""
    return after[0].isupper() or after[0].isdigit() or after[0] in _OPENERS or before[-1] in LABEL_MARK + ":"


def squeezed(text: str) -> str:
    """Runs of spaces as one space; a run holding BOUNDARY as BOUNDARY."""
    return re.sub(r"\s+", lambda m: BOUNDARY if BOUNDARY in m.group() else " ", text).strip()
