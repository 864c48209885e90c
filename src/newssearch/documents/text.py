"""Plain-text articles: the seed layout (date marker + lede) and the headline-first layout."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import NamedTuple

from ..datelines import RELEASE_WIRES, wire_agency
from ..errors import UnreadableFile
from ..functionwords import MIN_WORDS, guess_language, language_of
from .article import Article, ReadResult
from .authornames import people_and_publisher, split_authors
from .bylinelanguages import TEXT_BYLINE_WORDS
from .charrefs import written_out
from .dayfirst import text_writes_day_first
from .encoding import require_text
from .fields import JSON_FIELDS, Keyed, first_text, norm_key
from .headerdays import header_day_first
from .keynames import keys_language
from .languages import language_code
from .linebreaks import plain_lines
from .moremonths import names_own_month
from .readeroutput import reader_output
from .recorddates import record_date
from .recordfields import record_authors, record_source, record_url
from .sections import record_sections, section_values
from .textbyline import byline_agency, split_byline_lines
from .textcopyright import closing_matter, notice_publisher
from .textcredits import closing_credit, repeated_byline
from .textdates import closing_date, dateline_date, split_date_marker
from .textexports import read_export
from .textheader import split_header, split_url_line
from .textheadline import (
    header_opening,
    header_under_headline,
    past_metadata_lines,
    split_headline,
    under_name_line,
    without_moved_lines,
)
from .textkinds import is_saved_page, is_tab_table, is_wire_sgml, not_news
from .textnotes import split_notes, without_end_matter
from .textpage import without_page_lines
from .titles import title_from_lede
from .wrappedlines import language_text, unwrapped

# A line opening with another language's word for "By", in the lines where a byline stands.
# A Korean one writes its word for "reporter" after the name ("김철수 기자").
_FOREIGN_BYLINE = re.compile(rf"^[ \t]*(?:(?:{'|'.join(TEXT_BYLINE_WORDS)}):?[ \t]+[^\W\d_]|[\uac00-\ud7a3]{{2,4}}[ \t]*기자)",
                             re.MULTILINE)
_BYLINE_SPAN = 1000  # characters from the top of a text
_WORD = re.compile(r"\w+")  # a heading's and a title's words, compared without their quotes and stops


def read_text(data: bytes, rel: str) -> ReadResult:
    """Read one plain-text article; ``rel`` is its id and path. A text file that is a web page is read as one."""
    decoded = require_text(data)
    if is_saved_page(decoded):
        from .html import read_html
        return read_html(data, rel)
    if is_wire_sgml(decoded):  # a Reuters story split from its collection and saved as text
        from .sgml import read_sgml
        return read_sgml(data, rel)
    if is_tab_table(decoded):  # a spreadsheet saved as text: a story a row
        from .csvfile import read_csv
        return read_csv(data, rel)
    if reader_output(decoded) is not None:  # Jina Reader's output saved as text: its page is Markdown
        from .markdown import read_markdown
        return read_markdown(data, rel)
    return text_result(decoded, rel)


def text_result(text: str, rel: str, lead: Lead | None = None) -> ReadResult:
    """The articles of a plain text (a .txt file's, or a word processor's document as text): none for a README or
    a list of words, each story of a news database's export, else the one article ``text_article`` reads."""
    reason = not_news(text, rel)
    if reason:
        raise UnreadableFile(reason)
    exported = read_export(text, rel)  # a LexisNexis, Factiva or ProQuest export: its stories
    if exported is not None:
        return exported
    return ReadResult(articles=[text_article(text, rel, lead or PLAIN)])


@dataclass(frozen=True)
class Lead:
    """What a format tells of a text before the text reader's rules read it: a Markdown file's front matter (fields
    that outrank the text's own header lines, their source named ``label``), its headings (one that opens the text is
    its title, a heading the title repeats is not said twice), a date its file name gives, and whether the body's
    hard-wrapped paragraphs are still to be joined (not Markdown's: they were joined as it was rendered, while its
    list items still had their marks)."""

    record: Keyed = field(default_factory=dict)
    label: str = "header"
    headings: frozenset[str] = frozenset()
    dated: tuple[str, date] | None = None
    wrapped: bool = True


PLAIN = Lead()


class _Layout(NamedTuple):
    """What the lines of a text say, read top down: its header record, its address line, the language a byline is read
    in, its byline and its agency, the dates of its marker and of a date line, its title and its body, whether it
    writes a slashed date day first (``_day_first``), the date of a publishing line closing the story
    (``closing_date``), read when asked, the categories a post line names ("… on March 3, 2024 in Politics") and
    the holder a copyright notice closing it names ("© 2024 Coast Media": ``closing_matter``)."""

    header: Keyed
    url: str | None
    language: str | None
    byline: str | None
    agency: str | None
    marked: date | None
    dated: date | None
    title: str
    title_source: str
    body: str
    day_first: Callable[[], bool]
    closing: Callable[[], date | None]
    categories: tuple[str, ...]
    holder: str | None


def text_article(text: str, rel: str, lead: Lead = PLAIN) -> Article:
    """One article from a plain text (see the module and ``Lead``); ``rel`` is its id and path."""
    parts = _layout(text, lead)
    header, body = parts.header, parts.body
    published, date_source = _text_date(lead, parts)
    tag = _language_tag(header, lead.record)
    url = record_url(lead.record) or record_url(header) or parts.url
    stated_source = (record_source(lead.record, url) or record_source(header, url) or parts.agency
                     or wire_agency(body))  # "LONDON, Sept 12 (Reuters) - ...": a wire
    # "Autor: Thomas Müller und Anna Weber" is read in the story's language, as a byline above the text is; a story
    # too short to show it is in its header keys' language
    stored = unwrapped(body) if lead.wrapped else body  # the lines read above (a closing byline's) as written
    guessed = cache(lambda: guess_language(language_text(body, stored)))  # told once, for both uses
    story_language = cache(lambda: parts.language or (language_code(tag) if tag else None)
                           or guessed() or _keys_language(header, body))
    named = (record_authors(lead.record, story_language) or record_authors(header, story_language)
             or split_authors(parts.byline or ""))
    # "By Kate Moore" closing the text names its author; closing it again under a byline, its line is no text either
    credit = repeated_byline(body, named, split_authors) if named else closing_credit(body)
    if credit and (named := named or split_authors(credit.names)):
        body, stored = credit.body, unwrapped(credit.body) if lead.wrapped else credit.body  # its line out of it
    authors, source = people_and_publisher(named, stated_source, url)
    source = source or notice_publisher(parts.holder, url)  # "© 2024 Coast Media", when the text names no other
    return Article(
        id=rel, path=rel,
        title=parts.title,
        body=stored,
        date=published,
        date_source=date_source,
        title_source=parts.title_source,
        authors=authors,
        source=source,
        url=url,
        # told by its function words, else (a story too short to show them) by its header's keys
        lang=tag or guessed() or _keys_language(header, body),
        sections=record_sections(lead.record) or record_sections(header) or section_values(parts.categories),
    )


def _layout(text: str, lead: Lead) -> _Layout:
    """The parts of a text, each line taken off its top in the order a story sets them (see ``_Layout``)."""
    text = written_out(plain_lines(text))  # a page break, a vertical tab: a line break
    published, text = split_date_marker(text)
    text = without_page_lines(text)  # "Skip to main content", "Share this article" in a copy of a page
    text, notes, released = split_notes(text)  # "Eds: …", "BC-AS-…-Writethru", "FOR IMMEDIATE RELEASE" above the headline
    header, text = split_header(text)
    if not header:  # a headline over them: "Harbour bridge closed" / "Date: 2021-04-12"
        header, text = header_under_headline(text)
    url, text = split_url_line(text)
    tag = _language_tag(header, lead.record)
    language = _byline_language(header, text, tag)
    # a bare "05/03/2024" date line's order: the story's, its address's country's, its publisher's, its other dates'
    address = record_url(lead.record) or record_url(header) or url
    day_first = cache(lambda: text_writes_day_first(
        tag, text, address, (record_source(lead.record, address), record_source(header, address)),
        [value for _name, value in header.values()]))
    # its month names' ("5. listopada 2024.": October in Croatian), named or else, for such a name, shown by its words
    named = language_code(tag) if tag else guess_language(text) if names_own_month(text[:_BYLINE_SPAN]) else None
    titled = bool(first_text(lead.record, JSON_FIELDS["title"]) or first_text(header, JSON_FIELDS["title"]))
    # a column's name where a byline stands ("By Popular Demand") is out of the text, unless the format marked it a heading
    above = split_byline_lines(text, language, day_first, named, titled, not _split_heading(text, lead.headings))
    # a date line naming its place ("Berlin, 5. Mai 2024") stays the text's first line, but is no headline: the
    # headline is looked for under it
    opening = above.body.removeprefix(above.placed).lstrip("\n") if above.placed else above.body
    headline, body = _split_heading(opening, lead.headings) or split_headline(opening, language)
    under = split_byline_lines(body, language, day_first, named, titled or bool(headline),
                               not _split_heading(body, lead.headings), bool(headline))  # under the headline
    body = under.body
    if under.byline and not (header or under.dated):  # "By Jane Doe" over "Date: 2021-04-12"
        header, body = header_opening(body) or (header, body)
    if headline and not (under.byline or under.dated):
        under = under_name_line(body, language, day_first, named)  # "Jane Doe" / "15 Feb 2023"
        body = under.body
    byline, dated = above.byline or under.byline, above.dated or under.dated
    agency = byline_agency(byline)  # "By The Associated Press", "By Jane Doe" / "Reuters": the publisher
    title, title_source = _title(lead, header, headline, body)
    if title_source not in ("headline", "heading") and headline and not _repeats(headline, title, lead.headings):
        body = f"{headline}\n\n{body}"  # a line under the header's title is the text's, not a second title
    if above.placed:
        body = f"{above.placed}\n\n{body}"
    body, moved = without_moved_lines(body)  # a header's "Section: Local", kept under what closes the story
    body, holder = closing_matter(without_end_matter(body, released or wire_agency(body) in RELEASE_WIRES))
    story = body  # its trailer under its last paragraph, not under the notes joined to it
    body = "\n\n".join([body, *([moved] if moved else []), *notes])  # a note to readers or editors is text, after the story
    return _Layout(header, url, language, byline, agency, published, dated, title, title_source, body, day_first,
                   lambda: closing_date(story, day_first), above.categories or under.categories, holder)


def _text_date(lead: Lead, parts: _Layout) -> tuple[date | None, str | None]:
    """The publication date and where it came from: the front matter's, the file name's, the leading marker's, a
    header's "Date:" line (in its story's order, see ``header_day_first``), a date line above the text, a wire
    dateline's, else a publishing line under the story's last paragraph ("Published: 3 March 2024")."""
    header, marked, dated, body = parts.header, parts.marked, parts.dated, parts.body
    if lead.record and (found := record_date(lead.record)) is not None:
        return found[1], f"{lead.label}:{found[0]}"
    if lead.dated is not None:
        return lead.dated[1], lead.dated[0]
    if marked is not None:
        return marked, "marker"
    if (found := record_date(header, day_first=header_day_first(header, parts.day_first))) is not None:
        return found[1], f"header:{found[0]}"
    if dated is not None:
        return dated, "date line"
    if (published := dateline_date(body)) is not None:
        return published, "dateline"  # "DETROIT, Oct. 25, 2023 (AP) — ..."
    if (closing := parts.closing()) is not None:
        return closing, "closing line"  # a saved article's trailer: "First published on 3 March 2024"
    return None, None


def _split_heading(text: str, headings: frozenset[str]) -> tuple[str, str] | None:
    """The heading that opens ``text`` and the text after it, when the format marked it a heading (in any letter
    case: a press release's headline in capitals under its subject); else None."""
    first, _sep, rest = text.partition("\n\n")
    return (first, rest.strip()) if headings and _is_heading(first, headings) and rest.strip() else None


def _repeats(headline: str, title: str, headings: frozenset[str]) -> bool:
    """Whether a heading opening the text says the title again (front matter ``title: Storm``, then ``# Storm``)."""
    return _is_heading(headline, headings) and _said(headline) == _said(title)


def _is_heading(line: str, headings: frozenset[str]) -> bool:
    """Whether ``line`` is one of ``headings``, white space and letter case aside."""
    said = _said(line)
    return line in headings or bool(said) and said in {_said(heading) for heading in headings}


def _said(line: str) -> str:
    """``line`` as it reads: its words, their letter case folded; its quotes, stops and white space aside (front
    matter's ``title: "Council's vote."`` over ``# Council’s vote`` is the same title)."""
    return " ".join(_WORD.findall(line.casefold()))


def _language_tag(header: Keyed, record: Keyed) -> str | None:
    """The language the story's front matter (``record``) or ``header`` names, as written ("de", "en-GB"), else
    None."""
    found = first_text(record, JSON_FIELDS["lang"]) or first_text(header, JSON_FIELDS["lang"])
    return found[1] if found else None


def _byline_language(header: Keyed, text: str, tag: str | None) -> str | None:
    """The story's language when a line near its top may be a byline in another language than English ("Von
    …", "Par …"): the one its front matter or header names (``tag``), else the one its function words show, else the
    one its header's keys are words of ("Titel:", "Quelle:"). None otherwise (most texts)."""
    if not _FOREIGN_BYLINE.search(text[:_BYLINE_SPAN]):
        return None
    return language_of(tag, text) or _keys_language(header, text)


def _keys_language(header: Keyed, text: str) -> str | None:
    """The language ``header`` names its keys in ("Titel:", "Quelle:": German; "Título:" and "Autor:", Spanish or
    Portuguese, as ``text``'s few function words lean: ``keys_language``) when ``text`` is too short for its words to
    show its own (a long text they show English is English)."""
    if not header or len(text.split(maxsplit=MIN_WORDS - 1)) >= MIN_WORDS:  # not every word of a long text split
        return None
    return keys_language((norm_key(name) for name, _value in header.values()), text)


def _title(lead: Lead, header: Keyed, headline: str | None, body: str) -> tuple[str, str]:
    """The title and where it came from: the front matter's, a header's "Title:" line, else the heading or headline
    opening the text, else the first sentence."""
    found = first_text(lead.record, JSON_FIELDS["title"])
    if found:
        return found[1], f"{lead.label}:{found[0]}"
    found = first_text(header, JSON_FIELDS["title"])
    if found:
        return found[1], f"header:{found[0]}"
    if headline:
        return headline, "heading" if headline in lead.headings else "headline"
    return title_from_lede(past_metadata_lines(body)), "lede"
