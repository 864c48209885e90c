"""Language tags: a document's (language, region), and the one form of an article's language, its primary
language subtag in lower case (``pt-BR`` is ``pt``)."""

from __future__ import annotations

import re
import unicodedata

from ..startup import lazy_compile

# A POSIX locale's codeset and modifier after the tag (en_GB.UTF-8, de_DE@euro) say nothing of language or region.
_LANGUAGE_TAG = lazy_compile(r"\s*([a-z]{2,3})(?:[-_]([a-z0-9]+(?:[-_][a-z0-9]+)*))?(?:[.@][\w-]+)*\s*(?:[,;]|$)", re.I)
_REGION = lazy_compile(r"^(?:[a-z]{2}|\d{3})$", re.I)
# ISO 639-2 codes that exports write for the 639-1 ones (NewsML and library records: "deu" or "ger" for "de"), and
# 639-1's withdrawn codes that Java's Locale and older feeds still write (iw: Hebrew, ji: Yiddish; not "in", for
# Indonesian, a word after a list of languages: "lang:en, in Iran");
# Norwegian's two written standards, Bokmål and Nynorsk, are Norwegian as pt-BR is Portuguese (a site writes "nb",
# another "no", and function words cannot tell the two apart).
_THREE_LETTER_CODES = """af afr, am amh, ar ara, az aze, be bel, bg bul, bn ben, bo bod tib, bs bos, ca cat, cs ces cze,
    cy cym wel, da dan, de deu ger, el ell gre, en eng, eo epo, es spa, et est, eu eus baq, fa fas per, fi fin,
    fr fra fre, ga gle, gl glg, gu guj, ha hau, he heb iw, hi hin, hr hrv, hu hun, hy hye arm, id ind, ig ibo,
    is isl ice, it ita, ja jpn, ka kat geo, kk kaz, km khm, kn kan, ko kor, ku kur, la lat, lo lao, lt lit, lv lav,
    mi mri mao, mk mkd mac, ml mal, mn mon, mr mar, ms msa may, mt mlt, my mya bur, ne nep, nl nld dut,
    no nor nob nno nb nn, pa pan, pl pol, ps pus, pt por, ro ron rum, ru rus, si sin, sk slk slo, sl slv, sm smo,
    so som, sq sqi alb, sr srp, sv swe, sw swa, ta tam, te tel, th tha, ti tir, tr tur, uk ukr, ur urd, uz uzb,
    vi vie, yi yid ji, yo yor, zh zho chi, zu zul, fil tgl"""
_LANGUAGE_ALIASES = {alias: codes.split()[0] for codes in _THREE_LETTER_CODES.split(",")
                     for alias in codes.split()[1:]}
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})  # undetermined, multiple, no linguistic content


# Languages an export names in words ("language": "English"), in English and in their own language.
_LANGUAGE_NAMES = {name: code for code, names in {
    "en": "english", "fr": "french français francais", "de": "german deutsch", "es": "spanish español espanol",
    "it": "italian italiano", "pt": "portuguese português portugues", "nl": "dutch nederlands",
    "ru": "russian русский", "zh": "chinese 中文", "ja": "japanese 日本語", "ko": "korean 한국어",
    "ar": "arabic العربية", "he": "hebrew עברית", "hi": "hindi हिन्दी", "el": "greek ελληνικά", "mi": "maori māori",
    "sv": "swedish svenska", "da": "danish dansk", "no": "norwegian norsk bokmål nynorsk", "ca": "catalan català",
    "pl": "polish polski",
}.items() for name in names.split()}


def language_region(tag: object) -> tuple[str, str] | None:
    """A language tag or locale as (language, region), lower case; region "" when it names none.

    ``en-GB``, ``en_GB``, ``en-Latn-GB`` and a POSIX locale, ``en_GB.UTF-8``, give ("en", "gb"); ``de`` gives
    ("de", ""); ``es-419`` gives ("es", "419"); a Content-Language list (``de-AT, en``) its first tag; a language's
    name (``English``, ``Deutsch``) its code.
    """
    if isinstance(tag, str) and not tag.isascii():  # full-width letters (ｅｎ, typed with an IME on) are letters
        tag = unicodedata.normalize("NFKC", tag)
    if isinstance(tag, str) and tag.strip().lower() in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[tag.strip().lower()], ""
    match = _LANGUAGE_TAG.match(tag) if isinstance(tag, str) else None
    if match is None:
        return None
    language = _LANGUAGE_ALIASES.get(match.group(1).lower(), match.group(1).lower())
    if language in _NO_LANGUAGE:
        return None
    subtags = re.split(r"[-_]", match.group(2) or "")
    return language, next((s.lower() for s in subtags if _REGION.match(s)), "")


def language_code(value: object) -> str | None:
    """The primary language subtag of a language tag or locale, lower case; None for a value that is none.

    ``pt-BR``, ``pt_br`` and ``PT`` give "pt"; ``zh-Hans-CN`` gives "zh"; ``eng`` gives "en"; ``nb-NO`` and ``nn``
    give "no" (Norwegian); ``und`` (undetermined), ``English`` or "" give None. Every reader's articles and a ``lang:`` query are read this
    way, so one value finds every regional variant and its case does not matter.
    """
    found = language_region(value)
    return found[0] if found else None
