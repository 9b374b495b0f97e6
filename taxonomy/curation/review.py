"""The review queue: mentions that classified listings named but the taxonomy could not link well.

Each distinct mention (compared in normalised form) is one item with a count, an example context
and the closest names of the taxonomy. A curator accepts an item as a new name of a taxon, which is
an ordinary audited name change, or rejects it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from taxonomy.curation.models import ReviewRow
from taxonomy.curation.search import search_names
from taxonomy.curation.store import CurationError, CurationStore
from taxonomy.loader import Taxonomy
from taxonomy.validate import normalise_name

logger = logging.getLogger(__name__)

# Links of the fuzzy and semantic stages below this score go to review as well as unlinked mentions.
REVIEW_BELOW_SCORE = 0.8
CONTEXT_CHARS = 60
STATUSES = ("open", "accepted", "rejected")


def _values(row: ReviewRow) -> dict:
    return {"id": row.id, "text": row.text, "kind": row.kind, "context": row.context, "count": row.count,
            "candidates": row.candidates, "status": row.status, "first_seen": row.first_seen.isoformat(),
            "last_seen": row.last_seen.isoformat()}


def mentions_for_review(text: str, result) -> list[tuple[str, str, str]]:
    """Return (mention text, kind, context) for the unlinked and weakly linked mentions of a result."""
    found = []

    def context(start: int, end: int) -> str:
        return text[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS]

    for mention in result.unlisted_mentions:
        found.append((mention.text, mention.kind, context(mention.start, mention.end)))
    for taxon in result.taxa:
        for mention in taxon.mentions:
            if mention.finder not in ("dictionary", "scientific_name") and mention.score < REVIEW_BELOW_SCORE:
                found.append((mention.text, "weak link", context(mention.start, mention.end)))
    return found


def record_mentions(store: CurationStore, taxonomy: Taxonomy, text: str, result) -> int:
    """Add or count the review items of one tagged listing; return how many mentions were recorded."""
    mentions = mentions_for_review(text, result)
    now = datetime.now(UTC)
    for mention, kind, context in mentions:
        key = normalise_name(mention)
        for _attempt in range(2):
            try:
                with store.sessions.begin() as session:
                    row = session.scalar(select(ReviewRow).where(ReviewRow.key == key))
                    if row is None:
                        candidates = [{k: c[k] for k in ("taxon_id", "scientific_name", "name", "score")}
                                      for c in search_names(taxonomy, mention, 3)]
                        session.add(ReviewRow(key=key, text=mention, kind=kind, context=context, count=1,
                                              candidates=candidates, status="open", first_seen=now, last_seen=now))
                    else:
                        row.count += 1
                        row.last_seen = now
                break
            except IntegrityError:
                # Another request added the same mention first; count it on the second attempt.
                continue
    return len(mentions)


def review_items(store: CurationStore, status: str = "open", limit: int = 100) -> list[dict]:
    """Return review items of a status, most often seen first."""
    if status not in STATUSES:
        raise CurationError(f"status {status!r} is not a review status; use one of {list(STATUSES)}")
    with store.sessions() as session:
        query = (select(ReviewRow).where(ReviewRow.status == status)
                 .order_by(ReviewRow.count.desc(), ReviewRow.id).limit(limit))
        return [_values(row) for row in session.scalars(query)]


def _open_item(store: CurationStore, item_id: int) -> ReviewRow:
    with store.sessions() as session:
        row = session.get(ReviewRow, item_id)
        if row is None:
            raise CurationError(f"review item {item_id} does not exist; list the open items first")
        if row.status != "open":
            raise CurationError(f"review item {item_id} is already {row.status}")
        return row


def _set_status(store: CurationStore, item_id: int, status: str) -> None:
    with store.sessions.begin() as session:
        session.get(ReviewRow, item_id).status = status


def accept(store: CurationStore, actor: str, comment: str, item_id: int, taxon_id: str, form: str,
           language: str | None = None) -> dict:
    """Add the item's text as a name of ``taxon_id``; return the audit entry of that name change."""
    row = _open_item(store, item_id)
    change = store.add_name(actor, comment, taxon_id, row.text, form, language)
    # NOTE: the name and the item status commit in two transactions; if the second fails, the name
    # stays added while the item stays open.
    _set_status(store, item_id, "accepted")
    logger.info("review item %s (%r) accepted by %s as change %s", item_id, row.text, actor, change["id"])
    return change


def reject(store: CurationStore, actor: str, comment: str, item_id: int) -> dict:
    """Close an item without a name change; the audit log records who rejected it and why."""
    row = _open_item(store, item_id)
    entry = store.record_decision(actor, comment, "reject_review", "review", str(item_id),
                                  {"status": "open", "text": row.text}, {"status": "rejected", "text": row.text})
    _set_status(store, item_id, "rejected")
    return entry
