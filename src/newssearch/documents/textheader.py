"""Metadata lines that open a plain-text article, as people and scrapers save one.

A block of ``Key: value`` lines ("Title: …", "Date: …", "Author: …", "Source: …", "URL: …", "Permalink: …", or
their French, German, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish and Polish names)
then a blank line, read as a JSON record's keys are (a metadata line not read, "Section: Politics", stays in the
text, a section's read as its section too); Jina Reader's header (``readeroutput``); an e-mail's header (a saved
message, a news alert); a first line only the article's address. A byline or date alone: ``textbyline``, ``textdatelines``.

Each rule is narrow on purpose: a line of the story itself ("Source: a senior official said…") must stay the story's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .authornames import split_authors
from .dates import parse_date
from .fields import JSON_FIELDS, Keyed, is_web_address, norm_key
from .keynames import KEY_TRANSLATIONS, RUBRIK, rubrik_section
from .languages import language_region
from .mailquotes import with_quotes_last
from .textnotes import without_release_mark

_SHORT_VALUE = 12  # words: an author's or a publisher's name, never a sentence


def _short(value: str) -> bool:
    """A name, not a sentence: a few words, without the end of a sentence."""
    ended = value.rstrip().endswith((".", "?", "!")) and not re.search(r"\b[A-Z][a-z]{0,3}\.$", value.rstrip())
    return len(value.split()) <= _SHORT_VALUE and not ended  # "Jane Doe, Ph.D." ends with an abbreviation


def _language(value: str) -> bool:
    """A language tag: en, en-NZ, de_DE."""
    return len(value) <= 20 and " " not in value.strip() and language_region(value) is not None


# Keys a header names its story and its day by: with a title and a date read, a line of another key ends the header
# (it is the text's), where else the whole block is the text ("Author: …", "Publisher: …", "Price: $37").
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "publicationdate", "pubdate", "datepublished", "updated", "modified", "lastmodified")
_SOURCE_KEYS = ("source", "publication", "publisher", "site", "sitename")
# The keys a header line may have (as a record's, normalised), each with the test its value must pass.
_HEADER_KEYS: dict[str, Callable[[str], bool]] = {
    **dict.fromkeys(_TITLE_KEYS, lambda value: True),
    **dict.fromkeys(_DATE_KEYS, lambda value: parse_date(value) is not None),
    **dict.fromkeys(("author", "authors", "by", "byline"), _short),
    **dict.fromkeys(_SOURCE_KEYS, _short),
    # "URL:", "Link:", and the address keys a record has ("Source URL:", "Permalink:", "Canonical URL:"): read as one's
    **dict.fromkeys(JSON_FIELDS["url"], is_web_address),
    **dict.fromkeys(("language", "lang", "locale"), _language),
}
# Other names tools give the same keys: a read-later app's "Original URL:", Jina Reader's "URL Source:" and
# "Published Time:" (see ``readeroutput``).
_ALIASES = {"by": "byline", "originalurl": "url", "urlsource": "url", "publishedtime": "published"}
_TRANSLATED_KEYS = {word: key for word, (key, _languages) in KEY_TRANSLATIONS.items()} | _ALIASES
# The keys naming the story's section, as a record's (in other languages too: "Ressort", "Rubrique", "Editoria"), and
# German "Rubrik" (``rubrik_section``): read as its sections ("Section: Politics"), and kept in the text too. A Swedish,
# Danish or Norwegian "Rubrik" is a headline: the title (``_rubrik_headline``).
_SECTION_KEYS = frozenset({*JSON_FIELDS["sections"], RUBRIK})
# Keys of a scraper's or a CMS's metadata not read (tags, a slug): in a header, such a line stays in the text and the
# header goes on (not "Subject", "From": an e-mail's; nor "Price": a review's box); alone over a story, its header.
_LABEL_KEYS = _SECTION_KEYS | frozenset({
    "section", "sections", "category", "categories", "tag", "tags", "keyword", "keywords", "slug", "topic", "topics",
    "desk", "kicker", "edition", "wordcount",
    "rubrique", "catégorie", "categorie", "motsclés", "motscles", "étiquettes", "etiquettes",      # French
    "rubrik", "ressort", "kategorie", "schlagwörter", "schlagworte", "stichwörter", "stichworte",  # German
    "sección", "seccion", "categoría", "categoria", "etiquetas", "palabrasclave",                  # Spanish
    "sezione", "parolechiave",                                                                    # Italian
    "secção", "seção", "secao", "palavraschave",                                                  # Portuguese
    "sectie", "rubriek", "trefwoorden",                                                           # Dutch
})
# A news database's fields ("Length: 288 words", "Load-Date: June 23, 2020"): in a header only; over a story,
# "Highlights: All Blacks thrash France" is its headline, which a CMS's "Section: Politics" is not.
_OTHER_KEYS = _LABEL_KEYS | frozenset({
    "length", "words", "loaddate", "copyright", "highlight", "highlights", "publicationtype", "documenttype",
    "journalcode", "dateline", "graphic", "correctiondate", "notes", "documentid", "database", "accessionnumber",
})
_HEADER_LINE = re.compile(r"^[ \t]*([^\W\d_](?:[^\W\d]|[ -]){0,24}?)[ \t]*:[ \t]*(\S(?:.*?[^ \t])?)[ \t]*$")
_EMPTY_LINE = re.compile(r"^[ \t]*([^\W\d_](?:[^\W\d]|[ -]){0,24}?)[ \t]*:[ \t]*$")
_URL_LINE = re.compile(r"^[ \t]*(https?://\S+)[ \t]*$", re.IGNORECASE)


def split_header(text: str) -> tuple[Keyed, str]:
    """The record of the ``Key: value`` lines opening ``text``, and the text after them.

    The lines must end at a blank line (or the end), and each value must read as its key's: an address for
    ``URL:``, a date for ``Date:``, a name for ``Author:`` ("Source: a senior official said…" is the story's
    first sentence); a key with no value ("Source URL:") is no field. A key said twice keeps its first value; "By"
    is the byline; a translated key ("Titre:", "Datum:") is the English one. A line of metadata not read ("Section:
    Politics", "Tags: …") is kept at the end of the text, and one whose value cannot be read ("Date: Tuesday") at its
    start.
    """
    return read_header(text) or ({}, text)


def read_header(text: str, labels: bool = False) -> tuple[Keyed, str] | None:
    """``split_header``'s record and text, None for a text opening with no header; with ``labels`` (under a headline
    or its byline), metadata lines alone are one too ("Section: Politics", "Tags: budget", each a short value), then a
    blank line and the story: the record of their section ({} for none), those lines kept at the text's end."""
    lines = text.split("\n")
    if (mail := _mail_header(lines)) is not None:
        return mail
    found: Keyed = {}
    unread: list[str] = []  # after a good line, a key line of a value it cannot read ("Date: Tuesday"): kept as text
    other: list[str] = []   # "Section: Politics", "Tags: budget": kept as text, after it
    sections: list[tuple[str, str]] = []  # "Section: Politics": the story's section too
    count = known = 0
    for line in lines:
        key_line = _key_line(line)
        if key_line is None and _empty_field(line):  # "Source URL:", a field the exporter had no value for
            count += 1
            continue
        if key_line is None:
            break
        key, name, value = key_line
        if key in _OTHER_KEYS:
            other.append(line.strip())
            labels = labels and _short(value)  # "Notes: The council will meet again…": a sentence, the story's
            if key in _SECTION_KEYS and _short(value):
                sections.append((name, value))
        elif _HEADER_KEYS[key](value):
            found.setdefault(key, (name, value))
        elif found:
            unread.append(line.strip())
        else:
            break
        known += key not in _OTHER_KEYS
        count += 1
    following = lines[count] if count < len(lines) else ""
    rest = "\n".join(lines[count:]).strip()
    # Then a blank line; or, after two key lines, the story (not another "Key: value" line: an info box's "Price: $37",
    # unless a title and a date were read: "Title: …", "Date: …", then "Length: 288 words" or any other key).
    alone = labels and bool(other) and not following.strip() and bool(rest)  # "Section: Politics" / "" / the story
    if not (found or alone) or following.strip() and (
            known < 2 or _HEADER_LINE.match(following) and not _titled_and_dated(found)):
        return None
    _dated_source(found)
    keys = [norm_key(name) for name, _value in found.values()]
    if (headline := _rubrik_headline(found, keys, other, rest)) is not None:  # Swedish "Rubrik: …": the title
        found["title"], other = headline[0], [line for line in other if line != headline[1]]
    sections = [(name, value) for name, value in sections if norm_key(name) != RUBRIK or rubrik_section(keys, rest)]
    if sections:
        found.setdefault("section", (sections[0][0], "; ".join(value for _name, value in sections)))
    return found, "\n\n".join(filter(None, ["\n".join(unread), rest, "\n".join(other)]))


def _rubrik_headline(found: Keyed, keys: list[str], other: list[str], rest: str) -> tuple[tuple[str, str], str] | None:
    """The title's field of a header's "Rubrik:" line among its unread lines ``other`` when it is a headline, over the
    story ``rest`` or under keys ``keys`` of Swedish, Danish or Norwegian (``rubrik_section``) and no title key read
    one, and that line; else None (German's section)."""
    if any(key in found for key in _TITLE_KEYS):
        return None
    for line in other:
        key_line = _key_line(line)
        if key_line is not None and key_line[0] == RUBRIK and not rubrik_section(keys, rest):
            return (key_line[1], key_line[2]), line
    return None


# "Source: RNZ, 14 March 2024", "Publisher: Stuff - 2024-03-14": a publisher, then the story's date after a comma or dash.
_SOURCE_DATE_SPLIT = re.compile(r",\s+|\s+[-–—|]\s+")


def _dated_source(found: Keyed) -> None:
    """A publisher's key whose value ends in a date (``RNZ, 14 March 2024``) split in ``found``: the name its
    publisher, the date its date (kept under the publisher's key name, so ``date_source`` says where it was read),
    unless a date key named one. A value whose end reads as no date is one name (``Smith, Jones & Co``)."""
    for key in _SOURCE_KEYS:
        if key not in found:
            continue
        name, value = found[key]
        if not isinstance(value, str):
            continue
        for cut in _SOURCE_DATE_SPLIT.finditer(value):
            publisher, tail = value[:cut.start()].strip(), value[cut.end():].strip()
            if publisher and any(char.isdigit() for char in tail) and parse_date(tail) is not None:
                found[key] = (name, publisher)
                if not any(date_key in found for date_key in _DATE_KEYS):
                    found["date"] = (name, tail)
                break


def split_mail_header(text: str) -> tuple[Keyed, str] | None:
    """The record of the e-mail header opening ``text`` (``From:`` and ``Subject:`` among its key lines, then a
    blank line) and the text after it (a message's: ``with_quotes_last``); None when ``text`` opens with none."""
    return _mail_header(text.split("\n"))


def _mail_header(lines: list[str]) -> tuple[Keyed, str] | None:
    """The record of an e-mail's header opening ``lines`` (a saved message, a Google Alert: ``From:`` and
    ``Subject:`` among its key lines, up to a blank line), and the text after it; None for any other text. The
    subject without "Fwd:" or "Re:" is the title, ``Date:`` the date, the sender's name the author (an automatic
    sender's, "Google Alerts <…-noreply@google.com>", the publisher); the addresses are not text, and a sender's
    words not read as names ("Ann Lee, Hamilton": the place) stay in it."""
    keys = []  # the block of lines up to the first blank one, each a key line or a folded line going on one
    ends = 0   # read no further than a line that is neither (any text's first, mostly)
    while ends < len(lines) and lines[ends].strip():
        if match := _HEADER_LINE.match(lines[ends]):
            keys.append((norm_key(match.group(1)), match.group(1), match.group(2)))
        elif not lines[ends][:1].isspace():
            return None
        ends += 1
    if ends == len(lines):
        return None  # no blank line under it: no body
    if not {"from", "subject"} <= {key for key, _name, _value in keys}:
        return None
    found, kept = mail_record([(name, value) for _key, name, value in keys])
    # its text a message's, as a .eml's is: without its signature and sign-off, a reply's quote after it, unmarked
    return found, "\n\n".join(filter(None, [with_quotes_last("\n".join(lines[ends:])).strip(), *kept]))


def mail_record(fields: list[tuple[str, str]]) -> tuple[Keyed, list[str]]:
    """The record of an e-mail's header fields ``(name, value)`` (a saved message's, or a .eml's), and the lines
    of it that stay text: the subject without "Fwd:" or "Re:" is the title, ``Date:`` or ``Sent:`` the date, the
    sender's name the author (an automatic sender's, an office's or an organisation's the publisher: ``mailsenders``),
    a sender's words not read as names ("From: Ann Lee, Hamilton") or a desk's naming no publisher ("From: Press
    Office") a line kept."""
    # The e-mail modules are imported for a header that is one (they import the standard library's e-mail parser)
    from .mailheader import MAIL_REPLY
    from .mailsenders import read_sender

    found: Keyed = {}
    kept: list[str] = []
    for name, value in fields:
        key = norm_key(name)
        if key == "subject" and (subject := without_release_mark(MAIL_REPLY.sub("", value).strip())):
            found.setdefault("title", (name, subject))
        elif key in ("date", "sent") and parse_date(value) is not None:
            found.setdefault("date", (name, value))
        elif key == "from" and (sender := read_sender(value)) is not None:
            if sender.name:
                found.setdefault(sender.field, (name, sender.name))
            if sender.words and (not sender.name or sender.field == "author" and _unread_words(sender.name)):
                kept.append(f"{name}: {sender.words}")  # "Press Office": no publisher named, still found by a search
        elif key == "from" and (words := _no_name(value)):
            kept.append(f"{name}: {words}")  # "+64 21 555 0101": no one's name, still found by a search
    return found, kept


def _no_name(value: str) -> str:
    """A sender's words that name no one, a phone number ("+64 21 555 0101 <sms@example.com>"): kept as text; ""
    for an address alone or a From that does not parse ('<>')."""
    from .mailsenders import sender_parts

    name = sender_parts(value)[0]
    return name if "@" not in name and any(char.isalnum() for char in name) else ""


def _unread_words(name: str) -> bool:
    """Whether a sender's name holds words its names do not ("Ann Lee, Hamilton": Hamilton)."""
    read = {word for person in split_authors(name) for word in person.split()}
    return any(word not in read for word in re.findall(r"\w+", name))


def _titled_and_dated(found: Keyed) -> bool:
    """Whether the key lines read gave a title and a date: a story's header, not a review's info box."""
    return any(key in found for key in _TITLE_KEYS) and any(key in found for key in _DATE_KEYS)


def _key_line(line: str) -> tuple[str, str, str] | None:
    """``(key, name, value)`` of a header's key line: the key as a record's (normalised, in English), the name as
    written; None for a line of any other key ("Warning: heavy rain", "Subject: …") or no key."""
    match = _HEADER_LINE.match(line)
    if match is None:
        return None
    name, value = match.groups()
    key = _TRANSLATED_KEYS.get(norm_key(name), norm_key(name))
    return (key, name, value) if key in _HEADER_KEYS or key in _OTHER_KEYS else None


def is_key_line(line: str, read: bool = False) -> bool:
    """Whether ``line`` is a header's key line, of a key read or one kept in the text ("Date: …", "Section: …");
    with ``read``, of a key read only."""
    key_line = _key_line(line)
    return key_line is not None and not (read and key_line[0] in _OTHER_KEYS)


def _empty_field(line: str) -> bool:
    """Whether ``line`` is a header's key with no value ("URL:", "Author:"): no field, and no end of the header."""
    match = _EMPTY_LINE.match(line)
    key = _TRANSLATED_KEYS.get(norm_key(match.group(1)), norm_key(match.group(1))) if match else ""
    return key in _HEADER_KEYS or key in _OTHER_KEYS


def is_metadata_line(line: str) -> bool:
    """Whether ``line`` is a header's line of metadata not read as a field, of a name's length ("Section: Politics",
    "Tags: budget"): never a headline nor a lede, and a header of its own over a blank line and the story."""
    key_line = _key_line(line)
    return key_line is not None and key_line[0] in _LABEL_KEYS and _short(key_line[2])


def split_url_line(text: str) -> tuple[str | None, str]:
    """The address on the first line of ``text`` when that line holds nothing else and text follows, and that text."""
    first, _sep, rest = text.partition("\n")
    match = _URL_LINE.match(first)
    return (match.group(1), rest.strip()) if match and rest.strip() else (None, text)
