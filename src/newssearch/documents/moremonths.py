"""Month names of more languages, read only between a day and a year, the order they write a date in ("2 Aralık
2026", "2 joulukuuta 2026", "2 दिसंबर 2026", "2 בדצמבר 2026", "2 ธันวาคม 2569", "12 листопада 2023"): there a
name that is also a word ("Ocak", "Mei", "مه", Romanian's "mai") cannot be one. ``dates`` reads them beside its own,
and Hungarian's, whose year comes first ("2024. március 5.")."""

from __future__ import annotations

import re
import unicodedata

# Each language's twelve months, January first; a month's other spellings after a slash; "-" for a month left out.
_NAMES = {
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "hi": "जनवरी फ़रवरी/फरवरी मार्च अप्रैल/अप्रेल मई जून जुलाई अगस्त सितंबर/सितम्बर अक्टूबर/अक्तूबर नवंबर/नवम्बर "
          "दिसंबर/दिसम्बर",
    "he": "ינואר פברואר מרץ/מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "ar": "يناير/كانون_الثاني فبراير/شباط مارس/آذار أبريل/ابريل/نيسان مايو/أيار يونيو/حزيران يوليو/تموز "
          "أغسطس/آب سبتمبر/أيلول أكتوبر/اكتوبر/تشرين_الأول نوفمبر/تشرين_الثاني ديسمبر/كانون_الأول",
    "fa": "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه/جولای اوت/آگوست سپتامبر اکتبر نوامبر دسامبر",
    "th": "มกราคม/ม.ค กุมภาพันธ์/ก.พ มีนาคม/มี.ค เมษายน/เม.ย พฤษภาคม/พ.ค มิถุนายน/มิ.ย กรกฎาคม/ก.ค สิงหาคม/ส.ค "
          "กันยายน/ก.ย ตุลาคม/ต.ค พฤศจิกายน/พ.ย ธันวาคม/ธ.ค",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",  # the genitive
    "ca": "gener febrer març/marc abril maig juny juliol agost setembre octubre novembre desembre",
    "mi": "kohitātea huitanguru poutūterangi paengawhāwhā haratua pipiri hōngongoi hereturikōkā mahuru "
          "whiringa-ā-nuku whiringa-ā-rangi hakihea",
    # the genitive: Czech, Slovak, Croatian (its "listopada", October, is Polish's November: see LANGUAGE_MONTHS),
    # Serbian in Latin and in Cyrillic letters; Romanian's and Bulgarian's names as they are
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga/studenog prosinca",
    "sr": "januara februara marta aprila maja juna jula avgusta/augusta septembra oktobra novembra decembra",
    "sr-Cyrl": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
}
_PREFIXED = {"he": "ב"}  # Hebrew writes "in December": 2 בדצמבר 2026
_TYPED_PLAIN = ("tr", "fi", "pl", "mi", "cs", "sk", "hr", "sr")  # their names typed without marks too


def month_key(name: str) -> str:
    """The form a month name is looked up by: case folded as any case a regex matched (``ARALIK``, ``EKİM``,
    ``ſeptember``) reads, composed."""
    return unicodedata.normalize("NFC", name.casefold().replace("i\u0307", "i"))


def _plain(name: str) -> str:
    """``name`` without marks, as typed on a keyboard without them (aralik, wrzesnia, kesakuuta, hakihea)."""
    decomposed = unicodedata.normalize("NFD", name.replace("ı", "i").replace("ł", "l"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _spellings(lang: str, spellings: str) -> set[str]:
    """The keys of one month's ``spellings`` in ``lang`` ("ožujka/ozujka"; Hebrew's with its prefix too)."""
    names = spellings.replace("_", " ").split("/") if spellings != "-" else []
    forms = {form for name in names for form in ({name, _plain(name)} if lang in _TYPED_PLAIN else {name})}
    forms |= {_PREFIXED[lang] + form for form in forms} if lang in _PREFIXED else set()
    return set(map(month_key, forms))


def _months() -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Every spelling of every language's months, by ``month_key``; a spelling an earlier language reads as another
    month keeps that reading, and the later language's is kept apart, by its language."""
    months: dict[str, int] = {}
    own: dict[str, dict[str, int]] = {}
    for lang, names in _NAMES.items():
        for number, spellings in enumerate(names.split(), start=1):
            for key in _spellings(lang, spellings):
                if months.setdefault(key, number) != number:
                    own.setdefault(lang, {})[key] = number
    return months, own


# A name read as another month in one language than in the others (Croatian's "listopada" is October, Polish's
# November) is read so only in a text of that language: LANGUAGE_MONTHS["hr"]["listopada"] is 10.
MORE_MONTHS, LANGUAGE_MONTHS = _months()
_OWN_NAMES = sorted({key for own in LANGUAGE_MONTHS.values() for key in own})
_OWN_MONTHS = re.compile(rf"\b(?:{'|'.join(map(re.escape, _OWN_NAMES))})\b", re.I)


def names_own_month(text: str) -> bool:
    """Whether ``text`` holds a month name that one language reads otherwise (Croatian's "listopada"): only then need a
    story naming no language be told it by its words, for its date line."""
    return _OWN_MONTHS.search(text) is not None
# Thai writes the year of the Buddhist Era, 543 years ahead: 2 ธันวาคม 2569 is 2 December 2026
BUDDHIST_ERA_MONTHS = frozenset(month_key(spelling) for names in _NAMES["th"].split() for spelling in names.split("/"))
BUDDHIST_ERA_OFFSET = 543

# Hungarian writes the year first, a full stop after it and after the day, or the day's case ending after it ("2024.
# március 5.", "2024. márc. 5.", "2024. március 5-én"); its months' short forms only there. A name after a sentence's
# year without the day's full stop ("in 2024. November 5 people came") is no date; at the text's end it may lack it (a
# date line's full stop taken off, see textdatelines).
_HUNGARIAN = ("január/jan február/febr/feb március/márc április/ápr május/máj június/jún július/júl augusztus/aug "
              "szeptember/szept/szep október/okt november/nov december/dec")
HUNGARIAN_MONTHS = {
    month_key(form): number for number, spellings in enumerate(_HUNGARIAN.split(), start=1)
    for spelling in spellings.split("/") for form in (spelling, _plain(spelling))
}
YEAR_MONTH_DAY_TEXT = (r"(?<![\d.])(\d{4})\.\s*("
                       + "|".join(sorted(HUNGARIAN_MONTHS, key=len, reverse=True))
                       + r")\.?\s+(\d{1,2})(?:\.(?!\d)|-[^\W\d_]{1,4}\b|$)")
