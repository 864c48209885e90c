"""sequencematch: one matcher over a sequence's parts finds the very articles, spans and scores that Whoosh's SpanNear
matchers nested one per part (``patternphrases.NewsSequence``'s matcher before it) found, on short sequences."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import query as wq
from whoosh.query.spans import SpanNear

from newssearch import build_index, open_index
from newssearch.sequencematch import SequenceMatcher

VOCABULARY = ["oil", "price", "rose", "fell", "union", "police"]
_MAKE = random.Random(59)
# Articles of a few words repeated in any order: each sequence is found at several places, or nearly found
STORIES = {f"story-{i}.txt": f"Story {i}\n\n" + " ".join(_MAKE.choices(VOCABULARY, k=_MAKE.randint(5, 60))) + "."
           for i in range(40)}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sequences")
    (root / "corpus").mkdir()
    for name, text in STORIES.items():
        (root / "corpus" / name).write_text(text, encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def _part(pick: random.Random) -> wq.Query:
    """A word, an OR of two words (as a pattern's words are), or a pattern, of the body."""
    kind = pick.randrange(3)
    if kind == 0:
        return wq.Term("body", pick.choice(VOCABULARY))
    if kind == 1:
        return wq.Or([wq.Term("body", word) for word in pick.sample(VOCABULARY, 2)])
    return wq.Prefix("body", pick.choice(VOCABULARY)[:2])


def _nested(subs, gaps: list[int], slop: int):  # type: ignore[no-untyped-def]
    """The matcher NewsSequence built before: a SpanNear matcher per part, each wrapping the run before it."""
    found = subs[0]
    for gap, following in zip(gaps[1:], subs[1:]):
        found = SpanNear.SpanNearMatcher(found, following, slop=(gap + 1) * slop, mindist=gap + 1)
    return found


def _read(matcher) -> list[tuple[int, float, float, list[tuple[int, int]]]]:  # type: ignore[no-untyped-def]
    """Each match's article, score, weight and spans, in order."""
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.score(), matcher.weight(), [(s.start, s.end) for s in matcher.spans()]))
        matcher.next()
    return found


def test_the_flat_matcher_finds_what_the_nested_one_did(stories: Path) -> None:
    pick, compared, found = random.Random(7), 0, 0
    with open_index(stories) as idx:
        for _ in range(400):
            parts = [_part(pick) for _ in range(pick.randint(2, 6))]
            gaps, slop = [0] + [pick.choice([0, 0, 1, 2]) for _ in parts[1:]], pick.randint(1, 3)
            for searcher, _offset in idx._searcher.leaf_searchers():
                context = searcher.context().set(needs_current=True)
                flat = SequenceMatcher([part.matcher(searcher, context) for part in parts],
                                       [gap + 1 for gap in gaps], [(gap + 1) * slop for gap in gaps])
                expected = _read(_nested([part.matcher(searcher, context) for part in parts], gaps, slop))
                assert _read(flat) == expected, (parts, gaps, slop)
                compared, found = compared + 1, found + len(expected)
    assert compared == 400 and found > 1000  # many sequences found, at several places


def test_the_flat_matcher_skips_as_the_nested_one_did(stories: Path) -> None:
    pick = random.Random(11)
    with open_index(stories) as idx:
        searcher = idx._searcher.leaf_searchers()[0][0]
        context = searcher.context().set(needs_current=True)
        for _ in range(100):
            parts, gaps = [_part(pick) for _ in range(3)], [0, pick.randint(0, 1), 0]
            flat = SequenceMatcher([part.matcher(searcher, context) for part in parts], [1, gaps[1] + 1, 1],
                                   [1, gaps[1] + 1, 1])
            nested = _nested([part.matcher(searcher, context) for part in parts], gaps, 1)
            for target in sorted(pick.sample(range(40), 5)):
                if not (flat.is_active() and nested.is_active()):
                    break
                flat.skip_to(target)
                nested.skip_to(target)
                assert (flat.is_active(), flat.is_active() and flat.id()) == (nested.is_active(),
                                                                              nested.is_active() and nested.id())
            assert flat.is_active() == nested.is_active()
