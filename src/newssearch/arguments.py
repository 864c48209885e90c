"""What the Python API accepts for each parameter: its type and, for numbers, the range the CLI allows too.

One table, checked by one function: a caller who passes ``limit="5"`` or ``snippet_chars=-5`` gets a
NewsSearchError naming the parameter and what it takes, never a TypeError from deep inside Whoosh.
Values are not converted: a string is not read as a number, so what is accepted is what is documented.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import config
from .errors import InvalidArgument, NewsSearchError


@dataclass(frozen=True)
class Rule:
    """What one parameter takes: ``accepts`` tells a value of the right type, ``said`` names that type for a
    message; ``low``/``high`` bound a number (None: no bound); ``optional`` lets None through."""

    accepts: Callable[[object], bool]
    said: str
    low: float | None = None
    high: float | None = None
    optional: bool = False


def _of(*kinds: type) -> Callable[[object], bool]:
    """A test for a value of one of ``kinds``; True and False are no numbers (``limit=True`` is a mistake)."""
    numeric = any(kind in (int, float) for kind in kinds)
    return lambda value: isinstance(value, kinds) and not (numeric and isinstance(value, bool))


_TEXT = Rule(_of(str), "a str")
_INT = _of(int)
_FLAG = Rule(_of(bool), "True or False")
_DATE = Rule(_of(str, date), "a str such as '2020-06' or '2w', a date or a datetime", optional=True)
_PATH = _of(str, os.PathLike)
_CALLBACK = Rule(callable, "a function", optional=True)

RULES: dict[str, Rule] = {
    "text": _TEXT,
    "article_id": _TEXT,
    "match": _TEXT,
    "sort": _TEXT,
    "by": _TEXT,
    "limit": Rule(_INT, "an int", *config.LIMIT_RANGE),
    "page": Rule(_INT, "an int", 1),
    "snippet_chars": Rule(_INT, "an int", *config.SNIPPET_CHARS_RANGE),
    "fragments": Rule(_INT, "an int", *config.FRAGMENTS_RANGE),
    "since": _DATE,
    "until": _DATE,
    "around": _DATE,
    "recent": _FLAG,
    "facets": _FLAG,
    "group_copies": _FLAG,
    "rebuild": _FLAG,
    "corpus": Rule(_PATH, "a str or a path", optional=True),
    "index_dir": Rule(_PATH, "a str or a path", optional=True),
    "workers": Rule(_INT, "an int", *config.WORKERS_RANGE, optional=True),
    "lock_timeout": Rule(lambda value: _of(int, float)(value) and value == value, "a number of seconds", 0),  # NaN != NaN
    "progress": _CALLBACK,
    "on_wait": _CALLBACK,
}


def check_arguments(error: type[NewsSearchError] = InvalidArgument, **values: object) -> None:
    """Raise ``error`` naming the first of ``values`` (parameter name: value) that its rule in RULES refuses."""
    for name, value in values.items():
        problem = _problem(RULES[name], value)
        if problem:
            raise error(f"{name} must be {problem}")


def _problem(rule: Rule, value: object) -> str | None:
    """What is wrong with ``value`` under ``rule`` (the end of a message), or None when nothing is."""
    if value is None and rule.optional:
        return None
    if not rule.accepts(value):
        return f"{rule.said}, not {type(value).__name__} ({_shown(value)})"
    if rule.low is not None and value < rule.low or rule.high is not None and value > rule.high:  # type: ignore[operator]
        return f"{_range(rule)}, not {value}"
    return None


def _range(rule: Rule) -> str:
    """``between 40 and 5000``, or ``at least 1``."""
    if rule.high is None:
        return f"at least {_number(rule.low)}"
    return f"between {_number(rule.low)} and {_number(rule.high)}"


def _number(value: float | None) -> str:
    """``5000``, ``1000000`` (not ``1e+06``), ``0.5``."""
    if value is None:  # a rule bounded above only: no rule is, yet
        return "any"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _shown(value: object, most: int = 40) -> str:
    """``value`` as Python writes it, cut to ``most`` characters and one line, for a message."""
    text = repr(value)
    return text if len(text) <= most else text[: most - 1] + "…"
