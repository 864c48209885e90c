"""Snippets on plain strings: passages around hits, phrases as one span, HTML escaped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newssearch import snippets
from newssearch.phrases import text_phrase
from newssearch.phrasespans import Phrase
from newssearch.schema import BODY
from newssearch.snippets import make_snippet
from newssearch.textanalysis import compound_term
from newssearch.wordspans import _spaced_match_spans, match_spans, tokens_with_terms, walked_match_spans
from newssearch.wordterms import term_of


def snippet(text: str, *words: str, chars: int = 240, phrases: tuple[str, ...] = ()):
    """The snippet for separate query ``words`` and quoted ``phrases``, as the searcher makes it."""
    terms = {term_of(w) for w in words}
    return make_snippet(text, term_of, terms.__contains__, chars=chars, phrases=[phrase_of(p) for p in phrases])


def phrase_of(text: str) -> Phrase:
    """The words of a quoted phrase, stopwords kept, as the searcher passes them to snippets."""
    return tuple(frozenset({word}) for word in text_phrase(BODY, text).words)


def test_phrase_is_one_span() -> None:
    s = snippet("The armed offenders squad is in attendance.", phrases=("armed offenders",))
    assert s.html() == "The <mark>armed offenders</mark> squad is in attendance."


def test_a_text_shorter_than_a_phrase_it_opens_is_no_match() -> None:
    # a headline of five words opening a quoted phrase of seven: the phrase's sixth word was looked for past the text's
    # last word (IndexError), as a title's snippet is made for every hit the phrase finds in its body
    text = "Oil prices rise on Saudi"
    assert snippet(text, phrases=("oil prices rise on saudi effort today",)).fragments == (((text, False),),)


def test_every_run_of_white_space_in_a_passage_is_one_space() -> None:
    # a lone no-break space, tab or line break too, not only a run of spaces
    for space in (" ", "  ", "\t", "\n", "\u00a0", "\u2009", " \n "):
        assert snippet(f"Armed{space}offenders were seen.", "offenders").html() == "Armed <mark>offenders</mark> were seen."


def test_words_side_by_side_but_not_a_phrase_of_the_query_are_marked_apart() -> None:
    s = snippet("The armed offenders squad is in attendance.", "armed", "offenders")
    assert s.html() == "The <mark>armed</mark> <mark>offenders</mark> squad is in attendance."


def test_stopwords_inside_a_phrase_stay_in_the_span() -> None:
    text = "He met the Prime Minister of New Zealand today."
    s = snippet(text, phrases=("prime minister of new zealand",))
    assert s.html() == "He met the <mark>Prime Minister of New Zealand</mark> today."
    s = snippet(text, "prime", "minister", "zealand", "new")  # unquoted: the stopword is no matched word
    assert s.html() == "He met the <mark>Prime</mark> <mark>Minister</mark> of <mark>New</mark> <mark>Zealand</mark> today."


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


def test_umlauts_and_macrons_match_written_out() -> None:
    s = snippet("Anna Müller opened it; Präsident Koch spoke to Māori leaders in Zürich.", "mueller", "zuerich",
                "maaori")
    assert s.html() == ("Anna <mark>Müller</mark> opened it; Präsident Koch spoke to <mark>Māori</mark> leaders in "
                        "<mark>Zürich</mark>.")


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
    # pairs that only touch are two words of the query, not one (北京大学 typed as one word is one span)
    assert cjk_snippet("今天北京大学宣布。", "北京 大学").html() == "今天<mark>北京</mark><mark>大学</mark>宣布。"


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
    # Stopwords or other words between two matches never join their marks (bbc/sport/246.txt, Reuters).
    s = snippet("Arsenal did not allow Chelsea a shot.", "chelsea", "arsenal")
    assert s.html() == "<mark>Arsenal</mark> did not allow <mark>Chelsea</mark> a shot."
    s = snippet("It would hurt OPEC or both OPEC and other producers.", "opec")
    assert s.html() == "It would hurt <mark>OPEC</mark> or both <mark>OPEC</mark> and other producers."
    s = snippet("It would hurt OPEC or both OPEC and other producers.", "opec", "producers")
    assert s.html() == "It would hurt <mark>OPEC</mark> or both <mark>OPEC</mark> and other <mark>producers</mark>."
    s = snippet("Output rose above its quota since OPEC met.", "opec", "quota")
    assert s.html() == "Output rose above its <mark>quota</mark> since <mark>OPEC</mark> met."
    s = snippet('Sales of video "games." The games industry grew.', "games")
    assert s.html() == 'Sales of video &quot;<mark>games</mark>.&quot; The <mark>games</mark> industry grew.'


def test_a_quoted_phrase_with_stopwords_is_one_span_and_its_words_alone_are_not_marked() -> None:
    text = "He met the Secretary of State for the Home Department. The state of the home: fine."
    s = snippet(text, phrases=("secretary of state for the home department",))
    assert s.html() == ("He met the <mark>Secretary of State for the Home Department</mark>. "
                        "The state of the home: fine.")


def test_a_hyphenated_query_word_is_one_span() -> None:
    # F-16 and 9/11 are phrases of the query (f 16, 9 11): marked whole, and only where whole
    s = snippet("The F-16 flew on 9/11 with 16 others.", phrases=("F-16", "9/11"))
    assert s.html() == "The <mark>F-16</mark> flew on <mark>9/11</mark> with 16 others."


def test_a_word_and_a_phrase_it_is_in_are_one_span() -> None:
    s = snippet("The Prime Minister spoke; the minister left.", "minister", phrases=("prime minister",))
    assert s.html() == "The <mark>Prime Minister</mark> spoke; the <mark>minister</mark> left."


def test_a_passage_grows_rather_than_cut_a_marked_phrase_in_two() -> None:
    from newssearch.snippets import _uncut
    from newssearch.wordspans import MatchSpan

    phrase = MatchSpan(40, 54, "prime minist")  # "Prime Minister", cut after "Prime" by a window ending at 45
    assert _uncut([(0, 45)], [phrase]) == [(0, 54)]
    assert _uncut([(45, 90)], [phrase]) == [(40, 90)]
    assert _uncut([(0, 45), (50, 90)], [phrase]) == [(0, 45), (50, 90)]  # never into the next passage
    assert _uncut([(0, 45)], [MatchSpan(40, 200, "a long span")]) == [(0, 45)]  # nor by more than 60 characters


def test_an_acronym_with_dots_is_marked_with_its_final_dot() -> None:
    s = snippet("Growth in the U.S. slowed, as in the U.K.", "U.S.", "UK")
    assert s.html() == "Growth in the <mark>U.S.</mark> slowed, as in the <mark>U.K.</mark>"
    s = snippet("The U.S.-led talks ended at 3.5. Then at 10 a.m. more.", "US", "3.5", "a.m.")
    assert s.html() == "The <mark>U.S.</mark>-led talks ended at <mark>3.5</mark>. Then at 10 <mark>a.m.</mark> more."


SENTENCE = ("Police arrested two gunmen who shot at an officer near Kaitaia on Monday, and the armed offenders "
            "squad later found the car.")  # 124 characters: more than one of two passages of 240


def test_a_text_that_fits_in_the_snippet_is_shown_whole_with_its_end() -> None:
    s = snippet(SENTENCE, "gunmen")
    assert s.plain() == SENTENCE and not s.leading and not s.trailing
    assert s.html() == SENTENCE.replace("gunmen", "<mark>gunmen</mark>")


def test_a_passage_that_reaches_the_texts_end_keeps_its_last_stop_and_no_ellipsis() -> None:
    # the passage (90 characters from "The") ends inside "Monday", two characters before the text's end
    last = 'The fleet sailed at dawn from the harbour, said the harbourmaster, and all came home "on Monday."'
    s = make_snippet("Opening words. " * 10 + last, term_of, {term_of("fleet")}.__contains__, chars=90, fragments=1)
    assert s.html() == "… " + last.replace("fleet", "<mark>fleet</mark>").replace('"', "&quot;")


def test_an_article_of_one_sentence_keeps_its_stop(tmp_path) -> None:
    import json

    from click.testing import CliRunner
    from conftest import index_of_texts

    from newssearch.cli import cli

    record = json.dumps({"id": "a", "title": "Arrests", "text": SENTENCE})
    index = index_of_texts(tmp_path, {"one.txt": SENTENCE + "\n", "wire.jsonl": record + "\n"})
    result = CliRunner().invoke(cli, ["query", "gunmen", "--json", "--index-dir", str(index)])
    assert result.exit_code == 0, result.output
    snippets = {hit["id"]: hit["snippet"] for hit in json.loads(result.output)["hits"]}
    assert snippets == {"one.txt": SENTENCE, "wire.jsonl#a": SENTENCE}


def test_passages_side_by_side_are_one() -> None:
    # "…" had stood between words next to each other in the article
    text = ("extra oil dividend dividend said and dividend said extra a cts of of prices the extra declared cts "
            "quarterly share said prices said and share quarterly the company the declared rose market dividend a "
            "and quarterly company and a company and the.")
    snippet = make_snippet(text, term_of, {"dividend", "extra"}.__contains__, chars=80, fragments=2)
    assert snippet.plain().startswith("extra oil dividend dividend said and dividend said extra a cts")
    assert "dividend … said" not in snippet.plain()


# Words and the characters that join or split them: hyphens, dots, apostrophes, thousands commas, C++/C#,
# a combining mark, an elided article, umlauts, stopwords (co, re, the) and a hyphenated word written solid.
PIECES = ["co", "operation", "re", "the", "U.S", "US", "MPs", "e", "mail", "email", "l'État", "Müller", "Amazon.com",
          "C", "F", "16", "1,000", "police", "Police", "polices", "o\u0301", "well", "known", "said.He"]
JOINS = [" ", "-", "\u2010", "--", ".", ". ", "'", "’", ",", "+", "++", "#", "\n", " - ", "\u00a0"]


@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(JOINS)), max_size=14),
       st.sets(st.sampled_from(PIECES), max_size=4))
@settings(max_examples=300, deadline=None)
def test_the_fast_match_spans_are_those_found_word_by_word(pieces, query) -> None:
    # _spaced_match_spans finds distinct words with the regex engine and their places with str.find;
    # walking the tokens one by one (as text with Chinese or Thai letters is) must find the same spans
    text = "".join(piece + join for piece, join in pieces)
    terms = {term for word in query for term in (term_of(word), compound_term(word)) if term}
    fast = _spaced_match_spans(text, term_of, terms.__contains__)
    walked = walked_match_spans(text, term_of, terms.__contains__, list(tokens_with_terms(text, term_of)))
    assert fast == walked


def test_a_phrase_s_snippet_judges_each_distinct_word_once_not_each_token(monkeypatch: pytest.MonkeyPatch) -> None:
    # a phrase's snippets make the tokens (to find the phrase whole), and their words had then been walked one by one
    from newssearch import wordspans

    judged: list[str] = []
    verdict = wordspans.word_verdict
    monkeypatch.setattr(wordspans, "word_verdict", lambda word, *args: judged.append(word) or verdict(word, *args))
    text = "Oil prices rose as oil output fell and prices of crude rose again."
    terms = {term_of("oil"), term_of("prices")}
    spans = match_spans(text, term_of, terms.__contains__, list(tokens_with_terms(text, term_of)))
    assert [text[span.start:span.end] for span in spans] == ["Oil", "prices", "oil", "prices"]
    assert judged == []


def test_spans_of_words_in_and_out_of_hyphenated_and_dotted_tokens() -> None:
    text = "Co-operation and co-op; re-elected. Police,police.Police+ C++ 'police' polices"
    terms = {term_of("police"), compound_term("co"), compound_term("re"), term_of("cooperation")}
    spans = [(text[span.start:span.end], span.key) for span in _spaced_match_spans(text, term_of, terms.__contains__)]
    # "police.Police" is one token: the first of its inner words is marked
    assert spans == [("Co-operation", "co\x1f cooperat"), ("co", "co\x1f"), ("re", "re\x1f"), ("Police", "polic"),
                     ("police", "polic"), ("police", "polic"), ("polices", "polic")]


FILLER = "The council met to discuss the budget for roads and parks. "


def test_the_second_passage_shows_a_word_the_first_lacks() -> None:
    text = ("Mr Blair met his advisers, and Blair aides said Blair was calm. " + FILLER * 2 +
            "Later Blair spoke again and Blair said Blair would stay. " + FILLER * 2 +
            "One adviser mentioned Iraq briefly. " + FILLER)
    s = snippet(text, "blair", "iraq")
    assert "<mark>Iraq</mark>" in s.html() and "<mark>Blair</mark>" in s.html()


def test_one_passage_has_the_room_of_all() -> None:
    text = FILLER * 15 + "Then a blimp appeared over the harbour and the crowd cheered loudly while the band played. " + FILLER * 15
    for chars in (240, 1000):
        s = snippet(text, "blimp", chars=chars)
        assert len(s.fragments) == 1 and chars * 0.9 <= len(s.plain()) <= chars + 20  # to a sentence or word


def test_two_passages_joined_at_the_end_have_the_room_of_both() -> None:
    # Reuters reut2-009.sgm.gz#9101 (378 characters), `includes dlrs`: two passages side by side at the text's end
    # were one of 166 characters, the second having reached back only to the first, not 240.
    text = ("Shr loss 44 cts vs loss 20 cts\n\nNet loss 2.4 mln vs loss 880,000\n\nRevs 2.4 mln vs 2.6 mln\n\nYear\n\n"
            "Shr loss 87 cts vs loss 11 cts\n\nNet loss 4.3 mln vs loss 494,000\n\nRevs 9.0 mln vs 12.0 mln\n\n"
            "NOTE:1986 includes restructuring charges of 2.1 mln dlrs and loss of foreign affiliates of 2.0 mln dlrs. "
            "1985 includes loss from foreign affiliates of 173,000 dlrs.")
    s = snippet(text, "includes", "dlrs", chars=240)
    # (its table's rows, ending no sentence, set off by " · ": test_snippet_breaks)
    assert s.plain() == ("… Shr loss 87 cts vs loss 11 cts · Net loss 4.3 mln vs loss 494,000 · Revs 9.0 mln vs 12.0 mln · "
                         + " ".join(text[text.index("NOTE:1986"):].split()))


def test_a_match_near_the_end_has_the_words_before_it() -> None:
    s = snippet(FILLER * 6 + "A zeppelin landed.", "zeppelin", chars=240)
    assert s.plain().endswith("A zeppelin landed.") and len(s.plain()) > 150
    assert s.plain().startswith("… The council")  # a whole sentence


def test_a_stop_after_initials_or_a_title_starts_no_passage() -> None:
    assert snippet(FILLER * 3 + "The U.S. Senate approved the relief. " + FILLER * 3, "senate",
                   chars=80).plain().startswith("… The U.S. Senate approved")
    assert snippet(FILLER * 3 + "Gov. Jerry Brown vetoed the bill. " + FILLER * 3, "vetoed",
                   chars=80).plain().startswith("… Gov. Jerry Brown vetoed")


def test_a_long_unbroken_word_is_cut() -> None:
    s = snippet("The protest leak included the key " + "f" * 1500 + " and other details. " + FILLER, "protest",
                chars=40)
    assert len(s.plain()) < 60 and s.plain().endswith(" …")


def test_a_match_past_the_first_million_characters_is_shown() -> None:
    s = snippet(FILLER * 17_500 + "Then an airship landed on the roof. " + FILLER * 3, "airship")
    assert s.matched and "<mark>airship</mark>" in s.html()


def test_proximity_words_are_marked_only_where_they_stand_near() -> None:
    text = "The officer spoke. Someone was shot at the fair. Finally the officer was shot in the arm."
    near = ((frozenset({term_of("officer")}), frozenset({term_of("shot")})), 3)
    s = make_snippet(text, term_of, lambda term: False, near=[near])
    assert s.html() == ("The officer spoke. Someone was shot at the fair. Finally the <mark>officer</mark> was "
                        "<mark>shot</mark> in the arm.")
    assert not make_snippet("The shot hit an officer.", term_of, lambda term: False, near=[near]).matched  # order


def test_a_hyphenated_word_in_a_proximity_is_marked_whole_whichever_reading_comes_first() -> None:
    # '"debt-ridden countries. The officials"~3' is two proximities, its hyphenated word apart (debt, ridden) and written
    # solid (debtridden): the snippet had marked "debt" and "ridden" apart or "debt-ridden" whole by the order a
    # frozenset gave them, which changes with PYTHONHASHSEED from one process to the next
    text = "Funds go to debt-ridden countries. The officials said so."
    apart = (tuple(frozenset({term_of(w)}) for w in ("debt", "ridden", "countries", "officials")), 4)
    solid = (tuple(frozenset({term_of(w)}) for w in ("debtridden", "countries", "officials")), 4)
    for near in ([apart, solid], [solid, apart]):
        assert make_snippet(text, term_of, lambda term: False, near=near).html() == (
            "Funds go to <mark>debt-ridden</mark> <mark>countries</mark>. The <mark>officials</mark> said so.")


def test_overlapping_phrases_make_the_same_snippet_whichever_comes_first() -> None:
    # a query's phrases come from a frozenset, whose order changes with PYTHONHASHSEED: "new york" read before
    # "new york city" had made their one span's key "new york new york citi" (five words), after it "new york citi",
    # and the passage a snippet shows is scored by its span's key: one process showed New York City, the next the
    # big apple
    text = ("He moved to New York City in May. " + "Nothing else happened there for a long while after that. " * 4
            + "Later he lived in the big apple again.")
    short, long, apple = (tuple(frozenset({term_of(w)}) for w in words)
                          for words in (("new", "york"), ("new", "york", "city"), ("in", "the", "big", "apple")))
    shown = {make_snippet(text, term_of, lambda term: False, phrases=phrases, chars=60, fragments=1).html()
             for phrases in ([short, long, apple], [long, short, apple], [apple, long, short])}
    assert shown == {"… Later he lived <mark>in the big apple</mark> again."}


def test_proximity_words_are_marked_where_the_index_reads_them_another_way() -> None:
    # "email address"~2 found "e-mail address", and "first round"~1 a scraped "first round.said", but marked
    # neither: a proximity was looked for in the words as written only, not as the index also reads them.
    def marked(text: str, *words: str, slop: int) -> str:
        near = (tuple(frozenset({term_of(word)}) for word in words), slop)
        return make_snippet(text, term_of, lambda term: False, near=[near]).html()

    assert marked("Send your e-mail address today.", "email", "address", slop=2) == (
        "Send your <mark>e-mail</mark> <mark>address</mark> today.")
    assert marked("Sumita said.Japan would act soon.", "japan", "act", slop=2) == (
        "Sumita said.<mark>Japan</mark> would <mark>act</mark> soon.")
    assert marked("She plays in the first round.said the coach.", "first", "round", slop=1) == (
        "She plays in the <mark>first</mark> <mark>round</mark>.said the coach.")
    assert marked("Le ministre de l'Économie nationale a parlé.", "économie", "nationale", slop=1) == (
        "Le ministre de l&#x27;<mark>Économie</mark> <mark>nationale</mark> a parlé.")


def test_a_proximity_marks_a_wire_scale_from_its_first_letter() -> None:
    # " mln" and " pct" hold the space before them (tokenpatterns): a proximity's word had been marked from it,
    # "<mark>50</mark><mark> mln</mark><mark> dlrs</mark>", as a currency amount's ($50m) "50 mln dlrs"~2 marked it
    def marked(text: str, *words: str, slop: int) -> str:
        near = (tuple(frozenset({term_of(word)}) for word in words), slop)
        return make_snippet(text, term_of, lambda term: False, near=[near]).html()

    assert marked("A contract worth 50 mln dlrs for parts.", "50", "million", "dollars", slop=2) == (
        "A contract worth <mark>50</mark> <mark>mln</mark> <mark>dlrs</mark> for parts.")
    assert marked("It bought 38 pct of the shares.", "38", "percent", slop=1) == (
        "It bought <mark>38</mark> <mark>pct</mark> of the shares.")
    assert marked("A 50 mln e-mail campaign.", "50", "million", "email", slop=2) == (  # a reading of their places
        "A <mark>50</mark> <mark>mln</mark> <mark>e-mail</mark> campaign.")


def test_a_word_only_near_the_end_keeps_its_passage() -> None:
    # the last passage reaches back to be full, but not into the passage before it (it had been dropped then)
    text = "Massive cuts to services loom. " + FILLER * 2 + "Money must reach frontline services."
    s = snippet(text, "cuts", "frontline", chars=120)
    assert s.html().count("<mark>") == 2 and s.plain().endswith("<mark>frontline</mark> services.".replace(
        "<mark>", "").replace("</mark>", ""))


def test_a_passage_at_the_end_after_a_long_sentence_reaches_back_to_a_word() -> None:
    long_sentence = "The season opened with " + "a long run of matches and " * 20 + "no surprises at all. "
    s = snippet(FILLER * 5 + long_sentence + "It may take Safin to challenge Federer.", "safin", chars=240)
    assert s.plain().endswith("It may take Safin to challenge Federer.") and len(s.plain()) > 200


HARLEY = "Harley-Davidson said its share rose to 19.4 pct in 1986 from a record low of 12.5 pct in 1983."  # 95


def test_a_passage_at_the_end_reaches_back_to_be_full_from_a_sentence_or_a_word() -> None:
    # it had started at the first sentence after the text's last 240 characters: HARLEY alone, 95 characters
    short = HARLEY.replace(" in 1986", "").replace(" in 1983", "")  # 79: a sentence starts 16 before the last 240
    assert snippet(FILLER * 8 + short, "record").plain() == "… " + FILLER * 3 + short
    # 31 characters before them is too far: from the sentence starting 28 after them, a little less full, rather than
    # mid-sentence ("… budget for roads and parks. The council met", as it had been)
    assert snippet(FILLER * 8 + HARLEY, "record").plain() == "… " + FILLER * 2 + HARLEY


def test_a_passage_at_the_end_starts_at_a_sentence_just_after_the_point_that_fills_it() -> None:
    # BBC's "… over Birmingham. But Wenger said earlier this week": "over Birmingham." was all of its sentence shown
    last = ("Almunia had some hairy moments in last week's win over Birmingham. But Wenger said earlier this week that "
            "his indifferent form was down to pressure caused by being under scrutiny from the media.")
    plain = snippet("Opening words of the story. " * 10 + last, "wenger", chars=140).plain()
    assert plain.startswith("… But Wenger said earlier"), plain


def test_a_lead_snippet_is_what_a_query_marking_nothing_gets() -> None:
    from newssearch.snippets import lead_snippet

    text = "  The harbour board met again on Monday, and the ferry was late. " * 8
    assert lead_snippet(text, 60) == snippet(text, chars=60) == make_snippet(text, term_of, lambda term: False, 60)
    assert lead_snippet(" \n ", 60) == snippet(" \n ") and not lead_snippet(text).matched


def test_a_search_that_marks_nothing_reads_no_article_for_matches(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from conftest import index_of_texts

    import newssearch.hitlist
    from newssearch import open_index

    index = index_of_texts(tmp_path, {f"{n}.txt": f"Harbour story {n}\n\nThe harbour board met on day {n}.\n"
                                      for n in range(1, 4)})
    looked: list[str] = []
    monkeypatch.setattr(newssearch.hitlist, "make_snippet", lambda text, *args, **kwargs: looked.append(text))
    with open_index(index) as idx:
        hits = idx.search("-ferryman", sort="date").hits
    assert sorted(hit.snippet.plain() for hit in hits) == [f"The harbour board met on day {n}." for n in range(1, 4)]
    assert looked == [] and [hit.title_marks for hit in hits] == [None] * 3


def test_the_words_judged_for_one_text_mark_the_next_texts_as_judged_afresh() -> None:
    # a search's snippets share its words' verdicts (by the identity of its terms): a word judged inside a hyphenated
    # word or a number of one text, or judged not to match, must mark another text as it would alone
    texts = ["Co-operation grew 40 000 fold.", "Co said no; the co-op and police met.", "CO police, 40000 polices.",
             "Police,police.Police+ co-op", "Nothing here."]
    terms = {term_of("police"), compound_term("co"), term_of("cooperation"), term_of("40000"), term_of("co")}
    shared = frozenset(terms).__contains__
    for text in texts + texts:
        alone = _spaced_match_spans(text, term_of, frozenset(terms).__contains__)
        assert _spaced_match_spans(text, term_of, shared) == alone, text
    assert any(_spaced_match_spans(text, term_of, shared) for text in texts)


def test_a_book_length_text_tries_a_bounded_number_of_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    # a 1 MB text of 200,000 matches had a window tried at each match, twice: 4 s for one snippet
    tried: list[int] = []
    start = snippets.window_start
    monkeypatch.setattr(snippets, "window_start", lambda text, at, width: tried.append(at) or start(text, at, width))
    text = "The oil price rose again. " * 5000 + "Iraq raised its oil output. " + "The oil price rose. " * 100
    s = snippet(text, "oil", "iraq")
    assert tried  # the windows are tried where the patch counts them (passageends.window_start, as snippets calls it)
    assert len(tried) <= 2 * (1000 + 2 * 100)  # MAX_CANDIDATES, and KEY_CANDIDATES of each word (it had been 10,202)
    assert "Iraq" in [part for fragment in s.fragments for part, marked in fragment if marked]  # the rare word shown


def test_a_phrase_matching_over_itself_again_and_again_is_one_span_of_its_words() -> None:
    # "word word" in a text of 200,000 "word"s: each match overlaps the next, and the merged span's key had grown by
    # the phrase at each one (quadratic: 13 s for one snippet)
    from newssearch.wordspans import MatchSpan, overlaid
    assert overlaid([MatchSpan(0, 9, "word word"), MatchSpan(5, 14, "word word")], []) == [MatchSpan(0, 14, "word word")]
    assert overlaid([MatchSpan(0, 15, "bank of england"), MatchSpan(8, 21, "england rugby")], []) == [
        MatchSpan(0, 21, "bank of england england rugby")]
    s = snippet("It was said. " + "word " * 20000, phrases=("word word",))
    assert s.matched


def test_the_words_inside_a_texts_tokens_are_found_once_for_a_phrase_it_does_not_hold_as_written(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A fuzzed NITF of 200,000 "{\\rtf1" had a phrase query's snippet find the words inside each "rtf1" twice, for
    # the first inner words' reading and again for the last's: 2.2 s of CPU for one query ("oil prices"); once now.
    import newssearch.phrasereadings as phrasereadings

    calls = []
    monkeypatch.setattr(phrasereadings, "inner_words", lambda word, colon=False: calls.append(word) or [])
    s = snippet("Gas prices rose. " + "rtf1 " * 1000 + "Oil was cheap.", phrases=("oil prices",))
    assert not s.matched and len(calls) == 1000
    monkeypatch.undo()
    s = snippet("Results: round.said the coach, 1x2 and 3y4.", phrases=("said the coach",))  # both readings still read
    assert [piece for fragment in s.fragments for piece, hit in fragment if hit] == ["said the coach"]


def test_a_word_of_a_megabyte_beside_the_matches_is_cut_in_time() -> None:
    # A fuzzed story.txt ("…met in Viennaaaa…", a word of 925,000 letters) had its word matched whole for each window
    # the snippet tried: `similar` on an index holding it took 17 s. A word is matched no further than it may run on.
    import time

    texts = ["Oil prices rose on Tuesday as OPEC ministers met in Vienna" + "a" * 1_000_000 + " to discuss output cuts.",
             "x" * 1_000_000 + " Oil prices rose as OPEC ministers met in Vienna " + "y" * 1_000_000 + " output cuts oil"]
    started = time.process_time()
    made = [snippet(text, "oil", "ministers", "output").fragments for text in texts]
    assert time.process_time() - started < 2.0  # 3.4 s before, 0.5 s after, on a busy machine (0.17 s of CPU)
    assert all(fragments and "Oil" in "".join(part for fragment in fragments for part, _ in fragment) for fragments in made)


def test_only_the_words_a_hyphen_joins_are_written_solid(monkeypatch: pytest.MonkeyPatch) -> None:
    """A snippet's hyphenated words, solid ("e-mail": email; "state-of-the-art" whole), made of their parts alone: every
    word of the text had been made a term to find them."""
    from newssearch import hyphens
    from newssearch.tokenpatterns import plain_word, word_spans

    text = "The e-mail from the union said the state-of-the-art plant in Wellington re-opened on Monday."
    read: list[str] = []
    monkeypatch.setattr(hyphens, "plain_word", lambda word: read.append(word) or plain_word(word))
    solid = hyphens.solid_spellings(text, word_spans(text))
    assert sorted(word for _, word in solid.values()) == ["email", "stateoftheart"]  # "re-opened": NOT_JOINED
    assert sorted(read) == ["art", "e", "mail", "of", "opened", "re", "state", "the"]


def test_a_phrase_snippet_finds_its_words_in_the_tokens_it_has(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phrase's snippet cuts its text into tokens (``tokens_with_terms``) and finds its words among them, not with
    the token pattern again: that second cut had been a sixth of a phrase snippet's time."""
    from newssearch import wordspans

    cut: list[str] = []
    pattern_for = wordspans.token_pattern_for

    class Counted:
        def __init__(self, text: str) -> None:
            self.pattern = pattern_for(text)

        def findall(self, text: str) -> list[str]:
            cut.append(text)
            return self.pattern.findall(text)

        def __getattr__(self, name: str) -> object:
            return getattr(self.pattern, name)

    monkeypatch.setattr(wordspans, "token_pattern_for", Counted)
    s = snippet("Oil prices rose on Monday, and oil traders said prices would hold.", "traders",
                phrases=("oil prices",))
    assert s.html() == ("<mark>Oil prices</mark> rose on Monday, and oil <mark>traders</mark> said prices would "
                        "hold.")
    assert cut == []
    assert snippet("Oil traders said prices would hold.", "traders").html() == \
        "Oil <mark>traders</mark> said prices would hold."
    assert cut  # a snippet of words alone finds them with the pattern: it has no tokens


QUIET = "Nothing much happened in the town that day. "


def _cut_inside(text: str, s) -> bool:
    """Whether a passage of ``s`` ends inside a word of ``text`` joined by a hyphen, a slash, a dot, a comma or an
    apostrophe."""
    squashed = " ".join(text.split())
    for fragment in s.fragments:
        shown = "".join(part for part, _ in fragment)
        after = squashed[squashed.index(shown) + len(shown):][:2]
        if after[:1].isalnum() or (after[:1] in "-/.,'" and after[1:].isalnum()):
            return True
    return False


def test_a_passage_ends_after_a_hyphenated_word_or_an_address_not_inside_it() -> None:
    # A window ending at "anti" of "anti-establishment" had shown "… long-serving anti …"; one ending in
    # "www.example.com/budget-2024.pdf" "… www.example …", in "$2.80" "… closed up $2 …" (BBC's "Winter freeze keeps
    # oil above $50"), in "don't" "… they don …": words, figures and links that are not the text's.
    text = (QUIET * 3 + "The budget was set by long-serving anti-establishment figures, see "
            "www.example.com/budget-2024.pdf on Monday. It closed up $2.80 to 1,250,000 and they don't know why. "
            + QUIET * 3)
    for chars in range(40, 160, 2):
        s = snippet(text, "budget", chars=chars)
        assert not _cut_inside(text, s), (chars, s.plain())


def test_a_passage_starts_at_an_address_holding_the_match_not_inside_it() -> None:
    # "… e.com/reports/annual-budget.pdf …" had started a passage mid-address: it starts at the address when near,
    # else at the match.
    text = QUIET * 3 + "See www.example.com/reports/annual-budget.pdf for details. " + QUIET * 3
    assert snippet(text, "budget", chars=60).plain().startswith("… www.example.com/reports/annual-budget.pdf")
    long_address = "https://www.example.com/" + "x" * 60 + "/budget-report-final.pdf"
    plain = snippet(QUIET * 3 + "See " + long_address + " now. " + QUIET * 3, "budget", chars=60).plain()
    assert plain.startswith("… budget-report")


BACKLOG = ("Analysis and Technology Inc said it won 7.6 mln dlrs worth of Navy contracts, subcontracts and increases to "
           "existing contracts.\n\nThe company said its backlog of contracts is approximately 107 mln dlrs, compared to "
           "62 mln dlrs of backlog contracts a year ago this time.")


def test_a_word_or_two_between_passages_is_shown_not_left_out() -> None:
    # Reuters' "The company said its … of contracts is": an ellipsis for "backlog" alone saves nothing
    s = snippet(BACKLOG, "contract")
    assert "its … of" not in s.plain()
    assert "The company said its backlog of contracts" in s.plain()


def test_a_word_or_two_before_the_first_passage_is_shown_not_left_out() -> None:
    # BBC's "… Arsene Wenger has admitted": the article's first two words had been cut for an ellipsis as long
    text = ("Arsenal manager Arsene Wenger has admitted he is at a loss to explain why Newcastle are languishing "
            "in the bottom half. The club were tipped for Europe at the start of the season.")
    assert snippet(text, "wenger", chars=40).plain().startswith("Arsenal manager Arsene Wenger")


def test_a_word_or_two_after_the_last_passage_is_shown_not_left_out() -> None:
    text = "Opening words. " * 10 + "The fleet sailed at dawn from the harbour in a gale and came home late on a Monday."
    plain = snippet(text, "fleet", chars=70).plain()
    assert plain.endswith("on a Monday.") and not plain.endswith("…")


def test_a_passage_starts_at_its_matchs_sentence_up_to_half_its_width_before() -> None:
    # BBC's "… weekend's European Indoor Athletics Championships after picking up a hamstring injury": the sentence's
    # start, 120 characters before the match in a passage of 240, had been a third of it too far
    story = ("Kelly Holmes has been forced out of this weekend's European Indoor Athletics Championships after picking up "
             "a hamstring injury during training. ")
    s = make_snippet(FILLER * 4 + story + FILLER * 4, term_of, {term_of("injury")}.__contains__, chars=240, fragments=1)
    assert s.plain().startswith("… Kelly Holmes has been forced out"), s.plain()


def test_a_passage_with_no_sentence_start_near_starts_a_third_of_its_width_before() -> None:
    long_sentence = "The season opened with " + "a long run of matches and " * 8 + "an injury to the captain."
    s = make_snippet(FILLER * 4 + long_sentence + " " + FILLER * 4, term_of, {term_of("injury")}.__contains__,
                     chars=120, fragments=1)
    assert s.plain().startswith("… and a long run of matches and an injury"), s.plain()  # not further back


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("It made four mln tonnes in May and 4 mln tonnes in June.", "4 mln tonnes",
     "It made <mark>four mln tonnes</mark> in May and <mark>4 mln tonnes</mark> in June."),
    ("Thomas Mueller passed to Thomas Müller.", "thomas mueller",
     "<mark>Thomas Mueller</mark> passed to <mark>Thomas Müller</mark>."),
])
def test_a_phrase_is_marked_where_it_is_written_and_where_another_reading_holds_it(text: str, phrase: str,
                                                                                   expected: str) -> None:
    # each place the index matched the phrase: found as written, it had not been looked for in the text's other
    # readings (a number word's digits, a word written out)
    assert snippet(text, phrases=(phrase,)).html() == expected
