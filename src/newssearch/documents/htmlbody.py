"""Main-text extraction: strip boilerplate, score candidate containers, keep the article's paragraphs.

A readability-style scorer: every paragraph gives points to its parent and grandparent, class/id
hints add or remove points, link-heavy containers lose them. The best container and its good
siblings are then walked in document order and their blocks become paragraphs (``htmlblocks``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeAlias

from lxml import html as lxml_html

from .htmlblocks import Body, paragraphs
from .htmlclean import clean_tree, is_cookie_notice
from .htmlleads import lead_box, question_box
from .htmltext import squeeze
from .htmlwalk import BLOCK_TAGS, BREAK, has_block_child, text_of, wraps_blocks
from .pageboxes import MAX_HINTS
from .storyends import SENTENCE_END

Element: TypeAlias = lxml_html.HtmlElement

_POSITIVE = re.compile(r"article|body|content|entry|hentry|main|page|post|text|blog|story", re.I)
_WEAK_NEGATIVE = re.compile(
    r"comment|response|repl(?:y|ies)|discuss|disqus|talkback|meta|footer|footnote|related|share|social|sidebar|sponsor|promo|widget|nav|menu|combx|"
    r"shoutbox|masthead|media|scroll|outbrain|taboola|teaser|recommend",
    re.I,
)
PARAGRAPH_TAGS = frozenset("p pre td blockquote li h2 h3 h4 h5 h6 dd".split())
TAG_BASE = {"div": 5, "article": 10, "main": 5, "section": 2, "pre": 3, "td": 3, "blockquote": 3,
            "ol": -3, "ul": -3, "dl": -3, "li": -3, "form": -3, "address": -3, "th": -5}


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
            hint = hint[:MAX_HINTS]  # (see MAX_HINTS: a class of a megabyte took a second a pattern)
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
            holder = el if len(texts) == 1 and not has_block_child(el) else (el[0] if len(el) else el)
        for text in texts:
            if len(text) >= 25 and not is_cookie_notice(text):
                yield text, holder


_PARAGRAPH_BREAK = re.compile(rf"{BREAK}\s*{BREAK}")


def _own_paragraphs(el: Element) -> list[str]:
    """The text of ``el`` outside its blocks, split into paragraphs at double breaks and at blocks."""
    pieces: list[str] = []
    _own_pieces(el, pieces)
    chunks = (squeeze(chunk.replace(BREAK, " ")) for chunk in _PARAGRAPH_BREAK.split("".join(pieces)))
    return [chunk for chunk in chunks if chunk]



def _own_pieces(el: Element, pieces: list[str]) -> None:
    pieces.append(el.text or "")
    for child in el:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "br":
            pieces.append(BREAK)
        elif child.tag in BLOCK_TAGS:
            pieces.append(BREAK * 2)
        elif wraps_blocks(child):
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



def best_containers(root: Element) -> list[Element]:
    """The top-scoring container and the siblings that look like part of the same article."""
    scores = score_candidates(root)
    if not scores:
        return [root]
    top = _one_of_sections(_lone_child_wrapper(_merge_alternatives(_top(scores), scores), scores), scores)
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, scores[top] * 0.2)
    kept: list[Element] = []
    for sibling in parent:
        if sibling is top or _good_sibling(sibling, top, scores, threshold) or (kept and _is_verdict(sibling)):
            kept.append(sibling)
    lead = lead_box(kept[0])
    if lead is None:
        lead = question_box(kept[0])
    return kept if lead is None else [lead, *kept]


MIN_TOP_CHARS = 100


def _top(scores: dict[Element, float]) -> Element:
    """The best-scoring container holding a paragraph's worth of text, when one does: a line whose box's names
    earned it the story's bonus twice over (``<div class="post-ratings" id="post-ratings-1">``) is no story."""
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    return next((el for el in ranked if len(text_of(el)) >= MIN_TOP_CHARS), ranked[0])


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _lone_child_wrapper(top: Element, scores: dict[Element, float]) -> Element:
    """The outermost box that wraps ``top`` and nothing else, with ``top``'s score: a page builder's blocks
    (``<div class="block"><div class="block-content">…``) hold the story one section each, and the siblings to
    weigh are the blocks, not the one block's inner box. A heading around ``top`` is one its page left open
    (``<h2 class="excerpt">Standfirst<div>story…``): its own text opens the story."""
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html") and (_element_children(parent) == 1
                                                                          or parent.tag in _HEADINGS):
        scores[parent] = max(scores.get(parent, 0.0), scores[top])
        top, parent = parent, parent.getparent()
    return top


MAX_SECTION_HEAD = 300  # characters: a section's heading, not a second story beside the one scored


def _one_of_sections(top: Element, scores: dict[Element, float]) -> Element:
    """``top``'s section when ``top`` is its only prose, under a heading, and a sibling section of the same class holds
    prose too: a story told in sections (``<section class="part"><h2>…</h2><div class="part-body">…``), each of which
    is the story's, not only the best-scoring one."""
    parent = top.getparent()
    if parent is None or parent.tag in ("body", "html") or not parent.get("class"):
        return top
    if any(len(text_of(child)) > MAX_SECTION_HEAD for child in parent if isinstance(child.tag, str) and child is not top):
        return top
    siblings = [*parent.itersiblings(preceding=True), *parent.itersiblings()]
    if not any(sib.get("class") == parent.get("class") and _reads_as_prose(text_of(sib), sib) for sib in siblings
               if isinstance(sib.tag, str)):
        return top
    scores[parent] = max(scores.get(parent, 0.0), scores[top])
    return parent


def _element_children(el: Element) -> int:
    return sum(1 for child in el if isinstance(child.tag, str))


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
    same_kind = bool(sib.get("class")) and sib.get("class") == top.get("class")
    bonus = scores[top] * 0.2 if same_kind else 0
    if scores.get(sib, -1e9) + bonus >= threshold:
        return True
    if same_kind and sib not in scores:
        # A page builder's row like the story's holding prose in a heading only (its lead set as an <h2>): no
        # paragraph gave it a score.
        return _reads_as_prose(text_of(sib), sib)
    if sib.tag not in ("p", "div") or (sib.tag == "div" and has_block_child(sib)):
        return False
    text = text_of(sib)
    if sib.tag == "div":
        # A text-only div beside the body is a standfirst only when it reads as prose.
        return _reads_as_prose(text, sib)
    density = link_density(sib, len(text))
    return (len(text) > 80 and density < 0.25) or (0 < len(text) <= 80 and density == 0
                                                    and bool(re.search(r"\.( |$)", text)))



# A review's verdict or a guide's conclusion, in a box of its own after the text ("verdict-boxout", "c-conclusion"):
# the story's last words, though a score and a button stand beside them.
_VERDICT = re.compile(r"(?:^|[-_\s])(?:verdict|conclusion|fazit)(?:$|[-_\s])", re.I)


def _is_verdict(sib: Element) -> bool:
    """True for a box after the story named as its verdict that holds a sentence."""
    if not isinstance(sib.tag, str) or not _VERDICT.search(f"{sib.get('class', '')} {sib.get('id', '')}"):
        return False
    return any(_reads_as_prose(text_of(p), p) for p in sib.iter("p", "div") if not has_block_child(p))


def _reads_as_prose(text: str, el: Element) -> bool:
    return len(text.split()) >= 12 and link_density(el, len(text)) < 0.25 and bool(SENTENCE_END.search(text))


def extract_paragraphs(root: Element, comment_lists: bool = True) -> Body:
    """Clean ``root`` in place and return the main text as a list of paragraphs, with the date lines above it;
    ``comment_lists``: leave out boxes shaped as readers' comments (``htmlcomments``)."""
    clean_tree(root, comment_lists)
    body = root.find("body")
    return paragraphs(best_containers(body if body is not None else root))
