"""A table's rows too short to tell their language alone (one sentence a row) given the language their file shows.

A row's language is told by its function words (``functionwords``), which need ``MIN_WORDS`` words: a CSV of one
German sentence a row had no row with a language, and ``lang:de Streik`` found none. Such a row takes the language
the file's text shows, when the file's is clear: its opening rows' text tells it, and those rows agree (``FILE_SHARE``
of those that show a language show it). Only the opening is read to tell it, so that an export too large to read
whole, read a line at a time (``jsonstream``), tells it in its first pass and gives its rows what a file read whole
gives them. A row long enough to tell keeps its own, and a short row whose few function words lean to
another language (a French line in a German file) none: a file mixing languages gives its short rows none.

A file whose opening text tells no language (a headlines list: each row's body its headline, a few words of no
function word) gives its short rows the language its records' keys or its columns name (``keynames.keys_language``:
"titel" and "quelle", German). They come last, after what the text shows: a row names its language (a "language"
field), else its text tells it, else the file's opening text does, else the keys. Keys say what language the export's
tool was set to, not what its stories are written in (German keys over English headlines), so words outweigh them.
A column of English headlines shows English taken together, though its stop words are too few for running text
(``functionwords.headlines_english``): ABC's "A Million News Headlines" had had no language.

A file that tells no language (one short record: a JSON Lines line "The council shut the pool.", or a few) gives each
short row naming none the English its own words lean to (``functionwords.leans_english``: two stop words at least,
twice any other language's function words), as English is the index's own: such a record had had none, and lang:en
missed it. A short row leaning to another language is given none (one sentence is too little to name it by), and a
file whose opening tells a language gives it as before: an English-leaning line in a German file stays none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..functionwords import ENGLISH, MIN_WORDS, headlines_english, leaning_language, leans_english, text_language
from .article import Article
from .keynames import keys_language
from .languages import language_code

FILE_SHARE = 0.8  # of the opening's rows showing a language, those that must show the file's for it to be clear
_FILE_CHARS = 50_000  # the file's opening: its rows up to this much text (``text_language`` reads 2,000 words)


class OpeningLanguage:
    """The file's language told from its opening rows alone (their text and their vote, else their keys): fed a row
    at a time, so that an export read a line at a time (``jsonstream``) tells it in its first pass as a file read
    whole does. Nothing is told until ``language`` is asked (a file with no short row never asks)."""

    def __init__(self) -> None:
        self._rows: list[Article] = []
        self._size = 0
        self._keys: set[str] = set()

    def add(self, article: Article, keys: Iterable[str] = ()) -> bool:
        """Count ``article``, the file's next row, and its record's ``keys`` (normalised); whether the opening wants
        more rows."""
        self._rows.append(article)
        self._keys.update(keys)
        self._size += len(article.body)
        return self.wants_more()

    def wants_more(self) -> bool:
        """Whether the opening reads another row (``_FILE_CHARS`` of text are not yet read)."""
        return self._size < _FILE_CHARS

    def language(self) -> str | None:
        """The language the opening's text shows, when ``FILE_SHARE`` of its rows showing one show it; when it
        shows none, the one its rows' keys name (``keys_language``); else None."""
        text = "\n".join(article.body for article in self._rows)
        language = text_language(text) or (ENGLISH if headlines_english(text) else None)
        if language is None:
            return keys_language(self._keys, text, record=True)
        votes = Counter(leaning_language(row.body) if _short(row) else _row_language(row) for row in self._rows)
        shown = sum(count for told, count in votes.items() if told is not None)
        return language if votes[language] >= FILE_SHARE * shown else None


def with_file_language(articles: list[Article], opening: OpeningLanguage | None = None) -> list[Article]:
    """``articles`` (one file's rows), each too short to tell its language and naming none given the file's
    language (``OpeningLanguage``: ``opening`` when the reader fed it, with its records' keys), when that is clear;
    the same list when no row is short or it is not clear."""
    if not any(_short(article) for article in articles):
        return articles
    language = opening.language() if opening is not None else opening_language(articles)
    return [given_language(article, language) for article in articles]


def opening_language(articles: Iterable[Article]) -> str | None:
    """The file's language its opening rows tell (``OpeningLanguage``), reading no row past them."""
    opening = OpeningLanguage()
    for article in articles:
        if not opening.add(article):
            break
    return opening.language()


def given_language(article: Article, language: str | None) -> Article:
    """``article`` given the file's ``language`` when it is too short to tell its own and names none, unless its few
    function words lean to another (a French line in a German file); when the file tells none, English when its words
    lean to it (``leans_english``); else ``article`` itself."""
    if not _short(article):
        return article
    if language is None:
        return replace(article, lang=ENGLISH) if leans_english(article.body) else article
    if leaning_language(article.body) not in (None, language):
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
