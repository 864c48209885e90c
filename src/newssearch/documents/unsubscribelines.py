"""A mailing's unsubscribe footer, in the languages news is read in: "Unsubscribe", "Se désabonner", "Abmelden",
"Darse de baja", "Cancella iscrizione", "Afmelden", alone or closing a short notice ("You are receiving this e-mail
because you signed up. Unsubscribe"). A newsletter saved as a page, a message or a text keeps it under its story.

Each phrase stands as a label: at the paragraph's start or after a stop or a bar, and at its end or before one; so
"Readers can unsubscribe at any time, the company said" stays the story's. Each table is a list of phrases, a language
a line.
"""

from __future__ import annotations

import re

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
MAX_FOOTER = 300  # characters: a footer's notice is short; a longer paragraph saying so is a story's


def is_unsubscribe_footer(text: str) -> bool:
    """Whether the paragraph ``text`` is a mailing's unsubscribe footer (see the module), not a story's sentence."""
    if len(text) > 2 * MAX_FOOTER:  # a story's paragraph, not split into its words to tell
        return False
    text = " ".join(text.split())
    return 0 < len(text) <= MAX_FOOTER and _FOOTER.search(text) is not None and not REPORTED.search(text)


def without_unsubscribe_footer(body: str) -> str:
    """``body`` without the unsubscribe footers closing it (its last paragraphs, each one); as it is when it is one.
    Only its end is read: a long text is not split into its paragraphs."""
    story = body.rstrip()
    while True:
        rest, sep, last = story.rpartition("\n\n")
        if not sep or not rest or rest.isspace() or not is_unsubscribe_footer(last):
            break
        story = rest.rstrip()
    return body if len(story) == len(body.rstrip()) else story
