"""Hard-wrapped paragraphs (a .txt, an e-mail body, Markdown's soft breaks) stored one line each; the writer's own
line breaks (a poem, a list, a sign-off, a table, code) kept."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, functionwords, open_index
from newssearch.cli import cli
from newssearch.documents import parse_bytes
from newssearch.documents.wrappedlines import joined, unwrapped
from newssearch.textanalysis import TEXT_ANALYZER

BRIDGE = ("The council voted on Monday to close the old harbour bridge after engineers found cracks in two of its "
          "piers, and said a ferry would run until a new crossing opens in the spring of next year.")
FERRY = ("Ferry services will run every twenty minutes from six in the morning, and the council will pay the fares "
         "of pupils who crossed the bridge to school, the mayor told reporters at the harbour.")
POEM = "Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you."


def wrapped(*paragraphs: str, width: int = 72) -> str:
    """``paragraphs`` hard-wrapped at ``width`` columns, a blank line between them."""
    return "\n\n".join("\n".join(textwrap.wrap(text, width)) for text in paragraphs)


def body(data: str, name: str) -> str:
    """The body stored for ``data`` read as the file ``name``."""
    return parse_bytes(data.encode("utf-8"), name, Path(name).suffix).articles[0].body


@pytest.mark.parametrize("width", [60, 72, 79])
def test_a_hard_wrapped_text_is_a_paragraph_a_line(width: int) -> None:
    assert body(f"Bridge shut\n\n{wrapped(BRIDGE, FERRY, width=width)}\n", "a.txt") == f"{BRIDGE}\n\n{FERRY}"


@pytest.mark.parametrize(("kept", "why"), [
    (POEM, "a poem's short lines"),
    ("Auckland Council\n135 Albert Street\nAuckland 1010", "an address"),
    ("Best regards,\nJane Doe\nCommunications Adviser", "a sign-off"),
    ("Engineers found:\n- cracks in two of the piers that hold up the main span of the bridge\n"
     "- rust along the deck's steel beams, worst where salt spray reaches them daily\n"
     "1. the first pier, the one nearest to the ferry terminal on the city side\n"
     "* the second pier, out in the channel where the current runs strongest", "list items"),
    ("Pier      Crack length   Depth of the crack found by the engineers\n"
     "North     1.2 m          40 cm, which is below the waterline at high tide", "a table's rows"),
    ("    if bridge.cracked and bridge.load > limit: close(bridge, reason='cracks')\n"
     "    notify(council, engineers, ferry_operator, 'the bridge is closed from today')", "indented code"),
])
def test_the_writers_own_line_breaks_stay_in_a_wrapped_text(kept: str, why: str) -> None:
    text = f"{wrapped(BRIDGE)}\n\n{kept}\n\n{wrapped(FERRY)}"
    assert unwrapped(text) == f"{BRIDGE}\n\n{kept}\n\n{FERRY}", why


def test_an_indented_first_line_starts_a_paragraph_a_list_items_next_line_goes_on_it() -> None:
    said = BRIDGE.removesuffix(".") + ", the mayor said."  # its last line full: "Ferry" would not have fitted on it
    lines = textwrap.wrap(said, 72, initial_indent="  ")
    assert len(lines[-1]) + len(" Ferry") > 72
    indented = "\n".join(lines + textwrap.wrap(FERRY, 72, initial_indent="  "))
    assert unwrapped(indented) == f"  {said}\n  {FERRY}"
    items = "\n".join(textwrap.wrap(said, 72, initial_indent="- ", subsequent_indent="  ")
                      + textwrap.wrap(FERRY, 72, initial_indent="- ", subsequent_indent="  "))
    assert unwrapped(items) == f"- {said}\n- {FERRY}"


def test_lines_that_are_not_wrapped_stay_lines() -> None:
    # A sentence a line, or lines all of one length, is not a wrapped paragraph (a line ends where a sentence does).
    same = "The zoo is home to 140 species and runs breeding programmes for many of them.\n" * 4
    sentences = "\n".join(textwrap.wrap(BRIDGE, 200)) + "\n" + FERRY + "\n" + BRIDGE
    for text in (same, sentences, POEM):
        assert unwrapped(text) == text


def test_a_wrapped_mail_body_is_a_paragraph_a_line() -> None:
    message = ("From: Jane Doe <jane@example.com>\nSubject: Bridge shut\nDate: Tue, 3 Dec 2024 10:00:00 +1300\n\n"
               f"{wrapped(BRIDGE, FERRY)}\n\n{POEM}\n").replace("\n", "\r\n")
    assert body(message, "mail.eml") == f"{BRIDGE}\n\n{FERRY}\n\n{POEM}"


def test_a_markdown_paragraphs_soft_breaks_are_joined_its_list_items_kept() -> None:
    items = "\n".join(f"- {line}" if n == 0 else f"  {line}" for n, line in enumerate(textwrap.wrap(FERRY, 72)))
    source = f"# Bridge shut\n\n{wrapped(BRIDGE)}\n\n{items}\n- Fares paid\n\n{POEM}\n"
    assert body(source, "a.md") == f"{BRIDGE}\n\n{FERRY}\n\nFares paid\n\n{POEM}"  # an item a block


def test_show_prints_a_wrapped_paragraph_on_one_line_and_a_phrase_across_the_wrap_still_matches(
        tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = wrapped(BRIDGE, FERRY)
    broken = next(line for line in text.split("\n") if line and line != text.split("\n")[-1])
    (corpus / "bridge.txt").write_text(f"Bridge shut\n\n{text}\n", encoding="utf-8")
    build_index(corpus, tmp_path / "ix")
    across = f'"{broken.split()[-1]} {text.split(broken, 1)[1].split()[0]}"'  # the words either side of a wrap
    assert open_index(tmp_path / "ix").search(across).total == 1
    shown = CliRunner().invoke(cli, ["show", "bridge.txt", "--index-dir", str(tmp_path / "ix"), "--json"], env={})
    assert json.loads(shown.output)["body"] == f"{BRIDGE}\n\n{FERRY}"
    piped = CliRunner().invoke(cli, ["show", "bridge.txt", "--index-dir", str(tmp_path / "ix")], env={})
    assert f"\n{BRIDGE}\n\n{FERRY}\n" in piped.output


def test_a_wire_storys_paragraphs_indented_four_spaces_are_a_line_each_code_stays_lines() -> None:
    # A Reuters story opens each paragraph four spaces in, its next lines flush: the first line had been taken for
    # code and kept apart, so each paragraph came out as its first line and the rest joined
    wire = "\n".join("\n".join(textwrap.wrap(text, 64, initial_indent="    ")) for text in (BRIDGE, FERRY))
    assert unwrapped(wire) == f"    {BRIDGE}\n    {FERRY}"
    code = ("    if bridge.cracked and bridge.load > limit: close(bridge, reason='cracks')\n"
            "    notify(council, engineers, ferry_operator, 'the bridge is closed from today')\n"
            "The council said the code above closes the bridge when the engineers report a crack in a pier.")
    text = f"{wrapped(BRIDGE)}\n\n{code}\n\n{wrapped(FERRY)}"
    assert unwrapped(text) == f"{BRIDGE}\n\n{code}\n\n{FERRY}"


COMPOUNDS = ("The well-known harbour bridge, a much-loved landmark of the city, was closed after a long-awaited "
             "inspection found that its cast-iron piers had cracked, and a council-run ferry will take its "
             "traffic until the Anglo-French consortium opens a new crossing in the spring.")


@pytest.mark.parametrize("width", range(50, 80))
def test_a_word_broken_at_its_hyphen_is_joined_without_a_space(width: int) -> None:
    # textwrap breaks at hyphens as editors do: "well-" / "known" had been joined as "well- known"
    assert unwrapped(f"{wrapped(BRIDGE, width=width)}\n\n{wrapped(COMPOUNDS, width=width)}") == f"{BRIDGE}\n\n{COMPOUNDS}"


def test_a_soft_hyphen_ending_a_wrapped_line_goes_as_the_pdf_reader_drops_it() -> None:
    lines = textwrap.wrap(BRIDGE, 60)  # "...harbour bridge" / "after engineers..."
    lines[0:2] = [lines[0] + " af\u00ad", lines[1].removeprefix("after ").replace("engineers", "ter engineers", 1)]
    assert unwrapped("\n".join(lines)) == BRIDGE


@pytest.mark.parametrize(("text", "expected"), [
    ("pre-\nand post-war", "pre- and post-war"),
    ("short-\nor long-term", "short- or long-term"),
    ("Ein-\nund Ausfuhr", "Ein- und Ausfuhr"),
    ("18-\nto 24-year-olds", "18- to 24-year-olds"),  # a digit before the hyphen: never joined
    ("middle-\nto long-term", "middle- to long-term"),
    ("well-\nknown", "well-known"),
    ("lean-\nto shed", "lean-to shed"),  # "to" ends a compound too: hanging only before a hyphenated word
    ("rock-\nand-roll", "rock-and-roll"),
])
def test_a_hyphen_left_hanging_before_a_conjunction_keeps_its_space(text: str, expected: str) -> None:
    # "pre-" over "and post-war" had been joined as a broken word is: "pre-and post-war"
    before, after = text.split("\n")
    line = f"The survey asked the city's voters about {before}"
    assert joined([line, f"{after} questions."], width=len(line)) == [f"The survey asked the city's voters about "
                                                                      f"{expected} questions."]


# A press release mailed wrapped at 72 and a wire story saved at 66, their paragraphs a single newline apart; each
# first paragraph's last line is long enough that the next one's first word would not have fitted on it
RELEASE = [
    "WELLINGTON, 4 December 2026 - The Ministry of Transport has confirmed that the new Cook Strait ferries will "
    "enter service in 2029, a year later than planned, after the contract for the two larger ships was signed in "
    "Wellington this week by the Minister and the builder.",
    "Representatives of KiwiRail said the delay reflected the time needed to upgrade the terminals at Wellington and "
    "Picton so they can take the larger vessels safely.",
    "Minister Jane Doe said the Government would meet the extra cost of the terminals from the existing transport "
    "budget, and that fares would not rise.",
]
WIRE = [
    "The central bank left its benchmark rate unchanged at 5.5 pct on Tuesday, as expected by most economists polled "
    "by Reuters last week.",
    "Governor John Roe told reporters the bank saw no reason to cut it this year, or to raise it before the next "
    "general election.",
    "Analysts said the decision would support the currency, which has fallen by eight pct against the dollar since "
    "the start of the year.",
]


@pytest.mark.parametrize(("paragraphs", "width"), [(RELEASE, 72), (WIRE, 66)])
def test_paragraphs_a_single_newline_apart_stay_apart_when_a_last_line_is_long(paragraphs: list[str],
                                                                                width: int) -> None:
    # "...by the Minister and the builder." (63 of 72 columns) over "Representatives" had been taken for a wrap
    text = "\n".join("\n".join(textwrap.wrap(paragraph, width)) for paragraph in paragraphs)
    assert unwrapped(text) == "\n".join(paragraphs)


def test_a_sentence_ending_a_full_line_inside_a_paragraph_is_still_joined() -> None:
    said = ("The council voted on Monday to close the old harbour bridge for good. "
            "The ferry will run until a new crossing opens in the spring of next year, the mayor told reporters.")
    lines = textwrap.wrap(said, 72)
    assert lines[0].endswith("for good.") and lines[1].startswith("The ferry")  # a line full, "The" did not fit on it
    assert unwrapped(f"{wrapped(BRIDGE)}\n\n{chr(10).join(lines)}\n\n{wrapped(FERRY)}") == f"{BRIDGE}\n\n{said}\n\n{FERRY}"


def test_reuters_indented_paragraphs_are_a_line_each_and_breaks_kept_change_no_token() -> None:
    story = "\n".join("\n".join(textwrap.wrap(paragraph, 66, initial_indent="    ")) for paragraph in WIRE)
    assert unwrapped(story) == "\n".join(f"    {paragraph}" for paragraph in WIRE)
    kept = unwrapped("\n".join("\n".join(textwrap.wrap(paragraph, 72)) for paragraph in RELEASE))
    assert [(t.text, t.pos) for t in TEXT_ANALYZER(kept, mode="index", positions=True)] == [
        (t.text, t.pos) for t in TEXT_ANALYZER(" ".join(RELEASE), mode="index", positions=True)]


def test_a_sentences_end_short_of_the_width_inside_a_paragraph_is_joined() -> None:
    # Reuters' NEWID 806 (reut2-000): a flush line after a sentence's end goes on a paragraph that the story began
    # indented; NEWID 331's "U.S." over "Government securities" ends no sentence
    tonka = ["    The Bandai agreement and other actions are expected to add",
             "15 mln dlrs to Tonka's international sales in 1987.",
             "International sales accounted for 11 pct of Tonka's 293.4 mln",
             "dlrs of revenues in 1986."]
    assert unwrapped("\n".join(tonka)) == " ".join(line.strip() if n else line for n, line in enumerate(tonka))
    exco = ("Exco said on Monday that it had been considering buying a small U.S. Government securities broker for the "
            "past four years and had made an offer for RMJ when it was sold by Security Pacific Corp in 1985, a "
            "spokesman for the company told reporters in London.")
    lines = textwrap.wrap(exco, 76)
    assert lines[0].endswith("small U.S.") and len(lines[0]) == 68
    assert unwrapped("\n".join(lines)) == exco


def _tellings(monkeypatch: pytest.MonkeyPatch, data: str) -> tuple[str | None, int]:
    """The language stored for ``data`` read as a .txt file, and how many times a text's language was told."""
    told: list[str] = []
    telling = functionwords._told_language
    monkeypatch.setattr(functionwords, "_told_language", lambda text: told.append(text) or telling(text))
    functionwords._cached_language.cache_clear()
    article = parse_bytes(data.encode("utf-8"), "a.txt", ".txt").articles[0]
    return article.lang, len(told)


def test_a_wrapped_texts_language_is_told_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # told on its lines as wrapped, and again on its lines joined as it was stored: 2% of a Reuters build's CPU
    assert _tellings(monkeypatch, f"Bridge shut\n\n{wrapped(BRIDGE, FERRY, width=60)}\n") == ("en", 1)


# Texts whose lines joined are told another language than as wrapped: the language told as wrapped is kept, as it was
# when each was told apart. German compounds broken at their first parts ("Mit-" / "glieder"), function words only
# while broken; Greek lines padded with spaces, the Latin lines under them past the opening a script is told by
# until the spaces are taken out.
COMPOUNDS_DE = ("Die Regierung plant höhere Zölle. Ein-fuhr Aus-fuhr Mit-glieder Vor-stand Nach-frage Bei-träge "
                "Um-satz Zu-kunft Ein-kommen Aus-gaben Mit-arbeiter Vor-schlag Nach-richten Bei-spiel Um-welt "
                "Zu-schuss Ein-nahmen Aus-land Mit-tel Vor-teil Nach-teil Bei-rat Um-bau Zu-gang Ein-satz Aus-bau Mit-tag "
                "Vor-bild")
PADDED_EL = "\n".join(line + " " * 1000 for line in [
    "Κωνσταντινούπολη Θεσσαλονίκη Αλεξανδρούπολη Ηρακλειώτικη",
    "Πελοποννησιακή Μεσολογγίτικη Καλαμπακιώτικη Ιωαννίνων Lorem",
    "ipsum dolorem sitamet consectetur adipiscing elitsed",
    "doeiusmod temporincididunt utlabore etdolore magnaaliqua"])


@pytest.mark.parametrize(("text", "lang"), [(textwrap.fill(COMPOUNDS_DE, 62), "de"), (PADDED_EL, "el")])
def test_a_wrapped_text_told_otherwise_once_joined_keeps_the_language_told_as_wrapped(
        monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    assert functionwords.text_language(text) == lang and functionwords.text_language(unwrapped(text)) is None
    assert _tellings(monkeypatch, f"Schlagzeile\n\n{text}\n")[0] == lang
