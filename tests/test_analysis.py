"""The analyzer: folding, exact forms and Māori double vowels at index time, stemming."""

from __future__ import annotations

from newssearch.textanalysis import TEXT_ANALYZER, analyze, fold


def test_folds_diacritics_and_special_letters() -> None:
    assert [fold(w) for w in ("Waitematā", "café", "straße", "Øresund")] == ["Waitemata", "cafe", "strasse", "Oresund"]


def test_query_mode_yields_only_the_folded_stem() -> None:
    assert analyze("Waitematā Māori", mode="query") == ["waitemata", "maori"]


def test_index_mode_keeps_exact_and_double_vowel_forms() -> None:
    assert analyze("Māori", mode="index") == ["maori", "māori", "maaori"]


def test_other_forms_share_the_word_position() -> None:
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER("the Māori Party", mode="index", positions=True)]
    assert tokens == [("the", 0), ("maori", 1), ("māori", 1), ("maaori", 1), ("parti", 2)]


def test_stopwords_dropped_and_words_stemmed() -> None:
    assert analyze("The officers are shooting") == ["offic", "shoot"]


def test_the_word_after_an_elided_article_is_indexed_at_its_place() -> None:
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER("L'État d’Italia dell'anno", mode="index", positions=True)]
    assert tokens == [("l'etat", 0), ("l'état", 0), ("etat", 0), ("état", 0),
                      ("d'italia", 1), ("italia", 1), ("dell'anno", 2), ("anno", 2)]


def test_a_query_keeps_the_elided_word_whole_and_names_are_not_cut() -> None:
    assert analyze("l'État") == ["l'etat"]
    assert analyze("O'Neill don't rock'n'roll l'a", mode="index") == ["o'neil", "don't", "rock'n'rol", "l'a"]


def test_an_umlaut_written_out_is_another_spelling_at_the_same_place() -> None:
    assert analyze("Müller", mode="index") == ["muller", "müller", "mueller"]
    assert analyze("Mueller", mode="index") == ["mueller"]
