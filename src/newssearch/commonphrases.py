"""A query of very common words alone ("to be or not to be", "What we do") searched as the phrase of its words, as
web search engines do: the index holds every word by position, so the phrase finds them, where the words alone are
left out and the query had been refused ("nothing to search for")."""

from __future__ import annotations

import re

from .operators import SYNTAX_WORDS
from .schema import QUERY_FIELD_NAMES
from .startup import lazy_compile
from .stopwords import ACRONYM_STOPWORDS, CONTENT_STOPWORDS, STOP_WORDS
from .tokenpatterns import token_pattern_for
from .typedwords import plain_token

MIN_WORDS = 2  # one common word as a phrase is its term, found in nearly every article: still refused

_FIELD_NAME = lazy_compile(r"(?<![\w:])(?:" + "|".join(sorted(QUERY_FIELD_NAMES, key=len, reverse=True)) + "):", re.IGNORECASE)


def common_words_phrase(cleaned: str) -> tuple[str, str] | None:
    """The query text ``"w1 w2 …"`` of the plain words of ``cleaned`` and a note saying so, when ``cleaned`` (a query
    its stop words left with nothing to search but its minus terms) is two or more plain words besides its minus terms,
    which are kept; None when any has syntax of its own (a field, a quote, a sign, an operator, a wildcard, a bracket),
    or when there is only one. In a query typed in capitals (TO BE OR NOT TO BE) AND, OR and NOT are words too, as in
    lower case: read as operators between stop words they had searched nothing; operators alone are no phrase."""
    shouted = not any(c.islower() for c in cleaned)
    if not shouted and _NEGATED_NOT.search(cleaned):  # "--NOT England": the NOT of England, no minus term
        return None
    excluded = _MINUS_TERM.findall(cleaned) if "-" in cleaned else []
    tokens = _tokens(cleaned, shouted)
    if len(tokens) < MIN_WORDS or any(token is None for token in tokens) or all(t in SYNTAX_WORDS for t in tokens):
        return None
    phrase = " ".join(str(token) for token in tokens)
    besides = f" besides {' '.join(excluded)}" if excluded else ""
    return " ".join([f'"{phrase}"', *excluded]), f'all its words{besides} are very common: searched as the phrase "{phrase}"'


def shouted_common_words(cleaned: str) -> bool:
    """Whether ``cleaned`` is typed all in capitals and is two or more very common words alone besides its minus
    terms, AND, OR and NOT among them (TO BE OR NOT TO BE WAS): no word of it then ends a name, as a capitalised
    function word after a capitalised word may ("Theresa May"), which had searched its last word alone ("was");
    US, UN, WHO and IT, which may be acronyms in capitals, keep their reading."""
    if any(c.islower() for c in cleaned):
        return False
    tokens = _tokens(cleaned, True)
    return len(tokens) >= MIN_WORDS and all(
        token is not None and token.lower() in STOP_WORDS - CONTENT_STOPWORDS - ACRONYM_STOPWORDS for token in tokens)


# A minus term ("-hamlet", "-title:hamlet", '-"prince of denmark"', '-"said hamlet"~1') outside quotes, kept beside
# the phrase (a phrase's ~N or ^N after its quote: it had been no minus term, the common words then left out as stop
# words and the query every article without the phrase, silently: differential seed 566)
_MINUS_TERM = lazy_compile(r'(?<![^\s(])-+(?:"[^"]*"[^\s"()]*|[^\s"()]+)(?![^\s)])')

# A negation typed before NOT outside capitals ("--NOT England", "-NOT England"), read as one NOT (operators.py): the
# NOT of the word after it, not the minus term "--NOT" beside a phrase of the rest (differential seed 573: '--NOT
# England seem alone' had been the phrase "England seem alone")
_NEGATED_NOT = lazy_compile(r'(?<![^\s(])[-!]+NOT(?=[\s(])')


# A run of punctuation standing apart ("…", "...?", "—", "?!"), which holds no word and no syntax: passed over
_PUNCTUATION = lazy_compile(r'[^\w\s"()*~^+:\[\]{}]+')


def _tokens(cleaned: str, shouted: bool) -> list[str | None]:
    """The token of each plain word of ``cleaned`` besides its minus terms (``_plain_word``; None for a word of syntax
    of its own), a run of punctuation standing apart left out ("Aren't we all …?": its "…?" had made the query no
    phrase of common words, and refused)."""
    words = _MINUS_TERM.sub(" ", cleaned).split()
    return [_plain_word(word, shouted) for word in words if not _PUNCTUATION.fullmatch(word)]


def _plain_word(word: str, shouted: bool) -> str | None:
    """The one token of a plain word as typed (``typedwords.plain_token``), an operator's too when ``shouted``."""
    if not shouted:
        return plain_token(word)
    return word.rstrip(".,") if plain_token(word.lower()) is not None else None


def nothing_reason(typed_text: str) -> str:
    """Why a query has nothing to search for: operators alone, stopwords alone, or no letters or digits (in what was
    typed: site:. is not the OR it is rewritten into)."""
    words = _FIELD_NAME.sub(" ", typed_text)  # url:/ holds a symbol, not the word "url"
    typed = token_pattern_for(words).findall(words)
    if typed and all(word in SYNTAX_WORDS for word in typed):
        return "it holds only operators (AND, OR, NOT): add the words to search for"
    if typed:
        return "very common words (the, of, and) are found only in a phrase: add a more specific word, or quote them"
    return "only letters and digits are indexed, not symbols or emoji"
