"""Word families Snowball's English rules conflate with words of another meaning, each given a stem of its own.

Porter's rules strip suffixes without a dictionary, so some unrelated words come out with one stem and find each
other: "business" and "busy" are both ``busi``, "authorities" and "author" ``author``, "cooperation" (and
"co-operation", which the hyphen rules write solid) and Cooper ``cooper``. Lucene's answer is a stemmer override
(StemmerOverrideFilter, Elasticsearch's ``stemmer_override``): a short table of word forms whose stem is given before
the stemmer runs. The families here are conflations the literature on overstemming names (Krovetz's "Viewing
morphology as an inference process", 1993; Xu and Croft's corpus-based stemming, 1998; Paice's overstemming index,
1994; the exceptions Lucene's KStem dictionary keeps apart) and others of the same kind, each checked against
PyStemmer's English stemmer and chosen for the meanings alone, by no benchmark's queries.

Each family is a stem and the forms that take it: every inflected form of the family, so that its forms still find
each other ("authorities" finds "authority", "businesses" "business"), while the other word keeps Snowball's stem.
A family's stem is Snowball's stem of one of its members where that stem is the family's alone ("authoritative" is
already ``authorit``, "irony" ``ironi``), so the forms Snowball already stems so stay found; otherwise a stem no other
word is given. Function words (``stopwords.GRAMMAR_WORDS``: "several", "apart", "even") have terms of their own
already and are no entry.
"""

from __future__ import annotations

# stem -> the word forms (lower case, folded) stemmed to it instead of Snowball's stem, with the word they had met
FAMILIES: dict[str, tuple[str, ...]] = {
    # busy: busi
    "business": ("business", "businesses"),
    # author: author (a writer); the power and its permission are other words
    "authorit": ("authority", "authorities", "authoritative", "authoritatively"),
    "authoris": ("authorize", "authorizes", "authorized", "authorizing", "authorization", "authorizations",
                 "authorise", "authorises", "authorised", "authorising", "authorisation", "authorisations"),
    "unauthoris": ("unauthorized", "unauthorised"),
    # cooper, Cooper: cooper
    "cooperat": ("cooperate", "cooperates", "cooperated", "cooperating", "cooperation", "cooperations",
                 "cooperative", "cooperatives", "cooperatively", "cooperator", "cooperators"),
    # experience: experi ("experienced" and "experiencing" had been experienc, apart from it)
    "experiment": ("experiment", "experiments", "experimented", "experimenting", "experimenter", "experimenters",
                   "experimental", "experimentally", "experimentation"),
    "experi": ("experience", "experiences", "experienced", "experiencing"),
    "inexperi": ("inexperience", "inexperienced"),
    # iron: iron (the metal, and pressing clothes)
    "ironi": ("irony", "ironies", "ironic", "ironical", "ironically"),
    # animate, animation, animator: anim
    "animal": ("animal", "animals", "animality"),
    # wit: wit
    "witness": ("witness", "witnesses", "witnessed", "witnessing"),
    # execute, execution: execut
    "executiv": ("executive", "executives"),
    # design, designer: design
    "designat": ("designate", "designates", "designated", "designating", "designation", "designations"),
    # depart, departed: depart ("departmental" is department already)
    "department": ("department", "departments", "departmental"),
    # inform, information: inform
    "informal": ("informal", "informally", "informality"),
    # provide: provid (Providence the city, divine providence, a provident fund)
    "providenc": ("providence", "provident", "providential"),
    # ration, rationing: ration ("rationale" is rational already)
    "rational": ("rational", "rationally", "rationality", "rationale"),
    "rationalis": ("rationalize", "rationalizes", "rationalized", "rationalizing", "rationalization",
                   "rationalise", "rationalises", "rationalised", "rationalising", "rationalisation"),
    # moral, morality: moral
    "morale": ("morale",),
    # success, successful: success
    "succession": ("succession", "successions", "successive", "successively"),
    # public, publicity: public
    "publicat": ("publication", "publications"),
    # conserve, conservation: conserv (a Conservative is of a party; "conservatism" is conservat already)
    "conservat": ("conservative", "conservatives", "conservatively", "conservatism"),
    # liberate, liberation, liberator: liber
    "liberal": ("liberal", "liberals", "liberally", "liberalism", "liberality"),
    "liberalis": ("liberalize", "liberalizes", "liberalized", "liberalizing", "liberalization",
                  "liberalise", "liberalises", "liberalised", "liberalising", "liberalisation"),
    # compete, competed: compet
    "competen": ("competent", "competently", "competence", "competences", "competency", "competencies"),
    # marine, mariner: marin ("marinade" is marinad already)
    "marinad": ("marinate", "marinates", "marinated", "marinating", "marinade", "marinades"),
    # sever, severed, severance: sever
    "severe": ("severe", "severely", "severity", "severities"),
    # hospital: hospit
    "hospitabl": ("hospitable", "hospitality"),
    # respect, respected: respect ("respectively" is a function word)
    "respectiv": ("respective",),
    # import, imported: import
    "important": ("important", "importantly", "importance"),
    # convent: convent
    "convention": ("convention", "conventions", "conventional", "conventionally"),
    # transit: transit
    "transition": ("transition", "transitions", "transitional", "transitioned", "transitioning"),
    # process, processing: process
    "procession": ("procession", "processions"),
    # integrate, integration: integr
    "integral": ("integral", "integrally"),
    "integriti": ("integrity",),
    # format, formatting: format
    "formation": ("formation", "formations"),
    # position, positioned, posit: posit
    "positiv": ("positive", "positively", "positives", "positivity", "positivism", "positivist", "positivists"),
    # franc, francs (the currency): franc
    "france": ("france",),
    # Surnames ending in -is, whose s Snowball takes off as a plural's, leaving the stem of a word ending in -y:
    # Harris and Harry (and harried) harri, Ferris and ferry ferri, Davis, Davies and Davy davi. Each is its own.
    **{name: (name,) for name in ("harris", "ferris", "parris", "willis", "ellis", "hollis", "wallis", "dennis",
                                  "davis", "davies", "morris", "norris", "doris", "francis")},
}

# word form -> its stem
OVERRIDES: dict[str, str] = {form: stem for stem, forms in FAMILIES.items() for form in forms}

# Snowball's English stemmer takes a possessive off before its rules ("authorities'" is author): so is it here.
_POSSESSIVES = ("'s'", "'s", "'")


def overridden_stem(word: str) -> str | None:
    """The stem the table gives ``word`` (lower case, folded; possessive or not), or None where Snowball's applies."""
    stem = OVERRIDES.get(word)
    if stem is None and "'" in word:
        for ending in _POSSESSIVES:
            if word.endswith(ending):
                return OVERRIDES.get(word[:-len(ending)])
    return stem
