"""What ``unwrapped`` (hard-wrapped lines joined) and ``without_page_lines`` (a copied page's labels dropped) return
on varied texts, pinned exactly: both were rewritten for speed, and each output must stay as it was."""

from __future__ import annotations

import pytest

from newssearch.documents.textpage import without_page_lines
from newssearch.documents.wrappedlines import unwrapped

_WIRE = ('Standard Oil Co and BP North America Inc said they plan to form a\n'
         'venture to manage the money market borrowing and investment of both\n'
         'companies, which also own a 55 pct interest in the venture, they said.\n'
         '    The venture will be called BP/Standard Financial Trading and will\n'
         'be operated by Standard Oil under the oversight of a joint management\n'
         'committee.\n')

# (name, text, what unwrapped returns; None: the text as it is)
UNWRAPPED = [
    ('empty',
        '',
        None),
    ('one line',
        'Harbour bridge closed',
        None),
    ('wrapped wire',
        _WIRE,
        ('Standard Oil Co and BP North America Inc said they plan to form a venture to manage the '
         'money market borrowing and investment of both companies, which also own a 55 pct interest '
         'in the venture, they said.\n'
         '    The venture will be called BP/Standard Financial Trading and will be operated by '
         'Standard Oil under the oversight of a joint management committee.\n')),
    ('unwrapped paragraphs',
        ('The council voted on Tuesday to close the harbour bridge for repairs after inspectors '
         'found cracks.\n'
         '\n'
         'Traffic will be diverted through the town centre until the work is finished in the '
         'spring.\n'
         '\n'
         'The mayor said the decision had not been taken lightly.'),
        None),
    ('list under wrapped lines',
        ('The council listed the repairs it will make to the bridge over the next\n'
         'two years, starting with the deck and the railings on the east side:\n'
         '- the deck\n'
         '- 2. the railings\n'
         '1. the lights\n'
         '(3) the piers\n'),
        None),
    ('heading then wrapped',
        ('HARBOUR BRIDGE\n'
         '\n'
         'The council voted on Tuesday to close the harbour bridge for\n'
         'repairs after inspectors found cracks in two of its main supporting\n'
         'piers, and the work is expected to take most of the coming year.\n'),
        ('HARBOUR BRIDGE\n'
         '\n'
         'The council voted on Tuesday to close the harbour bridge for repairs after inspectors '
         'found cracks in two of its main supporting piers, and the work is expected to take most '
         'of the coming year.\n')),
    ('hyphen and suspended',
        ('The council said the work on the bridge would be a long and well-\n'
         'known process that affects pre- and post-war buildings in the old\n'
         'town, and that middle-\n'
         'to long-term plans are still being drawn up now.\n'),
        ('The council said the work on the bridge would be a long and well-known process that '
         'affects pre- and post-war buildings in the old town, and that middle-\n'
         'to long-term plans are still being drawn up now.\n')),
    ('numbered lines',
        ('1. The council voted on Tuesday to close the harbour bridge for repairs\n'
         '2. Traffic will be diverted through the town centre until the spring\n'
         '3. The mayor said the decision had not been taken lightly at all, no\n'),
        None),
    ('cjk',
        ('港口大桥周二关闭维修，检查人员在两个主要支撑桥墩中发现裂缝，工程预计将持续一年。市长表示这一决定并非轻率做出。\n'
         '交通将改道经过市中心，直到春天工程完成为止。市议会表示将定期公布进展情况以及相关的交通安排。\n'
         'The council said the work on the bridge will take most of the year ahead.\n'),
        None),
    ('indented code',
        ('The council published the script it uses to count the traffic on the\n'
         "bridge each morning, and it runs on the town's own servers every day:\n"
         '    count = read_sensors()\n'
         '    print(count)\n'),
        None),
    ('table',
        ('Bridge  | Opened | Length\n'
         'Harbour | 1932   | 503 m\n'
         'River   | 1975   | 210 m\n'),
        None),
    ('sentence a line',
        ('The council voted on Tuesday to close the harbour bridge for repairs.\n'
         'Traffic will be diverted through the town centre until spring ends.\n'
         'The mayor said the decision had not been taken lightly by anyone.\n'),
        None),
]
# (name, text, what without_page_lines returns; None: the text as it is)
PAGES = [
    ('empty',
        '',
        None),
    ('story',
        ('Harbour bridge closed\n'
         '\n'
         'The council voted on Tuesday to close the bridge.\n'),
        None),
    ('page copy',
        ('Skip to main content\n'
         'Menu\n'
         'Search\n'
         '\n'
         'Harbour bridge closed\n'
         '\n'
         'Share this article\n'
         'The council voted on Tuesday to close the bridge.\n'
         '\n'
         'Advertisement\n'
         '\n'
         'Related articles\n'
         'Ferry fares rise again\n'
         'Council approves budget\n'
         '\n'
         'The mayor said more.\n'),
        ('Harbour bridge closed\n'
         '\n'
         'The council voted on Tuesday to close the bridge.\n'
         '\n'
         'The mayor said more.')),
    ('page 2 of 3',
        ('Page 2 of 3\n'
         'The council voted on Tuesday to close the bridge.\n'
         '1 - 10 of 42\n'
         'Menu\n'
         'Home\n'),
        ('Page 2 of 3\n'
         'The council voted on Tuesday to close the bridge.')),
    ('cookie notice',
        ('We use cookies to improve your experience on our site.\n'
         'Accept all cookies\n'
         'Manage preferences\n'
         'Harbour bridge closed\n'
         'The council voted on Tuesday to close the bridge.\n'),
        ('Harbour bridge closed\n'
         'The council voted on Tuesday to close the bridge.')),
    ('reported cookie notice',
        ('The ruling said we use cookies on this site was misleading, the court heard.\n'
         'Menu\n'
         'Home\n'
         'Search\n'
         'The council voted.\n'),
        ('The ruling said we use cookies on this site was misleading, the court heard.\n'
         'The council voted.')),
    ('byline and labels',
        ('By Jane Doe\n'
         'Published 12 March 2024\n'
         'Reuters\n'
         'Menu\n'
         'Home\n'
         'Search\n'
         'The story goes on.\n'),
        ('By Jane Doe\n'
         'Published 12 March 2024\n'
         'Reuters\n'
         'The story goes on.')),
    ('labels in a sentence',
        ('The bridge reopened after the council voted and\n'
         'Home\n'
         'owners cheered.\n'
         'Menu\n'
         'Search\n'
         'Log in\n'),
        ('The bridge reopened after the council voted and\n'
         'Home\n'
         'owners cheered.')),
    ('numbered lines',
        ('1. Menu\n'
         '2. Home\n'
         '3. Search\n'
         '4. Log in\n'),
        None),
    ('cjk',
        ('港口大桥周二关闭维修。\n'
         'Menu\n'
         'Home\n'
         'Search\n'
         '市长表示这一决定并非轻率做出。\n'),
        ('港口大桥周二关闭维修。\n'
         '市长表示这一决定并非轻率做出。')),
    ('wrapped wire',
        _WIRE,
        None),
]


@pytest.mark.parametrize(("name", "text", "expected"), UNWRAPPED, ids=[case[0] for case in UNWRAPPED])
def test_unwrapped(name: str, text: str, expected: str | None) -> None:
    assert unwrapped(text) == (text if expected is None else expected)


@pytest.mark.parametrize(("name", "text", "expected"), PAGES, ids=[case[0] for case in PAGES])
def test_without_page_lines(name: str, text: str, expected: str | None) -> None:
    assert without_page_lines(text) == (text if expected is None else expected)
