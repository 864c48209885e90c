"""Text the CLI prints: pure functions from results to strings (colour is a parameter)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .documents.article import Article
from .documents.daytimes import moment_text
from .errors import as_typed
from .ids import UNSAFE_CHARS
from .isolates import isolated, isolated_line, right_to_left
from .results import Hit, SearchResult, iso
from .startup import lazy_compile
from .tokenpatterns import INVISIBLE
from .wrapping import MIN_WRAP, columns, line_rows, paragraph_rows, rows_between, word_pieces, wrapped_parts

Style = Callable[..., str]
# Control characters from a hostile file must never reach the terminal (escape-sequence injection): UNSAFE_CHARS,
# defined with ids, which write them %XX.
# Characters that separate words as a space does (a tab, a line or page break, NEL, the line and paragraph
# separators): a space on screen, where UNSAFE_CHARS alone had joined "airport\fterminal" into one word.
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]+")


def safe(text: str | None) -> str:
    """Text made safe for one line of a terminal: control and bidi-override characters removed, breaks (a form
    feed, NEL and the Unicode line separators too) as spaces.

    A file name or title with a newline must not be able to forge a line of output.
    """
    return UNSAFE_CHARS.sub("", _BREAKS.sub(" ", text or ""))


# A byte typed that is not UTF-8, as Python holds it: stdout prints it as that byte (a folder's name, as ls does).
_LONE_SURROGATE = lazy_compile("[\ud800-\udfff]")


def json_safe(text: str) -> str:
    """JSON text with the characters output leaves out (DEL, C1 and bidi controls, which JSON leaves raw)
    written ``\\uXXXX``: the same JSON, harmless on a terminal; a lone surrogate (a query typed with a byte that is
    not UTF-8) as U+FFFD, the character the query was read as: its byte had made the JSON no UTF-8."""
    return UNSAFE_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", _LONE_SURROGATE.sub("\ufffd", text))


QUERY_CHARS = 80  # a pasted paragraph is not repeated in full in a header line
# A control character typed between words (\x01, DEL, a C1 control): the search splits the words at it, so the echo
# shows a space there; left out, it had echoed 'police\x01gunmen' as 'policegunmen', a word never searched
_QUERY_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def quoted(text: str | None, limit: int = QUERY_CHARS) -> str:
    """``text`` safe for one line and in quotes as typed, cut to ``limit`` characters with an ellipsis.

    Invisible characters (a soft hyphen pasted with a word) are left out; a control character is the space the search
    reads it as.
    """
    clean = INVISIBLE.sub("", safe(_QUERY_CONTROLS.sub(" ", text or "")))
    return as_typed(clean if len(clean) <= limit else clean[: limit - 1] + "…")


def plain_style(text: str, **_: object) -> str:
    """No colour."""
    return text


INDENT = "     "  # under a hit's title: its id line and its snippet


def hit_lines(hit: Hit, style: Style = plain_style, width: int | None = None, scored: bool = True,
              isolate: bool = False) -> list[str]:
    """Title with source and date, then id/authors/score (no score unless ``scored``: a query of filters alone scores
    every hit alike), then the snippet; the id line and the snippet in lines of at most ``width`` columns when a width
    is given (a terminal's), else each on one line; with ``isolate`` (a terminal), each right-to-left title row,
    source, author and snippet row between bidi isolates (isolates.py)."""
    indent = " " * len(_rank(hit))  # INDENT, or under the title of a hit ranked 1000 or more
    rows = rows_between(indent, _meta_pieces(hit, scored, isolate, width and width - len(indent)), width)
    lines = [*_title_lines(hit, style, width, isolate), *(indent + style(row[len(indent):], fg="cyan") for row in rows)]
    parts = [(safe(text), marked) for text, marked in hit.snippet.parts()]
    for line in _indented_rows(parts, width, len(indent)):
        if line:
            lines.append(indent + _isolated_row(line, lambda text, marked: style(text, bold=True, fg="yellow")
                                                if marked else text, isolate))
    return lines


def _isolated_row(row: list[tuple[str, bool]], styled: Callable[[str, bool], str], isolate: bool) -> str:
    """A row of (text, marked) parts, each ``styled``; with ``isolate``, between bidi isolates when right to left."""
    shown = "".join(styled(text, marked) for text, marked in row)
    return isolated(shown) if isolate and right_to_left("".join(text for text, _ in row)) else shown


def _indented_rows(parts: list[tuple[str, bool]], width: int | None, indent: int) -> list[list[tuple[str, bool]]]:
    """``parts`` wrapped to a terminal of ``width`` columns less ``indent``, when the terminal is one the header is
    wrapped to (MIN_WRAP): at 30 to 34 columns the header had been wrapped and the title and snippet left whole."""
    return wrapped_parts(parts, width - indent, least=1) if width and width >= MIN_WRAP else [parts]


def _meta_pieces(hit: Hit, scored: bool = True, isolate: bool = False, room: int | None = None) -> list[str]:
    """The id line ``a.txt · Jane Smith, Ali Khan · score 4.73 · +2 copies: b.txt, c.txt`` (its score only when
    ``scored``) as the pieces a narrow terminal may break it between (never inside an id; inside a name only one
    wider than the ``room`` a row has, between its words), each with the separator after it."""
    groups = [[safe(hit.id)], [isolated(safe(a)) if isolate else safe(a) for a in hit.authors if safe(a)],
              [f"score {hit.score:.2f}"] if scored else [],
              _copies_items(hit.copies)]
    groups = [group for group in groups if group]
    pieces = [item + ("," if n < len(group) - 1 else " ·" if g < len(groups) - 1 else "")
              for g, group in enumerate(groups) for n, item in enumerate(group)]
    names = len(groups[1]) if len(groups) > 1 and hit.authors else 0  # the pieces after the id that are names
    return [(" " if n else "") + word for n, piece in enumerate(pieces)
            for word in (_name_words(piece, room) if 0 < n <= names else [piece])]


def _name_words(name: str, room: int | None) -> list[str]:
    """``name`` whole, or, wider than ``room`` columns and left to right (bidi isolates stay whole), its words."""
    if room is None or columns(name) + 1 <= room or right_to_left(name):
        return [name]
    return [word.lstrip(" ") for word in word_pieces(name)]


def _rank(hit: Hit) -> str:
    """``  1. ``: the hit's rank before its title, INDENT's width up to 999."""
    return f"{hit.rank:>3}. "


def _title_lines(hit: Hit, style: Style, width: int | None, isolate: bool = False) -> list[str]:
    """The hit's rank, title, source and date; on a terminal (``width``) the title wrapped between words under
    itself, as the snippet is (a Reuters headline and its dateline ran past 80 columns and the terminal broke a word),
    and the source and date on a line of their own when they do not fit after it."""
    head = _rank(hit)
    pad = " " * len(head)
    source = isolated(safe(hit.source)) if isolate else safe(hit.source)
    dateline = " · ".join(part for part in (source, iso(hit.date) or "undated") if part)
    parts = _title_parts(hit)
    rows = _indented_rows(parts, width, len(head))
    lines = [(pad if n else head) + _isolated_row(row, lambda text, marked: style(
        text, bold=True, fg="yellow" if marked else None), isolate) for n, row in enumerate(rows)]
    if width and width >= MIN_WRAP and len(pad) + columns("".join(text for text, _ in rows[-1])) + 2 + columns(dateline) > width:
        # on a line of its own, broken between words when wider still (a long publisher's name)
        pieces = word_pieces(dateline, (source,) if source != safe(hit.source) else ())  # an isolated source whole
        for n in [n for n, piece in enumerate(pieces) if piece == " ·"][::-1]:  # a row starts with a word, not "·"
            pieces[n - 1:n + 1] = [pieces[n - 1] + pieces[n]]
        return [*lines, *(pad + style(row[len(pad):], fg="green") for row in rows_between(pad, pieces, width))]
    lines[-1] += f"  {style(dateline, fg='green')}"
    return lines


def _title_parts(hit: Hit) -> list[tuple[str, bool]]:
    """The hit's title as (text, matched) parts, the words the query matches in it marked as in the snippet."""
    if hit.title_marks is None or not safe(hit.title):
        return [(safe(hit.title) or "(untitled)", False)]
    return [(safe(text), marked) for fragment in hit.title_marks.fragments for text, marked in fragment]


def counted(number: int, noun: str) -> str:
    """``1 file``, ``2 files``: a count with its noun in the right number."""
    if number == 1:
        return f"{number} {noun}"
    return f"{number:,} {noun[:-1]}ies" if noun.endswith("y") else f"{number:,} {noun}s"


def copies_note(copies: tuple[str, ...], shown: int = 3) -> str:
    """``+2 copies: a.txt, b.txt`` ('' when the story has no other copies)."""
    return ", ".join(_copies_items(copies, shown))


def _copies_items(copies: tuple[str, ...], shown: int = 3) -> list[str]:
    """``copies_note``'s items: ``["+2 copies: a.txt", "b.txt"]``; ``"…"`` last when more than ``shown``."""
    if not copies:
        return []
    noun = "copy" if len(copies) == 1 else "copies"
    names = [safe(c) for c in copies[:shown]] + (["…"] if len(copies) > shown else [])
    return [f"+{len(copies)} {noun}: {names[0]}", *names[1:]]


def result_header(result: SearchResult, since: str | None = None, until: str | None = None) -> str:
    """``3 results for "x" (page 1 of 1)``; copies grouped, ``2 stories (5 articles) for "x" (page 1 of 1)``; with
    dates as typed, ``1 result for 'police' published --since 2020-07 (page 1 of 1)``: the count is of those; with
    no hit listed (``limit`` 0), ``3 results for 'police'``."""
    shown = f" (page {result.page:,} of {result.pages:,})" if result.limit else ""
    found = found_count(result.total, 'result', result.articles)
    return f"{found} for {quoted(result.query)}{published(since, until)}{shown}"


def found_count(total: int, noun: str, articles: int | None) -> str:
    """``3 results``; with copies grouped (``articles``: how many articles the stories are), ``2 stories (5
    articles)``."""
    return counted(total, noun) if articles is None else f"{counted(total, 'story')} ({counted(articles, 'article')})"


def no_results_message(result: SearchResult, subject: str | None = None,
                       since: str | None = None, until: str | None = None) -> str:
    """What to say when a query matched nothing (or the page is past the end).

    ``subject`` replaces "match 'the query'" (``similar`` says "like 'ID'", and counts articles, as its header does);
    ``since`` and ``until`` are the dates as typed: they may be what left nothing, so the line repeats them.
    """
    if result.total and not result.hits:
        listed = counted(result.total, "story" if result.grouped else "article" if subject else "result")
        return f"Page {result.page:,} is past the last page ({result.pages:,}) of {listed}."
    return no_match_message(result.query, subject, since, until)


def no_match_message(query: str, subject: str | None = None, since: str | None = None, until: str | None = None) -> str:
    """``No articles match 'x' published --since 2020.``: the query, or ``subject``, and the dates as typed."""
    return f"No articles {subject or 'match ' + quoted(query)}{published(since, until)}."


def published(since: str | None, until: str | None) -> str:
    """`` published --since 2020 --until 2020-10``: the dates as typed, which a count or an empty result is within
    ('' when none was typed)."""
    period = "".join(f" {name} {safe(value)}" for name, value in (("--since", since), ("--until", until)) if value)
    return f" published{period}" if period else ""


def article_lines(article: Article, style: Style = plain_style, width: int | None = None,
                  isolate: bool = False, copies: Sequence[Article] = ()) -> list[str]:
    """An article's metadata block (with its story's other ``copies``, earliest first) and its body; on a terminal of
    ``width`` columns, each line broken between words into rows that fit (a value's under its start: an id or an
    address is never broken, an author's name only when wider than a row); with ``isolate`` (a terminal), a
    right-to-left title row, source and author between bidi isolates (isolates.py), and each body row's right-to-left
    runs."""
    field = (lambda text: isolated(safe(text))) if isolate else safe
    source = article.source or ""
    rows = [  # a value's words, or its names (listed: a comma after each but the last)
        ("id", [article.id], False),
        ("date", f"{iso(article.date)} (from {article.date_source})".split(" ") if article.date else ["unknown"], False),
        ("time", [moment_text(article.time)] if article.time else [], False),
        ("source", [source] if isolate and right_to_left(source) else source.split(" "), False),  # isolated whole
        ("authors", list(article.authors), True),
        ("url", [article.url or ""], False),
        ("lang", [article.lang or ""], False),
        ("sections", list(article.sections), True),
        ("copies", _copy_items(copies), True),
    ]
    lines = [style(field(row), bold=True) for row in line_rows(safe(article.title) or "(untitled)", width)]
    for name, words, listed in rows:
        if safe(" ".join(words)):
            room = width - len(name) - 2 if width and name != "copies" else None  # a name wider: its words; an id whole
            pieces = [(" " if n or k else "") + part for n, word in enumerate(words) for k, part in enumerate(
                _name_words(field(word) + ("," if listed and n < len(words) - 1 else ""), room if listed else None))]
            first, *more = rows_between(f"{name}: ", pieces, width)
            lines += [style(name + ":", fg="cyan") + first[len(name) + 1 :], *more]
    if not isolate:
        return [*lines, "", *paragraph_rows(safe_body(article.body), width)]
    # each row in its paragraph's direction: a row of an English paragraph opening with an Arabic word stays left to right
    return [*lines, "", *(isolated_line(row, paragraph) for paragraph in safe_body(article.body).split("\n")
                          for row in paragraph_rows(paragraph, width))]


def _copy_items(copies: Sequence[Article]) -> list[str]:
    """``show``'s copies, each with its outlet and day: ``["b.txt (NZ Herald, 2023-03-06)", "c.txt (undated)"]``."""
    return [f"{copy.id} ({copy.source + ', ' if copy.source else ''}{iso(copy.date) if copy.date else 'undated'})"
            for copy in copies]


def safe_body(body: str) -> str:
    """The body with paragraph breaks kept and unsafe characters removed."""
    return "\n".join(safe(line) for line in body.split("\n"))


def similar_header(article_id: str, result: SearchResult, since: str | None = None, until: str | None = None) -> str:
    """``914 articles like 'x' (sharing at least 5 of its 50 key words; showing 3)``: the total, what it counts (the
    articles sharing enough of the article's key words, not so many alike: ``shared_words``), and the page size when
    less.

    After the first page: ``… (sharing …; page 2 of 305)``; copies grouped, ``900 stories (914 articles) like 'x' (…)``.
    """
    if not result.limit:  # the count alone
        shown = ""
    elif result.page > 1:
        shown = f"page {result.page:,} of {result.pages:,}"
    else:
        shown = f"showing {len(result.hits)}" if len(result.hits) < result.total else ""
    said = [shared_words(result.shared, result.key_words) if result.shared and result.key_words else "", shown]
    notes = "; ".join(note for note in said if note)
    found = found_count(result.total, 'article', result.articles)
    return f"{found} like {as_typed(safe(article_id))}{published(since, until)}" + (f" ({notes})" if notes else "")


def shared_words(shared: int, key_words: int) -> str:
    """What each article ``similar`` counts shares of the article's ``key_words``: ``sharing at least 5 of its 50 key
    words`` (``shared`` of them, or more)."""
    if key_words == 1:
        return "sharing its key word"
    if shared >= key_words:
        return "sharing both its key words" if key_words == 2 else f"sharing all {key_words:,} of its key words"
    return f"sharing at least {shared:,} of its {key_words:,} key words"
