"""One publisher's spellings in an index ("Vox", "vox.com"): one facet value, and found by source: and site:."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.documents import parse_bytes
from newssearch.publisherkeys import (
    same_publisher,
    site_label,
    source_groups,
    source_key,
)


@pytest.mark.parametrize(("value", "key"), [
    ("Vox", ("vox", False)), ("vox.com", ("vox", True)), ("https://www.vox.com/", ("vox", True)),
    ("The Hill", ("hill", False)), ("TheHill", ("hill", False)), ("THE HILL", ("hill", False)),
    ("thehill.com", ("hill", True)), ("USA TODAY", ("usatoday", False)), ("www.usatoday.com", ("usatoday", True)),
    ("Wikimedia Foundation, Inc.", ("wikimediafoundation", False)), ("BWE e.V.", ("bwe", False)),
    ("oe24 GmbH", ("oe24", False)), ("AG", ("ag", False)),                  # a legal form alone stays a name
    ("KleineGrüneMonster", ("kleinegruenemonster", False)),
    ("kleinegruenemonster.wordpress.com", ("kleinegruenemonster", True)),  # a blog host's own label
    ("Süddeutsche.de", ("sueddeutsche", True)), ("There", ("there", False)),
])
def test_a_source_is_keyed_by_its_letters_or_its_sites_label(value: str, key: tuple[str, bool]) -> None:
    assert source_key(value) == key


@pytest.mark.parametrize(("host", "label"), [
    ("www.theargus.co.uk", "theargus"), ("detroit.cbslocal.com", "cbslocal"), ("lemire.blogspot.com", "lemire"),
    ("wien.orf.at", "orf"), ("www.nhs.uk", "nhs"), ("localhost", "localhost"),
])
def test_the_label_that_names_a_site(host: str, label: str) -> None:
    assert site_label(host) == label


def test_a_host_joins_the_name_of_its_key_but_never_another_host() -> None:
    groups = source_groups(["Vox", "vox.com", "The Verge", "Verge", "theverge.com", "Express.co.uk", "Express.de"])
    assert groups["Vox"] == groups["vox.com"] != groups["The Verge"]
    assert groups["The Verge"] == groups["Verge"] == groups["theverge.com"]
    assert groups["Express.co.uk"] != groups["Express.de"]  # two papers: no name says they are one


# A publisher written as a host in capitals in a page's title ("… | MDR.DE", trafilatura-eval's mdr.de page, tuning
# half) is kept as the page writes it, as a host named in og:site_name is ("SWIM.DE", "INTERSCENAR.IO"): not cut to
# "MDR", a name the page does not give, nor lower-cased as an address's host is; its facet and source: key joins it
# to "MDR" and mdr.de.
def test_a_host_in_capitals_as_a_titles_publisher_stays_as_written_and_joins_its_name() -> None:
    page = ("<html><head><title>Autohäuser rechnen mit langsamem Anlaufen | MDR.DE</title>"
            '<link rel="canonical" href="https://www.mdr.de/thueringen/autohaeuser-100.html"></head><body><article>'
            "<h1>Autohäuser rechnen mit langsamem Anlaufen</h1><p>Die Autohäuser in Thüringen dürfen wieder öffnen, "
            "rechnen aber mit einem langsamen Anlaufen des Geschäfts.</p></article></body></html>")
    (article,) = parse_bytes(page.encode(), "a.html", ".html").articles
    assert article.source == "MDR.DE"
    groups = source_groups(["MDR.DE", "mdr.de", "MDR"])
    assert groups["MDR.DE"] == groups["mdr.de"] == groups["MDR"]


@pytest.mark.parametrize(("typed", "found"), [
    (["vox", "com"], ["Vox"]),                                 # site:vox.com: names of its key, not other hosts
    (["the", "hill"], ["The Hill", "thehill.com", "TheHill"]),
    (["hill", "times"], ["Hill Times"]),
    (["express", "co", "uk"], []),                             # Express.de is another paper's host
])
def test_the_values_a_typed_publisher_finds(typed: list[str], found: list[str]) -> None:
    # (an index tells where a name's articles are: see the La República records below)
    values = ["Vox", "vox.com", "The Hill", "thehill.com", "TheHill", "Hill Times", "Express.de"]
    assert same_publisher(typed, values) == found


RECORDS = [
    {"id": "a", "title": "Delhi air", "text": "Air in Delhi.", "source": "Vox", "url": "https://www.vox.com/a",
     "authors": ["Jane Smith"]},
    {"id": "b", "title": "Delhi smog", "text": "Smog in Delhi.", "url": "https://www.vox.com/b", "authors": ["JANE SMITH"]},
    {"id": "c", "title": "Delhi rain", "text": "Rain in Delhi.", "source": "vox.com", "authors": ["Smith, Jane"]},
    {"id": "d", "title": "Delhi heat", "text": "Heat in Delhi.", "source": "Vox", "authors": ["J. R. Stone"]},
    {"id": "e", "title": "Delhi fog", "text": "Fog in Delhi.", "url": "https://thehill.com/e", "authors": ["J.R. Stone"]},
    {"id": "f", "title": "Delhi dust", "text": "Dust in Delhi.", "source": "The Hill", "authors": ["José García"]},
    {"id": "g", "title": "Delhi haze", "text": "Haze in Delhi.", "source": "USA TODAY", "authors": ["Jose Garcia"]},
    {"id": "h", "title": "Delhi mist", "text": "Mist in Delhi.", "source": "usatoday", "url": "https://www.usatoday.com/h"},
    {"id": "i", "title": "Delhi hail", "text": "Hail in Delhi.", "source": "Express.co.uk"},
    {"id": "j", "title": "Delhi sleet", "text": "Sleet in Delhi.", "source": "Express.de"},
    {"id": "k", "title": "Delhi gale", "text": "Gale in Delhi.", "source": "La República",
     "url": "https://www.larepublica.net/k"},
    {"id": "l", "title": "Delhi frost", "text": "Frost in Delhi.", "source": "LaRepública.pe"},  # another paper's
]


@pytest.fixture(scope="module")
def spellings_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("spellings")
    (root / "corpus").mkdir()
    (root / "corpus" / "recs.jsonl").write_text("\n".join(json.dumps(record) for record in RECORDS), encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


def test_the_source_facet_counts_one_publisher_once_under_its_name(spellings_index: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "delhi", "--facets", "--index-dir", str(spellings_index)])
    assert out.exit_code == 0
    assert ("Facets:\n  source: Vox (4), The Hill (2), USA TODAY (2), Express.co.uk (1), Express.de (1), La República (1), "
            "LaRepública.pe (1)\n"
            "  author: Jane Smith (3), J. R. Stone (2), José García (2); no author (5)\n") in out.output


def test_stats_count_one_publisher_once(spellings_index: Path) -> None:
    with open_index(spellings_index) as idx:
        assert idx.stats().sources == 7


@pytest.mark.parametrize(("query", "ids"), [
    ("site:vox.com", "abcd"),                   # "Vox" with no address too
    ("source:vox", "abcd"),
    ('source:"the hill"', "ef"),                # "thehill.com", the host of a record with only an address
    ("site:thehill.com", "ef"),
    ('source:"usa today"', "gh"),
    ("site:usatoday.com", "gh"),
    ("site:express.co.uk", "i"),                # not Express.de
    ("delhi -site:vox.com", "efghijkl"),
    ("site:larepublica.pe", "l"),               # not "La República", whose articles are at larepublica.net
    ('source:"la republica"', "kl"),
    ('author:"jane smith"', "abc"),
])
def test_source_and_site_find_every_spelling_of_a_publisher(spellings_index: Path, query: str, ids: str) -> None:
    with open_index(spellings_index) as idx:
        found = idx.search(query, limit=50)
    assert sorted(hit.id for hit in found.hits) == [f"recs.jsonl#{key}" for key in ids]


def test_a_spelling_the_query_finds_as_typed_gets_no_term_of_its_own(spellings_index: Path) -> None:
    with open_index(spellings_index) as idx:
        query = idx._parse("source:vox", "all").query  # "Vox" and "vox.com" both hold the word vox
    assert repr(query) == "Term('source', 'vox')"


@pytest.mark.parametrize(("typed", "found"), [
    (["new", "zealand", "herald"], ["NZ Herald"]),             # another name the alias table knows it by
    (["the", "new", "zealand", "herald"], ["NZ Herald"]),
    (["nz", "herald"], ["NZ Herald"]),
    (["the", "times"], ["The Times"]),                         # a name several papers share: as typed only
    (["new", "zealand"], []),
])
def test_a_publisher_typed_by_another_of_its_known_names(typed: list[str], found: list[str]) -> None:
    # an export's "The New Zealand Herald" is indexed as the table's one name, "NZ Herald": source: by the name the
    # export gave had found nothing
    assert same_publisher(typed, ["NZ Herald", "The Times", "Otago Daily Times"]) == found


# A feed's title often names its site with its domain ("Le Monde.fr - Actualités et Infos…", "Spiegel Online.de"):
# the name and the domain ending it are one publisher's name, that of "Le Monde" and lemonde.fr (it had been a source
# of its own, which source:"le monde" and the facet's "Le Monde" missed). A host stays a host: Express.de is no Express.
@pytest.mark.parametrize(("value", "key"), [
    ("Le Monde.fr", ("lemonde", False)), ("Otago Daily Times.co.nz", ("otagodailytimes", False)),
    ("Express.de", ("express", True)), ("Mr. Smith", ("mrsmith", False)), ("The Post.", ("post", False)),
])
def test_a_name_ending_in_its_domain_is_the_name(value: str, key: tuple[str, bool]) -> None:
    assert source_key(value) == key


def test_a_name_ending_in_its_domain_is_counted_and_found_with_the_name() -> None:
    groups = source_groups(["Le Monde.fr", "Le Monde", "lemonde.fr"])
    assert groups["Le Monde.fr"] == groups["Le Monde"] == groups["lemonde.fr"]
    assert same_publisher(["le", "monde"], ["Le Monde.fr", "Le Monde", "Monde Diplo"]) == ["Le Monde.fr", "Le Monde"]


def test_a_host_typed_finds_the_names_whose_articles_are_at_it() -> None:
    # a publisher the alias table does not know, named in words its host's label does not spell: source:wgazette.co.nz
    # had found nothing though the index's "Wellington Gazette" articles are at that host
    homes = {"Wellington Gazette": "wgazette.co.nz", "Kiwi Blog": "kiwiblog.co.nz", "Gazette": None}
    values = ["Wellington Gazette", "Kiwi Blog", "Gazette", "wgazette.co.nz"]

    def hosted(host: str) -> frozenset[str]:  # the sources of articles whose address holds the host's words
        return frozenset({"Wellington Gazette", "Kiwi Blog", "Gazette"})  # its articles' homes decide

    assert same_publisher(["wgazette", "co", "nz"], values, homes.get, hosted) == ["Wellington Gazette"]
    assert same_publisher(["www", "wgazette", "co", "nz"], values, homes.get, hosted) == ["Wellington Gazette"]
    assert same_publisher(["kiwiblog", "co", "nz"], values, homes.get, hosted) == ["Kiwi Blog"]
    assert same_publisher(["wellington", "gazette"], values, homes.get, hosted) == ["Wellington Gazette"]  # its key
    assert same_publisher(["wgazette", "co", "nz"], values, homes.get) == []  # no article's address known


GAZETTE = [
    {"id": "w2", "title": "Ferry late", "text": "The ferry ran late.", "source": "Wellington Gazette"},  # no address
    {"id": "w1", "title": "Ferry early", "text": "The ferry ran early.", "source": "Wellington Gazette",
     "url": "https://www.wgazette.co.nz/ferry"},
    {"id": "k1", "title": "Ferry fares", "text": "Ferry fares rose.", "source": "Kiwi Blog",
     "url": "https://kiwiblog.co.nz/fares"},
    {"id": "x1", "title": "Ferry news", "text": "Ferry news.", "source": "Gazette", "url": "https://gazette.example/x"},
]


@pytest.mark.parametrize(("query", "ids"), [
    ("source:wgazette.co.nz", ["w1", "w2"]),      # the publisher whose articles are at that host, by the index's URLs
    ("source:www.wgazette.co.nz", ["w1", "w2"]),
    ("site:wgazette.co.nz", ["w1", "w2"]),        # had found w1 alone, by its address
    ("source:kiwiblog.co.nz", ["k1"]),
    ('source:"Wellington Gazette"', ["w1", "w2"]),
])
def test_source_of_a_domain_finds_the_publisher_at_it(tmp_path: Path, query: str, ids: list[str]) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "recs.jsonl").write_text("\n".join(json.dumps(record) for record in GAZETTE),
                                                   encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        found = idx.search(query, limit=50)
    assert sorted(hit.id for hit in found.hits) == [f"recs.jsonl#{key}" for key in ids]
