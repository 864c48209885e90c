"""Plain text from the HTML fragments that JSON bodies and feed items carry."""

from __future__ import annotations

import html
import re
import warnings

from .deephtml import MAX_DEPTH, capped_depth
from .linebreaks import plain_lines

# A closing tag of a known element, a void tag, a paragraph tag or a comment: "a<b and c>d" or
# "x < 5" in plain text must stay as written.
_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|br|caption|center|code|dd|div|dl|dt|em|figcaption|figure|font|"
    "footer|h[1-6]|header|hr|i|iframe|img|li|main|noscript|ol|p|picture|pre|q|rp|rt|ruby|s|script|section|small|"
    "source|span|strong|style|sub|sup|table|tbody|td|th|thead|tr|u|ul|video"
)
_TAG = re.compile(rf"</(?:{_TAG_NAMES})\s*>|<(?:br|hr|img|p)\b[^<>]*>|<!--", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")

# A reading aid over the words, never their text: furigana (<ruby>亡<rt>な</rt></ruby>くなる is 亡くなる, which
# 亡なくなる had hidden from a search) and the brackets shown around it where ruby is not drawn.
RUBY_ANNOTATIONS = ("rt", "rp")
# Elements whose text is never article text.
_DROP = ("script", "style", "noscript", "iframe", "template", "svg", "object", "embed", "form", "button",
         *RUBY_ANNOTATIONS)
# Elements that start a new paragraph.
_BLOCKS = (
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
    "figure", "figcaption", "hr", "caption",
)
# Private markers survive get_text() and are turned into line and paragraph breaks afterwards.
_LINE = "\x0b"
_PARA = "\x0c"
_CELL = "\x1f"
CELL_SEPARATOR = " | "  # between a table row's cells, as the page reader writes a row: "Labour | 26.9% | 34"


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds a known HTML tag, an HTML comment or a character entity."""
    return bool(_TAG.search(text) or _ENTITY.search(text))


def looks_like_markup(text: str) -> bool:
    """True when ``text`` holds a known HTML tag or an HTML comment (``plain_text`` reduces it as HTML)."""
    return bool(_TAG.search(text))


_BREAK_RUN = re.compile(r"(?:<br>){2,}")


def html_to_text(fragment: str) -> str:
    """Reduce an HTML fragment to plain text, paragraphs separated by blank lines."""
    # Imported here: reading plain text never pays for bs4 (50 ms of every run that reads a text file).
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, XMLParsedAsHTMLWarning

    if fragment.count("<") > MAX_DEPTH:  # may be nested deeper: bs4 has no limit, and each append below walks
        # every level under it (20,000 nested divs: 20 s). The line breaks left for the blocks past the depth are
        # one: empty lines are dropped anyway.
        fragment = _BREAK_RUN.sub("<br>", capped_depth(fragment))
    with warnings.catch_warnings():  # a fragment opening with <?xml is read as HTML on purpose: no warning printed
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(fragment, "lxml")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    # Each marker goes inside its tag, where get_text() meets it at the same place: insert_before and replace_with
    # look the tag up among its siblings, n² steps in a feed item of 45,000 paragraphs (4.6 MB: 8 minutes).
    for tag in soup.find_all("br"):
        tag.insert(0, NavigableString(_LINE))
    for tag in soup.find_all(("td", "th")):
        tag.insert(0, NavigableString(_CELL))
    for tag in soup.find_all(_BLOCKS):
        tag.insert(0, NavigableString(_PARA))
        tag.append(NavigableString(_PARA))
    return _layout(soup.get_text())


def _layout(text: str) -> str:
    """Collapse source whitespace; the markers become line breaks and blank lines."""
    paragraphs = []
    for block in text.split(_PARA):
        lines = (_cells(line) for line in block.split(_LINE))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


# A run of white space collapsed to one space, except the one no-break, narrow no-break or thin space between digits
# that groups a number as French and SI style write it ("10&nbsp;000"): the tokenizer reads that as one number.
_SPACE_RUN = re.compile(r"(?!(?<=\d)[\u00a0\u202f\u2009]\d)\s+")
_GROUP_SPACE = re.compile("[\u00a0\u202f\u2009]")


def squeeze(text: str) -> str:
    """``text`` with each run of white space one space (a digit group's no-break space kept), stripped."""
    if _GROUP_SPACE.search(text) is None:  # most text: split and join is several times faster than the pattern
        return " ".join(text.split())
    return _SPACE_RUN.sub(" ", text).strip()


def _cells(line: str) -> str:
    """One line with its whitespace collapsed and its table cells, if any, between ``CELL_SEPARATOR``."""
    return CELL_SEPARATOR.join(cell for cell in (squeeze(part) for part in line.split(_CELL)) if cell)


def plain_text(text: str) -> str:
    """``text`` as plain text: HTML reduced when it looks like HTML, else only its line breaks newlines (``plain_lines``:
    a page break, a vertical tab too)."""
    if looks_like_markup(text):
        return html_to_text(text)
    if _ENTITY.search(text):
        text = html.unescape(text)
    return plain_lines(text).strip()


def inline_text(text: str) -> str:
    """``text`` as one line of plain text (for titles, names and the like)."""
    return " ".join(plain_text(text).split())
