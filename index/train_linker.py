"""Fit the link calibration from the taxonomy and ``training_data/linking``.

Positive queries come from the taxonomy itself: each name with seeded typos (the misspellings the
lexical index exists for), and each name left out of its own index rows (a stand-in for a name the
dictionary does not know yet, which only other names of the taxon can link). Negative queries are
the words and word runs inside multiword names that are not names themselves ("crayfish" of
"calico crayfish"), and the committed strings of ``training_data/linking/negatives.jsonl``. Every candidate of every query is
a labelled row: positive when it names the query's taxon.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
from pathlib import Path

import numpy as np
from tqdm import tqdm

from index.calibration import Calibration, candidate_features, fit, save_calibrations
from index.candidates import CandidateGenerator
from index.lexical import fold_for_lexical
from index.store import NameIndex
from taxonomy.loader import Taxonomy
from taxonomy.schema import SCIENTIFIC_FORMS

logger = logging.getLogger(__name__)

NEGATIVES = Path(__file__).resolve().parents[1] / "training_data" / "linking" / "negatives.jsonl"
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def misspell(name: str, rng: random.Random) -> str:
    """Apply one random typo (drop, double, swap or replace a letter) away from the first letter."""
    if len(name) < 5:
        return name
    i = rng.randrange(1, len(name) - 1)
    operation = rng.choice(("drop", "double", "swap", "replace"))
    if operation == "drop":
        return name[:i] + name[i + 1 :]
    if operation == "double":
        return name[: i + 1] + name[i:]
    if operation == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + rng.choice(ALPHABET) + name[i + 1 :]


def inflect(name: str, rng: random.Random) -> str:
    """Add a plural or case ending to one word, as listings write names in running text."""
    words = name.split(" ")
    i = rng.randrange(len(words))
    words[i] += rng.choice(("s", "es", "en", "e", "i", "y"))
    return " ".join(words)


def build_queries(
    taxonomy: Taxonomy, max_negatives: int, seed: int
) -> list[tuple[str, str | None, bool]]:
    """Return (query, expected taxon id or None, leave-own-name-out) triples."""
    rng = random.Random(seed)
    queries: list[tuple[str, str | None, bool]] = []
    for record in taxonomy.names:
        if record.ambiguous or len(record.name) < 5:
            continue
        queries.append((misspell(record.name, rng), record.taxon_id, False))
        queries.append((inflect(misspell(record.name, rng), rng), record.taxon_id, False))
        queries.append((record.name, record.taxon_id, True))

    # Parts of names are the hardest negatives: "crayfish" or "water" alone must not link to
    # "calico crayfish" or "water lettuce" unless that part is itself a name of the taxon.
    all_names = {fold_for_lexical(r.name) for r in taxonomy.names}
    parts: set[str] = set()
    for record in taxonomy.names:
        words = fold_for_lexical(record.name).split()
        # A run of two or more words of a Latin name still names the taxon ("Reynoutria
        # japonica" of "Reynoutria japonica var. compacta"), so only single words count there.
        longest = 1 if record.form in SCIENTIFIC_FORMS else len(words) - 1
        for size in range(1, min(longest, len(words) - 1) + 1):
            for start in range(len(words) - size + 1):
                part_words = words[start : start + size]
                part = " ".join(part_words)
                # Runs that start or end on a short word ("mangouste de", "s muntjac") are cut
                # mid-phrase and never stand alone in a listing, so they would only add noise.
                if len(part_words[0]) <= 3 or len(part_words[-1]) <= 3:
                    continue
                if len(part) >= 4 and part not in all_names:
                    parts.add(part)
    queries += [(part, None, False) for part in sorted(parts)]

    with open(NEGATIVES, encoding="utf-8") as handle:
        negatives = [json.loads(line)["text"] for line in handle]
    rng.shuffle(negatives)
    queries += [(text, None, False) for text in negatives[:max_negatives]]
    return queries


def labelled_rows(
    generator: CandidateGenerator, queries: list[tuple[str, str | None, bool]], batch: int = 512
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return features, labels and query numbers of every candidate of every query."""
    features, labels, groups = [], [], []
    for start in tqdm(range(0, len(queries), batch), desc="candidates"):
        chunk = queries[start : start + batch]
        for offset, ((query, taxon_id, leave_out), candidates) in enumerate(
            zip(chunk, generator([q for q, _, _ in chunk], k=10))
        ):
            if leave_out:
                folded = fold_for_lexical(query)
                candidates = [c for c in candidates if fold_for_lexical(c.name.name) != folded]
            for candidate in candidates:
                features.append(candidate_features(query, candidate, candidates))
                labels.append(1 if candidate.name.taxon_id == taxon_id else 0)
                groups.append(start + offset)
    return np.array(features, dtype=np.float64), np.array(labels), np.array(groups)


def train_linker(
    taxonomy: Taxonomy, encoder=None, max_negatives: int = 50_000, seed: int = 13
) -> dict[str, Calibration]:
    """Fit the lexical-only calibration, and the semantic one when an encoder is given, and save them."""
    queries = build_queries(taxonomy, max_negatives, seed)
    fingerprint = hashlib.sha256(
        f"{taxonomy.version} seed={seed} negatives={max_negatives}".encode() + NEGATIVES.read_bytes()
    ).hexdigest()[:12]
    logger.info("calibrating on %d queries (%d from negatives)", len(queries), min(max_negatives, len(queries)))

    calibrations: dict[str, Calibration] = {}
    paths = [("lexical", None)] + ([("semantic", encoder)] if encoder is not None else [])
    for path_name, path_encoder in paths:
        index = NameIndex.build(taxonomy, path_encoder, progress=True)
        generator = CandidateGenerator(index, path_encoder)
        features, labels, groups = labelled_rows(generator, queries)
        calibrations[path_name] = fit(path_name, features, labels, groups, fingerprint, seed=seed)
        logger.info("%s calibration: %s", path_name, calibrations[path_name])
    save_calibrations(calibrations)
    return calibrations
