"""The fast indexing path makes the same index as Whoosh's own: one-pass analysis, NewsWriter, worker segments."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from conftest import shared_path
from whoosh import fields
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from newssearch import build_index, config, corpusreads, indexer, open_index
from newssearch.corpus import CorpusFile
from newssearch.fastanalysis import compile_schema
from newssearch.parallel import FileJob, split_jobs
from newssearch.postingpool import ChunkedPool
from newssearch.schema import SCHEMA
from newssearch.segwriter import NewsWriter
from newssearch.textanalysis import spelling_words

TRICKY = [
    "",
    "   \n\t ",
    "the of and a an to",
    "Waitematā Harbour: the Māori name, MĀORI in capitals, Maaori doubled; café, naïve, coöperate.",
    "Straße ÆTHER Øresund Łódź İstanbul ǅemal ﬁnance ﬃ ½ ²³ Ⅻ",
    "U.S. e.g. 3.5% 1,000,000 don't it's co-operate re-elect 2020-06-19 a.b.c. x.y",
    "well-known state-of-the-art year-on-year - a -the the- co‐op re‑elect U.S.-led 9-to-5 _-the x-_ Ā-the",
    "Running runs ran runner; generously GENEROUS generosity. Police police POLICE.",
    "Ñandú ñandú 北京 Москва Δελφοί straße STRASSE ß",
    "The US-UK deal: U.S. and u.s. troops, the UN and the WHO; let us talk. LET US TALK NOW. IT said AIDS.",
    "The UN's envoy, the US’s allies, EU's rules, THE UN'S VOTE, un's, UNS's, A.B.'s",
    "Forty MPs and one MP, NGOs, MP3s, NATOs, ICBMs, ITs, IRS, GPS, MPS VOTE, Is As OKs IDs",
    "BREAKING NEWS: US troops. US NZ. A. B. U.S.A. x.Y.z G7 Elizabeth II ÉU",
    "北京大学今天宣布 火 iPhone手机 U.S.手机 2024年3月 東京タワーの天気 ガス ｶﾞｽ 서울에서 회의가 열렸다 々 the中",
    "L'État d'Italia qu’il dell'anno l'a d'1 O'Neill rock'n'roll L'ÉTAT l'Māori US'l s'US co-l'état",
    "Präsident Müller in Malmö; PRÄSIDENT Mueller, Bürgermeister ÄÖÜ äöü",
    "C++ and C# (F#, c++11, C++-based, ABC++, a++ x#y #C) Ç# vitamin C; C. Plan C++.",
    "e-mail E-Mail take-over F-16 COVID-19 1987-88 3-4 1,000-strong a-b-c-d-e US-led AFL-CIO İstanbul-based "
    "ΟΔΟΣ-ΓΔ Jean‐Pierre co-op-era x-C++ e-mail-ing the-of Amazon.com-owned l'État-major 北京-上海 Māori-led",
    "a profit of £1,200.5m, $1.5m and 7.5bn; 5,000m 10,000m 1,000 3,5 1,0000",
    "Amazon.com said.He e.g. 3.5 U.S. bbc.co.uk Ph.D No.1 said.said www.Ärzte.de 1990s.The l'amazon.com İ.İstanbul",
    "5% 5 % 5.5% 5,5 % 5 per cent, 5 PER CENT 5 Per\ncent per cents super cent 50 Cent %d a%20b 100%-owned",
    "5%\u00a0per\u00a0cent 5\u202f% ٥٪",
    "rose 5 pct, 12.5 PCT and 50 pc; 5pct 5pc 5\u00a0pct 5\npct PROFIT UP 5 PCT a PC, 486 PC, pc users, the PCT, 5, pct 5 pcs",
    "a%20b printf('%d') x%y 5%20 1%2C 5 per\n\ncent 5 per\r\ncent 5 per\r\n\r\ncent 5 pct-owned 5 PC's",
    "Straße 5 pct ümlaut 5 Pct, 5 pC",
    "3 mln dlrs, 1.2 BLN DLRS, 50 mln stg, 2 tn, 5 bn-dollar, 3 million dlrs; mln dlrs 3 TN 4\nmn 5\u00a0bln Müller 6 mln",
    "U.S. dlrs, Canadian Dlrs, the dlr; DLR line, DLRs, dLr, 50-mln-dlr, dlrs-a-share, x-dlrs dlrsx",
    "the mLn, the MlN, the DlR",  # a wire word in mixed case alone: the one-pass gate had missed it
    "£1.2bn, $3m, €500m, NZ$2.5m, 1.2bn, 3.5mn, 2tn, £800k, R5m, a 5,000m race at 10am, $1.5M",
    "Profit $3m, 1.2bn and 5m; 7tn-dollar, 5-1.2bn, x-$3m-y R5m-z",
    "news@stuff.co.nz www.stuff.co.nz/sport BBC.CO.UK smh.com.au said.it co.nz www.example.xyz Stuff.Co.Nz ÄRZTE.de",
    "www.nhs.uk/conditions WWW.GOV.UK www.co.uk www.bbc.co.uk",
    'דובר צה"ל הודיע כי ארה״ב, האו"ם ג׳ורג׳ ג\'ורג\' צָה"ל צה”ל “שלום” א“ב "ציטוט" אב"ג" x"y',
    "İstanbul'da Erdoğan'ın Türkiye’de Ankara'da NATO'nun Blair's O'Neill Don't We'll I'm Rock'n'roll ABD'NİN x'de",
    "הממשלה והכנסת ובחינוך הים ווילה והוא הַמֶּמְשָׁלָה וְהַכְּנֶסֶת הצה\"ל ה-7 הABC ו"
    " בירושלים ולכשיגיע מהבית שלום משה בְּבַיִת",  # Hebrew's article, "and" and prepositions
    "علی علي على كتاب کتاب ٢٠٢٤ ۱۴۰۳ عـلي ـــ أحمد ک2",
    "O´Brien O`Brien OʼBrien O′Brien don`t L´État O´DRISCOLL 5′10″ ʼ90s x´ ´y `code` a`b`c",
    "at 9:30am 10.45pm 9.30a.m. 12:00PM 9pm 3.75m 99pm 10:45P.M. 9:30 am 1.05pm's 30AM",
    "O´Brien at 9:10am, 11:12P.M. and 10am; 10\u00a0000 20\u202f000 1\u2009250\u2009000 1990 200 1991\u00a0300",
    "40\u00a0000m F-16\u00a0000 e-40\u00a0000 1\u00a0000-strong 12\u00a0345\u00a06789 x1\u00a0000 ٤٠\u00a0٠٠٠ 10\u00a0000\u00a0mots Müller",
    "rose 24-7/8 to 30, 269 3/4 up 1/2; 6-1/4 1/8 MAY7 3/4 124-14/32 24/7 24-7 9/11 24 9/11 7/8/87 7-1/2-pct"
    " x-24-7/8 5\u00a01/2 e-mail 3-1/4 co-op",  # mixed numbers: their hyphen or space a token, other hyphens not
    "Ph.D. PhD B.Sc. M.Sc.'s Ph.D.'s U.S.A. N.A.T.O. A.I.D.S. BP.L GM.N It.He W.Va. ph.d. PH.D. Mr.X",
    "Jim Cooper's co-operation, busy businesses' authorities, the authority's EXECUTIVEs, ironic irony-laden iron",
    "AT&T AT & T S&P 500 R&D's M&As Q&A h&m x&y&z A & B & C Fisher&Paykel a&&b & &T AT&T-owned x-AT&T U.S.&T "
    "AT\u00a0&\u00a0T AT&amp;T R&\nD C#&T T&C++ $5&T S&P’s É&T Ça&T PSE&G SDG&E’s "
    "B&NES PSE & G Oil&Gas ABCD&E",  # initialisms joined by "&"
    "the .NET framework (.NET Core) .NET's .Net-based .com .co.uk 5%.Net grew.Net ...and .5 “.NET” .NET.Framework "
    "Ünited .Net x .C++ .AT&T .$5 .NET9 [.io]",  # words written with a dot at their start
    "four mln tonnes, Five Million, TEN PCT, thirty per cent, twelve thousand, one of them, twenty-five million "
    "four-million one billion-dollar someone million ninety\u00a0percent one. Million eleven bln fifty mn",  # number words
    "paid 2.50 mln dlrs, $2.500m, 1.50 BILLION, 3.0 mln, 0.50 thousand, €2,50m, US$ 1.50 bn, 2.50bn, 10.0 mn, 2.50 dlrs"
    " 2,50 Mio. € 1.500 Mio. Euro 1,234.50 mln million 2.50 2.05 mln",  # zeros ending a number's decimals before a scale
]


def _texts() -> list[str]:
    return TRICKY + [f"{t} {t.upper()} {t.lower()}" for t in TRICKY]


@pytest.mark.parametrize("name", ["title", "body"])
def test_one_pass_equals_the_chain(name: str) -> None:
    plan = compile_schema(SCHEMA)[name]
    field = SCHEMA[name]
    for text in _texts():
        analysis = plan.analyse(text)
        expected = sorted(field.index(text))
        assert sorted(analysis.items) == expected, text
        # stopwords are not counted, nor a word's other forms at its place
        searched = [t for t in field.analyzer(text, mode="index", positions=True) if t.searched]
        assert analysis.length == len(searched), text
        assert analysis.spelling == spelling_words(field, text), text


@pytest.mark.parametrize("texts", [TRICKY, [text for text in TRICKY if text.isascii()],
                                   [text for text in TRICKY if text.isascii() and "%" not in text and "pc" not in text]])
def test_one_pass_equals_the_chain_on_a_text_saying_its_words_many_times(texts: list[str]) -> None:
    # each distinct word is one string shared by its places (and made plain and lower-cased once): the texts run
    # together three times, as a text with and without other letters than ASCII's, with and without percent words
    plan, field = compile_schema(SCHEMA)["body"], SCHEMA["body"]
    text = "\n\n".join(texts * 3)
    analysis = plan.analyse(text)
    assert sorted(analysis.items) == sorted(field.index(text))
    assert analysis.length == len([t for t in field.analyzer(text, mode="index", positions=True) if t.searched])
    assert analysis.spelling == spelling_words(field, text)


def test_a_term_is_one_bytes_object_in_every_texts_items() -> None:
    # the writer's pool holds a posting's term for every text: one object, not an encoding a text
    plan = compile_schema(SCHEMA)["body"]
    first, second = (dict((term, term) for term, *_ in plan.analyse(text).items)
                     for text in ("Police said the gunmen fled.", "The gunmen fled, police said."))
    assert first.keys() == second.keys()
    assert all(first[term] is second[term] for term in first)


def test_one_pass_equals_the_chain_on_real_news() -> None:
    folder = shared_path("corpora", "bbc-news", "bbc")
    plan, field = compile_schema(SCHEMA)["body"], SCHEMA["body"]
    for path in sorted(folder.rglob("*.txt"))[:300]:
        text = path.read_text(encoding="latin-1")
        analysis = plan.analyse(text)
        assert sorted(analysis.items) == sorted(field.index(text)), path.name
        assert analysis.spelling == spelling_words(field, text), path.name


def test_unknown_chain_shape_gets_no_fast_path() -> None:
    from whoosh import fields
    from whoosh.analysis import StandardAnalyzer

    from newssearch.fastanalysis import compile_text_field

    assert compile_text_field(fields.TEXT(analyzer=StandardAnalyzer())) is None
    assert compile_text_field(fields.ID()) is None


def _documents() -> list[dict[str, object]]:
    docs = []
    for i, text in enumerate(_texts()):
        day = datetime(2020, 1 + i % 2, 1 + i % 3)  # shared by several documents (segwriter.SHARED_VALUES)
        docs.append({"id": f"d{i}", "file": f"f{i}.txt", "title": text[:30], "body": text,
                     "_stored_title": f"T{i}", "fp": (1, 2, "x"), "daynum": day.toordinal(), "date": day,
                     "year": "2020", "month": f"2020-{day.month:02d}"})
    return docs


def _build(writer_class, **options: object) -> object:  # type: ignore[no-untyped-def]
    ix = RamStorage().create_index(SCHEMA)
    writer = writer_class(ix, **options)
    for doc in _documents():
        writer.add_document(**doc)
    writer.commit()
    return ix


def _postings(reader, fieldname: str, text: bytes) -> list[tuple[int, float, bytes]]:  # type: ignore[no-untyped-def]
    matcher, found = reader.postings(fieldname, text), []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return found


@pytest.mark.parametrize("limitmb", [96, 0])  # 0: every posting spills a run, merged at the end
def test_news_writer_makes_the_same_index(limitmb: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a RamStorage writer spills into the system's temp folder under a fixed name ("MAIN.tmp"): two test runs
    # at once on one machine had deleted each other's runs
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    expected, actual = _build(SegmentWriter).reader(), _build(NewsWriter, limitmb=limitmb).reader()
    terms = list(expected.all_terms())
    # the spelling words included, and a title's too (segwriter.SPELLED_IN: a title ends in a cut word here)
    headline_words = {("spell_body", word.encode()) for doc in _documents()
                      for word in spelling_words(SCHEMA["title"], doc["title"])}
    # ... and the words inside a token, which Whoosh's own spelling words (``spellable_words``) leave out
    inner_words = {("spell_body", word.encode()) for doc in _documents()
                   for word in spelling_words(SCHEMA["body"], doc["body"])}
    assert list(actual.all_terms()) == sorted({*terms, *headline_words, *inner_words}) != terms
    for fieldname, text in terms:
        if not fieldname.startswith("spell_"):  # spelling postings are pooled once, never read
            assert _postings(actual, fieldname, text) == _postings(expected, fieldname, text)
    assert list(actual.all_stored_fields()) == list(expected.all_stored_fields())
    for docnum, doc in enumerate(_documents()):
        for name in ("title", "body"):  # Whoosh's writer counts every word; ours the words a query searches
            flags = [t.searched for t in SCHEMA[name].analyzer(doc[name], mode="index", positions=True)]  # one Token
            searched = sum(flags) or min(len(flags), 1)  # a field of only stopwords counts one word
            assert (actual.doc_field_length(docnum, name) or 0) == byte_to_length(length_to_byte(searched))


def test_a_shared_value_s_terms_are_made_once_a_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    # a date's four tiers of terms had been made again for every article of the day: 49 µs an article
    made: list[object] = []
    index = fields.NUMERIC.index

    def counted(self, value, **kwargs):  # type: ignore[no-untyped-def]
        made.append(value)
        return index(self, value, **kwargs)

    monkeypatch.setattr(fields.NUMERIC, "index", counted)  # DATETIME's and daynum's
    _build(NewsWriter)
    days = {doc["date"] for doc in _documents()}
    assert sorted(made, key=str) == sorted([*days, *(day.toordinal() for day in days)], key=str)  # type: ignore[union-attr]
    assert len(_documents()) > len(days) == 6


def test_a_shared_section_s_terms_are_made_once_a_writer(monkeypatch: pytest.MonkeyPatch) -> None:
    # a desk's stories share their sections (Reuters-21578's "Earnings and Earnings Forecasts", 3,900 of them)
    made: list[object] = []
    index = fields.KEYWORD.index

    def counted(self, value, **kwargs):  # type: ignore[no-untyped-def]
        made.append(value)
        return index(self, value, **kwargs)

    monkeypatch.setattr(fields.KEYWORD, "index", counted)
    writer = NewsWriter(RamStorage().create_index(SCHEMA))
    for i in range(6):
        writer.add_document(id=f"d{i}", body="Shares rose.", section="earnings,markets", section_facet="Earnings,Markets")
    writer.commit()
    assert made == ["earnings,markets", "Earnings,Markets"]


class _Unordered:
    """A document number that cannot be ordered: sorting postings that compared it raises TypeError."""


def test_pool_sorts_postings_by_field_and_term_alone() -> None:
    # A term's postings come in document order, so sorting by field and term (stably) gives the tuples' order
    # without comparing the rest of each posting: less than half the time of a tuple sort.
    docs = [_Unordered() for _ in range(3)]
    added = [("body", b"oil", docs[0], 2.0, b"a"), ("title", b"oil", docs[0], 1.0, b"b"),
             ("body", b"gas", docs[0], 1.0, b"c"), ("body", b"oil", docs[1], 1.0, b"d"),
             ("spell_body", b"oil", 0, 1, b""), ("body", b"gas", docs[2], 3.0, b"e"), ("body", b"oil", docs[2], 1.0, b"f")]
    pool = ChunkedPool(RamStorage(), None, limitmb=96)
    for posting in added:
        pool.add(posting)
    assert [value for *_, value in pool.items()] == [b"c", b"e", b"a", b"d", b"f", b"", b"b"]
    numbered = [(field, term, n, weight, value) for n, (field, term, _, weight, value) in enumerate(added)]
    pool = ChunkedPool(RamStorage(), None, limitmb=96)
    for posting in numbered:
        pool.add(posting)
    assert list(pool.items()) == sorted(numbered)


def test_a_spilled_pool_merges_the_postings_it_holds_from_memory(tmp_path: Path) -> None:
    # Whoosh spilled the postings still held when the pool was read, then read them back: 0.3 s of 1.7 at 5,000
    # Reuters stories when half a pool's worth was held
    storage = FileStorage(str(tmp_path))
    postings = [("body", b"w%d" % (n % 7), n, 1.0, b"v%d" % n) for n in range(40)]
    pool = ChunkedPool(storage, None, limitmb=96)
    pool.limit = 1_000  # bytes: a run every six postings or so
    for posting in postings:
        pool.add(posting)
    spilled = sorted(storage.list())
    assert len(spilled) >= 5 and pool.current  # runs on disk, and postings held
    merged = pool.items()
    assert sorted(storage.list()) == spilled  # none written for the held postings
    assert list(merged) == sorted(postings) and storage.list() == []  # each run deleted once read


def test_split_jobs_is_contiguous_and_balanced() -> None:
    jobs = [FileJob(f"f{i}", f"/x/f{i}", 0, size, None) for i, size in enumerate([10] * 9 + [90])]
    runs = split_jobs(jobs, 2)
    assert [job for run in runs for job in run] == jobs
    assert len(runs) == 2
    assert split_jobs(jobs[:1], 4) == [jobs[:1]]
    assert split_jobs([], 2) == []


def _write_corpus(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    words = ["harbour", "police", "election", "storm", "budget", "rugby", "school", "court"]
    for i in range(count):
        body = " ".join(words[(i * k) % len(words)] for k in range(1, 30))
        (folder / f"a{i:03d}.txt").write_text(f"Story {i} about {words[i % 8]}\n\n{body}.\n", encoding="utf-8")


def _ranked(index_dir: Path, query: str) -> list[tuple[str, float]]:
    with open_index(index_dir) as idx:
        return [(hit.id, round(hit.score, 6)) for hit in idx.search(query, limit=50).hits]


def test_worker_segments_match_one_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 40)
    serial = build_index(corpus, tmp_path / "serial", workers=1)
    monkeypatch.setattr(config, "PARALLEL_SEGMENT_MIN_FILES", 1)
    parallel = build_index(corpus, tmp_path / "parallel", workers=2)
    assert (parallel.added, parallel.documents, parallel.files) == (serial.added, 40, 40)
    for query in ("harbour", "police storm", '"storm budget"', "court OR school"):
        assert _ranked(tmp_path / "parallel", query) == _ranked(tmp_path / "serial", query)


def test_worker_segments_update_incrementally(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    _write_corpus(corpus, 30)
    monkeypatch.setattr(config, "PARALLEL_SEGMENT_MIN_FILES", 1)
    build_index(corpus, index_dir, workers=2)
    (corpus / "a000.txt").write_text("Changed\n\nA zeppelin story now.\n", encoding="utf-8")
    (corpus / "a001.txt").unlink()
    (corpus / "a002.txt").touch()
    (corpus / "new.txt").write_text("Fresh\n\nAnother zeppelin.\n", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"")
    report = build_index(corpus, index_dir, workers=2)
    assert (report.added, report.updated, report.deleted, report.unchanged) == (1, 1, 1, 28)
    assert [s.path for s in report.skipped] == ["bad.txt"]
    assert sorted(hit for hit, _ in _ranked(index_dir, "zeppelin")) == ["a000.txt", "new.txt"]
    assert build_index(corpus, index_dir, workers=2).unchanged == 30


def test_updates_leave_no_replaced_articles_on_disk_and_rank_as_a_clean_build(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file changed, run after run: each run's worker segments had stayed beside the old ones for good."""
    from newssearch import liveindex

    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    _write_corpus(corpus, 30)
    monkeypatch.setattr(config, "PARALLEL_SEGMENT_MIN_FILES", 1)
    build_index(corpus, index_dir, workers=2)
    for run in range(3):
        for path in sorted(corpus.glob("*.txt"))[: 30 if run < 2 else 12]:   # all, all, then 12 of 30 (40%)
            path.write_text(path.read_text(encoding="utf-8") + f" Run {run}.\n", encoding="utf-8")
        build_index(corpus, index_dir, workers=2)
    with liveindex.open_whoosh(index_dir, liveindex.require_manifest(index_dir)).reader() as reader:
        assert reader.doc_count_all() == reader.doc_count() == 30
    build_index(corpus, tmp_path / "clean", workers=2)
    for query in ("harbour", "police storm", "court OR school"):
        updated, clean = (sorted(_ranked(folder, query), key=lambda pair: (-round(pair[1], 4), pair[0]))
                          for folder in (index_dir, tmp_path / "clean"))   # ties in either order
        assert [hit for hit, _ in updated] == [hit for hit, _ in clean]
        # A rewritten segment's length totals add up Whoosh's one-byte lengths, not the exact ones: 0.1% at most.
        assert [score for _, score in updated] == pytest.approx([score for _, score in clean], rel=1e-3)


@pytest.mark.parametrize("name", ["a.txt", "A.TXT", "a.b.txt", "a.txt.gz", "a.json.GZ", "a.gz", "x.", "a..txt",
                                  "a.txt.", "noext", "a.tar.gz", "b.html", "c.xml.gz", "e.pdf", "f.b.c.txt",
                                  # pages wget saved under their address's query string
                                  "story.php?id=123", "article.aspx?ArticleID=77", "s.php?url=www.odt.co.nz",
                                  "page?x=1.pdf", "a.pdf?x=1",
                                  # a name saved with white space after its ending
                                  "story.txt ", "page.html\t", "a.b. ", " "])
def test_walk_suffix_shortcut_agrees_with_readers(name: str) -> None:
    from newssearch.corpus import _supported
    from newssearch.documents import is_supported

    assert _supported(name) == is_supported(name)


def test_a_few_big_files_are_written_by_workers_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for part in range(3):
        lines = [f'{{"id": "{part}-{i}", "title": "Story {i}", "text": "Harbour storm number {i} in part {part}."}}'
                 for i in range(20)]
        (corpus / f"export-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    serial = build_index(corpus, tmp_path / "serial", workers=1)
    monkeypatch.setattr(config, "PARALLEL_MIN_BYTES", 100)  # three small files now count as big ones
    calls: list[int] = []
    real = indexer.write_shards
    monkeypatch.setattr(indexer, "write_shards", lambda *a, **k: calls.append(1) or real(*a, **k))
    parallel = build_index(corpus, tmp_path / "parallel", workers=2)
    assert calls and (parallel.documents, parallel.files) == (serial.documents, 3) == (60, 3)
    assert _ranked(tmp_path / "parallel", "harbour storm") == _ranked(tmp_path / "serial", "harbour storm")


def test_a_build_by_workers_says_it_started_before_they_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the first progress had come at the first poll after the workers started: a progress line had sat at "Reading
    # 0/2227 files…" or shown nothing while the readers loaded; now (0, total, "") as the indexer starts the work
    from newssearch import workers

    _write_corpus(tmp_path / "corpus", 6)
    monkeypatch.setattr(config, "PARALLEL_SEGMENT_MIN_FILES", 1)
    started: list[bool] = []
    real = workers.process_pool
    monkeypatch.setattr(workers, "process_pool", lambda *a, **k: started.append(True) or real(*a, **k))
    calls: list[tuple[int, int, str, bool]] = []
    build_index(tmp_path / "corpus", tmp_path / "index", workers=2,
                progress=lambda done, total, rel: calls.append((done, total, rel, bool(started))))
    assert calls[0] == (0, 6, "", False) and calls[-1][:2] == (6, 6)


def test_a_small_update_is_read_in_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 1% of Reuters (191 short stories) had been read by a pool of worker processes: each forked and imported
    # the readers, for more CPU time and no sooner an end.
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 120)
    build_index(corpus, tmp_path / "index", workers=1)
    for path in sorted(corpus.glob("*.txt"))[:100]:
        path.write_text(path.read_text(encoding="utf-8") + "Updated.\n", encoding="utf-8")
    monkeypatch.setattr(indexer.os, "cpu_count", lambda: 4)
    pools: list[int] = []
    real = corpusreads.iter_reads
    monkeypatch.setattr(indexer, "iter_reads", lambda items, workers, *a: pools.append(workers) or real(items, workers, *a))
    report = build_index(corpus, tmp_path / "index")
    assert (report.updated, report.unchanged, pools) == (100, 20, [1])


def test_many_files_or_many_bytes_are_read_by_one_worker_a_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer.os, "cpu_count", lambda: 4)
    small = [CorpusFile(f"s{i}.txt", f"s{i}.txt", 0, 1_000) for i in range(config.PARALLEL_MIN_FILES)]
    big = [CorpusFile(f"e{i}.jsonl", f"e{i}.jsonl", 0, config.PARALLEL_MIN_BYTES // 2) for i in range(2)]
    assert [indexer._workers(None, small[1:]), indexer._workers(None, small), indexer._workers(None, big)] == [1, 4, 4]
    assert [indexer._workers(3, small[1:]), indexer._workers(None, big[:1])] == [3, 1]


def test_a_segment_merged_into_another_keeps_its_spelling_words() -> None:
    # A segment with deletions whose first document lives on: Whoosh's copy of its spelling words' stand-in
    # postings raised IndexError, so after about fifteen updates (the first merge of small segments)
    # indexing stopped for good.
    ix = _build(NewsWriter)
    writer = NewsWriter(ix)
    writer.delete_by_term("id", "d1")
    writer.commit()
    merged = RamStorage().create_index(SCHEMA)
    writer = NewsWriter(merged)
    with ix.reader() as reader:
        writer.add_reader(reader)
    writer.commit()
    with ix.reader() as before, merged.reader() as after:
        assert set(after.lexicon("spell_body")) == set(before.lexicon("spell_body")) != set()
        assert after.doc_count() == before.doc_count() == len(_documents()) - 1
        for fieldname, text in before.all_terms():
            if fieldname.startswith("spell_"):
                continue
            live = [posting[1:] for posting in _postings(before, fieldname, text)]  # the deleted document's are gone
            if live:
                assert [posting[1:] for posting in _postings(after, fieldname, text)] == live, (fieldname, text)
