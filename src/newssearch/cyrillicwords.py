"""Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian told apart: by their letters where those decide,
by their function words otherwise (``functionwords``).

Every Cyrillic text had been told Russian or Bulgarian: a Ukrainian archive was ``lang:ru`` and stemmed as Russian.
Each language writes letters the others do not (Ukrainian ї є ґ, Belarusian ў, Serbian ђ ћ, Macedonian ѓ ќ ѕ) and
lacks some the others write (Ukrainian has no ы э ъ ё, Belarusian no и щ ъ, Bulgarian no ы э, Serbian and Macedonian
no я ю й ь ъ щ). A language is ruled out when more of a text's words hold a letter outside its alphabet than the
language fewest are outside of, beyond a slack (``SLACK_WORDS``, ``SLACK_SHARE``): a Russian text quoting Київ keeps
Russian, whose alphabet one word leaves, while Ukrainian's leaves every word with ы. Between the languages left
(Russian and Bulgarian share an alphabet, as Serbian and Macedonian nearly do) the function words tell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# The function words of the Cyrillic languages other than Russian and Bulgarian (``functionwordlists`` holds those
# two), as written; ``functionwordlists`` folds them as it folds a text's words (ї as і, ќ as к: so not Ukrainian's
# "й" nor Belarusian's "ў", which fold to other languages' и and у).
CYRILLIC_FUNCTION_WORDS = {
    "uk": "і та що це від до як не на у в з із зі за по про для але його її їх він вона вони воно ми ви я був "
          "була було були буде бути є який яка яке які також цей ця ці цього після щодо під над між через коли вже "
          "ще лише тільки тому бо або чи якщо свою свої своїх їхні нього неї них теж навіть зокрема",
    "be": "і у на з са да не што як але ці а па пра для ад за пасля паміж праз калі ўжо яшчэ толькі таму бо "
          "або гэта гэты гэтая гэтыя яго яе іх ён яна яны мы вы быў была было былі будзе ёсць які якая якое якія "
          "таксама пры без каля",
    "mk": "е и да на за од се со во не ќе што дека кој која кое кои но а или го ги му им ја тоа овој оваа ова "
          "овие тој таа тие беше бил била било биле се сите по до при без меѓу според како кога каде уште само "
          "исто така откако пред преку после",
    # Serbian in Cyrillic letters: the words of Serbian's Latin list, written so
    "sr": "и у на је да се за су од с са из о а који која које којег којем којих као али или то био била било "
          "били бити ће није по до још само према како јер па већ ни нити овај ова ово тај његов његова њихов "
          "након код без при све своје што када би ко неко нико такође током пре после где овде две увек шта",
}

# Each language's lower-case letters; a word holding a Cyrillic letter outside them is outside its alphabet.
_COMMON = set("абвгдежзклмнопрстуфхцчш")
ALPHABETS: dict[str, frozenset[str]] = {lang: frozenset(_COMMON | set(own)) for lang, own in {
    "ru": "ийщъыьэюяё",
    "bg": "ийщъьюя",
    "uk": "ийщьюяієїґ",
    "be": "йўьыэюяёі",
    "sr": "иђјљњћџ",
    "mk": "иѓѕјљњќџ",
}.items()}
CYRILLIC_LANGUAGES = frozenset(ALPHABETS)
_ALL_LETTERS = frozenset().union(*ALPHABETS.values())

# A language is ruled out by more words outside its alphabet than the fewest of any, by this many or this share of
# the words read: a quoted name or two, a loanword's letter
SLACK_WORDS = 2
SLACK_SHARE = 0.02


def outside_alphabets(forms: Iterable[tuple[str, int]]) -> dict[str, int]:
    """How many of ``forms`` (each distinct word as written, with its count) hold a Cyrillic letter outside each
    Cyrillic language's alphabet."""
    outside = dict.fromkeys(ALPHABETS, 0)
    for form, count in forms:
        if form.isascii():
            continue
        letters = set(form.lower()) & _ALL_LETTERS
        if not letters:
            continue
        for lang, alphabet in ALPHABETS.items():
            if not letters <= alphabet:
                outside[lang] += count
    return outside


def ruled_out(outside: dict[str, int], words: int, slack: bool = True) -> frozenset[str]:
    """The Cyrillic languages whose alphabet more of a text's ``words`` leave (``outside``: ``outside_alphabets``) than
    leave the alphabet that fewest leave, beyond the slack (none without ``slack``: to break a tie of function words,
    or in a sentence too short for its share)."""
    fewest = min(outside.values())
    allowed = max(SLACK_WORDS, SLACK_SHARE * words) if slack else 0
    return frozenset(lang for lang, count in outside.items() if count > fewest + allowed)


def rule_out_by_letters(written: list[str], words: int, shares: dict[str, int], slack: bool = True) -> None:
    """Zero the ``shares`` (of function words) of the Cyrillic languages whose alphabets ``written``'s letters rule
    out, when one of them leads: a Ukrainian text had been told Russian by the function words the two share. Two left
    alike in function words are told apart by their letters without the slack."""
    best, second = sorted(shares, key=shares.__getitem__, reverse=True)[:2]
    if best not in CYRILLIC_LANGUAGES and second not in CYRILLIC_LANGUAGES:
        return
    outside = outside_alphabets(Counter(written).items())
    for strict in (not slack, True):
        for lang in ruled_out(outside, words, slack=not strict):
            shares[lang] = 0
        best, second = sorted(shares, key=shares.__getitem__, reverse=True)[:2]
        if shares[best] > shares[second] or {best, second} - CYRILLIC_LANGUAGES:
            return
