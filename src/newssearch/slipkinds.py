"""Whether one letter changed between a word typed and an indexed word is a slip a typist makes: a key beside the
one meant, a letter doubled, two swapped or one left out; not a letter of another word ("maori": mori)."""

from __future__ import annotations

# Rows of a QWERTY keyboard and how far each sits to the right of the one above (a quarter key, then half a key)
_ROWS = (("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75))
_KEYS = {key: (row, at + shift) for row, (keys, shift) in enumerate(_ROWS) for at, key in enumerate(keys)}


def neighbours(one: str, other: str) -> bool:
    """Whether two letters are keys side by side (``g``: f, h, t, y, v, b), or the same letter."""
    if one == other:
        return True
    if one not in _KEYS or other not in _KEYS:
        return False
    (row, x), (other_row, other_x) = _KEYS[one], _KEYS[other]
    return abs(x - other_x) == 1 if row == other_row else abs(row - other_row) == 1 and abs(x - other_x) < 1


def typing_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one slip of the fingers: two letters swapped, one left out, one doubled,
    a key beside one of its letters added beside it or hit instead of it.

    A letter added that neither doubles nor sits beside a letter next to it (``maori`` for "mori", ``tofu`` for
    "tof", ``grammy`` for "gramm"), or one hit for a letter far from it on the keyboard (``blog`` for "bloc"), is
    how another word is spelt, not a slip. Words not one edit apart are no slip either.
    """
    if len(typed) == len(word):
        differ = [at for at, (a, b) in enumerate(zip(typed, word)) if a != b]
        if len(differ) == 1:
            return neighbours(typed[differ[0]], word[differ[0]])
        return (len(differ) == 2 and differ[1] == differ[0] + 1
                and typed[differ[0]] == word[differ[1]] and typed[differ[1]] == word[differ[0]])
    if len(typed) == len(word) - 1:
        return any(word[:at] + word[at + 1:] == typed for at in range(len(word)))  # a letter left out
    if len(typed) == len(word) + 1:
        for at in range(len(typed)):
            if typed[:at] + typed[at + 1:] == word:
                beside = typed[max(at - 1, 0):at] + typed[at + 1:at + 2]
                if any(neighbours(typed[at], letter) for letter in beside):
                    return True
    return False
