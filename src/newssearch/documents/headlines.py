"""The headline of a page: which h1 is it, and which part of its <title> names the site (an h1's text: headingtext;
a site's names as keys to compare: sitekeys)."""

from __future__ import annotations

import re

from ..unspaced import has_unspaced
from .headingtext import BOUNDARY, LABEL_MARK, squeezed
from .sitekeys import SiteKeys, names_site

# The marks a title parts its headline from its site or section with (spaced), read by _TITLE_SEPARATORS and _AROUND.
_SEPARATOR_MARKS = r"\||-|–|—|::|·|•|»|«|/|│"
# Between a headline and the site's name: "Floods close SH2 | Times-Age", "Plejaden : Abenteuer Astronomie".
_TITLE_SEPARATORS = re.compile(rf"(\s+(?:{_SEPARATOR_MARKS}|:)\s+)")
_SITE_SEPARATORS = re.compile(r"\s+(?:\||::|»|«|│)\s+")  # between a site's parts, never inside a headline


def pick_h1(h1s: list[str], headlines: list[str], references: list[str]) -> str | None:
    """The h1 that agrees with other title sources, else a lone headline-sized h1 in the article.

    ``references`` are the title tags without the site's name; an h1 agrees with one when it has most of
    its words, those of its longest part, or, inside the article, is one of its parts ("Alkohol auf dem Boot"
    of "Alkohol auf dem Boot – Erfahre mehr zu den Risiken"; a blog's name in the page header is one too).

    When two title sources agree (og:title and <title>, "Perturbazione polare al Centro"), a lone h1
    that shares no word with them is some box's heading ("Topnews - Primo Piano"), not the headline.
    """
    ref_words = [set(_words(strip_site_suffix(r))) for r in references]
    whole_words = [set(_words(r)) for r in references]
    segments = [set(_words(part)) for r in references for part in _TITLE_SEPARATORS.split(r)[::2]]

    def votes(h1: str) -> int:
        words = set(_words(h1))
        agreed = sum(_agrees(words, ref) or _agrees(words, whole) for ref, whole in zip(ref_words, whole_words))
        return agreed + (words in segments and h1 in headlines)

    scored = [(votes(h1), len(_words(h1)), -n, h1) for n, h1 in enumerate(h1s)]
    best = max(scored, default=None)
    if best and best[0]:
        return best[-1]  # the h1 most title tags agree with; of those, the longest: "News" heads a section
    long_ones = [h for h in headlines if len(h.split()) >= 4]
    if len(long_ones) != 1:
        return None
    agreed = [ref for n, ref in enumerate(ref_words) if ref and ref in ref_words[n + 1:]]
    return None if any(not set(_words(long_ones[0])) & ref for ref in agreed) else long_ones[0]


# The quotes an attribute is written between: a publisher's own one inside ends it early.
_ATTRIBUTE_QUOTES = "\"'"


def without_cut_titles(titles: list[str | None]) -> list[str | None]:
    """``titles`` (a page's title sources) with None for one cut at a quote the publisher left unescaped: a title
    that another one starts with and goes on from with a straight quote. ``<meta property="og:title"
    content="Senador … a Biden de "incapacitado"">`` gives "Senador … a Biden de" beside the whole ``<title>``."""
    return [None if title and any(_cut_at_quote(title, other) for other in titles if other) else title
            for title in titles]


def _cut_at_quote(title: str, other: str) -> bool:
    """True when ``other`` is ``title`` and more, the more starting with a straight quote."""
    start, whole = " ".join(title.split()), " ".join(other.split())
    return len(whole) > len(start) and whole.startswith(start) and whole[len(start):].lstrip()[:1] in _ATTRIBUTE_QUOTES


def _agrees(words: set[str], reference: set[str]) -> bool:
    """True when an h1's words are mostly those of a title tag."""
    return bool(words) and len(words & reference) >= max(0.6 * len(words), 0.4 * len(reference))


_LABEL_WORDS = 4


def without_label(h1: str, references: list[str]) -> str:
    """An h1 that wraps the headline in a section label ("Politics | Headline", "Open ProgressHeadline")
    is the headline the page's own title tags give, without the label."""
    text = squeezed(h1)
    for reference in references:
        wanted = reference.split()
        pattern = r"\s+".join(map(re.escape, wanted))
        found = re.search(pattern, text, re.IGNORECASE) if len(wanted) >= 3 else None
        if found is None or found.end() - found.start() >= len(text):
            continue
        before, after = text[:found.start()], text[found.end():]
        if len(re.findall(r"\w+", before + " " + after)) <= _LABEL_WORDS and _marked(before, after):
            return found.group()
    return h1


def _marked(before: str, after: str) -> bool:
    """True when each label is set off by a separator, by the edge of an element, or glued on to a word;
    not ": einfach köstlich!" after "Saftiger Zitronenkuchen vom Blech", the rest of one phrase."""
    before_ok = not before or before.rstrip()[-1:] in LABEL_MARK or before.endswith(BOUNDARY) \
        or before[-1].isalnum()
    after_ok = not after or after.lstrip()[:1] in LABEL_MARK or after.startswith(BOUNDARY) \
        or after[0].isalnum()
    return before_ok and after_ok


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# A print version's mark before or after its headline: "Printer friendly: …", "Print version - …", "… | Print",
# "… (Printable version)". A bare "Print:" before a headline may be its subject; after a separator it is the mark.
_PRINT_WORDS = r"(?:printer[- ]friendly(?:\s+(?:version|page|format))?|print(?:able)?[- ](?:version|page|format|view))"
_PRINT_BEFORE = re.compile(rf"^\s*{_PRINT_WORDS}\s*(?::|\||-|–|—)\s*", re.I)
_PRINT_AFTER = re.compile(rf"\s*(?:(?:\||-|–|—|::|:)\s*(?:{_PRINT_WORDS}|print(?:able)?)|\(\s*{_PRINT_WORDS}\s*\))\s*$",
                          re.I)


def without_print_mark(title: str) -> str:
    """``title`` without the mark of a print version: "Printer friendly: Fires force evacuations" is "Fires force
    evacuations"; a title that is only the mark stays."""
    bare = _PRINT_AFTER.sub("", _PRINT_BEFORE.sub("", title))
    return bare if bare.strip() else title


def strip_site_suffix(title: str, keys: SiteKeys = frozenset()) -> str:
    """``Headline | Site`` or ``Site - Headline`` -> ``Headline``: the segments naming the site cut off, then
    of the parts left between bars or guillemets the longest that does not read like a site's name ("Four
    Years Remaining » Blog Archive » Interning of Small Integers"; "Council approves budget | Otago Daily
    Times Online News", where the site's name is the longer). A dash or a colon no known site name follows
    is the headline's own ("Storm hits coast – what you need to know"): its longest part had been kept,
    "what you need to know"."""
    parts = [part.strip() for part in _SITE_SEPARATORS.split(strip_site_name(title, keys))]
    headlines = [part for part in parts if not reads_like_site(part)]
    # When every part reads like a site ("Times Square reopens | Otago Daily Times"), the first: "Headline | Site".
    return _without_site_like_ends(max(headlines, key=len) if headlines else parts[0])


SITE_LIKE_WORDS = 5


def _without_site_like_ends(title: str) -> str:
    """``title`` without a last (or first) part after a dash or colon that reads like a site's name: one named
    as sites are ("Pool closes for winter - Whanganui Chronicle Online"), however long, or a few words, each
    capitalised, shorter than the rest ("Headline - European Championships Munich 2022"); "… – what you need
    to know" and "… - France v New Zealand" stay, as does a first part with a digit ("Covid-19 - latest
    news")."""
    parts = _TITLE_SEPARATORS.split(title)
    while len(parts) >= 3:
        if reads_like_site(parts[-1]) or _site_like(parts[-1]) and len(" ".join(parts[:-2])) >= len(parts[-1]):
            parts = parts[:-2]
        elif _ends_like_site(parts[0]) or _site_like(parts[0]) and not any(c.isdigit() for c in parts[0]) \
                and len(" ".join(parts[2:])) > len(parts[0]):
            parts = parts[2:]
        else:
            break
    return "".join(parts).strip()


def _site_like(part: str) -> bool:
    """A few words, each starting with a capital or a digit, or a host name: how sites name themselves."""
    words = part.split()
    return (0 < len(words) <= SITE_LIKE_WORDS and all(word[0].isupper() or word[0].isdigit() for word in words)) or (
        len(words) == 1 and "." in part.strip(".") and part.strip(".").split(".")[-1].isalpha())


def _ends_like_site(part: str) -> bool:
    """True for a first part that reads like a site and ends in a site word ("Otago Daily Times - Headline"):
    one that starts with it may be a headline in title case ("Post Office Closes - Residents Angry")."""
    return reads_like_site(part) and part.split()[-1].casefold() in SITE_WORDS


# Words news sites put in their names ("Otago Daily Times Online News", "The Northern Advocate News Site").
SITE_WORDS = frozenset("""news online times herald post chronicle advocate daily radio site tribune gazette
    journal courier telegraph observer guardian express mirror standard examiner inquirer""".split())
# Small words inside a site's name that are not capitalised: "Times of India", "Mail & Guardian".
_NAME_JOINERS = frozenset("of the and & on de la".split())


def reads_like_site(part: str) -> bool:
    """True for a title part named as news sites name themselves: a few capitalised words, one a site word
    ("Whanganui Chronicle Online", "NZ Herald"), or a host name ("nzherald.co.nz")."""
    words = part.split()
    if len(words) == 1 and _site_like(part) and "." in part.strip("."):
        return True
    named = all(word[0].isupper() or word[0].isdigit() or word.casefold() in _NAME_JOINERS for word in words)
    return 0 < len(words) <= SITE_LIKE_WORDS and named and any(word.casefold() in SITE_WORDS for word in words)


def strip_site_name(title: str, keys: SiteKeys, near: bool = True) -> str:
    """``title`` without the segments that name the site, and what follows them (a motto):
    "Floods close SH2 | The Wairarapa Times-Age" -> "Floods close SH2"; "Site - Headline" and "Site: Headline"
    -> "Headline".

    Only a known name is cut: "Floods close SH2 - Opinion" and "Kim Jong Un: Der Diktator ist zurück"
    stay whole. A headline given twice ("A | A | Site") is given once.
    """
    prefix, colon, rest = title.partition(": ")
    if colon and rest.strip() and names_site(prefix, keys, near):  # Blogger's "Marsh Notes: Bitterns booming again"
        title = rest
    pieces = _TITLE_SEPARATORS.split(squeezed(title))
    segments = pieces[::2]
    site = [n for n, segment in enumerate(segments) if names_site(segment, keys, near)]
    if not site:
        return without_unspaced_site(_once(pieces), keys, near)
    if len(site) == len(segments):
        return _once(pieces)
    if site[0] > 0:
        return _once(pieces[: 2 * site[0] - 1])
    start = next(n for n in range(len(segments)) if n not in site)
    end = next((n for n in site if n > start), len(segments))
    return _once(pieces[2 * start: 2 * end - 1])


# Chinese and Japanese titles set the site's name off with no space: "NHKニュース｜子どもの事件", "毕业典礼_新华网".
_UNSPACED_SEPARATORS = re.compile(r"(?<=\S)([|｜_\-—])(?=\S)")


def without_unspaced_site(title: str, keys: SiteKeys, near: bool = True) -> str:
    """A title in a script written without spaces (Chinese, Japanese) without the site's name at its start or its
    end, set off by a bar, an underscore or a dash with no space ("NEWS WEB EASY|子どもの事件が続く" -> "子どもの事件が
    続く"); only a known name is cut, and only from such a title ("Stuff-up at council" stays whole)."""
    if not has_unspaced(title):
        return title
    pieces = _UNSPACED_SEPARATORS.split(title)
    if len(pieces) >= 3 and names_site(pieces[-1], keys, near):
        pieces = pieces[:-2]
    if len(pieces) >= 3 and names_site(pieces[0], keys, near):
        pieces = pieces[2:]
    rest = "".join(pieces).strip()
    return rest if has_unspaced(rest) else title


_END_SEPARATORS = frozenset("| - – —".split())  # before a site's name that ends a headline; not ":" or "/"


def strip_site_end(title: str, keys: SiteKeys) -> str:
    """A headline from structured data (an export's, a feed's) without the site's name: the segments that
    name the site (see strip_site_name), and a last part after a bar or a dash named as sites are ("Council
    approves budget | Otago Daily Times Online News"). Aggregators append the outlet so (NewsAPI, Google News),
    by its name: a segment only near it is the headline's ("Boris Johnson - the Telegraph years")."""
    title = strip_site_name(title, keys, near=False)
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) >= 3 and parts[-2].strip() in _END_SEPARATORS and reads_like_site(parts[-1]):
        return "".join(parts[:-2]).strip()
    return title


def _once(pieces: list[str]) -> str:
    """Segments and separators joined, a headline given twice in a row given once."""
    segments = pieces[::2]
    if len(segments) > 1 and len({segment.casefold() for segment in segments}) == 1:
        return segments[0].strip()
    return "".join(pieces).strip()


# A title's separators, a colon after a word too ("Marsh Notes: …"), with the part they part off.
_AROUND = rf"(?:\s+(?:{_SEPARATOR_MARKS})|\s*:)\s+"
_SEPARATED_AFTER = re.compile(rf"^{_AROUND}(\S.*)$")
_SEPARATED_BEFORE = re.compile(rf"^(.*\S){_AROUND}$")


def title_around(title: str, headline: str) -> str | None:
    """The rest of a title tag that is ``headline`` and one more part, a separator between (``_AROUND``, a colon
    too): "Marsh Notes" of "Marsh Notes: Bitterns booming again" around an hAtom entry's title, the blog's name
    as Blogger's classic template writes it; None when the title is not so made."""
    title, headline = " ".join(title.split()), " ".join(headline.split())
    folded, wanted = title.casefold(), headline.casefold()
    if not wanted or folded == wanted:
        return None
    if folded.startswith(wanted) and (after := _SEPARATED_AFTER.match(title[len(headline):])):
        return after.group(1)
    if folded.endswith(wanted) and (before := _SEPARATED_BEFORE.match(title[:-len(headline)])):
        return before.group(1)
    return None
