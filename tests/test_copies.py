"""Syndicated copies of one story grouped as one hit, earliest copy first; lightly edited copies too."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.copyindex import BOILERPLATE_ARTICLES
from newssearch.textkeys import (
    all_words,
    copy_keys,
    index_keys,
    opening_words,
    run_keys,
    same_story,
    sentence_keys,
    text_words,
    texts_alike,
    words_alike,
)

WIRE = ("Firefighters battled a large scrub fire near the coast overnight as strong winds pushed the flames "
        "towards farmland. Residents of three nearby settlements were told to leave their homes before dawn, "
        "and emergency shelters opened in the town hall. Crews expect to contain the fire by the weekend.")


@pytest.fixture
def wire_index(tmp_path: Path) -> Path:
    """The same wire story from three outlets (differently spaced and cased), and one other story."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "later.txt").write_text(f" date 2021-02-03 Scrub fire forces evacuations\n\n{WIRE}\n")
    (corpus / "earliest.txt").write_text(f" date 2021-02-01 Fire near the coast\n\n{WIRE.upper()}\n")
    (corpus / "undated.txt").write_text(f"Coastal fire\n\n{'  '.join(WIRE.split(' '))}\n")
    (corpus / "other.txt").write_text(" date 2021-02-02 Fire season begins\n\nThe fire season began early this "
                                      "year, officials said, after a dry summer left grass and scrub tinder dry "
                                      "across the region, and they urged people to avoid lighting any fires "
                                      "outdoors until the autumn rain arrives.\n")
    build_index(corpus, tmp_path / "ix")
    return tmp_path / "ix"


LONG = ("Heavy rain closed the main highway north of the city on Tuesday morning after a slip. "
        "Road crews worked through the night to clear mud and rocks from both lanes of the road. "
        "The transport agency said the highway would stay closed until engineers had checked the hillside. "
        "Drivers heading north were told to use the coastal route, which adds about an hour to the trip. "
        "Forecasters expect more rain on Thursday, with a heavy rain watch in place for the ranges. "
        "Two homes near the slip were evacuated as a precaution, and their owners are staying with family.")
DIFFERENT = ("The council voted on Tuesday to build a new library in the town centre next year. "
             "Councillors said the old building was too small for the growing number of families in town. "
             "Construction is expected to start in March and finish before the end of the following year. "
             "Residents will be asked for their views on the design at three public meetings in February.")


def same_text_story(first: str, second: str) -> bool:
    """``same_story`` told the two texts' words, as the index does from their stored bodies."""
    return same_story(copy_keys(first), copy_keys(second),
                      alike=lambda: words_alike(text_words(first), text_words(second)),
                      openings_alike=lambda n, m: words_alike(opening_words(first, n), opening_words(second, m)))


def test_copy_keys_ignore_case_spacing_and_punctuation() -> None:
    assert copy_keys(WIRE) == copy_keys(WIRE.upper()) == copy_keys(WIRE.replace(",", "").replace(" ", "   "))
    assert len(copy_keys(WIRE)) == 1  # three sentences: one run


def test_lightly_edited_copies_share_keys_and_other_stories_do_not() -> None:
    keys = set(copy_keys(LONG))
    with_dateline = "WELLINGTON (AAP) - " + LONG
    one_word_changed = LONG.replace("Road crews", "Council crews")
    cut_short = LONG.rsplit(". ", 2)[0] + "."
    rewrapped = LONG.replace(". ", ".\n\n")
    for copy in (with_dateline, one_word_changed, cut_short, rewrapped):
        assert keys & set(copy_keys(copy)), copy[:40]
        assert same_text_story(LONG, copy), copy[:40]
    assert not keys & set(copy_keys(DIFFERENT))


@pytest.mark.parametrize("dateline", ["WELLINGTON (AAP) - ", "LONDON, Sept 12 (Reuters) - ", "REDDING, Calif. (AP) — ",
                                      "AUCKLAND — ", "ZÜRICH, 3. März 2024 (Reuters) - ", "MADRID, 5 de mayo de 2020 (EFE) - ",
                                      # the agency before a day without its year: its day had opened the lede
                                      "WASHINGTON (AP) — March 3 — ", "LONDON (Reuters), March 3 - "])
def test_a_copy_with_a_dateline_shares_every_key_of_a_short_story(dateline: str) -> None:
    """With three shared sentences, the first among them, a dateline had left the copies no key in common."""
    story = ". ".join(LONG.split(". ")[:3]) + ". Another ending here for this one copy."
    other = ". ".join(LONG.split(". ")[:3]) + ". A different ending for the other copy."
    assert copy_keys(story)[0] == copy_keys(dateline + other)[0]


def test_two_stories_sharing_a_background_paragraph_further_down_are_not_copies() -> None:
    background = LONG.split(". ", 3)[3]  # three sentences of background, as a newsroom reuses them
    first = DIFFERENT + " Two more sentences are needed here to fill the lede. They say nothing new at all. "
    second = " ".join(f"Sentence number {n} of the second story says something else." for n in range(6)) + " "
    first, second = first + background, second + background
    assert not same_story(copy_keys(first), copy_keys(second))


ABOUT = ("About Acme Robotics: Acme Robotics designs and builds warehouse robots for retailers in twelve countries. "
         "The company was founded in 2009 and employs more than four hundred engineers at its three sites. "
         "Its shares are listed on the Nasdaq stock exchange under the ticker symbol ACMR. "
         "For more information about Acme Robotics and its products, visit the company's website.")
RELEASES = [  # a company's short press releases, of three, two and one sentences, each ending with its boilerplate
    ("Acme Robotics said on Monday that it had signed a contract to supply two hundred robots to a grocery chain. "
     "The robots will be delivered over the next eighteen months to the chain's five distribution centres. "
     "Financial terms of the agreement were not disclosed by either of the two companies. "),
    ("Acme Robotics named a new chief financial officer on Thursday, promoting its head of investor relations. "
     "She replaces the previous finance chief, who is retiring at the end of the year after a decade in the job. "),
    "Acme Robotics will open a research centre in Munich next spring, adding about sixty engineering jobs. ",
]


@pytest.mark.parametrize(("first", "second"), list(itertools.combinations(range(len(RELEASES)), 2)))
def test_short_stories_ending_with_one_long_footer_are_not_copies(first: int, second: int) -> None:
    """Their footer's runs are among their first sentences, and had made every pair of them one story."""
    one, other = RELEASES[first] + ABOUT, RELEASES[second] + ABOUT
    assert set(copy_keys(one)) & set(copy_keys(other))
    assert not same_text_story(one, other)


@pytest.mark.parametrize("edit", [
    lambda text: text.replace("two hundred robots", "200 robots"),     # a word of the first sentence corrected
    lambda text: text.replace("eighteen months", "18 months"),         # and of the second
    lambda text: "This story was first published by the Business Wire service. " + text,  # a note on top
])
def test_a_copy_of_a_short_story_with_its_footer_is_still_one(edit: Callable[[str], str]) -> None:
    """The runs of a release with a word corrected share only the footer's, below openings the texts tell alike."""
    assert same_text_story(RELEASES[0] + ABOUT, edit(RELEASES[0] + ABOUT))


def test_two_stories_sharing_background_below_ledes_of_two_sentences_are_not_copies() -> None:
    background = LONG.split(". ", 3)[3]  # three sentences of background, as a newsroom reuses them
    first = ". ".join(DIFFERENT.split(". ")[:2]) + ". " + background
    second = ". ".join(JOBS.split(". ")[:2]) + ". " + background + " The end of the story comes here, much later on."
    assert not same_text_story(first, second)


def test_a_companys_releases_under_its_boilerplate_stay_apart_in_an_index(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n, release in enumerate(RELEASES):
        (corpus / f"release{n}.txt").write_text(f"Title: Acme news {n}\nDate: 2024-03-0{n + 1}\n\n{release}\n\n{ABOUT}\n")
    (corpus / "copy.txt").write_text(f"Title: Acme deal\nDate: 2024-03-05\n\n"
                                     f"{RELEASES[0].replace('two hundred', '200')}\n\n{ABOUT}\n")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        result = idx.search("acme", group_copies=True)
    assert sorted((hit.id, hit.copies) for hit in result.hits) == [
        ("release0.txt", ("copy.txt",)), ("release1.txt", ()), ("release2.txt", ())]
    assert result.total == 3


JOBS = ("The US economy created fewer jobs than expected in January, official figures showed on Friday. "
        "Employers added only 146,000 jobs, well below the 190,000 that analysts had forecast. "
        "Mr Greenspan said the labour market was improving at a moderate pace. "
        "Economists said the figures would not change the central bank's plans for interest rates.")


@pytest.mark.parametrize(("words", "with_stops", "without"), [
    ("The US economy", "The U.S. economy", "The US economy"),  # initials
    ("Mr Greenspan", "Mr. Greenspan", "Mr Greenspan"),         # a title before a name
    ("in January", "on Jan. 10", "on Jan 10"),                 # a month before a day
    ("figures showed", "figures from John J. Smith showed", "figures from John J Smith showed"),
    ("on Friday.", "at 10 a.m. on Friday.", "at 10 am on Friday."),
])
def test_copies_that_differ_in_abbreviation_stops_share_every_key(words: str, with_stops: str, without: str) -> None:
    """A stop inside an abbreviation ends no sentence, and initials key as one word: "U.S." as "US"."""
    keys = copy_keys(JOBS.replace(words, with_stops))
    assert keys == copy_keys(JOBS.replace(words, without)) and len(keys) == 2  # four sentences: two runs


LICENCE = ("This article is distributed by our syndication partners under licence and may not be reproduced. "
           "The opinions expressed in this article are those of the original publisher and not of this website. "
           "Prices and figures quoted in this article were correct at the time of original publication. ")
NOTE = ("This report was compiled from wire services and updated by our news desk on Saturday. "
        "Readers may find the local angle of this story relevant to their own savings. ")
INSERTED = ("A spokesperson for the mayor said the council would pay for the repairs to the road. "
            "The mayor is expected to visit the site of the slip on Wednesday afternoon. ")
FIRST_THREE = LONG.split(". ", 3)
LONG_HEAD, LONG_TAIL = ". ".join(FIRST_THREE[:3]) + ". ", FIRST_THREE[3]


@pytest.mark.parametrize(("first", "second", "copies"), [
    (LONG, NOTE + LONG, True),                                  # an editor's note on top
    (LONG, LICENCE + LONG, True),                               # a note of three sentences on top
    (LONG, LONG_HEAD + INSERTED + LONG_TAIL, True),             # a paragraph inserted after the lede's first run
    (LONG, LONG_HEAD, True),                                    # the end cut: three sentences left
    (LONG, NOTE + LONG_HEAD, True),                             # a note on top, and the end cut
    (LONG_HEAD, "SYDNEY (AAP) - " + LONG_HEAD, True),           # three sentences, a dateline added
    (LONG, LONG.replace("Heavy rain", "Rain").replace("Forecasters", "Meteorologists"), True),  # words changed
    (LICENCE + LONG, LICENCE + DIFFERENT, False),               # a standard note on top of two stories
    (LICENCE + LONG_TAIL, LICENCE + DIFFERENT, False),
])
def test_one_shared_run_makes_copies_only_when_the_agreement_goes_on(first: str, second: str, copies: bool) -> None:
    """A second run in common, text before the one shared, or one of the two ending with it; not a run that opens
    both and is followed by different text in both."""
    assert same_story(copy_keys(first), copy_keys(second)) is copies
    assert same_story(copy_keys(second), copy_keys(first)) is copies


@pytest.mark.parametrize(("story", "copies"), [
    (LONG + " " + INSERTED, True),  # the story goes on below the sentences compared
    (LONG, False),                  # it ends with them: told from a one-sentence brief above a footer by no rule
])
def test_copies_under_a_different_note_of_one_sentence_each(story: str, copies: bool) -> None:
    """Grouped when the story goes on; a short one is grouped only through a copy without a note (or with one of
    the two notes) in the index."""
    one = "This article first appeared in the Otago Daily Times and is republished with permission. " + story
    other = "Editor's note: this story has been updated with comments from the transport agency. " + story
    assert same_text_story(one, other) is copies
    assert same_text_story(story, other) and same_text_story(one, story)


UPDATE = (LONG_HEAD + "Drivers heading north were told to take the coastal route, adding an hour to the trip. "
          "Forecasters expect heavy rain on Thursday in the ranges, and two homes near the slip were evacuated. "
          "Their owners are staying with family until engineers have checked the hillside above them.")


@pytest.mark.parametrize(("first", "second", "copies"), [
    (LONG, UPDATE, True),                        # an update: the lede kept, the rest rewritten in the same words
    (LONG_HEAD + DIFFERENT, LONG, False),        # the same lede, then another story's text
])
def test_texts_opening_with_one_run_are_one_story_when_the_same_words_go_on(first: str, second: str,
                                                                           copies: bool) -> None:
    """Below a shared opening run, what an update says keeps the story's words; a note's two stories do not."""
    assert same_story(copy_keys(first), copy_keys(second)) is False  # by the runs alone: a note opening both
    alike = words_alike(text_words(first), text_words(second))
    assert same_story(copy_keys(first), copy_keys(second), alike=lambda: alike) is copies
    assert not words_alike(text_words(LICENCE + LONG), text_words(LICENCE + DIFFERENT))


def test_an_update_of_a_story_below_its_lede_is_grouped_with_it(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "first.txt").write_text(f"Title: Slip closes highway\nDate: 2022-05-01\n\n{LONG}\n")
    (corpus / "update.txt").write_text(f"Title: Highway still shut\nDate: 2022-05-02\n\n{UPDATE}\n")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        result = idx.search("highway", group_copies=True)
    assert (result.total, [(hit.id, hit.copies) for hit in result.hits]) == (1, [("first.txt", ("update.txt",))])


def test_a_standard_note_on_top_of_different_stories_does_not_group_them(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "slip.txt").write_text(f"Title: Slip closes highway\nDate: 2022-05-01\n\n{LICENCE}\n\n{LONG}\n")
    (corpus / "library.txt").write_text(f"Title: Library plan\nDate: 2022-05-02\n\n{LICENCE}\n\n{DIFFERENT}\n")
    (corpus / "copy.txt").write_text(f"Title: Highway shut\nDate: 2022-05-03\n\n{LICENCE}\n\n{NOTE}{LONG}\n")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        result = idx.search("licence", group_copies=True)
    assert result.total == 2
    assert {hit.id: hit.copies for hit in result.hits} == {"slip.txt": ("copy.txt",), "library.txt": ()}


CHINESE = ("新华社北京3月5日电 国务院总理今天在人民大会堂作政府工作报告。报告提出今年经济增长的主要预期目标。"
           "代表们认真审议了报告并提出了许多建议。会议还讨论了教育和医疗改革的具体措施。")


def test_chinese_copies_share_keys_and_other_stories_do_not() -> None:
    keys = set(copy_keys(CHINESE))
    assert len(keys) == 2  # four sentences: two runs of three
    assert keys & set(copy_keys(CHINESE.replace("新华社北京3月5日电 ", "")))
    assert keys & set(copy_keys(CHINESE.replace("具体措施", "主要措施")))  # the last sentence edited
    other = "东京股市今天大幅下跌，投资者担心经济前景。日元对美元汇率继续走强。分析人士预计市场波动还将持续一段时间。"
    assert not keys & set(copy_keys(other))


def test_short_bodies_have_no_key() -> None:
    assert copy_keys("Police are at the scene.") == ()
    assert len(copy_keys(" ".join(["word"] * 30))) == 1  # no sentences, but enough words for one key


def test_copies_grouped_earliest_first(wire_index: Path) -> None:
    with open_index(wire_index) as idx:
        plain = idx.search("fire")
        grouped = idx.search("fire", group_copies=True)
    assert plain.total == 4 and grouped.total == 2
    story = next(hit for hit in grouped.hits if hit.copies)
    assert story.id == "earliest.txt"
    assert story.copies == ("later.txt", "undated.txt")
    assert {hit.id for hit in grouped.hits} == {"earliest.txt", "other.txt"}


def test_grouping_works_with_date_sort(wire_index: Path) -> None:
    with open_index(wire_index) as idx:
        grouped = idx.search("fire", group_copies=True, sort="date")
    # A story is shown by its earliest copy, and stands where that copy's date puts it (newest first).
    assert [(hit.id, len(hit.copies)) for hit in grouped.hits] == [("other.txt", 0), ("earliest.txt", 2)]


@pytest.mark.parametrize(("text", "options", "shown", "copies"), [
    ("fire", {"since": "2021-02-03"}, "later.txt", ()),         # the earliest copy is before the dates asked for
    ("evacuations", {}, "later.txt", ()),                       # only this copy's headline has the word
    ("fire -evacuations", {}, "earliest.txt", ("undated.txt",)),
])
def test_the_copies_shown_and_named_match_the_query_and_its_filters(wire_index: Path, text: str, options: dict[str, str],
                                                                    shown: str, copies: tuple[str, ...]) -> None:
    """As Elasticsearch's collapsed hits: a copy the query's words, NOT words or dates leave out is not named."""
    with open_index(wire_index) as idx:
        result = idx.search(text, group_copies=True, **options)
    story = next(hit for hit in result.hits if hit.id in ("earliest.txt", "later.txt"))
    assert (story.id, story.copies) == (shown, copies)


def test_cli_names_the_copies(wire_index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "fire", "--group-copies", "--index-dir", str(wire_index)])
    assert result.exit_code == 0
    assert "earliest.txt · score " in result.stdout and "+2 copies: later.txt, undated.txt" in result.stdout


def test_a_grouped_total_counts_stories_and_says_how_many_articles_they_are(wire_index: Path) -> None:
    base = ["query", "fire", "--index-dir", str(wire_index)]
    plain = json.loads(CliRunner().invoke(cli, [*base, "--json"]).stdout)
    grouped = json.loads(CliRunner().invoke(cli, [*base, "--json", "--group-copies"]).stdout)
    assert "articles" not in plain and grouped["articles"] == plain["total"] > grouped["total"]
    screen = CliRunner().invoke(cli, [*base, "--group-copies"]).stdout.splitlines()[0]
    assert screen == f"{grouped['total']} stories ({plain['total']} articles) for 'fire' (page 1 of 1)"


def test_csv_names_the_copies_in_a_last_column_when_grouped(wire_index: Path) -> None:
    base = ["query", "fire", "--csv", "--index-dir", str(wire_index)]
    grouped = list(csv.DictReader(io.StringIO(CliRunner().invoke(cli, [*base, "--group-copies"]).stdout)))
    assert {row["id"]: row["copies"] for row in grouped} == {"earliest.txt": "later.txt; undated.txt", "other.txt": ""}
    plain = CliRunner().invoke(cli, base).stdout
    assert plain.splitlines()[0] == "id,title,date,source,authors,url,score,snippet"


@pytest.fixture
def edited_index(tmp_path: Path) -> Path:
    """One story in four versions (original, dateline added, a word changed, the end cut) and another story."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "original.txt").write_text(f" date 2022-05-03 Slip closes highway\n\n{LONG}\n")
    (corpus / "dateline.txt").write_text(f" date 2022-05-02 Highway shut\n\nWELLINGTON (AAP) - {LONG}\n")
    (corpus / "edited.txt").write_text(f" date 2022-05-04 Slip\n\n{LONG.replace('Road crews', 'Council crews')}\n")
    (corpus / "cut.txt").write_text(f"Highway closed\n\n{LONG.rsplit('. ', 2)[0]}.\n")
    (corpus / "library.txt").write_text(f" date 2022-05-03 Library plan\n\n{DIFFERENT} The highway was mentioned.\n")
    build_index(corpus, tmp_path / "ix")
    return tmp_path / "ix"


def test_lightly_edited_copies_are_one_story(edited_index: Path) -> None:
    with open_index(edited_index) as idx:
        plain = idx.search("highway")
        grouped = idx.search("highway", group_copies=True)
        paged = idx.search("highway", group_copies=True, limit=1, page=2)
    assert plain.total == 5 and grouped.total == 2
    [story] = [hit for hit in grouped.hits if hit.copies]
    assert story.id == "dateline.txt"  # the earliest copy stands for the story
    assert set(story.copies) == {"original.txt", "edited.txt", "cut.txt"}
    assert {hit.id for hit in grouped.hits} == {"dateline.txt", "library.txt"}
    assert paged.total == 2 and len(paged.hits) == 1 and paged.hits[0].id != grouped.hits[0].id


def test_a_key_shared_by_very_many_articles_is_boilerplate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    disclaimer = ("This article was produced with the help of our partners at the regional news service. "
                  "Our newsroom kept full editorial control over the story and the headline you see here. "
                  "Readers can send corrections to the editor by writing to the address printed below. ")
    for n, topic in enumerate(["floods", "elections", "rugby", "budget"]):
        (corpus / f"{topic}.txt").write_text(f"{topic.title()} news\n\n{disclaimer}Today's {topic} story {n}.\n")
    build_index(corpus, tmp_path / "ix")
    monkeypatch.setattr("newssearch.copyindex.BOILERPLATE_ARTICLES", 3)
    with open_index(tmp_path / "ix") as idx:
        assert idx.search("editor", group_copies=True).total == 4
    monkeypatch.setattr("newssearch.copyindex.BOILERPLATE_ARTICLES", BOILERPLATE_ARTICLES)
    with open_index(tmp_path / "ix") as idx:
        assert idx.search("editor", group_copies=True).total == 1  # with few articles it cannot tell


def test_similar_with_grouped_copies_leaves_out_the_articles_own_copies(wire_index: Path) -> None:
    with open_index(wire_index) as idx:
        plain = idx.similar("later.txt")
        grouped = idx.similar("later.txt", group_copies=True)
    assert [hit.id for hit in plain.hits] == ["earliest.txt", "undated.txt"]  # only its own copies are like it
    assert grouped.hits == [] and grouped.total == 0 and grouped.grouped
    assert grouped.notice == "the only articles like it are its own copies (2), which --group-copies leaves out"
    assert plain.notice is None


def test_similar_lists_each_other_story_once(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f" date 2021-02-01 Scrub fire\n\n{WIRE}\n")
    rewrite = ("Strong winds pushed a scrub fire towards farmland near the coast as firefighters battled it overnight. "
               "Residents of the nearby settlements left their homes, and shelters opened in the town hall. "
               "Crews hope to contain the scrub fire by the weekend, before the winds return.")
    (corpus / "b.txt").write_text(f" date 2021-02-03 Scrub fire update\n\n{rewrite}\n")
    (corpus / "b-copy.txt").write_text(f" date 2021-02-02 Fire update\n\n{rewrite.upper()}\n")
    build_index(corpus, tmp_path / "ix")
    result = CliRunner().invoke(cli, ["similar", "a.txt", "--group-copies", "--csv", "--index-dir", str(tmp_path / "ix")])
    assert result.exit_code == 0
    assert [(row["id"], row["copies"]) for row in csv.DictReader(io.StringIO(result.stdout))] == [("b-copy.txt", "b.txt")]
    screen = CliRunner().invoke(cli, ["similar", "a.txt", "--group-copies", "--index-dir", str(tmp_path / "ix")])
    assert screen.stdout.startswith("1 story (2 articles) like 'a.txt'")  # stories counted, their articles beside
    data = json.loads(CliRunner().invoke(cli, ["similar", "a.txt", "--group-copies", "--json",
                                               "--index-dir", str(tmp_path / "ix")]).stdout)
    assert (data["total"], data["articles"]) == (1, 2)                  # as query's JSON says it
    plain = json.loads(CliRunner().invoke(cli, ["similar", "a.txt", "--json", "--index-dir", str(tmp_path / "ix")]).stdout)
    assert plain["total"] == 2 and "articles" not in plain


@pytest.fixture
def chain_index(tmp_path: Path) -> Path:
    """A copy of a copy: b is an editor's note on top of a, c another note on top of b; c shares no key with a."""
    notes = ["This report was compiled from wire services and updated by our news desk on Saturday. "
             "Readers may find the local angle of this story relevant to their own savings. ",
             "Our markets team has been following this developing story closely since early last week. "
             "We will bring you further updates as soon as more information becomes available. "]
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Title: Slip closes highway\nDate: 2022-05-01\nSource: Wire\n\n{LONG}\n")
    (corpus / "b.txt").write_text(f"Title: Highway shut\nDate: 2022-05-02\nSource: Paper Bravo\n\n{notes[0]}{LONG}\n")
    (corpus / "c.txt").write_text(f"Title: Highway slip\nDate: 2022-05-03\nSource: Paper C\n\n{notes[1]}{notes[0]}{LONG}\n")
    build_index(corpus, tmp_path / "ix")
    return tmp_path / "ix"


@pytest.mark.parametrize(("text", "copies"), [
    ("highway", ("b.txt", "c.txt")),
    ("highway -source:bravo", ("c.txt",)),  # b, the link between a and c, is left out: still one story
])
def test_copies_linked_through_a_copy_the_query_leaves_out_are_one_story(chain_index: Path, text: str,
                                                                         copies: tuple[str, ...]) -> None:
    with open_index(chain_index) as idx:
        result = idx.search(text, group_copies=True)
    assert result.total == 1
    assert [(hit.id, hit.copies) for hit in result.hits] == [("a.txt", copies)]


def test_articles_replaced_by_an_update_do_not_count_towards_boilerplate(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-indexed article leaves its old version, deleted, in the old segment: only live articles count."""
    monkeypatch.setattr("newssearch.copyindex.BOILERPLATE_ARTICLES", 3)
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"copy{n}.txt").write_text(f"Title: Highway closed ({n})\nDate: 2022-05-01\n\n{LONG}\n")
        (corpus / f"other{n}.txt").write_text(f"Title: Library ({n})\n\n{DIFFERENT}\n")  # the segment stays on
    build_index(corpus, tmp_path / "ix")
    (corpus / "copy0.txt").write_text(f"Title: Highway closed (0)\nDate: 2022-05-02\n\n{LONG}\n")
    assert build_index(corpus, tmp_path / "ix").updated == 1  # four versions hold the keys, three of them live
    with open_index(tmp_path / "ix") as idx:
        assert idx.search("highway", group_copies=True).total == 1


def test_the_copy_shown_and_the_copies_named_do_not_depend_on_which_was_indexed_first(tmp_path: Path) -> None:
    # Copies as early and scored alike had been told apart by document number: b.txt indexed first, a.txt
    # added later, stood for the story, where a rebuilt index showed a.txt. The first id stands now.
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "b.txt").write_text(f"Highway closed\n\n{LONG}\n")
    (corpus / "d.txt").write_text(f"Highway closed\n\n{LONG}\n")
    (corpus / "library.txt").write_text(f"Library\n\n{DIFFERENT}\n")
    build_index(corpus, tmp_path / "ix")
    (corpus / "a.txt").write_text(f"Highway closed\n\n{LONG}\n")
    assert build_index(corpus, tmp_path / "ix").added == 1
    for folder in (tmp_path / "ix", tmp_path / "rebuilt"):
        if folder.name == "rebuilt":
            build_index(corpus, folder)
        with open_index(folder) as idx:
            assert [(hit.id, hit.copies) for hit in idx.search("highway", group_copies=True).hits] == [
                ("a.txt", ("b.txt", "d.txt"))], folder.name


def tied_copies(tmp_path: Path) -> Path:
    """Three undated copies of one story (tied on date and score: told apart by id) and another story."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("d.txt", "b.txt", "a.txt"):
        (corpus / name).write_text(f"Highway closed\n\n{LONG}\n")
    (corpus / "library.txt").write_text(f"Library\n\n{DIFFERENT}\n")
    return corpus


def test_copies_tied_are_told_apart_by_ids_from_the_id_column_not_the_stored_articles(tmp_path: Path) -> None:
    # each tie had read the whole stored article for its id: 6-10 s for similar --group-copies at 100,000 articles
    from newssearch.copyindex import CopyIndex

    corpus = tied_copies(tmp_path)
    build_index(corpus, tmp_path / "ix")
    (corpus / "c.txt").write_text(f"Highway closed\n\n{LONG}\n")
    (corpus / "d.txt").write_text(f"Highway closed\n\n{LONG}\n\nUpdated.\n")
    assert build_index(corpus, tmp_path / "ix").added == 1  # and a second segment, d.txt's old version deleted
    with open_index(tmp_path / "ix") as idx:
        reader = idx._searcher.reader()
        assert len(reader.leaf_readers()) == 2
        ids = {docnum: fields["id"] for docnum, fields in reader.iter_docs()}
        keys = CopyIndex(reader)
        reader.stored_fields = None  # type: ignore[assignment]  # not called
        assert {docnum: keys.id_of(docnum) for docnum in ids} == ids
    with open_index(tmp_path / "ix") as idx:
        assert [(hit.id, hit.copies) for hit in idx.search("highway", group_copies=True).hits] == [
            ("a.txt", ("b.txt", "c.txt", "d.txt"))]


def test_an_index_without_the_id_column_reads_the_ids_from_the_stored_articles(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # as an index built before the column was: never read as articles without ids
    from whoosh import fields

    from newssearch import schema
    from newssearch.doccolumns import whole_column

    old = schema.make_schema()
    old.remove("id")
    old.add("id", fields.ID(stored=True, unique=True))
    monkeypatch.setattr(schema, "SCHEMA", old)
    build_index(tied_copies(tmp_path), tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        assert whole_column(idx._searcher.reader(), "id") is None
        assert [(hit.id, hit.copies) for hit in idx.search("highway", group_copies=True).hits] == [
            ("a.txt", ("b.txt", "d.txt"))]
        assert [hit.id for hit in idx.similar("b.txt", group_copies=True).hits] == []


def test_the_keys_read_in_bulk_bring_the_days_in_one_read_too(wire_index: Path) -> None:
    from newssearch.copyindex import CopyIndex

    with open_index(wire_index) as idx:
        reader = idx._searcher.reader()
        keys = CopyIndex(reader)
        one_by_one = [keys.days[docnum] for docnum in range(reader.doc_count_all())]
        keys.read_all()  # many hits: their ages are looked up in a list
        assert isinstance(keys.days, list) and keys.days == one_by_one and sorted(one_by_one)[0] == 0  # one undated


def test_a_column_some_segments_lack_is_not_read_as_a_whole() -> None:
    from newssearch.doccolumns import whole_column

    class Leaf:
        def __init__(self, has: bool) -> None:
            self.has = has

        def has_column(self, field: str) -> bool:
            return self.has

    class Reader:
        def __init__(self, *leaves: Leaf) -> None:
            self.leaves = [(leaf, 10 * n) for n, leaf in enumerate(leaves)]

        def doc_count_all(self) -> int:
            return 10 * len(self.leaves)

        def leaf_readers(self) -> list[tuple[Leaf, int]]:
            return self.leaves

    assert whole_column(Reader(Leaf(True), Leaf(False)), "id") is None
    assert whole_column(Reader(Leaf(False), Leaf(True)), "id") is None
    assert whole_column(Reader(), "id") is None


def test_the_copy_keys_are_read_once_per_snapshot(wire_index: Path) -> None:
    """A second grouped search reads no keys again; ``refresh`` drops them with the snapshot they belong to."""
    with open_index(wire_index) as idx:
        assert idx.search("fire", group_copies=True).total == 2
        kept = idx._copy_keys
        assert kept._shared is not None and idx.search("fire", group_copies=True).total == 2
        assert idx._copy_keys is kept
        fire = LONG.replace("Heavy rain", "A bush fire")
        for n in range(2):  # one more story, in two copies
            (wire_index.parent / "c" / f"bush{n}.txt").write_text(f"Title: Bush fire ({n})\n\n{fire}\n")
        build_index(wire_index.parent / "c", wire_index)
        assert idx.search("fire", group_copies=True).total == 2  # the handle's snapshot
        idx.refresh()
        assert idx._copy_keys is not kept and idx.search("fire", group_copies=True).total == 3


def test_a_key_one_live_article_holds_makes_no_copies_whichever_way_it_is_read(tmp_path: Path) -> None:
    """With few hits a key is looked up in the term index, whose count includes versions an update replaced; the
    kept table counts live articles only. Both must say that a key of one live article holds makes no copies."""
    from newssearch.copyindex import CopyIndex, CopyTable
    from newssearch.schema import COPY_KEY

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "later.txt").write_text(f"Scrub fire forces evacuations\n\n{WIRE}\n")
    (corpus / "earliest.txt").write_text(f"Fire near the coast\n\n{WIRE.upper()}\n")
    for n in range(8):  # enough other articles that the update leaves the segment as it is, deletions marked
        (corpus / f"filler{n}.txt").write_text(f"Story {n}\n\n{DIFFERENT.replace('library', f'library number {n}')}\n")
    build_index(corpus, tmp_path / "ix")
    (corpus / "earliest.txt").write_text("Fire near the coast\n\nAn entirely new text about a rugby match in the "
                                         "rain, with nothing of the wire story left in it at all, said officials.\n")
    build_index(corpus, tmp_path / "ix")  # earliest.txt's old version stays in its segment, deleted
    with open_index(tmp_path / "ix") as idx:
        reader = idx._searcher.reader()
        assert reader.has_deletions()
        looked_up, kept = CopyIndex(reader), CopyIndex(reader, CopyTable(reader))
        kept.read_all()
        later = next(docnum for docnum in reader.all_doc_ids() if reader.stored_fields(docnum)["id"] == "later.txt")
        keys = looked_up.of(later)
        assert keys and all(reader.doc_frequency(COPY_KEY, key) == 2 for key in keys)  # the replaced version's too
        assert all(looked_up.holders(key) == kept.holders(key) == () for key in keys)


BILLS = ("The Treasury said it will sell 13.2 billion dollars of three and six-month bills at its regular auction "
         "next week. The sale, to be evenly divided between the three and six month issues, will result in a paydown "
         "of 2.45 billion dollars. The bills will be issued on Thursday to settle the maturing bills.")


def test_a_short_story_is_indexed_with_keys_of_its_first_sentences_and_a_long_one_without() -> None:
    keys = index_keys(BILLS)
    assert tuple(run_keys(keys)) == copy_keys(BILLS) and len(copy_keys(BILLS)) == 1
    assert len(sentence_keys(keys)) == 2 and not set(sentence_keys(keys)) & set(copy_keys(BILLS))
    assert index_keys(LONG) == copy_keys(LONG)                          # six sentences: its runs are enough
    assert index_keys("Qtly div 20 cts vs 20 cts previously. Pay April 15. Record March 23.") == ()  # too short


@pytest.mark.parametrize(("edit", "days", "copies"), [
    (lambda text: text.replace("will sell", "would sell"), 1, True),         # a word of the first sentence corrected
    (lambda text: text.replace("evenly divided", "equally divided"), 0, True),  # of the second
    (lambda text: text.replace("2.45", "2.54"), 2, True),                     # a figure corrected
    (lambda text: text.replace("will sell", "would sell"), 0, True),
    (lambda text: text.replace("13.2", "14.1").replace("2.45", "1.30"), 1, False),  # other figures: another report
    (lambda text: text.replace("will sell", "would sell"), 7, False),        # the same words a week later
    (lambda text: text.split(". ")[0] + ". More details were not immediately available from officials.", 0, False),
])
def test_short_copies_with_a_word_corrected_are_one_story(tmp_path: Path, edit: Callable[[str], str], days: int,
                                                          copies: bool) -> None:
    """Three sentences: a word corrected leaves no run in common; a sentence of the first two, nearly the same words
    and numbers, and dates within days make copies, where a weekly report in the same words is another story."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "first.txt").write_text(f"Title: Treasury bills\nDate: 2024-03-04\n\n{BILLS}\n")
    (corpus / "second.txt").write_text(f"Title: Bill sale\nDate: 2024-03-{4 + days:02d}\n\n{edit(BILLS)}\n")
    assert not set(copy_keys(BILLS)) & set(copy_keys(edit(BILLS)))
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        result = idx.search("treasury", group_copies=True)
    assert [(hit.id, hit.copies) for hit in result.hits][:1 if copies else 2] == (
        [("first.txt", ("second.txt",))] if copies else [("first.txt", ()), ("second.txt", ())])


@pytest.mark.parametrize(("other", "alike"), [
    (BILLS.replace("will sell", "would sell"), True),
    (BILLS.replace("2.45", "2.54"), True),                       # one figure out, one in
    (BILLS.replace("2.45", "2.54").replace("13.2", "13.4"), False),
    (BILLS.split(". ")[0] + ".", False),                         # a brief of it: most of its words are not there
])
def test_texts_alike_needs_nearly_the_same_words_and_numbers(other: str, alike: bool) -> None:
    assert texts_alike(all_words(BILLS), all_words(other)) is alike


def test_a_timeline_of_stories_counts_each_story_once_in_its_earliest_copy_s_period(wire_index: Path) -> None:
    base = ["timeline", "fire", "--by", "month", "--index-dir", str(wire_index)]
    articles = json.loads(CliRunner().invoke(cli, [*base, "--json"]).stdout)
    stories = json.loads(CliRunner().invoke(cli, [*base, "--json", "--group-copies"]).stdout)
    assert (articles["total"], articles["undated"], articles["periods"][0]["count"]) == (4, 1, 3)
    # the wire story (earliest 2021-02-01, a later copy, an undated one) once, beside the other story
    assert (stories["total"], stories["articles"], stories["undated"]) == (2, 4, 0)
    assert [(p["period"], p["count"]) for p in stories["periods"]] == [("2021-02", 2)]
    screen = CliRunner().invoke(cli, [*base, "--group-copies"]).stdout.splitlines()
    assert screen[0] == "2 stories (4 articles) for 'fire' by month"


def test_the_keys_read_in_bulk_are_the_live_holders_the_term_index_lists(wire_index: Path) -> None:
    # CopyTable reads every article's keys from the column in one piece and tells the keys two live articles share:
    # after an update (a copy's old version deleted) they must be those the term index's postings give
    from newssearch.copyindex import CopyTable
    from newssearch.schema import COPY_KEY

    corpus = wire_index.parent / "c"
    (corpus / "undated.txt").write_text(f"Coastal fire\n\n{WIRE.lower()}\n")
    assert build_index(corpus, wire_index).updated == 1
    with open_index(wire_index) as idx:
        reader = idx._searcher.reader()
        assert reader.has_deletions()
        table = CopyTable(reader)
        held = {key.decode(): list(reader.postings(COPY_KEY, key).all_ids()) for key in reader.lexicon(COPY_KEY)}
        assert table.shared() == {key: docnums for key, docnums in held.items() if len(docnums) > 1}
        assert table.shared() and len(table.keys()) == reader.doc_count_all()


def _saved_page(path: Path, canonical: str) -> None:
    """A saved article page dated 2021-02-01 whose canonical link is ``canonical``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<html><head><title>Scrub fire</title><link rel="canonical" href="{canonical}">'
                    '<meta property="article:published_time" content="2021-02-01T08:00:00Z"></head>'
                    f"<body><article><h1>Scrub fire</h1><p>{WIRE}</p></article></body></html>")


@pytest.mark.parametrize("amp", ["news.example/story/amp/index.html", "amp.news.example/story/index.html",
                                 "news.example/story/index.html?amp=1"])
def test_an_amp_copy_never_stands_for_its_canonical_page(tmp_path: Path, amp: str) -> None:
    # wget --mirror saves a story and its AMP copy, same date and text: the ids broke the tie, so
    # "amp.news.example/…" or "…/amp/index.html" was shown for the story.
    corpus = tmp_path / "c"
    _saved_page(corpus / "news.example/story/index.html", "https://news.example/story/")
    _saved_page(corpus / amp, "https://news.example/story/")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        grouped = idx.search("fire", group_copies=True)
    assert [(hit.id, hit.copies) for hit in grouped.hits] == [("news.example/story/index.html", (amp,))]


FERRY_PAGE = """<html><head><title>Ferry sailings cancelled</title><link rel="canonical" href="{url}">
<meta property="article:published_time" content="2024-05-07T09:00:00+12:00"></head><body><article>
<h1>Ferry sailings cancelled</h1><p>The Interislander cancelled every sailing between Wellington and Picton on
Tuesday after a steering fault was found on the Aratere.</p><p>About 3,000 passengers were booked on the cancelled
sailings, the company said in a statement.</p><p>Engineers were flown in from Auckland to inspect the ship.</p>
</article></body></html>"""


def ferry_item(link: str, day: int = 7) -> str:
    """A feed's item of the ferry story: its teaser alone, too short to be told a copy by its sentences."""
    return (f"<item><title>Ferry sailings cancelled</title><link>{link}</link><guid>g{day}</guid>"
            f"<pubDate>{day:02d} May 2024 09:00:00 +1200</pubDate><description>The Interislander cancelled every "
            "sailing on Tuesday.</description></item>")


@pytest.mark.parametrize("page_url, link, day, grouped", [
    ("https://www.news.example/2024/ferry/", "http://news.example/2024/ferry?utm_source=rss&amp;utm_medium=rss", 7,
     True),
    ("https://news.example/2024/ferry", "https://amp.news.example/2024/ferry/amp/", 7, True),
    ("https://news.example/2024/ferry", "https://news.example/2024/ferry", 30, False),  # weeks apart: not one story
    ("https://news.example/", "https://news.example/", 7, False),  # a home page: every page's on some sites
    ("https://news.example/2024/ferry", "https://news.example/2024/ferry-fares", 7, False),
])
def test_a_feeds_item_and_the_page_saved_of_it_at_one_address_are_one_story(
        tmp_path: Path, page_url: str, link: str, day: int, grouped: bool) -> None:
    # a mirror's feed item and its page: the item's teaser shares no run of sentences with the page, and an address
    # had made no copies
    corpus = tmp_path / "c"
    (corpus / "news.example" / "ferry").mkdir(parents=True)
    (corpus / "news.example" / "ferry" / "index.html").write_text(FERRY_PAGE.format(url=page_url))
    (corpus / "feed.xml").write_text(f'<rss version="2.0"><channel><title>News</title>{ferry_item(link, day)}'
                                     "</channel></rss>")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        result = idx.search("Interislander", group_copies=True)
    assert result.total == (1 if grouped else 2)


def test_a_words_folding_for_copy_keys_is_tried_from_its_start_only() -> None:
    """A word is folded once: the pattern finding words with a letter outside ASCII begins only where a word does.
    Tried from every place inside a long word of ASCII letters, each try read on to its end, quadratic: 30,000
    letters before an "é" took 3.7 s (a fuzzed page's 400,000, minutes)."""
    from newssearch.textkeys import _NON_ASCII_WORD, _normal

    text = "a" * 20 + "\u00e9 b"
    assert [_NON_ASCII_WORD.match(text, at) for at in range(1, 21)] == [None] * 20
    assert [match.span() for match in _NON_ASCII_WORD.finditer(text)] == [(0, 21)]
    assert _normal("Xa " + "a" * 20 + " Café, BÉBÉ") == "xa " + "a" * 20 + " cafe bebe"
