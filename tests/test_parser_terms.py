"""The terms a query parser makes of a typed word, kept across the parses of one query (its notes parse it again)."""

from __future__ import annotations

from newssearch.newsparser import make_parser
from newssearch.schema import make_schema


def test_a_second_parser_reuses_the_terms_a_first_made_of_a_word_of_the_same_analyzer() -> None:
    schema = make_schema()
    field = schema["body"]
    calls: list[str] = []
    analyzer = field.analyzer
    original = type(analyzer).__call__

    class Counting(type(analyzer)):  # type: ignore[misc]
        def __call__(self, value, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(value)
            return original(self, value, **kwargs)

    counting = Counting.__new__(Counting)
    counting.__dict__.update(analyzer.__dict__)
    field.analyzer = counting
    first = make_parser(schema, "all").query_terms(field, "Zürich's", False)
    second = make_parser(schema, "any").query_terms(field, "Zürich's", False)
    assert first == second == [t.text for t in analyzer("Zürich's", mode="query", removestops=False)]
    assert calls == ["Zürich's"]
    second.append("changed")  # each caller's list its own
    assert make_parser(schema, "all").query_terms(field, "Zürich's", False) == first
    assert make_parser(schema, "all").query_terms(field, "Zürich's", True) == [
        t.text for t in analyzer("Zürich's", mode="query", removestops=True)]  # by removestops too
    assert make_parser(make_schema(), "all").query_terms(make_schema()["body"], "Zürich's", False) == first
