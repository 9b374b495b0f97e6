"""Request and response bodies of the HTTP API; listing results share ``nlp.result`` with the CLI."""

from __future__ import annotations

from pydantic import BaseModel, Field

from nlp.result import ListingResult


class ClassifyRequest(BaseModel):
    """One listing to tag."""

    id: str | int | None = Field(default=None, description="Caller's id, echoed in the result as a string.")
    text: str = Field(min_length=1, description="Listing title and description as posted.")


class BatchRequest(BaseModel):
    """Several listings to tag in one call; the service caps their number (setting IAS_MAX_BATCH)."""

    listings: list[ClassifyRequest] = Field(min_length=1)


class BatchResponse(BaseModel):
    """Results in the order of the request."""

    results: list[ListingResult]


class NameOut(BaseModel):
    """A name of a taxon."""

    name: str
    form: str
    language: str | None
    source: str
    ambiguous: bool


class TaxonListOut(BaseModel):
    """A list entry of a taxon."""

    id: str
    title: str
    jurisdiction: str
    legal_act: str
    kind: str
    applies_from: str
    listed_name: str


class TaxonDetail(BaseModel):
    """A taxon with all its names and lists."""

    id: str
    scientific_name: str
    authorship: str
    rank: str
    kingdom: str
    group: str
    gbif_key: int | None
    names: list[NameOut]
    lists: list[TaxonListOut]
    taxonomy_version: str


class Health(BaseModel):
    """Status of the service and the components it has loaded."""

    status: str
    taxonomy_version: str
    semantic: bool
    encoder_model: str | None
    index_rows: int
    load_seconds: float
