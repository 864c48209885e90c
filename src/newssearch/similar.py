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


def likeness(searcher, article: Article) -> Likeness:  # type: ignore[no-untyped-def]
    """The query of ``article``'s key words (``key_terms``) and the articles sharing enough of them.

    An article must share at least a tenth of the key words (``config.SIMILAR_SHARED``), as
    Elasticsearch's more-like-this asks for a share of them (its minimum_should_match): one rare word
    in common, such as a name, outranked several telling ones. (BBC News, share of the top 10 in the
    article's own category, 250 articles each: 0.797 -> 0.842 on odd file numbers, where it was chosen;
    0.791 -> 0.838 on even ones.)
    """
    key_terms = key_terms_of(searcher, article)
    clauses: list[wq.Query] = []
    for term, weight in key_terms:
        clauses.append(wq.Term(BODY, term, boost=weight))
        clauses.append(wq.Term(TITLE, term, boost=weight * config.TITLE_BOOST))
    query = wq.Or(clauses) if clauses else wq.NullQuery
    # Each word's postings read once, for both: scoring the Or and then reading them again to count the words each
    # article holds had made ``similar`` read every key word twice (100,000 articles: a third of its time).
    parts = each_scores(searcher, clauses)
    need = shared_needed(len(key_terms))
    return Likeness(query, _summed(parts), _sharing(list(zip(parts[::2], parts[1::2])), need), len(key_terms), need)


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


def key_terms_of(searcher, article: Article) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """The article's most distinctive words (Whoosh's Bo1 key terms) with their weights, best first.

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
    expander.add(Counter(t.text for t in TEXT_ANALYZER(text, **({"lang": lang} if lang else {}))).items())
    untold = _function_terms(language_of(article.lang, text), lang)
    # room for the function words to be left out, as for the letters and numbers
    wanted = config.SIMILAR_TERMS * (3 if untold else 2)
    key_terms = (live_expanded_terms(expander, reader, wanted) if deletions  # only the live counts that may matter
                 else expander.expanded_terms(wanted, normalize=True))
    return [(term, weight) for term, weight in key_terms
            if _telling(term) and term not in untold and not elided(term)][: config.SIMILAR_TERMS]


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


def _sharing(terms: list[tuple[Scores, Scores]], need: int) -> set[int]:
    """The articles whose title or body holds at least ``need`` of the key words (each word's matches in the body and
    the title: ``terms``)."""
    counts: Counter[int] = Counter()
    for body, title in terms:
        counts.update(body.keys() | title.keys())
    return {docnum for docnum, count in counts.items() if count >= need}


def unlike_notice(likeness: Likeness, docnum: int) -> str | None:
    """Why ``similar`` found nothing at all like the article ``docnum``: its text gave no key word, or no other
    article shares enough of them (a one-line brief's two words); None when some article does."""
    if likeness.sharing - {docnum}:
        return None
    if not likeness.terms:
        return "its title and text give no word to compare by (only stop words, numbers or single letters)"
    short = " (a short text gives few)" if likeness.terms < config.SIMILAR_TERMS else ""
    return f"no other article shares {likeness.need:,} of its {likeness.terms:,} key words{short}"


SHARED_AT_LEAST = 2  # key words an article like another must share, however few the other has


def _telling(term: str) -> bool:
    """A term that can say what an article is about: not one letter, not a number."""
    return len(term) > 1 and not term.replace(".", "").isdigit()
