"""What a query with a boost typed as letters (``blair^x``) finds without it: the parser reads such a caret as
punctuation, the phrase "blair x", which finds nothing."""

from __future__ import annotations

from collections.abc import Callable

from .errors import as_typed
from .lucene import outside_quotes
from .startup import lazy_compile

# blair^x: a boost typed as letters, which the parser reads as punctuation, the phrase "blair x" (README's x^y)
_LETTERED_BOOST = lazy_compile(r"(\w+)\^[^\W\d_][^\s()\"]*")


def boost_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What to say when a query with a boost typed as letters (``blair^x``, read as the phrase "blair x") found
    nothing: that a boost is a number, and what the query without it finds; None when that finds nothing too."""
    boosted = _LETTERED_BOOST.search(text) if "^" in text else None
    if boosted is None:
        return None
    without = outside_quotes(text, lambda part: _LETTERED_BOOST.sub(r"\1", part)).strip()
    found = count(without, match) if without != text.strip() else 0  # (a caret in quotes is the phrase's)
    return (f"a ^ after a word takes a number, its boost ({boosted.group(1)}^2): {as_typed(without)} finds {found:,}"
            if found else None)
