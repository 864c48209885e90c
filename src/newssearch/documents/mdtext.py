"""Markdown as the plain text a reader of the rendered page sees.

Headings keep their words without ``#`` (and are listed apart, for the title); emphasis marks go where they are
markup (``snake_case`` keeps its underscores); links are their words, images are dropped (as the page reader drops
them); code is kept as text, without its fences; quotes lose their ``>``, lists their markers; a table is read a
row to a line, its cells between `` | ``; rules, comments, reference definitions and Hugo or Jekyll shortcodes go;
raw HTML is read as HTML and entities are decoded. A line that is no Markdown is kept as it is, with its layout:
a Markdown file of plain text reads as the same text file would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .htmltext import CELL_SEPARATOR, html_to_text
from .mdinline import HIDDEN_LINES, inline_text, label
from .wrappedlines import joined, wrap_width

_FENCE = re.compile(r"^([ \t]*)(`{3,}(?=[^`]*$)|~{3,})")
# A heading ends at a letter, not a space: "(.*?)[ \t]*$" tried the rest of the line from each space of a run in it;
# and starts at one, so that a mark and a run alone ("#" and 100,000 spaces) are not tried from each of its places.
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+([^ \t](?:.*?[^ \t])??))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_CALLOUT = re.compile(r"^\[![\w-]+\][+-]?[ \t]*")  # Obsidian's "> [!note] Title"
# A list item's marker; a number of four digits or more opening a line is a year ("1984. The year..."), not an item.
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])(?:[ \t]+|$)")
_TASK = re.compile(r"^\[[ xX]\][ \t]+")
_HARD_BREAK = re.compile(r"(?: {2}|\\)$")  # a line break the writer asked for: two spaces or a backslash ending a line
_DEFINITION = re.compile(r"""^ {0,3}\[(?!\^)([^\]]+)\]:[ \t]*(?:<[^>]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?"""
                         r"""[ \t]*$""")
_FOOTNOTE = re.compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*")
_DELIMITER_ROW = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$|^[ \t]*\|[ \t]*:?-+:?[ \t]*$")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
# "## Results {#results}" (Hugo, pandoc); searched from a run's first space only (from each, n² steps).
_HEADING_ATTRIBUTES = re.compile(r"(?<![ \t])[ \t]*\{[#.][^}]*\}$")
_HTML_BLOCK = re.compile(r"^ {0,3}</?(?:address|article|aside|blockquote|center|details|dialog|div|dl|fieldset|"
                         r"figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|script|section|"
                         r"style|summary|table|tbody|td|th|thead|tr|ul|video|audio|picture|img|br)\b", re.IGNORECASE)
_HTML_HEADING = re.compile(r"h[1-6]", re.IGNORECASE)
_RAW_END = {"script": "</script>", "style": "</style>", "pre": "</pre>", "textarea": "</textarea>"}
_HIDDEN_LINE = "\ue003"  # a line that held only a comment or a shortcode
_ITEM_START = "\ue004"  # opens a list item's line, its marker taken off


@dataclass(frozen=True)
class Rendered:
    """A Markdown text as plain text, and the texts of its headings (one opening it may be its title)."""

    text: str
    headings: frozenset[str]


class _Page:
    """The rendered lines being written: text lines, blank lines as the source had them, and breaks between blocks
    (a blank line where the source had none: after a heading, around a code block)."""

    def __init__(self, width: int | None = None) -> None:
        self.width = width  # the width its paragraphs were hard-wrapped at, if they were
        self.lines: list[str] = []
        self.gap: list[str] = []
        self.broken = self.dropped = False
        self.headings: list[str] = []

    def blank(self, line: str) -> None:
        if not (self.dropped and self.gap):  # a rule between blank lines leaves one gap, not two
            self.gap.append(line)

    def drop(self) -> None:
        """Note a line that was dropped (a rule, a comment): the blank lines either side of it are one gap."""
        self.dropped = True

    def block_break(self) -> None:
        self.broken = True

    def write(self, line: str) -> None:
        if self.lines:
            self.lines.extend(self.gap or ([""] if self.broken else []))
        self.lines.append(line)
        self.gap, self.broken, self.dropped = [], False, False


def markdown_text(source: str) -> Rendered:
    """``source`` (Markdown, its line ends ``\\n``) as the plain text a reader of its page sees."""
    lines = source.split("\n")
    references = {label(match.group(1)) for line in lines if (match := _DEFINITION.match(line))}
    page = _Page(wrap_width(lines))
    prose: list[str] = []
    n = 0
    while n < len(lines):
        fence = _FENCE.match(lines[n])
        if fence:
            _write_prose(page, prose, references)
            n = _code_block(page, lines, n, fence)
            continue
        end = _prose_end(lines, n)
        prose.append(HIDDEN_LINES.sub(_HIDDEN_LINE + "\n", "\n".join(lines[n:end])))
        n = end
    _write_prose(page, prose, references)
    return Rendered("\n".join(page.lines), frozenset(page.headings))


def _prose_end(lines: list[str], n: int) -> int:
    """The index of the next fence line from ``n`` (``len(lines)`` if none)."""
    while n < len(lines) and not _FENCE.match(lines[n]):
        n += 1
    return n


def _code_block(page: _Page, lines: list[str], n: int, fence: re.Match[str]) -> int:
    """Write a fenced code block's lines as they are, without its fences; return the index after it."""
    indent, mark = len(fence.group(1)), fence.group(2)
    closing = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
    page.block_break()
    n += 1
    while n < len(lines) and not closing.match(lines[n]):
        line = lines[n]
        cut = len(line) - len(line.lstrip(" "))
        line = line[min(indent, cut):]
        if line.strip():
            page.write(line)
        else:
            page.blank("")
        n += 1
    page.block_break()
    return n + 1


def _write_prose(page: _Page, prose: list[str], references: set[str]) -> None:
    """Write the Markdown between code blocks, block by block."""
    lines = "\n".join(prose).split("\n") if prose else []
    prose.clear()
    run: list[str] = []  # the lines of the paragraph being read (their block marks taken off)
    plain = False        # whether the run is a plain paragraph (a setext underline makes it a heading)
    n = 0
    while n < len(lines):
        raw = lines[n]
        line, quoted = _unquoted(raw)
        if line == _HIDDEN_LINE:
            page.drop()
        elif not line.strip():
            _write_run(page, run, references)
            page.blank(raw if not quoted else "")
        elif _SETEXT.match(line) and run and plain:
            _write_heading(page, " ".join(part.strip() for part in run), references)
            run = []
        elif _RULE.match(line) or _DEFINITION.match(line):
            _write_run(page, run, references)
            page.block_break()
            page.drop()
        elif (heading := _ATX.match(line)) is not None:
            _write_run(page, run, references)
            _write_heading(page, _HEADING_ATTRIBUTES.sub("", heading.group(1) or ""), references)
        elif "|" in line and n + 1 < len(lines) and _DELIMITER_ROW.match(_unquoted(lines[n + 1])[0]):
            _write_run(page, run, references)
            n = _table(page, lines, n, references)
            continue
        elif not run and _HTML_BLOCK.match(line):
            n = _html_block(page, lines, n)
            continue
        else:
            item = _ITEM.match(line)
            plain = not item and not quoted and (plain or not run)
            run.append(line if item else _FOOTNOTE.sub("", line))  # an item's mark goes once its lines are joined
        n += 1
    _write_run(page, run, references)


def _unquoted(line: str) -> tuple[str, bool]:
    """A line without the ``>`` marks of the quotes it is in (and an Obsidian callout's type); whether it had any."""
    quoted = False
    while match := _QUOTE.match(line):
        line, quoted = line[match.end():], True
    return (_CALLOUT.sub("", line) if quoted else line), quoted


def _write_run(page: _Page, run: list[str], references: set[str]) -> None:
    """Write a paragraph's lines, a list item's on one line and a hard-wrapped paragraph's joined (see
    ``wrappedlines``), its inline Markdown read, each list item a block; a line left empty (an image alone) goes."""
    if run:
        rows = joined(run, page.width, _HARD_BREAK) if page.width else run
        rows = [_ITEM_START + _TASK.sub("", row[item.end():]) if (item := _ITEM.match(row)) else row for row in rows]
        for line in inline_text("\n".join(rows), references).split("\n"):
            if line.startswith(_ITEM_START):  # an item is a block of its own, its bullet gone: "Schools are closed ·
                page.block_break()            # Trains run late" in a snippet (``blockbreaks``), not one run-on line
                line = line[1:]
            if line.strip():
                page.write(line)
        run.clear()


def _write_heading(page: _Page, text: str, references: set[str]) -> None:
    """Write a heading as a paragraph of its own, and note it."""
    heading = " ".join(inline_text(text, references).split())
    if heading:
        page.block_break()
        page.write(heading)
        page.block_break()
        page.headings.append(heading)


def _table(page: _Page, lines: list[str], n: int, references: set[str]) -> int:
    """Write a pipe table a row to a line, its cells between `` | `` (its delimiter row dropped); the index after it."""
    page.block_break()
    rows = [lines[n]]
    n += 2
    while n < len(lines) and "|" in (row := _unquoted(lines[n])[0]) and row.strip():
        rows.append(row)
        n += 1
    for row in rows:
        cells = _CELL_BORDER.split(_unquoted(row)[0].strip().removeprefix("|").removesuffix("|"))
        texts = (" ".join(inline_text(cell.replace("\\|", "|"), references).split()) for cell in cells)
        line = CELL_SEPARATOR.join(text for text in texts if text)
        if line:
            page.write(line)
    page.block_break()
    return n


def _html_block(page: _Page, lines: list[str], n: int) -> int:
    """Write a block of raw HTML as the page reader reads HTML; return the index after it.

    It ends at a blank line; a script, style or ``pre`` block at its closing tag.
    """
    tag = re.match(r"\s*<(\w+)", lines[n])
    end_tag = _RAW_END.get(tag.group(1).lower()) if tag else None
    block: list[str] = []
    while n < len(lines) and (lines[n].strip() if end_tag is None else not block or end_tag not in block[-1].lower()):
        block.append(lines[n])
        n += 1
    page.block_break()
    paragraphs = html_to_text("\n".join(block)).split("\n\n")
    if tag and _HTML_HEADING.fullmatch(tag.group(1)) and len(paragraphs) == 1 and paragraphs[0].strip():
        page.headings.append(" ".join(paragraphs[0].split()))  # "<h1>Storm</h1>": a heading, as "# Storm" is
    for paragraph in paragraphs:
        page.block_break()
        for line in paragraph.split("\n"):
            if line.strip():
                page.write(line)
    page.block_break()
    return n
