"""An update's day beside a plain text's date line or byline, as a site's post line writes it after a separator, in
the languages the text reader reads: "Published 3 March 2024 | Updated 5 March 2024", "By Jane Doe — Updated March 4,
2024", "Von Jane Doe | Aktualisiert am 5. März 2024", "… · Mis à jour le 5 mars 2024", "… | Actualizado el 5 de marzo
de 2024", "… | Aggiornato il 5 marzo 2024". Its day is never the story's publication day.

Narrow on purpose: the update stands last on the line, after a bar, a dot, a comma or a spaced dash; its label is one
of ``UPDATE_LABELS`` and its day reads as a date line's (``line_date``). An update's day alone, or before the published
one, is no date line (``textdatelines``).
"""

from __future__ import annotations

import re
from datetime import date

from .textdatelines import DayFirst, line_date

# The words that label an update's day, in lower case: English's, German's, French's, Spanish's, Italian's,
# Portuguese's and Dutch's ("Zuletzt aktualisiert:", "Mise à jour le", "Actualizada el", "Atualizado em").
UPDATE_LABELS = ("last updated", "updated", "last modified", "modified", "zuletzt aktualisiert", "aktualisiert",
                 "zuletzt geändert", "geändert", "mis à jour", "mise à jour", "modifié", "actualizado", "actualizada",
                 "aggiornato", "aggiornata", "atualizado", "atualizada", "bijgewerkt")
_LABELS = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in UPDATE_LABELS)
# The separator before it and its day after it, up to the line's end: "… — Updated March 4, 2024", "… | Last updated:
# March 4, 2024", "… · Mis à jour le 5 mars 2024" (the day read with its "le", "am", "el", "il" as a date line's).
_UPDATE_AFTER = re.compile(rf"(?:[ \t]*[,|·•][ \t]*|[ \t]+[-–—][ \t]*)(?:{_LABELS})"
                           r"(?:[ \t]+on)?[ \t]*:?[ \t]*(?P<day>[^|·•]{1,60}?)[ \t]*$", re.IGNORECASE)
# The label's words without their spaces, one of which a line holds to be tried: the pattern, searched from each
# place, is not tried on most lines.
_LABEL_WORDS = ("updated", "modified", "aktualisiert", "geändert", "jour", "modifié", "actualizad", "aggiornat",
                "atualizad", "bijgewerkt")


def without_update(line: str, day_first: DayFirst = None, date_language: str | None = None) -> tuple[str, bool]:
    """``line`` without an update's day after it ("… — Updated March 4, 2024"), and whether it had one; ``day_first``
    and ``date_language`` read its day as ``line_date`` does."""
    folded = line.lower()
    if not any(word in folded for word in _LABEL_WORDS):
        return line, False
    update = _UPDATE_AFTER.search(line)
    if update is None or line_date(update.group("day"), day_first, date_language) is None:
        return line, False
    return line[:update.start()], True


# An update's label opening a line, its day after it, then a separator and the published day: "Updated 5 March 2024 |
# Published 3 March 2024", "Last updated: 5 March 2024 · Published: 3 March 2024".
_UPDATE_FIRST = re.compile(rf"[ \t]*(?:{_LABELS})(?:[ \t]+on)?[ \t]*:?[ \t]*", re.IGNORECASE)
_SEPARATOR = re.compile(r"[ \t]*[,|·•][ \t]*|[ \t]+[-–—][ \t]*")


def published_beside_update(line: str, day_first: DayFirst = None, date_language: str | None = None) -> date | None:
    """The day of a date line with an update's day after it ("Published 3 March 2024 | Updated 5 March 2024",
    "Publié le 3 mars 2024 · Mis à jour le 5 mars 2024") or before it ("Updated 5 March 2024 | Published 3 March
    2024"): the published one, never the update's; else None."""
    before, updated = without_update(line, day_first, date_language)
    if updated:
        return line_date(before, day_first, date_language)
    return _published_after_update(line, day_first, date_language)


def _published_after_update(line: str, day_first: DayFirst, date_language: str | None) -> date | None:
    """The published day after an update's day opening ``line`` (see ``_UPDATE_FIRST``), else None."""
    label = _UPDATE_FIRST.match(line) if any(word in line.lower() for word in _LABEL_WORDS) else None
    if label is None:
        return None
    for separator in _SEPARATOR.finditer(line, label.end()):
        if line_date(line[label.end():separator.start()], day_first, date_language) is not None:
            return line_date(line[separator.end():], day_first, date_language)
    return None
