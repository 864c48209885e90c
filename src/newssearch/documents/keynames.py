"""Metadata keys in other languages, as the English key each stands for: a text's header lines ("Titel:", "Datum:")
and a table's columns or an export's keys (a spreadsheet's ``Titel;Datum;Autor;Text;Quelle``) are read by them.

Only words that mean nothing else ("Data" is a date in Italian, Portuguese and Polish: a text's header line tests its
value as a date, a record's key does not, and JSON's ``data`` wraps its records). Not Swedish "Rubrik" (its headline,
but a German section) nor "Kalla" for "Källa" (Swedish "call"); "Link:" is English's already.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..functionwords import leaning_language

# Each translated key (normalised, as ``fields.norm_key`` writes it): the English key it stands for, and the languages
# it is a word of. The keys of a text's header together name its language ("Titel:" is German or Dutch, "Quelle:"
# German only), which reads its byline when the story is too short to show its own.
KEY_TRANSLATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "titre": ("title", ("fr",)), "titel": ("title", ("de", "nl", "sv", "da")), "título": ("title", ("es", "pt")),
    "titulo": ("title", ("es", "pt")), "titolo": ("title", ("it",)), "tittel": ("title", ("no",)),
    "otsikko": ("title", ("fi",)), "tytuł": ("title", ("pl",)),
    "titular": ("title", ("es",)), "schlagzeile": ("title", ("de",)),  # a headline (a headlines list's column)
    "naslov": ("title", ("hr", "sr", "bs", "sl")), "titulek": ("title", ("cs",)), "nadpis": ("title", ("cs", "sk")),
    "auteur": ("author", ("fr", "nl")), "autor": ("author", ("de", "es", "pt", "pl")), "autore": ("author", ("it",)),
    "författare": ("author", ("sv",)), "forfatter": ("author", ("da", "no")), "kirjoittaja": ("author", ("fi",)),
    "auteurs": ("authors", ("fr", "nl")), "autoren": ("authors", ("de",)), "autores": ("authors", ("es", "pt")),
    "autori": ("authors", ("it",)),
    "datum": ("date", ("de", "nl", "sv")), "fecha": ("date", ("es",)), "data": ("date", ("it", "pt", "pl")),
    "dato": ("date", ("da", "no")), "päivämäärä": ("date", ("fi",)),
    "quelle": ("source", ("de",)), "fuente": ("source", ("es",)), "fonte": ("source", ("it", "pt")),
    "bron": ("source", ("nl",)), "källa": ("source", ("sv",)), "kilde": ("source", ("da", "no")),
    "lähde": ("source", ("fi",)), "źródło": ("source", ("pl",)),
    "izvor": ("source", ("hr", "sr", "bs")), "zdroj": ("source", ("cs", "sk")),
    # the newspaper or outlet, as English's newspaper and outlet (a media monitor's Italian testata, Spanish medio,
    # Brazilian veículo); not "Medium", "Journal" nor "Avis", words of other keys and languages too
    "zeitung": ("source", ("de",)), "zeitschrift": ("source", ("de",)), "publikation": ("source", ("de",)),
    "testata": ("source", ("it",)), "giornale": ("source", ("it",)), "medio": ("source", ("es",)),
    "periódico": ("source", ("es",)), "periodico": ("source", ("es", "it")), "krant": ("source", ("nl",)),
    "veículo": ("source", ("pt",)), "veiculo": ("source", ("pt",)), "jornal": ("source", ("pt",)),
    "tidning": ("source", ("sv",)),
    "lien": ("url", ("fr",)), "enlace": ("url", ("es",)),  # "Lien: https://…" had ended the header: no address read
    "länk": ("url", ("sv",)), "lenke": ("url", ("no",)),
}
# A record's keys that are no field of it in English: JSON's "data" holds records, not their date.
_NOT_RECORD_KEYS = frozenset({"data"})
# The English keys of the record fields (``fields.JSON_FIELDS``) the translated keys stand for.
_RECORD_FIELDS = {"title": "title", "author": "authors", "authors": "authors", "date": "date", "source": "source",
                  "url": "url"}
# A table's or an export's text and teaser in other languages (no text's header line holds either), and its section
# (a text's header line "Ressort:" too; not "Rubrik", a Swedish headline).
_TEXT_KEYS: dict[str, tuple[str, ...]] = {
    "sections": ("ressort", "kategorie", "rubrique", "catégorie", "categorie", "sección", "seccion", "categoría",
                 "categoria", "sezione", "secção", "seção", "secao", "editoria", "sectie", "rubriek"),
    "body": ("inhalt", "volltext", "texte", "contenu", "texto", "contenido", "cuerpo", "testo", "contenuto",
             "conteúdo", "conteudo", "tekst", "inhoud"),
    "summary": ("teaser", "zusammenfassung", "résumé", "resumen", "riassunto", "resumo", "samenvatting"),
}


# "Rubrik" is a German section and a Swedish or Danish headline (Norwegian "rubrikk"): a text header's "Rubrik:" line is
# its section unless its keys or its story are in one of those, where it is its title (``textheader``; a short story
# showing neither: German's, as LexisNexis writes it)
RUBRIK = "rubrik"
RUBRIK_HEADLINE = frozenset({"sv", "da", "no", "nb", "nn"})


def rubrik_section(keys: Iterable[str], text: str) -> bool:
    """Whether a text header's "Rubrik:" line names the story's section, under header keys ``keys`` (normalised) over
    ``text``: unless they or its words are Swedish, Danish or Norwegian, where it is a headline."""
    return (keys_language(keys, text) or leaning_language(text)) not in RUBRIK_HEADLINE


def keys_language(keys: Iterable[str], text: str, record: bool = False) -> str | None:
    """The language ``keys`` (normalised, as ``fields.norm_key`` writes them) name together, as ``text`` leans: a
    text's header keys or a table's columns when their text is too short to tell its own (a headlines list).

    Each translated key narrows the languages to those it is a word of ("titel" and "quelle": German); English keys
    name none. When they name several ("titel" and "datum": German, Dutch or Swedish), the one ``text``'s function
    words lean to among them; when they lean to another (English headlines under German keys), none. With
    ``record``, JSON's "data" (its records, not their date) names nothing.
    """
    languages: set[str] | None = None
    for key in keys:
        if key in KEY_TRANSLATIONS and not (record and key in _NOT_RECORD_KEYS):
            named = set(KEY_TRANSLATIONS[key][1])
            languages = named if languages is None else languages & named
    if not languages:
        return None
    leaning = leaning_language(text)
    if leaning in languages:
        return leaning
    return next(iter(languages)) if leaning is None and len(languages) == 1 else None


def translated_keys(field: str) -> tuple[str, ...]:
    """The keys in other languages of a record's ``field`` (as ``fields.JSON_FIELDS`` names it), in table order."""
    named = tuple(word for word, (key, _languages) in KEY_TRANSLATIONS.items()
                  if _RECORD_FIELDS.get(key) == field and word not in _NOT_RECORD_KEYS)
    return named + _TEXT_KEYS.get(field, ())
