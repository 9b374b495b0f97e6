"""Span-level evaluation of the mention finders on species corpora (S800, S1000, LINNAEUS, A100).

The corpora name every species, not only regulated ones, so the systems are scored on the spans
their finders propose, before linking: the keyword baseline's matches, the dictionary matcher's
hits, and the full finder set (dictionary plus the scientific-name finder). With ``latin_only`` the
gold keeps Latin names and the systems keep scientific-form spans, which is what the
scientific-name finder is for.
"""

from __future__ import annotations

from collections.abc import Callable

from evaluation.datasets import Document
from evaluation.metrics import bootstrap_interval, span_scores
from nlp.normalize import normalize
from taxonomy.schema import SCIENTIFIC_FORMS

SpanSystem = Callable[[Document], list[tuple[int, int]]]
CONTEXT_CHARS = 40


def keyword_spans(baseline) -> SpanSystem:
    """Spans of the keyword baseline."""

    def predict(document: Document) -> list[tuple[int, int]]:
        return [(start, end) for start, end, _ in baseline.find(document.text)]

    return predict


def dictionary_spans(tagger, latin_only: bool) -> SpanSystem:
    """Spans of the dictionary matcher alone."""

    def predict(document: Document) -> list[tuple[int, int]]:
        mentions = tagger.dictionary.find(normalize(document.text), document.language)
        return [(m.start, m.end) for m in mentions if not latin_only or m.form in SCIENTIFIC_FORMS]

    return predict


def finder_spans(tagger, latin_only: bool) -> SpanSystem:
    """Spans of every finder of the pipeline (the NER too, when loaded), longest first where they overlap."""

    def predict(document: Document) -> list[tuple[int, int]]:
        nt = normalize(document.text)
        mentions, _, _ = tagger.find_mentions(nt, document.language)
        if latin_only:
            mentions = [m for m in mentions if m.finder == "scientific_name" or m.form in SCIENTIFIC_FORMS]
        spans: list[tuple[int, int]] = []
        for mention in sorted(mentions, key=lambda m: -(m.end - m.start)):
            if not any(mention.start < e and s < mention.end for s, e in spans):
                spans.append((mention.start, mention.end))
        return sorted(spans)

    return predict


def _scores_with_intervals(gold, predicted, mode: str, seed: int, resamples: int) -> dict:
    overall = span_scores(gold, predicted, mode)
    counts = list(overall.per_document)
    result = {"precision": round(overall.precision, 4), "recall": round(overall.recall, 4),
              "f1": round(overall.f1, 4), "tp": overall.tp, "fp": overall.fp, "fn": overall.fn}
    for metric in ("precision", "recall", "f1"):
        low, high = bootstrap_interval(counts, metric, n_resamples=resamples, seed=seed) if counts else (0.0, 0.0)
        result[f"{metric}_ci95"] = [round(low, 4), round(high, 4)]
    return result


def _span_errors(documents: list[Document], gold, predicted) -> list[dict]:
    errors = []
    for document, gold_spans, predicted_spans in zip(documents, gold, predicted):
        for kind, spans, others in (("false_negative", gold_spans, predicted_spans),
                                    ("false_positive", predicted_spans, gold_spans)):
            for start, end in spans:
                if (start, end) in others:
                    continue
                errors.append({
                    "document": document.id, "kind": kind, "start": start, "end": end,
                    "text": document.text[start:end],
                    "context": document.text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS],
                    "language": document.language,
                })
    return errors


def evaluate_spans(
    documents: list[Document],
    systems: dict[str, SpanSystem],
    main_system: str,
    seed: int = 13,
    resamples: int = 1000,
    progress: bool = False,
) -> dict:
    """Score each system's spans against the gold spans, strict and overlapping."""
    from tqdm import tqdm

    gold = [[(s.start, s.end) for s in document.spans] for document in documents]
    predictions = {name: [] for name in systems}
    for document in tqdm(documents, desc="documents", disable=not progress):
        for name, system in systems.items():
            predictions[name].append(system(document))

    report = {
        "task": "spans",
        "documents": len(documents),
        "gold_spans": sum(len(g) for g in gold),
        "main_system": main_system,
        "systems": {
            name: {mode: _scores_with_intervals(gold, predicted, mode, seed, resamples) for mode in ("strict", "overlap")}
            for name, predicted in predictions.items()
        },
        "errors": _span_errors(documents, gold, predictions[main_system]),
    }
    languages = sorted({d.language for d in documents if d.language})
    if len(languages) > 1:
        # Strict scores go under "by_language". Overlap scores, which forgive boundary conventions
        # such as a trailing dagger, go under "by_language_overlap".
        for key, mode in (("by_language", "strict"), ("by_language_overlap", "overlap")):
            report[key] = {}
            for language in languages:
                rows = [i for i, d in enumerate(documents) if d.language == language]
                scores = _scores_with_intervals([gold[i] for i in rows], [predictions[main_system][i] for i in rows],
                                                mode, seed, resamples)
                report[key][language] = {"documents": len(rows), **scores}
    return report
