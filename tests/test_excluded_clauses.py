"""A query whose NOT leaves out every article its other clauses find ("police -police", "cat OR NOT cat" as Lucene
reads it) says so when it finds nothing: it had said only that nothing matched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli

FEATURES = Path(__file__).parent / "fixtures" / "features"
OR_NOT = ("finds nothing: a NOT inside an OR leaves its articles out of every hit, as Lucene reads it "
          "(a OR NOT b is a AND NOT b)")


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("excluded") / "index"
    assert CliRunner().invoke(cli, ["index", str(FEATURES), "--index-dir", str(index_dir)]).exit_code == 0
    return index_dir


def query(index_dir: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index_dir)], env={})


@pytest.mark.parametrize(("typed", "said"), [
    ("police OR NOT police", f"police OR NOT police {OR_NOT}"),
    ("police OR -police", f"police OR -police {OR_NOT}"),
    ("police -police", "-police leaves out every article police finds: police alone finds 6"),
    ("title:police -police", "-police leaves out every article title:police finds: title:police alone finds 3"),
    ("police !police", "!police leaves out every article police finds: police alone finds 6"),
    ("police NOT policing", "NOT policing leaves out every article police finds: police alone finds 6"),
    ('"police dog" -"police dogs" kaha', '-"police dogs" leaves out every article "police dog" kaha finds: '
                                        '"police dog" kaha alone finds 1'),
])
def test_a_not_of_the_words_required_says_it_leaves_out_all_they_find(features: Path, typed: str, said: str) -> None:
    result = query(features, typed)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{typed}'.\nNote: {said}.\n"


@pytest.mark.parametrize(("typed", "said"), [
    ("(police) -police", "-police leaves out every article (police) finds: (police) alone finds 6"),
    ("(police AND gunmen) -police",
     "-police leaves out every article (police AND gunmen) finds: (police AND gunmen) alone finds 2"),
    ("title:(police) -police", "-police leaves out every article title:(police) finds: title:(police) alone finds 3"),
    ("police -(police OR fire)", "-(police OR fire) leaves out every article police finds: police alone finds 6"),
    ("police NOT (police OR fire)",
     "NOT (police OR fire) leaves out every article police finds: police alone finds 6"),
    ('"police dog" -("police dogs")', '-("police dogs") leaves out every article "police dog" finds: '
                                    '"police dog" alone finds 1'),
    ("(police)^2 AND -police", "-police leaves out every article (police)^2 finds: (police)^2 alone finds 6"),
    ("(police date:[2020 TO 2021]) -police", "-police leaves out every article (police date:[2020 TO 2021]) finds: "
                                              "(police date:[2020 TO 2021]) alone finds 4"),
])
def test_brackets_say_it_too_when_the_not_leaves_out_all_the_rest_finds(features: Path, typed: str,
                                                                        said: str) -> None:
    # the note had been left unsaid for any query with brackets, and an OR inside a NOT's brackets had been told as a
    # NOT inside an OR
    result = query(features, typed)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{typed}'.\nNote: {said}.\n"


@pytest.mark.parametrize("args", [("police -title:police kiwi",),
                                  ("zzzqx -police",), ("police -(police dog) zzzqx",), ("zzzqx -zzzqx",),
                                  ("(police AND zzzqx) -police",),
                                  ("(police -kaha) -police zzzqx",)])
def test_a_not_that_is_not_why_nothing_was_found_says_nothing_of_it(features: Path, args: tuple[str, ...]) -> None:
    # a NOT that leaves some of the words' articles found, or words that find nothing without it
    result = query(features, *args)
    assert result.exit_code == 1
    assert "leaves out every article" not in result.stderr
    assert "NOT inside an OR" not in result.stderr


@pytest.mark.parametrize(("typed", "said"), [
    # each had said the quote's note, "the words outside the quote are in no article with it": a NOT of other words
    # than the rest's, or in brackets, had not been seen to leave out all the rest finds
    ('"police dog" -(police)', '-(police) leaves out every article "police dog" finds: "police dog" alone finds 1'),
    ('"police dog" kaha -police',
     '-police leaves out every article "police dog" kaha finds: "police dog" kaha alone finds 1'),
    ('"police officer" date:2020 OR NOT police', f'"police officer" date:2020 OR NOT police {OR_NOT}'),
    # a NOT inside brackets: it had said nothing
    ("police (kaha -police)", "-police leaves out every article the rest of the query finds: the query finds 1 "
                              "without it"),
])
def test_a_not_that_leaves_out_all_the_rest_finds_says_so_whatever_its_words(features: Path, typed: str,
                                                                            said: str) -> None:
    result = query(features, typed)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{typed}'.\nNote: {said}.\n"


def test_the_timeline_says_so_too(features: Path) -> None:
    result = CliRunner().invoke(cli, ["timeline", "police -police", "--index-dir", str(features)], env={})
    assert "-police leaves out every article police finds" in result.output + result.stderr


def test_the_note_in_an_index_of_several_languages(tmp_path: Path) -> None:
    # a word's query there is a DisMax of its English stem and another language's (bg: "ferry" kept as written):
    # the note had looked for leaves alone, and said nothing
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.txt").write_text("Ferry fares rise\n\nThe harbour ferry fares rise in March.\n", encoding="utf-8")
    (corpus / "sofia.txt").write_text(
        "Правителството прие бюджета\n\nПравителството прие днес проекта на държавния бюджет за следващата "
        "година, а депутатите ще го обсъдят на първо четене през следващата седмица.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "index")]).exit_code == 0
    result = query(tmp_path / "index", "ferry -ferry")
    assert "-ferry leaves out every article ferry finds: ferry alone finds 1" in result.output


def test_under_match_any_a_not_inside_an_or_beside_a_field_says_so(features: Path) -> None:
    # --match any had read it as "police OR (title:police AND NOT police)" and found every police article
    result = query(features, "police title:police OR NOT police", "--match", "any")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match 'police title:police OR NOT police'.\nNote: police title:police OR NOT police {OR_NOT}.\n"


@pytest.mark.parametrize(("args", "said"), [
    # under --match any the other clauses had been counted without their AND: "police kaha", any of them, finds 6,
    # most of which -kaha does not leave out
    (("police AND kaha -kaha", "--match", "any"),
     "-kaha leaves out every article police AND kaha finds: police AND kaha alone finds 1"),
    (("(police) AND -police", "--match", "any"), "-police leaves out every article (police) finds: (police) alone finds 6"),
    (("kaha AND NOT kaha police",), "NOT kaha leaves out every article kaha police finds: kaha police alone finds 1"),
    # an OR beside the words, not the NOT: under --match all the NOT is outside it
    (("police OR title:police -police",),
     "-police leaves out every article police OR title:police finds: police OR title:police alone finds 6"),
])
def test_the_rest_is_counted_as_the_query_joins_it(features: Path, args: tuple[str, ...], said: str) -> None:
    result = query(features, *args)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{args[0]}'.\nNote: {said}.\n"


NOTE = re.compile(r"(.*?) leaves out every article (.*) finds: \2 alone finds ([\d,]+)")


@pytest.mark.parametrize(("typed", "match"), [
    # each had said the NOT left out articles that it does not (a random check of 3,000 queries found them)
    ("-ferries source:stuff AND ferries", "any"), ("title:police AND author:smith AND ferries -ferries", "any"),
    ("-police police AND lang:en", "any"), ('"police dog" AND author:smith AND title:police -title:police', "any"),
    ("-kaha AND police AND kaha", "any"), ("police AND kaha -kaha", "all"), ("(police AND gunmen) -police", "any"),
    # every article police or shooting (or gunmen) finds holds police: the NOT is why (it had said nothing)
    ("police shooting -police", "any"), ("(police OR gunmen) -police", "all"),
])
def test_the_note_is_said_only_when_the_not_leaves_out_every_article_the_rest_finds(features: Path, typed: str,
                                                                                  match: str) -> None:
    with open_index(features) as index:
        def found(text: str) -> set[str]:
            return {hit.id for hit in index.search(text, match=match, limit=100).hits}

        result = index.search(typed, match=match)
        said = NOTE.match(result.notice or "")
        if said is None:  # (the rest finds nothing alone either: a word, not the NOT, is why)
            assert result.total == 0 and "leaves out every article" not in (result.notice or "")
            return
        rest = found(said.group(2))
        assert len(rest) == int(said.group(3)) > 0
        for negated in re.findall(r'(?:NOT |[-!])("[^"]*"|\([^)]*\)|\S+)', said.group(1)):
            rest -= found(negated)
        assert rest == set()


def test_the_rest_without_its_nots_keeps_a_filters_parts_whole() -> None:
    # a filter's parts (an AndMaybe's a and b) are what its matcher reads: taken out of its list alone, the NOT had
    # stayed in what was counted, which found nothing
    from whoosh import query as wq

    from newssearch.querytree import without_nots

    police, kaha, dog = (wq.Term("body", word) for word in ("police", "kaha", "dog"))
    kept = without_nots(wq.AndMaybe(wq.And([police, wq.Not(kaha)]), dog))
    assert isinstance(kept, wq.AndMaybe)
    assert (kept.a, kept.b) == (wq.And([police]), dog) and tuple(kept.subqueries) == (kept.a, kept.b)
    assert without_nots(wq.And([police, dog])) is None


@pytest.mark.parametrize(("typed", "match", "said"), [
    # signs before NOT are one NOT, as the parser reads them: the note had named ---NOT alone as the NOT (and the
    # query's note says the negation typed twice was read once: test_double_negations.py)
    ("police ---NOT police", "all", '"---NOT" is read as one NOT: a negation typed twice is one; '
                                    "NOT police leaves out every article police finds: police alone finds 6"),
    ("police -NOT police", "all", '"-NOT" is read as one NOT: a negation typed twice is one; '
                                  "NOT police leaves out every article police finds: police alone finds 6"),
    ("police NOT NOT police", "all", '"NOT NOT" is read as one NOT: a negation typed twice is one; '
                                     "NOT police leaves out every article police finds: police alone finds 6"),
    ("police --police", "all", '"--" is read as one NOT: a negation typed twice is one; '
                               "--police leaves out every article police finds: police alone finds 6"),
    # an OR inside a NOT's brackets: NOT (NOT kaha OR fire) is NOT (fire AND NOT kaha), whose inner NOT lets kaha's
    # articles back in; it had been told as a NOT inside an OR leaving its articles out of every hit
    ("police -police NOT (NOT --NOT kaha OR fire)", "any",
     '"NOT --NOT" is read as one NOT: a negation typed twice is one; '
     "-police NOT (NOT --NOT kaha OR fire) leaves out every article police finds: police alone finds 6"),
])
def test_a_not_is_named_as_the_parser_reads_it(features: Path, typed: str, match: str, said: str) -> None:
    result = query(features, typed, "--match", match)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{typed}'.\nNote: {said}.\n"


@pytest.mark.parametrize(("typed", "said"), [
    # a NOT of a date and more leaves some of its days' articles in: 2020's police articles here; it had said the
    # query excludes every day its date clauses require
    ("zzzqx date:2020 -(date:2020 -police)", ""),
    ("police date:2020 -(date:2020 -zzzqx)",
     "\nNote: -(date:2020 -zzzqx) leaves out every article police date:2020 finds: police date:2020 alone finds 3; 1 "
     "undated article matches too: date: leaves out articles with no publication date."),
    ("zzzqx date:2020 -(date:2020 OR police)",  # an OR's date: each of its articles left out
     "\nNote: the query excludes every day its date clauses require, so it finds no article."),
])
def test_a_not_of_a_date_and_more_excludes_not_every_day(features: Path, typed: str, said: str) -> None:
    result = query(features, typed)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{typed}'.{said}\n"


@pytest.mark.parametrize("match", ["all", "any"])
@pytest.mark.parametrize("typed", ["$50 million zzqqxx", "$3.50 zzqqxx", "€1,250.00 zzqqxx", "$18 a barrel zzqqxx"])
def test_an_amounts_other_writings_are_no_not_to_count_the_rest_without(typed: str, match: str) -> None:
    """An amount's tiers hold an ANDNOT (``currencyamounts``: "$50000000" where "50 million" is not written) beside
    an OR part finding every article its NOT leaves out: the query had been searched again without it when it found
    nothing, to find nothing again ("$50 million zzqqxx": 47 ms more on Reuters-21578)."""
    from newssearch.querying import parse_user_query
    from newssearch.querytree import without_nots
    from newssearch.schema import SCHEMA

    assert without_nots(parse_user_query(typed, SCHEMA, match).query) is None
    assert without_nots(parse_user_query(f"{typed} -oil", SCHEMA, match).query) is not None  # a typed NOT counts


def test_a_not_that_leaves_out_nothing_the_rest_finds_is_kept() -> None:
    # (x ANDNOT y) OR s finds what x OR s finds when s finds every article y finds; an AndMaybe's optional part
    # finds nothing more, whatever its NOTs: neither is a NOT to count the rest without
    from whoosh import query as wq

    from newssearch.querytree import without_nots

    police, kaha, dog = (wq.Term("body", word) for word in ("police", "kaha", "dog"))
    assert without_nots(wq.Or([wq.AndMaybe(police.with_boost(0.5), dog), wq.AndNot(kaha, police)])) is None
    assert without_nots(wq.DisjunctionMax([police, wq.AndNot(kaha, police)])) is None
    assert without_nots(wq.AndMaybe(police, wq.Or([dog, wq.AndNot(kaha, dog)]))) is None
    assert without_nots(wq.Or([dog, wq.AndNot(kaha, police)])) == wq.Or([dog, kaha])
    assert without_nots(wq.And([police, wq.AndNot(kaha, police)])) == wq.And([police, kaha])


@pytest.mark.parametrize(("typed", "said"), [
    ("$50 million zzqqxx", "no article has all these words: --match any finds 1"),
    ("$50 million -council", "-council leaves out every article $50 million finds: $50 million alone finds 1"),
])
def test_an_amount_that_finds_nothing_says_why(tmp_path: Path, typed: str, said: str) -> None:
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Roads\n\nThe council spent $50 million on roads.",
                                      "b.txt": "Zoo\n\nThe new zoo opened in the park."})
    result = query(index, typed)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"No articles match '{typed}'.\nNote: {said}.\n"
