"""A name's written-out spelling found through ``author:`` (``author:Müller`` finds "Mueller") is a variant, as
Maaori is of Māori: it never outscores the spelling typed. Its term is rarer than the typed one's folded form (many
bylines write "Muller", few "Mueller"), and its idf had lifted a Mueller byline above every Muller one."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import index_of_texts, jsonl_hits

HEADER = "Title: {title}\nAuthor: {author}\nDate: 2024-03-1{day}\n\n{title} today.\n"
TEXTS = {
    "umlaut.txt": HEADER.format(title="Rents rise", author="Anna Müller", day=1),
    "variant.txt": HEADER.format(title="Bayern wins", author="Stefan Mueller", day=2),
    **{f"plain{n:02}.txt": HEADER.format(title=f"Story {n}", author="Hans Muller", day=3) for n in range(12)},
    **{f"other{n:02}.txt": f"Story {n}\n\nA story without a byline, number {n}.\n" for n in range(20)},
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve Muller bylines, one Müller, one Mueller."""
    return index_of_texts(tmp_path_factory.mktemp("name-variants"), TEXTS)


def test_an_author_s_written_out_spelling_ranks_below_the_spelling_typed(index: Path) -> None:
    ids = [hit["id"] for hit in jsonl_hits(index, "author:Müller")]
    assert ids == ["umlaut.txt", *(f"plain{n:02}.txt" for n in range(12)), "variant.txt"]


def test_the_written_out_spelling_typed_ranks_first(index: Path) -> None:
    # author:Mueller: its own term, in the Mueller byline and the Müller one; no variant to cap
    assert [hit["id"] for hit in jsonl_hits(index, "author:Mueller")] == ["variant.txt", "umlaut.txt"]
