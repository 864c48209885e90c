"""A box's lines that read as a byline of their own: "By" and a name, the first line of a longer box, its labelled
last line, a signature's dashes before "by"; a box's text as read, its lines parted where its elements end them.
Shared by the date and byline boxes of a page (``pageboxes``)."""

from __future__ import annotations

import re
from itertools import islice
from typing import TypeAlias

from lxml import html as lxml_html

from .bylinelanguages import (
    ALL_AND_WORDS,
    ANY_AND_WORDS,
    ANY_BYLINE_WORDS,
    BY_TIME,
    BYLINE_WORDS,
)
from .headingtext import SCREEN_READER
from .nametrailers import FOR_OUTLET, PICTURE_CREDIT, TITLE_AFTER_COMMA, is_name_title, without_role, without_trailer
from .personcheck import is_person
from .personnames import is_name_alone
from .placenames import is_place
from .publishers import is_publisher

Element: TypeAlias = lxml_html.HtmlElement

# Elements: a box of more is no date's or byline's, however little text they hold (a page of 200,000 empty nested
# boxes had each of its short-texted boxes spelled out line by line, every element under it visited anew; then the
# same of its boxes opening "By …", fuzz seed 218).
MAX_BOX_ELEMENTS = 200
MAX_BYLINE_BOX = 120  # characters read: a longer box is a paragraph or a page's part, not a byline's
# Characters as written: a box of more is not read for its size (a template's indented box of a short name is some
# hundreds; a page's whole text is not run together once for each box in it).
_PADDED_BOX = 1_200


def read_size(text: str) -> int:
    """The characters of a box's text as read, each run of white space one: a template's indented author box
    ("Johanna Kropfitsch" and "Alle Artikel" between lines of indentation, 171 as written) is the 31 of its words."""
    return len(text) if len(text) >= _PADDED_BOX else len(" ".join(text.split()))


# A box of its own that says who wrote the story, whatever its class: "<p>By Carlos Rivera</p>", "By Jo Ng | 3 May".
_BY_WORDS = (*ANY_BYLINE_WORDS, *BYLINE_WORDS)  # "By", Māori's "Nā", "Von", "Par", …: one list for every format
# … and the labels that say so in English, maybe with a colon: Joomla's "Written by: Jane Doe", a blog's "Posted by";
# an author's label with its colon ("Autorin: Uta Staschewski, Projektleiterin"); German's "von" in lower case
# ("<i>von Daniela Obers</i>" over the story).
# German's "Ein Artikel von", "Text von", "Blog Beitrag von" and "Autoren" too ("Ein Artikel von Pamela Sladky |
# 27.01.2022", "Autoren Jelko Djuren und Jutta Klaukien").
_BY_OPENERS = (*_BY_WORDS, "Written by", "Posted by", "Submitted by", "Story by", "Words by", "Reported by", "Text by", "Author:",
               "Autor:", "Autorin:", "von", "Ein Artikel von", "Ein Beitrag von", "Ein Gastbeitrag von", "Autoren",
               "Autorinnen", "Artikel von", "Beitrag von", "Gastbeitrag von", "Blogbeitrag von", "Blog Beitrag von",
               "Text von")
# Two people too, "and" (or "&", or another language's) or a slash between their names: "By Lena Ortiz and Sam Berg",
# "By Ann Cox/Bob Lee".
_NAME_WORDS = r"[^\W\d_][\w'’.-]*(?:\s+(?:[^\W\d_][\w'’.-]*)){1,3}"
_AND = "|".join(("&", *ALL_AND_WORDS, *ANY_AND_WORDS))
# After the names, another part of the line: "By Jo Ng | 3 May", the picture's credit ("Text von Jane Doe Illustration von
# John Roe"). A time after "By" opens a sentence or a heading ("By Tuesday Night, all was calm.": see BY_TIME).
# A day after the name, Drupal's and a blog's post line: "Submitted by Jo Lee on March 10, 2004", "… on 10 March 2004".
_ON_DAY = (r"\s+on\s+(?:\d{1,2}\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
           r"(?:\d{1,2},?\s+)?\d{4}\b.*")
_BY_NAME_LINE = re.compile(rf"^(?:{'|'.join(_BY_OPENERS)}):?\s+(?!{BY_TIME}){_NAME_WORDS}"
                           rf"(?:(?:\s+(?:{_AND})\s+|\s*/\s*){_NAME_WORDS})?"
                           rf"(?:\s*[|,·–—]\s.*|\s+-\s.*|\s+{PICTURE_CREDIT}.*|{_ON_DAY})?$")
# A sentence's words after the name's first comma, in small letters to the line's end, that are no title nor a credit's:
# "By Ann Cox, police said" (as a sentence goes on: the car was driven by her), not "By Ann Cox, police spokeswoman",
# "By Jane Doe, staff writer", "By Jane Doe, for The Times", "By Jane Doe, 3 hours ago".
_CREDIT_WORDS = r"(?:staff|writers?|reporters?|contributors?|contributing|with|and|agencies|wires?|news|desk|bureau)"
_CLAUSE_AFTER_COMMA = re.compile(rf"^[^,]*,\s+(?!{TITLE_AFTER_COMMA}$|{_CREDIT_WORDS}(?:\s+{_CREDIT_WORDS})*$)"
                                 r"(?-i:[a-z])[^\W\d_A-Z]*(?:\s+(?-i:[a-z])[^\W\d_A-Z]*)*$")
# A signature's dashes before "by" and the name, a box of its own: "---- by Kenneth Surin" over a dictionary's entry.
_DASH_BY_LINE = re.compile(rf"^[-–—]+\s*(?i:by)\s+{_NAME_WORDS}$")


SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def few_elements(el: Element) -> bool:
    """Whether ``el`` holds at most MAX_BOX_ELEMENTS elements, itself included (counted no further)."""
    return sum(1 for _ in islice(el.iter(), MAX_BOX_ELEMENTS + 1)) <= MAX_BOX_ELEMENTS


def by_name_line(el: Element, text: str) -> bool:
    """Whether a box's first line is "By" and a name: ``<p>By Carlos Rivera</p>``, ``<p>By Jane Doe<br>Senior
    Writer</p>`` (its text runs the lines together: "DoeSenior"); or a signature's "---- by Kenneth Surin"."""
    line = text.strip()
    if _by_name(line) or _DASH_BY_LINE.match(line):
        return True
    return line.startswith(_BY_OPENERS) and few_elements(el) and _by_name(spaced_text(el).split("\n", 1)[0])


def _by_name(line: str) -> bool:
    """Whether ``line`` is "By" and a name (``_BY_NAME_LINE``), no sentence's words after its comma ("By Ann Cox,
    police said": ``_CLAUSE_AFTER_COMMA``) unless they are the name's title ("By Ann Cox, travel blogger":
    ``is_name_title``, as a text's byline line reads it)."""
    if outlet_byline(line):
        return True
    return bool(_BY_NAME_LINE.match(line)) and (not _CLAUSE_AFTER_COMMA.match(line)
                                                or is_name_title(line.split(",", 1)[1].strip()))


_BY_FOR = re.compile(r"^(?i:by)\s+")


def outlet_byline(line: str) -> bool:
    """Whether ``line`` is "By", a name and, after "for", an outlet the publishers' table knows or a wire agency ("By
    Ann Cox for The Guardian", "… for Reuters"): a byline line, its outlet the page's source (``outlet_after_writer``),
    out of the story's text; not a sentence ("By Friday the council for the region …": no name before "for") nor an
    outlet the table does not know ("… for Acme Widgets")."""
    if not _BY_FOR.match(line) or len(line) >= MAX_BYLINE_BOX:
        return False
    match = FOR_OUTLET.match(_BY_FOR.sub("", line))
    return match is not None and is_publisher(match["outlet"]) \
        and bool(_BY_NAME_LINE.match("By " + match["writer"])) and not _CLAUSE_AFTER_COMMA.match(match["writer"])


def titled_byline(line: str) -> bool:
    """Whether ``line`` is "By", a name and the name's title after its comma that only ``is_name_title`` takes ("By
    Ann Cox, travel blogger", "…, host of the daily"): a byline line out of the story's text, as "By Ann Cox,
    political editor" is (``boilerlines``); "By Ann Cox, police said" is the story's."""
    return line[:3].casefold() == "by " and "," in line and _by_name(line) \
        and is_name_title(line.split(",", 1)[1].strip())


_NAME_LINE = 60  # characters of a line that is a name and its title: "Christoph Hein Chefredakteur"


def name_over_date(line: str) -> str | None:
    """The name of a story's first line when it is a name alone, maybe with its newsroom title after it, over the
    page's date line (the caller's part): angelmagazin.de's "Christoph Hein" / "Chefredakteur" over "ca. 8 Min." /
    "12.01.2022"; not a place ("Palmerston North"), a desk nor a sentence."""
    name = without_role(without_trailer(line)).strip()
    return name if len(line) <= _NAME_LINE and is_name_alone(name) and is_person(name) and not is_place(name) \
        else None


def first_line_byline(el: Element, text: str, hinted: bool) -> str | None:
    """The first line of a long box when it is a byline line of its own, a line break after it: "Autor: Klausmartin
    Friedrich" over the box's "Tags: …" line; not a paragraph's opening ("By Friday, the council …" runs on). In a box
    its class names a byline's (``hinted``), a name and a date too: "Georg Quaas, 21. Jan. 2015" over a rating widget."""
    if not (hinted or text.lstrip().startswith(_BY_OPENERS)) or not few_elements(el):
        return None
    first, _newline, rest = spaced_text(el).partition("\n")
    if not rest or len(first) >= MAX_BYLINE_BOX:
        return None
    return first if _by_name(first) or (hinted and (_NAME_AND_DATE.match(first) or _name_heading(el, first))) \
        else None


# A byline's label with a colon and a name after it, the last line of the story's box: "Autor: Rechtsanwalt Sebastian
# Einbock" under juraforum.de's story, its lines parted by <br>.
_LABELS = r"(?:autor|autorin|author|verfasser|verfasserin|text)\s*:\s*"
_LABELLED_END = re.compile(rf"{_LABELS}[^:]{{3,{MAX_BYLINE_BOX}}}$", re.I)
_LABELLED_LINE = re.compile(rf"^{_LABELS}{_NAME_WORDS}$", re.I)


def last_line_byline(el: Element, text: str) -> str | None:
    """The last line of a long box when it is a labelled byline of its own (``_LABELLED_LINE``), after a line break."""
    if not _LABELLED_END.search(text.rstrip()[-MAX_BYLINE_BOX:]) or not few_elements(el):
        return None
    lines = spaced_text(el).rsplit("\n", 1)
    return lines[-1] if len(lines) == 2 and _LABELLED_LINE.match(lines[-1]) else None


def _name_heading(el: Element, first: str) -> bool:
    """Whether an author's box opens with a heading that is a name alone, two or three words each capitalised:
    "<h3>Martin Junker</h3>" over his bio, maybe with its button after it (LinkedIn's "Inga Hoeltmann Follow"); not a
    label ("<h3>Rezept von</h3>" over a user's handle)."""
    heading = next(el.iter(*SUBHEADINGS), None)
    return heading is not None and spaced_text(heading) == first and is_name_alone(without_trailer(first))


# A name and the story's date after it, on a line of its own: "Georg Quaas, 21. Jan. 2015", "Jane Doe | 3 May 2021".
_NAME_AND_DATE = re.compile(rf"^{_NAME_WORDS}\s*[,|·–—-]\s*(?=\d{{1,2}}[./ ]|\d{{4}}-|[^\W\d_]+\.? \d)[^\n]{{4,40}}$")


# Elements that end a line: a role under the name ("By Jane Doe<br>Senior Writer", "<h3>Jane Doe</h3><h4>Senior
# Writer</h4>") is another part of the byline, not more words of the name.
_LINE_ENDS = frozenset({"br", "p", "div", "li", "h1", *SUBHEADINGS})
# Controls and code, never words of a byline: the "Ja" and "Nein" buttons of a rating box beside the author's.
_NOT_TEXT = frozenset({"button", "select", "textarea", "script", "style"})


def spaced_text(el: Element) -> str:
    """Text with a space between elements, so a byline never runs into the "Share" label after it, and a line
    break at ``<br>`` and around blocks; text for screen readers only ("Author") left out."""
    lines = _lined_text(el).split("\n")
    return "\n".join(line for line in (" ".join(line.split()) for line in lines) if line)


def _lined_text(el: Element) -> str:
    """``el``'s text, its own white space made single spaces and a newline where a line ends."""
    texts = [" ".join((el.text or "").split())]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _NOT_TEXT \
                and not SCREEN_READER.search(child.get("class") or ""):
            line_end = "\n" if child.tag in _LINE_ENDS else ""
            texts.append(line_end + _lined_text(child) + line_end)
        texts.append(" ".join((child.tail or "").split()))
    return " ".join(texts)
