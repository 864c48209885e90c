"""Snippets of a text in Chinese, Japanese or Thai, or mixed with English: exactly the passages and marks they had
when every token was walked as a tuple (pinned below), found over the text's packed tokens (``packedmatches``), in
memory in proportion to the matches, not to the text: a 2 MB text in Chinese had taken 240 MB for ``query 约定``."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from conftest import index_of_texts

from newssearch import open_index
from newssearch.packedmatches import packed_match_spans
from newssearch.snippets import make_snippet
from newssearch.textanalysis import compound_term
from newssearch.wordspans import tokens_with_terms, walked_match_spans
from newssearch.wordterms import term_of

SENTENCES = ["国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之{n}。", "一个约定，信守{n}年，感人至深。",
             "北京大学的研究人员在实验室里发现了一种新的材料。", "台灣的經濟成長率去年達到{n}%，創下新高。"]


def chinese(sentences: int) -> str:
    """A text in Chinese of ``sentences`` sentences, traditional letters in one of four."""
    return "".join(SENTENCES[n % 4].replace("{n}", str(n)) for n in range(sentences))


ZH = chinese(40)
MIXED = ("At 9:10am the co-owner sent an e-mail: iPhone手机 sales in 北京 reached $50m, €1,50 a unit. " * 3
         + "เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都は発表した。 " * 3 + "The 北京大学 team met at 11:12pm. ")

# each query's hits and their snippets as HTML, as the code before ``packedmatches`` made them
PINNED = [
    ('约定', [
        ('zh.txt', '… 一个<mark>约定</mark>，信守1年，感人至深。北京大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成'
                   '長率去年達到3%，創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之4。一个<mark>约定</mar'
                   'k>，信守5年，感人至深。北京大学的研究人员在实验室里发 … 一个<mark>约定</mark>，信守9年，感人至深。北'
                   '京大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成長率去年達到11%，創下新高。国家统计局今天发布数据显示，全国'
                   '居民消费价格同比上涨百分之12。一个<mark>约定</mark>，信守13年，感人至深。北京大学的研究人员在实验 …'),
    ]),
    ('约', [
        ('zh.txt', '… 一个<mark>约</mark>定，信守1年，感人至深。北京大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成'
                   '長率去年達到3%，創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之4。一个<mark>约</mark'
                   '>定，信守5年，感人至深。北京大学的研究人员在实验室里发 … 一个<mark>约</mark>定，信守9年，感人至深。北'
                   '京大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成長率去年達到11%，創下新高。国家统计局今天发布数据显示，全国'
                   '居民消费价格同比上涨百分之12。一个<mark>约</mark>定，信守13年，感人至深。北京大学的研究人员在实验 …'),
    ]),
    ('約定', [
        ('zh.txt', '… 一个<mark>约定</mark>，信守1年，感人至深。北京大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成'
                   '長率去年達到3%，創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之4。一个<mark>约定</mar'
                   'k>，信守5年，感人至深。北京大学的研究人员在实验室里发 … 一个<mark>约定</mark>，信守9年，感人至深。北'
                   '京大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成長率去年達到11%，創下新高。国家统计局今天发布数据显示，全国'
                   '居民消费价格同比上涨百分之12。一个<mark>约定</mark>，信守13年，感人至深。北京大学的研究人员在实验 …'),
    ]),
    ('北京大学', [
        ('zh.txt', '… <mark>北京大学</mark>的研究人员在实验室里发现了一种新的材料。台灣的經濟成長率去年達到3%，創下新高。国'
                   '家统计局今天发布数据显示，全国居民消费价格同比上涨百分之4。一个约定，信守5年，感人至深。<mark>北京大学</mar'
                   'k>的研究人员在实验室里发现了一种新的材料。台灣的經濟成 … <mark>北京大学</mark>的研究人员在实验室里发现'
                   '了一种新的材料。台灣的經濟成長率去年達到11%，創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之12'
                   '。一个约定，信守13年，感人至深。<mark>北京大学</mark>的研究人员在实验室里发现了一种新的材料。台灣的 …'),
        ('mixed.txt', '… At 9:10am the co-owner sent an e-mail: iPhone手机 sales in 北'
                      '京 reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東'
                      '京都は発表した。 เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都は発表した。 เศรษฐกิจ ในป'
                      'ี 2024 ประเทศไทย 東京都は発表した。 The <mark>北京大学</mark> team met at'
                      ' 11:12pm.'),
    ]),
    ('经济', [
        ('zh.txt', '… 台灣的<mark>經濟</mark>成長率去年達到3%，創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上'
                   '涨百分之4。一个约定，信守5年，感人至深。北京大学的研究人员在实验室里发现了一种新的材料。台灣的<mark>經濟</ma'
                   'rk>成長率去年達到7%，創下新高。国家统计局今天发布数 … 台灣的<mark>經濟</mark>成長率去年達到11%，'
                   '創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之12。一个约定，信守13年，感人至深。北京大学的研究'
                   '人员在实验室里发现了一种新的材料。台灣的<mark>經濟</mark>成長率去年達到15%，創下新高。国家统计局今 …'),
    ]),
    ('北京', [
        ('mixed.txt', 'At 9:10am the co-owner sent an e-mail: iPhone手机 sales in <ma'
                      'rk>北京</mark> reached $50m, €1,50 a unit. At 9:10am the co-ow'
                      'ner sent an e-mail … At 9:10am the co-owner sent an e-mail: '
                      'iPhone手机 sales in <mark>北京</mark> reached $50m, €1,50 a unit'
                      '. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
        ('zh.txt', '… <mark>北京</mark>大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成長率去年達到3%，創下新高。国'
                   '家统计局今天发布数据显示，全国居民消费价格同比上涨百分之4。一个约定，信守5年，感人至深。<mark>北京</mark>'
                   '大学的研究人员在实验室里发现了一种新的材料。台灣的經濟成 … <mark>北京</mark>大学的研究人员在实验室里发现'
                   '了一种新的材料。台灣的經濟成長率去年達到11%，創下新高。国家统计局今天发布数据显示，全国居民消费价格同比上涨百分之12'
                   '。一个约定，信守13年，感人至深。<mark>北京</mark>大学的研究人员在实验室里发现了一种新的材料。台灣的 …'),
    ]),
    ('e-mail', [
        ('mixed.txt', 'At 9:10am the co-owner sent an <mark>e-mail</mark>: iPhone手机'
                      ' sales in 北京 reached $50m, €1,50 a unit. At 9:10am the co-ow'
                      'ner sent an <mark>e-mail</mark> … At 9:10am the co-owner sen'
                      't an <mark>e-mail</mark>: iPhone手机 sales in 北京 reached $50m,'
                      ' €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('email 北京', [
        ('mixed.txt', 'At 9:10am the co-owner sent an <mark>e-mail</mark>: iPhone手机'
                      ' sales in <mark>北京</mark> reached $50m, €1,50 a unit. At 9:1'
                      '0am the co-owner sent an <mark>e-mail</mark> … At 9:10am the'
                      ' co-owner sent an <mark>e-mail</mark>: iPhone手机 sales in <ma'
                      'rk>北京</mark> reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 '
                      'ประเทศไทย 東京都 …'),
    ]),
    ('9:10', [
        ('mixed.txt', 'At <mark>9:10</mark>am the co-owner sent an e-mail: iPhone手机'
                      ' sales in 北京 reached $50m, €1,50 a unit. At <mark>9:10</mark'
                      '>am the co-owner sent an e-mail … At <mark>9:10</mark>am the'
                      ' co-owner sent an e-mail: iPhone手机 sales in 北京 reached $50m,'
                      ' €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('10', [
        ('mixed.txt', 'At 9:<mark>10</mark>am the co-owner sent an e-mail: iPhone手机'
                      ' sales in 北京 reached $50m, €1,50 a unit. At 9:<mark>10</mark'
                      '>am the co-owner sent an e-mail … At 9:<mark>10</mark>am the'
                      ' co-owner sent an e-mail: iPhone手机 sales in 北京 reached $50m,'
                      ' €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('owner', [
        ('mixed.txt', 'At 9:10am the co-<mark>owner</mark> sent an e-mail: iPhone手机'
                      ' sales in 北京 reached $50m, €1,50 a unit. At 9:10am the co-<m'
                      'ark>owner</mark> sent an e-mail … At 9:10am the co-<mark>own'
                      'er</mark> sent an e-mail: iPhone手机 sales in 北京 reached $50m,'
                      ' €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('1,50', [
        ('mixed.txt', '… iPhone手机 sales in 北京 reached $50m, €<mark>1,50</mark> a un'
                      'it. At 9:10am the co-owner sent an e-mail: iPhone手机 sales in'
                      ' 北京 reached $50m … iPhone手机 sales in 北京 reached $50m, €<mark'
                      '>1,50</mark> a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都は発表した。 '
                      'เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都 …'),
    ]),
    ('ประเทศ', [
        ('mixed.txt', '… At 9:10am the co-owner sent an e-mail: iPhone手机 sales in 北'
                      '京 reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 <mark>ประเท'
                      'ศ</mark>ไทย 東京都は発表した。 เศรษฐกิจ ในปี 2024 <mark>ประเทศ</mark>'
                      'ไทย 東京都は発表した。 เศรษฐกิจ ในปี 2024 <mark>ประเทศ</mark>ไทย 東京都は'
                      '発表した。 The 北京大学 team met at 11:12pm.'),
    ]),
    ('東京', [
        ('mixed.txt', '… At 9:10am the co-owner sent an e-mail: iPhone手机 sales in 北'
                      '京 reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย <'
                      'mark>東京</mark>都は発表した。 เศรษฐกิจ ในปี 2024 ประเทศไทย <mark>東京<'
                      '/mark>都は発表した。 เศรษฐกิจ ในปี 2024 ประเทศไทย <mark>東京</mark>都は'
                      '発表した。 The 北京大学 team met at 11:12pm.'),
    ]),
    ('iphone 手机', [
        ('mixed.txt', 'At 9:10am the co-owner sent an e-mail: <mark>iPhone</mark><m'
                      'ark>手机</mark> sales in 北京 reached $50m, €1,50 a unit. At 9:1'
                      '0am the co-owner sent an e-mail … At 9:10am the co-owner sen'
                      't an e-mail: <mark>iPhone</mark><mark>手机</mark> sales in 北京 '
                      'reached $50m, €1,50 a unit. เศรษฐกิจ ในปี 2024 ประเทศไทย 東京都'
                      ' …'),
    ]),
]


@pytest.fixture(scope="module")
def unspaced_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("unspaced"), {"zh.txt": ZH, "mixed.txt": MIXED})


@pytest.mark.parametrize(("query", "expected"), PINNED, ids=[query for query, _ in PINNED])
def test_an_unspaced_texts_snippets_are_as_pinned(unspaced_index: Path, query: str,
                                                  expected: list[tuple[str, str]]) -> None:
    with open_index(unspaced_index) as idx:
        assert [(hit.id, hit.snippet.html()) for hit in idx.search(query).hits] == expected


@pytest.mark.parametrize("text", [ZH, MIXED, "co-operation 合作 co 9:10am 10am", "ที่ประเทศไทย ที่"])
@pytest.mark.parametrize("words", [["约定"], ["约"], ["北京", "email"], ["10", "50m"], ["ที่"], ["合作"], ["1.50"]])
def test_packed_spans_are_the_walked_ones(text: str, words: list[str]) -> None:
    terms = {term for word in words if (term := term_of(word)) is not None} | {compound_term("co")}
    walked = walked_match_spans(text, term_of, terms.__contains__, tokens_with_terms(text, term_of))
    assert packed_match_spans(text, term_of, terms.__contains__) == walked


def test_a_long_chinese_texts_snippet_holds_no_object_a_token() -> None:
    # every token walked as a tuple of its span, single letters and term had been 150 bytes a character at the peak
    text = chinese(3000)
    terms = {term_of("约定")}
    tracemalloc.start()
    try:
        began = time.process_time()
        snippet = make_snippet(text, term_of, terms.__contains__)
        peak = tracemalloc.get_traced_memory()[1] / len(text)
    finally:
        tracemalloc.stop()
    assert snippet.html().startswith("… 一个<mark>约定</mark>，信守1年")
    assert peak < 60
    # a guard against a pathological walk, not a timing (benchmarks/unspaced_ab.py times it): 1.4-1.7 s of CPU under
    # tracemalloc alone on this machine, 2.3 s beside another suite, where a bound of 2 s had failed the run
    assert time.process_time() - began < 10
