"""Which boxes around the story are its text: (html, kept, dropped) pages, one per general cause found on the tuning
half of trafilatura-eval's pages (file names whose MD5 starts 0-7)."""

from __future__ import annotations

import pytest

from newssearch.documents.html import extract

SECTION = "The lighthouse keeper's cottage, empty since the war, opens to walkers again this summer, the trust says."


def page(inner: str) -> str:
    return f"<html><body><div class='page'>{inner}</div></body></html>"


def block(text: str) -> str:
    """One section of a page builder's layout: a block whose only child is its content box."""
    return f"<div class='sqs-block html-block'><div class='sqs-block-content'><p>{text}</p></div></div>"


WRAPPERS = [
    # A page builder puts each section of the story in a block of its own, between picture blocks: the blocks
    # are the story's parts, not the one block whose inner box scored highest (a long opening).
    (page("<div class='sqs-layout'><div class='row'><div class='col'>"
          + block("Opening section: " + " ".join([SECTION] * 6))
          + "<div class='sqs-block image-block'><div class='sqs-block-content'><img src='a.jpg'></div></div>"
          + block("The second section is on the path which the rangers cut back in spring")
          + block("The third section is on the cafe which opens at ten every day but Monday")
          + "</div></div></div>"),
     "The third section is on the cafe", "Paragraph"),
    # A standfirst beside the wrapper that holds only the story's box opens the story.
    (page("<div class='col3'><h1>Cottage reopens</h1><p class='intro'>The trust has opened the keeper's cottage "
          "to walkers, seventy years after its last keeper left the headland.</p><div class='group'><div "
          "class='longText'>" + "".join(f"<p>Part {n}: {SECTION}</p>" for n in range(4)) + "</div></div></div>"),
     "seventy years after its last keeper", "Cottage reopens"),
    # A story told in sections of one class, each a heading over its text box: every section is the story's, not only
    # the one whose box scored highest (cubadebate.cu's report in "anexos-article" sections, pferderevue.at's four
    # exercises under their introduction).
    (page("<section class='part'><h2>The cottage</h2><div class='part-body'>" + "".join(f"<p>Part {n}: {SECTION}</p>"
          for n in range(5)) + "</div></section><section class='part'><h2>The path</h2><div class='part-body'><p>The "
          "rangers cut the cliff path back in spring, and the steps down to the cove are new.</p></div></section>"),
     "the steps down to the cove are new", "Paragraph"),
]


@pytest.mark.parametrize("html, kept, dropped", WRAPPERS)
def test_a_lone_box_is_weighed_as_its_wrapper(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


STORY = "".join(f"<p>Part {n}: {SECTION}</p>" for n in range(4))

AUTHOR_BOXES = [
    # A box about the writer under the story, however its template names it.
    (page(f"<article>{STORY}<div id='mvp-author-box-text'><p>Senior Editor with a focus on all things tech and "
          "gaming. You can keep up with me on Twitter.</p></div></article>"),
     "Part 3", "keep up with me"),
    (page(f"<article>{STORY}<div class='post-author'><div class='author-content'><p>Regan is a Connecticut native "
          "now living in Massachusetts with her husband, two sons, and two cats.</p></div></div></article>"),
     "Part 3", "two cats"),
    (page(f"<article><div class='article-about-the-author'><p>About the author: Laura Winter covers the coast "
          f"for the paper, and before that its courts.</p></div>{STORY}</article>"),
     "Part 0", "Laura Winter"),
    # The box naming the writer above the story: a byline, not its text.
    (page(f"<article><div class='author-name'>VICTOR TANGERMANN, FUTURISM</div>{STORY}</article>"),
     "Part 0", "TANGERMANN"),
]


@pytest.mark.parametrize("html, kept, dropped", AUTHOR_BOXES)
def test_a_box_about_the_writer_is_not_the_story(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


PAGE_BOXES = [
    # A grid row named for the layout it has, a story column and a sidebar beside it, holds the story.
    (page(f"<h1>Cottage reopens</h1><div class='o-row c-fixed-sidebar-layout--140--left@lg'><div class='o-col'>"
          f"<div class='c-article__content'>{STORY}</div></div></div>"),
     "Part 3", "Cottage reopens"),
    # A wire story's dateline opens its first sentence; a dateline box of its own is the page's.
    (page(f"<article><div class='dateline'>Updated Nov 19, 6:55 AM</div><p><span class='dateline'>KOBE – </span>"
          f"A total of 6,000 surgical masks have been lost at a hospital, police said.</p>{STORY}</article>"),
     "KOBE – A total of 6,000", "Updated Nov 19"),
    # A heading its page left open holds the story: the heading's own text is the standfirst.
    (page(f"<main><h1>Cottage reopens</h1><h2 class='excerpt'>The keeper's cottage is open to walkers again."
          f"<div class='content'>{STORY}</div><div class='worth'><a href='/x'>See also</a></div></main>"),
     "The keeper's cottage is open to walkers again.", "Cottage reopens"),
    # A small box under a label that points to other stories is a teaser, its headline too.
    (page(f"<article>{STORY}<div class='callout'><div role='heading'>Keep Reading</div><div role='heading'>The "
          "latest on <a href='/ai'>artificial intelligence</a>, from machine learning to vision</div></div>"
          f"{STORY}</article>"),
     "Part 3", "The latest on"),
    # A box marked up as a person (schema.org) is the writer's card; a person named inline in a sentence stays.
    (page(f"<article><p>The trust's warden, <span itemscope itemtype='http://schema.org/Person'>Ann Lee</span>, "
          f"said the cottage had waited long enough.</p>{STORY}<section itemprop='author' itemscope "
          "itemtype='http://schema.org/Person'><div>Amy Motroni</div><div>I'm Amy and I'm so glad you've stopped by! "
          "My blog is full of nursery ideas and so much more.</div></section></article>"),
     "The trust's warden, Ann Lee, said", "so glad you've stopped by"),
]


@pytest.mark.parametrize("html, kept, dropped", PAGE_BOXES)
def test_boxes_told_by_their_shape(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


def test_keep_reading_alone_on_its_line_is_a_label() -> None:
    body = extract(page(f"<article>{STORY}<p>Keep Reading</p>{STORY}</article>")).body
    assert "Keep Reading" not in body and body.count("Part 3") == 2


@pytest.mark.parametrize("html, dropped", [
    # A box pointing to the next story, however its template spells it.
    (page(f"<div id='container'><div class='story'>{STORY}</div><div id='next-post-thumbnails'><div "
          "class='nextstory'><p>The good folks at the choir are still doing their thing, and now they have two "
          "drummers.</p></div></div></div>"), "the choir"),
    # A picture's credit line in another language, or with a space before its colon.
    (page(f"<article>{STORY}<p>Bild: Logo des Preises für nachhaltige Finanzen | © Springer</p></article>"), "Logo"),
    (page(f"<article>{STORY}<p>Foto: dpa</p></article>"), "dpa"),
    (page(f"<article>{STORY}<p>Photo : YONHAP News</p></article>"), "YONHAP"),
    # A picture's description or legend, under any of its class names.
    (page(f"<article><img src='a.jpg'><p class='imagedescription uk-text-center'>Marco Odermatt, Ski-Star aus der "
          f"Schweiz. © AFP / MARCO BERTORELLO</p>{STORY}</article>"), "BERTORELLO"),
    (page(f"<article>{STORY}<div class='rightImage'><img src='a.jpg'><div class='legend'><div class='content'>Der "
          "Hirschkäfer (Lucanus cervus) lebt in den Kastanienselven. Foto © Jörg Gemsch</div></div></div></article>"),
     "Hirschkäfer"),
    (page(f"<article><div class='intro'><img src='a.jpg'><div class='img_description'><p>Die Flugschule wird hier "
          f"Nachwuchspiloten ausbilden.</p></div></div>{STORY}</article>"), "Nachwuchspiloten"),
])
def test_pointers_and_credits_are_not_the_story(html: str, dropped: str) -> None:
    body = extract(html).body
    assert "Part 3" in body and dropped not in body


LEAD = "The trust has opened the keeper's cottage to walkers, seventy years after its last keeper left the headland."

LEADS = [
    # A news template's lead box, beside the story's text box in the same article (TYPO3's news: "teaser-text"
    # before "news-text-wrap"): it opens the story, though "teaser" elsewhere names a box pointing to another.
    (page(f"<div class='news news-single'><div class='article'><h1>Cottage reopens</h1><div class='teaser-text'>"
          f"<p>{LEAD}</p></div><div class='news-text-wrap'>{STORY}</div></div></div>"),
     "seventy years after", "Cottage reopens"),
    # The lead in the article's head, beside the box holding the story's text.
    (page(f"<article><div class='articlehead'><h1>Cottage reopens</h1><p class='subtitle'>{LEAD}</p></div>"
          f"<div class='articlemain'>{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    # A lead the page's schema.org markup names (itemprop="description" above itemprop="articleBody"), its class only
    # a style's.
    (page(f"<article><h1>Cottage reopens</h1><div class='font-bold mb-6' itemprop='description'><div>{LEAD}</div>"
          f"</div><div class='mb-6' itemprop='articleBody'>{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    # A standfirst in the headline's own box opens the story too (the index has no description field to find it in);
    # the headline stays out.
    (page(f"<article><header><h1>Cottage reopens</h1><p class='summary'>{LEAD}</p></header><div class='body'>"
          f"{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    # A standfirst named as one, as long as a sentence but without its full stop.
    (page(f"<article><header><h1>Cottage reopens</h1><p class='c-dek'>{LEAD.rstrip('.')}</p></header>"
          f"<div class='body'>{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    # A standfirst set as the heading under the headline in an <hgroup> (die-tagespost.de), or as the paragraph under
    # it in the article's <header> (topagrar.com), named by no class: the markup tells it.
    (page(f"<article><header><hgroup><h3>Headland</h3><h1>Cottage reopens</h1><h2>{LEAD}</h2></hgroup></header>"
          f"<div class='body'>{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    (page(f"<article><header class='mt-0'><h2 class='text-5xl'>Cottage reopens</h2><p class='text-xl'>{LEAD}</p>"
          f"<div class='m-metadata'>10.12.2022 18:27</div></header><div class='body'>{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    # A subheadline under its class names: "subheadline", "article-subheadline" (orsted.de), "epigraph" (elpais.com.uy).
    (page(f"<article><div class='top'><h1>Cottage reopens</h1><h2 class='article-subheadline'>{LEAD}</h2></div>"
          f"<div class='body'>{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    (page(f"<article><div class='top-content'><h1>Cottage reopens</h1><div class='epigraph-container'>"
          f"<h2 class='epigraph'>{LEAD}</h2></div></div><div class='body'>{STORY}</div></article>"),
     "seventy years after", "Cottage reopens"),
    # A short line under the headline in its <header> is a kicker or a subheading, not a lead.
    (page(f"<article><header><h1>Cottage reopens</h1><p>Walkers welcome at the headland again this summer</p>"
          f"</header><div class='body'>{STORY}</div></article>"),
     "Part 0", "Walkers welcome"),
    # A short line named as one without a full stop is a kicker or a subheading, not a lead.
    (page(f"<article><header><h1>Cottage reopens</h1><p class='c-dek'>Walkers welcome at the headland again this "
          f"summer</p></header><div class='body'>{STORY}</div></article>"),
     "Part 0", "Walkers welcome"),
    # A teaser for another story above the article, outside it, is no lead.
    (page(f"<div class='teaser'><p>{LEAD.replace('cottage', 'lighthouse')}</p></div><article><h1>Cottage reopens"
          f"</h1><div class='body'>{STORY}</div></article>"),
     "Part 0", "opened the keeper's lighthouse"),
]


@pytest.mark.parametrize("html, kept, dropped", LEADS)
def test_the_lead_box_above_the_story_opens_it(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body
    assert body.index(kept) <= body.index("Part 0")


def test_the_lead_named_inside_an_intro_box_is_taken_alone() -> None:
    # An intro box in an intro box: the date beside the lead stays out of its first line.
    html = page(f"<article><div class='introBox'><h1>Cottage reopens</h1><p class='intro'><span class='date'>"
                f"19.10.2019, 15:30 Uhr</span><span itemprop='description'>{LEAD}</span></p></div>"
                f"<div class='body'>{STORY}</div></article>")
    assert extract(html).body.split("\n\n")[0] == LEAD


DOUBLED_LEADS = [  # the lead's box, {} for its text: in the headline's box, and in one of its own
    "<header><h1>Cottage reopens</h1><p class='summary'>{}</p></header>",
    "<h1>Cottage reopens</h1><div class='teaser-text'><p>{}</p></div>",
]


CUT_LEAD = " ".join(LEAD.split()[:13])  # "The trust has opened … after its last"


@pytest.mark.parametrize("box", DOUBLED_LEADS)
@pytest.mark.parametrize("lead", [LEAD, CUT_LEAD + " …", CUT_LEAD + "..."])
def test_a_lead_that_opens_the_story_already_is_read_once(box: str, lead: str) -> None:
    # The standfirst shown again as the story's first paragraph, whole or cut short.
    html = page(f"<article>{box.format(lead)}<div class='body'><p>{LEAD}</p>{STORY}</div></article>")
    assert extract(html).body.count("opened the keeper's cottage") == 1


def slide(n: int, hidden: bool) -> str:
    """One section of a gallery story that shows one section at a time: the others are hidden until clicked to."""
    shown = " hidden' style='display: none;" if hidden else ""
    return f"<div class='gallery-section{shown}'><h2>{n}. Item</h2><p>Slide {n}: {SECTION}</p></div>"


@pytest.mark.parametrize("html, kept, dropped", [
    # A gallery story shows one section and hides the others until the reader clicks on: they are the story.
    (page("<article>" + "".join(slide(n, n > 1) for n in range(1, 5)) + "</article>"), "Slide 4:", "Hidden note"),
    # A hidden box beside the story that is not one of a run of sections like a shown one is still left out.
    (page(f"<article>{STORY}<div class='note' style='display:none'><p>Hidden note: {SECTION}</p></div>"
          f"<div class='note' style='display:none'><p>Hidden note: {SECTION}</p></div></article>"),
     "Part 3", "Hidden note"),
])
def test_a_galleries_hidden_sections_are_the_story(html: str, kept: str, dropped: str) -> None:
    body = extract(html).body
    assert kept in body and dropped not in body


@pytest.mark.parametrize("player", [
    # A video player set in the story: its "Watch video" button, the video's length and its title.
    "<div class='col3 right'><div class='imgTeaserL video'><div class='playButtonArea'><span class='playBtnText'>Watch "
    "video</span> <span>02:17</span></div><div class='teaserContentWrap'><h2>Namibians want Germany to remove "
    "monuments</h2></div></div></div>",
    "<div class='media'><span class='play'>Play video</span><p>Namibians want Germany to remove monuments (2:17)</p></div>",
])
def test_a_video_players_box_is_not_the_story(player: str) -> None:
    body = extract(page(f"<article>{STORY}{player}<p>The end: {SECTION}</p></article>")).body
    assert "Part 3" in body and "The end:" in body and "Namibians" not in body and "video" not in body


def test_a_sentence_pointing_to_a_video_stays() -> None:
    body = extract(page(f"<article>{STORY}<p>The trust filmed the work. <a href='/v'>Watch video</a></p></article>")).body
    assert "The trust filmed the work." in body


def test_a_page_builders_row_holding_the_lead_as_a_heading_opens_the_story() -> None:
    # A page builder sets the story in rows of one class; the first holds its lead, set as a heading.
    row = "<div class='tdc-row'><div class='vc_row'><div class='wpb_wrapper'>{}</div></div></div>"
    html = ("<html><body><article><h1>Cottage reopens</h1><div>" + row.format(f"<h2>{LEAD}</h2>") + row.format(STORY)
            + row.format("<p><a href='/x'>Previous article</a></p>") + "</div></article></body></html>")
    body = extract(html).body
    assert body.startswith(LEAD) and "Part 3" in body and "Previous" not in body


def test_a_qa_pages_question_opens_its_answers() -> None:
    # A Q&A page marked up for schema.org: the answers outscore the question, which they answer.
    answer = ("<div itemprop='suggestedAnswer' itemscope itemtype='https://schema.org/Answer'><div class='vote'>3</div>"
              "<div itemprop='text'>{}</div></div>")
    html = ("<html><body><div itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'><h1 "
            "itemprop='name'>Wurde or war?</h1><div id='question'><div class='vote'><a href='/up'>up</a></div><div "
            "itemprop='text'><p>How does one know when to use wurde or war in a sentence like this one?</p></div>"
            "<a href='/tags/passive'>passive</a> <a href='/users/1'>asker</a></div><div id='answers'>"
            + "".join(answer.format(STORY) for _ in range(3)) + "</div></div></body></html>")
    body = extract(html).body
    assert body.startswith("How does one know") and "Part 3" in body


def test_a_line_whose_box_is_named_twice_like_a_post_is_not_the_story() -> None:
    # A rating widget's box named "post-ratings" in its class and its id earns the story's bonus twice for one
    # line, and outscored a story a page builder splits into rows.
    row = "<div class='vc_row'><div class='wpb_text_column'><div class='wpb_wrapper'><p>Part {}: {}</p></div></div></div>"
    html = ("<html><body><div class='row'><div class='col-md-8'><article><div class='entry-content'>"
            + "".join(row.format(n, SECTION) for n in range(3)) + "</div></article></div><div class='col-sm-4' "
            "id='ratings'><div class='post-ratings' id='post-ratings-7'><img src='star.svg'><div "
            "class='post-ratings__text'>Please rate this story, one to five</div></div></div></div></body></html>")
    body = extract(html).body
    assert "Part 0" in body and "Part 2" in body and "Please rate" not in body


def test_a_list_of_links_a_line_introduces_is_the_storys() -> None:
    # Links the writer introduces with a line of their own ("Empfehlungen von Dennis:") are the story's list, where a
    # list of links alone is the page's.
    links = "".join(f"<li><a href='/shop/{n}'>{name}</a></li>" for n, name in enumerate(("Walking boots", "A map")))
    html = page(f"<article>{STORY}<p><strong>The rangers recommend:</strong></p><ul>{links}</ul><p>The path opens "
                "at nine every morning.</p><ul><li><a href='/a'>Buses get new routes</a></li><li><a href='/b'>Ten "
                "walks</a></li></ul></article>")
    body = extract(html).body
    assert "Walking boots" in body and "A map" in body and "Buses get new routes" not in body


@pytest.mark.parametrize("label", ["See also:", "MÁS INFORMACIÓN:", "Lesen Sie auch:"])
def test_a_list_of_links_under_a_label_is_the_pages(label: str) -> None:
    links = "".join(f"<li><a href='/s/{n}'>{title}</a></li>" for n, title in enumerate(("Buses get new routes", "Ten walks")))
    body = extract(page(f"<article>{STORY}<p>{label}</p><ul>{links}</ul></article>")).body
    assert "Part 3" in body and "Buses get new routes" not in body
