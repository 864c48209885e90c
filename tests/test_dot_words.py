"""A word written with a dot at its start (".NET", ".com") is found as written: ``.NET`` finds the framework, not
every "net profit"; a dot after no space ("rose 5%.Net profit", "growth.Net income") opens no such word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts
from conftest import jsonl_hits as hits
from conftest import jsonl_ids as ids

from newssearch.dotwords import dot_word_spans, dot_word_terms
from newssearch.tokenpatterns import word_spans

ARTICLES = {
    "dotnet.txt": "Software\n\nMicrosoft released a new version of .NET on Tuesday.",
    "dotnet-core.txt": "Software\n\nDevelopers using the .NET framework (.NET Core) welcomed .NET's speed.",
    "net-profit.txt": "Results\n\nSales rose 5%.Net profit rose. Net income grew.Net margins held.",
    "fishing.txt": "Fishing\n\nThe fishing net broke.",
    "dotcom.txt": "History\n\nThe .com boom ended in 2000.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("dotwords"), ARTICLES)


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft released .NET on", {2: ".net"}),
    ("the .NET framework (.NET Core)", {1: ".net", 3: ".net"}),
    ("Microsoft's .NET's rivals", {1: ".net"}),  # a possessive's s off
    ("“.NET” and [.io]", {0: ".net", 2: ".io"}),  # after an opening bracket or curly quote
    ("The .com boom", {1: ".com"}),
    ("rose 5%.Net profit", {}), ("growth.Net income", {}), ("5.Net", {}),  # a sentence's end without its space
    ("...and so", {}), ("a .5 pct rise", {}), ('said "fine".Net', {}),  # an ellipsis, a decimal, a closing quote
    ("the .co.uk domain", {}), (".NET.Framework", {}), (".AT&T", {}),  # a word going on after a dot or "&"
])
def test_a_word_with_a_dot_at_its_start_is_a_term_of_its_own(text: str, expected: dict[int, str]) -> None:
    assert dot_word_terms(text, word_spans(text)) == expected


@pytest.mark.parametrize(("query", "expected"), [
    (".NET", ["dotnet-core.txt", "dotnet.txt"]),
    (".net", ["dotnet-core.txt", "dotnet.txt"]),
    (".NET's", ["dotnet-core.txt", "dotnet.txt"]),
    ('".NET framework"', ["dotnet-core.txt"]),
    ('"the .NET framework"', ["dotnet-core.txt"]),
    ('"of .NET"', ["dotnet.txt"]),
    ('"net profit"', ["net-profit.txt"]),
    ("net", ["dotnet-core.txt", "dotnet.txt", "fishing.txt", "net-profit.txt"]),  # the word is where it was
    ('"net framework"', ["dotnet-core.txt"]),
    (".com", ["dotcom.txt"]),
    ("title:.NET", []),
    # a pattern of one is of the words so written: .NET (and a .NETCore), never "net profit" nor "network"
    (".NET*", ["dotnet-core.txt", "dotnet.txt"]), (".N?T", ["dotnet-core.txt", "dotnet.txt"]), (".c*", ["dotcom.txt"]),
    ('".NET*"', ["dotnet-core.txt", "dotnet.txt"]),  # in quotes as well: it had been net*, finding "Net profit"
    ('"the .NET fr*"', ["dotnet-core.txt"]), ('"fishing .NET*"', []), ('"fishing .NET b*"', []),  # not "fishing net"
    ('"fishing net b*"', ["fishing.txt"]),
    # a fuzzy one is .net~ in quotes as outside them (it had been net~ in quotes), and keeps its dot: among the words
    # so written, never the "net" of "fishing net" (one edit away, its dot left out)
    ('"the .NET~ framework"', ["dotnet-core.txt"]), ('"fishing .NET~"', []), ('"fishing .NOT~"', []),
    (".NET~", ["dotnet-core.txt", "dotnet.txt"]), (".NOT~", ["dotnet-core.txt", "dotnet.txt"]),
    (".cim~", ["dotcom.txt"]), ("net~", ["dotnet-core.txt", "dotnet.txt", "fishing.txt", "net-profit.txt"]),
    ('"rose. Ne*"', ["net-profit.txt"]),            # a dot after a word is a sentence's end: its word is a word
])
def test_a_typed_word_with_a_dot_at_its_start_finds_it_as_written(index: Path, query: str, expected: list[str]) -> None:
    assert ids(index, query) == expected


def test_the_snippet_marks_the_word_with_its_dot(index: Path) -> None:
    snippets = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, ".NET")}
    assert snippets == {
        "dotnet.txt": "Microsoft released a new version of <mark>.NET</mark> on Tuesday.",
        "dotnet-core.txt": "Developers using the <mark>.NET</mark> framework (<mark>.NET</mark> Core) welcomed "
                           "<mark>.NET&#x27;s</mark> speed.",
    }
    phrased = {str(hit["id"]): hit["snippet_html"] for hit in hits(index, '".NET framework"')}
    assert phrased == {"dotnet-core.txt": "Developers using the <mark>.NET framework</mark> (.NET Core) welcomed "
                                          ".NET&#x27;s speed."}


def test_dot_word_spans_start_at_the_dot() -> None:
    assert dot_word_spans("the .NET's rise, grew.Net, (.io)") == [(4, 10, ".net"), (28, 31, ".io")]


@pytest.mark.parametrize("query", ['.NET~', '".NET~"'])
def test_a_fuzzy_word_with_a_dot_at_its_start_reads_alike_in_quotes(query: str) -> None:
    from newssearch.querying import parse_user_query
    from newssearch.schema import make_schema

    assert str(parse_user_query(query, make_schema()).query) == "(title:.net~^2.000000 OR body:.net~)"
