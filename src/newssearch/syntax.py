"""The query syntax page (``newssearch help syntax``); every example is run by tests/test_syntax_help.py."""

from __future__ import annotations

from .wrapping import hanging_rows, rows_between, word_pieces

# (query as typed, what it finds). tests/test_syntax_help.py runs each against a fixture corpus.
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("police officer", "articles with all the words (any form: officers, policing)"),
    ('"armed offenders"', "the exact phrase"),
    ('"officer shot"~5', "both words in this order, at most 5 words between them"),
    ("officer w/5 shot", "Nexis: at most 5 words between them, either order (pre/5: in this order; Factiva: near5;"
                         " ProQuest: NEAR/5 or N/5, PRE/5 or P/5, and NEAR alone is NEAR/4; EBSCO: N5, and W5 in"
                         " this order)"),
    ("polic*", "words starting with polic: police, policy, policing"),
    ("offcer~", "words one typo away: officer"),
    ("title:police^3 gunmen", "police in the headline counts three times as much"),
    ("police NOT auckland", "leave out articles that mention a word (also: police -auckland)"),
    ("protest OR gunmen", "either word"),
    ("author:smith", "by an author; also source:rnz, url:nzherald, lang:pt (pt-BR too)"),
    ("police section:crime", "in a newsroom's section or category (category:crime too), as the page or export names it"),
    ("police date:2020-10", "published in a year, month or day; or use --since/--until"),
    ("police date:>2020-06", "published after June 2020; also date:<=2019, date:[2020-01 TO *]"),
    ("police date:2020-Q4", "published in a quarter (Q1: January to March)"),
    ("police date:2020-W44", "published in an ISO week, Monday to Sunday, as timeline --by week names it"),
    ("date:[2020 TO today]", "published from 2020 to today (also yesterday; --since 2w for a span back from today)"),
    ("Waitematā", "macrons and accents optional (Waitemata finds it too); the exact spelling ranks first"),
)

NOTES = (
    "Without operators every word is needed; --match any ranks articles with any of them (+word: required;",
    "  -word still leaves out; a filter is required too: author:, source:, site:, url:, id:, lang:, section:, date:,",
    "  or a group of them alone, (source:rnz OR source:stuff), and in brackets with words within them; one",
    "  joined to a word or clause by OR or AND, or negated, is read as typed; title: is words, not a filter).",
    "Under --match any an AND requires the clause on either side, as Lucene reads it: a b AND NOT c is a +b -c.",
    "A chain of one proximity, police NEAR officer NEAR shot, finds all its words, in any order, each near the next;",
    "  its words are words, not signs or operators: police NEAR -officer (or police NEAR or officer, an operator",
    "  in lower case) is refused with what to type.",
    "A day typed day or month first with its year in full (date:26/02/1987, --since 02/26/1987) is read when",
    "  only one order makes a real day; 03/04/2020 is refused: type the year first.",
    "A query typed all in capitals is read as plain words: its AND, OR and NOT are not operators",
    "  (unless it has at most three other words, or all are short: UN NOT CONGO, FBI OR CIA).",
    "Acronyms: US, U.S., u.s., USA and U.S.A. find each other, as do UN and U.N.; us in lower case is the pronoun (canada/us: US).",
    "A well-known name and its acronym find each other: United Nations and U.N., New Zealand and NZ.",
    'A phrase keeps its stopwords: "Theresa May", "Take That", "bank of england" are found word for word.',
    'A query of very common words alone is their phrase, with a note: to be or not to be is "to be or not to be"',
    '  (TO BE OR NOT TO BE too; to be or not to be -hamlet is "to be or not to be" -hamlet).',
    "A word with a dot at its start is found as written: .NET finds .NET, not net profit; .NET* the words so",
    "  written (.NET, .NETCore), not network.",
    "A word with a hyphen, slash or dots (F-16, 9/11, nzherald.co.nz) is a phrase; 1,000 and 1000 find each other;",
    "  words joined by slashes are the words (Canada/U.S. is Canada U.S.; not units, cts/lb).",
    "A score or season (1-0, 2004/05) is that pair, with a hyphen, en dash or slash, not its numbers apart (3-1 0-30);",
    "  1-0* is the pairs it opens (1-0, 1-02).",
    "A hyphenated word is found written solid too, and the other way: email and e-mail, takeover and take-over.",
    'A percentage is one phrase: 5%, "5 per cent", "5 percent" and a wire\'s "5 pct" find each other, not any 5.',
    'In quotes a lone * is any one word: "bank * england" finds Bank of England and bank in England.',
    'In a pasted quote [sic] is no word and an ellipsis (…, ...) is words left out: "very sorry … an ordeal".',
    "site:cnn.com is the publisher or the address; a field name may be typed in capitals (Title:police).",
    "Chinese, Japanese, Korean and Thai: a word is found inside text without spaces (大学 in 北京大学).",
    "Time-aware ranking: --recent (newer first, gently: the bonus halves every half of the index's span of dates,",
    "  a year at most) or --around 2020-06-19 (closer to that day first).",
)


MEANING_ROOM = 30  # columns the meanings need beside the examples; fewer, and each goes under its example
UNDER = " " * 6  # a meaning under its example


def syntax_lines(width: int | None = None) -> list[str]:
    """The help page as lines of text; on a terminal of ``width`` columns each broken between words to fit, an
    example's meaning under its column (on a terminal too narrow for both columns, on rows of its own under the
    example) and a note's further rows two columns in (at 80 columns 26 lines had run past the edge, the terminal
    breaking words)."""
    column = max(len(query) for query, _ in EXAMPLES)
    lines = ["Query syntax, with examples:", ""]
    if width and width - column - 4 < MEANING_ROOM:  # too narrow for two columns: each meaning under its example
        lines += [row for query, meaning in EXAMPLES
                  for row in [f"  {query}", *rows_between(UNDER, word_pieces(meaning), width)]]
    else:
        lines += [row for query, meaning in EXAMPLES
                  for row in rows_between(f"  {query:<{column}}  ", word_pieces(meaning), width)]
    return [*lines, "", *(row for note in _notes() for row in hanging_rows(note, width))] if width else \
        [*lines, "", *NOTES]


def _notes() -> list[str]:
    """The notes each on one line, its rows (those after the first, two columns in) joined."""
    notes: list[str] = []
    for line in NOTES:
        if line.startswith("  ") and notes:
            notes[-1] += " " + line.strip()
        else:
            notes.append(line)
    return notes
