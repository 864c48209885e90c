"""Publication dates parsed from metadata strings; placeholders rejected; local day kept."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newssearch.documents.dates import boxed_date, parse_date, slashed_order
from newssearch.documents.dayevidence import has_ambiguous_date, shown_day_first
from newssearch.documents.dayfirst import (
    DAY_FIRST_ENGLISH_REGIONS,
    document_locale,
    host_region,
    not_after_update,
    publisher_region,
    writes_day_first,
)
from newssearch.documents.isomoments import iso_moment
from newssearch.documents.languages import language_code, language_region
from newssearch.documents.urldates import date_in_url, url_dated


@pytest.mark.parametrize("value, expected", [
    ("2020-06-19", date(2020, 6, 19)),
    ("2020-06-19T23:30:00+12:00", date(2020, 6, 19)),  # the publisher's day, not UTC's 18th
    ("2020-06-18T20:00:00-05:00", date(2020, 6, 18)),
    ("Fri, 19 Jun 2020 10:00:00 +1200", date(2020, 6, 19)),
    ("June 5, 2020", date(2020, 6, 5)),
    ("5 June 2020", date(2020, 6, 5)),
    ("01/04/63", date(1963, 1, 4)),
    ("20200619", date(2020, 6, 19)),
    ("20200619103000", date(2020, 6, 19)),                  # a compact time after it: GDELT's, the Wayback Machine's
    ("202006191030", date(2020, 6, 19)),
    (1592560000, date(2020, 6, 19)),
    ("Sun, 01 Jan 50 00:00:00 GMT", date(1950, 1, 1)),    # a two-digit year as 01/01/50 reads it, not 2050
    ("01 Jan 50", date(1950, 1, 1)),                     # without a time too
    ("Mon, 01 Jan 20", date(2020, 1, 1)),
    ("Fri, 19 Jun 20 23:30:00 GMT", date(2020, 6, 19)),
    ("Wed Oct 10 20:19:24 +0000 2018", date(2018, 10, 10)),  # Twitter's created_at
    ("Fri Jun 19 23:30:00 2020", date(2020, 6, 19)),        # C's ctime
    ("19-Jun-2020", date(2020, 6, 19)),
    ("7-Mar-24", date(2024, 3, 7)),                         # Excel's d-mmm-yy: a two-digit year as 01/01/50 reads it
    ("07-MAR-87", date(1987, 3, 7)),
    ("Publié le 12 févr. 2024 à 18:03", date(2024, 2, 12)),  # short month names between a day and a year
    ("3. Okt. 2023", date(2023, 10, 3)),
    ("25 abr 2023", date(2023, 4, 25)),
    ("25 set 2023", date(2023, 9, 25)),
    ("19-06-2020", date(2020, 6, 19)),
    ("06-19-2020", date(2020, 6, 19)),
    ("2020.06.19", date(2020, 6, 19)),
    ("23.09.22", date(2022, 9, 23)),                        # alone: a two-digit year
    ("1789-07-14", date(1789, 7, 14)),                      # before 1800: old papers are news too
    ("14 July 1789", date(1789, 7, 14)),
])
def test_parses_common_forms(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["0001-01-01", "1970-01-01T00:00:00Z", "2020-02-30", "soon", "", None, 0,
                                   "1066-10-14", "2020/06-19", "19-06/2020", "version 1.2.22", "1.2.3",
                                   "01-23-45", "2.10.12", "06-10 17:50",  # a code, a version, a day and a time
                                   "out 3, 2023", "3 out of 2023 cases", "7-Mar-245",  # a short foreign month only after a day
                                   "2024年13月7日", "2024年7月", "12024年7月7日",  # no 13th month, no day, no year
                                   "20200619253000", "2020061910300", "202006191030001"])  # no 25th hour; no time
def test_rejects_placeholders_and_nonsense(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize("value, expected", [
    ("15. März 2023", date(2023, 3, 15)),
    ("Veröffentlicht am 03.11.2023 | 18:22 Uhr", date(2023, 11, 3)),   # day first, as Europe writes it
    ("3 novembre 2023", date(2023, 11, 3)),
    ("1er janvier 2020", date(2020, 1, 1)),
    ("5 de mayo de 2021", date(2021, 5, 5)),
    ("12 agosto 2019", date(2019, 8, 12)),
    ("8 maart 2022", date(2022, 3, 8)),
    ("5 de marzo del 2024", date(2024, 3, 5)),                 # Spanish "del" before the year
    ("1° marzo 2024", date(2024, 3, 1)),                       # Italian first of the month, degree sign
    ("1º marzo 2024", date(2024, 3, 1)),                       # or ordinal indicator
    ("5 марта 2024", date(2024, 3, 5)),                        # Russian: the genitive a date writes
    ("1 мая 2024 года", date(2024, 5, 1)),
    ("12 ДЕКАБРЯ 2023", date(2023, 12, 12)),
    ("1 май 2024", date(2024, 5, 1)),                          # the nominative
    ("5 Μαρτίου 2024", date(2024, 3, 5)),                      # Greek: the genitive
    ("5 ΜΑΡΤΙΟΥ 2024", date(2024, 3, 5)),                      # capitals, without accents
    ("15 ΜΑΪΟΥ 2024", date(2024, 5, 15)),                      # capitals keep the diaeresis
    ("15 μαιου 2024", date(2024, 5, 15)),                      # no marks at all
    ("2024年7月7日", date(2024, 7, 7)),                         # Chinese and Japanese
    ("2024 年 7 月 7 日", date(2024, 7, 7)),
    ("2024年07月07日 10:30", date(2024, 7, 7)),
    ("发布于2024年7月7日", date(2024, 7, 7)),                    # after a word: no word boundary
    ("２０２４年７月７日", date(2024, 7, 7)),                       # full-width digits
    ("2024년 4월 10일", date(2024, 4, 10)),                     # Korean
    ("2 Aralık 2026", date(2026, 12, 2)),                      # Turkish (Hürriyet)
    ("2 ARALIK 2026", date(2026, 12, 2)), ("2 aralik 2026", date(2026, 12, 2)), ("5 EKİM 2026", date(2026, 10, 5)),
    ("12 Şubat 2025 Çarşamba", date(2025, 2, 12)),
    ("2 joulukuuta 2026", date(2026, 12, 2)),                  # Finnish (Yle), the partitive
    ("2.12.2026", date(2026, 12, 2)),
    ("2 maj 2026", date(2026, 5, 2)), ("2 augusti 2026", date(2026, 8, 2)),  # Swedish (SVT)
    ("2. marts 2026", date(2026, 3, 2)), ("2. desember 2026", date(2026, 12, 2)),  # Danish, Norwegian
    ("2 grudnia 2026", date(2026, 12, 2)), ("15 września 2025", date(2025, 9, 15)),  # Polish, the genitive
    ("2 Desember 2026", date(2026, 12, 2)), ("17 Agustus 2025", date(2025, 8, 17)),  # Indonesian
    ("2 दिसंबर 2026", date(2026, 12, 2)), ("5 फ़रवरी 2026", date(2026, 2, 5)),  # Hindi (BBC Hindi, Dainik Bhaskar)
    ("2 בדצמבר 2026", date(2026, 12, 2)), ("2 דצמבר 2026", date(2026, 12, 2)),  # Hebrew, "in December" too
    ("2 ديسمبر 2026", date(2026, 12, 2)), ("٢ ديسمبر ٢٠٢٦", date(2026, 12, 2)),  # Arabic, Arabic-Indic digits
    ("2 كانون الأول 2026", date(2026, 12, 2)), ("15 آذار 2025", date(2025, 3, 15)),  # the Levant's Syriac names
    ("۲ دسامبر ۲۰۲۶", date(2026, 12, 2)),                      # Persian's names of the Western months
    ("2 ธันวาคม 2569", date(2026, 12, 2)),                     # Thai: the Buddhist Era's year (2026 + 543)
    ("2 ธ.ค. 2569", date(2026, 12, 2)), ("2 ธันวาคม 2026", date(2026, 12, 2)),
    ("2 tháng 12 năm 2026", date(2026, 12, 2)),                # Vietnamese
    ("2 Hakihea 2026", date(2026, 12, 2)),                     # Māori
    ("12 листопада 2023", date(2023, 11, 12)), ("1 травня 2024", date(2024, 5, 1)),  # Ukrainian, the genitive
    ("30 СІЧНЯ 2024", date(2024, 1, 30)),
    ("2 ديسمبر/كانون الأول 2026", date(2026, 12, 2)),           # Al Jazeera: the Western name, then the Levant's
    ("2 de desembre de 2026", date(2026, 12, 2)), ("2 d'octubre de 2026", date(2026, 10, 2)),  # Catalan
])
def test_dates_in_other_languages(value: str, expected: date) -> None:
    assert parse_date(value) == expected


# Month names of Central and Eastern Europe's languages, each had given no date: Czech's and Croatian's genitive (also
# typed without marks), Slovak's and Serbian's (Latin and Cyrillic), Romanian's, Bulgarian's; Hungarian writes the year
# first, the month maybe cut short, a full stop after the day or its case ending ("5-én").
@pytest.mark.parametrize("value, expected", [
    ("5. března 2024", date(2024, 3, 5)), ("17. listopadu 2023", date(2023, 11, 17)),  # Czech
    ("1. září 2024", date(2024, 9, 1)), ("1. zari 2024", date(2024, 9, 1)), ("5. ČERVENCE 2024", date(2024, 7, 5)),
    ("5. marca 2024", date(2024, 3, 5)), ("5. júna 2024", date(2024, 6, 5)), ("5. októbra 2024", date(2024, 10, 5)),
    ("5 martie 2024", date(2024, 3, 5)), ("5 mai 2024", date(2024, 5, 5)), ("12 decembrie 2023", date(2023, 12, 12)),
    ("5. ožujka 2024", date(2024, 3, 5)), ("5. studenoga 2024.", date(2024, 11, 5)), ("5. ozujka 2024", date(2024, 3, 5)),
    ("5. marta 2024", date(2024, 3, 5)), ("5. avgusta 2024", date(2024, 8, 5)), ("5. фебруара 2024", date(2024, 2, 5)),
    ("5 март 2024", date(2024, 3, 5)), ("5 февруари 2024", date(2024, 2, 5)), ("5 октомври 2024 г.", date(2024, 10, 5)),
    ("5 Μαρτίου 2024", date(2024, 3, 5)), ("5 березня 2024", date(2024, 3, 5)),  # Greek and Ukrainian, as before
    ("2024. március 5.", date(2024, 3, 5)), ("2024. márc. 5.", date(2024, 3, 5)),  # Hungarian
    ("2024. szeptember 15., vasárnap", date(2024, 9, 15)), ("2024. március 5-én", date(2024, 3, 5)),
    ("2024. MÁRCIUS 5. 10:30", date(2024, 3, 5)), ("2024.03.05.", date(2024, 3, 5)),
])
def test_dates_in_more_languages_of_europe(value: str, expected: date) -> None:
    assert parse_date(value) == expected


# Their names are read only between a day and a year: Romanian's "mai" ("more") or a Hungarian name after a sentence's
# year ("in 2024. November 5 people") is no date.
@pytest.mark.parametrize("value", ["mai mult de 5 ori în 2024", "martie 2024", "In 2024. November 5 people came.",
                                   "2024. március", "pagina 5 din 12"])
def test_more_languages_month_names_outside_a_date_are_none(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize("value", ["5 ſeptember 2020", "5 ſEPTEMBER 2020", "3 İOCAK 2026", "2 ﬀ 2026"])
def test_a_month_name_matched_in_another_case_is_a_date_or_none_never_an_error(value: str) -> None:
    assert parse_date(value) in (None, date(2020, 9, 5))
    assert date_in_url(f"https://news.example/2020/{value.split()[1]}/05/story") in (None, date(2020, 9, 5))


@pytest.mark.parametrize("value, day_first, expected", [
    ("10/05/2022 05:22 pm", False, date(2022, 10, 5)),   # US order, as before
    ("10/05/2022 05:22 pm", True, date(2022, 5, 10)),    # dd/mm/yyyy where the language writes the day first
    ("13/05/2022", False, date(2022, 5, 13)),            # a first number above 12 is a day in any order
    ("05/13/2022", True, date(2022, 5, 13)),
    ("01/04/63", True, date(1963, 4, 1)),
    ("10.05.2022", False, date(2022, 5, 10)),            # dotted: the day first, whatever the language
    ("2022/05/10", True, date(2022, 5, 10)),             # year first: never ambiguous
])
def test_slashed_order(value: str, day_first: bool, expected: date) -> None:
    assert parse_date(value, day_first) == expected


@pytest.mark.parametrize("tag, expected", [
    ("en-GB", ("en", "gb")), ("en_GB", ("en", "gb")), ("en-Latn-GB", ("en", "gb")), ("de", ("de", "")),
    ("es-419", ("es", "419")), ("de-AT, en", ("de", "at")), ("eng", ("en", "")),
    ("en_GB.UTF-8", ("en", "gb")), ("de_DE@euro", ("de", "de")), ("en_US.utf8", ("en", "us")),  # POSIX locales
    ("und", None), ("English", ("en", "")), ("Klingon", None), ("", None), (None, None),
])
def test_language_region(tag: object, expected: tuple[str, str] | None) -> None:
    assert language_region(tag) == expected


@pytest.mark.parametrize("tag, expected", [
    ("pt-BR", "pt"), ("pt_br", "pt"), ("PT", "pt"), ("zh-Hans-CN", "zh"), ("eng", "en"), ("fil", "fil"),
    ("deu", "de"), ("ger", "de"), ("FRA", "fr"), ("fre", "fr"), ("spa", "es"), ("rus", "ru"), ("mao", "mi"),
    ("tgl", "fil"), ("nob", "no"), ("\uff45\uff4e", "en"), ("\uff24\uff25-\uff21\uff34", "de"),  # full-width
    # ISO 639's withdrawn codes, as Java's Locale and older feeds still write them: Hebrew, Yiddish
    ("iw", "he"), ("iw-IL", "he"), ("iw_IL.UTF-8", "he"), ("ji", "yi"),
    ("und", None), ("English", "en"), ("Klingon", None), ("", None), (None, None),
])
def test_language_code_is_the_primary_subtag_in_lower_case(tag: object, expected: str | None) -> None:
    assert language_code(tag) == expected


def test_document_locale_takes_the_region_of_a_later_tag_of_the_same_language() -> None:
    assert document_locale(["en", "en_GB"]) == ("en", "gb")
    assert document_locale(["en", "de_DE"]) == ("en", "")
    assert document_locale([None, "", "fr-CA"]) == ("fr", "ca")
    assert document_locale([None, "nonsense"]) is None


@pytest.mark.parametrize("locale, expected", [
    (("en", "gb"), True), (("en", "au"), True), (("en", "in"), True), (("en", "ie"), True),
    (("de", ""), True), (("es", ""), True), (("es", "mx"), True), (("fr", "ca"), True),
    (("en", "us"), False), (("en", "ph"), False), (("en", "ca"), False), (("en", ""), False), (None, False),
    (("es", "pa"), False), (("fil", ""), False),
])
def test_writes_day_first(locale: tuple[str, str] | None, expected: bool) -> None:
    assert writes_day_first(locale) is expected


@pytest.mark.parametrize("url, expected", [
    ("https://www.stuff.co.nz/national/1", "nz"), ("bbc.co.uk/news", "uk"), ("http://spiegel.de.", "de"),
    ("https://www.nytimes.com/2021/1", ""), ("https://techcrunch.io/a", ""), ("https://x.tv", ""),
    ("/news/2021/a", ""), ("http://127.0.0.1/a", ""), ("http://news[example/a", ""), ("", ""), (None, ""),
])
def test_host_region_is_a_country_code_domain(url: str | None, expected: str) -> None:
    assert host_region(url) == expected


@pytest.mark.parametrize("raw, modified, day_first, expected", [
    # Month first, 5 October, is after the page's modification on 10 May: the page means 10 May.
    ("10/05/2022 05:22 pm", date(2022, 5, 10), False, date(2022, 5, 10)),
    ("10/05/2022", date(2022, 11, 1), False, date(2022, 10, 5)),    # both readings fit: the order stands
    ("05/10/2022", date(2022, 5, 10), True, date(2022, 5, 10)),     # the other way round, day first
    ("10/05/2022", date(2022, 10, 4), False, date(2022, 10, 5)),    # a day after: a UTC stamp, not a clash
    ("2022-10-05", date(2022, 5, 10), False, date(2022, 10, 5)),    # no other reading: left as it is
    ("10/05/2022", None, False, date(2022, 10, 5)),
])
def test_not_after_update(raw: str, modified: date | None, day_first: bool, expected: date) -> None:
    day = parse_date(raw, day_first)
    assert day is not None
    assert not_after_update(day, raw, modified, day_first) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.com/2018/10/09/some-story/", date(2018, 10, 9)),
    ("https://news.example.com/news/20181009-some-story", date(2018, 10, 9)),
    ("https://www.theguardian.com/world/2019/nov/18/story", date(2019, 11, 18)),   # a month's name, any case
    ("https://news.example.com/2019/September/8/story", date(2019, 9, 8)),
    ("https://news.example.com/2019/NOV/18", date(2019, 11, 18)),
    ("https://news.example.com/2019/nov/story", None),
    ("https://news.example.com/2019/mayday/18/", None),    # a word that starts like a month is none
    ("https://news.example.com/2019/feb/30/", None),
    ("https://news.example.com/2019-11-05-some-story", date(2019, 11, 5)),
    ("https://news.example.com/2019/1/5/story", date(2019, 1, 5)),
    ("https://www.bafa.de/Kurzmeldungen/2021_11_mineraloelinfo.html", None),  # November, no day: not 1 January
    ("https://www.liquimoly-hbl.de/news/2--liga/2021-22/transfers/story/", None),  # a season
    ("https://jungle.world/artikel/2023/43/story", None),  # an issue number
    ("https://news.example.com/2019/11-05/story", None),  # two separators that differ
    (None, None),
])
def test_date_in_url(url: str | None, expected: date | None) -> None:
    assert date_in_url(url) == expected


@pytest.mark.parametrize("url, day_first, expected", [
    ("https://weisser-ring.de/media-news/meldungen/29-10-2021", False, date(2021, 10, 29)),  # 29 can only be a day
    ("https://www.example.it/de/newsroom/03-01-2022-wierer-jubelt/17-378.html", True, date(2022, 1, 3)),
    ("https://www.example.com/news/03-01-2022-storm-hits/", False, date(2022, 3, 1)),  # month first, as the page
    ("https://www.example.com/news/03-01-22-storm-hits/", False, None),  # a two-digit year is no year
    ("https://www.example.com/news/03-01_2022/", False, None),  # two separators that differ
])
def test_date_in_url_year_last(url: str, day_first: bool, expected: date | None) -> None:
    assert date_in_url(url, day_first) == expected


@pytest.mark.parametrize("url, day_first, expected", [
    ("https://x.co.nz/news/06-03-2021/story", None, date(2021, 3, 6)),  # New Zealand writes the day first
    ("https://www.example.de/meldungen/06-03-2021", None, date(2021, 3, 6)),
    ("https://www.example.com/news/06-03-2021/story", None, date(2021, 6, 3)),  # no country: month first
    ("https://x.co.nz/news/06-03-2021/story", False, date(2021, 6, 3)),  # the file's other dates said month first
    ("https://www.example.com/news/06-03-2021/story", True, date(2021, 3, 6)),
])
def test_url_dated_reads_a_year_last_address_in_its_country_order(url: str, day_first: bool | None,
                                                                     expected: date) -> None:
    """A feed item's or record's address, as a page's: ``/06-03-2021/`` on ``x.co.nz`` had been read as 3 June."""
    assert url_dated(url, day_first) == ("url", expected)


@pytest.mark.parametrize("values, expected", [
    (["25/04/2020", "03/04/2020"], True),
    (["04/25/2020", "03/04/2020"], False),
    (["25/04/2020", "04/25/2020"], None),
    (["03/04/2020", "2020-04-25", None, 7], None),
    (["25-04-2020"], True),
    (["31/12/21 10:00"], True),
])
def test_slashed_order_of_a_files_dates(values: list[object], expected: bool | None) -> None:
    assert slashed_order(values) is expected


@pytest.mark.parametrize(("text", "moment"), [
    ("2024-03-05T10:20:30Z", datetime(2024, 3, 5, 10, 20, 30, tzinfo=timezone.utc)),
    ("2024-03-05T10:20:30.12345Z", datetime(2024, 3, 5, 10, 20, 30, 123450, tzinfo=timezone.utc)),  # 3.10 read no 5
    ("2024-03-05T10:20:30.1234567+00:00", datetime(2024, 3, 5, 10, 20, 30, 123456, tzinfo=timezone.utc)),
    ("2024-03-05T10:20:30", datetime(2024, 3, 5, 10, 20, 30)),
    ("5 March 2024", None),
])
def test_an_iso_moment_reads_as_python_3_11_reads_it_on_any_python(text: str, moment: datetime | None) -> None:
    assert iso_moment(text) == moment


@pytest.mark.parametrize("text, expected", [
    ("Kultur, 2.11.22", "02.11.22"),  # a short date closing a date box after its label
    ("Stand: 2.11.22", "02.11.22"),
    ("Version 2.10.12", "Version 2.10.12"),  # no mark after a label: a version, left as it is (read as no date)
    ("Release 2.10.12.4", "Release 2.10.12.4"),
])
def test_a_short_date_after_a_date_boxs_label(text: str, expected: str) -> None:
    assert boxed_date(text) == expected


# Croatian's "listopada" is October; Polish's is November, as it is read with no language or another one named.
@pytest.mark.parametrize("value, language, expected", [
    ("5. listopada 2024.", "hr", date(2024, 10, 5)),
    ("5. LISTOPADA 2024", "hr", date(2024, 10, 5)),
    ("5 listopada 2024", "pl", date(2024, 11, 5)),
    ("5 listopada 2024", None, date(2024, 11, 5)),
    ("5. ožujka 2024", "hr", date(2024, 3, 5)),          # its other months as before
    ("17. listopadu 2023", "hr", date(2023, 11, 17)),    # Czech's genitive is no Croatian name
])
def test_a_month_name_two_languages_read_otherwise_is_read_in_the_texts_language(
        value: str, language: str | None, expected: date) -> None:
    assert parse_date(value, language=language) == expected


# Day, month and year spaced after their full stops, as Czech, Slovak, Croatian, Slovenian and German write them: each
# had given no date.
@pytest.mark.parametrize("value, expected", [
    ("5. 3. 2024", date(2024, 3, 5)),
    ("5. 3. 2024, 10:30", date(2024, 3, 5)),
    ("25. 12. 2023.", date(2023, 12, 25)),
    ("Objavljeno 5. 3. 2024. u 10:30", date(2024, 3, 5)),
    # unspaced too, closed by its full stop as Croatian writes it (a text header's "Datum: 12.03.2024." had been none)
    ("12.03.2024.", date(2024, 3, 12)),
    ("Objavljeno 12.03.2024. u 10:30", date(2024, 3, 12)),
])
def test_a_spaced_numeric_date_is_read_day_first(value: str, expected: date) -> None:
    assert parse_date(value) == expected


# Only with a year of four digits, and not as the last numbers of a list or a version's.
@pytest.mark.parametrize("value", ["1. 2. 3.", "5. 3. 24", "Punkte 1. 2. 3. 2024", "Version 1. 2. 2024.1",
                                   "1.2.2024.1", "12.03.2024.5"])
def test_numbers_spaced_after_full_stops_that_are_no_date_give_none(value: str) -> None:
    assert parse_date(value) is None


# An English document naming no region shows how it writes a numeric date: another date whose first number is a day,
# or a date written with its month's name that is one reading of an ambiguous one. A leading zero shows nothing.
@pytest.mark.parametrize("texts, expected", [
    (["7/03/2024", "The vote is set for 25/03/2024."], True),          # 25 is a day: the day first
    (["7/03/2024", "The vote is set for 03/25/2024."], False),         # 25 second: the month first
    (["7/03/2024", "On 25/03/2024 and 03/25/2024."], None),            # both ways: nothing shown
    (["7/03/2024", "The vote on 7 March 2024 was close."], True),      # the day-first reading, named
    (["7/03/2024", "The vote on March 7, 2024 was close."], True),
    (["7/03/2024", "The vote on July 3, 2024 was close."], False),     # the month-first one
    (["7/03/2024", "On 7 March 2024 and on 3 July 2024."], None),
    (["07/03/2024", "The vote was close."], None),                     # a leading zero is no evidence
    (["7/03/2024", "Version 25/03/2024.1 and 1.25/03/2024."], None),   # no date: a longer run of numbers
    (["7/07/2024", "On 7 July 2024."], None),                          # read the same either way
    (["The code 13-2-24 is no date."], None),                           # a dash takes a four-digit year
])
def test_shown_day_first(texts: list[str], expected: bool | None) -> None:
    assert shown_day_first(texts) is expected


# A weekday before an ambiguous numeric date shows its order when only one reading falls on it: 5 March 2024 is a
# Tuesday, 3 May 2024 a Friday. One that fits both readings (a date read the same either way) or neither shows none.
@pytest.mark.parametrize("texts, expected", [
    (["04/03/2024", "The council met on Tuesday 05/03/2024."], True),
    (["04/03/2024", "The council met on Tue, 05/03/2024."], True),
    (["04/03/2024", "The council met on Friday 05/03/2024."], False),
    (["04/03/2024", "The council met on Sunday 03/03/2024."], None),     # the same day either way
    (["04/03/2024", "The council met on Monday 05/03/2024."], None),     # neither reading's weekday: a slip
    (["04/03/2024", "Tuesday 05/03/2024, Wednesday 04/10/2024."], None),  # both ways: nothing shown
    (["04/03/2024", "The council met on Tuesday 25/03/2024."], True),    # a day above 12 shows it still
    (["04/03/2024", "Mardi 05/03/2024, le conseil a voté."], True),      # in another language's weekday
])
def test_a_weekday_that_fits_one_reading_shows_the_order(texts: list[str], expected: bool | None) -> None:
    assert shown_day_first(texts) is expected


@pytest.mark.parametrize("names, expected", [
    (["NZ Herald"], "nz"), (["RNZ"], "nz"), (["Stuff"], "nz"), (["BBC News"], "uk"), (["The Guardian"], "uk"),
    (["www.stuff.co.nz"], "nz"), ([None, "bbc"], "uk"),
    (["CNN"], ""), (["The New York Times"], ""), (["Politico"], ""),   # a US publisher (politico.eu: no country's)
    (["The Times"], ""), (["Telegraph"], ""),                          # shared with New York's, Macon's
    (["Independent"], "uk"),                                           # London's and Dublin's: both day first
    (["The Daily Bugle"], ""), ([], ""),                               # one newssearch does not know
    # Papers at a generic domain (.com), in a country that writes the day first: their country is their own
    (["The Irish Times"], "ie"), (["www.irishtimes.com"], "ie"), (["The Times of India"], "in"),
    (["Hindustan Times"], "in"), (["The Straits Times"], "sg"), (["South China Morning Post"], "hk"),
    (["The Globe and Mail"], ""),                                      # Canada's mixed order
    # Papers of the other countries whose English writes the day first, at a .com or at their country's domain
    (["Dawn"], "pk"), (["The Express Tribune"], "pk"), (["www.tribune.com.pk"], "pk"),
    (["The News International"], "pk"), (["Times of Malta"], "mt"), (["www.timesofmalta.com"], "mt"),
    (["The Star Malaysia"], "my"), (["New Straits Times"], "my"), (["Malaysiakini"], "my"),
    (["Daily Nation"], "ke"), (["nation.africa"], "ke"), (["The Standard Kenya"], "ke"),
    (["Punch"], "ng"), (["Vanguard"], "ng"), (["Premium Times"], "ng"), (["ThisDay"], "ng"),
    (["The Daily Star Bangladesh"], "bd"), (["www.thedailystar.net"], "bd"), (["Dhaka Tribune"], "bd"),
    (["Prothom Alo"], "bd"), (["Daily Mirror Sri Lanka"], "lk"), (["www.dailymirror.lk"], "lk"), (["Daily FT"], "lk"),
    (["Daily Star"], "uk"),                                            # London's, Dhaka's, Beirut's: all day first
])
def test_publisher_region(names: list, expected: str) -> None:
    assert publisher_region(names) == expected


# The English papers of Lebanon, Israel and the Gulf write the day first, as their countries do (a Qatar paper,
# Al Jazeera, had been read month first, and the others were not known): by name or at their address.
@pytest.mark.parametrize("names, expected", [
    (["Gulf News"], "ae"), (["www.gulfnews.com"], "ae"), (["Khaleej Times"], "ae"), (["The National UAE"], "ae"),
    (["www.thenationalnews.com"], "ae"), (["Gulf Today"], "ae"),
    (["Arab News"], "sa"), (["www.arabnews.com"], "sa"), (["Saudi Gazette"], "sa"),
    (["Gulf Times"], "qa"), (["The Peninsula"], "qa"), (["www.thepeninsulaqatar.com"], "qa"), (["Al Jazeera"], "qa"),
    (["Gulf Daily News"], "bh"), (["www.gdnonline.com"], "bh"),
    (["Arab Times"], "kw"), (["Kuwait Times"], "kw"),
    (["Times of Oman"], "om"), (["Muscat Daily"], "om"), (["Oman Observer"], "om"),
    (["L'Orient Today"], "lb"), (["The Daily Star Lebanon"], "lb"), (["www.dailystar.com.lb"], "lb"),
    (["Haaretz"], "il"), (["The Jerusalem Post"], "il"), (["www.jpost.com"], "il"), (["The Times of Israel"], "il"),
    (["www.timesofisrael.com"], "il"),
    (["The National"], "ae"),                                          # Abu Dhabi's and Glasgow's: both day first
])
def test_the_papers_of_lebanon_israel_and_the_gulf_write_the_day_first(names: list, expected: str) -> None:
    assert publisher_region(names) == expected


# A name several papers share is read day first only when each of them is in a country whose English writes it so, as
# a name of one paper is: all three Daily Stars (London's, Dhaka's, Beirut's) are.
@pytest.mark.parametrize("name", ["Daily Star", "The Daily Star", "daily star", "DAILY STAR"])
def test_a_date_from_any_daily_star_is_day_first(name: str) -> None:
    assert publisher_region([name]) in DAY_FIRST_ENGLISH_REGIONS


@pytest.mark.parametrize("texts, expected", [
    (["7/03/2024"], True), (["https://x.example/news/07-03-2024/storm"], True),
    (["07/03/2024 10:30"], True),
    (["25/03/2024"], False), (["7/07/2024"], False), (["2024-03-07"], False), (["7.03.2024"], False),
])
def test_has_ambiguous_date(texts: list[str], expected: bool) -> None:
    assert has_ambiguous_date(texts) is expected
