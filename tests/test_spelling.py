"""'Did you mean' for a word the index knows: a rare slip of a far commoner word, on a corpus built for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli
from newssearch.nearwords import (
    closest_word,
    most_written,
    nearer_unless_far_more_together,
    soundex,
)
from newssearch.spelling import typed_case

COMMON = 120  # articles with the common words: more than MORE_POPULAR (100) times a word in one article

# 136 articles: a word in one of them is rare enough to have a word 100 times commoner.
TEXTS = {
    **{f"common{n}.txt": f"Meeting {n}\n\nThe government met in Paris on the budget, code 123456. Financial news."
       for n in range(COMMON)},
    "goverment.txt": "Typo\n\nThe goverment met.",           # a letter left out of government
    "budegt.txt": "Typo two\n\nThe budegt.",                 # two letters of budget swapped
    "governent.txt": "Typo three\n\nThe governent met.",     # another letter changed: government's stem (govern)
    "finaical.txt": "Typo four\n\nFinaical news.",           # sounds like "finacial", as financial does not
    "budgie.txt": "Pets\n\nThe budgie sang.",                # one letter changed: a real word, not a slip
    "volker.txt": "Envoy\n\nKurt Volker spoke.",             # a letter left out of a name in only ten
    **{f"volcker{n}.txt": f"Fed {n}\n\nPaul Volcker spoke." for n in range(10)},
    "short.txt": "Old\n\nThe pars and code 123546.",         # a slip of Paris too short, a slip of a number
    **{f"blair{n}.txt": f"Speech {n}\n\nTony Blair spoke to the party." for n in range(3)},
    **{f"blame{n}.txt": f"Row {n}\n\nThe minister took the blame." for n in range(5)},
    "hovercraft.txt": "Hovercraft crosses\n\nThe craft went over the channel.",  # headline words the story never says
    "muell.txt": "Müllabfuhr streikt\n\nDie Tonnen bleiben voll.",
    "cruz.txt": "Oscars\n\nPenelope Cruz spoke after a delay.",  # a name's word beside a word a particle is a slip of
    "laden.txt": "Tape\n\nOsama bin Laden spoke.",  # a particle that is the context of its name's typo
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import index_of_texts

    return index_of_texts(tmp_path_factory.mktemp("spelling"), TEXTS)


def search(index: Path, text: str) -> tuple[list[str], str | None]:
    with open_index(index) as idx:
        result = idx.search(text)
        return [hit.id for hit in result.hits], result.suggestion


def test_a_rare_slip_of_a_far_commoner_word_gets_it_and_keeps_its_hits(index: Path) -> None:
    assert search(index, "goverment") == (["goverment.txt"], "government")
    assert search(index, "budegt") == (["budegt.txt"], "budget")
    assert search(index, "Goverment budegt") == ([], "Government budget")


@pytest.mark.parametrize("text", ["governent", "budgie", "Volker", "Volcker", "pars", "123546", "government"])
def test_no_suggestion_for_other_edits_a_word_not_100_times_commoner_short_words_numbers(
        index: Path, text: str) -> None:
    hits, suggestion = search(index, text)
    assert hits and suggestion is None


def test_no_suggestion_for_a_word_left_out_or_a_known_acronym(index: Path) -> None:
    assert search(index, "budget -goverment")[1] is None        # it had offered "budget -government"
    assert search(index, "budget NOT budgte")[1] is None
    _hits, suggestion = search(index, "budget UAE")
    assert suggestion is None                                    # an acronym found by its name, not a typo
    assert search(index, "budget -goverment budgte")[1] == "budget -goverment budget"


def test_a_word_only_a_headline_writes_is_offered_for_its_typo(index: Path) -> None:
    # the spelling words were the bodies' alone: a headline's compound or name that its story never repeats (German
    # headlines, most of all) got no "Did you mean", and its article was not found
    assert search(index, "hovercarft") == ([], "hovercraft")
    assert search(index, "hovercraft") == (["hovercraft.txt"], None)
    assert search(index, "mullabfhur") == ([], "müllabfuhr")  # as the headline writes it, with its marks


def test_the_spelling_written_wins_over_a_typo_with_the_same_stem(index: Path) -> None:
    # governent is as near to goverment as government, sounds alike and counts the same stem (govern),
    # and comes first in the alphabet: the articles write government.
    with open_index(index) as idx:
        reader = idx._searcher.reader()
        assert closest_word(reader, "goverment") == "government"
        assert most_written(reader, ["governent", "government"]) == "government"


def test_an_equally_near_word_far_rarer_than_another_is_not_offered(index: Path) -> None:
    # finaical sounds like finacial (Soundex F524), financial does not, but it is in 120 articles, not one.
    assert search(index, "finacial") == ([], "financial")


def test_the_cli_prints_the_hits_and_then_did_you_mean(index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "goverment", "--index-dir", str(index), "--color", "never"])
    assert result.exit_code == 0 and "goverment.txt" in result.stdout
    assert result.stderr == "Did you mean: government\n"


def test_no_suggestion_changes_a_number(index: Path) -> None:
    assert search(index, "budget 123465")[1] is None     # one swap from 123456, a hundred times as common


def test_live_frequency_skips_deleted_articles_and_stops_counting_past_enough(tmp_path: Path) -> None:
    from newssearch import build_index
    from newssearch.livecounts import live_frequency

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"{i}.txt").write_text(f"Harbour {i}\n\nThe harbour ferry ran late.", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "0.txt").unlink()
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        reader = idx._searcher.reader()
        assert reader.has_deletions()
        assert live_frequency(reader, "body", "ferri") == 3
        assert live_frequency(reader, "body", "ferri", enough=3) == 3  # 4 stored - 1 deleted is not over 3
        assert live_frequency(reader, "body", "ferri", enough=2) == 4  # over 2 whatever the deleted one held


def test_the_word_found_with_the_others_typed_wins_even_if_it_sounds_alike_two_edits_away(index: Path) -> None:
    assert search(index, "tony blare")[1] == "tony blair"      # blame is one edit away, but never with Tony
    assert search(index, '"tony blare"')[1] == '"tony blair"'
    assert search(index, "blare")[1] == "blame"                 # alone: the nearest word
    assert search(index, "tonny blare")[1] == "tony blair"      # two typos: each found with the other's correction


@pytest.mark.parametrize(("typed", "word", "expected"), [
    ("ECONMY", "economy", "ECONOMY"),          # typed in capitals: offered in capitals
    ("Brwon", "brown", "Brown"),
    ("Osulivan", "o'sullivan", "O'Sullivan"),   # an Irish name's prefix
    ("ONeill", "o'neill", "O'Neill"),
    ("Dont", "don't", "Don't"),                 # a contraction is not a name
    ("econmy", "economy", "economy"),
])
def test_a_suggestion_is_cased_as_the_word_was_typed(typed: str, word: str, expected: str) -> None:
    assert typed_case(typed, word) == expected


@pytest.mark.parametrize(("typed", "options", "expected"), [
    ("goverment", {}, "government"),
    ("lang:fr goverment", {}, None),             # "lang:fr government" finds nothing: no French article says it
    ("title:goverment", {}, None),               # nor does any title
    ("goverment", {"since": "2000"}, None),      # nor any dated article
    ("tony blare", {}, "tony blair"),
    ("tony blare", {"until": "2000-01"}, None),
    ("goverment OR budget", {}, None),           # found already: "government OR budget" finds fewer
])
def test_a_suggestion_finds_more_under_the_same_filters(index: Path, typed: str, options: dict[str, str],
                                                        expected: str | None) -> None:
    with open_index(index) as idx:
        assert idx.search(typed, **options).suggestion == expected  # type: ignore[arg-type]


def test_a_typo_found_only_through_another_word_of_its_stem_gets_the_word_written(tmp_path: Path) -> None:
    """"goverment" and "governess" share the stem "gover": the typo found the nanny, and no suggestion came."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nanny.txt").write_text("Nanny hired\n\nThe family hired a governess for the children.")
    for n in range(12):
        (corpus / f"budget{n}.txt").write_text(f"Budget {n}\n\nThe government spending plans were attacked.")
    (corpus / "fuel.txt").write_text("Fuel\n\nFuel prices rose; the fuelling of the debate went on.")
    for n in range(30):
        (corpus / f"feel{n}.txt").write_text(f"Mood {n}\n\nA feeling of gloom.")
    index = tmp_path / "index"
    assert CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index)]).exit_code == 0
    with open_index(index) as idx:
        assert idx.search("goverment spending").suggestion == "government spending"
        assert idx.search("goverment").suggestion == "government"
        assert idx.search("governess").suggestion is None          # written: a word, not a typo
        assert idx.search("fueling").suggestion is None            # unwritten, but a changed letter is no slip


def test_a_word_is_offered_as_the_articles_write_it_with_its_marks(tmp_path: Path) -> None:
    # The index offers words folded: "Grüne" had got "Did you mean: Grunen", a spelling no article has.
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {
        "de.txt": "Umfrage\n\nDie Grünen verlieren. Auf den Straßen protestieren die Wähler.",
        "cafe.txt": "Cafes\n\nThe cafe and the café were open; the cafe closed.",
    })
    with open_index(index) as idx:
        assert [idx.search(typed).suggestion for typed in ("Grüne", "Straße", "Wählerin", "cafr")] == [
            "Grünen", "Straßen", "Wähler", "cafe"]  # "cafe" is written without its mark more often


NAMED = {
    "budget.txt": "Title: Budget row\nAuthor: Jane Smith\nSource: Stuff\n\nThe budget row deepened.",
    "smyth.txt": "Title: Rates\nAuthor: Tom Smyth\nSource: Stuff\n\nRates held.",
    "smith.txt": "Title: Harbour\nAuthor: Ann Smith\nSource: Herald\n\nThe harbour reopened.",
}


@pytest.mark.parametrize(("typed", "expected"), [
    ("author:smiht", "author:smith"),                        # two letters swapped
    ("source:stuf", "source:stuff"),                         # a letter left out
    ("byline:SMIHT", "byline:SMITH"),                        # an alias, cased as typed
    ('author:"Jane Smiht" budget', 'author:"Jane Smith" budget'),
    ("budgte author:smiht", "budget author:smith"),          # with a word of the text corrected too
    ("author:smth", "author:smith"),                         # smith (2 articles) before smyth (1), equally near
    ("budget -author:smiht", None),                          # a name left out is not looked for
    ("author:smith", None), ("author:smi*", None), ("author:xyzzyq", None),
])
def test_an_author_or_source_no_article_has_gets_the_nearest_name(tmp_path: Path, typed: str,
                                                                  expected: str | None) -> None:
    from conftest import index_of_texts

    with open_index(index_of_texts(tmp_path, NAMED)) as idx:
        assert idx.search(typed).suggestion == expected


SHORT_NAMES = {
    "cox.txt": "Title: Port\nAuthor: Jane Cox\nSource: BBC\n\nThe port reopened.",
    "lee.txt": "Title: Rates\nAuthor: Tom Lee\nSource: RNZ\n\nRates held.",
    "fox.txt": "Title: Harbour\nAuthor: Ann Fox\nSource: BBC\n\nThe harbour reopened.",
}


@pytest.mark.parametrize(("names", "typed", "expected"), [
    (SHORT_NAMES, "author:cax", "author:cox"),                 # one letter changed: the one name part so near
    (SHORT_NAMES, "author:Cax", "author:Cox"),                 # cased as typed
    (SHORT_NAMES, "author:lle", "author:lee"),                 # two letters swapped
    (SHORT_NAMES, 'author:"tom lle"', 'author:"tom lee"'),
    (SHORT_NAMES, "source:bbx", "source:bbc"),
    (SHORT_NAMES, "author:lii", None),                         # two edits from Lee: any short name is two from it
    (SHORT_NAMES, "author:oxx", None),                         # the first letter is kept (fox, cox)
    ({**SHORT_NAMES, "cao.txt": "Title: Mine\nAuthor: Li Cao\n\nThe mine reopened."}, "author:cax", None),  # two
])
def test_a_three_letter_name_part_is_corrected_to_the_one_name_part_an_edit_away(
        tmp_path: Path, names: dict[str, str], typed: str, expected: str | None) -> None:
    # author:cax had got no "Did you mean" (a name part of three letters was too short to guess at): one edit from it
    # is the one such part the field holds, Cox; where two are (Cox, Cao), it is no guess
    from conftest import index_of_texts

    with open_index(index_of_texts(tmp_path, names)) as idx:
        assert idx.search(typed).suggestion == expected


def test_a_name_typed_with_two_letters_swapped_and_another_slip_gets_the_name(tmp_path: Path) -> None:
    """A swap is one edit in a name as in a word (``govermnet``): "jonhsen" is Johnson with "hn" swapped and an o
    changed, two slips; the look-up had walked plain edits (three here) and offered nothing."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {**NAMED, "johnson.txt": "Title: Port\nAuthor: Mark Johnson\nSource: Herald\n\n"
                                                              "The port reopened."})
    out = CliRunner().invoke(cli, ["query", "author:jonhsen", "--index-dir", str(index)])
    assert (out.exit_code, out.stdout) == (1, "")
    assert out.stderr == ("No articles match 'author:jonhsen'.\nNote: no article in this index is by that author "
                          "(its authors: Ann Smith, Jane Smith, Mark Johnson, Tom Smyth).\n"
                          "Did you mean: author:johnson\n")
    with open_index(index) as idx:
        assert [idx.search(typed).suggestion for typed in ("author:Jonhsen", 'author:"mark jonhsen"', "source:hreld",
                                                           "author:jonhson")] == [
            "author:Johnson", 'author:"mark johnson"', "source:herald", "author:johnson"]


HEADLINES = {  # wire stories whose headlines are pasted as typed, in capitals
    "sugar.txt": "INDIAN SUGAR OUTPUT RISES IN FIRST FOUR MONTHS\n\n"
                 "Indian sugar output rose in the first four months of the season, the sugar mills association said.",
    "cocoa.txt": "Cocoa harvest review\n\nShowers continued throughout the week in the cocoa zone, traders said.",
    # "borrow" is in the headline only; "coin" (two edits from "chian") is in a story with "borrow" in its body
    "loan.txt": "CHINA TO BORROW 390 MLN DLRS\n\nThe Bank of China will raise a 390 mln dlr syndicated loan from "
                "foreign banks, bankers in Hong Kong said.",
    "coin.txt": "Sterling money supply rises\n\nThe Royal Mint struck a new coin as banks continued to borrow heavily "
                "from the central bank in January.",
    "talks.txt": "Trade talks in Geneva\n\nChina and Japan held trade talks in Geneva on Monday, officials said.",
}


@pytest.fixture(scope="module")
def headlines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from conftest import index_of_texts

    return index_of_texts(tmp_path_factory.mktemp("headlines"), HEADLINES)


@pytest.mark.parametrize(("typed", "expected"), [
    ("INDIAN SUGAR OUTUPT RISES", "INDIAN SUGAR OUTPUT RISES"),  # searched in lower case: offered as typed
    ("SUGAR OUTUPT RISES", "SUGAR OUTPUT RISES"),
    ("SUGAR OUTUPT", "SUGAR OUTPUT"),                            # two capital words are searched as typed
    ("indian sugar outupt rises", "indian sugar output rises"),
    ("Indian Sugar Outupt Rises", "Indian Sugar Output Rises"),
    ("outupt OUTUPT Outupt", "output OUTPUT Output"),            # each place cased as it was typed
])
def test_a_headline_in_capitals_gets_its_typo_corrected_in_capitals(headlines: Path, typed: str,
                                                                     expected: str) -> None:
    assert search(headlines, typed)[1] == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("chian borrow", "china borrow"),      # borrow is only in China's headline: it had been "coin borrow"
    ("borrow chian", "borrow china"),
    ("CHIAN TO BORROW 390 MLN DLRS", "CHINA TO BORROW 390 MLN DLRS"),
    ("chian talks", "china talks"),        # found together in a body, as before
    ("chian", "china"),
])
def test_a_word_in_a_headline_counts_as_found_with_the_correction(headlines: Path, typed: str, expected: str) -> None:
    assert search(headlines, typed)[1] == expected


NEAR_AND_FAR = {  # a word one edit from the typo found with the other word typed, one two edits away found more often
    "target.txt": "Lib Dems target first-time buyers\n\nThe Liberal Democrats target first-time buyers.",
    **{f"taxed{n}.txt": f"Tax row {n}\n\nThe Dems said families were taxed too heavily." for n in range(3)},
    "boateng.txt": "Boateng steps in\n\nPaul Boateng will step in as minister.",
    **{f"beating{n}.txt": f"Record {n}\n\nA step towards beating the record." for n in range(3)},
}


@pytest.mark.parametrize(("typed", "expected"), [
    ("dems taget", "dems target"),     # taxed (two edits, sounds alike) is with Dems three times as often: not enough
    ("step bateng", "step boateng"),   # beating: the same
    ("taget", "target"),               # alone: the nearest word
])
def test_the_nearer_word_found_with_the_others_beats_a_farther_one_found_a_little_more(
        tmp_path: Path, typed: str, expected: str) -> None:
    from conftest import index_of_texts

    assert search(index_of_texts(tmp_path, NEAR_AND_FAR), typed)[1] == expected


@pytest.mark.parametrize(("together", "near", "expected"), [
    ({"target": 14, "taxed": 29}, {"target"}, "target"),  # dems taget, on BBC: the nearer one
    ({"blame": 3, "blair": 155}, {"blame"}, "blair"),     # tony blare, on BBC: the farther one, 51 times as often
    ({"blame": 3, "blair": 29}, {"blame"}, "blame"),      # under FARTHER_TOGETHER (10) times as often
    ({"blame": 3, "blair": 30}, {"blame"}, "blair"),      # ten times
    ({"blair": 2}, {"blame"}, "blair"),                   # the nearer one is not found with the others
    ({"rely": 4, "relay": 3}, {"rely", "relay"}, "rely"),  # equally near: found together more often
    ({"rely": 3, "relay": 3}, {"rely", "relay"}, "relay rely"),  # a tie: the articles' spelling decides
])
def test_a_farther_sound_alike_wins_only_when_found_with_the_others_ten_times_as_often(
        together: dict[str, int], near: set[str], expected: str) -> None:
    typed = "blare" if "blame" in near else "taget" if "target" in near else "reley"
    assert nearer_unless_far_more_together(together, {}, near, soundex(typed)) == expected.split()


# "coca cola" on BBC News, where one story has "a cola drink" and none Coca-Cola, had been "Did you mean: cola cola":
# the other word typed had counted as found with the others (itself) in every article it is in.
OTHER_WORD = {"cola.txt": "Drinks\n\nHe was denied a cola drink.",
              **{f"coma{n}.txt": f"Hospital {n}\n\nThe patient left the coma." for n in range(2)}}


@pytest.mark.parametrize("typed", ["coca cola", "Coca Cola", "cola coca"])
def test_a_word_typed_beside_a_typo_is_not_found_with_itself(tmp_path: Path, typed: str) -> None:
    from conftest import index_of_texts

    assert search(index_of_texts(tmp_path, OTHER_WORD), typed)[1] is None  # the nearest, coma: "coma cola" finds none


def test_two_typos_are_not_corrected_into_one_word(tmp_path: Path) -> None:
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {**{f"rose{n}.txt": f"Prices {n}\n\nPrices rose again." for n in range(10)},
                                      "rock.txt": "Music\n\nRock sales rose."})
    assert search(index, "rocc rosse")[1] == "rock rose"  # had been "rose rose": rosse's correction beside itself


@pytest.mark.parametrize(("typed", "expected"), [
    ("Volckr's plan", "Volcker's plan"),
    ("Volckr’s plan", "Volcker’s plan"),      # as phones and word processors type it: it had got no suggestion
    ("Volckrʼs plan", "Volckerʼs plan"),
])
def test_a_typo_with_a_curly_apostrophe_gets_its_suggestion_with_it(tmp_path: Path, typed: str, expected: str) -> None:
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"fed.txt": "Fed\n\nPaul Volcker's plan was read."})
    assert search(index, typed)[1] == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("#metoo", None),              # a hashtag no article has: had been "#meto", a word of one article
    ("@metoo", None),              # a handle
    ("#MeToo harbour", None),
    ("metoo", "meto"),             # typed as a word, it is corrected as one (as Lucene's spell checker would)
    ("harbor #ferry", "harbour #ferry"),  # the hashtag's word is known: the other word is still corrected
])
def test_a_hashtag_or_a_handle_is_not_corrected(tmp_path: Path, typed: str, expected: str | None) -> None:
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"meto.txt": "Village\n\nMeto is a village in the hills.",
                                      **{f"h{n}.txt": f"Harbour {n}\n\nThe harbour #ferry ran late." for n in range(5)}})
    assert search(index, typed)[1] == expected
    out = CliRunner().invoke(cli, ["query", "#metoo", "--index-dir", str(index)])
    assert (out.exit_code, out.stdout, out.stderr) == (1, "", "No articles match '#metoo'.\n")


LANGUAGE_ARTICLES = [
    {"id": "nl1", "language": "nl", "title": "Wonen", "body": "De woningen in Utrecht worden steeds duurder."},
    {"id": "de1", "language": "de", "title": "Mieten", "body": "Die Wohnung in Berlin ist teuer."},
    {"id": "de2", "language": "de", "title": "Umzug", "body": "Eine neue Wohnung gesucht."},
    {"id": "es1", "language": "es", "title": "Alquiler", "body": "El precio del alquiler sube otra vez."},
    {"id": "en1", "language": "en", "title": "Figures", "body": "The precise figures are due."},
    {"id": "en2", "language": "en", "title": "Counts", "body": "A precise count was made."},
    {"id": "ru1", "language": "ru", "title": "Дума", "body": "Выборы прошли спокойно."},
]


def test_a_word_known_only_by_its_languages_stem_is_no_typo_and_is_offered_for_one(tmp_path: Path) -> None:
    """Counted by its English stem, a Dutch "woningen" (Dutch woon, English woningen) or a Spanish "precio" was in
    no article: "Did you mean" offered the German "Wohnung" for the "woning" it had found, "precise" for "precio",
    and nothing for "выбары" (выборы: English keeps the word whole, Russian stems it выбор)."""
    import json

    from newssearch import build_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = (json.dumps(article, ensure_ascii=False) for article in LANGUAGE_ARTICLES)
    (corpus / "news.jsonl").write_text("\n".join(lines), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    assert search(tmp_path / "index", "woning") == (["news.jsonl#nl1"], None)
    assert search(tmp_path / "index", "precio") == (["news.jsonl#es1"], None)
    assert search(tmp_path / "index", "выбары") == ([], "выборы")


def test_the_slips_the_index_holds_are_found_as_whoosh_finds_them_a_deleted_articles_words_too(
        tmp_path: Path) -> None:
    from newssearch import build_index
    from newssearch.spelling import _indexed, _slipped_from

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Budget\n\nThe government met.", encoding="utf-8")
    (corpus / "b.txt").write_text("Vote\n\nThe governor and the governments met.", encoding="utf-8")
    for n in range(3):
        (corpus / f"{n}.txt").write_text(f"Harbour {n}\n\nThe ferry ran late.", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "b.txt").unlink()
    build_index(corpus, tmp_path / "index")
    with open_index(tmp_path / "index") as idx:
        reader = idx._searcher.reader()
        assert reader.has_deletions()
        found = {typed: sorted(_indexed(reader, "spell_body", typed, _slipped_from(typed)))
                 for typed in ("goverment", "gvernment", "governmets", "goevrnor")}
        assert found == {"goverment": ["government"], "gvernment": ["government"],  # a slip in its first letters
                         "governmets": ["governments"], "goevrnor": ["governor"]}  # the deleted article's words
        assert found == {typed: sorted(c for c in _slipped_from(typed) if ("spell_body", c) in reader) for typed in found}


def test_a_three_letter_word_with_its_last_two_letters_swapped_gets_the_word(tmp_path: Path) -> None:
    # "oli prices" had got no "Did you mean" at all: no word under four letters was guessed at. A swap is the one slip
    # looked for in three letters (one changed letter of "oli" is old, olt, ola...), and never to a grammar word.
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"oil.txt": "Oil prices rise\n\nOil prices rose again.",
                                      "old.txt": "Old town\n\nThe old town hall reopened.",
                                      "tax.txt": "Tax\n\nThe tax rose."})
    out = CliRunner().invoke(cli, ["query", "oli prices", "--index-dir", str(index)])
    assert (out.exit_code, out.output) == (1, "No articles match 'oli prices'.\nDid you mean: oil prices\n")
    out = CliRunner().invoke(cli, ["query", "OLI", "--index-dir", str(index)])
    assert (out.exit_code, out.output) == (1, "No articles match 'OLI'.\nDid you mean: OIL\n")
    out = CliRunner().invoke(cli, ["query", "teh", "--index-dir", str(index)])
    assert (out.exit_code, out.output) == (1, "No articles match 'teh'.\n")


def test_two_edits_are_no_slip_between_words_of_four_letters(tmp_path: Path) -> None:
    """"nazi" is two edits from "nash" and "Ngāti" (ngati) from "nazi": a word of four letters with two changed is
    another word, not a slip; "tony blare" (five letters each) is still Blair."""
    from conftest import index_of_texts

    texts = {f"nash{n}.txt": f"Nash {n}\n\nNash spoke about Nazi history with Tony Blair." for n in range(3)}
    index = index_of_texts(tmp_path, texts)
    with open_index(index) as idx:
        assert idx.search("nasa").suggestion == "nash"  # one edit: offered
        assert idx.search("nezo").suggestion is None  # two edits in four letters: nazi, nash
        assert idx.search("Ngāti").suggestion is None
        assert idx.search("tony blare").suggestion == "tony blair"


def test_two_edits_from_a_name_must_sound_alike(tmp_path: Path) -> None:
    """"Müller" (muller) is two edits from "murder", a word that does not sound like it (M460, M636): a name, typed
    with a capital or a mark, is spelt as heard. "Tony Blare" is still Blair (B460 both); one edit is still offered."""
    from conftest import index_of_texts

    texts = {f"trial{n}.txt": f"Trial {n}\n\nThe murder trial opened; a police officer spoke." for n in range(3)}
    texts.update({f"blair{n}.txt": f"Speech {n}\n\nTony Blair spoke." for n in range(3)})
    index = index_of_texts(tmp_path, texts)
    with open_index(index) as idx:
        assert [idx.search(typed).suggestion for typed in ("Müller", "müller", "Muller")] == [None, None, None]
        # typed as a word too: two edits to a word that does not sound alike make another word (test_two_edit_suggestions)
        assert idx.search("muller").suggestion is None
        assert idx.search("Tony Blare").suggestion == "Tony Blair"
        assert idx.search("tony blare").suggestion == "tony blair"
        assert idx.search("Murdar polise offcer").suggestion == "Murder police officer"


def test_an_equally_near_word_keeping_the_letter_typed_with_a_mark_beats_a_commoner_one(tmp_path: Path) -> None:
    """"Lärn" is one edit from "lern" (folded "larn": a changed a) and from "Lärm" (a changed n): the ä typed says
    which, though "lern" is in five articles and "Lärm" in one; alone, and beside a word found with "lern" more."""
    from conftest import index_of_texts

    texts = {f"lern{n}.txt": f"Schule {n}\n\nWir lern in der Stadt. Lern weiter." for n in range(5)}
    texts["larm.txt"] = "Verkehr\n\nDer Lärm der Stadt."
    with open_index(index_of_texts(tmp_path, texts)) as idx:
        assert [idx.search(typed).suggestion for typed in ("Lärn", "lärn", "Stadt lärn")] == [
            "Lärm", "lärm", "Stadt lärm"]
        assert idx.search("Larn").suggestion == "Lern"  # typed without the mark: the commoner


def test_an_equally_near_word_keeping_every_letter_typed_beats_one_found_more_with_the_others(tmp_path: Path) -> None:
    """"santé publiqe" had got "santé publié" (found with santé in five articles; folded "publie", the q dropped)
    over "publique" (in one, a u left out): a letter left out is the commonest slip, and the q was typed."""
    from conftest import index_of_texts

    texts = {f"publie{n}.txt": f"Rapport {n}\n\nLe rapport publié sur la santé des enfants." for n in range(5)}
    texts["publique.txt"] = "Santé\n\nLa santé publique en France."
    with open_index(index_of_texts(tmp_path, texts)) as idx:
        assert [idx.search(typed).suggestion for typed in ("santé publiqe", "publiqe")] == [
            "santé publique", "publique"]


def test_a_suggestion_reads_each_article_it_samples_once(index: Path) -> None:
    # how a suggested word is written is read in a few articles holding it; "tonny blare" is corrected twice (alone,
    # then beside the other's correction: tony blair), and the 3 articles of Tony Blair had been read for each word
    # each time, 3 times each (tony, then tony and blair)
    from collections import Counter

    from newssearch.spelling import suggest

    class Reading:  # the index's reader, counting the articles it reads
        def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
            self.reader, self.read = reader, Counter[int]()

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self.reader, name)

        def __contains__(self, key: object) -> bool:
            return key in self.reader

        def stored_fields(self, docnum: int):  # type: ignore[no-untyped-def]
            self.read[docnum] += 1
            return self.reader.stored_fields(docnum)

    with open_index(index) as idx:
        reading = Reading(idx._searcher.reader())
        assert suggest(reading, "tonny blare", ["tonny", "blare"], idx._lexicons) == "tony blair"
    assert reading.read and max(reading.read.values()) == 1


def test_two_letters_swapped_and_another_slip_are_two_slips(tmp_path: Path) -> None:
    """"govermnet" is government with "nm" swapped and an n left out: two slips, as "tony blare" is two, and a swap
    counts as one edit, as for a fuzzy word (``operatoin~``). The look-up had walked plain edits (three here) and
    offered nothing; "operatoin~"'s swap alone was found, as two plain edits."""
    from conftest import index_of_texts

    texts = {f"gov{n}.txt": f"Budget {n}\n\nThe government met the unions." for n in range(3)}
    index = index_of_texts(tmp_path, texts)
    out = CliRunner().invoke(cli, ["query", "govermnet", "--index-dir", str(index)])
    assert (out.exit_code, out.output) == (1, "No articles match 'govermnet'.\nDid you mean: government\n")
    with open_index(index) as idx:
        assert [idx.search(typed).suggestion for typed in ("govermnet unions", "Govremnment", "govrenment")] == [
            "government unions", "Government", "government"]


@pytest.mark.parametrize("text", ["dela cruz", "Dela Cruz", "della cruz", "DELA CRUZ"])
def test_a_surnames_particle_before_a_name_is_not_corrected(index: Path, text: str) -> None:
    # "dela" is one letter from "delay", found with Cruz in one article, but before a word it is "Juan dela Cruz"
    assert search(index, text) == ([], None)


def test_a_particles_look_alike_alone_or_after_the_name_is_still_corrected(index: Path) -> None:
    assert search(index, "dela")[1] == "delay"
    assert search(index, "cruz dela")[1] == "cruz delay"
    assert search(index, "bin ladin")[1] == "bin laden"  # the particle is still the typo's context


def test_a_word_the_index_holds_in_more_than_one_article_in_a_thousand_is_no_slip(tmp_path: Path) -> None:
    # "staring" (3 of 313 articles: under 1% of them, the old bound) beside "starting" (310, over 100 times as many)
    # had been "starting", a real word corrected to another; a slip is written in one article in a thousand or two
    from conftest import index_of_texts

    texts = {**{f"start{n}.txt": f"Race {n}\n\nThe race is starting now." for n in range(310)},
             **{f"stare{n}.txt": f"Eyes {n}\n\nThe owl was staring at us." for n in range(3)}}
    index = index_of_texts(tmp_path, texts)
    assert search(index, "staring") == (sorted(f"stare{n}.txt" for n in range(3)), None)
    with open_index(index) as idx:
        from newssearch.spelling import commoner_word

        assert commoner_word(idx._searcher.reader(), "staring", 3) == "starting"  # a slip of it, as before
