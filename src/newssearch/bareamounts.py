"""An amount written without a currency: the places of a number (or a number and its scale) where no currency's form
of it starts, for ``currencyamounts``' bare tier.

Each currency's form of an amount starts at its number's place ("£50" at the 50 of "£50m", "50 mln stg" at its 50),
so the places of the bare amount are those of its number that no such form shares. An article writing "£50m" and,
elsewhere, "50 million customers" holds one: it is in the bare tier, which a test of whole articles (``AndNot``) had
left it out of.
"""

from __future__ import annotations

from whoosh.query.spans import SpanNot


class BareAmount(SpanNot):
    """The articles where ``a`` (a number's term, an amount's phrase) stands at a place none of ``b`` (its forms in
    other currencies, a ``SpanOr``) starts at, scored as ``a`` (``b``'s forms weigh nothing)."""

    def estimate_size(self, ixreader) -> int:  # type: ignore[no-untyped-def]
        """At most as many articles as ``a`` matches (Whoosh's Or asks; a span query has no answer)."""
        return int(self.a.estimate_size(ixreader))

    def estimate_min_size(self, ixreader) -> int:  # type: ignore[no-untyped-def]
        """Perhaps none."""
        return 0

    class _Matcher(SpanNot._Matcher):
        """Whoosh's SpanNot matcher, which asked an exhausted ``b`` for its article (and failed), by places."""

        def _get_spans(self):  # type: ignore[no-untyped-def]
            if not self.b.is_active() or self.a.id() != self.b.id():
                return self.a.spans()
            taken = {span.start for span in self.b.spans()}
            return [span for span in self.a.spans() if span.start not in taken]
