"""Notes and marks above a plain-text story's headline, as wires, newsrooms and press offices write them.

A note to the story's readers or editors ("Eds: Corrects spelling of mayor's name…", "CORRECTION: An earlier
version of this story…", "Editor's note: …") is text, but not the headline: it is kept after the story. A mark for
the wire's routing ("BC-AS-New Zealand-Volcano,3rd Ld-Writethru") or a press office's ("FOR IMMEDIATE RELEASE") is
not the story's: it goes, as does a release's end mark ("###", "-ENDS-") and its media contact after it. Each rule asks for the note's own words at the start of the text, so a story that opens
with "Correction" as its first word without a colon stays as it is.
"""

from __future__ import annotations

import re

# A note's label, then its words: "Eds: …", "Editor's note: …", "CORRECTION: …".
_NOTE = re.compile(r"^(?:eds|editors?['’]?s?\s+note|corrections?|clarification)\s*:\s*\S", re.IGNORECASE)
# A wire's slug line: AP's "BC-AS-New Zealand-Volcano,3rd Ld-Writethru", "AP-US-Election-Results", or any line that
# says it is a write-through ("Quake-Toll,2nd Writethru").
_SLUG = re.compile(r"^(?:(?:BC|AP)-[A-Za-z]{2,}-\S[^\n]{0,120}|[^\s][^\n]{0,120}\b(?:Ld-)?Writethru)$")
# A press release's mark: "FOR IMMEDIATE RELEASE", "MEDIA RELEASE", "Embargoed until 6am 5 May".
_RELEASE = re.compile(r"^(?:for\s+immediate\s+release|(?:news|press|media)\s+release|embargoed\s+(?:until|till)\b"
                      r"[^\n]{0,60}|for\s+release\s+(?:at|on|after)\b[^\n]{0,60})[.:]?$", re.IGNORECASE)
# A press release's end mark, alone on its line: "###", "# # #", "-ENDS-", "- ends -", "-30-".
_END_MARK = re.compile(r"^[ \t]*(?:#[ \t]*#[ \t]*#|-+[ \t]*ends?[ \t]*-+|ends|-+[ \t]*30[ \t]*-+)[ \t]*$",
                       re.IGNORECASE | re.MULTILINE)
_TAIL_LINES = 12    # after an end mark, a few short lines (a media contact) are no story's ...
_TAIL_CHARS = 800   # ... and what a press release adds (its "About" box), however long, is not either
_MAX_NOTES = 3         # a slug, a release mark and an editor's note may stand over one story
_NOTE_LINES = 6        # a note is a paragraph of a few lines, ended by a blank line ...
_NOTE_CHARS = 600      # ... and of a few sentences


def split_notes(text: str) -> tuple[str, list[str]]:
    """``text`` without the notes and marks above its headline, and the notes to keep as text (marks go)."""
    kept: list[str] = []
    for _ in range(_MAX_NOTES):
        first, sep, rest = text.partition("\n")
        line = first.strip()
        if not sep or not rest.strip():
            break
        if _SLUG.match(line) or _RELEASE.match(line):
            text = rest.strip()
        elif _NOTE.match(line):
            note, text = _note_paragraph(text)
            kept.append(note)
        else:
            break
    return text, kept


def _note_paragraph(text: str) -> tuple[str, str]:
    """The note opening ``text`` (its paragraph when a blank line ends it soon, else its first line) and the rest."""
    paragraph, sep, rest = text.partition("\n\n")
    if sep and rest.strip() and paragraph.count("\n") < _NOTE_LINES and len(paragraph) <= _NOTE_CHARS:
        return paragraph.strip(), rest.strip()
    first, _sep, rest = text.partition("\n")
    return first.strip(), rest.strip()


def without_end_matter(body: str, release: bool) -> str:
    """``body`` without an end mark ("###", "-ENDS-") and what follows it, when that is a few short lines (a media
    contact) or ``body`` is a press release (its "About" box too); else as it is: a mark between two parts of a
    story is no end."""
    for mark in _END_MARK.finditer(body):
        story, tail = body[: mark.start()].strip(), body[mark.end():].strip()
        if story and (release or tail.count("\n") < _TAIL_LINES and len(tail) <= _TAIL_CHARS):
            return story
    return body
