"""Wire datelines at the start of a story: "LONDON, Sept 12 (Reuters) - ", "REDDING, Calif. (AP) — ".

A copy of a wire story adds one (or another one) in front of the same first sentence, and the agency in
its brackets names who wrote the story.
"""

from __future__ import annotations

import re
from functools import cache

from .startup import lazy_compile


def _capitals() -> str:
    """The capital letters of the alphabets that have them (Latin, Greek, Cyrillic, Armenian, and Vietnamese's
    Latin), as the body of a regular expression's character class: ZÜRICH, SÃO PAULO and МОСКВА are places."""
    letters = (chr(code) for span in ((0x41, 0x58F), (0x1E00, 0x1EFF)) for code in range(span[0], span[1] + 1))
    return "".join(re.escape(letter) for letter in letters if letter.isupper())


_LETTER = r"[^\W\d_]"
# "Sept. 3", "12 March", "3 mars", "3. März", "5 мая" (other languages write the month in lower case), and
# Spanish's and Portuguese's "5 de mayo", "5 de maio" (then "de 2020" for the year).
_DAY = rf"(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\.?\s+(?:de\s+)?{_LETTER}{{3,9}}\.?)"


# An English month's name, as a wire writes it before its day ("March 3", "Sept. 3"): the day after the agency
# without its year ("WASHINGTON (AP) — March 3 — ", "BERLIN (dpa) — 3. März — ") is one only with its month named
# ("40 senators — " is none).
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?"

# The words of a note to readers that name its own day the way a dateline names a place ("Update, March 5, 2024: ",
# "Correction, 5 March 2024 – "): the day of the update, not the story's.
_NOTE_WORDS = r"(?i:updated?|correction|clarification|editor)\b"


def _place_and_region(capital: str) -> tuple[str, str]:
    """A dateline's place in capitals (up to four words: "PORT MORESBY") and a region after it ("Calif.", "New
    Zealand"), as patterns, their capitals ``capital``."""
    return (rf"{capital}(?:{capital}|['’.-])+(?:\s+{capital}(?:{capital}|['’.-])+){{0,3}}",
            rf"{capital}(?:{_LETTER}|['’.-]){{1,14}}(?:\s+{capital}(?:{_LETTER}|['’.-]){{1,14}}){{0,2}}")


@cache
def _lone_dateline() -> re.Pattern[str]:
    """A dateline that is a line of its own, the story's first sentence on the next: "WELLINGTON (Reuters) -", or
    with no dash, the line's end closing it ("WELLINGTON, New Zealand (AP)"), as a page sets one in a paragraph or
    a box of its own. Its agency is one only when a known one (``wire_agency``)."""
    place, region = _place_and_region(f"[{_capitals()}]")
    return re.compile(rf"^\s*{place}(?:,\s*{region})?\s*\((?P<agency>[^()\n]{{1,40}})\)[ \t]*(?:[-–—]{{1,2}}[ \t]*)?"
                      r"(?:\n|\Z)")


@cache
def dateline_pattern() -> re.Pattern[str]:
    """A wire dateline at a text's start, compiled on first use (its table of the capitals of every alphabet
    takes 9 ms to compile, which a query never needs).

    A place in capitals (up to four words); up to two parts after commas, each a region ("Calif.", "New
    Zealand", "Papua New Guinea") or a day ("Sept. 3", "12 March"), and a year ("2023"); an optional agency in
    brackets, and a dash: either the brackets or the dash says it is a dateline, not a sentence; after a whole date, a
    colon too; after a day, a dash with a space before it and a capital straight after it, as Reuters-21578's
    unprocessed stories type one ("JOHANNESBURG, March 23 -Halfyear ended …"; "March 23-24", "-24 degrees", "US -China"
    are no dateline's). The agency
    may stand before the whole date (group ``agency_first``), or before a day without its
    year and a dash ("WASHINGTON (AP) — March 3 — "). A press release's
    wire stands between slashes ("March 15, 2021 /PRNewswire/ -- ") or brackets between dashes ("--(BUSINESS
    WIRE)--"), its group ``release``.
    """
    from .documents.monthnames import MONTHS  # here: the documents package imports this module

    # A day before its month's full name, as other languages write it ("3. März", "3 mars", "3 de marzo", "3 марта",
    # "3 March"): only the names the date parser reads, so that "40 Senatoren — " stays the sentence's.
    names = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
    month_day = rf"(?:{_MONTH_DAY}|\d{{1,2}}\.?\s+(?:de\s+)?(?i:{names})\b)"
    capital = f"[{_capitals()}]"
    place, region = _place_and_region(capital)
    # A place written as a name ("Berlin", "São Paulo", "Київ") dates a story only with a whole date and a dash, as
    # press releases and European desks write it: "Berlin, 5. März 2024 – ", "Paris, le 5 mars 2024 – ", "Київ, 3
    # березня 2024 року – ", "Kyiv, March 3, 2024 – ". Without the year it is too like a sentence to be one.
    named = rf"{capital}{_LETTER}+(?:[\s-]{capital}?{_LETTER}+){{0,2}}"
    # A whole date's dateline may close with a colon ("NEW YORK, March 3, 2024: ", "Auckland, 3 March 2024: "); a
    # place alone, a year alone or a day without its year before a colon is a heading's ("UPDATE: ", "NASA, 2024: ",
    # "NEW YORK, March 3: ").
    return re.compile(
        # the agency before the whole date, a comma or a dash between, a dash or a colon after it ("LONDON (Reuters),
        # March 3, 2024 - ", "WASHINGTON (AP) — March 3, 2024 — "): tried first, as its start is a dateline too
        rf"^\s*(?:{place}(?:,\s*{region})?\s*\((?P<agency_first>[^()\n]{{1,40}})\)\s*(?:,|[-–—]{{1,2}})\s*"
        rf"(?:{_DAY},?\s*(?:de\s+)?\d{{4}}\s*(?:[-–—]{{1,2}}|:)|{month_day}\s*[-–—]{{1,2}})\s+"
        rf"|{place}(?:,\s*{region}){{0,2}},\s*{_DAY},?\s*(?:de\s+)?\d{{4}}\s*:\s+"  # a colon after a day and a year
        rf"|{place}(?:,\s*(?:{_DAY}|{region})){{0,2}}(?:,?\s*(?:de\s+)?\d{{4}})?"
        r"(?:\s*(?:[-–—]{2})?(?:\((?P<agency>[^()\n]{1,40})\)|/(?P<release>[A-Za-z][\w .-]{1,40})/)\s*[-–—]{1,2}\s*"
        r"|\s*[-–—]{1,2}\s+)"
        # a day and a dash with no space after it, before a capital ("JOHANNESBURG, March 23 -Halfyear ended …")
        rf"|{place}(?:,\s*{region})?,\s*{_DAY}(?:,?\s*\d{{4}})?\s+[-–—]{{1,2}}(?={capital})(?!{capital}*\d)"
        rf"|(?!{_NOTE_WORDS}){named},\s*(?:(?:le|am|den|el|il)\s+)?{_DAY},?\s*(?:de\s+)?\d{{4}}(?:\s+(?:року|года|г\.))?"
        r"\s*(?:[-–—]{1,2}|:)\s+)"
    )


# Agencies whose credit in a dateline names the publisher of a story that names none.
WIRE_AGENCIES = {
    "reuters": "Reuters", "ap": "Associated Press", "associated press": "Associated Press", "afp": "AFP",
    "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg", "dpa": "dpa", "ansa": "ANSA", "xinhua": "Xinhua",
    "upi": "UPI", "pa": "PA Media",
    "rnz": "RNZ", "aap": "AAP", "cp": "The Canadian Press", "efe": "EFE", "kyodo": "Kyodo", "tass": "TASS",
    "agence france-presse": "AFP", "agence france presse": "AFP", "deutsche presse-agentur": "dpa",
    # Germany's, Austria's and Switzerland's: the Catholic and the Protestant news agencies among them ("(KNA)", "epd")
    "kna": "KNA", "epd": "epd", "ddp": "ddp", "apa": "APA", "kathpress": "Kathpress", "sda": "SDA",
    "keystone-sda": "Keystone-SDA", "keystone sda": "Keystone-SDA", "anp": "ANP", "belga": "Belga", "pap": "PAP",
    "jiji": "Jiji Press", "jiji press": "Jiji Press", "yonhap": "Yonhap", "ians": "IANS", "pti": "PTI",
    # the rest a news archive meets, by the names they go by: New Zealand's, Canada's and Britain's in full, Turkey's,
    # Malaysia's, the Nordic ones, central and south-east Europe's, Portugal's and Russia's
    "nzpa": "NZPA", "new zealand press association": "NZPA", "canadian press": "The Canadian Press",
    "press association": "PA Media", "pa media": "PA Media", "australian associated press": "AAP",
    "anadolu": "Anadolu Agency", "anadolu agency": "Anadolu Agency", "bernama": "Bernama",
    "ats": "ATS", "tt": "TT", "ntb": "NTB", "ritzau": "Ritzau", "stt": "STT", "ctk": "ČTK", "čtk": "ČTK",
    "mti": "MTI", "tanjug": "Tanjug", "hina": "HINA", "bta": "BTA", "agerpres": "Agerpres", "lusa": "Lusa",
    "interfax": "Interfax", "itar-tass": "TASS", "press trust of india": "PTI", "kyodo news": "Kyodo",
    # press-release wires: "/PRNewswire/", "(BUSINESS WIRE)", "(GLOBE NEWSWIRE)"
    "prnewswire": "PR Newswire", "pr newswire": "PR Newswire", "business wire": "Business Wire",
    "globe newswire": "GlobeNewswire", "globenewswire": "GlobeNewswire",
}

# Agencies whose names are people's names too ("By Anne Ritzau", "Tanaka Hina"): an agency in a dateline's brackets
# or alone, never the last word of a byline's names.
NAME_LIKE_AGENCIES = frozenset({"ritzau", "hina", "lusa"})

# The wires of press releases: a story they carry is its issuer's release.
RELEASE_WIRES = frozenset({"PR Newswire", "Business Wire", "GlobeNewswire"})


# The most of a text's start a dateline takes ("SAN JUAN CAPISTRANO, Calif., Sept. 12, 2023 (Business Wire) -- " is
# 80): the pattern is tried on no more. A text opening "O" and 1.5 million dashes (fuzz seed 359) had its place run
# over every dash and back, 2 s a try and four tries a file.
DATELINE_SPAN = 400


def dateline_match(text: str) -> re.Match[str] | None:
    """A wire dateline at the start of ``text`` (``dateline_pattern``), looked for in its first ``DATELINE_SPAN``
    characters."""
    return dateline_pattern().match(text, 0, DATELINE_SPAN)


def without_dateline(text: str) -> str:
    """``text`` without a dateline at its start."""
    match = dateline_match(text)
    return text[match.end():] if match else text


# A standfirst over the story: one sentence of at most so many characters, its paragraph the text's first.
MAX_STANDFIRST = 200
_SPACES = lazy_compile(r"\s*")
_INNER_STOP = lazy_compile(r"[.!?][\"'’”)]*\s+\S")


def wire_agency(text: str) -> str | None:
    """The agency a dateline at the start of ``text`` credits ("(Reuters)": Reuters), or on a line of its own
    ("WELLINGTON (Reuters)" over the story: ``_lone_dateline``), or None; a dateline opening the second paragraph
    under a short standfirst (``_under_standfirst``) too, never one further down."""
    return _opening_agency(text) or ((rest := _under_standfirst(text)) is not None and _opening_agency(rest)) or None


def _under_standfirst(text: str) -> str | None:
    """The text after its first paragraph when that is a short standfirst: one sentence of at most
    ``MAX_STANDFIRST`` characters (a story's lead runs longer, or on to a second sentence); None otherwise."""
    start = _SPACES.match(text).end()  # type: ignore[union-attr]
    end = text.find("\n\n", start, start + 2 * MAX_STANDFIRST)  # only its start is read: a long text is not copied
    first = " ".join(text[start:end].split()) if end > 0 else ""
    if not first or len(first) > MAX_STANDFIRST or _INNER_STOP.search(first):
        return None
    return text[end + 2:end + 2 + DATELINE_SPAN]  # as much as a dateline is looked for in


def _opening_agency(text: str) -> str | None:
    """The agency a dateline at the start of ``text`` credits, or on a line of its own there."""
    match = dateline_match(text)
    agency = (match.group("agency") or match.group("agency_first") or match.group("release")) if match else None
    if agency is None and (lone := _lone_dateline().match(text, 0, DATELINE_SPAN)) is not None:
        agency = lone.group("agency")
    # "/PRNewswire-FirstCall/" is PR Newswire's
    return WIRE_AGENCIES.get(agency.strip().lower()) or WIRE_AGENCIES.get(agency.split("-")[0].strip().lower()) \
        if agency else None

