"""Which of a page's credits names its authors: a lone "By" box run into the box after it, the co-authors a byline
names beside the structured data's author, the "Written by" label of a page's Twitter card, a personal site named after
its author, a line under the headline that dates the story and names its writer, a name signing the story at its end,
the holder of a personal site's copyright, and a wire agency credited as the story's source ("Quelle: dpa")."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml.html import HtmlElement as Element

from . import jsonld
from .copyrightnotices import opens_picture_credit
from .dates import boxed_date, parse_date
from .personnames import BYLINE_LABEL, clean_authors, is_handle, is_name_alone, written_in_full
from .publishers import agency_name, domain_of, name_key, same_site


def joined_labels(bylines: list[str]) -> list[str]:
    """``bylines`` with a box that is only "By" (or "Von", "Par", "Artikel von:", …: ``BYLINE_LABEL``) run into the
    byline box after it: "By" and "Daniel" are "By Daniel", a lone name after "By"."""
    joined: list[str] = []
    for text in bylines:
        if joined and BYLINE_LABEL.match(joined[-1]):
            joined[-1] = f"{joined[-1].strip()} {text}"
        else:
            joined.append(text)
    return joined


def with_co_authors(names: tuple[str, ...], bylines: list[str], exclude: str | None) -> tuple[str, ...]:
    """``names`` from structured data with the co-authors the story's byline names beside them: JSON-LD's "Rudolf
    Fischer" and "von Rudolf Fischer, Simon Kohler" over the story are both. The story's byline is the first line of
    ``bylines`` that names one of ``names`` (a later one is another story's teaser), a line each ("Sign Out" over "By
    Jane Doe" in one box is no co-author). A wire agency credited beside the people (``names``' "dpa") stays after them."""
    wanted = {name_key(name) for name in names if not agency_name(name)}
    for line in (line for byline in bylines for line in byline.split("\n")):
        named = tuple(written_in_full(name, names) for name in clean_authors([line], exclude=exclude))
        keys = {name_key(name) for name in named}  # ("E. Barreneche" of JSON-LD's "Eduardo Barreneche")
        if keys & wanted:
            return tuple(dict.fromkeys((*named, *names))) if len(named) > 1 and wanted <= keys else names
    return names


ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization"})


def jsonld_credits(articles: list[dict[str, Any]], objects: list[dict[str, Any]],
                   accounts: bool = False) -> tuple[list[str], set[str]]:
    """The names of a JSON-LD article's author (or creator): its people's, and the keys (``name_key``) of those the
    page types as organisations and not as people (its publisher too), which are no person's in the author's
    Person or the page's other tags either ("OÖ Volksblatt" in its meta tags too). With ``accounts`` (the works of a
    community's users: a recipe, a how-to), a Person's account name is credited as after "By" ("jesusfreak")."""
    value = jsonld.first(articles, "author") or jsonld.first(articles, "creator")
    nodes = jsonld.nodes_by_id(objects)
    people: list[str] = []
    organisations = {name_key(name) for node in jsonld.nodes(objects) if (name := _organisation(node))}
    for item in value if isinstance(value, list) else [value]:
        item = jsonld.resolved(item, nodes)  # Yoast-style {"@id": ...} pointing into the @graph
        kinds = jsonld.types(item) if isinstance(item, dict) else set()
        listed = item.get("name") if isinstance(item, dict) else None  # "name": ["Jane Doe", "John Roe"]: each
        for name in map(jsonld.text_of, listed if isinstance(listed, list) else [item]):
            if name and kinds & ORGANISATION_TYPES and "person" not in kinds:
                organisations.add(name_key(name))
            elif name and not kinds & ORGANISATION_TYPES:  # Yoast's ["Person", "Organization"]: the site's owner
                people.append(f"By {name}" if accounts and "person" in kinds and is_handle(name) else name)
    return people, organisations


def _organisation(node: dict[str, Any]) -> str | None:
    """The name of a JSON-LD node typed as an organisation and not as a person ("Organization", not Yoast's
    ["Person", "Organization"] of a personal site)."""
    kinds = jsonld.types(node)
    return jsonld.text_of(node.get("name")) if kinds & ORGANISATION_TYPES and "person" not in kinds else None


# The label Yoast SEO (on many WordPress sites) gives its Twitter card's credit, in the languages it is translated to:
# <meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">.
WRITTEN_BY_LABELS = frozenset({"written by", "verfasst von", "geschrieben von", "écrit par", "escrito por",
                               "scritto da", "geschreven door", "skriven av", "skrevet af", "skrevet av",
                               "napisane przez"})


def twitter_credits(metas: dict[str, list[str]]) -> list[str]:
    """The names a Twitter card credits as the writer: ``twitter:dataN`` beside a ``twitter:labelN`` "Written by"
    (``WRITTEN_BY_LABELS``); not its other data ("Est. reading time": "9 minutes")."""
    return [data for key, labels in metas.items() if key.startswith("twitter:label")
            and any(label.strip().lower() in WRITTEN_BY_LABELS for label in labels)
            for data in metas.get("twitter:data" + key.removeprefix("twitter:label"), ())]


# A web address in a meta tag's author: "Frank Bueltge - http://bueltge.de", "Babilon Inc., http://www.babilon-inc.com",
# "Web Commerce GmbH www.w-commerce.de", "Deutsche Welle (www.dw.com)".
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/\"'<>()]+", re.IGNORECASE)


def makers_credit(value: str, host: str | None) -> bool:
    """Whether a meta tag's author credits the site's maker, not the story's: a value that gives another site's
    address (a WordPress theme's "Frank Bueltge - http://bueltge.de" on der-erfolg-gibt-recht.de, a web agency's
    "Web Commerce GmbH www.w-commerce.de"); the page's own host, or none known, is the publisher's credit."""
    for address in _ADDRESS.findall(value):
        named = domain_of(address if "://" in address else "http://" + address)
        if named and host and not same_site(named, host):
            return True
    return False


def personal_site(author: Any, objects: list[dict[str, Any]], source: str | None) -> bool:
    """Whether the site is named after its author, a person by the page's structured data ("Wolfgang Schmale" on
    wolfgangschmale.eu, whose JSON-LD author is a Person of that name, of two words or more): the author is then
    that person, not the site (as "Stack Overflow" on its own site is)."""
    nodes = jsonld.nodes_by_id(objects)
    for item in author if isinstance(author, list) else [author]:
        item = jsonld.resolved(item, nodes)
        name = jsonld.text_of(item) if isinstance(item, dict) and "person" in jsonld.types(item) else None
        if name and source and len(name.split()) > 1 and name.casefold() == source.casefold() \
                and not _OUTLET_WORDS.search(name):  # "Coast Times" as a Person on its own site is the outlet
            return True
    return False


# A copyright line naming its holder: "© 2019 Sven Schreivogel", "(c) Johannes Wolf • Weitere Rechte …", "Copyright (c)
# 2012- Gregory Szorc. All rights reserved.", "2006-2008 by Martin Weber".
# The holder's name runs to a mark or a full stop, not an initial's ("Levente J. Dobszay, einige Rechte vorbehalten").
_HOLDER = r"[^\W\d_](?:[^•|,.;:\n()]|(?<=\s[A-Z])\.){2,60}"
_COPYRIGHT = re.compile(rf"(?:©|\(c\)|\bcopyright\b)\s*(?:(?:©|\(c\)|\bcopyright\b|\d{{4}}(?:\s*[-–]\s*(?:\d{{4}})?)?)\s*)*"
                        r"(?:by\s+)?"
                        rf"(?P<holder>{_HOLDER})|\b\d{{4}}\s*[-–]\s*\d{{4}}\s+by\s+(?P<by>{_HOLDER})", re.IGNORECASE)
# What follows the holder on its line: "All rights reserved", "Hosted by …", "Design by …", "Weitere Rechte …".
_HOLDER_END = re.compile(r"\s+(?:all|alle|tous|todos|hosted|design|designed|powered|theme|weitere|built|made|some)\b.*",
                         re.IGNORECASE)
# A box of the page's foot, where a site states its copyright; not a picture's credit ("Bild © Johannes Gregor" in
# <span class="figcaption__copyright">, <div class="field-name-field-copyright">© Getty Images</div> in a gallery).
_FOOT = re.compile(r"foot|copyright|credits|colophon|site-?info|bottom", re.IGNORECASE)
_PICTURE = re.compile(r"caption|media|image|img|picture|photo|foto|bild|gallery|galerie|slide|field", re.IGNORECASE)
# Words of an outlet's, a company's or a club's name, which a copyright line names more often than a person's; and a
# theme's credit ("Free Blogger Templates").
_OUTLET_WORDS = re.compile(r"zeitung|verlag|anzeiger|rundschau|kurier|blatt|nachrichten|magazin|journal|times|post\b|"
                           r"tribune|herald|gazette|group|gruppe|holding|medien|allgemeine|express|presse|radio|images|"
                           r"fernsehen|rundfunk|schule|kirche|stadt|gemeinde|partei|club|klub|bund\b|verband|forum|"
                           r"\bspa\b|s\.p\.a|communications?|templates?|themes?|association|society|company|"
                           r"corporation|studios?\b|agentur|shop\b|hotel|fundac|fondation|fondazione|"
                           r"\b(?:sa|s\.a|sas|bv|nv|plc|oy|srl)\b", re.IGNORECASE)  # "Agora SA"
_FOOT_DEPTH = 6  # the boxes above a line searched for the page's foot
_FOOT_LINE = 200  # characters: a longer box is the foot's whole text, not its copyright line


# The text nodes that may state a copyright: only their boxes are read whole, not each of a page's boxes (a page of
# 200,000 nested boxes had its text spelled out once a box: n² steps).
_MARKED = ("//text()[contains(., '©') or contains(., '(c)') or contains(., '(C)') or contains(., ' by ')"
           " or contains(translate(., 'COPYRIGHT', 'copyright'), 'copyright')]")
_INLINE = frozenset({"a", "b", "strong", "em", "i", "span", "small", "font"})
_LINE_ELEMENTS = 50  # elements: a box of more is the foot's whole, not its copyright line


def copyright_holders(root: Element) -> list[str]:
    """The holders a page's foot states the copyright of ("(c) Johannes Wolf • …" in ``<p class="copyrights-text">``):
    a personal site's author, when nothing else names one. An outlet's name ("© 2021 Hamburger Abendblatt") is
    told apart by its words (``_OUTLET_WORDS``) and by the page's own names (``clean_authors``'s ``exclude``)."""
    holders: list[str] = []
    for node in root.xpath(_MARKED):
        box = node.getparent()
        box = box.getparent() if box is not None and node.is_tail else box
        for el in (box, box.getparent() if box is not None and box.tag in _INLINE else None):
            holder = _holder(el) if el is not None and isinstance(el.tag, str) else ""
            if holder:
                if holder not in holders:
                    holders.append(holder)
                break
    return holders


def _holder(el: Element) -> str:
    """The holder the copyright line ``el`` states, if it is one in the page's foot, else ""."""
    if sum(1 for _ in islice(el.iter(), _LINE_ELEMENTS + 1)) > _LINE_ELEMENTS or not _in_foot(el):
        return ""
    text = " ".join(el.text_content().split())
    if opens_picture_credit(text):  # "Photos © 2024 Jane Doe": who took the pictures
        return ""
    match = _COPYRIGHT.search(text) if len(text) <= _FOOT_LINE else None
    holder = _HOLDER_END.sub("", (match.group("holder") or match.group("by"))).strip() if match else ""
    return holder if len(holder.split()) <= 3 and not _OUTLET_WORDS.search(holder) else ""


def _in_foot(el: Element) -> bool:
    """Whether ``el`` stands in the page's foot: a ``<footer>``, or a box its class or id names so."""
    boxes = [box for box in (el, *islice(el.iterancestors(), _FOOT_DEPTH)) if box.tag not in ("body", "html")]
    hints = [f"{box.get('class') or ''} {box.get('id') or ''}" for box in boxes]
    if any(box.tag in ("figure", "figcaption") for box in boxes) or any(map(_PICTURE.search, hints)):
        return False
    return any(box.tag == "footer" for box in boxes) or any(map(_FOOT.search, hints))


# A story's source credited on a line of its own: "Quelle: kathpress" closing katholisch.at's story, "Source: AFP",
# "Fuente: EFE", "Quelle: dpa, KNA". Only a wire agency so credited is the story's writer: "Quelle: Statistisches
# Bundesamt" under a chart is a figure's source, "Quelle: MDR THÜRINGEN/ls" a broadcaster's.
_SOURCE_LINE = re.compile(r"^(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fontes)\s*:\s*(.{2,60})$", re.I)
_SOURCE_LABEL = re.compile(r"\s*(?:quellen?|sources?|fuentes?|fontes?)\s*:", re.I)
_SOURCE_PARTS = re.compile(r"\s*(?:[,/&;]|\bund\b|\band\b|\by\b|\be\b)\s*")
_SOURCE_ELEMENTS = 6  # elements: a box of more is no line of its own


def source_agencies(root: Element) -> list[str]:
    """The wire agencies a line of the page credits as the story's source (``_SOURCE_LINE``), outside its pictures:
    the story's writer when nothing names one ("Quelle: kathpress": Kathpress)."""
    agencies: list[str] = []
    for el in root.iter():  # the label opens an element's text: "Quelle: " before <a>kathpress</a>, <b>Quelle:</b>
        if not isinstance(el.tag, str) or el.tag in _NOT_CONTENT or not _SOURCE_LABEL.match(el.text or ""):
            continue
        box = el.getparent() if el.tag in _INLINE else el
        if box is None:
            continue
        if sum(1 for _ in islice(box.iter(), _SOURCE_ELEMENTS + 1)) > _SOURCE_ELEMENTS or _in_picture(box):
            continue
        line = _SOURCE_LINE.match(" ".join(box.text_content().split()))
        for part in _SOURCE_PARTS.split(line.group(1).rstrip(".")) if line else ():
            if (agency := agency_name(part)) and agency not in agencies:
                agencies.append(agency)
    return agencies


# A picture's box by its class: its caption, a gallery's slide ("Quelle: Juergen Hasenkopf" under btv.de's photo).
_CAPTION = re.compile(r"caption|gallery|galerie|slide|photo|foto", re.IGNORECASE)
_CAPTION_DEPTH = 3  # the boxes above a line searched for a picture's (a page's column may be "hasHeaderImage")


def _in_picture(el: Element) -> bool:
    """Whether ``el`` stands in a picture's box: a ``<figure>``, its caption, or a box its class names so."""
    boxes = [el, *islice(el.iterancestors(), _CAPTION_DEPTH)]
    return any(box.tag in ("figure", "figcaption") or _CAPTION.search(f"{box.get('class') or ''} {box.get('id') or ''}")
               for box in boxes)


_EMPHASIS = frozenset({"b", "strong", "i", "em"})
_SIGNED_TEXT = 3  # paragraphs of the story before its signature, at least
_NOT_CONTENT = frozenset({"script", "style", "noscript", "br"})


def signatures(root: Element) -> list[str]:
    """The names that sign a story: its last paragraph a name alone in bold or italics, two or three capitalised words,
    after three paragraphs or more and with nothing after it in its box (``<p><b><i>Stefan Wasmer</i></b></p>`` at the
    end of eishockeynews.de's story), not a label over a list ("<p><strong>Weitere Informationen</strong></p><ul>")."""
    names: list[str] = []
    for p in root.iter("p"):
        # the next content only, not all: 20,000 such paragraphs in a row had each counted those after it (n²)
        if next((el for el in p.itersiblings() if isinstance(el.tag, str) and el.tag not in _NOT_CONTENT), None) \
                is not None:
            continue
        text = " ".join(p.text_content().split())
        if not is_name_alone(text) or (p.text or "").strip():
            continue
        inner = [el for el in p.iterdescendants() if isinstance(el.tag, str)]
        if not inner or any(el.tag not in _EMPHASIS for el in inner) or (inner[-1].tail or "").strip():
            continue
        before = sum(1 for el in islice(p.itersiblings(preceding=True), 50) if el.tag == "p")
        if before >= _SIGNED_TEXT and text not in names:
            names.append(text)
    return names


# A line of its own under the headline that dates the story and names its writer, a dash or a bar between:
# "11.12.2019 - Amelie Loevenich" (it-for-kids.org), "25.10.2022 - Reiner Nagel" (urania.de), "Jane Doe | 3 May 2021".
_NAME = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}"
_DATED_NAME = re.compile(rf"^(?:(?P<date>.{{6,30}}?)\s+[-–—|·]\s+(?P<name>{_NAME})"
                         rf"|(?P<first>{_NAME})\s+[-–—|·]\s+(?P<after>.{{6,30}}))$")
_UNDER_HEADLINE = 3  # boxes after the h1 that may hold its byline line
_DATED_LINE = 80  # characters: a longer box is the story's text, not a line of its date and writer
_DATED_ELEMENTS = 20  # elements: a box of more is no line


def dated_names(root: Element) -> list[str]:
    """The names a line under the headline gives beside the story's date (``_DATED_NAME``): one of the three boxes
    after an ``<h1>``, the line its whole text; not a label in capitals ("04. November 2021 | PAID CONTENT")."""
    names: list[str] = []
    for h1 in root.iter("h1"):
        boxes = (el for el in h1.itersiblings() if isinstance(el.tag, str) and el.tag not in _NOT_CONTENT)
        for box in islice(boxes, _UNDER_HEADLINE):
            if sum(1 for _ in islice(box.iter(), _DATED_ELEMENTS + 1)) > _DATED_ELEMENTS:
                continue  # a box of the page's whole, spelled out for each h1 in it: n² steps in nested boxes
            text = " ".join(box.text_content().split())
            match = _DATED_NAME.match(text) if len(text) <= _DATED_LINE else None
            if match is None:
                continue
            name = match.group("name") or match.group("first")
            # (a date box's date as boxed_date reads it: Drupal's "Sun, 03/03/2024 - 10:22" too)
            if not name.isupper() and parse_date(boxed_date(match.group("date") or match.group("after"))) \
                    and name not in names:
                names.append(name)
    return names
