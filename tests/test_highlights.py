"""What a query marks, field by field: a word typed for one field is marked there only; a proximity only
where its words stand near each other; a NOT's words never."""

from __future__ import annotations

from conftest import index_of_texts

from newssearch import open_index

DOG = "Police dog retires\n\nThe police dog named Rex retired after ten years. The dog was loved by all police staff.\n"


def marked(index, query: str) -> tuple[str, str]:
    """The first hit's title and snippet as HTML."""
    with open_index(index) as idx:
        hit = idx.search(query).hits[0]
    return (hit.title_marks.html() if hit.title_marks else hit.title), hit.snippet.html()


def test_a_word_for_the_title_is_marked_in_the_title_only(tmp_path) -> None:
    index = index_of_texts(tmp_path, {"dog.txt": DOG})
    assert marked(index, "title:police") == (
        "<mark>Police</mark> dog retires",
        "The police dog named Rex retired after ten years. The dog was loved by all police staff.")
    assert marked(index, "body:rex title:dog") == (
        "Police <mark>dog</mark> retires",
        "The police dog named <mark>Rex</mark> retired after ten years. The dog was loved by all police staff.")


def test_a_word_for_no_field_is_marked_in_both(tmp_path) -> None:
    index = index_of_texts(tmp_path, {"dog.txt": DOG})
    title, body = marked(index, "police")
    assert title == "<mark>Police</mark> dog retires"
    assert body.count("<mark>police</mark>") == 2


def test_a_proximity_marks_only_the_words_standing_near(tmp_path) -> None:
    text = ("Council news\n\nThe officer spoke to the officer in charge. Someone was shot at the fair. "
            "Finally the officer was shot in the arm.\n")
    index = index_of_texts(tmp_path, {"k.txt": text})
    _, body = marked(index, '"officer shot"~3')
    assert body == ("The officer spoke to the officer in charge. Someone was shot at the fair. "
                    "Finally the <mark>officer</mark> was <mark>shot</mark> in the arm.")


def test_negated_words_are_not_marked(tmp_path) -> None:
    index = index_of_texts(tmp_path, {"dog.txt": DOG})
    _, body = marked(index, "rex -cat NOT (staff AND horse)")
    assert body == "The police dog named <mark>Rex</mark> retired after ten years. The dog was loved by all police staff."


def test_a_price_typed_with_cents_is_marked_only_where_no_scale_follows(tmp_path) -> None:
    # $3.50 is the term "$3.5" where no scale follows it (currencyamounts): "$3.5bn" holds that term too
    from whoosh import query as wq
    from whoosh.query.spans import SpanOr

    from newssearch.bareamounts import BareAmount
    from newssearch.highlights import query_marks
    from newssearch.snippets import make_snippet
    from newssearch.wordterms import term_of

    text = "The firm paid $3.5bn for the plant. A coffee costs $3.50 in the shop."
    index = index_of_texts(tmp_path, {"both.txt": f"Prices\n\n{text}"})
    price = BareAmount(wq.Term("body", "$3.5"), SpanOr([wq.Phrase("body", ["$3.5", scale])
                                                        for scale in ("thousand", "million", "billion")]))
    with open_index(index) as idx:
        marks = query_marks(price, idx._searcher.reader())["body"]
    snippet = make_snippet(text, term_of, marks.words.__contains__, phrases=marks.phrases)
    assert snippet.html() == "The firm paid $3.5bn for the plant. A coffee costs <mark>$3.50</mark> in the shop."
