"""The wire's formats: IPTC NewsML-G2 and NewsML 1.x (.xml), Reuters RCV1 files and IPTC ninjs (.json)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newssearch.documents import Article, parse_bytes
from newssearch.errors import UnreadableFile

G2_ITEM = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20240305:flood" version="2"
  standard="NewsML-G2" standardversion="2.29" xml:lang="en-GB">
  <rightsInfo><copyrightHolder literal="Example Wire"/></rightsInfo>
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:EXW"><name>Example Wire</name></provider>
    <versionCreated>2024-03-05T10:12:00Z</versionCreated><firstCreated>2024-03-04T22:00:00Z</firstCreated>
    <link rel="irel:seeAlso" href="https://example.com/news/flood"/></itemMeta>
  <contentMeta><located><name>Wellington</name></located><creator><name>Jane Doe</name></creator>
    <headline>Flood waters rise</headline><by>By Jane Doe and Sam Lee</by><dateline>WELLINGTON, March 5</dateline>
    <subject qcode="medtop:17000000"><name>weather</name></subject></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
    <head><title>Flood</title></head><body><p>Residents were evacuated overnight.</p><p>Pumps failed.</p></body>
  </html></inlineXML></contentSet>
</newsItem>"""

G2_NITF = b"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:dpa:1" xml:lang="de">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="dpa"/><versionCreated>2024-03-06T08:00:00+01:00</versionCreated>
  </itemMeta><contentMeta><creator><name>Thomas M\xc3\xbcller</name></creator><headline>Hochwasser in Bayern</headline>
  </contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
  <body><body.head><hedline><hl1>Hochwasser</hl1></hedline></body.head><body.content><p>Die Pegel steigen weiter.</p>
  </body.content></body></nitf></inlineXML></contentSet></newsItem>"""

G2_MESSAGE = b"""<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-03-07T12:00:00Z</sent></header>
<itemSet>
 <packageItem guid="urn:pkg:1"><groupSet root="G1"><group id="G1"><itemRef residref="urn:a:1"/></group></groupSet></packageItem>
 <newsItem guid="urn:a:1" xml:lang="en"><itemMeta><itemClass qcode="icls:text"/><provider literal="reuters.com"/>
  <versionCreated>2024-03-07T11:00:00Z</versionCreated></itemMeta><contentMeta><headline>Oil climbs</headline>
  <by>By Ann Smith</by></contentMeta><contentSet><inlineData contenttype="text/plain">Oil prices climbed on Thursday.</inlineData>
  </contentSet></newsItem>
 <newsItem guid="urn:a:2"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
  <contentMeta><headline>Oil rig</headline><description>An oil rig at sea.</description></contentMeta></newsItem>
</itemSet></newsMessage>"""

NEWSML_1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20030405T120000+0000</DateAndTime></NewsEnvelope>
<NewsItem><Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20030405</DateId>
  <NewsItemId>TX-SGE-ABC12</NewsItemId></NewsIdentifier></Identification>
 <NewsManagement><FirstCreated>20030405T113000+0000</FirstCreated><ThisRevisionCreated>20030406T114500+0000</ThisRevisionCreated>
 </NewsManagement>
 <NewsComponent><NewsLines><HeadLine>Storm cuts power in Brittany</HeadLine><ByLine>By Marie Dupont</ByLine>
  <DateLine>RENNES, April 5</DateLine></NewsLines>
  <AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider></AdministrativeMetadata>
  <DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
  <NewsComponent><ContentItem><MediaType FormalName="Photo"/><DataContent>A photo's caption.</DataContent></ContentItem>
  <ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content><p>A storm cut power on Saturday.</p>
  <p>Winds reached 150 km/h.</p></body.content></body></nitf></DataContent></ContentItem></NewsComponent>
 </NewsComponent></NewsItem></NewsML>"""

RCV1 = b"""<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="2286" id="root" date="1996-08-20" xml:lang="en">
<title>MEXICO: Recovery excitement brings Mexican markets to life.</title>
<headline>Recovery excitement brings Mexican markets to life.</headline>
<byline>Henry Tricks</byline>
<dateline>MEXICO CITY</dateline>
<text>
<p>Emerging evidence that Mexico's economy was back on the recovery track sent markets into a buzz.</p>
<p>Stocks closed at record highs.</p>
</text>
<copyright>(c) Reuters Limited 1996</copyright>
<metadata>
<codes class="bip:countries:1.0"><code code="MEX"><editdetail attribution="Reuters BIP Coding Group" action="confirmed"
 date="1996-08-20"/></code></codes>
<dc element="dc.publisher" value="Reuters Holdings Plc"/>
<dc element="dc.source" value="Reuters"/>
</metadata>
</newsitem>"""


def read(data: bytes, rel: str = "item.xml", suffix: str = ".xml"):
    return parse_bytes(data, rel, suffix)


def fields(article: Article) -> tuple[object, ...]:
    return (article.id, article.title, article.body, article.date, article.date_source, article.authors,
            article.source, article.url, article.lang)


def test_a_newsml_g2_item_with_an_xhtml_body() -> None:
    (article,) = read(G2_ITEM).articles
    # Its first creation is its date (the version time is its last change); its dateline, place and subjects are
    # not text.
    assert fields(article) == ("item.xml", "Flood waters rise", "Residents were evacuated overnight.\n\nPumps failed.",
                               date(2024, 3, 4), "newsml:firstCreated", ("Jane Doe", "Sam Lee"), "Example Wire",
                               "https://example.com/news/flood", "en")


def test_a_newsml_g2_item_with_an_nitf_body_dated_by_its_version() -> None:
    (article,) = read(G2_NITF).articles
    assert fields(article) == ("item.xml", "Hochwasser in Bayern", "Die Pegel steigen weiter.", date(2024, 3, 6),
                               "newsml:versionCreated", ("Thomas Müller",), "dpa", None, "de")


def test_a_newsml_g2_message_is_an_article_an_item_and_a_picture_is_none() -> None:
    result = read(G2_MESSAGE, "wire.xml")
    (article,) = result.articles
    assert fields(article) == ("wire.xml#urn:a:1", "Oil climbs", "Oil prices climbed on Thursday.", date(2024, 3, 7),
                               "newsml:versionCreated", ("Ann Smith",), "Reuters", None, "en")
    assert [skip.reason for skip in result.skipped] == ["newsItem 2 (urn:a:2): a picture item, not an article"]


def test_a_newsml_g2_package_is_said_to_hold_no_text() -> None:
    with pytest.raises(UnreadableFile, match="a NewsML-G2 package"):
        read(b'<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="p"><groupSet/></packageItem>')


def test_a_newsml_1_item_its_text_content_only() -> None:
    (article,) = read(NEWSML_1).articles
    assert fields(article) == ("item.xml", "Storm cuts power in Brittany",
                               "A storm cut power on Saturday.\n\nWinds reached 150 km/h.", date(2003, 4, 5),
                               "newsml:firstCreated", ("Marie Dupont",), "AFP", None, "en")


def test_an_rcv1_file_without_its_codes() -> None:
    (article,) = read(RCV1, "2286newsML.xml").articles
    assert fields(article) == ("2286newsML.xml", "Recovery excitement brings Mexican markets to life.",
                               "Emerging evidence that Mexico's economy was back on the recovery track sent markets "
                               "into a buzz.\n\nStocks closed at record highs.", date(1996, 8, 20), "rcv1:date",
                               ("Henry Tricks",), "Reuters", None, "en")


NINJS_1 = {"uri": "http://www.example.com/news/2016/storm-1", "type": "text", "version": "1",
           "versioncreated": "2016-10-22T16:25:32-05:00", "firstcreated": "2016-10-21T09:00:00-05:00",
           "language": "en-US", "headline": "Storm batters the coast", "byline": "By John Smith and Mary Jones",
           "located": "NEW ORLEANS", "copyrightholder": "Example News", "description_text": "A storm landed.",
           "body_html": "<p>A storm battered the coast.</p><p>Stay indoors.</p>",
           "associations": {"featureimage": {"type": "picture", "headline": "Flooded street", "body_text": "A street."}}}
NINJS_2 = {"uri": "urn:newsml:example.org:20230512:quake", "type": "text", "versioncreated": "2023-05-12T07:15:00Z",
           "language": "en", "headlines": [{"role": "short", "value": "Quake"},
                                           {"role": "main", "value": "Earthquake shakes Japan"}],
           "bodies": [{"role": "main", "contenttype": "text/plain", "value": "A strong earthquake shook Japan."}],
           "by": "Kenji Sato", "infosources": [{"name": "Example Agency", "role": "source"}],
           "associations": [{"name": "photo1", "type": "picture", "headlines": [{"value": "Damaged road"}]}]}


@pytest.mark.parametrize(("record", "expected"), [
    # ninjs 1.x: body_html its text after its description_text (the associations' pictures are not), its first
    # creation its date.
    (NINJS_1, ("storm.json", "Storm batters the coast",
               "A storm landed.\n\nA storm battered the coast.\n\nStay indoors.",
               date(2016, 10, 21), "json:firstcreated", ("John Smith", "Mary Jones"), "Example News", None, "en")),
    # ninjs 2.0: the main headline and body, "by", the first infosource; its version time its only date.
    (NINJS_2, ("storm.json", "Earthquake shakes Japan", "A strong earthquake shook Japan.", date(2023, 5, 12),
               "json:versioncreated", ("Kenji Sato",), "Example Agency", None, "en")),
])
def test_ninjs_items(record: dict, expected: tuple[object, ...]) -> None:
    (article,) = parse_bytes(json.dumps(record).encode(), "storm.json", ".json").articles
    assert fields(article) == expected
