"""Titles of address and profession before a name in a byline: "Prof. Dr. Hans Müller", "Rechtsanwältin Erika
Mustermann", "Dr. med. Max Mustermann" and "Staatsanwalt Max Mustermann" name Hans Müller, Erika Mustermann and Max
Mustermann. Shared by a page's bylines (``personnames``) and a record's (``authornames``)."""

from __future__ import annotations

from ..startup import lazy_compile

# A title's word, with its dot: English ones (Prof., Dr., Mr, Sir, Rev.), German and Austrian degrees ("Dr. med.",
# "Dr. rer. nat.", "Dr.-Ing.", "Dipl.-Ing.", "Mag.", "DI") and Spanish ones ("Lic.", "Dra.").
_ABBREVIATED = (r"(?:(?:Prof(?:essor(?:in)?)?|Dr|Dres|Mr|Mrs|Ms|Mx|Sir|Dame|Rev(?:d|erend)?|PD|DI)\.?"
                r"|(?:Hon|Mag|Lic|Dra|Ing|Dipl\.?-[A-Z]\w*|Dr\.?-Ing)\.)")  # "Ing" and "Mag" may be names: with a dot only
# After "Dr." the faculty in lower case: "Dr. med.", "Dr. rer. nat.", "Dr. phil.", "Dr. h.c.", "Dr. med. dent.".
_FACULTY = r"(?:(?:med|dent|vet|phil|jur|iur|rer|nat|pol|oec|soc|theol|habil|sc|techn|h\.\s?c)\.\s*)"
# Professions named before a name in German bylines and press releases, male and female forms (the female by "in").
_PROFESSIONS = (r"(?:Rechtsanw[aä]lt|Staatsanw[aä]lt|Fachanw[aä]lt|Patentanw[aä]lt|Notar|Steuerberater|"
                r"Wirtschaftsprüfer|Pfarrer|Pastor|Bischof|Apotheker|Diplom-\w+|Oberarzt|Chefarzt|Arzt|Herr|Frau)"
                r"(?:in|innen)?")
# "Fachanwalt für Arbeitsrecht": the field a specialist lawyer is one in is part of the title.
_FIELD = r"(?:\s+für\s+[A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?)?"
_TITLES = lazy_compile(
    rf"(?<![\w.-])(?:(?:{_ABBREVIATED}\s*{_FACULTY}*|{_PROFESSIONS}{_FIELD})\s+)+(?=[^\W\d_])"
)


def without_titles(name: str) -> str:
    """``name`` without the titles before a person's name in it: "Prof. Dr. Hans Müller" -> "Hans Müller",
    "Von Rechtsanwalt Max Mustermann" -> "Von Max Mustermann"; a title alone ("Frau Doktor") stays."""
    return _TITLES.sub("", name)
