"""A record or a page that names no publisher is published by the wire agency its dateline credits ("LONDON, March 5
(Reuters) - "), as a text file is; one that names its publisher, or has an address, keeps it."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes

STORY = "LONDON, March 5 (Reuters) - Oil prices fell on Tuesday as stocks rose in the United States, traders said."
AP_STORY = "WASHINGTON (AP) — The Senate passed the spending bill late on Friday, sending it to the president."


@pytest.mark.parametrize(("data", "name", "source"), [
    (f'title,date,text\nOil falls,2024-03-05,"{STORY}"\n', "wire.csv", "Reuters"),
    (f'title,date,source,text\nOil falls,2024-03-05,Stuff,"{STORY}"\n', "named.csv", "Stuff"),
    (json.dumps({"title": "Oil falls", "date": "2024-03-05", "text": STORY}), "wire.json", "Reuters"),
    (json.dumps({"title": "Bill passes", "text": AP_STORY}), "ap.json", "Associated Press"),
    (json.dumps({"title": "Oil falls", "url": "https://www.example.com/oil", "text": STORY}), "site.json",
     "example.com"),                                                                # its site's, by its address
    (f"<html><head><title>Oil falls</title></head><body><article><h1>Oil falls</h1><p>{STORY}</p></article></body>"
     "</html>", "wire.html", "Reuters"),
    (f"<rss><channel><item><title>Oil falls</title><description>{STORY}</description></item></channel></rss>",
     "wire.xml", "Reuters"),                                                        # a feed with no title of its own
])
def test_a_dateline_agency_publishes_what_names_no_publisher(data: str, name: str, source: str) -> None:
    [article] = parse_bytes(data.encode(), name, "." + name.rsplit(".", 1)[1]).articles
    assert article.source == source


PARAGRAPH = ("New Zealand's central bank held its official cash rate steady on Wednesday, as expected, and said inflation "
             "was easing across the economy.")


# A dateline in a paragraph of its own, the story's first sentence under it: "WELLINGTON (Reuters) -", or with no dash
# ("WELLINGTON (Reuters)", the paragraph's end closing it), or in a box a page names its dateline. The page had had no
# publisher; a headline with brackets over no known agency names none.
@pytest.mark.parametrize(("dateline", "source"), [
    ("<p>WELLINGTON (Reuters) -</p>", "Reuters"),
    ("<p>WELLINGTON (Reuters)</p>", "Reuters"),
    ("<p><b>WELLINGTON, New Zealand (AP)</b></p>", "Associated Press"),
    ('<div class="dateline">WELLINGTON (Reuters) -</div>', "Reuters"),
    ('<div class="article-dateline">WELLINGTON (Reuters)</div>', "Reuters"),
    ("<p>WELLINGTON (UPDATED)</p>", None),
    ('<div class="dateline">Updated March 5, 2024</div>', None),
])
def test_a_pages_dateline_in_a_paragraph_of_its_own_names_its_agency(dateline: str, source: str | None) -> None:
    page = (f"<html><head><title>Rates held</title></head><body><article><h1>Rates held</h1>{dateline}"
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>")
    [article] = parse_bytes(page.encode(), "rates.html", ".html").articles
    assert (article.source, article.body.endswith(PARAGRAPH)) == (source, True)


def test_a_texts_dateline_on_a_line_of_its_own_names_its_agency() -> None:
    [article] = parse_bytes(f"Rates held\n\nWELLINGTON (Reuters)\n\n{PARAGRAPH}\n".encode(), "rates.txt", ".txt").articles
    assert article.source == "Reuters"


STANDFIRST = "The bank said inflation was easing."
LEAD = f"{PARAGRAPH} Economists had expected the hold."  # a story's paragraph of two sentences


# A dateline under a short standfirst paragraph (the page's or the text's second paragraph) names its agency too: the
# rule had read the first paragraph only, and the story had had no publisher. Not under a story's paragraph, nor
# further down.
@pytest.mark.parametrize(("suffix", "paragraphs", "source"), [
    (".html", [STANDFIRST, f"WELLINGTON, March 5 (Reuters) - {PARAGRAPH}"], "Reuters"),
    (".txt", [STANDFIRST, f"WELLINGTON, March 5 (Reuters) - {PARAGRAPH}"], "Reuters"),
    (".html", [STANDFIRST, "WELLINGTON (AP) —", PARAGRAPH], "Associated Press"),
    (".txt", [STANDFIRST, "WELLINGTON (AP) —", PARAGRAPH], "Associated Press"),
    (".html", [LEAD, f"WELLINGTON, March 5 (Reuters) - {PARAGRAPH}"], None),     # a story's paragraph over it
    (".txt", [LEAD, f"WELLINGTON, March 5 (Reuters) - {PARAGRAPH}"], None),
    (".txt", [STANDFIRST, PARAGRAPH, f"WELLINGTON, March 5 (Reuters) - {PARAGRAPH}"], None),  # the third: none
])
def test_a_dateline_under_a_standfirst_names_its_agency(suffix: str, paragraphs: list[str],
                                                         source: str | None) -> None:
    if suffix == ".html":
        data = ("<html><head><title>Rates held</title></head><body><article><h1>Rates held</h1>"
                + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    else:
        data = "Rates held\n\n" + "\n\n".join(paragraphs) + "\n"
    [article] = parse_bytes(data.encode(), f"rates{suffix}", suffix).articles
    assert article.source == source
