"""A term's positions are encoded as Whoosh's ``Positions.encode`` encodes them, byte for byte, in fewer steps."""

from __future__ import annotations

import random
from array import array
from pickle import dumps

from whoosh.formats import Positions

from newssearch.fastanalysis import compile_schema
from newssearch.positioncodes import encode_positions, position_encoder
from newssearch.schema import SCHEMA


def test_the_same_bytes_as_whoosh() -> None:
    # one place (reused), places whose pickled ints take 1, 2 and 4 bytes, a gap of 0, long lists
    cases = [[0], [0], [7], [255], [256], [65535], [65536], [2**31 - 1], [2**31], [0, 1], [3, 3], [0, 255, 256, 70000]]
    rng = random.Random(5)
    cases += [sorted(rng.sample(range(100_000), rng.choice([1, 2, 3, 40, 600]))) for _ in range(2000)]
    whoosh = Positions().encode
    assert [encode_positions(plist) for plist in cases] == [whoosh(plist) for plist in cases]


def test_indexing_uses_it_for_whooshs_positions_only() -> None:
    assert {plan.encode for plan in compile_schema(SCHEMA).values()} == {encode_positions}


class _Shown(Positions):
    """A format of positions of its own, which shows what its encoder was given."""

    def encode(self, poses):  # type: ignore[no-untyped-def]
        return repr(poses).encode()


def test_another_format_keeps_its_own_encoder_given_a_list() -> None:
    assert position_encoder(_Shown())(array("q", [1, 4])) == b"[1, 4]"  # as Whoosh gives it, not the array indexing holds


def test_places_held_in_an_array_give_a_lists_bytes() -> None:
    # indexing holds a term's places in an array of machine integers (a long text's had been a list of int objects)
    whoosh = Positions().encode
    cases = [[0], [7], [300], [2**31], [0, 1], [0, 255, 256, 70000]]
    assert [encode_positions(array("q", plist)) for plist in cases] == [whoosh(plist) for plist in cases]


def test_each_encoding_is_a_new_object_as_whoosh_pickles_a_blocks_values_together() -> None:
    # A pickle writes an object it has written before as a reference: one bytes object reused for a place would
    # make a block of the postings file differ from Whoosh's.
    whoosh = Positions().encode
    ours = (encode_positions([3]), encode_positions([3]), encode_positions([1, 4]), encode_positions([1, 4]))
    assert dumps(ours, 2) == dumps((whoosh([3]), whoosh([3]), whoosh([1, 4]), whoosh([1, 4])), 2)
