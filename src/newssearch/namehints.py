"""What an author's or a publisher's name typed after its field without its quotes finds quoted: ``author:Tom Roe``
searches author:Tom and the word Roe in the title and the text, where a byline's name seldom is, so it finds nothing,
while ``author:"Tom Roe"`` finds his articles."""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import as_typed
from .querytext import normalize
from .schema import AUTHOR, FIELD_ALIASES, SOURCE

_NAME_FIELDS = "|".join(sorted({AUTHOR, SOURCE, *FIELD_ALIASES[AUTHOR], *FIELD_ALIASES[SOURCE]}, key=len, reverse=True))
_PART = r"[^\W\d_][\w.'-]*"  # a word of a name: Tom, O'Brien, Jean-Paul, St.
# A name field's one word, and the plain words after it (at most three: a name is seldom longer)
_UNQUOTED_NAME = re.compile(rf"(?<![\w:])((?i:{_NAME_FIELDS})):({_PART})((?: {_PART}){{1,3}})(?=[\s()]|$)")
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO"})


def quoted_name_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``text``, which found nothing, finds with the words after its first name field's word quoted with it, the
    most of them that find something (``author:Tom Roe ferry``: ``author:"Tom Roe" ferry``); None when none is found
    so, or it has no such field outside quotes."""
    typed = normalize(text)
    if typed.count('"') % 2:
        return None
    # the first name field only: each more would multiply the counts
    name = next((m for m in _UNQUOTED_NAME.finditer(typed) if typed.count('"', 0, m.start()) % 2 == 0), None)
    if name is None:
        return None
    field, first, rest = name.groups()
    words = rest.split()
    parts = next((i for i, word in enumerate(words) if word in _OPERATORS), len(words))  # "author:Tom OR Roe"
    for size in range(parts, 0, -1):
        spelled = " ".join([f'{field}:"{" ".join([first, *words[:size]])}"', *words[size:]])
        rebuilt = typed[:name.start()] + spelled + typed[name.end():]
        if found := count(rebuilt, match):
            return (f"{field}:{first} takes one word, the words after it are searched in the text: "
                    f"{as_typed(rebuilt)} finds {found:,}")
    return None
