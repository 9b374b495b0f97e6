"""Tag listings."""

from __future__ import annotations

import logging

from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Request

from api.deps import SettingsDep, TaggerDep
from api.schemas import BatchRequest, BatchResponse, ClassifyRequest
from nlp.result import ListingResult

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["classify"])


def _check_length(request: ClassifyRequest, settings: SettingsDep, position: str = "") -> None:
    if len(request.text) > settings.max_text_chars:
        logger.warning("rejected listing %s: %d characters, limit %d", request.id, len(request.text),
                       settings.max_text_chars)
        raise HTTPException(
            status_code=413,
            detail=f"listing{position} text has {len(request.text)} characters, more than the limit of "
            f"{settings.max_text_chars} (IAS_MAX_TEXT_CHARS); split or shorten it",
        )


def _listing_id(request: ClassifyRequest) -> str | None:
    return None if request.id is None else str(request.id)


def _queue_for_review(http: Request, tagger, text: str, result: ListingResult) -> None:
    """Send weakly linked and unlinked mentions to the curation review queue, when curation is on."""
    store = getattr(http.app.state, "store", None)
    if store is None:
        return
    from taxonomy.curation.review import record_mentions

    try:
        record_mentions(store, tagger.taxonomy, text, result)
    except Exception:  # noqa: BLE001 - the listing's result must not fail because the queue did
        logger.exception("could not queue mentions of listing %s for review", result.id)


def _check_key(http: Request, x_api_key: Annotated[str | None, Header()] = None) -> None:
    """Require a valid key of any role when IAS_CLASSIFY_REQUIRES_KEY is set."""
    if not http.app.state.settings.classify_requires_key:
        return
    from api.routes.curation import check_key

    check_key(http, http.app.state.store, x_api_key, "reader", open_reads=False)


@router.post("/classify", response_model=ListingResult, dependencies=[Depends(_check_key)])
def classify(request: ClassifyRequest, http: Request, tagger: TaggerDep, settings: SettingsDep) -> ListingResult:
    """Tag one listing."""
    _check_length(request, settings)
    result = tagger.tag(request.text, _listing_id(request))
    _queue_for_review(http, tagger, request.text, result)
    return result


@router.post("/classify/batch", response_model=BatchResponse, dependencies=[Depends(_check_key)])
def classify_batch(request: BatchRequest, http: Request, tagger: TaggerDep, settings: SettingsDep) -> BatchResponse:
    """Tag up to IAS_MAX_BATCH listings, returning results in request order."""
    if len(request.listings) > settings.max_batch:
        logger.warning("rejected batch of %d listings, limit %d", len(request.listings), settings.max_batch)
        raise HTTPException(
            status_code=413,
            detail=f"batch has {len(request.listings)} listings, more than the limit of {settings.max_batch} "
            "(IAS_MAX_BATCH); send it in smaller batches",
        )
    for position, listing in enumerate(request.listings):
        _check_length(listing, settings, f" {position}")
    results = [tagger.tag(listing.text, _listing_id(listing)) for listing in request.listings]
    for listing, result in zip(request.listings, results):
        _queue_for_review(http, tagger, listing.text, result)
    return BatchResponse(results=results)
