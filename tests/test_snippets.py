"""Snippets on plain strings: passages around hits, phrases as one span, HTML escaped."""

from __future__ import annotations

from newssearch.searcher import term_of
from newssearch.snippets import make_snippet


def snippet(text: str, *words: str, chars: int = 240):
    terms = {term_of(w) for w in words}
    return make_snippet(text, term_of, terms.__contains__, chars=chars)


def test_phrase_is_one_span() -> None:
    s = snippet("The armed offenders squad is in attendance.", "armed", "offenders")
    assert s.html() == "The <mark>armed offenders</mark> squad is in attendance."


def test_stopwords_inside_a_phrase_stay_in_the_span() -> None:
    s = snippet("He met the Prime Minister of New Zealand today.", "prime", "minister", "zealand", "new")
    assert "<mark>Prime Minister of New Zealand</mark>" in s.html()


def test_sentence_break_splits_spans() -> None:
    s = snippet("He was armed. Offenders fled.", "armed", "offenders")
    assert s.html().count("<mark>") == 2


def test_stemmed_forms_are_marked() -> None:
    s = snippet("Shots were fired during the shooting.", "shoot")
    assert s.plain() == "Shots were fired during the shooting."
    assert "<mark>shooting</mark>" in s.html()


def test_passage_is_centred_on_a_far_hit_with_ellipses() -> None:
    text = "Opening words. " * 40 + "The gunmen fled north. " + "Closing words. " * 40
    s = snippet(text, "gunmen", chars=80)
    assert "<mark>gunmen</mark>" in s.html()
    assert s.plain().startswith("… ") and s.plain().endswith(" …")
    assert len(s.plain()) < 140


def test_two_passages_for_hits_far_apart() -> None:
    text = "Alpha was here. " + "Filler text. " * 50 + "Omega came later."
    s = snippet(text, "alpha", "omega", chars=120)
    assert len(s.fragments) == 2 and " … " in s.plain()


def test_no_hit_in_body_gives_the_lead() -> None:
    s = snippet("First sentence of the story. Second one.", "absent")
    assert s.plain() == "First sentence of the story. Second one."
    assert not s.matched


def test_html_escapes_article_text() -> None:
    s = snippet("A <script>alert(1)</script> police & fire story.", "police")
    assert s.html() == "A &lt;script&gt;alert(1)&lt;/script&gt; <mark>police</mark> &amp; fire story."


def test_diacritics_match_folded_terms() -> None:
    s = snippet("Waitematā District Commander spoke.", "waitemata")
    assert s.html().startswith("<mark>Waitematā</mark>")


def test_the_word_after_an_elided_article_is_marked_without_the_article() -> None:
    s = snippet("L'État a décidé, selon l’Assemblée.", "état", "assemblée")
    assert s.html() == "L&#x27;<mark>État</mark> a décidé, selon l’<mark>Assemblée</mark>."


def cjk_snippet(text: str, query: str, chars: int = 240):
    from newssearch.textanalysis import analyze

    terms = set(analyze(query))
    return make_snippet(text, term_of, terms.__contains__, chars=chars)


def test_cjk_pairs_of_a_word_are_one_span() -> None:
    s = cjk_snippet("今天北京大学宣布新的研究计划。", "北京大学")
    assert s.html() == "今天<mark>北京大学</mark>宣布新的研究计划。"


def test_cjk_words_apart_are_two_spans_and_one_letter_is_marked() -> None:
    assert cjk_snippet("北京的大学生表示欢迎。", "北京 大学").html() == "<mark>北京</mark>的<mark>大学</mark>生表示欢迎。"
    assert cjk_snippet("森林火灾造成严重损失。", "火").html() == "森林<mark>火</mark>灾造成严重损失。"


def test_cjk_passage_starts_at_a_sentence() -> None:
    text = "第一句话没有关系。" * 30 + "森林火灾造成严重损失。" + "最后一句话。" * 30
    s = cjk_snippet(text, "火灾", chars=60)
    assert "<mark>火灾</mark>" in s.html()
    assert s.plain().startswith("… 森林火灾")


def test_a_short_snippet_is_one_passage_of_about_that_length() -> None:
    text = "Opening words. " * 40 + "The gunmen fled north. " + "Closing words. " * 20 + "Later the gunmen were caught."
    s = snippet(text, "gunmen", chars=40)
    assert len(s.fragments) == 1 and len(s.plain()) <= 40 + 15  # one word carried over, and the two ellipses
    assert len(snippet(text, "gunmen", chars=240).fragments) == 2


def test_phrase_words_are_marked_only_where_the_whole_phrase_is() -> None:
    text = "Nations of the region united behind the plan. Later the United Nations backed it; the UN envoy came."
    phrase = (frozenset({term_of("united")}), frozenset({term_of("nations")}))
    marked = make_snippet(text, term_of, {term_of("UN")}.__contains__, phrases=[phrase]).fragments
    assert [part for fragment in marked for part, hit in fragment if hit] == ["United Nations", "UN"]
    marked = make_snippet(text, term_of, {term_of("region")}.__contains__, phrases=[phrase]).fragments
    assert [part for fragment in marked for part, hit in fragment if hit] == ["region", "United Nations"]


def test_a_phrase_word_may_be_any_of_its_terms() -> None:
    text = "Send e-mails, not mail. An e-mail came."
    phrase = (frozenset({"e"}), frozenset({"mail", "mailbox"}))  # e-mail*: "e" then a word starting mail
    marked = make_snippet(text, term_of, lambda term: False, phrases=[phrase]).fragments
    assert [part for fragment in marked for part, hit in fragment if hit] == ["e-mails", "e-mail"]


def test_matches_apart_are_marked_apart() -> None:
    # A comma or a sentence end (a closing quote may follow it) breaks a phrase, and so do more than
    # three stopwords: only a phrase's few stopwords join its marks.
    s = snippet("You can listen on an iPod, although you do not need an iPod to enjoy it.", "ipod")
    assert s.html().count("<mark>") == 2
    s = snippet('Sales of video "games." The games industry grew.', "games")
    assert '<mark>games</mark>.&quot; The <mark>games</mark>' in s.html()
    s = snippet("He met the Secretary of State for the Home Department.", "secretary", "state", "home", "department")
    assert "<mark>Secretary of State for the Home Department</mark>" in s.html()


def test_a_passage_grows_rather_than_cut_a_marked_phrase_in_two() -> None:
    from newssearch.snippets import _Span, _uncut

    phrase = _Span(40, 54, "prime minist")  # "Prime Minister", cut after "Prime" by a window ending at 45
    assert _uncut([(0, 45)], [phrase]) == [(0, 54)]
    assert _uncut([(45, 90)], [phrase]) == [(40, 90)]
    assert _uncut([(0, 45), (50, 90)], [phrase]) == [(0, 45), (50, 90)]  # never into the next passage
    assert _uncut([(0, 45)], [_Span(40, 200, "a long span")]) == [(0, 45)]  # nor by more than 60 characters
