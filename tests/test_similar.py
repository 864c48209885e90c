"""similar: more like this over title and body, never the article itself."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch import open_index
from newssearch.cli import cli
from newssearch.errors import ArticleNotFound


def test_same_story_first_and_not_itself(features_index: Path) -> None:
    with open_index(features_index) as idx:
        result = idx.similar("wire.jsonl#shooting", limit=3)
    found = [hit.id for hit in result.hits]
    assert found[0] == "wire.jsonl#arrests"
    assert "wire.jsonl#shooting" not in found
    assert len(found) == 3


def test_an_article_sharing_one_common_word_is_not_like_it(features_index: Path) -> None:
    # The protest and the harbour closure share only "police" with the shooting: a tenth of its key words
    # is needed (three of them here), as Elasticsearch's more-like-this asks for a share.
    with open_index(features_index) as idx:
        found = [hit.id for hit in idx.similar("wire.jsonl#shooting").hits]
    assert found == ["wire.jsonl#arrests", "wire.jsonl#policy", "police-dog.txt"]


def test_unknown_id(features_index: Path) -> None:
    with open_index(features_index) as idx, pytest.raises(ArticleNotFound):
        idx.similar("nope.txt")


def test_cli_similar_formats(features_index: Path) -> None:
    runner = CliRunner()
    base = ["similar", "wire.jsonl#ferries", "-n", "1", "--index-dir", str(features_index)]
    screen = runner.invoke(cli, base + ["--color", "never"])
    assert screen.exit_code == 0
    assert screen.output.startswith("1 article like 'wire.jsonl#ferries' (sharing both its key words)\n\n  1. Waitematā Harbour")
    data = json.loads(runner.invoke(cli, base + ["--jsonl"]).output)
    assert data["id"] == "wire.jsonl#harbour"
    many = runner.invoke(cli, ["similar", "wire.jsonl#shooting", "-n", "1", "--index-dir", str(features_index)])
    assert many.output.startswith("3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words; "
                                  "showing 1)\n\n  1. Two arrested")
    assert json.loads(runner.invoke(cli, ["similar", "wire.jsonl#shooting", "-n", "1", "--index-dir",
                                          str(features_index), "--json"]).output)["total"] == 3
    missing = runner.invoke(cli, ["similar", "nope.txt", "--index-dir", str(features_index)])
    assert missing.exit_code == 2
    assert missing.output.startswith("Error: no article with id 'nope.txt'")


def test_pages_of_similar_articles_follow_on(features_index: Path) -> None:
    with open_index(features_index) as idx:
        first = idx.similar("wire.jsonl#shooting", limit=5)
        pages = [idx.similar("wire.jsonl#shooting", limit=1, page=page) for page in (1, 2, 3)]
    assert [hit.id for page in pages for hit in page.hits] == [hit.id for hit in first.hits]
    assert [hit.rank for hit in pages[1].hits] == [2]
    assert (pages[2].page, pages[2].pages, pages[2].total) == (3, 3, 3)


def test_similar_articles_within_dates(features_index: Path) -> None:
    with open_index(features_index) as idx:
        everything = idx.similar("wire.jsonl#shooting")
        dated = idx.similar("wire.jsonl#shooting", since="2020-06", until="2020-12")
    inside = [hit.id for hit in everything.hits if hit.date and "2020-06" <= hit.date.isoformat()[:7] <= "2020-12"]
    assert [hit.id for hit in dated.hits] == inside
    assert inside and len(inside) == dated.total < everything.total
    assert "wire.jsonl#police-dog" not in inside and "police-dog.txt" not in inside  # undated: left out


def test_cli_similar_pages_and_dates(features_index: Path) -> None:
    runner = CliRunner()
    base = ["similar", "wire.jsonl#shooting", "--index-dir", str(features_index), "--color", "never"]
    second = runner.invoke(cli, [*base, "-n", "2", "--page", "2"])
    assert second.exit_code == 0
    assert second.output.startswith("3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words; page 2 of 2)\n\n  3. ")
    none = runner.invoke(cli, [*base, "--since", "2022"])
    assert none.exit_code == 1
    assert "No articles" in none.output
    wrong = runner.invoke(cli, [*base, "--since", "2021", "--until", "2020"])
    assert wrong.exit_code == 2


def test_dates_that_leave_nothing_give_nothing(features_index: Path) -> None:
    with open_index(features_index) as idx:
        result = idx.similar("wire.jsonl#shooting", since="2030")
        recent = idx.search("police", since="2030", recent=True)
    assert (result.total, result.hits, recent.total, recent.hits) == (0, [], 0, [])
    out = CliRunner().invoke(cli, ["similar", "wire.jsonl#shooting", "--since", "2030",
                                   "--index-dir", str(features_index)])
    assert out.exit_code == 1
    assert out.output == ("No articles like 'wire.jsonl#shooting' published --since 2030.\n"
                          "Note: the articles of this index are dated 2019-01-10 to 2021-03-05; 1 undated article matches too: "
                          "--since and --until leave out articles with no publication date.\n")
    query = CliRunner().invoke(cli, ["query", "police", "--since", "1990", "--until", "2000",
                                     "--index-dir", str(features_index)])
    assert query.output == ("No articles match 'police' published --since 1990 --until 2000.\n"
                            "Note: the articles of this index are dated 2019-01-10 to 2021-03-05; 1 undated article matches too: "
                            "--since and --until leave out articles with no publication date.\n")


def test_a_brief_of_few_key_words_needs_two_of_them_in_common(tmp_path: Path) -> None:
    from newssearch import build_index

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "brief.txt").write_text("Yen firms against dollar\n\nYen firms.")
    (corpus / "fx.txt").write_text("Currencies\n\nThe yen firms as the dollar weakens in Tokyo trading.")
    (corpus / "sport.txt").write_text("Match report\n\nThe dollar prize went to the home team after extra time.")
    (corpus / "rice.txt").write_text("Rice prices\n\nFarmers said rice prices rose again this week.")
    build_index(corpus, tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        result = idx.similar("brief.txt")
    assert [hit.id for hit in result.hits] == ["fx.txt"] and result.total == 1  # one word in common is not enough


FRENCH = {
    "elections.txt": "Élections à Marseille\n\nLes élections municipales de Marseille ont été reportées par la "
                     "préfecture. Les candidats se sont plaints de cette décision sur le calendrier.\n",
    "greve.txt": "Grève à la SNCF\n\nLes cheminots ont été nombreux à suivre la grève. Les syndicats se sont "
                 "montrés prêts à négocier sur le salaire.\n",
    "grippe.txt": "Grippe à Lyon\n\nLes urgences de Lyon ont été saturées par la grippe. Les médecins se sont "
                  "mobilisés pour soigner les patients.\n",
    "report.txt": "Municipales: Marseille\n\nLe report des élections municipales à Marseille fait réagir les "
                  "candidats, qui dénoncent la décision de la préfecture.\n",
    "storm.txt": "Storm in Auckland\n\nThe ferries were cancelled by the storm. The commuters said that they "
                 "would stay at home for the weekend.\n",
}


def test_articles_in_another_language_are_alike_by_their_topic_not_their_function_words(tmp_path: Path) -> None:
    # "les", "ont", "été", "se", "sont", "par", "la" are rare in a mostly English collection, and had made the strike
    # and the flu stories like the election one; the English stop list keeps them in the index.
    from newssearch.similar import key_terms_of

    index = index_of_texts(tmp_path, FRENCH)
    with open_index(index) as idx:
        assert [hit.id for hit in idx.similar("elections.txt").hits] == ["report.txt"]
        assert idx.similar("storm.txt").hits == []
        terms = {term for term, _ in key_terms_of(idx._searcher, idx.get("elections.txt"))}
    # (French stems, as the index holds the article's words: "marseil", not English's "marseill")
    assert {"marseil", "prefectur"} <= terms and not terms & {"les", "ont", "se", "sont", "par", "la", "l"}


GERMAN = {
    "nachtzug.txt": "Nachtzüge durch Europa\n\nZwischen Berlin und Barcelona fahren wieder Nachtzüge. Die Strecken "
                    "zwischen den Hauptstädten werden ausgebaut, sagte die Kommission in Brüssel. Das ist auch für "
                    "die Fahrgäste eine gute Nachricht, denn sie können nun wieder mit dem Zug reisen. Die Betreiber "
                    "haben gegen einen Mangel an Wagen zu kämpfen.\n",
    "takt.txt": "Der Deutschlandtakt\n\nDie Bahn will zwischen den Städten im Takt fahren. Die Strecken sollen "
                "ausgebaut werden, und die Nachtzüge kehren zurück, sagte der Minister.\n",
}


def test_the_key_words_of_an_article_in_another_language_are_its_words_as_the_index_stems_them(tmp_path: Path) -> None:
    # They were stemmed by English rules: "zwischen" (German: zwisch) and "strecken" (streck) were words no German
    # article holds, so they looked rare, led the key words, and found nothing
    from newssearch.similar import key_terms_of

    index = index_of_texts(tmp_path, {**GERMAN, **FRENCH})
    with open_index(index) as idx:
        reader = idx._searcher.reader()
        for name in [*GERMAN, *FRENCH]:
            own = idx._docnum(name)
            for term, _ in key_terms_of(idx._searcher, idx.get(name)):
                assert own in set(reader.postings("body", term).all_ids()), (name, term)
        assert [hit.id for hit in idx.similar("nachtzug.txt").hits] == ["takt.txt"]
        terms = {term for term, _ in key_terms_of(idx._searcher, idx.get("nachtzug.txt"))}
    # its function words left out, as German stems them too ("haben": hab, "gegen": geg, "einen": ein)
    assert "streck" in terms and not terms & {"und", "die", "den", "durch", "hab", "geg", "ein"}


def test_the_key_words_of_a_huge_article_come_from_its_opening(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.similar as similar

    opening = "The harbour ferry sailed late again and the harbour board met. " * 40
    index = index_of_texts(tmp_path, {"big.txt": f"Harbour ferry\n\n{opening}" + "Zeppelins zeppelin airship. " * 400,
                                      "other.txt": "Ferry news\n\nThe harbour ferry was late.\n"})
    monkeypatch.setattr(similar, "KEY_TERM_CHARS", len(opening))
    with open_index(index) as idx:
        article = idx.get("big.txt")
        terms = [term for term, _ in similar.key_terms_of(idx._searcher, article)]
    assert "harbour" in terms and not any(term.startswith("zeppelin") for term in terms)


STORIES = {
    "oil.txt": "Oil rally\n\nOil prices rose as crude stockpiles fell and demand for oil grew in the cold winter.",
    "opec.txt": "Opec output\n\nOpec said crude output would stay the same while oil demand grew.",
    "jobs.txt": "Jobs fall\n\nUnemployment rose as factories cut jobs and wages fell in the winter.",
    "bank.txt": "Bank rates\n\nThe bank raised rates as prices rose and wages grew.",
    "ferry.txt": "Ferry delays\n\nFerries were cancelled in the winter storm and crude oil spilled.",
    "crops.txt": "Harvest\n\nFarmers said the harvest fell after a cold winter and demand for grain grew.",
}


def test_key_words_of_an_updated_index_are_those_of_a_rebuilt_one(tmp_path: Path) -> None:
    # Whoosh's Bo1 counts the versions an update deleted, until a merge: similar had found 4 of the 10
    # articles a rebuilt index found. The key words now count live articles only.
    from newssearch import build_index
    from newssearch.similar import key_terms_of

    index = index_of_texts(tmp_path, STORIES)
    for name in ("opec.txt", "bank.txt"):  # a third of the articles or fewer: the deleted versions stay
        with open(tmp_path / "corpus" / name, "a", encoding="utf-8") as file:
            file.write(" Crude oil demand grew again on Friday, oil traders said.")
    assert build_index(tmp_path / "corpus", index).updated == 2
    build_index(tmp_path / "corpus", tmp_path / "rebuilt")
    terms, hits = [], []
    for folder in (index, tmp_path / "rebuilt"):
        with open_index(folder) as idx:
            assert idx._searcher.reader().has_deletions() == (folder == index)
            terms.append(key_terms_of(idx._searcher, idx.get("oil.txt")))
            hits.append({hit.id for hit in idx.similar("oil.txt").hits})
    assert terms[0] == terms[1] and hits[0] == hits[1]


def test_cli_similar_takes_snippet_chars_as_query_does(features_index: Path) -> None:
    runner = CliRunner()
    base = ["similar", "wire.jsonl#shooting", "-n", "1", "--index-dir", str(features_index), "--json"]
    short = json.loads(runner.invoke(cli, [*base, "--snippet-chars", "60"]).output)["hits"][0]["snippet"]
    long = json.loads(runner.invoke(cli, [*base, "--snippet-chars", "400"]).output)["hits"][0]["snippet"]
    assert len(short) < 100 < len(long)
    with open_index(features_index) as idx:
        assert idx.similar("wire.jsonl#shooting", limit=1, snippet_chars=60).hits[0].snippet.plain() == short
    refused = runner.invoke(cli, [*base, "--snippet-chars", "5"])
    assert refused.exit_code == 2 and "--snippet-chars" in refused.output


def test_the_scores_and_sharers_read_once_are_the_querys_own(tmp_path: Path) -> None:
    # likeness reads each key word's postings once for both: its scores must be those of its Or (each times the share
    # of the key words the article holds, Lucene's classic coord), and the articles
    # sharing enough key words those whose title or body holds them, in an updated index (with deleted versions).
    from whoosh import query as wq

    from newssearch import build_index
    from newssearch.fastscore import all_scores
    from newssearch.similar import likeness

    index = index_of_texts(tmp_path, {**STORIES, "cricket.txt": "Cricket\n\nThe batsman scored a century at Lord's."})
    with open(tmp_path / "corpus" / "opec.txt", "a", encoding="utf-8") as file:
        file.write(" Crude oil demand grew again on Friday, oil traders said.")
    assert build_index(tmp_path / "corpus", index).updated == 1
    with open_index(index) as idx:
        searcher = idx._searcher
        reader = searcher.reader()
        assert reader.has_deletions()
        like = likeness(searcher, idx.get("oil.txt"))
        assert isinstance(like.query, wq.Or)
        terms = {term.text for term in like.query.subqueries}
        held = {docnum: sum(any((name, term) in reader and docnum in set(reader.postings(name, term).all_ids())
                                for name in ("title", "body")) for term in terms)
                for docnum in range(reader.doc_count_all()) if not reader.is_deleted(docnum)}
        assert like.scores == {docnum: score * held[docnum] / len(terms)
                               for docnum, score in all_scores(searcher, like.query).items()}
        need = max(math.ceil(0.1 * len(terms)), min(2, len(terms)))
        assert like.sharing == {docnum for docnum, count in held.items() if count >= need}
        assert like.sharing and len(like.sharing) < len(held)


def test_an_article_nothing_is_like_says_why(tmp_path: Path) -> None:
    # "Tiny" / "Bridge.": two key words, both needed; the bare "No articles like …" had left a user guessing
    index = index_of_texts(tmp_path, {"tiny.txt": "Tiny\n\nBridge.",
                                      "house.txt": "Tiny houses\n\nA tiny house was built.",
                                      "bridge.txt": "Harbour bridge closed\n\nThe bridge was closed by wind.",
                                      "wind.txt": "Bridge closed by wind\n\nThe harbour bridge was closed by a gale.",
                                      "numbers.txt": "1987\n\n12 34 56."})
    result = CliRunner().invoke(cli, ["similar", "tiny.txt", "--index-dir", str(index)])
    assert result.exit_code == 1
    assert result.output == ("No articles like 'tiny.txt'.\n"
                             "Note: no other article shares 2 of its 2 key words (a short text gives few).\n")
    with open_index(index) as idx:
        assert idx.similar("numbers.txt").notice == ("its title and text give no word to compare by (only stop "
                                                     "words, numbers or single letters)")
        assert idx.similar("bridge.txt").notice is None  # wind.txt is like it


WARNER = {
    "warner.txt": "Time Warner profit rises\n\nQuarterly profits at TimeWarner rose in the fourth quarter. Its AOL internet "
                  "unit lost subscribers, though advertising revenue from its Google deal grew and AOL signed new "
                  "broadband subscribers for its internet service.",
    "aol.txt": "AOL keeps its subscribers\n\nThe internet firm AOL said broadband subscribers stayed with it as "
               "advertising revenue from Google searches grew, and the firm plans a new internet service for "
               "subscribers next year, with films, music and games on offer to members who pay a monthly fee. Analysts "
               "said the plan would help the group compete with rivals in Europe and Asia over the coming months.",
    "wire.txt": "FOURTH QUARTER PROFIT UP\n\nFourth quarter profit rose, the company said.",
    "rain.txt": "Rain in the north\n\nHeavy rain fell in the north on Friday and roads were closed.",
    "cup.txt": "Cup final tickets sold\n\nTickets for the cup final sold out within an hour on Friday.",
}


def test_a_short_text_sharing_few_key_words_ranks_below_one_sharing_many(tmp_path: Path) -> None:
    # A three-line wire holding "fourth", "quarter" and "profit" had outranked the story sharing AOL, internet,
    # subscribers, advertising, revenue and Google (6.82 to 6.57): its few words weigh much in its short text.
    # Each score is now multiplied by the share of the key words the article holds (Lucene's classic coord).
    index = index_of_texts(tmp_path, WARNER)
    result = CliRunner().invoke(cli, ["similar", "warner.txt", "--index-dir", str(index), "--csv"])
    assert result.exit_code == 0
    assert [line.split(",")[0] for line in result.output.splitlines()[1:]] == ["aol.txt", "wire.txt"]


def test_a_word_no_other_article_holds_is_no_key_word(tmp_path: Path) -> None:
    # "TimeWarner" (and a report's amounts, "1.13bn") can find nothing but the article itself: as Lucene's
    # MoreLikeThis leaves out words below its min_doc_freq, such a word gives its place to one that can.
    from newssearch.similar import likeness

    index = index_of_texts(tmp_path, WARNER)
    with open_index(index) as idx:
        docnum = idx._docnum("warner.txt")
        like = likeness(idx._searcher, idx.get("warner.txt"), docnum)
    terms = {term.text for term in like.query.subqueries}
    assert "aol" in terms and "quarter" in terms
    assert not terms & {"timewarn", "warner", "signe", "lost", "deal"}
    assert like.alone >= 5


def test_an_index_of_one_article_says_it_holds_no_other(tmp_path: Path) -> None:
    # its key words were all "held by no other article" because there is none: say that, not the words
    index = index_of_texts(tmp_path, {"only.txt": "Harbour bridge closed\n\nThe bridge was closed by wind."})
    result = CliRunner().invoke(cli, ["similar", "only.txt", "--index-dir", str(index)])
    assert result.exit_code == 1
    assert result.output == "No articles like 'only.txt'.\nNote: the index holds no other article.\n"


def test_an_article_whose_words_no_other_holds_says_so(tmp_path: Path) -> None:
    index = index_of_texts(tmp_path, {**WARNER, "odd.txt": "Zebras\n\nZebras gallop."})
    with open_index(index) as idx:
        assert idx.similar("odd.txt").notice == "no other article holds any of its 2 key words"


def test_an_article_of_many_words_no_other_holds_is_compared_by_those_others_hold(tmp_path: Path) -> None:
    # A text of 200,000 words each its own ("word0 word1 …", a long line) had found nothing like it, "no other
    # article holds any of its 50 key words": the 50 key words weighed were all its own, and none else was tried.
    own = " ".join(f"zqown{n} zqown{n} zqown{n}" for n in range(60))
    index = index_of_texts(tmp_path, {"long.txt": f"Harbour ferry\n\nThe harbour ferry council met. {own}",
                                      "ferry.txt": "Ferry fares\n\nThe harbour ferry council raised fares.",
                                      "bees.txt": "Bees\n\nBees swarm in spring."})
    with open_index(index) as idx:
        like = idx.similar("long.txt")
        assert [hit.id for hit in like.hits] == ["ferry.txt"]
        assert like.notice is None


def _made_up(prefix: str, count: int) -> list[str]:
    """``count`` made-up words no stemmer changes: zqab…x, one per pair of letters after ``prefix``."""
    letters = "bcdfghjklmnpqrstvw"
    return [f"{prefix}{letters[i // len(letters)]}{letters[i % len(letters)]}x" for i in range(count)]


def test_a_story_sharing_its_less_rare_words_is_found_beside_thirty_rarer_ones(tmp_path: Path) -> None:
    # A long report names thirty rare things (people, places), each written twice and held by one other article
    # only; the stories like it share six of its commoner words. With 25 key words all were the rare names, each
    # shared by one unlike article: no story like it was found at all.
    # 50 key words (config.SIMILAR_TERMS): BBC News P@10 0.876 -> 0.898 on odd file numbers, 0.868 -> 0.898 even.
    rare, common = _made_up("zq", 30), _made_up("wv", 6)
    texts = {"report.txt": "Report\n\n" + " ".join(rare * 2 + common) + ".\n",
             "like.txt": "Like\n\n" + " ".join(common) + " and more.\n"}
    texts.update({f"name{i}.txt": f"Name {i}\n\n{word} was seen.\n" for i, word in enumerate(rare)})
    texts.update({f"filler{i}.txt": f"Filler {i}\n\n{' '.join(common)} elsewhere.\n" for i in range(4)})
    with open_index(index_of_texts(tmp_path, texts)) as idx:
        found = {hit.id for hit in idx.similar("report.txt").hits}
    assert found == {"like.txt", "filler0.txt", "filler1.txt", "filler2.txt", "filler3.txt"}


def test_an_article_of_thirty_key_words_nothing_is_like_is_not_called_short(tmp_path: Path) -> None:
    # 30 key words, each held by one other article: none shares the 3 needed, and 30 words is no short text's few
    words = [f"{a}{b}" for a in ("zor", "qua", "vel", "myn", "tas", "pil") for b in ("ak", "ex", "ib", "on", "ut")]
    texts = {"long.txt": "Report\n\n" + " ".join(words) + "."}
    texts |= {f"other{n}.txt": f"Other {n}\n\nThe {word} was seen." for n, word in enumerate(words)}
    with open_index(index_of_texts(tmp_path, texts)) as idx:
        assert idx.similar("long.txt").notice == "no other article shares 3 of its 30 key words"


def test_the_count_says_what_it_counts(features_index: Path) -> None:
    # "382 articles like 'business/001.txt'" on BBC News had read as 382 articles about the same thing: it counts those
    # sharing a tenth of the article's key words (5 of 50), the most alike first; the header now says so
    runner = CliRunner()
    base = ["similar", "wire.jsonl#shooting", "--index-dir", str(features_index), "--color", "never"]
    assert runner.invoke(cli, [*base, "-n", "1"]).stdout.splitlines()[0] == (
        "3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words; showing 1)")
    assert runner.invoke(cli, [*base, "-n", "2", "-p", "2"]).stdout.splitlines()[0] == (
        "3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words; page 2 of 2)")
    assert runner.invoke(cli, [*base, "-n", "0"]).stdout == (
        "3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words)\n")
    assert runner.invoke(cli, [*base]).stdout.splitlines()[0] == (
        "3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words)")
    both = runner.invoke(cli, ["similar", "wire.jsonl#ferries", "--index-dir", str(features_index)])
    assert both.stdout.splitlines()[0] == "1 article like 'wire.jsonl#ferries' (sharing both its key words)"
    data = json.loads(runner.invoke(cli, [*base, "--json"]).stdout)
    assert {key: data[key] for key in ("total", "key_words", "shared")} == {"total": 3, "key_words": 12, "shared": 2}
    with open_index(features_index) as idx:
        result = idx.similar("wire.jsonl#shooting")
        assert (result.total, result.key_words, result.shared) == (3, 12, 2)
        assert (idx.search("police").key_words, idx.search("police").shared) == (None, None)
    query = json.loads(runner.invoke(cli, ["query", "police", "--index-dir", str(features_index), "--json"]).stdout)
    assert "key_words" not in query and "shared" not in query


@pytest.mark.parametrize(("shared", "key_words", "said"), [
    (5, 50, "sharing at least 5 of its 50 key words"), (2, 2, "sharing both its key words"),
    (3, 3, "sharing all 3 of its key words"), (1, 1, "sharing its key word"),
    (1_000, 2_000, "sharing at least 1,000 of its 2,000 key words")])
def test_shared_words(shared: int, key_words: int, said: str) -> None:
    from newssearch.formatting import shared_words

    assert shared_words(shared, key_words) == said
