"""An ASCII text is cut by a token pattern of its own (``tokenpatterns.token_pattern_for``): no mark table, no Hebrew
joiner, a joiner tried only where one stands. It must find exactly the tokens TOKEN_RE finds."""

from __future__ import annotations

import random

import pytest

from newssearch.marks import MARKS
from newssearch.tokenpatterns import TOKEN_RE, token_pattern_for

TRICKY = [
    "The U.S.'s trade deficit widened to 1,000,000 dlrs, or 5 pct, from 3 mln dlrs.",
    "Prices rose 24-7/8 and 269 3/4; the Fed's chairman didn't say; O'Neill's e-mail.",
    "It fell 5 % (a%20b) and 12 per cent, then 7 per\ncent; 50 pc of PCT; TWO BLN DLRS.",
    "$1.2bn, £3m, $2bn-worth, 2bn-3bn, 1,50 and 1,5000 and 12,345,678 and 1,23.",
    "U.N. talks; Ph.D.'s; M.Sc.'s thesis; a.b.c. x,y z'a 'quoted' \"said\" ...end.",
    "snake_case words_ and __init__ 3.5 4.5.6 .NET 9:10am 1987-88 2004/05 24/7",
    "",
    "   ",
    "p pe per per  cent percent pct5 5pct 5 pcts mln5 5 mlns 5 dlr 5 dlrs 5 stg s",
]


@pytest.mark.parametrize("text", TRICKY)
def test_an_ascii_text_s_tokens_are_token_re_s(text: str) -> None:
    assert [m.span() for m in token_pattern_for(text).finditer(text)] == [m.span() for m in TOKEN_RE.finditer(text)]
    assert token_pattern_for(text).findall(text) == TOKEN_RE.findall(text)


def test_an_ascii_text_is_cut_by_a_pattern_of_its_own() -> None:
    ascii_pattern = token_pattern_for("Oil prices rose 5 pct.")
    assert ascii_pattern is not token_pattern_for("Ölpreise stiegen um 5 %.")
    assert ascii_pattern is token_pattern_for("Oil prices rose 5 pct, then fell.", 3, 9)
    assert token_pattern_for("C++ and C#") is TOKEN_RE
    assert MARKS not in ascii_pattern.pattern  # no mark table: quicker to compile and to match


ALPHABET = "aAbBcdDemMlnNpPrsStTx_0123456789 .,'\"%$-/\n\t:;()"


def test_random_ascii_texts_are_cut_as_token_re_cuts_them() -> None:
    draw = random.Random(20261207)
    for _ in range(3000):
        text = "".join(draw.choice(ALPHABET) for _ in range(draw.randrange(1, 40)))
        pattern = token_pattern_for(text)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in TOKEN_RE.finditer(text)], text
        start = draw.randrange(len(text))
        end = draw.randrange(start, len(text) + 1)
        assert ([m.span() for m in token_pattern_for(text, start, end).finditer(text, start, end)]
                == [m.span() for m in TOKEN_RE.finditer(text, start, end)]), (text, start, end)
