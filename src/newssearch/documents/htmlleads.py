"""The story's lead in a box of its own above the box holding its text: a news template's ``teaser-text`` beside
``news-text-wrap``, a ``leadIn`` or ``intro`` box between the headline's box and the text.

A standfirst in the headline's own box (``<header><h1>…</h1><p class="summary">…</p></header>``) is one too: the
index has no description field, so a lead left out of the text could not be found (article-extraction-benchmark's
bodies leave it out, trafilatura-eval's checks want it).

On a Q&A page the question opens its answers in the same way: the answers outscore it."""

from __future__ import annotations

import re
from itertools import islice
from typing import TypeAlias

from lxml import html as lxml_html

from .htmlwalk import text_of
from .storyends import SENTENCE_END

Element: TypeAlias = lxml_html.HtmlElement

# Names a template gives the lead: "teaser-text", "article-lead", "leadIn", "intro", "standfirst", "chapo".
_LEAD = re.compile(r"(?:^|[-_\s])(?:lead|lead-?in|lede|intro|teaser-?text|standfirst|chapo|summary|abstract|"
                   r"sub-?title|sub-?headline|epigraph|description|leader|sapo|deck|dek)(?:$|[-_\s])", re.IGNORECASE)
# A picture's description or credit, however its class says so ("imageDescription", "foto-intro").
_PICTURE = re.compile(r"image|img|photo|picture|foto|bild|caption|credit", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
LEAD_LEVELS = 3  # how far above the story's box its lead may sit: the box, its wrapper, the article's row
LEAD_SIBLINGS = 3  # boxes before the story's (or its wrapper's) to look in: a headline, a byline, the lead
MIN_LEAD_WORDS = 8
# Words of a lead written without a full stop ("Die Stadt plant neue Radwege entlang der Hauptstraße und am Hafen"):
# named as a lead, as long as a sentence of the story, it is no label.
MIN_OPEN_LEAD_WORDS = 12
MAX_LEAD_CHARS = 1000  # a lead is a paragraph or two, not a section of teasers
# A Q&A page's markup (schema.org): the question's scope holds its text and the answers, each in a scope of its own.
_QUESTION = re.compile(r"schema\.org/Question/?$")
_ANSWER = re.compile(r"schema\.org/Answer/?$")


def lead_box(top: Element) -> Element | None:
    """The box above ``top`` (the story's text) that holds the story's lead, or None: searched in the few boxes
    before ``top``, then before its wrappers, up to the article that holds them."""
    el = top
    for _ in range(LEAD_LEVELS):
        parent = el.getparent()
        if parent is None or el.tag in ("body", "html"):
            return None
        for sibling in islice(el.itersiblings(preceding=True), LEAD_SIBLINGS):
            found = _lead_in(sibling, top)
            if found is not None:
                return found
        if el.tag in ("article", "main") or parent.tag in ("body", "html"):
            return None
        el = parent
    return None


def _lead_in(box: Element, top: Element) -> Element | None:
    """``box`` or its first box named as a lead (or the lead named so inside that one), when its text reads as one and
    does not open ``top`` already."""
    if not isinstance(box.tag, str):
        return None
    lead = next(filter(_is_lead, box.iter()), None)
    if lead is None:
        return None
    # An intro box holding the date and the lead (computerbild.de's "introBox" > "intro" > itemprop="description"):
    # the lead alone, not "19.10.2019, 15:30 Uhr" glued to its first word.
    while (inner := next(filter(_is_lead, lead.iterdescendants()), None)) is not None:
        lead = inner
    return None if _repeated_in(lead, top) else lead


def _is_lead(el: Element) -> bool:
    """True for a box named as a lead, or set as one under the headline, whose text reads as one."""
    return isinstance(el.tag, str) and (_is_lead_name(el) or _under_headline(el)) and _reads_as_lead(el)


_HEAD_BOXES = ("header", "hgroup")  # the markup's own boxes for a headline and what goes with it
_HEADLINES = ("h1", "h2")
_UNDER_HEADLINE = ("p", "h2", "h3", "h4")


def _under_headline(el: Element) -> bool:
    """True for a paragraph or heading right after the headline in an ``<hgroup>`` or ``<header>``: a standfirst the
    markup tells, though no class names it (``<hgroup><h1>…</h1><h2>…</h2></hgroup>``)."""
    parent = el.getparent()
    if el.tag not in _UNDER_HEADLINE or parent is None or parent.tag not in _HEAD_BOXES:
        return False
    before = el.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # a comment between them
    return before is not None and before.tag in _HEADLINES


_CUT = re.compile(r"\s*(?:…|\.\.\.)$")  # a lead shortened from the story's first paragraph: "Am Montag hat …"


def _repeated_in(lead: Element, top: Element) -> bool:
    """True when the lead's text is in the story's text already: its first paragraph shown again above it, whole or
    cut short, would be read twice."""
    return _CUT.sub("", text_of(lead)) in text_of(top)


def _is_lead_name(el: Element) -> bool:
    # The page's own schema.org markup names it too: itemprop="description" above itemprop="articleBody".
    names = f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"
    return bool(names.strip()) and bool(_LEAD.search(_CAMEL.sub("-", names))) and not _PICTURE.search(names)


def _reads_as_lead(el: Element) -> bool:
    """Prose of a sentence or more (or of ``MIN_OPEN_LEAD_WORDS`` without its full stop), few of its words in links,
    not in a link."""
    if el.tag == "h1" or any(ancestor.tag == "a" for ancestor in el.iterancestors()):
        return False
    text = text_of(el)
    words = len(text.split())
    if words < MIN_LEAD_WORDS or len(text) > MAX_LEAD_CHARS:
        return False
    if words < MIN_OPEN_LEAD_WORDS and not SENTENCE_END.search(text):
        return False
    linked = sum(len(text_of(a)) for a in el.iter("a"))
    return linked < 0.25 * len(text)


def question_box(top: Element) -> Element | None:
    """The question's text on a Q&A page marked up as schema.org's, when ``top`` holds its answers but not it (the
    answers outscore the question they answer), else None."""
    scope = next((el for el in top.iterancestors() if _QUESTION.search(el.get("itemtype", ""))), None)
    if scope is None:
        return None
    for text in scope.iterfind(".//*[@itemprop='text']"):
        if any(_ANSWER.search(el.get("itemtype", "")) for el in _up_to(text, scope)):
            continue  # an answer's text
        inside = text is top or any(el is top for el in text.iterancestors()) or any(el is text for el in top.iterancestors())
        return None if inside else text
    return None


def _up_to(el: Element, scope: Element) -> list[Element]:
    """``el``'s ancestors below ``scope``."""
    out = []
    for ancestor in el.iterancestors():
        if ancestor is scope:
            break
        out.append(ancestor)
    return out
