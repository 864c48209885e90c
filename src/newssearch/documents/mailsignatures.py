"""The signature a mail program marks in an HTML message, which is no more the article's text than a plain
message's under ``-- `` is.

Outlook (the web's and the new desktop one) writes the sender's signature as ``<div id="Signature">``, Thunderbird as
``<div class="moz-signature">``, Gmail as ``<div class="gmail_signature">``. Only the sender's own is left out: one
inside what a reply quotes (after Outlook's ``<div id="divRplyFwdMsg">`` header, in Gmail's ``gmail_quote`` or a
``<blockquote>``) stays, as a quoted ``-- `` does in a plain message.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# A page that may mark a signature: the tree is parsed only for one.
_MAY_MARK = re.compile(r"\bsignature\b|moz-signature|gmail_signature", re.IGNORECASE)
_SIGNATURE_CLASSES = frozenset({"moz-signature", "gmail_signature"})
# Where what a reply quotes begins: everything from here on is another's message.
_QUOTE_IDS = frozenset({"divrplyfwdmsg"})
_QUOTE_CLASSES = frozenset({"gmail_quote", "moz-cite-prefix"})


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
