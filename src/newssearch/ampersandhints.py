"""What an initialism typed with its "&" finds written another way, when as typed it finds nothing or far less: the
wires write AT&T "ATT", S&P "S/P" and Texas A&M "A and M" (Reuters-21578: 56 stories find ATT, one AT&T; 156 S/P,
two S&P). The query keeps its hits and their ranking; a note names the form that finds far more, and how many: a form
meaning what was typed first (joined, or spelled with "and"), a slashed one last and only as a word of its own, since
a slash is as often a name's ("M/A-Com", a company: Reuters' every "M/A", which M&A had been said to be written).

Only an initialism's "&" (ampersands.is_initialism: "AT&T", "R & D", "PSE&G") is tried, not words joined by one
("Fisher & Paykel", which a phrase finds either way), and at most MAX_TRIED of them, each form a search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .ampersands import is_initialism
from .errors import as_typed
from .schema import BODY, TITLE
from .startup import lazy_compile

# An initialism's "&", spaced or not, between letters alone ("AT&T", "AT & T"; not "A1&B")
_INITIALISM = lazy_compile(r"(?<![\w&/])([^\W\d_]+)([^\S\n]*)&([^\S\n]*)([^\W\d_]+)(?![\w&/])")
MAX_TRIED = 2  # initialisms of a query tried, each in three forms: a pasted paragraph's are not searched one by one
# A form is named when it finds this many times as many articles as the query typed (AT&T 1, ATT 56 on Reuters): one
# finding a few more is the same articles' other spelling, not the one they write
FAR_MORE = 5
# A query finding more than this many articles as typed is taken to be written as the articles write it: its forms
# are not searched, each a search of its own (on Reuters, "AT/T" 16 ms, "AT and T" 34: a phrase of single letters and
# "and" reads many articles), which a query finding AT&T's one story or S&P's two pays for
FEW_FOUND = 3
# Letters of an initialism tried joined: ATT, PSEG; two joined are another abbreviation as often (A&M's "AM", M&S's
# "MS": BBC's Ms, 109 articles; M&A's "MA")
MIN_JOINED = 3
# How many articles a query text finds under a match mode (``notices.Count``); and of those, how many write a form as
# a word of its own (``written_alone``)
Count = Callable[[str, str], int]
Alone = Callable[[str, str, str], int]


def ampersand_notice(text: str, match: str, total: int, count: Count, alone: Alone | None = None) -> str | None:
    """What ``text`` (finding ``total`` articles) finds with an initialism's "&" written as the articles write it,
    joined ("ATT"), spelled ("A and M", quoted outside a phrase) or slashed ("S/P"), counted by ``count``: the first
    of those, in that order (the forms meaning what was typed first), finding FAR_MORE times ``total`` or more (any,
    for a query that found nothing); else None. A slashed form counts only the articles writing it as a word of its
    own (``alone``), not as the start of a name joined on by a hyphen: "M/A" in "M/A-Com". Not tried for a query
    finding over FEW_FOUND articles.
    """
    if "&" not in text or total > FEW_FOUND:
        return None
    for initialism in [m for m in _INITIALISM.finditer(text) if _is_initialism(m)][:MAX_TRIED]:
        quoted = text.count('"', 0, initialism.start()) % 2 == 1  # inside a phrase: spelled without quotes of its own
        for form in _forms(initialism.group(1), initialism.group(4), quoted):
            retyped = text[:initialism.start()] + form + text[initialism.end():]
            found = count(retyped, match)
            if found and "/" in form and alone is not None:
                found = alone(retyped, match, form)
            if found and found >= FAR_MORE * total:
                return f"{initialism.group()} is also written {form}: {as_typed(retyped.strip())} finds {found:,}"
    return None


def written_alone(reader, matched: Callable[[str, str], Collection[int]], text: str,  # type: ignore[no-untyped-def]
                  match: str, form: str) -> int:
    """Of the articles ``text`` finds under ``match`` (``matched``: their numbers), how many write ``form`` in their
    title or body as a word of its own: not joined by a hyphen to a word after or before it, as "M/A" in "M/A-Com"."""
    alone = re.compile(rf"(?<![\w&/-]){re.escape(form)}(?![\w&/]|-\w)", re.IGNORECASE)
    found = 0
    for docnum in matched(text, match):
        fields = reader.stored_fields(docnum)
        found += any(alone.search(str(fields.get(field) or "")) for field in (TITLE, BODY))
    return found


def _is_initialism(match: re.Match[str]) -> bool:
    """Whether the "&" of ``match`` (an ``_INITIALISM``) is an initialism's, as the query reads it (ampersands.py)."""
    return is_initialism(match.group(1), match.group(4), not match.group(2) and not match.group(3))


def _forms(left: str, right: str, quoted: bool) -> list[str]:
    """The initialism ``left``&``right`` joined (of MIN_JOINED letters or more), spelled with "and" (in quotes unless
    ``quoted``) and slashed."""
    spelled = f"{left} and {right}"
    joined = [left + right] if len(left + right) >= MIN_JOINED else []
    return [*joined, spelled if quoted else f'"{spelled}"', f"{left}/{right}"]
