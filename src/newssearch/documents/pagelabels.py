"""The page's own lines around a story, in the languages other than English that news is read in (German, French,
Spanish, Portuguese, Italian, Polish, Dutch): pointers to other stories ("Lesen Sie auch", "Mehr zum Thema"),
comment prompts, share and print buttons, ad labels ("Anzeige"), picture credits, paywall offers and consent
notices for embedded posts. English's own lines are ``boilerlines``' ``BOILER_LINE`` and ``PAGE_LINE``.

Each table is a list of phrases, so that a language is added a line at a time.
"""

from __future__ import annotations

import re

from .boilerlines import SENTENCE_AFTER_COLON

# A box labelled so points to other stories; the label may go on with a few words ("Lesen Sie auch die folgenden
# Beiträge") and, after a colon, the headline it points to ("Lesen Sie auch: Warum …").
POINTERS = (
    # German
    r"(?:lesen|sehen|hören) sie (?:auch|mehr|hier|dazu)", r"lies (?:auch|mehr|hier)", r"auch interessant",
    r"ebenfalls interessant",
    r"(?:das|dies|diese[rs]? (?:artikel|beiträge?|themen|texte?)) (?:könnte|könnten|dürfte|dürften) (?:sie|dich|euch) "
    r"(?:auch |ebenfalls )?interessieren", r"schon gelesen",
    r"mehr zum thema", r"(?:artikel|beiträge|videos|bilder|news|nachrichten)(?: (?:und|&) (?:artikel|beiträge|videos|"
    r"bilder|news))? zum thema", r"mehr (?:\S+ )?(?:zu|zum|aus|von|auf|über) (?:\S+ ){0,2}\S+",
    r"(?:weitere|verwandte|ähnliche|empfohlene|passende|beliebte|meistgelesene) (?:beiträge|artikel|themen|"
    r"nachrichten|meldungen|news|inhalte|links|videos|rezepte|texte|storys|geschichten)", r"meistgelesen",
    r"zum weiterlesen", r"weiter ?lesen", r"vorschau auf den nächsten (?:artikel|beitrag)",
    r"(?:nächster|vorheriger) (?:artikel|beitrag)", r"empfehlungen aus (?:dem|der|unserem|unserer) \S+",
    r"weitere (?:informationen|infos) (?:zu|zum|zur|über)",
    # French
    r"(?:à )?lire (?:aussi|également)", r"(?:à )?voir aussi", r"sur le même (?:sujet|thème)",
    r"(?:articles? |contenus? )?les plus (?:lus|partagés|commentés)", r"(?:articles?|contenus?) (?:similaires|associés|"
    r"recommandés|liés)", r"vous (?:aimerez|aimeriez|pourriez aimer) (?:aussi|également)", r"dans la même rubrique",
    # Spanish
    r"(?:lee|lea) (?:también|más)", r"(?:también )?(?:te|le) (?:puede|podría) interesar", r"te recomendamos",
    r"(?:noticias|artículos|notas|temas) relacionad[oa]s", r"lo más (?:leído|visto)", r"más (?:leídas|noticias)",
    r"ver también", r"sigue leyendo", r"temas",
    # Portuguese
    r"(?:veja|leia) (?:também|mais)", r"saiba mais", r"(?:notícias|matérias) relacionadas", r"mais lidas",
    # Italian
    r"leggi anche", r"potrebbe interessarti", r"articoli correlati", r"(?:i )?più letti", r"vedi anche",
    # Polish
    r"(?:czytaj|przeczytaj|zobacz) (?:też|także|również|więcej)", r"polecamy", r"najczęściej czytane",
    r"podobne artykuły",
    # Dutch
    r"lees (?:ook|meer)", r"meer over (?:\S+ ){0,2}\S+",
    # English that ``PAGE_LINE`` has not named
    r"explore further", r"further reading",
)
# (A line that ends a sentence without a colon before it is the story's: "Mehr über ihn weiß man nicht.")
POINTER_LINE = re.compile(rf"^(?![^:»>]*\.$)(?:{'|'.join(POINTERS)})(?: \S+){{0,3}}(?:\s*[:»>]\s*.{{0,150}}|[\s!?…:»>]*)$",
                          re.IGNORECASE)

# Labels that are the whole line, maybe between dashes or bullets ("- Anzeige -"): comment prompts, the heading of a
# box about the writer, share and print buttons, ad labels.
COMMENT_LABELS = (
    r"kommentare?", r"\d+ kommentare?", r"kommentare? (?:schreiben|verfassen|hinzufügen|anzeigen|lesen|geschlossen|"
    r"ausblenden|einblenden)", r"(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie) (?:einen|den ersten) "
    r"kommentar.{0,60}", r"keine kommentare.{0,60}", r"kommentarfeed", r"trackback(?:-url)?", r"antworten",
    r"commentaires?", r"\d+ commentaires?", r"(?:laisser|ajouter|écrire|poster) un commentaire", r"réagir",
    r"comentarios?", r"\d+ comentarios?", r"(?:deja|dejar|escribe|añadir) (?:un|tu) comentario", r"comentários?",
    r"deixe (?:um|seu) comentário", r"commenti", r"\d+ commenti", r"lascia un commento", r"komentarze",
    r"\d+ komentarz[ey]?", r"(?:skomentuj|dodaj komentarz)", r"reacties", r"\d+ reacties",
)
WRITER_HEADINGS = (
    r"über (?:den autor|die autorin|die autoren)", r"zur person", r"à propos de l'auteure?", r"sobre (?:el|la) autora?",
    r"sull'autore", r"o autorze",
    # A press release's contact box
    r"(?:presse|medien)?kontakt", r"ansprechpartner(?:in)?(?: \S+){0,3}", r"contact presse", r"kontakt dla mediów",
)
# Where the story appeared in print, and the toggle of its sources: "ERSCHIENEN IN", "Quellen ausblenden".
NOTE_LABELS = (
    r"erschienen in(?: \S+){0,4}", r"paru dans(?: \S+){0,4}", r"publicado en(?: \S+){0,4}",
    r"quellen (?:ausblenden|einblenden|anzeigen)", r"weitere (?:informationen|infos)",
)
BUTTON_LABELS = (
    r"(?:jetzt |artikel |beitrag |seite )?teilen", r"(?:artikel |rezept |seite |beitrag )?drucken", r"druckversion",
    r"(?:per )?e-?mail (?:versenden|senden|teilen)", r"partager(?: l'article| cet article)?", r"imprimer",
    r"compartir(?: en \S+)?", r"imprimir", r"compartilhe", r"condividi", r"stampa", r"udostępnij", r"drukuj", r"delen",
    # "Follow us on …", as English's "Follow us" is
    r"folgen sie uns(?: \S+){0,3}", r"folge uns(?: \S+){0,3}", r"suivez-nous(?: \S+){0,3}", r"síguenos(?: \S+){0,3}",
    r"(?:nos )?siga(?:-nos)?(?: no| na| em)?(?: \S+){0,2}", r"seguici(?: \S+){0,3}", r"obserwuj nas(?: \S+){0,3}",
    r"volg ons(?: \S+){0,3}",
)
# A shop's buttons inside a story (a product box, a recipe's tools), in English too: "Buy now", "In den Warenkorb".
SHOP_BUTTONS = (
    r"buy (?:it )?now", r"add to (?:cart|basket|bag|trolley|wish ?list)", r"shop now", r"(?:check|see|view) (?:the )?"
    r"(?:price|deal|offer)s?", r"(?:print|pin|save|rate|jump to) (?:this )?recipe",
    r"in den (?:warenkorb|einkaufswagen)", r"(?:jetzt |direkt )?(?:kaufen|bestellen)", r"zum (?:shop|produkt)",
    r"(?:auf|bei) pinterest (?:speichern|merken)", r"rezept (?:drucken|speichern|bewerten|merken)",
    r"ajouter au (?:panier|caddie)", r"acheter(?: maintenant)?", r"añadir al (?:carrito|cesta)", r"comprar(?: ahora)?",
    r"aggiungi al carrello", r"acquista(?: ora)?", r"adicionar ao carrinho", r"dodaj do koszyka", r"in winkelwagen",
)
# A line that is only a price ("37,99 EUR", "€ 19,99", "$24.95*": a currency and its cents), or a rating ("3.65 von
# 1990 Bewertungen", "4.5 out of 5 stars", "(1,990 reviews)").
_PRICE = r"(?:[€$£]|eur|chf|usd)?\s*\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}\s*(?:[€$£]|eur|euro|chf|usd)?\*?"
_RATING = (r"\d(?:[.,]\d+)? (?:von|out of|sur|de|su|z) \d+(?:[.,]\d+)?(?: (?:sternen?|stars?|étoiles|estrellas|"
           r"stelle|gwiazdek|bewertungen|reviews|ratings|votes|avis|valoraciones))?(?:\s*\(\d[\d.,]* \w+\))?|"
           r"\(?\d[\d.,]* (?:bewertungen|reviews|ratings|votes|avis|valoraciones|recensioni|opinii)\)?")
SHOP_LINE = re.compile(rf"^[\W_]*(?:{'|'.join(SHOP_BUTTONS)})(?:\s+(?:{'|'.join(SHOP_BUTTONS)}))*[\W_]*$|"
                       rf"^(?=[^\d]*\d)(?=.*(?:[€$£]|eur|chf|usd))\s*{_PRICE}\s*$|^{_RATING}$", re.IGNORECASE)
# The heading of a list of the site's most read, most commented or most shared stories ("Beliebt.", "Meistgelesen",
# "Les plus populaires"), in its whole line: "Beliebt bei Pendlern …" is story.
POPULAR_LABELS = (
    r"beliebt(?: (?:letzte|diese) woche| heute| im \S+)?", r"am beliebtesten", r"(?:meist|häufig|oft) (?:gelesen|kommentiert)",
    r"meist(?:gelesen|kommentiert|geklickt|geteilt|gesehen)e?(?: (?:artikel|beiträge|news))?", r"top[- ]?(?:artikel|themen)",
    r"(?:les )?(?:articles? )?(?:les )?plus (?:populaires|consultés|vus)", r"populaires?", r"(?:lo|los) más (?:popular|"
    r"populares|leídos|vistos|compartidos|comentados)", r"más populares", r"populares", r"(?:i )?più (?:popolari|visti|"
    r"condivisi|commentati)", r"(?:as )?mais (?:populares|vistas|compartilhadas)", r"najpopularniejsze", r"najczęściej "
    r"(?:komentowane|oglądane)", r"meest (?:gelezen|bekeken|gedeeld)", r"populair(?:ste)?",
)
AD_LABELS = (
    r"anzeige", r"werbung", r"gesponsert", r"sponsored content", r"paid content", r"publicité", r"publicidad",
    r"publicidade", r"pubblicità", r"reklama", r"advertentie", r"advertorial",
)


def _whole_line(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^[\W_]*(?:{'|'.join(phrases)})[\W_]*$", re.IGNORECASE)


LABEL_LINE = _whole_line(COMMENT_LABELS + WRITER_HEADINGS + NOTE_LABELS + BUTTON_LABELS + AD_LABELS + POPULAR_LABELS)
BOX_HEADING = _whole_line(COMMENT_LABELS + WRITER_HEADINGS + POPULAR_LABELS)
WRITER_HEADING = _whole_line(WRITER_HEADINGS)  # "Über den Autor", "Pressekontakt": the box is the writer's or a contact's
# The heading of the readers' comments, in English too: what follows it in its box is theirs or the page's, never the
# story's.
COMMENTS_HEADING = _whole_line((*COMMENT_LABELS, r"comments?", r"\d+ (?:comments?|responses?|replies)",
                                r"(?:leave|post|add|write) a (?:comment|reply)", r"(?:join the )?discussion"))

# A picture's credit or caption line ("Titelbild: …", "Crédits photos : Bestimage", "AFP / MARCO BERTORELLO"); a
# sentence after its colon is story ("Photos: the council released two images of the damage on Monday.").
CREDITS = (
    r"titelbild", r"titelfoto", r"bildquelle", r"bildnachweis", r"bildrechte", r"fotos?", r"grafik",
    r"illustration", r"crédits? photos?", r"crédits?", r"photos?", r"fotografía", r"imagen", r"imagem", r"zdjęcie",
)
_AGENCIES = r"dpa|afp|ap|apa|epa|efe|ansa|pap|kna|epd|keystone|imago|getty images|picture alliance|reuters"
_SIGN = r"[^\W\d_]{1,5}"  # an editor's initials in a wire story's sign-off: "aja/PAP", "dpa/lno", "(sda)"
# A figure's caption says what it shows at more length ("Abbildung: Vergleich auf dem Aletschgletscher. Unsere …").
_FIGURE = r"(?:abbildung|abb\.)(?:\s*\d+)?\s*:\s*.{1,300}"
CREDIT_LINE = re.compile(rf"^(?:(?:{'|'.join(CREDITS)})\s*:{SENTENCE_AFTER_COLON}\s*.{{1,120}}|{_FIGURE}|"
                         rf"(?:{_AGENCIES})\s*/\s*[^/]{{1,60}}|"
                         rf"\(?(?:{_SIGN}/)*(?:{_AGENCIES}|sda|ats|kap)(?:/{_SIGN})*\)?|"
                         r"(?:quelle|quellen|fuente|fuentes|fonte|źródło)\s*:\s*.{1,80}|"
                         # Russian's "personal archive of …" under a reader's photo: "личный архив Андрея Рудькова".
                         r"(?:фото\s*:\s*)?(?:из\s+)?личн(?:ый|ого)\s+архива?(?:\s+\S+){0,3})$", re.IGNORECASE)

# A paywall's or a login's offer instead of the rest of the story, and the notice that an embedded post is not shown
# until the reader consents (or that the site uses cookies).
OFFERS = re.compile(
    r"^pour (?:lire|continuer) (?:la suite|à lire)|^pour accéder .{0,40}(?:illimité|abonn)|réservé aux abonnés|"
    r"^(?:jetzt|gleich) (?:abonnieren|weiterlesen|testen|registrieren)|^(?:sie sind|du bist) (?:aktuell |derzeit )?"
    r"nicht (?:eingeloggt|angemeldet)|\b(?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnent|plus)|"
    r"^hazte (?:miembro|socio|suscriptor)|^suscríbete|^¿ya (?:eres|es) (?:suscriptor|miembro)|^assine|^abbonati|"
    r"\b(?:wir|diese (?:web)?seite|diese website|unsere (?:web)?seite) (?:\w+ ){0,3}(?:verwendet|verwenden|nutzt|"
    r"nutzen|setzt|setzen|benutzt|benutzen) cookies\b|\bauf (?:unserer|dieser) (?:web)?(?:seite|site) werden (?:\w+ ){0,2}"
    r"cookies\b|\b(?:nous utilisons|ce site (?:web )?utilise) (?:des )?cookies\b|"
    r"\b(?:utilizamos|usamos|este sitio (?:web )?(?:utiliza|usa)) (?:\w+ ){0,2}cookies\b|"
    r"\b(?:ohne|mit) (?:deine|ihre|dein|ihr)[mnrs]? (?:einverständnis|einwilligung|zustimmung)\b|"
    r"\b(?:datenschutz|privatsphäre)-?einstellungen (?:verwalten|ändern|anpassen)\b|"
    r"\bexterne[nr]? inhalte? (?:laden|anzeigen|zulassen|akzeptieren)\b|"
    # The site's rule for readers' comments, ending on it: "Comentários … não serão aprovados pelo moderador."
    r"\b(?:comentários?|comentarios?|comments?|kommentare?)\b.{0,150}\b(?:não serão|no serán|will not be|won'?t be|"
    r"werden nicht)\s+(?:aprovados|publicados|aprobados|approved|published|freigeschaltet|veröffentlicht)"
    r"(?:\s+(?:pelo|por|by)\s+(?:o |el |the |our )?moderad\w+)?\W*$|"
    # A membership's or a newsletter's offer
    r"^werde[n]? (?:sie |du )?(?:jetzt )?mitglied\b|\bnewsletter\b.{0,80}\b(?:abonnieren|anmelden|bestellen)\b|"
    r"\b(?:abonniere|abonnieren sie|bestelle|bestellen sie) (?:jetzt )?(?:unseren|den) newsletter\b|"
    r"\b(?:suscrib(?:irse|irte|ete|íte|ase)|abonnez-vous|inscrivez-vous|s'abonner|s'inscrire|iscriviti|assine|"
    r"inscreva-se|zapisz się)\b.{0,80}\b(?:newsletter|boletín|boletim|lettre d'information|infolettre)\b|"
    # A magazine's print issue: the note that the text comes from it, then its offer ("Dieser Beitrag stammt aus
    # Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel …", "Dieser Artikel stammt aus c't
    # 12/2019"), and the offer alone ("bestellen Sie es im Shop als Abo oder Einzelheft").
    r"^(?:dieser|der) (?:beitrag|artikel|text) (?:stammt|ist) aus (?:der )?(?:ausgabe|heft|\S+ (?:ausgabe )?"
    r"\d{1,2}/(?:19|20)\d\d)\b|\b(?:als|im) abo(?:nnement)? oder (?:als )?einzelheft\b|"
    # Disclaimers: the writer's opinion, affiliate links, the text's licence
    r"\bgibt (?:ausschließlich |nur )?die (?:persönliche )?meinung de[rs] (?:autor|verfasser)\w* wieder\b|"
    r"\bn'engagen?t? que (?:son|ses|leurs?) auteurs?\b|\bno (?:refleja|representa)n? necesariamente\b|"
    r"\b(?:verlinkungen|links)\b.{0,60}\b(?:affiliate|provision)|\baffiliate-links?\b.{0,80}\bprovision\b|"
    r"\bwe may (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission)\b|"
    r"\b(?:contains|includes|may contain) affiliate links\b|"
    # English paywalls that ``boilerlines.PROMOTION_TEXT`` has not named
    r"\b(?:you['’]?re|you are) already a (?:subscriber|member)\b.{0,80}\b(?:log|sign) ?in\b|"
    # A shop's widget beside a recipe: "Like recipe? Add the ingredients to your basket", "Add all to your cart"
    r"(?:^|[.?!]\s+)add (?:the |all )?(?:\S+ )?to your (?:shopping )?(?:basket|cart|trolley)\b|"
    r"\b(?:veröffentlicht|erschienen|lizenziert) unter (?:der|einer) (?:\S+ )?lizenz\b|\bsous licence (?:cc|creative)|"
    r"\bbajo (?:la |una )?licencia (?:cc|creative)|"
    # A software error printed into the page: "Warning: … in /www/…/classes.php on line 407"
    r"\b(?:warning|notice|deprecated|fatal error|parse error)\s*:.{0,300}? in /\S+\.php on line \d+",
    re.IGNORECASE,
)
# An appeal that opens a paragraph of its own: "Gefällt dir unser Klettermagazin? … unterstütze uns …".
APPEAL = re.compile(r"^gefällt (?:dir|ihnen|euch) (?:unser|unsere|dieser|diese|der|die|das)\b[^?]{1,40}\?",
                    re.IGNORECASE)
MAX_APPEAL = 800
MAX_SHOP_LINE = 80  # characters: a run of a shop's buttons is short
MAX_OFFER = 400  # characters: a longer paragraph that says so is a story about paywalls or cookies
# Where a paywall cuts the story: what follows is its offer ("When you join …", "First-time subscribers …").
PAYWALL_CUT = re.compile(
    r"^to (?:view|read|access|continue reading) (?:the |this )?(?:full |rest of the |entire )?(?:story|article)\b"
    r".{0,40}\bsubscribe\b",
    re.IGNORECASE,
)
# A closing sentence that points to another page for the rest ("Alles über nachhaltige Wanderschuhe findest Du hier.",
# "Weitere Infos unter www.itfjuniors.de."): it ends where the link or the address is.
POINTER_SENTENCE = re.compile(
    r"^(?=.{0,160}$).*\b(?:finden sie|findest du|findet ihr|gibt es)\s+(?:\S+\s+){0,3}?"
    r"(?:hier|unter\s+\S+|auf\s+(?:der|unserer|seiner|ihrer)\s+\S+(?:\s+\S+){0,3})[\s.!:…]*$|"
    r"^(?:weitere|mehr)\s+(?:infos?|informationen)\b.{0,80}?\b(?:unter|auf|bei)\s+(?:www\.|https?://)\S+$|"
    # "Wie Apple welche Daten schützt, erklären wir in unserem Beitrag iCloud: …": the rest is the article it names.
    r"^(?=.{0,160}$).*\b(?:erklären|zeigen|beschreiben|erläutern|verraten) wir (?:dir |ihnen |euch )?in "
    r"(?:unserem|einem eigenen) (?:beitrag|artikel|ratgeber|text)\b[^.!?]{0,100}[.!?]?$|"
    r"^(?=.{0,160}$).*\bwe (?:explain|show you|describe) (?:this |that |it )?in our (?:article|guide|post|story)\b"
    r"[^.!?]{0,100}[.!?]?$",
    re.IGNORECASE)


def is_paywall_cut(text: str) -> bool:
    """True for the line where a paywall cuts the story ("To view the full story, please subscribe to …")."""
    return len(text) <= MAX_OFFER and bool(PAYWALL_CUT.match(text))


def is_label_line(text: str) -> bool:
    """True for a line of the page around the story in one of ``POINTERS``' languages: a pointer, a label, a credit
    or an offer; a line of such labels between bars ("Kommentarfeed | Kommentare geschlossen") too."""
    if POINTER_LINE.match(text) or CREDIT_LINE.match(text) or (len(text) <= MAX_OFFER and OFFERS.search(text)):
        return True
    if is_paywall_cut(text) or POINTER_SENTENCE.match(text) or (len(text) <= MAX_SHOP_LINE and SHOP_LINE.match(text)):
        return True
    if len(text) <= MAX_APPEAL and APPEAL.match(text):
        return True
    return all(LABEL_LINE.match(part) for part in re.split(r"\s[|·•]\s", text))


# The heading of a reference list (a paper's citations, a story's sources): it and what follows it are no text.
REFERENCES_HEADING = re.compile(
    r"^(?:references|bibliography|works cited|literature cited|cited references|references and notes|"
    r"notes and references|"
    r"quellen|quellenangaben|quellenverzeichnis|einzelnachweise|literatur(?:verzeichnis|angaben)?|fußnoten|"
    r"références|bibliographie|referencias|bibliografía|fuentes|referências|bibliografia|przypisy|riferimenti)\W*$",
    re.IGNORECASE,
)


def is_pointer(text: str) -> bool:
    """True for the heading of a box that points to other stories (the site's most read among them), or of one about the
    writer or the comments."""
    return bool(POINTER_LINE.match(text) or BOX_HEADING.match(text))
