"""A reply's quoted lines, put after its own words: the lines a reply quotes (``> …`` under an "On … wrote:" line, or
two or more of them) go after the reply's own words, without their marks, so its own words open the article and no
word is lost.
"""

from __future__ import annotations

import re

from .mailsignatures import without_sign_off_name, without_signature

_QUOTE_MARK = re.compile(r"^>+ ?")
# The line a reply puts over the lines it quotes, in the languages mail programs write it.
# the verb last ("On … Bob <bob@example.com> wrote:", "Le … a écrit :") or before the name, as German and Dutch put it
# ("Am 07.03.24 um 09:12 schrieb Anna Weber:", "Op … schreef Jan:"); Gmail wraps a long one over two lines.
_ATTRIBUTION = re.compile(r"\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\b[^\n]{0,120}:\s*$",
                          re.IGNORECASE)


def with_quotes_last(text: str) -> str:
    """``text`` with a reply's own words first, its signature and sign-off cut ("Thanks," over "Sam":
    ``without_sign_off_name``), then the lines it quotes (each quote under its attribution line, its ``>`` marks
    removed): no word is lost, and the reply's words open it. Lines are a quote under an attribution line ("On …
    wrote:") or as a run of two or more ``>`` lines; a lone "> 50 people…" is text."""
    lines, own, quotes = text.split("\n"), list[str](), list[str]()
    at = 0
    while at < len(lines):
        end = _quote_end(lines, at)
        if end == at:
            own.append(lines[at])
            at += 1
            continue
        written = _without_blank_end(own)
        said = _attribution_lines(written)
        if not said and sum(line.startswith(">") for line in lines[at:end]) < 2:
            own += lines[at:end]  # a lone "> 50 people…" line: text where it stands
        else:
            attribution, own = written[len(written) - said:], _without_blank_end(written[:len(written) - said])
            quotes.append("\n".join([*attribution, *(_QUOTE_MARK.sub("", line) for line in lines[at:end])]).strip())
        at = end
    return "\n\n".join(filter(None, [without_sign_off_name(without_signature("\n".join(own))), *quotes]))


def _quote_end(lines: list[str], at: int) -> int:
    """Where the run of ``>`` lines (blank lines between them too) starting at ``at`` ends; ``at`` for no ``>`` line."""
    end = at
    for place in range(at, len(lines)):
        if lines[place].startswith(">"):
            end = place + 1
        elif lines[place].strip():
            break
    return end


def _without_blank_end(lines: list[str]) -> list[str]:
    """``lines`` without the blank lines at their end."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _attribution_lines(written: list[str]) -> int:
    """How many of the last lines of ``written`` (which ends in a written line) are an attribution line ("On …
    wrote:", or Gmail's wrapped over two lines): 0, 1 or 2."""
    if written and _ATTRIBUTION.search(written[-1]):
        return 1
    two = len(written) > 1 and written[-1].rstrip().endswith(":") and _ATTRIBUTION.search(" ".join(written[-2:]))
    return 2 if two else 0

