"""Markdown's inline marks, read as a reader of the rendered page sees them: code spans and escapes kept as
written, links their words, images and footnote marks gone, emphasis marks off, comments and Hugo or Jekyll
shortcodes gone, HTML read as HTML and entities decoded.

Every pattern stops at the next opening of its own kind, so that a file of unclosed marks costs a pass, not a
pass per mark.
"""

from __future__ import annotations

import html
import re

from .htmltext import html_to_text, looks_like_html, looks_like_markup

# Comments and template tags, which no reader sees: on a line of their own they take the line with them.
_HIDDEN = (r"<!--(?:(?!<!--|-->).)*-->", r"%%[^%]*(?:%(?!%)[^%]*)*%%",
           r"\{%-?\s*comment\s*-?%\}(?:(?!\{%-?\s*(?:end)?comment\b).)*\{%-?\s*endcomment\s*-?%\}",
           r"\{\{<(?:(?!>\}\}|\{\{).)*>\}\}", r"\{\{%(?:(?!%\}\}|\{\{).)*%\}\}", r"\{%(?:(?!%\}|\{%).)*%\}",
           r"\{\{(?:(?!\}\}|\{\{).)*\}\}")
HIDDEN_LINES = re.compile(rf"^[ \t]*(?:{'|'.join(_HIDDEN)})[ \t]*(?:\n|$)", re.DOTALL | re.MULTILINE)
_HIDDEN_INLINE = re.compile("|".join(_HIDDEN), re.DOTALL)

_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_HARD_BREAK = re.compile(r"\\$", re.MULTILINE)
_AUTOLINK = re.compile(r"<(?:mailto:)?((?:https?|ftp)://[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[A-Za-z]{2,})>")
_URL = r"<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*"
_TITLE = r"""(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?"""
_LINK_TEXT = r"((?:[^\[\]]|\[[^\[\]]*\])*)"
_IMAGE = re.compile(rf"!\[\[[^\[\]]*\]\]|!\[[^\[\]]*\](?:\(\s*(?:{_URL}){_TITLE}\s*\)|\[[^\[\]]*\])?")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|#]*)(?:#[^\[\]|]*)?(?:\|([^\[\]]*))?\]\]")  # Obsidian: [[Note#Part|shown]]
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_EMPTY_LINK = re.compile(rf"\[[\s\ue002]*\]\(\s*(?:{_URL}){_TITLE}\s*\)")  # a linked image's link, once it is gone
_INLINE_LINK = re.compile(rf"\[{_LINK_TEXT}\]\(\s*(?:{_URL}){_TITLE}\s*\)")
_REFERENCE_LINK = re.compile(rf"\[{_LINK_TEXT}\][ ]?\[([^\[\]]*)\]")
_SHORTCUT_LINK = re.compile(r"(?<![\]\\])\[([^\[\]]+)\](?![\[(:])")
# Each keeps the marked words as group 1, on one line. An underscore opens or closes only beside a non-letter
# (``snake_case`` stays), an asterisk anywhere ("un*frigging*believable").
_EMPHASIS = (
    re.compile(r"\*\*(?=\S)((?:[^*\n]|\*(?!\*))+?)(?<=\S)\*\*"),
    re.compile(r"(?<![^\W_])__(?=\S)((?:[^_\n]|_(?!_))+?)(?<=\S)__(?![^\W_])"),
    re.compile(r"~~(?=\S)((?:[^~\n]|~(?!~))+?)(?<=\S)~~"),
    re.compile(r"==(?=\S)((?:[^=\n]|=(?!=))+?)(?<=\S)=="),  # Obsidian's highlight
    re.compile(r"\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*"),
    re.compile(r"(?<![^\W_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![^\W_])"),
)
# What is dropped from a line (an image, a comment) is first marked, then goes with a space beside it: "A photo
# ![x](x.jpg) here." is "A photo here.", not "A photo  here.".
_GONE = "\ue002"
# (A run of spaces is tried from its first only: from each of them, a long run cost n² steps.)
_GONE_SPACE = re.compile(rf"^[ \t]*{_GONE}[{_GONE} \t]*|(?<![ \t])[ \t]*{_GONE}[{_GONE} \t]*(?=[.,;:!?)]|$)"
                         rf"|(?<![ \t])[ \t]+{_GONE}+(?=[ \t])|{_GONE}+", re.MULTILINE)
_SLOT = "\ue000{}\ue001"  # a code span, an escaped mark or an address, kept out of the way of the other patterns
_SLOTS = re.compile(r"\ue000(\d+)\ue001")


def inline_text(text: str, references: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """A paragraph's inline Markdown as text: code spans and escapes kept as written, links their words, images
    and footnote marks gone, emphasis marks off, HTML read and entities decoded. ``references``: the labels of the
    file's link definitions (``[text][label]`` is a link only when one is defined)."""
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return _SLOT.format(len(kept) - 1)

    text = _CODE_SPAN.sub(lambda m: keep(_code_span(m.group(2))), text)
    text = _ESCAPED.sub(lambda m: keep(m.group(1)), text)
    text = _AUTOLINK.sub(lambda m: keep(m.group(1)), text)
    text = _HARD_BREAK.sub("", _HIDDEN_INLINE.sub(_GONE, text))
    text = _EMPTY_LINK.sub(_GONE, _FOOTNOTE_REF.sub(_GONE, _IMAGE.sub(_GONE, text)))
    text = _GONE_SPACE.sub("", text)
    text = without_wiki_links(text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(lambda m: m.group(1) if label(m.group(2) or m.group(1)) in references else m.group(),
                               text)
    text = _SHORTCUT_LINK.sub(lambda m: m.group(1) if label(m.group(1)) in references else m.group(), text)
    text = _without_emphasis(text)
    if looks_like_markup(text):
        text = html_to_text(text)
    elif looks_like_html(text):
        text = html.unescape(text)
    for _ in range(2):  # a code span inside a kept autolink's place, and so on
        text = _SLOTS.sub(lambda m: kept[int(m.group(1))], text)
    return text


def _code_span(code: str) -> str:
    """A code span's text: one space each side is its padding, not its text."""
    return code[1:-1] if len(code) > 2 and code[0] == code[-1] == " " and code.strip() else code


def _without_emphasis(text: str) -> str:
    """``text`` without the marks of strong, emphasis, strikethrough and highlight; a mark inside a word stays
    when it is an underscore (``snake_case``), as Markdown reads it."""
    for _ in range(3):  # ***both***, **strong with *emphasis* in it**
        before = text
        for pattern in _EMPHASIS:
            text = pattern.sub(r"\1", text)
        if text == before:
            break
    return text


def label(label: str) -> str:
    """A link label as Markdown matches one: case and runs of whitespace do not count."""
    return " ".join(label.split()).casefold()


def without_wiki_links(text: str) -> str:
    """``text`` with each Obsidian wiki link as the words it shows: ``[[Jane Doe]]`` is Jane Doe, ``[[Note|shown]]``
    shown."""
    return _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text) if "[[" in text else text
