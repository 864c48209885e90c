"""More like this: a query made of the key words of one article's title and body."""

from __future__ import annotations

from whoosh import query as wq

from . import config
from .documents.article import Article
from .schema import BODY, TITLE


def similar_query(searcher, article: Article) -> wq.Query:  # type: ignore[no-untyped-def]
    """The article's most distinctive words (Whoosh's Bo1 key terms), weighted, over title and body."""
    text = f"{article.title}\n{article.body}"
    key_terms = searcher.key_terms_from_text(BODY, text, numterms=config.SIMILAR_TERMS, normalize=True)
    clauses: list[wq.Query] = []
    for term, weight in key_terms:
        clauses.append(wq.Term(BODY, term, boost=weight))
        clauses.append(wq.Term(TITLE, term, boost=weight * config.TITLE_BOOST))
    return wq.Or(clauses) if clauses else wq.NullQuery
