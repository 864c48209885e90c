"""News pages: decode, parse, pick the article body and its metadata, return one Article."""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from datetime import date

from bs4.dammit import EncodingDetector
from lxml import etree
from lxml import html as lxml_html

from ..errors import UnreadableFile
from . import archives, embedded, htmlmeta, jsonld, mediumexport, pageinfo, storylists
from .article import Article, ReadResult
from .emptyruns import cut_empty_runs, may_be_many
from .encoding import (
    SNIFF_BYTES,
    decode_declared,
    decode_text,
    looks_binary,
    utf16_without_mark,
    without_elements,
)
from .htmlblocks import text_paragraphs
from .htmlbody import extract_paragraphs
from .htmltext import RUBY_ANNOTATIONS, html_to_text
from .titles import title_from_lede
from .xmllimits import html_tree

# A JSON-LD articleBody is trusted when it is at least this long and the page text agrees with it.
MIN_JSONLD_BODY = 200
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Characters XML has no place for (control characters but tab and line ends, U+FFFE, U+FFFF), which libxml2's HTML
# parser keeps: a vertical tab and a form feed are spaces, the others go.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# And a numeric reference to one (&#27;, &#x1;, &#xFFFE;), which the parser writes out as the character: one beside
# a box the reader drops (a page's <nav>) had made lxml raise ValueError and the page fail to read.
_NUMERIC_REFERENCE = re.compile(r"&#(?:([0-9]{1,8})(?![0-9])|[xX]([0-9A-Fa-f]{1,7})(?![0-9A-Fa-f]));?")


@dataclass(frozen=True)
class Extracted:
    """Everything read from one page, with the source that won for title and date."""

    body: str
    title: str | None = None
    title_source: str | None = None
    date: date | None = None
    date_source: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    sections: tuple[str, ...] = ()
    listed: int = 0  # the teasers of a page that lists stories (storylists), not an article; else 0


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Page bytes as text: valid UTF-8 first, then the charset the page declares, then ``charset`` (what the server
    said in its Content-Type header, when the page says none), then detection."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff")):
        return decode_text(data)
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and utf16_without_mark(head):  # its NULs are valid UTF-8: "<\x00h\x00t\x00m\x00l\x00>"
        return decode_text(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = EncodingDetector.find_declared_encoding(data, is_html=True, search_entire_document=False)
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        text = decode_declared(data, declared)  # as a browser reads it: ISO-8859-1 as Windows-1252
        if text is not None:
            return text
    if not declared and charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        text = decode_declared(data, charset)
        if text is not None:
            return text
    # Declared (or evidently) UTF-8 with a few broken bytes keeps its good characters; a page in a legacy
    # code page that declares none is read as its script's (Windows-1251, GBK) or else as Windows-1252.
    return decode_text(data, markup=True)


def parse_tree(text: str) -> lxml_html.HtmlElement:
    """The lxml tree of a page (lxml refuses XML declarations in str input, so drop them), without the ruby
    annotations over its words (furigana), so that its headline, body and byline read as written, and on a page of
    very many elements without its long runs of empty ones (``emptyruns``)."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if "&#" in text:
        text = _NUMERIC_REFERENCE.sub(_xml_reference, text)
    if _NOT_XML.search(text):  # kept in the tree, they made lxml refuse every edit of a text beside them
        text = _NOT_XML.sub(lambda match: " " if match.group() in "\x0b\x0c" else "", text)
    try:
        root = html_tree(lxml_html.document_fromstring, text)  # a transcript in one <pre> past libxml2's limit too
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableFile(f"cannot parse HTML: {exc}") from exc
    for annotation in list(root.iter(*RUBY_ANNOTATIONS)):
        annotation.drop_tree()  # its tail, the text after it, stays
    if may_be_many(text):
        cut_empty_runs(root)  # 200,000 empty <div>s: each pass below would walk each one
    return root


def _xml_reference(match: re.Match[str]) -> str:
    """A numeric reference as it is, or, to a character XML has no place for (``_NOT_XML``), as that character, which
    ``parse_tree`` then takes out as it does one written so."""
    code = int(match.group(1), 10) if match.group(1) else int(match.group(2), 16)
    return chr(code) if code < 0x20 and code not in (9, 10, 13) or code in (0xFFFE, 0xFFFF) else match.group()


def extract(page: bytes | str, url: str | None = None, charset: str | None = None) -> Extracted:
    """Read the article body and metadata of one page; ``url`` is where it was fetched from, ``charset`` what its
    server said it is in."""
    text = decode_html(page, charset) if isinstance(page, bytes) else page
    root = parse_tree(text)
    save = archives.take_archive_save(root)  # a web archive's copy: its toolbar out, its original's address
    info = pageinfo.page_info(root, url, save)
    # Looked for before the extractor prunes the boxes, on a page not saying it is an article (most are: time spared)
    teasers = [] if storylists.says_article(info) else storylists.teasers(root)
    found = extract_paragraphs(root)
    if not found.paragraphs:  # what looked like comments was all the page had: a live blog whose posts take replies
        second = parse_tree(text)
        archives.take_archive_save(second)
        found = extract_paragraphs(second, comment_lists=False)
    body = choose_body(found.paragraphs, info.articles)
    info.dated_names.extend(name for name in found.names if name not in info.dated_names)  # a name over the date line
    body = embedded_body(text, info, body) or body or gallery_text(text, info)
    return Extracted(body=body, listed=storylists.story_list(teasers, body, info),
                     **htmlmeta.extract_metadata(info, body, found.date_lines))


MIN_CAPTIONS = 2  # a gallery shows several pictures; a 404 page or a section page may caption one


def gallery_text(page: str, info: pageinfo.PageInfo) -> str:
    """The text of an article page whose story is its pictures (a gallery) or its video: the captions, else
    the article's description. ``page`` is parsed again: the first tree's captions were cleaned away.

    Only a page that says it is an article published on a day (``article:published_time``, or JSON-LD
    ``datePublished`` or ``uploadDate``): a section page of captioned teasers, a shop or a login page is none.
    """
    works = jsonld.works(info.objects)
    if not (info.meta("article:published_time")[0] or jsonld.first(works, "datePublished")
            or jsonld.first(works, "uploadDate")):
        return ""
    captions = dict.fromkeys(" ".join(el.text_content().split()) for el in parse_tree(page).iter("figcaption"))
    captions.pop("", None)
    if len(captions) >= MIN_CAPTIONS:
        return "\n\n".join(captions)
    description = jsonld.text_of(jsonld.first(works, "description")) or info.meta("og:description", "description")[0]
    if description and "<" in description:  # written in HTML (homify.de's HowTo): its text, not its tags
        return html_to_text(description)
    return " ".join(description.split()) if description else ""


def choose_body(paragraphs: list[str], articles: list[dict[str, object]]) -> str:
    """The scored page text, or JSON-LD articleBody when that is plausible and clearly longer."""
    page_body = "\n\n".join(paragraphs)
    ld_body = jsonld.text_of(jsonld.first(articles, "articleBody")) or ""
    if "<" in ld_body or "&lt;" in ld_body:
        ld_body = html_to_text(html_lib.unescape(ld_body))
    # Measured without its whitespace: a publisher that strips the tags keeps their indentation and blank lines
    # (correio24horas.com.br's, 2,753 characters of text in 3,100, outweighed a page text of 2,318).
    ld_size = len("".join(ld_body.split()))
    if ld_size < MIN_JSONLD_BODY or ld_size < 1.3 * len("".join(page_body.split())):
        return page_body
    return "\n\n".join(text_paragraphs(p.strip() for p in re.split(r"\n\s*\n|\n", ld_body) if p.strip()))


MIN_EMBEDDED_BODY = 200  # characters: a story in a page's scripts' data shorter than this may be a teaser's
# Characters of the page's own text below which its scripts' data are searched: a teaser, a lead, an empty shell. A
# longer text is the story: reading the data (up to 150 ms on a page whose store holds a whole site's menus) is spared.
THIN_BODY = 2000


def embedded_body(page: str, info: pageinfo.PageInfo, body: str) -> str:
    """The story the page's scripts' data hold (``embedded``) when the page's own text is missing or clearly
    shorter (a page fetched without running its scripts, a paywall's teaser); else ""."""
    if len(body) >= THIN_BODY:
        return ""
    titles = [*info.metas.get("og:title", ()), *info.metas.get("twitter:title", ()),
              jsonld.text_of(jsonld.first(info.articles, "headline")), *info.h1s, info.title]
    paragraphs = embedded.story_paragraphs(page, titles)
    size = sum(map(len, paragraphs))
    if size < MIN_EMBEDDED_BODY or size < 1.3 * len(body):
        return ""
    return "\n\n".join(paragraphs)


SHORT_PAGE = 300  # characters of text: a page this short may be a frameset or a redirect, not an article
_FRAMESET = re.compile(rb"<frameset\b", re.IGNORECASE)
_META = re.compile(rb"<meta\b[^<>]*>", re.IGNORECASE)
_REFRESH_TO = re.compile(rb"""http-equiv\s*=\s*["']?refresh\b.*?\burl\s*=\s*['"]?([^'"\s>]+)"""
                         rb"""|\burl\s*=\s*['"]?([^'"\s>]+).*?http-equiv\s*=\s*["']?refresh\b""", re.IGNORECASE | re.DOTALL)


def not_an_article(page: bytes | str) -> str | None:
    """Why a page with little text is no article: a frameset (its articles are the pages it frames) or a
    redirect ("Redirecting…" and a meta refresh to the story's address); None otherwise. A refresh with
    no address (a news page that reloads itself every few minutes) is no redirect."""
    head = (page.encode("utf-8", "replace") if isinstance(page, str) else page)[:65536]
    if _FRAMESET.search(head):
        return "a frameset page: its articles are the pages it frames"
    for meta in _META.findall(without_elements(head, (b"noscript",))):  # where browsers without scripts go
        target = _REFRESH_TO.search(meta)
        if target:
            address = (target.group(1) or target.group(2)).decode("ascii", "replace")
            return f"a redirect to {address}"
    return None


# The marks a page saver leaves at the top of the page, naming where it was saved from (never when it was published):
# the browser's "saved from url", SingleFile's "Page saved with SingleFile / url: … / saved date: …", and the link
# to the story Firefox's Reader View heads its page with (<a class="domain reader-domain" href="…">www.rnz.co.nz</a>).
_SAVED_FROM = (re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.IGNORECASE),
               re.compile(rb"<!--\s*Page saved with SingleFile\s+url:\s*(https?://[^\s>]+)", re.IGNORECASE),
               re.compile(rb"""<a\b(?=[^>]*\bclass=["'][^"'>]*\breader-domain\b)[^>]*\bhref=["'](https?://[^"'\s>]+)""",
                          re.IGNORECASE))
SAVED_MARK_BYTES = 32768  # SingleFile's mark follows the <html> tag; Reader View's link its toolbar of buttons


def saved_from(data: bytes) -> str | None:
    """The address a browser, SingleFile or Reader View saved the page from, from the mark it leaves at the top; else
    None."""
    head = data[:SAVED_MARK_BYTES]
    found = next(filter(None, (mark.search(head) for mark in _SAVED_FROM)), None)
    return found.group(1).decode("ascii", "replace") if found else None


def read_html(data: bytes | str, rel: str, url: str | None = None, charset: str | None = None) -> ReadResult:
    """Read one saved news page as one Article; ``rel`` is its id and path, ``url`` where it came from if known,
    ``charset`` the one its server named (used when the page names none).

    A page without a canonical link of its own takes its address from the mark its saver left ("saved from url",
    SingleFile's "url:").
    """
    if isinstance(data, bytes):
        if looks_binary(data):
            raise UnreadableFile("binary file (not HTML)")
        if mediumexport.is_draft(data, rel):
            raise UnreadableFile(mediumexport.DRAFT)
        data, canonical = mediumexport.medium_post(data)  # a post of Medium's export: its footer's address
        url = url or saved_from(data) or canonical
    found = extract(data, url, charset)
    if len(found.body) < SHORT_PAGE:
        reason = not_an_article(data)
        if reason:
            raise UnreadableFile(reason)
    if not found.body.strip():
        raise UnreadableFile("no article text found in HTML")
    if found.listed:
        raise UnreadableFile(f"a list of stories ({found.listed} teasers linking to their pages: a home page, section "
                             "front, tag or archive page), not an article")
    title, title_source = found.title, found.title_source
    if not title:
        title, title_source = title_from_lede(found.body), "lede"
    article = Article(
        id=rel, path=rel, title=title, body=found.body, date=found.date, date_source=found.date_source,
        authors=found.authors, source=found.source, url=found.url, lang=found.lang,
        title_source=title_source, sections=found.sections,
    )
    return ReadResult(articles=[article])
