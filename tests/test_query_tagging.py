"""A query's text tagged as Whoosh tags it, each tagger tried only where its expression matches (querytagging.py)."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.qparser import QueryParser

from newssearch import build_index, querytagging
from newssearch.newsparser import make_parser
from newssearch.schema import make_schema

TEXTS = ["", "  ", "police", "police AND gunmen OR NOT storm", '"gun men"~3 title:(oil prices) -gas +coal',
         "yukos? polic* *:* 'single quoted' ANDNOT x ANDMAYBE y REQUIRE z", "date:[2020 TO 2021] {a to b}",
         'oil^2 gas^ "unclosed phrase', "nucelar~ deterrent~2/3 (a (b) c))", "Covid-related 9/11 AT&T £1.2bn",
         "author:jane-doe site:rnz.co.nz ¿qué? ՞ ؟ ፧", "NOT\tx\nOR y", "a:b:c http://x.y/z", "(+a OR b) -c"]


def _nodes(group) -> list[tuple[str, str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(type(node).__name__, repr(node), node.startchar, node.endchar) for node in group]


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize("text", TEXTS)
def test_a_query_is_tagged_as_whoosh_tags_it(text: str, match: str) -> None:
    parser = make_parser(make_schema(), match)
    assert _nodes(parser.tag(text)) == _nodes(QueryParser.tag(parser, text))
    assert _nodes(parser.tag(text, 3)) == _nodes(QueryParser.tag(parser, text, 3))


@pytest.mark.parametrize("text", TEXTS)
def test_the_first_short_text_a_process_tags_is_tagged_place_by_place_as_whoosh_tags_it(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parser = make_parser(make_schema(), "all")
    monkeypatch.setattr(querytagging, "_SHORT_TEXTS_TAGGED", itertools.count())  # as in a fresh process
    assert _nodes(parser.tag(text)) == _nodes(QueryParser.tag(parser, text))


FIRST_QUERY = """
import sys
from newssearch import open_index, querytagging
with open_index(sys.argv[1]) as index:
    index.search("storm harbour")
    compiled = querytagging._ahead.cache_info().currsize
    index.search("storm")
    print(compiled, querytagging._ahead.cache_info().currsize > 0)
"""


def test_a_process_s_first_query_compiles_no_lookahead_and_its_second_does(tmp_path: Path) -> None:
    # the lookaheads (some twenty patterns, ~2 ms to compile) cost a command's one query more than they spare it
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Storm hits the harbour\n\nThe storm hit the harbour.\n", encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    run = subprocess.run([sys.executable, "-c", FIRST_QUERY, str(tmp_path / "index")], capture_output=True, text=True,
                         check=True)
    assert run.stdout == "0 True\n"
