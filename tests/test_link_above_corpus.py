"""A link in a corpus to a folder above the corpus (``all -> ~/news``, ``rootfs -> /``) holds the corpus itself: a
loop, skipped as a link back to a folder it is in, not followed out into the corpus's neighbours."""

from __future__ import annotations

from pathlib import Path

from newssearch import build_index

LINK_BACK = "link back to a folder it is in (a loop): not followed"


def test_a_link_to_a_folder_above_the_corpus_is_a_loop_not_followed(tmp_path: Path) -> None:
    # corpus/awk/up -> .. with corpus/awk given as the corpus had been followed out into corpus/: its other folders
    # were indexed as up/bbc/…, a whole archive beside the corpus (and a link to / would have walked the disk).
    news = tmp_path / "news"
    corpus = news / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Ferry\n\nThe ferry sailed.")
    (news / "other").mkdir()
    (news / "other" / "b.txt").write_text("Harbour\n\nThe harbour closed.")
    (corpus / "up").symlink_to("..")
    (corpus / "sub" / "top").symlink_to(tmp_path)
    report = build_index(corpus, tmp_path / "index")
    assert sorted((skip.path, skip.reason) for skip in report.skipped) == [("sub/top", LINK_BACK), ("up", LINK_BACK)]
    assert report.documents == 1
