"""Whether words name a person: capitalised words (or words of a script without capitals), and nothing that marks
a desk, a role, an agency, an outlet or a link ("Political Reporter", "BBC News", "@jdoe", 新华社). Bylines are cleaned
into names in ``personnames``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..startup import lazy_compile
from .bylinephrases import is_phrase
from .placenames import is_place

# Bylines that name a desk, a role or an agency rather than a person (any letter case).
_NOT_A_PERSON = (
    r"\b(?:staff|desk|team|editors?|editorial|newsroom|news|reporters?|correspondents?|agency|agencies|wires?|"
    r"press|admin|administrator|contributors?|service|online|web|digital|media|bureau|sport|sports|"
    r"opinion|guest|anonymous|unknown|writers?|sportswriters?|columnists?|critics?|producers?|journalists?|commentators?|"
    r"photographers?|photojournalists?|videographers?|illustrators?|cartoonists?|share|follow|"
    r"email|twitter|authors?|archives?|website|"
    r"none|nobody|foundation|stiftung|gmbh|inc|ltd|llc|verein|verband|institute?|university|universität|"
    # an author box's links: "More Posts", "SHOW ALL ARTICLES OF", "View all posts by", "Alle Artikel", "Weitere Beiträge",
    # "Alles von Martin Junker"
    r"(?:more|all|other|alle|weitere|mehr)\s+(?:posts|articles|stories|artikel|beiträge)|(?:show|view|see)\s+all"
    r"|(?:alles|mehr)\s+von)\b"
    r"|(?-i:(?:^|\s)e\.\s?V\.?$)|\d|@|https?:|www\.|\.com\b"
    # an office, a fire brigade or a police, an association or a ministry in German, named in one word or a compound
    # ("Abteilung Wasserrettung", "Feuerwehr Oldenburg", "Bundesverband WindEnergie"); a company ("Naturstrom AG")
    r"|\b(?:abteilung|sekretariat|feuerwehr|polizei)\b|\B(?:verband|verein|vereinigung|gesellschaft|ministerium)\b"
    r"|\s(?:ag|kg)$|(?-i:\sSE$)"
    # a newsroom, the desk's credit in other languages, alone, in a compound or with the outlet's name: "Redaktion",
    # "TVT-Redaktion", "Onlineredaktion", "Redaktion MSM", "Redacción EC", "La rédaction", "Redazione", "Redactie";
    # and "news" in them before an outlet's name ("NOTICIAS EL COMERCIO PERÚ")
    r"|redaktion|redacci[oó]n|r[ée]daction|redazione|redactie|redakcja|reda[cç][aã]o"
    r"|\b(?:noticias|notícias|notizie|nouvelles|nieuws|nachrichten|wiadomości)\b"
    # the same in scripts without capitals: reporter, editor, news, this paper, correspondent, desk, editorial board
    # (Chinese and Japanese words are not spaced, so they are found inside a run)
    r"|记者|記者|编辑|編輯|編集|新闻|新聞|本报|本報|通讯员|通訊員|评论员|評論員|기자|뉴스|편집"
    r"|(?<!\S)(?:محرر|مراسل|فريق|أخبار|وكالة|الجزيرة|العربية|מערכת|כתב|חדשות|डेस्क|संवाददाता|ब्यूरो|समाचार)(?!\S)"  # \b fails on a vowel sign
)


PARTICLES = frozenset("de van von der da la bin al y del dos du di le ten ter".split())  # lower-case words inside names


def is_person(name: str, min_words: int = 2, loose: bool = False, caseless: bool = False) -> bool:
    """``min_words`` to five capitalised words and nothing that marks a desk, a role or a link, nor a phrase (``is_phrase``:
    "Popular Demand", "Any Means"); ``loose``
    (a name of two words from structured data, "Mobasir hassan"), only the first word need be capitalised;
    ``caseless``, a word of a script without capitals (Arabic, Hebrew, Hindi, CJK) is a name word too, and
    2 to 4 Chinese, Japanese or Korean letters written without a space (李华, 김민수) are a full name."""
    words = name.split()
    count = 2 if caseless and is_unspaced_name(name) else len(words)
    marked = _patterns().not_a_person.search(name) and not desk_surname(name)  # "John Desk": Desk his surname
    if not min_words <= count <= 5 or marked or is_phrase(name) or ":" in name:
        return False  # "The Numbers", "Popular Demand": a column's title (bylinephrases)
    if any(w == "der" and (n == 0 or words[n - 1].lower() not in PARTICLES) for n, w in enumerate(words)):
        return False  # "der" joins a name after a particle ("van der Berg"); after a noun it is "of the": "Leiter der HSS"
    if words[-1] in PARTICLES:
        return False  # a particle joins a name to its surname, it never ends one: "Rezept von" is a label
    loose = loose and len(words) == 2  # "Mobasir hassan", not "Landesanstalt für Wald"
    return all(w[0].isupper() or w.lower() in PARTICLES or (loose and n > 0) or (caseless and is_caseless(w))
               for n, w in enumerate(words))


# The words of a newsroom's beat, and a desk's "our", before its role's word: "Local Democracy Reporter", "Political
# Reporter", "Our Correspondent", "From Our Own Correspondent" name a role whole, no one; a given name before it ("Jo
# Reporter") may be a person's.
BEAT_WORDS = frozenset("""
our own from your the a local democracy political politics parliamentary business economics economic economy finance financial
markets health medical science technology tech education environment environmental climate energy crime court courts
justice legal defence defense security diplomatic foreign international national regional rural community city
transport travel food arts music film culture entertainment fashion lifestyle motoring property sports sport
weather general investigative features news online digital data pacific world home affairs social
""".split())


def beat_words_only(words: list[str]) -> bool:
    """Whether ``words`` (those before a role's word) name a beat or a desk alone, in any letter case: "Local
    Democracy", "Political", "Our"; not a given name ("Jo")."""
    return bool(words) and all(word.lower() in BEAT_WORDS for word in words)


# A crew's word after an office's, a desk's or a beat's words: "Web Team", "Sport Staff", "Council Media Team",
# "Communications Team" credit a crew, no one; a given name before it may be a person's ("Ann Team"; Staff is a surname).
# A desk's ("Business Desk") is a role alone, authornames' rule, unless a given name is before it (``desk_surname``).
_CREW_WORDS = frozenset(("team", "teams", "staff"))
# The words of an office's crew that mark no person nor a beat already (names_no_person: "Web", "Media", "Press").
_OFFICE_WORDS = frozenset("communications comms marketing council events content support campaigns membership".split())


def is_crew_credit(name: str) -> bool:
    """Whether ``name`` credits a team or a staff, no one: its last word "Team" or "Staff" after the words of a beat,
    a desk or an office, in any letter case ("Web Team", "Sport Staff", "Council Media Team", "Communications
    Team"); not after a given name ("Ann Team", "Ann Staff": a person's name, as "Jo Reporter" is)."""
    words = name.strip(" .").split()
    if len(words) < 2 or words[-1].lower() not in _CREW_WORDS:
        return False
    before = words[:-1]
    return (beat_words_only(before) or names_no_person(" ".join(before))
            or any(word.lower() in _OFFICE_WORDS | _OUTLET_WORDS for word in before))


# The words of a desk's section, shift or region, before "Desk", that are no beat's (BEAT_WORDS) nor mark a desk already
# (names_no_person: "News", "Web"): "Metro Desk", "Night Desk", "Picture Desk", "Middle East Desk".
_DESK_WORDS = frozenset("""
metro copy night day picture pictures photo photos graphics video audio multimedia podcast state features feature
breaking trending sunday saturday weekend morning evening afternoon overnight live opinions investigations planning
asia africa europe americas america latin middle east west north south gulf arctic asean
""".split())
# The words of a paper's or an agency's name before "Staff": "Herald Staff", "Times Staff", "Reuters Staff".
_OUTLET_WORDS = frozenset("""
times herald post chronicle advocate daily tribune gazette journal courier telegraph observer guardian express mirror
standard examiner inquirer enquirer sentinel dispatch register record star sun globe mail independent bulletin weekly
reuters ap afp dpa upi aap
""".split())
_GIVEN_WORD = lazy_compile(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|[A-Z]\.")  # "John", "Mary-Kate", "O'Neil", "J."
# The role words that are surnames too after a given name: "John Desk", "Ann Staff".
_SURNAME_ROLES = frozenset(("Desk", "Staff"))


def desk_surname(name: str) -> bool:
    """Whether ``name`` is a person's whose surname is "Desk" or "Staff": one or two given names (or an initial) before
    it, none a desk's, a beat's, an office's, an outlet's, a region's or a place's word ("John Desk", "Mary Ann Desk",
    "Ann Staff"); not "Metro Desk", "News Desk", "Asia Desk", "HT Desk" (an outlet's initials), "business Desk",
    "Sport Staff", "Herald Staff"."""
    words = name.strip(" .").split()
    before = words[:-1]
    if len(words) not in (2, 3) or words[-1] not in _SURNAME_ROLES \
            or not all(_GIVEN_WORD.fullmatch(word) for word in before):
        return False
    stops = _OFFICE_WORDS | _DESK_WORDS | BEAT_WORDS | _OUTLET_WORDS
    return not (beat_words_only(before) or names_no_person(" ".join(before)) or is_place(" ".join(before))
                or any(word.lower() in stops or is_place(word) for word in before))


def is_caseless(word: str) -> bool:
    """Whether ``word`` is a name word of a script that has no capitals: محمد, יוסי, राहुल, 李华; not a run of
    more than four Chinese or Korean letters, which is a phrase written without spaces, nor an outlet's name (新华社)."""
    first, patterns = word[:1], _patterns()
    return first.isalpha() and first.lower() == first.upper() and not patterns.unspaced_phrase.search(word) \
        and not (patterns.unspaced_name.fullmatch(word) and patterns.outlet_end.search(word))


# Han (with 々), kana and Hangul: the scripts whose names are written without a space between the parts.
_UNSPACED_NAME = (r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                            r"\U00020000-\U0002fa1f]{2,4}")


_UNSPACED_PHRASE = r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]{5}"


# How the names of outlets end in Chinese, Japanese and Korean: an agency (新华社, 共同通信, 연합통신), a paper
# (人民日报, 环球时报, 조선일보), a website (央视网), a station (电视台, 방송), a magazine (周刊, 杂志).
_OUTLET_END = r"(?:社|报|報|网|網|台|通信|通讯|通訊|周刊|週刊|杂志|雜誌|电视|電視|일보|신문|방송|통신)$"


def is_unspaced_name(name: str) -> bool:
    """Whether ``name`` is a full name written without a space: 2 to 4 Han, kana or Hangul letters (李华,
    欧阳修, 山田太郎, 김민수); a longer run is a phrase, a single letter no name, and an outlet's name no
    person's (新华社, 人民日报, 央视网)."""
    name = name.strip()
    patterns = _patterns()
    return bool(patterns.unspaced_name.fullmatch(name)) and not patterns.outlet_end.search(name)


def names_no_person(part: str) -> bool:
    """Whether a part of a byline names a desk, a role or a link: "Political Reporter", "BBC News", "@jdoe"."""
    return bool(_patterns().not_a_person.search(part))


# A site's login, not a writer's account: a role's or a host's word anywhere in one lower-case word ("oradmin",
# "webmaster", "siteeditor", "newsstaff", "wpengine": WP Engine's default user), or a generic account and digits
# ("user123", "guest2"), as a CMS names its accounts. A person's own handle with digits ("jsmith42") is theirs, as
# "gizzmo" is: kept.
_LOGIN = lazy_compile(r"[a-z._-]*(?:admin|webmaster|editor|staff(?!an)|wpengine|wordpress|moderator|superuser|sysop)"
                      r"[a-z._-]*\d*|(?:root|user|guest|test|author)[._-]?\d*")


def is_login(name: str) -> bool:
    """Whether ``name`` is a site's login, no writer's name: one lower-case word holding a role's or a host's word
    ("oradmin", "webmaster", "wpengine", "editor1") or a generic account's ("user123"), not a person's handle
    ("jsmith42")."""
    return bool(_LOGIN.fullmatch(name))


class _Patterns(NamedTuple):
    """This module's patterns, compiled."""

    not_a_person: re.Pattern[str]
    unspaced_name: re.Pattern[str]
    unspaced_phrase: re.Pattern[str]
    outlet_end: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """The patterns, compiled when a name is first checked: 7 ms (the desks' words of every language, the ranges of
    CJK letters) that an update of stories without bylines, Reuters' wire texts, had paid at its start."""
    return _Patterns(re.compile(_NOT_A_PERSON, re.I), re.compile(_UNSPACED_NAME), re.compile(_UNSPACED_PHRASE),
                     re.compile(_OUTLET_END))
