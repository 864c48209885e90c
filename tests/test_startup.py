"""Start-up: Whoosh is imported without urllib.request or asyncio, and those stay importable as they are."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newssearch import build_index


def fresh_python(script: str, *args: str) -> str:
    """What ``script`` prints, run by a fresh interpreter (nothing imported yet) with ``args``."""
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True).stdout


def storm_corpus(folder: Path) -> Path:
    """``folder``/corpus holding one short story, a.txt."""
    (folder / "corpus").mkdir()
    (folder / "corpus" / "a.txt").write_text("Storm hits the harbour\n\nThe storm hit the harbour.\n", encoding="utf-8")
    return folder / "corpus"

CHECK = """
import sys
import newssearch.cli
print("whoosh" in sys.modules)
import newssearch.searcher
print(sorted(name for name in ("asyncio", "ssl", "email", "urllib.request", "cached_property") if name in sys.modules))
import whoosh.reading, functools
print(type(whoosh.reading.SegmentReader.__dict__["deleted_docs_set"]) is functools.cached_property)
import urllib.request, cached_property
print(hasattr(urllib.request, "urlopen"), cached_property.cached_property is not functools.cached_property)
"""


def test_whoosh_is_imported_without_the_modules_it_needs_not_and_they_stay_real() -> None:
    output = fresh_python(CHECK)
    assert output.splitlines() == ["False", "[]", "True", "True True"]  # --help imports no Whoosh


PORTER_AND_PLATFORM = """
import sys
import newssearch.cli, newssearch.searcher
print(sorted(name for name in ("platform", "whoosh.lang.porter") if name in sys.modules))
import platform, os, uuid, whoosh.analysis
from whoosh.lang.porter import stem
print(platform.system() == os.uname().sysname, uuid._LINUX == (platform.system() == "Linux"), hasattr(platform, "node"))
print(whoosh.analysis.StemFilter().stemfn("running"), stem("running"), next(whoosh.analysis.StemmingAnalyzer()("gales")).text)
"""


def test_click_and_whoosh_are_imported_without_platform_and_whooshs_porter_stemmer_and_they_stay_real() -> None:
    # uuid (imported by click.types) asks platform for the system's name alone: platform's import and its nine patterns
    # (some 3 ms) for os.uname()'s answer; Whoosh's analysis imports its Porter stemmer (13 patterns, some 2 ms) as its
    # StemFilter's default, which newssearch's own stemmer replaces
    output = fresh_python(PORTER_AND_PLATFORM)
    assert output.splitlines() == ["[]", "True True True", "runn runn gale"]


READ_TEXT = """
import sys
from newssearch.documents import parse_bytes
result = parse_bytes(b"Storm hits the harbour\\n\\nThe storm hit the harbour at dawn.\\n", "a.txt", ".txt")
print([article.title for article in result.articles])
print(sorted(name for name in ("bs4", "soupsieve", "lxml", "newssearch.documents.htmlclean") if name in sys.modules))
"""


def test_reading_plain_text_imports_no_html_parser() -> None:
    # bs4 and its CSS selectors had cost every update that read a text file 50 ms of imports; lxml and the HTML
    # cleaner (for the page lines a copied text may hold, and a headline's rules) about 30 ms more.
    output = fresh_python(READ_TEXT)
    assert output.splitlines() == ["['Storm hits the harbour']", "[]"]


SEARCH_ONLY = """
import sys
import newssearch.cli, newssearch.searcher
print(sorted(name for name in ("newssearch.documents.normalise", "newssearch.documents.compressed",
                               "newssearch.documents.encoding", "gzip") if name in sys.modules))
from newssearch.documents import GZIP_MAGIC, normalised
print(GZIP_MAGIC, normalised.__module__)
"""


def test_searching_imports_no_reading_helpers_and_the_package_still_offers_them() -> None:
    # The documents package is imported for Article alone on the query path; its normalising tables cost 20 ms.
    output = fresh_python(SEARCH_ONLY)
    assert output.splitlines() == ["[]", "b'\\x1f\\x8b\\x08' newssearch.documents.normalise"]


def test_the_finder_imports_no_import_machinery_beyond_what_python_starts_with() -> None:
    # Subclassing importlib.abc.MetaPathFinder pulled in importlib.resources and tempfile: 15 ms of every start-up.
    check = "import sys, newssearch.cli\nprint(sorted(m for m in ('importlib.abc', 'importlib.resources') if m in sys.modules))"
    output = fresh_python(check)
    assert output == "[]\n"


WIDE_AND_SCRIPTS = """
from newssearch import scriptlanguages, wrapping
def compiled():
    return scriptlanguages._in_scripts.cache_info().currsize
for words, sentence in (("Storm hits ", "Storm hits the harbour. "), ("東京の嵐 ", "東京で嵐が港を襲った。")):
    print(len(wrapping.wrapped_parts([(words * 20, False)], 40)), scriptlanguages.script_language(sentence * 5),
          compiled())
"""


def test_the_patterns_of_scripts_are_compiled_only_for_text_not_all_ascii() -> None:
    # Their ranges of tens of thousands of code points cost every start-up ~10 ms to compile. (Wide letters are told
    # by unicodedata since wrapping.py counts columns: no pattern.) Twenty "東京の嵐 " take 180 columns: 5 lines of 40.
    output = fresh_python(WIDE_AND_SCRIPTS)
    assert output.splitlines() == ["6 None 0", "5 ja 1"]


QUERY_ON_SCREEN = """
import sys
from click.testing import CliRunner
from newssearch import build_index
from newssearch.cli import cli
sys.modules.pop("csv", None)
corpus = sys.argv[1] + "/corpus"
build_index(corpus, sys.argv[1] + "/index")
result = CliRunner().invoke(cli, ["query", "harbour", "--index-dir", sys.argv[1] + "/index", "--color", "never"])
print(int(result.exit_code), "csv" in sys.modules, "newssearch.exports" in sys.modules)
"""


def test_a_query_shown_on_the_screen_imports_no_csv_writer(tmp_path: Path) -> None:
    storm_corpus(tmp_path)
    output = fresh_python(QUERY_ON_SCREEN, str(tmp_path))
    assert output == "0 False False\n"


VARIATIONS = """
import sys
import newssearch.cli, newssearch.searcher
print("whoosh.lang.morph_en" in sys.modules)
import whoosh.query.terms
from whoosh.lang import morph_en
print(morph_en.variations.__module__, whoosh.query.terms.variations("render") == morph_en.variations("render"))
"""


def test_whoosh_s_english_variations_load_only_when_called_and_stay_real() -> None:
    # whoosh.query.terms imports them for a Variations query newssearch never makes: ~5 ms of patterns to compile.
    output = fresh_python(VARIATIONS)
    assert output.splitlines() == ["False", "whoosh.lang.morph_en True"]


INDEX_COMMAND = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
result = CliRunner().invoke(cli, ["index", sys.argv[1] + "/corpus", "--index-dir", sys.argv[1] + "/index", "--json"])
print(int(result.exit_code), sorted(m for m in ("newssearch.snippets", "newssearch.matchspans", "multiprocessing",
                                                "concurrent.futures.process") if m in sys.modules))
"""


def test_the_index_command_imports_no_snippet_code(tmp_path: Path) -> None:
    # Its report's text went through formatting and results, which imported the snippet and match code for a type
    # name: 20 ms of every update's start. A run that reads its files itself starts no process pool, and imports
    # none (multiprocessing with it had been ~35 ms, for the one exception it may raise).
    storm_corpus(tmp_path)
    output = fresh_python(INDEX_COMMAND, str(tmp_path))
    assert output == "0 []\n"


READ_ONLY_COMMANDS = """
import sys
from click.testing import CliRunner
from newssearch import build_index
from newssearch.cli import cli
build_index(sys.argv[1] + "/corpus", sys.argv[1] + "/index")
runner = CliRunner()
codes = [int(runner.invoke(cli, [*command, "--index-dir", sys.argv[1] + "/index"]).exit_code)
         for command in (["stats"], ["show", "a.txt"], ["show", "a.txt", "--json"])]
print(codes, sorted(name for name in ("newssearch.indexquery", "newssearch.hitlist", "newssearch.feedback",
                                      "newssearch.notices", "newssearch.functionterms", "whoosh.qparser")
                    if name in sys.modules))
"""


def test_show_and_stats_import_no_query_code(tmp_path: Path) -> None:
    # They open an index and read no query: its parser, ranking of hits, feedback and notices had cost them ~30 ms.
    storm_corpus(tmp_path)
    output = fresh_python(READ_ONLY_COMMANDS, str(tmp_path))
    assert output == "[0, 0, 0] []\n"


NAMED_MONTHS = """
from newssearch.documents import dates, namedmonths
print(dates.parse_date("2020-06-19"), dates.parse_date("06/19/2020"), namedmonths.named_month_form.cache_info().currsize)
print(dates.parse_date("19 June 2020"), namedmonths.named_month_form.cache_info().currsize)
"""


def test_the_patterns_of_months_named_in_words_are_compiled_at_their_first_use() -> None:
    # Every language's month names in five patterns cost ~20 ms to compile, paid by every update that read a file.
    output = fresh_python(NAMED_MONTHS)
    assert output.splitlines() == ["2020-06-19 2020-06-19 0", "2020-06-19 1"]


HELP_TOPIC = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
print("difflib" in sys.modules)
result = CliRunner().invoke(cli, ["help", "sytnax"])
print(int(result.exit_code), "did you mean 'syntax'?" in result.output)
"""


def test_the_close_match_of_a_help_topic_is_looked_up_only_for_a_mistyped_one() -> None:
    # difflib had been imported by every command's start-up for this one message.
    output = fresh_python(HELP_TOPIC)
    assert output.splitlines() == ["False", "2 True"]


PATTERN_WORDS = """
import sys
from click.testing import CliRunner
from newssearch import expansions, patternphrases
from newssearch.cli import cli
from newssearch.documents import publishers
def compiled():
    return [made.cache_info().currsize for made in (patternphrases._phrase_word, expansions._pattern_word,
                                                    publishers._agency_credit)]
for query in ("harbour", '"the harbour" storm*'):
    result = CliRunner().invoke(cli, ["query", query, "--index-dir", sys.argv[1], "--color", "never"])
    print(int(result.exit_code), compiled())
"""


def test_the_patterns_of_quotes_wildcards_and_bylines_are_compiled_when_a_query_or_a_text_has_them(
        tmp_path: Path) -> None:
    # Each holds the table of marks (or every agency's name), a millisecond to compile, paid by every query's start.
    storm_corpus(tmp_path)
    build_index(tmp_path / "corpus", tmp_path / "index")
    output = fresh_python(PATTERN_WORDS, str(tmp_path / "index"))
    assert output.splitlines() == ["0 [0, 0, 0]", "0 [1, 1, 0]"]


INDEX_TEXT_ONLY = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
result = CliRunner().invoke(cli, ["index", sys.argv[1] + "/corpus", "--index-dir", sys.argv[1] + "/index", "--json"])
readers = ("archivefiles", "jsonfile", "jsonrecords", "lexisnexis", "factiva", "proquest", "mdtext", "mdinline",
           "headlines")
print(int(result.exit_code), [name for name in readers if "newssearch.documents." + name in sys.modules])
from newssearch.documents.textexports import is_separator, read_export
print(is_separator(" 1 of 3 DOCUMENTS "), is_separator("Storm hits"), read_export("Storm hits", "a.txt"))
"""


def test_indexing_text_files_imports_no_archive_json_or_export_readers(tmp_path: Path) -> None:
    # An update of a folder of .txt stories had imported the zip and tar readers (for one check of files over 64 MB),
    # the JSON readers (for Omnivore's file of records) and every news database's layout with its patterns (for a
    # text holding one of their marks), and the Markdown inline patterns under Wallabag's: 30 ms of every update.
    # The layouts' separators are still there for a PDF's running lines.
    storm_corpus(tmp_path)
    output = fresh_python(INDEX_TEXT_ONLY, str(tmp_path))
    assert output.splitlines() == ["0 []", "True False None"]


INDEX_MODULES = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
result = CliRunner().invoke(cli, ["index", sys.argv[1] + "/corpus", "--index-dir", sys.argv[1] + "/index", "--json"])
print(int(result.exit_code), sorted(m for m in sys.argv[2:] if m in sys.modules))
"""


def test_indexing_text_files_imports_no_mail_body_reader_nor_lxml(tmp_path: Path) -> None:
    # The indexer imported documents.mailbody for is_archive alone (a test of a name's ending), and with it the
    # e-mail parser, lxml and the alert rules: 38 modules, ~18 ms CPU of every index run, a no-op's too.
    storm_corpus(tmp_path)
    modules = ("newssearch.documents.mailbody", "newssearch.documents.mailalerts", "email.message", "lxml.etree")
    assert fresh_python(INDEX_MODULES, str(tmp_path), *modules) == "0 []\n"  # a first build
    assert fresh_python(INDEX_MODULES, str(tmp_path), *modules) == "0 []\n"  # an update that changes nothing


BYLINE_WORDS = """
from newssearch.documents import personcheck, parse_bytes
parse_bytes(b"Storm hits the harbour\\n\\nThe storm hit the harbour at dawn.\\n", "a.txt", ".txt")
compiled = personcheck._patterns.cache_info
print(compiled().currsize)
print(personcheck.is_person("Jane Doe"), personcheck.names_no_person("Political Reporter"), compiled().currsize)
"""


def test_the_patterns_of_names_that_are_no_person_are_compiled_when_a_name_is_checked() -> None:
    # The desks' and roles' words of every language and the ranges of CJK letters cost every update that read a
    # file 7 ms to compile, though a wire story with no byline never asks whether a name is a person's.
    output = fresh_python(BYLINE_WORDS)
    assert output.splitlines() == ["0", "True True 1"]


def test_an_update_that_merges_no_segment_imports_no_query_patterns(tmp_path: Path) -> None:
    # The segment writer imported the query side's patterns (wildcards, fuzzy automata, pattern scores: 8 modules,
    # ~10 ms of every update's start, ~20 ms from source) for the languages of a segment it merges.
    storm_corpus(tmp_path)
    check = INDEX_COMMAND.replace('("newssearch.snippets"',
                                  '("newssearch.patterns", "newssearch.fuzzywords", "newssearch.fastscore", "newssearch.snippets"')
    assert check != INDEX_COMMAND
    assert fresh_python(check, str(tmp_path)) == "0 []\n"


READ_TEXT_WITHOUT_MAIL = """
import sys
from newssearch.documents import parse_bytes
story = b"Storm hits the harbour\\n3 March 2024\\n\\nWELLINGTON - The storm hit the harbour at dawn.\\n"
print([article.date for article in parse_bytes(story, "a.txt", ".txt").articles])
print(sorted(name for name in ("email", "socket", "newssearch.documents.mailheader", "newssearch.documents.mailsenders")
             if name in sys.modules))
mail = (b"From: Jane Doe <jane@example.com>\\nSubject: Re: Storm hits the harbour\\n"
        b"Date: Sun, 3 Mar 2024 10:00:00 +1300\\n\\nThe storm hit.\\n")
print([(article.title, article.authors, str(article.date)) for article in parse_bytes(mail, "m.txt", ".txt").articles])
"""


def test_reading_a_text_without_a_mail_header_imports_no_mail_modules() -> None:
    # The text header's e-mail fields and RFC 822 dates imported the standard library's e-mail parser and socket
    # (27 modules, ~20 ms of every update that read a text) for the few texts that are saved messages.
    output = fresh_python(READ_TEXT_WITHOUT_MAIL)
    assert output.splitlines() == ["[datetime.date(2024, 3, 3)]", "[]",
                                   "[('Storm hits the harbour', ('Jane Doe',), '2024-03-03')]"]


def test_an_update_that_changes_nothing_imports_no_segment_writer(tmp_path: Path) -> None:
    # The writer (and its analysis, pool and postings modules: 7 modules) was imported before the run knew it had
    # nothing to write; a no-op update of Reuters' 19,043 stories took ~10 ms more for it.
    storm_corpus(tmp_path)
    build_index(tmp_path / "corpus", tmp_path / "index")
    check = INDEX_COMMAND.replace('("newssearch.snippets"', '("newssearch.segwriter", "newssearch.snippets"')
    assert check != INDEX_COMMAND
    assert fresh_python(check, str(tmp_path)) == "0 []\n"


MISSING_ID_HELPERS = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
helpers = ("goneids", "addressids", "datehints", "documents.warccaptures")
result = CliRunner().invoke(cli, ["query", "harbour", "--index-dir", sys.argv[1] + "/index", "--color", "never"])
print(int(result.exit_code), [name for name in helpers if "newssearch." + name in sys.modules])
result = CliRunner().invoke(cli, ["show", "gone.txt", "--index-dir", sys.argv[1] + "/index"])
print(int(result.exit_code), [name for name in helpers[:2] if "newssearch." + name in sys.modules])
"""


def test_a_search_imports_what_explains_a_missing_id_or_a_refused_date_only_when_asked(tmp_path: Path) -> None:
    # goneids, addressids (with the WARC address keys) and datehints had been imported by every query: 7 ms of a
    # command's start for an error's path
    build_index(storm_corpus(tmp_path), tmp_path / "index")
    assert fresh_python(MISSING_ID_HELPERS, str(tmp_path)) == "0 []\n2 ['goneids', 'addressids']\n"


AMOUNT_HELPERS = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
for text in sys.argv[2:]:
    result = CliRunner().invoke(cli, ["query", text, "--index-dir", sys.argv[1] + "/index", "--color", "never"])
    print(int(result.exit_code), "newssearch.currencyamounts" in sys.modules)
"""


def test_a_query_imports_the_currency_amounts_only_when_it_types_a_sign_or_a_code(tmp_path: Path) -> None:
    # a currency code is a word of its own: "Europe" had read as EUR, importing currencyamounts and slashedwords
    build_index(storm_corpus(tmp_path), tmp_path / "index")
    assert fresh_python(AMOUNT_HELPERS, str(tmp_path), "european storm", "storm 50 EUR") == "1 False\n1 True\n"


UPDATE_COMMAND = """
import sys
from click.testing import CliRunner
from newssearch.cli import cli
result = CliRunner().invoke(cli, ["index", sys.argv[1] + "/corpus", "--index-dir", sys.argv[1] + "/index", "--json"])
print(int(result.exit_code), result.output.count('"updated": 1'), result.output.count('"deleted": 1'),
      sorted(m for m in ("whoosh.query", "whoosh.searching") if m in sys.modules))
"""


def test_an_update_deletes_the_old_articles_without_a_query_or_a_searcher(tmp_path: Path) -> None:
    # Whoosh's delete_by_term made a Term query and ran it through a searcher for each changed file: ~16 ms of
    # imports and ~0.2 ms a file (segwriter.NewsWriter.delete_by_term reads the postings).
    corpus = storm_corpus(tmp_path)
    (corpus / "b.txt").write_text("Council meets\n\nThe council met on Monday.\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    (corpus / "a.txt").write_text("Storm hits the harbour\n\nThe storm hit the harbour at dawn.\n", encoding="utf-8")
    (corpus / "b.txt").unlink()
    output = fresh_python(UPDATE_COMMAND, str(tmp_path))
    assert output == "0 1 1 []\n"


COLLECTIONS_WHILE_IMPORTING = """
import gc, sys
seen = []

def importing_in(names):
    # an import under way in the first of the functions named that the stack meets going out, not in build_index
    # (whose imports are the run's: its readers', its writer's)
    frame, importing = sys._getframe(2), False
    while frame is not None:
        importing = importing or frame.f_code.co_filename.startswith("<frozen importlib")
        if frame.f_code.co_name in (*names, "build_index"):
            return importing and frame.f_code.co_name != "build_index"
        frame = frame.f_back
    return False

command, watched = sys.argv[1].split("|"), sys.argv[2:]  # the arguments, and the functions whose imports are watched
gc.callbacks.append(lambda phase, info: seen.append(phase) if phase == "start" and importing_in(watched) else None)
from newssearch.entry import main
sys.argv = ["newssearch", *command]
try:
    main()
except SystemExit as exc:
    print(int(exc.code or 0), len(seen))  # an IntEnum prints its name on Python 3.10
"""


def test_the_command_line_and_the_indexer_are_imported_without_collections(tmp_path: Path) -> None:
    # Importing makes many objects and next to no garbage: the collector had run ~17 times while the command line was
    # imported and about as often again while the index command imported the indexer (~7 ms of a 1% update of Reuters).
    storm_corpus(tmp_path)
    version = fresh_python(COLLECTIONS_WHILE_IMPORTING, "--version", "main")
    assert version.splitlines()[-1] == "0 0"
    index = f"index|{tmp_path / 'corpus'}|--index-dir|{tmp_path / 'index'}|--json"
    assert fresh_python(COLLECTIONS_WHILE_IMPORTING, index, "index_command").splitlines()[-1] == "0 0"


BYLINE_PATTERNS = """
from newssearch.documents import parse_bytes, textbylinenames
wire = b"COFFEE PRICES RISE\\n\\nNEW YORK, March 3 - Coffee prices rose on Tuesday, traders said.\\n"
parse_bytes(wire, "a.txt", ".txt")
from newssearch.documents import boilerlines
compiled = [textbylinenames._agency_patterns.cache_info, textbylinenames._cjk_bylines.cache_info,
            boilerlines.promotion.cache_info]
print([info().currsize for info in compiled])
signed = b"Storm hits the harbour\\n\\nBy Jane Doe, Reuters\\n\\nThe storm hit the harbour at dawn on Tuesday.\\n"
print([article.authors for article in parse_bytes(signed, "b.txt", ".txt").articles], [info().currsize for info in compiled])
"""


PAGE_PROMOTIONS = """
from newssearch.documents import boilerlines
print(boilerlines.promotion.cache_info().currsize)
print(boilerlines.drop_promotions(["The storm hit the harbour at dawn.", "Sign up for our daily newsletter."]),
      boilerlines.promotion.cache_info().currsize)
"""


def test_the_patterns_of_agencies_cjk_bylines_and_promotions_are_compiled_at_their_first_use() -> None:
    # Every agency's names three times over, the ranges of Han and Hangul letters, and the newsletter and app offers a
    # page's paragraphs are cut of: ~5 ms of compiling that an update of wire stories without a byline
    # (Reuters-21578's) paid at its first file.
    output = fresh_python(BYLINE_PATTERNS)
    assert output.splitlines() == ["[0, 0, 0]", "[('Jane Doe',)] [1, 1, 0]"]
    page = fresh_python(PAGE_PROMOTIONS)
    assert page.splitlines() == ["0", "['The storm hit the harbour at dawn.'] 1"]


PARSE_ONE_LINE = """
import sys
from newssearch.querying import parse_user_query
from newssearch.schema import make_schema
parse_user_query("armed offenders", make_schema())
print(sorted(name for name in ("newssearch.documents.textheader", "newssearch.documents.textbyline",
                               "newssearch.documents.personnames") if name in sys.modules))
"""


def test_a_query_of_one_line_imports_no_text_reader() -> None:
    # Reading a pasted article's byline and date line (pastedarticles) takes the text reader's rules, about 40
    # modules: only a query of several lines under --match all can be one.
    output = fresh_python(PARSE_ONE_LINE)
    assert output == "[]\n"
