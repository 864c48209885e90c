"""The front matter that opens a Markdown file (Hugo, Jekyll, Eleventy, Astro, Obsidian, pandoc), without a YAML
dependency: YAML between ``---`` lines, TOML between ``+++`` lines, a JSON object (as Hugo allows), or pandoc's
``% title`` block.

A string of words under YAML's ``categories`` or ``tags`` is a list of them, as Jekyll reads it, or of its parts
between commas when it has any (``_jekyll_lists``).
The YAML read is what front matter really holds: ``key: value`` scalars (quoted or not, a comment after them),
lists (``[a, b]`` and ``- item`` lines), nested maps, multi-line strings (``|`` and ``>``) and comments. A block
with a line of anything else, or with no closing line, is no front matter: the file is read as text, nothing lost.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime, time

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, as the tomli package
    import tomli as tomllib

FrontMatter = dict[str, object]

_BLANK_LINES = re.compile(r"^(?:[ \t]*\n)+")
_YAML_OPEN = re.compile(r"---[ \t]*\n")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_TOML_OPEN = re.compile(r"\+\+\+[ \t]*\n")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)
# A mapping's key line: ``key: value``, ``"a key": value``, ``key:`` (its value on the lines under it).
# A key and a value end at a letter, not a space: "[^#]*?[ \t]*:" and "(.*?)[ \t]*$" tried the rest of the line from
# each space of a run in it (n² steps); a value starts at a letter too, so that a key or a dash and a run alone
# ("-" and 100,000 spaces) are not tried from each of the run's places.
_KEY_LINE = re.compile(r"""^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'\[\]{},&*!|>%@`-](?:[^#]*?[^ \t#])??"""
                       r"""|-[^\s#](?:[^#]*?[^ \t#])??)[ \t]*:(?:[ \t]+([^ \t](?:.*?[^ \t])??))?[ \t]*$""")
_ITEM_LINE = re.compile(r"^-(?:[ \t]+([^ \t](?:.*?[^ \t])??))?[ \t]*$")
_BLOCK_SCALAR = re.compile(r"^([|>])[-+]?[1-9]?[-+]?[ \t]*(?:#.*)?$")
_COMMENT = re.compile(r"(?<![ \t])[ \t]+#.*$")  # from a run's first space only (from each: n² steps)
_NODE_PROPERTIES = re.compile(r"^(?:(?:&\S+|!!?\S*)[ \t]+)+")  # an anchor (&a) or a tag (!!str) before a value
_DOUBLE_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "/": "/", "\\": "\\", '"': '"', " ": " ",
            "N": "\x85", "_": "\xa0"}
_DOUBLE_QUOTED = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:[ \t]+#.*)?$')
_SINGLE_QUOTED = re.compile(r"^'((?:[^']|'')*)'(?:[ \t]+#.*)?$")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_WIKI_LINK_VALUE = re.compile(r"\[\[[^\[\]]+\]\]")  # an Obsidian link, "[[Jane Doe]]"


class NotYaml(ValueError):
    """A block between ``---`` lines holds a line this reader does not read as YAML."""


def split_front_matter(text: str) -> tuple[FrontMatter, str, str]:
    """``(fields, kind, the text after them)`` for front matter opening ``text`` ("yaml", "toml", "json" or
    "pandoc"); ``({}, "", text)`` when there is none or it cannot be read. Blank lines over it are no text (an editor
    saved them; its lines had been read as the story's)."""
    opened = _BLANK_LINES.sub("", text)
    for reader in (_yaml_front, _toml_front, _json_front, _pandoc_front):
        found = reader(opened)
        if found is not None and found[0]:
            return found
    return {}, "", text


def _fenced(text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> tuple[str, str] | None:
    """The block between an opening line at the very top and its closing line, and the text after it."""
    start = opening.match(text)
    if start is None:
        return None
    end = closing.search(text, start.end())
    if end is None:
        return None
    return text[start.end():end.start()], text[end.end():].lstrip("\n")


def _yaml_front(text: str) -> tuple[FrontMatter, str, str] | None:
    fenced = _fenced(text, _YAML_OPEN, _YAML_CLOSE)
    if fenced is None:
        return None
    try:
        return _jekyll_lists(parse_yaml(fenced[0])), "yaml", fenced[1]
    except NotYaml:
        return None


# Jekyll's keys whose string is a list of words: its docs say "categories" and "tags" may each be "a YAML list or a
# space-separated string" ("categories: local council" is two categories). Not its singular "category" and "tag" (one
# each), nor Hugo's TOML or JSON front matter, whose taxonomies read a string as one term.
_SPACE_SEPARATED = ("categories", "tags")


def _jekyll_lists(fields: FrontMatter) -> FrontMatter:
    """YAML front matter's ``fields`` as Jekyll reads them: a string under ``categories`` or ``tags`` its words; its
    parts between commas when it has any ("local council, budget": a writer's list, not the words "council,")."""
    for key in _SPACE_SEPARATED:
        if isinstance(value := fields.get(key), str):
            fields[key] = comma_list(value) if "," in value else value.split()
    return fields


def comma_list(value: str) -> list[str]:
    """The parts of ``value`` between its commas, each stripped, the empty ones left out."""
    return [part.strip() for part in value.split(",") if part.strip()]


def _toml_front(text: str) -> tuple[FrontMatter, str, str] | None:
    fenced = _fenced(text, _TOML_OPEN, _TOML_CLOSE)
    if fenced is None:
        return None
    try:
        return _as_text(tomllib.loads(fenced[0])), "toml", fenced[1]  # type: ignore[return-value]
    except tomllib.TOMLDecodeError:
        return None


def _json_front(text: str) -> tuple[FrontMatter, str, str] | None:
    """Hugo's JSON front matter: an object opening the file, the text on the lines after it."""
    if not text.startswith("{"):
        return None
    try:
        value, end = json.JSONDecoder().raw_decode(text)
    except (ValueError, RecursionError):  # broken; or a number past Python's 4,300 digits, nesting past its stack
        return None
    rest = text[end:]
    if not isinstance(value, dict) or rest.split("\n", 1)[0].strip():
        return None
    return value, "json", rest.lstrip("\n")


def _pandoc_front(text: str) -> tuple[FrontMatter, str, str] | None:
    """Pandoc's title block: ``% Title``, ``% Author; Author``, ``% Date`` as the first lines."""
    if not text.startswith("% "):
        return None
    lines = text.split("\n")
    count = next((n for n, line in enumerate(lines) if not line.startswith("%")), len(lines))
    if count > 3:
        return None
    values = [line[1:].strip() for line in lines[:count]]
    fields: FrontMatter = {key: value for key, value in zip(("title", "author", "date"), values, strict=False) if value}
    return fields, "pandoc", "\n".join(lines[count:]).lstrip("\n")


def _as_text(value: object) -> object:
    """TOML's dates and times as ISO text, as a YAML or JSON front matter writes them."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return value


def parse_yaml(text: str) -> FrontMatter:
    """The mapping a block of front-matter YAML holds; raises NotYaml for a line it cannot read."""
    lines = [line.expandtabs(2).rstrip() for line in text.split("\n")]
    start = _next_line(lines, 0)
    if start == len(lines):
        return {}
    value, end = _node(lines, start, _indent(lines[start]))
    if _next_line(lines, end) < len(lines) or not isinstance(value, dict):
        raise NotYaml(f"line {end + 1}")
    return value


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _next_line(lines: list[str], n: int) -> int:
    """The index of the first line from ``n`` that is neither blank nor a comment (``len(lines)`` if none)."""
    while n < len(lines) and (not lines[n].strip() or lines[n].lstrip().startswith("#")):
        n += 1
    return n


def _node(lines: list[str], n: int, indent: int) -> tuple[object, int]:
    """The mapping or list whose first line is ``lines[n]``, at ``indent``; and the index after it."""
    if _ITEM_LINE.match(lines[n][indent:]):
        return _sequence(lines, n, indent)
    return _mapping(lines, n, indent)


def _mapping(lines: list[str], n: int, indent: int) -> tuple[dict[str, object], int]:
    mapping: dict[str, object] = {}
    while (n := _next_line(lines, n)) < len(lines) and _indent(lines[n]) >= indent:
        if _indent(lines[n]) > indent:
            raise NotYaml(f"line {n + 1}")
        match = _KEY_LINE.match(lines[n][indent:])
        if match is None:
            raise NotYaml(f"line {n + 1}")
        value, n = _value(lines, n, indent, match.group(2) or "")
        mapping.setdefault(_scalar(match.group(1)) or "", value)
    return mapping, n


def _sequence(lines: list[str], n: int, indent: int) -> tuple[list[object], int]:
    items: list[object] = []
    while (n := _next_line(lines, n)) < len(lines) and _indent(lines[n]) == indent:
        match = _ITEM_LINE.match(lines[n][indent:])
        if match is None:
            break
        content = match.group(1) or ""
        if _KEY_LINE.match(content) and not content.startswith(("'", '"')) or _ITEM_LINE.match(content):
            # "- name: Jane Doe": a mapping (or a list) whose first line starts after the dash.
            inner = indent + len(lines[n][indent:]) - len(content)
            lines[n] = " " * inner + content  # the lines are parse_yaml's own copy
            value, n = _node(lines, n, inner)
        else:
            value, n = _value(lines, n, indent, content)
        items.append(value)
    return items, n


def _value(lines: list[str], n: int, indent: int, text: str) -> tuple[object, int]:
    """The value written after a key or a dash on line ``n`` (``text``) or under it; and the index after it."""
    text = _NODE_PROPERTIES.sub("", text)
    if _BLOCK_SCALAR.match(text):
        return _block_scalar(lines, n + 1, indent, text[0] == ">")
    if not text or text.startswith("#"):
        following = _next_line(lines, n + 1)
        if following < len(lines) and (_indent(lines[following]) > indent or _indent(lines[following]) == indent
                                        and _ITEM_LINE.match(lines[following][indent:])):
            return _node(lines, following, _indent(lines[following]))
        return None, n + 1
    n += 1
    while n < len(lines) and lines[n].strip() and _indent(lines[n]) > indent:  # a value folded over more lines
        text = f"{text} {lines[n].strip()}"
        n += 1
    if _WIKI_LINK_VALUE.fullmatch(text):  # Obsidian's unquoted "author: [[Jane Doe]]": a link, not a list in a list
        return text, n
    if text.startswith("[") and text.endswith("]") or text.startswith("{") and text.endswith("}"):
        return _flow(text[1:-1], text[0] == "{"), n
    return _scalar(text), n


def _block_scalar(lines: list[str], n: int, indent: int, folded: bool) -> tuple[str, int]:
    """A ``|`` (lines kept) or ``>`` (lines folded into one) string: the lines indented deeper than its key."""
    block: list[str] = []
    while n < len(lines) and (not lines[n].strip() or _indent(lines[n]) > indent):
        block.append(lines[n])
        n += 1
    while block and not block[-1].strip():
        block.pop()
    depth = min((_indent(line) for line in block if line.strip()), default=0)
    block = [line[depth:] for line in block]
    if not folded:
        return "\n".join(block), n
    return "\n".join(" ".join(paragraph.split("\n")) for paragraph in "\n".join(block).split("\n\n")), n


def _flow(text: str, mapping: bool) -> object:
    """A one-line list ``[a, "b, c"]`` or map ``{a: 1}`` (the brackets taken off)."""
    items = [item.strip() for item in re.findall(r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,"'])+""", text)]
    if not mapping:
        return [_scalar(item) for item in items if item]
    pairs = (re.split(r":(?:\s+|$)", item, maxsplit=1) for item in items if item)
    return {_scalar(pair[0]): _scalar(pair[1]) if len(pair) > 1 else None for pair in pairs}


def _scalar(text: str) -> str | None:
    """One scalar: a quoted string unquoted, a plain one without its comment; ``null`` and ``~`` are None."""
    text = text.strip()
    if quoted := _DOUBLE_QUOTED.match(text):
        return _DOUBLE_ESCAPE.sub(_unescape, quoted.group(1))
    if quoted := _SINGLE_QUOTED.match(text):
        return quoted.group(1).replace("''", "'")
    text = _COMMENT.sub("", text).strip()
    return None if text in _NULLS or text.startswith("*") else text  # "*ref": an alias, not a value


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) > 1:
        return chr(int(code[1:], 16))
    return _ESCAPES.get(code, code)
