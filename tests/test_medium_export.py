"""Medium's export: a page a post under posts/, its address in its footer, its drafts no articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newssearch.documents import parse_bytes
from newssearch.errors import UnreadableFile

CANONICAL = "https://medium.com/@aroha/kauri-dieback-rules-tightened-3f2a1b9c8d7e"


def post(footer: str) -> bytes:
    """A page of Medium's export as it writes one (trimmed of its style sheet)."""
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kauri dieback rules tightened</title></head><body><article class="h-entry">
<header><h1 class="p-name">Kauri dieback rules tightened</h1></header>
<section data-field="subtitle" class="p-summary">Track closures will be enforced from Monday</section>
<section data-field="body" class="e-content"><section name="a1" class="section section--body section--first">
<div class="section-content"><div class="section-inner sectionLayout--insetColumn">
<h3 name="c3" id="c3" class="graf graf--h3 graf--leading graf--title">Kauri dieback rules tightened</h3>
<p name="e5" id="e5" class="graf graf--p graf-after--h3">New rules to stop the spread of kauri dieback come into force
on Monday, the Department of Conservation said.</p>
<p name="i9" id="i9" class="graf graf--p graf--trailing">Track closures will be enforced by rangers.</p>
</div></div></section></section>
<footer>{footer}<p>Exported from <a href="https://medium.com">Medium</a> on March 10, 2024.</p></footer>
</article></body></html>""".encode()


PUBLISHED = post('<p>By <a href="https://medium.com/@aroha" class="p-author h-card">Aroha Wiremu</a> on <a '
                 'href="https://medium.com/p/3f2a1b9c8d7e"><time class="dt-published" datetime="2024-03-05T02:15:30.123Z">'
                 f'March 5, 2024</time></a>.</p><p><a href="{CANONICAL}" class="p-canonical">Canonical link</a></p>')


def test_a_posts_address_is_its_canonical_link_and_its_body_opens_without_its_title_again() -> None:
    # Its address had been none, and its title its text's second paragraph.
    [article] = parse_bytes(PUBLISHED, "posts/2024-03-05_Kauri-dieback-rules-tightened-3f2a1b9c8d7e.html",
                            ".html").articles
    assert (article.title, article.url, article.authors, article.date) == (
        "Kauri dieback rules tightened", CANONICAL, ("Aroha Wiremu",), date(2024, 3, 5))
    assert "Kauri dieback rules tightened" not in article.body
    assert article.body.endswith("Track closures will be enforced by rangers.")


def test_a_draft_is_no_article(tmp_path: Path) -> None:
    # It had been an article, undated and by no one.
    draft = post('<p><a href="https://medium.com/p/9a8b7c6d5e4f">View original.</a></p>')
    with pytest.raises(UnreadableFile, match="a Medium draft"):
        parse_bytes(draft, "posts/draft_Kauri-dieback-rules-tightened-9a8b7c6d5e4f.html", ".html")
    assert parse_bytes(draft, "posts/Kauri.html", ".html").articles  # a draft is told by its name: this one is read
