"""A very long text's matches past its first piece are found from the words that may match, not by reading every word."""

from __future__ import annotations

import pytest

from newssearch import matchspans
from newssearch.matchwindows import may_match
from newssearch.snippets import make_snippet
from newssearch.wordterms import term_of

# 300,000 distinct made-up words (as desk/longline.txt of the QA corpus), the word looked for only at the end
LONG = " ".join(f"word{n}" for n in range(300_000)) + " Then a needleinhaystack, and the end."


class Counted:
    """``term_of``, counting the distinct words it is asked about."""

    def __init__(self) -> None:
        self.words: set[str] = set()

    def __call__(self, word: str) -> str | None:
        self.words.add(word)
        return term_of(word)


def test_a_late_word_is_marked_reading_only_the_first_piece_and_its_own() -> None:
    counted, terms = Counted(), {term_of("needleinhaystack")}
    snippet = make_snippet(LONG, counted, terms.__contains__, chars=120)
    assert "<mark>needleinhaystack</mark>" in snippet.html() and snippet.leading
    # the first piece's words (PIECE_WORDS), the few of the piece from the match: not 300,000
    assert len(counted.words) < 2 * matchspans.PIECE_WORDS


def test_a_word_no_piece_holds_reads_only_the_first_piece() -> None:
    counted, terms = Counted(), {term_of("haystacks")}
    snippet = make_snippet(LONG, counted, terms.__contains__, chars=120)
    assert not snippet.matched and snippet.plain().startswith("word0 word1")
    assert len(counted.words) < 2 * matchspans.PIECE_WORDS


def test_a_phrase_past_the_first_piece_is_marked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matchspans, "SCAN_CHARS", 1_000)
    text = "Filler words here. " * 200 + "The Prime Minister spoke. " + "More filler. " * 100
    phrase = (frozenset({term_of("prime")}), frozenset({term_of("minister")}))
    snippet = make_snippet(text, term_of, frozenset[str]().__contains__, phrases=[phrase])  # its words found apart
    assert "<mark>Prime Minister</mark>" in snippet.html()
    # terms not known as a set: read piece after piece, as before
    assert "<mark>Prime Minister</mark>" in make_snippet(text, term_of, lambda term: False, phrases=[phrase]).html()


@pytest.mark.parametrize(("word", "term"), [
    ("Müller", "mueller"), ("U.S.", "us"), ("l'État", "etat"), ("stories", "stori"), ("Running", "run"),
])
def test_a_word_may_match_by_the_letters_its_term_opens_with(word: str, term: str) -> None:
    assert may_match([word, "zzz"], frozenset({term[:2]})) == [word]


def test_the_words_are_folded_in_one_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    # the letters-only form had been made before the words were split apart, taking their line breaks: each word was
    # then folded on its own (45,000 calls, a quarter of a second, for a 5 MB article)
    from newssearch import folding, matchwindows

    calls: list[str] = []
    monkeypatch.setattr(matchwindows, "fold", lambda text: calls.append(text) or folding.fold(text))
    assert may_match(["Müller", "U.S.", "zzz", "a_b"], frozenset({"mu", "us"})) == ["Müller", "U.S."]
    assert len(calls) == 1


def test_an_article_shorter_than_a_piece_s_words_is_not_tokenised_to_count_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every snippet had run the token pattern over its whole text to count distinct words against PIECE_WORDS: 20%
    # of a Reuters query's time. A text of no more characters than PIECE_WORDS cannot hold more words
    def no_count(text: str) -> None:
        raise AssertionError("tokenised to count its words")

    monkeypatch.setattr(matchspans, "token_pattern_for", no_count)
    text = "The council met on Monday. " * (matchspans.PIECE_WORDS // 30)
    assert matchspans._piece_end(text, 0) == len(text)


def test_a_rare_word_past_the_first_piece_is_marked_though_common_words_match_in_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the first piece's "council" had been all the snippet showed: "zebra", the word the user was after, left out
    monkeypatch.setattr(matchspans, "SCAN_CHARS", 1_000)
    text = "The council met. " * 200 + "A zebra crossed the road. " + "The council rose. " * 100
    terms = {term_of("council"), term_of("zebra")}
    snippet = make_snippet(text, term_of, terms.__contains__, chars=200, fragments=2)
    assert "<mark>zebra</mark>" in snippet.html() and "<mark>council</mark>" in snippet.html()


def test_a_word_no_piece_holds_leaves_the_first_pieces_matches_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matchspans, "SCAN_CHARS", 1_000)
    text = "The council met. " * 300
    terms = {term_of("council"), term_of("zebra")}
    spans = matchspans.spans_of(text, term_of, terms.__contains__, (), ())
    assert [span.start for span in spans] == [4 + 17 * n for n in range(59)]


@pytest.mark.parametrize(("word", "term"), [
    ("Zebra", "zebra"), ("Müller", "mueller"), ("U.S.", "us"), ("l'État", "etat"), ("40 000", "40000"),
    ("O'Brien", "obrien"), ("Māori", "maaori"), ("stories", "stori"), ("經濟", "经济"),
])
def test_a_stretch_is_read_for_a_term_only_where_the_terms_first_letters_stand(word: str, term: str) -> None:
    from newssearch.matchwindows import forms_pattern

    assert forms_pattern([term]).search(f"so {word} said") and not forms_pattern([term]).search("the other words")


@pytest.mark.parametrize(("word", "term"), [
    ("Thorn", "thorn"), ("Þorn", "thorn"), ("Ueber", "ueber"), ("Über", "ueber"), ("ẞon", "sson"), ("Sson", "sson"),
    ("Æther", "aether"), ("Ōolong", "oolong"), ("Bath", "bath"),
])
def test_a_term_opening_with_two_letters_one_may_write_holds_them_both_or_that_one(word: str, term: str) -> None:
    # "thorn" had been looked for as any t: every stretch of English cut into words for a rare word (1.2 s a 10 MB body)
    from newssearch.matchwindows import forms_pattern

    assert forms_pattern([term]).search(f"so {word} said")
    assert not forms_pattern([term]).search("a tiny unset water test, used as is")
