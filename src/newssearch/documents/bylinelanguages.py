"""The words of a byline, one list for every format (a page's box, a text's byline line, an export's author): those
that open one and join its names in any language ("By", Māori's "Nā"; "and", "rāua ko"), and those of bylines
written in German, French, Spanish, Portuguese, Dutch, Swedish, Norwegian, Danish, Catalan, Polish, Italian, Russian,
Hebrew, Arabic or Hindi ("Von", "Par", "di", "Автор:", "מאת:", "بقلم", "लेखक:"; "und", "et"), each read in its own
language only in a text or an export.

"Von Miller Signs" heads an English story, and "José Ortega y Gasset" is one Spanish name: a word is that
language's only in a story in it, and a joining word splits only names of two words or more on each side, as a
page's byline is split (``personnames.clean_authors``, where a box's words are read in any language).
"""

from __future__ import annotations

import re

from ..startup import lazy_compile

# Words that open a byline in a story in any language: English's "By", and Māori's "Nā", which with its macron
# is a word of no other language ("Nā Hemi Smith").
ANY_BYLINE_WORDS = ("By", "Nā")
# Words that join two names in a byline in any language: "and"; Māori's "rāua ko" of two people ("Hemi Smith rāua
# ko Aroha Walker"); an interview's "in conversation with" or "im Gespräch mit" (both people are its authors).
ANY_AND_WORDS = ("and", "rāua ko", "in conversation with", "im gespräch mit")
# Each language's word for "By" before a byline's names, and the languages it is that word in.
BYLINE_WORDS: dict[str, tuple[str, ...]] = {"Von": ("de",), "Par": ("fr",), "Por": ("es", "pt"), "Door": ("nl",),
                                            "Av": ("sv", "no"), "Af": ("da",)}  # "no": Bokmål and Nynorsk too
# Words for "By" read only in a text's or an export's story in their language, never in a page's box, where a
# byline is read in any language: Italian "di" is Indonesian's "in" too ("di Jakarta Selatan"); Russian's labels,
# Hebrew's "מאת" ("by"), Arabic's "بقلم" ("by the pen of"), Hindi's "लेखक" and Persian's "نویسنده" ("writer"), Greek's
# "Γράφει ο" ("writes"), Greek's genitive article, "of", before a name in the genitive ("Του Γιώργου Παπαδόπουλου",
# "Της Μαρίας Κ.", "Των" of two: as written, as a Greek surname may be a genitive in the nominative too, Κωνσταντίνου),
# Thai's "โดย" ("by") and "ผู้เขียน" ("writer"), and the "reporter" of Chinese and Japanese ("记者 张三", "記者
# 山田太郎"; see ``textbyline``) before a name; Korean writes its 기자 after the name (``textbyline``).
STORY_BYLINE_WORDS: dict[str, tuple[str, ...]] = {"di": ("it",), "Di": ("it",), "Автор": ("ru",), "Текст": ("ru",),
                                                  "מאת": ("he",), "بقلم": ("ar",), "लेखक": ("hi",),
                                                  "记者": ("zh",), "記者": ("zh", "ja"), "نویسنده": ("fa",),
                                                  "Γράφει ο": ("el",), "Γράφει η": ("el",),
                                                  **dict.fromkeys(("Του", "Της", "Των"), ("el",)),
                                                  "โดย": ("th",), "ผู้เขียน": ("th",)}
TEXT_BYLINE_WORDS = {**BYLINE_WORDS, **STORY_BYLINE_WORDS}  # every word for "By" a story's byline line may open with
# Each language's words for "and" between names ("y" is "e" in Spanish before a name starting with "I").
AND_WORDS: dict[str, tuple[str, ...]] = {"de": ("und",), "fr": ("et",), "es": ("y", "e"), "pt": ("e",), "nl": ("en",),
                                         "sv": ("och",), "da": ("og",), "no": ("og",), "ca": ("i",), "pl": ("i",),
                                         "it": ("e",), "ru": ("и",), "el": ("και",), "th": ("และ",)}


# A time "By" opens a sentence or a heading with, never a byline's names: "By Monday, the bridge was open.", "By
# Christmas Eve", "By Tuesday Night", "By then". Before a capitalised word that is no time, it is a name or a paper's
# ("By May Bulman", "By Dawn Foster", "By Sunday Times Reporter", "By Morning Star Reporter").
_TIMES = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
          "september|october|november|december|today|tonight|tomorrow|yesterday|now|then|noon|midday|midnight|dawn|"
          "daybreak|nightfall|sunrise|sunset|dusk|lunchtime|morning|afternoon|evening|night|weekend|christmas|easter|"
          "halloween|thanksgiving|spring|summer|autumn|winter|mid-\\w+|next|last|year|eve|day")
BY_TIME = rf"(?i:(?:{_TIMES})\b(?!\s+(?!(?:{_TIMES})\b)(?-i:[A-Z])))"
_BY_TIME = lazy_compile(BY_TIME)


def opens_with_time(names: str) -> bool:
    """True when what follows a byline's "By" opens with a time, so that the line is a sentence or a heading:
    "Monday, the bridge was open.", "Christmas Eve", "May 2021"; not "May Bulman"."""
    return bool(_BY_TIME.match(names.strip()))


def starts_name(word: str) -> bool:
    """True when ``word`` opens as a name does: with a capital, or with a letter of a script without capitals (the
    יוסי of "יוסי כהן", the 李 of 李华)."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def words_pattern(words: tuple[str, ...]) -> str:
    """A regex alternative of ``words`` as whole words, any space between the words of one ("rāua\\s+ko")."""
    return r"\b(?:" + "|".join(r"\s+".join(map(re.escape, word.split())) for word in words) + r")\b"


ANY_AND_PATTERN = words_pattern(ANY_AND_WORDS)
# every language's "and" (und, et, og…), for a byline read in any language
ALL_AND_WORDS = tuple(sorted({word for words in AND_WORDS.values() for word in words}))
_AND_ANY = "|".join(ALL_AND_WORDS)
# The words for "By" of a script other than Latin, of their languages alone: a record's "Του Γιώργου Παπαδόπουλου",
# "Автор: Иван Петров", "מאת דנה כהן", "記者 張三" (Italian's "di" is a Latin word, read only in a text's byline line)
_SCRIPT_BYLINE_WORDS = tuple(word for word in STORY_BYLINE_WORDS if not word.isascii())
_OPENING_WORDS = "|".join(map(re.escape, (*BYLINE_WORDS, *_SCRIPT_BYLINE_WORDS)))
_ANY_WORD = re.compile(rf"^\s*(?:{_OPENING_WORDS}):?\s|\s(?:{_AND_ANY})\s")  # "Von: …" too
# The word for "By" a byline opens with, of one word or two ("Γράφει ο"), the longest first
_OPENING = re.compile(rf"^\s*({'|'.join(map(re.escape, sorted(TEXT_BYLINE_WORDS, key=len, reverse=True)))}):?\s+")


def may_need_language(byline: str) -> bool:
    """True when ``byline`` holds a word that opens or joins a byline in another language than English, so that
    the story's language (worth finding only then) says how it reads."""
    return bool(_ANY_WORD.search(byline))


def without_byline_word(byline: str, language: str | None) -> str:
    """``byline`` without the word for "By" that opens it in ``language`` ("Von Thomas Müller" or "Von: Thomas
    Müller" in German: Thomas Müller; "Γράφει ο Γιώργος" in Greek: Γιώργος) when names follow it; as written
    otherwise."""
    match = _OPENING.match(byline)
    rest = byline[match.end():].strip() if match else ""
    opens = match is not None and language in TEXT_BYLINE_WORDS[match.group(1)] and starts_name(rest)
    return rest if opens else byline


def names_joined_in_english(names: str, language: str | None) -> str:
    """``names`` with ``language``'s "and" between them as "and" ("Thomas Müller und Anna Weber": "Thomas Müller
    and Anna Weber"), when each name it joins has two words or more ("José Ortega y Gasset" stays one name)."""
    words = AND_WORDS.get(language or "", ())
    if not words:
        return names
    parts = re.split(rf"\s+(?:{'|'.join(words)})\s+(?=[^\W\d_])", names)
    if len(parts) < 2 or any(len(part.split()) < 2 or not starts_name(part.strip()) for part in parts):
        return names
    return " and ".join(part.strip() for part in parts)


def byline_in_english(byline: str, language: str | None) -> str:
    """``byline`` read in ``language`` as an English byline: without its word for "By", its names joined by "and"."""
    return names_joined_in_english(without_byline_word(byline, language), language)
