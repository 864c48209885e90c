"""Main-text extraction and decoding of HTML pages: each fixture is one boilerplate or encoding trap."""

from __future__ import annotations

from pathlib import Path

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.headingtext import heading_text
from newssearch.documents.html import decode_html, extract, parse_tree, read_html
from newssearch.errors import UnreadableFile

FIXTURES = Path(__file__).parent / "fixtures" / "html"
STORY = "".join(f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is done.</p>"
                for n in range(4))


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_boilerplate_is_dropped_and_paragraphs_kept() -> None:
    body = extract(fixture("article_with_boilerplate.html")).body
    assert body.split("\n\n") == [
        "The harbour bridge reopened on Monday morning, six months after engineers closed it to repair "
        "corroded cables, and commuters said the wait had been worth it.",
        "Traffic moved freely across all four lanes, although officials warned that, for the next few weeks, "
        "speed limits would stay lower than usual.",
        "What changes for drivers",
        "Drivers will pay the same toll as before, the council said, while cyclists gain a separate lane on "
        "the eastern side of the deck.",
    ]


@pytest.mark.parametrize(
    "unwanted",
    ["cookies", "Share on Facebook", "Photo / Supplied", "Advertisement", "Ferry fares", "Great news",
     "All rights reserved", "By Jane Doe", "Home"],
)
def test_no_boilerplate_line_survives(unwanted: str) -> None:
    assert unwanted not in extract(fixture("article_with_boilerplate.html")).body


def test_double_br_separates_paragraphs() -> None:
    body = extract(fixture("br_paragraphs.html")).body
    assert body.split("\n\n")[1].startswith("In the end, they agreed")
    assert len(body.split("\n\n")) == 3
    assert "Home" not in body


@pytest.mark.parametrize("control", ["\x1b", "\x00", "\x08", "\ufffe", "&#27;", "&#x1;", "&#xFFFE;", "&#8"])
def test_a_control_character_in_a_pages_text_goes_and_the_page_is_read(control: str) -> None:
    """libxml2's HTML parser keeps it in the tree, where lxml refuses to join it to another text (when a menu
    beside it is dropped): the page had been skipped as 'reader failed: ValueError: All strings must be XML
    compatible'; a NUL had been read as "\ufffd" inside its word. A reference to one (&#27;) the same (fuzz
    mutation "entities")."""
    page = (f'<html><body><div class="menu"><a href="/">Home</a></div>The council met on Tues{control}day and '
            "agreed to repair the road.<p>Work starts in May.</p></body></html>")
    assert extract(page).body == "The council met on Tuesday and agreed to repair the road.\n\nWork starts in May."


def test_single_br_before_a_source_line_break_keeps_one_paragraph() -> None:
    item = "<p>1) The Lego harbour bridge set, 1,200 pieces<br>\n<a href='/shop/1'>Buy it at the museum shop</a></p>"
    page = f"<html><body><div>{item}{STORY}</div></body></html>"
    paragraphs = extract(page).body.split("\n\n")
    assert "1) The Lego harbour bridge set, 1,200 pieces Buy it at the museum shop" in paragraphs


def test_br_paragraphs_inside_an_inline_wrapper_are_scored_and_split() -> None:
    story = "<br><br>".join(f"Paragraph {n} of the council story says the bridge work, delayed twice, is done."
                            for n in range(1, 7))
    side = "".join(f"<p>Other story {n}: the ferry timetable changes in spring, operators say, and fares rise.</p>"
                   for n in range(1, 4))
    page = (f"<html><body><div class='c1'><h1>Bridge</h1><div class='c2'><p>Intro line.</p><span>{story}</span>"
            f"</div></div><div class='c3'>{side}</div></body></html>")
    body = extract(page).body.split("\n\n")
    assert body[1].startswith("Paragraph 1") and body[-1].startswith("Paragraph 6") and len(body) == 7


def test_article_split_over_sibling_containers_is_kept_whole() -> None:
    body = extract(fixture("split_body.html")).body
    assert "First part of the story" in body and "Fourth paragraph closes" in body
    assert "Buy now" not in body and "Most read" not in body


def test_declared_latin1_is_decoded() -> None:
    assert "Le café du marché" in extract(fixture("latin1.html")).body


def test_utf8_with_a_broken_byte_keeps_its_characters() -> None:
    body = extract(fixture("broken_utf8.html")).body
    assert "Café owners" in body and "naïve plan" in body


def test_undeclared_cp1252_is_detected() -> None:
    page = "<html><body><p>“Smart quotes” and — dashes, déjà vu, in a paragraph of some length.</p></body></html>"
    assert "“Smart quotes” and — dashes, déjà vu" in decode_html(page.encode("cp1252"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_page_in_utf16_without_its_mark_is_decoded(codec: str) -> None:
    # An English page's NULs are valid UTF-8: it had been indexed as "<\x00h\x00t\x00m\x00l…", title and body.
    page = "<html><head><title>Cafe closes</title></head><body><p>The cafe closed on Friday.</p></body></html>"
    article = read_html(page.encode(codec), "cafe.html").articles[0]
    assert (article.title, article.body) == ("Cafe closes", "The cafe closed on Friday.")


def test_a_page_whose_text_runs_past_ten_million_characters_is_read_whole() -> None:
    # libxml2's default limit on one text node: a 12 MB page (a transcript in one <pre>) had been "no article
    # text found in HTML".
    words = "The council met again on Tuesday. " * 300_000
    article = read_html(f"<html><head><title>Minutes</title></head><body><pre>{words}Adjourned.</pre></body></html>",
                        "minutes.html").articles[0]
    assert len(article.body) > 10_000_000 and article.body.endswith("Adjourned.")
    # Its limit on depth stays, so recursive walks never go deep, but the page is read past it (deephtml): the
    # tags past a depth left out, their text kept ("cut" had been lost, as every word after it).
    page = ("<html><head><title>T</title></head><body><article><p>The ferry sailed from Picton on Tuesday"
            " after a week of storms.</p>" + "<div>" * 1500 + "cut</article></body></html>")
    assert read_html(page, "ferry.html").articles[0].body == \
        "The ferry sailed from Picton on Tuesday after a week of storms.\n\ncut"


def test_an_undeclared_legacy_code_page_of_another_script_is_detected() -> None:
    page = ("<html><head><title>Новости</title><script>var tracking = 'abcdefghijklmnopqrstuvwxyz';</script></head>"
            "<body><p>Москва объявила о новых правилах движения транспорта в центре города.</p></body></html>")
    assert "Москва объявила о новых правилах" in decode_html(page.encode("cp1251"))


@pytest.mark.parametrize(("page", "reason"), [
    ('<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"></frameset></html>',
     "a frameset page"),
    ('<html><head><title>Redirecting</title><meta http-equiv="refresh" content="0; url=https://example.com/story">'
     "</head><body><p>Redirecting…</p></body></html>", "a redirect to https://example.com/story"),
    ("<html><head><meta content=\"0;URL='/story'\" http-equiv=\"Refresh\"></head><body></body></html>",
     "a redirect to /story"),
])
def test_a_frameset_or_a_redirect_is_no_article(page: str, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        read_html(page.encode("utf-8"), "page.html")


def test_a_short_page_that_reloads_itself_is_an_article() -> None:
    page = ('<html><head><title>Short story</title><meta http-equiv="refresh" content="300"></head>'
            "<body><article><p>A short story of the day, told briefly for all.</p></article></body></html>")
    assert read_html(page.encode("utf-8"), "page.html").articles[0].title == "Short story"
    noscript = page.replace('<meta http-equiv="refresh" content="300">',
                            '<noscript><meta http-equiv="refresh" content="0; url=/no-scripts.html"></noscript>')
    assert read_html(noscript.encode("utf-8"), "page.html").articles[0].title == "Short story"


def test_jsonld_article_body_used_when_page_text_is_thin() -> None:
    story = "Paragraph one of the real story, told in full. " * 6
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
        f'"{story}\\n{story}"}}</script></head><body><p>Teaser only, subscribe to read more of it.</p></body></html>'
    )
    assert extract(page).body == f"{story.strip()}\n\n{story.strip()}"


def test_jsonld_article_body_is_weighed_by_its_text_not_its_whitespace() -> None:
    # A publisher strips the tags but keeps their indentation: longer than the page's text only in its whitespace.
    story = "The council voted on Tuesday to reopen the harbour bridge, officials said. " * 3
    padded = ("\\n" + " " * 40).join(f"{story}{story}Related: ferry fares rise again.".split(". "))
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
            f'"{padded}"}}</script></head><body><article><p>{story}</p><p>{story}</p></article></body></html>')
    assert "Related" not in extract(page).body


def test_jsonld_article_body_with_escaped_markup_is_reduced_to_text() -> None:
    text = "The minister said the plan would go ahead, whatever the cost. " * 5
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
        f'"&lt;p&gt;{text}&lt;/p&gt;"}}</script></head><body><p>Short.</p></body></html>'
    )
    body = extract(page).body
    assert "&lt;" not in body and "<p>" not in body and "whatever the cost" in body


def test_jsonld_article_body_in_markup_keeps_paragraphs_and_drops_labels() -> None:
    text = "The minister said the plan would go ahead, whatever the cost. " * 3
    markup = f"&lt;p&gt;{text}&lt;/p&gt;&lt;div&gt;Subscribe to Coast News on YouTube&lt;/div&gt;&lt;p&gt;{text}&lt;/p&gt;"
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "articleBody": '
        f'"{markup}"}}</script></head><body><p>Short.</p></body></html>'
    )
    assert extract(page).body == f"{text.strip()}\n\n{text.strip()}"


def test_read_html_returns_one_article_with_lede_title_fallback() -> None:
    page = b"<html><body><div><p>Storms hit the coast overnight. Power was cut to thousands of homes.</p></div></body></html>"
    [article] = parse_bytes(page, "news/storm.html", ".html").articles
    assert (article.id, article.path) == ("news/storm.html", "news/storm.html")
    assert article.title == "Storms hit the coast overnight" and article.title_source == "lede"


def test_page_without_article_text_is_unreadable() -> None:
    with pytest.raises(UnreadableFile, match="no article text found in HTML"):
        parse_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html", ".html")


def test_binary_file_is_unreadable() -> None:
    with pytest.raises(UnreadableFile, match="binary"):
        parse_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.html", ".html")


def test_a_byline_box_named_in_another_language_is_not_article_text() -> None:
    from newssearch.documents.html import extract

    html = ('<html><body><article><h1>Sequía</h1><p class="autor">Por María José Sánchez</p>'
            + "<p>El Gobierno declaró el estado de emergencia por sequía en Barcelona y otros municipios.</p>" * 3
            + "</article></body></html>")
    assert not extract(html).body.startswith("Por María")


def test_a_byline_component_is_not_article_text() -> None:
    from newssearch.documents.html import extract

    html = ('<html><body><article><h1>Fined</h1><div data-component="byline-block"><div>By Huw Thomas</div>'
            '<div>BBC Wales business correspondent</div></div>'
            + '<div data-component="text-block"><p>A Welsh water company has been fined over sewage spills.</p></div>' * 3
            + "</article></body></html>")
    body = extract(html).body
    assert "correspondent" not in body and body.startswith("A Welsh water company")


GALLERY = ("<html><head><title>In pictures: Lanterns</title>{head}</head><body><h1>In pictures: Lanterns</h1>"
           "{body}</body></html>")


PUBLISHED = '<meta property="article:published_time" content="2024-02-24T06:00:00Z">'
TWO_CAPTIONS = ("<figure><img src='1.jpg'><figcaption>Crowds gather for the festival. Photo / Dean Purcell</figcaption>"
                "</figure><figure><img src='2.jpg'><figcaption>A dragon lantern.</figcaption></figure>")


@pytest.mark.parametrize(("head", "body", "text"), [
    (PUBLISHED, TWO_CAPTIONS, "Crowds gather for the festival. Photo / Dean Purcell\n\nA dragon lantern."),  # a gallery
    (PUBLISHED + '<meta property="og:description" content="The river burst its banks.">',
     "<video src='v.mp4'></video>", "The river burst its banks."),                    # a video story: its description
    ('<script type="application/ld+json">{"@type": "VideoObject", "uploadDate": "2024-02-24", "description": "Flood '
     'waters rose."}</script>', "<video src='v.mp4'></video>", "Flood waters rose."),
    # A description written in HTML (homify.de's HowTo): its text, not its tags.
    ('<script type="application/ld+json">{"@type": "HowTo", "datePublished": "2024-02-24", "description": "<p>Sew '
     'a round <a href=\'/diy\'>tablecloth</a>.</p><p>Measure first.</p>"}</script>', "", "Sew a round tablecloth.\n\nMeasure first."),
    ("", TWO_CAPTIONS, ""),                  # no article published on a day: a section page of captioned teasers
    ('<meta property="og:type" content="article"><meta property="og:description" content="Log in to read.">', "", ""),
])
def test_a_page_whose_story_is_pictures_or_a_video_has_their_text(head: str, body: str, text: str) -> None:
    assert extract(GALLERY.format(head=head, body=body)).body == text


def test_a_page_with_no_text_and_no_article_description_is_no_article() -> None:
    page = GALLERY.format(head='<meta name="description" content="Sorry, that page does not exist.">', body="")
    with pytest.raises(UnreadableFile, match="no article text"):
        read_html(page.encode(), "404.html")


RESULTS = ("<table><thead><tr><th>Party</th><th>Share</th><th>Seats</th></tr></thead><tbody>"
           "<tr><td>Labour</td><td>26.9%</td><td>34</td></tr><tr><td>Email</td><td>Print</td><td>3 March 2024</td></tr>"
           "</tbody></table>")


@pytest.mark.parametrize("row", ["Party | Share | Seats", "Labour | 26.9% | 34", "Email | Print | 3 March 2024"])
def test_a_table_row_is_one_line_and_its_cells_are_data_not_labels(row: str) -> None:
    # "Share", "Email", "Print" and a date alone are labels of the page; in a table's cells they are its data.
    assert row in extract(f"<html><body><article>{STORY}{RESULTS}</article></body></html>").body.split("\n\n")


def test_a_row_naming_its_subject_by_a_link_stays_and_a_row_of_links_goes() -> None:
    table = ("<table><tr><td><a href='/labour'>Labour Party of New Zealand</a></td><td>50.0%</td><td>65</td></tr>"
             "<tr><td><a href='/h'>Home</a></td><td><a href='/n'>News</a></td><td><a href='/s'>Sport</a></td></tr></table>")
    lines = extract(f"<html><body><article>{STORY}{table}</article></body></html>").body.split("\n\n")
    assert "Labour Party of New Zealand | 50.0% | 65" in lines and not any("Sport" in line for line in lines)


def test_a_row_under_column_headings_is_data_though_its_only_text_is_a_link() -> None:
    # Docker's install page: a platform's name links to its page, the other cells hold check-mark pictures.
    table = ("<table><thead><tr><th>Platform</th><th>x86_64</th><th>arm64</th></tr></thead><tbody><tr><td>"
             "<a href='/win'>Docker Desktop for Windows</a></td><td><a href='/win'><img alt='yes'></a></td><td></td></tr>"
             "</tbody></table>")
    lines = extract(f"<html><body><article>{STORY}{table}</article></body></html>").body.split("\n\n")
    assert "Docker Desktop for Windows" in lines


def test_a_tables_footer_repeating_its_column_headings_is_not_read_twice() -> None:
    # SB Nation's interactive tables repeat the <thead> row in a <tfoot>: "Pos | Player | Plays" once, not twice.
    table = ("<table><thead><tr><th>Pos</th><th>Player</th><th>Plays</th></tr></thead><tfoot><tr><th>Pos</th>"
             "<th>Player</th><th>Plays</th></tr></tfoot><tbody><tr><td>DL</td><td>Larry Ogunjobi</td><td>63</td></tr>"
             "</tbody></table>")
    lines = extract(f"<html><body><article>{STORY}{table}</article></body></html>").body.split("\n\n")
    assert lines.count("Pos | Player | Plays") == 1 and "DL | Larry Ogunjobi | 63" in lines
    # A footer of its own (a total) is data.
    total = table.replace("<tfoot><tr><th>Pos</th>", "<tfoot><tr><th>Total</th>")
    assert "Total | Player | Plays" in extract(f"<html><body><article>{STORY}{total}</article></body></html>").body


def test_a_table_set_as_a_figure_is_kept_without_its_caption() -> None:
    figure = ("<figure class='comparison-table'><img src='t.png'><table><thead><tr><th>Account</th><th>Fees</th></tr>"
              "</thead><tbody><tr><td>SWIFT (GBP)</td><td>Free deposit, 1 GBP withdrawal</td></tr></tbody></table>"
              "<figcaption>Fees as of May 2021. Photo: The Balance</figcaption></figure>")
    body = extract(f"<html><body><article>{STORY}{figure}{STORY}</article></body></html>").body
    assert "SWIFT (GBP) | Free deposit, 1 GBP withdrawal" in body and "The Balance" not in body
    # In a page laid out as a table, and in a figure inside another, too.
    body = extract(f"<html><body><table><tr><td><article>{STORY}<figure>{figure}</figure></article></td></tr></table>"
                   "</body></html>").body
    assert "SWIFT (GBP) | Free deposit, 1 GBP withdrawal" in body and "The Balance" not in body


def test_a_reviews_verdict_box_after_the_text_ends_the_story() -> None:
    verdict = ("<div class='verdict-boxout'><h3>The Verdict</h3><div class='score'><span>87</span></div>"
               "<div><p class='game-verdict'>A superbly crafted game that serves as storyteller, teacher, and concerned "
               "friend.</p></div></div>")
    page = (f"<html><body><div class='wrap'><div class='article-body'>{STORY}</div>{verdict}"
            "<div class='jump-to-comments'><a href='#c'>See comments</a></div></div></body></html>")
    body = extract(page).body
    assert body.endswith("storyteller, teacher, and concerned friend.") and "See comments" not in body


def test_a_page_written_inside_noscript_is_read_and_a_small_noscript_is_not() -> None:
    # parks.it's pages hold the whole page in <noscript> for browsers without scripts.
    page = (f"<html><body><noscript><div id='container'><article>{STORY}</article></div></noscript>"
            "<div id='app'></div></body></html>")
    assert "Paragraph 3" in extract(page).body
    page = (f"<html><body><article>{STORY}<noscript><p>Please enable JavaScript to view the comments powered by "
            "Disqus.</p></noscript></article></body></html>")
    assert "Disqus" not in extract(page).body


def test_a_figure_holding_a_paragraph_keeps_it_and_a_pictures_figure_goes() -> None:
    # dhb.de sets the page's head as a figure: the picture, its credit, the headline and the lead over it.
    head = ("<figure class='teaser'><img src='a.jpg'><figcaption>Foto: Sascha Klahn</figcaption><h1>Bridge reopens</h1>"
            "<p>The next stage of the works starts in March with the second span over the river</p></figure>")
    picture = "<figure><img src='b.jpg'><p>Photo: Jo Bloggs</p></figure>"
    body = extract(f"<html><body><section class='news'>{head}{STORY}{picture}</section></body></html>").body
    assert body.startswith("The next stage of the works") and "Klahn" not in body and "Bloggs" not in body


def test_a_layout_tables_cells_are_still_cleaned() -> None:
    # A cell holding the page's blocks is layout, not data: its labels go as anywhere else.
    page = f"<html><body><table><tr><td><p>Share</p>{STORY}</td><td><p>Advertisement</p></td></tr></table></body></html>"
    body = extract(page).body
    assert "Paragraph 3" in body and "Share" not in body and "Advertisement" not in body


def test_furigana_is_left_out_of_the_headline_and_the_text() -> None:
    page = ("<html><body><article><h1><ruby>虐待<rt>ぎゃくたい</rt></ruby>の事件</h1><p>子どもが<ruby>亡<rp>(</rp><rt>な"
            "</rt><rp>)</rp></ruby>くなる事件が続いています。" + "親は子どもを叩いてはいけません。" * 8 + "</p></article></body></html>")
    assert heading_text(parse_tree(page).find(".//h1")) == "虐待の事件"
    assert extract(page).body.startswith("子どもが亡くなる事件が続いています。")


def test_a_number_grouped_with_a_no_break_space_stays_one_number() -> None:
    page = ("<html><body><article><h1>Crowd</h1><p>Some 40&nbsp;000 people marched, and 25&#8239;000 more were "
            "expected in the city on Saturday afternoon,  police said.</p>"
            "<table><tr><td>Paris</td><td>12&nbsp;500</td></tr><tr><td>2020&nbsp;  500</td></tr></table>"
            "</article></body></html>")
    body = read_html(page.encode("utf-8"), "page.html").articles[0].body
    assert "40\u00a0000 people" in body and "25\u202f000 more" in body and "12\u00a0500" in body
    assert "Saturday afternoon, police" in body and "2020 500" in body  # any other run of spaces is one space
