"""Main-text extraction: strip boilerplate, score candidate containers, keep the article's paragraphs.

A readability-style scorer: every paragraph gives points to its parent and grandparent, class/id
hints add or remove points, link-heavy containers lose them. The best container and its good
siblings are then walked in document order and their blocks become paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from lxml import html as lxml_html

from .htmlclean import (
    BOILER_LINE,
    PAGE_LINE,
    clean_tree,
    dates_the_page,
    drop_promotions,
    is_cookie_notice,
    is_date_line,
    is_dated_heading,
)
from .htmltext import squeeze

Element = lxml_html.HtmlElement

_POSITIVE = re.compile(r"article|body|content|entry|hentry|main|page|post|text|blog|story", re.I)
_WEAK_NEGATIVE = re.compile(
    r"comment|response|repl(?:y|ies)|discuss|disqus|talkback|meta|footer|footnote|related|share|social|sidebar|sponsor|promo|widget|nav|menu|combx|"
    r"shoutbox|masthead|media|scroll|outbrain|taboola|teaser|recommend",
    re.I,
)
BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 ul ol li dl dd dt blockquote pre table tr td th "
    "header figure hr br form center".split()
)
PARAGRAPH_TAGS = frozenset("p pre td blockquote li h2 h3 h4 h5 h6 dd".split())
TAG_BASE = {"div": 5, "article": 10, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
            "ol": -3, "ul": -3, "dl": -3, "li": -3, "form": -3, "address": -3, "th": -5}
# A web address or a social handle shown as the link text ("http://amzn.to/2x", "pic.twitter.com/Ab1", "@jolee").
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*|@\w+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def text_of(el: Element) -> str:
    """The element's text with whitespace collapsed."""
    return squeeze(el.text_content())


def link_density(el: Element, text_len: int) -> float:
    """Share of the element's text that sits inside links."""
    if not text_len:
        return 0.0
    linked = sum(len(squeeze(a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / text_len)


def class_weight(el: Element) -> int:
    """Readability's class/id bonus: +25 for article-like hints, -25 for boilerplate-like ones."""
    weight = 0
    for hint in (el.get("class"), el.get("id")):
        if hint:
            weight += 25 if _POSITIVE.search(hint) else 0
            weight -= 25 if _WEAK_NEGATIVE.search(hint) else 0
    if el.get("itemprop") == "articleBody":
        weight += 50
    return weight


def score_candidates(root: Element) -> dict[Element, float]:
    """Content score of every container that holds paragraphs, already scaled by link density."""
    scores: dict[Element, float] = {}
    for text, holder in _scored_texts(root):
        points = 1 + text.count(",") + text.count("，") + min(len(text) // 100, 3)
        for level, ancestor in enumerate(_ancestors(holder, 5)):
            if ancestor not in scores:
                scores[ancestor] = TAG_BASE.get(ancestor.tag, 0) + class_weight(ancestor)
            scores[ancestor] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
    for el in scores:
        scores[el] *= 1 - link_density(el, len(text_of(el)))
    return scores


def _scored_texts(root: Element) -> Iterator[tuple[str, Element]]:
    """Paragraph texts and the element below their container.

    A div's own text (loose, or in inline wrappers such as a <span>) is split at ``<br><br>`` and
    between its blocks; when it is one piece the div is a paragraph, else the div is their container.
    """
    for el in root.iter("p", "pre", "td", "div", "section"):
        if el.tag in ("p", "pre"):
            texts, holder = [text_of(el)], el
        else:
            texts = _own_paragraphs(el)
            holder = el if len(texts) == 1 and not _has_block_child(el) else (el[0] if len(el) else el)
        for text in texts:
            if len(text) >= 25 and not is_cookie_notice(text):
                yield text, holder


_BREAK = "\x00"
_PARAGRAPH_BREAK = re.compile(rf"{_BREAK}\s*{_BREAK}")


def _own_paragraphs(el: Element) -> list[str]:
    """The text of ``el`` outside its blocks, split into paragraphs at double breaks and at blocks."""
    pieces: list[str] = []
    _own_pieces(el, pieces)
    chunks = (squeeze(chunk.replace(_BREAK, " ")) for chunk in _PARAGRAPH_BREAK.split("".join(pieces)))
    return [chunk for chunk in chunks if chunk]


def _wraps_blocks(el: Element) -> bool:
    """True for an inline wrapper (a <span>, not a link) around blocks or <br>-separated paragraphs."""
    return el.tag != "a" and len(el) > 0 and next(el.iter(*BLOCK_TAGS), None) is not None


def _own_pieces(el: Element, pieces: list[str]) -> None:
    pieces.append(el.text or "")
    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "br":
            pieces.append(_BREAK)
        elif child.tag in BLOCK_TAGS:
            pieces.append(_BREAK * 2)
        elif _wraps_blocks(child):
            _own_pieces(child, pieces)
        else:
            pieces.append(child.text_content())
        pieces.append(child.tail or "")


def _ancestors(el: Element, depth: int) -> Iterator[Element]:
    parent = el.getparent()
    while parent is not None and depth > 0 and parent.tag != "html":
        yield parent
        parent = parent.getparent()
        depth -= 1


def _has_block_child(el: Element) -> bool:
    return any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag != "br" for c in el)


def best_containers(root: Element) -> list[Element]:
    """The top-scoring container and the siblings that look like part of the same article."""
    scores = score_candidates(root)
    if not scores:
        return [root]
    top = _merge_alternatives(max(scores, key=scores.__getitem__), scores)
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, scores[top] * 0.2)
    kept = []
    for sibling in parent:
        if sibling is top or _good_sibling(sibling, top, scores, threshold):
            kept.append(sibling)
    return kept


def _merge_alternatives(top: Element, scores: dict[Element, float]) -> Element:
    """Move up to the common ancestor when the article is split over several strong containers."""
    strong = [el for el, value in scores.items() if value >= 0.75 * scores[top] and el is not top]
    alternatives = [el for el in strong if not _related(el, top)]
    if not alternatives:
        return top
    lineage = set(_ancestors(top, 100))
    common = alternatives[0].getparent()
    while common is not None and common not in lineage:
        common = common.getparent()
    if common is None or common.tag in ("body", "html"):
        return top
    scores.setdefault(common, scores[top])
    return common


def _related(a: Element, b: Element) -> bool:
    """True when one element contains the other."""
    return any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())


def _good_sibling(sib: Element, top: Element, scores: dict[Element, float], threshold: float) -> bool:
    if not isinstance(sib.tag, str):
        return False
    bonus = scores[top] * 0.2 if sib.get("class") and sib.get("class") == top.get("class") else 0
    if scores.get(sib, -1e9) + bonus >= threshold:
        return True
    if sib.tag not in ("p", "div") or (sib.tag == "div" and _has_block_child(sib)):
        return False
    text = text_of(sib)
    density = link_density(sib, len(text))
    if sib.tag == "div":
        # A text-only div beside the body is a standfirst only when it reads as prose.
        return len(text.split()) >= 12 and density < 0.25 and bool(_SENTENCE_END.search(text))
    return (len(text) > 80 and density < 0.25) or (0 < len(text) <= 80 and density == 0
                                                    and bool(re.search(r"\.( |$)", text)))


OPENING = 160  # characters of text: the opening of the article, where a date line above it is its date


class Body(NamedTuple):
    """A page's article text as paragraphs, and the date lines dropped from its opening ("3. März 2024"): not
    text, but where the page may give its date (see ``htmlmeta.extract_date``)."""

    paragraphs: list[str]
    date_lines: list[str]


def paragraphs(containers: list[Element]) -> Body:
    """The text blocks of ``containers`` in document order, without boilerplate lines; and the date lines dropped
    before the first ``OPENING`` characters of text."""
    out: list[str] = []
    date_lines: list[str] = []
    size = 0
    for container in containers:
        for block, tag in _blocks(container):
            if _keep_block(block, tag):
                out.append(block.text)
                size += len(block.text)
            elif size < OPENING and dates_the_page(block.text):
                date_lines.append(block.text)
    return Body(drop_promotions(out), date_lines)


def text_paragraphs(texts: Iterable[str]) -> list[str]:
    """Paragraphs of plain text (a JSON-LD articleBody) without the page's labels and promotions."""
    return drop_promotions([text for text in texts if not is_boilerplate_line(text)])


def is_boilerplate_line(text: str) -> bool:
    """True for a line of plain text that the page reader leaves out: a label ("Share", "Subscribe now"), a pointer
    to other stories, a cookie notice or a date line."""
    return bool(text) and not _keep_block(_Block(text, 0), "p")


class _Block:
    """One paragraph's text, how much of it was link text, and how many of its lines were mostly links."""

    __slots__ = ("lines", "link_lines", "linked", "text")

    def __init__(self, text: str, linked: int, lines: int = 1, link_lines: int = 0) -> None:
        self.text, self.linked, self.lines, self.link_lines = text, linked, lines, link_lines


def _blocks(el: Element) -> Iterator[tuple[_Block, str]]:
    """Walk ``el``: leaf blocks become paragraphs, loose inline text between blocks too."""
    parts: list[tuple[str, bool]] = []
    yield from _walk(el, parts, el.tag)
    yield from _flush(parts, el.tag)


def _walk(el: Element, parts: list[tuple[str, bool]], tag: str) -> Iterator[tuple[_Block, str]]:
    """Collect ``el``'s inline pieces into ``parts``, flushing them as paragraphs at each inner block."""
    parts.append((el.text or "", False))
    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "tr" and is_data_row(child):
            yield from _flush(parts, tag)
            parts.clear()
            yield from _row_block(child)
        elif child.tag in BLOCK_TAGS and child.tag != "br":
            yield from _flush(parts, tag)
            parts.clear()
            yield from _blocks(child)
        elif child.tag == "br":
            parts.append((_BREAK, False))
        elif _wraps_blocks(child):
            # An inline wrapper (a <span>) around <br>-separated paragraphs or blocks: walk into it.
            yield from _walk(child, parts, tag)
        else:
            parts.append((child.text_content(), _is_link(child)))
        parts.append((child.tail or "", False))


CELL_SEPARATOR = " | "
_CELLS = ("td", "th")


def is_data_row(row: Element) -> bool:
    """True for a table row of data: its cells hold text, not blocks (a layout table's cells hold the page)."""
    cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in _CELLS]
    return bool(cells) and not any(_has_block_child(cell) for cell in cells)


def _row_block(row: Element) -> Iterator[tuple[_Block, str]]:
    """A data row as one line, its cells' texts between ``CELL_SEPARATOR`` ("Labour | 26.9% | 34").

    The row counts as links (and goes, as a menu's row does) only when each of its cells is mostly a link: a row
    naming its subject by a link ("<a>Britax Römer Baby-Safe</a> | 370 € | ja") is data, and stays whole.
    """
    cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in _CELLS]
    texts = [(text_of(cell), cell) for cell in cells]
    text = CELL_SEPARATOR.join(cell_text for cell_text, _ in texts if cell_text)
    if text:
        linked = all(_linked_chars(cell) * 2 > len(cell_text) for cell_text, cell in texts if cell_text)
        yield _Block(text, len(text) if linked else 0), "tr"


def _linked_chars(el: Element) -> int:
    """The characters of ``el``'s text inside links worded as links."""
    return sum(len(text_of(a)) for a in el.iter("a") if _is_link(a))


def _is_link(el: Element) -> bool:
    """True when ``el`` is or holds a link worded as a link; a printed web address is text the writer typed."""
    return any(not _ADDRESS.fullmatch(a.text_content().strip()) for a in el.iter("a"))


def _flush(parts: list[tuple[str, bool]], tag: str) -> Iterator[tuple[_Block, str]]:
    """Inline pieces as paragraphs: two line breaks in a row (``<br><br>``) start a new one."""
    chunk: list[str] = []
    lines: list[list[int]] = [[0, 0]]  # characters and linked characters of each <br>-separated line
    breaks = 0
    for piece, is_link in [*parts, (_BREAK, False), (_BREAK, False)]:
        if piece == _BREAK:
            breaks += 1
            piece = " "
        elif piece.strip():
            if breaks >= 2:
                yield from _block(chunk, lines, tag)
                chunk, lines = [], [[0, 0]]
            elif breaks and lines[-1][0]:
                lines.append([0, 0])
            breaks = 0
            size = len(piece.strip())
            lines[-1][0] += size
            lines[-1][1] += size if is_link else 0
        chunk.append(piece)
    yield from _block(chunk, lines, tag)


def _block(chunk: list[str], lines: list[list[int]], tag: str) -> Iterator[tuple[_Block, str]]:
    text = squeeze("".join(chunk))
    if text:
        linked = min(sum(line[1] for line in lines), len(text))
        link_lines = sum(1 for size, line_linked in lines if line_linked > size / 2)
        yield _Block(text, linked, sum(1 for line in lines if line[0]), link_lines), tag


_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


# A table's cells are data: a column headed "Share" or a cell reading "Email" or "3 March 2024" is not a label.
_TABLE_DATA = frozenset(("td", "th", "tr"))


def _is_page_label(text: str, tag: str = "p") -> bool:
    """True for a line of the page around the story: a label ("Share"), a pointer, a cookie notice, a date line."""
    return bool(BOILER_LINE.match(text) or PAGE_LINE.match(text)) or is_cookie_notice(text) \
        or _dropped_date_line(text, tag)


def _dropped_date_line(text: str, tag: str) -> bool:
    """Whether a block is a date line to leave out of the text: not a subheading naming an event and its day."""
    return is_date_line(text) and not (tag in _SUBHEADINGS and is_dated_heading(text))


def _keep_block(block: _Block, tag: str) -> bool:
    text = block.text
    if tag == "h1" or (tag not in _TABLE_DATA and _is_page_label(text, tag)):
        return False
    if block.lines >= 2 and block.link_lines == block.lines:
        # A stack of links, one per line ("Don't miss" lists inside the story).
        return False
    density = block.linked / len(text)
    if density > 0.5 and (tag in ("li", "dd", "td", "tr", "div", "section") or len(text) < 100):
        # A linked name in a short sentence ("<a>Ann Lee</a> has quit <a>the band</a>.") is still story.
        return tag == "p" and len(text) - block.linked >= 25 and bool(_SENTENCE_END.search(text))
    if tag == "li" and density > 0.3:
        return False
    return True


def extract_paragraphs(root: Element, comment_lists: bool = True) -> Body:
    """Clean ``root`` in place and return the main text as a list of paragraphs, with the date lines above it;
    ``comment_lists``: leave out boxes shaped as readers' comments (``htmlcomments``)."""
    clean_tree(root, comment_lists)
    body = root.find("body")
    return paragraphs(best_containers(body if body is not None else root))
