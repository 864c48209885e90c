"""Markdown articles: front matter of each kind, each kind of markup as a reader sees it, Hugo, Jekyll and Obsidian
files, plain text under a .md name, broken front matter, CRLF and BOM, and the CLI end to end."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import is_supported, parse_bytes
from newssearch.documents.frontmatter import split_front_matter
from newssearch.documents.mdtext import markdown_text
from newssearch.errors import UnreadableFile


def read(text: str | bytes, rel: str = "a.md"):
    """The article read from a Markdown file, in the form the indexer stores (``parse_bytes``)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_bytes(data, rel, ".md").articles[0]


def body(markdown: str) -> str:
    """The plain text of a Markdown body."""
    return markdown_text(markdown).text


@pytest.mark.parametrize("name", ["story.md", "story.markdown", "STORY.MD", "story.md.gz"])
def test_markdown_files_are_read(name: str) -> None:
    assert is_supported(name)


@pytest.mark.parametrize("front", [
    '---\ntitle: "Storm hits the coast"\ndate: 2024-03-05T10:00:00+13:00\nauthor: Jane Doe\n---\n',
    "+++\ntitle = 'Storm hits the coast'\ndate = 2024-03-05T10:00:00Z\nauthor = 'Jane Doe'\n[params]\nx = 1\n+++\n",
    '{\n  "title": "Storm hits the coast",\n  "date": "2024-03-05",\n  "author": "Jane Doe"\n}\n',
    "% Storm hits the coast\n% Jane Doe\n% 5 March 2024\n",
], ids=["yaml", "toml", "json", "pandoc"])
def test_each_kind_of_front_matter(front: str) -> None:
    article = read(front + "\nThe storm hit Wellington.\n")
    assert (article.title, article.date, article.authors) == ("Storm hits the coast", date(2024, 3, 5), ("Jane Doe",))
    assert article.title_source == "front matter:title" and article.date_source == "front matter:date"
    assert article.body == "The storm hit Wellington."


def test_yaml_front_matter_as_front_matter_writes_it() -> None:
    fields, kind, rest = split_front_matter("""---
# a comment line
title: 'It''s a storm: the coast'   # a comment after it
tags: [weather, "wind, rain"]
categories:
  - news
  - local
authors:
  - name: Jane Doe
    twitter: jdoe
  - John Roe
params:
  author: Nobody
  nested:
    deep: 1
description: >
  A storm hit
  the coast.
summary: |
  Line one
  Line two
draft: true
empty: ~
---
Body
""")
    assert kind == "yaml" and rest == "Body\n"
    assert fields == {
        "title": "It's a storm: the coast", "tags": ["weather", "wind, rain"], "categories": ["news", "local"],
        "authors": [{"name": "Jane Doe", "twitter": "jdoe"}, "John Roe"],
        "params": {"author": "Nobody", "nested": {"deep": "1"}},
        "description": "A storm hit the coast.", "summary": "Line one\nLine two", "draft": "true", "empty": None,
    }


# Jekyll's rule for its two list keys (its docs: "categories" and "tags" may be "a YAML list or a space-separated
# string"): a string of words under either is a word each, "categories: local council" two categories (it had been one,
# "local council"). Not under the singular keys, which Jekyll reads whole, nor in TOML or JSON front matter, Hugo's,
# whose taxonomies read a string as one term, nor under any other key.
@pytest.mark.parametrize(("front", "sections"), [
    ("---\ntitle: Pool\ncategories: local council\n---", ("local", "council")),
    ('---\ntitle: Pool\ncategories: "local council"  # quoted: a string all the same\n---', ("local", "council")),
    ("---\ntitle: Pool\ncategories: [local council, sport]\n---", ("local council", "sport")),  # a list: as written
    ("---\ntitle: Pool\ncategories:\n  - local council\n---", ("local council",)),
    ("---\ntitle: Pool\ncategory: local council\n---", ("local council",)),  # singular: one category
    ('+++\ntitle = "Pool"\ncategories = "local council"\n+++', ("local council",)),  # Hugo's TOML
    ('{"title": "Pool", "categories": "local council"}', ("local council",)),  # Hugo's JSON
])
def test_a_jekyll_string_of_categories_is_a_category_a_word(front: str, sections: tuple[str, ...]) -> None:
    assert read(f"{front}\n\nThe council closed the pool.\n").sections == sections


def test_jekyll_tags_are_a_tag_a_word_other_keys_a_string_each() -> None:
    fields, _kind, _rest = split_front_matter("---\ntags: pools  winter\ntitle: local council\nsection: Local News\n"
                                              "category: local council\n---\nBody\n")
    assert fields == {"tags": ["pools", "winter"], "title": "local council", "section": "Local News",
                      "category": "local council"}
    toml, _kind, _rest = split_front_matter('+++\ntags = "pools winter"\n+++\nBody\n')
    assert toml == {"tags": "pools winter"}


@pytest.mark.parametrize(("front", "field", "expected"), [
    ("authors: [Jane Doe, John Roe]", "authors", ("Jane Doe", "John Roe")),
    ("authors:\n  - name: Jane Doe\n  - name: John Roe", "authors", ("Jane Doe", "John Roe")),
    ("byline: By Jane Doe and John Roe", "authors", ("Jane Doe", "John Roe")),
    ("author: Reuters", "source", "Reuters"),                      # a wire is the publisher, not an author
    ("publisher: nzherald.co.nz", "source", "NZ Herald"),
    ("url: https://example.com/news/storm", "url", "https://example.com/news/storm"),
    ("permalink: /news/storm/", "url", None),                      # a site's path, no address
    ("canonical: https://example.com/storm", "url", "https://example.com/storm"),
    # a post copied from elsewhere: its canonical address the original's, over its own url (the url had been kept)
    ("url: https://blog.example/storm\ncanonical: https://example.com/storm", "url", "https://example.com/storm"),
    ("language: pt-BR", "lang", "pt"),
    ("publishDate: 2024-03-05\ndate: 2024-01-01", "date", date(2024, 3, 5)),
    ("lastmod: 2024-03-09", "date", None),                         # the last modification is no publication
    ("pubDate: Tue, 05 Mar 2024 10:00:00 GMT", "date", date(2024, 3, 5)),
])
def test_front_matter_fields_named_as_a_json_export_names_them(front: str, field: str, expected: object) -> None:
    assert getattr(read(f"---\ntitle: Storm\n{front}\n---\n\nThe storm hit.\n"), field) == expected


def test_a_description_opens_the_text_and_stands_in_for_a_missing_one() -> None:
    """The index has no description field: "power", only in the description, had been unfindable."""
    assert read("---\ntitle: Storm\ndescription: Thousands lost power.\n---\n\nThe storm hit.\n").body == \
        "Thousands lost power.\n\nThe storm hit."
    assert read("---\ntitle: Storm\ndescription: A teaser.\n---\n").body == "A teaser."
    with pytest.raises(UnreadableFile, match="no text after the front matter"):
        read("---\ntitle: Storm\ndraft: true\n---\n")


def test_a_description_the_text_holds_is_read_once_and_the_heading_and_byline_are_still_read() -> None:
    # Hugo's summary is often the first paragraph; an Obsidian clip's description the page's, cut short.
    text = "# Storm hits coast\n\nBy Jane Doe\n\nThe storm hit the coast on Monday. Roads closed.\n"
    assert read(f"---\nsummary: The storm hit the coast on Monday.\n---\n{text}").body == \
        "The storm hit the coast on Monday. Roads closed."
    article = read(f"---\ndescription: \"Thousands lost power.\"\n---\n{text}")
    assert (article.title, article.authors) == ("Storm hits coast", ("Jane Doe",))
    assert article.body == "Thousands lost power.\n\nThe storm hit the coast on Monday. Roads closed."


@pytest.mark.parametrize(("markdown", "expected"), [
    ("# Storm hits\n\nText.", "Storm hits\n\nText."),
    ("## Results ##\nText.", "Results\n\nText."),
    ("## Results {#results}\n\nText.", "Results\n\nText."),                    # a heading's id (Hugo, pandoc)
    ("Storm hits\n==========\n\nText.", "Storm hits\n\nText."),               # setext headings
    ("Storm hits\n----------\nText.", "Storm hits\n\nText."),
    ("A **bold**, *em*, __strong__, _em_ and ~~gone~~ word.", "A bold, em, strong, em and gone word."),
    ("un*frigging*believable and ***both***", "unfriggingbelievable and both"),
    ("snake_case_name and 2 * 3 * 4 and a_b", "snake_case_name and 2 * 3 * 4 and a_b"),  # no markup
    ("See [the report](https://x.example/a_(b) \"Title\") now.", "See the report now."),
    ("See [the report][r] and [NIWA][].\n\n[r]: https://x.example\n[niwa]: <https://niwa.example> 'NIWA'",
     "See the report and NIWA."),
    ("See [NIWA] and [sic].\n\n[NIWA]: https://niwa.example", "See NIWA and [sic]."),  # [sic] names no link
    ("Mail <news@example.com> or see <https://example.com/a_b_c>.", "Mail news@example.com or see https://example.com/a_b_c."),
    ("A photo ![the coast](coast.jpg \"Coast\") here.\n![alone](x.png)\nText.", "A photo here.\nText."),
    ("[![badge](b.svg)](https://x.example) Text.", "Text."),
    ("Run `rm -rf *tmp*` or ``a `b` c``.", "Run rm -rf *tmp* or a `b` c."),
    ("```python\nx = 2 * y  # *kept*\n\nz = 1\n```\nAfter.", "x = 2 * y  # *kept*\n\nz = 1\n\nAfter."),
    ("~~~\n<b>raw</b>\n~~~", "<b>raw</b>"),
    ("> Quoted **line**\n> > nested\n>\n> more", "Quoted line\nnested\n\nmore"),
    ("- one\n* two\n+ three\n1. four\n2) five\n- [x] done",                  # an item a block
     "one\n\ntwo\n\nthree\n\nfour\n\nfive\n\ndone"),
    ("1984. The year of the strike.", "1984. The year of the strike."),  # a year, not an item number
    ("| Party | Votes |\n|:------|------:|\n| Labour | 26.9% |\n| *Green* | 11 \\| 12 |",
     "Party | Votes\nLabour | 26.9%\nGreen | 11 | 12"),
    ("Above.\n\n***\n\nBelow.\n\n- - -\n\nEnd.", "Above.\n\nBelow.\n\nEnd."),
    ("Inline <span class=\"x\">HTML</span> and a<br>break.", "Inline HTML and a\nbreak."),
    ("<div class=\"note\">\n<p>A <b>raw</b> block</p>\n</div>\n\nAfter.", "A raw block\n\nAfter."),
    ("<script>\nvar a = 1;\n\nvar b = 2;\n</script>\nText.", "Text."),
    ("AT&amp;T &mdash; caf&#233; \\*not em\\*", "AT&T — café *not em*"),
    ("Text.\n\n<!-- more -->\n\nMore <!-- hidden --> text.", "Text.\n\nMore text."),
    ("{{< tweet user=\"x\" id=\"123\" >}}\nText {{% notice %}}kept{{% /notice %}}.", "Text kept."),
    ("{% include figure.html src=\"x\" %}\nText {{ site.title }}.", "Text."),
    ("{% comment %}\nhidden\n{% endcomment %}\nText.", "Text."),
    ("A claim.[^1]\n\n[^1]: The source.", "A claim.\n\nThe source."),
    ("Line one\\\nline two", "Line one\nline two"),                          # a hard break
])
def test_markup_is_read_as_a_reader_sees_it(markdown: str, expected: str) -> None:
    assert body(markdown) == expected


def test_obsidian_note() -> None:
    note = ("---\ntags: [storm]\ncreated: 2024-03-05\n---\n"
            "# Storm notes\n\nTalked to [[Jane Doe|Jane]] about [[Wellington#Coast]]. ==Important== #weather\n\n"
            "> [!note] Follow up\n> Call the council.\n\n%% private %%\n![[map.png]]\n- [ ] ring MetService\n")
    article = read(note)
    assert (article.title, article.title_source) == ("Storm notes", "heading")
    assert article.body == ("Talked to Jane about Wellington. Important #weather\n\nFollow up\nCall the council.\n\n"
                            "ring MetService")


def test_hugo_post() -> None:
    post = """+++
title = "Council votes on sea wall"
date = 2024-03-05T09:30:00+13:00
lastmod = 2024-03-08T10:00:00+13:00
authors = ["Jane Doe"]
tags = ["council", "coast"]
draft = false
[params]
  source = "Somewhere"
+++

The council voted 9-4 on Tuesday to build the wall.

{{< figure src="/img/wall.jpg" caption="The wall" >}}

## What happens next

Work starts in *May*. Read the [report]({{< ref "report.md" >}}).
"""
    article = read(post, "content/posts/sea-wall.md")
    assert (article.title, article.date, article.authors) == ("Council votes on sea wall", date(2024, 3, 5),
                                                              ("Jane Doe",))
    assert article.body == ("The council voted 9-4 on Tuesday to build the wall.\n\nWhat happens next\n\n"
                            "Work starts in May. Read the report.")


def test_jekyll_post_is_dated_by_its_file_name_when_its_front_matter_is_not() -> None:
    post = "---\nlayout: post\ntitle: Storm hits the coast\ncategories: news\n---\nThe storm hit.\n"
    article = read(post, "_posts/2024-03-05-storm.md")
    assert (article.date, article.date_source) == (date(2024, 3, 5), "file name")
    dated = read(post.replace("layout: post", "date: 2024-03-04 18:00:00 +1300"), "_posts/2024-03-05-storm.md")
    assert (dated.date, dated.date_source) == (date(2024, 3, 4), "front matter:date")


@pytest.mark.parametrize(("rel", "expected"), [
    ("2024-03-05.md", date(2024, 3, 5)),                        # a daily note
    ("content/2024-03-05-storm/index.md", date(2024, 3, 5)),    # a page bundle: its folder's name
    ("2024-02-30-storm.md", None),                               # no such day
    ("20240305-storm.md", None),
    ("storm-2024-03-05.md", None),
])
def test_a_file_named_by_its_date(rel: str, expected: date | None) -> None:
    assert read("The storm hit the coast today.", rel).date == expected


def test_the_first_heading_is_the_title_and_not_repeated() -> None:
    article = read("# Storm hits the coast?\n\nBy Jane Doe\n\nThe storm hit.\n")
    assert (article.title, article.title_source, article.authors) == ("Storm hits the coast?", "heading",
                                                                      ("Jane Doe",))
    assert article.body == "The storm hit."
    same = read("---\ntitle: Storm hits the coast\n---\n# Storm hits the coast\n\nThe storm hit.\n")
    assert same.body == "The storm hit."  # the heading says the title again
    other = read("---\ntitle: Storm hits the coast\n---\n## What we know\n\nThe storm hit.\n")
    assert other.body == "What we know\n\nThe storm hit."


@pytest.mark.parametrize("text", [
    "Ink helps drive democracy in Asia\n\nThe Kyrgyz Republic is using ink.\n",
    " date 2020-06-19 Police have confirmed an officer has died.\n\nMr Coster said more.\n",
    "Title: Storm hits\nDate: 5 March 2024\nAuthor: Jane Doe\n\nThe storm hit.\n\n\nIt rained.  Twice.\n",
    "By Rachel Thomas\n12 March 2024\n\nWELLINGTON (Reuters) - The storm hit.\n    Indented line.\n",
    "A police officer was hurt. He is stable.\nWitnesses saw it.\n",
])
def test_a_file_of_plain_text_reads_as_the_same_text_file(text: str) -> None:
    assert read(text, "a.md") == parse_bytes(text.encode(), "a.md", ".txt").articles[0]


def test_a_text_header_under_markdown_is_read() -> None:
    article = read("**Title:** Storm hits\n**Date:** 5 March 2024\n\nThe storm hit.\n")
    assert (article.title, article.date) == ("Storm hits", date(2024, 3, 5))


@pytest.mark.parametrize("text", [
    "---\ntitle: Storm hits\ndate: 2024-03-05\n\nThe storm hit the coast.\n",   # never closed
    "---\nThis is not YAML at all.\n---\n\nThe storm hit the coast.\n",        # a rule, then text
])
def test_broken_front_matter_is_read_as_text_not_lost(text: str) -> None:
    article = read(text)
    assert "The storm hit the coast." in article.body
    assert article.title in ("Storm hits", "This is not YAML at all.")  # a setext heading
    assert "---" not in article.body


def test_crlf_and_a_byte_order_mark() -> None:
    text = "---\r\ntitle: Storm hits\r\ndate: 2024-03-05\r\n---\r\n\r\n# Storm hits\r\n\r\nThe **storm** hit.\r\n"
    article = read(b"\xef\xbb\xbf" + text.encode())
    assert (article.title, article.date, article.body) == ("Storm hits", date(2024, 3, 5), "The storm hit.")
    assert read(text.encode("utf-16")).body == "The storm hit."


@pytest.mark.parametrize(("rel", "text", "reason"), [
    ("README.md", "# My site\n\nHow to build it.\n", "a README file, not an article"),
    ("a.md", "---\ntitle: Empty\n---\n\n<!-- nothing -->\n", "no text after the front matter"),
])
def test_files_that_are_no_articles_say_why(rel: str, text: str, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=reason):
        parse_bytes(text.encode(), rel, ".md")


def test_index_and_query_a_markdown_article(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    (corpus / "_posts").mkdir(parents=True)
    (corpus / "_posts" / "2024-03-05-storm.md").write_text(
        "---\ntitle: Storm batters the coast\nauthor: Jane Doe\n---\n\nA **storm** battered Wellington on "
        "[Tuesday](https://x.example).\n", encoding="utf-8")
    runner = CliRunner()
    indexed = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir)], env={})
    assert indexed.exit_code == 0 and "1 added" in indexed.stdout
    result = runner.invoke(cli, ["query", "battered", "--index-dir", str(index_dir)], env={})
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:5] == [
        "  1. Storm batters the coast  2024-03-05",
        result.stdout.splitlines()[3],
        "     A storm battered Wellington on Tuesday.",
    ]
    assert result.stdout.splitlines()[3].startswith("     _posts/2024-03-05-storm.md · Jane Doe · score ")
    hit = json.loads(runner.invoke(cli, ["query", "author:doe", "--index-dir", str(index_dir), "--json"],
                                   env={}).stdout)["hits"][0]
    assert (hit["id"], hit["title"], hit["date"], hit["date_source"], hit["authors"]) == \
        ("_posts/2024-03-05-storm.md", "Storm batters the coast", "2024-03-05", "file name", ["Jane Doe"])


@pytest.mark.parametrize("value", ["9" * 5000, "[" * 100_000 + "]" * 100_000])
def test_json_front_matter_python_cannot_decode_is_no_front_matter(value: str) -> None:
    # json raised ValueError (a number past Python's 4,300 digits) out of the reader: the file skipped as "reader
    # failed" (fuzz seed 134). The file is read as Markdown text, the object its first line.
    data = f'{{"id": {value}}}\n\n# Oil prices rise\n\nOil prices rose on Tuesday.\n'.encode()
    [article] = parse_bytes(data, "wire.md", ".md").articles
    assert article.body.endswith("Oil prices rise\n\nOil prices rose on Tuesday.")


OBSIDIAN_CLIP = ('---\ntitle: "Harbour bridge to reopen"\nsource: "https://www.nzherald.co.nz/nz/bridge/ABC123/"\n'
                 'author:\n  - "[[Jane Doe]]"\n  - "[[Sam Lee|Samuel Lee]]"\npublished: 2024-03-12\n'
                 'created: 2024-03-14\ndescription: "The bridge reopens."\ntags:\n  - "clippings"\n---\n'
                 'The bridge will reopen to traffic on Tuesday after repairs, officials said.\n')


def test_obsidian_web_clippers_note_gives_its_authors_without_wiki_link_brackets() -> None:
    """The Web Clipper's template writes each author as a wiki link: "[[Jane Doe]]" had been the author's name,
    brackets and all (a facet value and an ``author:`` search that no name typed finds)."""
    article = read(OBSIDIAN_CLIP)
    assert article.authors == ("Jane Doe", "Samuel Lee")
    assert (article.date, article.date_source) == (date(2024, 3, 12), "front matter:published")
    assert (article.url, article.source) == ("https://www.nzherald.co.nz/nz/bridge/ABC123/", "NZ Herald")
    assert read(OBSIDIAN_CLIP.replace('author:\n  - "[[Jane Doe]]"\n  - "[[Sam Lee|Samuel Lee]]"',
                                      'author: "[[Jane Doe]]"')).authors == ("Jane Doe",)


def test_obsidian_web_clippers_created_is_the_day_it_was_clipped_not_published() -> None:
    assert read(OBSIDIAN_CLIP.replace("published: 2024-03-12\n", "")).date is None


def test_an_unquoted_wiki_link_in_front_matter_is_the_name_it_links() -> None:
    """YAML reads "author: [[Jane Doe]]" as a list in a list: the author had been "[Jane Doe]"."""
    assert read(OBSIDIAN_CLIP.replace('author:\n  - "[[Jane Doe]]"\n  - "[[Sam Lee|Samuel Lee]]"',
                                      "author: [[Jane Doe]]")).authors == ("Jane Doe",)
    assert split_front_matter("---\ntags: [a, b]\n---\nText.\n")[0] == {"tags": ["a", "b"]}


# A column's name the writer marked a heading is a heading, not a byline's line to take out ("By Popular Demand" in
# a text's byline place is: test_text_reader); under its own heading, the story's subheading stays too.
def test_a_heading_that_reads_as_a_column_s_name_stays_the_title() -> None:
    text = "# By the Numbers\n\n## Rolls sold\n\nThe bakery sold rolls. It sold out.\n"
    (article,) = parse_bytes(text.encode(), "a.md", ".md").articles
    assert (article.title, article.body) == ("By the Numbers", "Rolls sold\n\nThe bakery sold rolls. It sold out.")


# A heading under front matter that names the same title is the title said again, however its quotes and closing
# stop are typed: "Council’s" (a typographer's apostrophe) or no closing stop had kept it in the text, a second title.
# A heading of other words is the text's, and a draft (``draft: true``) is read as any post: the field is no text.
@pytest.mark.parametrize(("title", "heading", "text"), [
    ("Council's new harbour bridge", "# Council’s new harbour bridge", "The council voted."),
    ("Council approves harbour bridge.", "# Council approves harbour bridge", "The council voted."),
    ("“Council approves harbour bridge”", "# Council approves harbour bridge!", "The council voted."),
    ("Council approves harbour bridge", "<h1>Council approves harbour bridge</h1>", "The council voted."),
    ("Council approves harbour bridge", "# A decade of debate ends", "A decade of debate ends\n\nThe council voted."),
    ("Council approves harbour bridge", "# Council approves harbour bridges", "Council approves harbour bridges\n\n"
                                                                             "The council voted."),
])
def test_a_heading_repeating_the_front_matter_title_is_dropped(title: str, heading: str, text: str) -> None:
    article = read(f"---\nlayout: post\ntitle: \"{title}\"\ndraft: true\npermalink: /news/bridge/\ntags: [local]\n---\n\n"
                   f"{heading}\n\nThe council voted.\n")
    assert (article.title, article.body) == (title, text)


def test_a_raw_html_heading_is_a_heading() -> None:
    rendered = markdown_text("<h2 id='vote'>The vote</h2>\n\nThe council voted.\n")
    assert (rendered.text, rendered.headings) == ("The vote\n\nThe council voted.", frozenset({"The vote"}))


# An editor that saved a blank line over the front matter: its lines had been read as the text, under a title of
# "Storm hits draft: true layout: post" (the "---" under the title read as a heading's rule).
@pytest.mark.parametrize("opening", ["\n", "\n\n", " \n"])
def test_front_matter_under_blank_lines_is_read(opening: str) -> None:
    article = read(f"{opening}---\ntitle: Storm hits\ndraft: true\nlayout: post\n---\n\nThe storm hit.\n")
    assert (article.title, article.body) == ("Storm hits", "The storm hit.")


# Front matter's tags and keywords are no sections, as no other reader's are (a record's "tags" or "keywords", a
# page's article:tag and keywords metas, a WordPress export's post_tag, a text's "Tags:" line): a section is the
# newsroom's desk (the section facet, section:), where tags run to a dozen a post, one-off names and the clipper's own
# ("clippings" on every Obsidian clip). Its categories are its sections, each once. Tags had been sections after them.
@pytest.mark.parametrize(("front", "sections"), [
    ("---\ntitle: Pool\ntags:\n  - council\n  - budget\n---", ()),
    ("---\ntitle: Pool\ntags: [council, budget]\n---", ()),
    ("---\ntitle: Pool\ntags: local council, budget\n---", ()),
    ("---\ntitle: Pool\nkeywords: local council, budget\n---", ()),
    ("---\ntitle: Pool\ncategories: [news]\ntags: [council, News]\n---", ("news",)),
    ("---\ntitle: Pool\ncategories: [Local, local]\nkeywords: council\n---", ("Local",)),  # each once
    ("---\ntitle: Pool\ncategories: local news, sport\n---", ("local news", "sport")),
    ("---\ntitle: Pool\ncategory: Local News\ntags: pools winter\n---", ("Local News",)),
    ('+++\ntitle = "Pool"\ncategories = ["Local"]\ntags = ["council", "coast"]\nkeywords = "local council, budget"\n+++',
     ("Local",)),
    ('{"title": "Pool", "tags": ["council"]}', ()),
])
def test_front_matter_categories_are_sections_and_its_tags_and_keywords_none(front: str,
                                                                             sections: tuple[str, ...]) -> None:
    assert read(f"{front}\n\nThe council closed the pool.\n").sections == sections


def test_an_obsidian_clips_tag_is_no_section() -> None:
    assert read(OBSIDIAN_CLIP).sections == ()


NOTION_STORY = "The council approved its budget on Monday after a long debate over rates."


# Notion's Markdown export writes a page's properties as lines under its H1 ("Created: June 3, 2024 9:12 AM"): they
# are its metadata, its author and its category (its section), not its text. They had been the text's first lines.
def test_notion_property_lines_under_the_heading_are_metadata() -> None:
    note = ("# Council budget approved\n\nCreated: June 3, 2024 9:12 AM\nStatus: Draft\nTags: council, budget\n"
            f"Category: Local News\nAuthor: Jane Doe\n\n{NOTION_STORY}\n")
    article = read(note, "Council budget approved 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md")
    assert (article.title, article.body) == ("Council budget approved", NOTION_STORY)
    assert (article.authors, article.sections) == (("Jane Doe",), ("Local News",))  # its tags no sections


# A page's Created is the day the page was made in Notion: a clipping database's clip day, a newsroom's draft's
# first day, never its publication's (as an Obsidian clip's "created" is none). A page with no Published or Date
# property is dated by its text alone. Created had dated it.
def test_a_notion_pages_created_property_is_no_publication_date() -> None:
    note = f"# Budget\n\nCreated: June 3, 2024 9:12 AM\nTags: council\n\n{NOTION_STORY}\n"
    assert read(note).date is None
    dated = read(note.replace(NOTION_STORY, f"30 May 2024\n\n{NOTION_STORY}"))
    assert (dated.date, dated.body) == (date(2024, 5, 30), NOTION_STORY)
    assert read(note.replace("Created:", "Date:")).date == date(2024, 6, 3)


def test_a_notion_pages_published_date_outranks_its_creation() -> None:
    note = f"# Budget\n\nCreated: June 3, 2024 9:12 AM\nPublished: May 30, 2024\nURL: https://example.com/a\n\n{NOTION_STORY}\n"
    article = read(note)
    assert (article.date, article.url, article.body) == (date(2024, 5, 30), "https://example.com/a", NOTION_STORY)


# Only that shape: a run of two or more "Key: value" lines straight under the H1, one naming a property Notion's
# pages hold. A story's lines so written elsewhere, or one such line, stay its text.
@pytest.mark.parametrize("markdown", [
    f"# Budget\n\nNote: figures are provisional.\n\n{NOTION_STORY}\n",                    # one line
    f"# Budget\n\n{NOTION_STORY}\n\nCreated: June 3, 2024\nTags: council, budget\n",      # not under the heading
    f"# Budget\n\nVotes for: 7\nVotes against: 4\n\n{NOTION_STORY}\n",                   # no property of a page's
    f"Intro\n\nCreated: June 3, 2024\nTags: council, budget\n\n{NOTION_STORY}\n",         # no heading over them
])
def test_key_value_lines_outside_notions_shape_stay_text(markdown: str) -> None:
    article = read(markdown)
    assert article.date is None and article.sections == ()
    assert all(line in article.body for line in markdown.splitlines() if ": " in line)
