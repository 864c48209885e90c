"""A short seeded run of the query-side check (tests/querycli.py): random query strings and option sets through the
CLI end cleanly, and the formats, facets, timeline, subsets, pages and similar agree. benchmarks/querycheck.py runs
it long."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cliruns import Outcome, parse_json, screen_hits, unclean
from conftest import shared_path
from querycli import build_sample, run
from queryinvariants import CONTENT_WORDS, WORDS, composable, function_words_only

from newssearch.store import load_manifest


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared_path("corpora", "bbc-news", "bbc")
    return build_sample(tmp_path_factory.mktemp("querycli"), bbc=80)


@pytest.mark.parametrize("seed", [3, 8])
def test_random_queries_and_options_end_cleanly_and_agree(sample: Path, seed: int) -> None:
    tally = run(sample, seed, 10, slow=15.0)  # a machine shared with other runs: slow is the benchmark's to tell
    assert tally.queries == 10
    assert [str(problem) for problem in tally.problems] == []


def test_the_sample_holds_german_french_and_spanish_articles_and_words(sample: Path) -> None:
    # their words go through their own stemmers and stop words, which English articles never reach: "die * der" on
    # an index with German articles had ended in 'unexpected TypeError', and the check had never typed it
    from newssearch import open_index

    ids = [i for entry in load_manifest(sample).files.values() for i in entry.ids]  # type: ignore[union-attr]
    with open_index(sample) as ix:
        languages = {lang: sorted(hit.id for hit in ix.search(f"lang:{lang}", limit=50).hits) for lang in ("de", "fr", "es")}
    assert {lang: len(found) for lang, found in languages.items()} == {"de": 3, "fr": 2, "es": 2}
    assert "polizei.html" in languages["de"] and set(ids) >= {i for found in languages.values() for i in found}
    assert {"straße", "l'université", "niños", "fußball", "die", "la", "los"} <= set(WORDS)
    assert {"straße", "grève", "fútbol"} <= set(CONTENT_WORDS)
    assert function_words_only("(die) AND la") and not function_words_only("die fußball")
    assert function_words_only("(-l'université la^2 NOT shooting)")
    # An English stop word is left out as such a word is: "(None ü)" finds no Spanish article (ü is Spanish "u"),
    # "(None ü) AND españa" finds one by "españa" alone (querycheck.py seed 248); a word English searches counts
    assert function_words_only("(None ü)") and not function_words_only("None police")


@pytest.mark.parametrize(("outcome", "problem"), [
    (Outcome(2, "", "Error: unexpected TypeError: 'NoneType' object is not iterable\n"), "'NoneType'"),
    (Outcome(2, "", "Traceback (most recent call last):\n  File …\n"), "'Traceback'"),
    (Outcome(2, "", "Usage: newssearch query\nError: no such option\n"), "without one 'Error:' line"),
    (Outcome(1, "", "No articles match <Query object at 0x7f>\n"), "'object at 0x'"),
    (Outcome(3, "", ""), "exit 3"),
])
def test_the_check_tells_an_unclean_end(outcome: Outcome, problem: str) -> None:
    assert problem in unclean(outcome)
    assert unclean(Outcome(2, "", "Error: the query is empty (type the words to search for)\n")) == ""


def test_the_check_reads_the_screen_and_strict_json() -> None:
    screen = ("2 results for 'police' (page 1 of 1)\n\n  1. Police  2020-06-19\n     bbc/a b.txt · Jane Doe, Ali Khan · score 5.88\n"
              "     snippet\n\n  2. Other  undated\n     c.txt · score 1.00 · +1 copy: d.txt\n")
    assert screen_hits(screen) == (2, ["bbc/a b.txt", "c.txt"])
    with pytest.raises(ValueError, match="Infinity"):
        parse_json('{"score": Infinity}')
    assert [composable(q) for q in ["(a OR b) c", "(a } && (", '” sales', "a year:2005", "alcalde)("]] == [
        True, False, False, False, False]  # "alcalde)(" bracketed is "(alcalde)()": seed 114 of querycheck.py


def test_a_command_is_slow_by_the_cpu_it_uses_not_by_the_clock(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # On a machine busy with other work, commands of under 1 s of CPU had taken 5 to 15 s by the clock and been told
    # as slow (querycheck.py seeds 244-246): a command waiting is not slow; one computing past ``slow`` is.
    import time

    from cliruns import Runner, Tally

    tally = Tally()
    runner = Runner(sample, tally, slow=0.5)
    invoke = runner.runner.invoke

    def waiting(*args: object, **kwargs: object) -> object:
        time.sleep(1.0)
        return invoke(*args, **kwargs)  # type: ignore[arg-type]

    def computing(*args: object, **kwargs: object) -> object:
        started = time.process_time()
        while time.process_time() - started < 1.0:
            pass
        return invoke(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner.runner, "invoke", waiting)
    assert runner.run(["help", "syntax"]) is not None and tally.problems == []
    monkeypatch.setattr(runner.runner, "invoke", computing)
    assert runner.run(["help", "syntax"]) is not None
    assert len(tally.problems) == 1 and re.fullmatch(r"slow: 1\.\d s of CPU \(\d+\.\d s by the clock\)", tally.problems[0].what)
