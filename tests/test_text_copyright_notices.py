"""A copyright notice closing a plain text ("© 2024 Coast Media. All rights reserved.", "Copyright 2024 RNZ"): out of
the text, as the HTML and feed readers leave it out (``copyrightnotices``, ``boilerlines``). It had stayed the story's
last paragraph. A sentence quoting a mark and a year, a notice a wrapped sentence runs into and a text of a notice
alone stay. Its holder is the publisher of a text that names none otherwise (it had named none), by the one name
newssearch knows it by; never a person's name, and never over a source the text names."""

from __future__ import annotations

import time

import pytest

from newssearch.documents import parse_bytes

_STORY = ("Council votes to close pool\n\nThe council voted on Tuesday to close the town pool for the winter.\n\n"
          "It will open again in spring, the mayor said.")
_BODY = "The council voted on Tuesday to close the town pool for the winter.\n\nIt will open again in spring, the mayor said."


def read(text: str):
    """The article read from a text file, in the form the indexer stores."""
    return parse_bytes(text.encode(), "pool.txt", ".txt").articles[0]


# The notices the HTML reader drops (test_html_boilerplate), and a holder's owner, a notice opening with words.
@pytest.mark.parametrize(("notice", "source"), [
    ("© 2024 Coast Media. All rights reserved.", "Coast Media"),
    ("Copyright 2024 RNZ", "RNZ"),
    ("Copyright 2021 Coast Media", "Coast Media"),
    ("Copyright 2020 The Associated Press. All Rights Reserved. This material may not be published.",
     "Associated Press"),
    ("(c) 2024 Coast Media, a division of Harbour Holdings Ltd.", "Coast Media"),
    ("The contents of this site are ©2019 Coast Publishing Corp.", "Coast Publishing Corp"),
    ("© 2024 Coast Media. All rights reserved.\nThis material may not be published, broadcast or redistributed.",
     "Coast Media"),
    ("Copyright 2024 Coast\nMedia. All rights reserved.", "Coast Media"),  # a notice hard-wrapped
    ("© Coast Media", "Coast Media"),
    ("© Coast Media 2024", "Coast Media"),
    ("Copyright © 2019-2024 by Coast Media Ltd.", "Coast Media Ltd"),  # its stop is the sentence's
    ("© 2024 Radio New Zealand", "RNZ"),  # a publisher the publishers' table knows: by its one name
    ("© Guardian News & Media Limited", "Guardian News & Media Limited"),
    ("All rights reserved.", None),  # no holder named
    # a person's name is no publisher: the writer's own notice, a photographer's
    ("© 2024 Jane Doe. All rights reserved.", None),
    ("Copyright 2024 Jane Mary Doe", None),
    ("© JANE DOE 2024", None),
    # a picture library's notice under a photo's caption is no publisher's
    ("© Getty Images", None),
    ("© 2024 AAP Image", None),
    ("Copyright 2024 Shutterstock", None),
])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])  # a paragraph of its own, or a line under the last sentence
def test_a_copyright_notice_closing_a_text_is_left_out_and_names_its_publisher(
        notice: str, source: str | None, gap: str) -> None:
    article = read(f"{_STORY}{gap}{notice}\n")
    assert (article.body, article.authors, article.source) == (_BODY, (), source)


# A source the text names otherwise is its publisher, the notice's holder not: a header's, a byline's agency, a
# wire's dateline, a credit line's outlet, an address of a publisher newssearch knows (an unknown host names none).
@pytest.mark.parametrize(("text", "source"), [
    (f"Source: Stuff\n\n{_STORY}", "Stuff"),
    (_STORY.replace("\n\n", "\n\nBy Jane Doe\nReuters\n\n", 1), "Reuters"),
    (_STORY.replace("The council", "WELLINGTON, March 5 (Reuters) - The council", 1), "Reuters"),
    (_STORY.replace("\n\n", "\n\nJane Doe, RNZ | 5 March 2024\n\n", 1), "RNZ"),
    (f"Council votes to close pool\nURL: https://www.stuff.co.nz/pool\n\n{_BODY}", "Stuff"),
    (f"Council votes to close pool\nURL: https://coastmedia.example/pool\n\n{_BODY}", "Coast Media"),
])
def test_a_named_source_outranks_the_notice(text: str, source: str) -> None:
    assert read(f"{text}\n\n© 2024 Coast Media. All rights reserved.\n").source == source


# A header's metadata lines the reader keeps at the text's end ("Section: Local", "Tags: …", over or under the
# headline) stand after the notice: it still closes the story, left out, naming its publisher (it had stayed the text's
# last paragraph but one, its publisher unread).
@pytest.mark.parametrize("text", [
    f"Section: Local\n\n{_STORY}", f"Section: Local\nTags: pools, council\n\n{_STORY}",
    _STORY.replace("\n\n", "\n\nSection: Local\n\n", 1),
])
def test_a_notice_above_the_headers_lines_kept_at_the_end_still_closes_the_story(text: str) -> None:
    article = read(f"{text}\n\n© 2024 Coast Media. All rights reserved.\n")
    moved = text.split("\n\n")[0] if text.startswith("Section") else "Section: Local"
    assert (article.body, article.source, article.sections) == (f"{_BODY}\n\n{moved}", "Coast Media", ("Local",))


def test_a_notice_in_the_middle_of_a_text_names_no_publisher() -> None:
    assert read(f"{_STORY}\n\nCopyright 2024 RNZ\n\nThe pool will be drained in May.\n").source is None


def test_a_notice_closing_the_last_paragraph_is_cut_off_it() -> None:
    article = read(f"{_STORY} © 2024 Coast Media. All rights reserved.\n")
    assert article.body == _BODY


@pytest.mark.parametrize("ending", [
    "Photo: Jane Doe/RNZ\n\n© 2024 Coast Media. All rights reserved.",  # a picture's credit above the notice
    "© 2024 Coast Media. All rights reserved.\n\nPhoto: Jane Doe/RNZ",  # ... or under it
])
def test_a_notice_and_a_picture_credit_closing_a_text_are_both_left_out(ending: str) -> None:
    assert read(f"{_STORY}\n\n{ending}\n").body == _BODY


def test_the_writer_credited_above_a_notice_is_the_author() -> None:
    article = read(f"{_STORY}\n\nBy Kate Moore\n\nCopyright 2024 RNZ\n")
    assert (article.body, article.authors) == (_BODY, ("Kate Moore",))  # its line out, as a byline over it is


@pytest.mark.parametrize("ending", [
    "The museum's label reads “© 2024 Estate of Frida Kahlo”, and visitors queued for hours.",
    "Every photo in the book carries a line such as © 2024 Jane Doe, and the publisher checks each one.",
    "Copyright 1990 was the year the law changed.",
    "The contract said all rights reserved to the council would pass to the firm.",
])
def test_a_sentence_quoting_a_notice_stays(ending: str) -> None:
    assert read(f"{_STORY}\n\n{ending}\n").body == f"{_BODY}\n\n{ending}"


def test_a_notice_a_sentence_runs_on_into_stays() -> None:
    article = read("Council votes to close pool\n\nThe council voted on Tuesday to close the pool, citing the\n"
                   "Copyright 2024 RNZ\n")
    assert article.body.endswith("Copyright 2024 RNZ")


def test_a_text_of_a_notice_alone_keeps_it() -> None:
    assert read("Council votes to close pool\n\n© 2024 Coast Media. All rights reserved.\n").body == (
        "© 2024 Coast Media. All rights reserved.")


def test_a_notice_in_the_middle_of_a_text_stays() -> None:
    text = f"{_STORY}\n\nCopyright 2024 RNZ\n\nThe pool will be drained in May.\n"
    assert "Copyright 2024 RNZ" in read(text).body


@pytest.mark.parametrize("ending", [
    f"{' ' * 200_000}© 2024 Coast Media",       # a long run of spaces before a notice
    f"The pool {'is deep and ' * 50_000}cold.",  # a long last line
    "Copyright 2024 RNZ\n" * 20_000,           # very many notices, under a long story
])
def test_a_long_end_is_read_in_linear_time(ending: str) -> None:
    started = time.process_time()
    read(f"{_STORY}\n\n{'The pool is deep and cold. ' * 100_000}\n\n{ending}\n")
    assert time.process_time() - started < 2


# An export's record (JSON, JSON Lines, CSV) is read as a text is: a notice closing its text is no part of it, and its
# holder publishes a record that names no publisher (it had stayed the text's last paragraph, the record unpublished).
@pytest.mark.parametrize(("record", "body", "source"), [
    ({"title": "Plan approved", "text": "Councillors approved the plan.\n\n© 2024 Coast Media Ltd. All rights reserved."},
     "Councillors approved the plan.", "Coast Media Ltd"),
    ({"title": "Plan approved", "text": "Councillors approved the plan. Copyright 2024 Coast Media."},
     "Councillors approved the plan.", "Coast Media"),
    ({"title": "Plan approved", "source": "RNZ", "text": "Councillors approved the plan.\n\n© 2024 Coast Media"},
     "Councillors approved the plan.", "RNZ"),                                  # a named source outranks it
    ({"title": "Label", "text": "The label reads “© 2024 Estate of Frida Kahlo”, and the gallery agreed."},
     "The label reads “© 2024 Estate of Frida Kahlo”, and the gallery agreed.", None),   # a quoted mark stays
])
def test_a_records_closing_notice_is_left_out_and_names_its_publisher(record: dict, body: str,
                                                                       source: str | None) -> None:
    import json

    [article] = parse_bytes(json.dumps(record).encode(), "x.json", ".json").articles
    assert (article.body, article.source) == (body, source)


def test_a_csv_rows_closing_notice_is_left_out() -> None:
    data = 'title,text\nPlan approved,"Councillors approved the plan. © 2024 Coast Media Ltd. All rights reserved."\n'
    [article] = parse_bytes(data.encode(), "x.csv", ".csv").articles
    assert (article.body, article.source) == ("Councillors approved the plan.", "Coast Media Ltd")
