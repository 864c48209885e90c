"""Snippets of a phrase or proximity typed in Chinese, Japanese or Thai (or beside them), in a text holding their
letters: exactly the passages and marks they had when every token was walked as a tuple (pinned below), found over the
text's packed tokens (``packedmatches.packed_phrase_places``), in memory in proportion to the text's tokens as C ints,
not to a tuple a token: a 2 MB text in Chinese had taken 1.4 s and 110 MB for ``query 北京大学``."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from conftest import index_of_texts
from test_unspaced_snippets import MIXED, ZH, chinese

from newssearch import open_index
from newssearch.packedmatches import packed_phrase_places, packed_tokens
from newssearch.phrasespans import phrase_places
from newssearch.snippets import make_snippet
from newssearch.wordspans import tokens_with_terms
from newssearch.wordterms import term_of

# each query's hits and their snippets as HTML, as the code before ``packed_phrase_places`` made them
PINNED = [
    ('"北京 reached"', [
        ('mixed.txt', 'At 9:10am the co-owner sent an e-mail: iPhone手机 sales in'
                      ' <mark>北京 reached</mark> $50m, €1,50 a unit. At 9:10am t'
                      'he co-owner sent an e-mail … At 9:10am the co-owner sent'
                      ' an e-mail: iPhone手机 sales in <mark>北京 reached</mark> $5'
                      '0m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('"大学 team"', [
        ('mixed.txt', '… At 9:10am the co-owner sent an e-mail: iPhone手机 sales '
                      'in 北京 reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประ'
                      'เทศไทย 東京都は発表した。 เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都は発表した。 '
                      'เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都は発表した。 The 北京<mark>大学 te'
                      'am</mark> met at 11:12pm.'),
    ]),
    ('ประเทศไทย', [
        ('mixed.txt', '… At 9:10am the co-owner sent an e-mail: iPhone手机 sales '
                      'in 北京 reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 <ma'
                      'rk>ประเทศไทย</mark> 東京都は発表した。 เศรษฐกิจ ในปี 2024 <mark>ป'
                      'ระเทศไทย</mark> 東京都は発表した。 เศรษฐกิจ ในปี 2024 <mark>ประเท'
                      'ศไทย</mark> 東京都は発表した。 The 北京大学 team met at 11:12pm.'),
    ]),
    ('東京都は', [
        ('mixed.txt', '… At 9:10am the co-owner sent an e-mail: iPhone手机 sales '
                      'in 北京 reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประ'
                      'เทศไทย <mark>東京都は</mark>発表した。 เศรษฐกิจ ในปี 2024 ประเทศไ'
                      'ทย <mark>東京都は</mark>発表した。 เศรษฐกิจ ในปี 2024 ประเทศไทย <'
                      'mark>東京都は</mark>発表した。 The 北京大学 team met at 11:12pm.'),
    ]),
    ('"约定 感人"~4', [
        ('zh.txt', '… 一个<mark>约定</mark>，信守1年，<mark>感人</mark>至深。北京大学的研究人员在实验室'
                   '里发现了一种新的材料。台灣的經濟成長率去年達到3%，創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上'
                   '涨百分之4。一个<mark>约定</mark>，信守5年，<mark>感人</mark>至深。北京大学的研究人员'
                   '在实验室里发 … 一个<mark>约定</mark>，信守9年，<mark>感人</mark>至深。北京大学的研'
                   '究人员在实验室里发现了一种新的材料。台灣的經濟成長率去年達到11%，創下新高。国家统计局今天发布数据显示，全国居'
                   '民消费价格同比上涨百分之12。一个<mark>约定</mark>，信守13年，<mark>感人</mark>至深'
                   '。北京大学的研究人员在实验 …'),
    ]),
    ('"co-owner sent"', [
        ('mixed.txt', 'At 9:10am the <mark>co-owner sent</mark> an e-mail: iPho'
                      'ne手机 sales in 北京 reached $50m, €1,50 a unit. At 9:10am t'
                      'he <mark>co-owner sent</mark> an e-mail … At 9:10am the '
                      '<mark>co-owner sent</mark> an e-mail: iPhone手机 sales in '
                      '北京 reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศ'
                      'ไทย 東京都 …'),
    ]),
    ('"iphone 手机"', [
        ('mixed.txt', 'At 9:10am the co-owner sent an e-mail: <mark>iPhone手机</m'
                      'ark> sales in 北京 reached $50m, €1,50 a unit. At 9:10am t'
                      'he co-owner sent an e-mail … At 9:10am the co-owner sent'
                      ' an e-mail: <mark>iPhone手机</mark> sales in 北京 reached $5'
                      '0m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('"email iphone"~3', [
        ('mixed.txt', 'At 9:10am the co-owner sent an <mark>e-mail</mark>: <mar'
                      'k>iPhone</mark>手机 sales in 北京 reached $50m, €1,50 a unit'
                      '. At 9:10am the co-owner sent an <mark>e-mail</mark> … A'
                      't 9:10am the co-owner sent an <mark>e-mail</mark>: <mark'
                      '>iPhone</mark>手机 sales in 北京 reached $50m, €1,50 a unit.'
                      ' เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('研究人员', [
        ('zh.txt', '… 北京大学的<mark>研究人员</mark>在实验室里发现了一种新的材料。台灣的經濟成長率去年達到3%，創下'
                   '新高。国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之4。一个约定，信守5年，感人至深。北京大学的<m'
                   'ark>研究人员</mark>在实验室里发现了一种新的材料。台灣的經濟成 … 北京大学的<mark>研究人员</'
                   'mark>在实验室里发现了一种新的材料。台灣的經濟成長率去年達到11%，創下新高。国家统计局今天发布数据显示，全'
                   '国居民消费价格同比上涨百分之12。一个约定，信守13年，感人至深。北京大学的<mark>研究人员</mark>在'
                   '实验室里发现了一种新的材料。台灣的 …'),
    ]),
]


@pytest.fixture(scope="module")
def unspaced_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("unspaced-phrases"), {"zh.txt": ZH, "mixed.txt": MIXED})


@pytest.mark.parametrize(("query", "expected"), PINNED, ids=[query for query, _ in PINNED])
def test_an_unspaced_phrases_snippets_are_as_pinned(unspaced_index: Path, query: str,
                                                    expected: list[tuple[str, str]]) -> None:
    with open_index(unspaced_index) as idx:
        assert [(hit.id, hit.snippet.html()) for hit in idx.search(query).hits] == expected


@pytest.mark.parametrize("text", [ZH, MIXED, "38 pct stake in 北京大学, 52 pct-owned 上海 co-operation 合作",
                                  "ที่ประเทศไทย ที่ the bank of 東京"])
def test_packed_phrase_places_are_the_tokens(text: str) -> None:
    spans, terms = packed_phrase_places(text, packed_tokens(text)[0], term_of)
    assert (list(spans), terms) == phrase_places(text, tokens_with_terms(text, term_of))


def test_a_long_chinese_texts_phrase_snippet_holds_no_object_a_token() -> None:
    # every token walked as a tuple of its span, single letters and term had been 290 bytes a character at the peak
    text = chinese(3000)
    phrase = tuple(frozenset({term_of(pair)}) for pair in ("北京", "京大", "大学"))
    terms = {term for word in phrase for term in word}
    tracemalloc.start()
    try:
        began = time.process_time()
        snippet = make_snippet(text, term_of, terms.__contains__, phrases=[phrase])
        peak = tracemalloc.get_traced_memory()[1] / len(text)
    finally:
        tracemalloc.stop()
    assert snippet.html().startswith("… <mark>北京大学</mark>的研究人员")
    assert peak < 60
    assert time.process_time() - began < 6  # about 1.2 s alone (tracemalloc's cost); a walk of every token never ends
