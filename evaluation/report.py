"""Evaluation reports: versioned JSON, a Markdown summary, the error list and PNG plots.

The JSON records what a rerun needs: the seed, package versions, the taxonomy version, the encoder
and its weight fingerprint, and the dataset's SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

SCHEMA_VERSION = "1"
PACKAGES = ("ias-tagger", "torch", "transformers", "sentence-transformers", "faiss-cpu", "spacy", "datasets",
            "numpy", "rapidfuzz")


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()


def provenance(dataset: Path, tagger, seed: int, command: list[str]) -> dict:
    """Return the facts needed to repeat an evaluation run."""
    encoder = getattr(tagger, "encoder", None)
    return {
        "schema_version": SCHEMA_VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": command,
        "dataset": str(dataset),
        "dataset_sha256": _sha256(dataset),
        "seed": seed,
        "taxonomy_version": tagger.taxonomy.version,
        "encoder": encoder.model_id if encoder else None,
        "encoder_fingerprint": encoder.fingerprint if encoder else None,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "packages": {package: _version(package) for package in PACKAGES},
    }


def _cell(scores: dict, metric: str) -> str:
    low, high = scores.get(f"{metric}_ci95", (None, None))
    interval = f" [{low:.2f}, {high:.2f}]" if low is not None else ""
    return f"{scores[metric]:.3f}{interval}"


def listings_markdown(report: dict) -> str:
    """Return the Markdown summary of a listing evaluation."""
    meta = report["provenance"]
    lines = [
        f"# Listing evaluation: {meta['dataset']}",
        "",
        f"{report['listings']} listings, taxonomy {meta['taxonomy_version']}, encoder {meta['encoder'] or 'none'}, "
        f"seed {meta['seed']}. Brackets give 95 % bootstrap intervals over listings.",
        "",
        "| system | offer P | offer R | offer F1 | offered-taxa P | R | F1 | mentioned-taxa F1 | commodity acc. "
        "| hard negatives flagged |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, scores in report["systems"].items():
        cells = [name] + [_cell(scores["regulated_offer"], m) for m in ("precision", "recall", "f1")]
        cells += [_cell(scores["offered_taxa"], m) for m in ("precision", "recall", "f1")]
        cells.append(_cell(scores["mentioned_taxa"], "f1"))
        cells.append(f"{scores['commodity_accuracy']:.3f}" if "commodity_accuracy" in scores else "n/a")
        hard = scores.get("hard_negatives")
        cells.append(f"{hard['false_offers']} of {hard['listings']}" if hard else "n/a")
        lines.append("| " + " | ".join(cells) + " |")

    main = report["main_system"]
    lines += ["", f"## Regulated-offer F1 by language ({main})", "", "| language | listings | F1 |", "|---|---|---|"]
    for language, scores in report["by_language"][main].items():
        lines.append(f"| {language} | {scores['listings']} | {_cell(scores['regulated_offer'], 'f1')} |")
    lines += ["", f"## Regulated-offer recall by name form ({main})", "", "| name form | listings | recall |",
              "|---|---|---|"]
    for form, scores in report["by_name_form"][main].items():
        lines.append(f"| {form} | {scores['listings']} | {_cell(scores['regulated_offer'], 'recall')} |")
    lines += ["", f"## Listings still wrong ({main}): {len(report['errors'])}", ""]
    for error in report["errors"]:
        lines.append(
            f"- {error['id']} ({error['kind']}): offered {error['predicted_offered']} "
            f"(gold {error['gold_offered']}); mentioned {error['predicted_mentioned']} (gold {error['gold_mentioned']})"
        )
    return "\n".join(lines) + "\n"


def spans_markdown(report: dict) -> str:
    """Return the Markdown summary of a span evaluation."""
    meta = report["provenance"]
    lines = [
        f"# Span evaluation: {meta['dataset']}",
        "",
        f"{report['documents']} documents, {report['gold_spans']} gold spans ({', '.join(report['types'])}"
        f"{', Latin names only' if report['latin_only'] else ''}), seed {meta['seed']}. "
        "Brackets give 95 % bootstrap intervals over documents.",
        "",
        "| system | match | P | R | F1 |",
        "|---|---|---|---|---|",
    ]
    for name, modes in report["systems"].items():
        for mode, scores in modes.items():
            lines.append(f"| {name} | {mode} | " + " | ".join(_cell(scores, m) for m in ("precision", "recall", "f1")) + " |")
    main = report["main_system"]
    for key, title in (("by_language", "Strict"), ("by_language_overlap", "Overlap")):
        if not report.get(key):
            continue
        lines += ["", f"## {title} F1 by language ({main})", "", "| language | documents | P | R | F1 |",
                  "|---|---|---|---|---|"]
        for language, scores in report[key].items():
            lines.append(f"| {language} | {scores['documents']} | "
                         + " | ".join(_cell(scores, m) for m in ("precision", "recall", "f1")) + " |")
    return "\n".join(lines) + "\n"


def _plot_language_bars(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = list(report["by_language"])
    languages = sorted({language for s in systems for language in report["by_language"][s]})
    width = 0.8 / max(len(systems), 1)
    figure, axes = plt.subplots(figsize=(max(6, len(languages) * 0.9), 4))
    for i, system in enumerate(systems):
        values, errors_low, errors_high = [], [], []
        for language in languages:
            scores = report["by_language"][system].get(language, {}).get("regulated_offer")
            if scores is None:
                values.append(0.0), errors_low.append(0.0), errors_high.append(0.0)
                continue
            low, high = scores["f1_ci95"]
            values.append(scores["f1"])
            errors_low.append(max(scores["f1"] - low, 0.0))
            errors_high.append(max(high - scores["f1"], 0.0))
        positions = [x + i * width for x in range(len(languages))]
        axes.bar(positions, values, width, yerr=[errors_low, errors_high], capsize=2, label=system)
    axes.set_xticks([x + width * (len(systems) - 1) / 2 for x in range(len(languages))], languages)
    axes.set_ylim(0, 1.05)
    axes.set_ylabel("regulated-offer F1 (95 % CI)")
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def _plot_threshold_curve(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    curve = report["threshold_curve"]
    figure, axes = plt.subplots(figsize=(5, 4))
    axes.plot([p["recall"] for p in curve], [p["precision"] for p in curve], marker=".")
    axes.set_xlabel("regulated-offer recall")
    axes.set_ylabel("regulated-offer precision")
    axes.set_title(f"{report['main_system']}: minimum taxon score swept", fontsize=9)
    axes.set_xlim(0, 1.02)
    axes.set_ylim(0, 1.02)
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    plt.close(figure)


def write_report(report: dict, folder: Path) -> list[Path]:
    """Write ``report.json``, ``report.md``, ``errors.jsonl`` and the PNG plots into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / "report.json", folder / "report.md"]
    written[0].write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if report["task"] == "listings":
        written[1].write_text(listings_markdown(report), encoding="utf-8")
        errors = folder / "errors.jsonl"
        errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in report["errors"]),
                          encoding="utf-8")
        written.append(errors)
        _plot_language_bars(report, folder / "f1_by_language.png")
        _plot_threshold_curve(report, folder / "precision_recall.png")
        written += [folder / "f1_by_language.png", folder / "precision_recall.png"]
    else:
        written[1].write_text(spans_markdown(report), encoding="utf-8")
        if report.get("errors") is not None:
            errors = folder / "errors.jsonl"
            errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in report["errors"]),
                              encoding="utf-8")
            written.append(errors)
    return written
