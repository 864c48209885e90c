"""Indexing one long text holds a few times the text in memory, not one Python object per word: a 200 MB text had
taken 5 GB (26 times its size) at its peak, and a 1 GB one would have been killed by the system without a word.

Each bound is the peak of memory traced while one step runs, as a multiple of the text's characters (this text
is stored two bytes a character: its apostrophe is not Latin-1), about half of what the step had taken before.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

from newssearch.fastanalysis import compile_schema
from newssearch.indexwords import text_words
from newssearch.schema import BODY, SCHEMA
from newssearch.timesofday import colon_minutes
from newssearch.tokenpatterns import TOKEN_RE

# A long text with a curly apostrophe (not ASCII: the general path) and a time with its minutes after a colon.
TEXT = "Prices rose in São Paulo’s markets at 9:10am on Monday, traders said. " * 3000


def _peak(step: Callable[[], object]) -> float:
    """The peak of memory traced while ``step`` runs, in bytes per character of ``TEXT``."""
    tracemalloc.start()
    try:
        step()
        return tracemalloc.get_traced_memory()[1] / len(TEXT)
    finally:
        tracemalloc.stop()


def test_a_texts_token_spans_are_packed() -> None:
    # a list of (start, end) tuples is 120 bytes a token: 24 times the text here
    assert _peak(lambda: text_words(TEXT, TOKEN_RE)) < 12


def test_an_ascii_texts_tokens_are_each_one_string_as_they_are_found() -> None:
    # ASCII text is cut and lowered whole: a list of a string a token, before each was shared, was 15 times the text
    plain = "Prices rose in Sao Paulo's markets at 9:10am on Monday, traders said. " * 3000
    assert _peak(lambda: text_words(plain, TOKEN_RE)) < 12
    hyphened = "Prices rose 5% in Sao Paulo's well-known markets at 9:10am on Monday. " * 3000  # "%": each as a term
    assert _peak(lambda: text_words(hyphened, TOKEN_RE)) < 13.5  # 16 before


def test_a_colons_minutes_are_found_without_a_list_of_every_token() -> None:
    assert colon_minutes(TEXT)  # "10am" of each "9:10am"
    assert _peak(lambda: colon_minutes(TEXT)) < 8  # a list of every token's span first: 24 times the text


def test_a_terms_places_are_held_as_machine_integers() -> None:
    plan = compile_schema(SCHEMA)[BODY]
    assert _peak(lambda: plan.analyse(TEXT)) < 11  # as lists of int objects: 13 times the text


def test_a_long_text_gives_the_terms_places_and_length_a_short_one_would(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newssearch import fastanalysis, indexwords

    text = TEXT + "An e-mail to 40\u00a0000 readers, the co-owner’s, at 10:30pm. " * 100  # hyphens and a grouped number
    plan = compile_schema(SCHEMA)[BODY]
    packed = plan.analyse(text)
    monkeypatch.setattr(indexwords, "PACKED_FROM", len(text) + 1)  # as a shorter text is read: lists of objects
    monkeypatch.setattr(fastanalysis, "PACKED_FROM", len(text) + 1)
    assert plan.analyse(text) == packed


def test_a_long_texts_language_is_told_without_keeping_the_text() -> None:
    from newssearch.functionwords import text_language

    tracemalloc.start()
    try:
        text = TEXT * 5  # over a million characters: its reader asks, and then its article's normalising
        assert text_language(text) == "en"
        del text
        assert tracemalloc.get_traced_memory()[0] < len(TEXT)  # not kept by the cache to the end of the run
    finally:
        tracemalloc.stop()


# A text of one long line (a paragraph no line break parts): each of its top lines is the whole text.
LINE = "Prices rose in Sao Paulo's markets at 9:10am on Monday, traders said. " * 3000


def test_a_long_line_is_no_desk_role_without_a_list_of_its_words() -> None:
    from newssearch.documents.textbylinenames import desk_role_line

    assert desk_role_line("By Our Political Staff") and not desk_role_line("By Our Political Staff Today Said Hello")
    assert _peak(lambda: desk_role_line(LINE)) < 2  # its words lowered and split first: 10 times the text


def test_a_long_ascii_texts_tokens_are_shared_in_place() -> None:
    # long enough that the runs of tokens lowered at a time (``_RUN``) weigh little beside it
    text = LINE * 10
    # bytes a character (not counting the text): a second list of every token first, 4.7
    assert _peak(lambda: text_words(text, TOKEN_RE)) * len(TEXT) / len(text) < 4.2


def test_a_long_texts_colon_minutes_are_counted_as_they_are_found() -> None:
    from newssearch.timesofday import colon_minute_spans

    text = LINE * 10  # a time in every sentence
    assert len(colon_minutes(text)) == len(colon_minute_spans(text)) == 30000
    assert _peak(lambda: colon_minutes(text)) * len(TEXT) / len(text) < 2.5  # a list of them all first: 4.2


def test_a_long_texts_token_lists_are_gone_before_its_items_are_encoded() -> None:
    plan = compile_schema(SCHEMA)[BODY]
    varied = " ".join(f"w{n * 7919 % 20011:x}" for n in range(300_000))  # 20,000 words, each at places of its own
    assert _peak(lambda: plan.analyse(varied)) * len(TEXT) / len(varied) < 10.5  # its places in arrays of 8 bytes: 12.4
    timed = LINE * 10  # a time in every sentence
    assert _peak(lambda: plan.analyse(timed)) * len(TEXT) / len(timed) < 6.3  # 7.3


# A text in Chinese: no spaces, each run of letters cut into overlapping pairs with the single letters beside them.
CHINESE = "一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。6月3日上午，话剧《约定无期限》来到张家口。\n" * 600


def test_a_chinese_texts_pairs_and_their_single_letters_are_packed() -> None:
    from newssearch.tokenforms import token_cuts

    words = text_words(CHINESE, TOKEN_RE)
    spans, at = token_cuts(CHINESE, TOKEN_RE)
    singles = words[3]
    assert {pos: singles.at(pos) for pos in range(len(spans)) if singles.at(pos)} == {
        pos: tuple(CHINESE[first:last] for first, last in letters) for pos, letters in at.items()}  # as spans give them
    assert len(singles.letters) < 60  # each distinct letter, and each run's last two, once: 36 here
    assert words[1] == [CHINESE[start:end] for start, end in spans]
    # bytes a character: a tuple of spans a pair, then a string and a tuple a letter, had been 290; the spans and a
    # tuple of letters a pair in a dict 126; each in arrays of numbers (a letter's number in a table of them) 30
    assert _peak(lambda: text_words(CHINESE, TOKEN_RE)) * len(TEXT) / len(CHINESE) < 50


def test_a_pairs_single_letters_are_told_by_their_number() -> None:
    from newssearch.unspaced import split_unspaced_packed

    text = "北京大学 ที่นี่ 火 iPhone手机"  # a Thai letter holds its marks (ที่ is one); a lone letter is no pair
    spans, singles = split_unspaced_packed(text, [(0, 4), (5, 11), (12, 13), (14, 22)])
    assert [text[start:end] for start, end in spans] == ["北京", "京大", "大学", "ที่นี่", "火", "iPhone", "手机"]
    assert [singles.at(pos) for pos in range(len(spans))] == [("北",), ("京",), ("大", "学"), ("ที่", "นี่"), (), (),
                                                              ("手", "机")]
    assert [singles.spans_at(pos, start, end) for pos, (start, end) in enumerate(spans)][2:4] == [
        ((2, 3), (3, 4)), ((5, 8), (8, 11))]
    assert list(singles.ids) == [1, 2, 3, 4, 0, 0, 5]  # each distinct tuple of letters numbered once


def test_a_long_chinese_texts_analysis_holds_no_object_a_token(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newssearch import fastanalysis, indexwords

    plan = compile_schema(SCHEMA)[BODY]
    short = plan.analyse(CHINESE)
    monkeypatch.setattr(indexwords, "PACKED_FROM", len(CHINESE))  # read as a long text is: its places in arrays
    monkeypatch.setattr(fastanalysis, "PACKED_FROM", len(CHINESE))
    assert plan.analyse(CHINESE) == short
    # bytes a character: its spans a tuple each and its pairs' letters a tuple each in a dict had been 120; packed, 27
    assert _peak(lambda: plan.analyse(CHINESE)) * len(TEXT) / len(CHINESE) < 40


def test_a_chinese_texts_runs_are_cut_without_each_looking_through_the_whole_text(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # each piece between two runs of letters had asked the whole text whether it holds a "+" or a "#" (the pattern
    # its tokens are found by): time that grew as the square of the text, a 20 MB text in Chinese indexed for hours
    from newssearch import tokenpatterns, unspaced

    asked: list[int] = []
    real = tokenpatterns.token_pattern_for

    def counted(text: str):  # type: ignore[no-untyped-def]
        asked.append(len(text))
        return real(text)

    monkeypatch.setattr(tokenpatterns, "token_pattern_for", counted)
    monkeypatch.setattr(unspaced, "token_pattern_for", counted, raising=False)
    before = text_words(CHINESE, TOKEN_RE)
    assert sum(asked) <= 2 * len(CHINESE)  # the whole text once or twice, not once a run (1,800 runs)
    monkeypatch.undo()
    assert text_words(CHINESE, TOKEN_RE) == before
