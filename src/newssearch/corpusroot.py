"""The corpus a build reads: a folder of articles or one file of them, refused with its fix when it is neither, and
when it has come back empty while the index holds its articles (a drive not mounted looks just like that)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from . import indexhints, store
from .corpus import WalkResult
from .corpuslinks import broken_link
from .documents import READ_SUFFIXES, gzip_names_a_type, is_supported
from .errors import CorpusNotFound, Worded


def refuse_emptied(root: Path, walk: WalkResult, known: dict[str, store.FileEntry], folder: Path) -> None:
    """Refuse to delete every article because the corpus has come back empty: an empty mount point, a drive
    or share not mounted, looks just like that. ``--rebuild`` empties the index on purpose."""
    if walk.files or walk.problems or not known or root.is_file():
        return
    articles = sum(len(entry.ids) for entry in known.values())
    command = indexhints.index_command(str(root), folder, rebuild=True)
    raise CorpusNotFound(f"{root} holds no articles now, and the index holds {articles:,} from it; nothing was deleted",
                         hint=command.map(lambda run: f"if they were removed on purpose, run `{run}`"))


def corpus_root(root: Path) -> Path:
    """The corpus as an absolute path: a folder of articles, or one file of them (a JSONL export, a feed)."""
    _refuse_unopenable(root)
    if root.is_file() and not (is_supported(root) or gzip_names_a_type(root)):
        suffixes = ", ".join(READ_SUFFIXES)
        raise CorpusNotFound(f"{root} is not a kind of file newssearch reads",
                             hint=f"give a folder of articles, or one file ending in {suffixes}")
    if not root.exists():
        why = f" is a {broken_link(str(root))}" if root.is_symlink() else ""  # not a path mistyped
        raise CorpusNotFound(f"corpus not found: {root}{why}",
                             hint="give the folder that holds your articles, or one file of them")
    if not root.is_dir() and not root.is_file():
        raise CorpusNotFound(f"{root} is neither a folder nor a file", hint="give the folder that holds your articles")
    if root.is_dir() and store.holds_index(root):
        raise CorpusNotFound(f"{root} is a newssearch index, not a folder of articles",
                             hint=Worded("give the folder that holds your articles; the index folder is index_dir",
                                         "give the folder that holds your articles; the index folder goes after --index-dir"))
    return root.resolve()


def _refuse_unopenable(root: Path) -> None:
    """Refuse a corpus this user cannot read, naming it and why: a folder on its path that cannot be entered (that
    folder named, ``unenterable_folder``), a folder that cannot be listed or entered (``chmod 000``, ``chmod 644``),
    a file that cannot be opened (a run had ended in click's "Path '…' is not readable.", an unexpected
    PermissionError, or an index of nothing). A path that is not there is left to ``corpus_root``'s own message."""
    try:
        mode = os.stat(root).st_mode
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):  # not there: corpus not found, or a link's loop
            return
        blocked = unenterable_folder(str(root)) if exc.errno in (errno.EACCES, errno.EPERM) else None
        where = f"the folder {blocked} cannot be entered: " if blocked else ""
        raise CorpusNotFound(f"cannot open the corpus {root}: {where}{exc.strerror or exc}") from exc
    try:
        if stat.S_ISDIR(mode):
            with os.scandir(root) as entries:  # listed
                next(entries, None)
            os.stat(os.path.join(root, "."))  # and entered: a path through it needs that, "." too
        elif stat.S_ISREG(mode):
            os.close(os.open(root, os.O_RDONLY))
    except OSError as exc:
        what = "open the corpus folder" if stat.S_ISDIR(mode) else "read the corpus file"
        raise CorpusNotFound(f"cannot {what} {root}: {exc.strerror or exc}") from exc


def unenterable_folder(path: str) -> str | None:
    """The first folder on ``path`` that this user cannot enter (its mode ``000`` or ``644``), as written in
    ``path`` (``locked`` of ``locked/corpus``), else on the real path a link in it leads to; None when none is
    (the refusal was of something else). The OS's error names only the whole path."""
    for written in dict.fromkeys([path, os.path.realpath(path)]):
        for folder in _folders_above(written):
            try:
                os.stat(os.path.join(folder, os.curdir))  # "folder/." is reached only by entering the folder
            except PermissionError:
                return os.getcwd() if folder == os.curdir else folder
            except OSError:  # not there, or not a folder: this path's refusal is not a folder's
                break
    return None


def _folders_above(path: str) -> list[str]:
    """The folders a path is reached through, the outermost first: ``/``, ``/a``, ``/a/b`` of ``/a/b/c``; ``.``
    and ``a`` of ``a/b``."""
    absolute = path.startswith(os.sep)
    names = [name for name in path.split(os.sep) if name]
    return [os.sep if absolute else os.curdir,
            *((os.sep if absolute else "") + os.sep.join(names[:end]) for end in range(1, len(names)))]
