"""A WordPress export (WXR, Tools > Export): an RSS feed holding every item of a site, each with its ``wp:`` elements.

Only its published posts are articles: a draft, a pending, private, scheduled or trashed post (``wp:status``) and a
page, an attachment (a picture's own item), a menu entry, a revision or a block (``wp:post_type``) are skipped with
that reason; a custom post type (a site's ``story``) is a post. A post's ``dc:creator`` is its author's login: the
display name the export's ``wp:author`` gives it is its author. Its day is ``wp:post_date``, the site's own day as
its page shows it (``pubDate`` is in UTC: a New Zealand site's morning post is dated the day before). Its
``content:encoded`` is the post's raw content, shortcodes and all: they are no text, but a caption's words are.
"""

from __future__ import annotations

import re

from lxml import etree

from .feedelements import Children, element_text, local_name
from .feedxml import Element

# The export's namespace, of any version (1.0, 1.1, 1.2): http://wordpress.org/export/1.2/
_NAMESPACE = "http://wordpress.org/export/"
_PUBLISHED = "publish"
# How each skip of an item that is no published post ends: the site's owner left it out (article.LEFT_OUT), so a post
# put back to draft since it was indexed leaves the index, not kept as a record that may come back.
LEFT_OUT = "(WordPress export)"
# WordPress's own types that are no post (a plugin's custom types, a site's "story", are posts).
_NOT_POSTS = frozenset({
    "page", "attachment", "nav_menu_item", "revision", "custom_css", "customize_changeset", "oembed_cache",
    "user_request", "wp_block", "wp_template", "wp_template_part", "wp_global_styles", "wp_navigation",
    "wp_font_family", "wp_font_face", "shop_order", "product", "feedback", "jp_pay_order", "jp_pay_product",
})
# Shortcodes whose content is no text (a gallery, an embedded player's address) go whole; any other shortcode's tags
# go and its content stays (a caption's words), when it is written as one: a name and attributes (``[caption id=…]``),
# a closing tag, or a core name alone (``[gallery]``). ``[sic]`` and ``[laughs]`` are the story's.
_DROPPED = ("embed", "video", "audio", "playlist", "gallery")
_WHOLE = re.compile(r"\[(" + "|".join(_DROPPED) + r")\b[^\]]*\](?:[^\[]*\[/\1\])?")
_CORE = ("caption", "wp_caption", *_DROPPED)
_TAG = re.compile(r"\[/?(?:(?:" + "|".join(_CORE) + r")\b[^\]]*|[a-z][\w-]*\s+[\w-]+=[^\]]*)\]|\[/[a-z][\w-]*\]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# What opens a part of the raw content that is a block already: wpautop leaves it as it is, and wraps the rest in <p>.
_BLOCK = re.compile(r"<(?:!--|/?(?:p|div|figure|h[1-6]|ul|ol|li|blockquote|table|pre|hr|section|iframe)\b)", re.I)


def is_wxr(channel: Element) -> bool:
    """Whether the RSS ``channel`` is a WordPress export's: it has a ``wp:`` element (its ``wxr_version``)."""
    return any(_wp(child) for child in channel)


def _wp(element: object) -> bool:
    """Whether ``element`` is an element of the export's namespace."""
    tag = getattr(element, "tag", None)
    return isinstance(tag, str) and tag.startswith("{" + _NAMESPACE)


def export_authors(channel: Element) -> dict[str, str]:
    """Each author's login (as an item's ``dc:creator`` names them) and display name, from the channel's
    ``wp:author`` elements."""
    names: dict[str, str] = {}
    for author in channel:
        if _wp(author) and local_name(author) == "author":
            fields = {local_name(child): element_text(child).strip() for child in author if _wp(child)}
            if fields.get("author_login") and fields.get("author_display_name"):
                names[fields["author_login"]] = fields["author_display_name"]
    return names


def _value(children: Children, name: str) -> str:
    """The text of the item's ``wp:<name>`` element, lower case; empty when it has none."""
    return next((element_text(el).strip().lower() for el in children.get(name, []) if _wp(el)), "")


def not_a_post(children: Children) -> str | None:
    """Why the export's item (its elements ``children``) is no article, or None for a published post."""
    post_type, status = _value(children, "post_type"), _value(children, "status")
    if post_type in _NOT_POSTS:
        return f"{_article(post_type)} {post_type} (wp:post_type {post_type}), not a post {LEFT_OUT}"
    if status and status != _PUBLISHED:
        return f"{_article(status)} {status} (wp:status {status}), not a published post {LEFT_OUT}"
    return None


def _article(word: str) -> str:
    """``a`` or ``an`` before ``word``."""
    return "an" if word[:1] in "aeiou" else "a"


def post_children(children: Children, authors: dict[str, str]) -> Children:
    """The item's elements as a feed's item gives them: its authors' display names for their logins, its
    ``wp:post_date`` (the site's day) before ``pubDate`` (UTC), and its content as WordPress shows it
    (``rendered``)."""
    found = dict(children)
    if children.get("encoded"):
        found["encoded"] = [_with_text(el, rendered(element_text(el, str))) for el in children["encoded"]]
    creators = [_named(el, authors.get(element_text(el).strip())) for el in children.get("creator", [])]
    if creators:
        found["creator"] = creators
    posted = [el for el in children.get("post_date", []) if _wp(el) and not element_text(el).startswith("0000")]
    if posted:
        found["pubdate"] = posted + list(children.get("pubdate", []))
    return found


def _named(element: Element, name: str | None) -> Element:
    """``element``, or a ``dc:creator`` of ``name`` when the export names its login so."""
    return _with_text(element, name) if name else element


def _with_text(element: Element, text: str) -> Element:
    """An element of ``element``'s name holding ``text`` alone."""
    made = etree.Element(element.tag)
    made.text = text
    return made


def rendered(content: str) -> str:
    """A post's raw content as WordPress renders it: without its shortcodes (``[caption …]…[/caption]``: its words
    kept), each part between blank lines that is no block a paragraph, as ``wpautop`` makes it (the export holds a
    classic post's paragraphs as blank lines: they had run into one)."""
    parts = [part.strip() for part in _BLANK_LINES.split(_TAG.sub("", _WHOLE.sub("", content)))]
    return "\n".join(part if _BLOCK.match(part) else f"<p>{part}</p>" for part in parts if part)
