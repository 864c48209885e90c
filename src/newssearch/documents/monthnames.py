"""Month names as news dates write them, in English and the other languages the date parser reads, to their
month's number: full names, and short forms read only between a day and a year.
"""

from __future__ import annotations

import unicodedata

ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
MONTHS = dict(ENGLISH_MONTHS)
# Month names of German, French, Spanish, Italian, Portuguese and Dutch news ("15. März 2023",
# "3 novembre 2023", "5 de mayo de 2021"); their short forms are left out, being words in other languages.
MONTHS.update({
    name: number
    for number, names in enumerate(
        [
            ("januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"),
            ("februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"),
            ("märz", "maerz", "mars", "marzo", "março", "marco", "maart"),
            ("avril", "abril", "aprile"),
            ("mai", "mayo", "maggio", "maio", "mei"),
            ("juni", "juin", "junio", "giugno", "junho"),
            ("juli", "juillet", "julio", "luglio", "julho"),
            ("août", "aout", "agosto", "augustus"),
            ("septembre", "septiembre", "setiembre", "settembre", "setembro"),
            ("oktober", "octobre", "octubre", "ottobre", "outubro"),
            ("novembre", "noviembre", "novembro"),
            ("dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"),
        ],
        start=1,
    )
    for name in names
})
# Russian month names, in the genitive a date writes them in ("5 марта 2024") and in the nominative; Greek ones in
# the genitive ("5 Μαρτίου 2024"), also without their accents, as a title in capitals writes them ("ΜΑΡΤΙΟΥ").
_RUSSIAN_MONTHS = [
    ("января", "январь"), ("февраля", "февраль"), ("марта", "март"), ("апреля", "апрель"), ("мая", "май"),
    ("июня", "июнь"), ("июля", "июль"), ("августа", "август"), ("сентября", "сентябрь"), ("октября", "октябрь"),
    ("ноября", "ноябрь"), ("декабря", "декабрь"),
]
_GREEK_MONTHS = [
    "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου",
    "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
]


def _unaccented(name: str) -> set[str]:
    """A Greek ``name`` as written, without its acute accents and without any mark: μαΐου, μαϊου, μαιου."""
    decomposed = unicodedata.normalize("NFD", name)
    no_acute = unicodedata.normalize("NFC", decomposed.replace("\u0301", ""))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return {name, no_acute, bare}


MONTHS.update({name: number for number, names in enumerate(_RUSSIAN_MONTHS, start=1) for name in names})
MONTHS.update({
    spelling: number for number, name in enumerate(_GREEK_MONTHS, start=1) for spelling in _unaccented(name)
})
# Their short forms only between a day and a year, the order these languages write them in ("12 févr. 2024",
# "3. Okt. 2023", "25 abr 2023", "25 set 2023"): there "set" or "out" cannot be the English word.
SHORT_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("janv", "ene", "gen"), ("févr", "fevr", "fév", "fev"), ("mär", "mrz", "mrt"), ("avr", "abr"),
            ("mag",), ("giu",), ("juil", "lug"), ("ago",), ("set",), ("okt", "ott", "out"), (),
            ("déc", "dez", "dic"),
        ],
        start=1,
    )
    for name in names
}
MONTHS.update(SHORT_MONTHS)
