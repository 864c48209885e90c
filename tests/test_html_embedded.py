"""A story a page holds only in its scripts' data (Next.js, Arc/Fusion, Redux/Apollo state): each fixture is modelled
on one such shape, written small; the related stories, comments and navigation beside the story must stay out."""

from __future__ import annotations

import json

from newssearch.documents.embedded import story_paragraphs
from newssearch.documents.html import extract

TITLE = "Council approves the harbour bridge repair plan"
ONE = "The council voted on Tuesday to repair the harbour bridge, closed since March, before the winter storms."
TWO = "Engineers said the corroded cables would be replaced one by one, keeping two lanes open during the work."
THREE = "The mayor said the cost, shared with the region, would be known once the tenders came back in May."
RELATED = "Ferry timetable changes for the summer season announced by the port"
SHELL = (f"<html><head><title>{TITLE} | Coast News</title><meta property='og:title' content='{TITLE}'></head>"
         f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><h1>{TITLE}</h1><div id='root'></div>"
         "{script}<footer>Copyright Coast News</footer></body></html>")


def page(script: str) -> str:
    return SHELL.replace("{script}", script)


def arc_page() -> str:
    story = {"_id": "ABC", "type": "story", "headlines": {"basic": TITLE}, "content_elements": [
        {"type": "text", "content": ONE.replace("on Tuesday", "<b>on Tuesday</b>")},
        {"type": "image", "caption": "The bridge at dawn, photographed from the ferry terminal."},
        {"type": "header", "level": 2, "content": "Two lanes stay open"},
        {"type": "text", "content": TWO},
        {"type": "interstitial_link", "content": "Read also: a history of the harbour bridge and its builders"},
        {"type": "raw_html", "content": "<div class='ad'>Advertisement</div>"},
        {"type": "text", "content": THREE},
        {"type": "text", "content": f"<a href='/news/ferry-timetable'>{RELATED}</a>"}]}
    related = {"search-api": {"data": {"content_elements": [
        {"type": "story", "headlines": {"basic": RELATED}, "content_elements": [
            {"type": "text", "content": "The port announced new ferry times for the busy summer months today."}]}]}}}
    return page(f"<script>var Fusion=Fusion||{{}};Fusion.arcSite='coast';Fusion.globalContent={json.dumps(story)};"
                f"Fusion.contentCache={json.dumps(related)};</script>")


def next_page() -> str:
    data = {"props": {"pageProps": {
        "navigation": [{"title": "News", "href": "/news"}, {"title": "Sport", "href": "/sport"}],
        "article": {"title": TITLE, "body": [
            {"type": "paragraph", "text": ONE}, {"type": "ad", "text": "Sponsored: book your summer ferry now"},
            {"type": "paragraph", "text": TWO}, {"type": "paragraph", "text": THREE}]},
        "related": [{"title": RELATED, "body": [{"type": "paragraph", "text": "The port announced new times."}]}]}},
        "page": "/news/[slug]"}
    return page(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>')


def test_arc_story_is_taken_from_its_text_and_header_elements_not_its_links_to_others() -> None:
    assert extract(arc_page()).body.split("\n\n") == [ONE, "Two lanes stay open", TWO, THREE]


def test_next_data_story_leaves_out_ads_navigation_and_related_stories() -> None:
    assert extract(next_page()).body.split("\n\n") == [ONE, TWO, THREE]


def test_state_story_held_as_html_string_keeps_its_paragraphs_not_its_comments() -> None:
    state = {"article": {"headline": TITLE, "bodyHtml": f"<p>{ONE}</p><p>{TWO}</p>\n<p>{THREE}</p>"},
             "comments": [{"author": "Reader", "text": "What a waste of money, as always with this council, honestly."}]}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    assert extract(page(script)).body.split("\n\n") == [ONE, TWO, THREE]


def test_json_parse_form_of_a_preloaded_state_is_read() -> None:
    state = {"story": {"title": TITLE, "paragraphs": [ONE, TWO, THREE]}}
    script = f"<script>window.__PRELOADED_STATE__ = JSON.parse({json.dumps(json.dumps(state))});</script>"
    assert story_paragraphs(page(script), [TITLE]) == [ONE, TWO, THREE]


def test_a_story_whose_title_is_not_the_pages_is_not_taken() -> None:
    data = {"props": {"pageProps": {"article": {"title": RELATED, "body": [ONE, TWO, THREE]}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    assert story_paragraphs(page(script), [TITLE]) == []
    assert ONE not in extract(page(script)).body


def test_the_pages_own_story_wins_when_it_is_as_long_as_the_embedded_one() -> None:
    html = next_page().replace("<div id='root'></div>", f"<article><p>{ONE}</p><p>{TWO} Later.</p><p>{THREE}</p>"
                                                        "</article>")
    assert extract(html).body.split("\n\n") == [ONE, f"{TWO} Later.", THREE]


def test_scripts_that_are_no_json_are_passed_over() -> None:
    nuxt = "<script>window.__NUXT__=(function(a,b){return {data:[{title:a,body:b}]}}('x','y'));</script>"
    broken = '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": </script>'
    assert story_paragraphs(page(nuxt + broken), [TITLE]) == []


def test_a_page_without_such_scripts_is_not_searched() -> None:
    assert story_paragraphs(f"<html><body><p>{ONE}</p></body></html>", [TITLE]) == []


def test_a_page_whose_own_story_is_long_is_not_searched_for_a_longer_one() -> None:
    own = [f"{ONE} Part {n}." for n in range(20)]
    data = {"props": {"pageProps": {"article": {"title": TITLE, "body": [*own, *own, *own]}}}}
    html = page(f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>').replace(
        "<div id='root'></div>", "<article>" + "".join(f"<p>{p}</p>" for p in own) + "</article>")
    assert extract(html).body.split("\n\n") == own


def test_rich_text_nodes_join_their_spans_and_links_into_one_paragraph() -> None:
    def text(value: str) -> dict[str, object]:
        return {"nodeType": "text", "value": value, "marks": []}

    document = {"nodeType": "document", "content": [
        {"nodeType": "paragraph", "content": [text("The council voted on Tuesday to repair the "), {
            "nodeType": "hyperlink", "data": {"uri": "/bridge"}, "content": [text("harbour bridge")]},
            text(", closed since March, before the winter storms.")]},
        {"nodeType": "embedded-entry-block", "data": {"target": {"title": RELATED}}, "content": []},
        {"nodeType": "heading-2", "content": [text("Two lanes stay open")]},
        {"nodeType": "unordered-list", "content": [
            {"nodeType": "list-item", "content": [{"nodeType": "paragraph", "content": [text(TWO)]}]},
            {"nodeType": "list-item", "content": [{"nodeType": "paragraph", "content": [text(THREE)]}]}]}]}
    data = {"props": {"pageProps": {"post": {"title": TITLE, "body": {"json": document}}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    assert story_paragraphs(page(script), [TITLE]) == [ONE, "Two lanes stay open", TWO, THREE]


def test_an_object_named_after_a_small_part_of_the_pages_title_is_not_its_story() -> None:
    data = {"props": {"pageProps": {"site": {"name": "Coast News", "text": f"{ONE}\n{TWO}\n{THREE}"}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    assert story_paragraphs(page(script), ["Coast News: the latest news, sport and weather for the coast"]) == []


def test_a_script_with_a_number_python_cannot_read_is_passed_over() -> None:
    # json raised ValueError on a number past Python's 4,300 digits: the page skipped as "reader failed".
    script = next_page().split("<script", 1)[1].split("</script>")[0].replace('"page": ', f'"n": {"9" * 5000}, "page": ')
    assert extract(page(f"<script{script}</script><p>{ONE}</p><p>{TWO}</p>")).body.split("\n\n") == [ONE, TWO]
