"""The fixes messages give: the call and the command that build or rebuild an index, and a folder as it is shown."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import config
from .errors import IndexCorrupt, NewsSearchError, Text, Worded

if TYPE_CHECKING:
    from .store import Manifest


def shown_folder(folder: Path) -> str:
    """A folder as a person reads it in a message: ``./index/``, ``/data/news/``."""
    text = str(folder)
    if not folder.is_absolute() and not text.startswith("."):
        text = f"./{text}"
    return text if text.endswith(os.sep) else text + os.sep


def index_command(corpus: str | None, index_dir: Path, rebuild: bool = False) -> Worded:
    """The call and the shell command that index ``corpus`` into ``index_dir`` (named only when not the default);
    a corpus not known (None) is the placeholder CORPUS.

    The call's strings are in double quotes, as every API message quotes a value (``repr`` had mixed them:
    ``build_index("…/sp ace's", 'ix')``)."""
    import shlex  # here: only a hint quotes a shell command

    named = ("CORPUS", "CORPUS") if corpus is None else (quoted(corpus), shlex.quote(corpus))
    call, command = [named[0]], ["newssearch index", *(["--rebuild"] if rebuild else []), named[1]]
    if Path(index_dir).resolve() != _default_folder():
        call.append(quoted(str(index_dir)))
        command.append(f"--index-dir {shlex.quote(str(index_dir))}")
    call.extend(["rebuild=True"] if rebuild else [])
    return Worded(f"newssearch.build_index({', '.join(call)})", " ".join(command))


def _default_folder() -> Path | None:
    """The folder an index call or command writes when given none; None when $NEWSSEARCH_INDEX is blank (naming
    none, it is refused: a folder given must be named in the fix)."""
    try:
        return config.resolve_index_dir().resolve()
    except NewsSearchError:
        return None


def outdated_fix(corpus: str, index_dir: Path) -> Worded:
    """How to build an outdated index again: a caller is told rebuild=True (what the fix is), the command line the
    plain ``newssearch index``, which rebuilds an outdated index by itself."""
    api, cli = index_command(corpus, index_dir, rebuild=True).api, index_command(corpus, index_dir).cli
    return Worded(f"run `{api}` to build it again", f"run `{cli}` to build it again")


def quoted(text: str) -> str:
    """``text`` as a Python string literal in double quotes (``"sp ace's"``)."""
    return json.dumps(text, ensure_ascii=False)


def rebuild_hint(manifest: Manifest | None, index_dir: Path) -> Text:
    """How to build the index in ``index_dir`` again, with the corpus the manifest names (CORPUS when none is
    known: a damaged manifest); the folder is named when not the default, or the command would build another."""
    corpus = manifest.corpus if manifest is not None and manifest.corpus else None
    return index_command(corpus, index_dir, rebuild=True).map(lambda command: f"run `{command}` to build it again")


def unreadable_index(index_dir: Path, exc: OSError) -> IndexCorrupt:
    """IndexCorrupt for an index this user may not read (``exc`` the OS's refusal): another user's, built under umask
    077; a rebuild, the fix for damage, would not help, so none is offered."""
    return IndexCorrupt(f"cannot read the index in {index_dir}: {exc.strerror or exc}",
                        hint=Worded("it is not yours to read: ask its owner for read access, or build an index of "
                                    "your own in another index_dir",
                                    "it is not yours to read: ask its owner for read access, or build an index of "
                                    "your own with --index-dir DIR"))
