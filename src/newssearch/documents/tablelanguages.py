"""A table's rows too short to tell their language alone (one sentence a row) given the language their file shows.

A row's language is told by its function words (``functionwords``), which need ``MIN_WORDS`` words: a CSV of one
German sentence a row had no row with a language, and ``lang:de Streik`` found none. Such a row takes the language
the file's text shows, when the file's is clear: its text tells it, and its rows agree (``FILE_SHARE`` of those that
show a language show it). A row long enough to tell keeps its own, and a short row whose few function words lean to
another language (a French line in a German file) none: a file mixing languages gives its short rows none.
"""

from __future__ import annotations

from dataclasses import replace

from ..functionwords import MIN_WORDS, leaning_language, text_language
from .article import Article
from .languages import language_code

FILE_SHARE = 0.8  # of the rows showing a language, those that must show the file's for it to be clear
_FILE_CHARS = 50_000  # the file's text read to tell its language: its opening rows (``text_language`` reads 2,000 words)


def with_file_language(articles: list[Article]) -> list[Article]:
    """``articles`` (one file's rows), each too short to tell its language and naming none given the file's
    language, when that is clear; the same list when no row is short or the file's language is not clear."""
    short = [at for at, article in enumerate(articles) if article.lang is None and _too_short(article.body)]
    if not short:
        return articles
    language = _file_language(articles)
    if language is None:
        return articles
    leanings = {at: leaning_language(articles[at].body) for at in short}
    shown = [leanings[at] if at in leanings else _row_language(article) for at, article in enumerate(articles)]
    votes = [told for told in shown if told is not None]
    if votes.count(language) < FILE_SHARE * len(votes):
        return articles
    given = list(articles)
    for at in short:
        if leanings[at] in (None, language):
            given[at] = replace(articles[at], lang=language)
    return given


def _too_short(text: str) -> bool:
    """Whether ``text`` has too few words for its function words to tell its language (``MIN_WORDS``)."""
    return len(text.split(None, MIN_WORDS)) < MIN_WORDS


def _file_language(articles: list[Article]) -> str | None:
    """The language the file's rows' text shows, read from its opening rows; None when it shows none clearly."""
    texts, size = [], 0
    for article in articles:
        texts.append(article.body)
        size += len(article.body)
        if size >= _FILE_CHARS:
            break
    return text_language("\n".join(texts))


def _row_language(article: Article) -> str | None:
    """The language a row long enough to tell shows: the one it names, else the one its text shows."""
    return language_code(article.lang) or text_language(article.body)
