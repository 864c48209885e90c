"""A table's rows too short to tell their language alone (one sentence a row) given the language their file shows.

A row's language is told by its function words (``functionwords``), which need ``MIN_WORDS`` words: a CSV of one
German sentence a row had no row with a language, and ``lang:de Streik`` found none. Such a row takes the language
the file's text shows, when the file's is clear: its opening rows' text tells it, and those rows agree (``FILE_SHARE``
of those that show a language show it). Only the opening is read to tell it, so that an export too large to read
whole, read a line at a time (``jsonstream``), tells it in its first pass and gives its rows what a file read whole
gives them. A row long enough to tell keeps its own, and a short row whose few function words lean to
another language (a French line in a German file) none: a file mixing languages gives its short rows none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..functionwords import MIN_WORDS, leaning_language, text_language
from .article import Article
from .languages import language_code

FILE_SHARE = 0.8  # of the opening's rows showing a language, those that must show the file's for it to be clear
_FILE_CHARS = 50_000  # the file's opening: its rows up to this much text (``text_language`` reads 2,000 words)


class OpeningLanguage:
    """The file's language told from its opening rows alone (their text, and their vote): fed a row at a time, so
    that an export read a line at a time (``jsonstream``) tells it in its first pass as a file read whole does."""

    def __init__(self) -> None:
        self._texts: list[str] = []
        self._size = 0
        self._votes: Counter[str | None] = Counter()

    def add(self, article: Article) -> bool:
        """Count ``article``, the file's next row; whether the opening wants more rows."""
        self._votes[leaning_language(article.body) if _short(article) else _row_language(article)] += 1
        self._texts.append(article.body)
        self._size += len(article.body)
        return self._size < _FILE_CHARS

    def language(self) -> str | None:
        """The language the opening's text shows, when ``FILE_SHARE`` of its rows showing one show it; else None."""
        language = text_language("\n".join(self._texts))
        shown = sum(count for told, count in self._votes.items() if told is not None)
        return language if language is not None and self._votes[language] >= FILE_SHARE * shown else None


def with_file_language(articles: list[Article]) -> list[Article]:
    """``articles`` (one file's rows), each too short to tell its language and naming none given the file's
    language (``OpeningLanguage``), when that is clear; the same list when no row is short or it is not clear."""
    if not any(_short(article) for article in articles):
        return articles
    language = opening_language(articles)
    return articles if language is None else [given_language(article, language) for article in articles]


def opening_language(articles: Iterable[Article]) -> str | None:
    """The file's language its opening rows tell (``OpeningLanguage``), reading no row past them."""
    opening = OpeningLanguage()
    for article in articles:
        if not opening.add(article):
            break
    return opening.language()


def given_language(article: Article, language: str) -> Article:
    """``article`` given the file's ``language`` when it is too short to tell its own and names none, unless its few
    function words lean to another (a French line in a German file); else ``article`` itself."""
    if not _short(article) or leaning_language(article.body) not in (None, language):
        return article
    return replace(article, lang=language)


def _short(article: Article) -> bool:
    """Whether ``article`` names no language and is too short to tell its own."""
    return article.lang is None and _too_short(article.body)


def _too_short(text: str) -> bool:
    """Whether ``text`` has too few words for its function words to tell its language (``MIN_WORDS``)."""
    return len(text.split(None, MIN_WORDS)) < MIN_WORDS


def _row_language(article: Article) -> str | None:
    """The language a row long enough to tell shows: the one it names, else the one its text shows."""
    return language_code(article.lang) or text_language(article.body)
