"""What the shell's TAB completes beyond click's own (commands, options, choices, files): an article's id from the
index for ``show`` and ``similar``, the folder of ``--index-dir``, the topics of ``help``. Nothing is ever printed
at TAB: an index that is not there, or cannot be read, completes nothing. Items are plain strings where they can be
(click makes them CompletionItem), so that click.shell_completion is imported at TAB alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

HELP_TOPICS = ("syntax",)  # before the command names, which help also takes
COMPLETE_ENV = "_NEWSSEARCH_COMPLETE"  # click's variable for our script: bash_complete, zsh_complete, fish_complete


def complete_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """The ids of the index's articles that start with ``incomplete``, from the index the command would open (for
    bash escaped, and cut where bash split the word, at a colon, an '=' or an '@', by bashwords)."""
    from ..errors import NewsSearchError
    from ..searcher import open_index

    index_dir = ctx.params.get("index_dir")  # None when the option was refused (a file given)
    if not index_dir:
        return []
    try:
        with open_index(index_dir) as idx:
            return idx.ids(incomplete)
    except (NewsSearchError, OSError):
        return []


def complete_folders(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """The shell's own folder names (click's scripts: ``dir``)."""
    from click.shell_completion import CompletionItem  # at TAB alone: not on every command's start-up

    return [CompletionItem(incomplete, type="dir")]


def complete_topics(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    """The topics ``help`` takes that start with ``incomplete``: ``syntax``, then the commands."""
    group = ctx.parent.command if ctx.parent else None
    commands = list(group.commands) if isinstance(group, click.Group) else []
    return [topic for topic in (*HELP_TOPICS, *sorted(commands)) if topic.startswith(incomplete)]
