"""Service health."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import TaggerDep
from api.schemas import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def health(tagger: TaggerDep) -> Health:
    """Report what the service has loaded."""
    info = tagger.info
    return Health(status="ok", taxonomy_version=info.taxonomy_version, semantic=info.semantic,
                  encoder_model=info.encoder_model, index_rows=info.index_rows,
                  load_seconds=round(info.load_seconds, 3))
