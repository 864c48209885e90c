"""The lines a web page sets around its story, in English: ads, sharing and follow prompts, picture credits,
pointers to other stories, reading times, the site's cookie notice; and the short paragraphs selling a newsletter,
an app or the paper inside the story (``drop_promotions``).

Shared by the HTML cleaner (``htmlclean``, ``htmlblocks``) and the text reader (``textpage``: a text copied from a
page), in a module of their own so that reading a plain text imports neither lxml nor the HTML cleaner (a 1%
re-index of Reuters' text files spent a tenth of its time importing them).
"""

from __future__ import annotations

import re
from functools import cache

from ..startup import lazy_compile
from .bylinelanguages import BY_TIME
from .copyrightnotices import (
    NOTICE_OPENING,
    PICTURE_LABEL,
    is_notice,
    is_picture_credit,
    without_credit_tail,
    without_notice_tail,
)
from .nametrailers import TITLE_AFTER_COMMA

# What a blog's date line holds after its label: words with a digit (a day, a year, a time), capitalised words (a
# month, a weekday, a time zone, a name, a category), "by" and a user name, the few small words such a line has, and
# separators. A lower-case word of any other kind makes it a sentence ("Posted in 1990, the letter reached …").
_DATE_LINE_WORD = (
    r"(?:by \S+|\S*\d\S*|(?-i:[A-ZÀ-ÖØ-Þ])\S*|[|·•/–—-]|(?:on|at|in|of|and|ago|am|pm|a\.m\.|p\.m\.|"
    r"(?:second|sec|minute|min|hour|hr|day|week|month|year)s?)[,.:;]?)"
)
_DATE_LINE_TAIL = rf"{_DATE_LINE_WORD}(?:\s+{_DATE_LINE_WORD})*"

# A word of a name in a byline: capitalised (however the line's case is read), or a name's particle.
_NAME_WORD = r"(?:(?-i:[A-ZÀ-ÖØ-Þ])[\w.'’-]+|(?:de|da|di|del|della|der|den|du|la|le|van|von|bin|al|dos|das)\b)"
# What a byline holds after its names and a separator: a date line's words (above) and a role's ("By JANE DOE, Staff
# Writer", "By Jane Doe, staff writer", "By Nada Tawfik, BBC News, New York"); a sentence's other words make the line a
# sentence ("By Election Day, most polls had turned against him.", "By Ann Cox, police said").
_BYLINE_TAIL_WORD = (rf"(?:{_DATE_LINE_WORD}|(?:staff|writer|reporter|correspondent|editor|contributor|contributing|"
                     r"senior|special|chief|columnist|to|for|the|a|an|with|news|desk|bureau)[,.:;]?)")
# An office's or a newsroom's title in small letters too: "By Ann Cox, police spokeswoman", "…, political editor".
_BYLINE_TAIL = rf"(?:{_BYLINE_TAIL_WORD}(?:\s+{_BYLINE_TAIL_WORD})*|{TITLE_AFTER_COMMA})"

# A post's categories after their label: capitalised words ("News", "Allgemein"), separators and "and" between them
# ("News, Local", "Politik & Gesellschaft"); a lower-case word or a number makes it a sentence or a heading ("Posted
# in 1990 with a note attached").
_CATEGORY_WORD = r"(?:(?-i:[A-ZÀ-ÖØ-Þ])[^\s,;|]*|[|·•/&–—-]|and|und)[,;]?"
_CATEGORIES = rf"{_CATEGORY_WORD}(?:\s+{_CATEGORY_WORD})*"

# A sentence going on after a prompt's words ("Read more slowly, the teacher told the class.", "Click here, the sign
# read, and thousands did."): a word in lower case after its first comma, and a sentence's end closing the line (the
# first comma only: tried at each, a paragraph of 20,000 commas took seconds).
_GOES_ON = r"(?![^,\n]*,\s+(?-i:[a-z])[^\n]*[.!?][\"”’)]?$)"
# A sentence after a label's colon ("More: the council will meet again on Friday.", "Source: the council's own figures
# show a rise."): opening in lower case, four words or more, a sentence's end; not a credit ("Photo: Jane Doe") or a
# caption's words ("Photo: the mayor opens the bridge").
SENTENCE_AFTER_COLON = r"(?!\s*(?-i:[a-z])\S*(?:\s+\S+){2,}\s+\S*[.!?][\"”’)]?$)"
# What follows "Sign up", "Subscribe" or "Click here" as a prompt: nothing, a colon, or a word the prompt goes on with
# ("Sign up for the newsletter", "Subscribe to The Gazette", "Click here to get the app"); "Sign up numbers doubled",
# "Click here, the sign read, and thousands did.", "Sign up for the scheme has been slow, the council said." and the
# heading "Click here campaign backfires" are the story's.
_PROMPT_GOES = (rf"(?:\W*|:.*|{_GOES_ON}\s+(?:for|to|now|today|here|using|with|or|and|if|free|below|at|on|via)"
                r"\b.*)")

# Lines that are never article text: ads, sharing buttons, picture credits, "Read more", a lone byline.
BOILER_LINE = lazy_compile(
    r"^(?:advertisement|advertisements?|adv|ad|adverts?|sponsored|tags:?|topics:?|this slideshow requires javascript\.?|"
    r"\[\w+\b[^\]]*\].*\[/\w+\]|related:?|related articles|"
    r"read more(?::" + SENTENCE_AFTER_COLON + r".*|(?!\s*:)" + _GOES_ON + r"\b.*)?|"
    r"share( this( article| story)?)?:?|share on \w+|tweet|email|print|click here" + _PROMPT_GOES + r"|"
    r"sign up" + _PROMPT_GOES + r"|subscribe" + _PROMPT_GOES + r"|"
    r"continue reading" + _GOES_ON + r".*|story continues below" + _GOES_ON + r".*|"
    r"scroll to continue" + _GOES_ON + r".*|comments?|"
    r"\d+ (?:comments?|responses?|replies)|"
    r"" + PICTURE_LABEL + r" ?:" + SENTENCE_AFTER_COLON + r".*|follow us" + _GOES_ON + r".*|"
    r"follow (?:\S+ ){1,6}on (?:instagram|facebook|twitter|youtube|linkedin)\b" + _GOES_ON + r".*|"
    r"(?:see also|recommended)(?::" + SENTENCE_AFTER_COLON + r".*|(?!\s*:)" + _GOES_ON + r"\b.*)?|"
    r"(?:watch|listen):" + SENTENCE_AFTER_COLON + r".*|"
    # "Also read: …", "Also Read | …", "ALSO READ Ferry fares rise"; "Also read the council's statement." is story.
    r"also read(?:\W*$|\s*[:|–—-]" + SENTENCE_AFTER_COLON + r".*|\s+(?-i:[A-Z]).*)|"
    r"more:" + SENTENCE_AFTER_COLON + r".*|getty images|ap photo(?:\s*[/:|,–—-].*)?|reuters|"
    r"trending:?|don'?t miss:?|most read:?|"
    r"more on this( story)?:?|"
    # A date line's label, then only a date line's words (see _DATE_LINE_TAIL): "Posted on 3 May 2021 by admin",
    # "Updated 10:02 AM ET, Mon May 3, 2021", "Posted 3 hours ago"; "Posted in 1990, the letter reached …" is story.
    r"(?:published|updated|last updated|posted|first published)(?: on| at)?:? (?=.{0,60}$)" + _DATE_LINE_TAIL + r"|"
    # A post's age alone, as the page showed its date when it was saved ("2 days ago", "5 mins ago", "an hour ago"):
    # a line of the page, not a pointer closing the story as PAGE_LINE's are (a live blog's entries are stamped so).
    r"(?:about |over |almost )?(?:\d+|an?) ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|"
    r"mo|mos|months?|y|yrs?|years?)\.? ago|"
    # A byline: "By" and a name written with capitals, its particles aside ("By Jan de Vries | Staff"), or one word
    # ("by admin"), maybe a role or a date after it (_BYLINE_TAIL); "By the way, the mayor said." is a sentence, and so
    # is a line where a time follows "By" ("By Monday, the bridge was open.", "By Christmas Eve": see BY_TIME).
    r"by (?!" + BY_TIME + r")(?:" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3}(?: ?[,|•–—-] (?=.{0,60}$)"
    + _BYLINE_TAIL + r")?|[\w.'’-]+)|"
    # Blog software's lines after the story (WordPress and its plugins): a view counter, an author box's link, a
    # rating prompt, the likes' "Loading...", the post's category ("Posted in News", "Eingeordnet unter Allgemein").
    r"post views:? [\d.,]+|latest posts by .{1,60} \(see all\)|rate this:|bewerten:|loading\.\.\.|"
    r"(?:posted in|filed under|eingeordnet unter|abgelegt unter|veröffentlicht in) (?=.{1,80}$)" + _CATEGORIES + r"|"
    # A byline's word alone, its name a link the page fills by script (auto-motor.at's "von").
    r"(?:by|von|par|por):?)$",
    re.I,
)

# Lines that label the page around the story: pointers to other stories, comment prompts, counters,
# "filed under" lines and the wire service's closing credits.
PAGE_LINE = lazy_compile(
    r"^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:\S+ ){0,3}(?:stories|news|articles|"
    r"headlines)|related(?: \S+){1,2}:.*|related (?:stories|articles|posts|news|content|coverage|links|reading|"
    r"videos|topics)|more from (?:\S+ ){0,3}\S+|(?:read|watch|up) next|keep reading|recommended (?:for you|stories|reading|articles)|"
    r"(?:most )?popular(?: (?:now|stories|articles|posts|today|this week))?|most (?:read|viewed|shared|commented|emailed)"
    r"(?: (?:stories|articles|today|this week))?|editor'?s'? picks|top stories|latest (?:news|stories|headlines)|"
    r"(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\?.*|"
    r"tell us what you think|back to (?:gallery|top|home)|filed (?:under|in):.*|\d+ ?[-–] ?\d+ of \d+|"
    r"\(?(?:additional )?reporting by .{0,300}\bedit(?:ing|ed) by .{0,200}|"
    # The closing credit of the reporters who helped: "Keith Bradsher contributed reporting from Hong Kong.",
    # "Associated Press writer Jane Doe contributed to this report."
    r"(?:\S+ ){1,12}contributed (?:reporting|to (?:this|the) (?:report|story|article))(?: from [^.]{1,80})?\.?|"
    # The story's sources credited at its end: "Source: Al Jazeera and news agencies", "Quelle: dpa".
    r"(?:sources?|quelle|fuente|fonte|source\s+de)\s*:" + SENTENCE_AFTER_COLON + r"\s*[^.!?:]{1,50}|"
    # A reading time: "7 min read", "4 mins to read", "5-minute read", "Reading time: 4 minutes", "Lesezeit: 3 Min."
    r"\d+(?:\s*[-–]\s*\d+)?[\s-]*min(?:ute)?s?\.?\s+(?:to\s+)?read|(?:est\.?\s+)?(?:reading\s+time|read\s+time|"
    r"lesezeit|lesedauer|temps\s+de\s+lecture|lecture|tiempo\s+de\s+lectura|tempo\s+di\s+lettura|tempo\s+de\s+leitura|"
    r"leestijd)\s*(?::\s*)?(?:ca\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?|minuten|minut[oi]s?)\.?|"
    # A reading time's minutes before their label: "5 Min. Lesezeit", "3 min de lecture" (alone: READING_MINUTES).
    r"\d+(?:\s*[-–]\s*\d+)?\s*min\.?\s+(?:lesezeit|lesedauer|de\s+lecture|de\s+lectura|di\s+lettura|"
    r"de\s+leitura|leestijd))\W*$",
    re.IGNORECASE,
)

# A reading time's minutes alone, in the page's header over the story ("6 Min." on fluter.de, "4 min"); further down
# the same line is a recipe's or a timetable's value under its label ("Backzeit" / "15 – 30 Min"), so the page reader
# drops it only in the story's opening.
READING_MINUTES = re.compile(r"^\d+(?:\s*[-–]\s*\d+)?\s*min\.?$", re.IGNORECASE)

# The site's own cookie notice, however long: "We and our partners use cookies ...", "By clicking “Post Your Answer”,
# you agree to our terms of service, privacy policy and cookie policy".
COOKIE_NOTICE = re.compile(
    r"\b(?:we|our partners|this (?:web)?site|our (?:web)?site) (?:\w+ ){0,3}(?:use|uses|store) cookies\b|"
    r"\bby (?:continuing|clicking|using)\b.{0,80}\b(?:consent|agree)\b.{0,80}\bcookies?\b",
    re.IGNORECASE,
)

# A sentence reporting what someone said or wrote ("…, the ruling said", "the court heard"): it may quote or name a
# cookie notice or a newsletter's offer, and is the story's, not the page's.
REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|wrote|writes|heard)\b", re.IGNORECASE)


# Where a prompt to the reader opens ("Sign up", "subscribe today", "Please follow us"): a paragraph's or a
# sentence's start, after a mark, "to" or "by" ("click here to subscribe", "by signing up") or a word urging the
# reader; not after a story's subject ("40,000 people subscribe to", "police asked witnesses to follow them": see
# _FOLLOW).
_PROMPT_START = ("(?:^|(?<=[^\\w\\s])\\s*|" + "|".join(rf"(?<=\b{word}\s)" for word in (
    "to", "by", "and", "please", "now", "you", "just", "simply", "can", "why not")) + ")")
# A prompt's verb where a prompt opens, or a button's label ("Newsletter Sign up for our daily briefing").
_PROMPT = rf"(?:{_PROMPT_START}(?:sign(?:ing)? up|subscribe)|(?-i:Sign up|SIGN UP|Subscribe|SUBSCRIBE))\b"
# "Follow us/him/her on Twitter" speaks to the reader; after "to" it is a story's ("asked witnesses to follow them on
# Facebook"), except the site's own "us" ("Be sure to follow us on Twitter").
_FOLLOW = r"(?:(?<!\bto )follow (?:him|her|them|me)|follow us) on (?:twitter|facebook|instagram)\b"
# Short paragraphs selling a newsletter, an app or the site itself, wherever they sit in the story: compiled when a
# page's or a feed item's paragraphs are first looked at (``drop_promotions``), not at import: ~1.7 ms that an update
# of plain texts, which never asks, had paid at its first file.
PROMOTION_TEXT = (
    rf"{_PROMPT}.{{0,80}}\bnewsletters?\b|\bnewsletters?\b.{{0,80}}(?:{_PROMPT}|\binbox\b)|\b(?:to|in|into) your inbox\b|"
    r"^breaking news (?:e-?mails|alerts)$|"
    r"\bdownload (?:the|our) .{0,40}\bapps? (?:for|on) (?:ios|android|iphone)\b|"
    # a notice elsewhere in a paragraph (a mark and a year, "All rights reserved"): copyrightnotices.is_notice
    rf"{NOTICE_OPENING}|\bis the copyrighted property of\b|"
    r"^have a (?:news )?tip\?|\b\d+ issues for\b|"
    # A paper or a magazine offered to the reader's door; not a parcel a story says was delivered there.
    r"\b(?:get|have|enjoy|receive|paper|newspaper|edition|magazine|copy|issues?|subscription)\b.{0,60}"
    r"\bdelivered (?:\S+ ){0,3}(?:to|through) your (?:door|doorstep|letterbox|mailbox)\b|"
    rf"{_FOLLOW}|"
    # Medium's foot of every item of its feeds: "<Title> was originally published in <Publication> on Medium, where
    # people are continuing the conversation by highlighting and responding to this story."
    r"\bon medium, where people are continuing the conversation\b|"
    # Reddit's foot of every post in its feeds, and a link post's whole text: "submitted by /u/kiwi [link] [comments]".
    r"^submitted by /?u/[\w-]+\s+\[link\]\s+\[comments\]$|"
    # A broadcast's own programme offered to the reader: "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or
    # listen back here." (BBC), "Tune in to The Daily live every morning"; not "Fans can listen to it live at …".
    r"^(?:listen|tune in)(?: to)? (?:[\w'’&-]+ ){1,5}live (?:at|on|every|weekdays|daily)\b|"
    r"\b(?:listen|watch) (?:back|again) (?:here|now)\b|"
    r"\b\d{3}[-. ]\d{4} fax\b|\bfax:? \+?[\d(]|"
    # A paywall's offer, not a story about subscriptions: "Get unlimited access for $1 a week. Already a subscriber?
    # Log in.", "this is a Premium article and requires a subscription to read", "Advertise with NZME."
    r"\balready (?:a )?(?:subscriber|member)\?\s*(?:log|sign) ?in\b|\bsubscribe (?:now )?to (?:keep|continue) reading\b|"
    r"\b(?:article|story|content)\b.{0,40}\brequires? an? (?:paid |digital )?subscription\b|^advertise with (?:us|\S+)\W*$"
)


@cache
def promotion() -> re.Pattern[str]:
    """``PROMOTION_TEXT`` compiled, in any letter case."""
    return re.compile(PROMOTION_TEXT, re.I)


MAX_PROMOTION = 300
# A closing line about the writer ("Jo Lee is a reporter for ..."); only trusted at the very end.
AUTHOR_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){1,3} is (?:a |an |the )?[^.]{0,80}?\b(?:"
    r"reporter|writer|editor|correspondent|journalist|curator|contributor|columnist|producer)\b"
)
BIO_TAIL = 2


def drop_promotions(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without short promotions, copyright notices and pictures' credits (one closing a paragraph cut
    off it: ``copyrightnotices``), and without a writer's bio among the last few. A sentence reporting one is story ("The
    paper said 20,000 readers subscribe to its newsletter.", "…, the court heard")."""
    tail, promoting = len(paragraphs) - BIO_TAIL, promotion()
    texts = (without_credit_tail(without_notice_tail(text)) for text in paragraphs)
    return [
        text for n, text in enumerate(texts)
        if text and not (len(text) <= MAX_PROMOTION and (((promoting.search(text) or is_notice(text) or is_picture_credit(text))
                                                          and not REPORTED.search(text))
                                                         or (n >= tail and AUTHOR_BIO.match(text))))
    ]
