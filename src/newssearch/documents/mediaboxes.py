"""Media boxes set in the story: a video player, whose "Watch video" button, length and title are not the story's text;
a figure holding a table or paragraphs, whose table or paragraphs are."""

from __future__ import annotations

import re
from typing import TypeAlias

from lxml import html as lxml_html

from .htmltext import squeeze

Element: TypeAlias = lxml_html.HtmlElement

# The player's button, with the video's length or not: "Watch video", "Play video 02:17", "Watch the video (1:05)".
_PLAY_LABEL = re.compile(r"^(?:watch|play)(?: the)? video(?:\s*\(?\d{1,2}:\d\d(?::\d\d)?\)?)?$", re.IGNORECASE)
MAX_PLAYER_BOX = 200  # characters: the button, the length and the video's title; more is the story around it
_NOT_A_BOX = frozenset(("p", "li", "td", "body", "html", "article", "main"))


def is_play_button(el: Element) -> bool:
    """True for an element holding only a video player's button text ("Watch video 02:17")."""
    text = el.text
    return bool(text) and "ideo" in text and len(el) == 0 and bool(_PLAY_LABEL.match(text.strip()))


def drop_player_boxes(buttons: list[Element]) -> None:
    """Remove each video player's box: the largest box around one of ``buttons`` that holds at most
    ``MAX_PLAYER_BOX`` characters of text. A button in a paragraph ("… <a>Watch video</a>") goes alone."""
    for button in buttons:
        box = button
        parent = box.getparent()
        while parent is not None and parent.tag not in _NOT_A_BOX and len(squeeze(parent.text_content())) <= MAX_PLAYER_BOX:
            box, parent = parent, parent.getparent()
        if parent is not None:  # else the box is one removed already, with the page's boilerplate or another button
            box.drop_tree()


MIN_FIGURE_WORDS = 8  # words of a paragraph in a figure, outside its caption, that make it text (a pull quote, a lead)


def kept_figure_text(figure: Element) -> bool:
    """Keep a ``<figure>``'s text of the story in place, without the figure's pictures and caption, and say whether it
    held any: a table (see ``keep_figure_tables``), or a paragraph outside its caption (a pull quote; a page's head set
    as a figure, its headline and lead over the picture). Any other figure is a picture and its caption."""
    if figure.find(".//table") is not None:
        keep_figure_tables(figure)
        return True
    if not any(len(p.text_content().split()) >= MIN_FIGURE_WORDS and next(p.iterancestors("figcaption"), None) is None
               for p in figure.iter("p")):
        return False
    for part in list(figure.iter("figcaption", "img", "picture")):
        part.drop_tree()
    figure.drop_tag()
    return True


def keep_figure_tables(figure: Element) -> None:
    """Put a figure that holds a table (a comparison table set as a figure, with its caption) by its tables alone: the
    table is the story's data, the rest of the figure its picture and caption."""
    tables = [table for table in figure.iter("table") if _outermost(table, figure)]
    box = lxml_html.Element("div")
    box.extend(tables)
    box.tail = figure.tail
    parent = figure.getparent()
    if parent is not None:
        parent.replace(figure, box)


def _outermost(table: Element, figure: Element) -> bool:
    """True when no other table stands between ``table`` and ``figure`` (a figure inside another figure, or inside a
    page laid out as a table, still gives its table)."""
    parent = table.getparent()
    while parent is not None and parent is not figure and parent.tag != "table":
        parent = parent.getparent()
    return parent is figure
