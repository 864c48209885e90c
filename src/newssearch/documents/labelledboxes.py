"""Boxes the page heads with a label: a reference list or the readers' comments, left out from their heading on, and a
small box that opens with a label pointing to other stories ("Keep Reading", "Related stories", "Most read"), left out
with its teasers. A heading is one by its tag (h2-h6), its role, or its class name ("titlebar", "zwischenueber")."""

from __future__ import annotations

import re
from typing import TypeAlias

from lxml import html as lxml_html

from .boilerlines import PAGE_LINE
from .pageboxes import MAX_HINTS
from .pagelabels import COMMENTS_HEADING, REFERENCES_HEADING, WRITER_HEADING, is_pointer

Element: TypeAlias = lxml_html.HtmlElement

_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
MAX_TEASER_BOX = 400  # characters: a box this small under a "Keep Reading" heading is one teaser, not a story
# A box set as a heading by its class name, not its tag: "titlebar", "section-title", "zwischenueber" (German's
# "Zwischenüberschrift"), "label-text"; its text a label of a few words.
_HEADING_NAME = re.compile(r"title|heading|headline|header|label|(?:zwischen)?(?:ue|ü)ber(?:schrift)?|subhead", re.I)
_BLOCKS = frozenset(("p", "div", "section", "article", "ul", "ol", "li", "table", "blockquote", *_HEADINGS))
MAX_LABEL = 60  # characters of a label set as a heading
MIN_TEXT_BEFORE = 80  # characters of text before a label set as a heading that make it close a story, not open a box


def drop_labelled(el: Element) -> None:
    """Remove what ``el`` heads, when it is a heading (by its tag, its role or its class name) labelling a reference
    list, the readers' comments or a small box of teasers; else nothing."""
    if el.tag in _HEADINGS or el.get("role") == "heading":
        _drop_labelled(el)
    elif _is_named_heading(el):
        _drop_labelled(el, named=True)


def _is_named_heading(el: Element) -> bool:
    """True for a short text box whose class name says it is a heading (``_HEADING_NAME``), holding no blocks."""
    return el.tag in ("div", "span", "p") and bool(_HEADING_NAME.search(el.get("class", "")[:MAX_HINTS])) \
        and not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants()) \
        and 0 < len(el.text_content().strip()) <= MAX_LABEL


def _label_box(heading: Element) -> Element:
    """``heading``, or the wrappers around it that hold nothing else (``<div class="title-wrap"><h2>…</h2></div>``)."""
    box, text = heading, heading.text_content().strip()
    while (parent := box.getparent()) is not None and parent.tag not in ("body", "html") \
            and parent.text_content().strip() == text:
        box = parent
    return box


def _drop_labelled(heading: Element, named: bool = False) -> None:
    """Remove a reference list or the readers' comments from its heading on, and a small box that opens with a label
    pointing to other stories, with the teaser in it. A label set as a heading by its class (``named``) heads the
    comments only after text: over the story it is a count or a tab."""
    text = " ".join(heading.text_content().split())
    label = text[:-1] if text.endswith(".") and not text.endswith("..") else text  # "Beliebt<span>.</span>"
    box = _label_box(heading)
    parent = box.getparent()
    if parent is None:
        return
    if REFERENCES_HEADING.match(label) or COMMENTS_HEADING.match(label):
        if not named or _text_before(box) >= MIN_TEXT_BEFORE:
            _drop_from(box)
    elif (PAGE_LINE.match(label) or is_pointer(label)) and _opens(box, parent) and len(parent.text_content()) <= MAX_TEASER_BOX:
        if parent.tag in ("body", "html"):
            _drop(box)
        else:  # a writer's box goes whole: the label's row opens it, the bio is the next row
            _drop(_opened_box(parent) if WRITER_HEADING.match(label) else parent)


def _opened_box(box: Element) -> Element:
    """``box``, or the largest of its wrappers that it opens, each no longer than ``MAX_TEASER_BOX`` and holding no
    headline: a writer's label's row (the label, a link to the writer's pages) opens the box whose next row is the
    writer's bio, which goes with it."""
    while (parent := box.getparent()) is not None and parent.tag not in ("body", "html", "article", "main") \
            and _opens(box, parent) and len(parent.text_content()) <= MAX_TEASER_BOX \
            and next(parent.iter("h1", "article", "main"), None) is None:
        box = parent
    return box


def _text_before(el: Element) -> int:
    """The characters of text before ``el`` in its parent."""
    parent = el.getparent()
    before = len((parent.text or "").strip()) if parent is not None else 0
    return before + sum(len(s.text_content()) + len((s.tail or "").strip())
                        for s in el.itersiblings(preceding=True) if isinstance(s.tag, str))


def _opens(heading: Element, box: Element) -> bool:
    """True when ``heading`` is the first thing in ``box``: a teaser box opens with its label, while a short story
    may end with one ("Related stories")."""
    return not (box.text or "").strip() and next((child for child in box if isinstance(child.tag, str)), None) is heading


def _drop_from(el: Element) -> None:
    """Remove ``el`` and everything after it in its parent."""
    for sibling in list(el.itersiblings()):
        _drop(sibling)
    _drop(el)


def _drop(el: Element) -> None:
    """Remove ``el`` but keep its tail text in place."""
    if el.getparent() is not None:
        el.drop_tree()
