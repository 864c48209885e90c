"""What a quoted phrase that finds nothing would find without its quotes: a quote pasted from memory or from a page
that reworded it is rarely word for word, while its words still point to the article."""

from __future__ import annotations

import re

from .errors import as_typed
from .notices import Count
from .querytext import normalize
from .singlequotes import phrases_double_quoted
from .startup import lazy_compile

_QUOTE = '"“”„‟«»'  # the marks the parser reads as a phrase's (querytext._QUOTES); a single quote may be an apostrophe
# A quote with the proximity or exactness after it ("a b"~3): unquoted, the ~3 would make its last word fuzzy.
_QUOTE_MARK = lazy_compile(rf"[{_QUOTE}](?:~\d*(?:\.\d+)?)?")
# A field's phrase (title:"a b"~3): unquoted, its words go in brackets, title:(a b), each still the field's; title:a b
# had searched b in every field (a group in brackets takes no ~, so the proximity goes).
_FIELD_PHRASE_WORDS = lazy_compile(r'(?<=:)"([^"]*)"(?:~\d*(?:\.\d+)?)?')
_PHRASE = re.compile(r'"([^"]*)"')  # (after normalize, every quote of a phrase is a straight double one)
# A phrase with its field and its proximity (title:"a b"~3), as the quote alone is searched
_QUOTE_ALONE = lazy_compile(r'(?:\w+:)?"[^"]*"(?:~\d*(?:\.\d+)?)?')
_WORD = re.compile(r"\w+")
# A NOT (-"a b", !"a b", NOT "a b", -title:"a b", -(a OR "b c")): a phrase in it left out, unquoted its first word alone
# would be, the others required.
_NEGATION = lazy_compile(r"(?:(?<![^\s(])[-!]+|\bNOT\s+)(?=(?:\w+:)?[(\"])")
# A field's clause, as typed beside a quote: date:2005, -title:apology, date:[2004 TO 2005], source:"the times"
_CLAUSE = lazy_compile(r'[-+!]?\w+:(?:\[[^\]]*\]|\{[^}]*\}|"[^"]*"|\S+)')
# A word left out (-storm, !storm, NOT storm): the quote's articles have it, they do not lack it.
_EXCLUDED = lazy_compile(r'(?:(?<!\S)[-!]|\bNOT\s+)[^\s"()]+')
_NEAR = re.compile(r'"~0*[1-9]')  # a proximity ("a b"~5): its words not next to each other but that near at most


def unquoted_notice(text: str, match: str, count: Count) -> str | None:
    """What ``text`` finds without its quotes (``count``) when it holds a phrase, under ``match`` or else under
    --match any: ``"I am deeply sorry that they were subject"`` had said only that no article matches, where the
    article saying "I am very sorry that they were subject" is among what its words find. None when that finds nothing
    too, or ``text`` has no phrase or leaves one out. A phrase may be in single quotes (``'a b'``, ``‘a b’``). First,
    when the phrases alone find articles, that the words typed beside them are why nothing was found."""
    text = phrases_double_quoted(normalize(text))  # a phrase in single quotes, curly ones too, in double
    # one word in quotes is a form, not an order: "in this order" would not be why it found nothing
    phrases = [span for span in _PHRASE.findall(text) if len(_WORD.findall(span)) > 1]
    if not phrases or _negated_phrase(text):
        return None
    alone = " ".join(_QUOTE_ALONE.findall(text))  # in its field: title:"a b" alone is not "a b" anywhere
    # an attribution pasted after the quote ("… injustice." — Tony Blair, 9 February 2005): the quote is found
    if alone != text and (found := count(alone, match)):
        many, beside = len(phrases) > 1, " ".join(_QUOTE_ALONE.sub(" ", text).split())
        found_alone = f"the quote{'s' * many} alone find{'s' * (not many)} {found:,}"
        words = _CLAUSE.sub(" ", beside)
        if not _EXCLUDED.sub(" ", words).strip(" +-!"):  # "… date:2005", "… -storm": no words beside it, but clauses
            parts = len(_CLAUSE.findall(beside)) + len(_EXCLUDED.findall(words))
            return f"{beside} leave{'s' * (parts == 1)} out every article with the quote{'s' * many}: {found_alone}"
        return f"the words outside the quote{'s' * many} are in no article with {'them' if many else 'it'}: {found_alone}"
    without = " ".join(_QUOTE_MARK.sub(" ", _FIELD_PHRASE_WORDS.sub(r"(\1)", text)).split())
    said = f"no article has the quoted words {'this near each other' if _NEAR.search(text) else 'in this order'}"
    if found := count(without, match):
        return f"{said}: without the quotes, {as_typed(without)} finds {found:,}"
    if match == "all" and (found := count(without, "any")):
        return f"{said}, nor all of them: without the quotes, --match any finds {found:,}"
    return None


def _negated_phrase(text: str) -> bool:
    """Whether a NOT of ``text`` holds a phrase: ``-"a b"``, ``NOT title:"a b"``, ``-(storm OR "a b")``."""
    for negation in _NEGATION.finditer(text):
        opened = _NEGATED_START.match(text, negation.end())
        if opened is None:
            continue
        if opened.group(1) == '"':
            return True
        depth, end = 0, opened.start(1)
        for end in range(opened.start(1), len(text)):
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            if depth == 0:
                break
        if '"' in text[opened.start(1) : end + 1]:
            return True
    return False


_NEGATED_START = lazy_compile(r'(?:\w+:)?(["(])')  # what a NOT leaves out starts with: a phrase, or a group
