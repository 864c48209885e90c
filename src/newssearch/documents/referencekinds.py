"""Which kinds of reference are stories: a reference manager's record (RIS's ``TY``, BibTeX's entry type, CSL-JSON's
``type``) of a book, a chapter, a thesis, a report or a dataset is no news story, and with no abstract or note its
title alone is no article, where a story's title is read as a headline record's is (``references``, ``jsonfile``).
"""

from __future__ import annotations

from collections.abc import Mapping

# The kinds of reference that are stories, read by their title alone when they have no abstract or note, as a
# headline record is: a newspaper's, a magazine's or a journal's article, a web page, a blog's post, and a generic or
# an untyped one (RIS's TY, BibTeX's entry type). A book, a chapter, a thesis or a report of no text is no story.
RIS_STORIES = frozenset({"", "NEWS", "MGZN", "JOUR", "EJOUR", "JFULL", "ELEC", "BLOG", "GEN", "INPR", "ABST"})
BIBTEX_STORIES = frozenset({"", "article", "online", "misc", "electronic", "www", "news", "periodical"})
# What the other kinds are called in a skip's reason (else by their tag: "an RIS SOUND reference").
_WORKS = {"BOOK": "a book", "EBOOK": "a book", "EDBOOK": "a book", "CHAP": "a book section",
          "ECHAP": "a book section", "THES": "a thesis", "RPRT": "a report", "CONF": "a conference paper",
          "CPAPER": "a conference paper", "book": "a book", "inbook": "a book section",
          "incollection": "a book section", "booklet": "a book", "thesis": "a thesis", "phdthesis": "a thesis",
          "mastersthesis": "a thesis", "report": "a report", "techreport": "a report", "proceedings": "a conference's "
          "proceedings", "inproceedings": "a conference paper", "conference": "a conference paper"}
# CSL-JSON's types (CSL 1.0.2's list) that are surely no news story, with what a skip calls them. A JSON record's
# ``type`` is often a news export's own ("article", "liveblog", ninjs's "text", a CMS's "report"): only these, whose
# names no news export uses for a story, make a record of a headline and no text no article; "report" is not among
# them (RIS's RPRT and BibTeX's @report are).
_CSL_WORKS = {"book": "a book", "chapter": "a book section", "thesis": "a thesis", "dataset": "a dataset",
              "paper-conference": "a conference paper", "patent": "a patent", "legislation": "legislation",
              "legal_case": "a legal case", "bill": "a bill", "standard": "a standard", "software": "software",
              "musical_score": "a musical score", "manuscript": "a manuscript", "pamphlet": "a pamphlet",
              "map": "a map", "treaty": "a treaty", "regulation": "a regulation", "classic": "a classic work",
              "entry-dictionary": "a dictionary entry"}


def work_kind(kind: str, stories: frozenset[str], unnamed: str) -> str | None:
    """What a reference of ``kind`` is when it is no story ("a book"), else None; ``unnamed`` a kind the table does
    not name ("an RIS {} reference")."""
    return None if kind in stories else _WORKS.get(kind, unnamed.format(kind))


def csl_work(record: Mapping[str, tuple[str, object]]) -> str | None:
    """What a JSON record is by its CSL-JSON ``type`` when that is a work no news story is ("a book"), else None;
    ``record`` keyed as ``fields.keyed`` keys it."""
    kind = record.get("type", ("", None))[1]
    return _CSL_WORKS.get(kind.strip().lower()) if isinstance(kind, str) else None


def no_story(what: str) -> str:
    """The reason a work's reference with no abstract or note is skipped (``what``: "a book")."""
    return f"no body text ({what}, not a news story: its title alone is no article)"
