"""More like this: a query made of the key words of one article's title and body."""

from __future__ import annotations

from collections import Counter

from whoosh import classify
from whoosh import query as wq

from . import config
from .documents.article import Article
from .schema import BODY, TITLE
from .textanalysis import TEXT_ANALYZER


def similar_query(searcher, article: Article) -> wq.Query:  # type: ignore[no-untyped-def]
    """The article's most distinctive words (Whoosh's Bo1 key terms), weighted, over title and body.

    Single letters and numbers are left out: a table of figures or a list marked (a), (b), (c) is not
    what an article is about.
    """
    expander = classify.Expander(searcher.reader(), BODY, model=classify.Bo1Model)
    # the words a query would search for: the index holds stopwords too, and they say nothing of the topic
    expander.add(Counter(t.text for t in TEXT_ANALYZER(f"{article.title}\n{article.body}")).items())
    key_terms = expander.expanded_terms(config.SIMILAR_TERMS * 2, normalize=True)
    key_terms = [(term, weight) for term, weight in key_terms if _telling(term)][: config.SIMILAR_TERMS]
    clauses: list[wq.Query] = []
    for term, weight in key_terms:
        clauses.append(wq.Term(BODY, term, boost=weight))
        clauses.append(wq.Term(TITLE, term, boost=weight * config.TITLE_BOOST))
    return wq.Or(clauses) if clauses else wq.NullQuery


def _telling(term: str) -> bool:
    """A term that can say what an article is about: not one letter, not a number."""
    return len(term) > 1 and not term.replace(".", "").isdigit()
