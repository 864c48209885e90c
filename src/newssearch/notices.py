"""What a search says besides its hits: why nothing was found, what would find something, and "Did you mean" (what it
says of its dates: datenotices.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from whoosh import query as wq

from . import indexhints, livecounts, namespelling, spelling, store
from .ampersandhints import Alone, ampersand_notice
from .boosthints import boost_notice
from .errors import NewsSearchError, as_typed
from .folding import fold
from .functionwordlists import ENGLISH
from .hostnames import as_sites
from .idqueries import id_notice
from .lucene import outside_quotes
from .parsedquery import ParsedQuery
from .patterns import Lexicons
from .publisherkeys import is_host
from .querytree import without_nots
from .schema import AUTHOR, DATE, FIELD_ALIASES, LANG, QUERY_FIELD_NAMES, SECTION, SOURCE, URL
from .singlequotes import phrases_double_quoted
from .startup import lazy_compile
from .timefilter import excludes_required

Count = Callable[[str, str], int]  # how many articles a query text finds under a match mode (0: unreadable)
Authors = Callable[[str], list[str]]  # the authors a handle written solid names (handlenames.solid_authors)
Matched = Callable[[str | wq.Query, str], set[int]]  # the articles a query text or tree finds (none: unreadable)

# Fields, phrases, groups, patterns, boosts, exclusions and operators: a query holding any is no name of an author or
# a publisher typed as words; a colon only after a field's name ("Update: kiwi", pasted from a headline, is two words).
_QUERY_SYNTAX = lazy_compile(r"[\"()\[\]{}*~^+]|(?:^|\s)-|\b(?:AND|OR|NOT)\b|(?i:\b(?:"
                             + "|".join(sorted(map(re.escape, QUERY_FIELD_NAMES))) + r"):)")
_TRAILING_QUESTION = lazy_compile(r"(?<=\w)\?(?=[\s)]|$)")  # Yukos? : a pattern to the parser, punctuation to a reader
# source: (or outlet:, publisher:) before a host, latimes.com: the publisher's name, where site: is the name or address
_SOURCE_HOST = lazy_compile(r"(?<![\w:])(?i:source|outlet|publisher):(?=[\w-]+(?:\.[\w-]+)+(?![\w.:/]))")
_SECTION_FIELD = re.compile(rf"(?i)\b(?:{'|'.join([SECTION, *FIELD_ALIASES[SECTION]])}):")  # section: by any of its names

# Fields a reader fills only when the article says so, with what a notice calls them.
METADATA_FIELDS = {AUTHOR: "an author", SOURCE: "a source", URL: "a URL", LANG: "a language",
                   SECTION: "a section", DATE: "a publication date"}
_LANGUAGES_SHOWN = 8  # the commonest languages a notice names when no article is in the one asked for


def noted(notice: str | None, said: str) -> str:
    """``said`` after the notices already given."""
    return f"{notice}; {said}" if notice else said


def suggestion(reader, lexicons: Lexicons, parsed: ParsedQuery, match: str,  # type: ignore[no-untyped-def]
               found: Callable[[], int], count: Count) -> str | None:
    """The query as "Did you mean" would have it: its words corrected, its author: and source: names and its sections;
    None when that finds no more articles (``count``), under the same fields, lang: and dates, than the query
    typed (``found``): ``lang:fr ministre`` is not "lang:fr minister", which finds none.

    Counted only for a suggestion about to be shown: spelling.suggest is on every query's path.
    """
    words = spelling.suggest(reader, parsed.text, parsed.words_to_check(), lexicons, parsed.languages_named())
    names = namespelling.corrected_names(reader, words or parsed.text, parsed.names_to_check())
    sections = names
    if _SECTION_FIELD.search(names):  # (imported only then: most queries name no section)
        from .sectionspelling import corrected_sections

        sections = corrected_sections(reader, names)
    suggested = words if sections == (words or parsed.text) else sections
    if not suggested:
        return None
    typed = found()
    if count(suggested, match) <= typed:
        return None
    return suggested if typed or _likelier_than_name(reader, parsed.text, suggested, match, count) else None


def nothing_found_notice(parsed: ParsedQuery, match: str, total: int, count: Count, matched: Matched,
                         suggested: str | None = None, authors: Authors | None = None,
                         alone: Alone | None = None) -> str | None:
    """The parser's notice, and what would find something when nothing was found: the query without a ``?``
    typed as punctuation (``Yukos?`` is Yukos and one letter more), the query with ``site:`` for a ``source:``
    typed as a host (``source:latimes.com``: the Los Angeles Times is at that address) or for a host typed as a word
    (``latimes.com``), the words of a quoted phrase without their quotes (quotehints.py: a quote misremembered), or
    ``--match any`` for parts no article holds together (anyhints.py), unless a "Did you mean" (``suggested``) finds
    articles with all of them: then a typo, not the words, is why nothing matched (``nucelar deterrent``: --match any
    had offered the deterrent alone). First, when its NOTs leave out every article the rest of it finds (``matched``),
    that they are why; then an id typed as words (idqueries.py). ``authors``: the names a handle written solid spells.
    Found or not, an initialism's "&" the articles write otherwise (ampersandhints.py: ``AT&T``, "ATT"; ``alone``:
    how many of a query's articles write a slashed form as a word of its own, not M/A-Com's "M/A")."""
    if total:  # found, but an initialism's "&" may find far less than the articles' way of writing it: AT&T, ATT
        said = ampersand_notice(parsed.text, match, total, count, alone)
        return noted(parsed.notes, said) if said else parsed.notes
    kept = without_nots(parsed.query)
    rest = matched(kept, match) if kept is not None else set()  # found but left out by a NOT: the NOT is why
    # (a NOT of every day the date clauses require is datenotices.py's: date:* OR NOT date:*)
    if rest and not excludes_required(parsed.query):  # police -police: it had said only that nothing matched
        from .notnotices import excluded_notice  # only a query that found nothing for its NOTs asks

        return noted(parsed.notes, excluded_notice(parsed.text.strip(), match, matched, len(rest), parsed.query))
    if (typed_id := id_notice(parsed.text, match, count)) is not None:  # harbour-bridge.txt: id: finds it
        return noted(parsed.notes, typed_id)
    without = outside_quotes(parsed.text, lambda part: _TRAILING_QUESTION.sub("", part))
    if without != parsed.text and without.strip():
        found = count(without, match)
        if found:
            return noted(parsed.notes, f"a ? stands for one letter: {as_typed(without.strip())} finds {found:,}")
    if (unboosted := boost_notice(parsed.text, match, count)) is not None:
        return noted(parsed.notes, unboosted)
    hosted = _SOURCE_HOST.sub("site:", parsed.text)
    if hosted != parsed.text and (found := count(hosted, match)):
        return noted(parsed.notes, f"source: is a publisher's name: {as_typed(hosted)}, its name or its address, "
                                   f"finds {found:,}")
    sited, hosts = as_sites(parsed.text)  # latimes.com typed as a word: the site's articles seldom write it
    if hosts and (found := count(sited, match)):
        many = len(hosts) > 1
        return noted(parsed.notes, f"{' and '.join(hosts)} {'are' if many else 'is'} searched as words of the text: "
                                   f"{as_typed(sited)}, the articles of {'those sites' if many else 'that site'}, "
                                   f"finds {found:,}")
    if (bylined := _author_notice(parsed.text, match, count, authors)) is not None:  # Jane Doe: a byline's name as words
        return noted(parsed.notes, bylined)
    if (retyped := _retyped_notice(parsed.text, match, count, alone)) is not None:  # Covid-related, police 26 May 2020
        return noted(parsed.notes, retyped)
    # (not when a NOT is why: "the words outside the quote are in no article with it" would be false)
    unquoted = None if parsed.notice or suggested or rest else _unquoted_notice(parsed.text, match, count)
    if unquoted:
        return noted(parsed.notes, unquoted)
    if match == "all" and not suggested:
        from .anyhints import match_any_notice  # only a query that found nothing asks

        if (said := match_any_notice(parsed, count)) is not None:
            return noted(parsed.notes, said)
    return parsed.notes


# An author's or a publisher's name typed as words, one to four of them, quoted or not: "Jane Doe", "Doe", "NZ Herald"
_NAME = lazy_compile(r"\A\s*(\"?)([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})\1\s*\Z")
_NAMED_BY = (("author", "by that author"), ("source", "of that publisher"))  # a byline's name first, as before
# A handle pasted from a social post (@NZHerald, @tom_roe): the name of its author or publisher, its underscores spaces
_HANDLE = lazy_compile(r"\A\s*@([^\W\d_][\w.]*)\s*\Z")
_BYLINE = lazy_compile(r"\A\s*(?i:by)\s+(?=\S)")  # a byline pasted with its "By": By Jane Smith


def _author_notice(text: str, match: str, count: Count, authors: Authors | None = None) -> str | None:
    """What to say when a query of one to four words (quoted or not) that found nothing is an author's or a
    publisher's name: plain words search the title and the text, where a byline's name or the paper's seldom is, so
    ``Jane Doe`` had found nothing and been offered ``--match any`` (any article with Jane or Doe), a surname alone a
    "Did you mean", and ``NZ Herald`` any article with NZ or Herald; None when it names no author or source of the
    index."""
    held = _held_name(text, match, count, authors)
    if held is None:
        return None
    name, by_name, whose, found = held
    return f"{name} is searched as words of the text: {as_typed(by_name)}, the articles {whose}, finds {found:,}"


def _held_name(text: str, match: str, count: Count, authors: Authors | None = None) -> tuple[str, str, str, int] | None:
    """The name ``text`` is (one to four words, quoted or not, after a byline's "By" or not; a handle, @NZHerald, or
    an author's name written solid, ``authors``: @janesmith), the ``author:`` or ``source:`` search of it, whose
    articles it finds, and how many, when an author or a publisher of the index has that name (as typed, folded: the
    name fields have no stems); else None."""
    handle, bylined = _HANDLE.match(text), _BYLINE.sub("", text)
    named = _NAME.match(handle.group(1).replace("_", " ") if handle else phrases_double_quoted(bylined))  # 'Jane Doe' too
    if named is None or _QUERY_SYNTAX.search(named.group(2)):
        return None
    name = " ".join(named.group(2).split())
    for field, whose in [by for by in _NAMED_BY if not (by[0] == SOURCE and is_host(name))]:  # "latimes.com": words
        by_name = f'{field}:"{name}"' if " " in name else f"{field}:{name}"
        if found := count(by_name, match):
            return text.strip() if handle or bylined != text else name, by_name, whose, found
    for spelled in authors(handle.group(1)) if handle and authors else ():  # @janesmith: Jane Smith's
        if found := count(f'{AUTHOR}:"{spelled}"', match):
            return text.strip(), f'{AUTHOR}:"{spelled}"', "by that author", found
    return None


def _likelier_than_name(reader, text: str, suggested: str, match: str,  # type: ignore[no-untyped-def]
                        count: Count) -> bool:
    """Whether "Did you mean" ``suggested`` is likelier than ``text``, a query that found nothing, read as the name of
    an author or a publisher of the index, which the notice names (``_author_notice``): a name the index holds as
    typed is no typo ("Manch", an author's, had also been offered "March"), unless each word corrected is a slip of a
    word far commoner, as a word the index knows is still corrected (spelling.commoner_word: a byline's "Goverment"
    beside "government" in a hundred times as many articles)."""
    from .handlenames import solid_authors  # only for a query that found nothing

    held = _held_name(text, match, count, lambda handle: solid_authors(reader, handle))
    if held is None:
        return True
    typed, offered = held[0].split(), suggested.strip().strip('"').split()
    if len(typed) != len(offered):
        return False
    return all(fold(word.lower()) == fold(instead.lower())
               or spelling.commoner_word(reader, word, held[3]) == fold(instead.lower())
               for word, instead in zip(typed, offered))


def empty_index_notice(notice: str | None, total: int, searcher,  # type: ignore[no-untyped-def]
                       manifest: store.Manifest, index_dir: Path) -> str | None:
    """``notice`` and why nothing was found when the index holds no article at all; else None."""
    if total or searcher.doc_count():
        return None
    if not _remembered_files(manifest, index_dir):  # nothing skipped: --verbose would list nothing
        return noted(notice, "this index holds no articles: its corpus held no file of a type newssearch reads "
                             "when indexed")
    command = indexhints.index_command(manifest.corpus, index_dir).cli
    return noted(notice, f"this index holds no articles (`{command} --verbose` lists the files it skipped)")


def _remembered_files(manifest: store.Manifest, index_dir: Path) -> int:
    """How many corpus files the index remembers, read or skipped (the table read when only its head was)."""
    if manifest.listed is None:
        return len(manifest.files)
    try:
        whole = store.load_manifest(index_dir)
    except NewsSearchError:  # the table changed since the head was read: the hint as before
        return 1
    return len(whole.files) if whole else 1


def empty_field_notice(reader, notice: str | None, query: wq.Query, total: int) -> str | None:  # type: ignore[no-untyped-def]
    """``notice``, and a word on why a field search found nothing when no article of the index has that field
    (``source:bbc`` on a folder of plain-text files)."""
    if total:
        return notice
    searched = _fields_of(query)
    empty = [name for name in METADATA_FIELDS
             if name in searched and not livecounts.holds_live_term(reader, name)]
    if not empty:
        return _absent_language_notice(reader, notice, query) if LANG in searched else notice
    said = f"no article in this index has {' or '.join(METADATA_FIELDS[name] for name in empty)}"
    return noted(notice, said)


def _absent_language_notice(reader, notice: str | None, query: wq.Query) -> str | None:  # type: ignore[no-untyped-def]
    """``notice``, and the languages the index holds when no article is in a language ``query`` asks for
    (``lang:sv`` on an index of English and German news); else ``notice`` alone."""
    asked = sorted({leaf.text for leaf in finding_leaves(query) if isinstance(leaf, wq.Term) and leaf.fieldname == LANG})
    if ENGLISH in asked:
        notice = _unnamed_english_notice(reader, notice)
    if not asked or any(livecounts.live_doc_frequency(reader, LANG, code) for code in asked):
        return notice
    held = sorted((-count, code) for code in reader.lexicon(LANG)
                  if (count := livecounts.live_doc_frequency(reader, LANG, code)))
    codes = [code.decode() if isinstance(code, bytes) else code for _count, code in held]
    shown = ", ".join(codes[:_LANGUAGES_SHOWN]) + (f" and {len(codes) - _LANGUAGES_SHOWN:,} more"
                                                    if len(codes) > _LANGUAGES_SHOWN else "")
    return noted(notice, f"no article in this index is in {' or '.join(asked)} (its languages: {shown})")


def _unnamed_english_notice(reader, notice: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """``notice``, and why ``lang:en`` found nothing when articles name no language: an article naming none is told
    English only when its words show it clearly, so a text too short or mixed to tell has none, and ``oil lang:en``
    had found nothing in an archive of 1,451 such articles without a word on why."""
    named = {docnum for code in reader.lexicon(LANG) for docnum in reader.postings(LANG, code).all_ids()
             if not reader.is_deleted(docnum)}  # an article may hold two codes (pt-br and pt): counted once
    unnamed = reader.doc_count() - len(named)
    if unnamed <= 0:
        return notice
    return noted(notice, f"lang:en finds the articles that name English or whose words show it; {unnamed:,} name no "
                         "language (too short or mixed to tell): leave lang:en out to search them too")


def finding_leaves(query: wq.Query) -> list[wq.Query]:
    """The leaves of ``query`` that find what it finds: not those of a NOT, nor the languages a word's stem in
    another language is required with (languagequery.py), which are the index's, not the query's."""
    if isinstance(query, wq.Not):
        return []
    if isinstance(query, wq.Require):
        return finding_leaves(query.a)
    return [query] if query.is_leaf() else [leaf for child in query.children() for leaf in finding_leaves(child)]


def _fields_of(query: wq.Query) -> set[str]:
    """The fields the leaves of ``query`` search for what it finds (not those of a NOT: ``-author:smith``)."""
    return {name for leaf in finding_leaves(query) if (name := getattr(leaf, "fieldname", None))}


def _unquoted_notice(text: str, match: str, count: Count) -> str | None:
    """``quotehints.unquoted_notice``, its module imported only by a search that found nothing."""
    from .quotehints import unquoted_notice

    return unquoted_notice(text, match, count)


def _retyped_notice(text: str, match: str, count: Count, alone: Alone | None = None) -> str | None:
    """What ``text`` finds retyped (ampersandhints.py, dashhints.py: a dash or a star between words; hashtaghints.py,
    namehints.py, datewords.py, bylinerows.py, compoundhints.py), imported only when nothing was found."""
    from .bylinerows import byline_row_notice
    from .compoundhints import compound_notice
    from .dashhints import apart_notice, star_notice
    from .datewords import date_words_notice
    from .hashtaghints import hashtag_notice
    from .namehints import quoted_name_notice

    return (ampersand_notice(text, match, 0, count, alone) or apart_notice(text, match, count)
            or star_notice(text, match, count) or hashtag_notice(text, match, count) or quoted_name_notice(text, match, count)
            or date_words_notice(text, match, count) or byline_row_notice(text, match, count)
            or compound_notice(text, match, count))
