"""A page nested past libxml2's 255 levels (a pile of unclosed tags) is read whole: the text under the limit and
after it had been lost without a word."""

from __future__ import annotations

import lxml.html
import pytest

from newssearch.documents.deephtml import MAX_DEPTH, capped_depth
from newssearch.documents.html import read_html


def _page(depth: int, tag: str = "font", closed: bool = True) -> bytes:
    return (b"<html><head><title>Council votes</title></head><body><article><h1>Council votes on the bridge</h1>"
            b"<p>The council voted on Tuesday to build the new bridge over the harbour.</p>"
            + f"<{tag} size=2>".encode() * depth + b"<p>Deep in the page, the mayor said work starts in May.</p>"
            + f"</{tag}>".encode() * depth * closed + b"<p>The bridge will open in 2027, the council said.</p>"
            b"</article></body></html>")


@pytest.mark.parametrize(("depth", "tag", "closed"), [(300, "font", False), (300, "div", True), (5_000, "span", False),
                                                     (5_000, "font", True), (100, "font", False)])
def test_text_under_and_after_a_pile_of_unclosed_tags_is_read(depth: int, tag: str, closed: bool) -> None:
    (article,) = read_html(_page(depth, tag, closed), "deep.html").articles
    assert article.body == ("The council voted on Tuesday to build the new bridge over the harbour.\n\n"
                            "Deep in the page, the mayor said work starts in May.\n\n"
                            "The bridge will open in 2027, the council said.")


def test_a_page_written_again_keeps_its_text_and_markup() -> None:
    page = ('<!DOCTYPE html><html><head><title>A &amp; B</title><script>if (a < b && c) { go(); }</script>'
            '<style>p > b { color: red }</style></head><body><!-- note --><p class="x" data-q=\'say "hi"\' hidden>'
            'Fish &lt;b&gt; &amp; chips<br/>costs 5 &gt; 4</p><img src="a.png"></body></html>')
    assert capped_depth(page) == (
        '<!DOCTYPE html><html><head><title>A &amp; B</title><script>if (a < b && c) { go(); }</script>'
        '<style>p > b { color: red }</style></head><body><!-- note --><p class="x" data-q="say &quot;hi&quot;" '
        'hidden>Fish &lt;b&gt; &amp; chips<br>costs 5 &gt; 4</p><img src="a.png"></body></html>')


def test_tags_past_the_depth_are_left_out_and_their_text_kept() -> None:
    written = capped_depth("<span>" * 1_000 + "deep words" + "</span>" * 1_000 + "after")
    assert written == "<span>" * MAX_DEPTH + "deep words" + "</span>" * MAX_DEPTH + "after"
    assert lxml.html.document_fromstring(written).text_content() == "deep wordsafter"
    # a block left out breaks the line where it starts and ends
    assert capped_depth("<b>" * MAX_DEPTH + "<p>one</p><p>two") == "<b>" * MAX_DEPTH + "<br>one<br><br>two"


def test_an_end_tag_closes_what_was_opened_after_its_own_and_a_stray_one_is_left_out() -> None:
    assert capped_depth("<div><b><i>x</div>y</p>z") == "<div><b><i>x</i></b></div>yz"


def test_blocks_left_out_in_a_row_leave_two_line_breaks_at_most() -> None:
    # 200,000 unclosed <div> tags had left 199,800 <br> for every pass over the page to walk (9 s to read)
    assert capped_depth("<b>" * MAX_DEPTH + "<div>" * 1_000 + "one<p>two") == "<b>" * MAX_DEPTH + "<br><br>one<br>two"


def test_a_pile_of_repeated_tags_is_written_again_without_the_tokenizer(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each of a run's tags had gone through Python's tokenizer: 600,000 <div> and their end tags took 3.4 s of CPU
    # (fuzz seed 934), 600,000 <b> cut into an end tag ("</<b><b>…") 1.9 s (seed 919). The runs are handed to the
    # writer whole: what the tokenizer reads is counted, not timed, so that a busy machine cannot fail the test.
    import time

    from newssearch.documents.deephtml import _Capped

    fed: list[int] = []
    feed = _Capped.feed

    def counted(self: _Capped, data: str) -> None:
        fed.append(len(data))
        feed(self, data)

    monkeypatch.setattr(_Capped, "feed", counted)
    page = "<p>Start.</p></" + "<b>" * 150_000 + "<div>" * 150_000 + "<p>Deep.</p>" + "</div>" * 150_000 + "<p>End.</p>"
    started = time.process_time()
    written = capped_depth(page)
    assert sum(fed) < 1_000  # of the page's 2.4 million characters: the runs never went through the tokenizer
    assert time.process_time() - started < 5  # and nothing slower took their place (about 0.3 s here)
    assert written.count("<b>") == MAX_DEPTH and "<br><br>Deep.<br><br>End." in written


def test_runs_of_tags_are_written_as_the_tokenizer_reads_them_one_by_one() -> None:
    # Runs are handed to the writer without the tokenizer, unless it is inside something (a comment, a tag, raw text,
    # a reference): the page written is the same as when every tag is tokenized.
    import random

    from newssearch.documents.deephtml import _Capped

    pieces = ["<b>" * 40, "<DIV>" * 40, "<div></div>" * 40, "</b>" * 40, "<b><i>" * 40, "<p>" * 300, "</p>" * 50,
              "<script>" * 40, "</script>", "<style>", "<!-- ", " -->", "</", "<", "a &amp", "; x", "text ", "<br/>",
              '<a href="x">', "</a>", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<title>", "</title>"]
    for seed in range(300):
        rng = random.Random(seed)
        page = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        one_by_one = _Capped()
        one_by_one.feed(page)
        one_by_one.close()
        assert capped_depth(page) == "".join(one_by_one.out), page
