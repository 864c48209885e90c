"""The index folder on disk: its manifest naming the live Whoosh index, and the index FORMAT.

Layout of ``index/``: ``newssearch.json`` (the manifest: corpus root, live index folder,
Whoosh generation, and a fingerprint per corpus file) and ``ix-*/`` (Whoosh indexes). The manifest
is replaced atomically after each commit, so a crash at any moment leaves the last commit live; a
rebuild writes a new ``ix-*`` folder and switches to it only when it is complete.
The writer lock is writerlock.py's, the ``ix-*`` folders indexfolders.py's, opening them liveindex.py's.

The manifest is two lines: a small head (the facts a search needs, the file count, and the byte
length of the second line) and the file table, which only the indexer reads. Searching a large
corpus thus never parses the table, yet a truncated file still shows as damaged.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .collector import collector_off
from .durability import fsync_path
from .errors import (
    IndexCorrupt,
    IndexOutdated,
    NewsSearchError,
    Worded,
)
from .indexhints import outdated_fix, rebuild_hint

MANIFEST = "newssearch.json"
FORMAT = 54  # 3: acronyms kept as terms; 4: copy keys per run of sentences; 5: exact forms share their position, CJK and Thai runs in pairs, marks inside words; 6: stopwords inside hyphenated words kept, soft hyphens dropped; 7: words keep their places; 8: every word indexed, stopwords too (acronyms like stopwords end in a dot); 9: the word after an elided article (l'État) indexed too, umlauts written out (müller: mueller), a field of only stopwords counts one word (Whoosh reads 0 as no length); 10: C++, C# and F# are words; 11: feeds: HTML entities, Windows-1252, Media RSS left out, relative links, headlines up to 300 characters; 12: HTML authors without comments, widgets, reference lists or screen-reader labels, WebPage subtypes; 13: JSON: Elasticsearch, NYT and Guardian exports, pages of records, Unix time as text, "Smith, John" one author; 14: the words inside dotted words (amazon in Amazon.com), numeric character references in text files; 15: .mhtml, .shtml, .php pages, "saved from url"; 16: feeds credited to the publisher (not "World news | The Guardian"), podcast files as URLs, WordPress footers left out; 17: hyphenated words written solid too (email for e-mail); legacy code pages of other scripts detected, text files that are pages read as pages, framesets and redirects skipped, 10/05/2022 read day first in a day-first locale (or when month first is after the update), /2019/nov/18/ URL dates, dates in article-meta boxes, HTML titles without the site name or kicker, authors without honorifics or other stories' bylines, JSON-LD entities decoded; 18: possessive acronyms (the UN's) are the acronym; pages and feeds declared ISO-8859-1 read as Windows-1252; UTF-32 text; XHTML saved as .txt; JSON Feed bodies, MongoDB canonical dates, NYT print headlines, timestamp keys; 19: newssearch's own JSON result lists are not articles; acronym plurals (MPs, NGOs) are the acronym; 20: a JSON, JSONL or CSV export's ambiguous slashed dates read in the order its other dates show; 21: texts in NFC, languages as lower-case primary subtags, authors in scripts without capitals, text headers in six more languages, dates in Russian, Greek, CJK and Korean, HTML date-only lines in any language dropped; 22: one name per publisher in every format, publishers out of text and export bylines, one letter case per author, bylines in the story's language (Von, Par, Por, Door), copy keys over nine sentences with abbreviations ending none; 23: CSV rows end only at line ends, a headline's day or a wire tag before its dash kept in the title, streams of JSON values (jq), roles after a name without a comma dropped, d-mmm-yy dates; 24: ids escape # and invisible characters, record keys escaped, U.S.'s one word, O' surnames and Turkish names before a suffix indexed, Hebrew gershayim inside words, ß written out as ss, furigana left out, non-ASCII datelines, bylines in the story's language in headers and exports, CJK site names cut from titles; 25: news-database text exports (LexisNexis, Nexis Uni, Factiva, ProQuest) one article per story, rule lines never titles, text headers keep export fields, a headline straight over its byline or date line, a weekday after a date line, short stories in their header keys' language, notes above the headline, press-release datelines and end marks, e-mail headers, browser copies' page lines left out; feeds cut short keep their items, UTF-16/32 feeds, headline-only items, NITF lists/tables/byttl/hedline, HTML escaped twice, Atom updated dates, DOCTYPE entities; exports cut short, joined or damaged read story by story; a lede title read on past a wrapped line; 26: a host name's public suffix (co.nz, com) is no word of its own; % after a number, "per cent" within a paragraph and "pct"/"pc" a space after a number are the word percent; a www host's site named as a registry label (www.nhs.uk) is its word; HTML dates: publication meta tags before JSON-LD, year-last address dates (/29-10-2021), a date line before a bar under the headline, date boxes of several elements spaced, Blogger's posts widget read; Word documents: hidden text and unfilled placeholders left out, Word Online's document2.xml read, declared entities expanded and the text after an external one kept, RTF double-byte trail bytes escaped, ODT ruby and picture data left out; Arabic and Persian letter forms (ي ی, ك ک) and digits one, tatweel left out; apostrophe look-alikes between letters (O´Brien) the apostrophe; a time's minutes before am/pm indexed too (30 in 9:30am, 10.45 in 10.45pm); Ph.D. and B.Sc. the acronyms phd and bsc (their dotted forms too), dotted initials of 4+ letters stemmed (A.I.D.S.: aid); an article in German, French, Spanish, Russian and ten more languages stemmed by its own language's Snowball rules, a text's, record's or feed item's language told by its function words when it names none; 27: minutes 10 to 12 after a colon before am/pm indexed too (10 in 9:10am), digit groups spaced with a no-break, narrow no-break or thin space indexed group by group and joined, at the first and last group's places (10\u00a0000: 10, 000 and 10000), a wire's pct after no number (five pct) percent too; bylines read in the language a text or export names even where no function words are listed (Danish "Af … og …", Norwegian, Catalan "i"); Danish and Norwegian told by their function words (they had been Swedish) and stemmed by their own Snowball rules; Bokmål and Nynorsk (nb, nn) stored as Norwegian (no); a tie between two languages' function words tells none; text date lines with a short weekday (Sat 1 Jun 2024 10.00 BST) and date lines under a short line of its own under the headline (a byline without By, a programme's name) read in .txt, PDF, Word and Markdown; a wire's pct in any case percent (an acronym PCT among lower-case words stays); PDF files read (new), dotted initials of 4+ letters the acronym unstemmed (A.I.D.S.: aids); HTML titles: an og:title cut at an unescaped quote gives way to the whole title, roof lines, subtitles and labels before a slash or in their own element left out of the h1's title, soft hyphens no bar to matching; Māori bylines (Nā, rāua ko), and Swedish, Norwegian and Danish ones (Av, Af; och, og), in a text's byline line and an export's author as in a page: one list of byline words for every format; HTML bylines: a date before "by" dropped, "Von:"/"Par:"/"Por:"/"Door:" as "By:", a lone "By" box opening the next, "im Gespräch mit"/"in conversation with" two authors, a personal site's JSON-LD Person its author, single spaces in author names; a file or record with no visible text (only invisible characters, or a UTF-16/32 mark before bytes that are not) is skipped with that reason, not an empty article; a Word, ODT or RTF line break between two Chinese or Japanese characters no space; 28: an archive's files whose ids come out the same get one each (%23.txt, %2523.txt), zip names in CP850 when that reads as more Latin letters, a site's robots.txt (humans.txt, ads.txt, security.txt) not an article; no surrogate in any article (a JSON half pair U+FFFD, escaped bytes decoded); a .txt e-mail subject without a press-office mark (MEDIA RELEASE:); 29: a text's language told by a script only one language writes (Japanese and Korean by kana or Hangul, Chinese by Han alone, Thai, Hebrew, Greek…) and by Māori, Turkish and Persian function words; an article stemmed by every Snowball language its metadata names, each stem kept folded too (a query word is stemmed as typed: новой, kararı); month names of 14 more languages between a day and a year, Thai Buddhist years, Vietnamese tháng, Catalan d', Al Jazeera's two month names, a CJK time after a text's date line; Italian, Russian and Hebrew byline words, names without capitals in a text's byline; an mbox's last message the file ends inside and a cut multipart .eml not read; a zip or tar attached to an e-mail read; a WARC capture's #fragment no part of its address, a www. copy of the same text left out; a manifest file entry names the files of unsupported types inside an archive; "VS:" neither a reply nor a forward; 30: a multipart .eml without its closing MIME boundary read but for a last part that shows it is cut (one whose text is cut not read); HTML in UTF-16 without a byte order mark, feeds labelled ISO-8859-1 over UTF-8, texts past libxml2's 10,000,000 characters (HTML, feeds, Word), .rdf feeds, JSON objects keying records by id; HTML: the JSON-LD article naming the page's own address first, Published/Updated pairs dated by the publication, Drupal RDFa dates, labelled slashed dates, dotted times in date lines, "Written by"/"Posted by" and two-name "By … and …" boxes, bullets in bylines, CJK reporter titles, site names from home links and logos, a home-page canonical passed over, a title tag's " | Site" cut from an og:title equal to it, reading times, separators and source credit lines out of the text, the page's language told by its words or script, Firefox Reader View and Google cache copies read as their originals; HTML nested past libxml2's 255 levels read whole (the tags past a depth left out); ISO 639-2 language codes (deu, ger, fre) as their two-letter codes; .bz2 and .xz files read; feed items a recovering parse nested each parsed alone; odd files read or skipped with their reason (web addresses with a stray bracket, control characters in HTML, charset labels that are no charsets, zip entries of damaged versions or empty names, PDFs pypdf does not support, JSON numbers past a float); HTML tags left open in a feed's raw HTML closed; an e-mail that is one file part reads the file; an article naming no publisher has its address's; 31: a function word's term its own, written with a mark (downing is not down, quit not quite); Arabic articles (ال, وال, بال…) off a word before its stem; a text's date line with its place first (Berlin, 5. Mai 2024) dates it; short stories keyed by their first two sentences too, for copies with a word corrected; a placeholder, a description or a host's trailing slash no site name; bylines without the place after the outlet, a label with no name, a publisher's desk (Reuters Staff), a picture's credit or a date. 32: HTML bodies: the story's container climbs out of the boxes that wrap only it, writers' boxes and Person cards, teaser boxes opening with "Keep Reading", next-story boxes and "Bild:"/"Foto:"/"Photo :" credit lines left out, a grid's sidebar-layout row kept, a dateline span its paragraph's first words, a heading left open around the story its standfirst; HTML dates in Unix time (JSON-LD, meta tags); a manifest file entry keeps its change time (ctime), so that an edit keeping size and mtime is read. 33: an article's length counts each word once, not once per form it is indexed under (café and cafe); an id column (the id field sortable) for telling tied copies apart; JSON and CSV records of a headline and its address indexed as their headline; a name with white space after its ending read by that ending; HTML bodies: the page's own lines in German, French, Spanish, Portuguese, Italian, Polish and Dutch (pointers to other stories, ad labels, picture credits, wire sign-offs, paywall, consent and membership notices, reference lists) and English paywall and affiliate lines left out, a box named as boilerplate holding most of the page's text kept as the story's wrapper, a subheading anchor kept; HTML authors: Yoast's Twitter-card credit, "Autorin:" and lower-case "von" boxes, ul.author lists, NITF byline elements; a host run together, an Organization, a German office or a company no author; a date and dash opening the body dates the page. 34: each scored field's exact length in a column (BM25's average length exact after updates and merges); a title's words in the body's spelling list (Did you mean offers headline-only words); datasets' shapes: CNN/Daily Mail .story, XSum .summary, RIS and BibTeX references, Common Crawl WET, NewsML-G2, NewsML 1.x, RCV1 and ninjs wire items, MIND and AG News tables without a header, Media Cloud and Pocket/Instapaper link lists as headlines, HuffPost's and Instapaper's teasers, Event Registry's, Webhose's, CSL-JSON's and Wallabag's fields, NewsAPI's teaser before its cut content, HuffPost and MSN by their hosts, Instapaper's save time no date. 35: a name with an apostrophe written solid too (O'Brien: obrien) in title, body and author; the stop list's searched words (different, inner) in the spelling list; HTML bodies: a page of thin text read from its scripts' data (Next.js, Arc/Fusion, Nuxt, Redux/Apollo state), a lead box above the story's text opens it, picture descriptions and legends, labelled date lines (Publiziert:, Stand:), German pointer headings and newsletter offers in five more languages left out; HTML dates: a UTC stamp at Central European midnight the next day, a slashed date read as the page's other sources give it; HTML authors: a byline line heading a longer box, a lone given name in structured data written in full as the byline does, German 'Ein Artikel von' and 'Autoren' bylines, a byline box's first line. 36: HTML bodies: a gallery's hidden sections kept, a paywall's offer after its cut line, a video player with its button and title and a shop's basket widget left out, a page builder's row holding prose in a heading kept, a Q&A page's question opening its answers; feeds with an entity bomb skipped with the reason, e-mail header lines cut to 20,000 characters; files that had hung or failed read (long runs of spaces, numbers past 4,300 digits, a charset with a NUL). 37: HTML bodies: a figure's tables and its paragraphs outside the caption kept, a table row of links under column headings kept, a verdict or conclusion box ending the story, a comments heading's box left out, a list item with text of its own beside its links kept, a page written inside <noscript> read, an overlay's h1 no page, closing subheadings left out, itemprop=description as a lead; HTML authors: a picture's caption credit and a theme's footer credit no author; a stray UTF-16 mark before UTF-8 text passed over, an RTF after a byte order mark read as RTF, a .json export with a record nested past 100 levels read (the deep values null), bylines' runs of white space one space; an mbox's From_ line with its date cut parts its message; a web address no author in JSON, feeds and exports, a newsletter's sending address the publisher, "Name from Publication" the name; records and feed items with no date dated by their address. 38: HTML bodies: the story's box one holding 100 characters or more, a pointer label near the end ending the story unless prose follows; pages of over 50,000 elements cut of their runs of empty ones; authors: titles before a name (German professions and degrees too) left out in records as in pages, an agency's acronym no person and an agency credited after the people the last author, German byline openers, a closing bold name, a name-headed author box and a personal site's copyright as last resorts; a .gz read as the file its gzip header names; a CMS path joined to its record's site; feeds' forbidden character references read as a page's and undefined entity names left out; bylines read in their first 1,000 characters, datelines in the first 400, box names in their first 2,000. 39: the words inside a token (after an elided article, before a Turkish suffix, a dotted part) words written too; French, Italian and Catalan stems keep an elided article (l'etat); HTML bodies: German, French and Spanish labelled date lines and German closing pointer sentences left out, a JSON-LD description's HTML read as text, JSON-LD articleBody weighed without white space, Abbildung: captions as credits, a closing smiley kept; authors: newsroom desks in other languages (Redaktion, Redacción) no person, a meta author giving another site's address no author, a picture's credit after the writer cut, a date and name under the headline a last resort, read-also boxes' bylines left out; a .json export cut short gives its whole records; CSV broken rows take their stray lines; a classic-Mac mbox read; broken .docx/.odt XML recovered. 40: an article named English over another language's text is in the language its function words or script show; a CSV cell's lost opening quote put back; Word's ~$ owner files passed over; HTML bodies: a line of only a byline and a date (five languages) and one date written twice are date lines, 'futer'/'Fusszeile' boxes footers, a shop's widget lines (buttons, a lone price, a rating) left out; authors: a byline box measured by its text as read, co-authors on the byline beside structured data's one, a box's labelled last line (Autor:), a linked teaser's byline no author, German 'am <day>' after a name cut, a signature's dashes before 'by', a given name alone on a site named as a person; a <tfoot> repeating its <thead> read once, a linked sentence in a list kept, date lines glued twice, with a category after them or a server's file stamp, a byline's word alone and blog software's lines (Post Views:, Rate this:) left out; an ambiguous slashed date read in the order of the country its address's domain names, a UTC stamp giving way to the day a date box shows at that time, a press release's place line (Frankfurt am Main, …), a signature's closing date line and one day in a page's scripts' data as last resorts; PDF text drawn below the last line a new line; a text's byline and date on one line its author and date; a newsletter's first h1 opens its text; Thunderbird folders read as mbox; docutils' docinfo box left out. 41: CSV and TSV rows' sources named csv:/tsv:; an e-mail's attached file undated dated by the message; a text header's Source URL:/Permalink:/Canonical URL: its address; a year-last address date read in its record's language's or host country's order; a generic date meta tag giving way to a nearby day the page shows, TYPO3 timedata boxes, dates in the site's navigation passed over; authors: JSON-LD references resolved, an outlet typed as a Person no author, a newsroom role after a byline's name cut, a lone word linked to its author page and a credited lower-case handle an author; HTML bodies: date-line and byline rules keep real sentences (Posted in 1990, …; By then, …), crumb and contact boxes left out, 'Artikel und Videos zum Thema' a pointer, a span holding its paragraph's prose kept; clearly English text with no language named stored as en; e-mail from an office or desk its publisher, not its author; a text's or record's closing credit ((Reporting by …), a signature, an author's line) its author when none is above; a desk's credit alone in a record no one, DOE, JANE one name; Lien:/Enlace:/Original URL: and Jina Reader's keys a header's; Obsidian's wiki-link authors their words; Safari's .webarchive read; Wallabag's text and Markdown exports an article an entry; a saved link with an empty headline its address; Omnivore's record and page one article; a time after By (By Monday, …) and prompts opening a sentence (Read more slowly, …) kept as text; a header's key of no value an empty field, its Canonical URL: over URL:/Link:/Permalink:; Omnivore's highlights after their record's text; a short paragraph's promotion words that do not speak to the reader (follow them on Facebook, Copyright 1990 was…, delivered to your doorstep) story, not a promotion. 42: hard-wrapped paragraphs of a text, an e-mail or a Markdown post one line each (lists, tables, short lines and code kept as lines; a wire story's paragraph indented four spaces joined whole; a word broken at a hyphen at a line's end joined, its hyphen kept); HTML bodies: a standfirst in the headline's box or a lead-named box of 12 words or more opens the story's text (never twice), a closing subheading that is a statement kept, a story told in sections of one class read whole, image-subtitle and dida captions, German passive cookie notices, Portuguese reading times, 'Follow … on …' desk lines, a lone 'Topics', a personal archive's photo credit, a comment-moderation rule and 'contributed reporting' credits left out; HTML dates: an event's day after am/on and a range's last day in the opening no dateline, a date box's short date after a label, a dated line just over the h1; authors: an agency a line credits as the source the last resort, a byline in another story's card or in a <nav> none; text headers in Swedish, Danish, Norwegian, Finnish and Polish; a record's canonical_url its address over its url; Wallabag titles under 10 characters; an organisation named as its role mailbox's domain the publisher; an unpacked Omnivore export joined as its zip; a feed's items without a guid, and a Pocket or Instapaper HTML export's links, keyed by their addresses (unique in the file), not their places. 43: a record's or feed item's teaser (NewsAPI's description, a Guardian standfirst, an RSS description beside content:encoded, front matter's description, an NITF abstract) opens its text unless the text holds it; Pocket's and Instapaper's CSV rows keyed by their addresses, RIS references without an ID by their UR or DO; a hyphen left hanging before a conjunction at a line's end keeps its space (pre- and post-war), in texts and PDFs; a record's slashed date read in its file's order, then its locale (en_GB.UTF-8 too), then its address's country; a text's Key: value header under its headline or byline read as its header; HTML bodies: reading minutes alone in the opening, a broadcaster's own programme promotion and a magazine's print-issue offer left out; HTML dates: a story put out again dated by the day it shows, a page with no other date by the last change its foot states; HTML authors: a hosted blog's owner its byline credits, the writer a magazine's credits list names; e-mail: a plain or HTML message's text after a picture pasted in it, a text or page attached with no name its own article, a message Thunderbird deleted but kept in the file skipped; an HTML page of no title but its one h1 titled by it; e-mail: a sender named as its domain the publisher, an HTML message's h1 repeating its subject left out, a message with no readable Date dated by its earliest Received line. A page listing stories (a section front, a tag page) skipped; feeds: a Google Alert's, a Feedburner item's, a shared link's and a Reddit link post's real address and publisher, addresses without utm_ tracking, a comments feed skipped, Reddit's and Medium's feet left out. An e-mail's attachments no reader reads recorded as an archive's unread files are. Scripts: Russian and Ukrainian date lines (г., року, Ukrainian months), weekdays in ten more languages' date lines, a Hindi place line; Hindi's nukta folded; the word after Hebrew's article or 'and' (ה, ו, וה) a word of its own; bylines after 记者/記者, بقلم, लेखक:, نویسنده:, Γράφει, before 기자; the codes iw and ji as he and yi; dates of Japanese eras, Minguo years, Thai short Buddhist years and the Solar Hijri calendar read to their Gregorian day. 44: Evernote .enex notes and Feedly, Inoreader and FreshRSS items read whole, Reddit's JSON listings one article a post (comments never), OPML subscription lists skipped; an HTML message's signature its mail program marks left out, its parts after a pasted picture read in related and alternative parts and in newsletters; a Reddit user's name without /u/, a link post Reddit or Hacker News shares written by no one, a Medium feed credited to its publication, a publisher's newsroom (RNZ News) no author, an Evernote note's encrypted text left out; every article's address without utm_ tracking; an address's copy key (a feed's item and the page saved of it one story); traditional Chinese characters folded to simplified; the word after Hebrew's ב, ל, מ, כ, ש (stacked with ו and ה) a word of its own; numeric Solar Hijri dates, abbreviated Japanese eras (R6.3.5), a Lunar Hijri date beside a Gregorian one, a time after a dash in a text's date line, dotted two-digit-year date lines (12.03.24), a text's date line labelled in other languages (Veröffentlicht:, Publié le, تاریخ انتشار:); Greek genitive and Thai bylines, non-Latin byline labels in a record's author; wire amounts a space after a number (3 mln dlrs: million dollars), glued ones (£1.2bn: 1.2 billion; $5M, £1.2BN after a currency sign too), mln and bln after a number written as a word (five mln dlrs) and thousands dots in languages grouping with them (1.000: 1000); HTML authors: date-box bylines, a byline box of only an author link, a Recipe's or HowTo's author, an author box's hCard name, headings ending a byline box's line; a word as written kept beside its stem where a language's stemmer drops its mark (papá, marché); a solid word's last part's folded stem in the one-pass path as in the chain. 45: a text date line's slashed date in its label's language's order (Publicado: 05/03/2024 is 5 March), a time after another language's word for 'at' (à, um, a las, às, alle ore, om, в; 10h30) in text and HTML date lines; an Evernote clipping's own byline over the note's author; a Feedly item with no link keyed and addressed by its originId; ABC News, Sky News and other publishers named, a name two publishers share given to the one whose address it is; a currency after a scale word after no number (one billion dlrs) the word it stands for; a manifest entry records the path a file of the same bytes was moved from; an article's authors 100 places apart (a phrase never spans two); dlrs and dlr the word dollar after any word, and after a number in capitals (47 DLR A SHARE); a plain e-mail's first line repeating its subject its title; names several papers share (The Times, The Telegraph, The Independent, The Herald, The Star, Express, Mirror, The Guardian) given to the paper by its address, else kept as written; an Evernote note's non-web source-url no address, its subject-date a date, an account handle no author. 46: a time after Polish, Czech, Slovak, Romanian, Turkish, Scandinavian, Finnish and Croatian words for 'at' (o, v, la, saat, kl., klo, u; kl. 10.30) and Hungarian's 10:30-kor; 'Opublikowano' a Polish label; a bare slashed date in a text or page naming no language read in the order of the language its words show, a text header's Date: too; month names of Czech, Slovak, Croatian, Serbian, Romanian and Bulgarian, Hungarian dates year first, a year closed by a full stop a date line; an event's day after em/op no page date; a table's columns and an export's keys in French, German, Spanish, Italian, Portuguese and Dutch (Titel, Datum, Autor, Quelle) and a reporter or outlet column read; a table's rows too short to tell their language given their file's; the other Times, Stars and Telegraphs named, a name that is a common word or another outlet's (Time, Stuff, Vox, FT, Daily Mail) the paper's only at its own address or with none, and a stated source or byline publisher read at its record's or feed item's address (a feed's source url first). 47: a number straight after a currency sign ($50, £1.2) a term of its own at the number's place; a whole number before a fraction (24-7/8, 24 7/8) a term + between them; a record or table row of a headline and its date or publisher, and no text, its headline; a record's or table's keys (titel, quelle) and a text header's naming a short story's language; Czech, Slovak, Croatian, Serbian, Romanian, Bulgarian and Hungarian weekdays and publishing labels, spaced dates (5. 3. 2024), Croatian month names read as Croatian, a record's or feed item's slashed date in its text's language's order; CBC, DW and the Daily Stars named by their address; a Medium publication's name read at its address. 48: an article's sections (article:section, JSON-LD articleSection, feed categories, section/category keys and columns, a Section: header, NewsML-G2 subjects) three fields of their own; a sign a space before its number ($ 50), the euro's after it (20 €), ISO codes (USD 50, 50 USD) indexed as the amount in its currency, R$ its own currency (r$50); Czech, Slovak, Croatian, Serbian, Romanian, Bulgarian, Hungarian, Ukrainian, Belarusian and Macedonian told by their function words and letters, Ukrainian, Belarusian and Macedonian stemmed by Russian's rules, a Serbian Cyrillic stem folded to Latin; a site's login (oradmin, user123) no author, a person's e-mail from their own mailbox its author, a forum table's submitter none, a byline alone in a story's last paragraph its author, an author object in parts (firstname/lastname) its name; a book reference of no abstract skipped; a column of English headlines English; a text of no markup saved as .html read as text; a compact date with its time run on (20240305103000), an RSS pubDate in Unix time; a CSV cell of more than 5,000 lines a broken row; a place written as a name and a whole date with a dash a text's dateline (Berlin, 5. März 2024 – ). 49: a sender named by a post one person holds no publisher; a CSL-JSON record of a book, chapter, thesis or dataset with no abstract skipped; Meltwater's Influencer column the author; Wikipedia and Nature named by their sites; sections from RCV1 topic codes, NewsML 1.x IPTC subject codes and Reuters-21578 TOPICS, a feed item's categories those its feed repeats when it lists more than three, a WordPress export's tags none; a facet name's comma kept; the euro's sign before a decimal comma (€1,50: 1.50) and EUR after one (1,50 EUR), MX$ the Mexican peso; a Reuters story saved as .txt or .xml read as the wire story, PHP DateTime objects, JSON:API records, Ghost exports, WordPress ?_embed authors, a tab-separated table saved as .txt a table; text date lines with a byline or a reading time after them, a wire dateline with its agency before the date or closed by a colon, a closing 'Published:' line; Croatian and Bosnian stemmed by Serbian's rules, Bulgarian by Russian's, Bulgarian's and Macedonian's postfixed articles off, Slovenian told, an item's dc:language and a JSON Feed's or export's language its records'; a wire dateline's agency before a day without its year out of the title, a 'First published on …' or 'Originally published in <outlet> on …' line over the story its date, a yearless day in German, French, Spanish or Russian after the agency out of the title, a tab-separated table's columns tsv:, an author object's person under profile/user/person/data; Substack's export (posts.csv and posts/*.html) one article a published post, not its pages (About), its subscriber files one note. 50: Slovak stemmed by Czech's rules; an Atom entry's language its text element's xml:lang; an amount's decimal comma one token (€1,50, 1,50 €, 20,50 USD: 1.50, 20.50), an amount, its scale word and then the euro (50 Mio. €, 3 millions d'euros) as €50 million; text post lines (Posted by Jane Doe on March 3, 2024; By Jane Doe | RNZ | 7 March 2024; 7 March 2024 | By Jane Doe; a name beside a reading time), a role after a byline's comma in any case, an ISO date and time line; a role or desk alone no author, a role after a name's comma no second author; CJK publishing labels before a page's date; a text's Written by/Posted by line a byline, a post line's categories its sections, an update's day in six more languages no date, a published day after an update's read; a credit line between a headline and its byline passed over, a name, an outlet and a day (Jane Doyle | Stuff | 7 March 2024) read, sixteen more wire agencies (NZPA, Anadolu, ČTK…), a text's byline in capitals (BY ANNE RITZAU) read; 51: a decimal comma's amount with $, £ or ¥ after it and amounts grouped by spaces (1 000,50 €) read as one number, role-only and column-title bylines no author, BY NAME Associated Press read, a post line with no author read, an English document of a day-first country's publisher or address read day first, WordPress, Ghost, Arc XP, Apple News, Google News, Medium and Mastodon exports read as such, a record's sections in its digest, a text's &#191; between two letters an apostrophe, a Mastodon archive's posts credited to its account; 52: a stemmer override keeping unrelated English words apart (business/busy, authority/author, cooperation/Cooper, experiment/experience, positive/position, France/franc…), an amount's zero cents dropped and a scaled amount's full number indexed ($2.5 million is $2500000 too), R$ with a decimal comma, a byline that is an English phrase or a desk's role alone no author and out of the text, a post line's place no section, Mastodon display names without emoji codes, more author and date meta names and parsely-page, Blogger's entry-title, a weekday before a numeric date and other date forms read, the web's charset labels Python does not know decoded, a month's name between two dashes or slashes (2024-Mar-03, 03/Mar/2024) and compact ISO stamps, hour-only offsets and bracketed zones on a text's date line read; feeds: text a program printed before the feed passed over, a description holding the whole content its body, an item repeated whole one article, a JSON Feed's title and authors its items', an Atom entry document read, an item's closing copyright notice cut, CDATA written as text read; a placeholder byline (Unknown, None, N/A) no author; 53: a byline line naming a column (By Popular Demand) out of a text where a byline stands, a copyright notice dropped only when a paragraph is one (a story quoting one kept) and cut where it closes a paragraph, on pages too, a Wix post's byline and day read, a weekday that only one reading of a numeric date falls on showing a document's order, a place and date line atop a text no headline, an unprocessed Reuters story's headline line its title and out of its body, an amount's cents with a trailing zero written with one ($3.50 as $3.5), continental scaled euros (M€, Md€, Mds €, Mia.) read, numbers joined by a hyphen, an en dash or a slash (1-0, 2004/05) one term too, a text header's publisher line ending in a date read as both, a .docx of one story titled and credited from its core properties where its text names neither, and a record of a JSON, JSONL or CSV export keyed by its web address where it has no id of its own; 54: a credit line without "By" among a text's top lines (Jane Doe - 14 March 2024, RNZ | 5 March 2024) read as its writer or publisher and day and out of the body, a day beside a reading time over a page's story (Mar 5, 2024 · 4 min read) a date line and out of the body, a picture's credit (Photos © 2024 Jane Doe) out of the body and no author, a publisher spelling in words the host a page's site name gives as an address its source, a number pair inside a hyphenated word (post-9/11, 1-0-win) indexed as that pair, a record's hard-wrapped text (JSON, JSONL, CSV) joined as a text file's is, and a share box's "Share this:" label with the bare network names under it out of a feed item. Bump it when readers extract differently
INDEX_PREFIX = "ix-"


@dataclass
class FileEntry:
    """What the index holds for one corpus file: its stat, content hash and article ids.

    A file of records (JSONL, a feed, SGML), even of one, also keeps a digest of each, in the order of
    ``ids``, so that when the file changes the articles that did not are counted as unchanged, and
    the records it had to skip (``[id, reason]``), so that every run still reports them.
    """

    mtime_ns: int
    size: int
    sha1: str
    ids: list[str]
    digests: list[str] = field(default_factory=list)
    skips: list[list[str]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # the ids of files inside it (an archive) of types none reads
    ctime_ns: int | None = None  # its change time when read (None: not known, as in an index of an older run)
    # the paths it had before an update found it moved or renamed (filemoves.py), while its bytes are those found;
    # kept here, since the removed articles that show it in the index go at a segment merge
    moved_from: list[str] = field(default_factory=list)

    def same_stat(self, mtime_ns: int, size: int, ctime_ns: int | None) -> bool:
        """Whether a file with this stat is the one read: its size and modification time, and its change time
        when both are known (an edit that keeps the size and sets the time back, as ``touch -r`` does)."""
        return (self.mtime_ns == mtime_ns and self.size == size
                and (self.ctime_ns is None or ctime_ns is None or self.ctime_ns == ctime_ns))

    def digest_of(self) -> dict[str, str]:
        """Each article id's digest; none when the file keeps no digests (one article, or a table recovered from
        the index itself)."""
        return dict(zip(self.ids, self.digests)) if len(self.digests) == len(self.ids) else {}


@dataclass
class Manifest:
    """The index folder's table of contents."""

    active: str
    corpus: str
    generation: int = -1
    updated: str = ""
    files: dict[str, FileEntry] = field(default_factory=dict)
    format: int = FORMAT
    listed: int | None = None  # the head's file count when the table was not read

    @property
    def file_count(self) -> int:
        """How many corpus files the index holds articles of (not the files remembered as holding none)."""
        return sum(1 for entry in self.files.values() if entry.ids) if self.listed is None else self.listed

    def to_json(self) -> str:
        """Serialise for the manifest file: the head line, then the table line.

        A file entry is a list ``[mtime_ns, size, sha1, ids]``, with ``digests``, ``skips``, ``ignored``, ``ctime_ns``
        and ``moved_from`` after them when it has any, so an entry of an older run, without the later ones, reads
        (lists, not ``asdict``: with 200k files the manifest must save and load in well under a second).
        """
        # The collector off while the lists are made and dumped: they hold no cycle, and 19,043 of them had made it
        # run ~30 times, a full collection among them (~10 ms of a 1% update of Reuters).
        with collector_off():
            table = _escaped_surrogates(json.dumps(
                {rel: [e.mtime_ns, e.size, e.sha1, e.ids, *_tail(e)] for rel, e in self.files.items()},
                ensure_ascii=False, separators=(",", ":")))
        head = {name: getattr(self, name) for name in HEAD_FIELDS}
        head.update(file_count=len(self.files), table_bytes=len(table.encode("utf-8")), article_files=self.file_count)
        # the head in ASCII: a corpus folder whose name is not UTF-8 ("r\udce9") round-trips as an escape
        return json.dumps(head, separators=(",", ":")) + "\n" + table


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escaped_surrogates(text: str) -> str:
    """JSON ``text`` with each lone surrogate (a name's byte that is not UTF-8, a record's half pair in a skip's
    reason) written as its ``\\uXXXX`` escape, which UTF-8 can write and ``json.loads`` reads back as it was: one
    had made saving the manifest raise UnicodeEncodeError after a whole build (fuzz seed 786)."""
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text) if not text.isascii() else text


HEAD_FIELDS = {"active": str, "corpus": str, "generation": int, "updated": str, "format": int}


def manifest_path(index_dir: Path) -> Path:
    """Where the manifest of ``index_dir`` lives."""
    return index_dir / MANIFEST


def load_manifest(index_dir: Path, *, with_files: bool = True) -> Manifest | None:
    """The manifest, or None when the folder holds no newssearch index at all.

    Without ``with_files`` only the head line is parsed: the file table is left empty and
    ``file_count`` comes from the head.
    """
    path = manifest_path(index_dir)
    try:
        with open(path, "rb") as handle:
            head_line = handle.readline()
            table = handle.read() if with_files else None
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        refuse_foreign_folder(index_dir)
        return None
    except OSError as exc:
        raise IndexCorrupt(f"cannot read {path}: {exc.strerror}", hint=rebuild_hint(None, index_dir)) from exc
    try:
        head = _parse_head(head_line)
        if isinstance(head["format"], int) and head["format"] > FORMAT:  # never rebuilt into an older format unasked
            raise IndexCorrupt(f"{index_dir} was built by a newer version of newssearch (index format {head['format']}; "
                               f"this version reads {FORMAT})",
                               hint=Worded("upgrade newssearch (pip install --upgrade newssearch), or rebuild=True to replace it",
                                           "upgrade newssearch (pip install --upgrade newssearch), or --rebuild to replace it"))
        if head["format"] != FORMAT:
            corpus = head.get("corpus")
            fix = (outdated_fix(corpus, index_dir) if isinstance(corpus, str) else rebuild_hint(None, index_dir))
            raise IndexOutdated(f"{index_dir} was built by another version of newssearch", corpus=corpus, hint=fix)
        count, table_bytes, listed = head.pop("file_count"), head.pop("table_bytes"), head.pop("article_files", None)
        if not isinstance(count, int) or size != len(head_line) + table_bytes:
            raise ValueError("the file table is cut short or padded")
        if table is None:
            return Manifest(listed=listed if isinstance(listed, int) else count, **head)
        files = {rel: FileEntry(*entry) for rel, entry in json.loads(table.decode("utf-8")).items()}
        if len(files) != count:
            raise ValueError("the file table does not match its count")
        return Manifest(files=files, **head)
    except (ValueError, TypeError, AttributeError, KeyError) as exc:  # bad UTF-8 is a ValueError too
        raise IndexCorrupt(f"the index manifest {path} is damaged", hint=rebuild_hint(None, index_dir)) from exc


HEAD_BYTES = 65536  # a manifest's head line is a few hundred bytes


def holds_index(folder: Path) -> bool:
    """True when ``folder`` holds a newssearch index: its manifest names an ``ix-*`` folder that is there.

    An export that only happens to be called newssearch.json does not make its folder an index (the
    folder, articles and all, had been passed over).
    """
    try:
        with open(manifest_path(folder), "rb") as handle:
            line = handle.readline(HEAD_BYTES)  # an export so named may be one line of 60 MB
        head = json.loads(line) if line.startswith(b"{") and line.endswith(b"\n") else None
    except (OSError, ValueError):
        return False
    active = head.get("active") if isinstance(head, dict) else None
    return isinstance(active, str) and active.startswith(INDEX_PREFIX) and (folder / active).is_dir()


def _tail(entry: FileEntry) -> list[object]:
    """The optional end of a file entry's list: digests, then skips, then ignored files, then the change time, then
    the paths it was moved from (those before, empty, when only a later one)."""
    if entry.moved_from:
        return [entry.digests, entry.skips, entry.ignored, entry.ctime_ns, entry.moved_from]
    if entry.ctime_ns is not None:
        return [entry.digests, entry.skips, entry.ignored, entry.ctime_ns]
    if entry.ignored:
        return [entry.digests, entry.skips, entry.ignored]
    if entry.skips:
        return [entry.digests, entry.skips]
    return [entry.digests] if entry.digests else []


def _parse_head(line: bytes) -> dict:  # type: ignore[type-arg]
    """The head line as a dict of checked types; an older format keeps only its name and corpus."""
    head = json.loads(line.decode("utf-8"))
    version, corpus = head.get("format"), head.get("corpus")
    if version != FORMAT and isinstance(version, int) and isinstance(corpus, str):
        return {"format": version, "corpus": corpus}  # format 1 was one JSON object, table included
    for name, kind in HEAD_FIELDS.items():
        if not isinstance(head[name], kind):
            raise TypeError(f"the manifest's {name} is not a {kind.__name__}")
    return head


def refuse_foreign_folder(index_dir: Path, error: type[NewsSearchError] = IndexCorrupt) -> None:
    """``error`` when ``index_dir`` has no manifest but holds other files: never write an index among them (a reader
    is told IndexNotFound: such a folder holds no index, damaged or not)."""
    if index_dir.is_dir() and not manifest_path(index_dir).exists() and holds_foreign_files(index_dir):
        raise error(f"{index_dir} is not a newssearch index: it holds other files",
                           hint=Worded("give as index_dir a folder that build_index made, or a new one",
                                       "give --index-dir a folder that `newssearch index` made, or a new one"))


def holds_foreign_files(index_dir: Path) -> bool:
    """True when the folder has files other than our own bookkeeping and dotfiles."""
    return any(not p.name.startswith(".") and not p.name.startswith(INDEX_PREFIX) for p in index_dir.iterdir())


def save_manifest(index_dir: Path, manifest: Manifest) -> None:
    """Write the manifest atomically: a reader sees the old one or the new one, never half."""
    path = manifest_path(index_dir)
    tmp = path.with_name(f".{MANIFEST}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(manifest.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_path(index_dir)
