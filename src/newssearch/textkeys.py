"""Fingerprints of article text: the keys that mark syndicated copies of one story.

A wire story run by several outlets is rarely byte-for-byte the same: one adds a dateline, another
changes a word, a third cuts the last paragraphs. So a body is not one key but several: each run of
RUN consecutive sentences of its opening is hashed. Copies share most runs; two different stories
share none unless they open with the same three long sentences in a row.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from .datelines import without_dateline
from .textanalysis import fold, unspaced_count

SENTENCE_WORDS = 6   # a shorter sentence (a caption, "Photo: Supplied") is not compared
# Sentences of the opening compared: copies share their lede, while different stories on one subject
# may share a background paragraph further down (BBC News: 12 sentences merged 9 such pairs, 6 none).
KEY_SENTENCES = 6
RUN = 3              # consecutive sentences hashed into one key
SCAN_CHARS = 10_000  # the opening looked at: enough for KEY_SENTENCES sentences
KEY_WORDS = 120      # a body with fewer than RUN sentences: its first words make its one key ...
MIN_WORDS = 25       # ... when it has this many (shorter bodies are too generic to call copies)
_NON_WORD = re.compile(r"\W+")
_NON_ASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")
_ASCII_NON_WORD = {c: " " for c in range(128) if not re.match(r"\w", chr(c))}
# Chinese and Japanese end a sentence with a full-width stop and no space after it.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|(?<=[。！？])[”」』）]*\s*")


def copy_keys(body: str) -> tuple[str, ...]:
    """The keys copies of ``body`` share: one per run of RUN sentences, or one for a short body, or none.

    Case, diacritics, punctuation and spacing are set aside, so re-typeset copies share every key.
    """
    opening = without_dateline(body[:SCAN_CHARS])  # "LONDON (Reuters) - " added by one copy, or another one
    sentences: list[str] = []
    for sentence in _sentences(opening):
        if _word_count(sentence) >= SENTENCE_WORDS:
            sentences.append(sentence)
            if len(sentences) == KEY_SENTENCES:
                break
    if len(sentences) >= RUN:
        runs = (" | ".join(sentences[i : i + RUN]) for i in range(len(sentences) - RUN + 1))
        return tuple(dict.fromkeys(_digest(run) for run in runs))
    words = _normal(opening[: KEY_WORDS * 20]).split()[:KEY_WORDS]
    return (_digest(" ".join(words)),) if len(words) >= MIN_WORDS else ()


def _sentences(text: str) -> Iterator[str]:
    """The normalised sentences of ``text``, in order (empty ones left out)."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        sentence = _normal(text[start : end.start()])
        start = end.end()
        if sentence:
            yield sentence
    last = _normal(text[start:])
    if last:
        yield last


def _word_count(sentence: str) -> int:
    """Words in a normalised sentence; Chinese or Thai have no spaces, so two of their letters count as a word."""
    return sentence.count(" ") + 1 + unspaced_count(sentence) // 2


def _normal(text: str) -> str:
    """Lower-case words with single spaces between, diacritics folded."""
    if text.isascii():  # the same as the regex below, without it: str methods run in C
        return " ".join(text.lower().translate(_ASCII_NON_WORD).split())
    flat = _NON_WORD.sub(" ", text.lower()).strip()
    return flat if flat.isascii() else _NON_ASCII_WORD.sub(lambda word: fold(word.group()), flat)


def _digest(text: str) -> str:
    """A short stable hash (not Python's hash(), which changes from run to run)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
