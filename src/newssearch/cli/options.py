"""Options shared by several commands: their value types, their decorators and the checks of what is typed
(printing.py: the helpers that print results)."""

from __future__ import annotations

import functools
import os
import sys
from typing import Any

import click

from .. import config
from .app import GROUP_INDEX_DIR
from .completion import complete_folders


class Whole(click.IntRange):
    """A whole number within a range; a value that is none is "not a valid integer" (click's IntRange says "not a
    valid integer range", which no user typed)."""

    name = "integer"

    def get_metavar(self, *args: Any, **kwargs: Any) -> str | None:
        """``N``, as the README writes a count (``--workers N``), not click's ``INTEGER``."""
        return "N"


class Seconds(click.FloatRange):
    """A number of seconds within a range; a value that is none is "not a valid number of seconds" (click's
    FloatRange says "not a valid float range"), and one out of range is named as typed."""

    name = "number of seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """``value`` as a float within the range. One outside it is named as typed: "-1 is not in the range x>=0"
        (click had said "-1.0", which no one typed); ``nan``, which no comparison refuses, is no number of seconds."""
        try:
            seconds = super().convert(value, param, ctx)
        except click.BadParameter:
            if not isinstance(value, str) or not _is_number(value):
                raise  # not a number at all: click's "'abc' is not a valid number of seconds."
            self.fail(f"{value.strip()} is not in the range {self._describe_range()}.", param, ctx)
        if seconds != seconds:
            self.fail(f"{value} is not a number of seconds.", param, ctx)
        return seconds


# A word a user types for an order of hits, and what --sort names it ("newest" had been told the choices alone)
_SORTS_SAID = {"date": "--sort date lists the newest first", "oldest": "--sort oldest lists the oldest first",
               "relevance": "--sort relevance, the default, lists the most relevant first"}
_SORT_WORDS = {"newest": "date", "latest": "date", "new": "date", "recent": "date", "earliest": "oldest",
               "first": "oldest", "chronological": "oldest", "score": "relevance", "best": "relevance",
               "relevant": "relevance", "rank": "relevance"}


class SortChoice(click.Choice):  # type: ignore[type-arg]  # generic from click 8.2 only (8.1 is supported)
    """``--sort``'s orders, in any case; a word for one (``newest``, ``earliest``, ``score``) told the order it names."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """``value`` as one of the orders, or click's line with the order a word for one names."""
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            meant = _SORT_WORDS.get(str(value).strip().lower())
            if meant is None:
                raise
            also = " (--recent ranks newer articles a little higher)" if str(value).strip().lower() == "recent" else ""
            choices = ", ".join(repr(choice) for choice in self.choices)
            self.fail(f"{value!r} is not one of {choices}: {_SORTS_SAID[meant]}{also}.", param, ctx)


def _is_number(text: str) -> bool:
    """Whether ``text`` is a number as float() reads it."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def index_dir_option(func: Any) -> Any:
    """--index-dir (or --index, the name a user types first), shared by every command."""
    return click.option(
        "--index-dir",
        "--index",
        envvar=config.INDEX_DIR_ENV,
        default=config.DEFAULT_INDEX_DIR,
        metavar="DIR",
        show_default=True,
        show_envvar=True,
        callback=_checked_index_dir,
        shell_complete=complete_folders,
        help="Folder of the index.",
    )(func)


def _checked_index_dir(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """``value`` when it can name the index folder; else the error names where it came from (the option or
    $NEWSSEARCH_INDEX): an empty one (an unset variable in a script) had been ./index, and a file is no folder."""
    source = ctx.get_parameter_source(param.name or "")
    if source is not click.core.ParameterSource.COMMANDLINE and GROUP_INDEX_DIR in ctx.meta:
        value, source = ctx.meta[GROUP_INDEX_DIR], click.core.ParameterSource.COMMANDLINE  # before the command
    # quoted as click quotes an option in its messages ("Invalid value for '--limit'")
    named = f"'${config.INDEX_DIR_ENV}'" if source is click.core.ParameterSource.ENVIRONMENT else "'--index-dir'"
    if source is click.core.ParameterSource.COMMANDLINE:  # typed: as the system names it (the variable is so)
        from ..ids import os_text

        value = os_text(value)
    if source is click.core.ParameterSource.COMMANDLINE and not value.strip():
        raise click.BadParameter("it is empty: name the folder of the index", param_hint=named)
    if source is click.core.ParameterSource.ENVIRONMENT and not value.strip():  # click reads an empty one as unset
        raise click.BadParameter(f"it is blank, naming no folder: set it to the folder of the index, or unset it for "
                                 f"./{config.DEFAULT_INDEX_DIR}", param_hint=named)
    from ..indexfolders import file_in_the_way

    in_the_way = file_in_the_way(config.resolve_index_dir(value)) if value.strip() else None
    if in_the_way:
        raise click.BadParameter(in_the_way, param_hint=named)
    return value


def json_option(func: Any) -> Any:
    """--json, for machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


OUTPUT_FORMATS = {
    "json": "Print the whole result as one JSON document.",
    "jsonl": "Print one JSON object per hit, one a line.",
    "csv": "Print a CSV table: id, title, date, source, authors, url, score, snippet (and copies with "
           "--group-copies); a cell starting =, +, - or @ gets a leading ' so a spreadsheet does not run it "
           "(--jsonl keeps every text as it is).",
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


def color_option(func: Any, coloured: str = "matched words marked, titles bold") -> Any:
    """--color auto|always|never (auto: colour on a terminal, unless NO_COLOR is set or TERM is dumb); ``coloured``:
    what the command colours."""
    return click.option("--color", type=click.Choice(["auto", "always", "never"], case_sensitive=False), default="auto",
                        show_default=True,
                        help=f"Colour on the screen: {coloured} (auto: on a terminal, unless NO_COLOR is set or "
                             "TERM is dumb).")(func)


def article_color_option(func: Any) -> Any:
    """--color for a command that prints one article (it has no query to mark)."""
    return color_option(func, "the title bold, the names of its fields in cyan")


def timeline_color_option(func: Any) -> Any:
    """--color for ``timeline`` (it has no text to mark)."""
    return color_option(func, "the periods green, the bars yellow")


def use_color(choice: str) -> bool:
    """Whether to colour stdout for this --color choice."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":  # a terminal that shows no colours
        return False
    return sys.stdout.isatty()


def date_range_options(func: Any) -> Any:
    """--since and --until."""
    func = click.option("--until", metavar="DATE", callback=checked_date,
                        help="Published on or before (same forms as --since).")(func)
    return click.option("--since", metavar="DATE", callback=checked_date,
                        help="Published on or after (YYYY, YYYY-MM, YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, "
                             "26/02/1987 or 02/26/1987 when only one order makes a real day, a month "
                             "by its name: March 1987, 1 March 1987, today, yesterday, or back from today: 7d, 2w, "
                             "6m, 1y, 3 days ago).")(func)


def checked_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A date option's value as typed, once it reads as a date: one that does not is refused naming the option,
    as click names ``-n`` ("Invalid value for '--until': cannot read the date '20x0'"); the library said only the date."""
    if value is not None:
        from ..errors import InvalidQuery
        from ..timefilter import parse_bound

        try:
            parse_bound(value, end=param.name == "until")
        except InvalidQuery as exc:
            spelled = _date_cut_at_space(ctx, param, value)
            message = (f"cannot read the date {value!r}: unquoted, the date was cut at its space (quote it: "
                       f'--{param.name} "{spelled}")') if spelled else exc.for_cli()
            raise click.BadParameter(message, ctx=ctx, param=param) from None
    return value


def _date_cut_at_space(ctx: click.Context, param: click.Parameter, value: str) -> str | None:
    """The date a date option's ``value`` and the words typed after it name, unquoted (``--since March 1987``: the
    shell gives 1987 to the query), else None."""
    from ..datehints import named_date_after
    from .app import TYPED_ARGS

    typed: list[str] = ctx.meta.get(TYPED_ARGS, [])
    for at, arg in enumerate(typed):
        if (arg in param.opts and typed[at + 1:at + 2] == [value]) or arg in (f"{opt}={value}" for opt in param.opts):
            after = typed[at + (1 if "=" in arg else 2):][:2]
            return named_date_after(" " + " ".join(after), 0, value)
    return None


def match_option(func: Any) -> Any:
    """--match all|any."""
    return click.option("--match", type=click.Choice(["all", "any"], case_sensitive=False), default="all", show_default=True,
                        help="Whether a hit needs all the words or any of them.")(func)
