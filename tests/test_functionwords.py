"""Telling an article's language by its function words."""

from __future__ import annotations

import pytest

from newssearch.functionwords import fold, guess_language, language_of

SAMPLES = {
    "fr": "Les élections municipales de Marseille ont été reportées par la préfecture. Les candidats se sont "
          "plaints de cette décision sur le calendrier. Le maire a dit que la date sera fixée plus tard.",
    "de": "Die Wahlen im Osten prägen die Stimmung. Die Mieten steigen, und die Parteien streiten sich über die "
          "Frage, wer an der Regierung beteiligt wird.",
    "es": "Las elecciones municipales de Madrid se celebraron el domingo y el partido del Gobierno perdió la "
          "mayoría en el ayuntamiento por primera vez en una década.",
    "it": "Le elezioni europee hanno visto una affluenza molto bassa nella città di Napoli, dove il dato è il più "
          "basso della regione e degli ultimi anni.",
    "ru": "Выборы в Москве пройдут в марте, и все партии уже начали кампанию. По словам экспертов, это будет "
          "самая острая борьба за последние годы, и она может изменить состав думы.",
    "el": "Οι εκλογές στην Ελλάδα θα γίνουν τον Ιούνιο και τα κόμματα έχουν ήδη ξεκινήσει την προεκλογική "
          "εκστρατεία, ενώ η κυβέρνηση λέει ότι η οικονομία είναι στο επίκεντρο.",
    "hi": "चुनाव आयोग ने आज घोषणा की कि दिल्ली में विधानसभा चुनाव अगले महीने होंगे और इसके लिए तैयारी शुरू हो गई "
          "है। मतदान के बाद परिणाम घोषित किए जाएंगे और सभी दल प्रचार में जुटे हैं।",
    # Swedish, Danish and Norwegian share most of their function words (all three had been told Swedish).
    "sv": "Polisen i Stockholm larmades på söndagskvällen till en brand i en lägenhet. Det är ännu oklart vad som "
          "orsakade branden, och polisen vill inte utesluta att den var anlagd.",
    "da": "Politiet i København blev søndag aften kaldt ud til en brand i en lejlighed. Det er endnu uklart, hvad "
          "der har forårsaget branden, og politiet vil ikke udelukke, at den er påsat.",
    "no": "Politiet i Oslo ble søndag kveld kalt ut til en brann i en leilighet. Det er ennå uklart hva som har "
          "forårsaket brannen, og politiet vil ikke utelukke at den er påsatt.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_a_paragraph_is_told_by_its_function_words(lang: str) -> None:
    assert guess_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize("text", [
    # English, a phrase of another language inside it, and too few words to tell.
    "The council said the harbour would reopen on Monday after the storm, and ferries would run to the islands "
    "as usual from then on, a spokesman said.",
    "The film, known in Italy as la dolce vita della città, was shown at the festival in Cannes on Friday to an "
    "audience of critics who had waited for it for years.",
    "Les élections municipales de Marseille.",
])
def test_english_or_too_short_is_no_other_language(text: str) -> None:
    assert guess_language(text) is None


def test_nynorsk_is_norwegian() -> None:
    assert guess_language("Politiet i Oslo vart søndag kveld kalla ut til ein brann i eit husvære. Det er enno "
                          "uklart kva som har forårsaka brannen, og politiet vil ikkje utelukke at han er påsett.") == "no"


def test_danish_or_norwegian_in_only_the_words_they_share_is_neither() -> None:
    text = ("Det er en stor forandring for skolerne, og de skal selv finde pengene. Men det er ikke klart, hvor "
            "mange der kan komme med i planen, og hvem der har ansvaret.")
    assert guess_language(text) is None


def test_a_named_language_is_taken_as_named() -> None:
    assert language_of("fr-CA", "The council said the harbour would reopen.") == "fr"
    assert language_of("en", SAMPLES["fr"]) == "en"        # the record says English
    assert language_of(None, SAMPLES["de"]) == "de"
    # named, though no function words are listed for it: a byline is read in it (Catalan "i" joins names)
    assert language_of("ca", "El govern ha presentat avui un nou pressupost.") == "ca"
    assert language_of("nb-NO", SAMPLES["da"]) == "no"


def test_fold_drops_accents_and_vowel_points() -> None:
    assert [fold(w) for w in ("Été", "είναι", "ЕЁ", "مُحَمَّد")] == ["ete", "ειναι", "ее", "محمد"]
