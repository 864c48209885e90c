"""A mistyped command or option answered with the nearest names: ``serach`` as 'query', ``--jsn`` as '--json'.

click (8.2 on) guesses among a group's commands and a command's options, but not among the names other tools give
our commands (``search`` is ``query``), not at all in 8.1, and it lists every name over its cutoff, however much
nearer one is (``--jsn``: '--json', '--jsonl', '--since'): here only the nearest are named, an option's dashes no
likeness. Another command's option is said to be its (``similar --sort``: an option of query, not of similar).
"""

from __future__ import annotations

from collections.abc import Iterable

import click

from ..errors import in_a_list

# Commands other tools call what ours are: ``newssearch search`` is ``newssearch query``.
OTHER_NAMES = {"search": "query", "find": "query", "grep": "query", "lookup": "query", "more-like-this": "similar",
               "mlt": "similar", "like": "similar", "get": "show", "view": "show", "cat": "show", "info": "stats",
               "status": "stats", "build": "index", "add": "index", "update": "index", "histogram": "timeline"}

# The least likeness (difflib's ratio, as click and get_close_matches use) for a name to be offered.
CUTOFF = 0.6


def nearest(typed: str, names: Iterable[str]) -> list[str]:
    """The names most like ``typed`` (letter case aside), every one as like as the likest, sorted; none under
    ``CUTOFF``."""
    from difflib import SequenceMatcher  # here: only a mistyped name needs it, not every command's start-up

    # an option's dashes aside: shared by every option, they had made '--sort' a slip of '--json'
    matcher = SequenceMatcher(b=typed.lower().lstrip("-"))
    likeness: dict[str, float] = {}
    for name in names:
        matcher.set_seq1(name.lower().lstrip("-"))
        likeness[name] = matcher.ratio()
    best = max(likeness.values(), default=0.0)
    return sorted(name for name, ratio in likeness.items() if ratio == best) if best >= CUTOFF else []


def did_you_mean(names: list[str]) -> str:
    """`` Did you mean 'query'?`` (or 'a' or 'b'), or nothing for no names: the end of a usage error's sentence."""
    if not names:
        return ""
    quoted = [repr(name) for name in names]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"
    return f" Did you mean {listed}?"


def command_meant(typed: str, commands: Iterable[str]) -> list[str]:
    """The commands ``typed`` is nearest to, among ours and the names other tools give them (``OTHER_NAMES``), each
    command once."""
    targets = {name: name for name in commands} | OTHER_NAMES
    return list(dict.fromkeys(targets[name] for name in nearest(typed, targets)))


def option_meant(typed: str, params: Iterable[click.Parameter]) -> list[str]:
    """The options among ``params`` that ``typed`` is nearest to: a long option's among the long ones, a short one's
    among the short ones."""
    long = typed.startswith("--")
    names = [name for param in params if isinstance(param, click.Option)
             for name in (*param.opts, *param.secondary_opts) if name.startswith("--") == long]
    return nearest(typed, names)


def no_such_option(exc: click.NoSuchOption, params: Iterable[click.Parameter],
                   ctx: click.Context) -> click.NoSuchOption:
    """click's error for an unknown option, its guess made among ``params`` by ``option_meant``."""
    name = exc.option_name
    others = _commands_taking(name, ctx)
    # ``similar --sort date``: the option of another command, not a slip of one of this command's
    said = (f" (an option of {in_a_list(others)}, not of {ctx.info_name})." if others
            else f".{did_you_mean(option_meant(name, params))}")
    return click.NoSuchOption(name, f"No such option {name!r}{said}", ctx=exc.ctx or ctx)


def _commands_taking(name: str, ctx: click.Context) -> list[str]:
    """The names of the group's other commands that take the option ``name`` (none when ``ctx`` is the group's)."""
    group = ctx.parent.command if ctx.parent is not None else None
    if not isinstance(group, click.Group):
        return []
    return [command_name for command_name, command in sorted(group.commands.items())
            if command is not ctx.command
            and any(isinstance(param, click.Option) and name in (*param.opts, *param.secondary_opts)
                    for param in command.params)]
