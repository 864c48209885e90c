"""One-pass indexing analysis: the postings a text field's analyzer chain makes, in one Python loop.

Whoosh runs ``NewsTokenizer | LowercaseFilter | FoldFilter | NewsStopFilter | NewsStemFilter`` as a chain of
generators sharing one mutable Token, and runs it a second time for the spelling words. Here the
same steps run in one loop that yields both. The result must equal the chain's, token for token
(``tests/test_fastindex.py`` checks that over real text): so the plan is read from the live
analyzer objects, and any chain of another shape gets no fast path (``compile_text_field`` returns
None and the writer uses Whoosh's own code).
"""

from __future__ import annotations

from array import array
from bisect import insort
from collections import defaultdict
from collections.abc import Callable, MutableSequence, Sequence
from dataclasses import dataclass
from functools import partial

from whoosh.analysis import LowercaseFilter
from whoosh.analysis.analyzers import CompositeAnalyzer

from .acronymterms import acronym_other_form
from .apostrophes import solid_name, straight_apostrophes
from .digitgroups import dot_grouped
from .folding import double_vowels, fold
from .gluedamounts import SIGNED_SCALES
from .indexwords import PACKED_FROM, text_words
from .innerwords import HEBREW_PREFIXES, inner_text, inner_words
from .positioncodes import position_encoder
from .stemming import cached_stem, keeps_exact_forms, kept_exact, language_stemmer
from .textanalysis import FoldFilter, NewsStemFilter, NewsStopFilter, NewsTokenizer
from .timesofday import colon_minutes
from .tokenpatterns import plain_word
from .zerodecimals import may_hold_values, valued_numbers

# (term bytes, frequency, weight, encoded positions) per distinct term: what FieldType.index yields.
Items = list[tuple[bytes, int, float, bytes]]


# A term's UTF-8 bytes, one object however many texts hold it: the writer's pool keeps a posting's term (and pickles
# it once a spilled run) for every text, 33 bytes and the term's each when encoded anew. Bounded: a corpus's rare
# terms are many, and a process's first ones are its common ones.
_TERM_BYTES: dict[str, bytes] = {}
_MAX_TERM_BYTES = 100_000


def term_bytes(term: str) -> bytes:
    """``term`` in UTF-8, the object held for it if one is (kept while fewer than ``_MAX_TERM_BYTES`` are)."""
    found = _TERM_BYTES.get(term)
    if found is None:
        found = term.encode("utf-8")
        if len(_TERM_BYTES) < _MAX_TERM_BYTES:
            _TERM_BYTES[term] = found
    return found


# A long text's places held 4 bytes each (a C int), not 8 ("q"): each is a token's, fewer than the text's characters
_INT_PLACES = 2**31


@dataclass
class Analysis:
    """What indexing one text field makes: posting items, the field length and the spelling words."""

    items: Items
    length: int
    spelling: set[str]


@dataclass
class OnePassField:
    """The compiled plan of one TEXT field's analyzer: tokenize, lower, fold, stop, stem."""

    pattern: object                      # compiled regex of the tokenizer
    stops: frozenset[str]                # indexed, but not spelling words: a query leaves them out
    spelled: frozenset[str]              # ... but for these, which a keyword query searches ("different")
    minsize: int
    maxsize: int | None
    stem: Callable[[str], str] | None
    ignore: frozenset[str]
    encode: Callable[[Sequence[int]], bytes]  # the field format's position encoder
    boost: float                          # the format's field boost

    def analyse(self, text: str, lang: str | None = None) -> Analysis:
        """Index ``text``: the same items, length and spelling words as the Whoosh chain.

        Every word is indexed at its place; the length and the spelling words leave out those a query
        drops (stopwords), so that ranking weighs an article's words as before stopwords were indexed.
        An article in the language ``lang`` has its words stemmed by that language's rules (``stemming``),
        a form whose term its place already has left out, as ``NewsStemFilter`` does.
        """
        # once: another language than English, where a form stemmed like one before it at its place is left out
        stem, once = self._stemmer_for(lang)
        exact = once and keeps_exact_forms(lang)  # a form as written beside a stem that lost its mark ("papá": pap)
        # a long text's places in arrays of machine integers, 8 bytes a word, not 40 as int objects in lists (its
        # largest part once its spans were packed); a short one's in lists, quicker to make
        places = list if len(text) < PACKED_FROM else partial(array, "i" if len(text) < _INT_PLACES else "q")
        poses: dict[str, MutableSequence[int]] = defaultdict(places)
        spelling: set[str] = set()
        length = 0
        stops, minsize, maxsize, spelled = self.stops, self.minsize, self.maxsize, self.spelled
        text = straight_apostrophes(text)  # "O´Brien" is "O'Brien", as in the chain's tokenizer
        words, raw, special, singles, joined, solid, signed, initialisms = text_words(text, self.pattern)
        minutes = colon_minutes(text)  # the "10am" of "9:10am", counted in the text as tokenized
        solid_ends = {last: word for _, (last, word) in solid.items()} if solid else {}
        weightless: dict[str, int] = {}  # places of a term that weigh nothing (a solid word's last part)
        inside: dict[tuple[str, bool], tuple[str, ...]] = {}
        # a pair's single letters' forms, worked out once for each distinct tuple of them, by its number
        single_ids = singles.ids if singles else None
        letter_forms = [tuple(form for letter in letters for form in _forms(letter.lower()))
                        for letters in singles.letters]
        for pos, word in enumerate(words):
            acronym = special.get(pos) if special else None
            ascii = word.isascii()
            forms: tuple[str, ...] = (acronym,) if acronym is not None else (word,) if ascii else _forms(word)
            if acronym is not None and (other := acronym_other_form(raw[pos].lower(), acronym)):
                forms += (other,)  # "mps" at the place of "MPs" (mp), "ph.d" at "Ph.D" (phd); as written ("DLRs")
            first = forms[0]
            if single_ids is not None and (letters := single_ids[pos]):
                forms += letter_forms[letters]
            elif acronym is None and ("'" in word or "." in word or (word[-1:] == "m" and word[:1].isdigit())
                                      or word in SIGNED_SCALES  # the "1.5m" of "$1.5m", whose term is "million"
                                      or (not ascii and word[:1] in HEBREW_PREFIXES)):  # asked of every word
                key = (raw[pos], pos in minutes)  # the words inside it, read once a text (most Hebrew words have some)
                if (inner := inside.get(key)) is None:
                    inner = inside[key] = self._inside_forms(word, raw[pos], pos in minutes, spelling, lang)
                forms += inner
            solid_forms = _forms(solid[pos][1]) if solid and pos in solid else ()  # "email" for "e-mail"
            if once:  # another language than English: stemmed here, each term once at its place
                if acronym is None:
                    forms = (stem(first),) if len(forms) == 1 else _language_stems(stem, forms, exact)
                if solid_forms:
                    solid_forms = tuple(term for term in _language_stems(stem, solid_forms, exact) if term not in forms)
            if acronym is not None or pos in joined or (
                    len(first) >= minsize and (maxsize is None or len(first) <= maxsize) and first not in stops):
                spelling.add(first)  # the spelling pass sees only the folded form
                length += 1  # a word once, whatever forms it is indexed under (café and cafe, Māori and maaori)
            elif first in spelled:  # "different": not counted, but a spelling word (NewsStopFilter.spelled)
                spelling.add(first)
            for form in forms:  # other forms share the word's position
                poses[form if acronym is not None or once else stem(form)].append(pos)
            for form in solid_forms:
                poses[form if once else stem(form)].append(pos)
            if solid_ends and pos in solid_ends:  # again at its last part's place, weighing nothing
                _add_weightless(poses, weightless, solid_ends[pos], pos, stem, once, exact)
        # "$50" at the place of the 50 of "$50m", "at&t" at the "AT" of "AT&T", "2.5" at the "2.50" of "2.50 mln"
        # (``zerodecimals``): terms no other form makes
        placed = initialisms.items() | signed.items() if initialisms else signed.items()
        if may_hold_values(text) and (values := valued_numbers(words, signed, lang)):
            placed = {*placed, *((pos, term) for pos, terms in values.items() for term in terms)}
        for pos, term in sorted(placed):
            plist = poses[term]  # (but a scale's "million" at a "Mio" of "50 Mio. €", which a place may hold already)
            if not plist or plist[-1] < pos:
                plist.append(pos)
            elif pos not in plist:
                insort(plist, pos)
        # the tokens' lists (16 bytes a word) gone before the items are encoded, at the analysis's peak
        del words, raw, special, singles, single_ids, joined, solid, signed, initialisms
        return Analysis(self._items(poses, weightless), length, spelling)

    def _items(self, poses: dict[str, MutableSequence[int]], weightless: dict[str, int]) -> Items:
        """The posting items of the terms at their places ``poses``, those places in ``weightless`` weighing nothing.
        A term's bytes are one object for every text a process indexes (``term_bytes``)."""
        boost, encode = self.boost, self.encode  # a float: n * boost is float(n) * boost
        known = _TERM_BYTES.get
        if weightless:
            return [(known(term) or term_bytes(term), len(plist), (len(plist) - weightless.get(term, 0)) * boost,
                     encode(plist)) for term, plist in poses.items()]
        return [(known(term) or term_bytes(term), (n := len(plist)), n * boost, encode(plist))
                for term, plist in poses.items()]

    def _inside_forms(self, word: str, written: str, colon: bool, spelling: set[str],
                      lang: str | None = None) -> tuple[str, ...]:
        """The forms of the words inside a token (``word``, as ``written``), indexed at its place: "état" in
        "l'état", "amazon" in "amazon.com", "türkiye" in "Türkiye'de" (told by its capital: read from the token as
        written), "10.45" in "10.45pm" (``colon``: minutes after a colon); their spelling words go into ``spelling``.
        A number grouped with dots in an article in ``lang`` is one number too ("1000" in a German "1.000")."""
        if number := dot_grouped(word, lang):
            return (number,)
        inner = _inner_words(written, colon)
        forms = tuple(form for each in inner for form in _forms(each))
        # "universite" of "l'université": univ*ité matches it; an amount's spelling word is its scale's, as the chain's
        spelling.update(self._spelled_words([plain_word(each) for each in inner]))
        if "'" in word and (name := solid_name(written)):  # "obrien" for "O'Brien", told by its capitals
            forms += _forms(plain_word(name).lower())
        return forms

    def _spelled_words(self, words: list[str]) -> list[str]:
        """The spelling words among ``words`` (lower-cased), folded: those a query searches, and ``spelled``."""
        stops, minsize, maxsize = self.stops, self.minsize, self.maxsize
        folded = [_forms(word)[0] for word in words]
        return [word for word in folded if (len(word) >= minsize and (maxsize is None or len(word) <= maxsize)
                                            and word not in stops) or word in self.spelled]

    def _stemmer_for(self, lang: str | None) -> tuple[Callable[[str], str], bool]:
        """The cached stem function of an article in ``lang`` (the field's own unless Snowball has the language's:
        ``stemming``), and whether it is the language's."""
        if self.stem is None:
            return _unchanged, False
        other = language_stemmer(lang) if lang is not None else None
        stem = other or cached_stem(self.stem)
        return (_ignoring(stem, self.ignore) if self.ignore else stem), other is not None


def _add_weightless(poses: dict[str, MutableSequence[int]], weightless: dict[str, int], word: str, pos: int,
                    stem: Callable[[str], str], once: bool, exact: bool = False) -> None:
    """Index the terms of ``word`` (a solid word's last part) at ``pos``, counted in ``weightless``: a term already
    there is left out in another language than English (``once``), where a stem's folded form is a term too, as at
    its first part ("cafepapa" of a French "Café-Papá", stemmed cafépapá). Called at the few places a solid word
    ends."""
    forms = _forms(word)
    for term in _language_stems(stem, forms, exact) if once else (stem(form) for form in forms):
        if once and (plist := poses.get(term)) and plist[-1] == pos:
            continue
        poses[term].append(pos)
        weightless[term] = weightless.get(term, 0) + 1


def _unchanged(form: str) -> str:
    """``form`` itself: the stem of a word in a field that is not stemmed."""
    return form


def _ignoring(stem: Callable[[str], str], ignore: frozenset[str]) -> Callable[[str], str]:
    """``stem`` leaving the words of ``ignore`` as they are (StemFilter's ``ignore``)."""
    return lambda form: form if form in ignore else stem(form)


def _inner_words(written: str, colon: bool = False) -> list[str]:
    """The words inside a token as written (``inner_words``), lower-cased, as the chain makes them."""
    return [inner_text(written[first:last]).lower() for first, last in inner_words(written, colon)]


def _language_stems(stem: Callable[[str], str], forms: tuple[str, ...], exact: bool = False) -> tuple[str, ...]:
    """The terms of a word's forms in another language than English, each once: each form's stem, and that stem folded
    where it has marks (``textanalysis.NewsStemFilter``: the term of a query word stemmed as typed); with ``exact``, a
    form as written too where its stem lost a mark (``stemming.kept_exact``: "papá" beside pap)."""
    stems = [(form, stem(form)) for form in forms]
    if not exact:
        return tuple(dict.fromkeys(term for _, stemmed in stems for term in (stemmed, fold(stemmed))))
    return tuple(dict.fromkeys(term for form, stemmed in stems for term in (
        (stemmed, fold(stemmed), form) if form != stemmed and kept_exact(form, stemmed) else (stemmed, fold(stemmed)))))


def _forms(word: str) -> tuple[str, ...]:
    """What FoldFilter makes of a lower-cased token when indexing: folded form first, then variants."""
    if word.isascii():
        return (word,)
    folded = fold(word)
    forms = [folded]
    for variant in (word, double_vowels(word)):
        if variant not in forms:
            forms.append(variant)
    return tuple(forms)


def compile_text_field(fieldobj) -> OnePassField | None:  # type: ignore[no-untyped-def]
    """A one-pass plan for a TEXT field with positions, or None when its chain is not the known shape."""
    analyzer = getattr(fieldobj, "analyzer", None)
    fmt = getattr(fieldobj, "format", None)
    if not isinstance(analyzer, CompositeAnalyzer) or fmt is None or type(fmt).__name__ != "Positions":
        return None
    items = list(analyzer.items)
    kinds = [type(item) for item in items]
    if kinds[:3] != [NewsTokenizer, LowercaseFilter, FoldFilter]:
        return None
    tokenizer, rest = items[0], items[3:]
    if tokenizer.gaps or not rest or type(rest[0]) is not NewsStopFilter:
        return None
    stop, stemmer = rest[0], rest[1] if len(rest) > 1 else None
    if len(rest) > 2 or (stemmer is not None and (type(stemmer) is not NewsStemFilter or stemmer.lang)):
        return None
    return OnePassField(
        pattern=tokenizer.expression, stops=stop.stops, spelled=frozenset(stop.spelled),
        minsize=stop.min, maxsize=stop.max, stem=stemmer.stemfn if stemmer else None,
        ignore=frozenset(stemmer.ignore) if stemmer else frozenset(), encode=position_encoder(fmt),
        boost=float(fmt.field_boost),
    )


def compile_schema(schema) -> dict[str, OnePassField]:  # type: ignore[no-untyped-def]
    """One-pass plans for every field of ``schema`` that has one."""
    plans = {}
    for name, fieldobj in schema.items():
        plan = compile_text_field(fieldobj)
        if plan is not None:
            plans[name] = plan
    return plans
