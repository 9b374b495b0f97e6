"""Link candidate mentions to taxa: exact dictionary hits, then calibrated fuzzy and semantic matches.

Candidate generation (``index.candidates``) returns raw neighbours. This module makes the decision:
the calibrated probability, the acceptance threshold fitted on data, the rule that ambiguous names
need support, and the rule that longer, better-evidenced spans win over overlapping ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from index.calibration import Calibration, candidate_features
from index.candidates import Candidate, CandidateGenerator
from index.lexical import fold_for_lexical
from nlp.normalize import normalised_span, original_span
from nlp.spans import Mention, NormalizedText
from taxonomy.schema import SCIENTIFIC_FORMS

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MAX_NGRAM = 3
MIN_QUERY_LETTERS = 5
# One edit in a word of five letters or fewer turns too many everyday words into names ("Bizum",
# a payment service, is one letter from "Bizam", a muskrat), so single words need six letters.
MIN_SINGLE_WORD_LETTERS = 6
MAX_QUERIES = 400
# The encoder receives the n-grams of the title (the first line). Elsewhere it receives only those
# whose best lexical neighbour reaches this cosine, because encoding every n-gram of a long listing
# would dominate run time.
# NOTE: the cut-off was chosen by hand, not fitted. Outside the title, a name with no spelling
# overlap with any indexed name never reaches the semantic index.
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
            original = original_span(nt, start, end)
            if _overlaps(*original, covered):
                continue
            ngrams.append((original[0], original[1], text))
    return ngrams[:MAX_QUERIES]


# Minimum normalised Levenshtein similarity between the epithet of a Latin name in a listing and
# the epithet of a candidate of the same genus. Measured on the embedded taxonomy: 0.6 keeps all
# of 1,746 seeded one-letter typos of listed epithets and rejects 271 of 276 unlisted congeners
# from the DAISIE and CITES names in training_data/linking (Cardiospermum halicacabum is not
# C. hirsutum).
MIN_EPITHET_SIMILARITY = 0.6


def _epithet_matches(query: str, name: str) -> bool:
    query_words = fold_for_lexical(query).split()
    name_words = fold_for_lexical(name).split()
    if len(query_words) < 2 or len(name_words) < 2:
        return True
    return Levenshtein.normalized_similarity(query_words[1], name_words[1]) >= MIN_EPITHET_SIMILARITY


class Linker:
    """Turn mentions from the finders into taxon links with calibrated scores.

    Latin names are linked by spelling alone, with the lexical calibration, because the encoder was
    not trained on taxonomy and its vectors put congeners ("Impatiens walleriana", "Impatiens glandulifera")
    close together. Other n-grams use the semantic calibration when an encoder is loaded.
    """

    def __init__(self, generator: CandidateGenerator, calibrations: dict[str, Calibration], projection=None) -> None:
        """``projection`` (an ``nlp.span_vectors.SpanProjection``) lets :meth:`link` read the query
        vectors of n-grams from the listing's encoder pass instead of encoding each n-gram alone."""
        self.generator = generator
        self.calibrations = calibrations
        self.projection = projection
        self.semantic = generator.encoder is not None
        if self.semantic and "semantic" not in calibrations:
            raise ValueError("an encoder is loaded but no 'semantic' calibration was given")

    def _best(
        self, query: str, candidates: list[Candidate], calibration: Calibration, scientific_only: bool
    ) -> tuple[Candidate, float] | None:
        if scientific_only:
            candidates = [c for c in candidates if c.name.form in SCIENTIFIC_FORMS] or candidates
            candidates = [c for c in candidates if _epithet_matches(query, c.name.name)]
        scored = [
            (candidate, calibration.probability(candidate_features(query, candidate, candidates)))
            for candidate in candidates
            if not candidate.name.ambiguous
        ]
        if not scored:
            return None
        return max(scored, key=lambda pair: pair[1])

    def _semantic_queries(
        self, queries: list[tuple[int, int, str]], title_end: int
    ) -> list[tuple[int, int, str]]:
        prefilter = self.generator([text for _, _, text in queries], k=1, use_semantic=False)
        return [
            query
            for query, candidates in zip(queries, prefilter)
            if query[0] < title_end or (candidates and (candidates[0].lexical or 0) >= SEMANTIC_PREFILTER)
        ]

    def _link_queries(
        self,
        original: str,
        queries: list[tuple[int, int, str]],
        finder: str,
        scientific_only: bool,
        title_end: int = 0,
        context=None,
    ) -> list[LinkedMention]:
        use_semantic = self.semantic and not scientific_only
        vectors = None
        if use_semantic and queries and context is not None and self.projection is not None:
            # Every n-gram's vector comes from the one encoder pass, so none needs filtering out.
            # NOTE: with the models on, the full path measured 7.0-8.7 listings/s against 12.6 before
            # them (docs/benchmarks.md). Scoring the candidates of every n-gram may be the cause; not profiled.
            nt, encoding = context
            vectors = self.projection.vectors(encoding, [normalised_span(nt, s, e) for s, e, _ in queries])
        elif use_semantic and queries:
            queries = self._semantic_queries(queries, title_end)
        if not queries:
            return []
        calibration = self.calibrations["semantic" if use_semantic else "lexical"]
        texts = [text for _, _, text in queries]

        links = []
        candidate_lists = self.generator(texts, query_vectors=vectors, use_semantic=use_semantic)
        for (start, end, text), candidates in zip(queries, candidate_lists):
            best = self._best(text, candidates, calibration, scientific_only)
            if best is None or best[1] < calibration.threshold:
                continue
            candidate, probability = best
            mention = Mention(start, end, original[start:end], finder, (candidate.name.taxon_id,), candidate.name.name,
                              candidate.name.form, candidate.name.language, probability)
            links.append(LinkedMention(mention, candidate.name.taxon_id, probability, candidate.name.name,
                                       candidate.name.form))
        return links

    def link(self, nt: NormalizedText, mentions: list[Mention], fuzzy: bool = True, encoding=None) -> list[LinkedMention]:
        """Link finder mentions, then search the uncovered text for near matches of known names.

        ``encoding`` is the listing's ``nlp.encoding.ListingEncoding``; with a projection loaded,
        the semantic queries take their vectors from it.
        """
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

        # Latin names from the name-shape finder and from the NER are linked by spelling alone.
        scientific = [m for m in mentions if _is_latin_mention(m) and not _overlaps(m.start, m.end, covered)]
        for finder in ("scientific_name", "ner"):
            queries = [(m.start, m.end, str(m.details.get("expanded") or m.matched_name or m.text))
                       for m in scientific if m.finder == finder]
            links += self._link_queries(nt.original, queries, finder, scientific_only=True)

        if fuzzy:
            covered = [(l.mention.start, l.mention.end) for l in links]
            covered += [(m.start, m.end) for m in scientific]
            title_end = nt.to_original(*(2 * [nt.text.find("\n") if "\n" in nt.text else len(nt.text)]))[0]
            context = (nt, encoding) if encoding is not None else None
            fuzzy_links = self._link_queries(nt.original, word_ngrams(nt, covered), "fuzzy", False, title_end, context)
            for link in sorted(fuzzy_links, key=lambda l: -l.score):
                accepted_spans = [(l.mention.start, l.mention.end) for l in links]
                if not _overlaps(link.mention.start, link.mention.end, accepted_spans):
                    links.append(link)
        return _require_support(links)


def _is_latin_mention(mention: Mention) -> bool:
    return mention.finder == "scientific_name" or (mention.finder == "ner" and mention.details.get("label") == "SCIENTIFIC")


def _require_support(links: list[LinkedMention]) -> list[LinkedMention]:
    """Drop links through ambiguous names unless an unambiguous link names the same taxon."""
    supported = {l.taxon_id for l in links if not l.mention.ambiguous}
    return [l for l in links if not l.mention.ambiguous or l.taxon_id in supported]
