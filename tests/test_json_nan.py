"""A JSON record's NaN or Infinity (Python's json.dumps writes them for a pandas row's missing cells) is no value."""

from __future__ import annotations

import pytest

from newssearch.documents import parse_bytes

ROW = (b'{"title": %s, "text": "A row exported by pandas about Tbilisi.", "url": %s, "author": %s, '
       b'"source": %s, "section": %s}')


@pytest.mark.parametrize("missing", [b"NaN", b"Infinity", b"-Infinity"])
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_record_s_nan_or_infinity_is_a_missing_value_not_the_text_nan(missing, suffix):
    result = parse_bytes(ROW % ((missing,) * 5) + b"\n", "rows" + suffix, suffix)
    (article,) = result.articles
    assert (article.title, article.url, article.authors, article.source, article.sections) == (
        "A row exported by pandas about Tbilisi", None, (), None, ())


def test_a_nan_beside_a_value_leaves_the_value():
    result = parse_bytes(b'{"title": NaN, "headline": "Storm hits Galway", "text": "A storm hit Galway.",'
                         b' "url": NaN, "link": "https://news.example/storm"}', "row.json", ".json")
    (article,) = result.articles
    assert (article.title, article.url) == ("Storm hits Galway", "https://news.example/storm")
