"""Small well-formed samples of each format newssearch reads, made in code: the seeds tests/fuzzcheck.py mutates.

Each seed is (file name, bytes). ``repo_seeds`` adds the repository's own fixtures; ``corpus_seeds`` a few cut-down
real files from shared/corpora when it is there.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import plistlib
import tarfile
import warnings
import zipfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO.parent / "shared" / "corpora"

TEXT = "Oil prices rose on Tuesday as OPEC ministers met in Vienna to discuss output cuts."
HTML = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Oil prices rise</title>'
        f'<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-05-01T10:00:00Z">'
        f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Oil prices rise",'
        f'"datePublished":"2024-05-01","author":{{"name":"Jane Doe"}}}}</script></head>'
        f'<body><nav><a href="/">Home</a></nav><article><h1>Oil prices rise</h1><p>{TEXT}</p><p>{TEXT}</p>'
        f'</article><footer>(c) 2024 Example News</footer></body></html>')
RECORD = {"title": "Oil prices rise", "text": TEXT, "date_publish": "2024-05-01 10:00:00", "authors": ["Jane Doe"],
          "url": "https://www.example.com/2024/05/01/oil", "source_domain": "example.com", "language": "en"}


# Every archive and gzip stream stamped with one fixed time, not the clock's: a seed's files are the same bytes in
# every run (a zip entry's time and a gzip header's had differed between two runs a second apart).
STAMP = (2024, 5, 1, 10, 0, 0)


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry for ``name`` as ``writestr(name, …)`` makes it, but for its time: STAMP."""
    info = zipfile.ZipInfo(name, STAMP)
    info.external_attr = 0o600 << 16
    return info


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(_entry(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _tar(files: dict[str, bytes], mode: str = "w:gz") -> bytes:
    out = io.BytesIO()
    plain = "w" if mode == "w:gz" else mode  # gzipped below with a fixed time (tarfile's gzip header takes the clock's)
    with tarfile.open(fileobj=out, mode=plain) as archive:  # type: ignore[call-overload]
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return gzip.compress(out.getvalue(), mtime=0) if mode == "w:gz" else out.getvalue()


def _warc_record(url: str, html: str) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}".encode()
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{zlib.crc32(url.encode()):012d}>\r\nContent-Type: application/http; "
            f"msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _warc() -> list[bytes]:
    return [_warc_record("https://example.com/oil", HTML), _warc_record("https://example.com/gas", HTML.replace("Oil", "Gas"))]


def _docx() -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in ("Oil prices rise", "By Jane Doe", TEXT))
    document = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    return _zip({"[Content_Types].xml": types.encode(), "word/document.xml": document.encode()})


def _odt() -> bytes:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               f'<office:body><office:text><text:h>Oil prices rise</text:h><text:p>{TEXT}</text:p>'
               '</office:text></office:body></office:document-content>')
    return _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()})


def _mail(subject: str = "Oil prices rise") -> str:
    return (f"From: Jane Doe <jane@example.com>\nTo: desk@example.com\nSubject: {subject}\n"
            f"Date: Wed, 01 May 2024 10:00:00 +0000\nMessage-ID: <{zlib.crc32(subject.encode())}@example.com>\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{TEXT}\n\n{TEXT}\n")


def generated_seeds() -> list[tuple[str, bytes]]:
    """One or two tiny files of every format, made here."""
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example News</title>'
            f'<item><title>Oil prices rise</title><link>https://example.com/oil</link><pubDate>Wed, 01 May 2024 '
            f'10:00:00 GMT</pubDate><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Jane Doe</dc:creator>'
            f'<description>{TEXT}</description></item><item><title>Gas</title><description>{TEXT}</description>'
            '</item></channel></rss>')
    nitf = ('<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Oil prices rise</title><docdata>'
            '<date.issue norm="20240501T100000Z"/></docdata></head><body><body.head><hedline><hl1>Oil prices rise'
            f'</hl1></hedline><byline>By Jane Doe</byline></body.head><body.content><p>{TEXT}</p></body.content>'
            '</body></nitf>')
    newsml = ('<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:1">'
              '<itemMeta><versionCreated>2024-05-01T10:00:00Z</versionCreated></itemMeta><contentMeta><headline>'
              'Oil prices rise</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">'
              f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{TEXT}</p></body></html></inlineXML>'
              '</contentSet></newsItem>')
    sgm = ('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT>'
           f'<TITLE>OIL PRICES RISE</TITLE><DATELINE>VIENNA, Feb 26 - </DATELINE><BODY>{TEXT}\n Reuter\n&#3;'
           '</BODY></TEXT></REUTERS>\n<REUTERS NEWID="2"><DATE>27-FEB-1987</DATE><TEXT><TITLE>GAS</TITLE>'
           f'<BODY>{TEXT}</BODY></TEXT></REUTERS>\n')
    records = [RECORD, {**RECORD, "title": "Gas prices fall", "url": "https://example.com/gas"}]
    csv = "title,text,date,author,url\n" + "\n".join(
        f'"{r["title"]}","{r["text"]}",2024-05-01,Jane Doe,{r["url"]}' for r in records) + "\n"
    seeds = {
        "story.txt": f"Oil prices rise\nBy Jane Doe\nMay 1, 2024\n\nVIENNA (Reuters) - {TEXT}\n\n{TEXT}\n",
        "header.txt": f"Title: Oil prices rise\nDate: 2024-05-01\nAuthor: Jane Doe\n\n{TEXT}\n",
        "page.html": HTML,
        "page.mhtml": ("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"B\"\n\n--B\nContent-Type: "
                       f"text/html; charset=utf-8\nContent-Location: https://example.com/oil\n\n{HTML}\n--B--\n"),
        "records.json": json.dumps(records),
        "record.json": json.dumps(RECORD),
        "wire.jsonl": "\n".join(json.dumps(r) for r in records) + "\n",
        "table.csv": csv,
        "table.tsv": csv.replace(",", "\t"),
        "feed.xml": feed,
        "feed.atom": ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry>'
                      '<title>Oil prices rise</title><link href="https://example.com/oil"/><updated>2024-05-01T10:00:00Z'
                      f'</updated><author><name>Jane Doe</name></author><content type="html">&lt;p&gt;{TEXT}&lt;/p&gt;'
                      '</content></entry></feed>'),
        "article.nitf": nitf,
        "wire.xml": newsml,
        "note.eml": _mail(),
        "box.mbox": "".join(f"From jane@example.com Wed May  1 10:00:00 2024\n{_mail(s)}\n" for s in ("Oil", "Gas")),
        "post.md": f"---\ntitle: Oil prices rise\ndate: 2024-05-01\nauthor: Jane Doe\n---\n\n# Oil prices rise\n\n{TEXT}\n",
        "refs.ris": (f"TY  - NEWS\nTI  - Oil prices rise\nAU  - Doe, Jane\nPY  - 2024/05/01\nT2  - Example News\n"
                     f"AB  - {TEXT}\nUR  - https://example.com/oil\nER  - \n"),
        "refs.bib": (f"@article{{doe2024,\n  title = {{Oil prices rise}},\n  author = {{Doe, Jane}},\n  date = "
                     f"{{2024-05-01}},\n  journal = {{Example News}},\n  abstract = {{{TEXT}}}\n}}\n"),
        "reut2-000.sgm": sgm,
        "cnn.story": f"{TEXT}\n\n{TEXT}\n\n@highlight\n\nOil prices rose\n",
        "bbc.summary": f"[SN]URL[SN]\nhttps://www.bbc.com/news/1\n\n[SN]TITLE[SN]\nOil prices rise\n\n[SN]FIRST-SENTENCE[SN]\n"
                       f"{TEXT}\n\n[SN]RESTBODY[SN]\n{TEXT}\n",
        # an Evernote export, its first title a sentence of TEXT's: a hostile seed's reference goes there (in CDATA
        # it would be only text)
        "clips.enex": ('<?xml version="1.0" encoding="UTF-8"?><en-export application="Evernote"><note><title>Oil prices '
                       f'rose</title><content><![CDATA[<en-note><p>{TEXT}</p><en-media type="image/png" hash="0a"/>'
                       '</en-note>]]></content><created>20240501T100000Z</created><note-attributes><author>Jane Doe'
                       '</author><source-url>https://example.com/oil?utm_source=feedly</source-url></note-attributes>'
                       '<resource><data encoding="base64">iVBORw0KGgo=</data></resource></note><note><title>Gas</title>'
                       f'<content><![CDATA[<en-note>{TEXT}</en-note>]]></content></note></en-export>'),
        "feedly.opml": ('<?xml version="1.0"?><opml version="1.0"><head><title>Feedly subscriptions</title></head><body>'
                        '<outline text="News"><outline type="rss" text="Example" xmlUrl="https://example.com/rss"/>'
                        '</outline></body></opml>'),
        "starred.json": json.dumps({"id": "user/1/state/com.google/starred", "items": [  # Feedly's Reader API items
            {"id": "tag:google.com,2005:reader/item/1", "title": "Oil prices rise", "published": 1714557600,
             "author": "Jane Doe", "canonical": [{"href": "https://example.com/oil"}],
             "summary": {"content": "<p>Oil rose.</p>"}, "content": {"content": f"<p>{TEXT}</p>"},
             "origin": {"streamId": "feed/https://example.com/rss", "title": "Example News"}},
            {"id": "tag:google.com,2005:reader/item/2", "title": "Gas", "alternate": [{"href": "https://example.com/gas"}],
             "summary": {"content": TEXT}}]}),
        "memo.rtf": (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times;}}{\info{\title Oil}}\f0\fs24 Oil prices rise\par "
                     r"By Jane Doe\par May 1, 2024\par " + TEXT + r" caf\'e9 \u8212? end\par}"),
    }
    out: list[tuple[str, bytes]] = [(name, text.encode()) for name, text in seeds.items()]
    records, warc_gz = _warc(), b"".join(gzip.compress(record, mtime=0) for record in _warc())  # a record a member
    page = {"WebResourceData": HTML.encode(), "WebResourceMIMEType": "text/html", "WebResourceURL": "https://example.com/oil"}
    out += [("memo.docx", _docx()), ("memo.odt", _odt()),
            ("page.webarchive", plistlib.dumps({"WebMainResource": page}, fmt=plistlib.FMT_BINARY)),
            ("crawl.warc", b"".join(records)), ("crawl.warc.gz", warc_gz),
            ("crawl.wacz", _zip({"archive/data.warc.gz": warc_gz, "datapackage.json": b"{}"})),
            ("clips.zip", _zip({"a/story.txt": seeds["story.txt"].encode(), "b/page.html": HTML.encode(),
                                "c/wire.jsonl": seeds["wire.jsonl"].encode()})),
            ("clips.tar.gz", _tar({"story.txt": seeds["story.txt"].encode(), "feed.xml": feed.encode()})),
            ("wire.jsonl.gz", gzip.compress(seeds["wire.jsonl"].encode(), mtime=0)),
            ("page.html.bz2", bz2.compress(HTML.encode())), ("story.txt.xz", lzma.compress(seeds["story.txt"].encode()))]
    return out


SECRET = "root:x:0:0:"  # /etc/passwd's first line: no article may hold it (the hostile seeds point at the file)
_XXE = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'
_LAUGHS = ('<!DOCTYPE r [<!ENTITY a "lollollollol">' + "".join(f'<!ENTITY {chr(98 + i)} "{f"&{chr(97 + i)};" * 10}">'
                                                             for i in range(9)) + "]>")
_EXTERNAL_DTD = '<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd">'


def _declared(xml: str, doctype: str, reference: str) -> bytes:
    """``xml`` with ``doctype`` after its declaration and ``reference`` used in its first sentence of text."""
    head, mark, rest = xml.partition("?>")
    xml = f"{head}{mark}{doctype}{rest}" if mark else doctype + xml
    return xml.replace("Oil prices rose", f"{reference} Oil prices rose", 1).encode()


def _encrypted_zip(files: dict[str, bytes]) -> bytes:
    """A zip whose members say they are encrypted (flag bit 0), as a password-protected archive's do."""
    data = bytearray(_zip(files))
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + flags_at] |= 1
            at = data.find(signature, at + 4)
    return bytes(data)


def _links_tar() -> bytes:
    """A tar of a story and links and special files: symbolic and hard links out of it, a device, a pipe."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        story = generated_seeds()[0][1]
        info = tarfile.TarInfo("story.txt")
        info.size = len(story)
        archive.addfile(info, io.BytesIO(story))
        for name, kind, target in (("passwd.txt", tarfile.SYMTYPE, "/etc/passwd"), ("up.txt", tarfile.SYMTYPE,
                                   "../../etc/passwd"), ("hard.txt", tarfile.LNKTYPE, "/etc/passwd"),
                                   ("copy.txt", tarfile.LNKTYPE, "story.txt"), ("null.txt", tarfile.CHRTYPE, ""),
                                   ("pipe.txt", tarfile.FIFOTYPE, ""), ("../out.txt", tarfile.REGTYPE, "")):
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, target
            archive.addfile(info, io.BytesIO(b"") if kind == tarfile.REGTYPE else None)
    return out.getvalue()


def hostile_seeds() -> list[tuple[str, bytes]]:
    """Files made to harm a reader: external entities and DTDs (never fetched, never read), entity bombs, zip
    members named out of the archive or twice or encrypted, tar links and devices, a zip bomb, a gzip of two
    members or naming another file, an HTML page whose BOM and meta disagree, a JSON Lines file of many records."""
    seeds = dict(generated_seeds())
    xml = {name: seeds[name].decode() for name in ("feed.xml", "feed.atom", "article.nitf", "wire.xml", "page.html",
                                                   "clips.enex", "feedly.opml")}
    out = [(f"{kind}-{name}", _declared(text, doctype, reference)) for name, text in xml.items()
           for kind, doctype, reference in (("xxe", _XXE, "&x;"), ("laughs", _LAUGHS, "&j;"), ("dtd", _EXTERNAL_DTD, ""))]
    xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Oil prices rose.</p></body></html>'
    out.append(("xxe-page.xhtml", _declared(xhtml, _XXE, "&x;")))
    document = zipfile.ZipFile(io.BytesIO(seeds["memo.docx"])).read("word/document.xml").decode()
    for kind, doctype, reference in (("xxe", _XXE, "&x;"), ("laughs", _LAUGHS, "&j;")):
        out.append((f"{kind}-memo.docx", _zip({"[Content_Types].xml": b"<Types/>",
                                               "word/document.xml": _declared(document, doctype, reference)})))
    story, html = seeds["story.txt"], seeds["page.html"]
    out += [
        ("slip.zip", _zip({"../../etc/story.txt": story, "/abs/story.txt": story, "a/../../b.txt": story,
                           "C:\\win\\story.txt": story, "ok.txt": story})),
        ("twice.zip", _twice({"story.txt": story, "a#b.txt": story, "a%23b.txt": story, "new\nline.txt": story})),
        ("locked.zip", _encrypted_zip({"story.txt": story, "page.html": html})),
        ("locked.docx", _encrypted_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": document.encode()})),
        ("bomb.zip", _zip({"story.txt": story, "zeros.txt": b"\0" * (20 << 20)})),  # 20 MB from 20 KB
        ("links.tar", _links_tar()),
        ("two-members.txt.gz", gzip.compress(story[:40], mtime=0) + gzip.compress(story[40:], mtime=0)),
        ("named.gz", _gzip_named("report.pdf", (REPO / "tests/fixtures/pdf/press_release.pdf").read_bytes())),
        ("bom-meta.html", b"\xef\xbb\xbf" + html.replace(b'charset="utf-8"', b'charset="windows-1251"')
         .replace(b"Oil prices rose", "Caf\u00e9 Oil prices rose".encode(), 1)),
        ("many.jsonl", b"".join(json.dumps({"title": f"t{i}", "text": f"w{i} {TEXT}"}).encode() + b"\n"
                                for i in range(5_000))),
    ]
    return out + archivist_seeds(seeds)


def archivist_seeds(seeds: dict[str, bytes]) -> list[tuple[str, bytes]]:
    """Damage an archivist's folder holds: a stray byte order mark (UTF-16's before UTF-8 text, UTF-8's before RTF),
    an export with one record's metadata nested thousands deep, a feed item of thousands of paragraphs, a WARC record
    whose Content-Length is wrong, an mbox whose second From_ line was cut, a feed of 500 items with broken
    entity and character references, a .json export of 3,000 records and a gzipped JSON Lines one of 400, each cut
    inside its last records (a download stopped)."""
    record = json.loads(seeds["record.json"])
    deep = {**record, "title": "Gas prices fall", "meta": json.loads('{"a":' * 900 + "1" + "}" * 900)}
    deep_json = json.dumps([record, "DEEP", {**record, "title": "Coal"}]).replace('"DEEP"', json.dumps(deep)[:-1]
                                                                                  + ', "tree": ' + '[' * 5_000 + ']' * 5_000 + "}")
    paragraphs = "".join(f"&lt;p&gt;Paragraph {n}: {TEXT}&lt;/p&gt;" for n in range(3_000))
    long_item = seeds["feed.xml"].replace(f"<description>{TEXT}</description>".encode(),
                                          f"<description>{paragraphs}</description>".encode(), 1)
    broken = ["&bogus;", "&#0;", "&#27;", "&#xD800;", "&#55357;&#56832;", "&#146;", "&a.b;", "&#x110000;"]
    items = "".join(f"<item><title>Item {n}: AT&amp;T{broken[n % 8]} fined</title><description>&lt;p&gt;AT&amp;T"
                    f"{broken[n % 8]} was fined.&lt;/p&gt; {TEXT}</description></item>" for n in range(500))
    oil, gas = _warc()
    mbox = seeds["box.mbox"].replace(b"\nFrom jane@example.com Wed May  1 10:00:00 2024\n", b"\nFrom jane@example.com Wed May\n")
    export = json.dumps([{"id": f"r{n}", "title": f"Story {n}", "text": f"w{n} {TEXT}"} for n in range(3_000)], indent=2)
    wire = gzip.compress(b"".join(json.dumps({"id": f"r{n}", "text": f"w{n} {TEXT}"}).encode() + b"\n"
                                  for n in range(400)), mtime=0)
    return [
        ("mark-story.txt", b"\xff\xfe" + seeds["story.txt"]), ("mark-page.html", b"\xfe\xff" + seeds["page.html"]),
        ("mark-memo.rtf", b"\xef\xbb\xbf" + seeds["memo.rtf"]), ("deep-records.json", deep_json.encode()),
        ("long-item.xml", long_item),
        ("bad-length.warc", oil.replace(b"Content-Length: ", b"Content-Length: 1", 1) + gas),
        ("cut-from.mbox", mbox), ("entities.rss", f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()),
        ("cut-export.json", export[: export.rindex("w2999") + 3].encode()), ("cut-wire.jsonl.gz", wire[: len(wire) // 2]),
    ]


def _twice(files: dict[str, bytes]) -> bytes:
    """A zip holding each file twice under its name, the second copy with "Gas" for "Oil"."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as archive:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it writes
        for data in (files, {name: data.replace(b"Oil", b"Gas") for name, data in files.items()}):
            for name, content in data.items():
                archive.writestr(_entry(name), content)
    return out.getvalue()


def _gzip_named(name: str, data: bytes) -> bytes:
    """A gzip stream whose header names the file packed (``gzip report.pdf`` writes one so)."""
    out = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=out, mtime=0) as packing:
        packing.write(data)
    return out.getvalue()


def repo_seeds() -> list[tuple[str, bytes]]:
    """The repository's own test fixtures of the formats read (PDFs among them)."""
    folder = REPO / "tests" / "fixtures"
    return [(path.name, path.read_bytes()) for path in sorted(folder.rglob("*"))
            if path.is_file() and path.suffix not in (".py", ".md") and path.stat().st_size < 200_000]


def corpus_seeds() -> list[tuple[str, bytes]]:
    """A few real files from shared/corpora, cut to a small size (none when the corpora are absent)."""
    picks = [("bbc-news", "*.txt", 3), ("article-extraction-benchmark", "*.html.gz", 3),
             ("trafilatura-eval", "*.html.gz", 2), ("reuters-21578", "*.sgm.gz", 1)]
    out: list[tuple[str, bytes]] = []
    for folder, pattern, count in picks:
        for path in sorted((CORPORA / folder).rglob(pattern))[:count]:
            data = path.read_bytes()
            if path.name.endswith(".gz"):
                data, name = gzip.decompress(data)[:60_000], path.name[:-3]
            else:
                name = path.name
            out.append((f"{folder[:4]}-{name}", data))
    return out


def all_seeds() -> list[tuple[str, bytes]]:
    """Every seed: made here (the hostile ones too), the fixtures, and real samples when present."""
    return generated_seeds() + hostile_seeds() + repo_seeds() + corpus_seeds()
