"""The order a file of records writes its slashed dates in (``25/04/2020``: day first), told by its columns.

A file's dates come from one system: ``25/04/2020`` in one record says ``03/04/2020`` in the next is 3 April. Its
publication dates are told apart from its modification dates, each column kind its own evidence: a CMS's update
stamps written month first (``12/26/2023``) beside stories dated day first (``25/12/2023``) had made the file tell
nothing, and each record's ``07/05/2023`` had been read in its own locale's order (5 July). The publication dates
show the order the dates read are in; where they show none, the modification dates do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .dates import slashed_orders
from .fields import JSON_FIELDS, Keyed, pick

PUBLISHED_KEYS = JSON_FIELDS["date"]
MODIFIED_KEYS = JSON_FIELDS["modified"]


@dataclass
class FileOrders:
    """The orders (True: day first) a file's publication and modification dates show, gathered a record at a time."""

    published: set[bool] = field(default_factory=set)
    modified: set[bool] = field(default_factory=set)

    @property
    def settled(self) -> bool:
        """Whether no record can change the order: the publication dates show both (the file tells none)."""
        return len(self.published) == 2

    def add_record(self, record: Keyed) -> None:
        """Gather the orders a record's dates (its fields, as ``fields_of`` keys them) show."""
        self.add((value for _key, value in pick(record, PUBLISHED_KEYS)),
                 (value for _key, value in pick(record, MODIFIED_KEYS)))

    def add(self, published: Iterable[object], modified: Iterable[object]) -> None:
        """Gather the orders of a record's publication and modification dates; reading stops once both are seen."""
        if len(self.published) < 2:
            slashed_orders(published, self.published)
        if len(self.modified) < 2:
            slashed_orders(modified, self.modified)

    def order(self) -> bool | None:
        """The file's order: its publication dates', else, when they show none, its modification dates'; None when
        the dates that tell show both orders, or none."""
        shown = self.published or self.modified
        return next(iter(shown)) if len(shown) == 1 else None


def file_order(records: Iterable[Keyed]) -> bool | None:
    """The order ``records`` (one file's, their fields keyed) write their slashed dates in (``FileOrders.order``)."""
    orders = FileOrders()
    for record in records:
        orders.add_record(record)
    return orders.order()
