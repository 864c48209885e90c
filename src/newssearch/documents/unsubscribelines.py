"""A mailing's unsubscribe footer, in the languages news is read in: "Unsubscribe", "Se désabonner", "Abmelden",
"Darse de baja", "Cancella iscrizione", "Afmelden", alone or closing a short notice ("You are receiving this e-mail
because you signed up. Unsubscribe"). A newsletter saved as a page, a message or a text keeps it under its story.

Each phrase stands as a label: at the paragraph's start or after a stop or a bar, and at its end or before one; so
"Readers can unsubscribe at any time, the company said" stays the story's. Closing the text, a short sentence pointing to
where to unsubscribe is one too ("Sie können sich hier abmelden.", "You can unsubscribe here."): an unsubscribing
verb and a pointer ("here", "hier", "ici") in one sentence of at most ``MAX_POINTER_WORDS`` words, addressed to the
reader (a pronoun or verb of the second person, or no subject: "Hier abmelden."); "Der Kunde kann sich jederzeit
abmelden" points nowhere, and "Hier können sich Bürger abmelden" and "Your customers can unsubscribe here" name who
may (a possessive of the second person is the subject's there): all stay. Each table is a list of phrases, a
language a line.
"""

from __future__ import annotations

import re

from ..startup import lazy_compile
from .boilerlines import REPORTED

UNSUBSCRIBE = (
    r"unsubscribe(?: (?:here|now|from (?:this|these|our|all) (?:\S+ ){0,2}(?:list|emails?|e-mails?|newsletters?|"
    r"mailings?)))?", r"(?:click here )?to unsubscribe",                                       # English
    r"(?:se|vous|pour vous) (?:désabonner|désinscrire)", r"désabonnez-vous", r"désinscrivez-vous",
    r"désabonnement", r"désinscription",                                                         # French
    r"(?:(?:vom|den|unseren) )?newsletter (?:abmelden|abbestellen)", r"(?:hier |jetzt )?abmelden",
    r"(?:hier |jetzt )?abbestellen", r"austragen",                                               # German
    r"(?:para )?(?:darse|darte|date) de baja", r"cancelar (?:la )?suscripción", r"anular (?:la )?suscripción",  # Spanish
    r"(?:cancella|annulla) (?:l'|l’)?iscrizione", r"disiscriviti",                 # Italian
    r"afmelden", r"uitschrijven", r"meld (?:je|u) af",                                             # Dutch
    r"cancelar (?:a )?(?:inscrição|subscrição|assinatura)", r"descadastr(?:ar|e-se)",               # Portuguese
    r"avregistrera", r"avsluta prenumeration(?:en)?", r"meld (?:deg|dig) (?:av|fra)", r"afmeld",   # Nordic
    r"wypisz się", r"anuluj subskrypcję",                                                          # Polish
)
_LABEL_EDGE = r"[.!?|·•:;,–—>»()\[\]-]"
# The phrase as a label: at the start or after a stop or a bar, and at the end or before one.
_FOOTER = re.compile(rf"(?:^|{_LABEL_EDGE})\W*(?:{'|'.join(UNSUBSCRIBE)})\W*(?:$|{_LABEL_EDGE})", re.IGNORECASE)
# An unsubscribing verb as a sentence writes it, and a pointer to the link: not "her" (an English pronoun too), nor
# "qui" alone (French "who"), nor "opt out", which stories' schemes offer.
_VERBS = (
    r"unsubscribe",                                                                               # English
    r"(?:vous )?(?:désabonner|désinscrire)",                                                      # French
    r"ab(?:zu)?melden", r"ab(?:zu)?bestellen", r"aus(?:zu)?tragen",                               # German
    r"darse de baja", r"darte de baja", r"cancelar (?:la |su )?suscripción",                      # Spanish
    r"disiscriverti", r"disiscriversi", r"cancellarti",                                           # Italian
    r"af(?:te)?melden", r"uit(?:te)?schrijven", r"af te melden", r"uit te schrijven",             # Dutch
    r"descadastrar", r"cancelar (?:a |sua )?(?:inscrição|assinatura)",                            # Portuguese
    r"avregistrera dig", r"melde (?:deg|dig) (?:av|fra)", r"afmelde dig",                         # Nordic
    r"wypisać się",                                                                                # Polish
)
_POINTERS = (
    r"here", r"below", r"(?:this|the) link", r"hier", r"unten", r"(?:diesen|dem) link", r"ici", r"ci-dessous",
    r"ce lien", r"aquí", r"este enlace", r"clicca qui", r"questo link", r"aqui", r"este link", r"här", r"tutaj",
    r"deze link", r"onderstaande link",
)
_POINTER = re.compile(rf"\b(?:{'|'.join(_POINTERS)})\b", re.IGNORECASE)
_VERB = re.compile(rf"\b(?:{'|'.join(_VERBS)})\b", re.IGNORECASE)
_INNER_STOP = re.compile(r"[.!?]\s+\S")  # a second sentence: a story's paragraph, not a pointer's line
# Words that address the reader: the second person's pronouns and verbs. German's polite "Sie", "Ihnen" and "Ihr" in
# capitals only ("sie": they; "ihr": her, their); Dutch "u" not as U.S.'s. Not "du" (French "of the" too), "te" (Dutch
# "to"), French "ta" and "ton", nor English words ("din"). Nor a possessive ("your", "Ihre", "votre"): it says whose a
# thing is, and may be the subject's, who is not the reader ("Your customers can unsubscribe here."); it is an
# instruction's word (``_INSTRUCTION_WORDS``: "Unsubscribe from your emails below.").
_READER_WORDS = (
    r"you", r"yours", r"yourself",                                                               # English
    r"dich", r"dir", r"kannst",                                                                  # German
    r"vous", r"tu", r"toi",                                                                      # French
    r"usted(?:es)?", r"tú", r"puedes",                                                           # Spanish
    r"ti", r"puoi",                                                                              # Italian
    r"jij", r"jou", r"u(?![.\w])", r"kunt",                                                      # Dutch
    r"você", r"vocês",                                                                           # Portuguese
    r"deg", r"dig", r"dere",                                                                     # Nordic
    r"ty", r"możesz",                                                                            # Polish
)
_READER = lazy_compile(rf"\b(?:(?i:{'|'.join(_READER_WORDS)})|Sie|Ihr|Ihnen)\b")
# Dutch "je", "you" and "your" both: the reader unless the one who unsubscribes is a third person ("zich"), whose
# possessive it is then ("Je klanten kunnen zich hier afmelden.": your customers); "U kunt zich …" is the reader's by "u".
_DUTCH_JE = re.compile(r"\bje\b", re.IGNORECASE)
_THIRD_PERSON_SELF = re.compile(r"\bzich\b", re.IGNORECASE)
# The second person's possessives, which name the reader's things and not the reader (Dutch "je" is a pronoun too:
# ``_DUTCH_JE``).
_READER_POSSESSIVES = "your dein deine deinem deinen deiner deines ihre ihrem ihren ihrer ihres votre vos tes jouw uw"
# The words of a pointer with no subject, an imperative's or an infinitive's ("Click here to unsubscribe.", "Hier vom
# Newsletter abmelden.", Spanish's polite "Puede darse de baja aquí."): besides its verb and its pointer, only these;
# any other ("Bürger", "customers") names who may.
_INSTRUCTION_WORDS = frozenset(_READER_POSSESSIVES.split()) | frozenset("""
    click tap to please simply just or and at any time anytime from this these the our all list link e mail mails
    email emails newsletter newsletters mailing mailings updates alerts via by on now manage update change edit
    preferences settings subscription subscriptions
    klicken bitte um sich zu jederzeit vom von dem den der diesen unserem unseren unserer einfach jetzt und oder
    cliquez cliquer pour se sur ce le la les lien de d notre nos lettre information en à tout moment veuillez
    haga haz clic pulse pulsa para el del este enlace puede nuestro nuestra nuestros boletín lista cualquier momento
    por favor
    clicca per questo dalla alla nostra
    klik om zich voor onze nieuwsbrief deze van
    clique este nossa pode da do
    klicka klikk för att nyhetsbrev nyhetsbrevet fra av
    kliknij aby się z newslettera
""".split())
_WORD = re.compile(r"[^\W\d_]+")
MAX_POINTER_WORDS = 15
MAX_FOOTER = 300  # characters: a footer's notice is short; a longer paragraph saying so is a story's


def is_unsubscribe_footer(text: str) -> bool:
    """Whether the paragraph ``text`` is a mailing's unsubscribe footer (see the module), not a story's sentence."""
    if len(text) > 2 * MAX_FOOTER:  # a story's paragraph, not split into its words to tell
        return False
    text = " ".join(text.split())
    return 0 < len(text) <= MAX_FOOTER and _FOOTER.search(text) is not None and not REPORTED.search(text)


def is_unsubscribe_pointer(text: str) -> bool:
    """Whether the paragraph ``text`` is a short sentence pointing to where to unsubscribe ("Sie können sich hier
    abmelden."): a footer where it closes a text, never a story's sentence reporting it (see the module)."""
    text = " ".join(text.split())
    return 0 < len(text.split()) <= MAX_POINTER_WORDS and not _INNER_STOP.search(text) \
        and _VERB.search(text) is not None and _POINTER.search(text) is not None and not REPORTED.search(text) \
        and addresses_reader(text)


def addresses_reader(sentence: str) -> bool:
    """Whether a pointer ``sentence`` speaks to its reader: a word of the second person ("Sie können sich hier
    abmelden.", "Cliquez ici"; Dutch "je" unless a third person unsubscribes, "zich"), or no subject at all, its words
    besides its verb and its pointer only an instruction's ("Hier vom Newsletter abmelden."); not one naming who may
    ("Hier können sich Bürger abmelden.")."""
    if _READER.search(sentence) or _DUTCH_JE.search(sentence) and not _THIRD_PERSON_SELF.search(sentence):
        return True
    rest = _POINTER.sub(" ", _VERB.sub(" ", sentence))
    return all(word.lower() in _INSTRUCTION_WORDS for word in _WORD.findall(rest))


def is_closing_footer(text: str) -> bool:
    """Whether the paragraph ``text``, closing a text, is an unsubscribe footer: a label's or a pointer's."""
    return is_unsubscribe_footer(text) or is_unsubscribe_pointer(text)


def without_closing_footers(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without the unsubscribe footers closing them (``is_closing_footer``); all when all are."""
    end = len(paragraphs)
    while end > 1 and is_closing_footer(paragraphs[end - 1]):
        end -= 1
    return paragraphs if end == len(paragraphs) else paragraphs[:end]


def without_unsubscribe_footer(body: str) -> str:
    """``body`` without the unsubscribe footers closing it (its last paragraphs, each one); as it is when it is one.
    Only its end is read: a long text is not split into its paragraphs."""
    story = body.rstrip()
    while True:
        rest, sep, last = story.rpartition("\n\n")
        if not sep or not rest or rest.isspace() or len(last) > 2 * MAX_FOOTER or not is_closing_footer(last):
            break
        story = rest.rstrip()
    return body if len(story) == len(body.rstrip()) else story
