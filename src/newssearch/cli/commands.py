"""Commands that build and inspect the index: index, show, stats, help."""

from __future__ import annotations

import json
import os
from contextlib import suppress
from pathlib import Path

import click

from .. import config
from .app import SystemPath, cli, stderr_is_terminal
from .completion import complete_ids, complete_topics
from .notes import say
from .options import (
    Seconds,
    Whole,
    article_color_option,
    index_dir_option,
    json_option,
    use_color,
)
from .printing import echo_lines, emit_json, screen_width
from .typos import command_meant
from .unwinding import STOP_NOTE, Terminated, hangup_when_terminal_gone


@cli.command("index", short_help="Index a folder of articles (or one file of them), or update it.")
@click.argument("corpus", type=SystemPath(readable=False), required=False)  # corpus_root says why not
@index_dir_option
@click.option("--rebuild", is_flag=True,
              help="Build the index from scratch instead of updating it (the list of what updates removed, "
                   "removals.jsonl, is kept; the list of another corpus is set aside as removals.previous.jsonl).")
@click.option("--workers", type=Whole(*config.WORKERS_RANGE), default=None,
              help=f"Reader processes (default: 1, or one per core up to {config.DEFAULT_MAX_WORKERS} when "
                   f"{config.PARALLEL_MIN_FILES:,} files or {config.PARALLEL_MIN_BYTES // 1_000_000} MB or more are to "
                   "be read).")
@click.option("--wait", type=Seconds(0), default=config.LOCK_TIMEOUT, show_default=True,
              metavar="SECONDS",
              help="How long to wait while another run writes to the same index ('inf': for as long as it takes).")
@click.option("-v", "--verbose", is_flag=True,
              help="List every skipped file with its reason, every file of an unsupported type, every link to a "
                   "file listed already (passed over), and every article deleted or renamed.")
@click.option("-q", "--quiet", is_flag=True,
              help="Print nothing when every file was read; files not read are still named, with why, on stderr "
                   "(the first five; with --verbose, every one), but not one unchanged since a run named it.")
@click.option("--json", "as_json", is_flag=True,  # (not json_option's: -v beside it had looked like it might add)
              help="Print the full report as JSON: every list --verbose prints, with or without it.")
def index_command(corpus: str | None, index_dir: str, rebuild: bool, workers: int | None, wait: float, verbose: bool,
                  quiet: bool, as_json: bool) -> None:
    """Index (or update the index of) a folder of articles, or one file of them.

    New files are added, changed ones updated, vanished ones deleted, and moved or renamed ones (the same bytes
    at a new path) counted as renamed; unchanged files are not read again. Without CORPUS, the corpus the
    index was built from is updated (or rebuilt).
    CORPUS may also be one file of many articles: an export or feed (JSONL, JSON, CSV, RSS/Atom,
    Reuters SGML, or a news database's .txt, .docx, .rtf or .pdf download), a mailbox (.mbox), a web archive
    (.warc.gz, .wacz) or a .zip or .tar archive.

    \b
    Example:
      newssearch index corpus/
      newssearch index
      newssearch index --rebuild --json ~/news > report.json
      newssearch index export.jsonl --index-dir export-index
      newssearch index -q ~/news        # from cron: says only what was not read
    """
    from ..collector import collector_off

    with collector_off(settle=True):  # as the command line's (entry.py): about as many collections had walked what these imports made
        from ..formatting import safe
        from ..indexer import build_index
    from ..store import holds_index

    if quiet and as_json:
        raise click.UsageError("--quiet and --json cannot be used together (--json prints the report)")
    progress = _progress_printer() if not (as_json or quiet) and stderr_is_terminal() else None

    def waiting() -> None:
        if quiet:
            return
        how_long = "for as long as it takes" if wait == float("inf") else f"up to {wait:g}s"  # not "up to infs"
        with hangup_when_terminal_gone():  # not an index that cannot be written
            # on a terminal broken between words, as every other line said on stderr is (the path kept whole)
            shown = safe(index_dir)
            say(f"Waiting for another newssearch process writing to {shown} ({how_long})…", whole=(shown,))

    had_index = holds_index(config.resolve_index_dir(index_dir))
    if corpus is None:
        corpus = _recorded_corpus(index_dir, rebuild, quiet)
    try:
        report = build_index(corpus, index_dir, rebuild=rebuild, progress=progress, workers=workers,
                             lock_timeout=wait, on_wait=waiting)
    except KeyboardInterrupt as exc:
        # A run commits once, at its end: an interrupted one kept nothing ("Interrupted." alone had left a user
        # of a long first build guessing whether its files were in; "the index is as it was" of a first build had
        # spoken of an index that never was).
        setattr(exc, STOP_NOTE, "Nothing of this run was kept (a run commits at its end): "
                                + ("the index is as it was before it." if had_index else "it made no index."))
        if progress and isinstance(exc, Terminated):  # no ^C echoed to end it: cleared, as a run's end clears it
            with suppress(OSError):  # a hangup's terminal is gone
                progress.clear()
        raise
    if progress:
        progress.clear()
    from ..indexlines import removals_warning

    if as_json:
        emit_json(report.to_dict())
    elif quiet:
        from ..indexlines import failure_lines

        for line in failure_lines(report, verbose):
            click.echo(line, err=True)
    else:
        from ..indexlines import report_lines

        echo_lines(report_lines(report, verbose, screen_width()))
    if (warning := removals_warning(report)) is not None:  # said after the report, whatever its form: exit 0
        say(warning, "Warning: ", whole=tuple(filter(None, (report.index_dir, report.removals_kept_at))))


def _recorded_corpus(index_dir: str, rebuild: bool, quiet: bool = False) -> str:
    """The corpus the index at ``index_dir`` was built from (where it went, when it moved with the index), said on
    stderr unless ``quiet``; click's "Missing argument 'CORPUS'" when there is no index there."""
    from ..buildtarget import recorded_place
    from ..formatting import safe
    from ..indexhints import shown_folder

    place = recorded_place(config.resolve_index_dir(index_dir))
    if place is None:
        raise click.MissingParameter(ctx=click.get_current_context(), param_type="argument", param_hint="'CORPUS'")
    corpus, moved_from = place
    built = f"the corpus {safe(shown_folder(Path(index_dir)))} was built from"
    whence = f"{built}, at {safe(moved_from)}: it moved with the index" if moved_from is not None else built
    if not quiet:
        say(f"{'Rebuilding' if rebuild else 'Updating'} the index of {safe(str(corpus))} ({whence})")
    return str(corpus)


# How often the progress line is redrawn, at most. A count of files ("every 25th") had left it still for seconds
# in a run with workers, whose counts come as they stand at each poll, seldom a multiple of 25 ("0/2229" then
# "475/2229" in a 19 s build of BBC News).
_PROGRESS_SECONDS = 0.1


def _progress_printer():  # type: ignore[no-untyped-def]
    """A progress callback that redraws one line on stderr, at most every ``_PROGRESS_SECONDS``; before a file is
    read it says the reading starts, and once every file is read that the index is being written (workers write
    their parts after reading: seconds at 100%). Its terminal closed, the write's EIO ends the run as the hangup
    does (``hangup_when_terminal_gone``), where the indexer had taken it for an index that cannot be written."""
    import time

    last, shown = [-_PROGRESS_SECONDS], [0]

    def show(done: int, total: int, rel: str) -> None:
        now = time.monotonic()
        if done == total:
            line = f"Read {done}/{total} files; writing the index…"
        elif done == 0:  # the readers loading, the workers starting: no count stuck at 0 (seconds on a busy machine)
            line = f"Starting to read {total} files…"
        elif now - last[0] >= _PROGRESS_SECONDS:
            line = f"Reading {done}/{total} files…"
        else:
            return
        with hangup_when_terminal_gone():  # spaces over the rest of a longer line ("Starting to read …")
            click.echo(f"\r{line}{' ' * (shown[0] - len(line))}", nl=False, err=True)
        last[0], shown[0] = now, len(line)

    def clear() -> None:
        """The line cleared: by the terminal's erase, or spaces on a dumb one (Emacs's), which prints it as text."""
        dumb = os.environ.get("TERM") == "dumb"
        click.echo(f"\r{' ' * shown[0]}\r" if dumb else "\r\033[K", nl=False, err=True)

    show.clear = clear  # type: ignore[attr-defined]
    return show


RULE_WIDTH = 40  # columns of the rule between the articles show prints, or the terminal's when narrower


@cli.command("show", short_help="Print an article (or several), whole, with its metadata.")
@click.argument("article_id", nargs=-1, required=True, metavar="ARTICLE_ID...", shell_complete=complete_ids)
@index_dir_option
@article_color_option
@json_option
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON object per article, one a line (each as --json prints it).")
def show_command(article_id: tuple[str, ...], index_dir: str, color: str, as_json: bool, as_jsonl: bool) -> None:
    """Print an article, whole, with its metadata and its story's other copies (earliest first); several, each in
    the order given, a rule between.

    ARTICLE_ID is an id as query prints it, the article's file path (./politics/223.txt, or the absolute
    path), its web address (https://news.example/bridge), or, when only one article's is so, the end of its
    path (223.txt) or the start of its file's name (six characters or more; a file inside a zip or tar archive
    as one in a folder). An id that starts with '-' goes after --. An id that names no article is an error
    before any is printed.

    \b
    Example:
      newssearch show 000_952a12dfe0af93bf.txt
      newssearch show 000_952a12dfe0af93bf.txt 001_a59f359fbf363ca3.txt --jsonl
    """
    from ..searcher import open_index

    if as_json and as_jsonl:
        raise click.UsageError("--json and --jsonl cannot be used together; choose one format")
    if as_json and len(article_id) > 1:
        raise click.UsageError(f"--json prints one article, and {len(article_id)} ids were given: --jsonl prints "
                               "each, one a line")
    with open_index(index_dir) as idx:
        articles = [idx.get(typed) for typed in article_id]
        copies = [idx.copies(article.id) for article in articles]  # where else, and when first, each story ran
    if as_json or as_jsonl:
        from ..formatting import json_safe

        shown = [{**article.to_dict(), "copies": [copy.id for copy in its]} for article, its in zip(articles, copies)]
        if as_json:
            emit_json(shown[0])
        for data in shown if as_jsonl else []:
            click.echo(json_safe(json.dumps(data, ensure_ascii=False)))
    else:
        from ..formatting import article_lines

        width = screen_width()
        rule = "─" * min(RULE_WIDTH, width or RULE_WIDTH)
        lines = [line for place, (article, its) in enumerate(zip(articles, copies))
                 for line in [*(["", rule, ""] if place else []),
                              *article_lines(article, click.style, width, isolate=width is not None, copies=its)]]
        echo_lines(lines, color=use_color(color))


@cli.command("stats", short_help="Show what the index holds: articles, files, dates, size.")
@index_dir_option
@json_option
def stats_command(index_dir: str, as_json: bool) -> None:
    """Show what the index holds: articles, files, the files and records the last update read and skipped (by
    reason; not the links, pipes and folders it could not follow, which its report counts too), date span, size,
    last update, corpus root.

    \b
    Example:
      newssearch stats --index-dir ~/news-index
    """
    from ..searcher import open_index

    with open_index(index_dir) as idx:
        stats = idx.stats()
    if as_json:
        emit_json(stats.to_dict())
    else:
        from ..indexlines import stats_lines

        echo_lines(stats_lines(stats, screen_width()))


@cli.command("help", short_help="Show the query syntax (help syntax), or a command's help.")
@click.argument("topic", required=False, shell_complete=complete_topics)
@click.pass_context
def help_command(ctx: click.Context, topic: str | None) -> None:
    """Show help on a topic: `syntax` is the query language, with examples; a command's name, its options.

    \b
    Example:
      newssearch help syntax
      newssearch help query
    """
    group = ctx.parent.command if ctx.parent else cli
    commands = group.commands if isinstance(group, click.Group) else {}
    topic = topic.lower() if topic is not None and topic.lower() in ("syntax", *commands) else topic  # help SYNTAX
    if topic == "syntax":
        from ..syntax import syntax_lines

        echo_lines(syntax_lines(screen_width()))
    elif topic is None:
        click.echo(ctx.parent.get_help() if ctx.parent else ctx.get_help())
    elif topic in commands:
        command = commands[topic]
        # the command's own context, as its --help makes it (a narrow terminal's layout: helpformat.py)
        with command.context_class(command, info_name=topic, parent=ctx.parent) as command_ctx:
            click.echo(command.get_help(command_ctx))
    else:
        topics = ["syntax", *sorted(commands)]
        near = command_meant(topic, topics)  # as a mistyped command is answered: `help search` as 'query'
        hint = f" (did you mean {' or '.join(map(repr, near))}?)" if near else ""
        raise click.UsageError(f"no help on {topic!r}{hint}: the topics are {', '.join(topics)}", ctx)


