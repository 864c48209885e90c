"""Whether a document writes the day before the month (``10/05/2022``: 10 May, or 5 October): told by its language
and region, as CLDR's short date patterns write them; and a published date read the other way when only that
reading is not after the document's update."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from urllib.parse import urlsplit

from ..functionwords import guess_language
from .dates import parse_date
from .dayevidence import has_ambiguous_date, shown_day_first
from .languages import language_region
from .publishernames import HOME_REGIONS, PUBLISHERS, SHARED_NAMES
from .publishers import ALIASES, host_named, is_host, name_key

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
# Country-code domains sold as generic names (a startup's .io, a video site's .tv): they name no country's readers.
_GENERIC_COUNTRY_DOMAINS = frozenset("ai am cc co fm gg io me ly nu sh so to tv vc ws".split())
# The regions whose English writes the day first that a known publisher's country names (Britain's as its domains and
# its ISO code write it; Singapore's and Hong Kong's, CLDR's d/M/yy): a publisher at politico.eu or dw.de is no
# evidence of its English readers' order. The Commonwealth's others write it so too, as their papers and CLDR's
# English do (Pakistan's Dawn, Malaysia's The Star, Kenya's Daily Nation, Nigeria's Punch: 08/03/2024 is 8 March):
# Pakistan, Bangladesh, Sri Lanka, Malaysia, Malta, Cyprus; Kenya, Nigeria, Ghana, Uganda, Tanzania, Zimbabwe,
# Zambia, Malawi, Botswana, Namibia, Rwanda, Sierra Leone, The Gambia, Mauritius; Jamaica, Trinidad and Tobago,
# Barbados, Guyana, Belize; Fiji, Papua New Guinea; Gibraltar, the Isle of Man, Jersey. So do the English papers of
# Lebanon, Israel and the Gulf (L'Orient Today, The Jerusalem Post, Gulf News, Arab News, Gulf Times, Gulf Daily News,
# Kuwait Times, Times of Oman): the United Arab Emirates, Saudi Arabia, Qatar, Bahrain, Kuwait and Oman. Not the
# Philippines (month first), nor Canada (mixed), which ``_MONTH_FIRST_REGIONS`` keep month first.
DAY_FIRST_ENGLISH_REGIONS = frozenset({
    "nz", "uk", "gb", "au", "ie", "in", "za", "sg", "hk",
    "pk", "bd", "lk", "my", "mt", "cy",
    "ke", "ng", "gh", "ug", "tz", "zw", "zm", "mw", "bw", "na", "rw", "sl", "gm", "mu",
    "jm", "tt", "bb", "gy", "bz", "fj", "pg", "gi", "im", "je",
    "lb", "il", "ae", "sa", "qa", "bh", "kw", "om",
})
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


def told_locale(text: str) -> tuple[str, str] | None:
    """The (language, "") ``text``'s function words or script show (``guess_language``), for a document that names
    none: ("de", "") for a German story; None for an English one or one too short to tell, whose order stays month
    first."""
    told = guess_language(text)
    return (told, "") if told else None


def text_writes_day_first(tag: object, text: str, url: str | None = None, names: Iterable[object] = (),
                          dates: Iterable[object] = ()) -> bool:
    """Whether a text writes a slashed date day first: in the language and region ``tag`` names (a header's
    ``Language: en-GB``), else in the one its words show (``told_locale``); where that says no more than English, as
    its ``url``'s country (``with_host``), its publisher (``names``) or its own dates (its header's ``dates`` and its
    text) show (``english_day_first``)."""
    locale = with_host((language_region(tag) if tag else None) or told_locale(text), url)
    return english_day_first(locale, names, lambda: [*(d for d in dates if isinstance(d, str)), text])


def english_day_first(locale: tuple[str, str] | None, names: Iterable[object], dates: Callable[[], Sequence[str]],
                      body: str = "") -> bool:
    """``writes_day_first(locale)``, or, where ``locale`` says no more than English (None, plain "en"), whether the
    document shows the day first: its publisher, the first of ``names`` newssearch knows, is in a country that writes
    it so (NZ Herald, the BBC: ``publisher_region``), or, when its ``dates()`` (its date values, read only then) hold
    one that reads both ways, they and its ``body`` show it (``shown_day_first``). A US or an unknown publisher's
    document without such evidence stays month first."""
    if locale not in (None, ("en", "")):
        return writes_day_first(locale)
    if publisher_region(names):
        return True
    values = dates()
    return has_ambiguous_date(values) and shown_day_first([*values, body]) is True


def record_locale(tags: Iterable[object], text: str, url: str | None) -> tuple[str, str] | None:
    """The locale a record's or a feed item's slashed dates are read in: the first of ``tags`` it names
    (``document_locale``), else the language its ``text``'s words show (``told_locale``: a German story's
    ``05/03/2024`` is 5 March); where that says no more than English, the country its ``url``'s domain names
    (``with_host``)."""
    return with_host(document_locale(tags) or (told_locale(text) if text else None), url)


def host_region(url: str | None) -> str:
    """The region a web address's country-code domain names ("nz" for ``https://www.stuff.co.nz/…``, "uk" for
    ``bbc.co.uk``); "" for a generic domain (``.com``, ``.org``) or one sold as generic (``.io``, ``.tv``)."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:  # a stray bracket (http://news[example/): no host to read
        return ""
    host = host.rstrip(".")
    label = host.rpartition(".")[2]
    named = "." in host and len(label) == 2 and label.isalpha()  # not an IP address, nor a host of one label
    return label if named and label not in _GENERIC_COUNTRY_DOMAINS else ""


def with_host(locale: tuple[str, str] | None, url: str | None) -> tuple[str, str] | None:
    """``locale``, or where it says no more than English (None, plain "en") the English of the country ``url``'s
    domain names: a record of ``stuff.co.nz`` with no language is ("en", "nz"), which writes the day first; one of
    a ``.com`` or ``.us`` host stays as it was."""
    region = host_region(url)
    if locale not in (None, ("en", "")) or not region:
        return locale
    return "en", region


@cache
def _publisher_regions() -> dict[str, str]:
    """Each known publisher's one name to its country: ``HOME_REGIONS``' (The Irish Times: "ie"), else the one the
    first of its domains names (``bbc.co.uk``: "uk")."""
    return {name: region for name, aliases in PUBLISHERS.items()
            if (region := HOME_REGIONS.get(name) or next(
                (found for alias in aliases if is_host(alias) and (found := host_region(alias))), ""))}


@cache
def _sharers() -> dict[str, tuple[str, ...]]:
    """Each name several papers share ("the times") to the papers that go by it."""
    shared: dict[str, tuple[str, ...]] = {}
    for name, keys in SHARED_NAMES.items():
        for key in keys:
            shared[key] = (*shared.get(key, ()), name)
    return shared


def publisher_region(names: Iterable[object]) -> str:
    """The day-first country (``DAY_FIRST_ENGLISH_REGIONS``) of the first of ``names`` that is a known publisher's (a
    name or a host: "NZ Herald", "RNZ", "www.stuff.co.nz", "The Guardian"); "" when none is, or its publisher is
    elsewhere ("CNN"). A name several papers share is one only when each of them is in such a country: "The Guardian"
    (London's, Lagos's) and "Daily Star" (London's, Dhaka's, Beirut's) are, "The Times" (London's, New York's) is
    not."""
    for name in names:
        if not isinstance(name, str) or not name.strip():
            continue
        key = name_key(name)
        if key in _sharers():
            regions = [_publisher_regions().get(paper, "") for paper in _sharers()[key]]  # the first its name's
            return regions[0] if all(region in DAY_FIRST_ENGLISH_REGIONS for region in regions) else ""
        host = host_named(name)
        known = ALIASES.get(key) or (ALIASES.get(name_key(host)) if host else None)
        if known is not None:
            region = _publisher_regions().get(known, "")
            return region if region in DAY_FIRST_ENGLISH_REGIONS else ""
    return ""


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

