"""A word's forms stemmed by its article's language, each term once at its place (NewsStemFilter, for a language
other than English). Not pickled into an index: the filter calls it at run time, so it may live here."""

from __future__ import annotations

import itertools

from whoosh.analysis import Token

from .folding import fold
from .stemming import keeps_exact_forms, kept_exact


def stemmed_once(first, tokens, stemfn, ignore):  # type: ignore[no-untyped-def]
    """``first`` and ``tokens`` stemmed by ``stemfn``, a form (``token.variant``) whose term its place already has
    left out; when indexing, a form as written beside its stem where the stem lost a mark (``kept_exact``)."""
    seen: set[str] = set()
    exact = keeps_exact_forms(getattr(first, "lang", None))
    for t in itertools.chain((first,), tokens):
        before = t.text
        if not t.stopped and not getattr(t, "acronym", False) and t.text not in ignore:
            # a query's word stemmed as typed (its stem folded: stemming), so "новой" is "новый"'s нов; an indexed
            # word is stemmed both ways, its form as written following it (FoldFilter)
            written = getattr(t, "written", None) if t.mode != "index" and not t.variant else None
            t.text = fold(stemfn(written)) if written else stemfn(t.text)
        if not getattr(t, "variant", False):
            seen = {t.text}
        elif t.text in seen:
            if exact and t.mode == "index" and before not in seen and kept_exact(before, t.text):
                yield _exact_form(t, before, seen)  # "papá" beside pap, which "papa" before it made
            continue
        else:
            seen.add(t.text)
        stem = t.text
        yield t
        if t.mode == "index" and (folded := fold(stem)) not in seen:  # the stem of a query typed as written
            seen.add(folded)
            was_variant, t.text, t.variant = getattr(t, "variant", False), folded, True
            yield t
            t.variant = was_variant
        if exact and t.mode == "index" and before not in seen and kept_exact(before, stem):
            yield _exact_form(t, before, seen)


def _exact_form(t: Token, written: str, seen: set[str]) -> Token:
    """``t`` as the form ``written`` of its word, at its place (a variant, as FoldFilter's exact form is)."""
    seen.add(written)
    t.text, t.variant = written, True
    return t
