"""Named defaults, and the one place where environment variables are read."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_INDEX_DIR = "index"
INDEX_DIR_ENV = "NEWSSEARCH_INDEX"
DEBUG_ENV = "NEWSSEARCH_DEBUG"  # set (1, yes, on...): an unexpected error's traceback, not its one line
SWITCH_OFF = frozenset({"", "0", "false", "no", "off"})  # a switch variable's values that leave it off, any case
DEFAULT_LIMIT = 10
EVERY_ARTICLE = "*"          # the query of every article: a timeline with no words counts them all
MAX_LIMIT = 1_000_000          # hits in one page: enough for every article of an index at once (hits stream)
LIMIT_RANGE = (0, MAX_LIMIT)  # hits per page, in the library as on the command line (--limit); 0: the count and
                             #     facets alone, no hit listed (Elasticsearch's size=0)
SNIPPET_CHARS = 240          # characters of article text in one hit's snippet
SNIPPET_CHARS_RANGE = (40, 5000)  # ... the sizes allowed (--snippet-chars)
SNIPPET_FRAGMENTS = 2        # at most this many separate passages per snippet
FRAGMENTS_RANGE = (1, None)  # ... at least one, no upper bound
WORKERS_RANGE = (1, 64)      # reader processes an index run may ask for (--workers)
DEFAULT_MAX_WORKERS = 8      # ... and at most how many it uses unasked (one per core), for a large run
LOCK_TIMEOUT = 30             # seconds a second indexer waits for the first
TITLE_BOOST = 2.0            # how much more a match in the title counts than one in the body
MAX_BOOST = 1_000_000        # the largest boost a query may give (word^N), alone or times its groups' (a score stays finite)
EXACT_FORM_BOOST = 0.5       # extra weight for a word typed with diacritics and found as typed
# In author: and source:, the spelling typed decides: a name with marks is indexed in three forms, and that longer
# field had outscored it by BM25's length normalisation in a corpus of many articles without a byline.
NAME_EXACT_FORM_BOOST = 4.0
OTHER_SPELLING_BOOST = 0.5   # weight of another spelling of a word typed (Maaori for Māori) against the one typed
INITIAL_NAME_BOOST = 0.5    # weight of a byline found through an initial (Meike Neitz for author:"M. Neitz") against the name typed
CURRENCY_AMOUNT_BOOST = 3.0  # weight of an amount typed with its currency found with it (50 mln dlrs for $50m)
BARE_AMOUNT_WEIGHT = 0.25   # ... and of its number and scale found without it (50 mln shares): a headline's had led
OTHER_CURRENCY_WEIGHT = 0.02  # ... and found only in another currency (£50m for $50m): after those without one
# ... and the spelling typed, in a phrase, over its currency's other spellings ("paid $50,000,000 for" over "paid USD 50
# million for"): a spelling of more words or rarer ones had outscored it, the typed one counted once in their OR
TYPED_AMOUNT_WEIGHT = 4.0
ALIAS_BOOST = 1.0           # weight of a name's other form (U.N. for United Nations) against the form typed
BM25_K1 = 1.2                # term-frequency saturation (BM25F); tuned on TIME queries 1-41
BM25_B = 0.75                # body length normalisation (the usual BM25 value; 0.7-1.0 all within 0.01 on TIME 1-41)
TITLE_B = 0.5                # title length normalisation
MAX_ANY_WORDS = 30           # --match any: a longer OR (a pasted paragraph) keeps its rarest words (TIME: 16 at most)
FEEDBACK_DOCS = 5            # pseudo-relevance feedback: top articles the expansion terms come from
FEEDBACK_TERMS = 10          # ... how many expansion terms are added (optional, they never filter); 10 as in Anserini's RM3
                             #     (TIME 1-41 MAP 0.768 -> 0.782, ahead of 20 at every docs/lambda tried; 42-83 0.713 -> 0.715)
FEEDBACK_ORIGINAL = 0.6      # ... share of the weight kept by the words typed (RM3's lambda)
FEEDBACK_MIN_DOCS = 2        # ... an expansion term must be in at least this many of those articles
RECENT_HALF_LIFE_DAYS = 365  # --recent: the date bonus halves at most every year older than the newest article
RECENT_SPAN_SHARE = 2        # ... and every half of the index's span of dates when that is shorter (a day at
                             #     least): a fortnight in an archive of a month, half a year in one of a year
                             #     (TIME 1-41 MAP with --recent: share 2 0.791, 4 0.749; the fixed year 0.782)
AROUND_SPAN_SHARE = 20       # --around DATE: the date bonus halves every twentieth of the index's span of dates
                             #     (a day at least): years in an archive of decades, days in one of a month
RECENT_STRAY_EVERY = 1000    # --recent sets aside the newest date of one in this many dated articles (strays)
RECENCY_FLOOR = 0.5          # the date decay never cuts a score below this share (old news still counts); an
                             #     undated article gets it too (it had 0.75 under --recent: above old dated ones)
RERANK_DEPTH = 200           # the date decay re-scores this many top hits by relevance
PARALLEL_MIN_FILES = 500     # below this many files to read, reading in one process is faster (191 Reuters
                             #     stories: 0.17 s more CPU in 2 worker processes, each importing the readers, and no sooner)
PARALLEL_SEGMENT_MIN_FILES = 1000  # from this many files to read, each worker writes its own segment
PARALLEL_MIN_BYTES = 4_000_000  # ... or from this many bytes in two or more files (exports, wire archives)
STREAM_MIN_BYTES = 64 << 20  # a JSON Lines file or a CSV/TSV table this large is read a line (a row) at a time,
                             #     twice, not whole (whole, a 300 MB export had peaked at about 4 times its size)
FACET_VALUES = 20            # --facets: most common sources and authors listed
SIMILAR_TERMS = 50           # similar: key words of the article the search is made of (chosen on BBC News, odd file numbers)
SIMILAR_SHARED = 0.1         # similar: the share of them an article must hold (chosen on BBC News, odd file numbers)


def resolve_index_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The index folder: the explicit argument, else $NEWSSEARCH_INDEX, else ./index; a leading ``~`` is the
    home folder (a quoted ``'~/news-index'`` or a variable the shell did not expand had made a folder named ~)."""
    if explicit:
        if not str(explicit).strip():  # a folder named " " had been made
            raise _blank("index_dir is blank: it names no folder", "give the index's folder, or None for the default")
        return home_path(explicit)
    from_env = os.environ.get(INDEX_DIR_ENV)
    if from_env and not from_env.strip():  # set to spaces: a folder named " " had been made and searched
        raise _blank(f"${INDEX_DIR_ENV} is blank: it names no index folder",
                     f"set it to the index's folder, or unset it for ./{DEFAULT_INDEX_DIR}")
    return home_path(from_env) if from_env else Path(DEFAULT_INDEX_DIR)


def switched_on(name: str) -> bool:
    """Whether the environment variable ``name`` turns its switch on: set to anything but 0, false, no, off or
    blanks, in any letter case and between spaces (``NEWSSEARCH_DEBUG=0`` had turned it on: it was only asked
    whether it was set)."""
    return os.environ.get(name, "").strip().lower() not in SWITCH_OFF


def debugging() -> bool:
    """Whether $NEWSSEARCH_DEBUG asks for an unexpected error's traceback."""
    return switched_on(DEBUG_ENV)


def named_by_env(folder: Path) -> bool:
    """Whether $NEWSSEARCH_INDEX names ``folder``: a message about it says where it came from (a variable set in a
    profile long ago is easily forgotten)."""
    from_env = os.environ.get(INDEX_DIR_ENV, "")
    try:
        return bool(from_env.strip()) and home_path(from_env).resolve() == folder.resolve()
    except (OSError, RuntimeError, ValueError):  # a loop of links, a NUL: it names no folder to compare
        return False


def _blank(message: str, hint: str) -> Exception:
    """The error for an index folder named by blanks alone (imported here: ``config`` is loaded before the errors)."""
    from .errors import InvalidArgument

    return InvalidArgument(message, hint=hint)


def home_path(path: str | os.PathLike[str]) -> Path:
    """``path`` with a leading ``~`` or ``~user`` as that home folder, as the shell expands it, and as named when no
    user has that name, as bash leaves it (``~draft.txt``, ``~old``: ``Path.expanduser`` had raised RuntimeError)."""
    return Path(os.path.expanduser(path))
