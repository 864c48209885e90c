"""What a file too large to read whole gives read in its two passes, and what it gives read whole: the streaming
tests (test_jsonl_stream, test_table_stream) hold the two equal."""

from __future__ import annotations

import io

from newssearch.documents import parse_file_bytes
from newssearch.documents.streamedrecords import FileScan
from newssearch.errors import UnreadableFile

Outcome = tuple[list[object], list[object]] | str  # the articles and skips, or the reason the file gives none


def two_passes(scan: FileScan, data: bytes, rel: str) -> Outcome:
    """What the second pass over ``data`` gives after its first pass's ``scan`` (its ``reader``)."""
    stream = scan.reader(rel)  # type: ignore[attr-defined]
    try:
        return list(stream.articles(io.BytesIO(data))), list(stream.skipped)
    except UnreadableFile as exc:
        return str(exc)


def read_whole(data: bytes, rel: str) -> Outcome:
    """What reading ``data`` whole, as the file ``rel``, gives."""
    try:
        result = parse_file_bytes(data, rel, rel)
    except UnreadableFile as exc:
        return str(exc)
    return result.articles, result.skipped


class CountedFile(io.BytesIO):
    """A file whose bytes read so far are counted (``bytes_read``): a pass reads no more of it than it must."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk
