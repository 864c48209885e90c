"""bash's TAB for an id with a colon: bash splits a word at each ':' (COMP_WORDBREAKS), so `bbc:busi` reaches the
script as three words, bbc, : and busi, and bash puts an item in place of `busi` alone. click's script and class are
given the line too (COMP_LINE, COMP_POINT), join the words the colons split back into the word typed, complete it,
and give bash what follows its last colon (bash-completion's __ltrim_colon_completions). Imported at TAB alone."""

from __future__ import annotations

import os
from typing import Any

from click.shell_completion import BashComplete, CompletionItem, add_completion_class, split_arg_string

# What bash would split a word at or expand: escaped as bash escapes a file name it completes (zsh and fish quote
# an item themselves, and click's bash script adds each as it is: "my story.txt" had become two words), the
# backslash written twice, as click's script reads each line with `read` (no -r), which takes one away
_BASH_SPECIAL = frozenset("\"'\\$`&;|()<>*?[]!{}~#=")
_PASSED = "COMP_CWORD=$COMP_CWORD"  # where click's script passes the words, in click 8.1 to 8.3


class NewsBashComplete(BashComplete):
    """click's bash completion, given the line typed, which completes a word bash split at its colons."""

    source_template = BashComplete.source_template.replace(
        _PASSED, f'{_PASSED} COMP_LINE="$COMP_LINE" COMP_POINT=$COMP_POINT', 1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.split_off = ""  # what bash keeps of the word, before the part an item replaces

    def get_completion_args(self) -> tuple[list[str], str]:
        """The words before the one completed, and that one, as typed: colons joined (click's split otherwise)."""
        words, cword, tail = colons_joined(os.environ["COMP_WORDS"].split("\n"), int(os.environ["COMP_CWORD"]),
                                           os.environ.get("COMP_LINE"), os.environ.get("COMP_POINT", ""))
        cwords = split_arg_string("\n".join(words))
        incomplete = cwords[cword] if cword < len(cwords) else ""
        if tail is not None:
            self.split_off = incomplete[:len(incomplete) - len("".join(split_arg_string(tail)))]
        return cwords[1:cword], incomplete

    def format_completion(self, item: CompletionItem) -> str:
        """``type,value``; a plain value without what bash keeps before it, escaped as bash escapes a file name."""
        value = item.value
        if item.type == "plain" and isinstance(value, str):
            value = bash_escaped(value.removeprefix(self.split_off))
        return f"{item.type},{value}"


def colons_joined(words: list[str], cword: int, line: str | None, point: str) -> tuple[list[str], int, str | None]:
    """``words`` (bash's, as typed) with each run of colons joined to the words it touches in ``line`` (no blank
    between), the index of the word completed among them, and the part of that word bash replaces (after its last
    colon), None when no colon split it. Words not found in ``line`` (no line given: an older script) as they are."""
    if line is None or not 0 <= cword < len(words):
        return words, cword, None
    joined: list[str] = []
    at, after_colons, joined_cword = 0, False, cword
    for number, word in enumerate(words[:cword + 1]):
        start = int(point) if word == "" and number == cword and point.isdigit() else line.find(word, at)
        if start < at:
            return words, cword, None
        colons = word != "" and not word.strip(":")
        if len(joined) > 1 and start == at and (colons or after_colons):
            joined[-1] += word
        else:
            joined.append(word)
        at, after_colons, joined_cword = start + len(word), colons, len(joined) - 1
    split = after_colons or joined[joined_cword] != words[cword]  # a word of colons alone: bash replaces after it
    tail = ("" if after_colons else words[cword]) if split else None
    return joined + words[cword + 1:], joined_cword, tail


def bash_escaped(text: str) -> str:
    """``text`` with each character bash would split a word at or expand after two backslashes."""
    return "".join(f"\\\\{char}" if char in _BASH_SPECIAL or char.isspace() else char for char in text)


def use_for_bash() -> None:
    """Make click's ``bash_source`` and ``bash_complete`` this class's."""
    add_completion_class(NewsBashComplete, "bash")
