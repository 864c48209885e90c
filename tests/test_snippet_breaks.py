"""Snippets show where a block (a paragraph, a list item, a heading) ends without ending a sentence: " · ", not a
bare space that runs it into the next as one sentence ("…about $350,000 The storm closed…")."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.snippets import lead_snippet, make_snippet
from newssearch.wordterms import term_of


def snippet(text: str, *words: str, chars: int = 240) -> str:
    """The plain snippet for the query ``words``."""
    terms = {term_of(word) for word in words}
    return make_snippet(text, term_of, terms.__contains__, chars=chars).plain()


def test_a_paragraph_not_ending_a_sentence_is_set_off_from_the_next() -> None:
    text = "Damage was estimated at about $350,000\n\nThe storm closed the harbour, officials said."
    assert snippet(text, "storm") == "Damage was estimated at about $350,000 · The storm closed the harbour, officials said."


def test_a_paragraph_ending_a_sentence_is_followed_by_a_space() -> None:
    for end in (".", "!", "?", ":", ";", "…", '."', ".”", "?’", ".)"):
        text = f"The harbour was shut{end}\n\nThe storm closed roads."
        assert snippet(text, "storm") == f"The harbour was shut{end} The storm closed roads."


def test_a_closing_quote_without_a_stop_before_it_is_set_off() -> None:
    text = 'The mayor called it "a disaster"\n\nThe storm closed roads.'
    assert snippet(text, "storm") == 'The mayor called it "a disaster" · The storm closed roads.'


def test_list_items_and_indented_paragraphs_a_line_each_are_set_off() -> None:
    text = "Latest news\n\nPolice say the road is open\n- Schools reopen Monday\n2. Buses run\n    Ferries do not"
    assert snippet(text, "police") == ("Latest news · Police say the road is open · - Schools reopen Monday · 2. Buses run"
                                       " · Ferries do not")


def test_a_hard_wrapped_line_runs_on_with_a_space() -> None:
    # Reuters-21578's reuters-00834 as the text reader stores it: its first line short, its dateline cut, and wrapped
    text = ("Oil traders in New York said Exxon\nCorp's Exxon U.S.A. unit reduced the price it charges contract barge "
            "customers for heating oil in New York harbor 0.75 cent a gallon, effective today.\n    They said the "
            "reduction brings Exxon's contract barge price\nto 43.25 cts.")
    assert snippet(text, "exxon") == ("Oil traders in New York said Exxon Corp's Exxon U.S.A. unit reduced the price it "
                                      "charges contract barge customers for heating oil in New York harbor 0.75 cent a "
                                      "gallon, effective today. They said the reduction brings Exxon's contract barge "
                                      "price to 43.25 cts.")


def test_a_block_the_next_goes_on_from_in_lower_case_runs_on() -> None:
    # BBC News politics/177: its italics (and in sport/069 its linked names) were cut out as paragraphs of their own,
    # "like an" / "agent provocateur" / "and perhaps"; a block opening in lower case goes on with the sentence before
    text = ('He said: "What I\'m saying is that the role that they took wasn\'t the appropriate one, i.e. like an\n\n'
            "agent provocateur\n\nand perhaps interfering and creating a situation")
    assert snippet(text, "provocateur") == ('He said: "What I\'m saying is that the role that they took wasn\'t the '
                                            "appropriate one, i.e. like an agent provocateur and perhaps interfering and "
                                            "creating a situation")


def test_a_break_at_a_passage_edge_is_not_shown() -> None:
    text = "x" * 300 + "\n\n" + "Police said the storm closed the harbour and every road north of the town for a day"
    shown = snippet(text, "police", chars=80)
    assert shown.startswith("… Police said") and "·" not in shown


def test_a_break_before_and_after_a_match() -> None:
    text = "Roads closed\n\nStorm\n\nPolice say the road is open"
    made = make_snippet(text, term_of, {term_of("storm")}.__contains__)
    assert made.html() == "Roads closed · <mark>Storm</mark> · Police say the road is open"


def test_the_lead_of_a_query_marking_nothing_shows_breaks_too() -> None:
    assert lead_snippet("Latest news\n\nPolice say the road is open").plain() == "Latest news · Police say the road is open"


def test_the_screen_json_and_csv_show_the_same_break(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "storm.txt").write_text("Storm hits the coast\n\nDamage was estimated at about $350,000\n\n"
                                      "The harbour was closed by the storm, officials said.\n")
    build_index(corpus, tmp_path / "index")
    expected = "Damage was estimated at about $350,000 · The harbour was closed by the storm, officials said."

    def query(*args: str) -> str:
        out = CliRunner().invoke(cli, ["query", "harbour", "--index-dir", str(tmp_path / "index"), *args])
        assert out.exit_code == 0, out.output
        return out.stdout

    assert f"     {expected}\n" in query("--color", "never")
    assert json.loads(query("--json"))["hits"][0]["snippet"] == expected
    assert list(csv.reader(io.StringIO(query("--csv"))))[1][-1] == expected
