"""English stop words: the SMART system's general list, less words that carry news meaning.

Built in (not read from a file) because the analyzers that use it are pickled into the index.
"""

from __future__ import annotations

# The SMART information-retrieval system's English stop list (Salton, Cornell), as published.
SMART_STOP_WORDS = frozenset("""
a a's able about above according accordingly across actually after afterwards again against ain't all
allow allows almost alone along already also although always am among amongst an and another any anybody
anyhow anyone anything anyway anyways anywhere apart appear appreciate appropriate are aren't around as
aside ask asking associated at available away awfully b be became because become becomes becoming been
before beforehand behind being believe below beside besides best better between beyond both brief but by
c c'mon c's came can can't cannot cant cause causes certain certainly changes clearly co com come comes
concerning consequently consider considering contain containing contains corresponding could couldn't
course currently d definitely described despite did didn't different do does doesn't doing don't done down
downwards during e each edu eg eight either else elsewhere enough entirely especially et etc even ever
every everybody everyone everything everywhere ex exactly example except f far few fifth first five
followed following follows for former formerly forth four from further furthermore g get gets getting given
gives go goes going gone got gotten greetings h had hadn't happens hardly has hasn't have haven't having he
he's hello help hence her here here's hereafter hereby herein hereupon hers herself hi him himself his
hither hopefully how howbeit however i i'd i'll i'm i've ie if ignored immediate in inasmuch inc indeed
indicate indicated indicates inner insofar instead into inward is isn't it it'd it'll it's its itself j
just k keep keeps kept know knows known l last lately later latter latterly least less lest let let's like
liked likely little look looking looks ltd m mainly many may maybe me mean meanwhile merely might more
moreover most mostly much must my myself n name namely nd near nearly necessary need needs neither never
nevertheless new next nine no nobody non none noone nor normally not nothing novel now nowhere o obviously
of off often oh ok okay old on once one ones only onto or other others otherwise ought our ours ourselves
out outside over overall own p particular particularly per perhaps placed please plus possible presumably
probably provides q que quite qv r rather rd re really reasonably regarding regardless regards relatively
respectively right s said same saw say saying says second secondly see seeing seem seemed seeming seems
seen self selves sensible sent serious seriously seven several shall she should shouldn't since six so
some somebody somehow someone something sometime sometimes somewhat somewhere soon sorry specified specify
specifying still sub such sup sure t t's take taken tell tends th than thank thanks thanx that that's thats
the their theirs them themselves then thence there there's thereafter thereby therefore therein theres
thereupon these they they'd they'll they're they've think third this thorough thoroughly those though
three through throughout thru thus to together too took toward towards tried tries truly try trying twice
two u un under unfortunately unless unlikely until unto up upon us use used useful uses using usually uucp
v value various very via viz vs w want wants was wasn't way we we'd we'll we're we've welcome well went
were weren't what what's whatever when whence whenever where where's whereafter whereas whereby wherein
whereupon wherever whether which while whither who who's whoever whole whom whose why will willing wish
with within without won't wonder would wouldn't x y yes yet you you'd you'll you're you've your yours
yourself yourselves z zero
""".split())

# SMART words that name things in the news ("New Zealand", "the Old Bailey", "human rights", "zero-hour",
# "second reading", "a serious crash"): kept searchable.
NEWS_WORDS = frozenset("""
new old first second third one two three four five six seven eight nine zero help novel serious right
best better changes value course sent saw last next name example home
""".split())

# SMART lists every letter, but a letter on its own names things in the news too ("Plan B", "Vitamin D",
# "F-16", "X-ray", "Malcolm X"); contractions are whole words ("don't"), so no "t" or "s" is left over.
LETTERS = frozenset("bcdefghjklmnopqrstuvwxyz")

STOP_WORDS = SMART_STOP_WORDS - NEWS_WORDS - LETTERS

# The stop words a keyword query (--match all) searches like any word: those of the SMART list that name
# something a reader of news means ("inner city", "welcome", "cause of death", "far right", "Sure Start",
# "Little Britain", "yes campaign"). Every other stop word is left out, as before: articles, pronouns,
# auxiliaries, prepositions ("regarding", "despite"), reporting verbs ("says"), company suffixes ("Inc", "Ltd":
# "Microsoft Inc" must find Microsoft) and the adverbs that only join or hedge.
CONTENT_STOPWORDS = frozenset("""
available cause causes different far former greetings immediate inner inward little necessary non self
selves sensible sorry sure thank thanks unlikely useful welcome whole willing wonder yes
""".split())
GRAMMAR_WORDS = STOP_WORDS - CONTENT_STOPWORDS

# The grammar words that may end a name when typed with a capital: articles, pronouns, auxiliaries and
# modals, prepositions and conjunctions ("Doctor Who", "Theresa May", "Take That", "No 10", "Anne Will"), not
# reporting verbs ("Tony Blair Says") nor company suffixes ("Microsoft Inc").
_NAME_WORDS = """
a an the this that these those each every either neither some any all both few many much more most other
another such no none own same several
i me my myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers
herself it its itself they them their theirs themselves what which who whom whose whoever whatever anybody
anyone anything everybody everyone everything nobody noone nothing somebody someone something un
am is are was were be been being have has had having do does did doing can cannot could may might must
shall should will would ought
about above across after against along among amongst around at before behind below beside besides between
beyond by down during except for from in inside into near of off on onto out outside over per since than
through throughout till to toward towards under until unto up upon via with within without
and but or nor so yet because although though while whereas unless whether if as
not again further then once here there when where why how only too very just now also
however therefore thus hence moreover furthermore nevertheless meanwhile otherwise instead thats theres cant
eg ie etc viz vs qv
"""
NAME_WORDS = frozenset(_NAME_WORDS.split()) & STOP_WORDS

# Stopwords that, written in capitals amid normal text, are acronyms: the US, the UN, the WHO, IT.
ACRONYM_STOPWORDS = frozenset({"us", "un", "who", "it"})
