"""Body extraction traps as (html, kept, dropped): one small page per general cause found on real pages."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

STORY = "".join(
    f"<p>Paragraph {n} of the council story says the bridge work, delayed twice, is finally done.</p>"
    for n in range(1, 5)
)


def article(inner: str, before: str = "", after: str = "") -> str:
    return f"<html><body><div class='page'>{before}<div class='article-body'>{inner}</div>{after}</div></body></html>"


CASES = [
    # An overlay over the page with a heading of its own (an old browser's warning) is not the page's wrapper.
    (f"<html><body><div id='IE-overlay'><h1>Dear fans,</h1><p>We are glad you are visiting our site, but your browser, "
     "Internet Explorer, is out of date and no longer shows our pages as they should be shown: please use another "
     f"one.</p></div><section class='news'>{STORY[:300]}</section></body></html>", "Paragraph 2", "Internet Explorer"),
    # A heading with no text after it heads nothing of the story ("News" over a list the page fills by script).
    (article(STORY + "<section class='teaserLoaderWrapper'><h2>News</h2><ul class='teaserLoader'></ul></section>"),
     "Paragraph 4", "News"),
    # A closing heading written as a statement is the writer's last line set large; a label or a prompt asking the
    # reader still goes (spiegel.de's "Es stützt seine Version.", stackexchange's "Not the answer you're looking for?").
    (article(STORY + "<h2>By then.</h2>"), "By then.", "Paragraph 9"),
    (article(STORY + "<h2>The bridge held. The town did not.</h2>"), "The town did not.", "Paragraph 9"),
    (article(STORY + "<h2>Not the answer you're looking for? Ask your own question.</h2>"), "Paragraph 4", "answer"),
    (article(STORY + "<h3>More...</h3>"), "Paragraph 4", "More..."),
    # A list item that says more in its own words than its links do is text (a meeting's minutes, travel advice); a
    # list of links with a word or two beside each still goes.
    (article(STORY + "<ul><li><strong>Dates</strong><br>- Members' meeting 2020: first half of May, probably in Basel, "
             "Daniel is looking for a venue<br>- 2 November: <a href='/f'>Forum for a New Start</a>, Basel<br>- 9 "
             "November: <a href='/s'>Third Public Economic Summit</a>, Bern<br>- 27 February: <a href='/r'>Congress "
             "Reclaim Democracy</a>, Zurich</li><li><a href='/a'>Budget vote delayed "
             "again</a> (2 min)</li></ul>"), "Daniel is looking for a venue", "Budget vote delayed"),
    # A bulleted sentence naming its players by links (SB Nation's bullets) is text: a third of it linked, but a full
    # sentence of twelve words or more; a related story's headline beside a line of its own is not.
    (article(STORY + "<ul><li><a href='/p/1'><strong>Sione Takitaki</strong></a> played 6 snaps on defense, staying "
             "ahead of <a href='/p/2'><strong>Adarius Taylor</strong></a> on the depth chart.</li><li><a href='/b'>"
             "Budget vote delayed again by the council</a> Council news, 2 min read</li></ul>"),
     "Sione Takitaki played 6 snaps", "Budget vote delayed"),
    # A byline's word left alone when its name was a link the page fills by script (auto-motor.at's "von").
    (article("<p>von</p>" + STORY), "Paragraph 1", "von"),
    # Blog software's lines after the story: a view counter, an author box's link, a rating prompt, the likes'
    # "Loading...", the post's category (WordPress and its plugins, in English and German).
    (article(STORY + "<p>Post Views: 1.432</p><p>Latest posts by Evan Symon (see all)</p><p>Rate this:</p>"
             "<p>Loading...</p><p>Eingeordnet unter Allgemein</p><p>Posted in News, Local</p>"),
     "Paragraph 4", "Post Views"),
    (article(STORY + "<p>Eingeordnet unter Allgemein</p><p>Loading...</p>"), "Paragraph 4", "Allgemein"),
    (article(STORY + "<p>Latest posts by Evan Symon (see all)</p><p>Posted in News, Local</p>"), "Paragraph 4", "Posted"),
    (article(STORY + "<p>Rate this:</p><p>Veröffentlicht in Tafelbilder</p>"), "Paragraph 4", "Tafelbilder"),
    # A sentence opening with such words is story.
    (article(STORY + "<p>Eingeordnet unter den Akten fand sich der Brief von 1990.</p>"), "Eingeordnet unter den Akten",
     "Post Views"),
    # A sentence opening with "By" and a small word is story; a byline, its name's particles and all, is not.
    (article("<p>By Jan de Vries | Staff Writer</p>" + STORY + "<p>By then, the council had voted to reopen the "
             "harbour bridge.</p>"), "By then, the council had voted", "Jan de Vries"),
    # A time after "By" (a weekday, a month, a holiday, a part of the day) opens a sentence or a heading, and so does a
    # line going on in a sentence's words after its comma; real bylines, roles and agencies after them, still go.
    (article("<p>By JANE DOE, Staff Writer</p>" + STORY + "<p>By Monday, the bridge was open.</p>"),
     "By Monday, the bridge was open.", "JANE DOE"),
    (article("<p>By AP</p>" + STORY + "<p>By Christmas, the shop had closed for good.</p>"),
     "By Christmas, the shop had closed", "By AP"),
    (article("<p>By admin</p>" + STORY + "<p>By Wednesday, officials said, the repairs would be done.</p>"),
     "By Wednesday, officials said", "admin"),
    (article("<p>By Jane Doe, staff writer</p>" + STORY + "<p>By Election Day, most polls had turned against him.</p>"),
     "By Election Day, most polls had turned", "Jane Doe"),
    (article("<p>By May Bulman</p>" + STORY + "<div>By Tuesday Night, all was calm.</div>"),
     "By Tuesday Night, all was calm.", "May Bulman"),
    (article(STORY + "<p>By Christmas Eve</p><p>Paragraph 5 says the shops closed early, and the square emptied.</p>"),
     "By Christmas Eve", "Jane Doe"),
    # A time's word before a name or a paper's is a byline's: "By Wednesday Martin", "By Sunday Times Reporter".
    (article("<p>By Sunday Times Reporter</p>" + STORY + "<p>By Sunday, the bridge was open again.</p>"),
     "By Sunday, the bridge was open again.", "Times Reporter"),
    # A post's categories go; a heading of that shape that goes on in a sentence's words is story.
    (article(STORY + "<p>Posted in 1990 with a note attached</p><p>Paragraph 5 says the letter was kept.</p>"
             "<p>Posted in News, Local</p>"), "Posted in 1990 with a note attached", "News, Local"),
    (article(STORY + "<p>Filed under the old rules, the claim was rejected</p><p>Filed under Politics | Local News</p>"),
     "Filed under the old rules", "Local News"),
    # A prompt's words opening a sentence (going on in lower case after a comma, or in a word no prompt has after it)
    # are story; the prompts and pointers themselves still go.
    (article("<p>Read more: Council votes to reopen bridge</p>" + STORY + "<p>Read more slowly, the teacher told the "
             "class.</p>"), "Read more slowly, the teacher told the class.", "Council votes to reopen"),
    (article(STORY + "<p>Follow us to the river, the guide said, and we followed.</p><p>Follow us on Twitter</p>"),
     "Follow us to the river", "on Twitter"),
    (article(STORY + "<p>Sign up numbers doubled after the ad ran.</p><p>Sign up for the Bridge newsletter</p>"),
     "Sign up numbers doubled", "Bridge newsletter"),
    (article(STORY + "<p>Subscribe numbers rose after the offer ended.</p><p>Subscribe to The Gazette</p>"),
     "Subscribe numbers rose", "The Gazette"),
    (article(STORY + "<p>Click here, the sign read, and thousands did.</p><p>Click here to get the app</p>"),
     "Click here, the sign read", "get the app"),
    (article(STORY + "<p>Continue reading, the judge told the clerk.</p><p>Continue reading the main story</p>"),
     "Continue reading, the judge told the clerk.", "the main story"),
    (article(STORY + "<p>See also the report's annex, which lists every bridge.</p><p>See also: Ferry fares rise</p>"),
     "See also the report's annex", "Ferry fares rise"),
    (article(STORY + "<p>Recommended by the panel, the plan went ahead.</p><p>Recommended: Ferry fares rise</p>"),
     "Recommended by the panel", "Ferry fares rise"),
    (article(STORY + "<p>Recommended: the council's report is worth reading in full.</p><p>Read more: the full "
             "report is on the council's website.</p><p>Read more: Ferry fares rise</p>"),
     "the full report is on the council's website.", "Ferry fares rise"),
    (article(STORY + "<p>Recommended: the council's report is worth reading in full.</p>"),
     "the council's report is worth reading", "Paragraph 9"),
    (article(STORY + "<p>Also read the council's statement in full.</p><p>Also read: Ferry fares rise</p>"),
     "Also read the council's statement", "Ferry fares rise"),
    (article(STORY + "<p>Sign up for the scheme has been slow, the council said.</p><p>Subscribe to the idea that "
             "shorter is better, the editor wrote.</p><p>Subscribe to The Gazette</p>"),
     "Sign up for the scheme has been slow", "The Gazette"),
    (article(STORY + "<p>Follow Jane Doe on Twitter for the latest, the station said.</p><p>Follow Newsbeat on "
             "Instagram, Facebook, Twitter and YouTube.</p>"), "Follow Jane Doe on Twitter", "Newsbeat"),
    (article(STORY + "<p>Story continues below the fold in the printed edition, the editor said.</p><p>AP Photo editors "
             "chose the image of the bridge.</p><p>AP Photo/Jane Doe</p>"), "AP Photo editors chose", "Jane Doe"),
    (article(STORY + "<p>Story continues below the fold in the printed edition, the editor said.</p>"),
     "Story continues below the fold", "Paragraph 9"),
    # A sentence reporting a newsletter's offer, a rights notice or a "follow" prompt is story; the offer itself goes.
    (article(STORY + "<p>The paper said 20,000 readers subscribe to its newsletter.</p><p>Sign up for our newsletter "
             "to get the news in your inbox.</p>"), "20,000 readers subscribe", "in your inbox"),
    (article(STORY + "<p>He urged supporters to follow him on Twitter, the court heard.</p>"),
     "follow him on Twitter, the court heard", "Paragraph 9"),
    (article(STORY + "<p>The contract said all rights reserved to the council would pass to the firm.</p>"),
     "all rights reserved to the council", "Paragraph 9"),
    # After a label's colon, a sentence (opening in lower case, four words or more, a full stop) is story; a credit,
    # a caption's words and a pointer's headline still go.
    (article(STORY + "<p>Photos: the council released two images of the damage on Monday.</p><p>Photo: Jane "
             "Doe/Reuters</p>"), "the council released two images", "Jane Doe"),
    # A credit's label may say "credit" or name the credits ("Photo credit:", "Bildnachweis:"); a sentence after it stays.
    (article(STORY + "<p>Photo credit: the council asked that its staff be named under each image.</p><p>Photo "
             "Credit: Jane Doe</p><p>Image credits: Getty Images</p><p>Bildnachweis: Jane Doe/dpa</p>"),
     "the council asked that its staff be named", "Jane Doe"),
    (article(STORY + "<p>Image credits: Getty Images</p>"), "Paragraph 4", "Getty"),
    (article(STORY + "<p>Fotonachweis: Stadtarchiv</p>"), "Paragraph 4", "Stadtarchiv"),
    (article(STORY + "<p>More: the council will meet again on Friday to vote on the plan.</p><p>MORE: Ferry fares "
             "rise</p>"), "the council will meet again", "Ferry fares"),
    (article(STORY + "<p>Listen: the mayor's speech was interrupted twice.</p><p>Watch: Ferry fares rise</p>"),
     "the mayor's speech was interrupted", "Ferry fares"),
    (article(STORY + "<p>Source: the council's own figures show a rise in traffic.</p><p>Source: Al Jazeera and "
             "news agencies</p>"), "the council's own figures show", "Al Jazeera"),
    # A sentence opening with a date line's label is story; the blog software's date lines ("Posted on … by admin",
    # "Posted by … at 10:02", "Updated 10:02 AM ET, …", "Posted 3 hours ago") still go.
    (article(STORY + "<p>Posted in 1990, the letter reached the council a week later.</p>"
             "<p>Posted on 3 May 2021 by admin</p>"), "Posted in 1990, the letter reached the council", "by admin"),
    (article("<p>Posted by Jane Doe at 10:02</p><p>Published in 1990, the book sold a million copies.</p>" + STORY),
     "Published in 1990, the book sold", "Jane Doe"),
    (article("<p>Updated 10:02 AM ET, Mon May 3, 2021</p><p>Updated guidelines were released on Monday.</p>" + STORY),
     "Updated guidelines were released", "10:02 AM"),
    (article(STORY + "<p>Posted 3 hours ago</p><p>Last updated on March 3, 2021 at 2:15 pm</p>"), "Paragraph 4",
     "hours ago"),
    (article(STORY + "<p>Last updated on March 3, 2021 at 2:15 pm</p>"), "Paragraph 4", "2:15 pm"),
    # The readers' comments' heading inside the story's box: what follows it (a widget, the site's offers) is not the
    # story. A short box opening with it went before; now the rest of a long box goes too.
    (article(STORY + "<h3>Comments</h3><div class='fb-comments'></div><p><em>Advertise with the most visited news site"
             " in the country ~ we offer fully customizable digital marketing packages, call us today!</em></p>"),
     "Paragraph 4", "Advertise"),
    (article(STORY + "<h3>Kommentare</h3><p>Hinweis: Gewerbliche Einträge werden ohne Angaben von Gründen von"
             " mir gelöscht, Spam wird manuell moderiert.</p>"), "Paragraph 4", "Hinweis"),
    # An inline hover card inside a link ("rollover" people boxes) is not part of the sentence.
    (article('<p>The mayor, <span class="rollover-people"><a href="/p/1">Ann Lee</a><span class="rollover-'
             'people-block"><a href="/x">Lee backs new budget plan</a></span></span>, opened it.</p>' + STORY),
     "The mayor, Ann Lee, opened it.", "backs new budget"),
    # A breadcrumb trail named "crumbs" (tagDiv's WordPress themes: "td-crumb-container", "entry-crumbs") is the
    # page's navigation; caymancompass.com's story had opened "Home Issues Prison official: ...".
    (article("<div class='td-crumb-container'><div class='entry-crumbs'><span><a class='entry-crumb' href='/'>Home"
             "</a></span> <span><a class='entry-crumb' href='/issues/'>Issues</a></span> <span>Bridge work done</span>"
             "</div></div>" + STORY), "Paragraph 1", "Home Issues"),
    # A box named "contact" is the site's contact form or address, not the story (spdfraktion.de's "Fragen zu
    # diesem Artikel" form under the story; a forum's member titles).
    (article(STORY + "<div id='contact' class='no-print'><h2>Questions about this story</h2><p>If you have questions "
             "or suggestions about this story, you can get in touch with us here.</p></div>"), "Paragraph 4",
     "get in touch"),
    # A paragraph's one span of prose is the paragraph, whatever its name: a post copied from Facebook keeps its
    # classes ("...ContentTags" read as a tags box had dropped skateboardmsm.de's opening); a tags line still goes.
    (article("<p><span class='_fbReactionComponent__eventDetailsContentTags fsl'>The floating miniramp comes to the "
             "lake on 19 August, where the best skaters of Europe compete for the prize money and three titles. The "
             "afterparty starts at eleven.</span></p>" + STORY + "<p><span class='tags'>Skateboarding, Events</span>"
             "</p>"), "The floating miniramp comes to the lake", "Skateboarding, Events"),
    # Captions and photo credits in camelCase classes are not story text.
    (article('<div class="InlineImage-imageEmbedCaption">Workers on the deck at dawn, before the reopening.</div>'
             '<div class="InlineImage-imageEmbedCredit">Jo Bloggs | Getty Images</div>' + STORY),
     "Paragraph 1", "Workers on the deck"),
    (article('<p><span class="newsCaption">Workers on the deck at dawn</span></p>' + STORY), "Paragraph 4",
     "Workers on the deck"),
    # A picture's subtitle and an Italian caption ("dida", short for "didascalia") are captions too (domradio.de's
    # "Logo des Zdk (Archiv)", parcoabruzzo.it's "Grafico conta femmine con cuccioli 2019" under the story).
    (article(STORY + '<div class="image"><img src="a.jpg" alt=""><div class="image-subtitle">Workers on the deck at '
             'dawn</div></div>'), "Paragraph 4", "Workers on the deck"),
    (article(STORY + '<div id="colonna_foto"><img src="a.jpg" alt=""><div class="dida">Workers on the deck at dawn'
             '</div></div>'), "Paragraph 4", "Workers on the deck"),
    # A BEM element named share inside the article block is still a share box.
    (article(STORY, before='<div class="article__share">Follow Coast News on Facebook and Twitter</div>'),
     "Paragraph 2", "Follow Coast News"),
    # A footer named in Serbo-Croatian ("futer"), whose one blurb had outscored a story of short paragraphs.
    ("<html><body><div class='page'><div class='news_text'><h3>The council opened the new harbour bridge on Monday "
     "after two years of work.</h3><p>Traffic moved across all four lanes by noon, the mayor said.<br><br>Engineers "
     "will check the cables again in spring.</p></div></div><div class='container'><div class='futer_content'>"
     "<div class='futer_desc'>Coast News is the leading weekly for the region, with news, sport, business, opinion, "
     "letters and more, written by locals, for locals, every Friday, since 1921.</div></div></div></body></html>",
     "Engineers will check", "Coast News is the leading weekly"),
]


@pytest.mark.parametrize("html, kept, dropped", CASES)
def test_trap(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


@pytest.mark.parametrize("line", ["By Tuesday Night, all was calm.", "By Christmas Eve", "By Monday Morning"])
def test_a_time_after_by_names_no_author(line: str) -> None:
    """"By" and a time is a sentence or a heading, not a byline crediting "Tuesday Night" or "Christmas Eve"."""
    assert extract(article(f"<div>{line}</div>" + STORY)).authors == ()


# An office's or a newsroom's title after a byline's comma, in lower case as in capitals ("By Ann Cox, police
# spokeswoman", as "By Ann Cox, Police Spokeswoman"): the one author, the line out of the text (it had stayed); a
# sentence after the comma ("By Ann Cox, police said") keeps the line the text's, and names no author (it had).
@pytest.mark.parametrize("byline", ["By Ann Cox, police spokeswoman", "By Ann Cox, Police Spokeswoman",
                                    "By Ann Cox, staff reporter", "By Ann Cox, political editor"])
def test_a_title_after_a_byline_s_comma_in_any_case(byline: str) -> None:
    found = extract(article(f"<p>{byline}</p>" + STORY))
    assert found.authors == ("Ann Cox",)
    assert found.body.startswith("Paragraph 1") and "Ann Cox" not in found.body


# A picture's or a page's maker's title after a byline's comma ("By Ann Cox, photographer", "…, contributor"): the
# one author, the line out of the text (it had stayed, no author read).
@pytest.mark.parametrize("title", ["photographer", "staff photographer", "photojournalist", "videographer",
                                   "illustrator", "cartoonist", "contributor", "sportswriter"])
def test_a_picture_maker_s_or_a_contributor_s_title_after_a_byline_s_comma(title: str) -> None:
    found = extract(article(f"<p>By Ann Cox, {title}</p>" + STORY))
    assert found.authors == ("Ann Cox",)
    assert found.body.startswith("Paragraph 1") and "Ann Cox" not in found.body


@pytest.mark.parametrize("line", ["By Ann Cox, police said", "by the river, police said"])
def test_a_sentence_after_a_by_and_a_comma_names_no_author(line: str) -> None:
    found = extract(article(f"<p>{line}</p>" + STORY))
    assert (found.authors, found.body.split("\n\n")[0]) == ((), line)


MORE = [
    # A standfirst in its own text-only div, beside the body container, opens the story.
    (article(STORY, before="<div class='summary'>Three bridges reopened on Monday after a year of repairs, the "
                           "council said, and traffic is back to normal.</div>"),
     "Three bridges reopened", "Paragraph 9"),
    # A short sentence whose names are links is still a paragraph.
    (article('<p><a href="/p/1">James Van Der Beek</a> has been eliminated from <a href="/t">Dancing with '
             'the Stars</a>.</p>' + STORY), "has been eliminated from", "Paragraph 9"),
    # "Follow <desk> on <network>" is a promotion, whoever the desk is.
    (article(STORY + '<p>Follow Newsbeat on <a href="/i">Instagram</a>, Facebook and Twitter.</p>'),
     "Paragraph 4", "Follow Newsbeat"),
    # The closing credit of the reporters who helped (article-extraction-benchmark's New York Times page, ids 0-7); a
    # sentence going on past "contributed" is story.
    (article(STORY + "<p>Volunteers contributed reporting that the paper later used in a series on the flood.</p><p>"
             "Keith Bradsher contributed reporting from Hong Kong.</p>"), "Volunteers contributed", "Bradsher"),
    (article(STORY + "<p>Associated Press writer Jane Doe contributed to this report.</p>"), "Paragraph 4",
     "Jane Doe"),
    # An outlet's section named at length (article-extraction-benchmark's New York Times opinion page, ids 0-7).
    (article(STORY + "<p>Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram."
             "</p>"), "Paragraph 4", "Opinion section"),
]


@pytest.mark.parametrize("html, kept, dropped", MORE)
def test_lede_and_short_sentences(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


PROMOTIONS = [
    # A broadcaster's own programme offered after the story (BBC's Newsbeat).
    (article(STORY + "<p>Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.</p>"), "Newsbeat"),
    (article(STORY + "<p>Tune in to The Daily live every morning on Radio 4.</p>"), "Tune in"),
    # A paywall's offer after the opening paragraphs of a premium story.
    (article(STORY + "<p>Get unlimited access to The Press for $1 a week. Already a subscriber? Log in.</p>"),
     "Already a subscriber"),
    (article(STORY + "<p>Reminder, this is a Premium article and requires a subscription to read.</p>"), "Premium"),
    (article(STORY + "<p>Advertise with NZME.</p>"), "Advertise"),
    (article(STORY + "<p>Get the latest updates right in your inbox. Subscribe to Coast News newsletters.</p>"),
     "Get the latest updates"),
    (article("<p>Breaking News Emails</p>" + STORY), "Breaking News Emails"),
    (article(STORY + "<p>For the latest stories download the Coast News app for iOS and Android.</p>"),
     "download the Coast News app"),
    (article(STORY + "<p>© 2020 Coast Media. All rights reserved.</p>"), "All rights reserved"),
    # A shop's widget under a recipe's ingredients.
    (article(STORY + "<p>Like recipe? <a class='adimo-container'>Add the ingredients to your basket</a> and deliver "
             "to you.</p>"), "basket"),
    # A writer's bio closes the story; the same sentence shape mid-story would be kept.
    (article(STORY + "<p>Phil Helsel is a reporter for Coast News.</p>"), "Phil Helsel"),
    (article(STORY + "<p>The contents of this site are ©2019 Coast Publishing Corp.</p>"), "contents of this site"),
    (article(STORY + "<p>Text and photos © 2024 Coast Media</p>"), "Text and photos"),
    (article(STORY + "<p>The contents of this site are ©2019 Coast Publishing Corp., a subsidiary of Coast "
             "Communications, Inc.</p>"), "subsidiary"),
    (article(STORY + "<p>All content © Coast Media 2024. All rights reserved.</p>"), "All content"),
    # Labels, slideshow fallbacks and unrendered WordPress shortcodes are not text.
    (article(STORY + "<p>Advert</p><p>This slideshow requires JavaScript.</p><p>Tags:</p>"), "Advert"),
    (article(STORY + '<p>[button link="/submit" type="big"] Send us YOUR review[/button]</p>'), "[button"),
    # A magazine subscription offer.
    (article(STORY + "<p>Get Coast Monthly delivered through your letterbox. 12 issues for £9.99.</p>"),
     "Coast Monthly"),
    # A closing line sending readers to the writer's social accounts, and the publisher's address block.
    (article(STORY + "<p>Jo Lee's book on bridges is out now. Follow her on Twitter @jolee.</p>"), "Follow her"),
    (article(STORY + "<p>Please follow us on Facebook for updates.</p>"), "follow us"),
    (article(STORY + "<p>Copyright 2021 Coast Media</p>"), "Copyright"),
    (article(STORY + "<p>Copyright 2020 The Associated Press. All Rights Reserved. This material may not be "
             "published.</p>"), "Copyright"),
    (article(STORY + "<p>Our newsletter is free: subscribe today.</p>"), "newsletter"),
    (article(STORY + "<p>Never miss the latest news by signing up to our newsletter today!</p>"), "Never miss"),
    (article(STORY + "<p>Newsletter Sign up for our daily briefing</p>"), "Newsletter"),
    (article(STORY + "<p>Get the Sunday paper delivered to your door.</p>"), "Sunday paper"),
    (article(STORY + "<p>Coast News 12 Quay St, Harbourtown | 555-628-8500 tel | 555-628-8503 fax</p>"), "Quay St"),
    # Lines that point away from the story or label the page around it.
    (article(STORY + "<p>You may also like...</p>"), "also like"),
    (article(STORY + "<h3>More Great Coast Stories</h3>"), "Great Coast"),
    (article(STORY + "<h3>Related Stories</h3>"), "Related"),
    (article(STORY + "<h3>More from Coast News</h3>"), "More from"),
    (article(STORY + "<h4>Read next</h4>"), "Read next"),
    (article(STORY + "<h3>Editor's picks</h3>"), "picks"),
    (article(STORY + '<div>Related Roundup: <a href="/r">Bridges</a></div>'), "Roundup"),
    (article(STORY + "<p>Like this story? Share it with a friend!</p>"), "Like this story"),
    (article(STORY + "<p>Tell us what YOU think...</p>"), "YOU think"),
    (article(STORY + '<p>Filed under: <a href="/c">Roads</a> |</p>'), "Filed under"),
    (article(STORY + "<p>1 - 5 of 36</p>"), "5 of 36"),
    # The wire service's closing credits are a byline.
    (article(STORY + "<p>(Reporting by Jo Lee; additional reporting by Al Poe; Editing by Kim Ray)</p>"),
     "Reporting by"),
]


@pytest.mark.parametrize("paragraph", [
    "Access to the new tier requires a subscription to the basic plan, which costs $6.99 a month in the United States.",
    "Already a subscriber? Analysts asked the same question of lapsed customers who were offered a discount.",
    "You don't need a subscription to watch the match, the broadcaster said on Tuesday.",
    "Subscribers to the print edition fell by a third last year, the company said.",
    "Shoppers who add items to their basket and leave without paying get a reminder by email, the study found.",
    "Once you find a deal, add it to your cart at once: the discounts end at midnight, the retailer said.",
    # A promotion's words in a story's own sentence, not addressed to the reader: "follow them on Facebook" after "to",
    # a year after "Copyright" going on in lower case, a newsletter people subscribe to, a parcel delivered.
    "Police asked witnesses to follow them on Facebook for updates.",
    "Copyright 1990 was the year the law changed.",
    "The firm's newsletter, which 40,000 people subscribe to, was hacked on Monday.",
    "More than 5,000 people sign up to the newsletter every week.",
    "Thieves took a parcel delivered to your doorstep within minutes.",
    "Fans can listen to the final live at the stadium, the club said.",
])
def test_a_story_about_subscriptions_is_kept(paragraph: str) -> None:
    assert paragraph in extract(article(STORY + f"<p>{paragraph}</p>")).body


@pytest.mark.parametrize("html, dropped", PROMOTIONS)
def test_promotion_is_dropped(html: str, dropped: str) -> None:
    body = extract(html).body
    assert "Paragraph 4" in body and dropped not in body


# A story's sentence quoting a copyright mark and a year is the story's, wherever it stands: the paragraph had been
# dropped whole as a copyright notice (a mark and a year anywhere in it).
@pytest.mark.parametrize("paragraph", [
    "The museum's label reads “© 2024 Estate of Frida Kahlo”, and visitors queued for hours.",
    "Every photo in the book carries a line such as © 2024 Jane Doe, and the publisher checks each one.",
])
@pytest.mark.parametrize("place", ["middle", "end"])
def test_a_story_sentence_quoting_a_copyright_mark_is_kept(paragraph: str, place: str) -> None:
    inner = STORY[:200] + f"<p>{paragraph}</p>" + STORY[200:] if place == "middle" else STORY + f"<p>{paragraph}</p>"
    assert paragraph in extract(article(inner)).body


# A picture's credit ("Photos © 2024 Jane Doe") is no text of the story, alone or closing a paragraph: only the
# credit is left out, not the paragraphs around it nor the sentences before it. It is no copyright notice of the text.
@pytest.mark.parametrize(("credit", "closing"), [
    ("Photos © 2024 Jane Doe", "Photos"), ("Photo © Jane Doe", "Photo"), ("Photos © 2024 Jane Doe/AFP.", "Photos"),
    ("Photography (c) Jane Doe 2024", "Photography"), ("Pictures: © 2024 Jane Doe", "Pictures")])
def test_a_picture_credit_is_no_text(credit: str, closing: str) -> None:
    alone = extract(article(STORY.replace("<p>Paragraph 3", f"<p>{credit}</p><p>Paragraph 3"))).body
    assert alone == extract(article(STORY)).body
    body = extract(article(STORY + f"<p>The board voted on Tuesday. {credit}</p>")).body
    assert body.endswith("is finally done.\n\nThe board voted on Tuesday.") and closing not in body


# A credit labelled with a picture's word ("Foto: Jane Doe") closing a story's paragraph after its last sentence, with
# or without a space after the full stop, is cut off it; the holder may be an agency's web address.
@pytest.mark.parametrize("credit", ["Foto: Jane Doe", "Photo: Jane Doe/Reuters", "Foto: bildagentur.de",
                                    "Photo credit: Jane Doe"])
@pytest.mark.parametrize("space", ["", " "])
def test_a_labelled_picture_credit_closing_a_paragraph_is_cut(credit: str, space: str) -> None:
    body = extract(article(STORY + f"<p>The board voted on Tuesday.{space}{credit}</p>")).body
    assert body.endswith("is finally done.\n\nThe board voted on Tuesday."), body[-80:]


@pytest.mark.parametrize("paragraph", [
    "The board voted on Tuesday. Photo: the mayor's office released it later.",
    "The board voted on Tuesday. Foto: Das Bild zeigt den Bürgermeister bei der Eröffnung der Brücke am Montag.",
])
def test_a_sentence_after_a_picture_label_closing_a_paragraph_is_kept(paragraph: str) -> None:
    assert paragraph in extract(article(STORY + f"<p>{paragraph}</p>")).body


# A caption and its credit in a box named "copyright" ("copyright-print", the credit printed under a picture) is no
# text of the story, as a box named "credit" is not.
def test_a_copyright_box_under_a_picture_is_no_text() -> None:
    credit = "<span class='copyright-print'>Cycling by the river © Tourism Board / Jane Doe</span>"
    assert extract(article(credit + STORY)).body == extract(article(STORY)).body


@pytest.mark.parametrize("paragraph", [
    "Photos © 2024 Jane Doe were shown at the council meeting on Tuesday.",
    "The photos © 2024 Jane Doe took of the flood were shown at the council meeting.",
    "The caption read “Photo © 2024 Jane Doe”, and the paper paid her for each one.",
])
def test_a_story_sentence_naming_a_picture_credit_is_kept(paragraph: str) -> None:
    assert paragraph in extract(article(STORY + f"<p>{paragraph}</p>")).body


# A notice closing a story's paragraph is cut off it, the story's sentences kept (the paragraph had been dropped).
def test_a_copyright_notice_closing_a_paragraph_leaves_its_sentences() -> None:
    body = extract(article(STORY + "<p>The board voted on Tuesday. © 2024 Coast Media. All rights reserved.</p>")).body
    assert body.endswith("is finally done.\n\nThe board voted on Tuesday.")


def test_bio_shaped_sentence_mid_story_is_kept() -> None:
    bio = "<p>Ann Lee is a reporter for the Gazette and was at the meeting.</p>"
    assert "Ann Lee is a reporter" in extract(article(bio + STORY)).body


CLASS_NAMES = [
    # A boilerplate word qualified by an article word is still boilerplate ("share-text", camelCase too).
    (article(STORY + '<p class="share-text">Spread the word to your friends and family today!</p>'),
     "Paragraph 4", "Spread the word"),
    (article(STORY + '<div class="relatedContent"><p>The ferry timetable changes again in spring, '
                     'operators say.</p></div>'),
     "Paragraph 4", "ferry timetable"),
    # Previous/next story boxes, WordPress like buttons, related posts and WordAds labels.
    (article(STORY + '<div class="post-next-prev"><p>Ferry fares rise again as the operator blames fuel costs '
                     'and staff</p></div>'), "Paragraph 4", "Ferry fares"),
    (article(STORY + '<div class="sd-block sd-like"><h3>Like this:</h3><span>Like</span> Loading...</div>'
                     '<div class="jp-relatedposts"><h3>Related stories from the harbour</h3></div>'
                     '<div class="wpa"><span class="wpa-about">Advertisements</span></div>'),
     "Paragraph 4", "Like"),
    (article(STORY + '<div class="jp-relatedposts"><h3>Related stories from the harbour</h3></div>'),
     "Paragraph 4", "harbour"),
    # A layout flag names what sits beside the box: "content-with-sidebar" holds the story.
    ("<html><body><div class='content-with-sidebar'><h2>Bridge reopens</h2>" + STORY + "</div>"
     "<div class='sidebar'><p>Ferry timetable changes again in spring, operators say.</p></div></body></html>",
     "Paragraph 4", "Ferry timetable"),
]


@pytest.mark.parametrize("html, kept, dropped", CLASS_NAMES)
def test_class_names_are_judged_one_by_one(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


def test_printed_web_address_is_text_not_a_link() -> None:
    # The writer typed the address out; navigation links never read like one.
    address = '<p>The council report is online:<br><br><a href="https://example.org/r">example.org/report-2019</a></p>'
    body = extract(article(STORY + address)).body
    assert "example.org/report-2019" in body


def test_printed_social_handle_is_text_not_a_link() -> None:
    handle = '<p><strong>Account: <a href="https://social.test/jolee">@jolee</a></strong></p>'
    assert "Account: @jolee" in extract(article(STORY + handle)).body


def test_embedded_post_in_a_social_box_is_quoted_text() -> None:
    tweet = ('<div class="social-embed"><blockquote class="twitter-tweet"><p>Crossed the bridge at dawn, the '
             'first time in a year!</p>— Jo Lee (@jolee) <a href="https://x.test/1">May 1, 2019</a>'
             '</blockquote></div>')
    share = '<div class="social-share"><p>Share this story with your friends on Facebook and Twitter</p></div>'
    body = extract(article(STORY + tweet + share + STORY)).body
    assert "Crossed the bridge at dawn" in body and "Share this story" not in body


def test_date_line_is_dropped_but_sentences_and_runs_with_dates_are_kept() -> None:
    html = article("<p>Jo Lee - Nov 19, 2019, 10:31 pm CST</p>" + STORY
                   + "<p>29 November 2018 – 20 January 2019</p><p>The vote is on May 5, 2020.</p>")
    body = extract(html).body
    assert "Jo Lee" not in body
    assert "29 November 2018 – 20 January 2019" in body and "The vote is on May 5, 2020." in body



@pytest.mark.parametrize(("line", "day"), [
    ("<time>3. März 2024</time>", date(2024, 3, 3)),        # German: the day with a dot, a German month name
    ("<p>3. März 2024, 10:30 Uhr</p>", date(2024, 3, 3)),
    ("<p>Veröffentlicht am 4. März 2024 um 10:30 Uhr</p>", date(2024, 3, 4)),
    ("<p>5 de marzo de 2024</p>", date(2024, 3, 5)),
    ("<p>6 марта 2024</p>", date(2024, 3, 6)),
    ("<p>2024年3月7日 10:30</p>", date(2024, 3, 7)),
    ("<p>8 mars 2024</p>", date(2024, 3, 8)),
    ("<p>09.03.2024, 14.21 Uhr</p>", date(2024, 3, 9)),        # a time with a dot, as German and British pages write it
    ("<p>Sun 10 Mar 2024 09.05 GMT</p>", date(2024, 3, 10)),
    ("<p><time>Publiziert: 11.03.2024, 12:35</time></p>", date(2024, 3, 11)),  # a label with its colon
    ("<p>Publié : 12 mars 2024</p>", date(2024, 3, 12)),
])
def test_a_date_line_in_any_form_the_date_parser_reads_is_dropped_and_dates_the_page(line: str, day: date) -> None:
    found = extract(article("<p>Von Thomas Müller und Jürgen Weiß</p>" + line + STORY))
    assert found.body.startswith(("Von Thomas", "Paragraph 1")) and "2024" not in found.body
    assert (found.date, found.date_source) == (day, "dateline")


def test_only_a_date_line_above_the_text_dates_the_page() -> None:
    found = extract(article(STORY + "<p>3. März 2024</p>"))
    assert "2024" not in found.body and found.date is None


@pytest.mark.parametrize("line", [
    "<p>Updated March 9, 2024</p>", "<p>Last updated March 9, 2024</p>",
    "<p>Aktualisiert am 9. März 2024 um 10:30 Uhr</p>",
    "<p>Aktualisiert: 09.03.2024, 10:30</p>", "<p>Stand: 9. März 2024</p>",  # "as of": the day it was last revised
    "<p>Concert on Saturday, March 9, 2024</p>",              # an event's date, not the page's
])
def test_an_update_or_an_event_line_above_the_text_does_not_date_the_page(line: str) -> None:
    # Dropped from the text, such a line had become the page's date, ahead of the dateline below it.
    opening = "<p>WASHINGTON, March 1, 2024 — The council voted on Tuesday after a long debate to approve a new law.</p>"
    found = extract(article(line + opening + STORY))
    assert (found.date, found.date_source) == (date(2024, 3, 1), "dateline")


@pytest.mark.parametrize("line", [
    "Erstellt am: 12.03.2019", "Erstellt am: 30.01.2022 18:36 / sk",  # with the editor's initials
    "Aktualisiert am: 12.03.2019, 10:31", "Zuletzt aktualisiert: 3. März 2020",
    "<em>Stand des Artikels: 26. Februar 2020, 12:30 Uhr.</em>", "News vom 23.01.2020",
    # French and Spanish, with the hour's "h"
    "Créé: 12.12.2019, 07h36", "Publicado el 03/05/2022 a las 22h03", "20 de abril de 2022 a las 08:39h",
    "Actualizado el 08/05/2022 02:14 a.m.",
])
def test_a_date_line_with_its_label_is_dropped(line: str) -> None:
    body = extract(article(STORY + f"<p>{line}</p>")).body
    assert "20" not in body and body.startswith("Paragraph 1")


@pytest.mark.parametrize("sentence", [
    "Die Wahl findet am 3. März 2024 statt.",
    "Die Wahl am 3. März 2024.",
    "Am 3. März 2024 stimmten die Bürger über die neue Brücke ab.",
    "3. März 2024 – 20. April 2024",                    # the run of an event
    "Einsendeschluss: 03.11.2019 (Poststempel)",        # a label naming what happens on the day
])
def test_a_sentence_with_a_german_date_is_kept(sentence: str) -> None:
    assert sentence in extract(article(STORY + f"<p>{sentence}</p>")).body

CITATIONS = "".join(f"<p>Lee A, Poe B, Ray K, et al. Cable corrosion, part {n}. J Bridge Eng. "
                    f"201{n};{n}(2):10{n}-11{n}.</p>" for n in range(8))
ABSTRACT = ("<p>We study corrosion in bridge cables exposed to sea air over ten years and find that the rate, "
            "contrary to models, doubles after the fifth year.</p>")


@pytest.mark.parametrize("html", [
    # The reference list follows its heading, in the same box as the abstract.
    f"<html><body><div class='paper'><h1>Cables</h1>{ABSTRACT}<h2>References</h2>{CITATIONS}</div></body></html>",
    # The reference list is a box of its own, longer than the abstract.
    (f"<html><body><div class='paper'><h1>Cables</h1><div class='abstract'>{ABSTRACT}</div>"
     f"<div class='c-article-references'>{CITATIONS}</div></div></body></html>"),
])
def test_reference_list_is_not_text(html: str) -> None:
    body = extract(html).body
    assert "contrary to models" in body and "et al." not in body


SHORT_STORY = ("<p>The harbour bridge reopened on Monday, six months after engineers closed it to fix its cables.</p>"
               "<p>Traffic moved freely across all four lanes, officials said, though limits stay lower for now.</p>")
CONSENT = ("<p>We and our partners use cookies and similar technologies to store and access information on your "
           "device, to personalise ads and content, measure ad and content performance, and improve products.</p>") * 4


@pytest.mark.parametrize("popup", [
    "<div role='dialog' class='box'>{}</div>",
    "<div aria-modal='true' class='box'>{}</div>",
    "<div class='overlay'>{}</div>",
    # Unmarked: the site's own cookie notice is known by its words.
    "<div class='box'>{}</div>",
])
def test_popup_does_not_beat_a_short_story(popup: str) -> None:
    html = (f"<html><body><div class='c1'><h1>Bridge</h1><div class='c2'>{SHORT_STORY}</div></div>"
            f"{popup.format(CONSENT)}</body></html>")
    body = extract(html).body
    assert "harbour bridge reopened" in body and "partners" not in body


def test_stack_of_links_one_per_line_is_dropped() -> None:
    stack = ('<p><a href="/1">Ferry fares rise again as the operator blames fuel</a> [INSIGHT]<br>'
             '<a href="/2">Harbour tunnel plan is shelved for another year</a> [VIDEO]<br>'
             '<a href="/3">Council names the new bridge after a local nurse</a></p>')
    body = extract(article(STORY + stack + STORY)).body
    assert "Paragraph 4" in body and "Ferry fares" not in body


@pytest.mark.parametrize("heading", ["<h2>Wahl am 23. Februar 2025</h2>", "<h3>Election on 5 May 2024</h3>"])
def test_a_subheading_naming_an_event_and_its_day_is_text(heading: str) -> None:
    # Read as a date line, it had been dropped from the story.
    body = extract(article(STORY + heading + STORY)).body
    assert heading.split(">")[1].split("<")[0] in body


def test_a_date_line_in_a_heading_is_still_dropped() -> None:
    assert "2024" not in extract(article("<h2>Published on 5 May 2024</h2>" + STORY)).body


@pytest.mark.parametrize("line", [
    "7 min read", "4 mins to read", "3 minute read", "5-minute read", "Reading time: 4 minutes",
    "Est. reading time: 3 minutes", "Lesezeit: 3 Min.", "Lecture 4 min.", "·", "* * *", "Related Topics",
    # Portuguese, one minute in the singular (two article-extraction-benchmark pages, ids 0-7).
    "Tempo de leitura: 1 minuto", "Tempo de leitura: 2 minutos",
    # A label of topics alone (article-extraction-benchmark, ids 0-7).
    "Topics",
    # A reading time's minutes before their label.
    "5 Min. Lesezeit", "3 min de lecture",
])
def test_a_reading_time_a_separator_or_a_label_of_topics_is_no_text(line: str) -> None:
    body = extract(article(f"<p>{line}</p>" + STORY + f"<div>{line}</div>")).body
    assert body.startswith("Paragraph 1") and body.endswith("finally done.")


# A day beside the reading time over the story ("Mar 5, 2024 · 4 min read", a blog's or Wix's post line) had stayed
# as the story's first paragraph: the reading time's words made it no date line. With its year it dates the page.
@pytest.mark.parametrize(("line", "day"), [("Mar 5, 2024 · 4 min read", date(2024, 3, 5)),
                                           ("4 min read · 5 March 2024", date(2024, 3, 5)),
                                           ("Mar 5·2 min read", None), ("3 days ago · 2 min read", None)])
def test_a_day_beside_a_reading_time_over_the_story_is_no_text(line: str, day: date | None) -> None:
    page = extract(article(f"<p>{line}</p>" + STORY))
    assert (page.body.startswith("Paragraph 1"), page.date) == (True, day)


@pytest.mark.parametrize("minutes", ["6 Min.", "4 min", "4-6 min"])
def test_minutes_alone_over_the_story_are_its_reading_time(minutes: str) -> None:
    # fluter.de's "6 Min." under the headline's standfirst; further down, minutes under a label are a recipe's
    # value (trafilatura-eval's muffin recipe: "Backzeit" / "15 – 30 Min").
    lead = "<p>Die Corona-Krise durch Big Data überwinden: zu schön, um wahr zu sein?</p>"
    assert minutes not in extract(article(lead + f"<div>{minutes}</div>" + STORY)).body
    body = extract(article(STORY + f"<h3>Backzeit</h3><div>{minutes}</div>" + STORY)).body
    assert f"Backzeit\n\n{minutes}" in body


@pytest.mark.parametrize("smiley", ["=)", ";-)", "^^"])
def test_a_smiley_closing_the_story_is_the_writers(smiley: str) -> None:
    # Without a letter or a digit, as a separator is, but written by the story's writer (seelenradio.de).
    assert extract(article(STORY + f"<p>{smiley}</p>")).body.endswith(f"finally done.\n\n{smiley}")


@pytest.mark.parametrize("sentence", [
    "It was a 7 min read, she said, and worth every minute of the council's time.",
    "Reading time for children rose by 4 minutes a day, the survey of parents found.",
    "6 Min. nach dem Anpfiff fiel das erste Tor für die Gäste aus Bremen.",
])
def test_a_sentence_about_reading_time_is_kept(sentence: str) -> None:
    assert sentence in extract(article(f"<p>{sentence}</p>" + STORY)).body


@pytest.mark.parametrize("line", ["Source: Al Jazeera and news agencies", "SOURCE: Reuters, AFP", "Quelle: dpa",
                                  "Fuente: EFE"])
def test_a_source_credit_line_is_no_text(line: str) -> None:
    body = extract(article(STORY + f"<p>{line}</p>")).body
    assert body.endswith("finally done.")


def test_a_sentence_opening_with_source_is_kept() -> None:
    sentence = "Source: a senior official told the paper the council had known of the cracks since 2019, and did nothing."
    assert sentence in extract(article(STORY + f"<p>{sentence}</p>")).body


@pytest.mark.parametrize("writer", ["html4css1", "html5"])
def test_a_docutils_pages_docinfo_fields_are_no_text(writer: str) -> None:
    """rst2html writes a document's ``:Author:`` and ``:Date:`` fields as a box of class ``docinfo`` (a table, or
    a ``<dl>`` in HTML5) over the text: the page's text had opened "Author: | Rita Rest\\n\\nDate: | 2005-08-01"."""
    publish_string = pytest.importorskip("docutils.core").publish_string
    source = ("Sun offers processing by the hour\n=================================\n\n:Author: Rita Rest\n"
              ":Date: 2005-08-01\n\nSun Microsystems will sell computing power by the hour, the firm said on Tuesday.\n")
    page = extract(publish_string(source, writer=writer))
    assert (page.title, page.body) == ("Sun offers processing by the hour",
                                       "Sun Microsystems will sell computing power by the hour, the firm said on Tuesday.")
