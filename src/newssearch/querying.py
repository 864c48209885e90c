"""Turn what a user typed into a Whoosh query; never fail on user text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass
from datetime import timedelta
from itertools import combinations

from whoosh import qparser
from whoosh import query as wq
from whoosh.support.levenshtein import damerau_levenshtein

from . import config
from .aliases import aliases, group_names, with_aliases
from .documents.languages import language_code
from .documents.publishers import publisher_name
from .errors import InvalidQuery, as_typed
from .lucene import (
    FIELD_TERM,
    apostrophes_for_stray_quotes,
    field_named,
    lucene_forms,
    outside_quotes,
)
from .patterns import (
    WordFinder,
    WordPattern,
    matching_terms,
    written_pattern,
    written_words,
)
from .phrases import NewsPhrase, NewsSequence, StopwordPhrasePlugin, phrase_of
from .ranking import bm25_idf
from .schema import (
    BODY,
    DATE_FIELD_NAMES,
    FIELD_ALIASES,
    LANG,
    NAME_FIELDS,
    QUERY_FIELD_NAMES,
    QUERY_FIELDS,
    SEARCH_FIELDS,
    TITLE,
)
from .textanalysis import (
    INVISIBLE,
    MARKS,
    NAME_ANALYZER,
    SHOUTED_RUN,
    TEXT_ANALYZER,
    TOKEN_RE,
    analyze,
    compound_term,
    double_vowels,
    fold,
    has_unspaced,
    hyphen_links,
    plain_word,
    solid_words,
    stem_english,
    typed_gershayim,
)
from .timefilter import parse_bound
from .typedwords import (
    acronym_stems,
    left_out_note,
    searched_stopwords,
    with_acronym_stems,
)

MATCH_MODES = ("all", "any")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WORD = TOKEN_RE
_SYNTAX_WORDS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


@dataclass
class ParsedQuery:
    """A Whoosh query made from user text, plus what the user should be told about it."""

    text: str
    query: wq.Query
    notice: str | None
    words: list[str]
    left_out: str | None = None  # a note on the words a keyword query leaves out ("the", "of")

    @property
    def notes(self) -> str | None:
        """The notice and the note on words left out, as one line."""
        if self.notice and self.left_out:
            return f"{self.notice}; {self.left_out}"
        return self.notice or self.left_out

    def words_to_check(self) -> list[str]:
        """The words a "Did you mean" may correct: not one the query leaves out (``brown -json``), nor a
        known acronym it finds by its name (``USSR``: the Soviet Union, not "Usher"), nor a number."""
        negated: set[str] = set()
        _negated_terms(self.query, False, negated)
        known = {alias.acronym for alias in aliases()} | negated
        return [word for word in self.words  # nor a number: 53.09 is no slip of 53.9
                if not known.intersection(analyze(word)) and not any(char.isdigit() for char in word)]

    def names_to_check(self) -> set[tuple[str, str]]:
        """The ``author:`` and ``source:`` words (field and term) the query looks for, each as typed, not a pattern
        nor a word it leaves out: those a "Did you mean" may correct (namespelling.py)."""
        found: set[tuple[str, str]] = set()
        _wanted_names(self.query, found)
        return found


def _wanted_names(node: wq.Query, found: set[tuple[str, str]]) -> None:
    """Collect into ``found`` the name-field terms and phrase words of ``node`` outside a Not."""
    if isinstance(node, wq.Not):
        return
    if type(node) is wq.Term and node.fieldname in NAME_FIELDS:
        found.add((node.fieldname, str(node.text)))
    elif isinstance(node, wq.Phrase) and node.fieldname in NAME_FIELDS:
        found.update((node.fieldname, str(word)) for word in node.words)
    elif not node.is_leaf():
        for child in node.children():
            _wanted_names(child, found)


def _negated_terms(node: wq.Query, under_not: bool, found: set[str]) -> None:
    """Collect into ``found`` the texts of the terms inside a Not of ``node``."""
    if isinstance(node, wq.Not):
        under_not = True
    if isinstance(node, wq.Term):
        if under_not:
            found.add(str(node.text))
        return
    if isinstance(node, wq.Phrase):
        if under_not:
            found.update(str(word) for word in node.words)
        return
    if not node.is_leaf():
        for child in node.children():
            _negated_terms(child, under_not, found)


def normalize(text: str) -> str:
    """NFC, straight quotes for curly ones (but gershayim inside a Hebrew word), no control or invisible
    characters, single spaces."""
    text = typed_gershayim(INVISIBLE.sub("", unicodedata.normalize("NFC", text).translate(_QUOTES)))
    return " ".join(_CONTROL.sub(" ", text).split())


class NewsParser(qparser.QueryParser):
    """Whoosh's query parser, reading a typed word that analyses to several terms as a phrase.

    "F-16", "U-turn", "9/11" or "nzherald.co.nz" are one thing, not words to find anywhere in an article.
    A run of Chinese or Thai (its pairs of letters) keeps the query's AND or OR: a sentence typed
    without spaces is many words, not one phrase.
    """

    kept: frozenset[str] = frozenset()  # stop-list words, as typed, searched like any word (searched_stopwords)

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):  # type: ignore[no-untyped-def]
        """A pattern or fuzzy word as typed (lower case, folded); a word of several terms as their phrase; a
        stop-list word of ``kept`` as any word."""
        if text in self.kept:
            removestops = False
        if termclass in (wq.Wildcard, wq.Prefix) and fieldname in SEARCH_FIELDS:
            pattern = text + "*" if termclass is wq.Prefix else text  # Whoosh gives "polic*" as Prefix "polic"
            return WordPattern(fieldname, written_pattern(pattern), boost=boost)  # not stemmed: "*ies" is not "*ie"
        if termclass is wq.FuzzyTerm and fieldname in SEARCH_FIELDS:  # matched against words as written (expand_fuzzy)
            return wq.FuzzyTerm(fieldname, written_pattern(text), boost=boost)
        field = self.schema[fieldname] if self.schema and fieldname in self.schema else None
        if (termclass is wq.Term and tokenize and field is not None and field.analyzer and not field.self_parsing()
                and field.multitoken_query == "default" and not has_unspaced(text)):
            phrase = phrase_of(fieldname, field.tokenize(text, mode="query", removestops=False), boost=boost)
            if len(phrase.words) > 1:  # "AT&T", "F-16": every word, stopwords too, as the index holds them
                solid = written_solid(text) if fieldname in SEARCH_FIELDS else None
                return wq.DisjunctionMax([phrase, wq.Term(fieldname, solid, boost=boost)]) if solid else phrase
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)

    def multitoken_query(self, spec, texts, fieldname, termclass, boost):  # type: ignore[no-untyped-def]
        if spec == "default" and not any(has_unspaced(text) for text in texts):
            spec = "phrase"
        return super().multitoken_query(spec, texts, fieldname, termclass, boost)


def written_solid(word: str) -> str | None:
    """The term of a hyphenated word written solid (``e-mail``: "email"), or None for another word.

    The index holds every hyphenated word solid too (``textanalysis.solid_words``), so ``email`` finds
    "e-mail"; a query for ``e-mail`` finds "email" with this term beside its phrase.
    """
    spans = [match.span() for match in TOKEN_RE.finditer(word)]
    links = hyphen_links(word, spans)
    if len(links) != len(spans) - 1 or not links:
        return None
    solid = solid_words([plain_word(word[start:end]) for start, end in spans], links)
    terms = analyze(solid[0][1]) if 0 in solid else []
    return terms[0] if len(terms) == 1 else None


# Whoosh's own "(?P<text>\w+|[*]):" is tried at every letter of a word and reads on to its end: a
# 10,000-letter word took over a second. A field name starts a word.
_FIELD_NAME_EXPR = r"(?<![\w*])(?P<text>\w+|[*]):"
_LEADING_PLUS = r"(?:(?<=\s)|(?<=^)|(?<=\())\+(?=[\w\"(*?])"  # a plus that starts a word: not the ones of C++


class AnyGroup(qparser.syntax.GroupNode):
    """The words of a --match any query or of a group in brackets, any of them: an OR of them that a typed OR after it
    does not merge into (Whoosh's own OrGroup does), so that a group keeps its NOT to itself: "(storm -school) OR
    voting" is not "(storm OR voting) AND NOT school"."""

    qclass = wq.Or


def make_parser(schema, match: str = "all", kept: frozenset[str] = frozenset()) -> qparser.QueryParser:  # type: ignore[no-untyped-def]
    """The query parser: title and body (title boosted), field aliases, fuzzy and +/- terms; the stop-list words
    of ``kept`` (as typed) are searched."""
    # No coordination bonus for --match any: Whoosh's (OrGroup.factory) lowers TIME 1-41 MAP 0.760 -> 0.748.
    group = qparser.AndGroup if match == "all" else AnyGroup
    parser = NewsParser(None, schema, group=group)
    parser.kept = kept
    parser.remove_plugin_class(qparser.PhrasePlugin)
    parser.add_plugin(StopwordPhrasePlugin())
    parser.phraseclass = NewsPhrase
    parser.add_plugin(qparser.MultifieldPlugin(list(SEARCH_FIELDS), fieldboosts={TITLE: config.TITLE_BOOST, BODY: 1.0}))
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.replace_plugin(qparser.FieldsPlugin(expr=_FIELD_NAME_EXPR))
    if match == "any":  # "+word" is required among optional words, as in Lucene
        parser.add_plugin(qparser.PlusMinusPlugin(plusexpr=_LEADING_PLUS, minusexpr="(?!)"))  # "-" is NOT already
    return parser


def parse_user_query(text: str, schema, match: str = "all") -> ParsedQuery:  # type: ignore[no-untyped-def]
    """Parse ``text`` with query syntax; fall back to its plain words when the syntax is broken."""
    if match not in MATCH_MODES:
        raise InvalidQuery(f"unknown match mode {as_typed(match)}", hint="use --match all or --match any")
    cleaned, notice = unshout(listed_words(normalize(text)))
    notice = notice or lower_case_operators(cleaned)
    cleaned = site_fields(exclusive_dates(lucene_forms(field_names_lowered(cleaned))))
    if not cleaned:
        raise InvalidQuery("the query is empty", hint="type the words to search for")
    words = query_words(cleaned)
    check_dates(cleaned)
    check_boosts(cleaned)
    check_fuzzy(cleaned)
    check_fields(cleaned)
    cleaned = apostrophes_for_stray_quotes(cleaned)
    if cleaned.count('"') % 2:
        cleaned = _QUOTE_AFTER_FIELD.sub("", cleaned).replace('"', " ")  # title:"budget is title:budget
        notice = "an unbalanced quote was ignored"
    # keywords (--match all) search the stop-list words that are not grammar; a question (--match any) is as tuned
    keywords = text_values(cleaned)  # not the "to" of "date:{2020-06 to *]"
    kept = searched_stopwords(keywords) if match == "all" else frozenset()
    parsed = _try_parse(group_names(single_operators(web_operators(cleaned, keep_plus=match == "any"))), schema, match,
                        kept)
    if parsed is None and match == "any":  # a plus inside brackets, "(a OR +b) c", is not read: as a word
        parsed = _try_parse(group_names(single_operators(web_operators(cleaned))), schema, match)
    if parsed is None:
        parsed = plain_words_query(words, match, kept)
        notice = "the query syntax could not be read, so its words were searched for"
    if parsed is not None and parsed is not wq.NullQuery:
        parsed = languages_as_stored(split_patterns(parsed))
    if parsed is None or parsed is wq.NullQuery:
        typed = _WORD.findall(cleaned)
        if typed and all(word in _SYNTAX_WORDS for word in typed):
            reason = "it holds only operators (AND, OR, NOT): add the words to search for"
        elif typed:
            reason = "very common words (the, of, and) are found only in a phrase: add a more specific word, or quote them"
        else:
            reason = "only letters and digits are indexed, not symbols or emoji"
        raise InvalidQuery(f"nothing to search for in {as_typed(shorten(text))}", hint=reason)
    if only_excludes(parsed):  # "-auckland", "-date:[* TO *]": every article but those, as Elasticsearch reads it
        parsed = wq.And([wq.Every(), parsed])
    parsed = lift_negations(weight_repeats(parsed, Counter(term for word in words for term in analyze(word))))
    query = _with_name_forms(_with_exact_forms(with_aliases(parsed, words), words), cleaned)
    query = with_acronym_stems(query, acronym_stems(keywords))
    left_out = left_out_note(keywords, kept) if match == "all" else None
    return ParsedQuery(text=text, query=query, notice=notice, words=words, left_out=left_out)


# A comma or semicolon between two characters, but not a comma between digits (1,000; 3,5): a list's separator.
_LIST_SEPARATOR = re.compile(r"(?<=\S)(?:;|(?<!\d),|,(?!\d))(?=\S)")


def listed_words(text: str) -> str:
    """Words joined by a comma or semicolon as separate words, outside quotes: ``economy,growth`` is
    ``economy growth``. A typed word of several terms is a phrase (``F-16``, ``AT&T``), which had made a
    keyword list one phrase that no article writes; a digit group (``1,000``) stays one number."""
    if "," not in text and ";" not in text:
        return text
    return outside_quotes(text, lambda piece: _LIST_SEPARATOR.sub(" ", piece))


_QUOTE_AFTER_FIELD = re.compile(r'(?<=\w:)"')
_FIELD_NAME_TYPED = re.compile(r"(?<![\w*])(\w+)(?=:)")


def field_names_lowered(text: str) -> str:
    """Field names in lower case outside quotes: ``Title:OPEC`` is ``title:OPEC`` (Whoosh matches names exactly,
    and read ``Title:OPEC`` as the words "title opec")."""
    def lowered(match: re.Match[str]) -> str:
        name = match.group(1)
        return name.lower() if name.lower() in QUERY_FIELD_NAMES else name

    if ":" not in text:
        return text
    return outside_quotes(text, lambda piece: _FIELD_NAME_TYPED.sub(lowered, piece))


_REPEATED_OPERATOR = re.compile(r"(?<![\w\"])(AND|OR|NOT)(?:\s+\1)+(?![\w\"])")


def single_operators(text: str) -> str:
    """An operator typed twice as one, outside quotes: ``brown OR OR blair`` is ``brown OR blair``
    (Whoosh read it as brown AND blair, and ``NOT NOT blair`` as blair, required). Applied after web_operators,
    so that ``NOT -blair`` (``NOT !blair``) is one NOT too."""
    return outside_quotes(text, lambda piece: _REPEATED_OPERATOR.sub(r"\1", piece))


_SITE = re.compile(r"(?<![\w:])(-?)site:([^\s()\"]+)")  # site:"New York Times" is the publisher's field alias


def site_fields(text: str) -> str:
    """``site:cnn.com`` as the publisher or the address (``(source:cnn.com OR url:cnn.com)``), as a search engine
    reads it; it had been the publisher's name only, which a domain never is."""
    if "site:" not in text:
        return text
    return outside_quotes(text, lambda piece: _SITE.sub(_site_query, piece))


def _site_query(match: re.Match[str]) -> str:
    """``site:cnn.com`` as ``(source:cnn.com OR url:cnn.com)``; a known publisher's domain as its name too
    (``site:reuters.com`` finds the Reuters wire stories that have no address)."""
    sign, value = match.groups()
    known = publisher_name(None, f"http://{value}")
    named = f' OR source:"{known}"' if known and known.lower() != value.lower().removeprefix("www.") else ""
    return f"{sign}(source:{value} OR url:{value}{named})"


# "or", "Or", "oR" as a word of its own, also first or last ("not blair", "blair or"); "OR" is the operator
_LOWER_OPERATOR = re.compile(r"(?<![^\s(])((?i:or|not))(?![^\s)])")
OPERATOR_NOTE_WORDS = 12  # a longer query is prose


def lower_case_operators(text: str) -> str | None:
    """A note when "or" or "not" in lower case is a word of a query of several, outside quotes: they are words,
    not operators (wherever they stand: a leading ``not blair`` is the commonest).

    "blair or brown" finds the articles with both names ("or" is too common a word to search); the
    operators are OR and NOT in capitals, as in Lucene.
    """
    if not 1 < len(text.split()) <= OPERATOR_NOTE_WORDS:
        return None  # "or" alone is no operator misread; a pasted paragraph is prose: "or" and "not" in it are words
    words = sorted({match.group(1) for unquoted in text.split('"')[::2] for match in _LOWER_OPERATOR.finditer(unquoted)
                    if not match.group(1).isupper()})
    if not words:
        return None
    typed = " and ".join(f'"{word}"' for word in words)
    are = "is a word, not an operator" if len(words) == 1 else "are words, not operators"
    return f"{typed} in lower case {are}: type {' or '.join(word.upper() for word in words)}"


def unshout(text: str) -> tuple[str, str | None]:
    """Lower-case a query typed all in capitals, so its AND, OR and NOT are words, not operators.

    A sentence in capitals ("TROOPS IN VIET NAM AND WEST GERMANY") is natural language: reading its
    AND as an operator would make two words required. Operators are for queries in normal case, and
    for capital queries of few or short words ("UN NOT CONGO", "FBI OR CIA"): keywords with operators.
    One or two capital words ("UN", "US ECONOMY") are kept: they may be acronyms. In a pasted
    headline ("US TRADE DEFICIT WIDENS") US and UN stay acronyms; WHO and IT are pronouns there.
    """
    if not any(c.isupper() for c in text) or any(c.islower() for c in text):
        return text, None
    words = text.split()
    shouted = [w for w in words if w in _SYNTAX_WORDS]
    if not shouted and len(words) < SHOUTED_RUN:
        return text, None  # "UN", "US ECONOMY": short capital words are acronyms, not shouting
    others = [w for w in words if w not in _SYNTAX_WORDS]
    if shouted and (len(others) <= _FEW_WORDS or all(len(w.strip(_BRACKETS)) <= _SHORT_WORD for w in others)):
        return text, None  # "UN OR EU", "UN NOT CONGO", "(FBI OR CIA) NOT NSA": words and operators
    notice = "a query in capitals is read as plain words (AND, OR, NOT are operators in lower-case queries only)"
    return _COUNTRY_ACRONYM.sub(lambda m: ".".join(m.group()) + ".", text).lower(), notice if shouted else None


_SHORT_WORD = 4  # letters: a capital query of words this short with AND/OR/NOT is acronyms and operators
_FEW_WORDS = 3   # ... and so is one of this many words besides its operators ("NHS NOT BLAIR")
_BRACKETS = "()\"+-"
_COUNTRY_ACRONYM = re.compile(r"(?<![\w.])(?:US|UN)(?![\w.])")  # kept as acronyms (U.S.) when shouted


_TEXT_FIELD_NAMES = set(SEARCH_FIELDS) | {alias for f in SEARCH_FIELDS for alias in FIELD_ALIASES.get(f, [])}
_RANGE = re.compile(r"^[\[{]\s*(.*?)\s*\bto\b\s*(.*?)\s*[\]}]$", re.IGNORECASE | re.DOTALL)
DATE_SYNTAX_HELP = ("use date:2020, date:2020-06, date:2020-06-19 or date:[2020-01 to 2020-06] (open: date:>2020-01, date:[2020-01 TO *]); "
                    "--since 2w for a span back from today")


def check_dates(text: str) -> None:
    """Refuse a ``date:`` value that is not a date, or a range that ends before it starts.

    Whoosh reads such a value as a query that matches nothing, so a typo would look like "no news".
    """
    for match in FIELD_TERM.finditer(text):
        if match.group(1).lower() not in DATE_FIELD_NAMES:
            continue
        typed, value = match.group(0), match.group(2)
        _check_date_brackets(text[match.start():], value)
        bounds = _RANGE.match(value)
        try:
            if bounds is None:  # one date; a bracket without "to" fails here too
                parse_bound(_absolute(value))
                continue
            start, end = (_absolute(b) if b else None for b in bounds.groups())
            first = parse_bound(start) if start else None
            last = parse_bound(end, end=True) if end else None
        except InvalidQuery:
            raise InvalidQuery(f"cannot read the date in {as_typed(shorten(typed))}", hint=DATE_SYNTAX_HELP) from None
        if first and last and first > last:
            raise InvalidQuery(f"{as_typed(shorten(typed))} ends before it starts", hint="swap the two dates")


def _check_date_brackets(rest: str, value: str) -> None:
    """Refuse a date range never closed (``date:[2020-05 TO 2020-06``) or a group (``date:(2020 OR 2021)``), quoting
    the whole of it: its first word alone ("cannot read the date in 'date:[2020-05'") said nothing of the bracket."""
    if value.startswith(("[", "{")) and not re.search(r"[\]}]", rest):
        typed = rest.rstrip()
        ended = typed + (" *" if re.search(r"\bto$", typed, re.IGNORECASE) else "")
        raise InvalidQuery(f"the date range {as_typed(shorten(rest))} is not closed",
                           hint=f"end it with ], or with }} to leave that end out: {shorten(ended)}]")
    if value.startswith("("):
        group = rest[: rest.find(")") + 1] if ")" in rest else rest
        raise InvalidQuery(f"a date takes no brackets: {as_typed(shorten(group))}",
                           hint="write date:2020 OR date:2021, or a range: date:[2020 TO 2021]")


_BOOST_VALUE = re.compile(r"\d+\.?\d*|\.\d+")
_CARET = re.compile(r"\^")
_AFTER_CARET = re.compile(r"[^\s()\"]*")
_NUMBER_START = frozenset("0123456789.+-")
BOOST_HELP = "a boost is a number after a word or phrase: title:police^3, \"armed offenders\"^2"


def check_boosts(text: str) -> None:
    """Refuse a boost (``word^2``) that is not a number of zero or more, outside quotes.

    A caret is a boost after a phrase or a bracket (``"tony blair"^x``), and after a word when a number
    starts after it (``blair^-1``, ``blair^2x``, ``blair^1.5^2``): read by Whoosh as words, a typo would look
    like no news. Any other caret is punctuation, as a hyphen is: at the start of a word (``^blair$``), with
    letters after it (``x^y``, the phrase "x y") or nothing (``blair^``).
    """
    pieces = text.split('"')
    for i in range(0, len(pieces), 2):  # even pieces are outside quotes; an odd one before a piece closes a quote
        piece = pieces[i]
        for caret in _CARET.finditer(piece) if "^" in piece else ():
            at = caret.start()
            value = _AFTER_CARET.match(piece, at + 1).group()  # type: ignore[union-attr]
            before = piece[at - 1] if at else ('"' if i else "")
            boost = before in ('"', ")") or (_is_word_char(before) and value[:1] in _NUMBER_START)
            if boost and value and not _BOOST_VALUE.fullmatch(value):
                start = max(piece.rfind(" ", 0, at), piece.rfind("(", 0, at)) + 1
                phrase = f'"{pieces[i - 1]}"' if at == 0 and i else ""
                raise InvalidQuery(f"cannot read the boost in {as_typed(shorten(phrase + piece[start:at + 1] + value))}",
                                   hint=BOOST_HELP)


def _is_word_char(char: str) -> bool:
    """Whether ``char`` (one character, or none) is a letter, a digit or an underscore."""
    return char.isalnum() or char == "_"


FUZZY_HELP = ("a ~ takes a whole number: the letters that may differ after a word (offcer~, offcer~1, blair~2), "
              "the words that may come between after a phrase (\"tony blair\"~3)")
# A "~" after a word or a phrase, followed by anything but a whole number: ~abc, ~2abc, ~1.5, ~1e3 (a phrase's ~-1 too)
_FUZZY_LETTERS = re.compile(r"(?:^|(?<=\S))~(?!\d+(?:[\s()]|$)|[\s()]|$)[^\s()]+")


def check_fuzzy(text: str) -> None:
    """Refuse anything but a whole number after the ``~`` of a fuzzy word or proximity (``blair~abc``,
    ``"tony blair"~1.5``), outside quotes.

    Read as ``blair~`` and the word ``abc`` (or the phrase and the word ``5``), a typo would look like no news.
    (A word's ``~-1`` is read as ``~`` before this: see lucene.py.)
    """
    for unquoted in text.split('"')[::2]:
        match = _FUZZY_LETTERS.search(unquoted) if "~" in unquoted else None
        if match:
            raise InvalidQuery(f"cannot read the number after ~{match.group()[1:]} in {as_typed(shorten(text))}",
                               hint=FUZZY_HELP)


def check_fields(text: str) -> None:
    """Refuse a field name no article has (``titel:blair``, ``category:politics``), outside quotes.

    Whoosh searches such a name as a word, which finds nothing: a typo would look like no news.
    A web address (``http://…``) and a time (``10:30``) are not fields.
    """
    for unquoted in text.split('"')[::2]:
        for match in FIELD_TERM.finditer(unquoted):
            name = match.group(1)
            if name.lower() in QUERY_FIELD_NAMES or not name[0].isalpha() or match.group(2).startswith("/"):
                continue
            import difflib  # only for a query about to be refused: not on every search's path

            close = difflib.get_close_matches(name.lower(), sorted(QUERY_FIELD_NAMES), n=1, cutoff=0.6)
            guess = f"did you mean {close[0]}:? " if close else ""
            raise InvalidQuery(f"no field {as_typed(name)} in {as_typed(shorten(match.group(0)))}",
                               hint=f"{guess}fields: {', '.join(QUERY_FIELDS)}; "
                                    "a space after the colon searches the words")


_DATE_RANGE = re.compile(r"(?<!\w)(\w+):([\[{])([^\]}]*)([\]}])")
_RANGE_ENDS = re.compile(r"^\s*(.*?)\s*\bto\b\s*(.*?)\s*$", re.IGNORECASE | re.DOTALL)


_DATE_COMPARISON = re.compile(r"(?<![\w:])(\w+):(>=|<=|>|<)(?=\d)([^\s()\[\]{}]*)")
_COMPARISON_RANGES = {">": "{{{} to]", ">=": "[{} to]", "<": "[to {}}}", "<=": "[to {}]"}
_OPEN_END = "*"
_ANY_DATE = re.compile(r"(?<![\w:])(\w+):\*(?=[\s()]|$)")  # date:*, as Lucene's field:* finds any value
_FIRST_YEAR = "0001"


def exclusive_dates(text: str) -> str:
    """Date ranges with a curly bracket, a ``*`` end or a comparison as the inclusive ranges they mean, as in Lucene.

    ``date:{2020-01 to 2020-06}`` leaves out January and June: it is ``date:[2020-02-01 to 2020-05-31]``.
    Either end may be curly (``date:{2020 to 2021]``) or open (``date:[2020 TO *]``), and ``date:>2020-06``
    is ``date:{2020-06 to]``; ``date:*`` is every dated article. A value that is not a date is left for check_dates.
    """
    def as_range(match: re.Match[str]) -> str:
        field, operator, value = match.groups()
        if field.lower() not in DATE_FIELD_NAMES:
            return match.group(0)
        try:
            parse_bound(_absolute(value))
        except InvalidQuery:  # said here, with what was typed: the range it becomes was never typed
            raise InvalidQuery(f"cannot read the date in {as_typed(shorten(match.group(0)))}", hint=DATE_SYNTAX_HELP) from None
        return f"{field}:" + _COMPARISON_RANGES[operator].format(value)

    def inclusive(match: re.Match[str]) -> str:
        field, opening, inside, closing = match.groups()
        ends = _RANGE_ENDS.match(inside)
        if field.lower() not in DATE_FIELD_NAMES or ends is None:
            return match.group(0)
        start, end = ("" if bound == _OPEN_END else bound for bound in ends.groups())
        if (opening, closing) == ("[", "]") and (start, end) == ends.groups():
            return match.group(0)
        if not start and not end:
            return f"{field}:[{_FIRST_YEAR} to]"  # date:[* TO *]: every dated article, as in Lucene
        try:
            first = parse_bound(_absolute(start)) if start else None
            last = parse_bound(_absolute(end), end=True) if end else None
            if first and last and first > last:
                return match.group(0)  # reversed: check_dates says so
            if opening == "{" and start:
                start = (parse_bound(_absolute(start), end=True) + timedelta(days=1)).date().isoformat()
            if closing == "}" and end:
                end = (parse_bound(_absolute(end)) - timedelta(days=1)).date().isoformat()
        except InvalidQuery:
            return match.group(0)
        if start and end and start > end:
            raise InvalidQuery(f"{as_typed(shorten(match.group(0)))} leaves out both ends and no day between them",
                               hint=f"square brackets include the ends: {field}:[{inside.strip()}]")
        return f"{field}:[{start} to {end}]" if start and end else f"{field}:[{start} to]" if start else f"{field}:[to {end}]"

    def any_date(match: re.Match[str]) -> str:
        field = match.group(1)
        return f"{field}:[{_FIRST_YEAR} to]" if field.lower() in DATE_FIELD_NAMES else match.group(0)

    return _DATE_RANGE.sub(inclusive, _DATE_COMPARISON.sub(as_range, _ANY_DATE.sub(any_date, text)))


def _absolute(value: str) -> str:
    """``value`` when it has the shape of a calendar date (YYYY, YYYY-MM, YYYY-MM-DD), else InvalidQuery."""
    value = value.strip()
    if not value[:1].isdigit():
        raise InvalidQuery(f"not a date: {as_typed(value)}")
    return value


def shorten(text: str, limit: int = 60) -> str:
    """User text cut to ``limit`` characters for an error line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_values(text: str) -> str:
    """``text`` with its field names, and the values of fields that are not text (dates, languages), left out."""

    def keep_text_values(match: re.Match[str]) -> str:
        return match.group(2) if match.group(1).lower() in _TEXT_FIELD_NAMES else " "

    return FIELD_TERM.sub(keep_text_values, text)


def query_words(text: str) -> list[str]:
    """The words of a query a person would spell-check: no operators, field names or non-text values."""
    text = text_values(text)
    words = []
    for match in _WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if text[end : end + 1] in ("*", "?", "~") or text[start - 1 : start] in ("*", "?"):
            continue  # a wildcard or fuzzy word (polic*, blai?, offcer~) asks for other spellings itself
        if word not in _SYNTAX_WORDS and not word.isdigit():
            words.append(word)
    return words


# -*ool, (-school), -'Tony Blair' too; a run of minuses (--blair) is one
_WEB_OPERATOR = re.compile(r"(?:(?<=\s)|^|(?<=\())(\+|-+)(?=[\w\"'(*?])")


def web_operators(text: str, keep_plus: bool = False) -> str:
    """Rewrite web-style ``-word`` as ``NOT word`` and ``+word`` as ``word``, outside quotes.

    Only a sign at the start of a word counts, so ``2020-06`` and ``covid-19`` stay as typed; ``--word`` is one
    NOT, as ``NOT NOT word`` is (single_operators). With
    ``keep_plus`` (``--match any``, where a plus marks the words a hit must have) the plus stays.
    """
    plus = "+" if keep_plus else ""
    pieces = text.split('"')
    for i in range(0, len(pieces), 2):  # even pieces are outside quotes; a quote may open after this one
        quoted = i + 1 < len(pieces)
        piece = _WEB_OPERATOR.sub(lambda m: "NOT " if m.group(1)[0] == "-" else plus, pieces[i] + '"' * quoted)
        pieces[i] = piece[:-1] if quoted else piece
    return '"'.join(pieces)


def lift_negations(query: wq.Query) -> wq.Query:
    """``a OR b OR NOT c`` as ``(a OR b) AND NOT c``: what ``-c`` means under ``--match any`` too.

    Read literally, an OR with a NOT matches every article without ``c``, ranked by the word left out.
    """
    if query.is_leaf():
        return query
    query = query.apply(lift_negations)
    if isinstance(query, wq.AndNot):  # typed ANDNOT: the same matcher trouble (see below)
        return wq.And([query.a, wq.Not(query.b)], boost=query.boost)
    if isinstance(query, wq.AndMaybe):  # "+brown blair -iraq", "+budget -deficit": the NOT is not optional
        others = list(query.b.children()) if isinstance(query.b, (wq.And, wq.Or)) else [query.b]
        negated = [child for child in others if isinstance(child, wq.Not)]
        optional = [child for child in others if not isinstance(child, wq.Not)]
        if negated:
            if not optional:
                return wq.And([query.a, *negated])
            maybe = wq.AndMaybe(query.a, wq.Or(optional) if len(optional) > 1 else optional[0])
            return wq.And([maybe, *negated])
    if not isinstance(query, wq.Or):
        return query
    children = list(query.children())
    negated = [child.query for child in children if isinstance(child, wq.Not)]
    wanted = [child for child in children if not isinstance(child, wq.Not)]
    if not negated or not wanted:
        return query
    kept = wq.Or(wanted, boost=query.boost) if len(wanted) > 1 else wanted[0]
    # And with a Not, not AndNot: Whoosh's AndNot matcher lets the first hit of a segment through unchecked.
    return wq.And([kept, wq.Not(wq.Or(negated) if len(negated) > 1 else negated[0])])


def _try_parse(text: str, schema, match: str, kept: frozenset[str] = frozenset()) -> wq.Query | None:  # type: ignore[no-untyped-def]
    """Parse with full syntax (the stop-list words of ``kept`` searched); None when the parser fails or produces
    nothing usable."""
    try:
        # negations lifted before the tree is flattened: "(storm -school) OR voting" under --match any had become
        # "(storm OR voting) AND NOT school", its group's NOT spread over the whole query
        parsed = lift_negations(make_parser(schema, match, kept).parse(text, normalize=False)).normalize()
    except Exception:  # noqa: BLE001 - the parser raises many types on odd input
        return None
    if parsed is wq.NullQuery or _has_error(parsed):
        return None
    return parsed


def _has_error(query: wq.Query) -> bool:
    """True when the parser left an error node in the tree."""
    if isinstance(query, wq.qcore._NullQuery):
        return False
    if type(query).__name__ == "ErrorQuery":
        return True
    return any(_has_error(child) for child in query.children())


def plain_words_query(words: list[str], match: str, kept: frozenset[str] = frozenset()) -> wq.Query | None:
    """Every word as a term over title and body, joined by AND (match all) or OR (match any); the stop-list
    words of ``kept`` too."""
    clauses = []
    for word in words:
        terms = [t.text for t in TEXT_ANALYZER(word, mode="query", removestops=word not in kept)]
        for term in terms:
            clauses.append(wq.Or([wq.Term(TITLE, term, boost=config.TITLE_BOOST), wq.Term(BODY, term)]))
    if not clauses:
        return None
    return wq.And(clauses) if match == "all" else wq.Or(clauses)


def only_excludes(query: wq.Query) -> bool:
    """True for a query of negations alone ("-police", "NOT a NOT b"): it has nothing to find."""
    if isinstance(query, wq.Not):
        return True
    if isinstance(query, (wq.And, wq.Or)):
        children = list(query.children())
        return bool(children) and all(only_excludes(child) for child in children)
    return False


def map_terms(query: wq.Query, change: Callable[[wq.Query], wq.Query], skip: tuple[type, ...] = ()) -> wq.Query:
    """``query`` with every leaf (a term, a phrase...) passed through ``change``; ``skip`` subtrees are kept."""
    if query.is_leaf():
        return change(query)
    if isinstance(query, skip):
        return query
    return query.apply(lambda child: map_terms(child, change, skip))


def languages_as_stored(query: wq.Query) -> wq.Query:
    """``lang:`` values as the index holds them (``documents.languages.language_code``): ``lang:pt-BR``,
    ``lang:"PT"`` and ``lang:pt`` all find every Portuguese article; a pattern (``lang:P*``) in lower case."""
    def stored(leaf: wq.Query) -> wq.Query:
        if getattr(leaf, "fieldname", None) != LANG or not isinstance(getattr(leaf, "text", None), str):
            return leaf
        text = str(leaf.text)
        code = language_code(text) if type(leaf) is wq.Term else None
        leaf = copy(leaf)
        leaf.text = code or text.lower()
        return leaf

    return map_terms(query, stored)


def weight_repeats(query: wq.Query, counts: Counter[str]) -> wq.Query:
    """Weight a word typed twice as twice as important: the parser keeps a repeated term only once.

    Long natural-language queries repeat their key words ("NUMBER OF TROOPS ... AS COMPARED WITH THE
    NUMBER OF TROOPS ..."); BM25 counts query-term frequency, so the repetition is kept as a boost.
    """
    def weighted(leaf: wq.Query) -> wq.Query:
        if isinstance(leaf, wq.Term) and leaf.fieldname in SEARCH_FIELDS and counts.get(str(leaf.text), 1) > 1:
            leaf = leaf.copy()
            leaf.boost *= counts[str(leaf.text)]
        return leaf

    return map_terms(query, weighted, skip=(wq.Not,))


# A wildcard pattern as the tokenizer would cut it: "e-mail*" is the words "e" and "mail*".
_PATTERN_WORD = re.compile(rf"[\w*?](?:[\w*?{MARKS}]|[.'’](?=[\w*?]))*")


def split_patterns(query: wq.Query) -> wq.Query:
    """A wildcard over several words ("e-mail*", "anti-gov*") as those words in sequence, the last a pattern;
    ``*`` alone as every article.

    The index holds "e-mail" as the words "e" and "mail", so a pattern holding the hyphen matched no word.
    """
    def split(leaf: wq.Query) -> wq.Query:
        if isinstance(leaf, wq.Wildcard) and not str(leaf.text).strip("?"):
            return wq.NullQuery  # "?" on its own: the end of a question ("why did Enron fail ?"), not a pattern
        if isinstance(leaf, wq.Every) or (isinstance(leaf, wq.Wildcard) and not str(leaf.text).strip("*?")):
            # "*" alone: every article, not an OR of every word (seconds on a large index)
            return wq.Every(boost=leaf.boost) if leaf.fieldname in SEARCH_FIELDS else leaf
        if isinstance(leaf, wq.FuzzyTerm) and leaf.fieldname in SEARCH_FIELDS:
            return _split_fuzzy(leaf)
        if not isinstance(leaf, (wq.Prefix, wq.Wildcard)) or leaf.fieldname not in SEARCH_FIELDS:
            return leaf
        pattern = str(leaf.text) + ("*" if isinstance(leaf, wq.Prefix) else "")
        parts = _PATTERN_WORD.findall(pattern)
        if len(parts) < 2:
            return leaf
        words = [_pattern_part(leaf.fieldname, part) for part in parts]
        kept = [word for word in words if word is not None]
        return NewsSequence(kept, boost=leaf.boost) if len(kept) > 1 else (kept[0] if kept else wq.NullQuery)

    return _without_nulls(map_terms(query, split))


def _split_fuzzy(leaf: wq.FuzzyTerm) -> wq.Query:
    """``co-operatoin~`` as its words in sequence, each with the typos allowed (not the joined word)."""
    parts = _PATTERN_WORD.findall(str(leaf.text))
    if len(parts) < 2:
        return leaf
    fuzzy = [wq.FuzzyTerm(leaf.fieldname, part, maxdist=leaf.maxdist, prefixlength=leaf.prefixlength)
             for part in parts]
    return NewsSequence(fuzzy, boost=leaf.boost)


def _without_nulls(query: wq.Query) -> wq.Query:
    """``query`` without the NullQuery clauses left by a dropped ``?`` (NullQuery when nothing is left)."""
    if query.is_leaf() or not isinstance(query, (wq.And, wq.Or)):
        return query
    children = [child for child in (_without_nulls(c) for c in query.children()) if child is not wq.NullQuery]
    if not children:
        return wq.NullQuery
    return query.__class__(children, boost=query.boost) if len(children) > 1 else children[0]


MAX_PATTERN_WORDS = 50  # a pattern in a sequence matches at most this many words, the most common ones (as Elasticsearch's max_expansions)


def expand_sequence_patterns(query: wq.Query, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """The patterns inside sequences (see split_patterns) as the words of this index they match.

    Whoosh finds a sequence by word positions, which its own pattern matchers do not give; an OR of
    the words does (up to MAX_PATTERN_WORDS of them: "e-a*" keeps the most common words).
    """
    if isinstance(query, wq.Sequence):
        return query.apply(lambda part: _pattern_words(part, reader))
    if query.is_leaf():
        return query
    return query.apply(lambda child: expand_sequence_patterns(child, reader))


def _pattern_words(part: wq.Query, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """A Prefix or Wildcard as an Or of the words it matches in ``reader`` (NullQuery for none)."""
    if not isinstance(part, (wq.Prefix, wq.Wildcard)):
        return part
    words = [word.decode("utf-8") if isinstance(word, bytes) else word for word in part._btexts(reader)]
    if len(words) > MAX_PATTERN_WORDS:
        words = sorted(words, key=lambda word: -reader.doc_frequency(part.fieldname, word))[:MAX_PATTERN_WORDS]
    return wq.Or([wq.Term(part.fieldname, word) for word in words]) if words else wq.NullQuery


def _pattern_part(fieldname: str, part: str) -> wq.Query | None:
    """One word of a split pattern: a Prefix, a Wildcard, or the word's term (None for a bare ``*``)."""
    if not part.strip("*?"):
        return None
    if "*" not in part and "?" not in part:  # a part of a hyphenated word: indexed even if a stopword
        terms = analyze(part)
        return wq.Term(fieldname, terms[0] if terms else compound_term(part))
    return WordPattern(fieldname, part)


def expand_patterns(query: wq.Query, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with each WordPattern given the terms it matches in ``reader``: the lexicon read once, for all fields."""
    written: dict[str, list[str]] = {}

    def expanded(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, WordPattern) or leaf.terms is not None:
            return leaf
        if leaf.text not in written:
            written[leaf.text] = written_words(reader, leaf.text)
        pattern = WordPattern(leaf.fieldname, leaf.text, boost=leaf.boost)
        pattern.terms = matching_terms(reader, leaf.fieldname, leaf.text, written[leaf.text])
        return pattern

    return map_terms(query, expanded)


MAX_FUZZY_EDITS = 2  # as Lucene: "blair~5" would match most short words of the index


def expand_fuzzy(query: wq.Query, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """Match ``word~`` against words as written, not stems: ``offcer~`` finds officer (stem ``offic``).

    At most MAX_FUZZY_EDITS edits, whatever number is typed after the ``~``. A word is looked up once however
    many fields search it (a plain word searches the title and the body: the lexicon had been scanned twice).
    """
    finder = WordFinder(reader)

    def expanded(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.FuzzyTerm) or leaf.fieldname not in SEARCH_FIELDS:
            return leaf
        typed = str(leaf.text)
        words = finder.within(typed, min(leaf.maxdist, MAX_FUZZY_EDITS), leaf.prefixlength)
        boosts = fuzzy_boosts(typed, words, reader)
        # the best of its words scores an article: three look-alikes ("Plaid", "blamed", "claim") had outscored Blair
        return wq.DisjunctionMax([wq.Term(leaf.fieldname, stem, boost=leaf.boost * boosts[stem])
                                  for stem in sorted(boosts)])

    return map_terms(query, expanded)


def fuzzy_boosts(typed: str, words: set[str], reader) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The weight of each term a fuzzy word finds: 1 for the word typed, less for a word ``n`` edits away.

    As Lucene weighs a fuzzy match (1 - n / length), and no rarer than the word typed: a rare look-alike
    had outranked the word itself on its idf alone (``blair~2``: "Plaid", "Nair" above Blair).
    """
    exact = set(analyze(typed) or [typed])
    nearest: dict[str, int] = dict.fromkeys(exact, 0)
    for word in words:
        distance = damerau_levenshtein(typed, word.lower())
        for stem in analyze(word):
            nearest[stem] = min(nearest.get(stem, distance), distance)
    articles = reader.doc_count_all()
    typed_idf = max((bm25_idf(found, articles) for stem in exact if (found := reader.doc_frequency(BODY, stem))),
                    default=None)
    boosts = {}
    for stem, distance in nearest.items():
        share = 1.0 if not distance else max(0.1, 1 - distance / max(1, len(typed)))
        if distance and typed_idf is not None and (found := reader.doc_frequency(BODY, stem)):
            share *= min(1.0, typed_idf / bm25_idf(found, articles))
        boosts[stem] = share
    return boosts


_DOUBLED = re.compile(r"aa|ee|ii|oo|uu")
_MACRON_OF = {"aa": "ā", "ee": "ē", "ii": "ī", "oo": "ō", "uu": "ū"}


def long_vowel_spellings(query: wq.Query, words: list[str], reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """Te reo Māori writes a long vowel with a macron or doubled: let each spelling find the others.

    ``Māori`` (searched folded, as ``maori``) also finds ``Maaori``; ``Maaori`` and ``Maori`` find each
    other when the index holds the macron spelling ``Māori``, so that ``meet`` never finds ``met``.
    """
    alternatives: dict[str, set[str]] = {}
    plain: set[str] = set()  # the terms of words typed without a macron
    for word in words:
        others = _other_spellings(word.lower(), reader)
        typed = analyze(word) if others else []  # most words have no other spelling: no analysis for them
        for other in others:
            spelled = analyze(other)
            if len(typed) == len(spelled) == 1 and typed != spelled:
                alternatives.setdefault(typed[0], set()).add(spelled[0])
                if word.isascii():
                    plain.add(typed[0])
    return _with_alternatives(query, alternatives, plain) if alternatives else query


_VOWEL = re.compile(r"[aeiou]")
# Te reo Māori syllables: an optional consonant (h k m n ng p r t w wh) and a vowel.
_TE_REO_SHAPE = re.compile(r"^(?:(?:ng|wh|[hkmnprtw])?[aeiou])+$")
MAX_GUESSED_MACRONS = 2


def _other_spellings(word: str, reader) -> list[str]:  # type: ignore[no-untyped-def]
    """The other ways of writing ``word``'s long vowels that this index gives reason to search for."""
    if not word.isascii():
        doubled = double_vowels(word)  # Māori -> Maaori (its folded form, maori, is searched anyway)
        return [doubled] if doubled != word else []
    if _DOUBLED.search(word):
        macron = _DOUBLED.sub(lambda m: _MACRON_OF[m.group()], word)
        return [macron] if _in_index(macron, reader) else []  # Maaori -> Māori, searched folded: maori
    if len(word) < 4 or not _TE_REO_SHAPE.match(word):
        return []  # only a word that could be te reo Māori (federal, reserve: never) is worth the guesses
    vowels = [m.start() for m in _VOWEL.finditer(word)]
    found = []
    for count in range(1, MAX_GUESSED_MACRONS + 1):
        for places in combinations(vowels, count):
            macron = "".join(_MACRON_OF[c * 2] if i in places else c for i, c in enumerate(word))
            if _in_index(macron, reader):
                found.append(double_vowels(macron))  # Maori -> Maaori, when some article writes Māori
    return found


def _in_index(macron_word: str, reader) -> bool:  # type: ignore[no-untyped-def]
    """Whether some article spells ``macron_word`` (one lower-case word) with its macrons.

    Indexing keeps that exact form beside the folded one, stemmed like every word.
    """
    return bool(reader.doc_frequency(BODY, stem_english(macron_word)))


def _with_alternatives(query: wq.Query, alternatives: dict[str, set[str]], plain: set[str]) -> wq.Query:
    """Each title/body term that has other spellings becomes the best of them; the spelling typed counts most.

    The best, not the sum: an article writing "Māori" holds maori and maaori too, and had outranked one
    writing "Maori" for the query ``Maori``. An article that writes a word typed without a macron (a
    term of ``plain``) only as typed gets EXACT_FORM_BOOST more, as one with the macron does for a word
    typed with it. Under a Not too: -Māori leaves out every spelling.
    """
    def spelled(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.Term) or leaf.fieldname not in SEARCH_FIELDS or leaf.text not in alternatives:
            return leaf
        others = sorted(alternatives[str(leaf.text)])
        boost = leaf.boost * config.OTHER_SPELLING_BOOST
        return wq.DisjunctionMax([leaf, *(wq.Term(leaf.fieldname, other, boost=boost) for other in others)])

    only_as_typed = [wq.AndNot(wq.Term(term.fieldname, term.text, boost=term.boost * config.EXACT_FORM_BOOST),
                               wq.Or([wq.Term(term.fieldname, other) for other in sorted(alternatives[str(term.text)])]))
                     for term in _wanted_terms(query) if term.fieldname in SEARCH_FIELDS and term.text in plain]
    spelled_query = map_terms(query, spelled)
    return wq.AndMaybe(spelled_query, wq.Or(only_as_typed)) if only_as_typed else spelled_query


def _wanted_terms(query: wq.Query) -> list[wq.Term]:
    """The terms of ``query`` that are not negated."""
    if isinstance(query, wq.Term):
        return [query]
    if isinstance(query, wq.Not) or query.is_leaf():
        return []
    if isinstance(query, wq.AndNot):
        return _wanted_terms(query.a)
    return [term for child in query.children() for term in _wanted_terms(child)]



def _with_name_forms(query: wq.Query, text: str) -> wq.Query:
    """``author:`` and ``source:`` words typed with marks, as title and body words are: the spelling typed ranks
    first (``author:García`` above "Garcia", whose shorter field had outranked it), and an umlaut finds its
    written-out spelling (``author:Müller`` finds "Mueller", as ``author:Mueller`` finds "Müller")."""
    exact: list[wq.Query] = []
    written_out: dict[tuple[str, str], str] = {}
    for match in FIELD_TERM.finditer(text):
        field, value = field_named(match.group(1)), match.group(2).strip('"')
        if field not in NAME_FIELDS or value.isascii():
            continue
        spellings = _name_spellings(value)
        typed = [forms[1] if len(forms) > 1 else forms[0] for forms in spellings]
        if not typed:
            continue  # no word in it ("author:\x80"): nothing to rank first
        exact.append(wq.Term(field, typed[0], boost=config.NAME_EXACT_FORM_BOOST) if len(typed) == 1
                     else wq.Phrase(field, typed, boost=config.NAME_EXACT_FORM_BOOST))
        written_out.update(((field, forms[0]), forms[2]) for forms in spellings if len(forms) > 2)

    def spelled(leaf: wq.Query) -> wq.Query:
        other = written_out.get((leaf.fieldname, str(leaf.text))) if isinstance(leaf, wq.Term) else None
        if other is None:
            return leaf
        return wq.DisjunctionMax([leaf, wq.Term(leaf.fieldname, other, boost=leaf.boost * config.OTHER_SPELLING_BOOST)])

    query = map_terms(query, spelled) if written_out else query
    return wq.AndMaybe(query, wq.Or(exact)) if exact else query


def _name_spellings(value: str) -> list[list[str]]:
    """The spellings a name field indexes of each word of ``value``: folded first, then as written, then
    written out (``Müller`` -> ``[["muller", "müller", "mueller"]]``)."""
    places: dict[int, list[str]] = {}
    for token in NAME_ANALYZER(value, mode="index", positions=True):
        places.setdefault(token.pos, []).append(token.text)
    return list(places.values())


def _with_exact_forms(query: wq.Query, words: list[str]) -> wq.Query:
    """Rank documents that spell a word exactly as typed (with its diacritics) above folded matches."""
    exact: list[wq.Query] = []
    for word in words:
        if word.isascii():
            continue
        for term in analyze(word, TEXT_ANALYZER, mode="index"):
            if fold(term) != term:  # an exact spelling, not a CJK letter or pair (nothing to fold there)
                exact.extend(wq.Term(f, term, boost=config.EXACT_FORM_BOOST) for f in SEARCH_FIELDS)
    return wq.AndMaybe(query, wq.Or(exact)) if exact else query
