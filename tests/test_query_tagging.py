"""A query's text tagged as Whoosh tags it, each tagger tried only where its expression matches (querytagging.py)."""

from __future__ import annotations

import pytest
from whoosh.qparser import QueryParser

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
