"""What a word is: numbers with thousands commas, contractions, single letters and digits, hyphenated
words read as phrases, and host names cut at their dots."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import found_ids, index_of_texts

from newssearch.textanalysis import analyze

ARTICLES = {
    "jets.txt": "Jets bought\n\nThe air force bought 12 F-16 jets for 1,000 million dollars, Blair’s office said.",
    "forces.txt": "Force review\n\nThe review found the force had 16 jets and 1000 staff; don't expect F changes.",
    "channel.txt": "Channel 4 news\n\nChannel 4 will show the debate on Plan B tonight.",
    "other.txt": "Channel news\n\nThe channel will show a plan for 4,000 homes after a U-turn.",
    "turn.txt": "Turn signals\n\nA driver must turn left at the U sign.",
    "coop.txt": "Co-operation pledged\n\nThe well-known co-op pledged co-operation with the re-election team.",
    "operation.txt": "Operation ends\n\nThe operation is known well; the election team left.",
    "shy.txt": "Spokes\u00adperson quits\n\nThe nego\u00adtiations failed, the spokes\u200bperson said.",
    "etat.txt": "L'État face à la crise\n\nL’État a décidé d'agir, selon l'Assemblée nationale.",
    "un-etat.txt": "Un état des lieux\n\nUn état des lieux de l'économie italienne, dit O'Neill.",
    "code.txt": "Languages ranked\n\nC++ gained, C# held and F# fell, the survey of programmers said.",
    "vitamin.txt": "Vitamin C\n\nA course of vitamin C tablets, plan C for colds.",
    "mail.txt": "E-mail scam\n\nThe e-mail asked for the 1987-88 accounts and a take-over fee.",
    "email.txt": "Email warning\n\nAn email from the bank warned of a takeover.",
    "sign.txt": "Striker stays\n\nThe club will re-sign the striker.",
    "money.txt": "Fine paid\n\nThe firm paid a $1.5m fine and owes £7.5bn.",
    "race.txt": "Record run\n\nShe won the 5,000m race and a $5m prize.",
    "shop.txt": "Online sales\n\nSales at Amazon.com rose 3.5 percent, the retailer said.Rivals fell.",
    "rugby.txt": "Rugby result\n\nCanterbury won. Send tips to news@stuff.co.nz, read www.nzherald.co.nz/sport or BBC.CO.UK.",
    "advice.txt": "Health advice online\n\nPatients were told to check www.nhs.uk for advice, or www.gov.uk for the rules.",
    "wales.txt": "Wales win\n\nWales beat the UK side, a New Zealand coach said.",
    "he.txt": 'בגבול\n\nדובר צה"ל הודיע כי ארה"ב תומכת במבצע. נציגי האו״ם ושגריר ג׳ורג׳ נפגשו.',
    "tr.txt": "İstanbul'da seçim\n\nCumhurbaşkanı Erdoğan'ın açıklaması Türkiye'de yankı uyandırdı. Ankara'nın tutumu.",
}


@pytest.fixture(scope="module")
def words_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("words"), ARTICLES)


def test_thousands_commas_are_one_number() -> None:
    assert analyze("1,000 and 5,000,000") == ["1000", "5000000"]
    assert analyze("3,5 and 1,0000") == ["3", "5", "1", "0000"]  # not thousands: two numbers


def test_contractions_and_possessives_are_whole_words() -> None:
    assert analyze("Blair’s don’t O'Neill it's") == ["blair", "o'neil"]


def test_single_letters_and_digits_are_words_but_a_and_i_are_not() -> None:
    assert analyze("Plan B, Channel 4, a plan I made") == ["plan", "b", "channel", "4", "plan", "made"]


@pytest.mark.parametrize(("query", "expected"), [
    ("1,000", ["forces.txt", "jets.txt"]),
    ("1000", ["forces.txt", "jets.txt"]),
    ("F-16", ["jets.txt"]),              # a phrase, not "f" and "16" anywhere
    ("U-turn", ["other.txt"]),
    ('"Channel 4"', ["channel.txt"]),
    ("Channel 4", ["channel.txt"]),      # the 4 is searched too
    ("Plan B", ["channel.txt"]),
    ("Blair's", ["jets.txt"]),
    ("fine", ["money.txt"]),
    ("fine -$1.5m", []),                 # a minus before a sign leaves the amount out: it had been required
    ("fine -£7.5bn", []),
    ("fine NOT $1.5m", []),
    ("-$1.5m prize", ["race.txt"]),
])
def test_such_words_are_found_as_typed(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("+$1.5m prize", ["money.txt"]),     # a plus before a sign requires the amount: it had been optional
    ("+£7.5bn race", ["money.txt"]),
    ("$1.5m +prize", ["race.txt"]),
])
def test_a_plus_before_a_sign_requires_the_word_under_match_any(words_index: Path, query: str,
                                                                expected: list[str]) -> None:
    assert found_ids(words_index, query, match="any") == expected


def test_a_letter_with_plus_plus_or_sharp_is_a_word_of_its_own() -> None:
    assert analyze("C++ C# f# c++11 ABC++ vitamin C.") == ["c++", "c#", "f#", "c", "11", "abc", "vitamin", "c"]


@pytest.mark.parametrize(("query", "expected"), [
    ("C++", ["code.txt"]),               # it found vitamin C first: the language is not the letter
    ("c#", ["code.txt"]),
    ('"C++ gained"', ["code.txt"]),
    ("title:c vitamin", ["vitamin.txt"]),
    ("-C++ C", ["vitamin.txt"]),
])
def test_programming_languages_are_not_their_letter(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("amazon", ["shop.txt"]),            # a site's name inside its address: it found nothing
    ("amazon.com", ["shop.txt"]),
    ("rivals", ["shop.txt"]),            # a sentence scraped without its space: "said.Rivals"
    ('"retailer said"', ["shop.txt"]),
    ("5 percent", []),                   # 3.5 is a number, not the words 3 and 5
])
def test_the_words_inside_a_dotted_word_are_found(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("stuff", ["rugby.txt"]),            # a site's own name is a word of its address
    ("nzherald", ["rugby.txt"]),
    ("bbc", ["rugby.txt"]),              # in capitals too: CO.UK is a suffix in any case
    ("stuff.co.nz", ["rugby.txt"]),
    ("nhs", ["advice.txt"]),             # a site named as a registry label, after www
    ("gov", ["advice.txt"]),
    ("NZ", ["wales.txt"]),               # the .nz of an address is no New Zealand
    ("New Zealand", ["wales.txt"]),
    ("N.Z.", ["wales.txt"]),
    ("UK", ["wales.txt"]),
    ("United Kingdom", ["wales.txt"]),
    ("www", []),
])
def test_an_address_s_suffix_is_no_word(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


@pytest.mark.parametrize(("token", "words"), [
    ("www.stuff.co.nz", ["stuff"]),
    ("news.bbc.co.uk", ["news", "bbc"]),
    ("BBC.CO.UK", ["BBC"]),
    ("smh.com.au", ["smh"]),
    ("Amazon.com", ["Amazon"]),
    ("said.it", ["said"]),                # "it" written in lower case ends an address
    ("said.He", ["said", "He"]),          # a capital after the dot: a sentence scraped without its space
    ("www.example.xyz", ["example", "xyz"]),
    ("co.nz", ["co"]),                    # no site label before it: "co" is the site's
    ("www.nhs.uk", ["nhs"]),              # nor here: www is no label of the site's own
    ("www.gov.uk", ["gov"]),
    ("WWW.NHS.UK", ["NHS"]),
    ("www.co.uk", ["co"]),
    ("www.bbc.co.uk", ["bbc"]),
])
def test_the_words_inside_a_host_name_are_its_site_labels(token: str, words: list[str]) -> None:
    from newssearch.innerwords import inner_words

    assert [token[first:last] for first, last in inner_words(token)] == words


def test_an_address_s_suffix_is_not_marked(words_index: Path) -> None:
    from newssearch import open_index

    with open_index(words_index) as idx:
        [hit] = idx.search("stuff").hits
    assert "news@<mark>stuff</mark>.co.nz" in hit.snippet.html()


def test_a_word_inside_a_dotted_word_is_marked_alone(words_index: Path) -> None:
    from newssearch import open_index

    with open_index(words_index) as idx:
        [hit] = idx.search("amazon").hits
    assert "<mark>Amazon</mark>.com" in hit.snippet.html()


def test_a_programming_language_is_marked_whole_in_snippets(words_index: Path) -> None:
    from newssearch import open_index

    with open_index(words_index) as idx:
        [hit] = idx.search("C#").hits
    assert "<mark>C#</mark>" in hit.snippet.html()


@pytest.mark.parametrize(("query", "expected"), [
    ("F-1*", ["jets.txt"]),              # "f" then a word starting "1": F-16, not the 16 jets of forces.txt
    ("f-1?", ["jets.txt"]),
    ("U-tur*", ["other.txt"]),
    ("u-* sign", ["turn.txt"]),          # a bare * after the hyphen: the word before it
    ("-U-tur* channel", ["channel.txt"]),
    ("U-x*", []),
])
def test_a_pattern_with_a_hyphen_is_its_words_in_sequence(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("co-operation", ["coop.txt"]),         # "co" is a stopword, but not inside a hyphenated word
    ("cooperation", ["coop.txt"]),          # the hyphenated word written solid
    ("operation", ["coop.txt", "operation.txt"]),
    ("well-known", ["coop.txt"]),           # two stopwords: it found "nothing to search for"
    ("re-election", ["coop.txt"]),
    ("co-op*", ["coop.txt"]),
    ("election -re-election", ["operation.txt"]),
])
def test_stopwords_inside_hyphenated_words_are_words(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


def test_a_hyphenated_word_is_marked_whole_in_snippets(words_index: Path) -> None:
    from newssearch import open_index

    with open_index(words_index) as idx:
        [hit] = idx.search("co-operation").hits
    assert "<mark>co-operation</mark>" in hit.snippet.html()


@pytest.mark.parametrize(("query", "expected"), [
    ("email", ["email.txt", "mail.txt"]),       # "e-mail" is "email" written solid too
    ("e-mail", ["email.txt", "mail.txt"]),
    ("takeover", ["email.txt", "mail.txt"]),
    ("take-over", ["email.txt", "mail.txt"]),
    ("F16", ["jets.txt"]),
    ("198788", []),                             # a number range is not one number
    ("resign", []),                             # "re-sign" is not "resign"
    ('"email from"', ["email.txt"]),
    ('"e-mail asked"', ["mail.txt"]),           # a phrase finds the other spelling too, wherever the word is
    ('"email asked"', ["mail.txt"]),
    ('"an e-mail from"', ["email.txt"]),
    ('"a take-over fee"', ["mail.txt"]),        # a middle word as written: "take-over" spans two places
    ('"and a take-over fee"', ["mail.txt"]),
    ('"a takeover fee"', []),                   # typed solid, a middle word finds only its solid spelling
    ('"the take-over"', []),                    # "a takeover" in email.txt, "a take-over" in mail.txt
    ('"a take-over"', ["email.txt", "mail.txt"]),
    ("mail", ["mail.txt"]),
])
def test_a_hyphenated_word_finds_it_written_solid(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


@pytest.mark.parametrize(("query", "marked"), [
    ("email", "The <mark>e-mail</mark> asked"),
    ("e-mail", "The <mark>e-mail</mark> asked"),
    ("takeover", "a <mark>take-over</mark> fee"),
    ('"email asked"', "The <mark>e-mail asked</mark> for"),
])
def test_a_hyphenated_word_found_solid_is_marked_whole(words_index: Path, query: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(words_index) as idx:
        hits = {hit.id: hit for hit in idx.search(query).hits}
    assert marked in hits["mail.txt"].snippet.html()
    assert all("<mark>" in hit.snippet.html() for hit in hits.values())


@pytest.mark.parametrize(("query", "expected"), [
    ("$5m", ["race.txt"]),          # not the "5m" of "$1.5m"
    ("5bn", []),                    # nor the "5bn" of "£7.5bn"
    ("1.5m", ["money.txt"]),
    ("5000m", ["race.txt"]),        # thousands commas go before a unit too
    ("5,000m", ["race.txt"]),
])
def test_amounts_and_distances_are_whole_words(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


def test_invisible_characters_do_not_split_words(words_index: Path) -> None:
    assert found_ids(words_index, "spokesperson negotiations") == ["shy.txt"]
    assert found_ids(words_index, "title:spokesperson") == ["shy.txt"]
    assert found_ids(words_index, "nego\u00adtiations") == ["shy.txt"]  # pasted with its soft hyphen


def test_url_finds_a_site_by_its_name(features_index: Path) -> None:
    assert found_ids(features_index, "url:nzherald") == found_ids(features_index, "url:nzherald.co.nz") != []
    assert found_ids(features_index, "url:www.nzherald.co.nz") == found_ids(features_index, "url:nzherald")
    assert found_ids(features_index, "url:nzherald.com") == []


def test_a_lone_star_is_every_article(words_index: Path) -> None:
    assert found_ids(words_index, "*", limit=100) == sorted(ARTICLES)
    assert found_ids(words_index, "* channel") == ["channel.txt", "other.txt"]


def test_a_question_mark_on_its_own_is_punctuation(words_index: Path) -> None:
    assert found_ids(words_index, "channel ?") == found_ids(words_index, "channel") != []
    assert found_ids(words_index, "why did the channel show it ?", match="any") == found_ids(
        words_index, "why did the channel show it", match="any")


def test_proximity_zero_is_the_exact_phrase(words_index: Path) -> None:
    assert found_ids(words_index, '"Channel 4"~0') == found_ids(words_index, '"Channel 4"') == ["channel.txt"]


def test_a_fuzzy_hyphenated_word_is_its_fuzzy_words_in_sequence(words_index: Path) -> None:
    assert found_ids(words_index, "co-operation~") == ["coop.txt"]      # not "operation" or a joined word
    assert found_ids(words_index, "U-turn~") == ["other.txt"]


@pytest.mark.parametrize(("text", "expected"), [
    ("état", ["etat.txt", "un-etat.txt"]),             # after an elided article too: L'État
    ("Etat assemblee", ["etat.txt"]),
    ("l'état", ["etat.txt", "un-etat.txt"]),             # typed with its article, after any article too (Lucene's
    ("d'état", ["etat.txt", "un-etat.txt"]),             # French ElisionFilter): the article is grammar
    ('"état a décidé"', ["etat.txt"]),
    ("neill", ["un-etat.txt"]),                          # the surname of an Irish name, as "état" of "l'État"
    ("o'neill", ["un-etat.txt"]),                        # typed whole, only that form
])
def test_a_word_is_found_after_an_elided_article(words_index: Path, text: str, expected: list[str]) -> None:
    assert found_ids(words_index, text) == expected


def test_a_word_typed_with_its_elided_article_ranks_that_form_first(words_index: Path) -> None:
    # l'état had found only "l'État" in an article stemmed as English, and every "état" in a French one (whose
    # stemmer drops the article); now every "état" in both, the form typed first. A function word after the article
    # is no word of its own: d'un is not every "un".
    from newssearch import open_index

    with open_index(words_index) as ix:
        assert [hit.id for hit in ix.search("l'état").hits] == ["etat.txt", "un-etat.txt"]
        assert [hit.id for hit in ix.search("d'Assemblée").hits] == ["etat.txt"]
    assert found_ids(words_index, "d'un") == []
    # a pattern or a fuzzy word typed so finds what the word does, and more (l'état~ had missed "un état")
    for wider in ("l'ét*", "l'état~"):
        assert set(found_ids(words_index, "l'état")) <= set(found_ids(words_index, wider))


@pytest.mark.parametrize(("query", "expected"), [
    ("Türkiye", ["tr.txt"]),             # Turkish writes a name's suffix after an apostrophe: "Türkiye'de"
    ("turkiye", ["tr.txt"]),
    ("Erdoğan", ["tr.txt"]),
    ("İstanbul", ["tr.txt"]),
    ("title:istanbul", ["tr.txt"]),
    ("Türkiye'de", ["tr.txt"]),
    ('"Erdoğan açıklaması"', ["tr.txt"]),  # in a phrase too: the name is at its word's place
    ("blair", ["jets.txt"]),             # "Blair’s" is its possessive
])
def test_a_name_is_found_before_its_suffix(words_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(words_index, query) == expected


@pytest.mark.parametrize(("query", "marked"), [
    ("Türkiye", ("Türkiye", True, "'de yankı")),     # the name alone, its suffix not
    ("Türkiye'de", ("Türkiye'de", True, " yankı")),
])
def test_a_name_before_its_suffix_is_marked_alone(words_index: Path, query: str, marked: tuple[str, bool, str]) -> None:
    from newssearch import open_index

    with open_index(words_index) as idx:
        [hit] = idx.search(query).hits
    [fragment] = hit.snippet.fragments
    at = fragment.index(marked[:2])
    assert fragment[at + 1][0].startswith(marked[2])


@pytest.mark.parametrize("query", [
    'צה"ל', "צה״ל", "צה”ל", 'ארה"ב', "האו״ם", 'האו"ם', "ג'ורג", "ג׳ורג׳",  # each spelling finds the others
    '"דובר צה"ל הודיע"', 'צה"ל ארה"ב',      # in a phrase, and two in a query: no quote is a phrase's
])
def test_a_hebrew_acronym_is_found_however_its_gershayim_are_typed(words_index: Path, query: str) -> None:
    assert found_ids(words_index, query) == ["he.txt"]


def test_a_hebrew_acronym_is_marked_whole(words_index: Path) -> None:
    from newssearch import open_index

    with open_index(words_index) as idx:
        [hit] = idx.search("צה״ל").hits
    assert ('צה"ל', True) in hit.snippet.fragments[0]


def test_umlauts_written_out_find_each_other(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {
        "umlaut.txt": "Der Präsident spricht\n\nDer Präsident traf Bürgermeister Müller in Köln.",
        "spelled.txt": "Mueller antwortet\n\nBuergermeister Mueller antwortete.",
    })
    assert found_ids(index, "Praesident") == ["umlaut.txt"]
    assert found_ids(index, "Mueller") == found_ids(index, "Müller") == ["spelled.txt", "umlaut.txt"]
    assert found_ids(index, "Muller") == ["umlaut.txt"]  # the plain spelling finds the umlaut, as accents go


@pytest.mark.parametrize("typed", ["Größe", "Grösse", "grosse", "Groesse", "Suessigkeiten", "Süssigkeiten"])
def test_a_word_with_an_umlaut_and_sharp_s_is_found_written_out(tmp_path: Path, typed: str) -> None:
    index = index_of_texts(tmp_path, {"de.txt": "Test\n\nDie Größe der Mehrheit überraschte. Die Süßigkeiten sind teuer."})
    assert found_ids(index, typed) == ["de.txt"]


def test_names_typed_with_marks_find_every_spelling_and_rank_the_typed_one_first(tmp_path: Path) -> None:
    # author:Müller had missed "Mueller", and author:García ranked "Garcia" first (its shorter field won).
    header = "Title: {title}\nAuthor: {author}\nSource: {source}\nDate: 2024-03-1{n}\n\n{title} today.\n"
    index = index_of_texts(tmp_path, {
        f"{name}.txt": header.format(title=title, author=author, source=source, n=n)
        for n, (name, title, author, source) in enumerate([
            ("mueller", "Bayern wins", "Stefan Mueller", "La Nacion"), ("mueller2", "Rents rise", "Anna Müller", "La Nación"),
            ("garcia", "Reform passed", "José García", "Público"), ("garcia2", "Spain wins", "Jose Garcia", "Publico")])}
        | {f"plain{n}.txt": f"Story {n}\n\nA story without a byline, number {n}." for n in range(20)})  # had flipped it
    assert found_ids(index, "author:Müller") == found_ids(index, "author:Mueller") == ["mueller.txt", "mueller2.txt"]
    from newssearch import open_index

    with open_index(index) as idx:
        for typed, first in [("author:Müller", "mueller2.txt"), ("author:garcía", "garcia.txt"),
                             ('author:"José García"', "garcia.txt"), ("source:público", "garcia.txt"),
                             ('site:"La Nación"', "mueller2.txt")]:
            assert idx.search(typed).hits[0].id == first, typed
    assert found_ids(index, "rents -author:Müller") == []


PERCENT_ARTICLES = {
    "cpi.txt": "Inflation hits 5%\n\nInflation rose 5% in the year to March, the statistics office said.",
    "gdp.txt": "Growth slows\n\nGrowth slowed to 5 per cent, or 2.5 PER CENT a quarter.",
    "jobs.txt": "Jobs\n\nUnemployment fell 5 percent in May.",
    "rugby.txt": "Rugby result\n\nCanterbury beat Otago by 5 points.",
    "rapper.txt": "Rapper 50 Cent\n\nThe rapper 50 Cent won, a cent short of the charts per the label.",
}


@pytest.fixture(scope="module")
def percent_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("percent"), PERCENT_ARTICLES)


def test_a_per_cent_sign_or_words_are_the_word_percent() -> None:
    assert analyze("5% and 5 %, 2.5 per cent, 5 Per\ncent, percent") == ["5", "percent", "5", "percent", "2.5",
                                                                       "percent", "5", "percent", "percent"]
    assert analyze("per cents, super cent, 50 Cent") == ["cent", "super", "cent", "50", "cent"]  # "per" is a stopword


@pytest.mark.parametrize(("query", "expected"), [
    ("5%", ["cpi.txt", "gdp.txt", "jobs.txt"]),            # the phrase "5 percent": not "5 points"
    ('"5%"', ["cpi.txt", "gdp.txt", "jobs.txt"]),
    ("5 %", ["cpi.txt", "gdp.txt", "jobs.txt"]),
    ("5 per cent", ["cpi.txt", "gdp.txt", "jobs.txt"]),
    ("5 percent", ["cpi.txt", "gdp.txt", "jobs.txt"]),
    ("2.5%", ["gdp.txt"]),
    ("per cent", ["cpi.txt", "gdp.txt", "jobs.txt"]),     # not "cent" alone: 50 Cent
    ('"rose 5 per cent in"', ["cpi.txt"]),                # a phrase across it keeps its places
    ('"5% in the year"', ["cpi.txt"]),
    ("cent", ["rapper.txt"]),
    ("5", ["cpi.txt", "gdp.txt", "jobs.txt", "rugby.txt"]),
])
def test_a_percentage_is_one_unit(percent_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(percent_index, query) == expected


@pytest.mark.parametrize(("query", "article", "marked"), [
    ("5%", "gdp.txt", "slowed to <mark>5 per cent</mark>, or"),
    ("5 per cent", "cpi.txt", "rose <mark>5%</mark> in"),
    ("per cent", "cpi.txt", "rose 5<mark>%</mark> in"),
])
def test_a_percentage_is_marked_whole(percent_index: Path, query: str, article: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(percent_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id == article]
    assert marked in hit.snippet.html()


WIRE_ARTICLES = {
    "wire.txt": "Wire stocks story\n\nShares rose 5 pct and profit was up 12 pct.",
    "pc.txt": "New PC sales\n\nSales of the 486 PC rose, PC Smith said, and pc users paid 12 pounds.",
    "escape.txt": "Encoding\n\nThe address a%20b and printf('%d') were quoted.",
    "growth.txt": "Growth in 2005\n\nGrowth was strong in 2005 and inflation was 3 per cent.",
    "jobs.txt": "Title: Jobs\nDate: 2020-05-01\n\nUnemployment rose to 5 per cent.",
    "stake.txt": "Stake bought\n\nThe group bought a five pct stake, and a 38 pct stake in a second firm.",
}


@pytest.fixture(scope="module")
def wire_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("wire"), WIRE_ARTICLES)


@pytest.mark.parametrize(("text", "expected"), [
    ("rose 5 pct, 12.5 PCT and 50 pc", ["rose", "5", "percent", "12.5", "percent", "50", "percent"]),
    ("PROFIT UP 5 PCT", ["profit", "5", "percent"]),                  # not the acronym PCT
    ("5\u00a0pct, 5\npct", ["5", "percent", "5", "percent"]),
    ("a PC, 486 PC, pc users, the PCT, 5, pct, 5 pcs", ["pc", "486", "pc", "pc", "user", "pct", "5", "percent", "5",
                                                        "pcs"]),  # an acronym among lower-case words stays
    ("five pct stake, SALES OFF TWO PCT", ["five", "percent", "stake", "sale", "two", "percent"]),  # numbers as words
    ("a%20b printf('%d') x%y 5%20", ["20b", "printf", "d", "x", "y", "5", "20"]),  # no number's sign
    ("5% 5 % 5\u202f%", ["5", "percent", "5", "percent", "5", "percent"]),
    ("5 per\ncent, 5 per\n\ncent", ["5", "percent", "5", "cent"]),   # not across a blank line ("per" is a stopword)
])
def test_a_sign_or_pct_after_a_number_is_the_word_percent(text: str, expected: list[str]) -> None:
    assert analyze(text) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("12%", ["wire.txt"]),                                   # "12 pct": it had found nothing
    ("12 pct", ["wire.txt"]),
    ("5 PCT", ["jobs.txt", "stake.txt", "wire.txt"]),          # "five pct stake" too: its 5 (numberwords)
    ("5 pc", ["jobs.txt", "stake.txt", "wire.txt"]),
    ("percent", ["growth.txt", "jobs.txt", "stake.txt", "wire.txt"]),  # not a%20b nor printf's %d
    ("12", ["pc.txt", "wire.txt"]),
    ("pc", ["pc.txt"]),                                      # a PC after no number stays a PC
    ("pct", ["growth.txt", "jobs.txt", "stake.txt", "wire.txt"]),  # a wire's word alone is percent, as "per cent" is
    ('"pct stake"', ["stake.txt"]),                          # in quotes too, after a number written as a word
    ('"per cent stake"', ["stake.txt"]),
    ('"five pct stake"', ["stake.txt"]),
    ('"five percent"', ["jobs.txt", "stake.txt", "wire.txt"]),  # 5 per cent and 5 pct too (numberwords)
    ("PCT", ["growth.txt", "jobs.txt", "stake.txt", "wire.txt"]),  # in any case, as a wire's headline writes it
    ("486 PC", ["pc.txt"]),
    ("unemployment date:2020 per cent", ["jobs.txt"]),       # had been "cannot read the date in 'date:2020%'"
    ("unemployment year:2020 percent", ["jobs.txt"]),
    ("growth 2005 per cent", ["growth.txt"]),                # a year before it is no percentage: had been "2005%"
    ("growth 2005%", []),                                    # typed onto it, it is one
    # a proximity's, a fuzzy word's or a boost's number is no amount: "cannot read the number after ~3%"
    ('"shares rose"~3 pct', ["wire.txt"]),
    ('"shares rose"~3 per cent', ["wire.txt"]),
    ("shares~1 percent", ["wire.txt"]),
    ("shares^2 pct", ["wire.txt"]),
    ('"shares rose"^3 %', ["wire.txt"]),
])
def test_a_wire_s_pct_is_a_percent_and_a_field_or_year_keeps_its_number(wire_index: Path, query: str,
                                                                         expected: list[str]) -> None:
    assert found_ids(wire_index, query) == expected


@pytest.mark.parametrize(("query", "marked"), [
    ("12%", "was up <mark>12 pct</mark>."),
    ("5 per cent", "Shares rose <mark>5 pct</mark> and"),
    ("percent", "Shares rose 5 <mark>pct</mark> and"),
])
def test_a_wire_s_pct_is_marked_with_its_number(wire_index: Path, query: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(wire_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id == "wire.txt"]
    assert marked in hit.snippet.html()


@pytest.mark.parametrize(("query", "marked"), [
    ('"pct stake"', "a five <mark>pct stake</mark>, and a 38 <mark>pct stake</mark> in"),  # from the p, not the space
    ('"38 pct stake"', "a <mark>38 pct stake</mark> in"),
    ('"five percent"', "a <mark>five pct</mark> stake"),
])
def test_a_phrase_with_a_wire_s_pct_is_marked_from_its_first_letter(wire_index: Path, query: str, marked: str) -> None:
    from newssearch import open_index

    with open_index(wire_index) as idx:
        [hit] = [hit for hit in idx.search(query).hits if hit.id == "stake.txt"]
    assert marked in hit.snippet.html()


@pytest.mark.parametrize(("query", "marked"), [
    ("owned", "its 50 pct-<mark>owned</mark> unit"),       # had been "unexpected KeyError: 'pct'"
    ("stake", "a 5 pct-<mark>stake</mark> in"),
    ("50%", "its <mark>50 pct</mark>-owned unit"),
    ("pct-owned", "its 50 <mark>pct-owned</mark> unit"),        # from its p: it had taken the space before it
])
def test_a_pct_joined_to_a_word_by_a_hyphen_is_marked_without_an_error(tmp_path: Path, query: str,
                                                                        marked: str) -> None:
    from newssearch import open_index

    index = index_of_texts(tmp_path, {"stake.txt": "Stake sale\n\nThe company sold its 50 pct-owned unit and a 5 "
                                                    "pct-stake in another firm, officials said.\n"})
    with open_index(index) as idx:
        [hit] = idx.search(query).hits
    assert marked in hit.snippet.html()


def test_a_date_field_s_value_typed_with_a_sign_is_read_as_typed(wire_index: Path) -> None:
    from newssearch import open_index
    from newssearch.errors import InvalidQuery

    with open_index(wire_index) as idx, pytest.raises(InvalidQuery, match="'year:2020%'"):
        idx.search("unemployment year:2020%")


def test_pct_typed_in_capitals_is_the_acronym_or_percent(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {
        "stake.txt": "Stake bought\n\nThe group bought a five pct stake in the firm, officials said on Monday.\n",
        "sales.txt": "RETAILER SALES OFF TWO PCT IN FEBRUARY\n\nSales fell in February, the company said on Monday.\n",
        "treaty.txt": "Patent filings rise\n\nApplications filed under the PCT rose last year, the patent office said.\n",
    })
    assert found_ids(index, "PCT") == ["sales.txt", "stake.txt", "treaty.txt"]  # as "the PCT" and "TWO PCT" are read
    assert found_ids(index, "PCT patent") == ["treaty.txt"]
    assert found_ids(index, "PCT stake") == ["stake.txt"]
    assert found_ids(index, "pct") == ["sales.txt", "stake.txt"]                  # in lower case, the wire's word


def test_percent_words_finds_what_its_earlier_pattern_found() -> None:
    # The search opens with the "p" of each branch now (for speed); it must say what the pattern before it said.
    import re

    from newssearch.tokenpatterns import percent_words

    before = re.compile(r"(?:(?i:per\s+cent|\spct?)|(?<!\w)(?i:pct))(?!\w)")
    texts = ["5 pc", "5pc", "xpct", " pct", "\npct", "PCT", "pct", "Per\n cent", "per cent.", "percentx", "per cents",
             "a pcs", "\u00a0pc", "_pct", "é pct", "épct", "1 Pc", "x PCt", "p", " p", "per  cent", "super cent",
             "per\0cent", "rose\0pct\0in", "rose\0pc", "\0pct", "apct", "-pct", "pctx", "PeR CeNt", "per-cent"]
    assert [percent_words(text) for text in texts] == [before.search(text) is not None for text in texts]
