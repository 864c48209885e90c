"""A pattern's words that are other spellings of one word in the same articles: an exact form kept beside its folded
word (café beside cafe) or another language's stem (papá beside pap), a te reo Māori long vowel written doubled
beside the macron spelling (waitemataa beside Waitematā). A pattern counts such a word once, as a plain word's
spellings count once (longvowels.py)."""

from __future__ import annotations

from .fastscore import PATTERN_SCORED_WORDS
from .folding import TE_REO_SHAPE, double_vowels, fold, macron_guesses, macron_spelling
from .livecounts import live_frequency
from .schema import BODY
from .stemming import keeps_exact_forms, kept_exact, language_stemmer
from .textanalysis import stem_english


def without_exact_forms(terms: set[bytes]) -> set[bytes]:
    """``terms`` without the exact spellings the index keeps beside a folded word (café beside cafe): every article
    holding one holds its folded word too, so a pattern matching both had counted the accented word twice (``caf*``
    scored "café" twice as high as "cafe")."""
    def folded_too(term: bytes) -> bool:
        text = term.decode("utf-8")
        folded = fold(text)
        return folded != text and folded.encode("utf-8") in terms

    return {term for term in terms if term.isascii() or not folded_too(term)}


def marked(term: bytes) -> bool:
    """Whether ``term`` has a letter with a mark (``fold`` changes it): "papá", not "выбор"."""
    return not term.isascii() and fold(text := term.decode("utf-8")) != text


def without_language_exact_forms(terms: set[bytes], languages: tuple[str, ...]) -> set[bytes]:
    """``terms`` without the words as written that an article in one of ``languages`` keeps beside a stem that lost
    their marks (``stemming.kept_exact``: "papá" beside pap in a Spanish article): the pattern finds such an article
    by the word folded ("papa"), stemmed in its language (``patternlanguages``), so ``pap*`` had scored a Spanish
    "papá" three times as high as "papa"."""
    stemmers = [stem for lang in languages if keeps_exact_forms(lang) and (stem := language_stemmer(lang))]
    if not stemmers:
        return terms

    def kept_beside_stem(term: bytes) -> bool:
        text = term.decode("utf-8")
        return any(kept_exact(text, stem(text)) for stem in stemmers)

    return {term for term in terms if not marked(term) or not kept_beside_stem(term)}


def doubled_words(reader, fieldname: str, terms: set[bytes], words: list[str],  # type: ignore[no-untyped-def]
                  held: frozenset[bytes] | None = None) -> set[bytes]:
    """The doubled spellings of the te reo Māori words among ``terms`` and the written ``words`` a pattern matches,
    that ``fieldname`` holds, where some live article writes the word with its macrons: as the word typed finds them
    (``longvowels``: Maori finds "Maaori" once an article writes Māori). ``maor*`` matches maori and had missed an
    article writing only "Maaori", ``waitemat*`` one writing "Waitemaataa". ``held``: the field's terms, when read."""
    found: set[bytes] = set()
    candidates = {term.decode("utf-8") for term in terms if term.isascii()}.union(words)
    for word in candidates:  # only words of te reo's shape are guessed at (macron_guesses): *ing's 4,500 never
        for macron in macron_guesses(word):
            doubled = stem_english(double_vowels(macron)).encode("utf-8")
            if doubled not in terms and (doubled in held if held is not None else (fieldname, doubled) in reader) \
                    and live_frequency(reader, BODY, stem_english(macron), enough=0):
                found.add(doubled)
    return found


def doubled_spellings(reader, fieldname: str, terms: tuple[bytes, ...]) -> dict[bytes, bytes]:  # type: ignore[no-untyped-def]
    """Each of ``terms`` that doubles a long vowel of a word some live article writes with its macron, and the
    spelling whose articles it does not count in: its plain one where ``terms`` hold it, else its macron one
    (``waitemataa`` -> ``waitemata``; a word of te reo Māori's shape). An article writing Waitematā holds waitemata
    and waitemataa too, and one writing "Maori" and "Maaori" writes one word twice: the doubled word counts only in
    articles without the other spelling (one writing "Waitemataa" alone), as a word typed scores the best of its
    spellings. Only where ``terms`` hold that word's macron or plain spelling, which finds the articles left out:
    maa* matches maaori alone, and had found no article writing Māori. None for a pattern scored alike in every
    article it finds (over PATTERN_SCORED_WORDS words)."""
    if len(terms) > PATTERN_SCORED_WORDS:
        return {}
    found: dict[bytes, bytes] = {}
    held = set(terms)
    for term in terms:  # only words of te reo's shape are looked up ("meeting": *ee* had taken 23 ms on Reuters)
        if term.isascii() and (macron := macron_spelling(text := term.decode("utf-8"))) != text and \
                TE_REO_SHAPE.match(plain := fold(macron)) and held & {
                    macron.encode("utf-8"), plain.encode("utf-8")} and live_frequency(reader, fieldname, macron, enough=0):
            found[term] = plain.encode("utf-8") if plain.encode("utf-8") in held else macron.encode("utf-8")
    return found
