"""A reporter's name typed as words (``Jane Doe``), as a journalist looks up a colleague's stories: plain words search
the title and the text, where a byline's name seldom is (it is the article's author), so nothing was found, and the
note offered ``--match any`` (any article with "Jane" or "Doe") rather than ``author:"Jane Doe"``, which finds her
articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index

TEXTS = {
    "rail.txt": "Rail plans unveiled\n\nBy Jane Doe\n\n12 March 2024\n\nThe Chancellor set out plans for rail.\n",
    "herald.json": '{"title": "Port strike ends", "text": "Dock workers returned to the port.", "source": "NZ Herald"}',
    "bridge.txt": "Bridge closed\n\nBy Tom Roe and Jane Doe\n\n13 March 2024\n\nThe harbour bridge closed overnight.\n",
    "ferry.txt": "Ferry late\n\nBy Tom Roe\n\n14 March 2024\n\nThe ferry ran late again.\n",
    "doe.txt": "Deer season opens\n\nA doe and her fawn were seen near the lake, a ranger named Jane said.\n",
}


@pytest.fixture(scope="module")
def bylines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("bylines"), TEXTS)


@pytest.mark.parametrize("typed", ["Tom Roe", "tom roe", '"Tom Roe"'])
def test_an_authors_name_typed_as_words_names_the_author_search_that_finds_her(bylines: Path, typed: str) -> None:
    with open_index(bylines) as idx:
        result = idx.search(typed)
    assert (result.total, result.notice) == (0, f"{typed.strip(chr(34))} is searched as words of the text: "
                                                f"'author:\"{typed.strip(chr(34))}\"', the articles "
                                                "by that author, finds 2")


def test_words_that_name_no_author_keep_the_note_they_had(bylines: Path) -> None:
    with open_index(bylines) as idx:
        result = idx.search("harbour rail")
    assert (result.total, result.notice) == (0, "no article has all these words: --match any finds 2")


def test_a_name_found_in_the_text_says_nothing(bylines: Path) -> None:
    with open_index(bylines) as idx:
        result = idx.search("Jane Doe")
    assert (result.total, result.notice) == (1, None)


@pytest.mark.parametrize("typed", ["Roe", "roe"])
def test_a_surname_alone_names_the_author_search(bylines: Path, typed: str) -> None:
    # a reporter's surname alone had been offered a "Did you mean" of a word, not her byline
    with open_index(bylines) as idx:
        result = idx.search(typed)
    assert (result.total, result.notice) == (0, f"{typed} is searched as words of the text: 'author:{typed}', the "
                                                "articles by that author, finds 2")


@pytest.mark.parametrize("typed", ["NZ Herald", '"NZ Herald"', "nz herald"])
def test_a_publishers_name_typed_as_words_names_the_source_search(bylines: Path, typed: str) -> None:
    # it had been offered --match any (any article with "NZ" or "Herald") rather than its publisher's articles
    with open_index(bylines) as idx:
        result = idx.search(typed)
    name = typed.strip(chr(34))
    assert (result.total, result.notice) == (0, f"{name} is searched as words of the text: 'source:\"{name}\"', the "
                                                "articles of that publisher, finds 1")


@pytest.mark.parametrize(("typed", "by_name", "whose"), [
    ("@NZHerald", "source:NZHerald", "of that publisher"),  # a source's name written solid finds it
    ("@tom_roe", 'author:"tom roe"', "by that author"),  # a handle's underscore parts a name's words
    ("@Roe", "author:Roe", "by that author"),
])
def test_a_handle_names_the_author_or_source_search(bylines: Path, typed: str, by_name: str, whose: str) -> None:
    # '@NZHerald', a handle pasted from a social post, had found nothing, saying nothing
    with open_index(bylines) as idx:
        result = idx.search(typed)
    assert (result.total, result.notice) == (0, f"{typed} is searched as words of the text: '{by_name}', the articles "
                                                f"{whose}, finds {1 if whose == 'of that publisher' else 2}")


@pytest.mark.parametrize(("typed", "quoted", "found"), [
    ("author:Tom Roe", 'author:"Tom Roe"', 2),
    ("author:Tom Roe ferry", 'author:"Tom Roe" ferry', 1),  # the longest name that finds something
    ("harbour byline:tom roe", 'harbour byline:"tom roe"', 1),
    ("source:NZ Herald", 'source:"NZ Herald"', 1),
])
def test_a_name_typed_without_its_quotes_after_its_field_names_the_quoted_search(bylines: Path, typed: str,
                                                                                  quoted: str, found: int) -> None:
    # 'author:Tom Roe' searches author:Tom and Roe in the text, where a byline's name seldom is: it had found nothing,
    # saying nothing
    field = typed.split(":")[0].split()[-1]
    first = typed.split(":")[1].split()[0]
    with open_index(bylines) as idx:
        result = idx.search(typed)
    assert (result.total, result.notice) == (0, f"{field}:{first} takes one word, the words after it are searched in "
                                                f"the text: '{quoted}' finds {found}")


NAMES = {
    "rail.txt": "Rail plans unveiled\n\nBy Tom Manch\n\n12 March 2024\n\nThe Chancellor set out plans for rail.\n",
    "march.txt": "Protest\n\nThousands joined the march through the city.\n",
    "budget.txt": "Budget passed\n\nBy Ann Goverment\n\n13 March 2024\n\nThe budget passed its third reading.\n",
    "notes.txt": "Notes\n\nBy Kim Budgte\n\n14 March 2024\n\nShort notes from the house.\n",  # a slip of budget (1)
    # a word 100 times as common as the byline's name that is one slip from it: "government", a letter left out
    **{f"cabinet{n}.txt": f"Cabinet\n\nThe government met on day {n}.\n" for n in range(100)},
}


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("names"), NAMES)


@pytest.mark.parametrize("typed", ["Manch", "manch", "Tom Manch", '"Tom Manch"',
                                   "Budgte"])  # a slip of "budget", but a word in one article, not a hundred
def test_a_name_the_index_holds_as_typed_is_offered_no_other_word(names: Path, typed: str) -> None:
    # it had also been offered "Did you mean: March": a word the index holds, as a name, is no typo
    with open_index(names) as idx:
        result = idx.search(typed)
    name = typed.strip(chr(34))
    by_name = f'author:"{name}"' if " " in name else f"author:{name}"
    assert (result.total, result.suggestion, result.notice) == (
        0, None, f"{name} is searched as words of the text: '{by_name}', the articles by that author, finds 1")


def test_a_name_that_is_a_slip_of_a_far_commoner_word_keeps_its_did_you_mean(names: Path) -> None:
    # a byline's typo, Goverment, beside "government" in 100 articles: the correction is the likelier reading, by the
    # rule a word the index knows is corrected by (spelling.commoner_word)
    with open_index(names) as idx:
        result = idx.search("goverment")
    assert (result.total, result.suggestion, result.notice) == (
        0, "government", "goverment is searched as words of the text: 'author:goverment', the articles by that "
                         "author, finds 1")


def test_a_word_that_names_no_one_keeps_its_did_you_mean(names: Path) -> None:
    with open_index(names) as idx:
        result = idx.search("marhc")
    assert (result.total, result.suggestion) == (0, "march")


@pytest.mark.parametrize("command", ["search", "timeline"])
def test_a_names_author_search_is_counted_once(names: Path, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Did you mean" (is the name likelier than March?) and the note (it names an author) had each run author:Manch;
    # March, in one article of 104, is no longer offered for Manch (n for r is no slip of the fingers), so Did you
    # mean runs nothing and the note runs author:Manch once
    from newssearch.searcher import NewsIndex

    counted: list[object] = []
    matched = NewsIndex._matched

    def counting(self: NewsIndex, typed: object, match: str, date_filter: set[int] | None) -> set[int]:
        counted.append(typed)
        return matched(self, typed, match, date_filter)  # type: ignore[arg-type]

    monkeypatch.setattr(NewsIndex, "_matched", counting)
    with open_index(names) as idx:
        getattr(idx, command)("Manch")
    assert [typed for typed in counted if isinstance(typed, str)] == ["author:Manch"]
