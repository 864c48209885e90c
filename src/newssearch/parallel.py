"""Read, analyse and write index segments in worker processes, one segment per worker.

The indexer hands each worker a contiguous share of the files to read (balanced by size). A worker
writes its own Whoosh segment next to the live ones and returns it with what it found in each
file; the indexer then makes all of them live in one commit. Until that commit no reader sees the
new segments, and a crash leaves only unreferenced files that the next commit deletes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from .corpusreads import FileRead, load_readers, read_corpus_file
from .documents.article import Article, Skip
from .documents.daytimes import moment_text
from .schema import to_document

POLL_SECONDS = 0.25  # how often the indexer refreshes progress while workers write


@dataclass(frozen=True)
class FileJob:
    """One file to index, with its stat and the content hash the index holds for it (if any)."""

    rel: str
    path: str
    mtime_ns: int
    size: int
    old_sha1: str | None
    old_digests: dict[str, str] = field(default_factory=dict)  # a file of records: each indexed article's digest


@dataclass
class Written:
    """What indexing one file did: its hash and article ids, or why nothing was written.

    ``ids`` is None when nothing was added: the content is the same as indexed before
    (``same_content``) or the file could not be read (``error``).
    """

    rel: str
    sha1: str | None
    ids: list[str] | None = None
    error: str | None = None
    skipped: list[Skip] = field(default_factory=list)
    same_content: bool = False
    digests: list[str] = field(default_factory=list)  # one per article, for files of records
    same: set[str] = field(default_factory=set)  # records whose article is the one indexed: not written again
    ignored: list[str] = field(default_factory=list)  # files inside (an archive's) of types no reader handles


@dataclass
class Shard:
    """A worker's result: the segment it wrote (None if it added nothing) and each file's outcome."""

    segment: object | None
    written: list[Written]


def add_file(writer, job: FileJob, read: FileRead) -> Written:  # type: ignore[no-untyped-def]
    """Add the articles of one read file to ``writer``, unless its content is what the index holds."""
    if job.old_sha1 is not None and read.sha1 == job.old_sha1:
        return Written(job.rel, read.sha1, same_content=True)
    if read.scan is not None:  # a JSON Lines file too large to read whole: read again as it is written
        from .streamedfiles import add_streamed

        return add_streamed(writer, job, read)
    if read.result is None or read.sha1 is None:
        return Written(job.rel, read.sha1, error=read.error or "unknown error")
    fingerprint = (job.mtime_ns, job.size, read.sha1)
    articles = read.result.articles
    # Records (JSONL lines, feed items) keep their ids as their file goes from one record to several and
    # back, so each has a digest; a file that is one article (text, HTML) needs none: its id is the file's.
    records = len(articles) > 1 or any(article.id != job.rel for article in articles)
    digests = [article_digest(article) for article in articles] if records else []
    # A record that is the article indexed stays as it is: one line added to a daily export of 20,000 had
    # written all 20,000 again (the indexer then deletes only the others).
    same = {article.id for article, digest in zip(articles, digests) if job.old_digests.get(article.id) == digest}
    for article in articles:
        if article.id not in same:
            writer.add_document(**to_document(article, fingerprint))
    return Written(job.rel, read.sha1, ids=[article.id for article in articles], skipped=list(read.result.skipped),
                   digests=digests, same=same, ignored=list(read.result.ignored))


def article_digest(article: Article) -> str:
    """A short hash of everything indexed of ``article``: two equal digests are the same article. Its sections are
    hashed when it has any (a record whose section alone changed had been kept unchanged, its old section indexed);
    an article of none keeps the digest it had before sections were hashed, so an update writes no more again."""
    fields = (article.title, article.body, str(article.date), article.date_source, "\0".join(article.authors),
              article.source, article.url, article.lang, article.title_source,
              *(("\0".join(article.sections),) if article.sections else ()),
              *((moment_text(article.time),) if article.time else ()))
    text = "\x1f".join(value or "" for value in fields)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def split_jobs(jobs: list[FileJob], shards: int) -> list[list[FileJob]]:
    """Cut ``jobs`` into at most ``shards`` contiguous runs of about equal total size."""
    total = sum(max(job.size, 1) for job in jobs)
    runs: list[list[FileJob]] = [[]]
    done = 0
    for job in jobs:
        if len(runs) < shards and done >= total * len(runs) / shards and runs[-1]:
            runs.append([])
        runs[-1].append(job)
        done += max(job.size, 1)
    return [run for run in runs if run]


def write_shards(index_path: str, jobs: list[FileJob], workers: int,
                 progress: Callable[[int, int], None] | None = None) -> list[Shard]:
    """Write ``jobs`` into one new segment per worker process; return the shards in job order."""
    import multiprocessing
    from concurrent.futures import FIRST_EXCEPTION, wait

    from .workers import process_pool

    if progress:  # the work starts: the readers load and the workers start before the first file is counted
        progress(0, len(jobs))
    load_readers([(job.rel, job.path) for job in jobs], [job.old_sha1 for job in jobs])
    runs = split_jobs(jobs, workers)
    counter = multiprocessing.Value("l", 0)
    with process_pool(len(runs), _init_worker, (counter,)) as pool:
        futures = [pool.submit(_write_shard, index_path, run) for run in runs]
        while True:
            finished, pending = wait(futures, timeout=POLL_SECONDS, return_when=FIRST_EXCEPTION)
            if progress:
                progress(counter.value, len(jobs))
            if not pending or any(f.exception() for f in finished):
                break
        return [future.result() for future in futures]


_COUNTER = None  # the shared files-done counter, in a worker process


def _init_worker(counter) -> None:  # type: ignore[no-untyped-def]
    """In a worker: keep the progress counter."""
    global _COUNTER
    _COUNTER = counter


def _write_shard(index_path: str, jobs: list[FileJob]) -> Shard:
    """In a worker: read the files and write their articles into a new, uncommitted segment."""
    from whoosh import index as whoosh_index

    from .segwriter import NewsWriter

    writer = NewsWriter(whoosh_index.open_dir(index_path), _lk=False)
    try:
        written = []
        for job in jobs:
            written.append(add_file(writer, job, read_corpus_file((job.rel, job.path), job.old_sha1)))
            if _COUNTER is not None:
                with _COUNTER.get_lock():
                    _COUNTER.value += 1
        if writer._added:
            segment = writer._finalize_segment()
        else:
            writer._close_segment()
            segment = None
    except BaseException:
        writer.cancel()
        raise
    writer._finish()
    return Shard(segment, written)
