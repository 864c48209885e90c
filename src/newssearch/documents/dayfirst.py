"""Whether a document writes the day before the month (``10/05/2022``: 10 May, or 5 October): told by its language
and region, as CLDR's short date patterns write them; and a published date read the other way when only that
reading is not after the document's update."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from .dates import parse_date
from .languages import language_region

# Where 10/05/2022 is 5 October: CLDR's short date patterns (M/d/yy), by language and, for the languages that
# write it so in some regions only, by region ("" for the language without a region). Plain "en" is the US
# default, and en-CA is mixed: both keep month first. Every other language and region writes the day first.
_MONTH_FIRST_LANGUAGES = frozenset({
    "blo", "cad", "ceb", "chr", "cic", "cop", "ee", "fil", "gaa", "iu", "ks", "lkt", "mus", "om", "or", "osa",
    "ti", "xh",
})
_MONTH_FIRST_REGIONS = {
    "en": frozenset({"", "us", "ca", "as", "bi", "gu", "mh", "mp", "ph", "pr", "um", "vi"}),
    "es": frozenset({"pa", "pr"}),
}
UPDATE_SLACK = timedelta(days=1)  # a UTC modification stamp may fall on the day before the local publication day


def document_locale(tags: Iterable[object]) -> tuple[str, str] | None:
    """The (language, region) of the first language tag among ``tags``, best source first; a tag without a
    region takes the region of a later tag of the same language.

    ``["en", "en_GB"]`` (``<html lang>``, then og:locale) gives ("en", "gb"); ``["en", "de_DE"]`` ("en", "").
    """
    found = [pair for pair in map(language_region, tags) if pair]
    if not found:
        return None
    language = found[0][0]
    return language, next((region for lang, region in found if lang == language and region), "")


def writes_day_first(locale: tuple[str, str] | None) -> bool:
    """Whether a document in ``locale`` writes 10 May 2022 as ``10/05/2022`` (True) or ``05/10/2022``.

    ``("en", "gb")``, ``("de", "")`` and ``("es", "mx")`` write the day first; ``("en", "us")``, plain
    ``("en", "")`` and no locale at all (None) the month, as ``parse_date`` always read them before.
    """
    if locale is None:
        return False
    language, region = locale
    return language not in _MONTH_FIRST_LANGUAGES and region not in _MONTH_FIRST_REGIONS.get(language, ())


def not_after_update(day: date, raw: object, modified: date | None, day_first: bool) -> date:
    """``day`` as read from ``raw``, or its other reading when only that one is not after ``modified``.

    An article is never published after it was modified: a page with no language or plain "en" giving
    ``10/05/2022`` as published and ``2022/05/10`` as modified means 10 May, not 5 October.
    """
    if modified is None or day <= modified + UPDATE_SLACK:
        return day
    other = parse_date(raw, not day_first) if isinstance(raw, str) else None
    return other if other is not None and other <= modified + UPDATE_SLACK else day

