"""Metadata lines that open a plain-text article, as people and scrapers save one.

A block of ``Key: value`` lines ("Title: …", "Date: …", "Author: …", "Source: …", "URL: …", or their French,
German, Spanish, Italian, Portuguese and Dutch names) then a blank line, read as a JSON record's keys are (a line of
metadata not read, "Section: Politics", stays in the text); a first line that is only the article's address; and, above the
text, a byline ("By Rachel Thomas") or a date alone on its line.

Each rule is narrow on purpose: a line of the story itself ("Source: a senior official said…", "Remembering
11 September 2001", "By The Numbers: …") must stay the story's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date

from ..datelines import WIRE_AGENCIES
from .authornames import split_authors
from .bylinelanguages import (
    ALL_AND_WORDS,
    ANY_AND_PATTERN,
    ANY_BYLINE_WORDS,
    TEXT_BYLINE_WORDS,
    names_joined_in_english,
    starts_name,
)
from .dates import WRITTEN_DATE, language_region, parse_date
from .fields import Keyed, is_web_address, norm_key
from .mailheader import MAIL_REPLY
from .publishers import names_no_person
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
# The keys a header line may have (as a record's, normalised), each with the test its value must pass.
_HEADER_KEYS: dict[str, Callable[[str], bool]] = {
    **dict.fromkeys(_TITLE_KEYS, lambda value: True),
    **dict.fromkeys(_DATE_KEYS, lambda value: parse_date(value) is not None),
    **dict.fromkeys(("author", "authors", "by", "byline"), _short),
    **dict.fromkeys(("source", "publication", "publisher", "site", "sitename"), _short),
    **dict.fromkeys(("url", "link"), is_web_address),
    **dict.fromkeys(("language", "lang", "locale"), _language),
}
# The same keys in French, German, Spanish, Italian, Portuguese and Dutch, as the English key they mean: only words
# that mean nothing else ("Data" is a date in Italian and Portuguese; a value is still tested as the key's).
# Each translated key: the English key it stands for, and the languages it is a word of. The keys of a header together
# name its language ("Titel:" is German or Dutch, "Quelle:" German only), which reads its byline when the story is
# too short to show its own.
_TRANSLATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "titre": ("title", ("fr",)), "titel": ("title", ("de", "nl")), "título": ("title", ("es", "pt")),
    "titulo": ("title", ("es", "pt")), "titolo": ("title", ("it",)),
    "auteur": ("author", ("fr", "nl")), "autor": ("author", ("de", "es", "pt")), "autore": ("author", ("it",)),
    "auteurs": ("authors", ("fr", "nl")), "autoren": ("authors", ("de",)), "autores": ("authors", ("es", "pt")),
    "autori": ("authors", ("it",)),
    "datum": ("date", ("de", "nl")), "fecha": ("date", ("es",)), "data": ("date", ("it", "pt")),
    "quelle": ("source", ("de",)), "fuente": ("source", ("es",)), "fonte": ("source", ("it", "pt")),
    "bron": ("source", ("nl",)),
}
_TRANSLATED_KEYS = {word: key for word, (key, _languages) in _TRANSLATIONS.items()} | {"by": "byline"}
_KEY_LANGUAGES = {word: languages for word, (_key, languages) in _TRANSLATIONS.items()}
# Keys of a scraper's or a CMS's metadata that are not read (a section, tags, a slug): inside a header, such a line
# stays in the text and the header goes on. Not "Subject", "From" (an e-mail), nor "Price" (a review's info box).
_OTHER_KEYS = frozenset({
    "section", "sections", "category", "categories", "tag", "tags", "keyword", "keywords", "slug", "topic", "topics",
    "desk", "kicker", "edition", "wordcount",
    # A news database's fields (LexisNexis, Factiva, ProQuest): "Length: 288 words", "Load-Date: June 23, 2020".
    "length", "words", "loaddate", "copyright", "highlight", "highlights", "publicationtype", "documenttype",
    "journalcode", "dateline", "graphic", "correctiondate", "notes", "documentid", "database", "accessionnumber",
    "rubrique", "catégorie", "categorie", "motsclés", "motscles", "étiquettes", "etiquettes",      # French
    "rubrik", "ressort", "kategorie", "schlagwörter", "schlagworte", "stichwörter", "stichworte",  # German
    "sección", "seccion", "categoría", "categoria", "etiquetas", "palabrasclave",                  # Spanish
    "sezione", "parolechiave",                                                                    # Italian
    "secção", "seção", "secao", "palavraschave",                                                  # Portuguese
    "sectie", "rubriek", "trefwoorden",                                                           # Dutch
})
# A sender as mail programs write one: "Jo Lee <jo@example.com>", '"Lee, Jo" <jo@example.com>'; an automatic one's
# address says no one reads replies to it.
_SENDER = re.compile(r"^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$")
_AUTOMATIC = re.compile(r"no-?reply|do-?not-?reply|mailer-daemon|notifications?@", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^[ \t]*([^\W\d_](?:[^\W\d]|[ -]){0,24}?)[ \t]*:[ \t]*(\S.*?)[ \t]*$")
_URL_LINE = re.compile(r"^[ \t]*(https?://\S+)[ \t]*$", re.IGNORECASE)
# "By" (and Māori's "Nā") opens a byline in any language; the words of TEXT_BYLINE_WORDS only in the language whose word for it they are:
# "Von Thomas Müller" in a German story ("Von Miller Signs" heads an English one).
_BYLINE = re.compile(rf"^[ \t]*({'|'.join((*ANY_BYLINE_WORDS, *TEXT_BYLINE_WORDS))}):?[ \t]+([^\W\d_].{{1,100}}?)[ \t]*$")
_BYLINE_WORDS = 10
# Lower-case words a byline may hold between names: "By Jane Doe and John Roe of The Associated Press".
# Those of ANY_AND_WORDS ("rāua ko") are read as "and" first, so that their words ("with") are no joiners alone.
_BYLINE_JOINERS = frozenset({"and", "of", "the", "for", "in", "at", "&", "de", "da", "van", "von", "der", "le", "la",
                             "del", "dos", "du", *ALL_AND_WORDS})
_ANY_AND = re.compile(ANY_AND_PATTERN)
# A byline's first word is a name: "By The Numbers", "By This Time" are headlines.
_NOT_A_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Our", "Your", "My", "Its", "Their"})
_AGENCY_NAMES = "|".join(re.escape(name) for name in sorted(
    {*WIRE_AGENCIES, *(v.lower() for v in WIRE_AGENCIES.values())}, key=len, reverse=True))
# The agency a wire byline ends with ("By DEREK GATOPOULOS Associated Press", "By Jane Doe, Reuters"), or is.
_AGENCY_END = re.compile(rf"(?:\s*,|\s+of)?(?:^|\s+)(?:the\s+)?(?:{_AGENCY_NAMES})\s*$", re.IGNORECASE)
_AGENCY_ONLY = re.compile(rf"^(?:the\s+)?({_AGENCY_NAMES})$", re.IGNORECASE)
_AGENCY_AFTER = re.compile(rf"\s*\(({_AGENCY_NAMES})\)$", re.IGNORECASE)
_ROLE_WORDS = 4  # "Senior Political Reporter"
# A date alone on its line, maybe its weekday, a time and "Published": "Tuesday, 12 March 2024, 5:03 pm", "5:00 AM
# Wednesday Feb 15, 2023", the weekday short too ("Sat 1 Jun 2024 10.00 BST", as the Guardian writes it; "Tue.");
# or with the word other languages write before a day ("le 5 mai 2020", "am 5. Mai 2020", "el 5 de mayo de 2020",
# "il 5 maggio"); or with the weekday after it, as LexisNexis writes it ("June 22, 2020 Monday").
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?)"
_DATE_LABEL = re.compile(r"^(?:(?:published|posted)(?:\s+on)?\s*:?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s+)?"
                         rf"(?:{_WEEKDAY},?\s+)?(?:(?:le|am|el|il|em|op)\s+(?=\d))?", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(rf",?\s+{_WEEKDAY}$", re.IGNORECASE)
_TIME = re.compile(r",?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
                   r"(?:\s+[A-Z]{2,5}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?\s*$"  # "5:02 AM GMT+1" too
                   r"|\s*(?:午前|午後|上午|下午|오전|오후)?\s*\d{1,2}\s*[時时시]\s*(?:\d{1,2}\s*[分분])?\s*$",  # 18時30分
                   re.IGNORECASE)
_NUMBERS_SHAPE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")  # 12.03.24 too, which the parser reads only alone


def split_header(text: str) -> tuple[Keyed, str]:
    """The record of the ``Key: value`` lines opening ``text``, and the text after them.

    The lines must end at a blank line (or the end), and each value must read as its key's: an address for
    ``URL:``, a date for ``Date:``, a name for ``Author:`` ("Source: a senior official said…" is the story's
    first sentence). A key said twice keeps its first value; "By" is the byline; a translated key ("Titre:",
    "Datum:") is the English one. A line of metadata not read ("Section: Politics", "Tags: …") is kept at the end
    of the text, and one whose value cannot be read ("Date: Tuesday") at its start.
    """
    lines = text.split("\n")
    if (mail := _mail_header(lines)) is not None:
        return mail
    found: Keyed = {}
    unread: list[str] = []  # after a good line, a key line of a value it cannot read ("Date: Tuesday"): kept as text
    other: list[str] = []   # "Section: Politics", "Tags: budget": kept as text, after it
    count = known = 0
    for line in lines:
        key_line = _key_line(line)
        if key_line is None:
            break
        key, name, value = key_line
        if key in _OTHER_KEYS:
            other.append(line.strip())
        elif _HEADER_KEYS[key](value):
            found.setdefault(key, (name, value))
        elif found:
            unread.append(line.strip())
        else:
            break
        known += key not in _OTHER_KEYS
        count += 1
    following = lines[count] if count < len(lines) else ""
    # Then a blank line; or, after two key lines, the story (not another "Key: value" line: an info box's "Price: $37",
    # unless a title and a date were read: "Title: …", "Date: …", then "Length: 288 words" or any other key).
    if not found or following.strip() and (known < 2 or _HEADER_LINE.match(following) and not _titled_and_dated(found)):
        return {}, text
    rest = "\n".join(lines[count:]).strip()
    return found, "\n\n".join(filter(None, ["\n".join(unread), rest, "\n".join(other)]))


def split_mail_header(text: str) -> tuple[Keyed, str] | None:
    """The record of the e-mail header opening ``text`` (``From:`` and ``Subject:`` among its key lines, then a
    blank line) and the text after it; None when ``text`` opens with none."""
    return _mail_header(text.split("\n"))


def _mail_header(lines: list[str]) -> tuple[Keyed, str] | None:
    """The record of an e-mail's header opening ``lines`` (a saved message, a Google Alert: ``From:`` and
    ``Subject:`` among its key lines, up to a blank line), and the text after it; None for any other text. The
    subject without "Fwd:" or "Re:" is the title, ``Date:`` the date, the sender's name the author (an automatic
    sender's, "Google Alerts <…-noreply@google.com>", the publisher); the addresses are not text, and a sender's
    words not read as names ("Ann Lee, Hamilton": the place) stay in it."""
    block = list(itertools.takewhile(str.strip, lines))
    keys = [(norm_key(match.group(1)), match.group(1), match.group(2)) for line in block
            if (match := _HEADER_LINE.match(line))]
    named = {key for key, _name, _value in keys}
    if not {"from", "subject"} <= named or len(block) == len(lines) or any(
            not _HEADER_LINE.match(line) and not line[:1].isspace() for line in block):  # a folded line goes on
        return None
    found, kept = mail_record([(name, value) for _key, name, value in keys])
    return found, "\n\n".join(filter(None, ["\n".join(lines[len(block):]).strip(), *kept]))


def mail_record(fields: list[tuple[str, str]]) -> tuple[Keyed, list[str]]:
    """The record of an e-mail's header fields ``(name, value)`` (a saved message's, or a .eml's), and the lines
    of it that stay text: the subject without "Fwd:" or "Re:" is the title, ``Date:`` or ``Sent:`` the date, the
    sender's name the author (an automatic sender's the publisher), a sender's words not read as names
    ("From: Ann Lee, Hamilton") a line kept."""
    found: Keyed = {}
    kept: list[str] = []
    for name, value in fields:
        key = norm_key(name)
        if key == "subject" and (subject := without_release_mark(MAIL_REPLY.sub("", value).strip())):
            found.setdefault("title", (name, subject))
        elif key in ("date", "sent") and parse_date(value) is not None:
            found.setdefault("date", (name, value))
        elif key == "from" and (sender := _sender(value)) is not None:
            found.setdefault("publisher" if sender[1] else "author", (name, sender[0]))
            if not sender[1] and _unread_words(sender[0]):
                kept.append(f"{name}: {sender[0]}")
        elif key == "from" and (words := _no_name(value)):
            kept.append(f"{name}: {words}")  # "+64 21 555 0101": no one's name, still found by a search
    return found, kept


def _sender_parts(value: str) -> tuple[str, str]:
    """A ``From`` value's display words (unquoted) and address: "Jo Lee <jo@example.com>": (Jo Lee, jo@…)."""
    match = _SENDER.match(value)
    name, address = (match.group(1), match.group(2)) if match else (value, "")
    return name.strip().strip("\"'").strip(), address


def _no_name(value: str) -> str:
    """A sender's words that name no one, a phone number ("+64 21 555 0101 <sms@example.com>"): kept as text; ""
    for an address alone or a From that does not parse ('<>')."""
    name = _sender_parts(value)[0]
    return name if "@" not in name and any(char.isalnum() for char in name) else ""


def _sender(value: str) -> tuple[str, bool] | None:
    """The name of an e-mail's sender ("Jo Lee <jo@example.com>": Jo Lee) and whether its address is an automatic
    one (no-reply); None for an address alone: an address is no one's name."""
    name, address = _sender_parts(value)
    if "@" in name or not any(char.isalpha() for char in name):  # '<>' of a From that does not parse
        return None
    return name, bool(_AUTOMATIC.search(address))


def _unread_words(name: str) -> bool:
    """Whether a sender's name holds words its names do not ("Ann Lee, Hamilton": Hamilton)."""
    read = {word for person in split_authors(name) for word in person.split()}
    return any(word not in read for word in re.findall(r"\w+", name))


def _titled_and_dated(found: Keyed) -> bool:
    """Whether the key lines read gave a title and a date: a story's header, not a review's info box."""
    return any(key in found for key in _TITLE_KEYS) and any(key in found for key in _DATE_KEYS)


def translated(header: Keyed) -> bool:
    """Whether ``header`` names its keys in French, German, Spanish, Italian, Portuguese or Dutch ("Datum:"): all
    write a date day first (12/03/2024 is 12 March)."""
    return any(norm_key(name) in _TRANSLATIONS for name, _value in header.values())


def header_language(header: Keyed) -> str | None:
    """The language ``header`` names its keys in, when they name one ("Titel:", "Autor:", "Quelle:": German), else
    None (English keys, or keys of two languages: "Título:" and "Autor:" are Spanish or Portuguese)."""
    languages: set[str] | None = None
    for name, _value in header.values():
        if (key := norm_key(name)) in _KEY_LANGUAGES:
            languages = set(_KEY_LANGUAGES[key]) if languages is None else languages & set(_KEY_LANGUAGES[key])
    return next(iter(languages)) if languages and len(languages) == 1 else None


def _key_line(line: str) -> tuple[str, str, str] | None:
    """``(key, name, value)`` of a header's key line: the key as a record's (normalised, in English), the name as
    written; None for a line of any other key ("Warning: heavy rain", "Subject: …") or no key."""
    match = _HEADER_LINE.match(line)
    if match is None:
        return None
    name, value = match.groups()
    key = _TRANSLATED_KEYS.get(norm_key(name), norm_key(name))
    return (key, name, value) if key in _HEADER_KEYS or key in _OTHER_KEYS else None


def split_url_line(text: str) -> tuple[str | None, str]:
    """The address on the first line of ``text`` when that line holds nothing else and text follows, and that text."""
    first, _sep, rest = text.partition("\n")
    match = _URL_LINE.match(first)
    return (match.group(1), rest.strip()) if match and rest.strip() else (None, text)


def split_byline_lines(body: str, language: str | None = None) -> tuple[str | None, date | None, str]:
    """A byline and a date on lines of their own opening ``body``, in either order, in one paragraph or two,
    and the body after them: ``By Rachel Thomas`` / ``12 March 2024``. A byline that is
    only an agency ("By The Associated Press") is returned as the agency's name; an agency or a role on the
    line under the byline ("Reuters", "Political Reporter") is part of it. In a story in ``language``, that
    language's word opens a byline too ("Von Thomas Müller und Anna Weber": Thomas Müller and Anna Weber). A date
    line over another date line is no date line: they are a list."""
    byline = dated = None
    original = body
    while True:
        first, _sep, rest = body.partition("\n")
        line = first.strip()
        if byline is None and (match := _BYLINE.match(line)) and _names_only(match.group(2)) \
                and (match.group(1) in ANY_BYLINE_WORDS or language in TEXT_BYLINE_WORDS[match.group(1)]):
            byline = _without_agency(names_joined_in_english(match.group(2), language))
        elif byline is not None and (agency := byline_agency(line)) and not byline_agency(byline):
            byline = f"{byline} ({agency})"
        elif byline is not None and len(line.split()) <= _ROLE_WORDS and names_no_person(line) and _names_only(line):
            pass  # "Political Reporter"
        elif dated is None and (day := line_date(line)) is not None and not _another_date(rest):
            dated = day
        else:
            return byline, dated, body
        if not rest.strip():
            return None, None, original  # nothing after them: they are the text, not its byline
        body = rest.lstrip("\n")


def _another_date(rest: str) -> bool:
    """Whether the next line written in ``rest`` is a date too: dates one under another are a list (a schedule's),
    none of them the story's."""
    following = next((line for line in rest.split("\n") if line.strip()), "")
    return line_date(following) is not None


def byline_agency(byline: str | None) -> str | None:
    """The agency a byline names alone ("The Associated Press": Associated Press) or in brackets after its names
    ("Jane Doe (Reuters)", from an agency on the line under the byline), else None."""
    match = (_AGENCY_ONLY.match(byline.strip()) or _AGENCY_AFTER.search(byline)) if byline else None
    return WIRE_AGENCIES.get(match.group(1).lower(), match.group(1)) if match else None


def byline_names(byline: str | None) -> str:
    """The names of a byline, without an agency in brackets after them."""
    return _AGENCY_AFTER.sub("", byline or "") if not (byline and _AGENCY_ONLY.match(byline.strip())) else ""


def _without_agency(byline: str) -> str:
    """The names of a byline with the agency it ends with in brackets after them, where ``byline_agency`` finds it
    ("Thomas Müller, dpa": "Thomas Müller (dpa)"); the agency itself when it names no one else."""
    if byline_agency(byline):
        return byline
    names, agency = _agency_end(byline)
    return f"{names} ({agency})" if names and agency else byline


def _agency_end(byline: str) -> tuple[str, str | None]:
    """The names of a byline and the agency it ends with (", Reuters", " of The Associated Press"), else None."""
    match = _AGENCY_END.search(byline)
    if match is None:
        return byline, None
    agency = re.sub(r"^(?:,|\s)*(?:of\s+)?(?:the\s+)?", "", match.group(), flags=re.IGNORECASE).strip()
    return byline[: match.start()].strip(), agency


def line_date(line: str) -> date | None:
    """The date of a line that is a date and nothing more (a weekday, a time, "Published" aside), else None: not a
    headline with a date in it ("Remembering 11 September 2001"), nor an update ("Last updated 14 June 2024")."""
    rest = _WEEKDAY_AFTER.sub("", _TIME.sub("", _DATE_LABEL.sub("", line.strip()))).strip(" ,")
    return parse_date(rest) if WRITTEN_DATE.fullmatch(rest) or _NUMBERS_SHAPE.fullmatch(rest) else None


def _names_only(byline: str) -> bool:
    """True when ``byline`` reads as names: two to ten words, each capitalised or a joiner, the first a name, no
    digits or a sentence's marks ("By Tuesday the council had voted", "By The Numbers: Super Bowl LVIII" are not)."""
    if byline_agency(byline):
        return True
    if re.search(r"[\d:?!;]", byline):
        return False
    byline = _ANY_AND.sub("and", byline)  # "Hemi Smith rāua ko Aroha Walker"
    return any(_name_words(names.rstrip(".").split()) for names in {byline, _agency_end(byline)[0]})  # "…, dpa"


def _name_words(words: list[str]) -> bool:
    """True for two to ten words, each capitalised or a joiner, the first a name."""
    return (2 <= len(words) <= _BYLINE_WORDS and words[0] not in _NOT_A_NAME
            and all(starts_name(word) or word in _BYLINE_JOINERS for word in words))
