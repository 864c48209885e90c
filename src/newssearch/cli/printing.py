"""The helpers that print results: hits in the format chosen (the screen's, JSON, JSON Lines, CSV), one JSON
document, lines at the screen's width."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from .. import config
from .notes import echo_notice, echo_suggestion, say
from .unwinding import ExitStatus


def emit_hits(result: Any, output: str | None, color: bool, header: str | None = None,
              empty: str | None = None) -> int:
    """Print a SearchResult in the chosen format; the exit status says whether anything was found.

    With ``limit`` 0 (``-n 0``) no hit is listed, and what was found is the count: the screen prints its header
    and facets, JSON its object with an empty ``hits``, CSV its header row and JSONL nothing, the count on stderr."""
    counted = not result.limit and result.total  # found, none listed (-n 0)
    if output and counted:
        if output != "json":  # (JSON's total says it)
            from ..formatting import result_header

            say(result_header(result) if header is None else header)
    elif output and not result.hits and (result.total or output != "json"):
        # Nothing found, or a page past the last: stdout stays data (CSV keeps its header), stderr says why as the
        # screen does. A JSON object's total says "nothing found" by itself.
        from ..formatting import no_results_message

        say(empty or no_results_message(result))
    if output == "json":
        emit_result_json(result)
    elif output in ("jsonl", "csv"):
        from ..exports import csv_lines, jsonl_lines  # here: the screen and JSON need not import the csv module

        # No JSON object to carry them: the notes go to stderr, as on the screen, and stdout stays data.
        echo_notice(result)
        if result.hits and result.pages > 1:  # part of what was found: a file of 10 rows had looked like all of it
            say(_part_listed(result, header))
        for line in csv_lines(result) if output == "csv" else jsonl_lines(result):  # each as its snippet is made
            click.echo(line, nl=output != "csv")
        echo_suggestion(result)
    else:
        print_result(result, color, header, empty)
    return ExitStatus.OK if result.hits or counted else ExitStatus.NO_RESULTS


def _part_listed(result: Any, header: str | None) -> str:
    """``6 results for 'police' (page 1 of 3): 2 listed; -n 6 lists every one``: the screen's header (``header``, or
    the query's), what this page holds of it and the limit that lists it all."""
    from ..formatting import result_header

    every = (f"-n {result.total} lists every one" if result.total <= config.MAX_LIMIT
             else f"-n {config.MAX_LIMIT} and --page list them")
    listed = f"{len(result.hits):,} listed; {every}"
    return f"{result_header(result) if header is None else header}: {listed}"


def emit_json(data: object) -> None:
    """Print one JSON document."""
    from ..formatting import json_safe

    click.echo(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))


JSON_CHUNK = 8192  # characters of a long JSON document written at a time


def emit_result_json(result: Any) -> None:
    """``emit_json`` of ``result.to_dict()``, written as its hits' snippets are made: a reader sees the first
    hits before the last snippet is made (the same bytes as ``emit_json``)."""
    from dataclasses import replace

    from ..formatting import json_safe

    data = replace(result, hits=[]).to_dict()
    data["hits"] = result.hits  # each made a dict as the encoder comes to it
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, default=lambda hit: hit.to_dict())
    held: list[str] = []
    size = 0
    for chunk in encoder.iterencode(data):
        held.append(chunk)
        size += len(chunk)
        if size >= JSON_CHUNK:
            click.echo(json_safe("".join(held)), nl=False)
            held, size = [], 0
    click.echo(json_safe("".join(held)))


def screen_width() -> int | None:
    """The terminal's width in columns when stdout is a terminal, else None (a pipe or file gets long lines)."""
    if not sys.stdout.isatty():
        return None
    import shutil  # here: its import (bz2, lzma) is for a terminal's width alone

    return shutil.get_terminal_size().columns


def echo_lines(lines: list[str], color: bool | None = None) -> None:
    """Print lines to stdout."""
    click.echo("\n".join(lines), color=color)


def print_result(result: Any, color: bool, header: str | None = None, empty: str | None = None) -> None:
    """Hits (and facets) to stdout; notices, suggestions and 'no results' (or ``empty``, said before the notice) to
    stderr."""
    from ..formatting import hit_lines, no_results_message, result_header
    from ..isolates import isolated_line
    from ..wrapping import header_rows

    if not result.hits and (result.limit or not result.total):  # (-n 0: the header and facets alone)
        # what happened first, then the note on why or what else may find it
        say(empty or no_results_message(result))
        echo_notice(result)
        if result.total and result.facets is not None:  # a page past the last: the facets are the whole set's
            from ..facetlines import facet_lines  # here: a search without --facets need not import it

            width = screen_width()
            echo_lines(facet_lines(result.facets, result.facets_more, result.facets_missing, width,
                                   isolate=width is not None))
        echo_suggestion(result)
        return
    echo_notice(result)
    width = screen_width()
    gap = [""] if result.hits or result.facets is not None else []  # nothing follows the count of -n 0
    said = result_header(result) if header is None else header
    rows = [isolated_line(row, said) if width else row for row in header_rows(said, width)]  # the query's runs isolated
    echo_lines([*rows, *gap], color=color)
    for hit in result.hits:  # each as its snippet is made: `| head` need not wait for the last
        # on a terminal, right-to-left fields between bidi isolates; a pipe gets the text as it is, as JSON and CSV do
        echo_lines([*hit_lines(hit, click.style, width, result.ranked, isolate=width is not None), ""], color=color)
    if result.facets is not None:
        from ..facetlines import facet_lines

        echo_lines(facet_lines(result.facets, result.facets_more, result.facets_missing, width, isolate=width is not None))
    echo_suggestion(result)
