"""bash's TAB for a word with a colon, an '=' or an '@': bash splits a word at each (COMP_WORDBREAKS), so `bbc:busi`
reaches the script as three words, bbc, : and busi, and bash puts an item in place of `busi` alone (of `@ex` after an
'@', which readline keeps). click's script and class are given the line too (COMP_LINE, COMP_POINT), join the words
split back into the word typed (an id, `--index-dir=DIR`), complete it, and give bash the part it replaces
(bash-completion's __ltrim_colon_completions). Imported at TAB alone."""

from __future__ import annotations

import os
from typing import Any

from click.shell_completion import BashComplete, CompletionItem, add_completion_class, split_arg_string

# What bash would split a word at or expand: escaped as bash escapes a file name it completes (zsh and fish quote
# an item themselves, and click's bash script adds each as it is: "my story.txt" had become two words), the
# backslash written twice, as click's script reads each line with `read` (no -r), which takes one away
_BASH_SPECIAL = frozenset("\"'\\$`&;|()<>*?[]!{}~#=")
_IN_A_WORD = ":=@"  # what bash splits a word at (COMP_WORDBREAKS) but the shell does not: blanks, quotes, operators do
_KEPT_BY_READLINE = "@"
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
        words, cword, tail = breaks_joined(os.environ["COMP_WORDS"].split("\n"), int(os.environ["COMP_CWORD"]),
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


def breaks_joined(words: list[str], cword: int, line: str | None, point: str) -> tuple[list[str], int, str | None]:
    """``words`` (bash's, as typed) with each run of ':', '=' and '@' joined to the words it touches in ``line`` (no
    blank between), the index of the word completed among them, and the part of that word bash replaces (after the
    last such run, with an '@' ending it), None when no such run split it. Words not found in ``line`` (no line
    given: an older script) as they are."""
    if line is None or not 0 <= cword < len(words):
        return words, cword, None
    joined: list[str] = []
    at, after_breaks, joined_cword = 0, False, cword
    for number, word in enumerate(words[:cword + 1]):
        start = int(point) if word == "" and number == cword and point.isdigit() else line.find(word, at)
        if start < at:
            return words, cword, None
        breaks = word != "" and not word.strip(_IN_A_WORD)
        if len(joined) > 1 and start == at and (breaks or after_breaks):
            joined[-1] += word
        else:
            joined.append(word)
        at, after_breaks, joined_cword = start + len(word), breaks, len(joined) - 1
    if joined[joined_cword] == words[cword] and not after_breaks:
        return joined + words[cword + 1:], joined_cword, None
    # bash replaces what follows the run, or nothing when the run is the word completed; readline keeps an '@'
    # ending the run in the word it replaces (bash's special prefix, for a host name)
    run, replaced = (words[cword], "") if after_breaks else (words[cword - 1], words[cword])
    kept = _KEPT_BY_READLINE if run.endswith(_KEPT_BY_READLINE) else ""
    return joined + words[cword + 1:], joined_cword, kept + replaced


def bash_escaped(text: str) -> str:
    """``text`` with each character bash would split a word at or expand after two backslashes."""
    return "".join(f"\\\\{char}" if char in _BASH_SPECIAL or char.isspace() else char for char in text)


def use_for_bash() -> None:
    """Make click's ``bash_source`` and ``bash_complete`` this class's."""
    add_completion_class(NewsBashComplete, "bash")
