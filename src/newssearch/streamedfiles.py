"""A JSON Lines export or a CSV or TSV table too large to read whole (``corpusreads``' scan found it so), written as
it is read: each article added to the writer as its line (its row) is read again, none held for the rest.

The file's articles all land or none does: when the second reading fails (the file changed since the first, a
reader's error) the articles it had added are deleted from the segment being written, and the file is reported as
one that could not be read, as a file read whole would be (its version indexed before is kept).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from . import parallel
from .corpusreads import FileRead
from .documents.article import Article
from .documents.jsonstream import ChangedWhileRead
from .documents.packedstream import unpacked
from .errors import UnreadableFile, read_problem
from .parallel import FileJob, Written, article_digest


def add_streamed(writer, job: FileJob, read: FileRead) -> Written:  # type: ignore[no-untyped-def]
    """Add the articles of the file ``read`` scanned (JSON Lines, a table) to ``writer`` as they are read; see
    ``add_file``."""
    assert read.scan is not None and read.sha1 is not None
    fingerprint = (job.mtime_ns, job.size, read.sha1)
    stream = read.scan.reader(job.rel)
    first = writer.docnum
    ids, digests, same = [], [], set()
    try:
        with _opened(job.path, read.scan.packed) as handle:
            for article in _guarded(stream.articles(handle)):
                digest = article_digest(article)
                ids.append(article.id)
                digests.append(digest)
                if job.old_digests.get(article.id) == digest:  # the article indexed: not written again
                    same.add(article.id)
                else:
                    writer.add_document(**parallel.to_document(article, fingerprint))  # as add_file writes one
    except _ReadFailed as failed:
        for docnum in range(first, writer.docnum):  # none of the file's articles lands
            writer.newsegment.delete_document(docnum)
        return Written(job.rel, read.sha1 if failed.remembered else None, error=failed.reason)
    return Written(job.rel, read.sha1, ids=ids, skipped=stream.skipped, digests=digests, same=same)


def _opened(path: str, packed: str | None) -> BinaryIO:
    """The file at ``path`` opened for reading (unpacked, when ``packed`` names its compression); _ReadFailed when it
    cannot be (gone since it was scanned)."""
    try:
        return unpacked(path, packed)
    except OSError as exc:
        raise _ReadFailed(read_problem(exc), False) from exc


class _ReadFailed(Exception):
    """The second reading of a file failed: why, and whether the reason is its content's (remembered with its hash,
    as a file read whole that holds no article is) or passing (the file changed, an I/O error: read again next run)."""

    def __init__(self, reason: str, remembered: bool) -> None:
        super().__init__(reason)
        self.reason, self.remembered = reason, remembered


def _guarded(articles: Iterator[Article]) -> Iterator[Article]:
    """``articles``, their reader's errors raised as _ReadFailed with the reason ``read_corpus_file`` gives (the
    writer's own errors, a disk full, pass through the caller as they would for a file read whole)."""
    while True:
        try:
            article = next(articles)
        except StopIteration:
            return
        except UnreadableFile as exc:  # its content's, remembered; not a change since the first pass
            raise _ReadFailed(str(exc), not isinstance(exc, ChangedWhileRead)) from exc
        except OSError as exc:
            raise _ReadFailed(read_problem(exc), False) from exc
        except MemoryError:
            raise _ReadFailed("too large to read in memory", False) from None
        except Exception as exc:  # one bad file must never stop a run; the reason is kept
            raise _ReadFailed(f"reader failed: {type(exc).__name__}: {exc}", True) from exc
        yield article
