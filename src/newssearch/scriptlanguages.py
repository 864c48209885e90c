"""A text's language told by its script, where the script is one language's: Japanese kana, Korean Hangul, Thai,
Hebrew, Greek, Georgian… (as CLD and Lucene's guessers tell them before any word list), and Chinese by Han
ideographs without kana or Hangul (Korean writes hanja among Hangul). A script several languages write (Latin,
Cyrillic, Arabic, Devanagari) tells none."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache

# (first, last, language) of each script's letters; "kana" and "han" are told apart after counting (Japanese writes
# both, Chinese only Han). Yiddish also writes Hebrew letters, rarely in news.
_SCRIPTS = sorted((
    (0x0370, 0x03FF, "el"), (0x1F00, 0x1FFF, "el"), (0x0530, 0x058F, "hy"), (0x0590, 0x05FF, "he"),
    (0x0980, 0x09FF, "bn"), (0x0A00, 0x0A7F, "pa"), (0x0A80, 0x0AFF, "gu"), (0x0B80, 0x0BFF, "ta"),
    (0x0C00, 0x0C7F, "te"), (0x0C80, 0x0CFF, "kn"), (0x0D00, 0x0D7F, "ml"), (0x0D80, 0x0DFF, "si"),
    (0x0E00, 0x0E7F, "th"), (0x0E80, 0x0EFF, "lo"), (0x1000, 0x109F, "my"), (0x10A0, 0x10FF, "ka"),
    (0x1100, 0x11FF, "ko"), (0x1200, 0x137F, "am"), (0x1780, 0x17FF, "km"), (0x3040, 0x30FF, "kana"),
    (0x3130, 0x318F, "ko"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xAC00, 0xD7AF, "ko"),
    (0xFF66, 0xFF9F, "kana"),
))
_STARTS = [first for first, _, _ in _SCRIPTS]


# A character of any of those scripts, counted in C: a text with too few is told by none, unread letter by letter
# (a BBC text in English had taken 0.8 ms, 1.7 s of a BBC News build).
@cache
def _in_scripts() -> re.Pattern[str]:
    """The pattern compiled on first need (a text not all ASCII): its ranges took 3-5 ms of every start-up."""
    return re.compile("[" + "".join(f"{chr(first)}-{chr(last)}" for first, last, _ in _SCRIPTS) + "]")


SAMPLE = 2000  # characters: a text's opening, which tells its script
MIN_LETTERS = 30  # fewer letters tell no language: a name or a quoted phrase
MIN_SHARE = 0.6  # of a text's letters, in the one script
KANA_SHARE = 0.05  # of its Han and kana letters, that makes a text Japanese: a headline may be all kanji


def _script(char: str) -> str | None:
    """The language (or "kana", "han") of the script ``char`` is a letter of; None for any other."""
    code = ord(char)
    at = bisect_right(_STARTS, code) - 1
    return _SCRIPTS[at][2] if at >= 0 and code <= _SCRIPTS[at][1] else None


def has_script_letters(text: str) -> bool:
    """Whether ``text``'s opening (``SAMPLE`` characters, those ``script_language`` reads) holds a letter of a script
    it tells a language by; without one, it tells none."""
    sample = text[:SAMPLE]
    return not sample.isascii() and _in_scripts().search(sample) is not None


def script_language(text: str) -> str | None:
    """The language whose script most of ``text``'s letters are in (``"th"``), when the script is one language's."""
    sample = text[:SAMPLE]
    if sample.isascii() or len(_in_scripts().findall(sample)) < MIN_SHARE * MIN_LETTERS:
        return None  # no script can hold MIN_SHARE of MIN_LETTERS letters or more
    letters = [char for char in sample if char.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    counts = Counter(_script(char) for char in letters)
    if (cjk := counts["han"] + counts["kana"] + counts["ko"]) >= MIN_SHARE * len(letters):
        return _east_asian(counts["kana"], counts["ko"], cjk)
    script, count = max(((s, n) for s, n in counts.items() if s not in (None, "han", "kana")),
                        key=lambda item: item[1], default=(None, 0))
    return script if count >= MIN_SHARE * len(letters) else None


def _east_asian(kana: int, hangul: int, cjk: int) -> str:
    """Japanese or Korean by the letters only it writes beside Han ideographs (a headline's hanja among Hangul is
    Korean, a Korean name quoted in Hangul among kana Japanese), else Chinese."""
    own, lang = max((kana, "ja"), (hangul, "ko"))
    return lang if own >= KANA_SHARE * cjk else "zh"
