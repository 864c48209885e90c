"""What a commit writes reaches the disk before anything points at it: a power cut or a kernel crash after a commit
leaves the index of that commit or of the one before, never a table of contents naming files the disk never got.

Whoosh writes a segment's files and then its table of contents (``_MAIN_<generation>.toc``), and deletes the files of
the generation before, without syncing any of them: the rename of the new table could reach the disk before the
segments it names. ``commit_toc`` syncs the new segments' files, then the table, then the folder, and only then lets
the old generation's files go; ``store.save_manifest`` syncs the manifest after it.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_path(path: Path) -> None:
    """Make what was written to ``path``, a file or a folder (a rename, a new file in it), durable; best effort where
    the OS does not allow it (a folder on Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit_toc(writer, segments: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Whoosh's ``SegmentWriter._commit_toc`` with each step made durable before the next: the files of the segments
    in ``segments`` that the index held none of before (this writer's, and those written by worker processes), then
    the new table of contents and the folder; then the files no table names any more are deleted."""
    from whoosh.index import TOC, clean_files

    folder = getattr(writer.storage, "folder", None)
    if folder is not None:
        before = {segment.segment_id() for segment in writer.segments}
        new = tuple(segment.segment_id() + "." for segment in segments if segment.segment_id() not in before)
        for name in writer.storage.list():
            if name.startswith(new):
                fsync_path(Path(folder, name))
    TOC(writer.schema, segments, writer.generation).write(writer.storage, writer.indexname)
    if folder is not None:
        fsync_path(Path(folder, TOC._filename(writer.indexname, writer.generation)))
        fsync_path(Path(folder))
    clean_files(writer.storage, writer.indexname, writer.generation, segments)
