"""The command group and the one boundary where exceptions become a message and an exit code."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any, NoReturn

import click

from .. import __version__
from ..config import DEBUG_ENV, debugging
from ..errors import NewsSearchError
from .completion import COMPLETE_ENV, complete_folders
from .helpformat import NarrowHelpContext
from .notes import said_rows
from .streams import ReaderGone, discard_output, fit_encoding, open_closed_streams, reader_may_go, terminal_hung_up
from .typos import command_meant, did_you_mean, no_such_option
from .unwinding import ENDINGS, STOP_NOTE, ExitStatus, Terminated, hangup_when_terminal_gone, signals_unwind

# click 8.2 and later raise this usage error for a group called without a command (8.1 printed the help)
_NO_ARGS_IS_HELP: tuple[type[BaseException], ...] = tuple(
    error for error in [getattr(click.exceptions, "NoArgsIsHelpError", None)] if error is not None)


TYPED_ARGS = "newssearch.typed_args"  # ctx.meta's key for a command's arguments as typed


class NewsSearchCommand(click.Command):
    """A command whose usage errors know it, so that the message points to its own help; its help fits a narrow
    terminal."""

    context_class = NarrowHelpContext

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """click's parsing; an error it raises without a context (``Option '-p' requires an argument.``) gets this
        command's, which had pointed to ``newssearch --help`` instead of ``newssearch query --help``; an id typed
        starting with ``-`` (``show -draft.txt``), read as an option, is told to go after ``--``."""
        given = list(args)  # click's parser consumes ``args``
        ctx.meta.setdefault(TYPED_ARGS, given)  # for a date option cut at its space (options.checked_date)
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            # ``-draft.txt``: more than one letter after a single dash, not ``-q`` or ``--bogus``
            typed = next((arg for arg in given if arg.startswith(exc.option_name) and len(arg) > 2
                          and not arg.startswith("--")), None)
            if typed is None or not any(param.name == "article_id" for param in self.params):
                raise no_such_option(exc, self.get_params(ctx), ctx) from None
            raise click.UsageError(f"{exc.format_message()} An id that starts with '-' goes after --: "
                                   f"{ctx.command_path} -- {typed}", ctx) from None
        except click.UsageError as exc:
            raise _with_context(exc, ctx) from None


def _with_context(exc: click.UsageError, ctx: click.Context) -> click.UsageError:
    """``exc`` with ``ctx`` when it came without one."""
    if exc.ctx is None:
        exc.ctx = ctx
    return exc


class Stopped(BaseException):
    """A Ctrl-C or a signal that stopped the command (``stopped``), on its way past click's main to ours: click writes
    an empty line to stderr for a KeyboardInterrupt, whatever stopped it and wherever stderr goes (a log had got
    one, and a terminal after a SIGTERM, which echoes no ^C)."""

    def __init__(self, stopped: KeyboardInterrupt) -> None:
        super().__init__(stopped)
        self.stopped = stopped


@contextmanager
def stopped_past_click() -> Iterator[None]:
    """A KeyboardInterrupt (a Ctrl-C, or ``Terminated``) raised inside as ``Stopped``, which click lets through."""
    try:
        yield
    except KeyboardInterrupt as exc:
        raise Stopped(exc) from exc


def stderr_is_terminal() -> bool:
    """Whether stderr is a terminal (one closed or gone is not)."""
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (OSError, ValueError):
        return False


class NewsSearchGroup(click.Group):
    """The one boundary where exceptions become a one-line message and an exit code."""

    command_class = NewsSearchCommand
    context_class = NarrowHelpContext

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The group's help, then its table of environment variables laid out to fit the terminal."""
        from .helpformat import table_rows

        super().format_help_text(ctx, formatter)
        formatter.write_paragraph()
        formatter.write("".join(f"{line}\n" for line in ["  Environment:", *table_rows(ENVIRONMENT, formatter.width, 4)]))

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        """The group's context; its ``--help`` and ``--version`` print here."""
        with stopped_past_click(), reader_may_go(), hangup_when_terminal_gone():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        """The command, which prints its results: a closed pipe while it does is ReaderGone."""
        with stopped_past_click(), reader_may_go(), hangup_when_terminal_gone():
            return super().invoke(ctx)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """click's parsing; an unknown option (``--indx``) is answered with the nearest of ours."""
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            raise no_such_option(exc, self.get_params(ctx), ctx) from None

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        """The command named first in ``args``; one that is none of ours is refused naming the nearest of ours, or of
        the names other tools give them (``serach``: 'query')."""
        if args and not args[0].startswith("-") and not ctx.resilient_parsing and self.get_command(ctx, args[0]) is None:
            meant = command_meant(args[0], self.list_commands(ctx))
            ctx.fail(f"No such command {args[0]!r}.{did_you_mean(meant)}")
        return super().resolve_command(ctx, args)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        if COMPLETE_ENV in os.environ:  # at TAB: bash's completion given the line (an id split at its colon)
            from .bashwords import use_for_bash
            from .shellscripts import use_for_zsh_and_fish

            use_for_bash()
            use_for_zsh_and_fish()
        try:
            with signals_unwind():
                code = super().main(*args, **kwargs)
        except Stopped as exc:
            _end_stopped(exc.stopped)
        except NewsSearchError as exc:
            _fail(f"Error: {_one_line(exc.for_cli())}", ExitStatus.ERROR)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.UsageError as exc:  # one line too, with where the usage is, not click's three
            if isinstance(exc, _NO_ARGS_IS_HELP) and exc.ctx:  # bare `newssearch`: its help, as --help shows it
                click.echo(exc.ctx.get_help())
                sys.exit(ExitStatus.OK)
            where = exc.ctx.command_path if exc.ctx else "newssearch"
            _fail(f"Error: {_one_line(exc.format_message())} (see: {where} --help)", exc.exit_code,
                  whole=(f"{where} --help",))  # the command to run, on one row to be copied
        except click.ClickException as exc:  # click's other errors (a FileError): one line, an error's code, not 1
            _fail(f"Error: {_one_line(exc.format_message())}", ExitStatus.ERROR)
        except (KeyboardInterrupt, click.exceptions.Abort) as exc:  # outside the command: click ended the line
            _end_stopped(exc if isinstance(exc, KeyboardInterrupt) else exc.__cause__, line_ended=True)
        except (ReaderGone, BrokenPipeError):
            # The reader of our output went away (`| head`): stop quietly, with what was left unwritten sent
            # nowhere (flushed at exit to the closed pipe, it would fail again and print a traceback).
            discard_output()
            sys.exit(ExitStatus.OK)
        except Exception as exc:  # any: a user never sees a traceback
            if isinstance(exc, OSError) and isinstance(exc.__context__, KeyboardInterrupt):
                _end_stopped(exc.__context__)  # click's blank line after it failed: the terminal hung up
            if debugging():
                raise
            _fail(f"Error: unexpected {type(exc).__name__}: {_one_line(exc)} (set {DEBUG_ENV}=1 for details)",
                  ExitStatus.ERROR)
        sys.exit(code if isinstance(code, int) else ExitStatus.OK)


def _end_stopped(stopped: BaseException | None, line_ended: bool = False) -> NoReturn:
    """Say in one line that a Ctrl-C or a signal stopped the command, and what became of its work (``STOP_NOTE``);
    exit with the code of what stopped it. After a Ctrl-C on a terminal, which echoed ^C there, on a line of its
    own (unless ``line_ended``: click's newline ended it)."""
    said, status = (ENDINGS[stopped.signum] if isinstance(stopped, Terminated)
                    else ("Interrupted.", ExitStatus.INTERRUPTED))
    echoed = not line_ended and not isinstance(stopped, Terminated) and stderr_is_terminal()
    _say_last(("\n" if echoed else "") + " ".join(filter(None, [said, getattr(stopped, STOP_NOTE, "")])))
    # A stopped worker pool's exit hook can fail writing to its closed wake-up pipe as Python ends;
    # Python then prints that as "Exception ignored in: <module 'threading'>" and a traceback.
    sys.unraisablehook = _quiet
    sys.exit(status)


def _fail(line: str, status: int, whole: tuple[str, ...] = ()) -> NoReturn:
    """Say the error ``line`` on stderr and exit ``status``. When it cannot be said, exit all the same (Python's report
    of the failed write had failed too: exit 1), and as the hangup does (129) where that is because the terminal
    closed meanwhile (EIO). On a terminal each of ``whole`` (the command a hint names) stays on one row."""
    label = "Error: " if line.startswith("Error: ") else ""
    try:  # on a terminal broken between words (at COLUMNS=40 the terminal had broken a long hint's words at the edge)
        click.echo(said_rows(line[len(label):], label, whole), err=True)
    except OSError as exc:
        gone = exc.errno == errno.EIO and terminal_hung_up()
        with suppress(OSError):  # the results printed before the error still go out, where they can
            sys.stdout.flush()
        discard_output()  # what is left unwritten would fail again at exit
        sys.exit(ExitStatus.HUNG_UP if gone else status)
    sys.exit(status)


def _say_last(line: str) -> None:
    """Say ``line`` on stderr, the command's last; after a hangup the terminal is gone and a write to it fails
    (EIO): then nothing is said, and what is left unwritten goes nowhere rather than fail again at exit."""
    try:
        click.echo(line, err=True)
        sys.stdout.flush()
    except OSError:
        discard_output()


def _quiet(unraisable: Any) -> None:
    """An unraisable exception, left unprinted: the user was told "Interrupted." already."""


def _one_line(exc: BaseException | str) -> str:
    """An error message fit for one terminal line: it may echo file names or what the user typed."""
    from ..formatting import safe

    return safe(str(exc))


GROUP_INDEX_DIR = "newssearch.index_dir"


def remember_index_dir(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """``newssearch --index-dir DIR query …``: the folder given before the command, for the command's own option
    (which still wins when given too)."""
    if value is not None:
        ctx.meta[GROUP_INDEX_DIR] = value


@click.group(cls=NewsSearchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newssearch")
@click.option("--index-dir", "--index", metavar="DIR", expose_value=False, callback=remember_index_dir, shell_complete=complete_folders,
              help="Folder of the index, for the command (the same as its own --index-dir).")
def cli() -> None:
    """Full-text search over a folder of news articles.

    \b
    Example:
      newssearch index corpus/
      newssearch query "armed offenders"
    """


# The group's help ends with these, laid out to fit the terminal (helpformat.table_rows): a name, its lines of text.
ENVIRONMENT = [("NEWSSEARCH_INDEX", ["the index folder when --index-dir is not given"]),
               ("NEWSSEARCH_DEBUG", ["1: an unexpected error's traceback, not its one line",
                                     "(0, false, no, off or blank: off)"]),
               ("NO_COLOR", ["not empty (any value, 0 too): no colours (--color auto)"])]


def main() -> None:
    """Console-script entry point."""
    from ..ids import utf8_text

    open_closed_streams()
    for stream in (sys.stdout, sys.stderr):
        fit_encoding(stream)
    if not sys.warnoptions:  # a library's warnings are for its developers; a user reads newssearch's own lines
        import warnings

        warnings.simplefilter("ignore")
    # Arguments as the UTF-8 text typed, whatever the locale: a query word, an id (folders: see SystemPath).
    cli(args=[utf8_text(arg) for arg in sys.argv[1:]], prog_name="newssearch")


class SystemPath(click.Path):
    """click's Path, given as the system names it (main() made every argument UTF-8 text)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from ..ids import os_text

        return super().convert(os_text(value) if isinstance(value, str) else value, param, ctx)
