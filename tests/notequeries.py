"""Queries for notecheck that the differential check's grammar never writes (its seeds stay as they were): two
publishers required at once (source:, site:), date clauses that share no day or that a NOT leaves out wholly
(date:2020-07 -date:2020, date:2020 OR NOT date:2020), beside a word or alone."""

from __future__ import annotations

import random

from querygrammar import Vocabulary

from newssearch.searcher import NewsIndex


class MetadataClauses:
    """Queries the grammar never writes: two publishers required (source:, site:), date clauses sharing no day or
    wholly left out by a NOT, beside a word or alone."""

    def __init__(self, idx: NewsIndex, vocabulary: Vocabulary, rng: random.Random) -> None:
        articles = list(idx.articles())
        self.sources = sorted({f"source:{a.source.split()[0].lower()}" for a in articles if a.source})
        self.sites = sorted({f"site:{a.url.split('/')[2].removeprefix('www.')}" for a in articles if a.url})
        self.spans = sorted({m for m in vocabulary.months} | {m[:4] for m in vocabulary.months}) + ["*"]
        self.words = vocabulary.common + ["zzzqx"]
        self.rng = rng

    def query(self) -> str:
        """One such query, a common word (or zzzqx, in no article) beside the clauses four times in five."""
        rng = self.rng
        word = rng.choice(self.words) if rng.random() < 0.8 else ""
        first, second = rng.choice(self.spans), rng.choice(self.spans)
        parts = rng.choice([
            [rng.choice(self.sources + self.sites), rng.choice(self.sources + self.sites)],
            [f"date:{first}", f"date:{second}"],
            [f"date:{first}", rng.choice(["-", "NOT "]) + f"date:{second}"],
            [f"date:{first}", "OR", rng.choice(["-", "NOT "]) + f"date:{second}"],
            [f"date:[{first} TO *]", f"-date:{second}"],
        ])
        words = [word, *parts] if word else parts
        if "OR" not in parts:  # (an OR stays between its clauses)
            rng.shuffle(words)
        return " ".join(words)
