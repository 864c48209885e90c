"""zsh's and fish's TAB for an option's folder typed after its '=' (`--index-dir=ind`): click's scripts give the
shell's own folder completion the whole word, `--index-dir=ind`, which names no folder; ours give it what follows the
'=' (zsh: compset; fish: the word as typed, which fish completes after its '='). Imported at TAB alone."""

from __future__ import annotations

from click.shell_completion import FishComplete, ZshComplete, add_completion_class

# click's lines that complete a folder (click 8.1 to 8.3), and ours; a file is CORPUS's alone, no option's value
# (and fish's __fish_complete_path, given the word as typed, completes no name with a space escaped: `my\ fo`)
_ZSH_EDITS = {"_path_files -/": "compset -P '-[^=]#='; _path_files -/"}
_FISH_EDITS = {"__fish_complete_directories $metadata[2];": "__fish_complete_directories (commandline -ct);"}


def _edited(template: str, edits: dict[str, str]) -> str:
    """``template`` with each line of ``edits`` replaced by ours."""
    for old, new in edits.items():
        template = template.replace(old, new, 1)
    return template


class NewsZshComplete(ZshComplete):
    """click's zsh completion; a folder after an option's '=' completed from what follows it."""

    source_template = _edited(ZshComplete.source_template, _ZSH_EDITS)


class NewsFishComplete(FishComplete):
    """click's fish completion; a folder completed from the word as typed, which fish reads after an '='."""

    source_template = _edited(FishComplete.source_template, _FISH_EDITS)


def use_for_zsh_and_fish() -> None:
    """Make click's zsh and fish scripts and completion this module's classes."""
    add_completion_class(NewsZshComplete, "zsh")
    add_completion_class(NewsFishComplete, "fish")
