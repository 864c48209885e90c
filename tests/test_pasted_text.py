"""Text pasted from articles read as its words: editorial brackets, a question's marks, No. before a number,
a name joined by & and single curly quotes (the cases of a tester's report)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.errors import InvalidQuery
from newssearch.lucene import sentence_marks
from newssearch.querying import parse_user_query
from newssearch.querytext import bracketed_words, normalize
from newssearch.schema import SCHEMA

TEXTS = {
    "storm.txt": "Title: Storm hits Wellington\nDate: 2024-01-05\n\nA storm hit Wellington on Tuesday. Tony Blair, "
                 'visiting from the UK, said "Who knows?!" when asked about the trade deal.',
    "rugby.txt": "Title: Rugby result\nDate: 2024-01-06\n\nCanterbury beat Otago by 5 points. Tony Smith scored.",
    "cpi.txt": "Title: Inflation hits 5%\nDate: 2024-01-07\n\nInflation rose 5% in the year to March.",
    "no10.txt": "Title: Downing Street\nDate: 2024-01-08\n\nThe memo reached No. 10 on Friday.",
    "number10.txt": "Title: Cup final\nDate: 2024-01-09\n\nNumber 10 scored twice in the final.",
    "att.txt": "Title: AT&T and A&E sign deal\nDate: 2024-01-10\n\nAT&T agreed terms with A&E. What is this? A merger.",
}


@pytest.fixture(scope="module")
def pasted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("pasted"), TEXTS)


@pytest.mark.parametrize(("typed", "expected"), [
    ("[Tony]", ["rugby.txt", "storm.txt"]),          # had been a range "[ TO ny]": every article
    ("storm [Wellington]", ["storm.txt"]),            # had been "[welling TO n]": none
    ("Blair [Tony]", ["storm.txt"]),
    ("[Tony] Smith", ["rugby.txt"]),                  # had lost the Tony condition: Smith alone
    ("storm {Wellington}", ["storm.txt"]),
    ("title:[Storm Wellington]", ["storm.txt"]),      # a field's brackets: its group
    ("[Tony Blair] said", ["storm.txt"]),
    ("storm -[Wellington]", []),
    ("date:[2024-01-05 to 2024-01-06]", ["rugby.txt", "storm.txt"]),  # date ranges as documented
    ("date:{2024-01-05 TO 2024-01-07}", ["rugby.txt"]),
    ("year:[2024 TO *]", sorted(TEXTS)),
    ("date:[* TO 2024-01-05]", ["storm.txt"]),
    ("date:>2024-01-08", ["att.txt", "number10.txt"]),
    ("[Blair]~2", ["storm.txt"]),                     # fuzzy Blair: had required the number 2 too
    ("[Blari]~1", ["storm.txt"]),
    ("[Tony]^2 Smith", ["rugby.txt"]),
    ("[Tony said]~6", ["storm.txt"]),                 # several words: their proximity
    ("[Tony said]~2", []),
])
def test_brackets_are_their_words_and_date_ranges_stay_ranges(pasted: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(pasted, typed) == expected


@pytest.mark.parametrize(("typed", "read"), [
    ("[Tony]", "(Tony)"),
    ("he [Blair] said", "he (Blair) said"),
    ("title:{Washington}", "title:(Washington)"),
    ('"he [Blair] said" [Stoke]', '"he [Blair] said" (Stoke)'),   # inside quotes: as typed
    ("[going to] resign", "(going to) resign"),                   # a lower-case "to" with no field: words
    ("date:[2020 to 2021] year:{2019 TO 2020}", "date:[2020 to 2021] year:{2019 TO 2020}"),
    ("[Blair]~2 said", "Blair~2 said"),                            # a suffix stays on the one word
    ("[Blair]^2", "Blair^2"),
    ("title:{Blair}~", "title:Blair~"),
    ("[Tony Blair]~2", '"Tony Blair"~2'),                          # several: a proximity, as Lucene's phrase
    ("[Tony Blair]^3", "(Tony Blair)^3"),                          # ... or the group's boost
    ("[Tony Blair]~", "(Tony Blair)"),                             # no distance: dropped
])
def test_brackets_outside_a_date_field_are_a_group(typed: str, read: str) -> None:
    assert bracketed_words(typed) == read


@pytest.mark.parametrize("typed", ["title:[a TO c]", "title:[a to c]", "[2020 TO 2021]", "body:{* TO m}"])
def test_a_term_range_is_refused_with_the_date_form(typed: str) -> None:
    with pytest.raises(InvalidQuery, match="a range in brackets is for dates only") as caught:
        parse_user_query(typed, SCHEMA)
    assert caught.value.hint == "use date:[2020-01 TO 2020-06] (or year:, month:); for the words, type them without brackets"


@pytest.mark.parametrize(("typed", "read"), [
    ("trade deal?!", "trade deal"),
    ("deal!? deal?!? deal?? deal!! deal?.", "deal deal deal deal deal"),
    ('"Who knows?!"', '"Who knows"'),
    ('"What is this?"', '"What is this"'),                 # a ? ending a word inside quotes
    ('"fake news"?!', '"fake news"'),
    ("wom?n", "wom?n"),                                   # a ? inside a word: a pattern
    ("Yukos?", "Yukos?"),                                 # a lone ? ending a short query: a pattern (with a note)
    ('"wom?n"', '"wom?n"'),
    ("¿Storm?", "¿Storm"),                                # a Spanish question's closing mark, after its opening one
    ("¿Quién sabe?", "¿Quién sabe"),
    ("¿wom?n", "¿wom?n"),                                 # a ? inside a word: a pattern still
])
def test_sentence_punctuation_is_no_pattern(typed: str, read: str) -> None:
    assert sentence_marks(typed) == read


@pytest.mark.parametrize(("typed", "expected"), [
    ("trade deal?!", ["storm.txt"]),
    ('"Who knows?!"', ["storm.txt"]),
    ('"Who knows?"', ["storm.txt"]),
    ('"What is this?"', ["att.txt"]),
    ("No. 10", ["no10.txt"]),                             # as "No 10": not "Number 10"
    ("No 10", ["no10.txt"]),
    ("‘Who knows’", ["storm.txt"]),                      # single curly quotes: a phrase
    ("‚Who knows‘", ["storm.txt"]),
    ("¿Wellington?", ["storm.txt"]),                     # "Wellington?" had been a pattern of one more letter: none
])
def test_pasted_text_finds_its_article(pasted: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(pasted, typed) == expected


@pytest.mark.parametrize("typed", ["AT&T", "A&E", "title:AT&T"])
def test_a_name_joined_by_an_ampersand_gets_no_left_out_note(pasted: Path, typed: str) -> None:
    with open_index(pasted) as idx:
        result = idx.search(typed)
    assert ([hit.id for hit in result.hits], result.notice) == (["att.txt"], None)


def test_a_stopword_alone_at_the_end_is_still_noted(pasted: Path) -> None:
    with open_index(pasted) as idx:
        assert idx.search("At AT&T").notice == '"at" is too common to search and left out (a phrase in quotes keeps them)'


@pytest.mark.parametrize(("typed", "read"), [
    ("‘soon’", '"soon"'),
    ("‚bald‘", '"bald"'),
    ("Blair’s ‘new’ plan", "Blair's \"new\" plan"),
    ("‘don’t go’", "\"don't go\""),
    ("O’Brien don’t ’90s", "O'Brien don't '90s"),          # apostrophes, not quotes
    ("the players’ union", "the players' union"),
    ("“he said ‘soon’ today”", "\"he said 'soon' today\""),  # inside a phrase: apostrophes
])
def test_single_curly_quotes_around_words_are_a_phrase(typed: str, read: str) -> None:
    assert normalize(typed) == read


@pytest.mark.parametrize(("typed", "read"), [
    ("\u200fStorm\u200f", "Storm"), ("Wel\u200eling\u202aton\u202c", "Wellington"), ("\u2067Blair\u2069 \u061c", "Blair"),
])
def test_bidirectional_marks_are_no_part_of_the_query(typed: str, read: str) -> None:
    # pasted with a right-to-left page's words: invisible, as a zero-width space is (inside a word they had split it)
    assert normalize(typed) == read


def test_a_query_of_bidirectional_marks_alone_is_empty() -> None:
    # had said "nothing to search for in ''": the marks, which the message leaves out, had been left for the parser
    with pytest.raises(InvalidQuery, match="^the query is empty "):
        parse_user_query("\u200f\u202a\u202c", SCHEMA)


def test_a_typed_word_is_analysed_once_for_the_title_and_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    # the parser read each word of a query once per field searched, the title's and the body's one analyzer alike, and
    # again as its phrase of terms: four analyses a word, over half of a pasted paragraph's parse (600 words: 2,400)
    from newssearch import schema as schema_module
    from newssearch.textanalysis import TEXT_ANALYZER

    typed = "Ministers met union leaders on Tuesday; the talks on pay went well, ministers said"
    expected = parse_user_query(typed, SCHEMA)
    counted: list[str] = []

    class Counting:
        def __call__(self, value: str, **kwargs: object):  # type: ignore[no-untyped-def]
            if kwargs.get("mode") == "query":
                counted.append(value)
            return TEXT_ANALYZER(value, **kwargs)

    schema, counting = schema_module.make_schema(), Counting()
    for name in ("title", "body"):  # one analyzer, as TEXT_ANALYZER is
        monkeypatch.setattr(schema[name], "analyzer", counting)
    parsed = parse_user_query(typed, schema)
    assert parsed.query == expected.query  # the same query
    words = [word for word in counted if word.isalpha()]
    assert len(words) <= 2 * len(set(words))  # as a phrase of terms (stopwords kept) and as its terms alone
