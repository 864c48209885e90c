"""Host names in text: which labels of ``www.stuff.co.nz`` name the site, and which are its public suffix.

The words inside a dotted token are indexed (``amazon`` finds "Amazon.com"), but a host's public suffix
(``co.nz``, ``com``) names no site: indexed, the ``nz`` of every "news@stuff.co.nz" had found ``NZ`` and
``New Zealand``. Elasticsearch's standard tokenizer keeps the whole host as one token, so there too ``nz``
finds no address.
"""

from __future__ import annotations

import re

from .startup import lazy_compile

# Country-code top-level domains (ISO 3166-1 alpha-2, with uk, eu, ac and su).
COUNTRY_DOMAINS = frozenset((
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by "
    "bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et eu fi fj fk "
    "fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is "
    "it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm "
    "mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps "
    "pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj "
    "tk tl tm tn to tr tt tv tw tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw"
).split())
# Generic top-level domains news text links to (the newer ones, .news or .world, are English words too).
GENERIC_DOMAINS = frozenset({"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "mobi"})
TOP_LEVEL_DOMAINS = COUNTRY_DOMAINS | GENERIC_DOMAINS
# Labels registries put before a country code: stuff.co.nz, smh.com.au, parliament.govt.nz, ox.ac.uk.
SECOND_LEVEL_DOMAINS = frozenset({
    "co", "com", "org", "net", "gov", "govt", "ac", "edu", "ltd", "plc", "sch", "nhs", "mil", "gen", "iwi",
    "or", "ne", "go", "gob", "gouv", "nic",
})


def site_labels(word: str) -> tuple[int, int] | None:
    """Where the labels that name the site start and end in ``word`` when it is a host name, else None.

    ``www.stuff.co.nz`` -> (4, 9), "stuff"; ``Amazon.com`` -> (0, 6). A token is a host when it starts
    with ``www.``, when its last label is a top-level domain written in lower case (``bbc.co.uk``,
    ``Amazon.com``; "said.He" is a sentence scraped without its space), or when it ends in a second-level
    label and a country code in any case (``BBC.CO.UK``). A second-level label is part of the suffix only
    after a label of the site's own, ``www`` not counted: in ``co.nz`` and ``www.nhs.uk`` the site is "co" and
    "nhs" (``nhs`` had not found "www.nhs.uk", nor ``gov`` "www.gov.uk").
    """
    labels = word.split(".")
    if len(labels) < 2:
        return None
    last, before = labels[-1], labels[-2].lower()
    country = last.lower() in COUNTRY_DOMAINS
    www = labels[0].lower() == "www" and len(labels) > 2
    second = len(labels) - www > 2 and country and before in SECOND_LEVEL_DOMAINS
    if not (www or second or (last.islower() and last in TOP_LEVEL_DOMAINS)):
        return None
    suffix = (1 + second) if last.lower() in TOP_LEVEL_DOMAINS else 0
    start = 4 if www else 0
    end = len(word) - sum(len(label) + 1 for label in labels[len(labels) - suffix:])
    return start, max(start, end)


# A host typed as a word of a query (latimes.com), not after a field, a sign or inside an address
_HOST_WORD = lazy_compile(r"(?<![\w:.@/\\-])((?:[a-z0-9-]+\.)+([a-z]{2,}))(?![\w.:/@-])", re.IGNORECASE)


def as_sites(text: str) -> tuple[str, list[str]]:
    """``text`` (outside quotes) with each host typed alone as a word, ``latimes.com``, as ``site:latimes.com``, and
    those hosts: its words are searched in the text, where a site's articles seldom write its address."""
    from .lucene import outside_quotes  # only for a search that found nothing

    hosts: list[str] = []

    def site(match: re.Match[str]) -> str:
        if match.group(2).lower() not in TOP_LEVEL_DOMAINS:
            return match.group()
        hosts.append(match.group(1))
        return f"site:{match.group(1)}"

    return outside_quotes(text, lambda piece: _HOST_WORD.sub(site, piece)), hosts
