"""The headline of a page: which h1 is it, and which part of its <title> names the site."""

from __future__ import annotations

import re

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")


def pick_h1(h1s: list[str], headlines: list[str], references: list[str]) -> str | None:
    """The h1 that agrees with another title source, else a lone headline-sized h1 in the article."""
    ref_words = [set(_words(r)) for r in references]
    for h1 in h1s:
        words = set(_words(h1))
        if words and any(len(words & ref) >= max(0.6 * len(words), 0.4 * len(ref)) for ref in ref_words):
            return h1
    long_ones = [h for h in headlines if len(h.split()) >= 4]
    return long_ones[0] if len(long_ones) == 1 else None


_LABEL_WORDS = 4
_LABEL_MARK = "|–—-·»"


def without_label(h1: str, references: list[str]) -> str:
    """An h1 that wraps the headline in a section label ("Politics | Headline", "Open ProgressHeadline")
    is the headline the page's own title tags give, without the label."""
    text = " ".join(h1.split())
    for reference in references:
        wanted = " ".join(reference.split())
        found = re.search(re.escape(wanted), text, re.IGNORECASE) if len(wanted.split()) >= 3 else None
        if found is None or len(wanted) >= len(text):
            continue
        before, after = text[:found.start()], text[found.end():]
        if len(re.findall(r"\w+", before + " " + after)) <= _LABEL_WORDS and _marked(before, after):
            return found.group()
    return h1


def _marked(before: str, after: str) -> bool:
    """True when each label is set off by a separator or glued on without a space (two page elements)."""
    before_ok = not before or before.rstrip()[-1:] in _LABEL_MARK or not before[-1].isspace()
    after_ok = not after or after.lstrip()[:1] in _LABEL_MARK or not after[0].isspace()
    return before_ok and after_ok


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def strip_site_suffix(title: str) -> str:
    """``Headline | Site`` or ``Site - Headline`` -> ``Headline`` (the longest segment)."""
    parts = _TITLE_SEPARATORS.split(title.strip())
    return max(parts, key=len).strip() if len(parts) > 1 else title.strip()
