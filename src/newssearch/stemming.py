"""Which Snowball stemmer an article's words go through: its own language's, or English's.

An article whose language (the ``lang`` field, as its metadata names it, or a plain text's function words show it) is one that
``functionwords`` can tell and Snowball can stem has its words stemmed by that language's rules, so that ``Wahl``
finds "Wahlen" and ``выбор`` "выборы"; any other article, English or of no known language, is stemmed as English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache

import Stemmer

from .apostrophes import ELISIONS
from .folding import fold
from .overstemming import overridden_stem
from .postfixedarticles import POSTFIXED_ARTICLES, without_article
from .startup import lazy_compile

# Language code (as the index stores it: documents.languages.language_code) -> Snowball algorithm: every language
# Snowball stems (and those it stems by a neighbour's rules), those functionwords.FUNCTION_WORDS tells (not Hebrew) and those only
# an article's metadata names (a Finnish page's lang="fi"); English is the default, not an entry. An older PyStemmer
# lacks some (Persian, Czech and Estonian came with Snowball 3): an article in one of those is stemmed as English.
SNOWBALL_NAMES = {code: name for code, name in {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek", "eo": "esperanto",
    "es": "spanish", "et": "estonian", "eu": "basque", "fa": "persian", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian",
    "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian", "pl": "polish", "pt": "portuguese",
    "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil", "tr": "turkish",
    "yi": "yiddish",
    # No Snowball stemmer of their own: Russian's stems most of their inflections as their own would (a synthetic
    # known-item test, an inflected word for each of 12 short texts in each: 7, 7 and 4 found, none by English rules,
    # which leave a Cyrillic word as it is)
    # Bulgarian and Macedonian after their postfixed article is taken off (``postfixedarticles``)
    "uk": "russian", "be": "russian", "mk": "russian", "bg": "russian",
    # Croatian and Bosnian: Serbian's rules, for the same grammar (a synthetic known-item test, an inflected word for
    # each of 20 short Croatian texts: 19 found, none by English rules)
    "hr": "serbian", "bs": "serbian",
    # Slovak: Czech's rules (a synthetic known-item test, an inflected word for each of 20 short Slovak texts: 12
    # found against 1 by English rules; 7 of 10 texts written after the rule was chosen, against 3)
    "sk": "czech",
}.items() if name in Stemmer.algorithms()}

# Snowball's English stemmer, made once: english_stem's, for the schema's stem function (textanalysis.stem_english)
# and acronyms' terms.
ENGLISH_STEMMER = Stemmer.Stemmer("english")
STEM_CACHE_SIZE = 500_000  # distinct words each language's cache holds before it starts again


def english_stem(word: str) -> str:
    """The English stem of ``word``: Snowball's (Porter2), but for the word families it conflates with unrelated words
    ("business" and "busy", "authority" and "author"), which have stems of their own (``overstemming``)."""
    return overridden_stem(word) or ENGLISH_STEMMER.stemWord(word)


class _Stems(dict):  # type: ignore[type-arg]
    """Stems by word, each made by ``stemfn`` the first time it is asked for: a word seen before costs one dict
    lookup in C, with none of an lru_cache's bookkeeping. Emptied when it holds STEM_CACHE_SIZE words."""

    def __init__(self, stemfn: Callable[[str], str]) -> None:
        super().__init__()
        self.stemfn = stemfn

    def __missing__(self, form: str) -> str:
        if len(self) >= STEM_CACHE_SIZE:
            self.clear()
        stem = self[form] = self.stemfn(form)
        return stem


@cache
def cached_stem(stemfn: Callable[[str], str]) -> Callable[[str], str]:
    """``stemfn`` with its cache of stems: one cache per stem function (so per language), shared by the analyzer chain
    (``textanalysis.NewsStemFilter``) and one-pass indexing (``fastanalysis``)."""
    return _Stems(stemfn).__getitem__


def language_stemmer(lang: object) -> Callable[[str], str] | None:
    """The cached stem function of the language ``lang`` (a stored code, ``"de"``), or None where English rules apply."""
    name = SNOWBALL_NAMES.get(lang) if isinstance(lang, str) else None
    if not name:
        return None
    return _article_stemmer(lang, name) if lang in POSTFIXED_ARTICLES else _stemmer(name)


@cache
def _article_stemmer(lang: str, name: str) -> Callable[[str], str]:
    """Snowball's ``name`` stemmer of a word of ``lang`` without its postfixed article, made once, with its cache."""
    return cached_stem(without_article(lang, Stemmer.Stemmer(name).stemWord))


@cache
def _stemmer(name: str) -> Callable[[str], str]:
    """Snowball's ``name`` stemmer, made once, with its cache (Arabic's after its article is taken off)."""
    stem = Stemmer.Stemmer(name).stemWord
    if name in ELIDING:
        stem = _keeping_article(stem)
    if name == "serbian":
        stem = _cyrillic_folded(stem)
    return cached_stem(_after_arabic_article(stem) if name == "arabic" else stem)


def _cyrillic_folded(stem: Callable[[str], str]) -> Callable[[str], str]:
    """``stem``, its stem of a Cyrillic word without marks: Snowball's Serbian stems Cyrillic in Latin letters
    ("буџета": budžet), which the index held so while a typed word's stem is searched without marks (budzet), so a
    Serbian word in Cyrillic letters had not found itself. A Latin word's marked stem is kept (the index folds it too)."""
    def stemmed(word: str) -> str:
        out = stem(word)
        return fold(out) if out != word and not out.isascii() and _CYRILLIC.search(word) else out

    return stemmed


_CYRILLIC = lazy_compile("[\u0400-\u04ff]")


# The languages writing an elided article onto a word (l'État, dell'anno, d'aquest). Snowball's French and Italian
# stemmers drop it ("d'état" and "l'état" are both etat), so in their articles the phrase "coup d'état" had found
# "coup l'état"; Catalan's stems across it ("l'estat": l'est). The word after the article is indexed at its place
# too (innerwords), which finds it after any article or none.
ELIDING = frozenset({"french", "italian", "catalan"})


def _keeping_article(stem: Callable[[str], str]) -> Callable[[str], str]:
    """``stem`` of the word after an elided article (``ELISIONS``), the article kept before it: "l'état" is
    "l'" and the stem of "état"."""
    def stemmed(word: str) -> str:
        article, apostrophe, after = word.partition("'")
        if apostrophe and after and article in ELISIONS:
            return article + apostrophe + stem(after)
        return stem(word)

    return stemmed


# Arabic's article, alone or with the conjunction or preposition written onto it, longest first. Snowball keeps it
# on a short word and after "و" or "ف" ("الخطة" is "الخط" while "خطة" is itself, "والاقتصاد" stays whole while
# "الاقتصاد" is "اقتصاد"), so "the plan" and "and the economy" were not found by "plan" and "economy"; taken off first,
# as Lucene's Arabic light stemmer does, when three letters (a root's) or more are left ("الله" and "الف" stay).
ARABIC_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
_ROOT_LETTERS = 3


def _after_arabic_article(stem: Callable[[str], str]) -> Callable[[str], str]:
    """``stem`` of an Arabic word without its article (``ARABIC_ARTICLES``)."""
    def stemmed(word: str) -> str:
        for article in ARABIC_ARTICLES:
            if word.startswith(article) and len(word) - len(article) >= _ROOT_LETTERS:
                return stem(word[len(article):])
        return stem(word)

    return stemmed


# The languages whose stemmer reads a mark and its spelling written out as one letter: Snowball German stems "müller",
# "mueller" and "muller" alike (mull), each spelling as right as the others, so a stem that lost a mark keeps no
# exact form there (``kept_exact``).
MARKS_AS_LETTERS = frozenset({"de"})


def keeps_exact_forms(lang: object) -> bool:
    """Whether an article in ``lang`` keeps a word's exact form where its stem lost a mark (``kept_exact``)."""
    return lang not in MARKS_AS_LETTERS


@lru_cache(maxsize=65536)
def kept_exact(written: str, stem: str) -> bool:
    """Whether ``written`` (a word lower-cased, its marks kept) is indexed beside its ``stem`` in a language's
    article: when the stem lost a mark. Snowball Spanish and Portuguese stem "papá" and "papa" alike (pap), French
    "marché" and "marche" (march): the word as written is kept at its place, so the spelling typed ranks first, as
    English keeps "café" beside "cafe"."""
    return _marks(stem) < _marks(written)


def _marks(word: str) -> int:
    """How many letters of ``word`` fold to another (``folding.fold``): its marks."""
    return 0 if word.isascii() else sum(1 for letter in word if not letter.isascii() and fold(letter) != letter)


def stemmed_languages(codes: Iterable[object]) -> tuple[str, ...]:
    """The codes among ``codes`` (an index's ``lang`` values) that have a stemmer of their own, sorted, once each."""
    return tuple(sorted({code for code in codes if isinstance(code, str) and code in SNOWBALL_NAMES}))
