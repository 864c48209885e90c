"""The page's own lines and boxes around a story in languages other than English (``pagelabels``): (html, kept,
dropped) pages, one per general shape found on the tuning half of trafilatura-eval's pages (file names whose MD5
starts 0-7), most of which are German."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract
from newssearch.documents.pagelabels import is_label_line

SATZ = "Die Gemeinde hat das alte Fährhaus am Deich nach drei Jahren Umbau wieder für Wanderer geöffnet, sagt der Verein."
STORY = "".join(f"<p>Teil {n}: {SATZ}</p>" for n in range(4))


def page(inner: str) -> str:
    return f"<html lang='de'><body><div class='page'>{inner}</div></body></html>"


LABELLED = [
    # A pointer to other stories inside the story, in a paragraph of its own.
    (page(f"<article>{STORY}<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p>{STORY}</article>"),
     "Teil 3", "Lesen Sie auch"),
    (page(f"<article>{STORY}<p><strong>Schon gelesen?</strong></p>{STORY}</article>"), "Teil 3", "Schon gelesen"),
    (page(f"<article>{STORY}<p>Lire aussi : La réforme des retraites passe au Sénat</p></article>"),
     "Teil 3", "Lire aussi"),
    (page(f"<article>{STORY}<div class='box'><h3 class='subtitle'>Weitere Informationen zum Coronavirus in Thüringen:"
          f"</h3></div></article>"), "Teil 3", "Weitere Informationen"),
    # A small box under such a heading is a teaser list, its headlines too.
    (page(f"<article>{STORY}</article><div class='c-box'><h3>Das könnte Sie auch interessieren!</h3><div>06. Aug "
          "2020 // Tipps: Knoten, Schrank und was noch alles in Heft 88 steckt</div></div>"),
     "Teil 3", "Heft 88"),
    (page(f"<article>{STORY}<div class='box'><h4>Mehr zum Thema</h4><p>Fährhaus: Der Umbau kostet mehr als "
          f"geplant</p></div></article>"),
     "Teil 3", "Umbau kostet mehr"),
    # A box about the writer under its heading.
    (page(f"<article>{STORY}<div class='x'><h3>Über den Autor</h3><p>Medizinstudent, Papa, Pfleger.</p></div>"
          "</article>"),
     "Teil 3", "Medizinstudent"),
    # A line of comment links; an ad label between dashes; a follow-us line.
    (page(f"<article>{STORY}<p>Kommentarfeed | Kommentare geschlossen | Trackback-URL</p></article>"),
     "Teil 3", "Kommentare geschlossen"),
    (page(f"<article>{STORY}<center>- Anzeige-</center>{STORY}</article>"), "Teil 3", "Anzeige"),
    (page(f"<article>{STORY}<div><span>Nos siga no</span></div></article>"), "Teil 3", "Nos siga no"),
    # Picture credits: a label and a colon, or an agency and a photographer.
    (page(f"<article>{STORY}<p>Titelbild: Fährhaus am Deich, 2019</p></article>"), "Teil 3", "Titelbild"),
    (page(f"<article>{STORY}<p>Crédits photos : Bestimage</p></article>"), "Teil 3", "Bestimage"),
    (page(f"<article>{STORY}<p>AFP / MARCO BERTORELLO</p></article>"), "Teil 3", "BERTORELLO"),
    # A paywall's offer in place of the rest of the story, and a consent notice in place of an embedded post.
    (page(f"<article>{STORY}<h2>Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre "
          "compte</h2></article>"),
     "Teil 3", "Pour lire la suite"),
    (page(f"<article>{STORY}<div class='message'>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein "
          "Einverständnis keine Verbindung zu Twitter her.</div></article>"),
     "Teil 3", "Privatsphäre"),
    # A wire story's sign-off and its source line.
    (page(f"<article>{STORY}<p>aja/PAP</p></article>"), "Teil 3", "PAP"),
    (page(f"<article>{STORY}<p><em>Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin</em></p></article>"),
     "Teil 3", "Jagdverband"),
    # A press release's contact box under its heading; where the story appeared in print.
    (page(f"<article>{STORY}<div><h4>Kontakt:</h4><p>Dr. Jo Beispiel, Telefon 040 123</p></div></article>"),
     "Teil 3", "Telefon"),
    (page(f"<article>{STORY}<div class='teaser-breaker'><p>ERSCHIENEN IN</p><p>Burgenland Spezial 2021</p></div>"
          "</article>"),
     "Teil 3", "ERSCHIENEN"),
    # A reference list from its heading on.
    (page(f"<article>{STORY}<h4>Quellenangaben:</h4><ul><li>Umweltbundesamt (2019): Flächenverbrauch in "
          "Deutschland, abgerufen am 3. 3. 2020</li></ul></article>"),
     "Teil 3", "Umweltbundesamt"),
    # Disclaimers: the writer's opinion, affiliate links, the text's licence.
    (page(f"<article>{STORY}<div class='notice'>Dieser Beitrag gibt die Meinung des Autors wieder, nicht "
          "notwendigerweise die der Redaktion.</div></article>"),
     "Teil 3", "Meinung des Autors"),
    (page(f"<article>{STORY}<p>Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um "
          "Affiliate Links</p></article>"),
     "Teil 3", "Affiliate"),
    (page(f"<article>{STORY}<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.</p></article>"),
     "Teil 3", "Lizenz"),
    # Offers and appeals: membership, support.
    (page(f"<article>{STORY}<ul><li><p>Werden Sie Mitglied bei uns und erhalten Sie exklusive Angebote!</p></li>"
          "</ul></article>"),
     "Teil 3", "Mitglied"),
    # A newsletter's offer closing the story, in any of the languages.
    (page(f"<article>{STORY}<p class='nota_pie'>Puede escribirnos a nuno@esmateria.com o seguir a Materia en "
          "Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter.</p></article>"),
     "Teil 3", "Puede escribirnos"),
    (page(f"<article>{STORY}<p>Inscrivez-vous gratuitement à notre newsletter quotidienne.</p></article>"),
     "Teil 3", "Inscrivez-vous"),
    (page(f"<article>{STORY}<p><strong>Gefällt dir unser Magazin?</strong> Wir haben keine Bezahlschranke, und das "
          "bleibt so. Unterstütze uns mit einem Abo.</p></article>"),
     "Teil 3", "Bezahlschranke"),
    # English paywalls and affiliate disclosures.
    (page(f"<article>{STORY}<p>To view the full story, please subscribe to The Haitian Times.</p><p>If you’re seeing "
          "this message but you’re already a subscriber, you can log in for immediate access.</p></article>"),
     "Teil 3", "subscribe"),
    (page(f"<article>{STORY}<p>We recommend the best products through an independent review process. We may receive "
          "compensation if you visit partners we recommend.</p></article>"),
     "Teil 3", "We recommend"),
    # A closing sentence pointing to another page for the rest: its link ("hier") or its address ends it.
    (page(f"<article>{STORY}<p>Alles über nachhaltige Wanderschuhe findest Du <a href='/x'>hier</a>.</p></article>"),
     "Teil 3", "Wanderschuhe"),
    (page(f"<article>{STORY}<p>Weitere Infos unter www.itfjuniors.de.</p></article>"), "Teil 3", "Weitere Infos"),
    (page(f"<article>{STORY}<p>Mehr Infos findet ihr auf der Website von Advanced.</p></article>"), "Teil 3", "Mehr Infos"),
    # A figure's caption or credit, labelled so, however long its caption is.
    (page(f"<article>{STORY}<div class='imginline'><img src='a.jpg'><span>Abbildung: Vergleich auf dem "
          "Aletschgletscher. Unsere quantifizierten Variationen der Schneehöhe (links) passen optisch sehr gut mit "
          f"beobachteten Variationen des Schneeaufkommens (rechts) zusammen.</span></div>{STORY}</article>"),
     "Teil 3", "Aletschgletscher"),
    (page(f"<article>{STORY}<p>Abb.: Collage aus Internetbildern und Wake News</p>{STORY}</article>"), "Teil 3", "Collage"),
    # A cookie notice in the passive ("Auf unserer Website werden Cookies … verwendet", austria.info).
    (page(f"<article><p>Auf unserer Website werden Cookies gemäß unserer Datenschutzerklärung verwendet. Diese helfen "
          f"uns dabei die Benutzererfahrung zu optimieren.</p>{STORY}</article>"), "Teil 3", "Datenschutzerklärung"),
    # A form's consent line naming the cookie policy (german.stackexchange.com's answer box).
    (page(f"<article>{STORY}<p>By clicking “Post Your Answer”, you agree to our terms of service, privacy policy and "
          "cookie policy</p></article>"), "Teil 3", "Post Your Answer"),
    # A reader's photo credited to their personal archive, in Russian (article-extraction-benchmark, ids 0-7).
    (page(f"<article>{STORY}<p>Фото:</p><p>личный архив Андрея Рудькова</p>{STORY}</article>"), "Teil 3",
     "Рудькова"),
    # The site's rule for readers' comments (article-extraction-benchmark, ids 0-7), in any of the languages.
    (page(f"<article>{STORY}<p>ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não "
          "serão aprovados pelo moderador.</p></article>"), "Teil 3", "moderador"),
    (page(f"<article>{STORY}<p>Kommentare mit Beleidigungen werden nicht freigeschaltet.</p></article>"), "Teil 3",
     "Beleidigungen"),
    # A magazine's print issue offered after the story (heise.de's Technology Review, bike-magazin.de).
    (page(f"<article>{STORY}<p>Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab "
          "20.06.2019 im Handel sowie direkt im heise shop erhältlich.</p></article>"), "Teil 3", "Technology Review"),
    (page(f"<article>{STORY}<p>Lesen Sie das BIKE Magazin. Einfach digital in der BIKE-App oder bestellen Sie es im "
          "Shop als Abo oder Einzelheft:</p></article>"), "Teil 3", "BIKE Magazin"),
    # A software error printed into the page.
    (page(f"<article>{STORY}</article><p>Warning: Creating default object from empty value in /www/htdocs/wp-includes/"
          "classes.php on line 407</p>"),
     "Teil 3", "Warning"),
]


@pytest.mark.parametrize("html, kept, dropped", LABELLED)
def test_the_pages_labels_are_not_the_story(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


@pytest.mark.parametrize("line", [
    # A sentence that opens as a pointer does.
    "Mehr über ihn weiß man nicht.",
    "Mehr als 100 Menschen kamen zur Eröffnung.",
    # A heading in the story that names its writer's picks.
    "Empfehlungen von Dennis:",
    # A story about consent and cookies, longer than any notice.
    "Ohne Ihre Einwilligung dürfen Websites keine Cookies setzen, die Nutzer verfolgen, urteilte der Gerichtshof am "
    "Dienstag in Luxemburg. " * 4,
    # "Anzeige" inside a sentence.
    "Die Anzeige wurde am Montag bei der Polizei erstattet.",
    # A sentence that finds something, here or at a number.
    "Die Antworten finden Sie hier im Text.", "Hilfe finden Sie unter 0800 111 0 111 rund um die Uhr.",
    "Die Abbildung zeigt: Der Gletscher hat in zehn Jahren ein Drittel seiner Fläche verloren.",
    # A sentence about comments that goes on past the rule.
    "Comments on the proposal will not be published until the consultation closes in March, the council said.",
    # A sentence about a personal archive.
    "Личный архив семьи хранился в подвале, рассказал он.",
    # A text's origin that is no print issue.
    "Der Artikel stammt aus der Feder eines Kollegen, der seit Jahren über den Deich schreibt.",
    # A source named in a sentence.
    "Die Quelle: ein Brunnen am Ende des Tals, den die Bauern seit Jahrhunderten pflegen.",
])
def test_story_lines_are_not_labels(line: str) -> None:
    assert not is_label_line(line)


WIDGET = "<div class='sidebar-widget'><p>Unser Newsletter: jeden Freitag die besten Rezepte, kostenlos.</p></div>"
COMMENT = "<p>Danke für das tolle Rezept, wir haben es am Sonntag mit der ganzen Familie nachgekocht und es war super!</p>"

WRAPPERS = [
    # A layout named for the sidebar beside the story holds the story; the sidebar in it still goes.
    (page(f"<div class='layoutTwoColumnsRightSidebar site'><div class='grid_8'>{STORY}</div>{WIDGET}</div>"),
     "Teil 3", "Newsletter"),
    # A share box its template wraps around the whole story ("documentContent__sharingContainer").
    (page(f"<div class='documentContent__sharingContainer'><div class='share'><a href='/x'>Teilen</a></div>"
          f"<section class='co'>{STORY}</section></div>{WIDGET}"),
     "Teil 3", "Newsletter"),
    # The same, on a page whose menu and footer hold more text than the story: they are not the page's text.
    (f"<html lang='de'><body><nav>{'<p>Fraktion, Themen, Abgeordnete, Termine und Presse</p>' * 30}</nav>"
     f"<div class='documentContent__sharingContainer'><section class='co'>{STORY}</section></div>{WIDGET}"
     f"<footer>{'<p>Impressum, Datenschutz, Kontakt und Barrierefreiheit</p>' * 30}</footer></body></html>",
     "Teil 3", "Newsletter"),
    # A sidebar its page left open, so that the story sits inside it.
    (page(f"<aside class='sidebar'>{WIDGET}<div class='article-content'>{STORY}</div></aside>"), "Teil 3", "Newsletter"),
    # Readers' comments longer than the story still go.
    (page(f"<article><p>{SATZ}</p></article><div class='comments'>{COMMENT * 6}</div>"), SATZ, "Danke"),
]


@pytest.mark.parametrize("html, kept, dropped", WRAPPERS)
def test_a_boilerplate_box_around_most_of_the_page_wraps_the_story(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


def test_a_subheading_whose_id_is_made_of_its_words_is_kept() -> None:
    html = page(f"<article>{STORY}<h3 class='subheading' id='nav_nur_die_folie__1'>Nur die Folie bleibt zurück</h3>"
                f"{STORY}<div id='nav-bottom'><p>Startseite, Archiv und Impressum unserer Zeitung</p></div></article>")
    body = extract(html).body
    assert "Nur die Folie bleibt zurück" in body and "Impressum" not in body


def test_a_paywalls_box_ends_the_story() -> None:
    # Where a paywall cuts the story, what follows its "To view the full story, please subscribe" is its offer,
    # whatever the offer says.
    html = page(f"<article>{STORY}<p>To view the full story, please subscribe to The Haitian Times.</p><p>When you "
                "join The Haitian Times family, you’ll get unlimited digital access to high-quality journalism.</p>"
                "<p>First-time subscribers also receive a special welcome gift handmade by expert artisans!</p>"
                "</article>")
    body = extract(html).body
    assert "Teil 3" in body and "join" not in body and "welcome gift" not in body


POINTED = [
    # A pointer to other stories near the story's end heads what the page adds under it: a teaser left in the text
    # ("Kennt ihr schon …"), a job board's offer, a contact box.
    (page(f"<article>{STORY}<p>Diese Artikel könnten euch auch interessieren:</p><p>Kennt ihr schon unseren "
          "Brandfinder? Ab sofort findet ihr mit unserem Brandfinder faire Labels auf einen Klick!</p></article>"),
     "Teil 3", "Brandfinder"),
    (page(f"<article>{STORY}<h3>Mehr zum Thema</h3><h4>Deine Jobbörse</h4><p>Über 20.000 Traumjobs warten nur auf "
          "dich in unserer Jobbörse. Gleich reinschauen und entdecken!</p></article>"),
     "Teil 3", "Traumjobs"),
    # spox.com's "Artikel und Videos zum Thema" over another story's schedule table.
    (page(f"<article>{STORY}<h2>Artikel und Videos zum Thema</h2><h3>Olympia 2022: Zeitplan in Peking</h3><table>"
          "<tr><th>Tag</th><th>Wettkampf</th></tr><tr><td>Mittwoch, 9. Februar</td><td>Einzel Normalschanze</td></tr>"
          "</table></article>"), "Teil 3", "Normalschanze"),
]


@pytest.mark.parametrize("html, kept, dropped", POINTED)
def test_what_a_pointer_at_the_storys_end_heads_is_not_the_story(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


def test_the_story_goes_on_below_a_teaser_box_inside_it() -> None:
    # Two paragraphs of prose after a teaser box set inside the story are its end, not what the box points to.
    teasers = ("<div class='recirculation-box'><div class='title'>Mehr Kolumnen auf Fährblog:</div><a href='/a'>"
               "Der Deich im Winter</a></div>")
    html = page(f"<article>{STORY * 3}{teasers}<p>Am Ende bleibt das Fährhaus, was es immer war: ein Ort für alle, "
                "die am Deich entlang wandern.</p><p>Der Verein lädt am Sonntag zum ersten Rundgang durch das Haus "
                "ein, der Eintritt ist frei.</p></article>")
    body = extract(html).body
    assert "ein Ort für alle" in body and "Eintritt ist frei" in body and "Der Deich im Winter" not in body


@pytest.mark.parametrize("pointer", [
    "Wie Apple welche Daten schützt, erklären wir in unserem Beitrag <a href='/icloud'>iCloud: Speicher oder "
    "Datensauger?</a>",
    "Was du beim Kauf beachten solltest, zeigen wir dir in unserem Ratgeber <a href='/r'>Wanderschuhe</a>.",
])
def test_a_closing_sentence_pointing_to_another_article_is_no_text(pointer: str) -> None:
    # A closing line that sends the reader to the site's own article for more (mobilsicher.de's "mosi-box").
    body = extract(page(f"<article>{STORY}<div class='box'>{pointer}</div></article>")).body
    assert "Teil 3" in body and "in unserem" not in body


def test_a_sentence_about_an_article_is_kept() -> None:
    # A sentence of the story saying what the article explains, longer than a pointer, is kept.
    line = ("Wie die Stadt den Hafen umbauen will, erklären wir in unserem Beitrag ausführlich mit allen Plänen und "
            "Zahlen der Verwaltung für die nächsten zehn Jahre, die der Rat am Dienstag beschlossen hat.")
    body = extract(page(f"<article>{STORY}<p>{line}</p></article>")).body
    assert "erklären wir" in body
