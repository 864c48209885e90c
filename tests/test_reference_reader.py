"""A reference manager's export of newspaper articles (Zotero, Mendeley): CSL-JSON, RIS and BibTeX/BibLaTeX.

Each reference is an article: its abstract (else its note) its text, its newspaper its publisher.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from newssearch.documents import Article, parse_bytes
from newssearch.documents.references import latex_text

ABSTRACT = "The council voted to approve a new bridge."
URL = "https://www.stuff.co.nz/nelson-mail/news/1/bridge"
CSL = [
    {"id": "ABCD1234", "type": "article-newspaper", "title": "Council approves bridge", "container-title":
     "The Nelson Mail", "publisher": "Stuff Limited",
     "author": [{"family": "Brown", "given": "Alice"}, {"family": "Ngata", "given": "Hemi"}],
     "issued": {"date-parts": [[2020, 3, 4]]}, "accessed": {"date-parts": [[2021, 1, 1]]}, "URL": URL,
     "abstract": ABSTRACT, "language": "en"},
    {"id": "item2", "type": "article-newspaper", "title": "Wait times grow", "container-title": "Otago Daily Times",
     "author": [{"literal": "Jo Bloggs"}], "issued": {"date-parts": [[2019, 11]]}, "note": "Waits lengthened."},
]
RIS = f"""TY  - NEWS
TI  - Council approves bridge
AU  - Brown, Alice
AU  - Ngata, Hemi
T2  - The Nelson Mail
DA  - 2020/03/04/
PY  - 2020
UR  - {URL}
AB  - The council voted to approve
 a new bridge.
LA  - en
Y2  - 2021/01/01/
ER  -

TY  - NEWS
TI  - Wait times grow
AU  - Bloggs, Jo
T2  - Otago Daily Times
PY  - 2019
N1  - Waits lengthened.
ER  -
""".encode()
BIBTEX = f"""@string{{odt = "Otago Daily Times"}}
@comment{{Zotero's export}}
@article{{brown_council_2020,
	title = {{Council approves bridge}},
	url = {{{URL}}},
	abstract = {{{ABSTRACT}}},
	journaltitle = {{The Nelson Mail}},
	author = {{Brown, Alice and Ngata, Hemi}},
	date = {{2020-03-04}},
	urldate = {{2021-01-01}},
	langid = {{english}},
}}

@online{{bloggs2019,
  author = "Bloggs, Jo",
  title = "Wait {{times}} grow",
  organization = odt,
  year = 2019, month = nov,
  note = {{Waits lengthened.}}
}}
""".encode()


def fields(article: Article) -> tuple[object, ...]:
    return (article.id, article.title, article.body, article.date, article.authors, article.source, article.url,
            article.lang)


def test_csl_json_references() -> None:
    first, second = parse_bytes(json.dumps(CSL).encode(), "refs.json", ".json").articles
    # Issued, never accessed, is the date; a year and month alone are no day; the newspaper, not its owner, publishes.
    assert fields(first) == ("refs.json#ABCD1234", "Council approves bridge", ABSTRACT, date(2020, 3, 4),
                             ("Alice Brown", "Hemi Ngata"), "The Nelson Mail", URL, "en")
    assert fields(second) == ("refs.json#item2", "Wait times grow", "Waits lengthened.", None, ("Jo Bloggs",),
                              "Otago Daily Times", None, None)


def test_ris_references() -> None:
    result = parse_bytes(RIS, "refs.ris", ".ris")
    first, second = result.articles
    assert fields(first) == (f"refs.ris#{URL}", "Council approves bridge", ABSTRACT, date(2020, 3, 4),
                             ("Alice Brown", "Hemi Ngata"), "The Nelson Mail", URL, "en")
    assert (first.title_source, first.date_source) == ("ris:title", "ris:date")
    assert fields(second) == ("refs.ris#2", "Wait times grow", "Waits lengthened.", None, ("Jo Bloggs",),
                              "Otago Daily Times", None, None)


def _ris(*words: str, tag: str = "UR") -> bytes:
    """An RIS export of one reference a word, its ``tag`` (UR, DO or ID) naming it by the word."""
    value = {"UR": "https://news.example/{}", "DO": "10.1000/{}", "ID": "{}"}[tag]
    return "".join(f"TY  - NEWS\nTI  - {word}\n{tag}  - {value.format(word)}\nAB  - {word} story.\nER  - \n"
                   for word in words).encode()


def ris_ids(data: bytes) -> list[str]:
    return [article.id for article in parse_bytes(data, "refs.ris", ".ris").articles]


@pytest.mark.parametrize("tag, key", [("UR", "https://news.example/{}"), ("DO", "10.1000/{}"), ("ID", "{}")])
def test_a_reference_keeps_its_id_when_the_library_is_exported_again_with_one_on_top(tag: str, key: str) -> None:
    # Keyed by place, a reference without an ID had moved down one: refs.ris#3 named another reference.
    before = ris_ids(_ris("apple", "bridge", "choir", tag=tag))
    assert before == [f"refs.ris#{key.format(word)}" for word in ("apple", "bridge", "choir")]
    assert ris_ids(_ris("dunes", "apple", "bridge", "choir", tag=tag))[1:] == before


def test_references_sharing_an_address_are_keyed_by_their_places() -> None:
    assert ris_ids(_ris("apple", "bridge", "apple")) == ["refs.ris#1", "refs.ris#2", "refs.ris#3"]


def test_bibtex_references() -> None:
    first, second = parse_bytes(BIBTEX, "refs.bib", ".bib").articles
    assert fields(first) == ("refs.bib#brown_council_2020", "Council approves bridge", ABSTRACT, date(2020, 3, 4),
                             ("Alice Brown", "Hemi Ngata"), "The Nelson Mail", URL, "en")
    # A macro is its text; a year and a month are no day.
    assert fields(second) == ("refs.bib#bloggs2019", "Wait times grow", "Waits lengthened.", None, ("Jo Bloggs",),
                              "Otago Daily Times", None, None)


def test_a_reference_without_text_or_address_is_a_skip() -> None:
    result = parse_bytes(RIS + b"TY  - NEWS\nTI  - A title alone\nER  - \n", "refs.ris", ".ris")
    assert [skip.reason for skip in result.skipped] == ["reference 3: no body text"]


def test_a_reference_of_a_headline_and_its_date_or_newspaper_and_no_text_is_its_headline() -> None:
    """As a JSON record of a headline and its date or publisher is: a library of clippings saved without abstracts had
    been skipped whole, "no body text"."""
    data = b"TY  - NEWS\nTI  - Bridge reopens\nDA  - 2024/03/05/\nER  - \nTY  - NEWS\nTI  - Ferry sails\nT2  - RNZ\nER  - \n"
    result = parse_bytes(data, "refs.ris", ".ris")
    assert [(a.title, a.body, a.date, a.source) for a in result.articles] == [
        ("Bridge reopens", "Bridge reopens", date(2024, 3, 5), None), ("Ferry sails", "Ferry sails", None, "RNZ")]


def test_a_book_or_another_work_that_is_no_story_is_no_headline_without_its_abstract() -> None:
    """A book of a title and a publisher had been a headline-only article; a book with an abstract is read by it."""
    data = (b"TY  - BOOK\nTI  - A history of ferries\nPB  - Penguin\nPY  - 2001\nER  - \n"
            b"TY  - CHAP\nTI  - Harbour crossings\nT2  - A history of ferries\nDA  - 2001/05/02/\nER  - \n"
            b"TY  - BOOK\nTI  - Bridges\nPB  - Penguin\nAB  - How the harbour was bridged.\nER  - \n"
            b"TY  - MGZN\nTI  - Ferry sails\nT2  - The Listener\nER  - \n"
            b"TY  - ELEC\nTI  - Bridge reopens\nUR  - https://news.example/bridge\nER  - \n")
    result = parse_bytes(data, "refs.ris", ".ris")
    assert [(a.title, a.body) for a in result.articles] == [
        ("Bridges", "How the harbour was bridged."), ("Ferry sails", "Ferry sails"), ("Bridge reopens", "Bridge reopens")]
    assert [skip.reason for skip in result.skipped] == [
        "reference 1: no body text (a book, not a news story: its title alone is no article)",
        "reference 2: no body text (a book section, not a news story: its title alone is no article)"]


def test_a_bibtex_book_is_no_headline_without_its_abstract() -> None:
    data = (b"@book{ferries2001, title = {A history of ferries}, publisher = {Penguin}, year = 2001}\n"
            b"@article{bridge2024, title = {Bridge reopens}, journal = {RNZ}}\n"
            b"@misc{ferry2024, title = {Ferry sails}, url = {https://news.example/ferry}}\n")
    result = parse_bytes(data, "refs.bib", ".bib")
    assert [a.id for a in result.articles] == ["refs.bib#bridge2024", "refs.bib#ferry2024"]
    assert [skip.reason for skip in result.skipped] == [
        "reference 1 (ferries2001): no body text (a book, not a news story: its title alone is no article)"]


def test_latex_text() -> None:
    assert latex_text(r"Ng{\=a} {T}amariki -- M\"{u}ller \& {\'E}cole") == "Ngā Tamariki – Müller & École"


def test_a_csl_json_book_or_another_work_that_is_no_story_is_no_headline_without_its_abstract() -> None:
    """As an RIS or BibTeX book is: a CSL-JSON book, chapter, thesis or dataset of a title and a publisher had been
    a headline-only article; one with an abstract is read by it, and a story's type, or none, stays a headline."""
    records = [
        {"id": "ferries", "type": "book", "title": "A history of ferries", "publisher": "Penguin"},
        {"id": "crossings", "type": "chapter", "title": "Harbour crossings", "container-title": "A history"},
        {"id": "thesis", "type": "thesis", "title": "Ferry wakes", "publisher": "University of Auckland"},
        {"id": "counts", "type": "dataset", "title": "Ferry counts", "URL": "https://data.example/ferries"},
        {"id": "bridges", "type": "book", "title": "Bridges", "publisher": "Penguin", "abstract": "How it was built."},
        {"id": "sails", "type": "article-newspaper", "title": "Ferry sails", "container-title": "The Listener"},
        {"id": "opens", "title": "Bridge opens", "URL": "https://news.example/bridge"},
    ]
    result = parse_bytes(json.dumps(records).encode(), "refs.json", ".json")
    assert [(a.id, a.body) for a in result.articles] == [
        ("refs.json#bridges", "How it was built."), ("refs.json#sails", "Ferry sails"),
        ("refs.json#opens", "Bridge opens")]
    assert [skip.reason for skip in result.skipped] == [
        f"record {n} (id {key}): no body text ({work}, not a news story: its title alone is no article)"
        for n, key, work in ((1, "ferries", "a book"), (2, "crossings", "a book section"), (3, "thesis", "a thesis"),
                             (4, "counts", "a dataset"))]


@pytest.mark.parametrize("kind", ["article", "text", "liveblog", "story", "report"])
def test_a_json_records_type_of_no_reference_work_keeps_its_headline(kind: str) -> None:
    """A type key is common in news exports (the Guardian's "article" and "liveblog", ninjs's "text"): only a
    reference work's type makes a headline record no story."""
    record = {"type": kind, "title": "Ferry sails", "url": "https://news.example/ferry"}
    assert [a.body for a in parse_bytes(json.dumps([record]).encode(), "x.json", ".json").articles] == ["Ferry sails"]
