"""A message's signature, no more the article's text in an HTML message where its mail program marks it than in a
plain one under ``-- `` (``without_signature``).

Outlook (the web's and the new desktop one) writes the sender's signature as ``<div id="Signature">``, Thunderbird as
``<div class="moz-signature">``, Gmail as ``<div class="gmail_signature">``. Only the sender's own is left out: one
inside what a reply quotes (after Outlook's ``<div id="divRplyFwdMsg">`` header, in Gmail's ``gmail_quote`` or a
``<blockquote>``) stays, as a quoted ``-- `` does in a plain message.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..startup import lazy_compile

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A page that may mark a signature: the tree is parsed only for one.
_MAY_MARK = re.compile(r"\bsignature\b|moz-signature|gmail_signature", re.IGNORECASE)
_SIGNATURE_CLASSES = frozenset({"moz-signature", "gmail_signature"})
# Where what a reply quotes begins: everything from here on is another's message.
_QUOTE_IDS = frozenset({"divrplyfwdmsg"})
_QUOTE_CLASSES = frozenset({"gmail_quote", "moz-cite-prefix"})
SIGNATURE_MAX_LINES = 10  # a signature is at most this many lines under its "-- " line (a longer tail is text)
_SIGNATURE = re.compile(r"^--( ?)$")  # RFC 3676's "-- "; "--" alone is one when nothing under it is a sentence
# A line ending a sentence: a signature's lines end none (textnotes.py tells a text's sign-off so too)
SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?][\"'”’)]*\s*$")


def without_marked_signature(page: str) -> str:
    """``page`` (an HTML message) without the sender's signature its mail program marked (see the module);
    ``page`` as it is when it marks none, or when the signature is all the text it has."""
    if not _MAY_MARK.search(page):
        return page
    from lxml import html as lxml_html

    from .html import parse_tree

    root = parse_tree(page)
    signatures = _own_signatures(root)
    signed = sum(len(signature.text_content().split()) for signature in signatures)
    if not signatures or len(root.text_content().split()) <= signed:
        return page
    for signature in signatures:
        signature.drop_tree()
    return str(lxml_html.tostring(root, encoding="unicode"))


def _own_signatures(root: HtmlElement) -> list[HtmlElement]:
    """The signature elements in ``root`` before the first quote of another's message, none inside another."""
    found: list[HtmlElement] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # a comment
        classes = set(element.get("class", "").split())
        ident = element.get("id", "").casefold()
        if element.tag == "blockquote" or ident in _QUOTE_IDS or classes & _QUOTE_CLASSES:
            break
        marked = ident == "signature" or classes & _SIGNATURE_CLASSES
        if marked and not any(outer in element.iterancestors() for outer in found):
            found.append(element)
    return found


def without_signature(text: str) -> str:
    """``text`` without a signature: a ``-- `` line with at most ``SIGNATURE_MAX_LINES`` under it, and those
    lines; a ``--`` line (no space) only when no line under it ends a sentence."""
    lines = text.rstrip().split("\n")
    for at in range(len(lines) - 1, max(-1, len(lines) - SIGNATURE_MAX_LINES - 2), -1):
        found = _SIGNATURE.match(lines[at])
        if found and (found.group(1) or not any(SENTENCE_END.search(line) for line in lines[at + 1:])):
            return "\n".join(lines[:at]).strip()
    return text.strip()


# A mail's closing salutation ("Thanks,", "Kind regards,", "Cheers!", "Viele Grüße", "Cordialement,") over at most
# ``_CLOSING_NAME_LINES`` short lines that end no sentence (the sender's name, a role), or a lone first name after the
# text's last sentence ("Sam"). By language; "ss" for "ß" as Swiss and ASCII mail write it.
SALUTATIONS = {
    "en": r"(?:many |thanks and |with )?thanks(?: again| so much)?|thx|thank you|cheers|ta|best|all the best"
          r"|(?:(?:best|kind|warm|warmest|many) )?(?:regards|wishes)|(?:yours )?(?:sincerely|truly)|yours faithfully"
          r"|take care|talk soon",
    "de": r"(?:(?:viele|ganz|mit) )?(?:(?:liebe|beste|besten|herzliche|herzlichen|freundliche|freundlichen|schöne|"
          r"sonnige) )?(?:grüße|grüssen|grüßen|grüsse|gruß|gruss)",
    "fr": r"(?:(?:bien|très) )?cordialement|bien à vous|amicalement|(?:bien )?amitiés|salutations distinguées",
    "es": r"(?:un )?saludos?(?: cordiales)?|atentamente|un abrazo",
    "it": r"(?:cordiali|distinti|cari) saluti|saluti|un saluto|un caro saluto",
    "nl": r"(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groetjes|groeten",
}
_SALUTATION = re.compile(rf"(?:{'|'.join(SALUTATIONS.values())})\s*[,.!]?", re.IGNORECASE)
_CLOSING_NAME_LINES = 3  # the sender's name, title and organisation
_CLOSING_NAME_WORDS = 4
# A name word: letters of any script, a capital first ("Sam", "Jörg", "Łukasz", "Jean-Luc", "O'Neil").
_NAME_WORD = re.compile(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)?")
# The salutation and the name on one line, a comma or "!" between them: "Thanks, Sam", "Viele Grüße, Christian".
_SALUTATION_AND_NAME = lazy_compile(rf"(?:{'|'.join(SALUTATIONS.values())})\s*[,!]\s*(\S+(?:\s+\S+){{0,2}})",
                                    re.IGNORECASE)
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)]*\s*$")
_NAME_DASH = re.compile(r"[-–—]{1,2}\s*")  # a name signed after a dash: "- Sam", "—Sam Lee"
# A mail program's last line under a message written on a phone or in its app, in the languages it writes it: "Sent
# from my iPhone", "Get Outlook for iOS", "Gesendet von meinem iPhone", "Von meinem iPad gesendet", "Envoyé de mon
# iPhone"; a few words of no comma or stop ("Sent from my iPhone, the photos show…" is a sentence).
_SENT_FROM = re.compile(r"(?:sent from (?:my|mail for)|get outlook for|gesendet (?:von|mit)(?: meinem)?|von meinem|"
                        r"envoyé (?:de|depuis)(?: mon)?|enviado (?:desde|de)(?: mi| meu)?|verzonden (?:vanaf|met)"
                        r"(?: mijn)?|inviato da(?: il mio)?) [^\n.!?,<]{1,40}\.?\s*(?:<[^>\s]+>)?", re.IGNORECASE)


def without_sign_off_name(text: str) -> str:
    """``text`` (a mail's own words) without its closing salutation and the name under it ("Thanks,\\nSam") or after
    it on its line ("Thanks, Sam", "Thanks, Sam."), or a lone first name as its last line after a sentence ("…on Tuesday.\\n\\nSam",
    "Jörg", "- Sam Lee"); and a phone's "Sent from my iPhone" under them (``_SENT_FROM``). A last line that is a
    sentence, or a word under no sentence ("Results\\n\\nHome 2 Away 1"), stays."""
    text = _without_sent_from(text)
    lines = text.rstrip().split("\n")
    filled = [at for at, line in enumerate(lines) if line.strip()]
    for at in filled[-_CLOSING_NAME_LINES - 1:]:
        under = [lines[n].strip() for n in filled if n > at]
        if _SALUTATION.fullmatch(lines[at].strip()) and all(  # "Sam." under it is a name signed with a stop
                len(line.split()) <= _CLOSING_NAME_WORDS and (not SENTENCE_END.search(line) or _names(line, 3))
                for line in under):
            return _rest(lines[:at], text)
    last = lines[filled[-1]].strip() if filled else ""
    if (named := _SALUTATION_AND_NAME.fullmatch(last)) and _names(named.group(1), 3):
        return _rest(lines[:filled[-1]], text)  # "Thanks, Sam" on one line, "Thanks, Sam." too
    signed = _NAME_DASH.match(last)  # "Sam", or after a dash a full name too: "- Sam Lee"
    if len(filled) > 1 and _names(last[signed.end():] if signed else last, 3 if signed else 1) \
            and _SENTENCE_CLOSE.search(lines[filled[-2]]):
        return _rest(lines[:filled[-1]], text)
    return text


def _without_sent_from(text: str) -> str:
    """``text`` without its last line when that is a mail program's "Sent from my iPhone" (``_SENT_FROM``)."""
    lines = text.rstrip().split("\n")
    return _rest(lines[:-1], text) if _SENT_FROM.fullmatch(lines[-1].strip()) else text


def _names(line: str, most: int) -> bool:
    """Whether ``line`` is a name of one to ``most`` words (``_name_word``), a full stop after it or not ("Sam Lee.")."""
    words = line.strip().removesuffix(".").split()
    return 0 < len(words) <= most and all(map(_name_word, words))


def _name_word(word: str) -> bool:
    """Whether ``word`` is a name's word: letters of any script, its first a capital (``_NAME_WORD``; not "ENDS")."""
    return bool(_NAME_WORD.fullmatch(word)) and word.istitle()


def _rest(lines: list[str], text: str) -> str:
    """``lines`` joined, or ``text`` when nothing is left of it."""
    rest = "\n".join(lines).rstrip()
    return rest if rest.strip() else text
