"""An amount's number grouped by thousands with spaces, as French writes it ("1 000,50 €", "1 000 000 €", "€1 000",
"3 000 EUR"; a plain, no-break, narrow no-break or thin space): one number when its currency's sign or code stands
next to it, so that ``currencysigns`` indexes "€1000.50" at its first group's place, as for "€1,000.50".

Only a head of one to three digits and groups of exactly three after it, a decimal comma's one or two digits on the
last: "in 2024 1 000 €" is €1000 (a year is no head), and without a currency a spaced number is as it was ("in 2024
1 000 people" two numbers; ``digitgroups`` joins a no-break space's groups as another form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

GAPS = " \u00a0\u202f\u2009"  # a space in an amount: plain, no-break, narrow no-break, thin
GAP = f"[{GAPS}]"
# The number: a head, groups of three a space apart, perhaps decimals after a comma; no digit nor word before it,
# no digit nor letter after it ("$1 500m" is no grouped number)
_RUN = rf"(?<![\w.,])[0-9]{{1,3}}(?:{GAP}[0-9]{{3}})+(?:,[0-9]{{1,2}})?(?!\w|[.,][0-9])"
# A head and groups before a last group, up to it
_HEAD = rf"(?<![\w.,])[0-9]{{1,3}}(?:{GAP}[0-9]{{3}})*{GAP}"
_WINDOW = 48  # characters before a sign its number is looked for in


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The number from its start, the number ending a text (a space after it or none) and the groups before a last
    one, compiled when first needed (few texts hold a sign after a digit and a space)."""
    return re.compile(_RUN), re.compile(rf"{_RUN}{GAP}?$"), re.compile(rf"{_HEAD}$")


def grouped_after(text: str, at: int) -> re.Match[str] | None:
    """The grouped number starting at ``at`` in ``text`` (after its sign or code), or None."""
    if not any(char in GAPS for char in text[at + 1 : at + 4]):
        return None
    return _compiled()[0].match(text, at)


def grouped_before(text: str, at: int) -> re.Match[str] | None:
    """The grouped number ending ``text`` before ``at`` (its sign or code there, a space between or none), or None."""
    if at < 5 or not (text[at - 1].isdigit() or text[at - 2].isdigit()):
        return None
    return _compiled()[1].search(text, max(0, at - _WINDOW), at)


def group_head(text: str, at: int) -> int:
    """Where the number whose group of three digits starts at ``at`` in ``text`` starts: at its head, a space apart
    ("1 000,50": the 1), or at ``at``."""
    if at < 2 or text[at - 1] not in GAPS or not text[at - 2].isdigit():
        return at
    head = _compiled()[2].search(text, max(0, at - _WINDOW), at)
    return at if head is None else head.start()


def grouped_number(written: str) -> str:
    """A grouped number as the index holds a number: "1 000,50" is "1000.50", "1 000 000" "1000000"."""
    return re.sub(GAP, "", written.rstrip(GAPS)).replace(",", ".")


def grouped_runs(text: str) -> Iterator[re.Match[str]]:
    """Each number of ``text`` grouped with spaces, a currency beside it or not (a query's, to read it so)."""
    return _compiled()[0].finditer(text) if any(char in GAPS for char in text) else iter(())
