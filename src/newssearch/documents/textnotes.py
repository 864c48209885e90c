"""Notes and marks above a plain-text story's headline, as wires, newsrooms and press offices write them.

A note to the story's readers or editors ("Eds: Corrects spelling of mayor's name…", "CORRECTION: An earlier
version of this story…", "Editor's note: …") is text, but not the headline: it is kept after the story. A mark for
the wire's routing ("BC-AS-New Zealand-Volcano,3rd Ld-Writethru") or a press office's ("FOR IMMEDIATE RELEASE") is
not the story's: it goes, as does a press release's end mark ("###", "-ENDS-") and its media contact after it, and
an e-mail style sign-off closing the text ("--" over a name, a phone number, an e-mail address).

Each rule asks for the note's own words at the start of the text and its own shape, so a headline that opens with
them stays the headline: a note is a sentence or longer than a headline ("Corrections: three inmates escape" is a
headline), a slug is one token ("AP-US-Election-Results is the feed…" is a sentence), a mark that may be a
headline's words ("Press release") stands over a headline, and an end mark ends only a press release ("###" between
a story's parts is a break).
"""

from __future__ import annotations

import re

from ..startup import lazy_compile
from .mailsignatures import SENTENCE_END, SIGNATURE_MAX_LINES
from .titles import ENDS_SENTENCE
from .unsubscribelines import without_unsubscribe_footer

# A note's label, then its words: "Eds: …", "Editor's note: …", "CORRECTION: …".
_NOTE = re.compile(r"^(?:eds|editors?['’]?s?\s+note|corrections?|clarification)\s*:\s*\S", re.IGNORECASE)
# A wire's slug line: one token ("AP-US-Election-Results", "BC-WORLD-HIGHLIGHTS"), or a story's name that says it
# is a write-through after a comma ("BC-AS-New Zealand-Volcano,3rd Ld-Writethru", "Quake-Toll,2nd Writethru").
_SLUG = re.compile(r"^(?:(?:BC|AP)-[A-Za-z]{2,}-\S+|[^\s,][^\n,]{0,120},\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld-?)?"
                   r"Writethru)$")
# A press release's mark: "FOR IMMEDIATE RELEASE"; and marks whose words may be a headline's, taken only over a
# headline: "MEDIA RELEASE", "Embargoed until 6am 5 May".
# In other languages too: French "Pour diffusion immédiate" under "COMMUNIQUÉ" (a release's word alone over a headline,
# which a headline may also open with: "Communiqué: G7 leaders agree"), "Communiqué de presse", German
# "Pressemitteilung", Spanish "Nota de prensa", Italian "Comunicato stampa", Dutch "Persbericht".
_IMMEDIATE = (r"(?:for\s+immediate\s+release|pour\s+(?:diffusion|publication)\s+imm[ée]diate|zur\s+sofortigen\s+"
              r"ver[öo]ffentlichung|para\s+(?:su\s+)?(?:difusi[óo]n|publicaci[óo]n)\s+inmediata|"
              r"per\s+la\s+diffusione\s+immediata|voor\s+onmiddellijke\s+publicatie)")
_RELEASE = re.compile(rf"^{_IMMEDIATE}[.:]?$", re.IGNORECASE)
_RELEASE_WORDS = (r"(?:(?:news|press|media)\s+release|communiqu[ée]\s+de\s+presse|pressemitteilung|"
                  r"medienmitteilung|presseinformation|nota\s+de\s+prensa|comunicado\s+de\s+prensa|"
                  r"comunicato\s+stampa|persbericht)")
_MAYBE_RELEASE = re.compile(rf"^(?:{_RELEASE_WORDS}|communiqu[ée]|comunicado|embargoed\s+(?:until|till)\b[^\n]{{0,60}}|"
                            r"for\s+release\s+(?:at|on|after)\b[^\n]{0,60})[.:]?$", re.IGNORECASE)
# The same mark before a subject's headline: "MEDIA RELEASE: Measles case confirmed", "Media release - Cycleway opens".
_RELEASE_PREFIX = lazy_compile(rf"^\s*(?:{_RELEASE_WORDS}|{_IMMEDIATE})\s*(?:[:|]|[-–—](?=\s))\s*(?=\S)",
                               re.IGNORECASE)
# A press release's end mark, alone on its line: "###", "# # #", "-ENDS-", "- ends -", "ENDS", "-30-".
_END_MARK = re.compile(r"^[ \t]*(?:#[ \t]*#[ \t]*#|-+[ \t]*ends?[ \t]*-+|ends|-+[ \t]*30[ \t]*-+)[ \t]*$",
                       re.IGNORECASE | re.MULTILINE)
# What a press release puts after its end mark: a media contact ("Media contact:", "Contact: Jane Smith", "For
# more information") or an "About" box of its company ("About Acme Ltd"), on a line of its own.
_RELEASE_TAIL = re.compile(r"^(?:(?i:(?:media|press)\s+(?:contacts?|enquiries|inquiries)\b|contacts?\s*:|"
                           r"for (?:more|further) information\b)|(?i:about)\s+[A-Z][^\n.!?]{0,60}$)", re.MULTILINE)
_HEADLINE_CHARS = 200  # a note longer than a headline is no headline, whatever it ends with
_HEADLINE_WORDS = 20   # a headline under a release mark: a few words, no sentence
_MAX_NOTES = 3         # a slug, a release mark and an editor's note may stand over one story
_NOTE_LINES = 6        # a note is a paragraph of a few lines, ended by a blank line ...
_NOTE_CHARS = 600      # ... and of a few sentences


def without_release_mark(title: str) -> str:
    """A title without a press office's mark before it ("MEDIA RELEASE: Measles case": Measles case)."""
    return _RELEASE_PREFIX.sub("", title, count=1)


def split_notes(text: str) -> tuple[str, list[str], bool]:
    """``text`` without the notes and marks above its headline, the notes to keep as text (marks go), and whether a
    press office's mark was among them (the text is a press release)."""
    kept: list[str] = []
    release = False
    for _ in range(_MAX_NOTES):
        first, sep, rest = text.partition("\n")
        line = first.strip()
        if not sep or not rest.strip():
            break
        if _SLUG.match(line):
            text = rest.strip()
        elif _RELEASE.match(line) or _MAYBE_RELEASE.match(line) and _opens_with_headline(rest):
            text, release = rest.strip(), True
        elif _NOTE.match(line) and _is_note((note := _note_paragraph(text))[0]):
            text = note[1]
            kept.append(note[0])
        else:
            break
    return text, kept, release


def _is_note(paragraph: str) -> bool:
    """Whether a note's paragraph reads as a note, not as a headline with a note's word: a sentence, or longer
    than a headline ("Corrections: three inmates escape from prison" heads a story)."""
    return bool(ENDS_SENTENCE.search(paragraph) or len(paragraph) > _HEADLINE_CHARS)


def _opens_with_headline(text: str) -> bool:
    """Whether ``text`` opens with a headline: a short line that is no sentence, with a line of text under it."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return (len(lines) > 1 and len(lines[0].split()) <= _HEADLINE_WORDS and not ENDS_SENTENCE.search(lines[0])
            and any(lines[1:]))


def _note_paragraph(text: str) -> tuple[str, str]:
    """The note opening ``text`` (its paragraph when a blank line ends it soon, else its first line) and the rest."""
    paragraph, sep, rest = text.partition("\n\n")
    if sep and rest.strip() and paragraph.count("\n") < _NOTE_LINES and len(paragraph) <= _NOTE_CHARS:
        return paragraph.strip(), rest.strip()
    first, _sep, rest = text.partition("\n")
    return first.strip(), rest.strip()


def without_end_matter(body: str, release: bool) -> str:
    """``body`` without an end mark ("###", "-ENDS-") and what follows it, when ``body`` is a press release (by its
    wire's dateline or its mark, ``release``) or what follows opens as a release's does (a media contact, an "About
    Acme Ltd" box); else as it is: a mark between two parts of a story is no end. A mailing's unsubscribe footer
    closing it goes too ("Se désabonner": ``unsubscribelines``), and an e-mail style sign-off (``without_sign_off``)."""
    body = without_sign_off(without_unsubscribe_footer(body))
    for mark in _END_MARK.finditer(body):
        story, tail = body[: mark.start()].strip(), body[mark.end():].strip()
        if story and (release or _RELEASE_TAIL.match(tail)):
            return story
    return body


# An e-mail style sign-off closing a text: a "--" line (RFC 3676's "-- ", or without its space) over at most
# ``SIGNATURE_MAX_LINES`` lines that end no sentence (a mail's signature's bound and test, mailsignatures.py), one of
# them a way to reach the writer: an e-mail address, or a phone number of seven digits or more ("Ann Cox" / "Phone:
# 09 123 4567" / "ann.cox@police.example.nz"), where a mail's "-- " needs none.
_SIGN_OFF_DASHES = re.compile(r"[ \t]*--[ \t]?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d ()./-]{5,18}\d(?![\w.])")
_PHONE_DIGITS = 7


def without_sign_off(body: str) -> str:
    """``body`` without the e-mail style sign-off closing it ("--" over a name, a phone number, an e-mail address: see
    ``_SIGN_OFF_DASHES``), its last paragraph kept; else as it is: a "--" line over the story's sentences is a break."""
    lines = body.rstrip().rsplit("\n", SIGNATURE_MAX_LINES + 1)
    for at in range(len(lines) - 2, -1, -1):
        if not _SIGN_OFF_DASHES.fullmatch(lines[at]):
            continue
        under = [line for line in lines[at + 1:] if line.strip()]
        story = "\n".join(lines[:at]).rstrip()
        if story.strip() and any(map(_reaches, under)) and not any(SENTENCE_END.search(line) for line in under):
            return story
        return body  # the nearest dash line decides: one over more of the story is a break
    return body


def _reaches(line: str) -> bool:
    """Whether ``line`` holds an e-mail address or a phone number (``_PHONE_DIGITS`` digits or more)."""
    return bool(_EMAIL.search(line)) or any(sum(c.isdigit() for c in number.group()) >= _PHONE_DIGITS
                                            for number in _PHONE.finditer(line))
