"""A line that is a field's mark and then a long run of spaces or tabs (found by tests/fuzzcheck.py) is read in time.

The patterns of such lines (a Factiva code, a Markdown heading, a front matter key or list item, a WARC header) had
tried a value from each place of the run, reading the rest of the run each time (n² steps): fuzz seed 2189, a Factiva
export's "LP" and 881,000 tabs, had read for minutes. In time: a bound on CPU (time.process_time) far under that.
"""

from __future__ import annotations

import time

from newssearch.dateranges import exclusive_dates
from newssearch.documents import parse_bytes
from newssearch.documents.warcrecords import header_fields

RUN = " \t" * 50_000  # 100,000 spaces and tabs; 20,000 had taken 2.7 s of CPU in each pattern


def test_a_factiva_code_with_a_run_of_tabs_for_its_value_is_read_in_time() -> None:
    export = (f"HD\tOil prices rise\nPD\t1 May 2024\nSN\tExample News\nLP{RUN}\nOil prices rose on Monday.\n"
              f"TD{RUN}\nTraders said so.\nAN\tDocument EXNEWS0020240501ek510000a\n")
    started = time.process_time()
    (article,) = parse_bytes(export.encode(), "export.txt", ".txt").articles
    assert time.process_time() - started < 2.0
    assert (article.title, article.body) == ("Oil prices rise", "Oil prices rose on Monday.\n\nTraders said so.")


def test_markdown_with_a_run_of_spaces_after_a_heading_mark_or_front_matter_key_is_read_in_time() -> None:
    post = f"---\ntitle: Oil prices rise\ndate: 2024-05-01\nnotes:{RUN}\ncategories:\n-{RUN}\n- oil\n---\n\n#{RUN}\n\nOil rose."
    started = time.process_time()
    (article,) = parse_bytes(post.encode(), "post.md", ".md").articles
    assert time.process_time() - started < 2.0
    assert (article.title, article.body, article.sections) == ("Oil prices rise", "Oil rose.", ("oil",))


def test_a_warc_header_value_with_a_run_of_spaces_inside_is_read_in_time() -> None:
    head = f"WARC/1.0\r\nWARC-Type: response\r\nX-Note: a{RUN[:60_000]}b  \r\nContent-Length: 12\r\n"
    started = time.process_time()
    fields = header_fields(head.encode())
    assert time.process_time() - started < 1.0
    assert fields == {"warc-type": "response", "x-note": f"a{RUN[:60_000]}b", "content-length": "12"}


def test_values_are_read_as_before() -> None:
    # The value still starts and ends at a letter: the spaces round it are left out, the spaces inside kept.
    head = b"WARC/1.0\nA:  x  y \t\nB:\nC: \x1fz\n"
    assert header_fields(head) == {"a": "x  y", "b": "", "c": "\x1fz"}
    post = "---\ntitle:  Oil prices \t\ncategories:\n-   oil \n---\n\nOil rose."
    (article,) = parse_bytes(post.encode(), "post.md", ".md").articles
    assert (article.title, article.sections) == ("Oil prices", ("oil",))
    for heading, title in [("#  Oil  rises  ##  ", "Oil rises"), ("# T ##", "T"), ("# T#", "T#"), ("#\tOil #rises #", "Oil #rises")]:
        (article,) = parse_bytes(f"{heading}\n\nOil rose.".encode(), "post.md", ".md").articles
        assert article.title == title


def test_a_date_range_with_a_run_of_spaces_and_no_to_is_read_in_time() -> None:
    # A range's ends had been matched by (.*?)\s*\bto\b: 20,000 spaces and no "to" took 5.8 s of CPU.
    typed = f"date:{{2020{' ' * 50_000}x}}"
    started = time.process_time()
    assert exclusive_dates(typed) == typed  # no "to": left for the date check to refuse
    assert time.process_time() - started < 1.0
    assert exclusive_dates("date:{ 2020  TO   *]") == "date:[2021-01-01 to]"
    assert exclusive_dates("date:{2019 to 2021-05-03}") == "date:[2020-01-01 to 2021-05-02]"
