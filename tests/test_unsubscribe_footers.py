"""A newsletter's unsubscribe footer, in any of the languages news is read in, is no story's text: in a saved
message, a page or a text. It had stayed under the story ("Se désabonner" found the French letter)."""

from __future__ import annotations

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.unsubscribelines import addresses_reader, is_unsubscribe_footer, without_unsubscribe_footer

STORY = ("Le conseil municipal a voté mardi la construction d'un nouveau pont sur la Garonne, après dix ans de "
         "débats.\n\nLes travaux doivent commencer l'année prochaine, a précisé le maire.")

FOOTERS = [
    "Vous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. Se désabonner",
    "Se désabonner | Gérer vos préférences",
    "Pour vous désabonner, cliquez ici.",
    "Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben. Newsletter abbestellen",
    "Abmelden",
    "Darse de baja",
    "Cancella iscrizione",
    "Afmelden | Voorkeuren",
    "You are receiving this email because you signed up on our website. Unsubscribe",
    "Unsubscribe from this list | Update your preferences",
]


def _read(text: str, suffix: str) -> str:
    """The body of ``STORY`` then ``text`` saved as a message, a page or a text file."""
    paragraphs = [*STORY.split("\n\n"), text]
    data = {
        ".eml": "From: La Lettre <lettre@example.fr>\nTo: a@example.fr\nSubject: Un nouveau pont\n"
                "Date: Tue, 05 Mar 2024 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
                + "\n\n".join(paragraphs) + "\n",
        ".html": "<html><head><title>Un nouveau pont</title></head><body><article><h1>Un nouveau pont</h1>"
                 + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>",
        ".txt": "Un nouveau pont\n\n" + "\n\n".join(paragraphs) + "\n",
    }[suffix]
    [article] = parse_bytes(data.encode(), f"letter{suffix}", suffix).articles
    return article.body


@pytest.mark.parametrize("suffix", [".eml", ".html", ".txt"])
@pytest.mark.parametrize("footer", FOOTERS)
def test_an_unsubscribe_footer_closing_a_story_is_no_text(footer: str, suffix: str) -> None:
    assert _read(footer, suffix) == STORY


@pytest.mark.parametrize("sentence", [
    "Readers can unsubscribe at any time, the company said.",
    "Der Kunde kann sich jederzeit abmelden.",
    "Los usuarios pueden darse de baja del servicio en cualquier momento y sin coste alguno según la empresa.",
    "Unsubscribe, said the chief executive, was the most clicked button of the year.",
])
def test_a_sentence_about_unsubscribing_is_the_storys(sentence: str) -> None:
    assert not is_unsubscribe_footer(sentence)
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"


@pytest.mark.parametrize(("body", "expected"), [
    ("The bridge opened.\n\nUnsubscribe\n\nAbmelden\n", "The bridge opened."),  # each closing footer goes
    ("Unsubscribe", "Unsubscribe"),                                               # a text of one alone stays
    ("\n\nUnsubscribe", "\n\nUnsubscribe"),
    ("Se désabonner\n\nThe bridge opened.", "Se désabonner\n\nThe bridge opened."),  # only its closing paragraphs
])
def test_only_closing_footers_leave_a_text(body: str, expected: str) -> None:
    assert without_unsubscribe_footer(body) == expected


# A short sentence pointing to where to unsubscribe, closing the text: not a label, so it had stayed the story's end.
@pytest.mark.parametrize("suffix", [".eml", ".html", ".txt"])
@pytest.mark.parametrize("footer", [
    "Sie können sich hier abmelden.",
    "Klicken Sie hier, um sich abzumelden.",
    "You can unsubscribe here.",
    "Cliquez ici pour vous désabonner.",
    "Puede darse de baja aquí.",
    "U kunt zich hier afmelden.",
])
def test_a_short_sentence_pointing_to_unsubscribe_closing_a_text_is_no_text(footer: str, suffix: str) -> None:
    assert _read(footer, suffix) == STORY


@pytest.mark.parametrize("sentence", [
    "Readers can unsubscribe at any time, the company said.",
    "Der Kunde kann sich jederzeit abmelden.",
    "Wer sich hier abmelden will, muss nach Angaben des Unternehmens zuerst sein Passwort eingeben und eine "
    "Bestätigung abwarten.",                                            # a story's sentence: too long for a footer's
    "Mehr als 2000 Kunden haben sich hier abgemeldet.",                  # done, not pointed to
    "He told her to unsubscribe.",                                     # "her", no pointer
])
def test_a_story_sentence_about_unsubscribing_closing_a_text_stays(sentence: str) -> None:
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"
    assert _read(sentence, ".html") == f"{STORY}\n\n{sentence}"


def test_a_pointer_sentence_inside_a_text_stays() -> None:
    body = "The bridge opened.\n\nYou can unsubscribe here.\n\nThe council said it would cost $5m."
    assert without_unsubscribe_footer(body) == body


@pytest.mark.parametrize("sentence", [
    "Les abonnés qui veulent se désabonner doivent appeler le service client.",  # French "qui": who
    "Residents here can opt out of the scheme.",                                   # a scheme's opting out
])
def test_a_closing_story_sentence_with_a_pointer_like_word_stays(sentence: str) -> None:
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"


# A pointer sentence addresses the reader: a word of the second person ("Sie", "you", "vous", "u") or an imperative
# or infinitive with no subject ("Hier abmelden."). One naming who may unsubscribe, a story's subject ("Bürger",
# "customers"), is the story's last sentence, though as short and as pointing: it had been taken for a footer.
@pytest.mark.parametrize("sentence", [
    "Hier können sich Bürger abmelden.",
    "Here customers can unsubscribe.",
    "Ici, les abonnés peuvent se désabonner.",
    "Aquí los vecinos pueden darse de baja.",
    "Hier kunnen bewoners zich afmelden.",
])
def test_a_short_closing_sentence_naming_who_may_unsubscribe_stays(sentence: str) -> None:
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"
    assert _read(sentence, ".html") == f"{STORY}\n\n{sentence}"


@pytest.mark.parametrize("footer", [
    "Hier vom Newsletter abmelden.",                     # no subject: an infinitive
    "Unsubscribe from our emails below.",                # an imperative
    "Per disiscriverti clicca qui.",                     # the reader's in the verb itself
    "Para darte de baja haz clic aquí.",
    "Du kannst dich hier jederzeit abmelden.",
    "Sie können sich hier jederzeit von unserem Newsletter abmelden.",
])
def test_a_closing_pointer_addressing_the_reader_is_no_text(footer: str) -> None:
    assert _read(footer, ".txt") == STORY


@pytest.mark.parametrize("sentence", [
    "Ici, les abonnés peuvent se désabonner du service.",  # French "du": of the, no German "du"
    "Readers who click here can unsubscribe.",           # a click's subject named
])
def test_a_word_like_the_readers_does_not_make_a_closing_story_sentence_a_footer(sentence: str) -> None:
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"


@pytest.mark.parametrize("sentence, expected", [
    ("U kunt zich hier afmelden.", True), ("Sie können sich hier abmelden.", True), ("Hier abmelden.", True),
    ("U.S. customers can unsubscribe here", False),        # U.S.'s "U", no Dutch "u"
    ("Hier können sie sich abmelden.", False),            # "sie": they
])
def test_addresses_reader(sentence: str, expected: bool) -> None:
    assert addresses_reader(sentence) is expected


# A possessive of the second person says whose the subject is, not who is spoken to: "Your customers can unsubscribe
# here." names who may (a shop's customers), as "Here customers can unsubscribe." does, and is the story's last sentence
# (it had been taken for a footer by its "Your"). An instruction's possessive ("from your newsletter") still speaks to
# the reader, as a pronoun does.
@pytest.mark.parametrize("sentence", [
    "Your customers can unsubscribe here.",
    "Here your subscribers can unsubscribe.",
    "Ihre Kunden können sich hier abmelden.",
    "Deine Leser können sich hier abmelden.",
    "Vos clients peuvent se désabonner ici.",
    "Uw klanten kunnen zich hier afmelden.",
])
def test_a_closing_sentence_naming_the_readers_customers_stays(sentence: str) -> None:
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"
    assert not addresses_reader(sentence)


# Dutch "je" is "your" as well as "you": before the subject of a third person, who unsubscribes "zich", it says whose
# the subject is ("Je klanten kunnen zich hier afmelden.": your customers), as "jouw" and "uw" do, and the sentence is
# the story's (it had been taken for a footer by its "je"). As the one who unsubscribes, "je" (or "zich" after "u")
# is the reader still.
@pytest.mark.parametrize("sentence", [
    "Je klanten kunnen zich hier afmelden.",
    "Hier kunnen je lezers zich afmelden.",
    "Je abonnees kunnen zich hier uitschrijven.",
    "Jouw klanten kunnen zich hier afmelden.",
])
def test_a_dutch_closing_sentence_naming_the_readers_customers_with_je_stays(sentence: str) -> None:
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"
    assert _read(sentence, ".html") == f"{STORY}\n\n{sentence}"
    assert not addresses_reader(sentence)


@pytest.mark.parametrize("footer", [
    "Je kunt je hier afmelden.",
    "Hier kun je je afmelden.",
    "Klik hier als je je wilt afmelden.",
    "U kunt zich hier afmelden.",
])
def test_a_dutch_pointer_addressing_the_reader_as_je_is_no_text(footer: str) -> None:
    assert _read(footer, ".txt") == STORY
    assert addresses_reader(footer)


# Dutch splits its separable verbs ("af te melden", "uit te schrijven") and points to "deze link" or "onderstaande link".
@pytest.mark.parametrize("footer", [
    "Klik hier om je af te melden.",
    "Klik hier om u af te melden voor de nieuwsbrief.",
    "Via deze link kun je je uitschrijven.",
    "Klik op onderstaande link om je uit te schrijven.",
])
def test_a_dutch_pointer_with_its_verb_split_or_deze_link_is_no_text(footer: str) -> None:
    assert _read(footer, ".txt") == STORY


def test_a_dutch_story_sentence_with_a_split_verb_stays() -> None:
    sentence = "De burgemeester vroeg bewoners zich hier af te melden voor de avondklok."
    assert _read(sentence, ".txt") == f"{STORY}\n\n{sentence}"


@pytest.mark.parametrize("footer", [
    "Click here to unsubscribe from your newsletter.",
    "Unsubscribe from your emails below.",
    "Manage your preferences or unsubscribe here.",
    "Hier deinen Newsletter abbestellen.",
    "Hier können Sie sich von Ihrem Newsletter abmelden.",
    "You can unsubscribe from your list here.",
    "Cliquez ici pour vous désabonner de votre newsletter.",
])
def test_a_closing_pointer_with_the_readers_possessive_is_no_text(footer: str) -> None:
    assert _read(footer, ".txt") == STORY
    assert addresses_reader(footer)
