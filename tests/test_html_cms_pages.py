"""Pages as major CMSes and their themes write them, each checked for all four fields a reader's folder needs: the
headline, the day, the authors and the publisher. Synthetic, each a few lines of the CMS's own markup; the tags a
page's head would give (JSON-LD, article:published_time) are left out, so that the page's boxes are what is read."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

TEXT = ("<p>The council voted on Tuesday to close the old harbour bridge for repairs that will take most of the year, "
        "and the ferry will run every half hour while it is shut.</p>") * 4
HEADLINE = "Harbour bridge to close for repairs"
HEAD = (f'<html lang="en"><head><title>{HEADLINE} | Coast Times</title>'
        '<meta property="og:site_name" content="Coast Times"></head><body>')
DAY = date(2024, 3, 3)

PAGES = {
    # Drupal 8+: a node's byline field, its authors' reference field, its date field
    "drupal byline field": HEAD + '<article class="node node--type-article node--view-mode-full">'
    f'<h1 class="page-title"><span class="field field--name-title field--type-string">{HEADLINE}</span></h1>'
    '<div class="field field--name-field-byline field--type-string field--label-hidden field__item">By Jane Doe and '
    'John Roe</div><div class="field field--name-field-date field--type-datetime"><time datetime="2024-03-03T10:22:00Z">'
    f'Sun, 03/03/2024 - 10:22</time></div><div class="field field--name-body">{TEXT}</div></article></body></html>',
    "drupal authors field": HEAD + f'<article class="node node--type-article"><h1 class="page-title"><span>{HEADLINE}'
    '</span></h1><div class="field field--name-field-authors field--type-entity-reference field--label-inline">'
    '<div class="field__label">Authors</div><div class="field__items"><div class="field__item"><a href="/people/jane-doe">'
    'Jane Doe</a></div><div class="field__item"><a href="/people/john-roe">John Roe</a></div></div></div>'
    '<div class="field field--name-field-publish-date"><div class="field__label">Published</div>'
    f'<div class="field__item">March 3, 2024</div></div>{TEXT}</article></body></html>',
    # Brightspot: ArticlePage-* boxes, an update beside the publication
    "brightspot": HEAD + f'<div class="ArticlePage-mainContent"><h1 class="ArticlePage-headline">{HEADLINE}</h1>'
    '<div class="ArticlePage-authors"><div class="ArticlePage-authorName"><a class="Link" href="/people/jane-doe">Jane Doe'
    '</a></div><div class="ArticlePage-authorName"><a class="Link" href="/people/john-roe">John Roe</a></div></div>'
    '<div class="ArticlePage-timestamp"><div class="ArticlePage-dateModified">Updated March 5, 2024 at 9:00 AM</div>'
    '<div class="ArticlePage-datePublished">Published March 3, 2024 at 10:22 AM</div></div>'
    f'<div class="ArticlePage-articleBody">{TEXT}</div></div></body></html>',
    # Arc XP: a byline of several authors, "and" before the last; its date line names the update first
    "arc xp": HEAD + f'<article><h1 class="headline">{HEADLINE}</h1><div class="byline b-margin-bottom-d7-m10">'
    '<span class="ts-byline__by">By</span> <span class="ts-byline__names"><a href="/people/jane-doe/">Jane Doe</a>, '
    '<a href="/people/john-roe/">John Roe</a> and <a href="/people/mary-major/">Mary Major</a></span></div>'
    '<div class="display-date">Updated March 5, 2024 at 9:00 a.m. EST|Published March 3, 2024 at 10:22 a.m. EST</div>'
    f'<div class="article-body">{TEXT}</div></article></body></html>',
    # Squarespace 7.1: the author's name and a short day in the blog item's wrapper
    "squarespace": HEAD + '<article class="blog-basic-grid--container entry blog-item"><div class="blog-item-top-wrapper">'
    '<div class="blog-item-author-date-wrapper"><div class="blog-author-name"><a href="/blog?author=5f1">Jane Doe</a>'
    '</div><div class="blog-date"><time class="blog-date" pubdate data-animation-role="date">3/3/24</time></div></div>'
    f'<h1 class="entry-title entry-title--large" data-content-field="title">{HEADLINE}</h1></div>'
    f'<div class="blog-item-content e-content">{TEXT}</div></article></body></html>',
    # Ghost's Casper: an author list of avatars, then their names and the day with the reading time
    "ghost": HEAD + f'<article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">'
    f'{HEADLINE}</h1><div class="article-byline"><section class="article-byline-content"><ul class="author-list">'
    '<li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img src="/j.jpg" alt="Jane Doe"></a></li>'
    '<li class="author-list-item"><a href="/author/john/" class="author-avatar"><img src="/r.jpg" alt="John Roe"></a></li>'
    '</ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a>, '
    '<a href="/author/john/">John Roe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" '
    'datetime="2024-03-03">Mar 3, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read'
    f'</span></div></div></section></div></header><section class="gh-content gh-canvas">{TEXT}</section></article>'
    '</body></html>',
    # Substack: two authors' profile links, the day in a box of no telling class
    "substack": f'<html lang="en"><head><title>{HEADLINE} - by Jane Doe and John Roe</title><meta property="og:site_name" '
    f'content="Coast Times"></head><body><div class="single-post"><div class="post-header"><h1 class="post-title '
    f'published">{HEADLINE}</h1><div class="post-meta"><div class="byline-wrapper"><div class="pencraft pc-display-flex">'
    '<div class="profile-hover-card-target"><a href="https://substack.com/@janedoe">Jane Doe</a></div> and '
    '<div class="profile-hover-card-target"><a href="https://substack.com/@johnroe">John Roe</a></div></div>'
    '<div class="pencraft pc-reset color-pub-secondary-text">Mar 03, 2024</div></div></div></div>'
    f'<div class="available-content"><div class="body markup">{TEXT}</div></div></div></body></html>',
    # WordPress, Newspack's theme: hCards of three authors, the publication's time beside the update's
    "wordpress newspack": HEAD + f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">'
    f'{HEADLINE}</h1><div class="entry-meta"><span class="byline"><span class="author-prefix">By</span> '
    '<span class="author vcard"><a class="url fn n" href="/author/jane/">Jane Doe</a></span><span class="sep">, </span>'
    '<span class="author vcard"><a class="url fn n" href="/author/john/">John Roe</a></span> and <span class="author vcard">'
    '<a class="url fn n" href="/author/mary/">Mary Major</a></span></span><span class="posted-on"><time class="updated" '
    'datetime="2024-03-05T09:00:00-05:00">March 5, 2024</time><time class="entry-date published" '
    'datetime="2024-03-03T10:22:00-05:00">March 3, 2024</time></span></div></header>'
    f'<div class="entry-content">{TEXT}</div></article></body></html>',
    # WordPress, Astra's theme: schema.org microdata in the entry meta, the day in a span
    "wordpress astra": HEAD + '<article class="post ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope>'
    f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{HEADLINE}</h1><div class="entry-meta">'
    '<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="View '
    'all posts by Jane Doe" href="/author/jane/" rel="author" class="url fn n" itemprop="url"><span class="author-name" '
    'itemprop="name">Jane Doe</span></a></span> / <span class="posted-on"><span class="published" '
    'itemprop="datePublished">March 3, 2024</span></span></div></header>'
    f'<div class="entry-content" itemprop="text">{TEXT}</div></article></body></html>',
    # Blogger's classic template, hAtom: the post's title an h2, the blog's name before it in the title tag
    "blogger hatom": f'<html><head><title>Coast Times: {HEADLINE}</title></head><body><div class="hfeed">'
    '<div id="header"><h1 class="title"><a href="https://coasttimes.example/">Coast Times</a></h1></div>'
    f'<div class="hentry"><h2 class="entry-title">{HEADLINE}</h2><div class="entry-content">{TEXT}</div>'
    '<div class="post-footer">Posted by <span class="vcard author"><span class="fn">Jane Doe</span></span> at '
    '<abbr class="published" title="2024-03-03T10:22:00+01:00">10:22</abbr></div></div></div></body></html>',
    # Medium: its test ids
    "medium": f'<html lang="en"><head><title>{HEADLINE} | by Jane Doe | Coast Times</title>'
    '<meta property="og:site_name" content="Coast Times"></head><body><article>'
    f'<h1 data-testid="storyTitle" class="pw-post-title">{HEADLINE}</h1><div><a data-testid="authorName" href="/@janedoe">'
    'Jane Doe</a></div><div><span data-testid="storyPublishDate">Mar 3, 2024</span></div>' + TEXT + "</article></body></html>",
    # Next.js with styled components: hashed class names, the author a link to their page in the post's meta list
    "styled components": HEAD + f'<div class="post__Wrapper-ggl8r7-0 kXjZq"><h1 class="sc-bdVaJa kFnQrX">{HEADLINE}</h1>'
    '<div class="post__ArticlePostMeta-ggl8r7-4 IIFDp"><ul><li class="PostMeta__MetaItem-vpj5l0-1 fSzHty">'
    '<a href="/author/jdoe/">Jane Doe</a></li><li class="PostMeta__MetaItem-vpj5l0-1 fSzHty"><time '
    f'datetime="2024-03-03T10:22:00+01:00">3. März 2024</time></li></ul></div><div class="sc-htpNat">{TEXT}</div></div>'
    '</body></html>',
}
AUTHORS = {"drupal byline field": ("Jane Doe", "John Roe"), "drupal authors field": ("Jane Doe", "John Roe"),
           "brightspot": ("Jane Doe", "John Roe"), "arc xp": ("Jane Doe", "John Roe", "Mary Major"),
           "ghost": ("Jane Doe", "John Roe"), "substack": ("Jane Doe", "John Roe"),
           "wordpress newspack": ("Jane Doe", "John Roe", "Mary Major")}


@pytest.mark.parametrize("cms", PAGES)
def test_a_cms_page_gives_its_headline_day_authors_and_publisher(cms: str) -> None:
    found = extract(PAGES[cms], url="https://coasttimes.example/2024/harbour")
    assert (found.title, found.date, found.authors, found.source) == \
        (HEADLINE, DAY, AUTHORS.get(cms, ("Jane Doe",)), "Coast Times")


def test_an_hatom_entry_title_in_the_title_tag_is_the_headline() -> None:
    """Blogger's classic template: no h1, no og:title, the post's h2 marked entry-title, the title tag "Blog: Post"
    of a blog newssearch cannot tell by its host or a tag."""
    page = PAGES["blogger hatom"].replace("Coast Times", "Marsh Notes")
    assert (extract(page).title, extract(page).title_source) == (HEADLINE, "h2")


# A link to an author's page is the byline only on a page linking to one or two authors' pages: a menu of the site's
# authors names no author of the story.
def test_a_menu_of_author_pages_names_no_author() -> None:
    menu = "".join(f'<li class="MenuItem-x1"><a href="/author/{n.split()[0].lower()}/">{n}</a></li>'
                   for n in ("Jane Doe", "John Roe", "Mary Major"))
    page = PAGES["styled components"].replace('<div class="post__Wrapper', f'<ul class="x9">{menu}</ul><div class="post__Wrapper')
    page = page.replace('<a href="/author/jdoe/">Jane Doe</a>', "")
    assert extract(page, url="https://coasttimes.example/2024/harbour").authors == ()
