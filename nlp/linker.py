"""Link candidate mentions to taxa: exact dictionary hits, then calibrated fuzzy and semantic matches.

Candidate generation (``index.candidates``) returns raw neighbours; this module owns the decision:
the calibrated probability, the acceptance threshold fitted on data, the rule that ambiguous names
need support, and the rule that longer, better-evidenced spans win over overlapping ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.calibration import Calibration, candidate_features
from index.candidates import Candidate, CandidateGenerator
from nlp.spans import Mention, NormalizedText
from taxonomy.schema import SCIENTIFIC_FORMS

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MAX_NGRAM = 3
MIN_QUERY_LETTERS = 5
# One edit in a word of five letters or fewer turns too many everyday words into names ("Bizum",
# a payment service, is one letter from "Bizam", a muskrat), so single words need six letters.
MIN_SINGLE_WORD_LETTERS = 6
MAX_QUERIES = 400
# Only n-grams whose best lexical neighbour reaches this cosine are sent to the encoder; the rest
# cannot pass calibration on the semantic path either, and encoding them would dominate run time.
SEMANTIC_PREFILTER = 0.35


@dataclass
class LinkedMention:
    """A mention accepted as naming one taxon."""

    mention: Mention
    taxon_id: str
    score: float
    matched_name: str
    form: str


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def word_ngrams(nt: NormalizedText, covered: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Return normalised-text spans of 1- to 3-word n-grams that no accepted mention covers."""
    words = [(m.start(), m.end()) for m in WORD.finditer(nt.text)]
    ngrams = []
    for i in range(len(words)):
        for n in range(1, MAX_NGRAM + 1):
            if i + n > len(words):
                break
            start, end = words[i][0], words[i + n - 1][1]
            if "\n" in nt.text[start:end]:
                break
            text = nt.text[start:end]
            letters = sum(c.isalpha() for c in text)
            if letters < MIN_QUERY_LETTERS or (n == 1 and letters < MIN_SINGLE_WORD_LETTERS):
                continue
            if all(len(nt.text[s:e]) <= 3 for s, e in words[i : i + n]):
                continue
            original = nt.to_original(start, end)
            if _overlaps(*original, covered):
                continue
            ngrams.append((original[0], original[1], text))
    return ngrams[:MAX_QUERIES]


class Linker:
    """Turn mentions from the finders into taxon links with calibrated scores."""

    def __init__(self, generator: CandidateGenerator, calibration: Calibration) -> None:
        self.generator = generator
        self.calibration = calibration

    def _best(self, query: str, candidates: list[Candidate], scientific_only: bool) -> tuple[Candidate, float] | None:
        if scientific_only:
            candidates = [c for c in candidates if c.name.form in SCIENTIFIC_FORMS] or candidates
        scored = [
            (candidate, self.calibration.probability(candidate_features(query, candidate, candidates)))
            for candidate in candidates
            if not candidate.name.ambiguous
        ]
        if not scored:
            return None
        return max(scored, key=lambda pair: pair[1])

    def _link_queries(
        self, queries: list[tuple[int, int, str]], finder: str, scientific_only: bool
    ) -> list[LinkedMention]:
        if not queries:
            return []
        texts = [text for _, _, text in queries]
        if self.generator.encoder is not None:
            prefilter = self.generator(texts, k=1, use_semantic=False)
            keep = [i for i, c in enumerate(prefilter) if c and (c[0].lexical or 0) >= SEMANTIC_PREFILTER]
            queries = [queries[i] for i in keep]
            texts = [texts[i] for i in keep]
        links = []
        for (start, end, text), candidates in zip(queries, self.generator(texts)):
            best = self._best(text, candidates, scientific_only)
            if best is None or best[1] < self.calibration.threshold:
                continue
            candidate, probability = best
            mention = Mention(start, end, text, finder, (candidate.name.taxon_id,), candidate.name.name,
                              candidate.name.form, candidate.name.language, probability)
            links.append(LinkedMention(mention, candidate.name.taxon_id, probability, candidate.name.name,
                                       candidate.name.form))
        return links

    def link(self, nt: NormalizedText, mentions: list[Mention], fuzzy: bool = True) -> list[LinkedMention]:
        """Link finder mentions, then search the uncovered text for near matches of known names."""
        links: list[LinkedMention] = []
        for mention in sorted(mentions, key=lambda m: (m.finder != "dictionary", -(m.end - m.start))):
            covered = [(l.mention.start, l.mention.end) for l in links]
            if _overlaps(mention.start, mention.end, covered):
                continue
            if mention.finder == "dictionary" and mention.taxon_ids:
                for taxon_id in mention.taxon_ids:
                    links.append(LinkedMention(mention, taxon_id, mention.score, mention.matched_name or mention.text,
                                               mention.form or "vernacular"))
        covered = [(l.mention.start, l.mention.end) for l in links]

        scientific = [m for m in mentions if m.finder == "scientific_name" and not _overlaps(m.start, m.end, covered)]
        queries = [(m.start, m.end, str(m.details.get("expanded") or m.matched_name or m.text)) for m in scientific]
        links += self._link_queries(queries, "scientific_name", scientific_only=True)

        if fuzzy:
            covered = [(l.mention.start, l.mention.end) for l in links]
            covered += [(m.start, m.end) for m in scientific]
            fuzzy_links = self._link_queries(word_ngrams(nt, covered), "fuzzy", scientific_only=False)
            for link in sorted(fuzzy_links, key=lambda l: -l.score):
                taken = [(l.mention.start, l.mention.end) for l in links]
                if not _overlaps(link.mention.start, link.mention.end, taken):
                    links.append(link)
        return _require_support(links)


def _require_support(links: list[LinkedMention]) -> list[LinkedMention]:
    """Drop links through ambiguous names unless an unambiguous link names the same taxon."""
    supported = {l.taxon_id for l in links if not l.mention.ambiguous}
    return [l for l in links if not l.mention.ambiguous or l.taxon_id in supported]
