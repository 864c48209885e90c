"""Field groups for the differential check's grammar (querygrammar.py): a field before brackets, ``title:(a OR "b c"
-d)`` or ``body:(...)``, its words, phrases, negations and a nested AND or OR each searched in that field."""

from __future__ import annotations

import random
from collections.abc import Callable

from querylogic import Bool, FieldGroup, Node, Not
from querynodes import Phrase, Word


def field_group(rng: random.Random, word: Callable[[], str], phrase: Callable[[], Phrase]) -> FieldGroup:
    """One to three items in brackets after ``title:`` or ``body:``, joined by nothing, AND or OR."""
    items = [_item(rng, word, phrase, 1) for _ in range(rng.randint(1, 3))]
    return FieldGroup(rng.choice(["title", "title", "body"]), Bool(rng.choice(["", "", "AND", "OR"]), items))


def _item(rng: random.Random, word: Callable[[], str], phrase: Callable[[], Phrase], depth: int) -> Node:
    roll = rng.random()
    if depth and roll < 0.2:
        return Bool(rng.choice(["AND", "OR"]), [_item(rng, word, phrase, 0) for _ in range(rng.randint(2, 3))])
    if roll < 0.35:
        return Not(_item(rng, word, phrase, 0), rng.choice(["-", "NOT"]))
    if roll < 0.6:
        return phrase()
    return Word(word())
