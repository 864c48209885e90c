"""A page nested deeper than libxml2's HTML parser goes (255 levels: a pile of unclosed ``<font>`` or ``<div>`` tags,
as old forum and CMS pages write them) written again with its tags past a depth left out and their text kept.

libxml2 stops building the tree at its limit: the text under it, and every word after it to the page's end, had
been lost without a word. Written again (by Python's own HTML tokenizer, which has no limit and holds no tree),
the page parses whole, the text of the tags left out kept in the element they were in.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape
from html.parser import HTMLParser

MAX_DEPTH = 200  # under libxml2's 255, with room for the levels its parser adds (html, body, an implied p)
# Elements that hold no content and take no end tag, and those whose content is raw text, never escaped.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
_RAW = frozenset({"script", "style"})
# Elements that break a line where they start and end: one left out leaves a <br> in its place, so the paragraphs
# under the depth do not run together ("…in May.The bridge…").
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
                     "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p",
                     "pre", "section", "table", "td", "th", "tr", "ul"})


class _Capped(HTMLParser):
    """The page's tokens written out again, start tags past ``MAX_DEPTH`` open elements (and their end tags) left
    out, a block's as a line break (two in a row at most: a paragraph's end); an end tag closes the elements opened
    after its own, as a browser's does, and one that closes none is left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[tuple[str, bool]] = []  # each open element's name, and whether its start tag was written
        # How many of each name are open: an end tag closing none is told without a walk of the whole stack (205 stray
        # end tags under 321,000 open <b> had taken 38 s).
        self.open_names: Counter[str] = Counter()
        self.breaks = 0  # line breaks put in a row for blocks left out, with no text or tag written since

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        written = tag in _VOID or len(self.open) < MAX_DEPTH
        if written:
            self.write(_start_tag(tag, attrs))
        elif tag in _BLOCKS:
            self.line_break()
        if tag not in _VOID:
            self.open.append((tag, written))
            self.open_names[tag] += 1

    def write(self, markup: str) -> None:
        self.out.append(markup)
        self.breaks = 0

    def line_break(self) -> None:
        """A <br> for a block left out; two in a row at most, which end a paragraph as any more do (200,000
        unclosed <div> tags had left 200,000 <br> for every pass over the page to walk)."""
        if self.breaks < 2:
            self.out.append("<br>")
            self.breaks += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.write(_start_tag(tag, attrs))  # <br/>: no element left open

    def handle_endtag(self, tag: str) -> None:
        if not self.open_names[tag]:
            return
        while self.open:
            name, written = self.open.pop()
            self.open_names[name] -= 1
            if written:
                self.write(f"</{name}>")
            elif name in _BLOCKS:
                self.line_break()
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        raw = bool(self.open) and self.open[-1][0] in _RAW
        self.out.append(data if raw else escape(data, quote=False))
        if data.strip():
            self.breaks = 0

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")


def _start_tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    written = "".join(f' {name}="{escape(value)}"' if value is not None else f" {name}" for name, value in attrs)
    return f"<{tag}{written}>"


# A unit of one to four bare tags (no attribute) repeated 32 times or more: a pile of unclosed <b>, <div><div>…, or
# <div></div>… Its tags are handed to the writer without Python's tokenizer reading each (600,000 <div> and their end
# tags had taken 3.4 s of CPU, nearly all of it tokenizing).
_RUN = re.compile(r"((?:</?[a-zA-Z][a-zA-Z0-9]{0,15}>){1,4})\1{31,}")
_BARE_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)>")
# Elements whose content a tokenizer reads as raw text (this Python's or a later one's): a run of them is tokenized.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
                       "plaintext"})


def _feed_runs(capped: _Capped, text: str) -> None:
    """Feed ``text`` to ``capped``, each run of repeated bare tags handed to its handlers as the tokenizer would
    (start and end tags in order), when the tokenizer has nothing pending (no comment, raw text or reference open)."""
    at = 0
    for run in _RUN.finditer(text):
        tags = [(end == "/", name.lower()) for end, name in _BARE_TAG.findall(run[1])]
        if any(name in _RAW_TEXT for _, name in tags):
            continue  # the tokenizer reads the run: it opens raw text
        capped.feed(text[at:run.start()])
        at, times = run.start(), len(run[0]) // len(run[1])
        if _pending(capped):  # a construct open before the run ("</" cut by it): its first unit may close it
            capped.feed(run[1])
            at, times = at + len(run[1]), times - 1
        if _pending(capped):
            continue  # the tokenizer reads the run: it is inside a comment, a tag or raw text
        for _ in range(times):
            for end, name in tags:
                if end:
                    capped.handle_endtag(name)
                else:
                    capped.handle_starttag(name, [])
        at = run.end()
    capped.feed(text[at:])


def _pending(capped: _Capped) -> bool:
    """Whether the tokenizer holds text it has not read to its end (a comment, a tag, a reference) or is in raw text."""
    return bool(capped.rawdata) or capped.cdata_elem is not None


def capped_depth(text: str) -> str:
    """``text``, an HTML page, with the tags opened past ``MAX_DEPTH`` levels left out and their text kept."""
    capped = _Capped()
    _feed_runs(capped, text)
    capped.close()
    return "".join(capped.out)
