"""A CSV or TSV table too large to read whole, read a row at a time in two passes, as ``read_csv`` reads it.

Read whole, a table cost about four times its size at once (its bytes, its text, its rows, its articles). Read so,
it costs the lines of a row and the few hundred before it that a lost quote's mend may look back to (``tablelines``).

The first pass (``scan_table``) hashes the bytes and reads every row as ``read_csv`` does (its separator told by
the first line, its header, its broken and mended rows), learning what ``collect`` decides from the whole table: how
it writes its slashed dates, and the language its opening rows tell (``tablelanguages``). A table it cannot read so
(text not in UTF-8, a header it refuses, a read-later list of links, keyed by addresses only the whole list tells
apart) is read whole after all. The second pass (``TableArticles``) reads the same bytes again and gives each row's
article as it is read, with the skips ``read_csv`` and ``parse_bytes`` give, in their order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import UnreadableFile
from .article import Article, Skip
from .csvfile import Table, open_table, table_lines
from .fields import keyed
from .fileorders import LOCALE_KEYS, MODIFIED_KEYS, PUBLISHED_KEYS, SOURCE_KEYS, URL_KEYS, FileOrders
from .jsonfile import fields_of, is_search_hit, made_from, shown_article
from .jsonstream import ChangedWhileRead, decoded_chunks, hashed, sniffed_text
from .nulchars import spaced_nul_pieces
from .recordkeys import AddressKeys, entry_key
from .streamedrecords import FileScan, RecordArticles
from .tablelanguages import OpeningLanguage
from .tablelines import TableLines


@dataclass(frozen=True)
class TableScan(FileScan):
    """What the first pass learned of a table: its bytes' hash and size, and, when it can be read a row at a time
    (``rows``), the order its slashed dates are written in and the language its opening tells for its short rows."""

    rows: bool
    day_first: bool | None = None
    language: str | None = None
    by_address: bool = False  # its rows without an id keyed by their addresses (``recordkeys``)

    @property
    def streams(self) -> bool:
        """Whether the table is read a row at a time (else whole)."""
        return self.rows

    def reader(self, rel: str) -> TableArticles:
        """The second pass over the table ``rel``."""
        return TableArticles(rel, self)


def scan_table(handle: BinaryIO, size: int, rel: str) -> TableScan:
    """Hash the first ``size`` bytes of ``handle`` and tell whether ``TableArticles`` reads them as ``read_csv``
    reads them whole (see the module's docstring)."""
    hasher = hashlib.sha1()
    if not sniffed_text(handle):
        return TableScan(hashed(handle, size), size, False)
    orders = FileOrders()
    opening, more = OpeningLanguage(), True
    count, hits, first = 0, True, None
    keys = AddressKeys()
    try:
        table = open_table(TableLines(table_text_lines(handle, size, hasher)), rel)
        if table.saved_links:
            return TableScan(hashed(handle, size), size, False)
        published, modified = date_columns(table.columns, PUBLISHED_KEYS), date_columns(table.columns, MODIFIED_KEYS)
        named = [date_columns(table.columns, keys) for keys in (SOURCE_KEYS, URL_KEYS, LOCALE_KEYS)]
        for label, position, entry in table.entries:
            count += 1
            hits = hits and is_search_hit(entry)
            first = entry if count == 1 else first
            keys.add(entry)
            if isinstance(entry, dict):
                orders.add(map(entry.get, published), map(entry.get, modified))
                if orders.asks_publishers:
                    orders.add_publisher(*(map(entry.get, columns) for columns in named))
            if more:  # its opening rows' articles, made as ``read_csv`` makes them, for their text alone
                made = made_from(label, position, entry, "", None, table.kind)[2]
                more = opening.add(made, fields_of(entry)) if isinstance(made, Article) else more  # its keys too
    except (UnicodeDecodeError, UnreadableFile):  # read whole: its bad bytes as Windows-1252, its header refused
        return TableScan(hashed(handle, size), size, False)
    rows = count > 0 and not hits and not (count == 1 and shown_article(first))
    return TableScan(hasher.hexdigest(), size, rows, _shown(orders.order(), table.day_first),
                     opening.language() if rows else None, keys.by_address)


def _shown(order: bool | None, otherwise: bool | None) -> bool | None:
    """The order a table's own dates show, else the one its separator tells."""
    return otherwise if order is None else order


def date_columns(columns: list[str], keys: tuple[str, ...]) -> list[str]:
    """The columns of ``columns`` whose cells ``collect`` reads a row's dates of ``keys`` from (its publication's, its
    modification's), in the order it reads them: a row's record is its cells by column (``pick(fields_of(record),
    keys)``, found once for the table, not for each row)."""
    index = keyed(dict.fromkeys(name for name in columns if name))
    return [index[name][0] for name in keys if name in index]


def table_text_lines(handle: BinaryIO, size: int, hasher: hashlib._Hash) -> Iterator[str]:
    """The lines of the first ``size`` bytes of ``handle`` as ``read_csv`` cuts its text (UTF-8, BOMs at its start
    left out, NULs read as ``require_text`` reads them), each with its end; each chunk read is hashed.
    UnicodeDecodeError on bytes that are no UTF-8."""
    return split_table_lines(_texts(handle, size, hasher))


def _texts(handle: BinaryIO, size: int, hasher: hashlib._Hash) -> Iterator[str]:
    """The text of the first ``size`` bytes of ``handle``, a chunk at a time, as ``require_text`` then ``read_csv``'s
    ``lstrip("\\ufeff")`` make it (its NULs: ``nulchars``)."""
    opening = True
    for text in spaced_nul_pieces(decoded_chunks(handle, size, hasher, "utf-8-sig")):
        if opening:
            text = text.lstrip("\ufeff")
            opening = not text
        if text:
            yield text


def split_table_lines(texts: Iterable[str]) -> Iterator[str]:
    """The lines of the text ``texts`` make one after another, each with its end, as ``csvfile.table_lines`` cuts
    the text whole (a ``\\r\\n`` cut between two of them is one line end)."""
    parts: list[str] = []  # the line read so far, its end not read yet
    for text in texts:
        if parts and parts[-1].endswith("\r"):  # the line ended there, or its "\r\n" was cut in two
            at = 1 if text.startswith("\n") else 0
            yield "".join(parts) + text[:at]
            parts, text = [], text[at:]
        # (``str.splitlines`` cuts a chunk some ten times faster, and no other way than that when it holds none of
        # the other ends it knows)
        cut = list(table_lines(text)) if any(mark in text for mark in _OTHER_BREAKS) else text.splitlines(True)
        last = cut.pop() if cut and not cut[-1].endswith("\n") else None  # no end, or perhaps half of one
        if cut:
            if parts:
                cut[0] = "".join(parts) + cut[0]
                parts = []
            yield from cut
        if last is not None:
            parts.append(last)
    if parts:
        yield "".join(parts)


# What ``str.splitlines`` also ends a line at, besides "\r" and "\n": a cell may hold them unquoted.
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class TableArticles(RecordArticles):
    """The second pass over a table ``scan_table`` found readable a row at a time: ``articles`` gives each row's
    article, normalised, as it is read; then ``skipped`` holds the skips ``read_csv`` and ``parse_bytes`` give."""

    def __init__(self, rel: str, scan: TableScan) -> None:
        super().__init__(rel, scan.language)
        self.scan = scan

    def articles(self, handle: BinaryIO) -> Iterator[Article]:
        """Each row's article, as ``read_csv`` then ``parse_bytes`` make it."""
        hasher = hashlib.sha1()
        table = self._table(handle, hasher)
        try:
            for label, position, entry in table.entries:
                key = entry_key(entry, position, self.scan.by_address)
                article = self.article(made_from(label, key, entry, self.rel, self.scan.day_first, table.kind))
                if article is not None:
                    yield article
        except UnicodeDecodeError as exc:
            raise ChangedWhileRead("changed while it was read: its text is no longer UTF-8") from exc
        if hasher.hexdigest() != self.scan.read_sha1:
            raise ChangedWhileRead("changed while it was read")
        self.finish([Skip(self.rel, note) for note in table.notes])

    def _table(self, handle: BinaryIO, hasher: hashlib._Hash) -> Table:
        """The table of ``handle``, its header read as the first pass read it; ChangedWhileRead when it cannot be."""
        try:
            table = open_table(TableLines(table_text_lines(handle, self.scan.size, hasher)), self.rel)
        except (UnicodeDecodeError, UnreadableFile) as exc:
            raise ChangedWhileRead(f"changed while it was read: {exc}") from exc
        if table.saved_links:
            raise ChangedWhileRead("changed while it was read: now a list of saved links")
        return table
