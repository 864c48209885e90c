"""A line that is only a byline and a date ("Written by Jo Lee on March 3, 2024") is the page's, not the story's."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

STORY = "".join(
    f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
    for n in range(1, 5)
)


def article(inner: str) -> str:
    return f"<html><body><div class='page'><div class='article-body'>{inner}</div></div></body></html>"


# Shapes seen on real pages, in the languages whose date words the date parser reads.
@pytest.mark.parametrize("line", [
    "Written by Jo Lee on March 4, 2024",
    "Verfasst von: jolee | 4. März 2024",            # a blog's handle, in lower case, after its label's colon
    "Von Jo Lee / 4. März 2024 / Keine Kommentare",
    "4. März 2024 // Jo Lee",
    "04.03.2024, 16:20 von jolee",
    "Ein Artikel von Jo Lee, veröffentlicht am 04.03.2024",
    "Jo Lee | lundi 4 mars 2024 à 09h08",             # a French weekday, in lower case
    "Publié par Jean Dupont le 4 mars 2024 à 10h30",
    "Escrito por Juan Pérez | 4 de marzo de 2024",
    "Pubblicato da Mario Rossi il 4 marzo 2024",
    "segunda-feira, 4 de março de 2024 às 20:13",     # Portuguese
])
def test_a_byline_and_date_line_above_the_story_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)


@pytest.mark.parametrize("sentence", [
    "Written by Jo Lee on March 4, 2024, the report was ignored.",
    "Konzert von Jo Lee am 4. März 2024 in der Halle",
    "Par ailleurs, le 4 mars 2024",
])
def test_a_sentence_with_a_name_and_a_date_is_kept(sentence: str) -> None:
    assert sentence in extract(article(STORY + f"<p>{sentence}</p>")).body


def test_an_event_by_someone_on_a_day_above_the_story_is_kept() -> None:
    # "von" after a word that names no writing is an event's, not a byline's.
    assert extract(article("<p>Konzert von Jo Lee am 4. März 2024</p>" + STORY)).body.startswith("Konzert von Jo Lee")


def test_a_date_line_giving_one_day_twice_is_dropped() -> None:
    # Published and updated the same day, each date beside its label's icon (dietagespresse.com).
    found = extract(article("<p>4. März 2024 4. März 2024</p>" + STORY))
    assert found.body.startswith("Paragraph 1") and found.date == date(2024, 3, 4)


@pytest.mark.parametrize("line", [
    "Hofheim am Taunus | Wiesbaden, 4. März 2024",   # springer.com's press release
    "Frankfurt am Main, 4. März 2024",
    "Newcastle upon Tyne, 4 March 2024",
])
def test_a_press_releases_place_and_date_under_its_standfirst_dates_it(line: str) -> None:
    # A place named with its river or region ("am Main") names no event's day; under the standfirst, still its date.
    standfirst = "<p>Acht Produkte mit einem Preis für nachhaltige Finanzprodukte ausgezeichnet, in drei Kategorien " \
                 "von einer Jury aus Fachleuten ausgewählt und in Frankfurt übergeben</p>"
    found = extract(article(standfirst + f"<p>{line}</p>" + STORY))
    assert found.date == date(2024, 3, 4)
    assert line not in found.body


@pytest.mark.parametrize("line", ["Konzert am Samstag, 4. März 2024", "Lesung am 4. März 2024"])
def test_an_events_day_under_a_standfirst_does_not_date_the_page(line: str) -> None:
    assert extract(article("<p>" + "A standfirst of the story, long enough to pass its opening. " * 3
                           + f"</p><p>{line}</p>" + STORY)).date is None


def test_a_signature_and_date_ending_the_story_dates_a_page_with_no_other_date() -> None:
    # prof-pc.de's post ends "<p>Benni<br> 10. September 2017</p>"; a date line amid the story is no signature.
    assert extract(article(STORY + "<p>Benni<br> 10. September 2017</p>")).date == date(2017, 9, 10)
    assert extract(article("<p>" + "A standfirst of the story, long enough to pass its opening. " * 3
                           + "</p>" + STORY + "<p>Benni<br> 10. September 2017</p>" + STORY)).date is None


@pytest.mark.parametrize("line", [
    "Montag, 4. März 2024Montag, 4. März 2024",  # the same date line twice, glued (auto-motor.at's two headers)
    "4. März 2024 · Filed under ziemlich privat",  # a blog's category after its date (seelenradio.de)
])
def test_a_date_line_glued_twice_or_with_its_category_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)


def test_a_pages_stamp_of_its_file_and_last_change_is_dropped() -> None:
    # Apache's server-side-include stamp: the file's name, "Created" and "Last Modified:" (netbits.us).
    stamp = "stunnel_rsync.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm"
    assert "Modified" not in extract(article(STORY + f"<p>{stamp}</p>")).body


def test_a_sentence_filed_under_a_date_is_kept() -> None:
    sentence = "Filed under protest on 4 March 2024, the appeal was heard twice."
    assert sentence in extract(article(STORY + f"<p>{sentence}</p>")).body


# A time after the date, after its language's word for "at": that word is the time's, not an event's "on"
# ("Published on March 4, 2024 at 10:30" had dated nothing; "4 maart 2024 om 10:30" had stayed as text).
@pytest.mark.parametrize("line", [
    "Published on March 4, 2024 at 10:30",
    "Jo Lee - Mar 4, 2024 at 10:31 pm",
    "am 4. März 2024 um 10:30",
    "Veröffentlicht am 4. März 2024 um 10:30 Uhr",
    "Publié le 4 mars 2024 à 10:30",
    "4 de marzo de 2024 a las 10:30",
    "4 de março de 2024 às 10:30",
    "Pubblicato il 4 marzo 2024 alle ore 10:30",
    "4 maart 2024 om 10:30",
])
def test_a_date_line_with_a_time_after_its_word_for_at_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)


# The words for "at" of more languages (see test_text_reader): Polish's "o" and "godz.", Czech's "v", Romanian's "la",
# Turkish's "saat", the Scandinavians' "kl." and Finnish's "klo", a dotted time after them too ("kl. 10.30").
@pytest.mark.parametrize("line", [
    "4 marca 2024 o 10:30",
    "4 marca 2024, godz. 10:30",
    "04.03.2024 v 10:30",
    "04.03.2024 la 10:30",
    "4 Mart 2024 saat 10:30",
    "4 mars 2024 kl. 10.30",
    "4. marts 2024 kl. 10:30",
    "4.3.2024 klo 10.30",
])
def test_a_date_line_with_a_time_after_more_languages_at_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)


# Date lines of Central and Eastern Europe's languages (see test_dates): Czech, Slovak, Romanian, Croatian and Serbian
# (their year closed by a full stop, their "u" before a time), Bulgarian, Hungarian (its year first, a time's case
# ending "-kor"). Each had stayed as the story's first paragraph, or given no date.
@pytest.mark.parametrize("line", [
    "4. března 2024 v 10:30",
    "4. júna 2024",
    "4 martie 2024, ora 10:30",
    "4. ožujka 2024.",
    "4. marta 2024. u 10:30",
    "4 март 2024 г.",
    "2024. március 4. 10:30",
    "2024. március 4. 10:30-kor",
    "2024.03.04. 10:30",
])
def test_a_date_line_of_more_european_languages_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 6 if "júna" in line else 3, 4)


@pytest.mark.parametrize("line", ["Lesung am 4. März 2024 um 19:30", "Concert on March 4, 2024 at 8:00 pm"])
def test_an_events_day_and_time_under_a_standfirst_does_not_date_the_page(line: str) -> None:
    assert extract(article("<p>" + "A standfirst of the story, long enough to pass its opening. " * 3
                           + f"</p><p>{line}</p>" + STORY)).date is None


# Date lines in other scripts and languages, as the text reader's date lines read them (textdatelines.line_date): a
# label in Cyrillic ("Опубликовано"), one in lower case, Portuguese's "publicada em", Dutch's "op", Russian's "в" before
# a time and "г." after a year, a weekday or a place in another script. Each had stayed as the story's first paragraph.
@pytest.mark.parametrize("line", [
    "Опубликовано: 04.03.2024 в 10:30",
    "опубликовано 04.03.2024",
    "Опубликовано 4 марта 2024",
    "Publicada em 4 de março de 2024",
    "Publicado em 04.03.2024 às 10h30",
    "Gepubliceerd op 4 maart 2024 om 10:30",
    "erschienen am 04.03.2024",
    "4 марта 2024 г.",
    "понедельник, 4 марта 2024 г.",
    "Δευτέρα 4 Μαρτίου 2024",
    "Москва, 4 марта 2024",
    "יום שני, 4 במרץ 2024",
    "2024年3月4日（月）",
    "تاریخ انتشار: ۱۴۰۲/۱۲/۱۴",
])
def test_a_date_line_in_another_script_or_language_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)


def test_an_update_line_in_cyrillic_is_dropped_and_does_not_date_the_page() -> None:
    found = extract(article("<p>Обновлено: 04.03.2024</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date is None


@pytest.mark.parametrize("line", ["Lezing op 4 maart 2024", "Concerto em 4 de março de 2024"])
def test_an_events_day_in_another_language_under_a_standfirst_does_not_date_the_page(line: str) -> None:
    assert extract(article("<p>" + "A standfirst of the story, long enough to pass its opening. " * 3
                           + f"</p><p>{line}</p>" + STORY)).date is None


# Date lines of Central and Eastern Europe's languages with a weekday before the date (after it in Hungarian), a
# publishing label, a spaced numeric date or Hungarian's "órakor" ("at ... o'clock"): each had stayed as the story's
# first paragraph.
@pytest.mark.parametrize("line", [
    "pondělí 4. března 2024",
    "utorak, 4. ožujka 2024.",
    "ponedeljak, 4. marta 2024. u 10:30",
    "понедељак, 4. марта 2024.",
    "luni, 4 martie 2024",
    "понеделник, 4 март 2024 г.",
    "pondelok 4. marca 2024",
    "2024. március 4., hétfő",
    "Publikováno: 4. března 2024",
    "Objavljeno: 4. ožujka 2024.",
    "Publicat: 4 martie 2024",
    "Publikované: 4. marca 2024",
    "Megjelent: 2024. március 4.",
    "Публикувано: 4 март 2024",
    "4. 3. 2024",
    "4. 3. 2024, 10:30",
    "2024. március 4. 10 órakor",
    "2024. március 4. 10:30 órakor",
])
def test_a_date_line_of_more_european_languages_with_a_weekday_or_label_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)


@pytest.mark.parametrize("line", ["Aktualizováno: 4. března 2024", "Ažurirano: 4. ožujka 2024.",
                                  "Actualizat: 4 martie 2024", "Aktualizované: 4. marca 2024"])
def test_an_update_line_of_more_european_languages_is_dropped_and_does_not_date_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date is None


# Korean, Chinese and Japanese publishing labels before a date line ("기사입력", "입력", "등록": entered, registered;
# "发布时间", "發佈時間": time of publishing; "公開日", "掲載日", "配信日", "投稿日"), the date maybe in brackets, as
# Korean sites print it ("기사입력 :[ 2018-08-25 15:24 ]" on entermedia.co.kr): each had stayed as the story's first
# paragraph, the page undated.
@pytest.mark.parametrize("line", [
    "기사입력 :[ 2024-03-04 10:30 ]",
    "기사입력 : 2024-03-04 10:30",
    "입력 2024.03.04 10:30",
    "입력 : 2024-03-04",
    "등록 2024-03-04 10:30",
    "发布时间：2024-03-04 10:30",
    "發佈時間: 2024-03-04",
    "公開日：2024年3月4日",
    "掲載日 2024年3月4日",
    "【2024年3月4日】",
])
def test_a_cjk_labelled_date_line_is_dropped_and_dates_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)


@pytest.mark.parametrize("line", ["수정 2024.03.04 10:30", "최종수정 : 2024-03-04", "更新日：2024年3月4日",
                                  "更新时间：2024-03-04 10:30"])
def test_a_cjk_update_line_is_dropped_and_does_not_date_the_page(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date is None


# A Chinese, Japanese or Korean date line's time written with its hour's and minute's signs ("10時30分", NHK's and
# many a Japanese paper's; "下午3时", "오후 3시 30분"), as the text reader's date lines read it: it had stayed as the
# story's first paragraph.
@pytest.mark.parametrize("line", [
    "2024年3月4日 10時30分",
    "2024年3月4日10時30分",
    "2024年3月4日 午後3時",
    "公開日：2024年3月4日 10時",
    "2024年3月4日 下午3时30分",
    "2024년 3월 4일 오후 3시 30분",
])
def test_a_cjk_date_lines_time_in_hour_and_minute_signs_is_dropped(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert found.body.startswith("Paragraph 1"), found.body[:80]
    assert found.date == date(2024, 3, 4)
