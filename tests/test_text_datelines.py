"""Plain-text dates read from a story's first and last lines: a wire dateline with its agency before the date or a
colon after it, a saved article's "Published:" trailer, and a dateline without its year (which stays undated)."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.text import read_text


def _read(text: str):
    (article,) = read_text(text.encode(), "wire.txt").articles
    return article


# The agency before the date, as Reuters and AP write it too: they had given no date (AP's had named the agency only).
@pytest.mark.parametrize(("text", "day", "source"), [
    ("Oil\n\nLONDON (Reuters), March 3, 2024 - The price of oil rose.", date(2024, 3, 3), "Reuters"),
    ("Vote\n\nWASHINGTON (AP) — March 3, 2024 — The Senate voted.", date(2024, 3, 3), "Associated Press"),
    ("Vote\n\nWASHINGTON (AP) -- 3 March 2024 -- The Senate voted.", date(2024, 3, 3), "Associated Press"),
    ("Rain\n\nAUCKLAND, New Zealand (AP) — March 3, 2024 — Rain flooded homes.", date(2024, 3, 3), "Associated Press"),
    ("Oil\n\nLONDON (Reuters), March 3, 2024: The price of oil rose.", date(2024, 3, 3), "Reuters"),
    # the agency's dateline without a date after it: named, undated, as before
    ("Vote\n\nWASHINGTON (AP) — The Senate voted on March 3, 2024.", None, "Associated Press"),
    # a date opening the sentence after the dash, no dash after it: the sentence's
    ("Vote\n\nWASHINGTON (AP) — March 3, 2024 was the day the Senate voted.", None, "Associated Press"),
])
def test_a_dateline_with_its_agency_before_the_date(text: str, day: date | None, source: str) -> None:
    article = _read(text)
    assert (article.date, article.source) == (day, source)
    assert article.date_source == ("dateline" if day else None)


@pytest.mark.parametrize("dateline", ["WASHINGTON (AP) — March 3, 2024 — ",
                                      # its day without the year: undated, but no part of the title either (it had
                                      # kept the whole dateline, its day read as a headline's)
                                      "WASHINGTON (AP) — March 3 — ", "WASHINGTON (AP) -- Sept. 3 -- ",
                                      "LONDON (Reuters), March 3 - ",
                                      # Reuters' own style, the day before the agency
                                      "LONDON, March 3 (Reuters) - "])
def test_the_agency_s_dateline_is_no_part_of_the_title(dateline: str) -> None:
    article = _read(dateline + "The Senate voted to pass the budget on Tuesday.")
    assert article.title == "The Senate voted to pass the budget on Tuesday"
    assert article.date == (date(2024, 3, 3) if "2024" in dateline else None)


def test_words_between_dashes_after_the_agency_that_are_no_day_stay_the_sentence_s() -> None:
    article = _read("WASHINGTON (AP) — 40 senators — all of them Republicans — voted against it.")
    assert article.title == "40 senators — all of them Republicans — voted against it"


# A dateline closed by a colon rather than a dash: it had given no date.
@pytest.mark.parametrize(("text", "day"), [
    ("Markets\n\nNEW YORK, March 3, 2024: Stocks rose on Monday.", date(2024, 3, 3)),
    ("Rain\n\nAuckland, 3 March 2024: Heavy rain flooded homes.", date(2024, 3, 3)),
    ("Rain\n\nAUCKLAND, New Zealand, 3 March 2024: Heavy rain flooded homes.", date(2024, 3, 3)),
    ("Haushalt\n\nBerlin, 5. März 2024: Die Bundesregierung hat den Haushalt beschlossen.", date(2024, 3, 5)),
    # a colon needs the whole date: a heading's colon, or a day without its year, dates nothing
    ("Markets\n\nNEW YORK, March 3: Stocks rose on Monday.", None),
    ("Markets\n\nUPDATE: Stocks rose on Monday, March 3, 2024.", None),
    ("Markets\n\nNEW YORK: Stocks rose on Monday, March 3, 2024.", None),
    ("Markets\n\nNEW YORK, March 3, 2024:10 Stocks rose.", None),  # no space after it: no colon of a dateline
])
def test_a_dateline_closed_by_a_colon(text: str, day: date | None) -> None:
    article = _read(text)
    assert article.date == day and article.date_source == ("dateline" if day else None)


# An update's or a correction's note opening the text names its own day, not the story's (the dash's form had dated it).
@pytest.mark.parametrize("note", ["Update, March 5, 2024:", "Updated, March 5, 2024 –", "Correction, 5 March 2024:",
                                  "Clarification, March 5, 2024 -"])
def test_a_note_s_date_is_no_dateline(note: str) -> None:
    assert _read(f"Budget\n\n{note} An earlier version of this story gave the wrong vote count.").date is None


def test_a_year_alone_before_a_colon_is_no_dateline() -> None:
    article = _read("NASA, 2024: The year the agency went back to the Moon was a busy one.")
    assert article.title == "NASA, 2024: The year the agency went back to the Moon was a busy one"


_STORY = ("Budget passed\n\nThe council passed the budget on Tuesday after a long debate.\n\n"
          "The mayor said the vote would be held again on 9 April 2024.\n\n")


# A saved article's trailer: a publishing line at the END of the text (at its start it already dated the story).
@pytest.mark.parametrize(("trailer", "day"), [
    ("Published: 3 March 2024", date(2024, 3, 3)),
    ("First published on 3 March 2024", date(2024, 3, 3)),
    ("First published on Sun 3 Mar 2024 10.00 GMT", date(2024, 3, 3)),
    ("Posted on March 3, 2024", date(2024, 3, 3)),
    ("Originally published on March 3, 2024.", date(2024, 3, 3)),
    ("This article was first published in The Conversation on 3 March 2024.", date(2024, 3, 3)),
    ("Veröffentlicht am 03.03.2024", date(2024, 3, 3)),
    # a published line wins over an update line, above it or below it, or beside it on one line
    ("Published: 3 March 2024\nUpdated: 5 March 2024", date(2024, 3, 3)),
    ("Updated: 5 March 2024\nPublished: 3 March 2024", date(2024, 3, 3)),
    ("Published: 3 March 2024 | Updated: 5 March 2024", date(2024, 3, 3)),
    ("Updated 5 March 2024, first published 3 March 2024", date(2024, 3, 3)),
    ("Published 3 March 2024\n\n© Guardian News & Media Limited\n\nReuse this content", date(2024, 3, 3)),
    # an update alone dates nothing, nor does the last sentence's date (9 April), nor a bare date
    ("Updated: 5 March 2024", None),
    ("Last updated on 5 March 2024", None),
    ("", None),
    ("3 March 2024", None),
])
def test_a_publishing_line_at_the_end_dates_the_story(trailer: str, day: date | None) -> None:
    article = _read(_STORY + trailer)
    assert article.date == day and article.date_source == ("closing line" if day else None)


# "First published on …" and "Originally published …" over the story date it as "Published on …" does (they had
# stayed its first line, undated); a sentence opening so ("First published in 1990, the book…") is none.
@pytest.mark.parametrize(("line", "day"), [
    ("Published on 3 March 2024", date(2024, 3, 3)),
    ("First published on 3 March 2024", date(2024, 3, 3)),
    ("First published on Sun 3 Mar 2024 10.00 GMT", date(2024, 3, 3)),
    ("Originally published on March 3, 2024.", date(2024, 3, 3)),
    ("Originally posted March 3, 2024", date(2024, 3, 3)),
    ("First published in 1990, the book was reprinted on 3 March 2024.", None),
    ("First published in 1990", None),
])
def test_a_first_published_line_over_the_story_dates_it(line: str, day: date | None) -> None:
    article = _read(f"Budget passed\n\n{line}\n\nThe council passed the budget on Tuesday after a long debate.")
    assert (article.date, article.date_source) == (day, "date line" if day else None)
    assert article.body.startswith("The council") == (day is not None)


def test_a_closing_published_line_above_the_story_s_paragraphs_is_none() -> None:
    story = ("Budget passed\n\nThe council passed the budget on Tuesday after a long debate.\n\n"
             "Published: 3 March 2024\n\n"
             "The mayor said the vote would be held again next month, and that the budget would be cut again then "
             "unless the government paid for the new road through the valley.")
    assert _read(story).date is None


def test_a_line_above_the_text_outranks_the_closing_line() -> None:
    article = _read("Budget passed\n\n1 March 2024\n\nThe council passed the budget on Tuesday.\n\n"
                    "Published: 3 March 2024")
    assert (article.date, article.date_source) == (date(2024, 3, 1), "date line")


# A dateline without its year (Reuters' own style) stays undated: no trustworthy year stands in the text, and a
# copyright line's year is as likely a saved page's footer, the day it was saved, as the story's.
@pytest.mark.parametrize("text", [
    "Oil\n\nLONDON, March 3 (Reuters) - Oil rose.",
    "Oil\n\nLONDON, March 3 (Reuters) - Oil rose.\n\n© 2025 Reuters. All rights reserved.",
])
def test_a_dateline_without_its_year_stays_undated(text: str) -> None:
    article = _read(text)
    assert (article.date, article.source) == (None, "Reuters")


def test_a_header_date_dates_a_story_whose_dateline_has_no_year() -> None:
    article = _read("Oil\n\nDate: 1987-03-03\n\nLONDON, March 3 (Reuters) - Oil rose.")
    assert (article.date, article.date_source) == (date(1987, 3, 3), "header:Date")


# "Originally published in <outlet> on <day>" as a line above the story, not only as its closing trailer: it had
# been left undated, the line opening the body.
@pytest.mark.parametrize("line", ["Originally published in The Conversation on 3 March 2024.",
                                  "This article was originally published on The Conversation on 3 March 2024",
                                  "Originally published on 3 March 2024."])
def test_an_originally_published_line_above_the_story_dates_it(line: str) -> None:
    article = _read(f"Budget vote\n\n{line}\n\nThe Senate voted to pass the budget on Tuesday after a long debate.")
    assert (article.date, article.title) == (date(2024, 3, 3), "Budget vote")
    assert article.body.startswith("The Senate voted")


def test_a_posted_by_line_above_the_story_is_no_bare_date_line() -> None:
    """Its name is no outlet: the line is not read as a date that would drop the name."""
    article = _read("Budget vote\n\nPosted by Jane Doe on March 3, 2024\n\nThe Senate voted to pass the budget.")
    assert "Jane Doe" in article.body or article.authors == ("Jane Doe",)


# A wire's day without its year in the month names of the languages datelines read ("BERLIN (dpa) — 3. März — "): it
# had opened the title (the English "March 3" was read); the story stays undated.
@pytest.mark.parametrize(("dateline", "sentence"), [
    ("BERLIN (dpa) — 3. März — ", "Die Regierung hat den Haushalt beschlossen"),
    ("PARIS (AFP) — 3 mars — ", "Le gouvernement a adopté le budget"),
    ("MADRID (EFE) — 3 de marzo — ", "El Gobierno aprobó el presupuesto"),
    ("MOSKAU (dpa) — 3 марта — ", "Die Regierung hat den Haushalt beschlossen"),
])
def test_a_day_in_another_language_after_the_agency_is_no_part_of_the_title(dateline: str, sentence: str) -> None:
    article = _read(f"{dateline}{sentence}.")
    assert (article.title, article.date) == (sentence, None)


def test_a_word_after_a_number_between_dashes_stays_the_sentence_s() -> None:
    article = _read("BERLIN (dpa) — 40 Senatoren — alle von der Union — stimmten dagegen.")
    assert article.title == "40 Senatoren — alle von der Union — stimmten dagegen"


# A headline run on into the wire's dateline, on its line or straight over it: the headline is the title, the story
# opens at the dateline, whose day and agency are read (the whole line had been the title, the dateline unread).
@pytest.mark.parametrize(("text", "title", "day", "source"), [
    ("Oil prices rise NEW YORK, March 3 - Crude oil futures rose on Tuesday.", "Oil prices rise", None, None),
    ("Oil prices rise\nNEW YORK, March 3 - Crude oil futures rose on Tuesday.", "Oil prices rise", None, None),
    ("Quake shakes capital WELLINGTON (Reuters) - A strong earthquake shook the city.", "Quake shakes capital",
     None, "Reuters"),
    ("Quake shakes capital\nWELLINGTON (Reuters) - A strong earthquake shook the city.", "Quake shakes capital",
     None, "Reuters"),
    ("Quake shakes capital — WELLINGTON, March 3, 2024 (Reuters) - A strong earthquake shook the city.",
     "Quake shakes capital", date(2024, 3, 3), "Reuters"),
    # a wire's headline in capitals: its dateline starts at the place the table knows
    ("OIL PRICES RISE IN NEW TRADING NEW YORK, March 3 - Crude oil futures rose on Tuesday.",
     "OIL PRICES RISE IN NEW TRADING", None, None),
    # the dateline ending the line, its story under it
    ("KYUSHU ELECTRIC POWER ISSUES YEN BONDS LONDON, March 24 -\nKyushu Electric Power Co Inc is issuing a bond.",
     "KYUSHU ELECTRIC POWER ISSUES YEN BONDS", None, None),
])
def test_a_headline_run_on_into_its_dateline_is_the_title(text: str, title: str, day: date | None,
                                                           source: str | None) -> None:
    article = _read(text)
    assert (article.title, article.title_source, article.date, article.source) == (title, "headline", day, source)
    assert article.body == text[len(title):].lstrip(" \n—")


# A wire's dash with a space before it and none after, as Reuters-21578's unprocessed stories type it ("JOHANNESBURG,
# March 23 -Halfyear ended …"): a dateline all the same, its day read (it had been the lede's words, in the title).
@pytest.mark.parametrize(("text", "title", "day"), [
    ("Gold profits\n\nJOHANNESBURG, March 23, 2024 -Halfyear profits rose.", "Gold profits", date(2024, 3, 23)),
    ("JOHANNESBURG, March 23 -Halfyear profits rose at the miner.", "Halfyear profits rose at the miner", None),
    ("Gold profits up JOHANNESBURG, March 23 -Halfyear profits rose.", "Gold profits up", None),
])
def test_a_dateline_whose_dash_has_no_space_after_it(text: str, title: str, day: date | None) -> None:
    article = _read(text)
    assert (article.title, article.date) == (title, day)
    assert article.body.endswith("JOHANNESBURG, March 23" + (", 2024" if day else "") + " -Halfyear profits rose"
                                 + (" at the miner." if "miner" in text else "."))


# A hyphen in the text is no dateline's dash: a day's range, a word's ("March 23-24 talks", "pre-tax").
@pytest.mark.parametrize("text", [
    "LONDON, March 23-24 talks ended without a deal, officials said.",
    "LONDON, March 23 pre-tax profits rose, the company said.",
    "LONDON, March 23 -24 degrees was the low, forecasters said.",
])
def test_a_hyphen_in_the_text_is_no_dateline_s_dash(text: str) -> None:
    article = _read(text)
    assert (article.title, article.date, article.body) == (text.rstrip("."), None, text)


@pytest.mark.parametrize("text", [
    # a lede whose sentence goes on into a place in capitals, or whose words before it are a sentence's
    "Trading was brisk in NEW YORK, March 3 - Crude oil futures rose on Tuesday.",
    "Prices rose. NEW YORK, March 3 - Crude oil futures rose on Tuesday.",
    # capitals no table knows as a place, after a headline in capitals: where its place starts is not told
    "STRIKE HITS BHP PORT ZQX, March 3 - Workers walked off the job on Tuesday.",
    # no comma nor agency after capitals no table knows: a headline's words
    "Talks with NATO ALLIES - The ministers met on Tuesday in Brussels.",
])
def test_capitals_inside_a_lede_start_no_dateline(text: str) -> None:
    article = _read(text)
    assert article.title_source == "lede"
    assert article.body == text
