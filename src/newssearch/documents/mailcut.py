"""A saved message the file ends inside: which of its parts are whole, and the one part that shows it is cut.

A multipart message without its closing boundary line (``--b--``) is not always cut: some mail programs and export
tools never write that line, and stripping a trailing footer takes it along. So its absence alone cuts nothing.
Every part a following boundary closes is whole. The last part, the one the file ends in, is whole too unless it
shows the cut a save, copy or download stopped midway leaves (``_SIGNS``): the file ends mid-line (in the text a
quoted-printable part holds too: its last line ends in a soft line break), inside the part's header lines or before
its body, inside a 4-character group of its base64, or inside a multipart part before its first part. The file
ends in the last part of each multipart that has no closing boundary, and in the message an attached message part
holds: that is where the sign is looked for.

A message that is a single part (no boundary to miss) is told cut only by its base64's 4-character groups, when the
file ends mid-line too (a body cut mid-line reads as a whole one; base64 without its padding ends its line); a
multipart message holding no part, by that.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email import errors
from email.message import EmailMessage
from typing import cast

from .mailbody import ATTACHED_MESSAGE
from .mailheader import ends_inside, header_text


@dataclass(frozen=True)
class CutPart:
    """The part the file ends inside, which shows it is cut: what it is, where the file ends in it, and what of the
    message it holds when that is its text (or an attached message, read as an article of its own or in the
    message's place): then nothing of the message reads whole without it."""

    label: str  # its file name, else its type: "report.pdf", "text/html"
    why: str  # where the file ends in it: "mid-line", "inside a 4-character base64 group"
    holds: str | None  # "the message's text", "an attached message (forward.eml)"; None for any other part
    multipart: bool  # in a multipart message without its closing boundary (not a single-part message)

    @property
    def reason(self) -> str:
        """Why the message is not read, when what the part holds is cut (the index keeps the version read before)."""
        closing = "; its closing MIME boundary is missing" if self.multipart else ""
        return f"cut short: the file ends in {self.holds} ({self.why}{closing})"

    @property
    def note(self) -> str:
        """The note on the file when the part is not read and the message's other parts are."""
        return (f"last MIME part ({self.label}): cut short: the file ends in it ({self.why}; the message's closing "
                "MIME boundary is missing)")


def cut_part(message: EmailMessage, data: bytes) -> CutPart | None:
    """The part of ``message`` (parsed from the file's ``data``) the file ends inside, when it shows it is cut (see
    the module), else None. A part that holds no text of the message is taken out of it, so the message reads
    without it; one that holds its text, or is in an attached message, is left: the message is not to be read."""
    chain = _open_parts(message)
    last, multipart = chain[-1], message.is_multipart()
    if multipart and len(chain) == 1:
        return None  # whole: closed by its closing boundary
    why = _cut_sign(last, data, _SIGNS if multipart else _SINGLE_PART_SIGNS)
    if why is None:
        return None
    attached = next((part for part in chain[1:-1] if part.get_content_type() == ATTACHED_MESSAGE), None)
    holds = (f"an attached message ({_label(attached)})" if attached is not None else
             "the message's text" if not multipart or _is_body(message, last) else None)
    if holds is None:
        del _subparts(chain[-2])[-1]  # the last part of its multipart: the one the file ends in
        if message.get_body(("plain", "html")) is None:  # its text in a part cut in its header ("text/pl")
            holds = "the message's text"
    return CutPart(_label(last), why, holds, multipart)


def _open_parts(message: EmailMessage) -> list[EmailMessage]:
    """The parts the file ends inside, outermost first: ``message``; in a multipart without its closing boundary,
    its last part; in an attached message part, the message it holds. Just ``message`` when that is whole (closed
    by its closing boundary) or a single part."""
    chain = [message]
    if not ends_inside(message):
        return chain
    while chain[-1].is_multipart() and chain[-1].get_payload() and _goes_on(chain[-1]):
        chain.append(_subparts(chain[-1])[-1])
    return chain


def _subparts(part: EmailMessage) -> list[EmailMessage]:
    """The parts of a multipart, or the message an attached message part holds: its payload, a list of them."""
    return cast("list[EmailMessage]", part.get_payload())


def _goes_on(part: EmailMessage) -> bool:
    """Whether the file, ending inside ``part`` (a multipart or an attached message), ends inside its last part:
    an attached message holds one message, and a multipart without its closing boundary ends in its last."""
    return part.get_content_type() == ATTACHED_MESSAGE or ends_inside(part)


def _cut_sign(part: EmailMessage, data: bytes, signs: tuple[tuple[Callable[[EmailMessage, bytes], bool], str], ...]
              ) -> str | None:
    """Where the file ends in ``part``, the last it ends inside, when one of ``signs`` shows it is cut; None when
    the part reads whole (a multipart closed by its closing boundary, or one that shows no sign)."""
    if part.is_multipart():
        return None
    return next((why for test, why in signs if test(part, data)), None)


def _no_first_part(part: EmailMessage, _data: bytes) -> bool:
    """A multipart part (or message) the file ends in before its first boundary: it holds no part."""
    return part.get_content_maintype() == "multipart"


def _in_header(part: EmailMessage, _data: bytes) -> bool:
    """The file ends inside the part's header lines: a line there is no header line, and no blank line ended them."""
    return any(isinstance(defect, errors.MissingHeaderBodySeparatorDefect) for defect in part.defects)


def _no_body(part: EmailMessage, _data: bytes) -> bool:
    """The file ends before the part's body: nothing of it after its header lines (nothing to read either)."""
    return not str(part.get_payload()).strip()


def _mid_line(part: EmailMessage, data: bytes) -> bool:
    """The file ends mid-line: every line of a message ends in a line end, its last one before the closing
    boundary too; so does a quoted-printable part's last line of text, which a soft line break (``=`` at the end of
    a line) says goes on. Unless the part ends in what only its whole end writes (``_END_MARKS``): a tool that left
    out the boundary may have taken the line end before it too."""
    ends = not data.endswith((b"\n", b"\r")) or _soft_break_last(part)
    return ends and not any(mark(part) for mark in _END_MARKS)


def _soft_break_last(part: EmailMessage) -> bool:
    """The part is quoted-printable and its last line ends in a soft line break: its text goes on past the file."""
    return _encoding(part) == "quoted-printable" and str(part.get_payload()).rstrip("\r\n").endswith("=")


def _padded(part: EmailMessage) -> bool:
    """The part's base64 ends in its padding (``=``), which an encoder writes only in its last group."""
    return _encoding(part) == "base64" and str(part.get_payload()).rstrip().endswith("=")


def _closed_page(part: EmailMessage) -> bool:
    """The part is an HTML page that ends in its ``</html>``."""
    return part.get_content_type() == "text/html" and _HTML_END.search(str(part.get_payload())) is not None


def _encoding(part: EmailMessage) -> str:
    """The part's transfer encoding, in lower case ("base64", "quoted-printable"; "" for none named)."""
    return header_text(part, "Content-Transfer-Encoding").strip().lower()


def _inside_group(part: EmailMessage, _data: bytes) -> bool:
    """The part's base64 ends inside a group: an encoder writes 4 characters for every 3 bytes, padding the last
    group with ``=``, so a whole part's base64 characters come in fours. (A character no base64 has, or padding
    inside, is damage, never a cut: what a cut leaves of base64 decodes. The ``email`` package decodes around
    such damage, as it did.)"""
    return _encoding(part) == "base64" and len(_BASE64_CHARACTERS.findall(str(part.get_payload()))) % 4 != 0


def _group_cut_mid_line(part: EmailMessage, data: bytes) -> bool:
    """A single part's base64 ends inside a group, the file mid-line: an encoder that leaves out the padding (as some
    do) writes a short last group too, but ends its line."""
    return _inside_group(part, data) and not data.endswith((b"\n", b"\r"))


_BASE64_CHARACTERS = re.compile(r"[A-Za-z0-9+/=]")
_HTML_END = re.compile(r"</html\s*>[\s=]*\Z", re.IGNORECASE)  # quoted-printable may end it in a soft line break
_END_MARKS = (_padded, _closed_page)  # what a part's whole end writes: it ends there, whatever the line end after it
# What shows a last part cut, and where the file then ends in it; the first that holds is said.
_SIGNS = ((_no_first_part, "before its first part"), (_in_header, "inside its header lines"),
          (_no_body, "before its body"), (_mid_line, "mid-line"), (_inside_group, "inside a 4-character base64 group"))
# A single-part message has no boundary to miss and may end mid-line whole: only its base64 tells it cut, or, for a
# multipart message, its holding no part at all.
_SINGLE_PART_SIGNS = ((_no_first_part, "before its first part"),
                      (_group_cut_mid_line, "inside a 4-character base64 group"))


def _is_body(message: EmailMessage, part: EmailMessage) -> bool:
    """Whether ``part`` is the message's text: the plain or HTML part its text is read from (``message_text``)."""
    return any(part is message.get_body((kind,)) for kind in ("plain", "html"))


def _label(part: EmailMessage) -> str:
    """A part named for the note: its file name, else its type."""
    return part.get_filename() or part.get_content_type()
