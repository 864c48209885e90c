"""A uCoz blog or news entry's day, from the platform's date bar: its links to the year's, month's and day's archives
(``<a class="dateBar" href="/blog/2010-10-26">26</a>``), the entry's page showing only its time ("3:59 PM")."""

from __future__ import annotations

from datetime import date

from newssearch.documents.html import extract

STORY = ("<p>Es war gesagt, falls du zornig bist, sollst du einen Brief schreiben. Der Brief für jenen, der dich "
         "gekränkt hat. Heute werde es starten, und ich muss so viele Briefe nun schreiben.</p>")


def entry(bar: str) -> str:
    return (f"<html><head><title>Briefe - Blog</title></head><body><table><tr><td><a href='/blog/'>Hauptseite</a> "
            f"&raquo; {bar} &raquo; Briefe<hr><table class='eBlock'><tr><td><div class='eTitle'><div>3:59 PM</div>"
            f"Briefe</div></td></tr><tr><td class='eMessage'>{STORY}</td></tr></table></td></tr></table></body></html>")


BAR = ("<a class='dateBar' href='/blog/2010-00'>2010</a> &raquo; <a class='dateBar' href='/blog/2010-10'>Oktober</a> "
       "&raquo; <a class='dateBar' href='/blog/2010-10-26'>26</a>")


def test_a_ucoz_entrys_day_is_its_date_bars_last_link() -> None:
    article = extract(entry(BAR))
    assert article.date == date(2010, 10, 26)
    assert "Es war gesagt" in article.body


def test_a_news_modules_date_bar_too() -> None:
    assert extract(entry(BAR.replace("/blog/", "/news/"))).date == date(2010, 10, 26)


def test_a_date_bar_of_a_month_alone_gives_no_day() -> None:
    month = BAR.rsplit(" &raquo; ", 1)[0]
    assert extract(entry(month)).date is None


def test_a_link_of_another_class_to_a_dated_archive_is_no_date_bar() -> None:
    assert extract(entry(BAR.replace("dateBar", "archLink"))).date is None
