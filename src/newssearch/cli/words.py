"""Query words that start with '-': ``query police -auckland`` excludes a word; it is not an option."""

from __future__ import annotations

import re
import sys

import click

from .. import config
from .app import TYPED_ARGS, NewsSearchCommand

# A short option with its value attached ("-n5", "-p2") is an option; anything else after one dash
# ("-auckland", "-\"armed offenders\"", "-5") is a query word.
_ATTACHED_NUMBER = re.compile(r"^(-[A-Za-z])\d+$")
# One letter after a dash is an option's name, known or not (a word of one letter is hardly one to leave out, and
# "-- -x" still does): "timeline police -n 100", an option of query's, is refused, not a search for police and 100.
_SHORT_OPTION = re.compile(r"^-[A-Za-z]$")


class WordsCommand(NewsSearchCommand):
    """A command whose query words may be negated with a leading '-', as the query syntax allows."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[TYPED_ARGS] = list(args)  # in typed order, the words after an option's value (checked_date)
        return super().parse_args(ctx, words_after_options(args, option_arity(self, ctx)))


def option_arity(command: click.Command, ctx: click.Context) -> dict[str, bool]:
    """Each option name of ``command`` (help included), and whether it takes a value."""
    arity: dict[str, bool] = {}
    for param in command.get_params(ctx):
        if isinstance(param, click.Option):
            for name in (*param.opts, *param.secondary_opts):
                arity[name] = not param.is_flag and not param.count
    return arity


def words_after_options(args: list[str], arity: dict[str, bool]) -> list[str]:
    """``args`` with the options (and their values) first, then ``--`` and the words in typed order.

    Unknown long options ("--limt") and a dash before one letter ("-x") stay options, so click still reports them;
    any other token that starts with a single dash and is not a known short option is a negated query word. An option typed last without
    its value (``blair -n``) stays last, with no word or ``--`` after it: click then says it needs a value
    (it had taken the ``--`` put before the words as its value: "'--' is not a valid integer range").
    """
    options: list[str] = []
    words: list[str] = []
    position = 0
    while position < len(args):
        token = args[position]
        position += 1
        if token == "--":
            words.extend(args[position:])
            break
        name = token.split("=", 1)[0] if token.startswith("--") else token
        attached = _ATTACHED_NUMBER.match(token)
        if name in arity:
            options.append(token)
            if arity[name] and "=" not in token:
                if position == len(args):
                    return options  # it ends them, for click to refuse (the words do not matter then)
                options.append(args[position])
                position += 1
        elif (attached and attached.group(1) in arity) or token.startswith("--") or _SHORT_OPTION.match(token):
            options.append(token)  # "-n5"; or an unknown option, "--limt" or "-x", for click to report
        else:
            words.append(token)  # a word, or -word: one to leave out
    return [*options, "--", *words] if words else options


STDIN = "-"  # the words typed as this alone: the query is read from stdin
# Byte order marks and the codec each opens, UTF-32's first: its little-endian mark starts with UTF-16's.
_WIDE_MARKS = (((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"), ((b"\xff\xfe", b"\xfe\xff"), "utf-16"))


def stdin_is_terminal() -> bool:
    """Whether stdin is a terminal: someone types the query there, rather than piping it in."""
    return sys.stdin.isatty()


def query_text(typed: tuple[str, ...]) -> str:
    """The query the words ``typed`` make: joined by spaces; a lone '-' reads it from stdin (a quote or a paragraph
    piped or redirected in, its quotes and line breaks as written), the white space around it dropped."""
    if typed != (STDIN,):
        return " ".join(typed)
    if stdin_is_terminal():  # else a user who typed `query -` sees it hang
        click.echo("Type the query, then Ctrl-D on a line of its own to search:", err=True)
    # its bytes as UTF-8 (a file saved with a byte-order mark too), a byte that is none replaced, not an error; as
    # UTF-16 or UTF-32 when their mark opens them (Notepad's "Unicode", PowerShell's >), as a file of them is read
    data = sys.stdin.buffer.read()
    codec = next((codec for marks, codec in _WIDE_MARKS if data.startswith(marks)), "utf-8-sig")
    text = data.decode(codec, errors="replace").strip()
    if not text:
        command = click.get_current_context().command_path
        raise click.UsageError(f"no words on stdin to search for: '-' reads the query from it "
                               f"(echo 'armed offenders' | {command} -)")
    return text


def filtered_query_text(typed: tuple[str, ...], since: str | None, until: str | None) -> str:
    """The query ``typed`` makes (``query_text``); no words, or blank ones, with ``--since`` or ``--until``: every
    article of those dates, as ``*`` lists them (a user filtering by date alone had been refused, "Missing argument").

    With neither, no words at all is a usage error saying what to type; blank words are left to the search to refuse.
    """
    if _has_words(typed):
        return query_text(typed)
    if since or until:
        return config.EVERY_ARTICLE
    if not typed:
        raise click.UsageError("Missing argument 'WORDS...': the words to search for ('*' for every article; "
                               "--since or --until alone lists the articles of those dates)")
    return " ".join(typed)


def timeline_query_text(typed: tuple[str, ...]) -> str:
    """The query a timeline's words ``typed`` make: none, or blank ones, count every article (``timeline ""`` had been
    refused, "the query is empty", though ``timeline`` alone counts them all)."""
    return query_text(typed) if _has_words(typed) else config.EVERY_ARTICLE


def _has_words(typed: tuple[str, ...]) -> bool:
    """Whether ``typed`` holds a word to search for, or is stdin's ``-`` (read, and refused there when blank)."""
    return typed == (STDIN,) or bool(" ".join(typed).strip())
