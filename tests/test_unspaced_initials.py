"""Initials written without a space between them ("J.I. da Silva", "j.i. da silva") open a name in a byline box as
spaced ones do ("J. I. da Silva"), in small letters too, each initial capitalised and the particle kept small."""

from __future__ import annotations

import pytest
from test_byline_outlets import page


# A box's "J.I. da silva" had been no name (only "J. I. da silva" was read), so elpais.com.uy's box gave one writer.
@pytest.mark.parametrize(("box", "authors"), [
    ("<div class='author'>e. barreneche / J.I. da silva<br></div>", ("E. Barreneche", "J.I. da Silva")),
    ("<div class='author'>j.i. da silva</div>", ("J.I. da Silva",)),
    ("<div class='author'>By j.i. silva</div>", ("J.I. Silva",)),
    ("<div class='author'>J.I. da Silva</div>", ("J.I. da Silva",)),
    ("<div class='author'>e.g. more / share</div>", ())])
def test_initials_with_no_space_between_open_a_name_in_a_byline_box(box: str, authors: tuple[str, ...]) -> None:
    assert page(box)[0] == authors
