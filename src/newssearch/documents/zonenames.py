"""The UTC offsets of the zone names news writes after a time ("10:22 CET", "Sun Mar 03 10:22:00 NZDT 2024",
"10:30 a.m. EST", "(AEST)").

RFC 822's names first (UT, GMT, the US zones), then the names of other zones common in news whose abbreviation one
zone alone uses. A name more than one zone writes is left out: its time is kept as written, no zone, rather than
converted at the wrong offset. So are IST (India +5:30, Ireland +1, Israel +2), AST and ADT (the Atlantic's, or
Arabia's), GST (the Gulf's, or South Georgia's), and the names that do not say whether summer time is kept (ET, PT,
CT, MT). CST stays RFC 822's US Central, as ``email.utils`` reads it (China's is written CST too). BST is British
Summer Time, as the tz database names it (Bangladesh's papers write BST for their own +6, rarely met here).
"""

from __future__ import annotations

from datetime import timedelta, timezone

# Minutes east of UTC, by the name written (upper case).
ZONE_MINUTES: dict[str, int] = {
    # RFC 822 (and 2822)
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    # North America beyond RFC 822
    "AKST": -540, "AKDT": -480, "HST": -600,
    # Europe and Africa
    "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "WAT": 60, "CAT": 120, "SAST": 120, "EAT": 180,
    # Asia
    "PKT": 300, "ICT": 420, "WIB": 420, "HKT": 480, "SGT": 480, "PHT": 480, "JST": 540, "KST": 540,
    # Australia and New Zealand
    "AWST": 480, "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}
# Names of a zone news writes that give no one offset (see above): a time beside them is a clock's, kept as written.
UNFIXED_ZONES = frozenset({"IST", "AST", "ADT", "GST", "ET", "PT", "CT", "MT"})
ZONES: dict[str, timezone] = {name: timezone(timedelta(minutes=minutes)) for name, minutes in ZONE_MINUTES.items()}


def named_zone(name: str) -> timezone | None:
    """The offset of a zone ``name`` (any case; in brackets too: "(NZDT)"), or None for a name not in the table."""
    return ZONES.get(name.strip().strip("()").strip().upper())


def is_zone_name(name: str) -> bool:
    """Whether ``name`` names a zone news writes after a time, of one offset or of several ("BST", "ET", "(IST)")."""
    key = name.strip().strip("()").strip().upper()
    return key in ZONES or key in UNFIXED_ZONES
