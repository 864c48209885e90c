"""The index folder on disk: a manifest naming the live Whoosh index, and the writer lock.

Layout of ``index/``: ``newssearch.json`` (the manifest: corpus root, live index folder,
Whoosh generation, and a fingerprint per corpus file) and ``ix-*/`` (Whoosh indexes). The manifest
is replaced atomically after each commit, so a crash at any moment leaves the last commit live; a
rebuild writes a new ``ix-*`` folder and switches to it only when it is complete.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .errors import IndexCorrupt, IndexLocked, IndexNotFound, IndexOutdated

MANIFEST = "newssearch.json"
LOCK_FILE = ".lock"
FORMAT = 2  # 2: syndicated-copy keys in the schema
INDEX_PREFIX = "ix-"
NO_INDEX_HINT = "run `newssearch index corpus/` first"
REBUILD_HINT = "run `newssearch index --rebuild CORPUS` to build it again"


@dataclass
class FileEntry:
    """What the index holds for one corpus file: its stat, content hash and article ids."""

    mtime_ns: int
    size: int
    sha1: str
    ids: list[str]


@dataclass
class Manifest:
    """The index folder's table of contents."""

    active: str
    corpus: str
    generation: int = -1
    updated: str = ""
    files: dict[str, FileEntry] = field(default_factory=dict)
    format: int = FORMAT

    def to_json(self) -> str:
        """Serialise for the manifest file; a file entry is a list ``[mtime_ns, size, sha1, ids]``.

        (Lists, not ``asdict``: with 200k files the manifest must save and load in well under a second.)
        """
        data = {name: getattr(self, name) for name in ("active", "corpus", "generation", "updated", "format")}
        data["files"] = {rel: [e.mtime_ns, e.size, e.sha1, e.ids] for rel, e in self.files.items()}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def manifest_path(index_dir: Path) -> Path:
    """Where the manifest of ``index_dir`` lives."""
    return index_dir / MANIFEST


def load_manifest(index_dir: Path) -> Manifest | None:
    """The manifest, or None when the folder holds no newssearch index at all."""
    path = manifest_path(index_dir)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if index_dir.is_dir() and _holds_foreign_files(index_dir):
            raise IndexCorrupt(f"{index_dir} is not a newssearch index", hint=REBUILD_HINT) from None
        return None
    except OSError as exc:
        raise IndexCorrupt(f"cannot read {path}: {exc.strerror}", hint=REBUILD_HINT) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
        files = {rel: FileEntry(*entry) if isinstance(entry, list) else FileEntry(**entry)
                 for rel, entry in data.pop("files", {}).items()}
        manifest = Manifest(files=files, **data)
        if not isinstance(manifest.active, str) or not isinstance(manifest.corpus, str):
            raise TypeError("the live folder and the corpus must be named")
    except (ValueError, TypeError, AttributeError) as exc:  # bad UTF-8 is a ValueError too
        raise IndexCorrupt(f"the index manifest {path} is damaged", hint=REBUILD_HINT) from exc
    if manifest.format != FORMAT:
        raise IndexOutdated(f"{index_dir} was built by another version of newssearch",
                            corpus=manifest.corpus, hint=REBUILD_HINT)
    return manifest


def _holds_foreign_files(index_dir: Path) -> bool:
    """True when the folder has files other than our own bookkeeping and dotfiles."""
    return any(not p.name.startswith(".") and not p.name.startswith(INDEX_PREFIX) for p in index_dir.iterdir())


def save_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Write the manifest atomically: a reader sees the old one or the new one, never half."""
    path = manifest_path(index_dir)
    tmp = path.with_name(f".{MANIFEST}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(manifest.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(index_dir)


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort where the OS does not allow it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def new_index_folder(index_dir: Path) -> str:
    """Create and name a fresh folder for a Whoosh index inside ``index_dir``."""
    name = f"{INDEX_PREFIX}{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 1_000_000}"
    (index_dir / name).mkdir(parents=True)
    return name


def remove_stale_folders(index_dir: Path, keep: str | None) -> None:
    """Delete Whoosh folders the manifest no longer names (old builds, crashed rebuilds)."""
    for child in index_dir.glob(f"{INDEX_PREFIX}*"):
        if child.name != keep and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
    for tmp in index_dir.glob(f".{MANIFEST}.*.tmp"):
        tmp.unlink(missing_ok=True)


def require_manifest(index_dir: Path) -> Manifest:
    """The manifest of an existing index, or IndexNotFound with the fix."""
    manifest = load_manifest(index_dir)
    if manifest is None:
        raise IndexNotFound(f"no index at {index_dir}", hint=NO_INDEX_HINT)
    return manifest


@contextmanager
def writer_lock(index_dir: Path, timeout: float) -> Iterator[None]:
    """Hold the index's writer lock; wait up to ``timeout`` seconds for another writer.

    The lock is an OS file lock: it dies with its process, so a crashed run never leaves a
    stale lock behind.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX systems rely on Whoosh's own lock
        yield
        return
    index_dir.mkdir(parents=True, exist_ok=True)
    handle = open(index_dir / LOCK_FILE, "a+")
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLocked(
                        f"another newssearch process is writing to {index_dir}",
                        hint=f"waited {timeout:g}s; try again when it finishes",
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        handle.close()


def open_whoosh(index_dir: Path, manifest: Manifest):  # type: ignore[no-untyped-def]
    """Open the live Whoosh index the manifest names, or IndexCorrupt with the fix."""
    from whoosh import index as whoosh_index
    from whoosh.index import EmptyIndexError

    folder = index_dir / manifest.active
    try:
        ix = whoosh_index.open_dir(str(folder))
        ix.reader().close()  # the segment files the TOC names are there and open
        return ix
    except (EmptyIndexError, OSError, EOFError, ValueError, KeyError) as exc:
        raise IndexCorrupt(f"the index in {index_dir} cannot be opened ({type(exc).__name__})",
                           hint=REBUILD_HINT) from exc
    except Exception as exc:  # noqa: BLE001 - unpickling a damaged TOC raises many types
        raise IndexCorrupt(f"the index in {index_dir} is damaged ({type(exc).__name__})",
                           hint=REBUILD_HINT) from exc


def folder_size(folder: Path) -> int:
    """Bytes in the files of ``folder``; 0 when a rebuild has just replaced it."""
    total = 0
    try:
        for entry in os.scandir(folder):
            try:
                total += entry.stat().st_size if entry.is_file() else 0
            except OSError:
                continue  # removed by a commit while we counted
    except OSError:
        return 0
    return total


def open_live(index_dir: Path, **searcher_options: object):  # type: ignore[no-untyped-def]
    """The manifest, the live Whoosh index and a searcher on it, or IndexCorrupt with the fix.

    A rebuild or merge that commits between reading the manifest and opening the files may delete
    what was just named, so a failure is retried on the fresh manifest before it counts as damage.
    """
    for attempt in range(3):
        manifest = require_manifest(index_dir)
        try:
            ix = open_whoosh(index_dir, manifest)
            return manifest, ix, ix.searcher(**searcher_options)
        except IndexCorrupt:
            if attempt == 2:
                raise
        except Exception as exc:  # noqa: BLE001 - Whoosh raises many types on missing or damaged files
            if attempt == 2:
                raise IndexCorrupt(f"the index in {index_dir} is damaged ({type(exc).__name__})",
                                   hint=REBUILD_HINT) from exc
        time.sleep(0.05)
    raise AssertionError("unreachable")


def create_whoosh(index_dir: Path, name: str):  # type: ignore[no-untyped-def]
    """Create an empty Whoosh index with our schema in ``index_dir/name``."""
    from whoosh import index as whoosh_index

    from .schema import SCHEMA

    return whoosh_index.create_in(str(index_dir / name), SCHEMA)
