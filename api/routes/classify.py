"""Tag listings."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException

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


@router.post("/classify", response_model=ListingResult)
def classify(request: ClassifyRequest, tagger: TaggerDep, settings: SettingsDep) -> ListingResult:
    """Tag one listing."""
    _check_length(request, settings)
    return tagger.tag(request.text, _listing_id(request))


@router.post("/classify/batch", response_model=BatchResponse)
def classify_batch(request: BatchRequest, tagger: TaggerDep, settings: SettingsDep) -> BatchResponse:
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
    return BatchResponse(results=[tagger.tag(l.text, _listing_id(l)) for l in request.listings])
