"""The order a file of records writes its slashed dates in (``25/04/2020``: day first), told by its columns.

A file's dates come from one system: ``25/04/2020`` in one record says ``03/04/2020`` in the next is 3 April. Its
publication dates are told apart from its modification dates, each column kind its own evidence: a CMS's update
stamps written month first (``12/26/2023``) beside stories dated day first (``25/12/2023``) had made the file tell
nothing, and each record's ``07/05/2023`` had been read in its own locale's order (5 July). The publication dates
show the order the dates read are in; where they show none, the modification dates do; where neither shows any, the
publishers its records name do, as they do for one article (``dayfirst.english_day_first``): a file whose records
name only day-first publishers (NZ Herald, the BBC; or addresses of a day-first country's domain) writes the day first
in its records that name none too (a CSV row naming NZ Herald over rows naming nobody: each ``07/03/2024`` had been
3 July but its own). A record naming another publisher (CNN, or one newssearch does not know) leaves each record to
its own evidence, and so does one naming its own locale (``en-US``: month first), as that locale orders it alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .dates import slashed_orders
from .dayfirst import document_locale, host_region, publisher_region, writes_day_first
from .fields import JSON_FIELDS, Keyed, is_web_address, pick

PUBLISHED_KEYS = JSON_FIELDS["date"]
MODIFIED_KEYS = JSON_FIELDS["modified"]
SOURCE_KEYS = JSON_FIELDS["source"]
URL_KEYS = JSON_FIELDS["url"]
LOCALE_KEYS = JSON_FIELDS["lang"] + JSON_FIELDS["locale"]


@dataclass
class FileOrders:
    """The orders (True: day first) a file's publication and modification dates show, gathered a record at a time."""

    published: set[bool] = field(default_factory=set)
    modified: set[bool] = field(default_factory=set)
    publishers: set[bool] = field(default_factory=set)  # a record naming a day-first publisher (True), another (False)
    _told: dict[tuple[str, ...], bool] = field(default_factory=dict)  # each set of names asked, once

    @property
    def settled(self) -> bool:
        """Whether no record can change the order: the publication dates show both (the file tells none)."""
        return len(self.published) == 2

    def add_record(self, record: Keyed) -> None:
        """Gather the orders a record's dates (its fields, as ``fields_of`` keys them) show."""
        self.add((value for _key, value in pick(record, PUBLISHED_KEYS)),
                 (value for _key, value in pick(record, MODIFIED_KEYS)))
        if self.asks_publishers:
            self.add_publisher((value for _key, value in pick(record, SOURCE_KEYS)),
                               (value for _key, value in pick(record, URL_KEYS)),
                               (value for _key, value in pick(record, LOCALE_KEYS)))

    def add(self, published: Iterable[object], modified: Iterable[object]) -> None:
        """Gather the orders of a record's publication and modification dates; reading stops once both are seen."""
        if len(self.published) < 2:
            slashed_orders(published, self.published)
        if len(self.modified) < 2:
            slashed_orders(modified, self.modified)

    @property
    def asks_publishers(self) -> bool:
        """Whether a record's publisher may still tell the order: no date has shown one, its publishers not both."""
        return not self.published and not self.modified and len(self.publishers) < 2

    def add_publisher(self, sources: Iterable[object], urls: Iterable[object], tags: Iterable[object] = ()) -> None:
        """Gather whether the publisher a record names (its ``sources``' names, its ``urls``) writes the day first, or
        the locale its language ``tags`` name when they name more than English (``en-US``, ``en-GB``, ``de``); a
        record naming none tells nothing."""
        locale = document_locale(tags)
        if locale not in (None, ("en", "")):
            self.publishers.add(writes_day_first(locale))
            return
        names = tuple(value.strip() for value in sources if isinstance(value, str) and value.strip())
        addresses = tuple(value.strip() for value in urls if isinstance(value, str) and is_web_address(value.strip()))
        if not names and not addresses:
            return
        key = (*names, "", *addresses)
        if key not in self._told:
            self._told[key] = _names_day_first(names, addresses)
        self.publishers.add(self._told[key])

    def order(self) -> bool | None:
        """The file's order: its publication dates', else, when they show none, its modification dates'; None when
        the dates that tell show both orders; when they show none, day first if its records name only day-first
        publishers, else None."""
        shown = self.published or self.modified
        if shown:
            return next(iter(shown)) if len(shown) == 1 else None
        return True if self.publishers == {True} else None


def _names_day_first(names: tuple[str, ...], addresses: tuple[str, ...]) -> bool:
    """Whether a record of these publisher ``names`` and ``addresses`` writes the day first, as one article would
    (``dayfirst.english_day_first``): its publisher's country (``publisher_region``), else its address's domain's."""
    if publisher_region((*names, *addresses)):
        return True
    region = next((found for address in addresses if (found := host_region(address))), "")
    return bool(region) and writes_day_first(("en", region))


def file_order(records: Iterable[Keyed]) -> bool | None:
    """The order ``records`` (one file's, their fields keyed) write their slashed dates in (``FileOrders.order``)."""
    orders = FileOrders()
    for record in records:
        orders.add_record(record)
    return orders.order()
