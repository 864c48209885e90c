"""Arc XP's stories in ANS (Arc Native Specification), as its Content API and exports give them: a story object
(``"type": "story"``), a list of them, or a page of results (``{"type": "results", "content_elements": [...]}``).

A story keeps its fields in objects of its own: its headline in ``headlines.basic``, its standfirst in
``subheadlines.basic`` (else ``description.basic``), its writers in ``credits.by``, its section in
``taxonomy.primary_section``, and its text as a list of ``content_elements``: a paragraph (``text``), a subheading
(``header``), a list, a quote or a correction is text; a picture, a gallery, a video, an embed, a link to another story
(``interstitial_link``), a list of links or a box of raw HTML (a newsletter's sign-up) is none. Each story is made the
flat record the JSON reader reads (``ans_record``): its id its ``_id``, its date the one the site shows
(``display_date``, else ``first_publish_date``), its address its ``canonical_url`` when that is a whole one (Arc's
are most often paths, and the site's host is in no field: ``canonical_website`` is an id). A revision not published
(``revision.published`` false: a draft) is no article.
"""

from __future__ import annotations

from collections.abc import Mapping

from .fields import RecordError, objects_in

_STORY = "story"
_RESULTS = "results"
# The elements whose text is the story's, and how each is written as HTML (the JSON reader reduces it to text).
_PARAGRAPHS = {"text": "p", "header": "h2", "correction": "p"}
_DRAFT = "an Arc XP draft (revision.published false), not a published story"


def is_ans(value: object) -> bool:
    """Whether ``value`` is an ANS story or a page of them: its ``type`` and its list of ``content_elements``."""
    return (isinstance(value, Mapping) and value.get("type") in (_STORY, _RESULTS)
            and isinstance(value.get("content_elements"), list)
            and (value.get("type") == _RESULTS or isinstance(value.get("headlines"), Mapping)))


def ans_records(value: Mapping[str, object]) -> list[object]:
    """The records of an ANS story or page of results ``value``: each story's flat record (``ans_record``), or a
    ``RecordError`` where it is a draft; a page's elements that are no story are passed over."""
    stories = [value] if value.get("type") == _STORY else [
        item for item in objects_in(value, "content_elements") if is_ans(item) and item.get("type") == _STORY]
    return [ans_record(story) for story in stories]


def ans_record(story: Mapping[str, object]) -> Mapping[str, object] | RecordError:
    """One ANS ``story`` as a record of the JSON reader's keys."""
    revision = story.get("revision")
    if isinstance(revision, Mapping) and revision.get("published") is False:
        return RecordError(_DRAFT)
    record: dict[str, object] = {
        "id": story.get("_id"),
        "headline": _basic(story, "headlines"),
        "standfirst": _basic(story, "subheadlines") or _basic(story, "description"),
        "body": [part for element in objects_in(story, "content_elements") for part in _element_html(element)],
        "authors": [name for credit in objects_in(_object(story, "credits"), "by")
                    if isinstance(name := credit.get("name"), str)],
        # the day the site shows, else the first publication's (its publish_date is the last time it was put out)
        "display_date": story.get("display_date"),
        "first_publish_date": story.get("first_publish_date"),
        "last_updated_date": story.get("last_updated_date"),
        "language": story.get("language") or None,
        "section": _object(_object(story, "taxonomy"), "primary_section").get("name"),
    }
    url = story.get("canonical_url")
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        record["url"] = url
    return {key: value for key, value in record.items() if value not in (None, "", [])}


def _element_html(element: object) -> list[str]:
    """The HTML paragraphs one content element gives: its text's, a list's items', a quote's; none for the rest."""
    if not isinstance(element, Mapping):
        return []
    kind, content = element.get("type"), element.get("content")
    if kind in _PARAGRAPHS and isinstance(content, str) and content.strip():
        tag = _PARAGRAPHS[str(kind)]
        return [f"<{tag}>{content}</{tag}>"]
    if kind == "list":
        return [part for item in objects_in(element, "items") for part in _element_html(item)]
    if kind == "quote":
        quoted = [part for item in objects_in(element, "content_elements") for part in _element_html(item)]
        citation = _object(element, "citation").get("content")
        cited = isinstance(citation, str) and citation.strip()
        return quoted + ([f"<p>{citation}</p>"] if cited else [])
    return []


def _basic(story: Mapping[str, object], field: str) -> str | None:
    """The ``basic`` value of one of the story's objects of variants (``headlines.basic``)."""
    value = _object(story, field).get("basic")
    return value if isinstance(value, str) and value.strip() else None


def _object(value: Mapping[str, object], field: str) -> Mapping[str, object]:
    """``value[field]`` when it is an object, else an empty one."""
    found = value.get(field)
    return found if isinstance(found, Mapping) else {}
