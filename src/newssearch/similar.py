"""More like this: a query made of the key words of one article's title and body."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache

from whoosh import classify
from whoosh import query as wq

from . import config
from .apostrophes import elided
from .documents.article import Article
from .fastscore import Scores, each_scores
from .functionwords import FUNCTION_WORDS, language_of
from .livecounts import live_weight
from .livekeyterms import live_expanded_terms
from .schema import BODY, TITLE
from .stemming import language_stemmer
from .textanalysis import TEXT_ANALYZER


@dataclass
class Likeness:
    """What finds the articles like one: a query of its key words, and the articles that share enough of them."""

    query: wq.Query
    scores: Scores  # every article the query matches, with its score
    sharing: set[int]  # document numbers of the articles with at least SIMILAR_SHARED of the key words
    terms: int = 0  # how many key words the article gave
    need: int = 0  # how many of them an article must share
    alone: int = 0  # key words left out because no other article holds them


def likeness(searcher, article: Article, docnum: int | None = None) -> Likeness:  # type: ignore[no-untyped-def]
    """The query of ``article``'s key words (``key_terms``) and the articles sharing enough of them.

    An article must share at least a tenth of the key words (``config.SIMILAR_SHARED``), as
    Elasticsearch's more-like-this asks for a share of them (its minimum_should_match): one rare word
    in common, such as a name, outranked several telling ones. (BBC News, share of the top 10 in the
    article's own category, 250 articles each: 0.797 -> 0.842 on odd file numbers, where it was chosen;
    0.791 -> 0.838 on even ones.) A word that no article but ``docnum`` (the article itself) holds is no key word,
    as Lucene's MoreLikeThis leaves out words below its min_doc_freq: it can find nothing, and took the place of
    a word that can (a BBC business report's amounts, "1.13bn", "284m", were six of its 25). Each article's score
    is multiplied by the share of the key words it holds, as Lucene's classic coord factor did: a short Reuters wire
    holding three of a BBC report's 25 had ranked second, its few words weighing much in its short text.
    """
    key_terms, parts, alone = _shared_terms(searcher, key_terms_of(searcher, article, 2 * config.SIMILAR_TERMS), docnum)
    if not key_terms and alone == 2 * config.SIMILAR_TERMS:  # every word weighed was its own: weigh only the others
        key_terms, parts, _ = _shared_terms(searcher, key_terms_of(searcher, article, 2 * config.SIMILAR_TERMS,
                                                                   shared=True), docnum)
    clauses = [clause for term, weight in key_terms for clause in _clauses(term, weight)]
    query = wq.Or(clauses) if clauses else wq.NullQuery
    need = shared_needed(len(key_terms))
    counts = _counts(list(zip(parts[::2], parts[1::2])))
    scores = {docnum: score * counts[docnum] / len(key_terms) for docnum, score in _summed(parts).items()}
    sharing = {docnum for docnum, count in counts.items() if count >= need}
    return Likeness(query, scores, sharing, len(key_terms), need, alone)


def _clauses(term: str, weight: float) -> list[wq.Query]:
    """A key word's two clauses: in the body, and in the title (boosted as a query's title matches are)."""
    return [wq.Term(BODY, term, boost=weight), wq.Term(TITLE, term, boost=weight * config.TITLE_BOOST)]


def _shared_terms(searcher, candidates: list[tuple[str, float]],  # type: ignore[no-untyped-def]
                  docnum: int | None) -> tuple[list[tuple[str, float]], list[Scores], int]:
    """The first ``SIMILAR_TERMS`` of ``candidates`` that an article other than ``docnum`` holds, the scores of their
    clauses (``_clauses``; each word's postings read once), and how many were passed over as held by none other."""
    chosen: list[tuple[str, float]] = []
    parts: list[Scores] = []
    alone, rest = 0, list(candidates)
    while rest and len(chosen) < config.SIMILAR_TERMS:
        batch, rest = rest[: config.SIMILAR_TERMS - len(chosen)], rest[config.SIMILAR_TERMS - len(chosen):]
        scored = each_scores(searcher, [clause for term, weight in batch for clause in _clauses(term, weight)])
        for (term, weight), body, title in zip(batch, scored[::2], scored[1::2]):
            if (body.keys() | title.keys()) - {docnum}:
                chosen.append((term, weight))
                parts += [body, title]
            else:
                alone += 1
    return chosen, parts, alone


def _summed(parts: list[Scores]) -> Scores:
    """The scores of the Or of the parts (``fastscore``: each article's the sum of its parts', added in their order)."""
    found: Scores = {}
    for part in parts:
        for docnum, score in part.items():
            found[docnum] = found.get(docnum, 0.0) + score
    return found


# The text whose words are weighed: a long feature is a few tens of thousands of characters, and the words of the
# first 200,000 tell what even a 70 MB file is about (weighing all of it took two minutes and 2 GB).
KEY_TERM_CHARS = 200_000


def key_terms_of(searcher, article: Article,  # type: ignore[no-untyped-def]
                 number: int = config.SIMILAR_TERMS, shared: bool = False) -> list[tuple[str, float]]:
    """The article's ``number`` most distinctive words (Whoosh's Bo1 key terms) with their weights, best first;
    with ``shared``, only of the words another article may hold (``_maybe_shared``).

    Single letters and numbers are left out: a table of figures or a list marked (a), (b), (c) is not
    what an article is about. Nor are the function words of an article in another language than English
    ("les", "die", "में"), which the English stop list keeps and a mostly English collection makes look rare,
    nor a word written with its elided article ("l'état": "état" is a word of its own).
    """
    text = f"{article.title}\n{article.body[:KEY_TERM_CHARS]}"
    reader = searcher.reader()
    deletions = reader.has_deletions()
    expander = classify.Expander(LiveCounts(reader) if deletions else reader, BODY, model=classify.Bo1Model)
    # the words a query would search for: the index holds stopwords too, and they say nothing of the topic
    # … stemmed as the index stems the article's language: English rules made "zwischen" of a German article's
    # "zwischen" (German: zwisch), a word the index's German articles do not hold, so it looked rare and led
    lang = article.lang if language_stemmer(article.lang) is not None else None
    counts = Counter(t.text for t in TEXT_ANALYZER(text, **({"lang": lang} if lang else {})))
    expander.add(_maybe_shared(reader, counts) if shared else counts.items())
    untold = _function_terms(language_of(article.lang, text), lang)
    # room for the function words to be left out, as for the letters and numbers
    wanted = number * (3 if untold else 2)
    key_terms = (live_expanded_terms(expander, reader, wanted) if deletions  # only the live counts that may matter
                 else expander.expanded_terms(wanted, normalize=True))
    return [(term, weight) for term, weight in key_terms
            if _telling(term) and term not in untold and not elided(term)][:number]


def _maybe_shared(reader, counts: Counter[str]) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """The words of ``counts`` (one article's) that another article may hold: not one in no title whose body
    holder is the article alone. A look-up a word, so only for a text whose most distinctive words were all its own
    (a line of 200,000 words each written once: "word0 word1 …")."""
    return [(term, count) for term, count in counts.items()
            if reader.doc_frequency(TITLE, term) or reader.doc_frequency(BODY, term) > 1]


class LiveCounts:
    """The counts Whoosh's Expander weighs words by, of live articles only.

    Whoosh's own count the versions an update deleted until their segment is merged: after five of 29 articles
    were updated, ``similar`` found 4 of the 10 articles a rebuilt index finds. Used only when the index holds
    deleted articles; each word's postings are read once per reader (``livecounts.live_weight``).
    """

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self._reader = reader
        self.schema = reader.schema

    def doc_count_all(self) -> int:
        """The articles, live ones only (Bo1's N)."""
        return self._reader.doc_count()

    def field_length(self, fieldname: str) -> int:
        """The words of ``fieldname`` in every article (deleted ones too: Bo1 does not use it)."""
        return self._reader.field_length(fieldname)

    def __contains__(self, key: tuple[str, bytes]) -> bool:
        return bool(self.frequency(*key))

    def frequency(self, fieldname: str, text: bytes) -> float:
        """How often the live articles hold the term ``text`` of ``fieldname``, all told."""
        return live_weight(self._reader, fieldname, text)


@cache
def _function_terms(lang: str | None, stemmed: str | None = None) -> frozenset[str]:
    """The index terms of a language's function words (none for English, which the analyzer stops), by English rules
    and, in an article the index stems in its language (``stemmed``), by that language's too ("zwischen": zwisch)."""
    words = FUNCTION_WORDS.get(lang or "", frozenset())
    terms = {token.text for word in words for token in TEXT_ANALYZER(word)}
    if stemmed:
        terms.update(token.text for word in words for token in TEXT_ANALYZER(word, lang=stemmed))
    return frozenset(terms)


def shared_needed(terms: int) -> int:
    """How many of an article's ``terms`` key words another must share to be like it: ``SIMILAR_SHARED`` of them,
    and two when there are two: a headline-only brief has a few key words, and one in common had counted half of
    Reuters as like it."""
    return max(math.ceil(config.SIMILAR_SHARED * terms), min(SHARED_AT_LEAST, terms))


def _counts(terms: list[tuple[Scores, Scores]]) -> Counter[int]:
    """How many of the key words each article's title or body holds (each word's matches in the body and the title:
    ``terms``)."""
    counts: Counter[int] = Counter()
    for body, title in terms:
        counts.update(body.keys() | title.keys())
    return counts


def unlike_notice(likeness: Likeness, docnum: int, articles: int) -> str | None:
    """Why ``similar`` found nothing at all like the article ``docnum`` in an index of ``articles``: there is no
    other, its text gave no key word, or no other article shares enough of them (a one-line brief's two words);
    None when some article does."""
    if likeness.sharing - {docnum}:
        return None
    if articles <= 1:  # its words were "held by no other article" only because there is none
        return "the index holds no other article"
    if not likeness.terms and likeness.alone:
        return f"no other article holds any of its {likeness.alone:,} key words"
    if not likeness.terms:
        return "its title and text give no word to compare by (only stop words, numbers or single letters)"
    short = " (a short text gives few)" if likeness.terms < FEW_TERMS else ""
    return f"no other article shares {likeness.need:,} of its {likeness.terms:,} key words{short}"


SHARED_AT_LEAST = 2  # key words an article like another must share, however few the other has
FEW_TERMS = 25  # fewer key words than this are a short text's, and the note on finding none says so


def _telling(term: str) -> bool:
    """A term that can say what an article is about: not one letter, not a number."""
    return len(term) > 1 and not term.replace(".", "").isdigit()
