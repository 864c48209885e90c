"""Opening the live Whoosh index a manifest names, and creating a new one; damage reported with the fix.

Indexes are opened without mmap (see ``_open_checked``).
"""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path

from . import config
from .errors import IndexCorrupt, IndexNotFound, Worded
from .folderpath import path_problem
from .indexfolders import file_above, file_in_the_way
from .indexhints import index_command, rebuild_hint, shown_folder, unreadable_index
from .store import INDEX_PREFIX, Manifest, load_manifest, refuse_foreign_folder
from .writerlock import being_written


def require_manifest(index_dir: Path) -> Manifest:
    """The head of an existing index's manifest (no file table), or IndexNotFound with the fix."""
    in_the_way = file_in_the_way(index_dir) or file_above(index_dir)
    if in_the_way:
        raise IndexNotFound(in_the_way, hint=None if path_problem(index_dir) else "give the folder that `newssearch index` made")
    # a folder of other files ("/tmp") holds no index: not found, in the words the command line uses for it
    refuse_foreign_folder(index_dir, IndexNotFound)
    manifest = load_manifest(index_dir, with_files=False)
    if manifest is None and being_written(index_dir):
        raise IndexNotFound(f"no index in {shown_folder(index_dir)} yet: another newssearch process is building it",
                            hint="try again when it finishes")
    if manifest is None and _unfinished_build(index_dir):
        again = index_command(None, index_dir)  # CORPUS, as the usage names it
        raise IndexNotFound(f"no index in {shown_folder(index_dir)} yet: the first build there was stopped before it "
                            "finished", hint=again.map(lambda command: f"run `{command}` again to build it"))
    if manifest is None:
        command = index_command(None, index_dir)  # CORPUS, as the usage names it
        named = f", the folder ${config.INDEX_DIR_ENV} names" if config.named_by_env(index_dir) else ""
        raise IndexNotFound(f"no index in {shown_folder(index_dir)}{named}",
                            hint=Worded(f"run `{command.api}` to build one from a folder of articles, or open an "
                                        f"index that exists (index_dir, or ${config.INDEX_DIR_ENV})",
                                        f"run `{command.cli}` to build one from a folder of articles, "
                                        f"or point to an index with --index-dir DIR or ${config.INDEX_DIR_ENV}"))
    return manifest


def open_whoosh(index_dir: Path, manifest: Manifest):  # type: ignore[no-untyped-def]
    """Open the live Whoosh index the manifest names, or IndexCorrupt with the fix."""
    ix, reader = _open_checked(index_dir, manifest)
    reader.close()
    return ix


def _open_checked(index_dir: Path, manifest: Manifest):  # type: ignore[no-untyped-def]
    """The live Whoosh index and a reader on it (proof its segment files are there), or IndexCorrupt."""
    from whoosh import index as whoosh_index
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import EmptyIndexError

    from .schemashape import same_shape
    from .tocchecks import checked_toc
    from .tocschema import toc_schema

    # Without mmap: Whoosh copies each segment file it maps into a BytesIO (compound.py, BufferFile), so
    # opening an index read the whole of it into memory (80 ms of a query command on Reuters, and an
    # index's size in RAM); plain file reads fetch only the blocks a query needs, as fast.
    folder = index_dir / manifest.active
    sound, toc = checked_toc(folder, manifest.generation, manifest.toc_crc)  # before it is unpickled: see tocchecks
    if not sound:
        raise damaged(index_dir, manifest, ValueError("not the TOC committed"), _TOC_UNREADABLE)
    try:
        # the schema unpickled without compiling the token pattern (see tocschema); else Whoosh unpickles it
        ix = whoosh_index.FileIndex(FileStorage(str(folder), supports_mmap=False), schema=toc_schema(toc))
        reader = ix.reader()
    except EmptyIndexError as exc:
        raise damaged(index_dir, manifest, exc, TOC_MISSING) from exc
    except Exception as exc:  # any: unpickling a damaged TOC raises many types
        raise damaged(index_dir, manifest, exc, _TOC_UNREADABLE if _in_toc(exc) else None) from exc
    if not same_shape(reader.schema):  # a damaged TOC whose schema unpickled all the same: see schemashape
        reader.close()
        raise damaged(index_dir, manifest, ValueError("not the index's schema"), _TOC_UNREADABLE)
    return ix, reader


TOC_MISSING = "its table of contents is missing"
_TOC_UNREADABLE = "its table of contents cannot be read"
# What Whoosh raised, in words: its class's name ("EmptyIndexError", "UnpicklingError") is no message for a user
_DAMAGE_WORDS: tuple[tuple[type[BaseException], str], ...] = (
    (FileNotFoundError, "a file of it is missing"),
    (EOFError, "a file of it is cut short"),
    (struct.error, "a file of it is cut short"),  # too few bytes for what its header says follows
)


def damaged(index_dir: Path, manifest: Manifest, exc: BaseException, what: str | None = None) -> IndexCorrupt:
    """IndexCorrupt for an index whose files Whoosh could not read (``exc``), saying in words what is wrong with
    them (``what``, else read from ``exc``), with the command that rebuilds it."""
    if refused := _refusal(index_dir / manifest.active, exc):
        return unreadable_index(index_dir, refused)
    what = what or next((words for kind, words in _DAMAGE_WORDS if isinstance(exc, kind)),
                        "a file of it cannot be read")
    return IndexCorrupt(f"the index in {index_dir} is damaged: {what}", hint=rebuild_hint(manifest, index_dir))


def _unfinished_build(index_dir: Path) -> bool:
    """Whether ``index_dir``, holding no manifest, holds the run folder of a first build that never committed (killed,
    or the machine went down): a query is told so, not "no index" alone, as if none had been begun."""
    try:
        return any(path.name.startswith(INDEX_PREFIX) and path.is_dir() for path in index_dir.iterdir())
    except OSError:
        return False


def _refusal(folder: Path, exc: BaseException) -> PermissionError | None:
    """The OS's refusal to let this user read the index: ``exc`` itself, or, when Whoosh found no TOC (it lists a
    folder it may not enter as empty), the listing of ``folder`` refused; None when nothing was refused."""
    if isinstance(exc, PermissionError):
        return exc
    try:
        os.listdir(folder)
    except PermissionError as refused:
        return refused
    except OSError:
        pass
    return None


def _in_toc(exc: BaseException) -> bool:
    """Whether ``exc`` was raised reading the index's table of contents (Whoosh's ``TOC.read``), not a segment."""
    trace = exc.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_name == "read" and trace.tb_frame.f_code.co_filename.replace("\\", "/").endswith("whoosh/index.py"):
            return True
        trace = trace.tb_next
    return False


def open_live(index_dir: Path, **searcher_options: object):  # type: ignore[no-untyped-def]
    """The manifest, the live Whoosh index and a searcher on it, or IndexCorrupt with the fix.

    A rebuild or merge that commits between reading the manifest and opening the files may delete
    what was just named, so a failure is retried on the fresh manifest before it counts as damage.
    """
    for attempt in range(3):
        manifest = require_manifest(index_dir)
        try:
            from whoosh.searching import Searcher

            from .termlookups import keep_term_lookups

            ix, reader = _open_checked(index_dir, manifest)  # one reader: opening segments is costly
            keep_term_lookups(reader)  # its segments never change while it is open
            return manifest, ix, Searcher(reader, fromindex=ix, **searcher_options)
        except IndexCorrupt:
            if attempt == 2:
                raise
        except Exception as exc:  # any: Whoosh raises many types on missing or damaged files
            if attempt == 2:
                raise damaged(index_dir, manifest, exc) from exc
        time.sleep(0.05)
    raise AssertionError("unreachable")


def create_whoosh(index_dir: Path, name: str):  # type: ignore[no-untyped-def]
    """Create an empty Whoosh index with our schema in ``index_dir/name``."""
    from whoosh import index as whoosh_index

    from .schema import SCHEMA

    return whoosh_index.create_in(str(index_dir / name), SCHEMA)
