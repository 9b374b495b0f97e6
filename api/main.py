"""The FastAPI application: the pipeline is loaded once in the lifespan and shared by all requests."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.config import Settings, get_settings
from api.routes import classify, health, taxa
from nlp.pipeline import Tagger

logger = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, tagger: Tagger | None = None) -> FastAPI:
    """Create the app; a ``tagger`` passed in is used instead of loading one from ``settings``."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.settings = settings
        app.state.tagger = tagger or Tagger.from_settings(settings)
        logger.info("serving taxonomy %s", app.state.tagger.info.taxonomy_version)
        yield
        logger.info("shutting down")

    app = FastAPI(title="ias-tagger", version="0.1.0", lifespan=lifespan,
                  description="Tags marketplace listings that offer live regulated invasive alien species.")
    app.include_router(classify.router)
    app.include_router(taxa.router)
    app.include_router(health.router)
    return app
