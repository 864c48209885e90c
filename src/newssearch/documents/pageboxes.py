"""A page's date and byline boxes, gathered into its PageInfo; another story's, a comment's or a widget's left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias

from lxml import html as lxml_html

from .authorpages import AUTHOR_PAGE, author_page_link, few_author_pages
from .bylinelines import (
    MAX_BYLINE_BOX,
    SUBHEADINGS,
    by_name_line,
    few_elements,
    first_line_byline,
    last_line_byline,
    read_size,
    spaced_text,
)
from .dates import parse_date

if TYPE_CHECKING:
    from .pageinfo import PageInfo

Element: TypeAlias = lxml_html.HtmlElement

# An update's label, in a class name or a box's text ("Last updated", "modifié le", "Aktualisiert am", "Actualizado:").
_NOT_PUBLISHED = re.compile(r"updat|modif|revis|edited|changed|aktualisiert|geändert|actualiza|atualiza|aggiornat"
                            r"|bijgewerkt|mis[ea]? à jour|обновлено|aktualizov|ažurirano|ажурирано|frissítve"
                            r"|актуализирано|обновено", re.I)
# The label of a first publication in a box that names an update too: "Last updated: 18 April · First published: 16 April".
_PUBLISHED_LABEL = re.compile(r"(?<!\w)(?:published|posted|created|submitted|publiziert|veröffentlicht|erschienen|publié|publiée|publicado"
                              r"|publicada|pubblicato|pubblicata|gepubliceerd|opublikowano|опубликовано|publikováno"
                              r"|zveřejněno|publikované|objavljeno|објављено|publicat|megjelent|публикувано)(?!\w)", re.I)
# The same over class names lowered first: case-blind, 12 words took 31 µs an element (a page: 2,400 elements).
_UPDATE_CLASS = re.compile(_NOT_PUBLISHED.pattern)
_UPDATE_BEFORE = re.compile(rf"(?:{_NOT_PUBLISHED.pattern})\w*\W*(?:(?:on|at|am|le|el|il|em|op)\W*)?$", re.I)
LABEL_CHARS = 40  # the text before a stamp that may hold its label
MAX_DATE_BOX = 120  # characters: a longer box is a paragraph, not a date's
_BYLINE_HINT = re.compile(r"byline|author|writer|contributor|reporter|journalist|reader-credits|(?<![a-z])(?:autor|auteur|autore|"
                          r"firma|signature|verfasser|submitted)(?![a-z])", re.I)  # "submitted": Drupal's "Submitted by …"
# ("reader-credits": the byline of a page saved from Firefox's Reader View)
# The name after "by" in a box of the article's metadata: "Published: 14 March 2023 by Gwen Ellis"; or after a writer's
# label with its colon, maybe with a role in brackets ("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des
# EJW)", TYPO3 tt_news's date box); or before the story's day, where a blog's handle is named too ("Posted in
# Datenschutz by damianduchamps on August 3, 2019", "von Max Weber am 3. März 2020"): the date's label is no word of
# the name ("von Herr_Rein Veröffentlicht am 09:05").
_CREDIT_WORD = r"(?!(?i:published|posted|updated|veröffentlicht|erstellt|aktualisiert|publié|publicado)\b)[^\W\d_][\w'’.-]*"
_CREDIT_NAME = rf"{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{%d,3}}"
_CREDIT_AFTER = re.compile(rf"(?:\b(?:by|von|par|por)\s+|\b(?i:redaktion|text|autor|autorin)\s*:\s*)"
                           rf"(?:({_CREDIT_NAME % 1})(?:\s*\([^()]{{2,40}}\))?\s*(?:[|,·]|$)"
                           rf"|({_CREDIT_NAME % 0})\s+(?:on|am|le|el)\s+(?=(?:[^\W\d_]+\.?,?\s+){{0,2}}\d))")
# Teasers for other stories carry their own bylines ("read-also": dwutygodnik.com's carousel of other stories).
_RECIRCULATION = re.compile(r"related|recirc|recommend|read-?next|(?:read|see)-?also|also-?read|more-?from"
                            r"|most-?(?:popular|read|viewed)|trending|rp4wp", re.I)
# Nor are the authors of comments, sidebar widgets ("Recent Comments") or a reference list the article's:
# a box with a class or id such as "comment-author-link", "widget_recent_comments" or "references".
_NOT_BYLINE = re.compile(r"^(?:comments?|recentcomments|widgets?|citations?|references?|bibliography)(?:[-_].*)?$",
                         re.I)
# Nor is the credit of the site's theme in its footer ("Theme: Catch Evolution by <span class="theme-author">Catch
# Themes</span>", in WordPress's "site-info" or a "powered" box), nor a picture's credit in its caption
# (<figcaption><span class="img-author">Mike Blake/Reuters files</span>).
_SITE_CREDIT = re.compile(r"^(?:theme[-_]?(?:author|by|credits?|designer)|powered(?:[-_]?by)?|site[-_]info)$", re.I)
_CAPTION_TAGS = frozenset({"figcaption"})
# A box of the article's metadata ("entry-meta", "article__meta": "By ..., on Monday, November 18th, 2019")
# holds its date when no tag does.
# A class naming a date the way templates do ("date", "article-dates", "event_date", "date2", "datum", "teaser-meta",
# "article-metadata", TYPO3 tt_news's "news-single-timedata"), but not "update" or "datepicker".
_DATE_HINT = re.compile(r"publish|dateline|(?<![a-z])(?:dates?|datum)(?![a-z])|posted|timestamp|timedata|pubdate"
                        r"|(?<![a-z])meta(?:data)?(?![a-z])", re.I)
# A box whose text says what its date is: "Datum: 26. Januar 2022", "Published: 3 March 2021", "Publié le 3 mars",
# "Posted on March 3": a colon or a date after the label ("Date of birth", "Published by Penguin" are not).
_DATE_LABEL = re.compile(r"\s*(?:date|datum|published(?: on)?|posted(?: on)?|created(?: on)?|submitted(?: on)?"
                         r"|publiziert(?: am)?|veröffentlicht(?: am)?"
                         r"|erschienen(?: am)?|erstellt(?: am)?|publié(?: le)?|publicado(?: el| em)?|fecha|pubblicato(?: il)?"
                         r"|gepubliceerd(?: op)?|opublikowano|publikováno|zveřejněno|publikované|objavljeno|објављено"
                         r"|publicat|megjelent|публикувано)\s*(?::|(?=\s+(?:\d|[^\W\d]+\.?,?\s+\d)))", re.I)
# RDFa properties of a publication stamp: Drupal 7's <span property="dc:date dc:created" content="2023-03-14T10:22:11">,
# Drupal 8's and later <span property="schema:dateCreated" content="…" class="rdf-meta hidden">.
_RDFA_PUBLISHED = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:created", "dcterms:issued", "dcterms:date",
                             "schema:datePublished", "datePublished", "schema:dateCreated"})
# The hAtom microformat's publication stamp: <abbr class="published" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>.
_HATOM_PUBLISHED = re.compile(r"(?<![\w-])published(?![\w-])")


def flat_text(el: Element) -> str:
    """The element's text, its white space made single spaces."""
    return " ".join(el.text_content().split())


# The most of a box's names read: a class of 1.9 MB ("m-basic-baaa…", fuzz seed 367) was matched again for every
# element under it (a box's names are read with its parents'), 17 s for one page.
MAX_HINTS = 2_000


def class_hints(el: Element) -> str:
    """The element's class, id, itemprop and rel, in one string (its first ``MAX_HINTS`` characters)."""
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel"))))[:MAX_HINTS]


def collect_dates(root: Element, info: PageInfo) -> None:
    """Time stamps and date-looking boxes, skipping those marked as updates (by their class, or a label before them);
    of a box that names its publication and its update, the publication's part."""
    for el in root.iter("time", "span", "div", "p", "abbr", "li", "small", "em", *SUBHEADINGS):  # <h2 class="date-header">
        hints = class_hints(el) + " " + " ".join(class_hints(a) for a in parents(el, 2))
        text = el.text_content()
        if _UPDATE_CLASS.search(hints.lower()):
            continue
        both = bool(_NOT_PUBLISHED.search(text[:LABEL_CHARS]))  # "Last updated: … · First published: …"
        if both and (len(text) >= MAX_DATE_BOX or not few_elements(el)):
            continue
        spaced = " ".join(spaced_text(el).split()) if both else ""  # its text, elements apart: "Feb 18 2009"
        published = _published_part(spaced) if both else text
        if published is None:
            continue
        stamped = (el.get("itemprop") == "datePublished" or _HATOM_PUBLISHED.search((el.get("class") or "")[:MAX_HINTS])
                   or not _RDFA_PUBLISHED.isdisjoint((el.get("property") or "").split()))
        stamp = el.get("datetime") or (el.get("content") or el.get("title") if stamped else None)
        if stamp and (el.tag == "time" or stamped) and parse_date(stamp):  # else its text: "06-08-2009T14:12"
            if not both and not _after_update_label(el) and not _other_story(el) and not _in_navigation(el):
                info.times.append(stamp)
        elif (el.tag == "time" or _DATE_HINT.search(class_hints(el)) or _DATE_LABEL.match(published)) \
                and len(text) < MAX_DATE_BOX and few_elements(el):
            if not _after_update_label(el) and not _other_story(el) and not _in_navigation(el):
                info.date_texts.append(published if both else " ".join(spaced_text(el).split()))


# The site's navigation (<nav>, "navbar", "navtop", "navigation"): a date there is the day of the visit, shown in the
# header of every page (nachtkritik.de's "Mittwoch, 01. November 2023" over a story of 31 October).
_NAVIGATION = re.compile(r"^nav", re.I)


def _in_navigation(el: Element) -> bool:
    """Whether ``el`` is in the site's navigation, by its tag or its or a parent's class or id."""
    return any(box.tag == "nav" or any(map(_NAVIGATION.match, class_hints(box).split()))
               for box in [el, *parents(el, 8)])


def _in_menu(el: Element) -> bool:
    """Whether ``el`` is inside a ``<nav>``: the site's menu, whose link to a columnist's page ("Reflexiones de
    Fidel", of class "menu-item-object-autor") is no byline. (A class starting "nav" is not enough here: boingboing's
    byline is a "navbyline", leichtathletik.de's story sits in a "navigation-container".)"""
    return any(box.tag == "nav" for box in [el, *parents(el, 8)])


def _published_part(text: str) -> str | None:
    """The part of a box's text that says when the story was first published, when the box names an update too:
    from its publication's label to the update's ("published: 16 April 2024" of "Last updated: 18 April 2024 · First
    published: 16 April 2024"), else what comes before the update's ("Datum: 26. Januar 2022, " of "… aktualisiert");
    None when that is nothing ("Updated 3 May 2024")."""
    label = _PUBLISHED_LABEL.search(text)
    part = text[label.start():] if label else text
    update = _NOT_PUBLISHED.search(part)
    part = part[:update.start()] if update else part
    return part if any(c.isdigit() for c in part) else None


def _after_update_label(el: Element) -> bool:
    """Whether the text just before ``el`` in its parent labels it an update: "Updated <time>…</time>",
    "<span>Last updated:</span> <time>…"."""
    texts: list[str] = []
    sibling = el.getprevious()
    while sibling is not None and sum(map(len, texts)) < LABEL_CHARS:
        if sibling.get("datetime") is not None:  # a stamp of its own: "<time class="updated">Updated</time>" is its label
            return bool(_UPDATE_BEFORE.search((sibling.tail or "") + "".join(texts)))
        texts[:0] = [sibling.text_content() if isinstance(sibling.tag, str) else "", sibling.tail or ""]
        sibling = sibling.getprevious()
    parent = el.getparent()
    if sibling is None and parent is not None:
        texts.insert(0, parent.text or "")
    return bool(_UPDATE_BEFORE.search("".join(texts)[-LABEL_CHARS:]))


def _other_story(el: Element) -> bool:
    """Whether a date or byline box belongs to something else than the article: a comment, a teaser for another
    story (in a "Most read" list too), a widget. (A whole sidebar is not: some pages put their own header in one.)"""
    boxes = [a for a in parents(el, 8) if a.tag not in PAGE_TAGS]
    return any(_elsewhere(a) for a in [el, *boxes]) or any(_teaser(a, el) for a in boxes[:4])


def collect_bylines(root: Element, info: PageInfo) -> None:
    """Texts of rel=author links and byline-like boxes (``<h3 class="byline">`` too)."""
    author_link = few_author_pages(root)
    for el in root.iter("a", "span", "div", "p", "address", "li", "ul", "td", "dd", "font", "byline", *SUBHEADINGS):
        rel = (el.get("rel") or "").lower()  # (<td>: old tables; <dd>: Joomla's <dl>; <byline>: NITF's, in a page)
        text = el.text_content()
        size = len(text) if len(text) < MAX_BYLINE_BOX else read_size(text)  # most boxes: short as written
        hints = class_hints(el) + " " + (el.get("data-component") or "") + " " + (el.get("data-testid") or "")
        byline = (el.tag == "a" and ("author" in rel or (author_link and author_page_link(el, text)))) \
            or el.get("itemprop") == "author" or el.tag == "byline" or (
            0 < size < MAX_BYLINE_BOX and (_BYLINE_HINT.search(hints) or by_name_line(el, text)))
        credit = None if byline or size >= MAX_BYLINE_BOX or not _DATE_HINT.search(hints) \
            else _CREDIT_AFTER.search(text)
        first = (first_line_byline(el, text, bool(_BYLINE_HINT.search(hints))) or last_line_byline(el, text)) \
            if not (byline or credit) and size >= MAX_BYLINE_BOX else None
        if (byline or credit or first) and not _other_story(el) and not _in_menu(el):
            named = _credited_name(el) if byline else None
            found = (named or spaced_text(el)) if byline \
                else first or "By " + credit.group(credit.lastindex or 1)  # type: ignore[union-attr]
            info.bylines.append(found)
            if named and named != "By " + " ".join(text.split()):  # the box's date too, for the page's date
                info.bylines.append(spaced_text(el))  # ('by <span class="fn">oz</span> on December 4, 2006')


def _credited_name(el: Element) -> str | None:
    """A lone word of a byline box credited as "By" would credit it ("By Thilo"): one that links to an author's page
    (rel="author", or an address such as "/author/matthias/"), a box that holds only that link (WordPress's
    ``<span class="author vcard"><a href="/author/admin/">uriebe</a></span>``), or the formatted name (hCard's "fn")
    of the box's card (``<h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4>``): a given name
    alone is then trusted as a name, not a loose word of a box."""
    text = " ".join(el.text_content().split())
    links = [el] if el.tag == "a" else [a for a in el.iter("a") if " ".join(a.text_content().split()) == text]
    linked = any("author" in (a.get("rel") or "").lower() or AUTHOR_PAGE.search(a.get("href") or "") for a in links)
    card = None if linked else next((f for f in el.iter() if isinstance(f.tag, str)
                                     and "fn" in (f.get("class") or "").split()), None)
    if card is not None:
        text, linked = " ".join(card.text_content().split()), True
    return f"By {text}" if linked and text and " " not in text else None


_CARD = re.compile(r"card|teaser|tile|promo", re.I)
_TEASER_WORDS = 3


def _teaser(box: Element, byline: Element) -> bool:
    """Whether ``box`` is a list item or card that links to another story, so ``byline`` is that story's.

    ``<li><h5><a>Other story</a></h5><div class="authorName">Rob Crilly</div></li>`` after the article is
    a teaser: a heading, or a link of a few words, beside the byline. So is a link that holds the byline and a few words
    more, the other story's title (``<a href="/werte/"><h3>Auf ins Metaverse</h3><div class="author">Von …</div></a>``),
    unless it links to the author's page (``/autor/…``).
    """
    if box.tag == "a":  # (a link of the page's whole, round each of its bylines, is read once for each: n² steps)
        if not few_elements(box):
            return False
        more = len(" ".join(box.itertext()).split()) - len(" ".join(byline.itertext()).split())
        return more >= _TEASER_WORDS and not _BYLINE_HINT.search(box.get("href") or "")
    if box.tag == "article" and _article_card(box, byline):
        return True
    if box.tag != "li" and not (_CARD.search(class_hints(box)) and next(box.iter("h1"), None) is None):
        return False  # a card that holds an h1 holds this page's headline
    inside = set(byline.iter())
    headings = [h for h in box.iter(*SUBHEADINGS) if h not in inside and h not in parents(byline, 8)]
    links = [a for a in box.iter("a") if a not in inside and len(flat_text(a).split()) >= _TEASER_WORDS]
    return bool(headings or links)


_CARD_CHARS = 1_000  # an <article> holding more text is a story, not a card for one
_HEADLINE_WORDS = 2  # "Układ Kaczyńskiego"; a kicker linking to its section is one word ("Polityka")


def _article_card(box: Element, byline: Element) -> bool:
    """Whether an ``<article>`` is a card for another story (liberte.pl's "Przeczytaj również" cards): short, with no
    h1, and a heading that links to another page with two words or more, its headline; the page's own article's linked
    subheadings point inside it (``#part-2``)."""
    if next(box.iter("h1"), None) is not None or len(box.text_content()) > _CARD_CHARS:
        return False
    inside = set(byline.iter())
    return any(link not in inside and not (link.get("href") or "#").startswith("#")
               and len(flat_text(link).split()) >= _HEADLINE_WORDS
               for heading in box.iter(*SUBHEADINGS) for link in heading.iter("a"))


def _elsewhere(box: Element) -> bool:
    """Whether ``box`` holds another story's teaser, a comment, a widget, a reference list, a picture's caption or
    the site theme's credit; not Blogger's widget of
    the blog's posts (``<div class='widget Blog' id='Blog1'>``), which holds the article."""
    hints = class_hints(box)
    words = hints.split()
    return bool(_RECIRCULATION.search(hints)) or box.tag in _CAPTION_TAGS or any(map(_SITE_CREDIT.match, words)) or (
        any(_NOT_BYLINE.match(word) for word in words) and not _POSTS_WIDGET.intersection(words))


_POSTS_WIDGET = frozenset({"Blog"})  # Blogger's class for its column of posts, beside "widget"


PAGE_TAGS = ("body", "html")


def parents(el: Element, depth: int) -> list[Element]:
    """Up to ``depth`` ancestors of ``el``, nearest first."""
    found: list[Element] = []
    parent = el.getparent()
    while parent is not None and len(found) < depth:
        found.append(parent)
        parent = parent.getparent()
    return found
