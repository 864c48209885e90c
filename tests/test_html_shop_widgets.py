"""A shop's widgets inside a story (its buttons, a price alone, a rating) are the page's, not the story's."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract

PARAGRAPHS = [f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
              for n in range(1, 5)]
STORY = "".join(PARAGRAPHS)


def article(inner: str) -> str:
    return f"<html><body><div class='page'><div class='article-body'>{inner}</div></div></body></html>"


@pytest.mark.parametrize("line", [
    "Buy now", "Add to cart", "Add to basket", "Shop now", "In den Warenkorb", "Jetzt kaufen",
    "Ajouter au panier", "Añadir al carrito", "Aggiungi al carrello",
    "Rezept drucken Bei Pinterest speichern",   # a recipe's buttons run together
    "Print Recipe Pin Recipe",
    "37,99 EUR", "€ 19,99", "$24.95", "£12.99*",   # a price alone
    "3.65 von 1990 Bewertungen", "4.5 out of 5 stars", "4,7 von 5 Sternen (120 Bewertungen)", "(1,990 reviews)",
])
def test_a_shop_widgets_line_in_the_story_is_dropped(line: str) -> None:
    body = extract(article("".join(PARAGRAPHS[:2]) + f"<p>{line}</p>" + "".join(PARAGRAPHS[2:]))).body
    assert line not in body and "Paragraph 4" in body


@pytest.mark.parametrize("sentence", [
    "Buy now, pay later schemes are growing fast.",
    "The ticket costs $24.95 at the door.",
    "Der Kuchen bekam 4,7 von 5 Sternen.",
    "37 EUR",   # no cents: a figure, not a shop's price
])
def test_a_sentence_about_buying_or_a_price_is_kept(sentence: str) -> None:
    assert sentence in extract(article(STORY + f"<p>{sentence}</p>" + STORY)).body
