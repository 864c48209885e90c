"""A pattern's words that are other spellings of one word in the same articles: an exact form kept beside its folded
word (café beside cafe) or another language's stem (papá beside pap), a te reo Māori long vowel written doubled
beside the macron spelling (waitemataa beside Waitematā). A pattern counts such a word once, as a plain word's
spellings count once (longvowels.py)."""

from __future__ import annotations

from .fastscore import PATTERN_SCORED_WORDS
from .folding import TE_REO_SHAPE, fold, macron_spelling
from .livecounts import live_frequency
from .stemming import keeps_exact_forms, kept_exact, language_stemmer


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


def doubled_spellings(reader, fieldname: str, terms: tuple[bytes, ...]) -> dict[bytes, bytes]:  # type: ignore[no-untyped-def]
    """Each of ``terms`` that doubles a long vowel of a word some live article writes with its macron, and that
    macron spelling: ``waitemataa`` -> ``waitematā`` (a word of te reo Māori's shape). An article writing Waitematā
    holds waitemata and waitemataa too, so the doubled word counts only in articles without the macron spelling (one
    writing "Waitemataa" itself). Only where ``terms`` hold that word's macron or plain spelling, which finds the
    articles left out: maa* matches maaori alone, and had found no article writing Māori. None for a pattern scored
    alike in every article it finds (over PATTERN_SCORED_WORDS words)."""
    if len(terms) > PATTERN_SCORED_WORDS:
        return {}
    found: dict[bytes, bytes] = {}
    held = set(terms)
    for term in terms:  # only words of te reo's shape are looked up ("meeting": *ee* had taken 23 ms on Reuters)
        if term.isascii() and (macron := macron_spelling(text := term.decode("utf-8"))) != text and \
                TE_REO_SHAPE.match(fold(macron)) and held & {macron.encode("utf-8"), fold(macron).encode("utf-8")} \
                and live_frequency(reader, fieldname, macron, enough=0):
            found[term] = macron.encode("utf-8")
    return found
