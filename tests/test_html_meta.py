"""Metadata of news pages as (html, expected) pairs: one trap per case, plus lenient JSON-LD."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents import jsonld
from newssearch.documents.html import extract
from newssearch.documents.personnames import clean_authors
from newssearch.documents.publishers import publisher_name

BODY = "<article><p>" + "Officials said the work was finished, on time, and under budget. " * 3 + "</p></article>"


def page(head: str = "", body: str = BODY, lang: str = "") -> str:
    return f"<html{lang}><head>{head}</head><body>{body}</body></html>"


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


TITLES = [
    # Blogger's title is "Blog name: Post title".
    (page("<title>Marsh Notes: Bitterns booming again</title><meta property='og:site_name' content='Marsh Notes'>"),
     ("Bitterns booming again", "title")),
    (page("<title>Kim Jong Un: Der Diktator ist zurück</title><meta property='og:site_name' content='Die Zeit'>"),
     ("Kim Jong Un: Der Diktator ist zurück", "title")),       # a colon after a name that is not the site's
    # The visible headline wins over an SEO title in the meta tags.
    (page('<meta property="og:title" content="Bridge | SEO keywords here">',
          '<article><h1 class="headline">Harbour bridge reopens after repairs</h1>' + BODY + "</article>"),
     ("Harbour bridge reopens after repairs", "h1")),
    # A logo h1 that repeats the site name is not the headline.
    (page('<meta property="og:site_name" content="India Post"><meta property="og:title" '
          'content="Deportees return home from US">', '<h1>India Post</h1>' + BODY),
     ("Deportees return home from US", "og")),
    # ... nor is a blog's name in its header, though WordPress marks every post's <body> single-post.
    ('<html><head><title>Council approves new harbour bridge | Harbour Town Daily News</title>'
     '<meta property="og:title" content="Council approves new harbour bridge">'
     '<meta property="og:site_name" content="Harbour Town Daily News"></head>'
     '<body class="single single-post postid-5129"><div id="header"><h1><a href="/">Harbour Town Daily News</a></h1>'
     '</div><div class="content"><h2>Council approves new harbour bridge</h2>' + BODY + "</div></body></html>",
     ("Council approves new harbour bridge", "og")),
    ('<html><head><title>Kabar</title></head><body class="single-post"><div id="header">'
     '<h1>Kabar tentang Dunia Islam hari ini</h1></div>' + BODY + "</body></html>", ("Kabar", "title")),
    (page(ld('{"@type": "NewsArticle", "headline": "Storm closes schools"}')), ("Storm closes schools", "json-ld")),
    (page("<title>Storm closes schools | Coast Times</title>"), ("Storm closes schools", "title")),
    (page("<title>Coast Times - Storm closes all schools in the region</title>"),
     ("Storm closes all schools in the region", "title")),
]


@pytest.mark.parametrize("html, expected", TITLES)
def test_title(html: str, expected: tuple[str, str]) -> None:
    found = extract(html)
    assert (found.title, found.title_source) == expected


DATES = [
    # A subtype of WebPage (Healthline's MedicalWebPage) is read like a WebPage.
    (page(ld('{"@type": "MedicalWebPage", "datePublished": "2019-11-14T10:00:00Z"}')), (date(2019, 11, 14), "json-ld")),
    (page(ld('{"@type": "CollectionPage", "datePublished": "2019-11-14"}')), (None, None)),  # a listing's date is not an article's
    (page(ld('{"@type": "NewsArticle", "datePublished": "2020-06-19T23:30:00+12:00", '
             '"dateModified": "2020-06-21T10:00:00+12:00"}')), (date(2020, 6, 19), "json-ld")),
    # The update time comes first in the page, but is never the publication date.
    (page('<meta property="article:modified_time" content="2021-01-02">'
          '<meta property="article:published_time" content="2020-03-04T08:00:00-05:00">'), (date(2020, 3, 4), "meta")),
    (page('<meta name="sailthru.date" content="2019-11-18 20:00:00">'), (date(2019, 11, 18), "meta")),
    (page(body='<article><time class="updated" datetime="2020-02-02">Updated</time>'
               '<time datetime="2020-01-15T09:00">15 Jan</time>' + BODY + "</article>"), (date(2020, 1, 15), "time")),
    (page('<link rel="canonical" href="https://news.example.com/2018/10/09/some-story/">'), (date(2018, 10, 9), "url")),
    # The year last in the address: day or month first as the page's language writes them.
    (page('<link rel="canonical" href="https://news.example.de/meldungen/03-01-2022">', lang=' lang="de"'),
     (date(2022, 1, 3), "url")),
    (page('<link rel="canonical" href="https://www.theguardian.com/world/2019/nov/18/story">'),
     (date(2019, 11, 18), "url")),
    # A metadata box's byline and date, with an ordinal day, when no tag gives a date.
    (page(body='<article><p class="article__meta"> By <a>Matthew Digby</a> , on Monday, November 18th, 2019</p>'
               + BODY + "</article>"), (date(2019, 11, 18), "dateline")),
    (page(body='<article><p>WELLINGTON, March 5, 2021 - ' + "Ministers met again today, and agreed. " * 4
               + "</p></article>"), (date(2021, 3, 5), "dateline")),
    # A blog's date line under its headline, before a bar and the post's categories, over a date in the story's text.
    (page("<title>Home | Bridge reopens</title>", '<div class="blog_post"><h2><a href="/b">Bridge reopens</a></h2>'
          "<small>January 13, 2020 at 08:45 AM | categories: <a href='/c/x'>Roads</a></small><p>The bridge was closed "
          "on November 5, 2019. " + "Officials said the work was finished, on time, and under budget. " * 3 + "</p></div>"),
     (date(2020, 1, 13), "dateline")),
    # A date box whose day and year are elements of their own, with no space between them in the page.
    (page(body='<div class="post-date"><span class="md">Feb 18</span><span class="y">2009</span></div>' + BODY),
     (date(2009, 2, 18), "dateline")),
    # Blogger's posts are a widget of their own; a sidebar widget's date is still no date of the article.
    (page(body="<div class='widget Blog' id='Blog1'>" + BODY + "<div class='post-footer'><abbr class='published' "
               "title='2013-10-05T10:00:00+02:00'>10:00</abbr></div></div><div class='widget BlogArchive'>"
               "<span class='date'>1. Mai 2013</span></div>"), (date(2013, 10, 5), "time")),
    (page(body=BODY + "<div class='widget BlogArchive'><span class='date'>1. Mai 2013</span></div>"), (None, None)),
    # Unix time, as some CMSs write JSON-LD's and meta tags' dates: seconds or milliseconds, a number or its digits.
    (page(ld('{"@type": "NewsArticle", "datePublished": 1700000000}')), (date(2023, 11, 14), "json-ld")),
    (page(ld('{"@type": "NewsArticle", "datePublished": "1700000000000"}')), (date(2023, 11, 14), "json-ld")),
    (page('<meta name="pubdate" content="1583712000">'), (date(2020, 3, 9), "meta")),
    # ... but a date box or the body's opening that is only digits is an id or a count, not a moment.
    (page(body="<article><p class='date'>1700000000</p>" + BODY + "</article>"), (None, None)),
    # A placeholder is no date; the next source in the chain answers.
    (page(ld('{"@type": "Article", "datePublished": "0001-01-01T00:00:00"}')
          + '<meta name="pubdate" content="2017-05-06">'), (date(2017, 5, 6), "meta")),
    # Meta tags and JSON-LD on other days: a reposted story's JSON-LD keeps its first date, the meta tag the one shown.
    (page('<meta property="article:published_time" content="2022-12-15T09:13:00">'
          + ld('{"@type": "Article", "datePublished": "2021-12-06 14:36", "dateModified": "2022-12-15T08:13:00Z"}')),
     (date(2022, 12, 15), "meta")),
    # ... but a video's upload date is the video's: an article's JSON-LD date comes first.
    (page('<meta itemprop="uploadDate" content="2019-10-15 14:43:33">'
          + ld('{"@type": "NewsArticle", "datePublished": "2019-10-19 18:56:59"}')), (date(2019, 10, 19), "json-ld")),
    # A meta tag that writes a UTC stamp without its Z (JSON-LD's has it) is read as UTC: the URL's local day wins.
    (page('<meta property="article:published_time" content="2019-11-20T01:50:59.403">'
          + ld('{"@type": "NewsArticle", "datePublished": "2019-11-20T01:50:59.403Z"}')
          + '<link rel="canonical" href="https://www.latimes.com/business/story/2019-11-19/disney-plus">'),
     (date(2019, 11, 19), "url")),
    # A UTC stamp that moved to the next day yields to the publisher's local day in the URL.
    (page(ld('{"@type": "NewsArticle", "datePublished": "2019-11-20T01:50:59Z"}')
          + '<link rel="canonical" href="https://www.latimes.com/story/2019-11-19/disney-plus">'),
     (date(2019, 11, 19), "url")),
    # ... and to the same moment in local time, written in a <time> of the article.
    (page(ld('{"@type": "NewsArticle", "datePublished": "2020-06-18T20:00:00Z"}'),
          '<article><time datetime="2020-06-19T08:00:00+12:00">19 June</time>' + BODY + "</article>"),
     (date(2020, 6, 19), "time")),
    # ... and to the day a date box shows beside that moment's local time (11:37 pm at UTC-4, 24ora.com's box),
    (page('<meta property="article:published_time" content="2022-05-04T03:37:41+00:00">',
          '<div class="date">3 May, 2022, 11:37 pm</div>' + BODY), (date(2022, 5, 3), "dateline")),
    # which also holds the UTC day where the box shows the UTC time (elespectador.com's 2:00 a. m.).
    (page('<meta property="article:published_time" content="2022-05-06T02:00:00.824Z">'
          + ld('{"@type": "NewsArticle", "datePublished": "2022-05-05T21:00:00-05:00"}'),
          '<div class="date">6 May 2022 - 2:00 a. m.</div>' + BODY), (date(2022, 5, 6), "meta")),
    # A box's other time (not a whole number of quarter hours from the stamp) says nothing of its moment.
    (page('<meta property="article:published_time" content="2022-05-04T03:37:41+00:00">',
          '<div class="date">3 May, 2022, 11:12 pm</div>' + BODY), (date(2022, 5, 4), "meta")),
    # A reader's comment the next day is another moment: the UTC stamp's day stands.
    (page('<meta property="article:published_time" content="2015-08-11T23:22:37+00:00">',
          "<article>" + BODY + '</article><section id="comments"><li class="comment">Great news.'
          '<time datetime="2015-08-12T08:13:16+01:00">12 August 2015 at 08:13</time></li></section>'),
     (date(2015, 8, 11), "meta")),
    # Last, one day in the scripts' data: a shop's product (Shopify), a review (trustpilot's JSON state),
    (page('<script>var meta = {"product": {"published_at":"2019-03-02T06:22:28+01:00"}};</script>'),
     (date(2019, 3, 2), "script")),
    (page('<script type="application/json">{"publishedDate":"2016-11-04T20:37:27Z"}</script>'),
     (date(2016, 11, 4), "script")),
    # not several days, as a list of products or stories gives, nor one the page's own sources pass over.
    (page('<script>x = [{"publishedAt":"2019-03-02"}, {"publishedAt":"2019-04-05"}];</script>'), (None, None)),
    (page('<meta name="pubdate" content="2017-05-06"><script>x = {"published_at":"2019-03-02"};</script>'),
     (date(2017, 5, 6), "meta")),
    (page(), (None, None)),
    # Templates' own names for a date box: a heading (Blogger), "event_date", "date2", "datum", "article-metadata".
    (page(body="<h2 class='date-header'><span>Samstag, 5. Oktober 2013</span></h2>" + BODY), (date(2013, 10, 5), "dateline")),
    (page(body='<div class="event_date">5. November 2021, 10:39 Uhr</div>' + BODY), (date(2021, 11, 5), "dateline")),
    (page(body='<span class="date2">04. November 2021 | PAID CONTENT</span>' + BODY), (date(2021, 11, 4), "dateline")),
    (page(body='<em class="datum">02.11.2021</em>' + BODY), (date(2021, 11, 2), "dateline")),
    (page(body='<div class="article-metadata"><span>Lübeck, 31. März 2003</span></div>' + BODY),
     (date(2003, 3, 31), "dateline")),
    (page(body="<div class='uploaded-date'> 23.09.22 </div>" + BODY), (date(2022, 9, 23), "dateline")),  # a two-digit year
    # after the box's label, a day of one digit too (goodnight.at, tuning: its section and day over the headline)
    (page(body="<div class='date'> Kultur, 2.11.22 </div>" + BODY), (date(2022, 11, 2), "dateline")),
    (page(body='<ul class="info"><li><span>Datum:</span>26. Januar 2022</li></ul>' + BODY), (date(2022, 1, 26), "dateline")),
    (page(body='<p>Published: 3 March 2021</p>' + BODY), (date(2021, 3, 3), "dateline")),
    (page(body='<p>Posted on March 3, 2021</p>' + BODY), (date(2021, 3, 3), "dateline")),
    # a label that is not the article's date: a birthday, a book's publisher
    (page(body=BODY + '<ul><li>Date of birth: 12 March 1985</li><li>Published by Penguin, 3 May 1999</li></ul>'),
     (None, None)),
    # ... but not an update, nor a class that only contains the word ("update", "datepicker").
    (page(body='<div class="info">Datum: 26. Januar 2022, aktualisiert</div><div class="datepicker">1 May 2020</div>'
               '<div class="last-update">2 May 2020</div>' + BODY), (date(2022, 1, 26), "dateline")),
    (page(body='<div class="datepicker">1 May 2020</div><div class="last-update">2 May 2020</div>' + BODY), (None, None)),
    # A date of something else: a reader's comment, another story's teaser in a "Most read" list.
    (page(body='<p class="post-meta">Published: 14 March 2023</p>' + BODY + '<section id="comments"><ol><li class="comment">'
               '<time datetime="2023-03-16T08:02:00+00:00">16 March 2023</time><p>Great.</p></li></ol></section>'),
     (date(2023, 3, 14), "dateline")),
    (page(body=BODY + '<div class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Mayor announces re-election bid</a> '
               '<span class="date">4 October 2022</span></li></ul></div>'), (None, None)),
    # The hAtom microformat's stamp is in the title; one that does not parse leaves the box's text.
    (page(body="<abbr class='published' title='2019-10-16T14:33:00-07:00'>2:33 PM</abbr>" + BODY), (date(2019, 10, 16), "time")),
    (page(body='<abbr class="published" title="06-08-2009T14:12:32+0200">6. August 2009</abbr>' + BODY),
     (date(2009, 8, 6), "dateline")),
    # A broadcaster's video page: its video's upload date, in JSON-LD or a meta tag, when no article says one.
    (page(ld('{"@type": "VideoObject", "name": "Corona", "uploadDate": "2020-04-04T20:57:00.000+02:00"}')),
     (date(2020, 4, 4), "json-ld")),
    (page('<meta itemprop="uploadDate" content="2019-10-16T18:15:00Z">'), (date(2019, 10, 16), "meta")),
    (page(ld('{"@type": "HowTo", "datePublished": "2022-01-10T22:06:08:684Z"}')), (date(2022, 1, 10), "json-ld")),
    (page(ld('{"@type": "NewsArticle", "datePublished": "2021-03-01"}') + ld('{"@type": "VideoObject", "uploadDate": "2020-01-01"}')),
     (date(2021, 3, 1), "json-ld")),
]


PUBLISHED = '<meta property="article:published_time" content="10/05/2022 05:22 pm">'
MODIFIED = '<meta property="article:modified_time" content="2022/05/10 17:36:11">'
# 10/05/2022: the page's language and region say which number is the day.
SLASHED_DATES = [
    (page(PUBLISHED, lang=' lang="es"'), date(2022, 5, 10)),
    (page(PUBLISHED, lang=' lang="de"'), date(2022, 5, 10)),
    (page(PUBLISHED, lang=' lang="en-GB"'), date(2022, 5, 10)),
    (page(PUBLISHED + '<meta property="og:locale" content="en_AU">', lang=' lang="en"'), date(2022, 5, 10)),
    (page(PUBLISHED + '<meta http-equiv="content-language" content="fr">'), date(2022, 5, 10)),
    (page(PUBLISHED, lang=' lang="en-US"'), date(2022, 10, 5)),
    (page(PUBLISHED, lang=' lang="en"'), date(2022, 10, 5)),   # plain English and no language: month first,
    (page(PUBLISHED), date(2022, 10, 5)),
    (page(PUBLISHED + MODIFIED, lang=' lang="en"'), date(2022, 5, 10)),   # unless that is after the update,
    (page(PUBLISHED + MODIFIED), date(2022, 5, 10)),
    (page(PUBLISHED + ld('{"@type": "NewsArticle", "dateModified": "2022-05-11T09:00:00Z"}')), date(2022, 5, 10)),
    (page(PUBLISHED + '<meta property="article:modified_time" content="2022-11-01">'), date(2022, 10, 5)),
    (page('<meta property="article:published_time" content="05/10/2022">' + MODIFIED, lang=' lang="de"'),
     date(2022, 5, 10)),   # and the other way round
    # with no language but English, the country of the page's address: day first on a .co.uk page
    (page(PUBLISHED + '<link rel="canonical" href="https://www.bbc.co.uk/news/1">', lang=' lang="en"'),
     date(2022, 5, 10)),
    (page(PUBLISHED + '<meta property="og:url" content="https://www.stuff.co.nz/1">'), date(2022, 5, 10)),
    (page(PUBLISHED + '<link rel="canonical" href="https://www.bbc.co.uk/news/1">', lang=' lang="en-US"'),
     date(2022, 10, 5)),
    (page(PUBLISHED + '<link rel="canonical" href="https://www.nytimes.com/1">', lang=' lang="en"'),
     date(2022, 10, 5)),
    (page('<meta property="article:published_time" content="10.05.2022">', lang=' lang="en-US"'),
     date(2022, 5, 10)),   # dotted: the day first in any language
]


@pytest.mark.parametrize("html, expected", SLASHED_DATES)
def test_slashed_date_order(html: str, expected: date) -> None:
    assert extract(html).date == expected


LABELLED = '<div class="date">Publicado: 05/03/2024</div>'
STORY_PARAGRAPHS = "".join(f"<p>Paragraph {n} says the council finished the bridge work on time and under budget.</p>"
                           for n in range(1, 4))
# A page that says nothing of its language or country: a date box's label, in a language that writes the day first,
# tells the order of its slashed date ("Publicado: 05/03/2024" had been read 3 May). The page's lang, its address's
# country and its other dates still come first.
LABELLED_DATES = [
    (page(body=LABELLED + BODY), date(2024, 3, 5)),
    (page(body='<span class="date">Publié le 05/03/2024</span>' + BODY), date(2024, 3, 5)),
    (page(body='<span class="posted-on">Veröffentlicht am 05/03/2024 um 10:30</span>' + BODY), date(2024, 3, 5)),
    (page(body="<article><p>Publicado el 05/03/2024</p>" + STORY_PARAGRAPHS + "</article>"), date(2024, 3, 5)),
    (page(body="<p><span>Opublikowano: 05/03/2024</span></p>" + BODY), date(2024, 3, 5)),   # Polish's label
    (page(body='<div class="date">Published: 05/03/2024</div>' + BODY), date(2024, 5, 3)),   # English: month first
    (page(body='<div class="date">05/03/2024</div>' + BODY), date(2024, 5, 3)),   # no label: as before
    (page(body=LABELLED + BODY, lang=' lang="en-US"'), date(2024, 5, 3)),   # the page's language first,
    (page(body=LABELLED + BODY, lang=' lang="en"'), date(2024, 5, 3)),
    (page('<link rel="canonical" href="https://news.example.us/1">', LABELLED + BODY), date(2024, 5, 3)),   # its country,
    (page('<meta property="article:modified_time" content="2024-05-11">',   # a reading after the update gives way
          '<div class="date">Publicado: 05/10/2024</div>' + BODY), date(2024, 5, 10)),
    (page('<meta property="article:modified_time" content="2024-10-06">',
          '<div class="date">Publicado: 05/10/2024</div>' + BODY), date(2024, 10, 5)),
]


# An English page that names no region and whose address names no country: a publisher newssearch knows in a country
# that writes the day first, or the page's other dates, show its order (7/03/2024 is 7 March). A US publisher's page,
# one with no evidence, or one whose date with its month's name is the month-first reading keeps the month first.
SEVENTH = '<meta property="article:published_time" content="7/03/2024">'
STORY = "<p>" + "Officials said the work was finished, on time, and under budget. " * 3 + "</p>"
SHOWN_DATES = [
    (page(SEVENTH + '<meta property="og:site_name" content="RNZ">'), date(2024, 3, 7)),
    (page(SEVENTH + '<meta property="og:site_name" content="The Guardian">', lang=' lang="en"'), date(2024, 3, 7)),
    (page(SEVENTH + ld('{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "NZ Herald"}}')),
     date(2024, 3, 7)),
    (page(SEVENTH, f"<article>{STORY}<p>The next vote is on 25/03/2024.</p></article>"), date(2024, 3, 7)),
    (page(SEVENTH, f"<article>{STORY}<p>The vote on 7 March 2024 was close.</p></article>"), date(2024, 3, 7)),
    (page(SEVENTH, f"<article>{STORY}<p>The vote on July 3, 2024 was close.</p></article>"), date(2024, 7, 3)),
    (page(SEVENTH + '<meta property="og:site_name" content="CNN">'), date(2024, 7, 3)),
    (page(SEVENTH + '<meta property="og:site_name" content="RNZ">', lang=' lang="en-US"'), date(2024, 7, 3)),
    (page(SEVENTH), date(2024, 7, 3)),
]


@pytest.mark.parametrize("html, expected", SHOWN_DATES)
def test_an_english_pages_slashed_date_is_read_day_first_where_it_shows_so(html: str, expected: date) -> None:
    assert extract(html).date == expected


# A page that names no language or country, and whose box's label tells no order either: its text's language does
# (told by its function words, as the article's language is). "05/03/2024" over a German story had been 3 May; an
# English story keeps month first, a label of a language still comes first, and 13/03 or 03/13 reads one way only.
GERMAN_BODY = "<article><p>" + "Die Berliner haben am Sonntag gewählt, und die Wahlbeteiligung war sehr hoch. " * 3 \
    + "</p></article>"
FRENCH_BODY = "<article><p>" + "Les Parisiens ont voté dimanche et la participation a été forte dans la ville. " * 3 \
    + "</p></article>"
TEXT_LANGUAGE_DATES = [
    (page(body='<div class="date">05/03/2024</div>' + GERMAN_BODY), date(2024, 3, 5)),
    (page(body='<div class="date">05/03/2024</div>' + FRENCH_BODY), date(2024, 3, 5)),
    (page('<meta property="article:published_time" content="05/03/2024">', GERMAN_BODY),   # a meta tag's too
     date(2024, 3, 5)),
    (page(body='<div class="date">05/03/2024</div>' + BODY), date(2024, 5, 3)),   # English: as before
    (page(body='<div class="date">05/03/2024</div>' + GERMAN_BODY, lang=' lang="en-US"'), date(2024, 5, 3)),
    (page(body='<div class="date">Published: 05/03/2024</div>' + GERMAN_BODY), date(2024, 5, 3)),   # its label's
    (page(body='<div class="date">13/03/2024</div>' + BODY), date(2024, 3, 13)),
    (page(body='<div class="date">03/13/2024</div>' + GERMAN_BODY), date(2024, 3, 13)),
]


@pytest.mark.parametrize("html, expected", TEXT_LANGUAGE_DATES)
def test_a_pages_text_tells_a_slashed_dates_order_when_nothing_else_does(html: str, expected: date) -> None:
    assert extract(html).date == expected


@pytest.mark.parametrize("html, expected", LABELLED_DATES)
def test_a_date_boxs_label_tells_a_slashed_dates_order_when_the_page_does_not(html: str, expected: date) -> None:
    assert extract(html).date == expected


@pytest.mark.parametrize("html, expected", DATES)
def test_date(html: str, expected: tuple[date | None, str | None]) -> None:
    found = extract(html)
    assert (found.date, found.date_source) == expected


@pytest.mark.parametrize("head, box, expected", [
    # TYPO3's <meta name="date"> is its record's last change (alpin.de's 26 January over the 21 January it shows)
    ('<meta name="date" content="2022-01-26T14:32:06+02:00">', '<time datetime="2022-01-21">21.01.2022 - 13:30</time>',
     (date(2022, 1, 21), "time")),
    ('<meta name="dcterms.date" content="2021-12-20T11:02:44+01:00">', '<span class="date">27.01.2022</span>',
     (date(2022, 1, 27), "dateline")),  # ... or when the record was made (deutscheweine.de's)
    # TYPO3's tt_news writes the day it shows in its "news-single-timedata" box (ejwue.de's 5 February, the tag's 12th)
    ('<meta name="date" content="2020-02-12">',
     '<div class="news-single-timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr</span></div>',
     (date(2020, 2, 5), "dateline")),
    ('<meta name="date" content="2017-05-01T17:05:00+0200">', '<span class="date">Mittwoch, 26.02.2020</span>',
     (date(2017, 5, 1), "meta")),  # years apart: a header's date of the day, not the story's
    ('<meta property="article:published_time" content="2022-01-15">', '<time datetime="2022-01-25">25.01.2022</time>',
     (date(2022, 1, 15), "meta")),  # a publication key stays first
])
def test_a_generic_date_meta_gives_way_to_the_day_the_page_shows(head: str, box: str, expected: tuple) -> None:
    found = extract(page(head, f"<article><p>{box}</p>{BODY}</article>"))
    assert (found.date, found.date_source) == expected


PUT_OUT = ('<meta property="article:published_time" content="2021-11-22T17:42:22Z">'
           '<meta property="article:modified_time" content="2023-01-01T09:00:00Z">')


@pytest.mark.parametrize("box, expected", [
    ('<span class="date">1. Januar 2023</span>', (date(2023, 1, 1), "dateline")),  # ad-magazin.de's
    ('<div class="byline">Von Jo Lee<br>1 January 2023</div>', (date(2023, 1, 1), "dateline")),
    ('<span class="date">1 janvier 2023</span>', (date(2023, 1, 1), "dateline")),
    ('<span class="date">Aktualisiert: 1. Januar 2023</span>', (date(2021, 11, 22), "meta")),  # an update's, labelled
    ('<span class="date">Updated January 1, 2023</span>', (date(2021, 11, 22), "meta")),
    ('<span class="date">22. November 2021</span><span class="date">1. Januar 2023</span>',
     (date(2021, 11, 22), "meta")),  # the page shows its publication too
    ('<time datetime="2021-11-22">22.11.2021</time><span class="date">1. Januar 2023</span>',
     (date(2021, 11, 22), "meta")),
    ('<span class="date">3. Januar 2023</span>', (date(2021, 11, 22), "meta")),  # not the modification's day
])
def test_a_story_put_out_again_is_dated_by_the_day_it_shows(box: str, expected: tuple) -> None:
    """A page stamped published on one day and modified on another that shows its readers only the modification's day,
    unlabelled, as its date (ad-magazin.de, rtl.de, angelmagazin.de) has put the story out again on that day."""
    found = extract(page(PUT_OUT, f"<article>{box}{BODY}</article>"))
    assert (found.date, found.date_source) == expected


def test_a_story_shown_on_its_modification_day_without_a_modified_stamp_keeps_its_publication() -> None:
    found = extract(page(PUT_OUT.split("<meta property=\"article:modified")[0],
                         '<article><span class="date">1. Januar 2023</span>' + BODY + "</article>"))
    assert (found.date, found.date_source) == (date(2021, 11, 22), "meta")


@pytest.mark.parametrize("foot", [
    '<li id="footer-info-lastmod"> This page was last edited on 29 January 2020, at 13:22.</li>',  # MediaWiki's
    '<li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li>',
    "<li>La dernière modification de cette page a été faite le 29 janvier 2020 à 13:22.</li>",
    "<li>Esta página se editó por última vez el 29 ene 2020 a las 13:22.</li>",
    "<li>Deze pagina is voor het laatst bewerkt op 29 jan 2020 om 13:22.</li>",
    '<p class="info">Download (last edited 2020-01-29 13:28:18 by <span>Jo Lee</span>)</p>',  # MoinMoin's
    '<p class="info">Aktualisiert: 29.01.2020</p>',
    "<div><label>Letzte Änderung:</label><div>29.01.2020 um 09:25</div></div>",  # the label over its date
])
def test_a_page_that_gives_no_other_date_is_dated_by_its_last_change(foot: str) -> None:
    """A wiki's page, or a site's, that states only when it was last changed is dated by that change
    (wiki.python.org, wiki.piratenpartei.de, pronats.de, gipfelbuch.ch); its "Letzte Änderungen" link dates nothing."""
    found = extract(page("", f'<ul><li><a href="/recent">Letzte Änderungen</a></li></ul>{BODY}<footer>{foot}</footer>'))
    assert (found.date, found.date_source) == (date(2020, 1, 29), "update")


@pytest.mark.parametrize("body, expected", [
    ('<time datetime="2019-05-02">2 May 2019</time>' + BODY + "<p>This page was last edited on 29 January 2020.</p>",
     date(2019, 5, 2)),
    (BODY + "<p>Lawmakers said the rule, which was last modified on 29 January 2020, stays in force for now.</p>", None),
])
def test_a_last_change_never_outranks_a_publication_nor_comes_from_a_sentence(body: str, expected: date | None) -> None:
    assert extract(page("", body)).date == expected


@pytest.mark.parametrize("nav", ['<div id="navwrap"><div class="navtop">{}</div></div>', "<nav>{}</nav>"])
def test_a_date_in_the_sites_navigation_is_the_day_of_the_visit(nav: str) -> None:
    """nachtkritik.de shows the day's date in its header's navigation: its 1 November had dated a story of 31 October."""
    today = '<span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span>'
    body = ('<header class="container">' + nav.format(today) + '</header><article><p><span class="text_datum">'
            '31. Oktober 2023.</span> Dragqueens sind Kunstfiguren aus Make-Up und Glitter, auf Partys und in Shows.</p>'
            + BODY + "</article>")
    assert extract(page("", body)).date == date(2023, 10, 31)



AUTHORS = [
    (page(ld('{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"}, '
             '{"@type": "Organization", "name": "Coast Times"}]}')), ("Jane Doe",)),
    # A desk marked up as a Person is not a person.
    (page(ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Reuters Staff"}}')
          + '<meta name="author" content="By Ann Lee and Bob Stone">'), ("Ann Lee", "Bob Stone")),
    (page('<meta property="og:site_name" content="Coast Times"><meta name="author" content="Coast Times">',
          '<article><div class="byline">By <a rel="author" href="/p">Mary-Jo Kent</a></div>' + BODY + "</article>"),
     ("Mary-Jo Kent",)),
    (page('<meta name="author" content="Reporter">'), ()),
    # "NAME, PUBLICATION": the one-word tail is where the writer works, not a second author.
    (page('<meta name="author" content="VICTOR TANGERMANN, FUTURISM">'), ("Victor Tangermann",)),
    # A byline box followed by a "Share" label: the label is not part of the name.
    (page("", '<article><div class="author-box"><a href="/p/am">Anna Menin</a><br><div>Share</div></div>'
          + BODY + "</article>"), ("Anna Menin",)),
    # The story is credited to an agency, which is its credit; the person in a teaser for another story is not its author.
    (page("", '<article><span class="article-author-name"><a rel="author" href="/a/ap">Associated Press</a></span>'
          + BODY + '</article><div class="related-links"><div class="related-links-author">Ryan McKenna</div></div>'),
     ("Associated Press",)),
    # Yoast writes the author as a reference into the @graph; follow it.
    (page(ld('{"@graph": [{"@type": "Article", "author": {"@id": "https://x.com/#/person/1"}}, '
             '{"@type": ["Person"], "@id": "https://x.com/#/person/1", "name": "Josh"}]}')), ("Josh",)),
    # ... a reference that also gives its type or address, but no name, is the node of that @id too ...
    (page(ld('{"@graph": [{"@type": "Article", "author": {"@type": "Person", "@id": "https://x.com/#/person/1", '
             '"url": "https://x.com/author/josh"}}, {"@type": "Person", "@id": "https://x.com/#/person/1", '
             '"name": "Josh Smith"}]}')), ("Josh Smith",)),
    # ... and so is one to a node written out inside another node (the WebPage's author), or given as the bare @id
    (page(ld('{"@graph": [{"@type": "WebPage", "author": {"@type": "Person", "@id": "#p1", "name": "Josh Smith"}}, '
             '{"@type": "Article", "author": {"@id": "#p1"}}]}')), ("Josh Smith",)),
    (page(ld('{"@graph": [{"@type": "Article", "author": "https://x.com/#/person/1"}, '
             '{"@type": "Person", "@id": "https://x.com/#/person/1", "name": "Josh Smith"}]}')), ("Josh Smith",)),
    # ... and one that resolves to an organisation is no person's either
    (page(ld('{"@graph": [{"@type": "Article", "author": {"@id": "#org", "url": "https://x.com/"}}, '
             '{"@type": "Organization", "@id": "#org", "name": "Coast Times"}]}')
          + '<meta name="author" content="Coast Times">'), ()),
    # A lone all-caps or lower-case word is an account name (a station code), not a person.
    (page('<meta name="author" content="KWCHCIK">'), ()),
    # WordPress: "Author" for screen readers only; a commenter in the "Recent Comments" widget is not an author.
    (page("", '<article>' + BODY + '<footer><span class="byline"><span class="author vcard"><span class="screen-reader-text">'
          'Author </span><a class="url fn n" href="/author/ana/">Ana Kahu</a></span></span></footer></article><aside>'
          '<section class="widget widget_recent_comments"><ul><li class="recentcomments"><span class="comment-author-link">'
          '<a href="http://x.example">Thomas Graf</a></span> on <a href="/other/">Another post</a></li></ul></section></aside>'),
     ("Ana Kahu",)),
    # The authors of a comment or of a cited work are not the article's.
    (page("", "<article>" + BODY + '<ol class="comment-list"><li><div class="comment-author vcard">Gitta Peyn</div></li></ol>'
          '<ol class="references"><li><span class="author">Shear</span> <span class="author">Mary Spielberg</span></li></ol>'
          "</article>"), ()),
    # A placeholder is not a name.
    (page('<meta name="author" content="No Author">'), ()),
    # "Published by" in German; a lower-case "von" before a single name is "by" (from structured data).
    (page("", '<article><span class="byline author">Veröffentlicht von Cem Basman</span>' + BODY + "</article>"),
     ("Cem Basman",)),
    (page('<meta name="author" content="von Heiko">'), ("Heiko",)),
    # A blog named after its author keeps the author; a desk named after the site does not.
    (page('<meta property="og:site_name" content="Daniel Lemire\'s blog"><meta name="author" content="Daniel Lemire">'),
     ("Daniel Lemire",)),
]


@pytest.mark.parametrize("html, expected", AUTHORS)
def test_authors(html: str, expected: tuple[str, ...]) -> None:
    assert extract(html).authors == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        (["By JOHN SMITH, AP Auto Writer"], ("John Smith",)),
        (["Finian Cunningham. Sputnik International"], ("Finian Cunningham",)),
        (["Troy L. Smith"], ("Troy L. Smith",)),
        (["Malcolm Owen Monday, November 18, 2019"], ("Malcolm Owen",)),
        (["The Russian and Syrian defense ministries"], ()),
        (["https://www.facebook.com/someone", "admin", "Web Desk"], ()),
        (["von Heiko"], ("Heiko",)),                         # a lone name after "By" is a name ...
        (["erstellt von Dominique —"], ("Dominique",)),
        (["29. Juni 2017, 23:39 · von Tobi"], ("Tobi",)),
        (["Heiko"], ()),                                     # ... a lone word in a byline box is not
        (["Por Williams Perdomo @wperdomod -"], ("Williams Perdomo",)),  # without the handle after it
        (["Hanns-Seidel-Stiftung e.V."], ()),                # an organisation
        (["By E.V. Jones"], ("E.V. Jones",)),                # but initials are a name
        (["By Monday"], ()), (["By Comments"], ()),          # a word of the page after "By" is no one
        (["Bayerische Landesanstalt für Wald"], ()),
        (["Christoph Hein Chefredakteur"], ("Christoph Hein",)),  # a role after the name goes
    ],
)
def test_clean_authors(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw, exclude="sputniknews.com") == expected


@pytest.mark.parametrize(
    "name, url, expected",
    [
        ("NZ Herald", None, "NZ Herald"),
        ("New Zealand Herald", None, "NZ Herald"),
        (None, "https://www.nzherald.co.nz/nz/news/article.cfm?c_id=1", "NZ Herald"),
        ("https://www.newsnation.in", "https://www.newsnation.in/x", "newsnation.in"),
        (None, "https://blog.example.org/post", "blog.example.org"),
        ("Hosted", "https://hosted.ap.org/berkshireeagle/article/1", "Associated Press"),  # AP's pages for papers
        ("Gnaur", "https://gnaur.wordpress.com/2017/a", "Gnaur"),  # a blog's subdomain is its name
    ],
)
def test_publisher_name(name: str | None, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


def test_source_url_and_lang() -> None:
    html = page('<link rel="canonical" href="https://www.nzherald.co.nz/a/1"><meta property="og:url" '
                'content="https://m.nzherald.co.nz/a/1"><meta property="og:site_name" content="nzherald.co.nz">',
                lang=' lang="en-NZ"')
    found = extract(html)
    assert (found.source, found.url, found.lang) == ("NZ Herald", "https://www.nzherald.co.nz/a/1", "en")


@pytest.mark.parametrize("address", ["http://news[example/bridge", "http://news.example\uff0fx/bridge"])
def test_a_page_whose_address_names_no_host_that_can_be_read_is_read(address: str) -> None:
    # the page had been skipped: "reader failed: ValueError: Invalid IPv6 URL" (or "… under NFKC normalization")
    found = extract(page(f'<link rel="canonical" href="{address}">'))
    assert (found.url, found.source) == (address, None)
    # beside an address that can be read, that one is the page's (the broken canonical link had been kept)
    found = extract(page(f'<link rel="canonical" href="{address}"><meta property="og:url" content="https://news.example/b">'))
    assert (found.url, found.source) == ("https://news.example/b", "news.example")


def test_lang_from_og_locale() -> None:
    assert extract(page('<meta property="og:locale" content="pt_BR">')).lang == "pt"


GERMAN = ("<article><p>" + "Die Regierung hat am Mittwoch beschlossen, dass die Steuern für kleine Betriebe in diesem "
          "Jahr nicht erhöht werden. " * 3 + "</p></article>")


@pytest.mark.parametrize("lang, body, expected", [
    ("", GERMAN, "de"),               # a page that names no language: its function words say German (had been none)
    ("", BODY, None),                 # English, or too few words: none, as before
    (' lang="en-US"', GERMAN, "en"),  # a page's own word wins, as a text header's does
])
def test_a_page_naming_no_language_is_in_the_one_its_function_words_show(lang: str, body: str,
                                                                         expected: str | None) -> None:
    assert extract(page(body=body, lang=lang)).lang == expected


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "headline": "Ok",}',
        '// comment\n{"@type": "NewsArticle", /* note */ "headline": "Ok"}',
        '{"@type": "NewsArticle", "headline": "Ok", "articleBody": "line\nbreak\ttab"}',
        '{"@type": "WebSite", "name": "x"}{"@type": "NewsArticle", "headline": "Ok"}',
        '[{"@type": "WebSite"}, {"@type": "NewsArticle", "headline": "Ok"}]',
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "Ok"}]}',
        '<!--\n{"@type": "NewsArticle", "headline": "Ok"}\n-->',
    ],
)
def test_lenient_jsonld(script: str) -> None:
    articles = jsonld.articles(jsonld.objects([script]))
    assert jsonld.text_of(jsonld.first(articles, "headline")) == "Ok"


def test_unreadable_jsonld_gives_nothing() -> None:
    assert jsonld.objects(["{not json at all"]) == []


LABELLED = '<meta property="og:title" content="Council votes to close the old library">'


@pytest.mark.parametrize("h1, expected", [
    # A section link inside the h1 is a label, not part of the headline the page's title tags give.
    ('<a href="/news/politics/">Politics | </a><span>Council votes to close the old library</span>',
     "Council votes to close the old library"),
    ("<span>Local News</span><span>Council votes to close the old library</span>",
     "Council votes to close the old library"),
    ('"Reform stalled" / Council votes to close the old library', "Council votes to close the old library"),
    # A label in an element of its own, a space after it; soft hyphens are no letters.
    ("<em>Local News </em>Coun&shy;cil votes to close the old li&shy;brary", "Council votes to close the old library"),
    # Words around the title with no separator are the headline's own: a shortened og:title cuts nothing.
    ("Breaking: Council votes to close the old library tonight",
     "Breaking: Council votes to close the old library tonight"),
    ("Town council votes to close the old library", "Town council votes to close the old library"),
])
def test_section_label_in_the_h1_is_dropped(h1: str, expected: str) -> None:
    found = extract(page(LABELLED, f'<article><h1 class="headline">{h1}</h1>{BODY}</article>'))
    assert (found.title, found.title_source) == (expected, "h1")


@pytest.mark.parametrize("raw, expected", [
    (["Par Olivier Minot Olivier Minot"], ("Olivier Minot",)),
    (["Текст: Венера Ерофеева"], ("Венера Ерофеева",)),
    (["Von Anna Schmidt und Jan Berg"], ("Anna Schmidt", "Jan Berg")),
    (["Par Anne Dupont et Marc Petit"], ("Anne Dupont", "Marc Petit")),
    (["Por María López"], ("María López",)),
    (["Von Miller"], ("Von Miller",)),
    (["Par Avion"], ("Par Avion",)),
    (["Nā Hemi Smith"], ("Hemi Smith",)),       # Māori's "By", a word of no other language, in any story
    (["nā Hemi"], ("Hemi",)),
])
def test_bylines_in_other_languages(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw, exclude="example.com") == expected


@pytest.mark.parametrize("name, url, expected", [
    ("LinkNaija | Nigeria's popular news platform", None, "LinkNaija"),
    ("Autoracing | F1 | Indy | MotoGP", None, "Autoracing"),
    ("Remember 80/90 - Memorabilia anni 80/90", None, "Remember 80/90"),
    ("NBC 5 Dallas-Fort Worth", None, "NBC 5 Dallas-Fort Worth"),
    # The domain names the second part only as a host name: the first part is the name.
    ("The Jerusalem Post | JPost.com", "https://www.jpost.com/x", "The Jerusalem Post"),
    # … unless the first part is a motto (a comma, a word in small letters): then the host is the name.
    ("News about ferries, ports and bridges | CoastTimes.example", "https://coasttimes.example/x",
     "CoastTimes.example"),
    ("Nachrichten zu Häfen und Fähren | HafenBlatt.de", "https://www.hafenblatt.de/x", "HafenBlatt.de"),
])
def test_site_name_without_its_tagline(name: str, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


def test_an_initial_is_not_a_conjunction() -> None:
    assert clean_authors(["Sarah E. Needleman", "JOHN SMITH AND JANE DOE"]) == ("Sarah E. Needleman", "John Smith",
                                                                                  "Jane Doe")


def test_a_headline_in_two_parts_keeps_both() -> None:
    html = page('<meta property="og:title" content="Die Patientenakte (ePA) – der lange Marsch ins Digitale">'
                "<title>Die Patientenakte (ePA) – der lange Marsch ins Digitale</title>",
                '<article><h1 class="headline">Die Patientenakte (ePA) – der lange Marsch ins Digitale</h1>'
                + BODY + "</article>")
    assert extract(html).title == "Die Patientenakte (ePA) – der lange Marsch ins Digitale"


@pytest.mark.parametrize("name, url, expected", [
    ("Infoportal - Diakonie Deutschland", "https://www.diakonie.de/x", "Diakonie Deutschland"),
    ("Achtsam durch die Krise | Die FURCHE", "https://www.furche.at/x", "Die FURCHE"),
    ("Land zahlte 1,4 Millionen Euro Prämie für Wildschweine im Jagdjahr | MLUK", None, "MLUK"),
    ("Home - The Argus", "https://www.theargus.co.uk/news/1", "The Argus"),
    ("☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse", None, "Journalistenwatch e.V."),
])
def test_the_part_of_a_site_name_its_domain_names(name: str, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


@pytest.mark.parametrize("raw", [["Deutscher Caritasverband e.V."], ["Fotos: Jan Berg"], ["Interview"]])
def test_no_person_in_an_association_or_a_photo_credit(raw: list[str]) -> None:
    assert clean_authors(raw) == ()


def test_a_name_with_und_in_it_is_not_two_people() -> None:
    assert clean_authors(["Kirche und Leben, Münster, Germany"], exclude="kirche-und-leben.de") == ()
    assert clean_authors(["José Ortega y Gasset"]) == ("José Ortega y Gasset",)


@pytest.mark.parametrize("kind", ['"@type": "Person"', '"type": "Person"'])
def test_a_person_as_publisher_is_not_the_source(kind: str) -> None:
    html = page(ld('{"@type": "NewsArticle", "publisher": {' + kind + ', "name": "Kristen Ray"}}')
                + '<link rel="canonical" href="https://www.arteradio.com/son/1">')
    assert extract(html).source == "arteradio.com"


def test_an_organisation_as_publisher_is_the_source() -> None:
    html = page(ld('{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Coast Times"}}'))
    assert extract(html).source == "Coast Times"


def test_a_label_is_found_whatever_the_case_and_letters() -> None:
    html = page('<meta property="og:title" content="Große Straße wird gesperrt">',
                '<article><h1 class="headline">Verkehr | GROSSE STRASSE WIRD GESPERRT</h1>' + BODY + "</article>")
    assert extract(html).title == "Verkehr | GROSSE STRASSE WIRD GESPERRT"  # not the same words: kept whole
    html = page('<meta property="og:title" content="Große Straße wird gesperrt">',
                '<article><h1 class="headline">Verkehr | Große Straße wird gesperrt</h1>' + BODY + "</article>")
    assert extract(html).title == "Große Straße wird gesperrt"


def test_character_references_in_jsonld_are_decoded() -> None:
    # JSON never unescapes HTML: "&amp;" left in is shown, and the ";" of "&oacute;" cut the name in two.
    html = page(ld('{"@type": "NewsArticle", "headline": "Police &amp; fire crews respond", '
                   '"author": {"@type": "Person", "name": "Mar&iacute;a Jos&eacute; Su&aacute;rez"}}'))
    found = extract(html)
    assert (found.title, found.authors) == ("Police & fire crews respond", ("María José Suárez",))


@pytest.mark.parametrize(("headline", "expected"), [
    ("Dental care plan &amp;#8211; what it means", "Dental care plan – what it means"),  # escaped twice (Yoast)
    ("Q&amp;A: the &amp;quot;fast&amp;quot; lane", 'Q&A: the "fast" lane'),
    ("AT&amp;T fined &amp; warned", "AT&T fined & warned"),       # once: no reference is left
])
def test_a_jsonld_headline_escaped_twice_is_decoded_twice(headline: str, expected: str) -> None:
    assert extract(page(ld(f'{{"@type": "NewsArticle", "headline": "{headline}"}}'))).title == expected


@pytest.mark.parametrize(("head", "expected"), [
    # WordPress escapes og:title twice: once decoded by the page's markup, once more here, as JSON-LD's headline.
    ('<meta property="og:title" content="Labour&amp;#8217;s plan for &amp;#8216;shovel-ready&amp;#8217; projects '
     '&amp;amp; jobs">', ("Labour’s plan for ‘shovel-ready’ projects & jobs", "og")),
    ("<title>Q&amp;amp;A: the &amp;quot;fast&amp;quot; lane</title>", ('Q&A: the "fast" lane', "title")),
    ("<title>AT&amp;T &amp; R&amp;D: &amp;notaref</title>", ("AT&T & R&D: &notaref", "title")),  # once: none left
])
def test_a_title_tag_escaped_twice_is_decoded_twice(head: str, expected: tuple[str, str]) -> None:
    found = extract(page(head))
    assert (found.title, found.title_source) == expected


@pytest.mark.parametrize("raw, expected", [
    # A title before a name is not a person of its own.
    (["Prof. Dr. Hans Müller"], ("Hans Müller",)),
    (["Dr. Jane Smith and Mr Tom Brown"], ("Jane Smith", "Tom Brown")),
    # A host name first: the site's dateline, the rest are places.
    (["hessenschau.de, Frankfurt, Germany"], ()),
    # A label before "by", a job title after the comma.
    (["Analysis by Chris Cillizza, CNN Editor-at-large"], ("Chris Cillizza",)),
    (["Opinion by Ann Lee"], ("Ann Lee",)),
    (["About Jane Doe"], ("Jane Doe",)),  # the heading of an author box
    (["Sobre Carlos Nadalim"], ("Carlos Nadalim",)), (["Acerca de Ana Lima"], ("Ana Lima",)),
    (["More Posts"], ()), (["SHOW ALL ARTICLES OF\nHeiko Sauer"], ("Heiko Sauer",)),  # its links
    (["Autor Mark Newton"], ("Mark Newton",)), (["Thomas More"], ("Thomas More",)),
    # An office, a fire brigade, an association or a company, named as German names them, is no one.
    (["Feuerwehr Oldenburg, Abteilung Wasserrettung"], ()), (["Sekretariat Partei Mensch Umwelt Tierschutz"], ()),
    (["Bundesverband WindEnergie"], ()), (["NATURSTROM AG"], ()),
])
def test_titles_labels_and_places_are_not_authors(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw, exclude="example.com") == expected


@pytest.mark.parametrize("author", ['"Doe, Jane"', '{"@type": "Person", "name": "Doe, Jane"}', '["Doe, Jane"]'])
def test_a_name_surname_first_in_jsonld_is_one_author(author: str) -> None:
    assert extract(page(ld('{"@type": "NewsArticle", "author": ' + author + "}"))).authors == ("Jane Doe",)


def test_names_surname_first_in_a_meta_tag_are_turned_round() -> None:
    assert extract(page('<meta name="author" content="Doe, Jane; Smith, John">')).authors == ("Jane Doe", "John Smith")


def test_an_honorific_in_jsonld_is_not_an_author() -> None:
    html = page(ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Dr. Jane Smith"}}'))
    assert extract(html).authors == ("Jane Smith",)


def test_a_byline_in_a_heading_gives_the_author_and_the_date() -> None:
    html = page(body='<article><h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, November 18, 2019'
                     "</span></h3>" + BODY + "</article>")
    found = extract(html)
    assert (found.authors, found.date) == (("Jeff Foust",), date(2019, 11, 18))


def test_the_byline_of_a_teaser_for_another_story_is_not_an_author() -> None:
    html = page(body="<article>" + BODY + '</article><div class="TwoColumnList"><ul><li><h5><a href="/other">'
                     'Other story</a></h5><div class="HeroTextBelow-authorName"><a>Rob Crilly</a></div></li></ul></div>')
    assert extract(html).authors == ()


def test_the_byline_of_an_article_element_teasing_another_story_is_not_an_author() -> None:
    # liberte.pl (trafilatura-eval, tuning half): its "Przeczytaj również" cards, each an <article> holding a linked
    # headline and a class="entry-autor" box, had given three other writers as the authors, each with the card's
    # category ("Rafał Jaśkowski Polityka")
    card = ('<article class="entry box-white"><h3><a href="/lewica/">Lewica we własnym piekle</a></h3>'
            '<div class="entry-autor"><h5><a href="/author/rjaskowski/">Rafał Jaśkowski</a></h5>'
            '<a href="/category/polityka/">Polityka</a></div></article>')
    short = card.replace("Lewica we własnym piekle", "Układ Kaczyńskiego")  # a headline of two words
    html = page(body="<article><h1>Koncesjonowana opozycja</h1>" + BODY + "</article>" + card + short)
    assert extract(html).authors == ()
    own = ('<article><h2><a href="#part-2">Part two</a></h2><div class="entry-autor">Jane Doe</div>' + BODY
           + "</article>")  # no h1 in the page's own article: a linked subheading no teaser's
    assert extract(page(body=own)).authors == ("Jane Doe",)


def test_an_author_named_in_the_sites_menu_is_not_an_author() -> None:
    # cubadebate.cu (trafilatura-eval, tuning half): its menu's link to Fidel Castro's column, a WordPress menu item of
    # class "menu-item-object-autor", had made "Reflexiones de Fidel" the first of the page's authors
    menu = ('<header><nav class="menu"><ul><li class="menu-item menu-item-object-autor">'
            '<a href="/autor/fidel-castro-ruz/">Reflexiones de Fidel</a></li></ul></nav></header>')
    story = ('<article><h1>Sesiona IV Pleno</h1><div><strong>Por: </strong><a href="/autor/yaima-puig-meneses/" '
             'rel="category tag taxonomy">Yaima Puig Meneses</a></div>' + BODY + "</article>")
    assert extract(page(body=menu + story)).authors == ("Yaima Puig Meneses",)


@pytest.mark.parametrize("box", ["page-section--read-also", "read-also-recs", "see-also"])
def test_the_bylines_of_a_read_also_box_are_other_stories(box: str) -> None:
    # dwutygodnik.com: its carousel of other stories ("c-read-also") had given five more authors
    story = '<article><p class="article__author">Iwona Kurz</p>' + BODY + "</article>"
    teaser = '<div><a href="/other"><span class="article-item__author">Renata Lis</span></a></div>'
    html = page(body=story + f'<section class="{box}">{teaser}</section>')
    assert extract(html).authors == ("Iwona Kurz",)


def test_a_handle_as_site_name_loses_its_at() -> None:
    assert extract(page('<meta property="og:site_name" content="@politifact">')).source == "politifact"


SITE_TITLES = [
    # The segment that is the site's name goes, however long it is.
    (page('<title>Floods close SH2 | The Wairarapa Times-Age and District News</title>'
          '<meta property="og:site_name" content="The Wairarapa Times-Age and District News">'),
     ("Floods close SH2", "title")),
    # A blog's name is known from its header's link home (WordPress: rel="home").
    (page("<title>Post title | Blog name that is long</title>",
          '<header><p class="site-title"><a href="/" rel="home">Blog name that is long</a></p></header>' + BODY),
     ("Post title", "title")),
    # og:title carries the suffix too; the site is named by its Twitter handle or its host name.
    (page('<meta property="og:title" content="Harbour budget approved | Example Times">'
          '<meta property="og:site_name" content="Example Times">'), ("Harbour budget approved", "og")),
    (page('<meta property="og:title" content="Tagesschau unterschlägt Demo in Essen - reitschuster.de">'
          '<link rel="canonical" href="https://reitschuster.de/post/demo/">'), ("Tagesschau unterschlägt Demo in Essen", "og")),
    # A part that names no known site stays: it may be half of the headline.
    (page('<meta property="og:title" content="Floods close SH2 - Opinion">'
          '<meta property="og:site_name" content="Example Times">'), ("Floods close SH2 - Opinion", "og")),
    # A headline given twice before the site's name is given once.
    (page("<title>Bielersee-Winterhechte | Bielersee-Winterhechte | petri-heil.ch</title>"),
     ("Bielersee-Winterhechte", "title")),
    # Chinese and Japanese titles set the site's name off with no space; a hyphen of a Latin title is no separator.
    (page('<title>NEWS WEB EASY|子どもの事件が続く</title><meta property="og:site_name" content="NEWS WEB EASY">'),
     ("子どもの事件が続く", "title")),
    (page('<title>NHKニュース｜子どもの事件が続く</title><meta property="og:site_name" content="NHKニュース">'),
     ("子どもの事件が続く", "title")),
    (page('<title>北京大学举行毕业典礼_新华网</title><meta property="og:site_name" content="新华网">'),
     ("北京大学举行毕业典礼", "title")),
    (page('<title>北京大学-清华大学举行毕业典礼</title><meta property="og:site_name" content="新华网">'),
     ("北京大学-清华大学举行毕业典礼", "title")),
    (page('<title>Stuff-up at the council</title><meta property="og:site_name" content="Stuff">'),
     ("Stuff-up at the council", "title")),
]


@pytest.mark.parametrize("html, expected", SITE_TITLES)
def test_the_site_name_is_cut_from_the_title(html: str, expected: tuple[str, str]) -> None:
    found = extract(html)
    assert (found.title, found.title_source) == expected


STAMPA = ('<title>Perturbazione polare al Centro - La Stampa</title><meta name="twitter:site" content="@LaStampa">'
          '<meta property="og:title" content="Perturbazione polare al Centro - La Stampa">')


@pytest.mark.parametrize("body", [
    # A sidebar's h1 heads a list of other stories, even with "title" in its class.
    '<div class="article-page"><aside class="ls-sidebar__widget"><h1 class="ls-sidebar__title"><span>Topnews - Primo '
    'Piano</span></h1></aside><article>' + BODY + "</article></div>",
    # A lone h1 that shares no word with the title tags that agree is not the headline.
    '<article><h1 class="headline">Topnews - Primo Piano</h1>' + BODY + "</article>",
])
def test_title_tags_that_agree_beat_an_unrelated_h1(body: str) -> None:
    found = extract(page(STAMPA, body))
    assert (found.title, found.title_source) == ("Perturbazione polare al Centro", "og")


def test_the_headline_as_the_last_crumb_of_a_breadcrumb_still_counts() -> None:
    html = page('<meta property="og:title" content="Zweite F13 kurz vor der Zulassung">',
                '<nav><ol class="breadcrumb"><li><h1>Zweite F13 kurz vor der Zulassung in Dessau</h1></li></ol></nav>'
                + BODY)
    assert extract(html).title == "Zweite F13 kurz vor der Zulassung in Dessau"


@pytest.mark.parametrize("h1, expected", [
    # Elements of the h1 are spaced, as the page shows them.
    ("Floods close road<br>Hundreds evacuated", "Floods close road Hundreds evacuated"),
    # A kicker is left out when the rest is the headline, with the colon set after it.
    ('<span class="kicker">Politics</span>Brexit deal vote delayed', "Brexit deal vote delayed"),
    ('<span class="ts-overline">Abstandsregeln </span><span class="ts-colon">: </span><span>Wie Firmen ihre '
     "Beschäftigten schützen</span>", "Wie Firmen ihre Beschäftigten schützen"),
    # A roof line (German "Dachzeile") above it, or a subtitle before or after it, is no part of the headline.
    ('<span class="roofline">Immobilienkrise </span>Signa in Sorge um Finanzdaten', "Signa in Sorge um Finanzdaten"),
    ('<span class="subtitle">Olympic Games in Paris</span> Drinks by boat to the centre', "Drinks by boat to the centre"),
    ("<span>Fish cakes, hot and fresh</span> <small class='article-subtitle'>Welcome to the flavour capital</small>",
     "Fish cakes, hot and fresh"),
    # Markup inside a word or before "'s" is no gap.
    ("The <a href='/fed'>Fed</a>'s rate decision", "The Fed's rate decision"),
    ('<span class="dropcap">T</span>he council votes again', "The council votes again"),
    # A kicker that is all the h1 has stays.
    ('<span class="kicker">Council votes on the budget</span>', "Council votes on the budget"),
])
def test_the_h1_is_spaced_text_without_its_kicker(h1: str, expected: str) -> None:
    assert extract(page(body=f'<article><h1 class="headline">{h1}</h1>{BODY}</article>')).title == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Storm hits coast – what you need to know", "Storm hits coast – what you need to know"),  # had been the tail
    ("Covid-19 - latest news", "Covid-19 - latest news"),
    ("Rugby World Cup 2023 - France v New Zealand", "Rugby World Cup 2023 - France v New Zealand"),
    ("Harbour budget approved - Example Times", "Harbour budget approved"),
    ("Example Times - Harbour budget approved by council", "Harbour budget approved by council"),
    ("Four Years Remaining » Blog Archive » Interning of Small Integers", "Interning of Small Integers"),
    # A part named as sites are is the site's, however long: it had been kept as the longer part.
    ("Council approves budget | Otago Daily Times Online News", "Council approves budget"),
    ("Pool closes for winter - Whanganui Chronicle Online", "Pool closes for winter"),
    ("Pool closes for winter | Whanganui Chronicle Online", "Pool closes for winter"),
    ("Pool closes for winter | The Northern Advocate News Site", "Pool closes for winter"),
    ("Otago Daily Times - Council approves budget", "Council approves budget"),
    # Every part reads like a site: the first is the headline, as "Headline | Site" has it.
    ("Trump Slams New York Times | Fox News", "Trump Slams New York Times"),
    # A first part only starting with a site word is a headline in title case.
    ("Post Office Closes Early - 12 jobs lost", "Post Office Closes Early - 12 jobs lost"),
])
def test_a_bare_title_loses_only_what_reads_like_a_site_name(title: str, expected: str) -> None:
    page = (f'<html lang="en"><head><title>{title}</title></head><body><article><p>The council voted on Tuesday '
            "to approve the new budget for the harbour works, delayed for two years.</p></article></body></html>")
    assert extract(page).title == expected


@pytest.mark.parametrize(("lang", "expected"), [("de", date(2022, 5, 10)), ("en-US", date(2022, 10, 5))])
def test_a_time_element_without_datetime_gives_its_text(lang: str, expected: date) -> None:
    assert extract(page(body=f"<time>10/05/2022</time>{BODY}", lang=f' lang="{lang}"')).date == expected


# A page's date box and a <time>'s text in Central and Eastern Europe's languages (see test_dates): each had given none.
@pytest.mark.parametrize(("box", "expected"), [
    ('<div class="date">5. března 2024</div>', date(2024, 3, 5)),
    ('<span class="date">Publikováno: 5. března 2024, 10:30</span>', date(2024, 3, 5)),
    ('<div class="date">5. júna 2024</div>', date(2024, 6, 5)),
    ('<div class="date">5 martie 2024, 10:30</div>', date(2024, 3, 5)),
    ('<div class="date">5. ožujka 2024. u 10:30</div>', date(2024, 3, 5)),
    ('<time>5. avgusta 2024.</time>', date(2024, 8, 5)),
    ('<time>5 октомври 2024 г.</time>', date(2024, 10, 5)),
    ('<time>2024. március 5. 10:30</time>', date(2024, 3, 5)),
    ('<time>2024. márc. 5.</time>', date(2024, 3, 5)),
])
def test_a_date_box_or_time_in_more_european_languages_dates_the_page(box: str, expected: date) -> None:
    assert extract(page(body=box + BODY)).date == expected


# A box whose label says it is the publication's (in a box of no date class) or an update's, in the same languages;
# a Croatian page's "listopada" is October, a Polish page's November.
@pytest.mark.parametrize(("box", "lang", "expected"), [
    ('<span class="info">Objavljeno: 5. ožujka 2024.</span>', "", date(2024, 3, 5)),
    ('<span class="info">Publicat: 5 martie 2024</span>', "", date(2024, 3, 5)),
    ('<span class="info">Megjelent: 2024. március 5.</span>', "", date(2024, 3, 5)),
    ('<span class="info">Публикувано: 5 март 2024</span>', "", date(2024, 3, 5)),
    ('<div class="date">Aktualizováno: 5. března 2024</div>', "", None),
    ('<div class="date">Ažurirano: 5. ožujka 2024.</div>', "", None),
    ('<div class="date">Frissítve: 2024. március 5.</div>', "", None),
    ('<div class="date">5. 3. 2024, 10:30</div>', "", date(2024, 3, 5)),
    ('<div class="date">5. listopada 2024.</div>', ' lang="hr"', date(2024, 10, 5)),
    ('<time>5. listopada 2024.</time>', ' lang="hr-HR"', date(2024, 10, 5)),
    ('<div class="date">5 listopada 2024</div>', ' lang="pl"', date(2024, 11, 5)),
    ('<div class="date">5 listopada 2024</div>', "", date(2024, 11, 5)),
])
def test_a_date_box_labelled_in_more_european_languages_or_in_the_pages_language(box: str, lang: str,
                                                                                  expected: date | None) -> None:
    assert extract(page(body=box + BODY, lang=lang)).date == expected


def test_a_croatian_pages_listopada_is_october_when_its_words_show_croatian() -> None:
    # a page naming no language: its text's words tell it (Croatian had been told French, "listopada" read as Polish's)
    story = ("<p>Gradsko vijeće sastalo se u utorak kako bi raspravilo o proračunu za sljedeću godinu. Gradonačelnik je "
             "rekao da će se sredstva za škole povećati, ali oporba tvrdi da to nije dovoljno. Sjednica je trajala više "
             "od pet sati, a odluka će biti donesena tijekom idućeg tjedna, prije nego što počne zima.</p>")
    assert extract(page(body='<div class="date">5. listopada 2024.</div>' + story)).date == date(2024, 10, 5)


@pytest.mark.parametrize(("raw", "site", "expected"), [
    (["Pamela Anderson"], "Pamela Anderson Foundation", ("Pamela Anderson",)),   # the author's own site
    (["Daniel Lemire"], "Daniel Lemire's blog", ("Daniel Lemire",)),
    (["by Stack Overflow"], "Stack Overflow", ()),                               # the site itself
    (["Futurism Staff"], "Futurism", ()),
    # a given name after "von" on a site named after a person of two words (heiko-adams.de's blog) is its owner's
    (["von Heiko"], "heiko-adams.de", ("Heiko",)),
    (["von Heiko"], "Heiko Adams", ("Heiko",)),
    (["Heiko"], "heiko-adams.de", ()),                                           # not after "von": a loose word
    (["by Futurism"], "futurism.com", ()),                                       # a site of one word: the site
    (["by Stack"], "Stack Overflow Blog", ()),                                   # nor a name of three
])
def test_an_author_named_like_the_site(raw: list[str], site: str, expected: tuple[str, ...]) -> None:
    assert clean_authors(raw, exclude=site) == expected


@pytest.mark.parametrize(("address", "byline", "expected"), [
    ("https://zahlenzauberin.wordpress.com/2012/08/22/ferien/", "von zahlenzauberin", ("zahlenzauberin",)),
    ("https://mywakenews.wordpress.com/2016/07/09/psyop/", "By mywakenews", ("mywakenews",)),
    ("https://lemire.blogspot.com/2019/01/post.html", "Publié par lemire", ("lemire",)),
    ("https://zahlenzauberin.de/2012/08/22/ferien/", "von zahlenzauberin", ()),  # a site of its own: its name
    ("https://zahlenzauberin.wordpress.com/2012/08/22/ferien/", "von Zahlenzauberin Team", ()),
])
def test_a_hosted_blogs_account_credited_in_its_byline_is_its_owner(address: str, byline: str,
                                                                    expected: tuple[str, ...]) -> None:
    """On a blog a host gives its users (mywakenews.wordpress.com), the account it is named after, credited in the
    byline, is the blog's owner, not the site's name."""
    head = (f'<link rel="canonical" href="{address}">'
            f'<meta property="og:site_name" content="{address.split("/")[2].split(".")[0].title()}">')
    body = f'<article><h1>Ferien</h1><div class="byline">{byline}</div>{BODY}</article>'
    assert extract(page(head, body)).authors == expected


def credits(*pairs: tuple[str, str]) -> str:
    return '<section class="single-credits"><div class="credits">' + "".join(
        f'<div class="credits-credit"><div class="credits-credit-label">{role}</div>'
        f'<div class="credits-credit-text">{name}</div></div>' for role, name in pairs) + "</div></section>"


@pytest.mark.parametrize(("box", "expected"), [
    (credits(("Interview", "SVEN MICHAELSEN"), ("FOTOGRAF", "ERIC MICHAEL ROY")), ("Sven Michaelsen",)),  # iconmagazine.de
    (credits(("Styling", "Paris Libby"), ("Text:", "Jo Lee")), ("Jo Lee",)),
    (credits(("Words", "Jo Lee"), ("Photography", "Sam Berg")), ("Jo Lee",)),
    (credits(("Texte", "Jeanne Martin")), ("Jeanne Martin",)),
    (credits(("Fotos", "Eric Roy"), ("Styling", "Paris Libby")), ()),  # no one who wrote it
    ('<div class="article-meta"><div>Interview</div><div>Sven Michaelsen</div></div>', ()),  # not a credits list
])
def test_the_writer_a_magazines_credits_list_names(box: str, expected: tuple[str, ...]) -> None:
    """A magazine's credits list names its writer beside their role, as it does its photographer and stylist."""
    assert extract(page("", f"<article><h1>Sharon Stone</h1>{BODY}{box}</article>")).authors == expected


def test_a_word_of_a_site_named_with_and_is_no_owners_given_name() -> None:
    # jobsnhire.com's meta author "Jobs & Hire", its site's name: "Jobs" is no person
    assert clean_authors(["Jobs & Hire"], exclude="Jobs & Hire", min_words=1) == ()


@pytest.mark.parametrize(("head", "expected"), [
    # Yoast's Twitter card credits the writer under a label, in the site's language; the reading time is no name.
    ('<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">'
     '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="9 Minutes">',
     ("Karoline Herr",)),
    ('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Shana Nys Dambrot">',
     ("Shana Nys Dambrot",)),
    ('<meta name="twitter:label1" content="Filed under"><meta name="twitter:data1" content="Harbour Works">', ()),
    # A name the JSON-LD credits as an organisation is none in the meta tags either ...
    (ld('{"@type": "NewsArticle", "author": [{"@type": "Organization", "name": "OÖ Volksblatt"}]}')
     + '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="OÖ Volksblatt">', ()),
    # ... but Yoast's owner of a site, a Person and an Organization, is a person.
    (ld('{"@type": "NewsArticle", "author": {"@type": ["Person", "Organization"], "name": "Christoph Hein"}}')
     + '<meta name="author" content="Christoph Hein">', ("Christoph Hein",)),
])
def test_a_twitter_cards_written_by_and_an_organisation_in_json_ld(head: str, expected: tuple[str, ...]) -> None:
    assert extract(page(head)).authors == expected


def test_a_meta_author_that_is_the_sites_host_run_together_is_the_site() -> None:
    # "Interscenario" on interscenar.io names the site, not a person: the byline box names the author.
    html = page('<link rel="canonical" href="https://www.interscenar.io/politik/a"><meta name="author" '
                'content="Interscenario">', '<li class="submitted">Author: <a href="/autoren/gm">Gàbor Muniér</a>, '
                "Datum: 03.Mär.19</li>" + BODY)
    assert extract(html).authors == ("Gàbor Muniér",)


@pytest.mark.parametrize(("meta", "expected"), [
    # A meta author that gives another site's address credits the site's maker: a WordPress theme's on every page of
    # der-erfolg-gibt-recht.de, a web agency's; the byline box names the author.
    ("Frank Bueltge - http://bueltge.de", ("Anna Weber",)),
    ("Max Roe | https://roe-design.example/themes", ("Anna Weber",)),
    # The page's own address, of its host or a host above it, is no other site's.
    ("Jane Doe - https://www.coasttimes.example", ("Jane Doe",)),
    ("Jane Doe (coasttimes.example, www.coasttimes.example/about)", ("Jane Doe",)),
])
def test_a_meta_author_with_another_sites_address_is_the_sites_maker(meta: str, expected: tuple[str, ...]) -> None:
    html = page(f'<link rel="canonical" href="https://blog.coasttimes.example/2023/bridge"><meta name="author" '
                f'content="{meta}">', '<p class="byline">Von Anna Weber</p>' + BODY)
    assert extract(html).authors == expected


def test_a_lower_case_surname_from_structured_data_is_a_name() -> None:
    html = page('<meta name="author" content="Mobasir hassan">')
    assert extract(html).authors == ("Mobasir hassan",)
    assert clean_authors(["Mobasir hassan"]) == ()          # from a loose page box, it is not


PERSON = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "%s"}}'


# Scripts without capitals: no capital to check, so structured data's names are names as they stand.
@pytest.mark.parametrize(("head", "expected"), [
    (ld(PERSON % "محمد عبد الله"), ("محمد عبد الله",)),                          # Arabic, JSON-LD
    ('<meta name="author" content="יוסי כהן">', ("יוסי כהן",)),                  # Hebrew, meta author
    ('<meta name="author" content="राहुल शर्मा">', ("राहुल शर्मा",)),            # Hindi (vowel signs)
    (ld(PERSON % "李华"), ("李华",)),                                             # a Chinese name has no space,
    ('<meta name="author" content="김민수">', ("김민수",)),                        # nor a Korean one
    ('<meta name="author" content="山田 太郎">', ("山田 太郎",)),
    ('<meta name="author" content="李华、王明">', ("李华", "王明")),               # the CJK enumeration comma
    ('<meta name="author" content="本报记者">', ()),                              # "our reporter": a desk
    ('<meta name="author" content="מערכת וואלה">', ()),                           # "Walla editorial board"
    ('<meta name="author" content="新华社记者报道今天的新闻">', ()),                 # a sentence, no name
    (ld(PERSON % "新华社"), ()), ('<meta name="author" content="央视网">', ()),    # outlets: an agency, a website,
    (ld(PERSON % "人民日报"), ()), ('<meta name="author" content="조선일보">', ()),  # papers
    (ld(PERSON % "الجزيرة نت"), ()),
])
def test_names_in_scripts_without_capitals_from_structured_data(head: str, expected: tuple[str, ...]) -> None:
    assert extract(page(head)).authors == expected


@pytest.mark.parametrize(("raw", "expected"), [
    (["محمد عبد الله"], ()),                 # loose words in a page box: nothing says they are a name ...
    (["李华 报道"], ()),
    (["李华"], ()),
    (["By محمد عبد الله"], ("محمد عبد الله",)),  # ... unless a byline label credits them
    (["By 李华"], ("李华",)),
])
def test_caseless_words_in_a_page_box_need_a_byline_label(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("<h1>Skate park approved</h1><p>By Carlos Rivera</p>", ("Carlos Rivera",)),      # a box of its own, no class
    ('<div class="meta">By Carlos Rivera | <time>3 May 2023</time></div>', ("Carlos Rivera",)),
    ('<div data-component="byline-block"><div>By Huw Thomas</div><div>BBC Wales business correspondent</div></div>',
     ("Huw Thomas",)),
    ('<p class="autor">Por María José Sánchez</p>', ("María José Sánchez",)),            # a class in Spanish
    ('<p class="signature">Par Jeanne Martin</p>', ("Jeanne Martin",)),
    # the agency no author: the source of a page that names none, as a record's (test_byline_roles)
    ('<p class="byline">By MARK ONEILL Associated Press</p>', ("Mark Oneill",)),
    ("<p class=\"byline\">By JANE DOE and MARK O'NEILL Associated Press</p>", ("Jane Doe", "Mark O'Neill")),
    ('<p class="byline">By Jane Doe and John Smith of The Associated Press</p>', ("Jane Doe", "John Smith")),
    ('<div class="submitted">Submitted by <span class="username">Pat Kearney</span> on Tue, 03/14/2023 - 10:22</div>',
     ("Pat Kearney",)),                                                               # Drupal
    ('<p class="post-meta">Published: 14 March 2023 by Gwen Ellis</p>', ("Gwen Ellis",)),
    # In a date box too: a writer's label with its colon, a role in brackets (TYPO3 tt_news's "timedata"); a name
    # before the story's day, a blog's handle too; not the date's label ("Veröffentlicht am") run into the name.
    ('<div class="news-single-timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span>'
     "</div>", ("Eberhard Fuhr",)),
    ('<div class="meta">Posted in <a href="/c/">Datenschutz</a> by damianduchamps on August 3, 2019</div>',
     ("damianduchamps",)),
    ('<div class="meta">von Max Weber am 3. März 2020</div>', ("Max Weber",)),
    ('<div class="meta">von Herr_Rein Veröffentlicht am 3. März 2020</div>', ()),
    ("<p>Nā Hemi Smith</p>", ("Hemi Smith",)),                                         # Māori's "By"
    ('<p class="byline">Nā Hemi Smith rāua ko Aroha Walker</p>', ("Hemi Smith", "Aroha Walker")),
    ("<p>By the time we arrived, it was over.</p>", ()),                               # a sentence, not a byline
    # Two people: "and" (or "&", or another language's) between two names, each of two words or more.
    ('<p>By <a href="/a">Lena Ortiz</a> and <a href="/b">Sam Berg</a></p>', ("Lena Ortiz", "Sam Berg")),
    ("<p>By Lena Ortiz &amp; Sam Berg</p>", ("Lena Ortiz", "Sam Berg")),
    ("<div>Von Max Weber und Anna Schmidt</div>", ("Max Weber", "Anna Schmidt")),
    ("<p>By LENA ORTIZ and SAM BERG, Associated Press</p>", ("Lena Ortiz", "Sam Berg")),  # AP the source
    ("<p>By road and rail the goods arrived in town.</p>", ()),
    # An English label before "by": Joomla's "Written by", a blog's "Posted by".
    ('<dd class="createdby"><span class="icon-user"></span> Written by: <span>Jane Doe</span></dd>', ("Jane Doe",)),
    ('<span class="small">Written by Jane Doe</span>', ("Jane Doe",)),
    ("<p>Posted by Jane Doe | 3 March 2023</p>", ("Jane Doe",)),
    ("<p>Posted by admin</p>", ()),
    # An author's label with its colon, a role after the name; German's "von" in lower case over the story.
    ("<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>", ("Uta Staschewski",)),
    ("<p>Author: Jane Doe</p>", ("Jane Doe",)),
    ("<p><i>von Daniela Obers</i></p>", ("Daniela Obers",)),
    ("<p>von Hamburg nach Berlin</p>", ()),                                         # a way, not a byline
    # A list marked as the authors', a name an item; NITF's <byline> element, kept in a page.
    ('<ul class="author"><li>Stefan Loibl</li></ul>', ("Stefan Loibl",)),
    ('<ul class="meta__authors"><li>Ann Lee</li><li>Bob Stone</li></ul>', ("Ann Lee", "Bob Stone")),
    ("<byline>Von David Hutzler, dpa</byline>", ("David Hutzler",)),  # dpa the source of a page naming none
])
def test_bylines_without_a_byline_class(body: str, expected: tuple[str, ...]) -> None:
    assert extract(page(body=body + BODY)).authors == expected


@pytest.mark.parametrize("body", [
    '<div class="byline">By Jane Doe<br>Senior Writer</div>',
    '<div class="byline">By Jane Doe<br/>Senior Writer</div>',
    "<p>By Jane Doe<br>Senior Writer</p>",                                            # no class: its first line
    '<div class="byline">Jane Doe<br>Senior Writer</div>',
    '<div class="byline">By <a>Jane Doe</a><br><span class="role">Senior Writer</span></div>',
    '<div class="byline">By Jane Doe<div>Senior Writer</div></div>',
    ('<div class="author-box"><a>Jane Doe</a><div>Ist der Artikel hilfreich?<button>Ja</button> '
     "<button>Nein</button></div></div>"),                                            # buttons are no names
])
def test_a_role_on_a_line_of_its_own_is_no_part_of_the_name(body: str) -> None:
    assert extract(page(body=body + BODY)).authors == ("Jane Doe",)


@pytest.mark.parametrize("stamp", [
    '<span property="dc:date dc:created" content="2023-03-14T10:22:11+00:00">Submitted by Pat on Tue, 03/14/2023 - 10:22'
    "</span>",                                                                   # Drupal 7
    '<span property="schema:dateCreated" content="2023-03-14T10:22:11+00:00" class="rdf-meta hidden"></span>',  # 8 on
])
def test_a_drupal_rdfa_stamp_dates_the_page(stamp: str) -> None:
    found = extract(page(body=stamp + BODY))
    assert (found.date, found.date_source) == (date(2023, 3, 14), "time")


def test_a_microdata_publisher_names_the_source() -> None:
    body = ('<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
            '<meta itemprop="name" content="Bendigo Star"></div>' + BODY)
    assert extract(page(body=body)).source == "Bendigo Star"
    assert extract(page('<meta property="og:site_name" content="The Star">', body=body)).source == "The Star"


@pytest.mark.parametrize("head, expected", [
    # The publisher's quote left unescaped ends the attribute: the whole title is the <title>'s.
    ('<meta property="og:title" content="Senator calls the plan "reckless"">'
     '<title>Senator calls the plan "reckless"</title>', ('Senator calls the plan "reckless"', "title")),
    (ld('{"@type": "NewsArticle", "headline": "Senator calls the plan \\"reckless\\""}')
     + '<meta property="og:title" content="Senator calls the plan "reckless"">',
     ('Senator calls the plan "reckless"', "json-ld")),
    # A title that goes on past the meta tag's with a site's name, not a quote, leaves the meta tag whole.
    ('<meta property="og:title" content="Senator calls the plan reckless">'
     "<title>Senator calls the plan reckless | Coast Times</title>", ("Senator calls the plan reckless", "og")),
])
def test_a_title_cut_at_an_unescaped_quote_gives_way_to_the_whole_one(head: str, expected: tuple[str, str]) -> None:
    found = extract(page(head))
    assert (found.title, found.title_source) == expected


# Bylines that pages give and newssearch had missed (trafilatura-eval's tuning half).
@pytest.mark.parametrize(("raw", "expected"), [
    (["Posted on September 21, 2020 by Adi Tzlil"], ("Adi Tzlil",)),       # a date before "by": had named no one
    (["Monday, 3 May 2021, 10:30 am by Jane Doe"], ("Jane Doe",)),
    (["19.10.2019 von Max Weber"], ("Max Weber",)),
    (["Posted on May 3, 2020 by admin"], ()),                               # an account's name, as after "By"
    (["Photo 1 by Getty Images"], ()),                                      # no date: a number is no credit
    (["Von: Wolfgang Schmale"], ("Wolfgang Schmale",)),                     # "Von:" as "By:"; had named no one
    (["Par: Marie Curie"], ("Marie Curie",)),
    (["Richard David Precht im Gespräch mit Karin Fischer"], ("Richard David Precht", "Karin Fischer")),
    (["Jane Doe in conversation with John Roe"], ("Jane Doe", "John Roe")),  # an interview's two authors
    ([" Michael L. \xa0Anderson "], ("Michael L. Anderson",)),              # one space: one facet value
    (["Leiter der Abteilung"], ()), (["Uta Staschewski, Projektleiterin der HSS"], ("Uta Staschewski",)),  # "of the"
    (["Rafael van der Vaart"], ("Rafael van der Vaart",)),                 # but a particle's "der" is a name's
])
def test_more_byline_forms(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize("box", [
    '<div class="byline">Anna Berg</div>',                                  # names none of them: another's
    '<div class="author-box">Sign Out<br>By Rudolf Fischer</div>',          # another line of the box is no co-author
])
def test_structured_authors_win_over_a_byline_box(box: str) -> None:
    assert extract(page('<meta name="author" content="Rudolf Fischer">', body=box + BODY)).authors == \
        ("Rudolf Fischer",)


def test_a_by_in_a_box_of_its_own_opens_the_next_box() -> None:
    body = ('<div class="entry-meta"><span class="meta-prep-author">By </span><span class="author vcard">'
            f'<a class="url fn n" href="/author/daniel">Daniel</a></span></div>{BODY}')
    assert extract(page(body=body)).authors == ("Daniel",)                  # a lone name after "By"; had been none


@pytest.mark.parametrize("label, box, expected", [
    ("Artikel von:", "<address>Max Weber</address>", ("Max Weber",)),
    ("Artikel von:", "<address>hausinfo</address>", ()),                 # the site itself; "Artikel von" had been the author
    ("Written by", "<address>Jane Doe</address>", ("Jane Doe",)),
])
def test_a_label_in_a_box_of_its_own_opens_the_next_box(label: str, box: str, expected: tuple[str, ...]) -> None:
    body = (f'<ul class="article-references__authors"><li class="author-title">{label}</li>'
            f'<li class="author">{box}</li></ul>{BODY}')
    head = '<meta property="og:site_name" content="hausinfo.ch">'
    assert extract(page(head, body=body)).authors == expected


@pytest.mark.parametrize("raw, expected", [
    (["By Nada Tawfik, BBC News, New York"], ("Nada Tawfik",)),           # "New York" had been a second author
    (["By Jane Doe, NZ Herald, Wellington"], ("Jane Doe",)),
    (["By Jane Doe and John Roe, Reuters, New York"], ("Jane Doe", "John Roe", "Reuters")),  # the agency credited
    (["By Jane Doe, John Roe, Ann Poe"], ("Jane Doe", "John Roe", "Ann Poe")),  # no outlet: three people
    (["Artikel von:"], ()),                                                # a label with no name
])
def test_a_place_after_the_outlet_in_a_byline_is_no_author(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw, exclude="BBC News") == expected


PERSONAL = ('<meta property="og:site_name" content="Wolfgang Schmale">' + ld(
    '{"@graph": [{"@type": "Article", "author": {"@id": "#me"}}, {"@type": "Person", "@id": "#me", '
    '"name": "%s"}]}'))


def test_the_author_of_a_personal_site_named_after_them() -> None:
    assert extract(page(PERSONAL % "Wolfgang Schmale")).authors == ("Wolfgang Schmale",)  # a Person; had been none


@pytest.mark.parametrize("head, name", [
    # the site's name is an outlet's ("Times"), not a person's as "Wolfgang Schmale" is
    ('<meta property="og:site_name" content="Coast Times">', "Coast Times"),
    # the page's JSON-LD types the name as an Organization (a @graph node, its publisher)
    (ld('{"@type": "Organization", "name": "Harbour Daily"}'), "Harbour Daily"),
])
def test_an_outlet_typed_as_a_person_is_no_author(head: str, name: str) -> None:
    author = ld(f'{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{name}"}}}}')
    assert extract(page(head + author)).authors == ()  # had been the outlet's name
    byline = '<article><div class="byline">By Ann Lee</div>' + BODY + "</article>"
    assert extract(page(head + author, byline)).authors == ("Ann Lee",)


# A column's title in a byline box is no one: a set phrase after "by" ("Popular Demand", "Design" had been authors).
@pytest.mark.parametrize(("line", "authors"), [
    ("By Popular Demand", ()), ("By Design", ()), ("By Request", ()), ("By Any Means", ()), ("By No Means", ()),
    ("By Default", ()),
    ("By Mark Little", ("Mark Little",)), ("By Summer Page", ("Summer Page",)), ("By Will Rose", ("Will Rose",)),
    ("By Russell Means", ("Russell Means",)), ("By Hope Bay", ("Hope Bay",)),
])
def test_a_byline_box_of_a_set_phrase_names_no_one(line: str, authors: tuple[str, ...]) -> None:
    body = f'<article><p class="byline">{line}</p>' + BODY + "</article>"
    assert extract(page(body=body)).authors == authors


@pytest.mark.parametrize("line", ["From Our Own Correspondent", "By Our Own Correspondent"])
def test_a_byline_box_of_a_desks_role_alone_names_no_one(line: str) -> None:
    body = f'<article><p class="byline">{line}</p>' + BODY + "</article>"
    assert extract(page(body=body)).authors == ()  # "From Our" had been an author


@pytest.mark.parametrize("role", ["Senior Reporter", "Political Editor", "Chief Political Correspondent"])
def test_a_role_beside_the_name_in_an_author_box_is_no_part_of_it(role: str) -> None:
    body = f'<div class="author"><a href="/a/jd">Jane Doe</a><span class="role">{role}</span></div>' + BODY
    assert extract(page(body=body)).authors == ("Jane Doe",)  # "Jane Doe Senior Reporter" had been no one


@pytest.mark.parametrize("box, expected", [
    # a given name alone is trusted from a link to its author's page, as after "By" (both had named no one)
    ('<div class="meta">Von <span class="fn"><a href="/blog/author/tk/" rel="author">Thilo</a></span> / 6. November '
     '2023</div>', ("Thilo",)),
    ('<div class="entry-meta-author"><a class="author-name" href="https://x.example/author/matthias/">Matthias</a>'
     '</div>', ("Matthias",)),
    # ... or from the formatted name of an author box's hCard, whatever word stands before it (had named no one)
    ('<h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4>', ("Krimiblogger",)),
    ('<div class="author"><span>Matthias</span></div>', ()),  # not a loose word in a box
    ('<a rel="author" href="/author/admin/">Admin</a>', ()),  # nor a word of the site's
])
def test_a_lone_name_linked_to_its_authors_page(box: str, expected: tuple[str, ...]) -> None:
    assert extract(page(body=box + BODY)).authors == expected


@pytest.mark.parametrize("kind, author, expected", [
    # with no article object, the recipe or how-to the page is of credits its author, a community's account name too
    # (chefkoch.de's, homify.de's: both had named no one) ...
    ("Recipe", "jesusfreak", ("jesusfreak",)), ("HowTo", "robert.stitz", ("robert.stitz",)),
    ("Recipe", "Jane Doe", ("Jane Doe",)),
    ("Recipe", "admin", ()),                     # ... not a role's word
    ("Recipe", "wpengine", ()), ("HowTo", "webadmin", ()),  # ... nor a site's login
    ("NewsArticle", "medellín", ()),             # a lower-case word in a news article's JSON-LD is no account's
])
def test_the_author_of_the_work_a_page_is_of(kind: str, author: str, expected: tuple[str, ...]) -> None:
    work = ld(f'{{"@context": "https://schema.org", "@type": "{kind}", "name": "Kuchen", '
              f'"author": {{"@type": "Person", "name": "{author}"}}}}')
    assert extract(page(work)).authors == expected


def test_a_name_credited_from_a_box_keeps_the_boxs_date() -> None:
    # the hCard's name is the author, and the box's date still dates the page (the box had been read as "By Oscar")
    article = extract(page(body='<p class="vcard author">by <span class="fn">Oscar</span> on December 4, 2006</p>' + BODY))
    assert (article.authors, str(article.date)) == (("Oscar",), "2006-12-04")


@pytest.mark.parametrize("box, expected", [
    # a blog's account name credited as its author (both had named no one) ...
    ('<span class="by-author">von <span class="author vcard"><a class="url fn n" href="/author/g1zzm0/" rel="author">'
     'gizzmo</a></span></span>', ("gizzmo",)),
    ('<div class="post-author">by mady</div>', ("mady",)),
    # ... or in a box that holds only its link to the author's page, as WordPress's vcard does (had been no one)
    ('<span class="author vcard"><a class="url fn n" href="/author/admin/">uriebe</a></span>', ("uriebe",)),
    # ... not a lower-case word loose in a box, nor a desk's or a page's word after "By"
    ('<div class="author"><span>gizzmo</span></div>', ()),
    ('<div class="byline">Posted by redaktion</div>', ()), ('<div class="byline">By comments</div>', ()),
    # ... nor a site's login, a role's or a host's word inside the one word (had each been the author)
    ('<div class="byline">By oradmin</div>', ()), ('<div class="byline">By webmaster</div>', ()),
    ('<span class="author vcard"><a class="url fn n" href="/author/wpengine/">wpengine</a></span>', ()),
    ('<div class="post-author">by siteeditor</div>', ()), ('<div class="post-author">by newsstaff</div>', ()),
])
def test_an_account_name_credited_after_by(box: str, expected: tuple[str, ...]) -> None:
    assert extract(page(body=box + BODY)).authors == expected


@pytest.mark.parametrize("name, expected", [
    ("BBC News", ("Ann Lee",)), ("Staff", ("Ann Lee",)),   # an outlet or a desk typed as a Person is no one
    ("Reuters", ("Ann Lee",)),  # a wire agency is the story's credit: the source of a page that names none
])
def test_an_outlet_desk_or_agency_typed_as_a_person(name: str, expected: tuple[str, ...]) -> None:
    author = ld(f'{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{name}"}}}}')
    byline = '<article><div class="byline">By Ann Lee</div>' + BODY + "</article>"
    assert extract(page(author, byline)).authors == expected


def test_a_personal_sites_organization_of_its_owners_name_leaves_the_owner() -> None:
    head = PERSONAL % "Wolfgang Schmale" + ld('{"@type": "Organization", "name": "Wolfgang Schmale"}')
    assert extract(page(head)).authors == ("Wolfgang Schmale",)


def test_an_author_named_as_the_site_but_no_person_is_still_the_site() -> None:
    head = ('<meta property="og:site_name" content="Stack Overflow">'
            + ld('{"@type": "Article", "author": {"@type": "Organization", "name": "Stack Overflow"}}')
            + '<meta name="author" content="Stack Overflow">')
    assert extract(page(head)).authors == ()


RELATED = ld('{"@type": "NewsArticle", "headline": "Governor signs housing bill", "datePublished": "2023-07-11", '
             '"author": {"@type": "Person", "name": "Wendy Osher"}, "url": "https://news.example/2023/07/11/housing/"}')
OWN = ld('{"@type": "NewsArticle", "headline": "Wildfire forces evacuation", "datePublished": "2023-08-09", '
         '"author": {"@type": "Person", "name": "Kehaulani Cerizo"}, "mainEntityOfPage": "%s"}')


@pytest.mark.parametrize("canonical, own", [
    ("https://news.example/2023/08/09/wildfire/", "https://news.example/2023/08/09/wildfire/"),
    ("https://news.example/2023/08/09/wildfire/", "https://amp.news.example/2023/08/09/wildfire"),  # its AMP copy
])
def test_the_jsonld_article_of_the_page_s_own_address_wins_over_a_related_story(canonical: str, own: str) -> None:
    found = extract(page(f'<link rel="canonical" href="{canonical}">' + RELATED + OWN % own, body=BODY))
    assert (found.title, found.date, found.authors) == ("Wildfire forces evacuation", date(2023, 8, 9),
                                                        ("Kehaulani Cerizo",))


def test_without_an_address_to_tell_them_apart_the_first_jsonld_article_wins() -> None:
    found = extract(page(RELATED + OWN % "https://news.example/2023/08/09/wildfire/", body=BODY))
    assert found.title == "Governor signs housing bill"


@pytest.mark.parametrize("box, expected", [
    ('<p class="date">Published: 09/12/2023</p>', date(2023, 9, 12)),
    ('<span class="post-date">Posted on 12/03/2023</span>', date(2023, 12, 3)),
    ('<div class="meta">Date: 2023-03-12</div>', date(2023, 3, 12)),
    ('<div class="date">Tue, 09/12/2023 - 21:14</div>', date(2023, 9, 12)),   # Drupal's default date format
    ('<p>Published: 2023-03-12</p>', date(2023, 3, 12)),                      # a date line under the headline
])
def test_a_numeric_date_after_a_label_or_a_weekday_dates_the_page(box: str, expected: date) -> None:
    found = extract(page(body=f"<article><h1>Harbour bridge reopens</h1>{box}{BODY}</article>"))
    assert (found.date, found.date_source) == (expected, "dateline")


def test_a_numeric_date_in_the_opening_of_the_text_is_no_dateline() -> None:
    body = "<article><p>The report, released 09/12/2023, found the work was finished on time and under budget.</p>"
    assert extract(page(body=body + BODY + "</article>")).date is None


@pytest.mark.parametrize(("opening", "expected"), [
    # The day of what the opening sentence tells of, after its "am" or "on", is no day the text was written
    # (wiki.piratenpartei.de, tuning: its next meeting's day had been the page's).
    ("Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.", None),
    ("The next meeting of the club takes place on Saturday, June 8, 2024 at the town hall.", None),
    # Nor is the last of a run of days (slf.ch, tuning: "Wochenbericht 14. - 20. Januar 2022" had been the 20th).
    ("Wochenbericht 14. - 20. Januar 2022: Schwache Profile und eine günstige Lawinensituation im Wallis.", None),
    # Portuguese's "em" and Dutch's "op" too, the words for "on" the page's date labels read (htmldatelines.LABEL_ON).
    ("A próxima reunião do clube será em 8 de junho de 2024 na câmara municipal.", None),
    ("De volgende vergadering van de club vindt plaats op 8 juni 2024 in het stadhuis.", None),
    # A publishing word's "am" is the page's day.
    ("Veröffentlicht am 16.08.2019 von der Redaktion, mit einer Stunde Dauer.", date(2019, 8, 16)),
    ("Gepubliceerd op 16.08.2019 door de redactie, met een uur aan beelden.", date(2019, 8, 16)),
])
def test_an_events_day_in_the_opening_sentence_is_no_dateline(opening: str, expected: date | None) -> None:
    assert extract(page(body=f"<article><p>{opening}</p>{BODY}</article>")).date == expected


@pytest.mark.parametrize(("kicker", "expected"), [
    # A kicker over the headline in its box that opens with the date and names the section (liquimoly-hbl.de, tuning).
    ("<figcaption><small>31.01.2022&nbsp; 2. HBL</small><h1>Harbour bridge reopens</h1></figcaption>",
     date(2022, 1, 31)),
    ("<p>3 May 2021 | Politics</p><h1>Harbour bridge reopens</h1>", date(2021, 5, 3)),
    # A sentence over it that names a day is none, nor a date in another box over it, nor the page's header's.
    ("<p>3 May 2021 was the day the council first voted on the plan</p><h1>Harbour bridge reopens</h1>", None),
    ("<div><p>3 May 2021</p><p>Politics</p></div><div><h1>Harbour bridge reopens</h1></div>", None),
    ("<header><p>Monday, 3 May 2021</p></header><h1>Harbour bridge reopens</h1>", None),
])
def test_a_date_line_over_the_headline(kicker: str, expected: date | None) -> None:
    found = extract(page("<title>Harbour bridge reopens</title>", f"<div>{kicker}</div>{BODY}"))
    assert found.date == expected


STANDFIRST = ("<p>The industry warned again that the plan would slow the switch to renewable power in the region, "
              "where wind and solar farms had been planned for years, and cost the towns their income.</p>")


@pytest.mark.parametrize(("opening", "expected"), [
    # A press release dates its text after the standfirst: the date, a dash, the first sentence.
    ("<p>29.11.2022 – The industry had warned for weeks of the costs of the plan for wind and solar farms.</p>",
     date(2022, 11, 29)),
    ("<p>3 May 2021 — The industry had warned for weeks of the costs of the plan for wind and solar farms.</p>",
     date(2021, 5, 3)),
    # A date in a sentence, or without its dash, is no such dateline.
    ("<p>On 29.11.2022 the industry had warned of the costs of the plan for wind and solar farms again.</p>", None),
    ("<p>29.11.2022 was the day the industry warned of the costs of the plan for wind and solar farms.</p>", None),
])
def test_a_press_releases_dated_paragraph_after_its_standfirst(opening: str, expected: date | None) -> None:
    found = extract(page(body=f"<article><h1>Harbour bridge reopens</h1>{STANDFIRST}{opening}{BODY}</article>"))
    assert found.date == expected


@pytest.mark.parametrize("box", [
    # A stamp after an update label is the update's, whatever its element.
    '<p>Updated <time datetime="2022-12-14T10:00">Dec. 14, 2022</time> | Published <time datetime="2022-12-13T10:00">'
    "Dec. 13, 2022</time></p>",
    '<div class="info"><span>Updated</span> <time datetime="2022-12-14T10:00">Dec. 14, 2022</time><br><span>Published'
    '</span> <time datetime="2022-12-13T10:00">Dec. 13, 2022</time></div>',
    "<p>Last updated: <time>Dec. 14, 2022</time><br>First published: <time>Dec. 13, 2022</time></p>",
    # A box that says both, the update first or second: its publication part.
    '<div class="story-dates">Last updated: 14 December 2022 · First published: 13 December 2022</div>',
    '<div class="timestamp">Posted Tue 13 Dec 2022 at 9:32am, updated Wed 14 Dec 2022 at 4:19pm</div>',
    '<p lang="de">Aktualisiert am 14.12.2022, zuerst veröffentlicht am 13.12.2022</p>',
    '<div class="meta"><p>By <a href="/a">Lena Ortiz</a> and <a href="/b">Sam Berg</a></p>'   # lines a <br> apart
    "<p>Updated December 14, 2022 - 11:52 PM<br>Published December 13, 2022 - 9:30 PM</p></div>",
])
def test_of_a_published_and_updated_pair_the_publication_dates_the_page(box: str) -> None:
    found = extract(page(body=f"<article><h1>Harbour bridge reopens</h1>{box}{BODY}</article>"))
    assert found.date == date(2022, 12, 13)


SITE_ONLY = ('<html><head><title>The Gisborne Herald</title></head><body><div id="masthead"><a href="/" rel="home">'
             '<img alt="The Gisborne Herald" src="logo.png"></a></div><div class="article-view">%s'
             "<p>State Highway 2 through the Waioeka Gorge reopened to all traffic yesterday afternoon.</p>" + BODY +
             "</div></body></html>")


@pytest.mark.parametrize("heading, expected", [
    ('<h2 class="article-headline">SH2 reopens through Waioeka Gorge</h2>', ("SH2 reopens through Waioeka Gorge", "h2")),
    # No heading marked as the headline: the page may be the site's own ("About"), whose name is its title.
    ("", ("The Gisborne Herald", "title")),
    ('<section class="widget"><h2 class="widget-title">Recent posts</h2></section>', ("The Gisborne Herald", "title")),
])
def test_a_title_tag_that_only_names_the_site_gives_way_to_a_headline_h2(heading: str, expected: tuple[str, str]) -> None:
    found = extract(SITE_ONLY % heading)
    assert (found.title, found.title_source) == expected


HOME = '<div class="site-name"><a href="/" rel="home">Rural Voice</a></div>'
CANONICAL = '<link rel="canonical" href="https://www.ruralvoice.example/news/grain">'


@pytest.mark.parametrize("head, body, expected", [
    # No og:site_name nor publisher: the title's segment its home link or logo names too, or a publisher it knows.
    (f"<title>Grain prices fall as harvest looms | Rural Voice</title>{CANONICAL}", HOME, "Rural Voice"),
    (f"<title>Rural Voice - Grain prices fall as harvest looms</title>{CANONICAL}", HOME, "Rural Voice"),
    ("<title>Rural Voice</title>", HOME, "Rural Voice"),                 # a title that is the site's name alone
    ("<title>UK inflation falls to 8.7% | Inflation | The Guardian</title>", "", "The Guardian"),
    # A segment no other part of the page names as the site is the headline's or a section's: the host stays.
    (f"<title>Grain prices fall as harvest looms | Farming</title>{CANONICAL}", HOME, "ruralvoice.example"),
    (f"<title>Grain prices fall | Home</title>{CANONICAL}", '<a href="/">Home</a>', "ruralvoice.example"),
    (f"<title>Grain prices fall | Übersicht</title>{CANONICAL}", '<a href="/">Übersicht</a>', "ruralvoice.example"),
    # A doubled bar or a symbol before the name is no part of it (uniqz.de: "| ✂ Uniqz®" had been its source).
    (f"<title>Grain prices fall | | ✂ Rural Voice</title>{CANONICAL}", HOME, "Rural Voice"),
])
def test_the_site_named_in_the_title_and_on_the_page_is_the_source(head: str, body: str, expected: str) -> None:
    assert extract(page(head, body=body + BODY)).source == expected


@pytest.mark.parametrize("title, expected", [
    ("Bridge reopens after repairs | Coast Times", "Bridge reopens after repairs"),   # no other tag names the site
    ("Bridge reopens after repairs - Whanganui Chronicle Online", "Bridge reopens after repairs"),
    ("Storm hits coast – what you need to know", "Storm hits coast – what you need to know"),  # the headline's dash
    ("Korsetts - Shops, Designer, online kaufen", "Korsetts - Shops, Designer, online kaufen"),
])
def test_an_og_title_that_is_the_title_tag_loses_a_site_s_name_as_it_does(title: str, expected: str) -> None:
    found = extract(page(f'<meta property="og:title" content="{title}"><title>{title}</title>'))
    assert (found.title, found.title_source) == (expected, "og")


@pytest.mark.parametrize(("raw", "expected"), [
    (["Story by Jane Doe • Photos by John Roe"], ("Jane Doe",)),          # a bullet between the parts: had been none
    (["By Jane Doe • March 3, 2023"], ("Jane Doe",)),
    (["Jane Doe jane.doe@coasttimes.example"], ("Jane Doe",)),            # an e-mail address after the name
    (["By Jane Doe Special to The Post"], ("Jane Doe",)),                 # a US paper's contributor
    (["Words: Jane Doe | Pictures: John Roe"], ("Jane Doe",)),            # a magazine's credits
    (["Reporting by Jane Doe"], ("Jane Doe",)),
    (["Reporting by Jane Doe; Editing by John Roe"], ("Jane Doe",)),      # the editor is no author
    # the picture's credit after the names with no mark between (ebike-mtb.com: had named only the first writer)
    (["Words: Rudolf Fischer, Simon Kohler Photos: Simon Kohler"], ("Rudolf Fischer", "Simon Kohler")),
    (["Text von Christian Seiler Illustration von Markus Roost"], ("Christian Seiler",)),
    (["By Jane Doe Photography by John Roe"], ("Jane Doe",)),
])
def test_a_byline_with_its_photographer_address_or_contributor_note(raw: list[str], expected: tuple[str, ...]) -> None:
    assert clean_authors(raw) == expected


STORY_URL = '<meta property="og:url" content="https://coasttimes.example/news/2023/03/03/bridge-reopens">'


@pytest.mark.parametrize("head, expected", [
    # A canonical link to the home page (a misconfigured SEO plugin puts it on every page) is no article's address.
    ('<link rel="canonical" href="https://coasttimes.example/">' + STORY_URL,
     "https://coasttimes.example/news/2023/03/03/bridge-reopens"),
    ('<link rel="canonical" href="https://coasttimes.example/index.php">' + STORY_URL,
     "https://coasttimes.example/news/2023/03/03/bridge-reopens"),
    ('<link rel="canonical" href="https://coasttimes.example/">', "https://coasttimes.example/"),  # the only one
])
def test_a_canonical_link_to_the_home_page_gives_way_to_the_story_s_address(head: str, expected: str) -> None:
    assert extract(page(head)).url == expected


@pytest.mark.parametrize(("raw", "expected"), [
    (["김민수 기자"], ("김민수",)),            # Korean: the name, then "reporter" (every Korean byline): had been none
    (["김민수 특파원"], ("김민수",)),           # "correspondent"
    (["记者 李华"], ("李华",)),                # Chinese: "reporter" first
    (["本报记者 李华"], ("李华",)),            # "our paper's reporter"
    (["记者 李华 报道"], ("李华",)),           # "reporter Li Hua reports"
    (["山田太郎記者"], ("山田太郎",)),          # Japanese, unspaced
    (["本报记者"], ()),                        # the desk alone is no one
])
def test_a_reporter_s_title_in_a_script_without_capitals_is_no_part_of_the_name(raw: list[str],
                                                                                expected: tuple[str, ...]) -> None:
    assert clean_authors(raw) == expected


def test_a_korean_byline_in_a_journalist_box_names_its_reporter() -> None:
    body = ('<a href="/journalist/1" class="media_end_head_journalist_box"><em class="media_end_head_journalist_name">'
            "김민수 기자</em></a>" + BODY)                                      # Naver's
    assert extract(page(body=body, lang=' lang="ko"')).authors == ("김민수",)


@pytest.mark.parametrize("box, lang, expected", [
    ('<div class="article-dates"><span>نشر في 29/8/2023</span></div>', ' lang="ar"', date(2023, 8, 29)),
    ('<div class="story-dates">14 March 2023</div>', "", date(2023, 3, 14)),     # "dates", as "date" had been
])
def test_a_box_whose_class_names_dates_is_a_date_box(box: str, lang: str, expected: date) -> None:
    found = extract(page(body=f"<article><div class='kicker'>World</div><div class='teaser'>Budget</div>{box}{BODY}"
                              "</article>", lang=lang))
    assert (found.date, found.date_source) == (expected, "dateline")


@pytest.mark.parametrize("credit", [
    # A picture's credit in its caption (the Vancouver Sun's, a Reuters photographer's)
    '<figure><img src="a.jpg"><figcaption><span class="img-author"><span itemprop="creator">Mike Blake/Reuters files'
    "</span></span></figcaption></figure>",
    # the credit of a WordPress theme in the page's footer
    '<div class="powered"><span class="theme-name">Theme: Catch Evolution by </span><span class="theme-author">'
    '<a href="https://catchthemes.example/">Catch Themes</a></span></div>',
    '<div class="site-info">Proudly powered by WordPress | Theme: Twenty by <span class="author">Jo Themer</span></div>',
])
def test_a_picture_s_or_a_theme_s_credit_is_no_author_of_the_article(credit: str) -> None:
    body = f'<article><h1>Harbour bridge reopens</h1><p class="byline">By Lena Ortiz</p>{credit}{BODY}</article>'
    assert extract(page(body=body)).authors == ("Lena Ortiz",)
    assert extract(page(body=f"<article><h1>Harbour bridge reopens</h1>{credit}{BODY}</article>")).authors == ()


@pytest.mark.parametrize("dateline", [
    # The Guardian shows its last update, and its first publication under it: the first publication dates the page.
    '<details><summary><span>Thu 25 May 2023 11.37 BST</span></summary>First published on Wed 24 May 2023 07.14 BST'
    "</details>",
    "<p>25 May 2023</p><p>Originally published May 24, 2023</p>",
])
def test_a_date_line_of_the_first_publication_wins_over_one_without_a_label(dateline: str) -> None:
    body = f"<article><h1>UK inflation falls to 8.7%</h1><p>Richard Partington</p>{dateline}{BODY}</article>"
    assert extract(page(body=body, lang=' lang="en-GB"')).date == date(2023, 5, 24)


@pytest.mark.parametrize("value", ["9" * 5000, "[" * 100_000])
def test_json_ld_with_a_number_too_long_or_nesting_too_deep_for_python_is_passed_over(value: str) -> None:
    # json raised ValueError (a number past Python's 4,300 digits) or RecursionError out of the page's reader: the
    # page was skipped as "reader failed" (fuzz seed 55). The script is no data; the page is read.
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Oil", '
            f'"datePublished": {value}}}</script></head><body><article><h1>Oil prices rise</h1>'
            "<p>Oil prices rose on Tuesday as OPEC ministers met in Vienna to discuss output cuts.</p>"
            "</article></body></html>")
    assert jsonld.parse_script(page.split(">", 3)[3].split("</script>")[0]) == []
    assert extract(page.encode(), "p.html").body == "Oil prices rose on Tuesday as OPEC ministers met in Vienna to discuss output cuts."


def test_a_page_of_no_title_tag_is_titled_by_its_one_h1() -> None:
    # A bare page (an e-mail's attached .html, a page written by hand) whose only title is its h1: the headline had
    # been neither its title (its lede was) nor in its text, its words found by no search.
    found = extract("<html><body><h1>Attached page</h1><p>The page has civetword in its body text.</p></body></html>")
    assert (found.title, found.title_source) == ("Attached page", "h1")


# Yoast's @graph names the publisher by reference, {"@id": "…/#organization"}, the Organization its own node: its name
# is the publisher, as a reference's author is (it had been the page's host, "thespinoff.co.nz").
YOAST_PUBLISHER = """<html><head><title>Council votes - The Spinoff</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "Council votes", "datePublished": "2023-06-01T05:12:00+00:00",
  "publisher": {"@id": "https://thespinoff.co.nz/#organization"},
  "mainEntityOfPage": {"@id": "https://thespinoff.co.nz/politics/council-votes"}},
 {"@type": "WebPage", "@id": "https://thespinoff.co.nz/politics/council-votes",
  "url": "https://thespinoff.co.nz/politics/council-votes"},
 {"@type": "Organization", "@id": "https://thespinoff.co.nz/#organization", "name": "The Spinoff"}]}</script>
<link rel="canonical" href="https://thespinoff.co.nz/politics/council-votes"></head>
<body><article><h1>Council votes</h1><p>Auckland Council has voted 12-8 to sell its remaining stake in Auckland
Airport, the mayor said on Thursday evening after a long debate.</p></article></body></html>"""


def test_a_publisher_named_by_reference_is_its_nodes_name() -> None:
    assert extract(YOAST_PUBLISHER).source == "The Spinoff"


def test_a_json_ld_authors_list_of_names_is_each_person() -> None:
    # {"@type": "Person", "name": ["Jane Doe", "John Roe"]}: each name one author (the second had been lost)
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quake rocks '
            'Wellington", "author": {"@type": "Person", "name": ["Jane Doe", "John Roe"]}}</script></head><body>'
            "<article><h1>Quake rocks Wellington</h1><p>A magnitude 5.8 earthquake shook Wellington just after "
            "midnight, GeoNet said. There were no reports of damage.</p></article></body></html>")
    assert extract(page).authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize("mark", [
    '<meta itemprop="mainEntityOfPage" content="https://news.example/2023/03/bike-lanes.html">',
    '<link itemprop="mainEntityOfPage" href="https://news.example/2023/03/bike-lanes.html">',
    # Google's AMP-era example: the page's address in the WebPage's itemid
    '<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage"'
    ' itemid="https://news.example/2023/03/bike-lanes.html">',
    '<link itemprop="url" href="https://news.example/2023/03/bike-lanes.html">',
])
def test_a_microdata_articles_own_address_is_its_url(mark: str) -> None:
    """A page marked with schema.org microdata alone names its address in the article's mainEntityOfPage or url, as
    JSON-LD does: it had no address, with neither a canonical link nor og:url."""
    body = (f'<div itemscope itemtype="http://schema.org/NewsArticle">{mark}<h1 itemprop="headline">Bike lanes</h1>'
            '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<link itemprop="url" href="https://news.example/author/jane"><span itemprop="name">Jane Doe</span></span>'
            f'{BODY}</div>')
    assert extract(page(body=body)).url == "https://news.example/2023/03/bike-lanes.html"


def test_a_microdata_url_of_another_item_is_not_the_articles() -> None:
    """The author's or the publisher's url in the article's microdata is theirs, not the article's."""
    body = ('<div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Bike lanes</h1>'
            '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            '<link itemprop="url" href="https://news.example/author/jane"><span itemprop="name">Jane Doe</span></span>'
            f'{BODY}</div>')
    assert extract(page(body=body)).url is None
