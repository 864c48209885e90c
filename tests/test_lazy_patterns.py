"""lazy_compile: a regular expression compiled on its first use, then used as the compiled pattern."""

from __future__ import annotations

import copy
import re
import subprocess
import sys

from newssearch.startup import LazyPattern, lazy_compile


def test_a_lazy_pattern_compiles_on_first_use_and_matches_as_re_compile_does() -> None:
    pattern = lazy_compile(r"(?P<word>s\w+)", re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled yet
    assert pattern.sub("<\\g<word>>", "A Storm hit") == re.sub(r"(?i)(?P<word>s\w+)", "<\\g<word>>", "A Storm hit")
    assert [m.group() for m in pattern.finditer("storm, sea")] == ["storm", "sea"]
    assert (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)) == (
        r"(?P<word>s\w+)", re.IGNORECASE | re.UNICODE, 1, {"word": 1})
    assert isinstance(pattern, LazyPattern) and vars(pattern)["search"] == re.compile(pattern.pattern, re.I).search


def test_a_lazy_pattern_copies_before_and_after_its_first_use() -> None:
    # copy looks up __setstate__ on the new object before its _source is set: that had recursed in __getattr__
    pattern = lazy_compile(r"gale")
    assert copy.deepcopy(pattern).sub("storm", "a gale") == "a storm"
    assert copy.copy(pattern).search("gale") is not None


def test_a_bytes_pattern_is_compiled_on_first_use_as_bytes() -> None:
    # readertable's feed and markup sniffers are bytes patterns, made lazy with the rest
    pattern = lazy_compile(rb"<\x00{0,3}[A-Za-z!/?]")
    assert pattern.search(b"text <p>") is not None
    assert pattern.search(b"a < b") is None
    assert pattern.pattern == rb"<\x00{0,3}[A-Za-z!/?]"


def test_a_lazy_pattern_pickles_as_the_compiled_pattern_and_knows_its_text_uncompiled() -> None:
    # a schema holding one is pickled into an index byte for byte as one holding the compiled pattern (an index built
    # before opens alike); Whoosh compares two tokenizers by their patterns' text, which asks for no compile
    import pickle

    pattern = lazy_compile(r"st\w+", re.UNICODE)
    assert pattern.pattern == r"st\w+" and "search" not in vars(pattern)
    assert pickle.dumps(pattern, 2) == pickle.dumps(re.compile(r"st\w+", re.UNICODE), 2)
    assert pickle.loads(pickle.dumps(pattern, 2)) is re.compile(r"st\w+", re.UNICODE)


def test_the_token_pattern_s_flags_are_those_indexed_pattern_knows_it_by() -> None:
    from newssearch.tokenpatterns import TOKEN_PATTERN, TOKEN_RE, indexed_pattern

    assert TOKEN_RE.flags == re.UNICODE
    assert indexed_pattern(TOKEN_PATTERN, re.UNICODE) is TOKEN_RE
    assert indexed_pattern(r"[^,]+", re.UNICODE) is re.compile(r"[^,]+", re.UNICODE)


WIRE_STORY_UPDATE = """
import sys
from newssearch.documents import parse_bytes
from newssearch.startup import LazyPattern
wire = b"COFFEE PRICES RISE\\n\\nNEW YORK, March 3 - Coffee prices rose on Tuesday, traders said.\\n"
print([article.title for article in parse_bytes(wire, "a.txt", ".txt").articles])
names = {"boilerlines": ["BOILER_LINE", "PAGE_LINE"], "bylinelanguages": ["_BY_TIME"], "personnames": ["_BY", "_AND"],
         "textnotes": ["_RELEASE_PREFIX"], "nametrailers": ["TRAILER"], "weekdays": ["_BEFORE_NUMERIC"],
         "mailsignatures": ["_SALUTATION_AND_NAME"], "copyrightnotices": ["_HOLDER_AFTER", "_NOTICE"],
         "exportstories": ["_PAGE"], "htmldatelines": ["_CATEGORY", "_LABEL_COLON"], "nametitles": ["_TITLES"],
         "unsubscribelines": ["_READER"], "textpage": ["_LIST_LABEL"]}
for module, patterns in names.items():
    loaded = sys.modules.get("newssearch.documents." + module)
    for name in patterns:
        pattern = getattr(loaded, name, None)
        if not (isinstance(pattern, LazyPattern) and "match" not in vars(pattern)):
            print(module, name, "compiled")
"""


def test_an_update_of_wire_stories_compiles_no_pattern_of_pages_mail_bylines_or_notices() -> None:
    # ~100 ms of the CPU of a 1% update of Reuters-21578 (191 files of 19,043): patterns its readers import
    # and its stories never reach (a page's boilerplate lines, a byline's names, a copyright holder, ...).
    run = subprocess.run([sys.executable, "-c", WIRE_STORY_UPDATE], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == ["['COFFEE PRICES RISE']"]


def test_a_page_lines_lazy_patterns_read_as_compiled_ones() -> None:
    from newssearch.documents import boilerlines, htmldatelines, textpage

    assert boilerlines.PAGE_LINE.match("Keep reading") is not None
    assert textpage._LIST_LABEL.match("Related stories") is not None
    assert htmldatelines._LABEL_COLON.sub(r"\1 ", "published:2020") == "published 2020"
