"""Find taxa by any of their names, in any language, allowing misspellings."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from taxonomy.loader import Taxonomy
from taxonomy.validate import normalise_name

# Names scoring below this (0 to 100, rapidfuzz WRatio) are not shown.
MIN_SCORE = 70


def search_names(taxonomy: Taxonomy, query: str, limit: int = 20) -> list[dict]:
    """Return the names closest to ``query``, best first, each with its taxon and a 0-100 score."""
    if not query.strip():
        raise ValueError("search query is empty; give part of a name")
    keys = [normalise_name(record.name) for record in taxonomy.names]
    matches = process.extract(normalise_name(query), keys, scorer=fuzz.WRatio, limit=limit,
                              score_cutoff=MIN_SCORE)
    results = []
    for _key, score, index in matches:
        record = taxonomy.names[index]
        taxon = taxonomy.taxa[record.taxon_id]
        results.append({"taxon_id": taxon.id, "scientific_name": taxon.scientific_name, "name": record.name,
                        "form": record.form, "language": record.language, "score": round(score, 1)})
    return results
