"""Scripts beyond Latin: marks inside words (Hindi, Arabic) and scripts without spaces (Chinese, Japanese,
Korean, Thai), whose runs of letters are searched as overlapping pairs, as Lucene's CJKAnalyzer does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import found_ids, index_of_texts

from newssearch import open_index
from newssearch.cli import cli
from newssearch.folding import fold
from newssearch.textanalysis import analyze

ARTICLES = {
    "zh.txt": "北京大学宣布新计划\n\n北京大学今天宣布新的研究计划。研究人员表示，森林火灾的研究将持续五年。",
    "zh2.txt": "北京的会谈\n\n北京的大学生表示欢迎。会谈在周一举行。",
    "ja.txt": "東京の天気\n\n東京タワーの周辺は晴れです。ガス料金が上がった。",
    "ko.txt": "서울 회의\n\n서울에서 회의가 열렸다. 정부는 새 정책을 발표했다.",
    "en.txt": "Beijing talks\n\nThe talks in Beijing (北京) opened on Monday with the iPhone手机 launch.",
    "hi.txt": "भारत में चुनाव\n\nनई दिल्ली में आज लोकसभा चुनाव के नतीजे घोषित किए गए। प्रधानमंत्री ने हिन्दी में भाषण दिया।",
    "th.txt": "ข่าวการเมือง\n\nนายกรัฐมนตรีประกาศนโยบายใหม่ในวันนี้",
    "ar.txt": "أخبار\n\nقال مُحَمَّد إن الحكومة ستعلن الميزانية الجديدة.",
}


@pytest.fixture(scope="module")
def cjk_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("cjk"), ARTICLES)


def test_a_run_is_searched_as_pairs() -> None:
    assert analyze("北京大学") == ["北京", "京大", "大学"]
    assert analyze("iPhone手机 2024年") == ["iphon", "手机", "2024", "年"]


def test_marks_stay_inside_their_word() -> None:
    assert analyze("लोकसभा चुनाव") == ["लोकसभा", "चुनाव"]  # vowel signs are marks, not word breaks
    assert analyze("مُحَمَّد") == analyze("محمد") == ["محمد"]  # vowel points folded, like accents


def test_a_thai_letter_keeps_its_marks_in_a_pair() -> None:
    assert analyze("ที่นี่") == ["ที่นี่"]  # two letters, each with its vowel and tone mark: one pair
    assert analyze("นโยบาย") == ["นโ", "โย", "ยบ", "บา", "าย"]


def test_the_letter_lookup_agrees_with_the_regex_class_at_every_range_edge() -> None:
    from newssearch import unspaced

    letter = re.compile(f"[{unspaced._UNSPACED_LETTERS}]")
    for first, last in unspaced._UNSPACED_RANGES:
        for code in (first - 1, first, last, last + 1):
            assert unspaced._is_unspaced(chr(code)) == bool(letter.match(chr(code))), hex(code)
    assert not unspaced.has_unspaced("café — “quoted” …") and unspaced.has_unspaced("a 北")


def test_indexing_keeps_single_letters_at_the_pair_position() -> None:
    assert analyze("大学", mode="index") == ["大学", "大", "学"]


def test_folding_keeps_hangul_syllables_and_kana_voicing() -> None:
    assert fold("서울") == "서울" and len(fold("서울")) == 2
    assert fold("ガス") == "ガス"
    assert fold("ｶﾞｽ") == "ガス"  # half-width kana become full-width


@pytest.mark.parametrize(("query", "expected"), [
    ("北京大学", ["zh.txt"]),
    ("大学", ["zh.txt", "zh2.txt"]),
    ("北京", ["en.txt", "zh.txt", "zh2.txt"]),
    ("火灾", ["zh.txt"]),
    ("火", ["zh.txt"]),
    ("東京", ["ja.txt"]),
    ("タワー", ["ja.txt"]),
    ("ガス", ["ja.txt"]),
    ("カス", []),
    ("서울", ["ko.txt"]),
    ("회의", ["ko.txt"]),
    ("手机", ["en.txt"]),
    ("iphone", ["en.txt"]),
    ("चुनाव", ["hi.txt"]),
    ("दिल्ली", ["hi.txt"]),
    ("हिन्दी", ["hi.txt"]),
    ("นโยบาย", ["th.txt"]),
    ("นายกรัฐมนตรี", ["th.txt"]),
    ("การเมือง", ["th.txt"]),
    ("محمد", ["ar.txt"]),
    ("الميزانية", ["ar.txt"]),
])
def test_a_word_inside_a_run_is_found(cjk_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(cjk_index, query) == expected


def test_phrase_of_pairs_needs_them_in_order(cjk_index: Path) -> None:
    assert found_ids(cjk_index, '"北京大学"') == ["zh.txt"]
    assert found_ids(cjk_index, "北京 大学") == ["zh.txt", "zh2.txt"]
    assert found_ids(cjk_index, '"大学北京"') == []


def test_words_of_scripts_without_spaces_get_no_spelling_suggestion(cjk_index: Path) -> None:
    with open_index(cjk_index) as idx:
        result = idx.search("大楼学院")
    assert result.hits == [] and result.suggestion is None


def test_cli_marks_the_word_in_the_snippet(cjk_index: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "研究", "--index-dir", str(cjk_index), "--json"])
    assert result.exit_code == 0, result.output
    hit = json.loads(result.output)["hits"][0]
    assert hit["id"] == "zh.txt"
    assert "<mark>研究</mark>" in hit["snippet_html"]


# Arabic and Persian write yeh and kaf differently (ي ی, ك ک), a tatweel (ـ) stretches a word, and digits come in
# three sets: each is one form in the index and the query. Alef maksura (ى) stays itself: على ("on", maksura.txt)
# is not the name علي (Ali).
ARABIC_PERSIAN = {
    "arabic.txt": "خبر\n\nصدر كتاب علي عام 2024.",
    "persian.txt": "خبر\n\nعلی گفت کتاب در سال ۲۰۲۴ منتشر شد.",
    "maksura.txt": "خبر\n\nوصل عـلى إلى المدينة عام ٢٠٢٣.",
    "other.txt": "خبر\n\nقال أحمد إن المدينة جميلة.",
}


@pytest.fixture(scope="module")
def arabic_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("arabic"), ARABIC_PERSIAN)


def test_arabic_and_persian_letter_forms_and_digits_fold_to_one() -> None:
    assert fold("علی") == fold("عـلي") == "علي"
    assert fold("عـلى") == "على"  # "on", one of the commonest words: not the name Ali
    assert fold("کتاب") == "كتاب"
    assert fold("٢٠٢٤") == fold("۲۰۲۴") == "2024"
    assert fold("ـــ") == "ـــ"  # a rule of tatweels is no empty word
    assert analyze("علی کتاب ۲۰۲۴", mode="index") == ["علي", "علی", "كتاب", "کتاب", "2024", "۲۰۲۴"]


@pytest.mark.parametrize(("query", "expected"), [
    ("علي", ["arabic.txt", "persian.txt"]),
    ("علی", ["arabic.txt", "persian.txt"]),
    ("على", ["maksura.txt"]),
    ("كتاب", ["arabic.txt", "persian.txt"]),
    ("کتاب", ["arabic.txt", "persian.txt"]),
    ("2024", ["arabic.txt", "persian.txt"]),
    ("٢٠٢٤", ["arabic.txt", "persian.txt"]),
    ("2023", ["maksura.txt"]),
    ("احمد", ["other.txt"]),
])
def test_arabic_and_persian_spellings_find_each_other(arabic_index: Path, query: str, expected: list[str]) -> None:
    assert found_ids(arabic_index, query) == expected


def test_an_arabic_or_persian_spelling_is_marked(arabic_index: Path) -> None:
    with open_index(arabic_index) as idx:
        marked = {hit.id: hit.snippet.html() for hit in idx.search("علي کتاب").hits}
    assert "<mark>علی</mark> گفت <mark>کتاب</mark>" in marked["persian.txt"]
    assert "<mark>كتاب</mark> <mark>علي</mark>" in marked["arabic.txt"]


def test_a_hindi_nukta_is_optional_as_an_accent_is(tmp_path: Path) -> None:
    """ज़िला and जिला are one word, written with its nukta or without (as Lucene's HindiNormalizer reads them): जिला had
    found no "ज़िला", and "Did you mean" offered it back."""
    assert fold("\u095b\u093f\u0932\u093e") == fold("\u091c\u093c\u093f\u0932\u093e") == "जिला"  # ज़ or ज + nukta
    assert fold("हिन्दी") == "हिन्दी"  # the virama and vowel signs stay
    index = index_of_texts(tmp_path, {"hi.txt": "ज़िला अदालत\n\nज़िला स्तर पर गिनती हुई।",
                                      "plain.txt": "फिल्म\n\nजिला प्रशासन ने फ़िल्म दिखाई।"})
    assert found_ids(index, "जिला") == found_ids(index, "ज़िला") == ["hi.txt", "plain.txt"]
    assert found_ids(index, "फिल्म") == ["plain.txt"]


def test_a_hebrew_word_is_found_after_its_article_or_and(tmp_path: Path) -> None:
    """Hebrew writes ה ("the") and ו ("and") onto the word: ממשלה had found no "הממשלה", nor כנסת "והכנסת" (and
    "Did you mean" offered התכנסו for הכנסת)."""
    index = index_of_texts(tmp_path, {
        "he.txt": "הממשלה אישרה את התקציב\n\nהממשלה אישרה הלילה את התקציב. והכנסת צפויה לדון בו. הים סוער.",
        "other.txt": "החלטה\n\nהוועדה קיבלה החלטה חשובה על ים המלח.",
    })
    assert found_ids(index, "ממשלה") == found_ids(index, "הממשלה") == ["he.txt"]
    assert found_ids(index, "כנסת") == found_ids(index, "הכנסת") == found_ids(index, "והכנסת") == ["he.txt"]
    assert found_ids(index, "החלטה") == ["other.txt"]  # a word beginning with ה is found as written
    assert found_ids(index, "ים") == ["other.txt"]  # two letters after ה are no word of their own: הים stays whole
    with open_index(index) as idx:
        marked = idx.search('"כנסת צפויה" ממשלה').hits[0].snippet.html()
    assert "ה<mark>ממשלה</mark> אישרה" in marked and "וה<mark>כנסת צפויה</mark>" in marked


def test_a_pointed_hebrew_word_is_marked_after_its_pointed_article(tmp_path: Path) -> None:
    """The article's point is its own: "הַמֶּמְשָׁלָה" had been marked "ה<mark>ַמֶּמְשָׁלָה</mark>", the mark cutting the
    letter ה from its patah."""
    index = index_of_texts(tmp_path, {"p.txt": "כותרת\n\nהַמֶּמְשָׁלָה אִשְּׁרָה אֶת הַתַּקְצִיב וְהַכְּנֶסֶת תָּדוּן בּוֹ."})
    with open_index(index) as idx:
        marked = idx.search("ממשלה כנסת").hits[0].snippet.html()
    assert "הַ<mark>מֶּמְשָׁלָה</mark>" in marked and "וְהַ<mark>כְּנֶסֶת</mark>" in marked


def test_a_hebrew_word_is_found_after_its_prepositions(tmp_path: Path) -> None:
    """Hebrew writes ב ("in"), ל ("to"), מ ("from"), כ ("as") and ש ("that") onto the word, stacked after ו and
    before ה: ירושלים had found no "בירושלים" nor "לירושלים", חינוך no "ובחינוך", בית no "מהבית"."""
    index = index_of_texts(tmp_path, {
        "in.txt": "חדשות\n\nהשר נפגש בירושלים עם ראש העיר ונסע לירושלים. ובחינוך אין שינוי. יצא מהבית כשהגיע.",
        "plain.txt": "עדכון\n\nירושלים היא עיר. שלום לכולם.",
    })
    assert found_ids(index, "ירושלים") == ["in.txt", "plain.txt"]
    assert found_ids(index, "בירושלים") == found_ids(index, "לירושלים") == ["in.txt"]  # the form typed alone
    assert found_ids(index, "חינוך") == found_ids(index, "בחינוך") == ["in.txt"]
    assert found_ids(index, "בית") == found_ids(index, "הבית") == found_ids(index, "הגיע") == ["in.txt"]
    assert found_ids(index, "ום") == []  # two letters left are no word of their own
    with open_index(index) as idx:
        typed = idx.search("בירושלים").hits[0].snippet.html()
        bare = {hit.id: hit.snippet.html() for hit in idx.search("ירושלים").hits}
    assert "נפגש <mark>בירושלים</mark> עם" in typed and "<mark>לירושלים</mark>" not in typed
    assert "ב<mark>ירושלים</mark> עם" in bare["in.txt"] and "ל<mark>ירושלים</mark>." in bare["in.txt"]


def test_a_hebrew_phrase_is_marked_with_one_word_after_its_prefix_and_one_whole(tmp_path: Path) -> None:
    """"ירושלים היום" is found in "בירושלים היום" (ירושלים after ב, היום whole), but was marked nowhere: the snippet
    read the words as written (בירושלים היום) or each after its prefix (ירושלים יום), never one each way; so was
    "כנסת החליטה" in "והכנסת החליטה" under the ה and ו rule."""
    index = index_of_texts(tmp_path, {"he.txt": "חדשות\n\nהשר נפגש בירושלים היום. והכנסת החליטה לדון בו."})
    with open_index(index) as idx:
        marked = idx.search('"ירושלים היום" "כנסת החליטה"').hits[0].snippet.html()
    assert "ב<mark>ירושלים היום</mark>." in marked and "וה<mark>כנסת החליטה</mark> לדון" in marked


def test_a_run_is_marked_where_it_stands_whole(tmp_path: Path) -> None:
    """A run typed as one word finds its pairs anywhere (as Lucene's CJK bigrams do), but is marked where it stands
    whole: ประเทศ had marked "ประ" of "ประกาศ" beside "ประเทศไทย", and นโยบาย the "าย" of "นายก". An article holding
    the run nowhere whole, found by its pairs, has its pairs marked."""
    index = index_of_texts(tmp_path, {
        "th.txt": "ข่าว\n\nนายกรัฐมนตรีประกาศนโยบายใหม่ในประเทศไทย",
        "zh.txt": "新闻\n\n京大的北京和大学",
    })
    with open_index(index) as idx:
        country = idx.search("ประเทศ").hits[0].snippet.html()
        policy = idx.search("นโยบาย").hits[0].snippet.html()
        scattered = idx.search("北京大学").hits[0].snippet.html()
    assert country == "นายกรัฐมนตรีประกาศนโยบายใหม่ใน<mark>ประเทศ</mark>ไทย"
    assert policy == "นายกรัฐมนตรีประกาศ<mark>นโยบาย</mark>ใหม่ในประเทศไทย"
    assert scattered == "<mark>京大</mark>的<mark>北京</mark>和<mark>大学</mark>"
