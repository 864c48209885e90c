"""Fingerprints of article text: the key that marks syndicated copies of one story."""

from __future__ import annotations

import hashlib
import re

from .textanalysis import fold

KEY_WORDS = 120   # words of the body compared
MIN_WORDS = 25    # shorter bodies are too generic to call copies
_WORD = re.compile(r"\w+")


def copy_key(body: str) -> str | None:
    """A fingerprint of the body's opening words, or None when the body is too short to tell."""
    words = [fold(w) for w in _WORD.findall(body[: KEY_WORDS * 20].lower())[:KEY_WORDS]]
    if len(words) < MIN_WORDS:
        return None
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:20]
