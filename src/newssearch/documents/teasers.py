"""A story's teaser (a record's description, a feed item's summary, front matter's description, an NITF abstract)
put before its text unless the text holds it already: the index has no description field, so a word only in the
teaser had been unfindable, and a teaser that repeats the text must not be read twice."""

from __future__ import annotations

import re
import unicodedata

# A teaser repeats the text when its first 60 characters of words are in the text (or the text's opening's are its).
_OVERLAP = 60
_OPENING_CHARS = 1000  # enough of a body's opening to hold its first 60 characters of words
_MARKS = re.compile("[\u0300-\u036f]")  # the accents NFKD splits off Latin, Greek and Cyrillic letters
_WORD = re.compile(r"\w+")


def teaser_first(teaser: str, body: str) -> str:
    """``body`` with ``teaser`` (plain text) before it, a paragraph of its own, unless ``repeats(teaser, body)``."""
    if not teaser.strip() or repeats(teaser, body):
        return body
    return f"{teaser.strip()}\n\n{body}" if body.strip() else teaser.strip()


def repeats(teaser: str, body: str) -> bool:
    """Whether ``body`` holds ``teaser`` already: the teaser's opening is in the body (whole, or cut short as a
    WordPress excerpt's "… […]"), or the body's opening is the teaser's (NewsAPI's ``content`` cut at 200
    characters); compared case- and accent-folded, punctuation and white space aside. A teaser of no words repeats
    any body."""
    words = _words(teaser)
    if not words:
        return True
    # each held from a word's start (a leading space): a one-word teaser "Hi" is not held by "this"
    return f" {words[:_OVERLAP]}" in f" {_words(body)}" or f" {_words(body[:_OPENING_CHARS])[:_OVERLAP]}" in f" {words}"


def holds_more(fuller: str, text: str) -> bool:
    """Whether ``fuller`` holds all of ``text`` (its words as ``repeats`` compares them; a last word cut short too)
    and more words besides: a feed's description that is its story, beside a content that is only its opening."""
    words, held = _words(fuller), _words(text)
    return bool(held) and len(words) > len(held) + 1 and f" {held}" in f" {words}"


def _words(text: str) -> str:
    """The words of ``text`` case- and accent-folded, one space apart: what is compared when a teaser may repeat the
    text."""
    text = text.casefold()
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(_WORD.findall(text))
