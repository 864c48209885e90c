"""Acronyms: "US", "U.S." and "UN" are searchable terms, while "us" the pronoun stays a stopword."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, dottedacronyms, open_index
from newssearch.acronymterms import acronyms
from newssearch.cli import cli
from newssearch.dottedacronyms import dotted_terms
from newssearch.stopwords import GRAMMAR_WORDS
from newssearch.textanalysis import FUNCTION_MARK, analyze

STORIES = {
    "dotted.txt": "U.S. troops leave\n\nThe U.S. will withdraw troops from the base, officials said.",
    "bare.txt": "US troops return\n\nUS troops returned home on Friday after a year at the base.",
    "pronoun.txt": "Troops thank town\n\nLet us thank the troops, the mayor told the crowd.",
    "un.txt": "Peace talks\n\nThe UN said talks would resume; the U.N. envoy arrives on Monday.",
    "uns.txt": "Envoy named\n\nThe UN's envoy met un groupe de diplomates.",
    "who.txt": "Vaccine advice\n\nThe WHO said the vaccine was safe. Who decides? The people.",
    "shouted.txt": "LET US GO NOW\n\nA headline in capitals, then calm text about a bridge.",
    "mp.txt": "Vote on bill\n\nOne MP voted against the bill on Monday.",
    "mps.txt": "Commons revolt\n\nForty MPs voted against the bill; NGOs and charities objected.",
}


@pytest.mark.parametrize(
    ("text", "terms", "indexed"),
    [
        # an acronym spelled like a stopword ends in a dot: the index holds the pronoun "us" too
        ("U.S. troops", ["us.", "troop"], ["us.", "troop"]),
        ("US troops", ["us.", "troop"], ["us.", "troop"]),
        ("u.s. troops", ["us.", "troop"], ["us.", "troop"]),
        ("the US-UK deal", ["us.", "uk", "deal"], ["the", "us.", "usuk", "uk", "usuk", "deal"]),  # solid at both ends
        ("the WHO said IT failed", ["who.", "it.", "fail"], ["the", "who.", "said", "it.", "fail"]),
        ("let us talk", ["talk"], ["let", "us", "talk"]),
        ("THE GUARDIAN", ["guardian"], ["the", "guardian"]),           # a capital stopword is not an acronym
        ("LET US TALK NOW", ["talk"], ["let", "us", "talk", "now"]),    # three capital words in a row: shouting
        ("THE U.S . POLICY", ["us.", "polici"], ["the", "us.", "polici"]),  # dotted initials even when shouted
        ("AIDS NATO", ["aid", "nato"], ["aid", "nato"]),               # four letters and more: analysed as words
        ("A.M. news", ["am.", "news"], ["am.", "news"]),
        ("the UN's envoy", ["un.", "envoy"], ["the", "un.", "envoy"]),  # possessive: the UN, not French "un"
        ("the US’s allies, EU's rules", ["us.", "alli", "eu", "rule"], ["the", "us.", "alli", "eu", "rule"]),
        # dotted initials' possessive is one word, the acronym (it had been "U.S" and a stray "s")
        ("the U.S.'s allies, U.K.’s rules", ["us.", "alli", "uk", "rule"], ["the", "us.", "alli", "uk", "rule"]),
        # a plural is its acronym: Snowball leaves "mps", "ngos" and "mp3s" as they are
        ("Forty MPs and one MP", ["forti", "mp", "one", "mp"], ["forti", "mp", "mps", "and", "one", "mp"]),
        ("NGOs, MP3s, DVDs", ["ngo", "mp3", "dvd"], ["ngo", "ngos", "mp3", "mp3s", "dvd", "dvds"]),
        ("NATOs ICBMs", ["nato", "icbm"], ["nato", "icbm"]),           # four letters and more: the word's stem
        ("the ITs and the IT", ["it.", "it."], ["the", "it.", "and", "the", "it."]),
        ("THE MPS VOTE", ["mps", "vote"], ["the", "mps", "vote"]),      # shouted: a word like any other
        # an abbreviation of parts of one or two letters, each a capital, is its letters (and, indexed, its dots too)
        ("a Ph.D. and a PhD", ["phd", "phd"], ["a", "phd", "ph.d", "and", "a", "phd"]),
        ("B.Sc. M.Sc.'s W.Va.", ["bsc", "msc", "wva"], ["bsc", "b.sc", "msc", "wva", "w.va"]),
        ("U.S.A. USA", ["usa", "usa"], ["usa", "usa"]),
        # dotted initials of four letters or more are the acronym, unstemmed: aid is not A.I.D.S.
        ("N.A.T.O. A.I.D.S. AIDS", ["nato", "aids", "aid"], ["nato", "aids", "aid"]),
        ("ph.d. BP.L", ["ph.d", "bp.l"], ["ph.d", "ph", "bp.l", "bp"]),  # lower case, a ticker: dotted words
    ],
)
def test_acronyms_are_kept_whole_and_pronouns_dropped(text: str, terms: list[str], indexed: list[str]) -> None:
    assert analyze(text) == terms
    assert analyze(text, mode="index") == [term + FUNCTION_MARK if term in GRAMMAR_WORDS else term for term in indexed]


def test_acronym_positions_skip_shouted_runs() -> None:
    assert acronyms(["BREAKING", "NEWS", "US", "troops"]) == {}
    assert acronyms(["US", "and", "UN", "envoys", "EU"]) == {0: "us.", 2: "un.", 4: "eu"}


@pytest.fixture
def acronym_index(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in STORIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def found(index_dir: Path, text: str) -> set[str]:
    with open_index(index_dir) as idx:
        return {hit.id for hit in idx.search(text, limit=20).hits}


@pytest.mark.parametrize("typed", ["US troops", "U.S. troops", "u.s. troops", "us troops"])
def test_us_finds_both_spellings_of_the_country(acronym_index: Path, typed: str) -> None:
    expected = {"dotted.txt", "bare.txt"}
    if typed == "us troops":  # typed in lower case, "us" is the pronoun: any article on troops
        expected |= {"pronoun.txt"}
    assert found(acronym_index, typed) == expected


def test_a_lone_acronym_is_a_query(acronym_index: Path) -> None:
    assert found(acronym_index, "UN") == {"un.txt", "uns.txt"}
    assert found(acronym_index, "UN's") == {"un.txt", "uns.txt"}
    assert found(acronym_index, "WHO") == {"who.txt"}


@pytest.mark.parametrize("typed", ["MP", "MPs", "mp"])
def test_an_acronym_and_its_plural_find_each_other(acronym_index: Path, typed: str) -> None:
    assert found(acronym_index, typed) == {"mp.txt", "mps.txt"}
    assert found(acronym_index, "NGO") == {"mps.txt"}


@pytest.mark.parametrize("typed", ["mps", "MPS", "ngos"])
def test_a_plural_typed_in_lower_case_or_shouted_still_finds_it(acronym_index: Path, typed: str) -> None:
    """"mps" is not an acronym to the tokenizer: the index holds "mps" at the place of "MPs" too."""
    assert found(acronym_index, typed) == {"mps.txt"}
    result = CliRunner().invoke(cli, ["query", typed, "--index-dir", str(acronym_index), "--json"])
    (hit,) = json.loads(result.output)["hits"]
    assert "<mark>MPs</mark>" in hit["snippet_html"] or "<mark>NGOs</mark>" in hit["snippet_html"]


def test_cli_searches_a_lone_acronym_and_marks_both_spellings(acronym_index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "UN", "--index-dir", str(acronym_index), "--json"])
    assert result.exit_code == 0, result.output
    hits = {hit["id"]: hit["snippet_html"] for hit in json.loads(result.output)["hits"]}
    assert hits.keys() == {"un.txt", "uns.txt"}
    assert "<mark>UN</mark>" in hits["un.txt"] and "<mark>U.N.</mark>" in hits["un.txt"]
    assert "<mark>UN&#x27;s</mark> envoy met un groupe" in hits["uns.txt"]


@pytest.mark.parametrize(("typed", "expected"), [
    ("UN OR WHO", {"un.txt", "uns.txt", "who.txt"}),          # short capital words with operators: acronyms and operators
    ("US NOT UN", {"dotted.txt", "bare.txt"}),
    ("(UN OR WHO) NOT US", {"un.txt", "uns.txt", "who.txt"}),
    ("US TROOPS RETURN HOME", {"bare.txt"}),       # a pasted headline: US is still the country
    ("UN PEACE TALKS RESUME", {"un.txt"}),
])
def test_acronyms_in_queries_typed_in_capitals(acronym_index: Path, typed: str, expected: set[str]) -> None:
    assert found(acronym_index, typed) == expected


def test_unshout_keeps_operators_between_short_words_only() -> None:
    from newssearch.operators import unshout

    assert unshout("FBI OR CIA") == ("FBI OR CIA", None)
    assert unshout("TROOPS IN VIET NAM AND WEST GERMANY")[0] == "troops in viet nam and west germany"
    assert unshout("WAR AND PEACE") == ("WAR AND PEACE", None)  # three words: keywords and an operator
    assert unshout("US TRADE DEFICIT WIDENS") == ("u.s. trade deficit widens", None)
    assert unshout("PERSONS WHO LEFT IT")[0] == "persons who left it"  # WHO and IT: pronouns in a sentence
    # a headline with TO in it lowers no operator the note names: no note
    assert unshout("MICROSOFT MOVES TO ERASE ITS CARBON FOOTPRINT") == ("microsoft moves to erase its carbon footprint", None)
    assert unshout("TROOPS IN VIET NAM AND WEST GERMANY")[1] is not None


@pytest.mark.parametrize("typed", ["(NOT BLAIR) BROWN", "BROWN (NOT BLAIR)", "(NOT C# )", "ELECTION (BLAIR OR)"])
def test_unshout_knows_an_operator_a_bracket_touches(typed: str) -> None:
    # "(NOT BLAIR) BROWN" had been lower-cased as a sentence ("(NOT" is no operator as written): blair and brown, with
    # the note '"not" in lower case is a word, not an operator: type NOT' (query-side check, seed 32)
    from newssearch.operators import unshout

    assert unshout(typed) == (typed, None)
    assert unshout("(TROOPS IN VIET NAM AND WEST GERMANY)")[0] == "(troops in viet nam and west germany)"


@pytest.mark.parametrize("typed", ["محمد قال الخطة الاقتصادية OR نتنياهو", "北京大学の研究者 東京で発表した OR 서울특별시 정부는",
                                   '("चुनाव आयोग"~2 OR "आयोग चुनाव"~2)', "2,000,000 OR 3,000,000 OR 4,000,000 OR 5,000,000"])
def test_unshout_leaves_words_without_case_alone(typed: str) -> None:
    # a script without capitals (Arabic, Chinese, Hindi; digits) had made a query of its words with an OR one "typed
    # all in capitals": lower-cased, its OR a word, so that Nexis's "محمد w/3 قال" required both orders and found
    # nothing (hand check on a multilingual text)
    from newssearch.operators import unshout

    assert unshout(typed) == (typed, None)


def test_a_capital_query_of_few_words_keeps_its_operators(acronym_index: Path) -> None:
    assert found(acronym_index, "TROOPS NOT BASE") == {"pronoun.txt"}


ABBREVIATIONS = {
    "dotted.txt": "Graduate hired\n\nShe has a Ph.D. from a U.S.A. college and a B.Sc. in A.I.D.S. research.",
    "solid.txt": "Graduate fired\n\nHe has a PhD from a USA college and a BSc in AIDS research.",
    "ticker.txt": "Shares\n\nBP.L rose; the lab's ph levels were checked.",
    "aid.txt": "Relief\n\nForeign aid was sent.",
    "team.txt": "Raid\n\nThe T.E.A.M. unit and the U.S. Navy met.",
    "commissioner.txt": "Appointed\n\nThe new commissioner took office.",
}


@pytest.fixture(scope="module")
def abbreviation_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("abbreviations")
    (root / "corpus").mkdir()
    for name, text in ABBREVIATIONS.items():
        (root / "corpus" / name).write_text(text, encoding="utf-8")
    build_index(root / "corpus", root / "index")
    return root / "index"


@pytest.mark.parametrize(("typed", "expected"), [
    ("PhD", {"dotted.txt", "solid.txt"}),
    ("Ph.D.", {"dotted.txt", "solid.txt"}),
    ("phd", {"dotted.txt", "solid.txt"}),
    ("ph.d.", {"dotted.txt"}),                 # typed with its dots in lower case: that spelling
    ("USA", {"dotted.txt", "solid.txt", "team.txt"}),  # and the "U.S." Navy: one country (aliases.NAMES)
    ("U.S.A.", {"dotted.txt", "solid.txt", "team.txt"}),
    ("B.Sc.", {"dotted.txt", "solid.txt"}),
    ("A.I.D.S.", {"aid.txt", "dotted.txt", "solid.txt"}),  # as AIDS, its stem too: the capital word's term
    ("AIDS", {"aid.txt", "dotted.txt", "solid.txt"}),
    ("aid", {"aid.txt", "solid.txt"}),          # A.I.D.S. is no aid (it had been stemmed so)
    ("aids", {"aid.txt", "dotted.txt", "solid.txt"}),  # typed in lower case, the acronym its initials spell too
    ("Aids", {"aid.txt", "dotted.txt", "solid.txt"}),
    ("aids research", {"dotted.txt", "solid.txt"}),
    ('"aids research"', {"dotted.txt", "solid.txt"}),  # in a phrase too
    ('"AIDS research"', {"dotted.txt", "solid.txt"}),
    ("-aids graduate", set()),                 # and left out with it
    ("team", {"team.txt"}),                    # whose stem is the acronym's term: found as ever
    # "commission" (stem commiss) had found "commissioner" (stem commission) as the initials C.O.M.M.I.S.S.I.O.N.:
    # a word's stem is no acronym (differential query check)
    ("commission", set()),
    ("commissioner", {"commissioner.txt"}),
    ("ph", {"ticker.txt"}),                    # Ph.D. is no "ph"
    ("BP", {"ticker.txt"}),
])
def test_dotted_and_solid_abbreviations_find_each_other(abbreviation_index: Path, typed: str, expected: set[str]) -> None:
    assert found(abbreviation_index, typed) == expected


def test_only_a_word_of_four_letters_or_more_searches_the_acronym_of_its_initials() -> None:
    # us (U.S.), ads (ADS) are too short; them spells a stopword (them.); team and aid stem to their own term
    assert dotted_terms(["us", "ads", "aids", "Aids", "them", "team", "aid", "U.S.", "aids's"]) == {"aid": "aids"}


def test_a_word_s_dotted_initials_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a pasted page of 10,000 words that finds nothing is parsed three times (the search, and its notes' counts with
    # its dashes spaced and under --match any): each word's initials had been read each time, 0.17 s a parse
    read: list[list[str]] = []
    monkeypatch.setattr(dottedacronyms, "acronyms", lambda texts: read.append(texts) or acronyms(texts))
    words = ["quokkas", "Quokkas", "quokkas", "wombats"]
    assert dotted_terms(words) == dotted_terms(words) == {"quokka": "quokkas", "wombat": "wombats"}
    assert read == [["Q.U.O.K.K.A.S."], ["Q.U.O.K.K.A.S."], ["W.O.M.B.A.T.S."]]  # as typed: Quokkas once too


@pytest.mark.parametrize(("typed", "article", "marked"), [
    ("PhD", "dotted.txt", "has a <mark>Ph.D.</mark> from"),
    ("Ph.D.", "solid.txt", "has a <mark>PhD</mark> from"),
    ("BSc", "dotted.txt", "and a <mark>B.Sc.</mark> in"),
    ("AIDS", "dotted.txt", "in <mark>A.I.D.S.</mark> research"),
    ("A.I.D.S.", "solid.txt", "in <mark>AIDS</mark> research"),
    ("aids", "dotted.txt", "in <mark>A.I.D.S.</mark> research"),
    ('"aids research"', "dotted.txt", "in <mark>A.I.D.S. research</mark>."),
])
def test_an_abbreviation_is_marked_whole_with_its_dots(abbreviation_index: Path, typed: str, article: str,
                                                      marked: str) -> None:
    with open_index(abbreviation_index) as idx:
        [hit] = [hit for hit in idx.search(typed).hits if hit.id == article]
    assert marked in hit.snippet.html()
