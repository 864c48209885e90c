"""A page of very many elements with runs of empty ones (``<div></div>`` or ``<a href=x>`` repeated 200,000 times, or
the line breaks ``deephtml`` leaves for 200,000 unclosed ``<div>``, ``<li>`` or ``<p>`` tags) cut to the first two of
each run, once, right after parsing.

Every pass over a page (cleaning, scoring, its paragraphs, its bylines and dates) walks every element, at tens of
microseconds each: such a page had taken 10 to 20 seconds to read. An element holding no text parts no words that its
neighbours do not part already, and two kept of a run keep a paragraph break (``<br><br>``) a break: the text read is
the same. Pages under ``MAX_ELEMENTS`` (every page of the extraction benchmarks) are left as they are.
"""

from __future__ import annotations

from lxml import etree

MAX_ELEMENTS = 50_000  # the largest benchmark page has about 10,000; past this a page is cut of its empty runs
KEEP = 2  # of each run of empty elements side by side
# The attributes an empty element may have and still say nothing: a <meta>'s content, a <time>'s datetime, an <img>'s
# alt or a <link>'s rel are read, and keep their element.
_PLAIN = frozenset({"class", "id", "style", "href"})


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def may_be_many(page: str) -> bool:
    """Whether the page ``page`` may parse to more than ``MAX_ELEMENTS`` elements, told by its count of ``<``: a tag
    makes at most four (itself and those a parser adds, a <td>'s <tr> and <tbody>). Counting them in the tree had
    taken a third as long as parsing the page (35 ms of 10,000 elements)."""
    return page.count("<") * 4 > MAX_ELEMENTS


def cut_empty_runs(root: etree._Element) -> int:
    """Remove from ``root`` each element past the first ``KEEP`` of a run of side-by-side empty elements (holding no
    text and naming nothing: see ``_node_empty``), when ``root`` has more than ``MAX_ELEMENTS`` elements; the number removed."""
    nodes = list(root.iter())
    if len(nodes) <= MAX_ELEMENTS:
        return 0
    empty: set[etree._Element] = set()
    removed = 0
    for node in reversed(nodes):  # each node after all its descendants
        run = 0
        for child in list(node):
            if child in empty and _blank(child.tail):
                run += 1
                if run > KEEP:
                    node.remove(child)  # its tail, white space, goes with it
                    removed += 1
            else:
                run = 0
        if _node_empty(node, empty):
            empty.add(node)
    return removed


def _node_empty(node: etree._Element, empty: set[etree._Element]) -> bool:
    """Whether ``node`` says nothing: a comment or processing instruction, or an element with no attribute but
    ``_PLAIN`` ones whose own text is white space, and whose children are empty with white space after them (its
    children judged before it)."""
    if not isinstance(node.tag, str):
        return True
    return (_blank(node.text) and _PLAIN.issuperset(node.attrib)
            and all(child in empty and _blank(child.tail) for child in node))
