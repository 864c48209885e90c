"""Forms other engines accept (Lucene, Elasticsearch, web search), read as meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids

from newssearch.errors import InvalidQuery
from newssearch.lucene import apostrophes_for_stray_quotes, lucene_forms
from newssearch.querying import parse_user_query
from newssearch.querytext import listed_words
from newssearch.schema import SCHEMA


@pytest.mark.parametrize(("typed", "read"), [
    ("oil date:1987-3", "oil date:1987-03"),
    ("oil date:1987-3-5", "oil date:1987-03-05"),
    ("date:[1987-4-1 TO 1987-4-5]", "date:[1987-04-01 TO 1987-04-05]"),
    ("published:>1987-3", "published:>1987-03"),
    ("title:1987-3 covid-19", "title:1987-3 covid-19"),        # only dates are padded
    ('oil date:"1987-03-05" year:\'1987\'', "oil date:1987-03-05 year:1987"),  # a date quoted, as Kibana users type it
    ('title:"1987-03" date:"1987 oil"', 'title:"1987-03" date:"1987 oil"'),  # a quoted title, or no one date: as typed
    ("blair && brown || kennedy", "blair AND brown OR kennedy"),
    ("title:-blair title:!brown intitle:+kennedy", "-title:blair -title:brown +intitle:kennedy"),  # the sign first
    ('-title:-"tony blair" "a title:-b"', '-title:"tony blair" "a title:-b"'),  # one NOT; inside quotes: as typed
    ("title:-5 foo:-bar", "title:-5 foo:-bar"),                # a negative number, or no field: as typed
    ("election !blair", "election -blair"),
    ("election !!blair -!blair", "election -blair -blair"),   # a run of signs with a bang is one NOT
    ("brown~0.8 blair~1.5 clark~0.1", "brown~1 blair~1 clark~2"),
    ("brown~0.9", "brown~0"),                                  # half an edit is none: the word exactly, as ~0
    ("blair~0.0 blair~.0 blair~0.00", "blair~0 blair~0 blair~0"),  # exact, as blair~0 (Lucene 4 on); had been 2 edits
    ("brown~00 brown~01 brown~02 brown~100", "brown~0 brown~1 brown~2 brown~2"),  # leading zeros: the number's edits
    ("blair~0.5~ brown~10~ brown~10~2", "blair~0.5~ brown~10~ brown~10~2"),  # a second ~: as typed, for querychecks
    ('"brown~0.8" a&&b', '"brown~0.8" a&&b'),                  # inside quotes and inside words: as typed
    # a word of one or two letters with a bare ~ is the word exactly, ~0 (Elasticsearch's AUTO fuzziness): mx~ had
    # found "Ma'a"
    ("mx~ (x~) title:uk~ -nz~^2", "mx~0 (x~0) title:uk~0 -(nz~0)^2"),
    ("oil~-1 mx~-1", "oil~-1 mx~-1"),                         # a negative number: as typed, for querychecks to refuse
    ("mx~1 mx~0.5 mix~ Ma'a~ l'a~ 3m~", "mx~1 mx~1 mix~ Ma'a~ l'a~ 3m~"),  # a number typed, three letters: fuzzy
    ("why did Yukos go bankrupt?", "why did Yukos go bankrupt"),
    ("What price for 'trusted PC security'?", "What price for 'trusted PC security'"),  # a question's mark after a quote
    ('is it "fake news"?', 'is it "fake news"'),
    ("blai?r", "blai?r"),                                      # a ? inside a word is a pattern
    ("f-1?", "f-1?"),                                          # ... and so is one ending a short query
    ("oil~2^3 oil^3~2", "(oil~2)^3 (oil~2)^3"),                # a ~ and a boost, in either order
    ('"oil prices"~5^2 "oil prices"^2~5', '("oil prices"~5)^2 ("oil prices"~5)^2'),
    ("-oil~^1.5 title:oil~1^2", "-(oil~)^1.5 (title:oil~1)^2"),  # the sign outside, the field inside
    ('"a oil~2^3" oil^2', '"a oil~2^3" oil^2'),                # inside quotes, or a boost alone: as typed
    ("[Tony Blair]~2^3 [Blair]^3~2", "([Tony Blair]~2)^3 ([Blair]~2)^3"),  # brackets: read after this
    ('blair^5. "tony blair"^1.5. offcer~1.', 'blair^5 "tony blair"^1.5 offcer~1'),  # a sentence's full stop
    ("(blair^2.) blair^2.5 blair^2.x", "(blair^2) blair^2.5 blair^2.x"),  # a decimal, or no full stop: as typed
])
def test_forms_are_rewritten(typed: str, read: str) -> None:
    assert lucene_forms(typed) == read


@pytest.mark.parametrize(("typed", "same_as"), [
    ("offcer~\uff11", "offcer~1"), ("offcer~\u0661", "offcer~1"),          # full-width and Arabic-Indic digits
    ('"officer shot"~\uff15', '"officer shot"~5'), ("title:police^\uff13 gunmen", "title:police^3 gunmen"),
    ("gunmn~\uff11^\uff12", "gunmn~1^2"),
])
def test_a_number_after_a_tilde_or_caret_in_other_digits_is_the_number(features_index: Path, typed: str,
                                                                         same_as: str) -> None:
    # offcer~３ had been offcer~ and a word 3, required (no articles); police^３ the phrase "police 3"
    assert found_ids(features_index, typed) == found_ids(features_index, same_as) != []


@pytest.mark.parametrize(("typed", "same_as"), [
    ("title\uff1agunmen", "title:gunmen"), ("police author\ufe55smith", "police author:smith"),  # full-width, small
    ("Title\uff1a\"police officer\"", 'Title:"police officer"'),
])
def test_a_full_width_colon_after_a_field_name_is_the_fields_colon(features_index: Path, typed: str,
                                                                   same_as: str) -> None:
    # a Chinese or Japanese input method's colon: title：gunmen had found nothing, saying nothing
    assert found_ids(features_index, typed) == found_ids(features_index, same_as) != []


@pytest.mark.parametrize(("typed", "same_as"), [
    ("title : gunmen", "title:gunmen"), ("police author :smith", "police author:smith"),
    ("date :2020-10", "date:2020-10"), ("police -title : gunmen", "police -title:gunmen"),
    ("Title\u202f: \"police officer\"", 'Title:"police officer"'),  # French typography's narrow no-break space
    ("title \uff1agunmen", "title:gunmen"),
])
def test_a_space_before_a_field_names_colon_is_the_fields_colon(features_index: Path, typed: str,
                                                                 same_as: str) -> None:
    # a colon spaced as French typography spaces it: 'title : gunmen' had searched the words title and gunmen,
    # 'date :2020-10' the words date and 2020-10, finding nothing
    assert found_ids(features_index, typed) == found_ids(features_index, same_as) != []


def test_a_space_before_a_colon_after_other_words_stays_as_typed() -> None:
    from newssearch.querytext import normalize

    assert normalize('score : 3 "title : gunmen" titles : x') == 'score : 3 "title : gunmen" titles : x'


def test_a_number_with_a_second_tilde_is_refused_as_typed() -> None:
    # its number had been read first, the refusal quoting what was never typed: "cannot read the number after ~2~ in
    # 'blair~2~'" of blair~0.5~
    with pytest.raises(InvalidQuery) as caught:
        parse_user_query("blair~0.5~", SCHEMA)
    assert caught.value.args[0] == "cannot read the number after ~0.5~ in 'blair~0.5~'"


CAPPED = "a word may differ by 2 letters at most"


@pytest.mark.parametrize(("typed", "notice"), [
    ("oil~9", f"oil~9 is read as oil~2: {CAPPED}"),
    ("police oil~100 title:gas~3", f"oil~100 and gas~3 are read as oil~2 and gas~2: {CAPPED}"),
    ("clark~0.1", f"clark~0.1 is read as clark~2: {CAPPED}"),         # a similarity of 0.1 is 4 of its 5 letters
    ("oil~9^2 oil^3~5 offcer~7.", f"oil~9, oil~5 and offcer~7 are read as oil~2, oil~2 and offcer~2: {CAPPED}"),
    ("oil~2 oil~ oil~0.5 oil~02", None),                              # at most 2 asked: nothing to say
    ('"oil prices"~9', None),                                         # a phrase's ~ is its slop
    ('"oil~9"', f"oil~9 is read as oil~2: {CAPPED}"),                # in quotes as fuzzy as outside (it is searched so)
])
def test_a_fuzzy_word_asking_more_edits_than_allowed_says_so(typed: str, notice: str | None) -> None:
    # oil~9 had been searched as oil~2, saying nothing (a boost too large is refused: this still finds what it can)
    assert parse_user_query(typed, SCHEMA).notice == notice


def test_a_full_width_colon_after_other_words_stays_as_typed() -> None:
    from newssearch.querytext import normalize

    assert normalize('比分\uff1a3 "title\uff1agunmen"') == '比分\uff1a3 "title\uff1agunmen"'


@pytest.mark.parametrize(("boosted", "other_order", "plain", "boost"), [
    ("gunmn~1^3", "gunmn^3~1", "gunmn~1", 3.0),
    ('"gunmen officer"~5^2', '"gunmen officer"^2~5', '"gunmen officer"~5', 2.0),
])
def test_a_boost_with_a_tilde_multiplies_the_scores(features_index: Path, boosted: str, other_order: str, plain: str,
                                                    boost: float) -> None:
    # Lucene reads term~2^3; these had been refused ("cannot read the number after ~2^3")
    from newssearch import open_index

    with open_index(features_index) as idx:
        once, more = idx.search(plain).hits, idx.search(boosted).hits
        for match in ("all", "any"):  # (under any, the feedback words weigh less beside a boosted query)
            assert idx.search(other_order, match=match).hits == idx.search(boosted, match=match).hits
    assert [hit.id for hit in more] == [hit.id for hit in once] == ["wire.jsonl#shooting", "wire.jsonl#arrests"]
    assert [hit.score for hit in more] == pytest.approx([boost * hit.score for hit in once], rel=1e-9)


def test_a_stray_quote_inside_a_word_is_an_apostrophe() -> None:
    assert apostrophes_for_stray_quotes('Blair"s plan') == "Blair's plan"
    assert apostrophes_for_stray_quotes('"Blair"s plan') == '"Blair"s plan'  # balanced: quotes stay quotes


@pytest.mark.parametrize(("typed", "expected"), [
    ("police date:2020-6", ["harbour"]),
    ("date:2020-6", ["ferries", "harbour"]),
    ("date:2020-10-26", ["shooting"]),
    ("date:[2020-6-1 TO 2020-6-20]", ["harbour"]),
    ('police date:"2020-06"', ["harbour"]),                    # had been "cannot read the date in 'date:"2020-06"'"
    ("police date:“2020-06”", ["harbour"]),
    ("police && gunmen", ["arrests", "shooting"]),
    ("gunmen || harbour", ["arrests", "harbour", "shooting"]),
    ("police !gunmen date:2020", ["harbour"]),
    ("gunmen title:-police", ["arrests"]),                     # had found the titles with police: the opposite
    ('gunmen title:-"police officer"', ["arrests"]),           # had lost its field too
    ("were the gunmen arrested?", ["arrests"]),
])
def test_they_find_what_they_mean(features_index: Path, typed: str, expected: list[str]) -> None:
    assert found_ids(features_index, typed) == sorted(f"wire.jsonl#{name}" for name in expected)


@pytest.mark.parametrize(("typed", "read"), [
    ("economy,growth", "economy growth"),
    ("labour;tory;greens", "labour tory greens"),
    ("police, gunmen", "police, gunmen"),                      # spaced already
    ("1,000 5,000m 3,5", "1,000 5,000m 3,5"),                  # a digit group is one number
    ("covid-19,flu", "covid-19 flu"),
    ('"bank,england" a,b', '"bank,england" a b'),              # inside quotes: as typed
])
def test_words_joined_by_a_comma_or_semicolon_are_words(typed: str, read: str) -> None:
    assert listed_words(typed) == read


@pytest.mark.parametrize("typed", ["police,gunmen", "police;gunmen", "Police,Gunmen"])
def test_a_keyword_list_finds_what_its_words_spaced_find(features_index: Path, typed: str) -> None:
    spaced = typed.replace(",", " ").replace(";", " ")
    assert found_ids(features_index, typed) == found_ids(features_index, spaced) != []


@pytest.mark.parametrize("spaced", ["police date:> 2020-06", "police date: > 2020-06", "police published:>=  2020-07"])
def test_a_comparison_spaced_from_its_date_is_the_comparison(features_index: Path, spaced: str) -> None:
    # had been refused: "cannot read the date in 'date:>'"
    assert found_ids(features_index, spaced) == found_ids(features_index, "police date:>2020-06") != []


def test_a_comparison_that_cannot_be_read_quotes_what_was_typed() -> None:
    with pytest.raises(InvalidQuery, match=r"'date:<1987-13-19T12:00'"):  # (a timestamp of a real day is its day)
        parse_user_query("date:<1987-13-19T12:00", SCHEMA)
    with pytest.raises(InvalidQuery, match="cannot read the boost in 'blair\\^1.5\\^2'"):
        parse_user_query("blair^1.5^2", SCHEMA)


def test_a_field_name_then_a_space_searches_that_field() -> None:
    assert lucene_forms('title: gunmen author: "ali khan"') == 'title:gunmen author:"ali khan"'
    assert lucene_forms('"a title: gunmen"') == '"a title: gunmen"'  # inside quotes: as typed


@pytest.mark.parametrize(("typed", "hint"), [
    ("title:", "put the words right after the colon: title:police"),
    ("police text:", "put the words right after the colon: text:police"),
    ("(author: )", "put the words right after the colon: author:smith"),
    ("economy date:", "put the date right after the colon: date:2020-06"),   # a date, not a word
    ("published: ", "put the date right after the colon: published:2020-06"),
    ("year:", "put the year right after the colon: year:2020"),                # had searched the word "year"
    ('title:"', "put the words right after the colon: title:police"),          # a lone quote: the word "title"
    ('author:"" blair', "put the words right after the colon: author:smith"),  # empty quotes: a stopword message
    ("title:(", "put the words right after the colon: title:police"),          # a bracket opened on nothing: 40
    ("police source:( ", "put the words right after the colon: source:reuters"),   # hits for the words title, source
    ("police id:", "put the article's id right after the colon: id:politics/223.txt"),  # had been "id:police"
])
def test_a_field_name_with_nothing_after_it_is_refused(typed: str, hint: str) -> None:
    with pytest.raises(InvalidQuery, match="nothing to search for after") as caught:
        lucene_forms(typed)
    assert caught.value.hint == hint


def test_a_space_after_a_fields_open_bracket_is_left_out() -> None:
    # Whoosh read "title:( gunmen", its bracket unclosed, as the words title and gunmen; "title:( gunmen)" it reads
    assert lucene_forms("title:( gunmen") == "title:(gunmen"
    assert lucene_forms('title:( gunmen OR ali) "source:(  x"') == 'title:(gunmen OR ali) "source:(  x"'


def test_a_field_inside_quotes_is_words() -> None:
    assert lucene_forms('"the title:"') == '"the title:"'


def test_a_spaced_field_finds_what_the_field_holds(features_index: Path) -> None:
    assert found_ids(features_index, "title: gunmen") == found_ids(features_index, "title:gunmen")
    assert found_ids(features_index, "title:( gunmen") == found_ids(features_index, "title:gunmen")


def test_a_two_letter_fuzzy_word_is_the_word(tmp_path: Path) -> None:
    # mx~ had found Ma'a Nonu (one edit of two letters); a number typed after the ~ still allows its edits
    from newssearch import build_index

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "wire.jsonl").write_text(
        '{"id": "nonu", "title": "Nonu returns", "text": "Ma\'a Nonu returned."}\n'
        '{"id": "council", "title": "Council vote", "text": "Mx Smith voted."}\n')
    build_index(tmp_path / "corpus", tmp_path / "index")
    assert found_ids(tmp_path / "index", "mx~") == ["wire.jsonl#council"]
    assert found_ids(tmp_path / "index", "mx~1") == ["wire.jsonl#council", "wire.jsonl#nonu"]


def test_a_two_letter_grammar_word_with_a_bare_tilde_is_searched_with_no_edit(tmp_path: Path) -> None:
    # an~ is an~0, the word exactly, as the~, an~0 and an~1 search their typed word; it had been the plain word an,
    # a stop word left out, so "mx an~" found every article with mx (differential seeds 469, 470)
    from newssearch import build_index

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "wire.jsonl").write_text(
        '{"id": "without", "title": "Council vote", "text": "Mx Smith voted up the motion."}\n'
        '{"id": "with", "title": "Council hour", "text": "Mx Jones voted in an hour."}\n')
    build_index(tmp_path / "corpus", tmp_path / "index")
    for match in ("all", "any"):
        assert found_ids(tmp_path / "index", "mx an~", match=match) == \
            found_ids(tmp_path / "index", "mx an~0", match=match)
    assert found_ids(tmp_path / "index", "mx an~") == ["wire.jsonl#with"]
    assert found_ids(tmp_path / "index", "mx up~") == ["wire.jsonl#without"]


def test_a_fuzzy_word_of_no_edit_by_its_number_is_the_word_exactly(tmp_path: Path) -> None:
    # an~0.0, an~0.9 and an~00 allow no edit: an~0, the typed word searched exactly; they had been the plain word an,
    # a stop word left out, so "mx an~0.0" found every article with mx, while "mx an~0" found one
    from newssearch import build_index

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "wire.jsonl").write_text(
        '{"id": "without", "title": "Council vote", "text": "Mx Smith voted up the motion."}\n'
        '{"id": "with", "title": "Council hour", "text": "Mx Jones voted in an hour."}\n')
    build_index(tmp_path / "corpus", tmp_path / "index")
    for typed in ("mx an~0.0", "mx an~0.9", "mx an~.0", "mx an~00"):
        for match in ("all", "any"):
            assert found_ids(tmp_path / "index", typed, match=match) == \
                found_ids(tmp_path / "index", "mx an~0", match=match), (typed, match)
        assert found_ids(tmp_path / "index", typed) == ["wire.jsonl#with"], typed
