"""What a text file is before it is read as a story: not news (a collection's README or licence, a site's
robots.txt, a list of words), a web page saved under a text name, a wire's SGML story saved as text or XML, or a
table of stories saved as text."""

from __future__ import annotations

import re

from ..unspaced import has_unspaced
from .fields import JSON_FIELDS, norm_key
from .titles import ENDS_SENTENCE

# A web page saved under a text name (``curl … > story.txt``): read as the page it is, not as its markup.
_PAGE_START = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)  # an XHTML page starts with its XML declaration
# Reuters-21578's SGML (its doctype, then a <REUTERS> element), as a story split from the collection is saved.
_WIRE_START = re.compile(r"\A\ufeff?\s*(?:<!doctype\s+lewis\b[^>]*>\s*)?<REUTERS\b[^>]*>", re.IGNORECASE)


# Files that come with a collection and are not news: "README.TXT" had been the first hit of every "*".
_NOT_NEWS_NAMES = frozenset({"readme", "license", "licence", "copying", "changelog", "source", "contributing",
                             "authors", "notice", "citation", "code_of_conduct"})  # a dataset's SOURCE.md too
# A web site's own files a mirror of it (wget's) holds, by their exact names: rules and notes for crawlers, not news.
_SITE_FILES = frozenset({"robots.txt", "humans.txt", "ads.txt", "app-ads.txt", "security.txt"})
SENTENCE_WORDS = 8  # a line of this many words is a sentence: no rule of a site's file runs so long
LIST_LINES = 20      # a text of at least this many lines ...
LIST_SHARE = 0.9     # ... nearly all of them a word or two, no sentence, is a list (of topics, of names)
LIST_ITEM_CHARS = 40  # an item is short: a paragraph of Chinese, one "word" without spaces, is not one
_LIST_ITEM = re.compile(r"^\s*\S+(?:\s+\S+)?\s*$")


def not_news(text: str, rel: str) -> str | None:
    """Why a text file is not an article: a collection's README or licence, a site's robots.txt, or a list of
    words; else None."""
    base = rel.replace("#", "/").rsplit("/", 1)[-1].lower()  # a file in an archive: a.zip#README
    if base in _SITE_FILES and not _has_sentence(text):  # a story saved as robots.txt is still a story
        return f"a site's {base}, not an article"
    stem = base.split(".", 1)[0]
    if stem in _NOT_NEWS_NAMES:
        return f"a {stem.upper()} file, not an article"
    lines = [line for line in text[:100_000].splitlines() if line.strip()]
    if len(lines) >= LIST_LINES:
        items = sum(1 for line in lines if len(line.strip()) <= LIST_ITEM_CHARS and _LIST_ITEM.match(line)
                    and not ENDS_SENTENCE.search(line.rstrip()) and not has_unspaced(line))  # 北京市…: a sentence
        if items >= LIST_SHARE * len(lines):
            return f"a list of {len(lines):,} short lines, not an article"
    return None


def _has_sentence(text: str) -> bool:
    """Whether a line of ``text`` other than a comment runs to a sentence's length (a site's rules are short lines)."""
    return any(len(line.split()) >= SENTENCE_WORDS for line in text[:100_000].splitlines()
               if not line.lstrip().startswith(("#", "/*")))


def is_saved_page(text: str) -> bool:
    """Whether ``text`` is a web page saved under another name (``curl … > story.txt``): read as the page it is."""
    return bool(_PAGE_START.match(text[:4096]))


def is_wire_sgml(text: str) -> bool:
    """Whether ``text`` is a wire's SGML (Reuters-21578's ``<REUTERS>`` stories) under another name, a story split
    from the collection to ``reut-3003.txt`` or ``.xml``: read by the SGML reader, not as text or a feed."""
    return bool(_WIRE_START.match(text[:4096]))


_COLUMN_CHARS = 40  # a column's name is short: a headline with tabs in it is no header


def is_tab_table(text: str) -> bool:
    """Whether ``text`` is a tab-separated table of stories saved as text (Excel's "Unicode Text" and "Text (Tab
    delimited)", both .txt): a header of short column names, one of them a column of article text (``text``,
    ``body``, ``content``…), over a line with a tab too. Read as a .tsv is, one article a row."""
    header, _sep, rest = text[:4096].lstrip("\ufeff").partition("\n")
    names = [name.strip().strip('"') for name in header.rstrip("\r").split("\t")]
    if len(names) < 2 or any(len(name) > _COLUMN_CHARS for name in names):
        return False
    if not any(norm_key(name) in JSON_FIELDS["body"] for name in names):
        return False
    return "\t" in next((line for line in rest.split("\n") if line.strip()), "")
