"""A table's rows too short to tell their language alone take the language the whole file's text shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import parse_bytes

GERMAN_ROWS = (
    "title,text\n"
    "Streik bei der Bahn,Die Lokführer legen am Montag die Arbeit nieder.\n"
    "Wetter,Am Wochenende wird es in der Stadt sehr warm.\n"
    "Wahl,Die Partei hat mit dem neuen Kandidaten gewonnen.\n"
    "Haushalt,Der Rat will bei den Schulen nicht sparen.\n"
    "Verkehr,Auf der Autobahn gab es einen langen Stau.\n"
)
FRENCH_ROWS = (
    "Grève,Les cheminots ont cessé le travail dans la région.\n"
    "Météo,Il fera très chaud dans le sud pour le week-end.\n"
    "Vote,Le parti a gagné avec un nouveau candidat.\n"
    "Budget,La ville ne veut pas couper dans les écoles.\n"
)


def langs(text: str, rel: str = "rows.csv") -> list[str | None]:
    """Each row's language, as the reader table reads ``text`` saved as ``rel``."""
    return [article.lang for article in parse_bytes(text.encode(), rel, "." + rel.rsplit(".", 1)[-1]).articles]


# A headlines list in English, as ABC's "A Million News Headlines" writes them: in lower case, few function words
# (no article, no auxiliary), too few in any one row, and too few in all of them for running text's share.
ENGLISH_HEADLINES = [
    "council rejects plan for new harbour bridge", "farmers rally over drought funding cuts",
    "police probe fatal crash on highway", "premier defends hospital budget",
    "storm damage bill tops five million", "teachers vote for pay strike",
    "airline cuts flights to regional towns", "drought forces stock sales",
    "minister backs rural roads fix", "firefighters battle blaze near town",
    "union warns mine jobs at risk", "court hears fraud appeal",
    "floods cut northern roads", "search resumes for missing fisherman",
    "school enrolments rise", "opposition calls for inquiry into deal",
    "record crowd at grand final", "bank raises interest rates again",
    "researchers find new species in reef", "hospital waiting lists grow longer",
    "water restrictions eased after rain", "mayor under fire over rates rise",
    "train services delayed by signal fault", "community mourns loss of local hero",
]
# the same in Finnish, a language of no function words here: no English stop words at all
FINNISH_HEADLINES = [
    "hallitus esittää uutta veroa polttoaineelle", "helsingissä satoi ennätysmäärä lunta",
    "poliisi tutkii kuolonkolaria moottoritiellä", "opettajat uhkaavat lakolla palkoista",
    "kunta hylkäsi sillan rakentamisen", "maanviljelijät vaativat lisää tukea kuivuuteen",
    "sairaalan jonot kasvavat edelleen", "pankki nostaa korkoja jälleen",
    "tulvat katkaisivat teitä pohjoisessa", "etsinnät jatkuvat kadonneen kalastajan löytämiseksi",
    "koulujen oppilasmäärä kasvaa lähiöissä", "oppositio vaatii tutkintaa kaupasta",
    "ennätysyleisö loppuottelussa", "tutkijat löysivät uuden lajin riutalta",
    "vesirajoituksia lievennettiin sateiden jälkeen", "pormestari tulilinjalla veronkorotuksesta",
    "junat myöhässä opastinvian vuoksi", "yhteisö suree paikallista sankaria",
    "lentoyhtiö vähentää lentoja maakuntiin", "palomiehet taistelevat paloa vastaan kaupungin lähellä",
    "ammattiliitto varoittaa työpaikkojen menetyksistä kaivoksella", "oikeus käsittelee petosjutun valitusta",
    "ministeri tukee maaseututeiden korjaamista", "myrskyvahingot ylittävät viisi miljoonaa",
]


def headlines_table(headlines: list[str]) -> str:
    """ABC's table of ``headlines``: its dates, yyyymmdd, and the headline text."""
    return "publish_date,headline_text\n" + "".join(f"200302{day:02},{text}\n" for day, text in
                                                      enumerate(headlines, 1))


def test_short_german_rows_take_the_files_language() -> None:
    assert langs(GERMAN_ROWS) == ["de"] * 5


def test_short_rows_of_a_tsv_and_a_jsonl_take_the_files_language_too() -> None:
    assert langs(GERMAN_ROWS.replace(",", "\t"), "rows.tsv") == ["de"] * 5
    lines = [line.split(",", 1) for line in GERMAN_ROWS.splitlines()[1:]]
    jsonl = "".join(f'{{"title": "{title}", "text": "{text}"}}\n' for title, text in lines)
    assert langs(jsonl, "rows.jsonl") == ["de"] * 5


def test_a_row_long_enough_to_tell_keeps_its_own_language() -> None:
    english = ("Strike,The train drivers said that they would stop work on Monday because the talks with the company "
               "had failed and there was no offer on the table for them at all.\n")
    assert langs(GERMAN_ROWS + GERMAN_ROWS.split("\n", 1)[1] + english) == ["de"] * 10 + ["en"]


def test_a_file_mixing_languages_gives_its_short_rows_none() -> None:
    assert langs(GERMAN_ROWS + FRENCH_ROWS) == [None] * 9


def test_a_row_a_file_names_its_language_keeps_it() -> None:
    rows = GERMAN_ROWS.replace("title,text", "title,text,language").replace(".\n", ".,\n")
    rows = rows.replace("Stau.,", "Stau.,nl")
    assert langs(rows) == ["de"] * 4 + ["nl"]


def cli_query_output(tmp_path: Path, name: str, text: str, query: str) -> str:
    """What ``newssearch query QUERY --json`` prints over an index of one file ``name`` holding ``text``."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_text(text, encoding="utf-8")
    index = str(tmp_path / "ix")
    runner = CliRunner()
    assert runner.invoke(cli, ["index", str(corpus), "--index-dir", index]).exit_code == 0
    result = runner.invoke(cli, ["query", query, "--index-dir", index, "--json"])
    assert result.exit_code == 0, result.output
    return result.output


def test_lang_de_finds_a_short_german_row(tmp_path: Path) -> None:
    assert '"total": 1' in cli_query_output(tmp_path, "rows.csv", GERMAN_ROWS, "lang:de Streik")


def test_the_files_language_is_told_from_its_opening_alone() -> None:
    """Its opening rows (``_FILE_CHARS`` of text) tell it and vote, so that an export read a line at a time tells
    the same before its end: French rows after a long German opening leave the German ones German."""
    german, french = GERMAN_ROWS.split("\n", 1)[1], FRENCH_ROWS
    rows = "title,text\n" + german * 250 + french * 400  # 250 × 5 German rows: about 60,000 characters of text
    assert langs(rows) == ["de"] * 1250 + [None] * 1600


# A headlines list (each record's body its headline) shows no language in its words: its keys name it, when together
# they name one ("titel" is German, Dutch, Swedish or Danish, "quelle" German alone; English keys name none).
HEADLINES = ("Bahn erwartet Streik", "Regierung feiert Haushalt", "Bundesliga kündigt Reform an",
             "Bundestag plant Stromausfall", "Inflation sinkt im Februar", "Wetter bleibt mild")


def headlines_jsonl(keys: tuple[str, str, str] = ("titel", "datum", "quelle"), heads: tuple[str, ...] = HEADLINES) -> str:
    """A JSON Lines headlines list under ``keys`` (title, date, publisher), one record a headline."""
    title, day, source = keys
    return "".join(f'{{"{title}": "{head}", "{day}": "2024-03-{n:02d}", "{source}": "Zeit"}}\n'
                   for n, head in enumerate(heads, 1))


def test_an_english_headlines_column_taken_together_is_english() -> None:
    """Its stop words are fewer than running text's (17% of its words, not 20%), still far more than any other
    language's function words: it had had no language, and lang:en found none of ABC's headlines."""
    assert langs(headlines_table(ENGLISH_HEADLINES)) == ["en"] * len(ENGLISH_HEADLINES)


def test_a_headlines_column_too_short_or_of_another_language_is_none() -> None:
    # too few words for the file to tell; a headline leaning to English by two stop words ("for", "new") is English
    assert langs(headlines_table(ENGLISH_HEADLINES[:6])) == ["en"] + [None] * 5
    assert langs(headlines_table(FINNISH_HEADLINES)) == [None] * len(FINNISH_HEADLINES)


def test_a_headlines_lists_keys_name_its_language() -> None:
    assert langs(headlines_jsonl(), "heads.jsonl") == ["de"] * 6
    records = "[" + ",".join(headlines_jsonl().splitlines()) + "]"
    assert langs(records, "heads.json") == ["de"] * 6


def test_a_headlines_tables_header_names_its_language() -> None:
    table = "Titel;Datum;Quelle\n" + "".join(f"{head};2024-03-0{n};Zeit\n" for n, head in enumerate(HEADLINES, 1))
    assert langs(table) == ["de"] * 6
    assert langs(table.replace(";", "\t"), "heads.tsv") == ["de"] * 6


def test_keys_of_several_languages_name_one_only_when_the_text_leans_to_it() -> None:
    # titel and datum are German, Dutch or Swedish: headlines of no function word name none of them; German ones whose
    # few function words ("im", "an") lean to German are German, Dutch ones leaning to Dutch Dutch
    keys = ("titel", "datum", "source")
    bare = tuple(head for head in HEADLINES if " im " not in head and not head.endswith(" an"))
    assert langs(headlines_jsonl(keys, bare), "heads.jsonl") == [None] * 4
    assert langs(headlines_jsonl(keys), "heads.jsonl") == ["de"] * 6
    dutch = ("Staking bij de spoorwegen", "Kabinet viert de begroting", "Storm op de kust", "Prijzen van het brood")
    assert langs(headlines_jsonl(keys, dutch), "heads.jsonl") == ["nl"] * 4


def test_english_keys_name_no_language_and_keys_of_two_languages_none() -> None:
    assert langs(headlines_jsonl(("title", "date", "source")), "heads.jsonl") == [None] * 6
    assert langs(headlines_jsonl(("titre", "datum", "quelle")), "heads.jsonl") == [None] * 6  # French and German


def test_the_keys_language_comes_after_a_named_language_the_rows_own_and_the_files_text() -> None:
    # a record naming its language keeps it; headlines whose words lean to another language (English under German
    # keys) are not given the keys'; a file whose opening text shows its language gives that one
    named = headlines_jsonl().replace('"quelle"', '"language": "nl", "quelle"', 1)
    assert langs(named, "heads.jsonl") == ["nl"] + ["de"] * 5
    english = ("Rail strike is expected in the north", "Government celebrates the budget", "Storm on the coast")
    assert langs(headlines_jsonl(heads=english), "heads.jsonl") == [None, None, "en"]  # "on the": English's own
    french = FRENCH_ROWS.replace(",", ";").replace("\n", ";2024-03-01;Zeit\n")
    assert langs("Titel;Text;Datum;Quelle\n" + french) == ["fr"] * 4


def test_lang_de_finds_a_german_headlines_list(tmp_path: Path) -> None:
    assert '"total": 6' in cli_query_output(tmp_path, "schlagzeilen.jsonl", headlines_jsonl(), "lang:de")


# A file that tells no language (one short record, or a few) gives a short row naming none English when its words
# lean to it by two stop words at least: a JSON Lines record "The council shut the pool." had had none, and lang:en
# missed it. A row leaning to another language, or showing too little, is given none; so is every row of a file
# whose opening tells another language (an English-leaning line in a German file).
@pytest.mark.parametrize(("text", "rel", "expected"), [
    ('{"title": "Pool shut", "text": "The council shut the pool."}\n', "one.jsonl", ["en"]),
    ('[{"title": "Pool shut", "text": "The council shut the pool."}]', "one.json", ["en"]),
    ("title,text\nPool shut,The council shut the pool.\nBridge,The bridge opened after repairs.\n", "two.csv",
     ["en", "en"]),
    ('{"title": "Rates", "text": "The bank raised rates."}\n', "one.jsonl", [None]),   # one stop word: too little
    ('{"title": "Storm", "text": "Storm hits coast."}\n', "one.jsonl", [None]),        # none at all
    ('{"title": "Hamburg", "text": "Hamburg will bauen."}\n', "one.jsonl", [None]),    # "will", a German verb too
    ('{"title": "Wahl", "text": "Die Partei hat gewonnen."}\n', "one.jsonl", [None]),  # German: not given by one line
    ('{"title": "Vote", "text": "Le parti a gagné."}\n', "one.jsonl", [None]),
])
def test_a_short_english_record_in_a_file_telling_no_language_is_english(text: str, rel: str,
                                                                         expected: list[str | None]) -> None:
    assert langs(text, rel) == expected


def test_an_english_leaning_row_in_a_german_file_stays_none() -> None:
    assert langs(GERMAN_ROWS + "Strike,The drivers stopped the trains.\n") == ["de"] * 5 + [None]


def test_lang_en_finds_a_short_english_record(tmp_path: Path) -> None:
    record = '{"title": "Pool shut", "text": "The council shut the pool."}\n'
    assert '"total": 1' in cli_query_output(tmp_path, "one.jsonl", record, "lang:en pool")
