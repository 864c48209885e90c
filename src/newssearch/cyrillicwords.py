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

from collections.abc import Iterable

# The function words of the Cyrillic languages other than Russian and Bulgarian (``functionwords`` holds those two),
# as written; ``functionwords`` folds them as it folds a text's words (ї as і, ќ as к: so not Ukrainian's "й" nor
# Belarusian's "ў", which fold to other languages' и and у).
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


def ruled_out(forms: Iterable[tuple[str, int]], words: int) -> frozenset[str]:
    """The Cyrillic languages that ``forms`` (each distinct word as written, with its count) rule out by their letters:
    those whose alphabet more of the ``words`` leave than leave the alphabet that fewest leave, beyond the slack."""
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
    fewest = min(outside.values())
    slack = max(SLACK_WORDS, SLACK_SHARE * words)
    return frozenset(lang for lang, count in outside.items() if count > fewest + slack)
