"""The Python API as a program uses it: one handle shared by threads, a closed handle, damaged bytes met while
searching, arguments of the wrong type or range, time zones, ``~`` in paths, and a handle older than a rebuild."""

from __future__ import annotations

import glob
import pickle
import shutil
import struct
import threading
import zlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path
from fuzzcorpus import make_news_corpus

import newssearch
from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.errors import (
    IndexClosed,
    IndexCorrupt,
    IndexNotFound,
    InvalidArgument,
    InvalidQuery,
    NewsSearchError,
)
from newssearch.guard import is_damage

SHOOTING = "000_952a12dfe0af93bf.txt"


@pytest.fixture
def idx(built: Path):
    with open_index(built) as index:
        yield index


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated reports indexed: enough postings and stored text that threads reading at once would collide."""
    root = tmp_path_factory.mktemp("reports")
    make_news_corpus(root / "corpus", 200)
    build_index(root / "corpus", root / "index", workers=1)
    return root / "index"


# --- one handle, several threads -------------------------------------------------------------------------------

QUERIES = [("police", {}), ("harbour flood", {"match": "any"}), ("election", {"sort": "date", "page": 2}),
           ("market", {"since": "2020-06"})]


def test_one_handle_searched_from_four_threads_gives_the_serial_results(reports: Path) -> None:
    with open_index(reports) as idx:
        def run(text: str, options: dict[str, object]) -> list[tuple[str, str]]:
            return [(hit.id, hit.snippet.plain()) for hit in idx.search(text, **options).hits]  # type: ignore[arg-type]

        serial = {text: run(text, options) for text, options in QUERIES}
        got: dict[str, list[list[tuple[str, str]]]] = {text: [] for text, _ in QUERIES}
        errors: list[BaseException] = []

        def worker(text: str, options: dict[str, object]) -> None:
            try:
                for _ in range(50):
                    got[text].append(run(text, options))
            except BaseException as exc:  # noqa: BLE001 - any exception is the failure being tested
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=query) for query in QUERIES]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert all(serial[text] for text in serial)
    assert {text: all(run == serial[text] for run in runs) and len(runs) == 50 for text, runs in got.items()} == \
        {text: True for text in serial}


# --- a closed handle ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("call", [
    lambda idx: idx.search("police"),
    lambda idx: idx.get(SHOOTING),
    lambda idx: idx.similar(SHOOTING),
    lambda idx: idx.timeline("police"),
    lambda idx: idx.stats(),
    lambda idx: idx.refresh(),
])
def test_a_closed_handle_says_so_and_closing_again_does_nothing(built: Path, call) -> None:  # type: ignore[no-untyped-def]
    with open_index(built) as idx:
        pass
    idx.close()  # a second close, after the with block's
    with pytest.raises(IndexClosed, match="the index handle is closed"):
        call(idx)


# --- damaged bytes found while searching -----------------------------------------------------------------------

@pytest.mark.parametrize("exc, damage", [
    (zlib.error("Error -3 while decompressing data: incorrect data check"), True),
    (struct.error("unpack requires a buffer of 4 bytes"), True),
    (pickle.UnpicklingError("invalid load key, '\\xb4'."), True),
    (UnicodeDecodeError("utf-8", b"\x87", 0, 1, "invalid start byte"), True),
    (OSError(22, "Invalid argument"), True),
    (EOFError(), True),
    (Exception("Block tag error b'\\x00\\x00\\x00\\x00'"), True),
    (Exception("something else"), False),      # a bare Exception is damage only by Whoosh's message
    (ValueError("Block tag error"), False),    # ... and only as a bare Exception
    (TypeError("unsupported operand"), False),  # a bug is a bug, not damage
    (InvalidQuery("the query is empty"), False),
])
def test_only_the_errors_of_unreadable_index_bytes_count_as_damage(exc: BaseException, damage: bool) -> None:
    assert is_damage(exc) is damage


def _raised_by(code: str) -> BaseException:
    """The exception ``code`` raises, with its traceback (``code`` runs as if in the file of its name)."""
    try:
        exec(compile(code, "/venv/lib/python3.11/site-packages/whoosh/codec/whoosh3.py" if "whoosh" in code
                     else "/src/newssearch/spelling.py", "exec"))
    except Exception as exc:  # noqa: BLE001 - any is the point
        return exc
    raise AssertionError("no exception")


@pytest.mark.parametrize("code, damage", [
    ("whoosh = []; whoosh[7]", True),     # a field number read from damaged bytes, past the list of fields
    ("whoosh = {}; whoosh['x']", True),
    ("ours = []; ours[7]", False),        # raised by newssearch's own code: a bug, not damage
])
def test_a_lookup_error_is_damage_only_in_whoosh_code(code: str, damage: bool) -> None:
    assert is_damage(_raised_by(code)) is damage



def test_damage_met_while_searching_is_one_line_naming_rebuild(built: Path, corpus: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from whoosh.reading import SegmentReader

    def unreadable(self, docnum):  # type: ignore[no-untyped-def]
        raise zlib.error("Error -3 while decompressing data: incorrect data check")

    monkeypatch.setattr(SegmentReader, "stored_fields", unreadable)
    with open_index(built) as idx, pytest.raises(IndexCorrupt, match=r"damaged: a file of it cannot be read \("):
        idx.search("police")
    result = CliRunner().invoke(cli, ["query", "police", "--index-dir", str(built)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "unexpected" not in result.stderr
    assert f"run `newssearch index --rebuild {corpus} --index-dir {built}`" in result.stderr


def test_damage_met_reading_articles_one_at_a_time_is_index_corrupt(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """articles() reads each article as it is asked for, after its guarded call has returned: a flipped byte in a
    stored column had raised a raw zlib.error out of the iteration (whoosh/columns.py)."""
    from whoosh.reading import SegmentReader

    def unreadable(self, docnum):  # type: ignore[no-untyped-def]
        raise zlib.error("Error -3 while decompressing data: incorrect data check")

    monkeypatch.setattr(SegmentReader, "stored_fields", unreadable)
    with open_index(built) as idx:
        articles = idx.articles()  # nothing read yet: the articles are read as they are asked for
        with pytest.raises(IndexCorrupt, match=r"damaged: a file of it cannot be read \("):
            next(articles)


def _swap_toc_fields(index: Path, one: str, other: str) -> None:
    """Rewrite the index's TOC with field ``one``'s object in ``other``'s place too, as a flipped byte in a memo
    reference of its pickled schema loads it."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    storage = FileStorage(glob.glob(str(index / "ix-*"))[0])
    toc = TOC.read(storage, "MAIN")
    toc.schema._fields[other] = toc.schema._fields[one]
    storage.delete_file("_MAIN_1.toc")
    toc.write(storage, "MAIN")


@pytest.mark.parametrize("one, other", [("lang", "title"), ("file", "body"), ("year", "daynum")])
def test_a_toc_schema_that_unpickled_with_swapped_fields_is_index_corrupt(built: Path, one: str, other: str) -> None:
    """A flipped byte in the TOC's pickled schema (a memo reference) loaded title as lang's ID field: searches had
    raised a raw TermNotFound ("Field 'title' is not indexed") or AttributeError from deep in Whoosh."""
    from newssearch.schema import SCHEMA
    from newssearch.schemashape import same_shape

    assert same_shape(SCHEMA)
    _swap_toc_fields(built, one, other)
    with pytest.raises(IndexCorrupt, match="its table of contents cannot be read"):
        open_index(built)


def test_flipped_segment_bytes_give_results_or_index_corrupt_never_a_raw_error(tmp_path: Path) -> None:
    files = sorted(glob.glob(str(shared_path("corpora", "bbc-news", "bbc", "business") / "0[0-9][0-9].txt")))
    (tmp_path / "corpus").mkdir()
    for name in files:
        shutil.copy(name, tmp_path / "corpus")
    build_index(tmp_path / "corpus", tmp_path / "index", workers=1)
    segment = Path(glob.glob(str(tmp_path / "index" / "ix-*" / "*.seg"))[0])
    data = bytearray(segment.read_bytes())
    for at in range(100_000, len(data), 7919):
        data[at] ^= 0xFF
    segment.write_bytes(bytes(data))
    outcomes = []
    for text in ["oil prices", "economy", "growth", "blair", "market", "bank"]:
        try:
            with open_index(tmp_path / "index") as idx:
                for hit in idx.search(text).hits:
                    idx.get(hit.id)
                idx.timeline(text)
            outcomes.append("ok")
        except NewsSearchError as exc:
            outcomes.append(type(exc).__name__)
    # A flipped byte inside a hit's stored id gives an id no article has: ArticleNotFound, a one-line error too.
    # Which bytes the flips hit moves with the files' times (a raw IndexError one run in thirty, before a posting
    # block's numbers were checked against its header: test_a_posting_block_past_its_header_is_damage).
    assert set(outcomes) <= {"ok", "IndexCorrupt", "ArticleNotFound"} and "IndexCorrupt" in outcomes, outcomes


def test_garbage_unpickled_by_whoosh_is_damage_but_its_argument_errors_are_not() -> None:
    """A flipped byte in a posting block's pickled info reached pickle as protocol 253: a raw ValueError from
    Whoosh's read_pickle, not IndexCorrupt. A ValueError Whoosh raises itself (a bad argument) is no damage."""
    from io import BytesIO

    from whoosh.filedb.structfile import StructFile
    from whoosh.searching import Searcher

    from newssearch.guard import is_damage

    with pytest.raises(ValueError, match="unsupported pickle protocol") as garbage:
        StructFile(BytesIO(b"\x80\xfd" + b"\x00" * 8)).read_pickle()
    assert is_damage(garbage.value)
    with pytest.raises(ValueError, match="pagenum") as argument:
        Searcher.search_page(object(), None, 0)  # type: ignore[arg-type]
    assert not is_damage(argument.value)


@pytest.mark.parametrize("gaps", [[3, 1, 250], [3, 1, 2, 9]])
def test_a_posting_block_past_its_header_is_damage(gaps: list[int]) -> None:
    """A flipped byte in an uncompressed block's gaps gave document numbers past the index's end: a raw IndexError
    where they were looked up. The block's last number is its header's, as Whoosh's writer records it."""
    from array import array
    from types import SimpleNamespace

    from newssearch.postingblocks import DamagedPostings, _read_ids

    whole = SimpleNamespace(_data=(array("I", [3, 1, 2]),), _byteids=False, _maxid=6)
    _read_ids(whole)  # type: ignore[arg-type]
    assert whole._ids == (3, 4, 6)
    damaged = SimpleNamespace(_data=(array("I", gaps),), _byteids=False, _maxid=6)
    with pytest.raises(DamagedPostings) as raised:
        _read_ids(damaged)  # type: ignore[arg-type]
    assert is_damage(raised.value)


def test_a_stored_day_number_that_is_no_day_is_damage_not_a_raw_error() -> None:
    """A flipped byte in the day-number column gave date.fromordinal a number past year 9999: a raw ValueError."""
    from datetime import date

    from newssearch.guard import is_damage
    from newssearch.recency import DamagedDay, day_from_number

    assert day_from_number(0) is None and day_from_number(738000) == date.fromordinal(738000)
    with pytest.raises(DamagedDay) as raised:
        day_from_number(16_712_000)  # year 45756
    assert is_damage(raised.value)


def test_damage_met_while_opening_is_index_corrupt_not_a_raw_error(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening reads the index's languages from its word list: a damaged block there had raised a raw OSError
    (Errno 22, a seek before the file's start) out of open_index, where any call on the handle says IndexCorrupt."""
    import newssearch.searcher

    def damaged(reader: object) -> set[str]:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(newssearch.searcher, "index_languages", damaged)
    with pytest.raises(IndexCorrupt, match="damaged"):
        open_index(built)


@pytest.mark.parametrize("stored", [
    {"title": "Oil prices rise"},  # the id's bytes flipped into another key
    {"id": 7, "title": "Oil prices rise"},
    {"id": "a.txt", "title": 3.5},
    {"id": "a.txt", "authors": 12},
    {"id": "a.txt", "authors": ["Jane Doe", None]},
])
def test_stored_fields_that_loaded_but_are_not_the_indexers_are_damage_not_a_raw_error(stored: dict[str, object]) -> None:
    """A flipped byte can leave a pickle that loads: a dict without its id had raised a raw KeyError from to_article."""
    from newssearch.guard import is_damage
    from newssearch.schema import DamagedStored, to_article

    with pytest.raises(DamagedStored) as raised:
        to_article(stored)
    assert is_damage(raised.value)


# --- arguments ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("options, said", [
    ({"limit": "5"}, "limit must be an int, not str ('5')"),
    ({"page": "2"}, "page must be an int, not str"),
    ({"limit": None}, "limit must be an int, not NoneType"),
    ({"limit": 5.5}, "limit must be an int, not float"),
    ({"limit": True}, "limit must be an int, not bool"),
    ({"limit": -1}, "limit must be between 0 and 1000000, not -1"),
    ({"page": 0}, "page must be at least 1, not 0"),
    ({"since": 2020}, "since must be a str such as '2020-06'"),
    ({"until": 2020.5}, "until must be a str"),
    ({"around": 2020}, "around must be a str"),
    ({"sort": None}, "sort must be a str, not NoneType"),
    ({"match": None}, "match must be a str, not NoneType"),
    ({"snippet_chars": "100"}, "snippet_chars must be an int"),
    ({"snippet_chars": -5}, "snippet_chars must be between 40 and 5000, not -5"),
    ({"snippet_chars": 10_000_000}, "snippet_chars must be between 40 and 5000"),
    ({"fragments": "2"}, "fragments must be an int"),
    ({"fragments": 0}, "fragments must be at least 1, not 0"),
    ({"recent": "yes"}, "recent must be True or False"),
])
def test_search_options_of_the_wrong_type_or_range_name_the_parameter(idx, options: dict[str, object],
                                                                      said: str) -> None:
    with pytest.raises(InvalidQuery) as caught:
        idx.search("police", **options)
    assert str(caught.value).startswith(said), str(caught.value)


@pytest.mark.parametrize("call, said", [
    (lambda idx: idx.search(None), "text must be a str"),
    (lambda idx: idx.get(1), "article_id must be a str, not int"),
    (lambda idx: idx.similar(None), "article_id must be a str"),
    (lambda idx: idx.similar(SHOOTING, limit="3"), "limit must be an int"),
    (lambda idx: idx.similar(SHOOTING, snippet_chars=10), "snippet_chars must be between 40 and 5000"),
    (lambda idx: idx.timeline("police", since=2020), "since must be a str"),
    (lambda idx: idx.timeline("police", by=None), "by must be a str"),
])
def test_other_calls_of_the_wrong_type_name_the_parameter(idx, call, said: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidQuery, match=said):
        call(idx)


@pytest.mark.parametrize("options, said", [
    ({"corpus": 5}, "corpus must be a str or a path, not int"),
    ({"index_dir": 5}, "index_dir must be a str or a path, not int"),
    ({"workers": "2"}, "workers must be an int, not str"),
    ({"workers": -3}, "workers must be between 1 and 64, not -3"),
    ({"workers": 65}, "workers must be between 1 and 64"),
    ({"lock_timeout": "5"}, "lock_timeout must be a number of seconds, not str"),
    ({"lock_timeout": -1}, "lock_timeout must be at least 0"),
    ({"lock_timeout": float("nan")}, r"lock_timeout must be a number of seconds, not float \(nan\)"),
    ({"progress": "yes"}, "progress must be a function"),
    ({"rebuild": 1}, "rebuild must be True or False"),
])
def test_build_index_arguments_of_the_wrong_type_or_range_name_the_parameter(corpus: Path, index_dir: Path,
                                                                             options: dict[str, object],
                                                                             said: str) -> None:
    arguments = {"corpus": corpus, "index_dir": index_dir, **options}
    with pytest.raises(InvalidArgument, match=said):
        build_index(arguments.pop("corpus"), **arguments)  # type: ignore[arg-type]
    assert not index_dir.exists()


def test_open_index_of_no_path_names_the_parameter() -> None:
    with pytest.raises(InvalidArgument, match="index_dir must be a str or a path, not int"):
        open_index(5)  # type: ignore[arg-type]


@pytest.mark.parametrize("option, name", [("--snippet-chars", "SNIPPET_CHARS_RANGE"), ("--limit", "LIMIT_RANGE"),
                                          ("--workers", "WORKERS_RANGE")])
def test_the_cli_allows_the_range_the_library_does(option: str, name: str) -> None:
    from newssearch import config

    command = cli.commands["index" if option == "--workers" else "query"]
    param = next(p for p in command.params if option in p.opts)
    assert (param.type.min, param.type.max) == getattr(config, name)  # type: ignore[attr-defined]


# --- dates with a time zone -------------------------------------------------------------------------------------

@pytest.mark.parametrize("zone", [timezone.utc, timezone(timedelta(hours=12)), timezone(timedelta(hours=-5))])
def test_a_datetime_with_a_time_zone_is_read_at_its_own_wall_clock_time(idx, zone: timezone) -> None:
    aware = idx.search("police", since=datetime(2020, 6, 19, tzinfo=zone), until="2021")
    naive = idx.search("police", since=datetime(2020, 6, 19), until="2021")
    assert [hit.id for hit in aware.hits] == [hit.id for hit in naive.hits] and naive.hits
    timeline = idx.timeline("police", since=date(2020, 1, 1), until=datetime(2021, 1, 1, tzinfo=zone))
    assert timeline.total == idx.timeline("police", since="2020", until="2021-01-01").total


def test_a_datetime_bound_stands_for_its_whole_day(tmp_path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "e.jsonl").write_text('{"id": "a", "title": "Harbour", "text": "The harbour board met.", '
                                    '"date": "2020-07-25T18:00:00Z"}\n')
    newssearch.build_index(corpus, tmp_path / "idx")
    with newssearch.open_index(tmp_path / "idx") as index:
        assert index.search("harbour", since=datetime(2020, 7, 25, 9, 30)).total == 1
        assert index.search("harbour", until=datetime(2020, 7, 25, 0, 0)).total == 1
        assert index.search("harbour", until=datetime(2020, 7, 24, 23, 59)).total == 0


# --- the index folder ---------------------------------------------------------------------------------------------

def test_an_index_dir_that_is_a_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "afile"
    path.write_text("x")
    with pytest.raises(IndexNotFound, match="afile is a file, not the folder of an index"):
        open_index(path)


@pytest.mark.parametrize("how", ["argument", "variable"])
def test_a_tilde_in_the_index_dir_is_the_home_folder(corpus: Path, tmp_path: Path, how: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    given = "~/news-index"
    if how == "variable":
        monkeypatch.setenv("NEWSSEARCH_INDEX", given)
    report = build_index(corpus, given if how == "argument" else None)
    assert report.index_dir == str(home / "news-index") and not (work / "~").exists()
    with open_index(given if how == "argument" else None) as idx:
        assert idx.index_dir == home / "news-index" and idx.search("police").total


def test_the_report_and_the_stats_name_the_index_folder_absolute(corpus: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # As they name the corpus: a relative index_dir had been reported as given, of no use from another folder.
    monkeypatch.chdir(tmp_path)
    report = build_index("corpus", "ix")
    assert (report.corpus, report.index_dir) == (str(corpus.resolve()), str((tmp_path / "ix").resolve()))
    with open_index("ix") as idx:
        monkeypatch.chdir(corpus)  # the folder the handle was opened from counts, not the one stats() is asked in
        assert idx.stats().index_dir == report.index_dir
        idx.refresh()  # had looked for ./ix in the corpus: IndexNotFound
        assert idx.search("police").total == 3


# --- a handle older than a rebuild ------------------------------------------------------------------------------

def test_a_handle_is_a_snapshot_until_it_is_refreshed(built: Path, corpus: Path) -> None:
    with open_index(built) as idx:
        before = idx.stats()
        (corpus / "extra.txt").write_text("Police dogs in the harbour.\n\nA second police story.\n")
        build_index(corpus, built, rebuild=True)  # the folder the handle reads is deleted
        assert idx.stats() == before and before.size_bytes > 0
        assert idx.search("harbour").total == 0
        idx.refresh()
        assert idx.stats().documents == before.documents + 1 and idx.stats().size_bytes > 0
        assert [hit.id for hit in idx.search("harbour").hits] == ["extra.txt"]


def test_a_refresh_that_fails_half_way_keeps_the_old_snapshot(built: Path, corpus: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from newssearch import searcher

    with open_index(built) as idx:
        before = [hit.id for hit in idx.search("police").hits]
        (corpus / "extra.txt").write_text("Police dogs in the harbour.\n\nA second police story.\n")
        build_index(corpus, built)

        def unreadable(reader):  # type: ignore[no-untyped-def]
            raise IndexCorrupt("the index's languages cannot be read")

        monkeypatch.setattr(searcher, "index_languages", unreadable)
        with pytest.raises(IndexCorrupt):
            idx.refresh()
        assert [hit.id for hit in idx.search("police").hits] == before  # the old searcher is still open and whole
        monkeypatch.undo()
        idx.refresh()
        assert "extra.txt" in [hit.id for hit in idx.search("harbour").hits]


def test_every_error_and_returned_type_is_exported() -> None:
    from newssearch import errors

    raised = {name for name, value in vars(errors).items()
              if isinstance(value, type) and issubclass(value, NewsSearchError)}
    returned = {"Timeline", "Snippet", "IndexStats", "IndexReport", "SearchResult", "Hit", "Article", "Skip"}
    assert raised | returned <= set(newssearch.__all__)
    assert all(getattr(newssearch, name) for name in newssearch.__all__)


def test_a_folder_of_other_files_holds_no_index(tmp_path: Path) -> None:
    """open_index("/tmp"), a folder of other files and no manifest, had raised IndexCorrupt: it holds no index, damaged
    or not, and says so as the command line does (IndexNotFound, the same words)."""
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(IndexNotFound, match="is not a newssearch index: it holds other files") as caught:
        open_index(tmp_path)
    shown = CliRunner().invoke(cli, ["query", "--index-dir", str(tmp_path), "storm"])
    assert shown.exit_code == 2 and caught.value.for_cli() in shown.output


def test_a_folder_whose_manifest_is_damaged_stays_corrupt(tmp_path: Path) -> None:
    (tmp_path / "newssearch.json").write_text("{not json\n")
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(IndexCorrupt, match="damaged"):
        open_index(tmp_path)
