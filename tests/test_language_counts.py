"""What the language guess counts in a text's words: each word lowered (folded with a letter outside ASCII) and
stripped of punctuation, counted once per time written; the guesses of mixed, empty, one-word, wrapped and non-Latin
texts pinned, so that a faster count reads the same."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from newssearch import functionwords
from newssearch.functionwords import (
    FUNCTION_WORDS,
    fold,
    guess_language,
    headlines_english,
    leaning_language,
    text_language,
)
from newssearch.stopwords import SMART_STOP_WORDS


def _counted_one_by_one(written: list[str]) -> tuple[int, int, dict[str, int]]:
    """The count as it reads by definition: each distinct word as written, lowered or folded, stripped, looked up."""
    shares = dict.fromkeys(FUNCTION_WORDS, 0)
    words = english = 0
    for form, count in Counter(written).items():
        word = (form.lower() if form.isascii() else fold(form)).strip(functionwords._PUNCTUATION)
        if not word:
            continue
        words += count
        for lang in functionwords._LANGUAGES_OF.get(word, ()):
            shares[lang] += count
        english += count if word in SMART_STOP_WORDS else 0
    return words, english, shares


def _counted(written: list[str]) -> tuple[int, int, dict[str, int]]:
    shares = dict.fromkeys(FUNCTION_WORDS, 0)
    words, english = functionwords._count_words(written, shares)
    return words, english, shares


@pytest.mark.parametrize("text, words, english", [
    ("", 0, 0),
    ("the", 1, 1),
    ("THE", 1, 1),
    ("-- ... — “ ”", 0, 0),                         # punctuation alone is no word
    ("'The' (the) “the” «the» the… -the- the.", 7, 7),
    ("it's don't e-mail U.S. a/b", 5, 2),            # punctuation inside a word stays: "it's", "don't" are stop words
    ("Tree\u00a0house\u2028of\x1cthe", 4, 2),        # any white space splits (str.split's)
])
def test_words_and_stop_words_are_counted(text: str, words: int, english: int) -> None:
    assert _counted(text.split())[:2] == (words, english)


def test_a_word_is_lowered_or_folded_and_stripped_before_it_is_looked_up() -> None:
    written = "Le LE le, «le» Été été. ÉTÉ! der DER Die, die; ΚΑΙ και, καί".split()
    words, english, shares = _counted(written)
    assert (words, english) == (14, 0)
    assert (shares["fr"], shares["de"], shares["el"]) == (7, 4, 3)  # "été" (ete) is French; der, die German; και Greek


@pytest.mark.parametrize("seed", range(20))
def test_any_mix_of_words_counts_as_each_word_counted_alone(seed: int) -> None:
    """Random words of ASCII, accented and Greek letters, punctuation, combining marks and characters that fold into
    punctuation or a space ("…", "´", "ﬁ"): counted as each distinct word counted on its own counts them."""
    rng = random.Random(seed)
    pieces = ["the", "The", "le", "LA", "der", "und", "и", "в", "και", "ΚΑΙ", "été", "É", "x", "İ", "ΟΔΟΣ", "ﬁ",
              "´", "…", "e\u0301", "'", '"', ".", ",", "-", "—", "«", "»", "(", ")", "|", "\\", "*", "/", "£", "5",
              "a", "de", "y", "o", "to", "of", "in", "is", "ist", "est", "es", "на", "je", "se"]
    for _ in range(30):
        written = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 60))]
        assert _counted(written) == _counted_one_by_one(written)


ENGLISH = ("The council said the harbour would reopen on Monday after the storm, and ferries would run to the "
           "islands as usual from then on, a spokesman said.")
FRENCH = ("Les élections municipales de Marseille ont été reportées par la préfecture. Les candidats se sont "
          "plaints de cette décision sur le calendrier. Le maire a dit que la date sera fixée plus tard.")
GERMAN = ("Die Wahlen im Osten prägen die Stimmung. Die Mieten steigen, und die Parteien streiten sich über die "
          "Frage, wer an der Regierung beteiligt wird.")
RUSSIAN = ("Выборы в Москве пройдут в марте, и все партии уже начали кампанию. По словам экспертов, это будет "
           "самая острая борьба за последние годы, и она может изменить состав думы.")
GREEK = ("Οι εκλογές στην Ελλάδα θα γίνουν τον Ιούνιο και τα κόμματα έχουν ήδη ξεκινήσει την προεκλογική "
         "εκστρατεία, ενώ η κυβέρνηση λέει ότι η οικονομία είναι στο επίκεντρο.")


def _wrapped(text: str, width: int = 40) -> str:
    """``text`` hard-wrapped at ``width`` columns."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


@pytest.mark.parametrize("text, told", [
    ("", None),
    ("the", None),
    ("Le", None),
    ("Москва", None),
    (ENGLISH, "en"),
    (_wrapped(ENGLISH), "en"),
    (ENGLISH.upper(), "en"),
    (FRENCH, "fr"),
    (_wrapped(FRENCH), "fr"),
    (FRENCH.upper(), "fr"),
    (GERMAN, "de"),
    (RUSSIAN, "ru"),
    (GREEK, "el"),
    (f"{ENGLISH} {GERMAN}", None),             # half English, half German
    (f"{ENGLISH} {ENGLISH} {ENGLISH} « la dolce vita »", "en"),
    (f"{FRENCH} {ENGLISH}", "fr"),
    (f"{RUSSIAN} {ENGLISH}", None),            # Russian quoting English at length: neither
    ("东京电力公司周二表示，福岛第一核电站的处理水将于下月开始排放。", None),  # too short to tell by its script
    ("The Tokyo story: " + "东京电力公司周二表示，福岛第一核电站的处理水将于下月开始排放。" * 3, "zh"),
    ("Le … — « » ! ? " * 10, None),
])
def test_a_text_is_told_its_language(text: str, told: str | None) -> None:
    assert text_language(text) == told
    assert guess_language(text) == (None if told == "en" else told)


@pytest.mark.parametrize("text, leaning", [
    ("", None),
    ("the", "en"),
    ("Le chat et le chien", "fr"),
    ("Der Hund und die Katze", "de"),
    ("В Москве и Киеве", "ru"),
    ("The dog and le chat", "en"),               # two English stop words to one French function word
])
def test_a_short_text_leans_to_its_function_words(text: str, leaning: str | None) -> None:
    assert leaning_language(text) == leaning


def test_a_column_of_headlines_shows_english_over_enough_words() -> None:
    headlines = "aba decides against community broadcasting licence in the city of the lakes for a year; " * 8
    assert headlines_english(headlines)
    assert not headlines_english(headlines[:200])
    assert not headlines_english(FRENCH * 10)
