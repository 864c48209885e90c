"""The key of each record of an export (JSON, JSON Lines, a table's rows): its own id, else its address, else its place.

Keyed by its place (``export.jsonl#2``), a record's id named another story once a record above it was deleted or
the file was exported again in another order: an id a journalist noted showed a different article, silently. A
record with an ``id`` (``_id``, ``uuid``, ``guid``) is keyed by it, as before; one without is keyed by its web address
(``export.jsonl#https://news.example/ferry``) when every such record of the file has one, no two share one and none
is another record's id, as a feed's items are (``ids.stable_keys``); else each keeps its place, as before.

``AddressKeys`` is fed the records one at a time, so a file streamed in two passes (``jsonstream``, ``tablestream``)
learns in its first what its second keys by; it keeps an 8-byte digest of each key, not the key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from .factiva import ACCESSION
from .fields import JSON_FIELDS, Keyed, first_text, is_web_address
from .jsonrecords import record_fields
from .recordfields import record_url


def record_key(record: Keyed) -> str | None:
    """The record's own id (``id``, ``_id``, ``uuid``, ``guid``), else its Dow Jones accession number (``an``, as
    Factiva's snapshots key a record: "SDDZ000020240305ek350000a"), or None."""
    found = first_text(record, JSON_FIELDS["id"])
    if found:
        return found[1]
    number = record.get("an", (None, None))[1]
    return number if isinstance(number, str) and ACCESSION.fullmatch(number.strip()) else None


def record_address(record: Keyed) -> str | None:
    """The record's web address (``record_url``) as its key, or None when it has none."""
    url = record_url(record)
    return url if url and is_web_address(url) else None


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()


class AddressKeys:
    """Whether the records of one file without an id of their own are keyed by their addresses (see the module)."""

    def __init__(self) -> None:
        self._own: set[bytes] = set()
        self._addresses: set[bytes] = set()
        self._usable = True

    def add(self, value: object, fields: Keyed | None = None) -> tuple[str | None, str | None]:
        """Learn of one entry (a record, or what stands in for one that could not be read: no record, no key);
        ``fields`` its ``record_fields`` when already gathered. Returns its own id and its address (each or None), to
        key it by (``chosen_key``) once every record is known."""
        if not isinstance(value, Mapping):
            return None, None
        fields = record_fields(value) if fields is None else fields
        own = record_key(fields)
        if own is not None:
            self._own.add(_digest(own))
            return own, None
        address = record_address(fields)
        if address is None or (digest := _digest(address)) in self._addresses:
            self._usable = False  # one without an address, or two at one: every such record keeps its place
        else:
            self._addresses.add(digest)
        return None, address

    @property
    def by_address(self) -> bool:
        """True when the file's records without an id are keyed by their addresses."""
        return self._usable and bool(self._addresses) and self._own.isdisjoint(self._addresses)


def chosen_key(own: str | None, address: str | None, position: str, by_address: bool) -> str:
    """A record's key: its own id, else (``by_address``) its address, else its place."""
    return own or (address if by_address and address else position)


def entry_key(value: object, position: str, by_address: bool) -> str:
    """The key of the entry ``value`` at ``position``: its own id, else (``by_address``) its address, else its place."""
    if not isinstance(value, Mapping):
        return position
    fields = record_fields(value)
    own = record_key(fields)
    return chosen_key(own, record_address(fields) if own is None and by_address else None, position, by_address)
