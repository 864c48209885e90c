"""Date lines of a page: a date (and time, maybe a name or a label) on a line of its own, which is the page's, not
the story's text; and which of them date the page (not an update, nor an event's day)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..startup import lazy_compile
from .dates import boxed_date, written_date
from .dayfirst import writes_day_first

# A date line: a date in a form the date parser reads (in any of its languages: "3. März 2024", "3 mars 2024"),
# maybe a time, and at most a name or a label ("Jo Lee - Nov 19, 2019, 10:31 pm CST", "3. März 2024, 10:30 Uhr").
# A time with a dot too when a clock's word or a zone follows it ("14.21 Uhr", "09.05 BST"): alone it is a number.
# French and Spanish write the hour's "h" ("07h36", "08:39h"), Hungarian its case ending or its word "órakor" ("at …
# o'clock": "10:30-kor", "10:30 órakor", "10 órakor"). A zone is in capitals: "16:20 von jolee" is no zone.
# Chinese, Japanese and Korean write the hour's and minute's signs, maybe after the morning's or afternoon's ("10時30分",
# "午後3時", "오후 3시 30분"), as the text reader's date lines read them (textdatelines).
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?|h\b|-kor\b| órakor\b)?(?-i: [A-Z]{2,4}\b)?"
                   r"|\b\d{1,2}h\d{2}\b|\b\d{1,2} órakor\b"
                   r"|(?:(?:午前|午後|上午|下午|오전|오후)\s*)?(?<!\d)\d{1,2}\s*[時时시](?:\s*\d{1,2}\s*[分분])?"
                   r"|\b\d{1,2}\.\d{2}(?: ?[ap]\.?m\.?| ?uhr\b|-kor\b| órakor\b|(?-i: [A-Z]{2,4}\b))", re.IGNORECASE)
# The words a date line may hold besides a name: its labels in lower case too ("Zuletzt aktualisiert: 3. März 2020")
# and their little words ("News vom 23.01.2020", "Publicado el 03/05/2022 a las 22h03").
# A server's page stamp names the page's file too ("stunnel_rsync.html - Created 03-10-2004 2:20pm - Last Modified: …").
# A word in capitals is a name's or a label's in any script ("Опубликовано", "Δευτέρα", "Москва"): see _capitalised.
_DATE_LABEL = re.compile(r"^(?:by|on|at|published|updated|posted|am|um|"
                         r"aktualisiert|geändert|veröffentlicht|erstellt|von|vom|el|a|las|le|à|[\w-]+\.(?:s?html?|php))$")
_CAPITALISED = re.compile(r"[^\W\d_][\w'’-]*")
# A byline's word for "by", and the words of writing that may stand before it ("Written by", "Verfasst von",
# "Publié par", "Escrito por", "Pubblicato da", "Ein Artikel von"): after one, the line's name may be a blog's handle
# in lower case ("Verfasst von: jolee | 4. März 2024"), and the line may be longer than a date line of names alone.
_BY = frozenset("by von par por da di".split())
_WRITING_WORDS = frozenset("written posted submitted published verfasst geschrieben veröffentlicht erstellt artikel beitrag "
                           "publié écrit rédigé escrito publicado pubblicato scritto".split())
# Little words of a date in the Romance languages, in lower case: weekdays ("lundi 9 décembre 2019",
# "sexta-feira, 22 de outubro de 2010 às 20:13") and the words for "at".
_ROMANCE_DATE_WORDS = frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves "
                                "viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica "
                                "segunda terça quarta quinta sexta feira às il alle".split())
# Other languages' weekdays before a date, in lower case as their papers write them ("вторник, 5 марта 2024 г.",
# "úterý 5. března 2024", "utorak, 5. ožujka 2024.", "marți, 5 martie 2024"; Hungarian's after it: "2024. március 5.,
# kedd"; the text reader's date lines read them too, see textdatelines), and the word for "year" after a date's year ("г.",
# "года").
WEEKDAYS_AFTER_DATE = "hétfő kedd szerda csütörtök péntek szombat vasárnap".split()  # Hungarian's, after its date
OTHER_WEEKDAYS = list(dict.fromkeys((*(
    "понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер п'ятниця "
    "пʼятниця субота неділя δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή الاثنين الإثنين الثلاثاء "
    "الأربعاء الخميس الجمعة السبت الأحد دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه सोमवार मंगलवार बुधवार "
    "गुरुवार शुक्रवार शनिवार रविवार วันที่ วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์ "
    "pondělí úterý středa čtvrtek pátek sobota neděle "                               # Czech
    "pondelok utorok streda štvrtok piatok sobota nedeľa "                            # Slovak
    "ponedjeljak utorak srijeda četvrtak petak subota nedjelja "                      # Croatian
    "ponedeljak sreda nedelja понедељак уторак среда четвртак петак субота недеља "   # Serbian
    "luni marți marţi marti miercuri joi vineri sâmbătă sîmbătă sambata duminică duminica "  # Romanian
    "понеделник вторник сряда четвъртък петък събота неделя").split(), *WEEKDAYS_AFTER_DATE)))  # Bulgarian
_YEAR_WORDS = frozenset(("г.", "г", "года", "р.", "року"))
_OTHER_WEEKDAY_WORDS = frozenset(OTHER_WEEKDAYS)
# The weekday after a Chinese, Japanese or Korean date ("2024年3月5日（火）", "星期二", "화요일").
CJK_WEEKDAY = r"(?:[（(][月火水木金土日][)）]|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|[월화수목금토일]요일)"
_CJK_WEEKDAY_WORD = re.compile(CJK_WEEKDAY)
# Words of scripts without capitals: Hebrew's "day" and its days' names ("יום שלישי, 5 במרץ 2024"), Persian's "date of
# publishing" ("تاریخ انتشار: ۱۴۰۳/۰۱/۲۱").
# Korean, Chinese and Japanese publishing labels ("기사입력 :[ 2018-08-25 15:24 ]", "입력 2024.03.04", "发布时间：…",
# "公開日：2024年3月4日") and update labels ("수정", "更新时间"), which stand before a date as "Published:" does.
_CJK_PUBLISHING = ("기사입력", "입력", "등록", "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期",
                   "公開日", "掲載日", "配信日", "投稿日")
_CJK_UPDATES = ("기사수정", "최종수정", "수정", "更新时间", "更新時間", "最終更新日", "更新日", "更新")
_UNCASED_DATE_WORDS = frozenset("יום ראשון שני שלישי רביעי חמישי שישי שבת تاریخ انتشار".split()
                                 + [*_CJK_PUBLISHING, *_CJK_UPDATES])
MAX_DATE_LINE_WORDS = 4  # besides its date and time; a byline's date line 7 (its labels, then a name of up to four)
MAX_BYLINE_DATE_WORDS = 7
MAX_DATE_LINE = 80
# A publishing label with its colon ("Publiziert: 03.04.2020, 12:35", "Publié : 12 mars 2024", "Stand: 5. Mai 2020"),
# maybe with its "am"/"on" ("Erstellt am: 12.03.2019", "Aktualisiert am: …") or what it is the state of ("Stand des
# Artikels: 26. Februar 2020"); another word before a colon names what happens on the day ("Einsendeschluss:
# 03.11.2019"), and is story text.
_LABEL_COLON = lazy_compile(r"\b(by|von|par|por|published|updated|modified|posted|created|submitted|publiziert|veröffentlicht|aktualisiert|"
                            r"erstellt|erschienen|stand|datum|publié|créé|modifié|publicado|publicada|actualizado|"
                            r"pubblicato|pubblicata|aggiornato|gepubliceerd|bijgewerkt|опубликовано|обновлено|تاریخ انتشار|"
                            r"publikováno|zveřejněno|aktualizováno|publikované|aktualizované|objavljeno|објављено|ažurirano|"
                            r"ажурирано|publicat|actualizat|megjelent|frissítve|публикувано|актуализирано|обновено|"
                            rf"{'|'.join((*_CJK_PUBLISHING, *_CJK_UPDATES))})"
                            r"(?:\s+(?:am|on|le|el|il|op|em)|(?<=stand)\s+(?:des|der)\s+\w+)?\s*[:：]", re.IGNORECASE)
# An editor's initials after a slash closing a labelled date line ("Erstellt am: 30.01.2022 18:36 / sk").
_INITIALS = re.compile(r"\s/\s?[a-z]{2,3}$")
# A place named with its river or region opening a press release's date line ("Frankfurt am Main, 3. März 2024",
# "Hofheim am Taunus | Wiesbaden, 11. November 2021", "Newcastle upon Tyne, 4 May 2024"): its "am" or "upon" is part
# of the place's name, not an event's "on" ("Konzert am Samstag, 8. Juni 2024", "Lesung am 8. Juni 2024").
_WEEKDAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Monday|Tuesday|Wednesday|Thursday|" \
            "Friday|Saturday|Sunday"
_PLACE_LINK = re.compile(rf"^([A-ZÄÖÜ][\w'’.-]*) (?:am|an der|upon|on) (?!(?:{_WEEKDAYS})\b)([A-ZÄÖÜ][\w'’-]*)(?=\s*[,|/])")
# A blog's category after its date line, behind a separator ("3. August 2015 · Filed under ziemlich privat").
_CATEGORY = lazy_compile(r"\s[·|•–—-]\s*(?:filed under|posted in|abgelegt unter|veröffentlicht in)\s.*$", re.IGNORECASE)
# A language's word for "at" (or "hour") between a date and its time ("4. März 2024 um 10:30", "Mar 4, 2024 at 10:31
# pm", "4 maart 2024 om 10:30", Polish's "o godz. 10:30", Czech's "v", Romanian's "la ora", Turkish's "saat", the
# Scandinavians' "kl. 10.30", Finnish's "klo", Croatian's and Serbian's "u", Italian's "ore": hours): the time's, not
# an event's "on" ("Concert on …"), nor a name. The text reader's date lines read the same words (textdatelines).
TIME_AT_WORDS = (r"(?:at|um|à|a\s+las?|às|alle(?:\s+ore)?|om|в|o(?:\s+godz\.)?|godz\.|v|la(?:\s+ora)?|or[ae]|saat|kl\.?"
                 r"|klo|u|у)")
# Its time may be written with a dot ("kl. 10.30"), which alone is a number: read as the time's colon. A year may be
# closed by a full stop before it ("5. ožujka 2024. u 10:30").
_TIME_AT = re.compile(rf"(?<=\d)\.?(?:\s*,)?\s+{TIME_AT_WORDS}\s+(?=\d{{1,2}}(?:[:.h]\d{{2}}|\s*uhr\b))"
                      r"(?:(\d{1,2})\.(?=\d{2}\b))?", re.IGNORECASE)
# A page's reading time beside its date, after or before it ("5 March 2024 · 4 min read", "4 min read · Mar 5, 2024",
# Wix's "Mar 5·2 min read"): the page's, as its date is (the text reader's date lines read it too, see textdatelines).
# German's too, "ca." before it, its label after it or none: "ca. 8 Min. 12.01.2022", "8 Min. Lesezeit · 12.01.2022".
_MINUTES = r"(?:ca\.\s*)?\d{1,3}[ \t-]?min(?:\.|uten)?(?:[ \t]+lesezeit)?"
READING_TIME = re.compile(r"\s*[·•|–—-]\s*\d{1,3}[ \t-]?min(?:ute)?s?\.?[ \t]+read$|"
                          r"^\d{1,3}[ \t-]?min(?:ute)?s?\.?[ \t]+read\s*[·•|–—-]\s*|"
                          rf"^\s*{_MINUTES}(?:\s*[·•|–—-]\s*|\s+(?=\d)|\s*$)|\s*[·•|]\s*{_MINUTES}(?=\s*(?:[·•|–—-]|$))",
                          re.IGNORECASE)
# The same line written twice, glued (a page's two headers, for small and large screens, run together).
_TWICE = re.compile(r"(.{8,}?)\s*\1")
_DIGIT = re.compile(r"\d")  # every written date has one: a line without is no date line, and costs no date search


def is_date_line(text: str) -> bool:
    """True when ``text`` is a dateline of the page (date and time, maybe a name), not a sentence."""
    return _date_line_words(text) is not None


def _date_line_words(text: str) -> list[str] | None:
    """The words of a date line besides its date and time, in lower case ("jo", "lee"); None for a line that is
    not one. One date (maybe written twice: published and updated the same day): a time alone is a live blog's
    entry stamp, two dates are the run of an event."""
    if len(text) > 2 * MAX_DATE_LINE or not _DIGIT.search(text):
        return None  # before the patterns below, which would cost a long paragraph's square
    text = _CATEGORY.sub("", READING_TIME.sub("", text))
    if (twice := _TWICE.fullmatch(text)) is not None:
        text = twice.group(1)
    dates = [found.group(0) for found in written_date().finditer(text)]
    if len(set(dates)) != 1 or len(text) > MAX_DATE_LINE * min(len(dates), 2):
        return None  # a line giving its day twice (created, then modified) may be twice as long
    labelled = _LABEL_COLON.sub(r"\1 ", text)
    if labelled != text:  # a labelled line's own full stop and initials close it ("…, 12:30 Uhr.", "… / sk")
        text = _INITIALS.sub("", labelled).rstrip(".")
    text = _TIME_AT.sub(_time_after_at, _PLACE_LINK.sub(r"\1_\2", text))  # "Frankfurt_Main" one name; "at" dropped
    # brackets around a date are no word ("기사입력 :[ 2018-08-25 15:24 ]", "【2024年3月4日】")
    words = re.findall(r"[^\s,|•·–—()\[\]【】［］/-]+", _TIME.sub(" ", written_date().sub(" ", text)))
    if words[-1:] == ["."] and _OTHER_WEEKDAY_WORDS.issuperset(word.lower() for word in words[:-1]):
        # a date alone (or after its weekday) closed by a full stop, as Croatian, Serbian and Hungarian write it ("5.
        # ožujka 2024.", "utorak, 5. ožujka 2024.", "2024.03.05."); after other words it closes a sentence ("Die Wahl
        # am 3. März 2024.")
        words = words[:-1]
    lower = [word.lower() for word in words]
    byline = _byline_at(lower)
    if len(words) > (MAX_BYLINE_DATE_WORDS if byline is not None else MAX_DATE_LINE_WORDS):
        return None
    names = [word for at, word in enumerate(words) if not _capitalised(word) and not _DATE_LABEL.match(word)
             and lower[at] not in _BY and lower[at] not in _WRITING_WORDS and lower[at] not in _ROMANCE_DATE_WORDS
             and lower[at] not in _OTHER_DATE_WORDS and not _CJK_WEEKDAY_WORD.fullmatch(word)]
    # A handle in lower case after a label ("Verfasst von: jolee") or a date ("04.03.2024 von jolee"); a line
    # opening with "Par" is a sentence's ("Par ailleurs, le 4 mars 2024").
    handled = byline is not None and byline + 1 < len(words) and not text.lstrip().startswith(words[byline])
    handle = words[byline + 1] if handled and byline is not None else None
    return lower if all(word == handle and word.isalpha() for word in names) and \
        sum(1 for word in words if word[0].isupper()) <= MAX_DATE_LINE_WORDS + 1 else None


_BESIDE_READING_TIME = 4  # words beside a reading time on a line of the page's: a day without its year, an age, a name


def beside_reading_time(text: str) -> bool:
    """Whether ``text`` is a page's reading time beside a few words of no sentence: a day without its year or the
    post's age ("Mar 5·2 min read", "3 days ago · 4 min read", as Wix's post line shows them), which date nothing."""
    rest = READING_TIME.sub("", text).strip()
    return rest != text.strip() and 0 < len(rest.split()) <= _BESIDE_READING_TIME and rest[-1] not in ".!?"


def _time_after_at(found: re.Match[str]) -> str:
    """A space for a date line's word for "at", and the hour of a dotted time after it with a colon ("kl. 10.30")."""
    return f" {found.group(1)}:" if found.group(1) else " "


def _capitalised(word: str) -> bool:
    """Whether ``word`` opens with a capital letter of any script and is a word ("Jo", "Опубликовано", "Δευτέρα")."""
    return word[:1].isupper() and _CAPITALISED.fullmatch(word) is not None


def _byline_at(words: list[str]) -> int | None:
    """Where a date line's byline word ("by", "von", "par", …) is: first, or after a word of writing ("Written
    by"); None when it has none ("Konzert von Jo Lee am …" names who plays, not who wrote)."""
    return next((at for at, word in enumerate(words)
                 if word in _BY and (at == 0 or words[at - 1] in _WRITING_WORDS)), None)


# Words of a date line that make its date another than the publication's: an update, or an event ("Concert on
# Saturday, June 8"): a label before "on" or "am" that is not one of publishing.
# "Stand: 9. März 2024" is the day a text was last revised ("as of").
_UPDATE_WORDS = frozenset("updated update last modified revised edited aktualisiert geändert stand actualizado actualizada "
                          "aggiornato aggiornata bijgewerkt mis jour обновлено aktualizováno aktualizované ažurirano "
                          "ажурирано actualizat frissítve актуализирано обновено".split() + list(_CJK_UPDATES))
# The words that label a day as a text's publishing, and the language each is a word of (Spanish's "publicado" is
# Portuguese's too: both write the day first). A page stamp's "Created: 03/10/2004" and Drupal's "Submitted on …" are
# its publishing.
PUBLISHING_LANGUAGES = {"published": "en", "posted": "en", "created": "en", "submitted": "en",
                        "veröffentlicht": "de", "erschienen": "de", "publié": "fr",
                        "publicado": "es", "publicada": "es", "pubblicato": "it", "pubblicata": "it",
                        "gepubliceerd": "nl", "opublikowano": "pl", "опубликовано": "ru", "publikováno": "cs",
                        "zveřejněno": "cs", "publikované": "sk", "objavljeno": "hr", "објављено": "sr", "publicat": "ro",
                        "megjelent": "hu", "публикувано": "bg"}
PUBLISHING_WORDS = frozenset(PUBLISHING_LANGUAGES)
# A text's (textdatelines, textdates): a "Created: …" line in a note is when the note was made (Notion's property, an
# Obsidian clip's), not a story's publication (notionprops); on a page, a page stamp's "Created" is its publication.
TEXT_PUBLISHING_WORDS = PUBLISHING_WORDS - {"created"}
# Portuguese's and Dutch's "on" too ("Publicada em 5 de março de 2024", "Gepubliceerd op 5 maart 2024"): an event's
# after another word ("Concerto em 5 de março de 2024").
_ON = frozenset(("on", "am", "um", "at", "le", "el", "il", "em", "op"))
# The language of a date's label, or of its word for "on", which tells the order of the day and month of a slashed
# date after it on a page that does not ("Publicado: 05/03/2024" is 5 March; after "Published:" the parser's order,
# month first, stays): the text reader's date lines (textdatelines) and the page's date boxes (htmldates) read it.
LABEL_LANGUAGES = {**PUBLISHING_LANGUAGES, "تاریخ انتشار": "fa", "on": "en", "am": "de", "le": "fr", "el": "es",
                   "il": "it", "em": "pt", "op": "nl"}
LABEL_ON = "on|am|le|el|il|em|op"  # the words for "on" after a label (textdatelines's date lines too)
# A label just before a box's date ("Publicado el ", "Опубликовано: "), or a word for "on" opening the box ("le ").
_LABEL_BEFORE = re.compile(rf"(?<!\w)({'|'.join(sorted(PUBLISHING_WORDS, key=len, reverse=True))}|تاریخ انتشار)"
                           rf"(?:\s+({LABEL_ON}))?\s*:?\s*$|^\s*({LABEL_ON})\s+$", re.IGNORECASE)


def labels_day_first(texts: Iterable[str]) -> bool | None:
    """Whether the first of a page's date boxes ``texts`` whose date follows a label of a known language
    (``LABEL_LANGUAGES``) is in one that writes the day first: "Publicado: 05/03/2024", "Publié le 05/03/2024"; False
    for one that does not ("Published: 05/03/2024"); None when no box has such a label: they tell nothing."""
    for text in texts:
        boxed = boxed_date(text)
        label = _LABEL_BEFORE.search(text[:-len(boxed)]) if boxed and boxed != text and text.endswith(boxed) else None
        if label is not None:
            word = next(word for word in label.groups() if word)
            return writes_day_first((LABEL_LANGUAGES[word.lower()], ""))
    return None


# The lower-case words of a date line in the languages the text reader's date lines read (see textdatelines): publishing
# labels ("опубликовано 05.03.2024", "erschienen am 05.03.2024"), "on", weekdays and the word for "year".
# An editorial desk's credit beside the date, no one's name: "red. 27.04.2021 14:51" (Polish redakcja, German Redaktion).
_DESK_CREDITS = frozenset(("red.", "red", "redakcja", "redaktion"))
_OTHER_DATE_WORDS = PUBLISHING_WORDS | _ON | _OTHER_WEEKDAY_WORDS | _YEAR_WORDS | _UNCASED_DATE_WORDS | _DESK_CREDITS


def dates_the_page(text: str) -> bool:
    """True when ``text`` is a date line (``is_date_line``) whose date is the page's: not "Updated March 9, 2024",
    nor "Concert on Saturday, June 8, 2024"; "Published on March 3, 2024" and "Jo Lee - Nov 19, 2019" are."""
    words = _date_line_words(text)
    return words is not None and not _UPDATE_WORDS.intersection(words) and not _names_an_event(words)


def names_an_update(text: str) -> bool:
    """Whether a date box's ``text`` labels its date as an update's ("Updated May 06, 2019", "Zuletzt geändert am …")."""
    return not _UPDATE_WORDS.isdisjoint(re.findall(r"\w+", text.lower()))


def is_signature_date(text: str) -> bool:
    """True for a date line that dates the page and names someone ("Benni 10. September 2017", a post's signature
    ending it); a date alone ("3. März 2024") below a story may be anything's."""
    return bool(_date_line_words(text)) and dates_the_page(text)


def is_dated_heading(text: str) -> bool:
    """True for a heading that names an event and its day ("Election on 5 May 2024", "Wahl am 23. Februar 2025"):
    a subheading of the story, not a date line to drop."""
    words = _date_line_words(text)
    return words is not None and _names_an_event(words) and not _UPDATE_WORDS.intersection(words)


# A weekday written out or cut short ("Mi.", "Sat."), as it stands between "am" or "on" and an event's day.
_WEEKDAY_WORD = rf"(?:{_WEEKDAYS}|(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.)"
# A word for "on" (``LABEL_ON``: "am", "le", Portuguese's "em", Dutch's "op") just before a date in a sentence, a
# weekday maybe between, and the word before it.
_ON_BEFORE = re.compile(rf"(\S+)\s+(?:{LABEL_ON})\s+(?:{_WEEKDAY_WORD},?\s+)?$", re.IGNORECASE)


# A day and a dash just before a date: the date closes a run of days ("14. - 20. Januar 2022", "6.–7. März 2020").
_RANGE_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.?\s*[-–]\s*$")


def event_day_at(text: str, start: int) -> bool:
    """Whether the date at ``start`` in a sentence of ``text`` is the day of what the sentence tells of, after its
    "on" or "am" ("Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt"), not the day it was published
    ("Veröffentlicht am 16.08.2019"); or the last of a run of days, as a date line's two dates are ("Wochenbericht
    14. - 20. Januar 2022": a week's report)."""
    if _RANGE_BEFORE.search(text[:start]):
        return True
    before = _ON_BEFORE.search(text[:start])
    return before is not None and before.group(1).lower() not in PUBLISHING_WORDS


def _names_an_event(words: list[str]) -> bool:
    """Whether a date line's words say what happens on the day ("Concert on"), not who published it or when."""
    return "by" not in words and _byline_at(words) is None and any(word in _ON and at and words[at - 1] not in PUBLISHING_WORDS
                                     for at, word in enumerate(words))
