"""E-mail: saved messages (.eml) and mailboxes (.mbox), where press releases, alerts and newsletters arrive."""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import tracemalloc
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_pdf_reader import minimal_pdf
from test_word_documents import docx, p

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.documents import parse_bytes
from newssearch.documents.article import Article
from newssearch.documents.mailbody import with_quotes_last
from newssearch.documents.readertable import OUTLOOK_MSG
from newssearch.documents.wordfiles import LEGACY_DOC
from newssearch.errors import UnreadableFile
from newssearch.formatting import article_lines

RELEASE = ("The council opened the new waterfront cycleway on Tuesday, linking the ferry terminal with the city's "
           "eastern suburbs. The project cost $12 million and took two years to build.")


def mail(header: str, body: str) -> bytes:
    """A message of ``header`` lines (``\\n`` apart) and ``body``, with CRLF line ends as mail programs save it."""
    return f"{header.strip()}\n\n{body}".replace("\n", "\r\n").encode("utf-8")


def one(data: bytes, name: str = "mail.eml") -> Article:
    """The one article of ``data`` read as the file ``name``."""
    article, = parse_bytes(data, name, Path(name).suffix).articles
    return article


def fields(article: Article) -> tuple[object, ...]:
    """An article's title, date, authors and publisher."""
    return article.title, article.date and article.date.isoformat(), article.authors, article.source


def test_a_plain_message_is_read_by_the_txt_rules_its_quote_after_its_text_without_its_signature() -> None:
    data = mail("""From: Jo Lee <jo.lee@council.example.nz>
To: newsdesk@paper.example
Subject: Fwd: [media] New cycleway opens on the waterfront
Date: Tue, 03 Jun 2025 09:12:00 +1200
List-Id: Media releases <media.council.example.nz>
Content-Type: text/plain; charset=utf-8""", f"""{RELEASE}

On Mon, 2 Jun 2025 at 10:00, Bob <bob@example.com> wrote:
> Can you send the release?

-- 
Jo Lee | Communications
021 555 555
""")  # noqa: W291 - "-- " (dash dash space) is the signature marker
    article = one(data)
    assert fields(article) == ("New cycleway opens on the waterfront", "2025-06-03", ("Jo Lee",), None)
    assert (article.body, article.title_source, article.date_source) == (
        f"{RELEASE}\n\nOn Mon, 2 Jun 2025 at 10:00, Bob <bob@example.com> wrote:\nCan you send the release?",
        "header:Subject", "header:Date")


@pytest.mark.parametrize("sender, source", [
    ("Council Media <media@council.govt.nz>", "Council Media"),
    ("Newsroom <news@stuff.co.nz>", "Stuff"),
    ("NZ Police Media <noreply@police.govt.nz>", "NZ Police Media"),
])
def test_a_release_from_an_office_or_a_desk_has_no_author_its_publisher_the_office(sender: str, source: str) -> None:
    """A council's media office had been the release's author ("Council Media"), as a person would be."""
    data = mail(f"From: {sender}\nSubject: New cycleway opens\nDate: Tue, 03 Jun 2025 09:12:00 +1200", RELEASE)
    assert fields(one(data)) == ("New cycleway opens", "2025-06-03", (), source)


# A press office's shared mailbox in another language (French "medias@", German "presse@" and "pressestelle@",
# Spanish "prensa@", Italian "ufficiostampa@", Dutch "pers@", "communication@"): its sender is the office, as at
# "media@"; "Ville de Québec" (read as a person's name, its "de" a particle) had been the release's author.
@pytest.mark.parametrize("sender, source", [
    ("Ville de Québec <medias@ville.quebec.example>", "Ville de Québec"),
    ("Stadt Hamburg <presse@hamburg.example>", "Stadt Hamburg"),
    ("Stadt Hamburg <pressestelle@hamburg.example>", "Stadt Hamburg"),
    ("Ayuntamiento de Madrid <prensa@madrid.example>", "Ayuntamiento de Madrid"),
    ("Comune di Milano <ufficiostampa@comune.milano.example>", "Comune di Milano"),
    ("Gemeente Utrecht <pers@utrecht.example>", "Gemeente Utrecht"),
    ("Ville de Lyon <communication@lyon.example>", "Ville de Lyon"),
])
def test_a_release_from_a_press_offices_mailbox_in_another_language_is_the_offices(sender: str, source: str) -> None:
    data = mail(f"From: {sender}\nSubject: New cycleway opens\nDate: Tue, 03 Jun 2025 09:12:00 +1200", RELEASE)
    assert fields(one(data)) == ("New cycleway opens", "2025-06-03", (), source)


def test_a_person_at_a_press_offices_mailbox_in_another_language_is_the_author() -> None:
    data = mail("From: Marie Tremblay <presse@ville.example>\nSubject: New cycleway opens\n"
                "Date: Tue, 03 Jun 2025 09:12:00 +1200", RELEASE)
    assert fields(one(data)) == ("New cycleway opens", "2025-06-03", ("Marie Tremblay",), None)


@pytest.mark.parametrize("sender, authors, source", [
    # A newsletter's name is its domain's (its words, without "The", run together: the first label not a host's):
    # the publisher ("The Daily Brief" had been the author, at a mailbox of no role's name).
    ("The Daily Brief <brief@dailybrief.example.com>", (), "The Daily Brief"),
    ("Morning Wire <wire@mail.morningwire.com>", (), "Morning Wire"),
    ("Morning Wire <news@morningwire.com>", (), "Morning Wire"),
    # A person at that domain, or at a mailbox of their own name at a domain of it, stays the author.
    ("Jane Brief <jane@dailybrief.com>", ("Jane Brief",), None),
    ("Casey Newton <cnewton@caseynewton.com>", ("Casey Newton",), None),
    ("Jo Lee <lee@jolee.com>", ("Jo Lee",), None),   # a mailbox of their surname
])
def test_a_sender_named_as_its_domain_is_the_publisher(sender: str, authors: tuple[str, ...],
                                                       source: str | None) -> None:
    message = EmailMessage()
    message["From"], message["Subject"], message["Date"] = sender, "Storm hits", "Tue, 03 Jun 2025 09:12:00 +1200"
    message.set_content(RELEASE)
    assert fields(one(message.as_bytes())) == ("Storm hits", "2025-06-03", authors, source)


@pytest.mark.parametrize("sender, authors, source", [
    # A person at a mailbox of their own name is the author, whatever a word of the name reads as ("Reporter" had
    # made "Sam Reporter" the publisher, as "Political Reporter" is a desk's name); a person's message names no
    # publisher, at a publisher's domain too.
    ("Sam Reporter <sam@example.com>", ("Sam Reporter",), None),
    ("Sam Reporter <sam.reporter@theguardian.com>", ("Sam Reporter",), None),
    ("Kate Editor <keditor@example.com>", ("Kate Editor",), None),
    # A newsletter is its known publisher's, by the domain it is sent from, not the newsletter's own name.
    ("The Guardian <newsletters@theguardian.com>", (), "The Guardian"),
    ("Guardian Today <newsletters@theguardian.com>", (), "The Guardian"),
    # A role's name at a mailbox not the name's own is still no one's: no author; and a post one person holds names
    # no publisher either ("Political Reporter" had been the publisher), at any mailbox of an unknown domain.
    ("Political Reporter <jo.lee@paper.example>", (), None),
    ("Health Reporter <media@paper.example>", (), None),
    ("Senior Political Editor <politics@paper.example>", (), None),
    ("Political Reporter <jo.lee@stuff.co.nz>", (), "Stuff"),  # a known publisher's domain names it
    ("Herald Editors <desk@paper.example>", (), "Herald Editors"),  # a desk of several, named by its outlet
    # A person's name before their post is the author, the post their title, after a bar, a dash or nothing as after
    # a comma (the whole had been read as a post: no author).
    ("Ann Cox | Senior Reporter <ann@paper.example>", ("Ann Cox",), None),
    ("Ann Cox - Political Reporter <acox@paper.example>", ("Ann Cox",), None),
    ("Ann Cox Political Editor <ann@paper.example>", ("Ann Cox",), None),
    ("Ann Cox | Senior Reporter <media@paper.example>", ("Ann Cox",), None),
])
def test_a_senders_name_at_their_own_mailbox_is_the_author_and_the_publisher_comes_from_the_domain(
        sender: str, authors: tuple[str, ...], source: str | None) -> None:
    message = EmailMessage()
    message["From"], message["Subject"], message["Date"] = sender, "Storm hits", "Tue, 03 Jun 2025 09:12:00 +1200"
    message.set_content(RELEASE)
    assert fields(one(message.as_bytes())) == ("Storm hits", "2025-06-03", authors, source)


@pytest.mark.parametrize("heading, body", [
    ("floods close\n  roads", "Rain closed roads."),  # the title again, folded and white space aside: said once
    ("Storm warning", "Storm warning\n\nRain closed roads."),  # a heading of its own stays the text's
])
def test_an_html_messages_heading_that_repeats_its_subject_is_not_its_texts_first_line(heading: str, body: str) -> None:
    """An HTML-only message whose h1 repeats its subject had opened its text with the subject again."""
    message = EmailMessage()
    message["From"], message["Subject"] = "Jo Lee <jo@example.com>", "Floods close roads"
    message.set_content(f"<html><body><h1>{heading}</h1><p>Rain closed roads.</p></body></html>", subtype="html")
    article = one(message.as_bytes())
    assert (article.title, article.body) == ("Floods close roads", body)


@pytest.mark.parametrize("subject, text, body", [
    # a press release's headline over its text, as its subject says it: had opened its text again ("Measles
    # outbreak confirmed in Auckland The Ministry of Health has …" in every snippet)
    ("Measles outbreak confirmed", "Measles outbreak confirmed\n\nFour cases were found.", "Four cases were found."),
    ("MEDIA RELEASE: Measles outbreak confirmed", "MEDIA RELEASE\n\nMEASLES OUTBREAK CONFIRMED\n\nFour cases were "
     "found.", "Four cases were found."),
    ("Measles outbreak confirmed", "Measles outbreak\n\nFour cases were found.",  # a line of its own: the text's
     "Measles outbreak\n\nFour cases were found."),
])
def test_a_plain_messages_first_line_that_repeats_its_subject_is_not_its_texts(subject: str, text: str,
                                                                              body: str) -> None:
    message = mail_message("Health Media <media@health.example>", subject, "Fri, 27 Nov 2026 14:05:00 +1300", text)
    article = one(message.as_bytes())
    assert (article.title, article.body) == ("Measles outbreak confirmed", body)


@pytest.mark.parametrize("date, dated", [
    (None, "2025-06-03"),  # no Date: the first hop's Received line (the last), not a later hop's
    ("next Tuesday", "2025-06-03"),  # a Date that does not read, too
    ("Wed, 11 Jun 2025 08:00:00 +1200", "2025-06-11"),  # a readable Date outranks them
])
def test_a_message_with_no_readable_date_is_dated_by_its_first_received_line(date: str | None, dated: str) -> None:
    """A message with no Date line (or one that does not read) had been undated, its Received lines passed over."""
    article = one(mail(f"""Received: from relay.example.net by mx.paper.example; Wed, 4 Jun 2025 10:00:00 +0000
Received: from [10.0.0.5] by relay.example.net;
 Tue, 3 Jun 2025 21:01:00 -0700 (PDT)
From: Jo Lee <jo@example.com>
Subject: Storm hits
{f"Date: {date}" if date else ""}""", RELEASE))
    source = "header:Date" if date and "Jun" in date else "header:Received"
    assert (article.date and article.date.isoformat(), article.date_source) == (dated, source)
    assert f"date: {dated} (from {source})" in article_lines(article)


def test_a_message_with_no_date_nor_received_line_stays_undated() -> None:
    article = one(mail("From: Jo Lee <jo@example.com>\nSubject: Storm hits", RELEASE))
    assert (article.date, article.date_source) == (None, None)


def test_a_tag_in_brackets_stays_in_a_subject_that_came_through_no_mailing_list() -> None:
    data = mail("From: Jo Lee <jo@example.com>\nSubject: [VIDEO] Storm hits\nDate: 3 Jun 2025", RELEASE)
    assert one(data).title == "[VIDEO] Storm hits"


NEWSLETTER = """<html><body><table width="600"><tr><td><img src="logo.png" alt="Harbour Weekly"></td></tr>
<tr><td><h1>Caf\u00e9 owners welcome longer hours</h1></td></tr>
<tr><td><p>Caf\u00e9 owners on the waterfront welcomed the council's decision to allow them to open until midnight
during summer, saying it would bring more visitors to the area.</p>
<p>The change takes effect from December and will be reviewed after one year, the council said.</p></td></tr>
<tr><td><a href="#">Unsubscribe</a> | <a href="#">Update preferences</a></td></tr></table></body></html>"""
# The HTML part's paragraphs, each on one line; a plain part beside it keeps its own lines.
NEWSLETTER_TEXT = ("Caf\u00e9 owners on the waterfront welcomed the council's decision to allow them to open until "
                   "midnight during summer, saying it would bring more visitors to the area.\n\nThe change takes "
                   "effect from December and will be reviewed after one year, the council said.")
PLAIN_TEXT = NEWSLETTER_TEXT.replace("midnight during", "midnight\nduring")


def newsletter(plain: str | None, list_unsubscribe: str = "") -> bytes:
    """A newsletter from an automatic sender: its HTML part, with ``plain`` beside it when given (and a
    ``List-Unsubscribe`` line when given)."""
    message = EmailMessage()
    if list_unsubscribe:
        message["List-Unsubscribe"] = list_unsubscribe
    message["From"] = '"Harbour Weekly" <noreply@harbourweekly.example>'
    message["Subject"] = "Caf\u00e9 owners welcome longer hours"  # written as an encoded word
    message["Date"] = "Wed, 4 Jun 2025 07:00:00 +0000"
    if plain is None:
        message.set_content(NEWSLETTER, subtype="html", cte="quoted-printable")
    else:
        message.set_content(plain)
        message.add_alternative(NEWSLETTER, subtype="html", cte="quoted-printable")
    return message.as_bytes()


@pytest.mark.parametrize("plain", [None, "View this email in your browser."])
def test_a_newsletter_is_its_html_parts_paragraphs_without_its_layout_and_links(plain: str | None) -> None:
    data = newsletter(plain)
    assert b"=?utf-8?q?Caf=C3=A9" in data
    article = one(data)
    assert fields(article) == ("Caf\u00e9 owners welcome longer hours", "2025-06-04", (), "Harbour Weekly")
    assert article.body == NEWSLETTER_TEXT


def test_a_newsletters_headline_that_is_not_its_subject_opens_its_text() -> None:
    """A newsletter's h1 is its lead story's headline, read by the page reader as the page's title; the subject is
    the title, so a headline other than the subject ("Weekly briefing: floods" over "Floods close roads") had been
    in neither, and "close roads" found nothing."""
    data = newsletter(None).replace(b"Caf=C3=A9 owners welcome longer hours</h1>", b"Floods close roads</h1>")
    assert one(data).body == f"Floods close roads\n\n{NEWSLETTER_TEXT}"
    assert one(newsletter(None)).body == NEWSLETTER_TEXT          # the subject's own words: not said twice


def test_a_plain_part_with_the_text_is_read_before_the_html_one() -> None:
    assert one(newsletter(PLAIN_TEXT)).body == PLAIN_TEXT


def test_a_mailing_lists_plain_part_gives_way_to_its_newsletter_html_without_the_mailers_footer() -> None:
    mailer_plain = (f"Plus: the week ahead\n\nView this email in your browser (https://example.com/a)\n\n{PLAIN_TEXT}\n\n"
                    "You are receiving this email because you opted in.\nunsubscribe from this list (https://x/u)")
    assert one(newsletter(mailer_plain, "<https://x/u>")).body == NEWSLETTER_TEXT


def test_encoded_words_quoted_printable_and_base64_latin_1_are_decoded() -> None:
    text = "Ren\u00e9e Dupont a inaugur\u00e9 la piste cyclable, qui a co\u00fbt\u00e9 douze millions."
    for encoding in ("quoted-printable", "base64"):
        message = EmailMessage()
        message["From"] = "=?iso-8859-1?q?Ren=E9e_Dupont?= <renee@example.fr>"
        message["Subject"] = "=?iso-8859-1?b?TGEgcGlzdGUgZXN0IG91dmVydGU=?="  # "La piste est ouverte"
        message["Date"] = "Tue, 03 Jun 2025 09:12:00 +0200"
        message.set_content(text, charset="iso-8859-1", cte=encoding)
        message["Content-Language"] = "fr"  # after set_content, which clears the Content- headers
        assert b"Ren\xe9e" not in message.as_bytes()
        article = one(message.as_bytes())
        assert fields(article) == ("La piste est ouverte", "2025-06-03", ("Ren\u00e9e Dupont",), None)
        assert (article.body, article.lang) == (text, "fr")


GMAIL_FORWARD = f"""FYI, for tomorrow's paper.

---------- Forwarded message ---------
From: Ann Smith <ann.smith@council.example.nz>
Date: Mon, Jun 2, 2025 at 9:00 AM
Subject: New cycleway opens on the waterfront
To: <jo@example.com>

{RELEASE}
"""
APPLE_FORWARD = f"""FYI, for tomorrow's paper.

Begin forwarded message:

From: Ann Smith <ann.smith@council.example.nz>
Subject: New cycleway opens on the waterfront
Date: 2 June 2025 at 09:00:00 NZST
To: Jo Lee <jo@example.com>

{RELEASE}
"""


@pytest.mark.parametrize("body", [GMAIL_FORWARD, APPLE_FORWARD])
def test_a_message_forwarded_inline_is_the_article_with_the_forwarding_note_after_it(body: str) -> None:
    data = mail("From: Jo Lee <jo@example.com>\nSubject: Fwd: New cycleway\nDate: Wed, 4 Jun 2025 08:00:00 +1200",
                body)
    article = one(data)
    assert fields(article) == ("New cycleway opens on the waterfront", "2025-06-02", ("Ann Smith",), None)
    assert article.body == f"{RELEASE}\n\nFYI, for tomorrow's paper."


def mail_message(sender: str, subject: str, date: str, text: str) -> EmailMessage:
    """A plain message, as a mail program writes one."""
    made = EmailMessage()
    made["From"], made["Subject"], made["Date"] = sender, subject, date
    made.set_content(text)
    return made


def forwarded_as_attachment(inner: EmailMessage, note: str, date: str) -> bytes:
    """``inner`` forwarded by Jo Lee as an attachment under the covering ``note``."""
    outer = mail_message("Jo Lee <jo@example.com>", f"Fwd: {inner['Subject']}", date, note)
    outer.add_attachment(inner)
    return outer.as_bytes()


def test_a_message_forwarded_as_an_attachment_is_the_article_under_its_covering_note() -> None:
    inner = mail_message("Ann Smith <ann.smith@council.example.nz>", "New cycleway opens on the waterfront",
                         "Mon, 02 Jun 2025 09:00:00 +1200", RELEASE)
    article = one(forwarded_as_attachment(inner, "FYI, for tomorrow's paper.", "Wed, 04 Jun 2025 08:00:00 +1200"))
    assert fields(article) == ("New cycleway opens on the waterfront", "2025-06-02", ("Ann Smith",), None)
    assert article.body == f"{RELEASE}\n\nFYI, for tomorrow's paper."


PDF_RELEASE = minimal_pdf(b"BT /F1 12 Tf 72 700 Td (Harbour bridge reopens after repairs) Tj "
                          b"0 -30 Td (The harbour bridge reopened on Tuesday after six weeks of repairs.) Tj ET")
DOCX_RELEASE = docx(p("Library hours extended", "Title")
                    + p("The central library will open until 9pm on weekdays from July, the council said."))


def with_attachments(note: str) -> bytes:
    """A message whose text is ``note``, with a PDF, a Word document and a picture attached."""
    message = EmailMessage()
    message["From"] = "Jo Lee <jo.lee@council.example.nz>"
    message["Subject"] = "Media releases"
    message["Date"] = "Tue, 03 Jun 2025 09:12:00 +1200"
    message.set_content(note)
    message.add_attachment(PDF_RELEASE, maintype="application", subtype="pdf", filename="bridge.pdf")
    message.add_attachment(DOCX_RELEASE, maintype="application", subtype="octet-stream", filename="library.docx")
    message.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, maintype="image", subtype="png", filename="logo.png")
    return message.as_bytes()


def test_attachments_under_a_covering_note_are_articles_of_their_own() -> None:
    result = parse_bytes(with_attachments("Please find our two releases attached.\n\nMedia Team"), "mail.eml", ".eml")
    assert [(a.id, a.path, a.title) for a in result.articles] == [
        ("mail.eml", "mail.eml", "Media releases"),
        ("mail.eml#bridge.pdf", "mail.eml", "Harbour bridge reopens after repairs"),
        ("mail.eml#library.docx", "mail.eml", "Library hours extended"),
    ]
    assert result.skipped == []


def test_a_message_with_its_own_text_keeps_its_attachments_as_articles_of_their_own() -> None:
    result = parse_bytes(with_attachments(" ".join([RELEASE] * 6)), "mail.eml", ".eml")
    assert [article.id for article in result.articles] == ["mail.eml", "mail.eml#bridge.pdf", "mail.eml#library.docx"]


def test_an_undated_attachment_is_dated_by_its_message_but_not_written_by_its_sender() -> None:
    """A release or report attached is published when sent: an attachment with no date of its own had none, and a
    date search missed it. Whoever sent it need not have written it: Jo Lee is the message's author only."""
    message, *attached = parse_bytes(with_attachments("Our releases attached."), "mail.eml", ".eml").articles
    assert (message.date.isoformat(), message.date_source, message.authors) == ("2025-06-03", "header:Date", ("Jo Lee",))
    assert [(a.id, a.date.isoformat(), a.date_source, a.authors) for a in attached] == [
        ("mail.eml#bridge.pdf", "2025-06-03", "message:Date", ()),
        ("mail.eml#library.docx", "2025-06-03", "message:Date", ())]


def test_an_attachment_keeps_its_own_date_and_takes_an_automatic_senders_publisher() -> None:
    """A newsletter's attachment is the newsletter's; a dated release keeps its date; the files of an attached archive
    (clippings gathered over time) and a message attached (its own header) take nothing from the message."""
    clips = io.BytesIO()
    with zipfile.ZipFile(clips, "w") as archive:
        archive.writestr("old.txt", f"Cycleway plans unveiled\n\n{RELEASE}")
    message = mail_message("The Morning Brief <newsletter@brief.example.com>", "This week", "Tue, 03 Jun 2025 09:12:00 +1200",
                           "This week's brief and clippings are attached.")
    message.add_attachment(f"Rates held\n\n2 June 2025\n\n{RELEASE}".encode(), maintype="text", subtype="plain",
                           filename="brief.txt")
    message.add_attachment(clips.getvalue(), maintype="application", subtype="zip", filename="clips.zip")
    message.add_attachment(mail_message("Ann Smith <ann@example.nz>", "Bridge", "Mon, 02 Jun 2025 09:00:00 +1200", RELEASE))
    articles = parse_bytes(message.as_bytes(), "mail.eml", ".eml").articles
    assert [(a.id, a.date and a.date.isoformat(), a.date_source, a.source) for a in articles] == [
        ("mail.eml", "2025-06-02", "header:Date", None),  # the message attached, read in place of the short note
        ("mail.eml#brief.txt", "2025-06-02", "date line", "The Morning Brief"),
        ("mail.eml#clips.zip#old.txt", None, None, None)]


def test_an_attachment_without_a_file_name_is_read_by_its_type() -> None:
    message = EmailMessage()
    message["From"] = "Media Team <media@example.com>"
    message["Subject"] = "Release"
    message.set_content("Attached.")
    message.add_attachment(DOCX_RELEASE, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
    result = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert [(a.id, a.title) for a in result.articles][1:] == [("mail.eml#attachment.docx", "Library hours extended")]


def test_a_text_attached_without_a_file_name_is_read_by_its_type() -> None:
    # A text or page sent as an attachment with no name had been passed over, silently: its words found by no search.
    message = EmailMessage()
    message["From"] = "Media Team <media@example.com>"
    message["Subject"] = "Release"
    message.set_content("Attached.")
    message.add_attachment(f"Rates held\n\n{RELEASE}", disposition="attachment")
    message.add_attachment(f"<h1>Bridge reopens</h1><p>{RELEASE}</p>", subtype="html", disposition="attachment")
    result = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert [(a.id, a.title) for a in result.articles][1:] == [
        ("mail.eml#attachment.txt", "Rates held"), ("mail.eml#attachment.html", "Bridge reopens")]


@pytest.mark.parametrize(("maintype", "subtype", "filename"), [
    ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "release.docx"),
    ("application", "octet-stream", "release.docx"),      # a file's type unknown to the mailer: read by its name
])
def test_a_message_that_is_one_file_reads_the_file(maintype: str, subtype: str, filename: str) -> None:
    # a scanner's or a system's mail, one part and no text: the file had been passed over, the message empty
    message = EmailMessage()
    message["From"] = "Media Team <media@example.com>"
    message["Subject"] = "Release"
    message.set_content(DOCX_RELEASE, maintype=maintype, subtype=subtype, filename=filename)
    result = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert [(a.id, a.title) for a in result.articles] == [("mail.eml", "Release"),
                                                          (f"mail.eml#{filename}", "Library hours extended")]
    picture = EmailMessage()
    picture["Subject"] = "Photo"
    picture.set_content(b"\x89PNG\r\n\x1a\n" + bytes(64), maintype="image", subtype="png", filename="a.png")
    assert [a.id for a in parse_bytes(picture.as_bytes(), "mail.eml", ".eml").articles] == ["mail.eml"]


def test_a_google_alert_is_published_by_google_alerts() -> None:
    message = EmailMessage()
    message["From"] = "Google Alerts <googlealerts-noreply@google.com>"
    message["Subject"] = "Google Alert - cycleway"
    message["Date"] = "Tue, 03 Jun 2025 21:00:00 +0000"
    message.set_content('<html><body><table><tr><td><p>NEWS</p><p><a href="https://news.example/cycleway">New '
                        "<b>cycleway</b> opens on the waterfront</a></p><p>The council opened the new waterfront "
                        "<b>cycleway</b> on Tuesday, linking the ferry terminal with the eastern suburbs ...</p>"
                        "</td></tr></table></body></html>", subtype="html")
    article = one(message.as_bytes())
    assert fields(article) == ("Google Alert - cycleway", "2025-06-03", (), "Google Alerts")
    assert article.body == ("NEWS\n\nNew cycleway opens on the waterfront\n\nThe council opened the new waterfront "
                            "cycleway on Tuesday, linking the ferry terminal with the eastern suburbs ...")  # its headline too


def test_an_alert_whose_stories_are_not_told_apart_keeps_its_headlines_despite_its_list_header() -> None:
    message = EmailMessage()
    message["From"] = "Google Alerts <googlealerts-noreply@google.com>"
    message["Subject"] = "Google Alert - cycleway"
    message["List-Unsubscribe"] = "<https://www.google.com/alerts/remove?source=alertsmail>"
    message.set_content("New cycleway opens on the waterfront\nThe council opened the new waterfront cycleway.")
    message.add_alternative('<html><body><table><tr><td><p><a href="https://news.example/cycleway">New '
                            "<b>cycleway</b> opens on the waterfront</a></p><p>The council opened the new waterfront "
                            "<b>cycleway</b> on Tuesday, linking the ferry terminal with the eastern suburbs.</p>"
                            "</td></tr></table></body></html>", subtype="html")
    assert one(message.as_bytes()).body == ("New cycleway opens on the waterfront\n"
                                            "The council opened the new waterfront cycleway.")


def _redirect(url: str) -> str:
    """Google's redirect to ``url``, as an alert links a story."""
    return f"https://www.google.com/url?rct=j&amp;sa=t&amp;url={url}&amp;ct=ga&amp;usg=AOvVaw1"


ALERT_PAGE = ('<html><body><table><tr><td><a href="https://www.google.com/alerts?s=1">Google</a></td></tr>'
              "<tr><td>Daily update 5 March 2024</td></tr><tr><td>NEWS</td></tr>"
              f'<tr><td><a href="{_redirect("https://www.nzherald.co.nz/nz/storm/ABC/")}"><span>Storm batters '
              "<b>Auckland</b> coast</span></a><div>NZ Herald</div><div>Heavy swells damaged seawalls along the "
              '<b>Auckland</b> coast on Tuesday ...</div><a href="https://www.google.com/alerts/feedback?x">Flag as '
              f'irrelevant</a></td></tr><tr><td><a href="{_redirect("https://www.rnz.co.nz/news/red-warning")}">'
              "MetService issues red warning</a><div>RNZ</div><div>MetService has issued a rare red warning ...</div>"
              '</td></tr><tr><td><a href="https://www.google.com/alerts?s=2">See more results</a> | '
              '<a href="https://www.google.com/alerts/remove?s=3">Unsubscribe</a></td></tr><tr><td>You have '
              "received this email because you have subscribed to Google Alerts.</td></tr></table></body></html>")
ALERT_PLAIN = ("=== News - 2 new results for [storm auckland] ===\n\nStorm batters Auckland coast\nNZ Herald\n"
               "Heavy swells damaged seawalls along the Auckland coast on Tuesday ...\n"
               "<https://www.google.com/url?rct=j&sa=t&url=https://www.nzherald.co.nz/nz/storm/ABC/&ct=ga>\n\n"
               "MetService issues red warning\nRNZ\nMetService has issued a rare red warning ...\n"
               "<https://www.google.com/url?rct=j&sa=t&url=https://www.rnz.co.nz/news/red-warning&ct=ga>\n\n"
               "- - - - - -\nUnsubscribe from this Google Alert:\n<https://www.google.com/alerts/remove?s=3>\n")


@pytest.mark.parametrize("html_part", [True, False])
def test_a_google_alert_is_an_article_a_story_with_its_real_address_also_with_a_list_unsubscribe(
        html_part: bool) -> None:
    message = EmailMessage()
    message["From"] = "Google Alerts <googlealerts-noreply@google.com>"
    message["Subject"] = "Google Alert - storm auckland"
    message["Date"] = "Tue, 05 Mar 2024 01:00:00 -0800"
    message["List-Unsubscribe"] = "<https://www.google.com/alerts/remove?s=3>"  # real alerts carry one
    message.set_content(ALERT_PLAIN)
    if html_part:
        message.add_alternative(ALERT_PAGE, subtype="html")
    articles = parse_bytes(message.as_bytes(), "alert.eml", ".eml").articles
    assert [(a.id, *fields(a), a.url, a.body) for a in articles] == [
        ("alert.eml#1", "Storm batters Auckland coast", "2024-03-05", (), "NZ Herald",
         "https://www.nzherald.co.nz/nz/storm/ABC/",
         "Heavy swells damaged seawalls along the Auckland coast on Tuesday ..."),
        ("alert.eml#2", "MetService issues red warning", "2024-03-05", (), "RNZ",
         "https://www.rnz.co.nz/news/red-warning", "MetService has issued a rare red warning ...")]


def test_an_alerts_label_for_a_known_publishers_story_is_that_publisher() -> None:
    # The label is Google's for the story's own address, which tells a known publisher better (publisher_name, not
    # stated_publisher: that keeps a stated name as written, for a record naming its source at another's address).
    plain = ALERT_PLAIN.replace("\nNZ Herald\n", "\nNew Zealand Herald Premium\n")
    message = mail_message("Google Alerts <googlealerts-noreply@google.com>", "Google Alert - storm auckland",
                           "Tue, 05 Mar 2024 01:00:00 -0800", plain)
    articles = parse_bytes(message.as_bytes(), "alert.eml", ".eml").articles
    assert [a.source for a in articles] == ["NZ Herald", "RNZ"]


def test_a_malformed_link_in_an_alert_is_no_story_and_the_others_are_read() -> None:
    """A link with a bracket that opens no IPv6 address had refused the whole alert as a broken message."""
    message = EmailMessage()
    message["From"] = "Google Alerts <googlealerts-noreply@google.com>"
    message["Subject"] = "Google Alert - storm auckland"
    message["Date"] = "Tue, 05 Mar 2024 01:00:00 -0800"
    message.set_content(ALERT_PLAIN)
    message.add_alternative(ALERT_PAGE.replace("https://www.google.com/alerts?s=2", "https://www.google[.com/url?q=2"),
                            subtype="html")
    articles = parse_bytes(message.as_bytes(), "alert.eml", ".eml").articles
    assert [(a.id, a.title, a.url) for a in articles] == [
        ("alert.eml#1", "Storm batters Auckland coast", "https://www.nzherald.co.nz/nz/storm/ABC/"),
        ("alert.eml#2", "MetService issues red warning", "https://www.rnz.co.nz/news/red-warning")]


def test_a_covering_note_over_a_forwarded_alert_is_its_messages_article_and_the_stories_follow() -> None:
    alert = mail_message("Google Alerts <googlealerts-noreply@google.com>", "Google Alert - storm auckland",
                         "Tue, 05 Mar 2024 01:00:00 -0800", ALERT_PLAIN)
    data = forwarded_as_attachment(alert, "Please follow up the harbour story.", "Wed, 06 Mar 2024 08:00:00 +1300")
    articles = parse_bytes(data, "mail.eml", ".eml").articles
    assert [(a.id, a.title, a.authors, a.body) for a in articles] == [
        ("mail.eml", "Google Alert - storm auckland", ("Jo Lee",), "Please follow up the harbour story."),
        ("mail.eml#message.eml#1", "Storm batters Auckland coast", (),
         "Heavy swells damaged seawalls along the Auckland coast on Tuesday ..."),
        ("mail.eml#message.eml#2", "MetService issues red warning", (), "MetService has issued a rare red warning ...")]


RAW_8BIT = (b"From: J\xc3\xbcrgen Wei\xc3\x9f <jw@example.de>\nSubject: Caf\xe9 B\xfcrgermeister\n"
            b"Date: Mon, 4 Mar 2024 12:00:00 +0100\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
            b"Content-Type: text/plain; charset=utf-8\n\nDer B\xc3\xbcrgermeister von K\xc3\xb6ln ist zur\xc3\xbcck.\n"
            b"--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=\"B\xfcrger.txt\"\n\n"
            b"Die Mitteilung im Anhang.\n--b--\n")


def test_raw_8bit_headers_are_read_as_utf_8_else_windows_1252_and_the_run_goes_on(tmp_path: Path) -> None:
    message, attached = parse_bytes(RAW_8BIT, "a.eml", ".eml").articles
    assert (message.title, message.authors, attached.id) == ("Café Bürgermeister", ("Jürgen Weiß",),
                                                             "a.eml#Bürger.txt")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.eml").write_bytes(RAW_8BIT)
    (corpus / "b.eml").write_bytes(mail("From: Jo Lee <jo@example.com>\nSubject: Cycleway opens", RELEASE))
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, report.skipped) == (3, [])


def mbox_message(number: int, message_id: str, body: str) -> str:
    """One message of a mailbox, with the "From " line over it."""
    return (f"From ann@example.com Tue Jun  3 09:0{number}:00 2025\nFrom: Ann Smith <ann@example.com>\n"
            f"Subject: Release {number}\nDate: Tue, 03 Jun 2025 09:0{number}:00 +1200\nMessage-ID: {message_id}\n\n"
            f"{body}\n\n")


MBOX = (mbox_message(1, "<one@example.com>", f"{RELEASE}\n>From the mayor: welcome.")
        + mbox_message(2, "<same@example.com>", "The second release is about library hours in the central city.")
        + mbox_message(3, "<same@example.com>", "The third release is about the harbour bridge repairs."))


def hash_key(number: int) -> str:
    """The key of ``mbox_message(number, …)`` when its Message-ID is no key: its Date, From and Subject lines' hash."""
    lines = (f"From: Ann Smith <ann@example.com>\nSubject: Release {number}\n"
             f"Date: Tue, 03 Jun 2025 09:0{number}:00 +1200")
    return hashlib.sha1(lines.encode()).hexdigest()[:12]


def test_an_mbox_is_an_article_a_message_keyed_by_a_unique_message_id_else_by_its_date_sender_and_subject() -> None:
    result = parse_bytes(MBOX.encode(), "inbox.mbox", ".mbox")
    assert [(a.id, a.path, a.title) for a in result.articles] == [
        ("inbox.mbox#one@example.com", "inbox.mbox", "Release 1"),
        (f"inbox.mbox#{hash_key(2)}", "inbox.mbox", "Release 2"),
        (f"inbox.mbox#{hash_key(3)}", "inbox.mbox", "Release 3"),
    ]
    assert result.articles[0].body == f"{RELEASE}\nFrom the mayor: welcome."


def test_mbox_ids_stay_when_a_message_is_deleted_and_a_folded_message_id_is_read() -> None:
    folded = mbox_message(4, "\n <SA0PR11MB4752@SA0PR11MB4752.namprd11.prod.outlook.com>", RELEASE)
    no_id = mbox_message(5, "", RELEASE).replace("Message-ID: \n", "")
    ids = [a.id for a in parse_bytes((MBOX + folded + no_id).encode(), "inbox.mbox", ".mbox").articles]
    assert ids[3:] == ["inbox.mbox#SA0PR11MB4752@SA0PR11MB4752.namprd11.prod.outlook.com",
                       f"inbox.mbox#{hash_key(5)}"]
    after = MBOX.replace(mbox_message(1, "<one@example.com>", f"{RELEASE}\n>From the mayor: welcome."), "")
    assert [a.id for a in parse_bytes((after + folded + no_id).encode(), "inbox.mbox", ".mbox").articles] == ids[1:]


@pytest.mark.parametrize("ends", [["\r"], ["\n", "\r\n", "\r"], ["\r\n", "\r"], ["\n", "\r\n"]])
def test_an_mbox_whose_lines_end_in_a_lone_carriage_return_or_in_mixed_ends_reads_as_one_ending_in_line_feeds(
        ends: list[str]) -> None:
    # A classic Mac OS mailbox (Eudora's, Apple Mail's before OS X) ends its lines in a lone \r: no "From " line had
    # been found ('not an mbox file'); mixed with \n, messages had run together or the last been 'cut short'.
    lines = MBOX.split("\n")
    text = "".join(line + ends[number % len(ends)] for number, line in enumerate(lines[:-1]))
    read = parse_bytes(text.encode(), "inbox.mbox", ".mbox")
    assert [(a.id, a.title, a.body) for a in read.articles] == \
        [(a.id, a.title, a.body) for a in parse_bytes(MBOX.encode(), "inbox.mbox", ".mbox").articles]
    assert read.skipped == []


def test_mbox_messages_part_at_each_postmark_line_even_with_no_blank_line_before_it() -> None:
    joined = "".join(mbox_message(n, f"<{n}@example.com>", f"Release {n} text.\n\nFrom the mayor: welcome.")
                     .rstrip("\n") + "\n" for n in (1, 2, 3))
    result = parse_bytes(joined.encode(), "inbox.mbox", ".mbox")
    assert [(a.title, a.body) for a in result.articles] == [
        (f"Release {n}", f"Release {n} text.\n\nFrom the mayor: welcome.") for n in (1, 2, 3)]


def test_an_unescaped_body_line_shaped_as_a_postmark_stays_in_its_message() -> None:
    body = "The road will close at night.\nFrom noon Sat Jun 7 12:00 the detour applies.\nDrivers should plan ahead."
    data = f"From a@b Tue Jun  3 09:01:00 2025\nFrom: Ann <ann@example.com>\nSubject: Road works\n\n{body}\n"
    result = parse_bytes(data.encode(), "inbox.mbox", ".mbox")
    assert ([(a.title, a.body) for a in result.articles], result.skipped) == ([("Road works", body)], [])


@pytest.mark.parametrize("cut", ["From ann@example.com Tue Jun", "From ann@example.com", "From -"])
def test_a_from_line_whose_date_was_cut_still_parts_the_message_under_it(cut: str) -> None:
    # Its message, headers and all, had been read as the end of the one before (a mailbox edited or damaged)
    data = MBOX.replace("From ann@example.com Tue Jun  3 09:02:00 2025", cut)
    assert [a.title for a in parse_bytes(data.encode(), "inbox.mbox", ".mbox").articles] == [
        "Release 1", "Release 2", "Release 3"]
    # a body line "From ..." with no message header under it stays in its message
    body = "Fares rise in June.\n\nFrom the mayor: welcome.\nSubject to change, the timetable follows."
    data = f"From a@b Tue Jun  3 09:01:00 2025\nFrom: Ann <ann@example.com>\nSubject: Fares\n\n{body}\n"
    assert [(a.title, a.body) for a in parse_bytes(data.encode(), "inbox.mbox", ".mbox").articles] == [("Fares", body)]


def test_takeout_messages_labelled_spam_or_trash_are_skipped_with_that_reason() -> None:
    labelled = MBOX.replace("Subject: Release 2", "X-Gmail-Labels: Inbox,Spam\nSubject: Release 2").replace(
        "Subject: Release 3", "X-Gmail-Labels: Opened, Trash\nSubject: Release 3")
    result = parse_bytes(labelled.encode(), "inbox.mbox", ".mbox")
    assert [a.title for a in result.articles] == ["Release 1"]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        (f"inbox.mbox#{hash_key(2)}", "message #2: labelled Spam in Gmail"),
        (f"inbox.mbox#{hash_key(3)}", "message #3: labelled Trash in Gmail")]


def test_thunderbird_messages_deleted_but_not_yet_compacted_away_are_skipped_with_that_reason() -> None:
    # Thunderbird deletes a message from a local folder by setting its Expunged flag (0x0008) and leaves it in the
    # file until the folder is compacted: a profile's Inbox had given back what its owner deleted (a second copy of
    # what went to Trash). Read (0x0001) and flagged (0x0004) messages stay.
    flagged = MBOX.replace("Subject: Release 1", "X-Mozilla-Status: 0005\nSubject: Release 1").replace(
        "Subject: Release 2", "X-Mozilla-Status: 0009\nSubject: Release 2").replace(
        "Subject: Release 3", "X-Mozilla-Status: zz\nSubject: Release 3")
    result = parse_bytes(flagged.encode(), "Inbox", ".mbox")
    assert [a.title for a in result.articles] == ["Release 1", "Release 3"]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        (f"Inbox#{hash_key(2)}", "message #2: deleted in Thunderbird (it stays in the file until the folder is compacted)")]


@pytest.mark.parametrize("mark", ["X-Mozilla-Status: 0009", "X-Gmail-Labels: Inbox,Trash"])
def test_a_message_deleted_or_labelled_trash_since_it_was_indexed_leaves_the_index(tmp_path: Path, mark: str) -> None:
    # Its owner's choice is no damage to wait out: the article had been kept, "which this record may be", every run.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "inbox.mbox").write_text(MBOX)
    assert build_index(corpus, tmp_path / "ix").added == 3
    (corpus / "inbox.mbox").write_text(MBOX.replace("Subject: Release 2", f"{mark}\nSubject: Release 2"))
    report = build_index(corpus, tmp_path / "ix")
    assert (report.deleted, [skip.kept for skip in report.skipped]) == (1, [False])
    with open_index(tmp_path / "ix") as idx:
        assert sorted(article.title for article in idx.articles()) == ["Release 1", "Release 3"]


BOUNCE = ("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification\n"
          "Content-Type: multipart/report; boundary=rb; report-type=delivery-status\n\n--rb\n"
          "Content-Type: text/plain\n\n** Address not found **\n--rb\nContent-Type: message/rfc822\n\n"
          f"From: Jo Lee <jo@example.com>\nSubject: Story pitch: the harbour bridge\n\n{RELEASE}\n--rb--\n")
INVITE = ("From: Jo Lee <jo@example.com>\nSubject: Invitation: Editorial meeting\n"
          "Content-Type: multipart/alternative; boundary=b2\n\n--b2\nContent-Type: text/plain\n\n"
          "You have been invited to the following event.\n--b2\nContent-Type: text/calendar{method}\n\n"
          "BEGIN:VCALENDAR\n{line}BEGIN:VEVENT\nSUMMARY:Editorial meeting\nEND:VEVENT\nEND:VCALENDAR\n--b2--\n")
NOT_ARTICLES = {
    "bounce": (BOUNCE, "a delivery-failure report (returned mail), not an article"),
    "postmaster": ("From: postmaster@example.com\nSubject: Undeliverable: Story pitch\n\nDelivery has failed to "
                   "these recipients: editor@nosuch.example", "a delivery-failure report (returned mail), not an article"),
    "invitation": (INVITE.format(method="; method=REQUEST", line=""), "a calendar invitation, not an article"),
    "cancelled": (INVITE.format(method="", line="METHOD:CANCEL\n"), "a calendar invitation, not an article"),
}


@pytest.mark.parametrize("name", NOT_ARTICLES)
def test_a_returned_message_or_a_calendar_invitation_is_skipped_with_its_reason(name: str) -> None:
    text, reason = NOT_ARTICLES[name]
    with pytest.raises(UnreadableFile, match=rf"^{re.escape(reason)}$"):
        parse_bytes(text.encode(), "mail.eml", ".eml")
    result = parse_bytes((MBOX + f"From jo@example.com Tue Jun  3 10:00:00 2025\n{text}\n").encode(),
                         "inbox.mbox", ".mbox")
    assert (len(result.articles), [skip.reason.split(": ", 1)[1] for skip in result.skipped]) == (3, [reason])


def test_a_release_with_a_calendar_file_attached_is_read() -> None:
    message = EmailMessage()
    message["From"], message["Subject"] = "Jo Lee <jo@example.com>", "Cycleway opens on Tuesday"
    message.set_content(RELEASE)
    message.add_attachment(b"BEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n", maintype="text",
                           subtype="calendar", filename="opening.ics")
    assert (one(message.as_bytes()).title, one(message.as_bytes()).body) == ("Cycleway opens on Tuesday", RELEASE)


def test_a_release_carrying_an_attached_invitation_is_read_and_the_invitation_skipped() -> None:
    invitation = EmailMessage()
    invitation["From"], invitation["Subject"] = "Jo Lee <jo@example.com>", "Invitation: Editorial meeting"
    invitation.set_content("You have been invited to the following event.")
    invitation.add_alternative("BEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n", subtype="calendar")
    message = EmailMessage()
    message["From"], message["Subject"] = "Jo Lee <jo@example.com>", "Cycleway opens on Tuesday"
    message.set_content(" ".join([RELEASE] * 6))
    message.add_attachment(invitation)
    result = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert [(a.id, a.title, a.body) for a in result.articles] == [
        ("mail.eml", "Cycleway opens on Tuesday", " ".join([RELEASE] * 6))]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        ("mail.eml#message.eml", "attachment message.eml: a calendar invitation, not an article")]


def test_a_message_that_does_not_parse_is_a_broken_record_and_keeps_what_was_indexed_of_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "inbox.mbox").write_text(MBOX)
    assert build_index(corpus, tmp_path / "ix").added == 3
    broken = MBOX.replace("From: Ann Smith <ann@example.com>\nSubject: Release 1", "this line is no header\nSubject")
    (corpus / "inbox.mbox").write_text(broken)
    report = build_index(corpus, tmp_path / "ix")
    skip, = report.skipped
    assert (skip.path, skip.reason) == (
        "inbox.mbox#one@example.com",
        "message #1: not an e-mail message (no header lines)"
        " (kept: 1 article indexed before, which this record may be)")
    runner = CliRunner()
    shown = runner.invoke(cli, ["show", "inbox.mbox#one@example.com", "--index-dir", str(tmp_path / "ix"), "--json"],
                          env={})
    assert json.loads(shown.stdout)["title"] == "Release 1"


def test_an_outlook_msg_file_is_said_to_be_one_with_what_to_do() -> None:
    with pytest.raises(UnreadableFile, match="^Outlook .msg file: not read; save or export the message as .eml"):
        parse_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "mail.msg", ".msg")
    assert OUTLOOK_MSG == "Outlook .msg file: not read; save or export the message as .eml to index it"


def test_a_file_that_is_no_message_is_skipped_with_its_reason() -> None:
    with pytest.raises(UnreadableFile, match=r"^not an e-mail message \(no header lines\)$"):
        parse_bytes(b"just some words\nand more", "mail.eml", ".eml")
    with pytest.raises(UnreadableFile, match='^not an mbox file'):
        parse_bytes(b"Subject: x\n\nno separator", "inbox.mbox", ".mbox")


def test_a_folder_of_mail_is_indexed_and_searched(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "release.eml").write_bytes(mail("From: Jo Lee <jo@example.com>\nSubject: Cycleway opens\n"
                                              "Date: Tue, 03 Jun 2025 09:12:00 +1200", RELEASE))
    (corpus / "inbox.mbox").write_text(MBOX)
    runner = CliRunner()
    indexed = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix")], env={})
    assert indexed.exit_code == 0 and "4 added" in indexed.stdout
    result = runner.invoke(cli, ["query", "cycleway", "--index-dir", str(tmp_path / "ix"), "--json"], env={})
    assert sorted((hit["id"], hit["title"], hit["date"]) for hit in json.loads(result.stdout)["hits"]) == [
        ("inbox.mbox#one@example.com", "Release 1", "2025-06-03"),
        ("release.eml", "Cycleway opens", "2025-06-03"),
    ]
    shown = runner.invoke(cli, ["show", "inbox.mbox#one@example.com", "--index-dir", str(tmp_path / "ix"), "--json"],
                          env={})
    assert json.loads(shown.stdout)["id"] == "inbox.mbox#one@example.com"


def test_apple_mails_exported_mailbox_folder_is_read_as_an_mbox_and_only_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for folder in ("Press.mbox", "notes"):  # Apple Mail's "Export Mailbox…"; a file "mbox" in any folder is not one
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "mbox").write_text(MBOX)
    (corpus / "Press.mbox" / "Info.plist").write_text("<plist/>")
    runner = CliRunner()
    indexed = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--json"], env={})
    assert indexed.exit_code == 0 and json.loads(indexed.stdout)["added"] == 3
    shown = runner.invoke(cli, ["show", "Press.mbox/mbox#one@example.com", "--index-dir", str(tmp_path / "ix"),
                                "--json"], env={})
    assert (json.loads(shown.stdout)["title"], json.loads(shown.stdout)["path"]) == ("Release 1", "Press.mbox/mbox")


def test_a_thunderbird_folder_is_read_as_an_mbox_beside_its_summary_file_and_only_there(tmp_path: Path) -> None:
    """Thunderbird keeps each local folder as a mailbox of no ending ("Inbox") beside its summary ("Inbox.msf"): a
    copied profile's mail had been ignored as files of no type ("2 files of unsupported types ignored")."""
    corpus = tmp_path / "corpus"
    (corpus / "Local Folders").mkdir(parents=True)
    for name in ("Inbox", "Press", "notes"):
        (corpus / "Local Folders" / name).write_text(MBOX)
    for name in ("Inbox.msf", "Press.msf"):
        (corpus / "Local Folders" / name).write_text("// <!-- <mdb:mork:z v=\"1.4\"/> -->")
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, sorted(report.ignored_files)) == \
        (6, ["Local Folders/Inbox.msf", "Local Folders/Press.msf", "Local Folders/notes"])
    with open_index(tmp_path / "ix") as idx:
        assert idx.get("Local Folders/Inbox#one@example.com").title == "Release 1"


def test_a_message_written_in_html_is_all_its_text_and_a_forward_in_it_is_read() -> None:
    message = EmailMessage()
    message["From"] = "Jo Lee <jo@example.com>"
    message["Subject"] = "Fwd: Cycleway"
    message["Date"] = "Wed, 4 Jun 2025 08:00:00 +1200"
    message.set_content(  # as Gmail writes it
        '<div dir="ltr">FYI, for tomorrow.<br><br><div class="gmail_quote"><div class="gmail_attr">---------- '
        "Forwarded message ---------<br>From: <strong>Ann Smith</strong> &lt;<a href=\"mailto:ann@council.example"
        '.nz">ann@council.example.nz</a>&gt;<br>Date: Mon, Jun 2, 2025 at 9:00 AM<br>Subject: New cycleway opens '
        "on the waterfront<br>To: &lt;jo@example.com&gt;<br></div><br><br><div><p>The council opened the new "
        "cycleway on Tuesday.</p><p>Mayor Ann Smith said it would carry 3,000 riders a day.</p></div></div></div>",
        subtype="html")
    article = one(message.as_bytes())
    assert fields(article) == ("New cycleway opens on the waterfront", "2025-06-02", ("Ann Smith",), None)
    assert article.body == ("The council opened the new cycleway on Tuesday.\n\nMayor Ann Smith said it would carry "
                            "3,000 riders a day.\n\nFYI, for tomorrow.")


OUTLOOK_BELOW = f"""Please see below.

________________________________
From: Ann Smith <ann.smith@council.example.nz>
Sent: Monday, 2 June 2025 9:00 AM
To: Jo Lee <jo@example.com>
Subject: New cycleway opens on the waterfront

{RELEASE}
"""


@pytest.mark.parametrize("subject", ["FW: Cycleway", "RV: Cycleway", "I: Cycleway", "Doorst: Cycleway",
                                     "[media] FW: Cycleway", "FW: [media] Cycleway"])
def test_outlooks_line_over_a_message_is_a_forward_when_the_subject_says_so_a_list_tag_before_it_too(
        subject: str) -> None:
    listed = "List-Id: <media.example>\n" if "[" in subject else ""
    forward = one(mail(f"From: Jo Lee <jo@example.com>\n{listed}Subject: {subject}\nDate: 4 Jun 2025", OUTLOOK_BELOW))
    assert fields(forward) == ("New cycleway opens on the waterfront", "2025-06-02", ("Ann Smith",), None)
    assert forward.body == f"{RELEASE}\n\nPlease see below."


@pytest.mark.parametrize("subject", ["RE: Cycleway", "Antw: Cycleway", "RES: Cycleway", "[media] RE: Cycleway"])
@pytest.mark.parametrize("below", [OUTLOOK_BELOW, OUTLOOK_BELOW.replace("_" * 32 + "\n", "")])
def test_a_replys_original_outlook_puts_under_it_is_no_text_and_without_a_reply_it_is_kept(
        below: str, subject: str) -> None:
    listed = "List-Id: <media.example>\n" if "[" in subject else ""
    reply = one(mail(f"From: Jo Lee <jo@example.com>\n{listed}Subject: {subject}\nDate: 4 Jun 2025", below))
    assert (fields(reply), reply.body) == (("Cycleway", "2025-06-04", ("Jo Lee",), None), "Please see below.")
    unsaid = one(mail("From: Jo Lee <jo@example.com>\nSubject: Cycleway\nDate: 4 Jun 2025", below))
    assert unsaid.body == below.strip()  # no reply: all kept


@pytest.mark.parametrize("subject", ["VB: Cycleway", "VL: Cycleway"])  # Swedish and Finnish Outlook's forwards
def test_scandinavian_and_finnish_forward_prefixes_read_the_message_below(subject: str) -> None:
    forward = one(mail(f"From: Jo Lee <jo@example.com>\nSubject: {subject}\nDate: 4 Jun 2025", OUTLOOK_BELOW))
    assert fields(forward) == ("New cycleway opens on the waterfront", "2025-06-02", ("Ann Smith",), None)


def test_vs_a_danish_forward_or_a_finnish_reply_drops_nothing() -> None:
    """"VS:" is Danish and Norwegian Outlook's forward and Finnish Outlook's reply: read as a reply, a Danish
    forward's message had been dropped as the original under a reply."""
    message = one(mail("From: Jo Lee <jo@example.com>\nSubject: VS: Cycleway\nDate: 4 Jun 2025", OUTLOOK_BELOW))
    assert RELEASE in message.body and "Please see below." in message.body


@pytest.mark.parametrize("prefix", ["Re", "RE[2]", "Fwd", "FW", "AW", "WG", "TR", "SV", "VS", "Antw", "RES", "RIF",
                                    "RV", "ENC", "I", "Doorst", "VB", "VL", "Re: Fwd"])
def test_every_reply_or_forward_prefix_is_left_out_of_the_title(prefix: str) -> None:
    data = mail(f"From: Jo Lee <jo@example.com>\nSubject: {prefix}: Cycleway opens\nDate: 4 Jun 2025", RELEASE)
    assert one(data).title == "Cycleway opens"


@pytest.mark.parametrize("text, expected", [
    ("Thanks.\n\nOn Mon, 2 Jun 2025, Bob <bob@example.com> wrote:\n> Send it?\n> Ta\n\nDone.",
     "Thanks.\n\nDone.\n\nOn Mon, 2 Jun 2025, Bob <bob@example.com> wrote:\nSend it?\nTa"),
    ("> The council opened the cycleway.\n>\n> It cost $12m.", "The council opened the cycleway.\n\nIt cost $12m."),
    ("Ja, Montag.\n\nAm 07.03.24 um 09:12 schrieb Anna Weber:\n> Weißt du schon etwas?",
     "Ja, Montag.\n\nAm 07.03.24 um 09:12 schrieb Anna Weber:\nWeißt du schon etwas?"),
    ("Oui.\n\nLe 7 mars 2024 à 09:12, Anna Weber <anna@example.fr> a\nécrit :\n> Tu sais ?",
     "Oui.\n\nLe 7 mars 2024 à 09:12, Anna Weber <anna@example.fr> a\nécrit :\nTu sais ?"),
    ("Sí.\n\nEl jue, 7 mar 2024 a las 09:12, Ana Ruiz (<ana@example.es>) escribió:\n> ¿Sabes?",
     "Sí.\n\nEl jue, 7 mar 2024 a las 09:12, Ana Ruiz (<ana@example.es>) escribió:\n¿Sabes?"),
    ("Op do 7 mrt 2024 om 09:12 schreef Jan de Vries <jan@example.nl>:\n> Weet je al iets?\n\nJa.",
     "Ja.\n\nOp do 7 mrt 2024 om 09:12 schreef Jan de Vries <jan@example.nl>:\nWeet je al iets?"),
    # a lone ">" line under no attribution line is text ("more than"), where it stands
    ("Temperatures rose.\n> 50 people were treated.\nCooling centres opened.",
     "Temperatures rose.\n> 50 people were treated.\nCooling centres opened."),
    # the reply's signature goes; the quote after it stays whole
    ("Yes.\n-- \nJo\n\nOn Mon, Bob wrote:\n> Ready?\n> -- \n> Bob", "Yes.\n\nOn Mon, Bob wrote:\nReady?\n-- \nBob"),
    ("Storm hits.\n\n-- \nJo Lee\n021 555 555", "Storm hits."),
    ("Storm hits.\n--\nJo Lee | Communications\n021 555 555", "Storm hits."),
    # "--" with no space over a sentence is a rule, no signature
    ("Storm hits.\n--\nAbout the council: it serves 200,000 residents.\nMedia contact: Jo Lee 021 555 555",
     "Storm hits.\n--\nAbout the council: it serves 200,000 residents.\nMedia contact: Jo Lee 021 555 555"),
    ("Storm hits.\n-- \n" + "\n".join(f"line {n}" for n in range(10)), "Storm hits."),
    ("Storm hits.\n-- \n" + "\n".join(f"line {n}" for n in range(11)), "Storm hits.\n-- \n"
     + "\n".join(f"line {n}" for n in range(11))),  # eleven lines under it: too far up to be a signature
])
def test_a_replys_quote_goes_after_its_own_words_and_a_signature_at_the_end_is_not_the_text(
        text: str, expected: str) -> None:
    assert with_quotes_last(text) == expected


def test_an_attachment_that_does_not_read_is_reported_and_the_message_read() -> None:
    message = EmailMessage()
    message["From"] = "Media Team <media@council.example.nz>"
    message["Subject"] = "Media release"
    message.set_content("Attached.")
    message.add_attachment(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, maintype="application",
                           subtype="msword", filename="old.doc")
    result = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert [article.id for article in result.articles] == ["mail.eml"]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        ("mail.eml#old.doc", f"attachment old.doc: {LEGACY_DOC}")]


def test_a_message_of_no_text_is_its_subject_and_a_senders_words_that_name_no_one_stay_text() -> None:
    message = mail_message("\"Ann Lee, Hamilton\" <ann@example.com>", "Media release", "Tue, 03 Jun 2025 09:12:00 +1200",
                           "")
    message.add_attachment(PDF_RELEASE, maintype="application", subtype="pdf", filename="bridge.pdf")
    result = parse_bytes(message.as_bytes(), "mail.eml", ".eml")
    assert [(a.id, a.title, a.authors, a.body) for a in result.articles][0] == (
        "mail.eml", "Media release", ("Ann Lee",), "From: Ann Lee, Hamilton")
    assert [a.id for a in result.articles] == ["mail.eml", "mail.eml#bridge.pdf"]


@pytest.mark.parametrize("subject, title", [
    ("MEDIA RELEASE: Measles case confirmed in Auckland", "Measles case confirmed in Auckland"),
    ("Fwd: Press release - Cycleway opens on the waterfront", "Cycleway opens on the waterfront"),
    ("Media release-driven growth slows", "Media release-driven growth slows"),  # no mark: words of the headline
])
def test_a_press_offices_mark_before_a_subject_is_not_the_title_and_a_from_of_no_name_no_author(
        subject: str, title: str) -> None:
    data = mail(f'From: <<<>>>@@ "unterminated\nSubject: {subject}\nDate: Mon, 4 Mar 2024 12:00:00 +0000', RELEASE)
    assert fields(one(data)) == (title, "2024-03-04", (), None)


def test_an_encoded_word_in_a_charset_python_does_not_know_is_read_as_utf_8_else_windows_1252() -> None:
    data = mail("From: =?x-unknown?q?J=FCrgen_Wei=DF?= <jw@example.de>\nSubject: =?x-unknown?q?Caf=E9?= "
                "=?x-mac-roman?b?QsO8cmdlcg==?=\nDate: Mon, 4 Mar 2024 12:00:00 +0100", RELEASE)
    assert fields(one(data))[::2] == ("CaféBürger", ("Jürgen Weiß",))


@pytest.mark.parametrize("charset", [b"utf\x00-8", b"utf-\xfc", b"caf\xc3\xa9"])
def test_an_encoded_word_whose_charset_name_holds_a_nul_or_an_8_bit_byte_is_read_as_one_python_does_not_know(
        charset: bytes) -> None:
    """Asked for such a codec, Python raises ValueError ("embedded null character", a surrogate), not LookupError:
    the message had been skipped as 'reader failed'."""
    data = mail("From: Jane <jane@example.com>\nSubject: =?CHARSET?q?Caf=E9?=\nDate: Mon, 4 Mar 2024 12:00:00 +0100",
                RELEASE).replace(b"CHARSET", charset)
    assert fields(one(data))[:2] == ("Café", "2024-03-04")


@pytest.mark.parametrize("charset", ["undefined", "base64", "rot13", "unicode_escape", "charmap"])
def test_a_part_in_a_charset_that_names_a_python_codec_of_no_charset_is_read_as_one_of_unknown_charset(
        charset: str) -> None:
    """Python's "undefined" fails every decoding and its "base64" is no text codec: the message had been skipped
    as a broken one; its "unicode_escape" and "charmap" read UTF-8 as Latin-1 ("CafÃ©")."""
    data = mail("From: Jane <jane@example.com>\nSubject: Bridge\nDate: Mon, 4 Mar 2024 12:00:00 +0100\n"
                f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}", "Café owners cheered.")
    assert one(data).body == "Café owners cheered."


# Senders the standard library raises on when asked for the line: IndexError, AttributeError.
UNPARSEABLE_FROM = ["a@", '"', "<", '"a"@', "<a@[>", "a@[1.2.3", "a:;b@c"]


@pytest.mark.parametrize("sender", UNPARSEABLE_FROM)
def test_a_from_line_the_standard_library_cannot_parse_names_no_one_and_the_message_is_read(sender: str) -> None:
    data = mail(f"From: {sender}\nSubject: Storm hits\nDate: Mon, 4 Mar 2024 12:00:00 +0000", RELEASE)
    article = one(data)
    assert (fields(article), article.body) == (("Storm hits", "2024-03-04", (), None), RELEASE)


def test_an_mbox_with_a_from_line_that_does_not_parse_reads_every_message() -> None:
    unparseable = MBOX.replace("From: Ann Smith <ann@example.com>\nSubject: Release 2", "From: a@\nSubject: Release 2")
    result = parse_bytes(unparseable.encode(), "inbox.mbox", ".mbox")
    assert ([a.title for a in result.articles], result.skipped) == (["Release 1", "Release 2", "Release 3"], [])


def takeout_box(count: int, words_each: int) -> bytes:
    """A mailbox as Google Takeout writes one (CRLF line ends), of ``count`` one-paragraph messages."""
    words = "council harbour bridge storm ferry mayor library repairs week city".split()
    pick = random.Random(1).choice
    return "".join(f"From 1@x Tue Jun  3 09:01:00 2025\r\nFrom: Ann <a@x.com>\r\nSubject: R {n}\r\n"
                   f"Message-ID: <m{n}@x>\r\n\r\n" + " ".join(pick(words) for _ in range(words_each)) + ".\r\n\r\n"
                   for n in range(count)).encode()


def test_a_mailbox_is_read_a_message_at_a_time_not_copied_whole_for_each_step() -> None:
    """A Takeout export of GBs: its messages are cut out of the file one at a time (CRLF made LF in each), so what is
    held is the file, one message and the articles: 1.3 times the file's size here, 2.3 before (the file copied for
    its line ends, then all its messages)."""
    parse_bytes(takeout_box(2, 50), "inbox.mbox", ".mbox")  # the readers imported before memory is counted
    data = takeout_box(300, 1200)
    tracemalloc.start()
    try:
        assert len(parse_bytes(data, "inbox.mbox", ".mbox").articles) == 300
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1.8 * len(data), peak / len(data)


def test_a_mailbox_cut_short_inside_its_last_message_keeps_that_message_and_those_after_it(tmp_path: Path) -> None:
    """A mail program still appending (or a download stopped) when the run starts: the message the file ends inside
    is a broken record, so neither it nor the messages after the cut are deleted."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    whole = MBOX + mbox_message(4, "<four@example.com>", "The fourth release is about the night market.")
    (corpus / "inbox.mbox").write_text(whole)
    assert build_index(corpus, tmp_path / "ix").added == 4
    (corpus / "inbox.mbox").write_text(whole[:whole.index("harbour bridge")])
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 0, 0, 4)
    assert [(skip.path, skip.reason, skip.kept) for skip in report.skipped] == [
        (f"inbox.mbox#{hash_key(3)}", "message #3: the file ends inside it (cut short)"
         " (kept: 2 articles indexed before, which this record may be)", True)]
    (corpus / "inbox.mbox").write_text(whole)
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, report.updated, report.deleted, report.unchanged, report.skipped) == (0, 0, 0, 4, [])


@pytest.mark.parametrize("cut", ["QUJD", "QUJD\n"], ids=["mid-line", "at a line end"])
def test_a_mailbox_message_the_file_ends_inside_is_a_broken_record(cut: str) -> None:
    attached = ("From ann@example.com Tue Jun  3 09:05:00 2025\nFrom: Ann Smith <ann@example.com>\nSubject: Release 5\n"
                'Message-ID: <five@example.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
                f"--b\nContent-Type: text/plain\n\n{RELEASE}\n--b\nContent-Type: text/plain\n"
                "Content-Disposition: attachment; filename=report.txt\nContent-Transfer-Encoding: base64\n\n")
    result = parse_bytes((MBOX + attached + cut).encode(), "inbox.mbox", ".mbox")
    assert [article.id for article in result.articles] == [
        "inbox.mbox#one@example.com", f"inbox.mbox#{hash_key(2)}", f"inbox.mbox#{hash_key(3)}"]
    assert [(skip.path, skip.reason) for skip in result.skipped] == [
        ("inbox.mbox#five@example.com", "message #4: the file ends inside it (cut short)")]
    whole = parse_bytes((MBOX + attached + "QUJD\n--b--\n\n").encode(), "inbox.mbox", ".mbox")
    assert (len(whole.articles), whole.skipped) == (5, [])


def test_a_saved_message_cut_short_inside_its_parts_keeps_the_version_indexed_before(tmp_path: Path) -> None:
    """A multipart message without its closing boundary line whose last part ends mid-line: the file ends inside it
    (a save or copy stopped), so that part is cut and not read as the whole attachment it was; the text before it,
    closed by the boundary after it, is read (the whole file had been skipped, the text of a whole message lacking
    only that line with it)."""
    whole = mail('From: Ann Smith <ann@example.com>\nSubject: Cycleway opens\nMIME-Version: 1.0\n'
                 'Content-Type: multipart/mixed; boundary="b"',
                 f"--b\nContent-Type: text/plain\n\n{RELEASE}\n--b\nContent-Type: text/plain\n"
                 f"Content-Disposition: attachment; filename=report.txt\n\nHarbour report\n\n{RELEASE}\n--b--\n")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mail.eml").write_bytes(whole)
    assert build_index(corpus, tmp_path / "ix").added == 2
    (corpus / "mail.eml").write_bytes(whole[:whole.index(b"linking", whole.index(b"Harbour report"))])
    report = build_index(corpus, tmp_path / "ix")
    assert (report.added, report.updated, report.deleted, report.unchanged) == (0, 1, 0, 1)
    assert [(skip.path, skip.reason, skip.kept) for skip in report.skipped] == [
        ("mail.eml", "last MIME part (report.txt): cut short: the file ends in it (mid-line; the message's closing "
                     "MIME boundary is missing) (kept: 1 article indexed before, which this record may be)", True)]


def test_a_message_whose_attached_message_lacks_its_closing_boundary_is_read_not_taken_as_cut_short() -> None:
    inner = ('From: Jo Lee <jo@example.com>\nSubject: Harbour report\nContent-Type: multipart/mixed; boundary="i"\n\n'
             f"--i\nContent-Type: text/plain\n\n{RELEASE}\n")
    data = mail('From: Ann Smith <ann@example.com>\nSubject: Fwd: Harbour report\nMIME-Version: 1.0\n'
                'Content-Type: multipart/mixed; boundary="o"',
                f"--o\nContent-Type: text/plain\n\nSee below.\n--o\nContent-Type: message/rfc822\n\n{inner}--o--\n")
    assert one(data).title == "Harbour report"


def test_a_plain_message_with_a_picture_in_its_middle_keeps_its_text_after_the_picture() -> None:
    # Apple Mail sends a plain message with a picture pasted mid-text as multipart/mixed of text, image, text: the
    # text after the picture had been dropped, silently. A list's footer part (Mailman's rule) stays out.
    data = mail("""From: Jo Lee <jo@example.org>
Subject: Photos from the flood
Date: Tue, 05 Mar 2024 09:00:00 +1300
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="Apple-Mail=_1\"""", """--Apple-Mail=_1
Content-Type: text/plain; charset=us-ascii

The river rose two metres overnight at Wairoa, residents said.

--Apple-Mail=_1
Content-Disposition: inline; filename=IMG_0001.jpg
Content-Type: image/jpeg; name=IMG_0001.jpg
Content-Transfer-Encoding: base64

/9j/4A==

--Apple-Mail=_1
Content-Type: text/plain; charset=us-ascii

Civil defence opened an evacuation centre at the marae.

--Apple-Mail=_1
Content-Type: text/plain; charset=us-ascii
Content-Disposition: inline

_______________________________________________
Floods mailing list
--Apple-Mail=_1--
""")
    assert one(data).body == ("The river rose two metres overnight at Wairoa, residents said.\n\n"
                              "Civil defence opened an evacuation centre at the marae.")


def test_an_html_message_with_a_picture_in_its_middle_keeps_its_html_after_the_picture() -> None:
    # Apple Mail sends an HTML message with a picture pasted mid-text as multipart/mixed of html, image, html: the
    # part after the picture had been dropped, as a plain message's had been. A list's footer part stays out.
    message = EmailMessage()
    message["From"], message["Subject"] = "Jo Lee <jo@example.org>", "Photos from the flood"
    message["Date"] = "Tue, 05 Mar 2024 09:00:00 +1300"
    message.set_content("<html><body><p>The river rose two metres overnight at Wairoa, residents said.</p>"
                        "</body></html>", subtype="html")
    message.add_attachment(b"\xff\xd8\xff\xe0", maintype="image", subtype="jpeg", filename="IMG_0001.jpg",
                           disposition="inline")
    for html in ("<html><body><p>Civil defence opened an evacuation centre at the marae.</p></body></html>",
                 "<p>_______________________________________________<br>Floods mailing list</p>"):
        part = EmailMessage()
        part.set_content(html, subtype="html")
        del part["MIME-Version"]
        message.attach(part)
    assert one(message.as_bytes()).body == ("The river rose two metres overnight at Wairoa, residents said.\n\n"
                                            "Civil defence opened an evacuation centre at the marae.")


def html_message(subject: str, page: str) -> bytes:
    """A message written in HTML alone, as Outlook and Gmail send one, of ``page``."""
    message = EmailMessage()
    message["From"], message["Subject"] = "Jo Lee <jo@example.com>", subject
    message["Date"] = "Wed, 4 Jun 2025 08:00:00 +1200"
    message.set_content(page, subtype="html")
    return message.as_bytes()


OUTLOOK_SIGNED = ('<div class="elementToProof">The council opened the cycleway on Tuesday.</div>'
                  '<div id="Signature" class="elementToProof"><p>Jo Lee<br>Media Adviser | Auckland Council<br>'
                  '021 555 555</p></div><div id="appendonsend"></div><hr tabindex="-1"><div id="divRplyFwdMsg">'
                  '<b>From:</b> Ann Smith &lt;ann@example.com&gt;<br><b>Sent:</b> Monday, 2 June 2025 9:00 AM<br>'
                  '<b>Subject:</b> Cycleway</div><div>When does it open?</div>'
                  '<div id="Signature">Ann Smith</div>')


@pytest.mark.parametrize("subject, body", [
    ("Cycleway", "The council opened the cycleway on Tuesday.\n\nFrom: Ann Smith <ann@example.com>\nSent: Monday, "
                 "2 June 2025 9:00 AM\nSubject: Cycleway\n\nWhen does it open?\n\nAnn Smith"),  # a quoted one stays
    ("RE: Cycleway", "The council opened the cycleway on Tuesday."),
])
def test_an_html_messages_signature_its_mail_program_marks_is_not_its_text_as_a_plain_ones_is_not(
        subject: str, body: str) -> None:
    # Outlook's <div id="Signature"> had stayed in the text, as a plain message's "-- " signature does not
    assert one(html_message(subject, OUTLOOK_SIGNED)).body == body


@pytest.mark.parametrize("page, body", [
    ('<div dir="ltr">Storm hits.<br><div class="gmail_signature"><div>Jo Lee</div><div>021 555 555</div></div>'
     "</div>", "Storm hits."),
    ('<p>Storm hits.</p><pre class="moz-signature">Jo Lee\n021 555 555</pre>', "Storm hits."),
    ('<div id="Signature">Storm hits.</div>', "Storm hits."),  # all the text there is: kept
])
def test_gmails_and_thunderbirds_marked_signatures_are_left_out_too_but_never_all_the_text(page: str, body: str
                                                                                          ) -> None:
    assert one(html_message("Storm", page)).body == body


FLOOD_PAGES = ("<table><tr><td><p>The river rose two metres overnight at Wairoa, residents said.</p></td></tr></table>",
               "<table><tr><td><p>Civil defence opened an evacuation centre at the marae.</p></td></tr></table>")


def pasted_pictures(kind: str, plain: str | None, listed: bool) -> bytes:
    """A newsletter of two HTML parts with a picture between them in a multipart/``kind`` (in an alternative beside
    a ``plain`` part when one is given), as Apple Mail writes pictures pasted mid-text; sent through a list or not."""
    html = EmailMessage()
    html.set_content(FLOOD_PAGES[0], subtype="html")
    getattr(html, f"make_{kind}")()
    picture = EmailMessage()
    picture.set_content(b"\xff\xd8\xff\xe0", maintype="image", subtype="jpeg", filename="a.jpg", disposition="inline")
    html.attach(picture)
    second = EmailMessage()
    second.set_content(FLOOD_PAGES[1], subtype="html")
    html.attach(second)
    message = html
    if plain is not None:
        message = EmailMessage()
        message.set_content(plain)
        message.make_alternative()
        message.attach(html)
    message["From"], message["Subject"] = "Flood News <news@floods.example>", "Floods"
    message["Date"] = "Tue, 05 Mar 2024 09:00:00 +1300"
    if listed:
        message["List-Id"] = "<floods.example>"
    return message.as_bytes()


@pytest.mark.parametrize("kind", ["mixed", "related", "alternative"])
@pytest.mark.parametrize("listed", [False, True])
@pytest.mark.parametrize("plain", [None, "View this email in your browser"])
def test_a_newsletters_html_parts_with_pictures_between_them_are_all_read_in_order(
        kind: str, listed: bool, plain: str | None) -> None:
    # a related or alternative multipart's HTML after the first had been dropped, as had a list's mixed one's
    assert one(pasted_pictures(kind, plain, listed)).body == (
        "The river rose two metres overnight at Wairoa, residents said.\n\n"
        "Civil defence opened an evacuation centre at the marae.")


def test_an_alternatives_plain_part_with_the_text_is_read_once_and_not_its_html_parts() -> None:
    plain = ("The river rose two metres overnight at Wairoa, residents said. Civil defence opened an evacuation "
             "centre at the marae.")
    assert one(pasted_pictures("related", plain, False)).body == plain


SIGNED = "From: Sam Lee <sam@paper.example>\nSubject: Bridge closes\nContent-Type: text/plain; charset=utf-8"


# A closing salutation and the sender's first name had stayed the body's last words, "Sam" searched as the story's.
@pytest.mark.parametrize("tail", [
    "\n\nThanks,\nSam\n", "\n\nSam\n", "\nSam", "\n\nKind regards,\nSam Lee\n", "\n\nCheers!\n", "\n\nBest,\nSam\n",
])
def test_a_mails_closing_salutation_and_lone_first_name_are_cut_from_its_body(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE


# The same in other languages (German, French, Spanish, Italian, Dutch): the salutation and the name under it had
# stayed the body's last words. Real pages' comments close so ("Viele Grüße, Christian", "Herzliche Grüße").
@pytest.mark.parametrize("tail", [
    "\n\nViele Grüße\nSam\n", "\n\nMit freundlichen Grüßen\n\nSam Lee\n", "\n\nMit freundlichen Grüssen,\nSam Lee\n",
    "\n\nBeste Grüße,\nSam\n", "\n\nHerzliche Grüße\nSam\n", "\n\nLiebe Grüße!\nSam\n", "\n\nViele liebe Grüße\nSam\n",
    "\n\nCordialement,\nSam Lee\n", "\n\nBien cordialement,\nSam\n", "\n\nBien à vous,\nSam Lee\n",
    "\n\nSaludos,\nSam\n", "\n\nUn saludo,\nSam Lee\n", "\n\nSaludos cordiales,\nSam\n", "\n\nAtentamente,\nSam Lee\n",
    "\n\nCordiali saluti,\nSam Lee\n", "\n\nDistinti saluti\nSam\n", "\n\nUn saluto,\nSam\n",
    "\n\nMet vriendelijke groet,\nSam Lee\n", "\n\nMet vriendelijke groeten,\nSam\n", "\n\nHartelijke groet,\nSam\n",
])
def test_a_mails_closing_salutation_in_another_language_is_cut_from_its_body(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE


# A salutation and the name on one line ("Thanks, Sam", "Viele Grüße, Christian") had stayed the body's last words; a
# name of letters outside ASCII ("Jörg") under a sentence had stayed too, where "Sam" went.
@pytest.mark.parametrize("tail", [
    "\n\nViele Grüße, Christian\n", "\n\nThanks, Sam\n", "\n\nBest, Ann\n", "\n\nCheers, Tom\n",
    "\n\nCordialement, Marie\n", "\n\nKind regards, Sam Lee\n", "\n\nCheers! Tom\n", "\n\nThanks, Zoë\n",
    "\n\nLiebe Grüße, Jörg\n", "\n\nViele Grüße\nJörg\n", "\n\nJörg\n", "\n\nŁukasz\n", "\n\nJean-Luc\n",
])
def test_a_mails_closing_salutation_and_name_on_one_line_and_a_lone_name_of_any_letters_are_cut(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE


# A sentence that opens with a salutation's word stays, mid-text and last; so does a salutation's word before words
# that name no one ("Best Picture") and a last line of a name in capitals ("ENDS").
@pytest.mark.parametrize("tail", [
    "\n\nThanks, Sam\n\nThe council meets again on Friday.", "\n\nThanks, Sam, for the photos.",
    "\n\nThanks, everyone who came", "\n\nBest Picture\n\nOppenheimer", "\n\nBest, worst and average times",
])
def test_a_line_that_opens_with_a_salutation_s_word_and_is_text_stays(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE + tail.rstrip("\n")


# A mail program's line under a message sent from a phone ("Sent from my iPhone", "Get Outlook for iOS", in other
# languages too), alone or under a sign-off, had stayed the body's last words; so had "Thx, Sam", a name after a dash
# ("- Sam") and a salutation over the sender's name, title and organisation (three lines; two had been cut).
@pytest.mark.parametrize("tail", [
    "\n\nSent from my iPhone\n", "\n\nSent from my Samsung Galaxy smartphone.\n", "\n\nGet Outlook for iOS\n",
    "\n\nGet Outlook for Android<https://aka.ms/ghei36>\n", "\n\nSent from Mail for Windows\n",
    "\n\nGesendet von meinem iPhone\n", "\n\nVon meinem iPad gesendet\n", "\n\nEnvoyé de mon iPhone\n",
    "\n\nEnviado desde mi iPhone\n", "\n\nVerzonden vanaf mijn iPhone\n", "\n\nInviato da iPhone\n",
    "\n\nThanks,\nSam\n\nSent from my iPhone\n", "\n\nThx, Sam\n", "\n\n- Sam\n", "\n\n—Sam\n",
    "\n\nBest regards,\n\nSam Lee\nCommunications Manager\nCity Council\n",
])
def test_a_phone_s_sent_from_line_and_more_sign_offs_are_cut_from_a_mail_s_body(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE


# Words that only look like these stay: a sentence about a phone, a dash before words that name no one.
@pytest.mark.parametrize("tail", [
    "\n\nThe photos were sent from my iPhone to the council on Monday.", "\n\n- Sam and Ann were unhurt",
    "\n\nSent from my iPhone, the photos show the flooded road.",
])
def test_a_line_about_a_phone_or_after_a_dash_that_is_text_stays(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE + tail.rstrip("\n")


def test_a_reply_s_sign_off_is_cut_before_the_lines_it_quotes() -> None:
    body = f"{RELEASE}\n\nThanks,\nSam\n\nOn Mon, 2 Jun 2025 at 10:00, Bob <bob@example.com> wrote:\n> Send it please.\n"
    assert one(mail(SIGNED, body)).body == (
        f"{RELEASE}\n\nOn Mon, 2 Jun 2025 at 10:00, Bob <bob@example.com> wrote:\nSend it please.")


@pytest.mark.parametrize("tail", [
    "\n\nThanks to the volunteers who built it.",        # a last line that is a sentence
    "\n\nThe mayor said thanks,\nand left.",
    "\n\nResults\n\nHome 2 Away 1",                        # a last line that is no name
    "\n\nENDS",                                            # a release's end mark in capitals
    "\n\nSaludos a todos los vecinos del barrio.",       # a sentence that opens with a salutation's word
    "\n\nMit freundlichen Grüßen an die Helfer, die jeden Tag kamen und blieben, bis alles fertig war.",
])
def test_a_mails_last_line_that_is_text_stays(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body.endswith(tail.strip().rsplit("\n", 1)[-1])


# A sign-off's name closed with a full stop ("Thanks, Sam.", "Thanks,\nSam.", "- Sam Lee.") had stayed the body's last
# words, where "Thanks, Sam" went.
@pytest.mark.parametrize("tail", [
    "\n\nThanks, Sam.\n", "\n\nThanks, Sam Lee.\n", "\n\nCheers, Tom.\n", "\n\nViele Grüße, Christian.\n",
    "\n\nThanks,\nSam.\n", "\n\nKind regards,\nSam Lee.\n", "\n\n- Sam Lee.\n", "\n\nSam.\n",
])
def test_a_sign_off_s_name_closed_with_a_full_stop_is_cut(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE


# Words after a salutation that only end like a name stay: a sentence, a thanks to many.
@pytest.mark.parametrize("tail", [
    "\n\nThanks, Sam. See you.", "\n\nThanks, everyone.", "\n\nThanks,\nthe council meets again on Friday.",
])
def test_a_salutation_s_line_closed_by_a_sentence_stays(tail: str) -> None:
    assert one(mail(SIGNED, RELEASE + tail)).body == RELEASE + tail


# A salutation over the sender's name, title and outlet (a four-line block) is cut, and the sender is the author.
def test_a_salutation_over_a_name_title_and_outlet_is_cut_and_the_sender_is_the_author() -> None:
    article = one(mail("From: Sam Jones <sam@herald.example>\nSubject: Bridge closes",
                       RELEASE + "\n\nBest regards,\nSam Jones\nReporter\nThe Herald\n"))
    assert (article.body, article.authors) == (RELEASE, ("Sam Jones",))
