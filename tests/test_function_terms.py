"""A typed word that is a language's function word counts for nothing in that language's articles, as that
language's analyser in Lucene drops it: "die" and "la" no longer rank, find or mark German and French articles,
while an English article's "die" or "war" is still a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whoosh import query as wq

from newssearch import build_index, open_index
from newssearch.functionterms import function_terms, without_function_words

ARTICLES = [
    {"id": "de1", "language": "de", "title": "Die Wahlen", "body": "Vor den Wahlen fiel der Markt."},
    {"id": "de2", "language": "de", "title": "Die Bahn",
     "body": "Die Züge der Bahn kamen spät, die Fahrgäste warteten, die Bahn schwieg."},
    {"id": "de3", "language": "de", "title": "Besuch", "body": "Der Minister war gestern in Berlin."},
    {"id": "de4", "language": "de", "title": "Ideen für den Kindergeburtstag",
     "body": "Spiele über den Nachmittag."},
    {"id": "en1", "language": "en", "title": "Soldiers die in war", "body": "Two soldiers die in the war, the army said."},
    {"id": "fr1", "language": "fr", "title": "Retraites", "body": "La réforme des retraites divise la France."},
    {"id": "fr2", "language": "fr", "title": "La grève",
     "body": "La grève de la SNCF: des trains de la banlieue et des TGV de la région sont annulés."},
    {"id": "mi1", "language": "mi", "title": "Te reo", "body": "Ka ako ngā tamariki i te reo Māori i te kura."},
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("functionterms")
    (root / "corpus").mkdir()
    lines = (json.dumps(article, ensure_ascii=False) for article in ARTICLES)
    (root / "corpus" / "news.jsonl").write_text("\n".join(lines), encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def found(index: Path, text: str, match: str = "all") -> list[tuple[str, str]]:
    """The ids found for ``text`` (sorted) with the words their title and body mark."""
    with open_index(index) as ix:
        hits = ix.search(text, match=match).hits
    return sorted((hit.id.split("#")[1], " ".join(
        part for snippet in (hit.title_marks, hit.snippet) if snippet for part, marked in snippet.parts() if marked))
        for hit in hits)


def test_a_function_word_finds_and_marks_nothing_in_its_languages_articles(index: Path) -> None:
    # "die" had found every German article (de2 with no Wahl under --match any) and was marked in each
    assert found(index, "die Wahl") == [("de1", "Wahlen Wahlen")]
    assert found(index, "die Wahl", "any") == [("de1", "Wahlen Wahlen"), ("en1", "die die")]
    assert found(index, "la réforme des retraites") == [("fr1", "Retraites réforme retraites")]  # not "La", "la"
    assert found(index, "la grève de la SNCF") == [("fr2", "grève grève SNCF")]  # nor "de", "des" (stemmed "de")
    assert found(index, "te reo") == [("mi1", "reo reo")]
    # an English article's "die" and "war" are words; a German one's "war" (was) is not
    assert found(index, "war") == [("en1", "war war")]
    assert found(index, "die") == [("en1", "die die")]
    assert found(index, "die -Wahl") == [("en1", "die die")]  # a NOT does not make "die" free in German articles
    assert found(index, "der die") == []  # German articles: nothing else to find; no English one says "der"


def test_a_function_word_with_an_umlaut_is_one_in_each_of_its_spellings(index: Path) -> None:
    # "für" is also searched as its written-out spelling "fuer" (longvowels), which was no function word: in a German
    # article neither "fur" (kept out of German articles) nor "fuer" (German stems it fur) matched, so a German title
    # with "für" or "über" in it, typed as it is, found nothing
    assert found(index, "Ideen für den Kindergeburtstag") == [("de4", "Ideen Kindergeburtstag")]
    assert found(index, "Spiele über Nachmittag") == [("de4", "Spiele Nachmittag")]
    assert function_terms(["für"], ("de",)) == {"fur": frozenset({"de"}), "für": frozenset({"de"}),
                                                 "fuer": frozenset({"de"})}


def test_a_phrase_keeps_its_function_words(index: Path) -> None:
    assert found(index, '"die Bahn"') == [("de2", "Die Bahn die Bahn")]
    assert found(index, '"la réforme"') == [("fr1", "La réforme")]
    # … with a wildcard or a free word in it too: its words had been searched as keywords, "der" and "des" outside
    # German and French articles, so that such a phrase found none of theirs
    assert found(index, '"réforme des retr*"') == [("fr1", "réforme des retraites")]
    assert found(index, '"grève de la SN*"') == [("fr2", "grève de la SNCF")]
    assert found(index, '"Züge der Ba*"') == [("de2", "Züge der Bahn")]
    assert found(index, '"die * der"') == [("de2", "Die Züge der")]


def test_a_filter_beside_function_words_is_no_other_word_to_find(index: Path) -> None:
    # "die lang:de" had found every German article (the filter counted as a word they had to match), "die" alone none;
    # the query checker saw "los date:2005" find Spanish articles that "los --since 2005" did not
    assert found(index, "die lang:de") == found(index, "(der die) lang:de") == []
    assert found(index, "die Wahl lang:de") == [("de1", "Wahlen Wahlen")]
    assert found(index, "die lang:en") == [("en1", "die die")]


def test_a_query_with_a_function_word_is_rewritten_whole(index: Path) -> None:
    # a source's spellings (indexquery) rebuild every node with apply(): "(die) source:\"BBC News\"" on an index
    # holding German articles ended in 'unexpected TypeError' (LanguageFree took no score)
    query = without_function_words(wq.And([wq.Term("body", "die"), wq.Term("body", "wahl")]), ["die", "Wahl"],
                                   ("de",), "all")
    assert query.apply(lambda child: child) == query
    assert found(index, 'die source:"BBC News"') == []


def test_a_function_words_terms_and_an_index_without_those_languages() -> None:
    stops = function_terms(["des", "retraites"], ("de", "fr"))
    assert stops == {"des": frozenset({"de", "fr"}), "de": frozenset({"de", "fr"})}  # French stems des as de
    assert function_terms(["war", "wars"], ("de",)) == {}  # "war" is also the term of wars, a word of its own
    query = wq.And([wq.Term("body", "die"), wq.Term("body", "wahl")])
    assert without_function_words(query, ["die", "Wahl"], ("fr",), "all") is query  # "die" is no French word


def test_an_or_keeps_what_a_fuzzy_word_finds_in_the_language_of_a_function_word_typed_beside_it(index: Path) -> None:
    # the query checker: "(les~)" found a Spanish article by its "los", "(les~) OR los" did not, the typed "los"
    # keeping out of Spanish articles the "los" the fuzzy word had found too; an OR must keep every hit of its parts
    for match in ("all", "any"):
        alone = {hit for hit, _ in found(index, "dem~", match)}
        assert "de1" in alone  # "der Markt": dem~ finds der
        assert alone <= {hit for hit, _ in found(index, "dem~ OR der", match)}
        assert alone <= {hit for hit, _ in found(index, "der OR dem~", match)}


@pytest.mark.parametrize(("text", "notice"), [
    ("der", "der is a very common word in articles in lang:de, searched in them only in a phrase (quote it with the "
            "words beside it): 3 of them have the query's words, and no article in another language matches"),
    ("der den", "der and den are very common words in articles in lang:de, searched in them only in a phrase (quote "
                "them with the words beside them): 1 of them has the query's words, and no article in another "
                "language matches"),
])
def test_a_function_word_that_finds_nothing_is_said_so_not_blamed_on_a_typed_not(index: Path, text: str,
                                                                                  notice: str) -> None:
    # "dass" or "und" alone had been answered "its NOTs leave out every article the rest of the query finds": the NOT
    # is the query's own (the word is kept out of its language's articles), none was typed.
    with open_index(index) as ix:
        result = ix.search(text)
    assert (result.total, result.notice) == (0, notice)
