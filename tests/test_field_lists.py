"""A comma list after a metadata field (``source:rnz,stuff``) is any of its values, as ``lang:de,fr`` is."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts

from newssearch import build_index
from newssearch.cli import cli


@pytest.mark.parametrize(("text", "ids"), [
    ("police source:rnz,stuff", "arrests harbour protest"),  # had been source:rnz and the word "stuff": nothing
    ("police source:rnz;stuff", "arrests harbour protest"),
    ("police Source:RNZ,Stuff", "arrests harbour protest"),
    ("police site:rnz.co.nz,stuff.co.nz", "arrests harbour protest"),
    ("gunmen author:ngata,khan", "arrests"),
    ("police -source:rnz,stuff", "policy shooting"),          # neither
    ("police year:2019,2021", "policy protest"),
    ("police url:rnz,stuff", "arrests harbour protest"),
    ("police source:rnz,stuff^2", "arrests harbour protest"),  # the boost is the list's
    ("police id:wire.jsonl#protest,wire.jsonl#policy", "policy protest"),
    ("police source:rnz,,stuff", "arrests harbour protest"),   # an empty item is none: had been source:rnz and "stuff"
    ("police source:rnz,stuff,", "arrests harbour protest"),   # had been source:rnz and the word "stuff,"
    ("police year:2019;;2021", "policy protest"),
    ("police source:(rnz,stuff)", "arrests harbour protest"),  # had been source:(rnz stuff), both at once: nothing
    ("police Source:(rnz;stuff)^2", "arrests harbour protest"),
    ("police -source:(rnz,stuff)", "policy shooting"),
])
def test_a_list_after_a_metadata_field_is_any_of_its_values(features_index: Path, text: str, ids: str) -> None:
    assert [found.partition("#")[2] for found in found_ids(features_index, text) if "#" in found] == ids.split()


@pytest.mark.parametrize(("text", "ids"), [
    ("police source:rnz, stuff", "arrests harbour protest"),   # had been source:rnz and the words "stuff": nothing
    ("police source:rnz; stuff", "arrests harbour protest"),
    ("police site:rnz.co.nz, stuff.co.nz", "arrests harbour protest"),
    ("gunmen author:ngata, khan", "arrests"),
    ("police -source:rnz, stuff", "policy shooting"),
    ("police year:2019, 2021", "policy protest"),
    ('police date:("June 2020", "October 2020")', "arrests harbour shooting"),  # had been refused, the list's date unread
    ("police source:rnz, stuff^2", "arrests harbour protest"),
    ("police id:wire.jsonl#protest, wire.jsonl#pol*", "policy protest"),
    ("police author:smith, kaitaia", "shooting"),               # no byline holds "kaitaia": a word of the query
    ("police source:rnz, stuff, protest", "protest"),           # the list ends before it
    ("police source:(rnz, stuff)", "arrests harbour protest"),  # in brackets every value is the list's: had been none
    ('police source:"NZ Herald", stuff', "arrests policy shooting"),  # a quoted name too: had been nothing
    ('police source:("NZ Herald", stuff)', "arrests policy shooting"),
    ('police source:rnz, "police dog"', ""),                   # no source: RNZ's articles with the phrase, none
    ("police source:rnz, stuf*", "arrests harbour protest"),   # a pattern that a source matches: had been a word
    ("gunmen author:ngata, Kh?n", "arrests"),
    ("police site:rnz, stuf*", "arrests harbour protest"),
    ("police author:smith, kait*", "shooting"),                 # no byline matches: a pattern of the query's words
    ("police source:rnz, *", "harbour protest"),                # a bare * is no source: source:rnz alone
])
def test_a_value_after_a_comma_and_a_space_is_the_lists_when_the_index_holds_it(features_index: Path, text: str,
                                                                                 ids: str) -> None:
    assert [found.partition("#")[2] for found in found_ids(features_index, text) if "#" in found] == ids.split()


@pytest.mark.parametrize(("typed", "read"), [
    ("source:rnz, stuff", "(source:rnz OR source:stuff)"),
    ("author:smith, police", "author:smith, police"),      # a word, not an author the index holds
    ("author:smith, khan, police", "(author:smith OR author:khan), police"),
    ("source:rnz, stuff^2", "(source:rnz OR source:stuff)^2"),
    ("author:smith, police^2", "author:smith, police^2"),  # the boost is the word's
    ("year:2019, 2021", "(year:2019 OR year:2021)"),       # a date is a date, held or not
    ("year:2019, budget", "year:2019, budget"),
    ('date:"June 2020", "Oct 2020"', "(date:2020-06 OR date:2020-10)"),  # had been refused: 'date:"June 2020",'
    ('date:2020-06,"1 October 2020"', "(date:2020-06 OR date:2020-10-01)"),
    ('year:"June 2020", budget', 'year:"June 2020", budget'),  # no list: as typed, for check_dates to quote
    ("source:rnz,police", "(source:rnz OR source:police)"),  # without a space, a list as ever
])
def test_how_a_value_after_a_comma_and_a_space_is_read(typed: str, read: str) -> None:
    from newssearch.fieldlists import field_lists

    held = {("source", "stuff"), ("author", "khan")}
    assert field_lists(typed, lambda name, value: (name, value) in held) == read


def test_a_list_of_sources_is_a_filter_under_match_any(features_index: Path) -> None:
    found = found_ids(features_index, "gunmen source:rnz,stuff", match="any")
    assert found == [f"wire.jsonl#{name}" for name in ("arrests", "ferries", "harbour", "protest")]


def test_a_quoted_comma_is_the_names_own(features_index: Path) -> None:
    # an author's name surname first ("Smith, Jane") is quoted, as a catalogue writes it: one name, not two authors
    assert found_ids(features_index, 'author:"Smith, Jane"') == ["wire.jsonl#ferries", "wire.jsonl#policy",
                                                                  "wire.jsonl#shooting"]
    assert found_ids(features_index, 'author:"khan, tama"') == []


def test_a_list_of_sources_on_the_command_line(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "police", "source:rnz,stuff", "--index-dir", str(features_index)])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("3 results for 'police source:rnz,stuff' (page 1 of 1)\n")


@pytest.mark.parametrize(("typed", "read"), [
    ("source:rnz;stuff", "(source:rnz OR source:stuff)"),
    ("-by:smith,khan", "-(by:smith OR by:khan)"),
    ("id:report-1,000.txt", "id:report-1,000.txt"),        # a comma between digits is the name's own
    ("year:2019,2021", "(year:2019 OR year:2021)"),        # but a date's are a list
    ('author:"Smith, Jane",khan', '(author:"Smith, Jane" OR author:khan)'),  # a quoted name is a value, comma and all
    ("lang:de,fr source:a,b", "lang:(de OR fr) (source:a OR source:b)"),  # lang: is fieldlists.language_lists'
    ("title:oil,gas", "title:oil,gas"),                    # words: querytext.listed_words'
    ("source:,rnz,,stuff,", "(source:rnz OR source:stuff)"),
    ("id:,report-1,000.txt", "id:report-1,000.txt"),
    ("source:,", "source:"),                               # no value at all: refused as source: is
    ('source:rnz,"nz herald"', '(source:rnz OR source:"nz herald")'),  # had been as typed: rnz and the phrase
    ('source:("NZ Herald", stuff)', '(source:"NZ Herald" OR source:stuff)'),  # had been a group: both at once
    ('"x source:(a,b)" source:(a, b)', '"x source:(a,b)" (source:a OR source:b)'),  # a phrase's words as typed
    ('"source:a,b" source:a,', '"source:a,b" source:a'),
    ("lang:de,,fr", "lang:(de OR fr)"),
    ("lang:de,fr,wahl", "lang:(de OR fr),wahl"),          # the list ends before the first item that is no language
    ("lang:de, fr, wahl", "lang:(de OR fr), wahl"),       # as fr had been a word, and the list no list
    ("lang:wahl,de", "lang:wahl,de"),
    ("lang:(de,fr) year:(2019,2021)", "lang:(de OR fr) (year:2019 OR year:2021)"),  # a list bracketed is the list
    ("source:(rnz stuff) title:(oil,gas)", "source:(rnz stuff) title:(oil,gas)"),  # words, not a list
    ("source:( rnz ; stuff ) lang:(de, fr)", "(source:rnz OR source:stuff) lang:(de OR fr)"),
])
def test_how_a_list_after_a_field_is_read(typed: str, read: str) -> None:
    from newssearch.fieldlists import bracketed_lists, field_lists, language_lists

    assert field_lists(language_lists(bracketed_lists(typed))) == read


@pytest.mark.parametrize("text", ["police source:,", "police year:;"])
def test_a_list_of_no_values_is_refused_as_a_field_with_nothing_after_it(features_index: Path, text: str) -> None:
    from newssearch import open_index
    from newssearch.errors import InvalidQuery

    # "source:," had found every article about police, its filter gone
    with open_index(features_index) as idx, pytest.raises(InvalidQuery, match="nothing to search for after"):
        idx.search(text)


def test_a_web_address_after_url_is_one_address_commas_and_all() -> None:
    # An address may hold a comma (query strings, some CMS paths): after url: it is not split as a list of words.
    from newssearch.querying import _rewritten

    assert _rewritten("police url:nzherald,stuff", "all")[0] == "police (url:nzherald OR url:stuff)"
    assert _rewritten("url:a.nz/x,b.nz/y", "all")[0] == 'url:"a.nz/x,b.nz/y"'


def test_a_comma_in_an_id_holding_an_address_is_the_addresss_own(tmp_path: Path) -> None:
    # An address may hold a comma ("/a,b.html"): unquoted after id:, it had been split as a list, the id "…/a" or
    # "b.html", and found the page at ".../a"; a comma before another record's id (a "#" or "://") is still a list's.
    index_dir = index_of_texts(tmp_path, {})
    (tmp_path / "corpus" / "feed.jsonl").write_text("".join(
        f'{{"id": "https://news.example/{page}", "title": "Harbour {n}", "text": "The harbour, day {n}."}}\n'
        for n, page in enumerate(["a", "a,b.html", "b.html"])), encoding="utf-8")
    build_index(tmp_path / "corpus", index_dir)
    at = "feed.jsonl#https://news.example/"
    for typed, pages in [(f"id:{at}a,b.html", ["a,b.html"]), (f'id:"{at}a,b.html"', ["a,b.html"]),
                         (f"harbour id:{at}a,b.html", ["a,b.html"]), (f"id:{at}a,b*", ["a,b.html"]),
                         (f'id:"{at}a,b*"', ["a,b.html"]), (f"-id:{at}a,b.html harbour", ["a", "b.html"]),
                         (f"id:{at}a,{at}b.html", ["a", "b.html"]), (f"id:{at}a;b.html", ["a"])]:
        assert found_ids(index_dir, typed) == [at + page for page in pages], typed
