"""The article's text from its chosen containers: their blocks (walked in document order by ``htmlwalk``) made
paragraphs, and the page's own lines (labels, link lists, date lines, promotions) left out.

Which containers hold the article is ``htmlbody``'s part (scoring); where their text ends (a pointer label near its
end, subheadings closing it) is ``storyends``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple, TypeAlias

from lxml import html as lxml_html

from .boilerlines import BOILER_LINE, PAGE_LINE, READING_MINUTES, drop_promotions
from .bylinelines import name_over_date, outlet_byline, titled_byline
from .htmlclean import is_cookie_notice
from .htmldatelines import beside_reading_time, dates_the_page, is_date_line, is_dated_heading, is_signature_date
from .htmlwalk import Block, blocks
from .pagelabels import is_label_line, is_paywall_cut
from .storyends import (
    SENTENCE_END,
    STORY_WORDS,
    SUBHEADINGS,
    cut_at_pointer,
    points_elsewhere,
    without_closing_headings,
)
from .unsubscribelines import is_unsubscribe_footer, without_closing_footers

Element: TypeAlias = lxml_html.HtmlElement

# A smiley the writer closes a paragraph with ("=)", ";-)", "^^"): without a letter, but the writer's, not a separator.
_EMOTICON = re.compile(r"[:;=][-'o^]?[()\[\]|/\\]+|\^_?\^")

OPENING = 160  # characters of text: the opening of the article, where a date line above it is its date


class Body(NamedTuple):
    """A page's article text as paragraphs, and the date lines dropped from its opening ("3. März 2024"): not
    text, but where the page may give its date (see ``htmlmeta.extract_date``); and the names over them, its writer's
    ("Christoph Hein" over "12.01.2022": ``htmlmeta.extract_authors``'s names beside the date)."""

    paragraphs: list[str]
    date_lines: list[str]
    names: tuple[str, ...] = ()


def paragraphs(containers: list[Element]) -> Body:
    """The text blocks of ``containers`` in document order, without boilerplate lines; and the date lines dropped
    before the first ``OPENING`` characters of text or right under the first block (a press release's standfirst over
    its "Frankfurt am Main, 3. März 2024")."""
    out: list[str] = []
    tags: list[str] = []
    date_lines: list[str] = []
    names: tuple[str, ...] = ()
    closing = (-1, "")  # the last signature's date line after the opening, and how many blocks were kept before it
    size = 0
    pointed = len(out)
    introduced = False  # after a line introducing a list ("Empfehlungen von Dennis:"): its links are the story's
    for container in containers:
        for block, tag in blocks(container):
            if is_paywall_cut(block.text):
                return Body(_closed(out, tags), date_lines, names)  # then the offer
            if (size < OPENING or len(out) == 1) and (READING_MINUTES.match(block.text) or (
                    beside_reading_time(block.text) and not dates_the_page(block.text))):
                continue  # the page's reading time over the story ("6 Min.", "Mar 5·2 min read")
            kept = _keep_block(block, tag) or (introduced and tag == "li" and not _is_page_label(block.text, tag))
            introduced = kept and ((introduced and tag == "li") or _introduces_list(block.text))
            if kept:
                out.append(block.text)
                tags.append(tag)
                size += len(block.text)
            elif (size < OPENING or len(out) == 1) and dates_the_page(block.text):  # or under a standfirst
                if len(out) == 1 and tags[0] not in SUBHEADINGS and (name := name_over_date(out[0])):
                    out, tags, size, names = [], [], 0, (name,)  # its writer's name and title over it: a byline
                date_lines.append(block.text)
            elif is_signature_date(block.text):
                closing = (len(out), block.text)
            elif points_elsewhere(block.text):
                pointed = len(out)
    out, tags = cut_at_pointer(out, tags, pointed)
    if closing[0] == len(out) and closing[1]:  # a signature's date ending the story: "Benni / 10. September 2017"
        date_lines.append(closing[1])
    return Body(_closed(out, tags), date_lines, names)


MAX_LIST_INTRO = 200  # characters of a line introducing the list after it with a colon: its three words or more
# ("Empfehlungen von Dennis:"), not a label of two ("See also:", "Más información:") nor a pointer ("Lesen Sie auch:")


def _introduces_list(text: str) -> bool:
    return text.endswith(":") and len(text) <= MAX_LIST_INTRO and len(text.split()) >= 3 and not points_elsewhere(text)


def _closed(out: list[str], tags: list[str]) -> list[str]:
    """The story's paragraphs without its closing subheadings, promotions and unsubscribe footers."""
    return without_closing_footers(drop_promotions(without_closing_headings(out, tags)))


def text_paragraphs(texts: Iterable[str]) -> list[str]:
    """Paragraphs of plain text (a JSON-LD articleBody) without the page's labels and promotions."""
    return drop_promotions([text for text in texts if not is_boilerplate_line(text)])


def is_boilerplate_line(text: str) -> bool:
    """True for a line of plain text that the page reader leaves out: a label ("Share", "Subscribe now"), a pointer
    to other stories, a cookie notice or a date line."""
    return bool(text) and not _keep_block(Block(text, 0), "p")




MIN_OWN_WORDS = 120  # characters outside links that make a linked list item text


# A table's cells are data: a column headed "Share" or a cell reading "Email" or "3 March 2024" is not a label.
_TABLE_DATA = frozenset(("td", "th", "tr"))


def _is_page_label(text: str, tag: str = "p") -> bool:
    """True for a line of the page around the story: a label ("Share"), a pointer, a cookie notice, a date line, a
    separator without a letter or a digit ("·" between a byline's parts, "* * *") unless a smiley ("=)"), a
    newsletter's unsubscribe footer ("Se désabonner"), a byline with its name's title ("By Ann Cox, travel blogger") or
    its outlet after "for" ("By Ann Cox for The Guardian")."""
    return bool(BOILER_LINE.match(text) or PAGE_LINE.match(text)) or is_cookie_notice(text) or titled_byline(text) \
        or outlet_byline(text) \
        or _dropped_date_line(text, tag) or not (any(c.isalnum() for c in text) or _EMOTICON.fullmatch(text)) \
        or is_label_line(text) or is_unsubscribe_footer(text)


def _dropped_date_line(text: str, tag: str) -> bool:
    """Whether a block is a date line to leave out of the text: not a subheading naming an event and its day."""
    return is_date_line(text) and not (tag in SUBHEADINGS and is_dated_heading(text))


def _keep_block(block: Block, tag: str) -> bool:
    text = block.text
    if tag == "h1" or (tag not in _TABLE_DATA and _is_page_label(text, tag)):
        return False
    if block.lines >= 2 and block.link_lines == block.lines:
        # A stack of links, one per line ("Don't miss" lists inside the story).
        return False
    density = block.linked / len(text)
    if density > 0.5 and (tag in ("li", "dd", "td", "tr", "div", "section") or len(text) < 100):
        # A linked name in a short sentence ("<a>Ann Lee</a> has quit <a>the band</a>.") is still story.
        return tag == "p" and len(text) - block.linked >= 25 and bool(SENTENCE_END.search(text))
    if tag == "li" and density > 0.3:
        # A list of links, unless the item says more than its links do in words of its own (minutes' items: "Termine
        # – Mitgliederversammlung 2020 … Daniel sucht nach Möglichkeiten – 2. November: <a>Forum Neustart</a>, Basel"),
        # or a sentence whose links are names in it ("<a>Sione Takitaki</a> played 6 snaps …, staying ahead of <a>…").
        return len(text) - block.linked >= MIN_OWN_WORDS or _is_linked_sentence(block)
    return True


def _is_linked_sentence(block: Block) -> bool:
    """True for a sentence of ``STORY_WORDS`` words or more with at most half of it linked: a bullet of the story
    naming people by links, where a related story's item is its linked headline and a line of its own."""
    text = block.text
    return block.linked * 2 <= len(text) and len(text.split()) >= STORY_WORDS and bool(SENTENCE_END.search(text))
