"""A whole article pasted as the query, its headline, byline and date line on top ("Storm closes bridge" / "By Jane
Doe" / "12 March 2024" / its text). Under ``--match all`` every word is required, and a byline's names and a date
line's words are seldom words of the article's text (they are its author and its date), so the article pasted had
not been found. The byline and date lines are read off its top as the .txt reader reads them (``textbyline``), to be
searched as optional words (``querying``): they rank the hits that have them, in the text or as the author."""

from __future__ import annotations

from .documents.textbyline import split_byline_lines
from .documents.textdatelines import line_date
from .documents.textheadline import split_headline
from .errors import as_typed


def pasted_article(text: str, match: str) -> tuple[str, str | None, str | None]:
    """``text`` as searched, a query of its byline's and date line's words to rank by (None when it has none) and a
    note on the rewrite (None when there is none). Only under ``--match all``, and only for a text of several lines
    whose byline or date line opens it, under its headline or without one, with text below them."""
    typed = text.strip()
    if match != "all" or "\n" not in typed:
        return text, None, None
    headline, under = None, typed  # a byline or date line first, else under a headline
    lines = split_byline_lines(under, titled=False)
    if lines.byline is None and lines.dated is None:
        headline, under = split_headline(typed)
        lines = split_byline_lines(under, titled=headline is not None)
    if lines.byline is None and lines.dated is None:
        return text, None, None
    kept = lines.body.removeprefix(f"{lines.placed}\n\n") if lines.placed else lines.body  # a dateline's place stays
    header = [line.strip() for line in under[: len(under) - len(kept)].splitlines()
              if line.strip() and line.strip() != lines.placed]
    if not header or not under.endswith(kept):
        return text, None, None
    searched = "\n\n".join(part for part in (headline, lines.placed, kept) if part)
    ranked = " ".join(header) + (f" author:({lines.byline})" if lines.byline else "")
    shown = " and ".join(as_typed(line) for line in header)
    kinds = " and ".join(dict.fromkeys("date line" if line_date(line) else "byline" for line in header))
    verb, whose = ("is", "its words rank") if len(header) == 1 else ("are", "their words rank")
    return searched, ranked, f"{shown} {verb} read as a pasted article's {kinds}: {whose} but are not required"
