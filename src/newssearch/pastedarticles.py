"""A whole article pasted as the query, its headline, byline and date line on top ("Storm closes bridge" / "By Jane
Doe" / "12 March 2024" / its text), or a header of ``Key: value`` lines ("Date: 12 March 2024", "Author: Jane Doe").
Under ``--match all`` every word is required, and a byline's names and a date line's words are seldom words of the
article's text (they are its author and its date), so the article pasted had not been found; a header's "Date: 12
March 2024" had been read as the date field's clause and refused. The byline and date lines are read off its top as
the .txt reader reads them (``textbyline``, ``textheader``), to be searched as optional words (``querying``): they
rank the hits that have them, in the text or as the author."""

from __future__ import annotations

from .errors import as_typed, in_a_list

_AUTHOR_KEYS = ("author", "byline")  # a header's keys naming its author, as textheader reads them
_BODY_WORDS = 10  # the least text below a header of key lines that makes it an article's


def pasted_article(text: str, match: str) -> tuple[str, str | None, str | None]:
    """``text`` as searched, a query of its byline's and date line's words to rank by (None when it has none) and a
    note on the rewrite (None when there is none). Only under ``--match all``, and only for a text of several lines
    whose byline or date line (or header) opens it, under its headline or without one, with text below them."""
    typed = text.strip()
    if match != "all" or "\n" not in typed:  # a query of one line: the text reader's rules not even imported
        return text, None, None
    read = _byline_lines(typed) or _key_lines(typed)
    if read is None:
        return text, None, None
    searched, header, ranked, kinds = read
    shown = in_a_list([as_typed(line) for line in header])
    verb, whose = ("is", "its words rank") if len(header) == 1 else ("are", "their words rank")
    return searched, ranked, f"{shown} {verb} read as a pasted article's {kinds}: {whose} but are not required"


def _byline_lines(typed: str) -> tuple[str, list[str], str, str] | None:
    """The text searched, the header's lines, the query ranking by them and what they are, for a byline or date line
    opening ``typed`` or under its headline; None when there is none."""
    from .documents.textbyline import split_byline_lines
    from .documents.textdatelines import line_date
    from .documents.textheadline import split_headline

    headline, under = None, typed  # a byline or date line first, else under a headline
    lines = split_byline_lines(under, titled=False)
    if lines.byline is None and lines.dated is None:
        headline, under = split_headline(typed)
        lines = split_byline_lines(under, titled=headline is not None, bare_name=headline is not None)
    if lines.byline is None and lines.dated is None:
        return None
    kept = lines.body.removeprefix(f"{lines.placed}\n\n") if lines.placed else lines.body  # a dateline's place stays
    header = [line.strip() for line in under[: len(under) - len(kept)].splitlines()
              if line.strip() and line.strip() != lines.placed]
    if not header or not under.endswith(kept):
        return None
    searched = "\n\n".join(part for part in (headline, lines.placed, kept) if part)
    ranked = " ".join(header) + (f" author:({lines.byline})" if lines.byline else "")
    kinds = " and ".join(dict.fromkeys("date line" if line_date(line) else "byline" for line in header))
    return searched, header, ranked, kinds


def _key_lines(typed: str) -> tuple[str, list[str], str, str] | None:
    """The text searched, the header's lines, the query ranking by them and what they are, for a header of ``Key:
    value`` lines opening ``typed`` or under its headline; None when there is none."""
    from .documents.textheader import split_header
    from .documents.textheadline import header_under_headline

    found, after = split_header(typed)
    start = 0
    if not found:
        found, after = header_under_headline(typed)
        start = 1
    body = after.split("\n\n", 1)[-1] if start else after  # (under a headline: the text below it)
    if not found or len(body.split()) < _BODY_WORDS:  # "police" over "Source: RNZ": a search, not an article
        return None
    lines = typed.split("\n")[start:]
    while lines and not lines[0].strip():
        lines.pop(0)
    header = [line.strip() for line in lines[: next((at for at, line in enumerate(lines) if not line.strip()),
                                                    len(lines))]]
    # a key line it could not read ("Section: Politics", "Date: Tuesday") is kept in its text: left out here, where
    # it would be read as a field's clause
    searched = "\n".join(line for line in after.split("\n") if line.strip() not in header)
    names = [str(found[key][1]) for key in _AUTHOR_KEYS if key in found]
    ranked = " ".join(str(value) for _name, value in found.values()) + "".join(f" author:({name})" for name in names)
    return searched, header, ranked, "header"
