"""A given name before "Staff" is a person's ("Ann Staff": Staff is a surname) in a page's byline as in a record's,
as "John Desk" is; a beat's, a desk's or an outlet's words before it credit a staff, no one ("Sport Staff",
"Herald Staff")."""

from __future__ import annotations

import pytest
from test_desk_names import page, record, text


# A page's byline had refused "Ann Staff" (Staff marked a desk's credit), where a record's and a text's kept it.
@pytest.mark.parametrize("name", ["Ann Staff", "Mary Ann Staff", "J. Staff"])
def test_a_given_name_before_staff_is_a_person_s(name: str) -> None:
    assert record(name) == (name,)
    assert text(f"By {name}") == (name,)
    assert page(f"<p>By {name}</p>") == (name,)
    assert page(f"<span class='byline'>{name}</span>") == (name,)


# "Herald Staff" had been kept as a person's name in a record's and a text's byline.
@pytest.mark.parametrize("credit", ["Sport Staff", "Herald Staff", "Times Staff", "Reuters Staff", "Web Staff"])
def test_a_beat_s_or_an_outlet_s_staff_names_no_one(credit: str) -> None:
    assert record(credit) == ()
    assert page(f"<p>By {credit}</p>") == ()
    assert page(f"<span class='byline'>{credit}</span>") == ()
