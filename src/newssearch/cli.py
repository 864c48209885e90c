"""The ``newssearch`` command: thin click commands over the library; the only module that prints."""

from __future__ import annotations

import functools
import json
import os
import sys
from enum import IntEnum
from typing import Any

import click

from . import __version__, config
from .errors import NewsSearchError


class ExitStatus(IntEnum):
    """Exit codes: like grep, 1 means 'nothing found'."""

    OK = 0
    NO_RESULTS = 1
    ERROR = 2
    INTERRUPTED = 130


class NewsSearchGroup(click.Group):
    """The one boundary where exceptions become a one-line message and an exit code."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except NewsSearchError as exc:
            click.echo(f"Error: {_one_line(exc)}", err=True)
            sys.exit(ExitStatus.ERROR)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except (KeyboardInterrupt, click.exceptions.Abort):
            click.echo("Interrupted.", err=True)
            sys.exit(ExitStatus.INTERRUPTED)
        except BrokenPipeError:
            # The reader of our output went away (`| head`): stop quietly.
            sys.stderr.close()
            sys.exit(ExitStatus.OK)
        except Exception as exc:  # noqa: BLE001 - a user never sees a traceback
            if os.environ.get("NEWSSEARCH_DEBUG"):
                raise
            click.echo(f"Error: unexpected {type(exc).__name__}: {_one_line(exc)} "
                       "(set NEWSSEARCH_DEBUG=1 for details)", err=True)
            sys.exit(ExitStatus.ERROR)
        sys.exit(code if isinstance(code, int) else ExitStatus.OK)


def _one_line(exc: BaseException) -> str:
    """An error message fit for one terminal line: it may echo file names or what the user typed."""
    from .formatting import safe

    return safe(str(exc))


def index_dir_option(func: Any) -> Any:
    """--index-dir, shared by every command."""
    return click.option(
        "--index-dir",
        envvar=config.INDEX_DIR_ENV,
        default=config.DEFAULT_INDEX_DIR,
        show_default=True,
        show_envvar=True,
        type=click.Path(file_okay=False),
        help="Folder of the index.",
    )(func)


def json_option(func: Any) -> Any:
    """--json, for machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


OUTPUT_FORMATS = {
    "json": "Print the whole result as one JSON document.",
    "jsonl": "Print one JSON object per hit, one a line.",
    "csv": "Print a CSV table: id,title,date,source,authors,url,score,snippet.",
}


def output_options(func: Any) -> Any:
    """--json/--jsonl/--csv, mutually exclusive; the command receives ``output`` (None: the screen)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        chosen = [name for name in OUTPUT_FORMATS if kwargs.pop(f"as_{name}")]
        if len(chosen) > 1:
            raise click.UsageError(f"--{chosen[0]} and --{chosen[1]} cannot be used together; choose one format")
        return func(*args, output=chosen[0] if chosen else None, **kwargs)

    for name, text in reversed(OUTPUT_FORMATS.items()):
        wrapper = click.option(f"--{name}", f"as_{name}", is_flag=True, help=text)(wrapper)
    return wrapper


def emit_hits(result: Any, output: str | None, color: bool, header: str | None = None) -> int:
    """Print a SearchResult in the chosen format; the exit status says whether anything was found."""
    from .exports import csv_text, jsonl_lines

    if output == "json":
        emit_json(result.to_dict())
    elif output == "jsonl":
        if result.hits:
            echo_lines(jsonl_lines(result))
    elif output == "csv":
        click.echo(csv_text(result), nl=False)
    else:
        _print_result(result, color, header)
    return ExitStatus.OK if result.hits else ExitStatus.NO_RESULTS


def color_option(func: Any) -> Any:
    """--color auto|always|never (auto: colour on a terminal, unless NO_COLOR is set)."""
    return click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
                        show_default=True, help="Highlight matches in colour.")(func)


def use_color(choice: str) -> bool:
    """Whether to colour stdout for this --color choice."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def emit_json(data: object) -> None:
    """Print one JSON document."""
    from .formatting import UNSAFE_CHARS

    text = json.dumps(data, ensure_ascii=False, indent=2)
    # JSON leaves DEL, C1 and bidi controls raw; escaped they are the same JSON and harmless on a terminal.
    click.echo(UNSAFE_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def echo_lines(lines: list[str], color: bool | None = None) -> None:
    """Print lines to stdout."""
    click.echo("\n".join(lines), color=color)


@click.group(cls=NewsSearchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newssearch")
def cli() -> None:
    """Full-text search over a folder of news articles.

    \b
    Example:
      newssearch index corpus/
      newssearch query "armed offenders"
    """


@cli.command("index")
@click.argument("corpus", type=click.Path())
@index_dir_option
@click.option("--rebuild", is_flag=True, help="Build the index from scratch instead of updating it.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Reader processes (default: one per core for large folders).")
@click.option("--wait", type=click.FloatRange(0), default=config.LOCK_TIMEOUT, show_default=True,
              metavar="SECONDS", help="How long to wait while another run writes to the same index.")
@click.option("-v", "--verbose", is_flag=True, help="List every skipped file with its reason.")
@json_option
def index_command(corpus: str, index_dir: str, rebuild: bool, workers: int | None, wait: float, verbose: bool,
                  as_json: bool) -> None:
    """Index (or update the index of) a folder of articles.

    New files are added, changed ones updated, vanished ones deleted; unchanged files are not
    read again.

    \b
    Example:
      newssearch index corpus/
      newssearch index --rebuild --json ~/news > report.json
    """
    from .indexer import build_index

    progress = _progress_printer() if not as_json and sys.stderr.isatty() else None
    report = build_index(corpus, index_dir, rebuild=rebuild, progress=progress, workers=workers,
                         lock_timeout=wait)
    if progress:
        click.echo("\r\033[K", nl=False, err=True)
    if as_json:
        emit_json(report.to_dict())
    else:
        from .formatting import report_lines

        echo_lines(report_lines(report, verbose))


def _progress_printer():  # type: ignore[no-untyped-def]
    """A progress callback that redraws one line on stderr."""
    def show(done: int, total: int, rel: str) -> None:
        if done == total or done % 25 == 0:
            click.echo(f"\rReading {done}/{total} files…", nl=False, err=True)

    return show


@cli.command("query")
@click.argument("words", nargs=-1, required=True)
@index_dir_option
@click.option("-n", "--limit", type=click.IntRange(1, config.MAX_LIMIT), default=config.DEFAULT_LIMIT,
              show_default=True, help="Hits per page.")
@click.option("-p", "--page", type=click.IntRange(1), default=1, show_default=True, help="Page of hits.")
@click.option("--since", metavar="DATE", help="Published on or after (YYYY, YYYY-MM, YYYY-MM-DD, or 2w, 6m, 1y).")
@click.option("--until", metavar="DATE", help="Published on or before (same forms as --since).")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="Order of hits (date: newest first, undated last).")
@click.option("--match", type=click.Choice(["all", "any"]), default="all", show_default=True,
              help="Whether a hit needs all the words or any of them.")
@click.option("--snippet-chars", type=click.IntRange(40, 5000), default=config.SNIPPET_CHARS,
              show_default=True, help="Characters of article text per snippet.")
@click.option("--recent", is_flag=True,
              help=f"Rank newer articles a little higher (the bonus halves every {config.RECENT_HALF_LIFE_DAYS} days).")
@click.option("--around", metavar="DATE",
              help=f"Rank articles near DATE higher (the bonus halves every {config.AROUND_HALF_LIFE_DAYS} days away).")
@click.option("--facets", is_flag=True, help="Also count all hits by source, author, year and month.")
@click.option("--group-copies", is_flag=True,
              help="Show syndicated copies of one story as one hit: its earliest copy, naming the others.")
@color_option
@output_options
def query_command(words: tuple[str, ...], index_dir: str, limit: int, page: int, since: str | None,
                  until: str | None, sort: str, match: str, snippet_chars: int, recent: bool,
                  around: str | None, facets: bool, group_copies: bool, color: str, output: str | None) -> int:
    """Search the index; hits are ranked by relevance (BM25F) with highlighted snippets.

    Query syntax: words, "exact phrases", AND/OR/NOT, -word, title:word, author:name,
    source:name, date:2020-06, polic* and offcer~ (see README).

    \b
    Example:
      newssearch query "armed offenders"
      newssearch query '"armed offenders" NOT auckland' --since 2020-06 --sort date
      newssearch query police --facets --recent --csv > police.csv
    """
    from .searcher import open_index

    if facets and output in ("jsonl", "csv"):
        raise click.UsageError("--facets works with the screen and --json output")
    with open_index(index_dir) as idx:
        result = idx.search(" ".join(words), limit=limit, page=page, match=match, since=since,
                            until=until, sort=sort, snippet_chars=snippet_chars, recent=recent,
                            around=around, facets=facets, group_copies=group_copies)
    return emit_hits(result, output, use_color(color))


def _print_result(result: Any, color: bool, header: str | None = None) -> None:
    """Hits (and facets) to stdout; notices, suggestions and 'no results' to stderr."""
    from .formatting import facet_lines, no_results_message, query_lines, safe

    if result.notice:
        click.echo(f"Note: {safe(result.notice)}.", err=True)
    if result.hits:
        lines = query_lines(result, click.style)
        if header is not None:
            lines[0] = header
        echo_lines(lines, color=color)
    if result.facets is not None and result.hits:
        echo_lines(facet_lines(result.facets))
    if not result.hits:
        click.echo(no_results_message(result), err=True)
    if result.suggestion:
        click.echo(f"Did you mean: {safe(result.suggestion)}", err=True)


@cli.command("show")
@click.argument("article_id")
@index_dir_option
@color_option
@json_option
def show_command(article_id: str, index_dir: str, color: str, as_json: bool) -> None:
    """Print one article, whole, with its metadata.

    \b
    Example:
      newssearch show 000_952a12dfe0af93bf.txt
    """
    from .results import article_to_dict
    from .searcher import open_index

    with open_index(index_dir) as idx:
        article = idx.get(article_id)
    if as_json:
        emit_json(article_to_dict(article))
    else:
        from .formatting import article_lines

        echo_lines(article_lines(article, click.style), color=use_color(color))


@cli.command("stats")
@index_dir_option
@json_option
def stats_command(index_dir: str, as_json: bool) -> None:
    """Show what the index holds: articles, files, date span, size, last update.

    \b
    Example:
      newssearch stats --index-dir ~/news-index
    """
    from .searcher import open_index

    with open_index(index_dir) as idx:
        stats = idx.stats()
    if as_json:
        emit_json(stats.to_dict())
    else:
        from .formatting import stats_lines

        echo_lines(stats_lines(stats))


@cli.command("timeline")
@click.argument("words", nargs=-1, required=True)
@index_dir_option
@click.option("--by", type=click.Choice(["year", "month", "week"]), default="month", show_default=True,
              help="Length of one period (week: ISO weeks).")
@click.option("--since", metavar="DATE", help="Published on or after (YYYY, YYYY-MM, YYYY-MM-DD, or 2w, 6m, 1y).")
@click.option("--until", metavar="DATE", help="Published on or before (same forms as --since).")
@click.option("--match", type=click.Choice(["all", "any"]), default="all", show_default=True,
              help="Whether a hit needs all the words or any of them.")
@json_option
def timeline_command(words: tuple[str, ...], index_dir: str, by: str, since: str | None, until: str | None,
                     match: str, as_json: bool) -> int:
    """Count the articles a query finds per year, month or week, in date order, with a bar chart.

    Undated articles are counted on a line of their own.

    \b
    Example:
      newssearch timeline "armed offenders" --by month
      newssearch timeline police --by week --since 2020-06 --json
    """
    from .searcher import open_index

    with open_index(index_dir) as idx:
        timeline = idx.timeline(" ".join(words), by=by, match=match, since=since, until=until)
    if as_json:
        emit_json(timeline.to_dict())
    else:
        from .formatting import timeline_lines

        echo_lines(timeline_lines(timeline))
    return ExitStatus.OK if timeline.total else ExitStatus.NO_RESULTS


@cli.command("similar")
@click.argument("article_id")
@index_dir_option
@click.option("-n", "--limit", type=click.IntRange(1, config.MAX_LIMIT), default=config.DEFAULT_LIMIT,
              show_default=True, help="How many articles to list.")
@color_option
@output_options
def similar_command(article_id: str, index_dir: str, limit: int, color: str, output: str | None) -> int:
    """List the articles most like one article (by the key words of its title and body).

    \b
    Example:
      newssearch similar 000_952a12dfe0af93bf.txt
      newssearch similar "wire.jsonl#17" --limit 5 --csv
    """
    from .formatting import similar_header
    from .searcher import open_index

    with open_index(index_dir) as idx:
        result = idx.similar(article_id, limit=limit)
    return emit_hits(result, output, use_color(color), similar_header(article_id, result))


@cli.command("help")
@click.argument("topic", required=False, type=click.Choice(["syntax"]))
@click.pass_context
def help_command(ctx: click.Context, topic: str | None) -> None:
    """Show help on a topic: `syntax` is the query language, with examples.

    \b
    Example:
      newssearch help syntax
    """
    if topic == "syntax":
        from .syntax import syntax_lines

        echo_lines(syntax_lines())
    else:
        click.echo(ctx.parent.get_help() if ctx.parent else ctx.get_help())


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newssearch")
