"""Web addresses typed or pasted into a query: the link to an article finds the article.

An address is read as its words in order, as the index holds it (``https://x.example/?p=2895`` is "https x example p
2895"), never as query syntax: its ``?`` and ``*`` had been patterns and its ``~`` a fuzzy word's, so the exact link of
an article, ``url:http://archiv.krimiblog.de/?p=2895``, found nothing. Pasted alone (not after ``url:``), it is the
article at that address or one whose text quotes it: searched as words only, a link found nothing, as an article
seldom writes its own address. After ``url:`` a trailing ``*`` or ``?`` is a pattern of its words from the address's
start (``url:https://www.stuff.co.nz/national/*``).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from .errors import InvalidQuery, as_typed
from .lucene import outside_quotes
from .startup import lazy_compile

_URL_FIELDS = "url|inurl|link"  # schema.FIELD_ALIASES[URL], and the field itself
# An address after a URL field, quoted or not: a scheme, or a path after a host (url:nzherald.co.nz/nz/policy); a
# sign after the colon (url:-bbc.co.uk/news) is kept before the phrase, for lucene_forms to put before the field
_FIELD_ADDRESS = lazy_compile(rf'(?<![\w:])((?i:{_URL_FIELDS})):([-+!]*)(?:"([^"]*/[^"]*)"|([^\s"()]*/[^\s"()]*))')
# an address with its scheme, or pasted from a browser's bar without it (www.stuff.co.nz/arrests, and as a bar, print
# or a shared link shows it, stuff.co.nz/arrests: each had found nothing), a host's labels then a slash
_ADDRESS = r"(?i:(?:https?://|www\.)[^\s\"()]+|(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s\"()]*)"
_PASTED_ADDRESS = lazy_compile(rf"(?<![^\s(])([-+!]?)({_ADDRESS})")
_QUOTED_ADDRESS = lazy_compile(rf'(?<![^\s(])([-+!]?)"\s*({_ADDRESS})\s*"')  # quoted to keep it whole
_HOST_LEAD = lazy_compile(r"(?i:https?://)?(?i:www\.)?")  # what url: finds an address's words after, or without
_BARE_HOST = lazy_compile(r"(?<![^\s(\"])[-+!]?(?:[a-z0-9-]+\.)+[a-z]{2,}/", re.IGNORECASE)  # bbc.co.uk/news
_ASCII = "".join(map(chr, range(32, 127)))  # what an escaped address writes as it is: only other letters are escaped
_SYNTAX_IN_ADDRESS = lazy_compile(r"[?*~^]+")  # a query string's ?, a path's ~user, ~ and ^ before digits
_ADDRESS_SEPARATORS = lazy_compile(r"[\W_]+")  # what is between an address's words
# the weight of a pasted address's article over the articles quoting it: a follow-up that writes the address (and
# its slug's words) twice had outscored the article at it, whose one url field matched
AT_ADDRESS_BOOST = 10


# A scheme with nothing after it, pasted alone (a link cut short, a bar's text half selected): no address to find
_BARE_SCHEME = lazy_compile(rf"(?<![^\s(])(?:(?i:{_URL_FIELDS}):)?[-+!]?((?i:[a-z][a-z0-9+.-]*)://)(?=[\s)]|$)")


def check_bare_schemes(text: str) -> None:
    """Refuse a web address's scheme typed with no address after it, outside quotes (``http://``, ``url:https://``):
    searched as the word "http", it had found nothing, or any article writing a link, saying nothing."""
    if "://" not in text:
        return
    for piece in text.split('"')[::2]:
        if bare := _BARE_SCHEME.search(piece):
            raise InvalidQuery(f"{as_typed(bare.group(1))} is the start of a web address, with no address after it",
                               hint="paste the whole address, https://www.example.com/news/story, or type "
                                    "site:example.com for a site's articles")


def web_addresses(text: str) -> str:
    """``text`` with each address after ``url:`` as the phrase of its words, and each one pasted alone as the article
    at that address or the words of one quoting it: ``https://x.example/?p=1`` is
    ``(url:"x.example/ p=1"^10 OR "https://x.example/ p=1")``."""
    if "/" not in text:
        return text
    text = _FIELD_ADDRESS.sub(lambda m: _field_address(m.group(1), m.group(2), m.group(3) or m.group(4)), text)
    if "://" not in text and "www." not in text.lower() and not _BARE_HOST.search(text):
        return text
    return outside_quotes(_QUOTED_ADDRESS.sub(_pasted, text), lambda piece: _PASTED_ADDRESS.sub(_pasted, piece))


def _pasted(match: re.Match[str]) -> str:
    """An address pasted alone as the article at it, or the words of one that quotes it (with its sign), the article
    at it first (``AT_ADDRESS_BOOST``)."""
    sign, words = match.group(1), _as_words(_untracked(match.group(2)))
    # its words from the host on, which url: finds after a scheme and a www. or without (address_phrase): a bar may
    # show www. that the article's address has not, or not say it, and http for https
    address = _hosted(words)
    at = " OR ".join(f'url:"{one}"^{AT_ADDRESS_BOOST}' for one in _spellings(address))
    return f'{sign}({at} OR "{words}")'


def _field_address(field: str, sign: str, address: str) -> str:
    """An ``address`` typed after ``field`` (``url:``, with its ``sign``) as the phrase of its words, or ending in
    ``*`` or ``?`` as the pattern of its words from its start (``url:https.news.ex*``, which ``address_pattern`` reads):
    its ``*`` had been dropped, so ``url:https://news.ex*`` was the words "https news ex" and found nothing."""
    address = _untracked(address)  # as the article's address is stored: a newsletter's utm_ is in none
    start = address.rstrip("*?")
    if start == address or not _ADDRESS_SEPARATORS.sub("", start):
        return _in_field(field, sign, _hosted(_as_words(address)))
    # its words joined, one word as address_pattern reads it (the slash of national/* ends the word national): by
    # dots when it has a host's, which address_pattern holds to the address's start, else a path's words anywhere
    tail, joint = address[len(start):], "." if "." in start else "-"
    forms = [_ADDRESS_SEPARATORS.sub(joint, one).lstrip(joint) + tail for one in _spellings(_as_words(start))]
    if len(forms) == 1:
        return f"{field}:{sign}{forms[0]}"
    return f'{sign}({" OR ".join(f"{field}:{one}" for one in forms)})'


def _hosted(address: str) -> str:
    """``address`` from its host on, without its scheme and ``www.``: url: finds a dotted address's words from the
    address's start, a scheme and one label (``www.``) before them or not, so ``https://paper.example/x`` finds
    the article at https://www.paper.example/x (with them, it had found nothing); the whole address when that
    leaves nothing."""
    return _HOST_LEAD.sub("", address, count=1) or address


def _in_field(field: str, sign: str, words: str) -> str:
    """The phrase of an address's ``words`` after ``field`` (``url:``, with its ``sign``), in each of its spellings."""
    spellings = _spellings(words)
    if len(spellings) == 1:
        return f'{field}:{sign}"{words}"'
    return f'{sign}({" OR ".join(f"{field}:{chr(34)}{one}{chr(34)}" for one in spellings)})'


def _spellings(address: str) -> list[str]:
    """``address`` as typed, and with its letters written the other way a link may hold them: as a browser's bar
    shows them (``München``) or escaped as copying the address gives them (``M%C3%BCnchen``)."""
    try:
        decoded = unquote(address, errors="strict") if "%" in address else address
    except UnicodeDecodeError:  # escapes of bytes that are no UTF-8: the letters they stand for are unknown
        decoded = address
    other = _as_words(decoded) if decoded != address else quote(address, safe=_ASCII)  # a %3F is no pattern
    return [address] if other == address or not other.isprintable() or '"' in other else [address, other]


def _untracked(address: str) -> str:
    """``address`` without the tracking a newsletter adds (``linktracking``, imported only for a query holding one)."""
    from .documents.linktracking import without_tracking

    return without_tracking(address)


def _as_words(address: str) -> str:
    """``address`` without the characters that are query syntax: the index holds only its words."""
    return " ".join(_SYNTAX_IN_ADDRESS.sub(" ", address).split())
