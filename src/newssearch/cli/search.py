"""Commands that search: query, similar, timeline."""

from __future__ import annotations

from dataclasses import replace

import click

from .. import config
from .app import cli
from .completion import complete_ids
from .notes import echo_notice, echo_suggestion, say
from .options import (
    SortChoice,
    Whole,
    checked_date,
    color_option,
    date_range_options,
    index_dir_option,
    json_option,
    match_option,
    output_options,
    timeline_color_option,
    use_color,
)
from .printing import echo_lines, emit_hits, emit_json, screen_width
from .unwinding import ExitStatus
from .words import WordsCommand, filtered_query_text, timeline_query_text


def group_copies_option(help_text: str):  # type: ignore[no-untyped-def]
    """--group-copies, worded for what its command does with copies (query's help had spoken of a timeline)."""
    return click.option("--group-copies", is_flag=True, help=help_text)


snippet_chars_option = click.option(
    "--snippet-chars", type=Whole(*config.SNIPPET_CHARS_RANGE), default=config.SNIPPET_CHARS,
    show_default=True,
    help="About how many characters of article text a snippet shows (a passage ends at a word's end).")


def limit_option(zero: str):  # type: ignore[no-untyped-def]
    """-n/--limit, its 0 worded for the command (similar has no --facets, which its help had named)."""
    return click.option("-n", "--limit", type=Whole(*config.LIMIT_RANGE), default=config.DEFAULT_LIMIT,
                        show_default=True, help=f"Hits per page (0: none, {zero}; --json says page 1 of 1).")


def check_page(limit: int, page: int) -> None:
    """Refuse a page after the first with ``-n 0``, which lists no hit: there is no page 2 (it had printed the count
    and exited 0 as if there were)."""
    if not limit and page > 1:
        raise click.UsageError(f"-n 0 lists no hit, only the count: there is no page {page:,} (give -n a number of "
                               "hits per page, or leave out --page)")


page_option = click.option("-p", "--page", type=Whole(1), default=1, show_default=True, help="Page of hits.")


@cli.command("query", cls=WordsCommand,
             short_help="Search the index: ranked hits with highlighted snippets.")
@click.argument("words", nargs=-1)
@index_dir_option
@limit_option("the count alone, and --facets")
@page_option
@date_range_options
@click.option("--sort", type=SortChoice(["relevance", "date", "oldest"], case_sensitive=False), default="relevance",
              show_default=True, help="Order of hits (date: newest first; oldest: oldest first; undated last).")
@match_option
@snippet_chars_option
@click.option("--recent", is_flag=True,
              help="Rank newer articles a little higher (the bonus halves every half of the span of the index's dates "
                   "back from the newest article, a year at most: a fortnight in an archive of a month, half a year "
                   "in one of a year, a year in one of two years or more; an undated article counts as the oldest, never "
                   "above a dated one as relevant).")
@click.option("--around", metavar="DATE", callback=checked_date,
              help="Rank articles near DATE higher (same forms as --since; the bonus halves every twentieth of "
                   "the span of the index's dates away: a year in an archive of 20 years, a day and a half in one "
                   "of a month; an undated article counts as far away as any).")
@click.option("--facets", is_flag=True,
              help="Also count all hits by source, author, section (when a hit names one), year and month, and by "
                   "language in an index of several (on the screen or with --json).")
@group_copies_option("Syndicated copies of one story as one hit: its earliest copy among the hits stands for it "
                     "and names the others.")
@color_option
@output_options
def query_command(words: tuple[str, ...], index_dir: str, limit: int, page: int, since: str | None,
                  until: str | None, sort: str, match: str, snippet_chars: int, recent: bool,
                  around: str | None, facets: bool, group_copies: bool, color: str, output: str | None) -> int:
    """Search the index; hits are ranked by relevance (BM25F) with highlighted snippets.

    Query syntax: words, "exact phrases", AND/OR/NOT, -word, title:word, author:name,
    source:name, date:2020-06, polic* and offcer~ (see: newssearch help syntax).
    A lone - reads the query from stdin: a quote or a paragraph, its quotes and
    line breaks as written (which article is this from?). With no WORDS,
    --since or --until alone lists the articles of those dates, as '*' does.

    \b
    Example:
      newssearch query "armed offenders"
      newssearch query '"armed offenders" NOT spikes' --since 2020-06 --sort date
      newssearch query police --facets --recent
      newssearch query police -n 0 --facets --since 20200101
      newssearch query police --since 2020 --csv > police.csv
      newssearch query - < quote.txt
    """
    from ..formatting import no_results_message, result_header
    from ..searcher import open_index

    check_page(limit, page)
    if facets and output in ("jsonl", "csv"):
        raise click.UsageError("--facets works with the screen and --json output")
    text = filtered_query_text(words, since, until)  # before the index opens: stdin read, a usage error first
    with open_index(index_dir) as idx:
        result = idx.search(text, limit=limit, page=page, match=match, since=since,
                            until=until, sort=sort, snippet_chars=snippet_chars, recent=recent,
                            around=around, facets=facets, group_copies=group_copies)
    return emit_hits(result, output, use_color(color), result_header(result, since, until),
                     no_results_message(result, since=since, until=until))


@cli.command("timeline", cls=WordsCommand, short_help="Count the articles a query finds per year, month, week or day.")
@click.argument("words", nargs=-1)
@index_dir_option
@click.option("--by", type=click.Choice(["year", "month", "week", "day"], case_sensitive=False), default="month", show_default=True,
              help="Length of one period (week: ISO weeks).")
@date_range_options
@match_option
@group_copies_option("Count syndicated copies of one story once, in the period of its earliest copy among the hits.")
@timeline_color_option
@json_option
@click.option("--csv", "as_csv", is_flag=True,
              help="Print a CSV table: period, count, articles (the index's articles that period); undated hits "
                   "are counted on stderr.")
def timeline_command(words: tuple[str, ...], index_dir: str, by: str, since: str | None, until: str | None,
                     match: str, group_copies: bool, color: str, as_json: bool, as_csv: bool) -> int:
    """Count the articles a query finds per year, month, week or day, in date order, with a bar chart.

    Undated articles are counted on a line of their own. Without WORDS, every
    article is counted: how the archive spreads over time. A lone - reads
    the query from stdin, as query does.

    \b
    Example:
      newssearch timeline "armed offenders" --by month
      newssearch timeline --by year
      newssearch timeline police --by week --since 2020-06 --json
      newssearch timeline police --by year --csv > police-by-year.csv
    """
    from ..searcher import open_index

    if as_json and as_csv:
        raise click.UsageError("--json and --csv cannot be used together; choose one format")
    with open_index(index_dir) as idx:
        timeline = idx.timeline(timeline_query_text(words), by=by, match=match, since=since,
                                until=until, group_copies=group_copies)
    if as_json:
        emit_json(timeline.to_dict())
    elif as_csv:
        _emit_timeline_csv(timeline, since, until)
    else:
        from ..formatting import no_match_message
        from ..timelinelines import timeline_lines

        if timeline.total:
            echo_notice(timeline)
            import shutil  # here: its import (bz2, lzma) is for the timeline's width alone

            echo_lines(timeline_lines(timeline, shutil.get_terminal_size().columns, click.style, since, until,
                                      wrap=screen_width() is not None), use_color(color))
        else:  # to stderr, as query says it: what happened first, then the note on why
            say(no_match_message(timeline.query, since=since, until=until))
            echo_notice(timeline)
        echo_suggestion(timeline)
    return ExitStatus.OK if timeline.total else ExitStatus.NO_RESULTS


def _emit_timeline_csv(timeline, since: str | None, until: str | None) -> None:  # type: ignore[no-untyped-def]
    """A timeline as CSV on stdout (its header alone when nothing was found); on stderr, as the screen says them,
    "No articles match …", the notes, the undated hits (which have no row) and "Did you mean"."""
    from ..exports import timeline_csv_lines
    from ..formatting import no_match_message

    if not timeline.total:
        say(no_match_message(timeline.query, since=since, until=until))
    echo_notice(timeline)
    for line in timeline_csv_lines(timeline if timeline.total else replace(timeline, periods=[])):
        click.echo(line, nl=False)
    if timeline.undated:
        click.echo(f"undated: {timeline.undated:,} (not in the table: no period)", err=True)
    echo_suggestion(timeline)


@cli.command("similar", short_help="List the articles most like one article.")
@click.argument("article_id", shell_complete=complete_ids)
@index_dir_option
@limit_option("the count alone")
@page_option
@date_range_options
@snippet_chars_option
@group_copies_option("List syndicated copies of one story once, by its earliest copy among the hits, and leave out "
                     "the article's own copies.")
@color_option
@output_options
def similar_command(article_id: str, index_dir: str, limit: int, page: int, since: str | None, until: str | None,
                    snippet_chars: int, group_copies: bool, color: str, output: str | None) -> int:
    """List the articles most like one article (by the key words of its title and body).

    ARTICLE_ID is an id as query prints it, or the article's file path, as show takes it. The count is of
    the articles sharing at least a tenth of its key words (two or more), the most alike listed first. With
    --group-copies, copies of the article itself are left out too, and each other story is listed once.

    \b
    Example:
      newssearch similar 000_952a12dfe0af93bf.txt
      newssearch similar 001_a59f359fbf363ca3.txt --limit 5 --csv
      newssearch similar 002_a53b20ab34f5de83.txt --since 2020-06 --group-copies
    """
    from ..errors import as_typed
    from ..formatting import no_results_message, safe, similar_header
    from ..searcher import open_index

    check_page(limit, page)
    with open_index(index_dir) as idx:
        result = idx.similar(article_id, limit=limit, page=page, since=since, until=until, snippet_chars=snippet_chars,
                            group_copies=group_copies)
    empty = no_results_message(result, subject=f"like {as_typed(safe(article_id))}", since=since, until=until)
    return emit_hits(result, output, use_color(color), similar_header(article_id, result, since, until), empty)
