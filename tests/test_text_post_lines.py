"""A blog's or a site's post line above a plain text: a byline and its date on one line, the names first ("Posted by
Jane Doe on March 3, 2024", "Von Jane Doe am 3. März 2024", "Jane Doe | March 3, 2024 | 4 min read"). Each of these
lines had stayed the text's first line (its title when nothing headed it), the story undated and unsigned."""

from __future__ import annotations

import time
from datetime import date

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.textcategories import filed_under
from newssearch.documents.textdatelines import line_date, names_place

_STORY = "The council voted on Tuesday to close the harbour bridge for repairs. The work will take three weeks.\n"
_GERMAN = ("Der Stadtrat hat am Dienstag beschlossen, die Brücke für Reparaturen zu schließen. Die Arbeiten werden "
           "drei Wochen dauern, und die Fähren fahren öfter, sagte der Bürgermeister.\n")
_FRENCH = ("Le conseil a voté mardi la fermeture du pont pour des réparations. Les travaux dureront trois semaines et "
           "les ferries seront plus fréquents pendant ce temps, a dit le maire.\n")
_SPANISH = ("El consejo votó el martes el cierre del puente para hacer reparaciones. Las obras durarán tres semanas y "
            "los barcos saldrán más a menudo, dijo el alcalde.\n")
_ITALIAN = ("Il consiglio ha votato martedì la chiusura del ponte per le riparazioni. I lavori dureranno tre settimane e "
            "i traghetti saranno più frequenti, ha detto il sindaco.\n")


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "post.txt", ".txt").articles[0]


def _read_under_headline(line: str, story: str = _STORY):
    """The article of ``line`` under a headline, straight under it and after a blank line: both read the same."""
    straight, apart = read(f"Bridge closed\n{line}\n\n{story}"), read(f"Bridge closed\n\n{line}\n\n{story}")
    assert (straight.title, straight.authors, straight.date, straight.body) == (
        apart.title, apart.authors, apart.date, apart.body)
    return apart


@pytest.mark.parametrize(("line", "authors"), [
    ("Posted by Jane Doe on March 3, 2024", ("Jane Doe",)),
    ("By Jane Doe on 3 March 2024", ("Jane Doe",)),
    ("Posted by Jane Doe and John Roe on March 3, 2024", ("Jane Doe", "John Roe")),
    ("POSTED BY JANE DOE ON MARCH 3, 2024", ("Jane Doe",)),
    ("Posted on March 3, 2024 by Jane Doe", ("Jane Doe",)),  # the other order, read before
])
def test_names_on_their_day(line: str, authors: tuple[str, ...]) -> None:
    article = _read_under_headline(line)
    assert (article.title, article.authors, article.date, article.date_source) == (
        "Bridge closed", authors, date(2024, 3, 3), "date line")
    assert article.body == _STORY.strip()


@pytest.mark.parametrize("line", ["Written by Jane Doe | March 3, 2024", "Posted by Jane Doe · March 3, 2024",
                                  "Written by Jane Doe, March 3, 2024"])
def test_written_by_and_its_day_beside_it(line: str) -> None:
    article = _read_under_headline(line)
    assert (article.authors, article.date, article.body) == (("Jane Doe",), date(2024, 3, 3), _STORY.strip())


# A post line opening the text, nothing above it: no part of the title, which is the story's first sentence.
@pytest.mark.parametrize("line", ["Posted by Jane Doe on March 3, 2024", "Written by Jane Doe | March 3, 2024",
                                  "Jane Doe | March 3, 2024 | 4 min read"])
def test_a_post_line_opening_the_text_is_no_title(line: str) -> None:
    article = read(f"{line}\n\n{_STORY}")
    assert (article.title_source, article.authors, article.date) == ("lede", ("Jane Doe",), date(2024, 3, 3))
    assert article.title.startswith("The council voted") and article.body == _STORY.strip()


# A name with no "By" before it is a writer's beside a page's reading time, as Medium's post line writes it.
@pytest.mark.parametrize("line", ["Jane Doe | March 3, 2024 | 4 min read", "Jane Doe · 4 min read · Mar 3, 2024",
                                  "Jane Doe · Mar 3, 2024 · 4 min read"])
def test_a_name_beside_a_day_and_a_reading_time(line: str) -> None:
    article = _read_under_headline(line)
    assert (article.authors, article.date, article.body) == (("Jane Doe",), date(2024, 3, 3), _STORY.strip())


@pytest.mark.parametrize("line", ["Storm Ciara | March 3, 2024",       # a heading and its day: no name without "By"
                                  "Staff Reporter | March 3, 2024 | 4 min read",  # a desk, no person
                                  # a place the place names know, not named by the story: it had been the writer
                                  # (beside a publisher, a site's line: the place stays, test_text_site_lines)
                                  "Palmerston North | March 3, 2024 | 4 min read"])
def test_words_beside_a_day_without_by_are_no_byline(line: str) -> None:
    article = read(f"Bridge closed\n\n{line}\n\n{_STORY}")
    assert article.authors == () and article.body.startswith(line)


# Two capitalised words beside a reading time the story writes in small letters are its topic or its subject, no
# writer: a topic's label is the story's section, its day the story's date, its line out of the text (textlabels).
@pytest.mark.parametrize(("line", "sections"), [("Climate Change | March 3, 2024 | 5 min read", ("Climate Change",)),
                                                ("Auckland Council · 4 min read · Mar 3, 2024", ())])
def test_a_topic_beside_a_reading_time_is_no_writer(line: str, sections: tuple[str, ...]) -> None:
    story = "The council said climate change had closed the bridge on Tuesday. Repairs will take weeks."
    article = read(f"Bridge closed\n\n{line}\n\n{story}")
    assert (article.authors, article.sections, article.body.startswith(line)) == ((), sections, not sections)


# So are they when the story writes them only in capitals, as part of a longer name ("the Climate Change Commission",
# "Climate Change Minister James Shaw"): they had been its writer's name. A desk's words, they are its section, the
# line a site's (test_text_site_lines; it had stayed in the text).
@pytest.mark.parametrize("story", ["Climate Change Minister James Shaw said emissions fell. Farmers welcomed it.",
                                   "Emissions fell, the Climate Change Commission said. Farmers welcomed it."])
def test_a_topic_beside_a_reading_time_that_the_story_names_in_capitals_is_no_writer(story: str) -> None:
    line = "Climate Change · 4 min read · Mar 3, 2024"
    article = read(f"Emissions fall\n\n{line}\n\n{story}")
    assert (article.authors, article.sections, article.body) == ((), ("Climate Change",), story)


# A writer named in a note closing the story ("Jane Doe is a columnist") is its writer all the same.
def test_a_writer_beside_a_reading_time_named_again_at_the_story_s_end() -> None:
    story = f"{_STORY}\nJane Doe is a columnist. Jane Doe's book is out in May.\n"
    article = read(f"Bridge closed\n\nJane Doe | March 3, 2024 | 4 min read\n\n{story}")
    assert (article.authors, article.date) == (("Jane Doe",), date(2024, 3, 3))


# An update's day beside a byline is no publication day: the byline read, the story undated, the line out of the text.
@pytest.mark.parametrize(("line", "day"), [
    ("By Jane Doe, Staff Writer \u2014 Updated March 4, 2024", None),
    ("By Jane Doe | Last updated: March 4, 2024", None),
    ("Posted by Jane Doe on March 3, 2024 | Updated March 4, 2024", date(2024, 3, 3)),
])
def test_an_updated_day_beside_a_byline_dates_nothing(line: str, day: date | None) -> None:
    article = _read_under_headline(line)
    assert (article.title, article.authors, article.date, article.body) == (
        "Bridge closed", ("Jane Doe",), day, _STORY.strip())


# A site's login is no writer ("admin"): the post's day is read, no author named.
@pytest.mark.parametrize("line", ["Posted by admin on March 3, 2024", "Posted on March 3, 2024 by admin",
                                  "By webmaster | March 3, 2024"])
def test_a_login_s_post_line_gives_its_day_and_no_author(line: str) -> None:
    article = _read_under_headline(line)
    assert (article.title, article.authors, article.date, article.body) == (
        "Bridge closed", (), date(2024, 3, 3), _STORY.strip())


@pytest.mark.parametrize(("line", "story", "authors"), [
    ("Von Jane Doe am 3. März 2024", _GERMAN, ("Jane Doe",)),
    ("Von Jane Doe und Max Muster am 3. März 2024", _GERMAN, ("Jane Doe", "Max Muster")),
    ("Par Jeanne Dupont le 3 mars 2024", _FRENCH, ("Jeanne Dupont",)),
    ("Par Jean le Roux le 3 mars 2024", _FRENCH, ("Jean le Roux",)),  # "le" in the name too
])
def test_a_post_line_in_the_storys_language(line: str, story: str, authors: tuple[str, ...]) -> None:
    article = _read_under_headline(line, story)
    assert (article.authors, article.date, article.date_source) == (authors, date(2024, 3, 3), "date line")
    assert article.body == story.strip()


# A sentence of the story is no post line: it does not open with the byline's word, or goes on after its day, or
# names no one.
@pytest.mark.parametrize("text", [
    "He was posted by the army on March 3, 2024 to the border, and stayed there for a year.\n\nHe came home later.\n",
    "Bridge closed\n\nPosted by the army on March 3, 2024\nto guard the border, he stayed a year.\n",
    "Bridge closed\n\nBy Jane Doe on 3 March 2024 the bridge was shut.\n\nThe work took weeks.\n",
    "Bridge closed\n\nWritten by hand on 3 March 2024\n\nThe letter was sent.\n",
])
def test_a_sentence_of_the_story_is_no_post_line(text: str) -> None:
    article = read(text)
    assert (article.authors, article.date) == ((), None)


# A published day with its update's beside it, no byline: the published day is read, never the update's.
_PUBLISHED_AND_UPDATED = [
    ("Published 3 March 2024 | Updated 5 March 2024", _STORY),
    ("Published: 3 March 2024 \u00b7 Updated: 5 March 2024", _STORY),  # read before as a header's "Published:" key
    ("Veröffentlicht am 3. März 2024 | Aktualisiert am 5. März 2024", _GERMAN),
    ("Publié le 3 mars 2024 \u00b7 Mis à jour le 5 mars 2024", _FRENCH),
]


@pytest.mark.parametrize(("line", "story"), _PUBLISHED_AND_UPDATED)
def test_a_published_day_beside_its_update_under_a_headline(line: str, story: str) -> None:
    article = _read_under_headline(line, story)
    assert (article.title, article.authors, article.date, article.body) == (
        "Bridge closed", (), date(2024, 3, 3), story.strip())


@pytest.mark.parametrize(("line", "story"), _PUBLISHED_AND_UPDATED)
def test_a_published_day_beside_its_update_opening_the_text(line: str, story: str) -> None:
    article = read(f"{line}\n\n{story}")
    assert (article.title_source, article.date, article.body) == ("lede", date(2024, 3, 3), story.strip())


# The update's day first, or an update's day alone, dates nothing: the line stays in the text.
@pytest.mark.parametrize("line", ["Updated 5 March 2024", "Aktualisiert am 5. März 2024 | Mis à jour le 5 mars 2024",
                                  "Published 3 March 2024 | Updated 5 March 2024 | Bridge closed"])
def test_an_update_s_day_alone_dates_nothing(line: str) -> None:
    article = read(f"Bridge closed\n\n{line}\n\n{_STORY}")
    assert article.date is None and article.body.startswith(line)


# An update's day after a byline is no publication day in other languages either: the byline read, the line out.
@pytest.mark.parametrize(("line", "story", "day"), [
    ("By Jane Doe | Aktualisiert am 5. März 2024", _GERMAN, None),
    ("Von Jane Doe | Zuletzt aktualisiert: 5. März 2024", _GERMAN, None),
    ("Par Jane Doe \u00b7 Mis à jour le 5 mars 2024", _FRENCH, None),
    ("Por Jane Doe | Actualizado el 5 de marzo de 2024", _SPANISH, None),
    ("Di Jane Doe | Aggiornato il 5 marzo 2024", _ITALIAN, None),
    ("By Jane Doe - Mis à jour le 5 mars 2024", _FRENCH, None),
    ("Von Jane Doe am 3. März 2024 | Aktualisiert am 5. März 2024", _GERMAN, date(2024, 3, 3)),
])
def test_an_update_s_day_after_a_byline_in_other_languages(line: str, story: str, day: date | None) -> None:
    article = _read_under_headline(line, story)
    assert (article.title, article.authors, article.date, article.body) == (
        "Bridge closed", ("Jane Doe",), day, story.strip())


# "Written by" and "Posted by" open a byline alone on its line, as "By" does.
@pytest.mark.parametrize(("line", "authors"), [
    ("Written by Jane Doe", ("Jane Doe",)),
    ("Posted by Jane Doe", ("Jane Doe",)),
    ("WRITTEN BY JANE DOE AND JOHN ROE", ("Jane Doe", "John Roe")),
])
def test_written_by_alone_on_its_line_is_a_byline(line: str, authors: tuple[str, ...]) -> None:
    article = _read_under_headline(line)
    assert (article.title, article.authors, article.date, article.body) == (
        "Bridge closed", authors, None, _STORY.strip())


def test_written_by_opening_the_text_is_no_title() -> None:
    article = read(f"Written by Jane Doe\n\n{_STORY}")
    assert (article.title_source, article.authors, article.body) == ("lede", ("Jane Doe",), _STORY.strip())


def test_written_by_over_its_date_line() -> None:
    article = _read_under_headline("Written by Jane Doe\n3 March 2024")
    assert (article.authors, article.date, article.body) == (("Jane Doe",), date(2024, 3, 3), _STORY.strip())


# A sentence of the story that opens with them stays text.
@pytest.mark.parametrize(("text", "line"), [
    ("Bridge closed\n\nWritten by hand, the letter reached the council on Tuesday.\n\nIt asked for repairs.\n",
     "Written by hand, the letter reached the council on Tuesday."),
    ("Bridge closed\n\nPosted by the army\n\nThe soldiers guarded the bridge on Tuesday.\n", "Posted by the army"),
    ("Bridge closed\n\nWritten by Hand\n\nThe letter reached the council on Tuesday.\n", "Written by Hand"),
])
def test_a_sentence_opening_with_written_by_stays_text(text: str, line: str) -> None:
    article = read(text)
    assert (article.title, article.authors) == ("Bridge closed", ())
    assert article.body.startswith(line)


# A blog's category after a post line's day ("… on March 3, 2024 in Politics") is no author: the names and the day
# are read, the category is the article's section, as a feed item's category or a header's "Section:" line is.
@pytest.mark.parametrize(("line", "authors", "sections"), [
    ("Posted by Jane Doe on March 3, 2024 in Politics", ("Jane Doe",), ("Politics",)),
    ("By Jane Doe on 3 March 2024 in Local News", ("Jane Doe",), ("Local News",)),
    ("Written by Jane Doe | March 3, 2024 in News in Brief", ("Jane Doe",), ("News in Brief",)),
    ("Posted by Jane Doe on March 3, 2024 in News, Politics", ("Jane Doe",), ("News", "Politics")),
    ("Posted by admin on March 3, 2024 in Uncategorized", (), ()),  # WordPress's default category is none
    ("Posted on March 3, 2024 in Politics", (), ("Politics",)),  # no author: the line had stayed in the text
    ("Published March 3, 2024 in Local News", (), ("Local News",)),
])
def test_a_category_after_a_post_line_s_day(line: str, authors: tuple[str, ...], sections: tuple[str, ...]) -> None:
    article = _read_under_headline(line)
    assert (article.title, article.authors, article.date, article.sections, article.body) == (
        "Bridge closed", authors, date(2024, 3, 3), sections, _STORY.strip())


# A place after the day is where it was posted, no section: the story names it as a place, after "in" or as its
# dateline, or names it only as a name, or not at all ("Wellington" had been a section in the last two): a section is a
# newsroom's desk (Politics, World) or a topic the story writes in small letters, no name.
@pytest.mark.parametrize(("story", "sections"), [
    ("The council in Wellington voted on Tuesday to close the bridge.", ()),
    ("WELLINGTON, March 3 - The council voted on Tuesday to close the bridge.", ()),
    ("Crews from Wellington and Hutt City closed the bridge on Tuesday.", ()),
    ("The council voted on Tuesday to close the bridge, Wellington's mayor said.", ()),
    ("The council voted on Tuesday to close the bridge.", ()),
])
def test_a_place_after_a_post_line_s_day_is_no_section(story: str, sections: tuple[str, ...]) -> None:
    article = read(f"Bridge closed\n\nPosted by Jane Doe on March 3, 2024 in Wellington\n\n{story}")
    assert (article.authors, article.date, article.sections, article.body) == (
        ("Jane Doe",), date(2024, 3, 3), sections, story)


# A desk's name is a section whether or not the story writes it; another category is when the story writes it in
# small letters (a topic), else it is a place or a name.
@pytest.mark.parametrize(("category", "sections"), [
    ("Politics", ("Politics",)), ("World", ("World",)), ("Sport", ("Sport",)), ("Opinion", ("Opinion",)),
    ("Business", ("Business",)), ("Local News", ("Local News",)), ("Technology", ("Technology",)),
    ("Bridges", ("Bridges",)),                          # a topic: the story writes "bridge"s in small letters
    ("Auckland", ()), ("New Zealand", ()), ("Otago", ()),  # places the story never names
    ("Politics, Wellington", ("Politics",)),
])
def test_a_post_lines_category_is_a_section_when_a_desk_or_a_topic_not_a_place(
        category: str, sections: tuple[str, ...]) -> None:
    story = "The council voted on Tuesday to close the two bridges for repairs."
    article = read(f"Bridge closed\n\nPosted on March 3, 2024 in {category}\n\n{story}")
    assert (article.date, article.sections, article.body) == (date(2024, 3, 3), sections, story)


def test_a_category_the_story_writes_after_in_in_small_letters_stays_a_section() -> None:
    story = "Rates rose. She has been in politics for years, and in business before that."
    article = read(f"Bridge closed\n\nPosted by Jane Doe on March 3, 2024 in Politics\n\n{story}")
    assert article.sections == ("Politics",)


def test_a_post_line_with_its_category_opening_the_text_is_no_title() -> None:
    article = read(f"Posted by Jane Doe on March 3, 2024 in Politics\n\n{_STORY}")
    assert (article.title_source, article.authors, article.date, article.sections) == (
        "lede", ("Jane Doe",), date(2024, 3, 3), ("Politics",))


def test_a_header_s_section_outranks_a_post_line_s_category() -> None:
    article = read(f"Title: Bridge closed\nSection: World\n\nPosted by Jane Doe on March 3, 2024 in Politics\n\n{_STORY}")
    assert (article.authors, article.date, article.sections) == (("Jane Doe",), date(2024, 3, 3), ("World",))


# What follows a day in a sentence is no category: the line stays the story's.
@pytest.mark.parametrize("text", [
    "Bridge closed\n\nPosted by Jane Doe on March 3, 2024 in a letter to the council.\n\nIt asked for repairs.\n",
    "Bridge closed\n\nBy Jane Doe on March 3, 2024 in Politics the vote was close\n\nIt asked for repairs.\n",
    "He was posted by the army on March 3, 2024 in Kabul\n\nHe came home a year later.\n",
])
def test_words_after_a_day_in_a_sentence_are_no_category(text: str) -> None:
    article = read(text)
    assert (article.authors, article.date, article.sections) == ((), None, ())


# A name, a known outlet and a day, no "By": the name its writer, the outlet its publisher (it had stayed in the text).
@pytest.mark.parametrize("line", ["Jane Doyle | Stuff | 7 March 2024", "Jane Doyle | RNZ | March 7, 2024"])
def test_a_name_an_outlet_and_a_day_under_a_headline(line: str) -> None:
    article = _read_under_headline(line)
    outlet = line.split(" | ")[1]
    assert (article.title, article.authors, article.date, article.source, article.body) == (
        "Bridge closed", ("Jane Doyle",), date(2024, 3, 7), outlet, _STORY.strip())


# ... but not when the middle part is no outlet known (nor a section: "Jane Doyle | Transport | 7 March 2024" is a
# site's line, its writer, section and day, test_text_site_lines).
@pytest.mark.parametrize("line", ["Jane Doyle | Harbour Weekly | 7 March 2024"])
def test_a_name_beside_no_known_outlet_stays_in_the_text(line: str) -> None:
    article = read(f"Bridge closed\n\n{line}\n\n{_STORY}")
    assert article.authors == () and article.body.startswith(line)


# ... nor when the first is no person's name: a topic, a section (a name whose words the story writes in small
# letters, as for a name beside a reading time). A label: the story's section, the outlet its publisher (textlabels).
@pytest.mark.parametrize("line", ["Harbour Bridge | Stuff | 7 March 2024", "Local News | Stuff | 7 March 2024"])
def test_a_label_beside_a_known_outlet_is_no_writer(line: str) -> None:
    article = read(f"Bridge closed\n\n{line}\n\n{_STORY}")
    assert (article.authors, article.source, article.sections, article.date, article.body) == (
        (), "Stuff", (line.split(" | ")[0],), date(2024, 3, 7), _STORY.strip())


# An update's day before the published one: the published day is read, never the update's.
@pytest.mark.parametrize(("line", "story"), [
    ("Updated 5 March 2024 | Published 3 March 2024", _STORY),
    ("Last updated: 5 March 2024 \u00b7 Published: 3 March 2024", _STORY),
    ("Aktualisiert am 5. März 2024 | Veröffentlicht am 3. März 2024", _GERMAN),
])
def test_a_published_day_after_its_update_under_a_headline(line: str, story: str) -> None:
    article = _read_under_headline(line, story)
    assert (article.title, article.date, article.body) == ("Bridge closed", date(2024, 3, 3), story.strip())


def test_a_long_run_of_spaces_in_a_line_is_read_in_linear_time() -> None:
    # A damaged story's line of 130,000 spaces between its words (the fuzzer's seed 2032) had taken minutes: the
    # categories' pattern tried "in" after every space of the run, each try running over the rest of it.
    line = "Posted on March 3, 2024" + " " * 60_000 + "in Politics" + " " * 60_000 + "in 2024"
    started = time.process_time()
    assert filed_under(line) is None
    assert filed_under("March 3, 2024" + " " * 60_000 + "in Local Politics") == ("March 3, 2024", ("Local Politics",))
    assert time.process_time() - started < 1


@pytest.mark.parametrize(("line", "day", "sections"), [
    ("Posted on Sunday, March 3, 2024 in Politics", date(2024, 3, 3), ("Politics",)),
    ("Posted on Sun, 03/03/2024 in Politics", date(2024, 3, 3), ("Politics",)),
    ("Posted on Tue, 05/03/2024 in Wellington", date(2024, 3, 5), ()),  # the weekday tells 5 March; a place no section
    ("Posted on Friday, 8 March 2024 in Local News", date(2024, 3, 8), ("Local News",)),
])
def test_a_post_line_s_weekday_before_its_day_is_no_place(line: str, day: date, sections: tuple[str, ...]) -> None:
    # "Posted on Sunday," had been read as a place before the date (as "Wellington, 3 March 2024" is), the day lost
    article = _read_under_headline(line)
    assert (article.date, tuple(article.sections), line in article.body) == (day, sections, False)


@pytest.mark.parametrize("line", ["Santo Domingo, 3 de marzo de 2024", "SANTO DOMINGO, 3 de marzo de 2024"])
def test_a_place_whose_last_word_is_a_weekday_is_a_place(line: str) -> None:
    assert (line_date(line), names_place(line)) == (date(2024, 3, 3), True)
