"""A text's tokens as ``textanalysis.NewsTokenizer`` reads them, and when indexing the other forms of each: an
acronym's other term, the words inside a token, a pair's single letters, a hyphenated word or grouped number written
solid, an initialism joined by "&". Read for the whole text at once, so that the tokenizer's loop does little for a word that has none."""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.analysis import Token

from .acronymterms import acronym_other_form, acronyms
from .apostrophes import solid_name
from .currencysigns import may_hold_signs, signed_numbers
from .digitgroups import grouped_numbers
from .dotwords import dot_word_terms, has_dot_words
from .hyphens import compound_parts, hyphen_links, solid_words
from .initialisms import initialism_terms
from .innerwords import inner_text, inner_words
from .numberwords import has_number_words, number_word_terms, term_list
from .timesofday import after_colon
from .tokenpatterns import TOKEN_RE, Span, plain_word, word_spans
from .unspaced import has_unspaced, split_unspaced
from .zerodecimals import may_hold_values, valued_numbers


@dataclass
class TokenWords:
    """A text's tokens as ``NewsTokenizer`` reads them, and (when indexing) the other forms of each, by position."""

    value: str
    spans: list[Span]
    written: list[str]                        # each token as written
    acronyms: dict[int, str]                  # the term of each acronym (``acronyms``)
    joined: set[int]                          # the parts of hyphenated words (``compound_parts``)
    other_acronyms: dict[int, str]            # an acronym's other term: "mps" for "MPs" (``acronym_other_form``)
    inner: dict[int, list[Span]]              # the words inside a token (``inner_words``)
    names: dict[int, str]                     # a name written solid: "OBrien" for "O'Brien" (``solid_name``)
    singles: dict[int, tuple[Span, ...]]      # a pair's single letters (``split_unspaced``)
    solid: dict[int, tuple[int, str]]         # a hyphenated word or grouped number written solid, at its first part
    solid_ends: dict[int, tuple[int, str]]    # ... and at its last part
    signed: dict[int, str]                    # a term of its own at a token's place: a number after a currency
                                              # sign, "$50" for the 50 of "$50m"; a word after its opening dot, ".net";
                                              # a number word before a scale, "4" for "four mln"
    initialisms: dict[int, str]               # an initialism joined by "&", at its first letters: "at&t" for "AT&T"
    others: set[int]                          # the positions with any other form
    values: dict[int, tuple[str, ...]]        # a number's value before a scale: "2.5" for "2.50 mln" (``zerodecimals``)


def token_cuts(value: str, expression) -> tuple[list[Span], dict[int, tuple[Span, ...]]]:  # type: ignore[no-untyped-def]
    """Where the tokens of ``value`` stand as ``expression`` cuts them, runs of a script without spaces cut into
    pairs, and each pair's single letters by its position (``split_unspaced``)."""
    spans = word_spans(value) if expression is TOKEN_RE else [m.span() for m in expression.finditer(value)]
    return split_unspaced(value, spans) if has_unspaced(value) else (spans, {})


def words_of(value: str, expression, index: bool, spelling: bool = False,  # type: ignore[no-untyped-def]
             lang: str | None = None) -> TokenWords:
    """The tokens of ``value`` as ``expression`` cuts them; when ``index``ing, the other forms of each too (of a text
    in the language ``lang``), and for the ``spelling`` words the words inside each (``inner``) alone."""
    spans, singles = token_cuts(value, expression)
    words = [value[start:end] for start, end in spans]
    special = acronyms(words)
    links = hyphen_links(value, spans)
    if not index:
        inner = _inner(value, words, spans, special) if spelling else {}
        return TokenWords(value, spans, words, special, compound_parts(links), {}, inner, {}, {}, {}, {}, {}, {}, set(),
                          {})
    solid = solid_words([plain_word(word) for word in words], links, words) if links else {}
    solid |= grouped_numbers(value, spans)  # "40\u00a0000" is "40000" too, as "e-mail" is "email"
    solid_ends = {last: (first, word) for first, (last, word) in solid.items()}
    other_acronyms = {pos: other for pos, term in special.items() if (other := acronym_other_form(words[pos].lower(), term))}
    inner = _inner(value, words, spans, special)
    names = {pos: name for pos, word in enumerate(words) if pos not in special and (name := solid_name(word))} \
        if "'" in value or "’" in value else {}
    signed = signed_numbers(value, spans, words) if may_hold_signs(value) else {}
    if has_dot_words(value):  # ".net" at the "NET" of ".NET" (``dotwords``), as "$50" is at its number's place
        signed = {**dot_word_terms(value, spans), **signed}
    numbered, zeros = has_number_words(value), may_hold_values(value)
    terms = term_list(words) if numbered or zeros else []
    if numbered:  # "4" at the "four" of "four mln tonnes" (``numberwords``)
        signed = {**number_word_terms(terms), **signed}
    values = valued_numbers(terms, signed, lang) if zeros else {}  # "2.5" at the "2.50" of "2.50 mln" (``zerodecimals``)
    initialisms = initialism_terms(value, spans)
    others = {*other_acronyms, *inner, *names, *singles, *solid, *solid_ends, *signed, *initialisms, *values}
    return TokenWords(value, spans, words, special, compound_parts(links), other_acronyms, inner, names, singles, solid,
                      solid_ends, signed, initialisms, others, values)


def _inner(value: str, words: list[str], spans: list[Span], special: dict[int, str]) -> dict[int, list[Span]]:
    """The words inside each token but an acronym (``inner_words``), by position."""
    return {pos: found for pos, (word, (start, _)) in enumerate(zip(words, spans))
            if pos not in special and (found := inner_words(word, after_colon(value, start)))}


def other_forms(t: Token, words: TokenWords, pos: int, keeporiginal: bool, chars: bool, start_char: int):  # type: ignore[no-untyped-def]
    """The other forms of the token ``t`` at ``pos`` when indexing, each at its place, as ``t`` again."""
    start, end = words.spans[pos]
    if pos in words.signed:  # "$50" at the number's place, ".net" at the word's, neither folded nor stemmed (as an
        # acronym is not)
        was_acronym, t.acronym = t.acronym, True
        t.text, t.variant = words.signed[pos], True
        yield t
        t.acronym = was_acronym
    if pos in words.values:  # "2.5" at the place of the "2.50" of "2.50 mln", "$2.5" at "$2.500m"'s, as "$50" is
        was_acronym, t.acronym, t.variant = t.acronym, True, True
        for term in words.values[pos]:
            t.text = term
            yield t
        t.acronym = was_acronym
    if pos in words.initialisms:  # "at&t" at the place of the "AT" of "AT&T", neither folded nor stemmed
        was_acronym, t.acronym = t.acronym, True
        yield _form(t, words.initialisms[pos], words.initialisms[pos], keeporiginal,
                    (start_char + start, start_char + words.spans[pos + 1][1]) if chars else None)
        t.acronym = was_acronym
        if chars:
            t.startchar, t.endchar = start_char + start, start_char + end
    if pos in words.other_acronyms:  # "mps" at the place of "MPs" (mp), "ph.d" at "Ph.D" (phd)
        t.text, t.variant = words.other_acronyms[pos], True
        yield t
    word = words.written[pos]
    for first, last in words.inner.get(pos, ()):  # at the token's place: "état" in "l'État", "amazon" in "Amazon.com"
        yield _form(t, inner_text(word[first:last]), word[first:last], keeporiginal,
                    (start_char + start + first, start_char + start + last) if chars else None)
    if pos in words.names:  # the name written solid, at its place: "obrien" for "O'Brien"
        yield _form(t, plain_word(words.names[pos]), words.names[pos], keeporiginal,
                    (start_char + start, start_char + end) if chars else None)
    for first, last in words.singles.get(pos, ()):  # a pair's single letters, at its position (always as written)
        letters = words.value[first:last]
        yield _form(t, letters, letters, True, (start_char + first, start_char + last) if chars else None)
    if pos in words.solid:  # the hyphenated word written solid, at its first part's place: "email" for "e-mail"
        last_part, solid = words.solid[pos]
        t.acronym, t.solid = False, True
        yield _form(t, solid, solid, keeporiginal,
                    (start_char + start, start_char + words.spans[last_part][1]) if chars else None)
    if pos in words.solid_ends:  # and at its last part's place, weighing nothing: "email address" is a phrase
        first_part, solid = words.solid_ends[pos]  # of "e-mail address" as "send email" is of "send e-mail"
        t.acronym, t.solid, t.boost = False, True, 0.0
        yield _form(t, solid, solid, keeporiginal,
                    (start_char + words.spans[first_part][0], start_char + end) if chars else None)


def _form(t: Token, text: str, original: str, keeporiginal: bool, span: tuple[int, int] | None) -> Token:
    """``t`` as another form of its word: ``text``, written ``original``, at the characters ``span`` (when asked)."""
    t.text, t.variant = text, True
    if keeporiginal:
        t.original = original
    if span is not None:
        t.startchar, t.endchar = span
    return t


def inner_spellings(t: Token, word: str, inner: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """The words inside ``word`` as spelling words of their own, each kept or dropped as a word is: "universite" of
    "l'université", which a pattern (``univ*ité``) is matched against, as it is against the words as written."""
    for first, last in inner:
        t.text = plain_word(word[first:last])
        t.acronym = t.compound = t.variant = t.solid = False
        yield t
