"""The records of a JSON Lines file, or of a stream of JSON values one after another, each placed by its line.

JSON Lines holds one value a line. jq and some exporters write values back to back instead: objects
pretty-printed over several lines, or ``}{`` on one line. Either way a record's position is the line its value
starts on (``3``), or that line and the record's 1-based index among those it starts (``3.2``), so that the id
points at the line.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from itertools import groupby

from .fields import RecordError
from .jsonrecords import nested_records

# (label for messages such as "line 7", position, parsed value or why it failed)
Entry = tuple[str, str, object]
# What may stand between two values of a stream: JSON's whitespace, and a byte order mark.
_BETWEEN_VALUES = re.compile(r"[ \t\n\r\ufeff]*")
# Where reading goes on after a value that cannot be read: the next line that opens a value in its first column,
# as a top-level value does in jq's output (the values inside it are indented).
_VALUE_AT_LINE_START = re.compile(r"^[\[{]", re.MULTILINE)
# The words the json module's messages end in before the place it appends: "Invalid control character at".
_DANGLING_AT = re.compile(r"\s+(?:starting\s+)?at$")


def json_problem(exc: json.JSONDecodeError) -> str:
    """The json module's message without its dangling "at" (the place is said apart): "Invalid control character"
    (a line break inside a string: a file cut short), "Unterminated string", "Expecting value"."""
    return _DANGLING_AT.sub("", exc.msg)


def parse_lines(text: str) -> Iterator[Entry]:
    """The records of each non-blank line; ``\\n`` only splits lines (U+2028 is legal inside JSON strings)."""
    for number, line in enumerate(split_lines(text), 1):
        yield from line_records(number, line)


def line_records(number: int, line: str) -> Iterator[Entry]:
    """The entries of line ``number`` of a JSON Lines file: none for a blank one, a RecordError for one that does
    not parse."""
    line = line.strip().lstrip("\ufeff")
    if not line:
        return
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        yield f"line {number}", str(number), RecordError(f"invalid JSON (column {exc.colno}: {json_problem(exc)})")
        return
    except (ValueError, RecursionError) as exc:
        yield f"line {number}", str(number), RecordError(unreadable_value(exc))
        return
    yield from line_entries(number, [value])


def stream_error(line: str) -> bool | None:
    """Whether ``parse_stream``, come to ``line`` between values, reads the values the line begins with and then
    fails there whatever lines follow (True): before the line's end, or in a string the line break after it cannot
    be in; None when it fails only at the line's end (``{"title": "A",``: unless lines after it go on with the value,
    pretty-printed, or none follows: a write stopped midway); False when it fails nowhere on the line."""
    decoder, at = json.JSONDecoder(), _BETWEEN_VALUES.match(line).end()  # type: ignore[union-attr]
    while at < len(line):
        try:
            _value, end = decoder.raw_decode(line, at)
        except json.JSONDecodeError as exc:
            return True if exc.msg.startswith("Unterminated string") or exc.pos < len(line.rstrip()) else None
        except (ValueError, RecursionError):  # a number too long, a value nested too deep: on this line already
            return True
        at = _BETWEEN_VALUES.match(line, end).end()  # type: ignore[union-attr]
    return False


def split_lines(text: str) -> Iterator[str]:
    """``text.split("\\n")`` one line at a time: the list of all lines had cost a JSON Lines export of 128 MB
    another 134 MB at once, beside its bytes, its text and its records."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def parse_stream(text: str) -> Iterator[Entry]:
    """The records of JSON values written one after another, each placed by the line it starts on.

    A value that cannot be read is a RecordError on the line it starts on, and reading goes on at the next
    line that starts with ``{`` or ``[``: the values after it are not lost.
    """
    starts = _stream_values(text)
    for number, values in groupby(starts, key=lambda start: start[0]):
        yield from line_entries(number, [value for _number, value in values])


def line_entries(number: int, values: list[object]) -> Iterator[Entry]:
    """The entries of the values that start on line ``number``: the line itself for one record, else
    ``number.n`` for each record of the value (a list, an API response) or values (``}{``) it holds."""
    records = [record for value in values
               for record in ([value] if isinstance(value, RecordError) else nested_records(value))]
    if len(records) == 1 and records[0] is values[0]:
        yield f"line {number}", str(number), records[0]
    else:
        yield from ((f"line {number}, record {n}", f"{number}.{n}", record) for n, record in enumerate(records, 1))


def unreadable_value(exc: ValueError | RecursionError) -> str:
    """Why Python's JSON parser refuses a value that is valid JSON: a number too long, values nested too deep."""
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to read"
    return f"a number of more than {sys.get_int_max_str_digits():,} digits in the JSON: not read"


# How deep a value may nest before it is read as null once json.loads gives up (RecursionError, near 1,000 levels):
# no record's text stands so deep, and a field that does (a crawler's tree of metadata) must not cost the export.
MAX_DEPTH = 100
# A string (closed or running to the end: unrolled, never backtracking) or a bracket, as a scan meets them.
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


def without_deep_values(text: str) -> tuple[str, bool]:
    """``text`` with each array or object nested past ``MAX_DEPTH`` replaced by ``null``, in one linear scan, and
    whether one was; brackets that do not pair leave a text that still does not parse (cut, it is not nested past
    Python's stack)."""
    pieces, kept, level, cut_at = [], 0, 0, -1
    for token in _STRING_OR_BRACKET.finditer(text):
        char = token.group()[0]
        if char in "[{":
            level += 1
            if level == MAX_DEPTH + 1:
                cut_at = token.start()
        elif char in "]}":
            if level == MAX_DEPTH + 1 and cut_at >= 0:
                pieces += [text[kept:cut_at], "null"]
                kept, cut_at = token.end(), -1
            level -= 1
    if cut_at >= 0:  # a value past the depth that never closes: cut to the end, where the text still fails to parse
        pieces, kept = [*pieces, text[kept:cut_at], "null"], len(text)
    return "".join([*pieces, text[kept:]]), bool(pieces)


# What json's error may stand before when the file ends inside a value: a number, literal or escape the end cut
# ("1e", "tr", the "u12" of an escape "\u12"), or nothing: the end itself.
_CUT_TOKEN = re.compile(r"[-+.\deE]*|t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|u[0-9a-fA-F]{0,3}")


def cut_list(text: str, exc: json.JSONDecodeError) -> tuple[str, bool] | None:
    """A JSON document the file ends inside (an export cut short by a download or a write stopped midway), closed
    after the last whole element of the outermost list still open at the end, so that the records read whole
    before the cut can be read, and whether the file ends inside an element after them; None when ``text`` is
    not so cut: its brackets close, or pair wrongly, before the end, no list still open has a whole element of
    its own, or json's error (``exc``) stands before it.

    The element the file ends inside is left out whole, never read in part: its text may be cut mid-word.
    """
    if not _ends_inside_value(text, exc):
        return None
    stack: list[tuple[str, int]] = []  # each open bracket, and where its last whole list or object element ends
    for token in _STRING_OR_BRACKET.finditer(text):
        char = token.group()[0]
        if char in "[{":
            stack.append((char, -1))
        elif char in "]}":
            if not stack or "[{"["]}".index(char)] != stack[-1][0]:
                return None  # a bracket that pairs wrongly: damaged, not cut
            stack.pop()
            if stack and stack[-1][0] == "[":
                stack[-1] = ("[", token.end())
    outer = next((n for n, (char, end) in enumerate(stack) if char == "[" and end >= 0), None)
    if outer is None or exc.pos < stack[outer][1]:
        return None
    end = stack[outer][1]
    closers = "".join("]" if char == "[" else "}" for char, _end in reversed(stack[:outer + 1]))
    return text[:end] + closers, bool(text[end:].strip(" \t\n\r,"))


def _ends_inside_value(text: str, exc: json.JSONDecodeError) -> bool:
    """Whether json's error is the end of the text: a string running to the end, or nothing but a number, literal
    or escape the end cuts (``tr``) and white space after it."""
    return exc.msg.startswith("Unterminated string") or bool(_CUT_TOKEN.fullmatch(text[exc.pos:].rstrip()))


def _stream_values(text: str) -> Iterator[tuple[int, object]]:
    """``(line, value)`` for each JSON value of ``text`` in turn, a RecordError for one that cannot be read."""
    decoder = json.JSONDecoder()
    line, counted = 1, 0  # the line number at offset ``counted``: lines are counted once, as reading goes on
    at = _BETWEEN_VALUES.match(text).end()  # type: ignore[union-attr]  # matches the empty string at worst
    while at < len(text):
        line, counted = line + text.count("\n", counted, at), at
        try:
            value, end = _value_at(decoder, text, at)
        except json.JSONDecodeError as exc:  # placed in the window from ``at``: placed in the text here
            column = exc.colno + (at - text.rfind("\n", 0, at) - 1 if exc.lineno == 1 else 0)
            yield line, RecordError(f"invalid JSON (line {line + exc.lineno - 1}, column {column}: {json_problem(exc)})")
            found = _VALUE_AT_LINE_START.search(text, at + 1)
            end = found.start() if found else len(text)
        except (ValueError, RecursionError) as exc:  # a number too long, a value nested too deep
            yield line, RecordError(unreadable_value(exc))
            found = _VALUE_AT_LINE_START.search(text, at + 1)
            end = found.start() if found else len(text)
        else:
            yield line, value
        at = _BETWEEN_VALUES.match(text, end).end()  # type: ignore[union-attr]


def _value_at(decoder: json.JSONDecoder, text: str, at: int) -> tuple[object, int]:
    """The value starting at ``at`` and where it ends, read from a window of ``text`` from ``at`` to a line opening a
    value, widened (doubled) while the value may run on past it; a JSONDecodeError is placed in the window.

    Read from the whole text, each broken value's error had counted the lines before it (JSONDecodeError's line
    number): a JSON Lines export of 20,000 lines whose every other line had an unescaped line break, 1.4 MB, took
    5 s, and 56 MB of a damaged gzip stream's bytes minutes."""
    end = at
    while True:
        found = _VALUE_AT_LINE_START.search(text, max(end, 2 * end - at) + 1)
        end = found.start() if found else len(text)
        window = text[at:end]
        try:
            value, stop = decoder.raw_decode(window)
        except json.JSONDecodeError as exc:
            if end < len(text) and (exc.pos >= len(window.rstrip()) or exc.msg.startswith("Unterminated string")):
                continue  # the window ends inside the value: a wider one
            raise
        return value, at + stop


# A string, or a comma after a value with only a closing bracket after it (``"b" , ]``): a trailing comma.
_STRING_OR_TRAILING_COMMA = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|(?<=[^\s\[{,])\s*,(?=\s*[}\]])', re.DOTALL)


def without_trailing_commas(exc: json.JSONDecodeError) -> object | None:
    """The document json refused for a comma after a value before its closing bracket (``{"a": 1,}``, ``[1, 2, ]``:
    a hand-edited export, JavaScript's and JSON5's leniency), parsed without such commas; None when no such comma
    is why (``[,]``, two commas in a row) or it still does not parse."""
    text = exc.doc
    if text[exc.pos:exc.pos + 1] not in ("}", "]") or not text[:exc.pos].rstrip().endswith(","):
        return None
    try:
        return json.loads(_STRING_OR_TRAILING_COMMA.sub(lambda m: m.group() if m.group()[0] == '"' else "", text))
    except (ValueError, RecursionError):
        return None
