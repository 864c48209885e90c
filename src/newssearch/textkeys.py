"""Fingerprints of article text: the keys that mark syndicated copies of one story.

A wire story run by several outlets is rarely byte-for-byte the same: one adds a dateline, another
changes a word, a third cuts the last paragraphs. So a body is not one key but several: each run of
RUN consecutive sentences of its opening is hashed. Copies share most runs; two different stories
share none unless they open with the same three long sentences in a row, as a publisher's standard note
on top of each story does: so a shared run that opens both and is followed by different text in both makes
copies only with a second one (``same_story``). A story of fewer than six sentences is also keyed by each of its
first two sentences (``index_keys``): a word corrected in a story of three leaves it no run in common with its copy,
which then shares one of those two and nearly all its words and numbers (``texts_alike``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence

from .datelines import without_dateline
from .folding import fold
from .startup import lazy_compile
from .unspaced import unspaced_count

SENTENCE_WORDS = 6   # a shorter sentence (a caption, "Photo: Supplied") is not compared
# Sentences of the opening compared: copies share their lede, while different stories on one subject
# may share a background paragraph further down (BBC News: 12 sentences merged 9 such pairs, 6 none).
KEY_SENTENCES = 6
RUN = 3              # consecutive sentences hashed into one key
# Sentences hashed: beyond the lede, runs only confirm a shared one (a paragraph of up to three sentences
# inserted after the lede's first run still leaves a second run in common).
COMPARED_SENTENCES = 9
LEDE_RUNS = KEY_SENTENCES - RUN + 1       # the first keys: those of the lede
# Sentences of their own above the text two articles share that make it a footer or background, not the story (a
# copy opens with the story, or with a note of one sentence on top of it).
OWN_OPENING = 2
MOST_RUNS = COMPARED_SENTENCES - RUN + 1  # an article with fewer keys ended before the sentences compared
SCAN_CHARS = 10_000  # the opening looked at: enough for COMPARED_SENTENCES sentences
KEY_WORDS = 120      # a body with fewer than RUN sentences: its first words make its one key ...
MIN_WORDS = 25       # ... when it has this many (shorter bodies are too generic to call copies)
SENTENCE_KEYS = 2  # sentences of a short story keyed one by one: a word corrected leaves one of the two as it was
SENTENCE_KEY = "s"  # marks a sentence's key among an article's keys (a digest is hexadecimal: never an "s")
ADDRESS_KEY = "u"  # marks its address's key (``storyaddress``), the last of its keys
_MARKED = (SENTENCE_KEY, ADDRESS_KEY)
_NON_WORD = lazy_compile(r"\W+")
_NON_ASCII_WORD = lazy_compile(r"(?<!\S)\S*[^\x00-\x7f]\S*")  # from a word's start only: read once, not from each letter
_ASCII_NON_WORD = {c: " " for c in range(128) if not re.match(r"\w", chr(c))}
# Chinese and Japanese end a sentence with a full-width stop and no space after it.
_SENTENCE_END = lazy_compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|(?<=[。！？])[”」』）]*\s*")
# A full stop after these is not a sentence's end: titles before a name, months before a day ("Mr. Greenspan",
# "Jan. 5"); one outlet writes them with the stop, another without.
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "prof", "lt", "col", "sgt",
                            "jan", "feb", "aug", "sept", "oct", "nov", "dec"})
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "U.S" or "J" before a full stop
_DOTTED = lazy_compile(r"(?<!\w)[^\W\d_](?:\.[^\W\d_])+\.?(?!\w)")  # "U.S.", "a.m.": read as "US", "am"
_LEADING = "\"'“‘([«"


def copy_keys(body: str) -> tuple[str, ...]:
    """The keys copies of ``body`` share: one per run of RUN sentences in order, or one for a short body, or none.

    Case, diacritics, punctuation and spacing are set aside, so re-typeset copies share every key; so are the
    stops of initials and abbreviations ("U.S." and "US", "Mr." and "Mr"), which end no sentence.
    """
    return _run_keys(*_compared(body))


def index_keys(body: str) -> tuple[str, ...]:
    """What the index holds of ``body`` to find its copies: its ``copy_keys``, then, for a short story (fewer than
    KEY_SENTENCES sentences), a key of each of its first two sentences (``sentence_keys``): a word corrected in any
    sentence of a story of three leaves it no run in common with its copy, but one of those two."""
    opening, sentences = _compared(body)
    short = sentences[:SENTENCE_KEYS] if len(sentences) < KEY_SENTENCES and _long_enough(opening) else []
    return _run_keys(opening, sentences) + tuple(SENTENCE_KEY + _digest(sentence) for sentence in short)


def run_keys(keys: Sequence[str]) -> Sequence[str]:
    """The ``copy_keys`` among an article's ``index_keys`` (and its address's key)."""
    return keys if not keys or keys[-1][0] not in _MARKED else [k for k in keys if k[0] not in _MARKED]


def sentence_keys(keys: Sequence[str]) -> list[str]:
    """The keys of a short story's sentences among its ``index_keys``."""
    return [key for key in keys if key[0] == SENTENCE_KEY]


def address_keys(keys: Sequence[str]) -> list[str]:
    """The key of an article's address among its keys (``storyaddress``): the last, or none."""
    return [keys[-1]] if keys and keys[-1][0] == ADDRESS_KEY else []


def _compared(body: str) -> tuple[str, list[str]]:
    """``body``'s opening, its dateline left out ("LONDON (Reuters) - " added by one copy, or another one), and the
    normalised sentences of it that are compared (SENTENCE_WORDS or more, the first COMPARED_SENTENCES)."""
    opening = without_dateline(body[:SCAN_CHARS])
    sentences: list[str] = []
    for sentence in _sentences(opening):
        if _word_count(sentence) >= SENTENCE_WORDS:
            sentences.append(sentence)
            if len(sentences) == COMPARED_SENTENCES:
                break
    return opening, sentences


def _long_enough(opening: str) -> bool:
    """Whether a text has MIN_WORDS words (a shorter one, "Qtly div 20 cts vs 20 cts previously", is too generic to
    call copies)."""
    return len(opening[: MIN_WORDS * 20].split()) >= MIN_WORDS


def _run_keys(opening: str, sentences: list[str]) -> tuple[str, ...]:
    """One key per run of RUN ``sentences``, or with fewer of them one of the opening's first words (or none)."""
    if len(sentences) >= RUN:
        return tuple(_digest(" | ".join(sentences[i : i + RUN])) for i in range(len(sentences) - RUN + 1))
    words = _key_text(opening[: KEY_WORDS * 20]).split()[:KEY_WORDS]
    return (_digest(" ".join(words)),) if len(words) >= MIN_WORDS else ()


def _every_key(key: str) -> bool:
    """Any key may make copies (``same_story`` without an index to tell boilerplate by)."""
    return True


def _unlike() -> bool:
    """No word of the two texts compared (``same_story`` without the texts)."""
    return False


def _openings_unlike(sentences: int, other_sentences: int) -> bool:
    """No word of the two openings compared (``same_story`` without the texts)."""
    return False


def same_story(keys: Sequence[str], other: Sequence[str], counts: Callable[[str], bool] = _every_key,
               alike: Callable[[], bool] = _unlike,
               openings_alike: Callable[[int, int], bool] = _openings_unlike) -> bool:
    """Whether two articles with these ``copy_keys`` are copies: they share a run of their ledes, and unless
    they share a second run, that run does not open both only to be followed by different text in both.

    That is a standard note of RUN sentences on top of two different stories. An editor's note on top of a
    copy, a paragraph inserted, the end cut or words changed further down leave a second run in common, or
    text before the shared run, or one of the two ending with it. ``counts`` says whether a key may make copies
    at all (boilerplate may not). When the one run opens both, ``alike`` tells a story rewritten below its lede (an
    update: the same words go on) from a note on top of two stories (``words_alike``). Shared text below
    openings of their own in both is a footer or background two stories carry, unless ``openings_alike`` (given
    how many sentences open each above it) says those openings are one text, a word changed (``opening_words``).
    """
    lede = other[:LEDE_RUNS]
    if not any(key in lede and counts(key) for key in keys[:LEDE_RUNS]):
        return False
    shared = {key for key in set(keys).intersection(other) if counts(key)}
    below = _below_own_openings(keys, other, shared)
    if below and not openings_alike(*below):
        return False
    if len(shared) > 1 or _ends_with(keys, shared) or _ends_with(other, shared):
        return True
    return not keys[0] == other[0] in shared or alike()  # not a note opening both, or the same words go on


def _below_own_openings(keys: Sequence[str], other: Sequence[str], shared: set[str]) -> tuple[int, int] | None:
    """How many sentences open each article above the text they share, when that may be a footer or a paragraph of
    background two stories carry rather than one story; else None.

    Both open with sentences the other lacks in its runs, OWN_OPENING or more in each, or the shared text also ends
    both (a footer under two short stories). A copy opens with the story, or with a note of one sentence on top of
    it; or with the same sentences as the other, a word changed (which the runs cannot tell: ``opening_words``).
    """
    first = min(at for at, key in enumerate(keys) if key in shared)
    first_other = min(at for at, key in enumerate(other) if key in shared)
    if not first or not first_other:
        return None
    ends_both = _ends_with(keys, shared) and _ends_with(other, shared)
    return (first, first_other) if min(first, first_other) >= OWN_OPENING or ends_both else None


def _ends_with(keys: Sequence[str], shared: set[str]) -> bool:
    """Whether an article's last run is one of ``shared`` and nothing follows it (it ended before the sentences
    compared ran out)."""
    return len(keys) < MOST_RUNS and keys[-1] in shared


def _sentences(text: str) -> Iterator[str]:
    """The normalised sentences of ``text``, in order (empty ones left out)."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if after_abbreviation(text, end.start()):
            continue
        sentence = _key_text(text[start : end.start()])
        start = end.end()
        if sentence:
            yield sentence
    last = _key_text(text[start:])
    if last:
        yield last


def after_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop just before ``end`` closes initials ("U.S.", "J.") or an abbreviation ("Mr.")."""
    if text[end - 1] != ".":
        return False
    before = text[max(0, end - 8) : end - 1]  # longer than any abbreviation or initials kept whole
    if not before or before[-1].isspace():
        return False
    word = before.split()[-1].lstrip(_LEADING)
    return bool(_INITIALS.fullmatch(word)) or word.lower() in _ABBREVIATIONS


def _key_text(text: str) -> str:
    """``text`` as keys compare it: initials without their stops ("U.S." as "US"), then ``_normal``."""
    if "." in text[:-1]:  # a stop before the sentence's own last one
        text = _DOTTED.sub(lambda initials: initials.group().replace(".", ""), text)
    return _normal(text)


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


SAME_WORDS = 0.5  # share of the smaller text's words below the shared lede over which two texts are one story
WORDS_CHARS = 20_000  # the text looked at for them
_WORD = lazy_compile(r"[^\W\d_]{4,}")


def text_words(body: str) -> frozenset[str]:
    """The words of four letters or more of ``body`` after its first run of sentences (what two texts opening with
    the same run go on to say), in lower case: what ``words_alike`` compares."""
    words: set[str] = set()
    opening = 0
    for sentence in _sentences(without_dateline(body[:WORDS_CHARS])):
        if opening < RUN:
            opening += _word_count(sentence) >= SENTENCE_WORDS
        else:
            words.update(_WORD.findall(sentence))
    return frozenset(words)


def opening_words(body: str, sentences: int) -> frozenset[str]:
    """The words of four letters or more of ``body``'s first ``sentences`` compared sentences (those ``copy_keys``
    hashes), in lower case: what two texts say above the text they share (``same_story``'s ``openings_alike``)."""
    words: set[str] = set()
    for sentence in _sentences(without_dateline(body[:SCAN_CHARS])):
        if sentences <= 0:
            break
        if _word_count(sentence) >= SENTENCE_WORDS:
            words.update(_WORD.findall(sentence))
            sentences -= 1
    return frozenset(words)


SAME_TEXT = 0.8  # share of the two texts' words (of either) in both over which two short stories are one text
# Numbers one of two short texts holds and the other lacks, at most, for one story: a figure corrected (one out, one
# in); a weekly report written to one pattern (a bill auction, the banks' rates) differs in its date and figures.
OTHER_NUMBERS = 2
_NUMBER = lazy_compile(r"\d+")


def all_words(body: str) -> frozenset[str]:
    """The words of four letters or more and the numbers of ``body``'s opening, its dateline too, in lower case: what
    ``texts_alike`` compares."""
    opening = body[:SCAN_CHARS].lower()
    return frozenset(_WORD.findall(opening)) | frozenset(_NUMBER.findall(opening))


def texts_alike(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two texts hold nearly the same words and the same numbers (``all_words``): one story, a word or a figure
    corrected, a sign-off dropped; not a brief and the long story (most of the long one's words are not in the
    brief), two stories sharing a sentence, or a weekly report and the next week's, in the same words."""
    either, both = words | other, words & other
    numbers = sum(word.isdigit() for word in either) - sum(word.isdigit() for word in both)
    return bool(either) and len(both) / len(either) >= SAME_TEXT and numbers <= OTHER_NUMBERS


def words_alike(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether what two texts say after the run they open with is the same story's (``text_words``): an update of
    a wire story keeps most of its words, even when it grows longer; two stories under one standard note share few."""
    smaller = min(len(words), len(other))
    return smaller > 0 and len(words & other) / smaller >= SAME_WORDS
