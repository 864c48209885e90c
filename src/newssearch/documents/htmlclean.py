"""Boilerplate removal before scoring: tags, boxes and lines that are never article text."""

from __future__ import annotations

import re
from typing import TypeAlias

from lxml import html as lxml_html

from ..datelines import wire_agency
from .boilerlines import COOKIE_NOTICE
from .htmlcomments import drop_comment_lists
from .htmlslides import Slides, is_hidden
from .labelledboxes import drop_labelled
from .mediaboxes import drop_player_boxes, is_play_button, kept_figure_text
from .pageboxes import MAX_HINTS
from .pagewrappers import MOST_OF_PAGE, NOT_TEXT, drop_noscripts, prose_chars, wraps_the_page

Element: TypeAlias = lxml_html.HtmlElement

# Never article text, wherever they sit.
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "svg", "button", "select", "input", "textarea", "nav",
    "footer", "aside", "figure", "figcaption", "template", "object", "embed", "canvas", "video", "audio",
    "picture", "map", "dialog", "label", "menu",
)
# A footer in other languages' words too: Serbo-Croatian "futer" (auto-wirtschaft.ch's "futer_content"), "Fußzeile".
_NEGATIVE = re.compile(
    r"(?:^|[-_\s])(?:ad|ads|adv|advert|advertisement|banner|breadcrumbs?|crumbs?|byline|caption|comments?|"
    # Readers' comments under any of their names: "responses", "replies", "discussion", "talkback", "commentlist".
    r"comment(?:list|section|box|thread|area)s?|responses?|repl(?:y|ies)|discussions?|discuss|talkback|"
    r"cookie|disqus|footer|futer|fusszeile|fußzeile|gdpr|masthead|menu|modal|nav|navbar|navigation|newsletter|outbrain|"
    r"pagination|pager|prev|next-?(?:post|story|article|entry)s?|popup|overlay|lightbox|interstitial|consent|promo|references|ref-?list|"
    r"bibliography|related|related-?posts|likes?|wpa|share|sharing|sidebar|social|sponsor(?:ed)?|subscribe|"
    r"subscription|taboola|tags|toolbar|signup|recirc|trending|most-?popular|"
    # A box about the writer or naming them ("author-box", "authorInfo", "about-the-author", "author-name"); not the
    # bare "author", which some templates put on the article itself.
    r"author-?(?:bio|box|info|about|details|description|wrap|card|profile|content|area|name)|about-?(?:the-?)?author|"
    # The site's contact form or address under the story ("Fragen zu diesem Artikel", spdfraktion.de's id="contact").
    r"contact|"
    # A background box on the story's subject ("article-infobox") and the site's notice about the post
    # ("community-notice": "this post is a blog of our community"), beside the story, never in its flow.
    r"info-?box(?:es)?|notices?|"
    # The readers' rating widget ("article_vote", "star-rating": "Durchschnittliche Bewertung: (2 Bewertungen)"), not a
    # review's own scores ("review-rating") nor a poll's votes in the story; and a box of further reading beside the
    # story, named for its label ("En savoir plus", "Learn more").
    r"star-?ratings?|(?:article|post|entry|story|page|content)[-_]?(?:votes?|voting|ratings?)|"
    r"rating-?(?:box|widget)|rate-?(?:this|it|post|article)|(?:en[-_]?)?savoir[-_]?plus|learn[-_]?more|"
    # docutils' (rst2html's) box of a document's fields, its :Author: and :Date:.
    r"credit|dateline|meta|timestamp|print-?only|visually-?hidden|sr-only|autor|auteur|autore|signature|docinfo)"
    r"(?:$|[-_\s])",
    re.I,
)
_KEEP = re.compile(r"article|body|content|entry|main|post|story|text|blog|column", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A grid's cell, named "column" alone (Foundation's, Bulma's): where a box sits, not that it is the story.
_GRID_CELLS = frozenset(("column", "columns"))
# Layout flags name what is beside a box, not what it is: "content-with-sidebar", "has-comments", and a grid's
# "c-fixed-sidebar-layout--140--left@lg" (the row holding the story and, beside it, a sidebar).
_LAYOUT_FLAG = re.compile(r"(?:^|[-_])(?:with|has|no|without)[-_][a-z]+|(?:^|[-_])sidebar[-_]layout", re.IGNORECASE)
# Captions and photo credits, however the class is spelled ("newsCaption", "imageEmbedCredit", "imagedescription",
# "image-subtitle", a picture's "legend", Italian's "dida" or "didascalia", a picture's "copyright" line printed under it).
_ASIDE_TEXT = re.compile(r"caption|credit|(?:image|img|photo|foto|bild)[-_]?(?:description|desc|unterschrift|subtitle)|"
                         r"bildunterschrift|(?:^|[-_\s])(?:legende?|dida|didascalia|copyright)(?:$|[-_\s])", re.I)
# Embedded posts are quoted in the story through the networks' embed code: <blockquote class="twitter-tweet">.
_EMBEDDED_POST = re.compile(r"tweet|instagram|tiktok|embed", re.IGNORECASE)
# Hover cards: the innermost hinted box with more than a few words is the card, its wrappers are kept.
_HOVER_CARD = re.compile(r"tooltip|rollover|popover|hovercard", re.I)
# Characters of prose that make a paragraph's one span the paragraph itself, whatever its name (a sentence or two).
WHOLE_PARAGRAPH = 150


def is_cookie_notice(text: str) -> bool:
    """True when ``text`` is the site's notice about its cookies."""
    return "ookie" in text and bool(COOKIE_NOTICE.search(text))


_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def clean_tree(root: Element, comment_lists: bool = True) -> None:
    """Remove elements that are never article text: readers' comments (with ``comment_lists``, those known by their
    shape too), scripts, navigation, hidden and boilerplate boxes."""
    if comment_lists:
        drop_comment_lists(root)  # first: a comment is known by its Reply button, which goes with the other buttons
    for el in list(root.iter(*NOT_TEXT)):
        if el.tag != "noscript":
            _drop(el)
    drop_noscripts(root)
    page = prose_chars(root)
    for el in list(root.iter(*DROP_TAGS)):
        if el.tag == "figure" and kept_figure_text(el):
            continue
        if not (el.tag == "aside" and prose_chars(el) > MOST_OF_PAGE * page):
            _drop(el)
    # A wrapper is weighed against the page's text without its menus and footers, which never hold the story: a
    # site-wide menu of 13,000 characters had left a 4,400-character story's wrapper below half of the page.
    page = prose_chars(root)
    for heading in list(root.iter("h2", "h3", "h4", "h5", "h6", "div", "span", "p")):
        drop_labelled(heading)
    slides, buttons = Slides(), []
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            _drop(el)
        elif el.getparent() is not None and _is_boilerplate_box(el, slides) and not wraps_the_page(el, _names(el), page):
            _drop(el)
        elif is_play_button(el):
            buttons.append(el)
    drop_player_boxes(buttons)


# Controls and forms inside an item that is already the article (a feed item's HTML), and links dressed as buttons
# ("Subscribe now", "Share", "Leave a comment"): never its text.
ITEM_CONTROLS = ("button", "form", "input", "select", "textarea", "label", "dialog", "script", "style", "noscript")
_BUTTON_LINK = re.compile(r"(?:^|[-_\s])(?:button|btn)(?:$|[-_\s])", re.IGNORECASE)
MOST_OF_ITEM = 0.5  # a box holding more than this share of an item's text is its wrapper, whatever its name


def clean_item(root: Element) -> None:
    """Remove from an item that is already the article its controls and the page reader's boilerplate boxes (share,
    subscribe and newsletter widgets, by their names); a box holding most of the item's text stays."""
    for el in list(root.iter(*ITEM_CONTROLS)):
        _drop(el)
    total = len(root.text_content())
    for el in list(root.iter()):
        if el.getparent() is not None and _is_item_boilerplate(el, total):
            _drop(el)


def _is_item_boilerplate(el: Element, total: int) -> bool:
    """A comment, a link dressed as a button, or a boilerplate box that holds at most ``MOST_OF_ITEM`` of the text."""
    if not isinstance(el.tag, str):
        return True
    if el.tag == "a":
        return bool(_BUTTON_LINK.search(el.get("class", "")))
    return _is_boilerplate_box(el) and len(el.text_content()) <= MOST_OF_ITEM * total


def _is_hover_card(el: Element) -> bool:
    inner = (d for d in el.iterdescendants() if isinstance(d.tag, str) and _HOVER_CARD.search(_names(d)))
    return next(inner, None) is None and len(el.text_content().split()) > 3


def _names(el: Element) -> str:
    """The class, id and component name of a box (BBC's ``data-component="byline-block"``); a subheading's id made
    of its own words (``id="nav_nur_die_folie__1"``, ``id="related-work"``) is an anchor to jump to, not a role."""
    ident = el.get("id", "")
    if ident and el.tag in _HEADINGS and _is_anchor(ident, el):
        ident = ""
    return f"{el.get('class', '')} {ident} {el.get('data-component', '')}"[:MAX_HINTS]  # (see MAX_HINTS)


def _is_anchor(ident: str, heading: Element) -> bool:
    words = [word for word in re.findall(r"[^\W\d_]+", heading.text_content().lower()) if len(word) >= 3][:2]
    return bool(words) and all(word in ident.lower() for word in words)


def _bem_element(name: str) -> str:
    """``article__share`` names a share box inside the article block: judge it by ``share``."""
    return name.rsplit("__", 1)[-1]


def _negative_names(hints: str, roles: str) -> bool:
    """True when a class/id name says boilerplate and no other name says article.

    Each name is judged on its own, camelCase split like dashes: in ``share-text`` or ``relatedContent``
    the article word only qualifies the boilerplate one, while ``entry-content has-share`` keeps its box.
    """
    spaced = _CAMEL.sub("-", hints) if _CAMEL.search(hints) else hints
    names = [_LAYOUT_FLAG.sub("", name) for name in spaced.split()]
    if not any(_NEGATIVE.search(name) for name in names) or _KEEP.search(roles):
        return False
    owns = (_bem_element(name) for name in names if name.lower() not in _GRID_CELLS)
    return not any(_KEEP.search(own) and not _NEGATIVE.search(own) for own in owns)


def _holds_story(el: Element, *tags: str) -> bool:
    """True when ``el`` holds one of ``tags`` or the element marked as the article body."""
    return next(el.iter(*tags), None) is not None or el.find(".//*[@itemprop='articleBody']") is not None


def _drop(el: Element) -> None:
    """Remove ``el`` but keep its tail text in place."""
    if el.getparent() is not None:
        el.drop_tree()


_DATELINE = re.compile(r"dateline", re.IGNORECASE)
_WIRE_DATELINE_CHARS = 80  # "SAN JUAN CAPISTRANO, Calif. (Business Wire) --": a place, a region and an agency
_OVERLAY = re.compile(r"(?:^|[-_\s])(?:overlay|modal|popup|lightbox|interstitial)(?:$|[-_\s])", re.IGNORECASE)
# A box marked up as a person (schema.org microdata): the writer's card with their bio. An inline one (a <span>) may be
# a name in a sentence, and stays.
_PERSON = re.compile(r"schema\.org/Person/?$")
_BOXES = frozenset(("div", "section", "aside", "ul", "ol", "dl"))


def _opens_a_paragraph(el: Element, hints: str) -> bool:
    """True for a wire story's dateline inside its first paragraph, which the sentence goes on from:
    ``<p><span class="dateline">KOBE – </span>A total of 6,000 masks…</p>``. A dateline box of its own
    ("Updated Nov 19, 6:55 AM") is the page's, not the story's."""
    parent = el.getparent()
    return (parent is not None and parent.tag == "p" and bool(_DATELINE.search(hints))
            and not (parent.text or "").strip() and bool((el.tail or "").strip()))


def _is_wire_dateline(el: Element, hints: str) -> bool:
    """True for a dateline box crediting a wire agency, the story's first line: ``<div class="dateline">WELLINGTON
    (Reuters) -</div>`` over the story's first paragraph (its agency had been lost with it). A dateline box of a
    day ("Updated Nov 19, 6:55 AM") is the page's."""
    if not _DATELINE.search(hints):
        return False
    text = " ".join(el.text_content().split())
    return len(text) <= _WIRE_DATELINE_CHARS and wire_agency(f"{text}\n") is not None


def _is_whole_paragraph(el: Element, hints: str) -> bool:
    """True for a ``<span>`` that is all of its paragraph's prose, whatever it is named: a post copied from Facebook
    keeps its classes (skateboardmsm.de's ``_fbReactionComponent__eventDetailsContentTags`` around each paragraph
    read as a tags box). A caption or credit in a span of its own is still the page's."""
    parent = el.getparent()
    if el.tag != "span" or parent is None or parent.tag != "p" or _ASIDE_TEXT.search(hints):
        return False
    text = " ".join(el.text_content().split())
    return len(text) >= WHOLE_PARAGRAPH and len(text) >= 0.9 * len(" ".join(parent.text_content().split())) \
        and text[-1] in ".!?…\"“”»"


def _is_boilerplate_box(el: Element, slides: Slides | None = None) -> bool:
    """True for a box that is never the story's text: hidden (but for a gallery's sections, with ``slides``), a
    dialog, a card about the writer, or a box named as boilerplate."""
    if el.tag in ("body", "html", "article", "main", "a"):
        return False
    if is_hidden(el) and not (slides is not None and slides.is_slide(el)):
        return True
    if el.get("role") in ("dialog", "alertdialog") or el.get("aria-modal") == "true":
        # A modal dialog (cookie consent, newsletter prompt) sits over the page; the story is never in one.
        return not _holds_story(el, "article")
    if el.tag in _BOXES and _PERSON.search(el.get("itemtype", "")):
        return not _holds_story(el, "h1", "article", "main")  # a card about the writer, not the story
    hints = _names(el)
    if hints == " ":
        return False
    if _HOVER_CARD.search(hints) and _is_hover_card(el):
        pass
    elif not _ASIDE_TEXT.search(hints) and not _negative_names(hints, f"{el.get('role', '')} {el.get('itemprop', '')}"):
        return False
    # A wrapper that holds the headline or the article is the page itself, whatever its name; an overlay's own heading
    # ("Dear fans, your browser is out of date") does not make it the page.
    if _holds_story(el, *(("article", "main") if _OVERLAY.search(hints) else ("h1", "article", "main"))) \
            or _opens_a_paragraph(el, hints) or _is_whole_paragraph(el, hints) or _is_wire_dateline(el, hints):
        return False
    # A social-media box around an embedded post (a quoted tweet) is part of the story.
    return not any(_EMBEDDED_POST.search(quote.get("class", "")) for quote in el.iter("blockquote"))
