"""A read-later service's export: Pocket's and Instapaper's HTML lists of links, Instapaper's CSV, Wallabag's and
Omnivore's JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from newssearch.documents import Article, parse_bytes

FLOOD = "https://www.example.com/news/flood"
POCKET = f"""<!DOCTYPE html>
<html>
	<!--So long and thanks for all the fish-->
	<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Pocket Export</title></head>
	<body>
		<h1>Unread</h1>
		<ul><li><a href="{FLOOD}" time_added="1709632320" tags="">Flood waters rise</a></li></ul>
		<h1>Read Archive</h1>
		<ul><li><a href="https://www.odt.co.nz/news/gold" time_added="1709810000" tags="markets">Gold steadies</a></li>
		<li><a href="javascript:void(0)">Not a link</a></li></ul>
	</body>
</html>""".encode()
INSTAPAPER_HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Instapaper: Export</title></head>
<body><h1>Unread</h1><ol><li><a href="{FLOOD}">Flood waters rise</a></li></ol><h1>Archive</h1><ol></ol></body></html>
""".encode()
INSTAPAPER_CSV = f"""URL,Title,Selection,Folder,Timestamp
{FLOOD},Flood waters rise,"Residents were evacuated overnight.",Unread,1709632320
https://www.example.com/news/oil,Oil climbs,,Archive,1709800000
""".encode()
WALLABAG = [{"is_archived": 0, "id": 41, "title": "Flood waters rise", "url": FLOOD, "given_url": FLOOD + "?utm=x",
             "content": "<p>Residents were evacuated overnight.</p><p>Pumps failed.</p>",
             "created_at": "2024-03-06T09:00:00+00:00", "updated_at": "2024-03-06T09:00:00+00:00",
             "published_at": "2024-03-05T10:12:00+00:00", "published_by": ["Jane Doe"], "annotations": [],
             "mimetype": "text/html", "language": "en_GB", "reading_time": 1, "domain_name": "www.example.com"}]
OMNIVORE = [{"id": "7b1c", "slug": "flood-waters-rise-18c0", "title": "Flood waters rise",
             "description": "Residents were evacuated overnight.", "author": "Jane Doe", "url": FLOOD,
             "state": "Archived", "labels": ["weather"], "savedAt": "2024-03-06T09:00:00.000Z",
             "updatedAt": "2024-03-06T09:10:00.000Z", "publishedAt": "2024-03-05T10:12:00.000Z"}]


def fields(article: Article) -> tuple[object, ...]:
    return (article.id, article.title, article.body, article.date, article.authors, article.source, article.url,
            article.lang)


def test_a_pocket_export_is_its_links_headlines_without_the_time_they_were_saved() -> None:
    result = parse_bytes(POCKET, "ril_export.html", ".html")
    assert [fields(article) for article in result.articles] == [
        (f"ril_export.html#{FLOOD}", "Flood waters rise", "Flood waters rise", None, (), "example.com", FLOOD, None),
        ("ril_export.html#https://www.odt.co.nz/news/gold", "Gold steadies", "Gold steadies", None, (), "Otago Daily Times",
         "https://www.odt.co.nz/news/gold", None),
    ]
    assert [skip.reason for skip in result.skipped] == ["link 3: no web address (javascript:void(0))"]


def test_an_instapaper_html_export_is_its_links_headlines() -> None:
    (article,) = parse_bytes(INSTAPAPER_HTML, "instapaper-export.html", ".html").articles
    assert fields(article) == (f"instapaper-export.html#{FLOOD}", "Flood waters rise", "Flood waters rise", None, (),
                               "example.com", FLOOD, None)
    assert article.title_source == "instapaper:title"


def _pocket(*words: str) -> bytes:
    """A Pocket HTML export of one link a word, https://news.example/<word>."""
    items = "".join(f'<li><a href="https://news.example/{word}">{word}</a></li>' for word in words)
    return f"<html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul>{items}</ul></body></html>".encode()


def ids(data: bytes) -> list[str]:
    return [article.id for article in parse_bytes(data, "ril_export.html", ".html").articles]


def test_a_saved_link_keeps_its_id_when_the_list_is_exported_again_with_a_link_on_top() -> None:
    # Keyed by place, each old link had moved down one: ril_export.html#3 named another link.
    before = ids(_pocket("apple", "bridge", "choir"))
    assert before == [f"ril_export.html#https://news.example/{word}" for word in ("apple", "bridge", "choir")]
    assert ids(_pocket("dunes", "apple", "bridge", "choir"))[1:] == before


def test_a_list_saving_one_address_twice_keys_its_links_by_their_places() -> None:
    assert ids(_pocket("apple", "bridge", "apple")) == ["ril_export.html#1", "ril_export.html#2", "ril_export.html#3"]


def test_instapaper_csv_its_selection_the_text() -> None:
    first, second = parse_bytes(INSTAPAPER_CSV, "instapaper-export.csv", ".csv").articles
    assert (first.title, first.body) == ("Flood waters rise", "Residents were evacuated overnight.")
    assert (second.title, second.body) == ("Oil climbs", "Oil climbs")
    assert (first.date, second.date) == (None, None)  # its Timestamp is when the link was saved, not published


def test_wallabag_json_its_authors_published_by() -> None:
    (article,) = parse_bytes(json.dumps(WALLABAG).encode(), "wallabag.json", ".json").articles
    assert fields(article) == ("wallabag.json#41", "Flood waters rise", "Residents were evacuated overnight.\n\n"
                               "Pumps failed.", date(2024, 3, 5), ("Jane Doe",), "example.com", FLOOD, "en")


def test_omnivore_json_read_already() -> None:
    (article,) = parse_bytes(json.dumps(OMNIVORE).encode(), "metadata_0_to_20.json", ".json").articles
    assert fields(article) == ("metadata_0_to_20.json#7b1c", "Flood waters rise", "Residents were evacuated "
                               "overnight.", date(2024, 3, 5), ("Jane Doe",), "example.com", FLOOD, None)


# Pocket's CSV export (2024 on): a link saved without a title has an empty title cell.
POCKET_CSV = f"""title,url,time_added,cursor,tags,status
Flood waters rise,{FLOOD},1709632320,,weather,unread
,https://de.wikipedia.org/wiki/M%C3%BCnchen,1709800000,,,archive
""".encode()


def test_a_pocket_csv_row_without_a_title_is_its_address_not_lost() -> None:
    result = parse_bytes(POCKET_CSV, "part_000000.csv", ".csv")
    assert [(article.id, article.title, article.body, article.title_source) for article in result.articles] == [
        (f"part_000000.csv#{FLOOD}", "Flood waters rise", "Flood waters rise", "csv:title"),
        ("part_000000.csv#https://de.wikipedia.org/wiki/M%C3%BCnchen", "https://de.wikipedia.org/wiki/München",
         "https://de.wikipedia.org/wiki/München", "csv:url"),
    ]
    assert result.skipped == []


def _pocket_csv(*words: str) -> bytes:
    """A Pocket CSV export of one row a word, https://news.example/<word>."""
    return ("title,url,time_added,cursor,tags,status\n"
            + "".join(f"{word},https://news.example/{word},1709632320,,,unread\n" for word in words)).encode()


def _instapaper_csv(*words: str) -> bytes:
    """An Instapaper CSV export of one row a word, https://news.example/<word>."""
    return ("URL,Title,Selection,Folder,Timestamp\n"
            + "".join(f"https://news.example/{word},{word},,Unread,1709632320\n" for word in words)).encode()


@pytest.mark.parametrize("export", [_pocket_csv, _instapaper_csv])
def test_a_csv_row_keeps_its_id_when_the_list_is_exported_again_with_a_link_on_top(export: Callable[..., bytes]) -> None:
    # Keyed by its number, each old row had moved down one: part_000000.csv#3 named another link.
    def csv_ids(data: bytes) -> list[str]:
        return [article.id for article in parse_bytes(data, "part_000000.csv", ".csv").articles]
    before = csv_ids(export("apple", "bridge", "choir"))
    assert before == [f"part_000000.csv#https://news.example/{word}" for word in ("apple", "bridge", "choir")]
    assert csv_ids(export("dunes", "apple", "bridge", "choir"))[1:] == before
    assert csv_ids(export("apple", "bridge", "apple")) == [f"part_000000.csv#{n}" for n in (1, 2, 3)]  # one twice


def test_a_link_without_text_in_a_pocket_html_export_is_its_address() -> None:
    page = POCKET.replace(b">Gold steadies<", b"><")
    titles = [article.title for article in parse_bytes(page, "ril_export.html", ".html").articles]
    assert titles == ["Flood waters rise", "https://www.odt.co.nz/news/gold"]


def test_a_record_with_neither_text_nor_address_is_still_skipped() -> None:
    result = parse_bytes(b'[{"title": "Oil", "body": "Oil rose."}, {"title": "", "url": "mailto:a@b.example"}]',
                         "a.json", ".json")
    assert [skip.reason for skip in result.skipped] == ["record 2: no body text"]


def omnivore_zip(pages: dict[str, str], highlights: dict[str, str] | None = None) -> bytes:
    """Omnivore's export: its records twenty to a metadata file, each saved page as content/<slug>.html, the
    reader's highlights of one as highlights/<slug>.md."""
    import io
    import zipfile

    records = [*OMNIVORE, {"id": "9d2e", "slug": "gold-steadies-18c1", "title": "Gold steadies", "description": "",
                           "url": "https://www.odt.co.nz/news/gold", "savedAt": "2024-03-07T09:00:00.000Z"}]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("metadata_0_to_20.json", json.dumps(records))
        for slug, text in pages.items():
            archive.writestr(f"content/{slug}.html", f'<DIV class="page" id="readability-page-1"><div>{text}</div>'
                                                     "</DIV>")
        for slug, text in (highlights or {}).items():
            archive.writestr(f"highlights/{slug}.md", text)
    return buffer.getvalue()


def test_an_omnivore_record_and_its_saved_page_are_one_article() -> None:
    """They had been two: the record with its teaser for text, and the page without date or address, titled by its
    first sentence."""
    page = "<p>Residents were evacuated overnight as the river rose.</p><p>Pumps failed at dawn.</p>"
    result = parse_bytes(omnivore_zip({"flood-waters-rise-18c0": page}), "omnivore.zip", ".zip")
    assert [fields(article) for article in result.articles] == [
        ("omnivore.zip#metadata_0_to_20.json#7b1c", "Flood waters rise", "Residents were evacuated overnight as the "
         "river rose.\n\nPumps failed at dawn.", date(2024, 3, 5), ("Jane Doe",), "example.com", FLOOD, None),
        ("omnivore.zip#metadata_0_to_20.json#9d2e", "Gold steadies", "Gold steadies", None, (), "Otago Daily Times",
         "https://www.odt.co.nz/news/gold", None),  # no page saved: its record alone, as before
    ]


def test_a_page_no_record_names_stays_an_article_of_its_own() -> None:
    page = "<p>A ferry sailed from Picton on Tuesday with 400 passengers aboard.</p>"
    ids = [article.id for article in parse_bytes(omnivore_zip({"ferry-sails-19a0": page}), "omnivore.zip",
                                                 ".zip").articles]
    assert ids == ["omnivore.zip#metadata_0_to_20.json#7b1c", "omnivore.zip#metadata_0_to_20.json#9d2e",
                   "omnivore.zip#content/ferry-sails-19a0.html"]


def test_an_omnivore_records_highlights_are_part_of_its_article_not_one_of_their_own() -> None:
    """highlights/<slug>.md holds the reader's quotes from the page and notes on them: found with the article they
    were made in (they had been an article of their own, titled by the first quote)."""
    page = "<p>Residents were evacuated overnight as the river rose.</p><p>Pumps failed at dawn.</p>"
    data = omnivore_zip({"flood-waters-rise-18c0": page},
                        {"flood-waters-rise-18c0": "> Pumps failed at dawn.\n\nAsk about the pump budget.",
                         "ferry-sails-19a0": "> A ferry sailed from Picton."})
    articles = parse_bytes(data, "omnivore.zip", ".zip").articles
    assert [article.id for article in articles] == [
        "omnivore.zip#metadata_0_to_20.json#7b1c", "omnivore.zip#metadata_0_to_20.json#9d2e",
        "omnivore.zip#highlights/ferry-sails-19a0.md"]  # no record names it: as before
    assert articles[0].body == ("Residents were evacuated overnight as the river rose.\n\nPumps failed at dawn.\n\n"
                                "Pumps failed at dawn.\n\nAsk about the pump budget.")


def test_instapaper_csv_with_its_tags_column_keeps_its_save_time_no_date() -> None:
    # Instapaper's export now ends in a Tags column (a JSON list); its Timestamp had been read as the date.
    data = INSTAPAPER_CSV.replace(b"Timestamp\n", b"Timestamp,Tags\n").replace(b"1709632320\n", b'1709632320,"[""flood""]"\n')
    data = data.replace(b"1709800000\n", b"1709800000,[]\n")
    result = parse_bytes(data, "instapaper-export.csv", ".csv")
    assert [(article.id, article.date, article.body) for article in result.articles] == [
        (f"instapaper-export.csv#{FLOOD}", None, "Residents were evacuated overnight."),
        ("instapaper-export.csv#https://www.example.com/news/oil", None, "Oil climbs"),
    ]
