"""The FastAPI application: the pipeline is loaded once in the lifespan and shared by all requests."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.config import Settings, get_settings
from api.routes import classify, curation, health, taxa
from api.routes.curation import ChangeWatcher
from nlp.pipeline import Tagger
from taxonomy.curation import CurationStore
from taxonomy.loader import DEFAULT_DATASET_DIR

logger = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, tagger: Tagger | None = None) -> FastAPI:
    """Create the app; a ``tagger`` passed in is used instead of loading one from ``settings``."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.settings = settings
        app.state.store = None
        if settings.classify_requires_key and not settings.curation:
            raise ValueError("IAS_CLASSIFY_REQUIRES_KEY=true needs IAS_CURATION=true, because API keys are kept in "
                             "the curation store; set both or neither")
        if settings.curation:
            app.state.store = _open_store(settings)
            app.state.tagger = tagger or Tagger(app.state.store.taxonomy(), settings.cache_dir,
                                                settings.model if settings.semantic else None, settings.threads,
                                                models=settings.models)
        else:
            app.state.tagger = tagger or Tagger.from_settings(settings)
        logger.info("serving taxonomy %s", app.state.tagger.info.taxonomy_version)
        watcher = None
        if app.state.store is not None:
            watcher = ChangeWatcher(app, app.state.store, settings.curation_poll_seconds)
            watcher.start()
        yield
        if watcher is not None:
            watcher.stop()
        if app.state.store is not None:
            app.state.store.close()
        logger.info("shutting down")

    app = FastAPI(title="ias-tagger", version="0.1.0", lifespan=lifespan,
                  description="Tags marketplace listings that offer live regulated invasive alien species.")
    app.include_router(classify.router)
    app.include_router(taxa.router)
    app.include_router(health.router)
    app.include_router(curation.router)
    return app


def _open_store(settings: Settings) -> CurationStore:
    """Open the curation store, seeding it from the configured taxonomy on first use."""
    store = CurationStore(settings.curation_url(), settings.curation_folder())
    if not store.is_seeded():
        store.seed(settings.taxonomy or DEFAULT_DATASET_DIR, "service")
    else:
        # Another process may have seeded or changed a shared store; export its current state here.
        store.sync()
    return store
