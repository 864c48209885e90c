"""The analyzer: folding, exact forms and Māori double vowels at index time, stemming."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.folding import fold
from newssearch.schema import make_schema
from newssearch.textanalysis import FUNCTION_MARK, TEXT_ANALYZER, analyze


def test_folds_diacritics_and_special_letters() -> None:
    assert [fold(w) for w in ("Waitematā", "café", "straße", "Øresund")] == ["Waitemata", "cafe", "strasse", "Oresund"]


FOLDS = [("ΟΔΟΣ", "ΟΔΟΣ"), ("Ελληνικά", "Ελληνικα"), ("Москва", "Москва"), ("ｶﾞｽ", "ガス"), ("हिन्दी", "हिन्दी"),
         ("عـلي", "علي"), ("٢٠٢٤", "2024"), ("ک", "ك"), ("e\u0301", "e"), ("a\u20d7", "a"), ("Łódź", "Lodz"),
         ("ǅemal", "Dzemal"), ("x\u0483y", "xy"), ("Æther", "AEther")]


def test_folds_marks_of_the_optional_ranges_only_and_letters_of_those_ranges_stay() -> None:
    # the marks are found by a regex, the special letters by another (a whole article once went a character at a time)
    assert [fold(word) for word, _ in FOLDS] == [folded for _, folded in FOLDS]
    assert fold(" ".join(word for word, _ in FOLDS) * 3) == " ".join(folded for _, folded in FOLDS) * 3


def test_query_mode_yields_only_the_folded_stem() -> None:
    assert analyze("Waitematā Māori", mode="query") == ["waitemata", "maori"]


def test_index_mode_keeps_exact_and_double_vowel_forms() -> None:
    assert analyze("Māori", mode="index") == ["maori", "māori", "maaori"]


def test_other_forms_share_the_word_position() -> None:
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER("the Māori Party", mode="index", positions=True)]
    assert tokens == [("the\x1f", 0), ("maori", 1), ("māori", 1), ("maaori", 1), ("parti", 2)]


def test_stopwords_dropped_and_words_stemmed() -> None:
    assert analyze("The officers are shooting") == ["offic", "shoot"]


def test_the_word_after_an_elided_article_is_indexed_at_its_place() -> None:
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER("L'État d’Italia dell'anno", mode="index", positions=True)]
    assert tokens == [("l'etat", 0), ("l'état", 0), ("etat", 0), ("état", 0),
                      ("d'italia", 1), ("italia", 1), ("dell'anno", 2), ("anno", 2)]


def test_a_query_keeps_the_elided_word_whole_and_names_are_not_cut() -> None:
    assert analyze("l'État") == ["l'etat"]
    assert analyze("O'Neill") == ["o'neil"]  # a query keeps an Irish name whole: O'Neill finds only O'Neill
    assert analyze("don't rock'n'roll l'a o'clock", mode="index") == ["don't\x1f", "rock'n'rol", "l'a", "o'clock"]


@pytest.mark.parametrize(("text", "indexed"), [
    ("O'Neill", [("o'neil", 0), ("neill", 0), ("oneil", 0)]),  # the surname and the name solid at its place
    ("O’Driscoll", [("o'driscol", 0), ("driscol", 0), ("odriscol", 0)]),
    ("o'clock", [("o'clock", 0)]),                      # no capital after the apostrophe: no name
    ("O'er", [("o'er", 0)]),
    ("O'CLOCK", [("o'clock", 0)]),                      # a text in capitals: the hour, no name
])
def test_an_irish_name_indexes_its_surname_too(text: str, indexed: list[tuple[str, int]]) -> None:
    assert [(t.text, t.pos) for t in TEXT_ANALYZER(text, mode="index", positions=True)] == indexed


@pytest.mark.parametrize(("text", "indexed"), [
    # an initialism joined by "&" is also one term, unstemmed, at its first letters' place: "AT&T" is not "at T"
    ("AT&T rose", [("at\x1f", 0), ("at&t", 0), ("t", 1), ("rose", 2)]),
    ("S & P 500", [("s", 0), ("s&p", 0), ("p", 1), ("500", 2)]),          # spaced, as it is written too
    ("AT&T's", [("at\x1f", 0), ("at&t", 0), ("t's\x1f", 1)]),            # its possessive is the initialism's
    ("m&as", [("m", 0), ("m&as", 0), ("as\x1f", 1)]),                    # any case; a plural is not stemmed away
    ("Fisher & Paykel", [("fisher", 0), ("paykel", 1)]),                # words, not initials
    ("A&B&C", [("a\x1f", 0), ("b", 1), ("c", 2)]),                      # a chain of them is none
    ("R&D3 É&T x&\ny", [("r", 0), ("d3", 1), ("e", 2), ("é", 2), ("t", 3), ("x", 4), ("y", 5)]),
])
def test_an_initialism_joined_by_an_ampersand_is_one_term_too(text: str, indexed: list[tuple[str, int]]) -> None:
    assert [(t.text, t.pos) for t in TEXT_ANALYZER(text, mode="index", positions=True)] == indexed


@pytest.mark.parametrize(("text", "name", "indexed"), [
    ("Türkiye'de", "Türkiye", True),        # Turkish writes a proper noun's suffix after an apostrophe
    ("İstanbul’da", "İstanbul", True),
    ("Ankara'nın", "Ankara", True),
    ("türkiye'de", "türkiye", False),       # no capital: not a name
    ("Blair's", "Blair", False),            # an English clitic: the possessive is the name's term already
    ("Don't", "Don", False),
    ("Mary'll", "Mary", False),
    ("O'Neill", "O", False),                # a capital after the apostrophe: an Irish name, whole
])
def test_a_name_before_an_apostrophe_and_a_suffix_is_indexed_at_its_place(text: str, name: str, indexed: bool) -> None:
    tokens = [(t.text, t.pos) for t in TEXT_ANALYZER(text, mode="index", positions=True)]
    assert ((analyze(name)[0], 0) in tokens and analyze(text)[0] != analyze(name)[0]) is indexed


@pytest.mark.parametrize(("text", "terms"), [
    ('צה"ל', ["צה״ל"]),              # a quote typed between Hebrew letters is gershayim
    ("צה״ל", ["צה״ל"]),
    ("צה”ל", ["צה״ל"]),              # so is a curly one, as word processors write it
    ("ג׳ורג׳", ["ג'ורג"]),            # a geresh is an apostrophe, as typed
    ("ג'ורג'", ["ג'ורג"]),
    ('אמר "שלום" לו', ["אמר", "שלום", "לו"]),  # quotes around a word are not inside it
    ('"Gaza" talks', ["gaza", "talk"]),
])
def test_a_hebrew_word_keeps_its_gershayim_and_geresh_typed_either_way(text: str, terms: list[str]) -> None:
    from newssearch.querytext import normalize

    assert analyze(normalize(text)) == analyze(text) == terms


def test_an_umlaut_written_out_is_another_spelling_at_the_same_place() -> None:
    assert analyze("Müller", mode="index") == ["muller", "müller", "mueller"]
    assert analyze("Mueller", mode="index") == ["mueller"]


@pytest.mark.parametrize(("word", "terms"), [
    ("Größe", ["gross", "größe", "groess"]),     # written out with its umlaut, ß is ss too: groesse
    ("Süßigkeiten", ["sussigkeiten", "süßigkeiten", "suessigkeiten"]),
    ("Fußball", ["fussbal", "fußbal"]),          # no umlaut: the folded form is the one written out
])
def test_a_word_written_out_writes_its_sharp_s_as_ss(word: str, terms: list[str]) -> None:
    assert analyze(word, mode="index") == terms


@pytest.mark.parametrize("text", [
    "Sales of C++ and C# tools rose 3.5% to $1,000,000 (5,000m) in l'État's 2019-20 year.",
    "O'Neill’s co-operation, e-mail and Ph.D. students; नमस्ते दुनिया; Amazon.com said.He",
    "Plain text with no plus or hash: 1,23 and 12,345,6789 and don't.",
])
def test_word_spans_are_the_token_patterns_matches(text: str) -> None:
    from newssearch.tokenpatterns import TOKEN_RE, word_spans

    assert word_spans(text) == [m.span() for m in TOKEN_RE.finditer(text)]
    assert word_spans(text, 10, 40) == [m.span() for m in TOKEN_RE.finditer(text, 10, 40)]


@pytest.mark.parametrize(("word", "stem", "function_word"), [
    ("downing", "down", "down"), ("wells", "well", "well"), ("willing", "will", "will"), ("quit", "quit", "quite"),
    ("hard", "hard", "hardly"), ("respect", "respect", "respectively"),
])
def test_a_word_whose_stem_is_a_function_word_has_a_term_of_its_own(word: str, stem: str, function_word: str) -> None:
    # the index holds function words for phrases, each as written with a mark: no other word's stem is one
    assert analyze(function_word, mode="index") == [function_word + FUNCTION_MARK]
    assert analyze(word, mode="index") == [stem]
    assert analyze(f"stand {function_word}", mode="index")[1] == function_word + FUNCTION_MARK


def test_downing_street_is_not_every_street_with_a_down(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {
        "downing.txt": "Budget row\n\nDowning Street said the budget would pass.",
        "wall.txt": "Markets\n\nShares went down on Wall Street and down again in London.",
        "quit.txt": "Coach\n\nThe coach will not quit, he said.",
        "quite.txt": "Weather\n\nIt was quite cold in the street on Monday.",
        "wells.txt": "Oil\n\nThe company drilled two wells.",
        "well.txt": "Result\n\nThe team played well and the oil price rose.",
    })
    assert found_ids(index, "downing street") == ["downing.txt"]
    assert found_ids(index, "quit") == ["quit.txt"]
    assert found_ids(index, "oil wells") == ["wells.txt"]
    assert found_ids(index, '"went down on wall street"') == ["wall.txt"]  # a phrase still finds its function words


def test_the_schema_names_the_analysis_objects_it_pickles_by_the_modules_they_have_always_been_in() -> None:
    # An index keeps its schema pickled, each analyzer, tokenizer, filter and stem function by its module path: one
    # moved to another module (a module split) leaves every index built before unopenable. Helpers these objects
    # only call (stemmedonce.py) may move.
    named: set[tuple[str, str]] = set()

    class Names(pickle.Unpickler):
        def find_class(self, module: str, name: str):  # type: ignore[no-untyped-def]
            named.add((module, name))
            return super().find_class(module, name)

    Names(io.BytesIO(pickle.dumps(make_schema()))).load()
    ours = {(module, name) for module, name in named if module.startswith("newssearch")}
    assert ours == {
        ("newssearch.authorgaps", "AuthorTokenizer"),
        ("newssearch.textanalysis", "FoldFilter"),
        ("newssearch.textanalysis", "NameTokenizer"),
        ("newssearch.textanalysis", "NewsStemFilter"),
        ("newssearch.textanalysis", "NewsStopFilter"),
        ("newssearch.textanalysis", "NewsTokenizer"),
        ("newssearch.textanalysis", "stem_english"),
    }


def test_analyze_keeps_the_text_analyzer_s_terms_and_hands_out_a_list_of_its_own() -> None:
    # a pasted page's words are analysed again and again in a parse, and in the notes' parses: kept once made
    first = analyze("Zürich's", mode="index")
    assert first == [t.text for t in TEXT_ANALYZER("Zürich's", mode="index")]
    first.append("changed")
    assert analyze("Zürich's", mode="index") == first[:-1]
    assert analyze("Zürich's") == [t.text for t in TEXT_ANALYZER("Zürich's", mode="query")]  # by mode (and language)
    other = make_schema()["title"].analyzer  # another analyzer's are its own
    assert analyze("Zürich's", other) == [t.text for t in other("Zürich's", mode="query")]
