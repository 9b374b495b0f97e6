"""The tagging result of one listing: the same JSON in the CLI and the API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Commodity = Literal["live_animal", "live_plant", "seeds_or_propagules", "product", "other"]
COMMODITIES: tuple[str, ...] = ("live_animal", "live_plant", "seeds_or_propagules", "product", "other")
Intent = Literal["sale", "wanted", "giveaway", "none"]


class MentionOut(BaseModel):
    """A span of the listing that names a taxon, with offsets into the original text."""

    start: int = Field(description="Start offset in the original text, in Unicode code points.")
    end: int = Field(description="End offset (exclusive) in the original text.")
    text: str = Field(description="The original text of the span.")
    form: str | None = Field(description="Name form matched: accepted, synonym, vernacular, trade, ...")
    matched_name: str | None = Field(description="The taxonomy name this span was linked to.")
    score: float = Field(description="Link confidence in [0, 1].")
    finder: str = Field(description="Stage that found the span: dictionary, scientific_name, fuzzy, ner.")


class ListMembershipOut(BaseModel):
    """A list that regulates the taxon."""

    id: str
    title: str
    jurisdiction: str
    kind: str
    applies_from: str = Field(description="ISO date from which this taxon's entry applies.")


class TaxonOut(BaseModel):
    """A regulated taxon found in the listing."""

    taxon_id: str
    scientific_name: str = Field(description="Accepted name, canonical, without authorship.")
    offered: bool = Field(description="True when the listing offers or seeks the live organism.")
    lists: list[ListMembershipOut]
    score: float = Field(description="Confidence that the listing names this taxon, in [0, 1].")
    mentions: list[MentionOut]


class EvidenceOut(BaseModel):
    """A named rule or cue that shaped the decision, with the text that triggered it."""

    rule: str
    text: str = ""
    start: int | None = None
    end: int | None = None


class UnlistedMentionOut(BaseModel):
    """A span that names a species, by its shape or by the NER tagger, but links to no taxon of the taxonomy."""

    start: int = Field(description="Start offset in the original text, in Unicode code points.")
    end: int = Field(description="End offset (exclusive) in the original text.")
    text: str
    kind: Literal["scientific", "vernacular"] = Field(description="Latin name, or a common or trade name.")
    score: float = Field(description="Finder confidence in [0, 1]: the NER label probability where the NER ran.")
    finder: str = Field(description="Stage that found the span: scientific_name or ner.")


class ClassifierOut(BaseModel):
    """Calibrated probabilities of the listing classifier for one question."""

    probabilities: dict[str, float]
    replaces_rules: bool = Field(description="True when the classifier's label, not the rules' label, decided the listing.")


class ListingResult(BaseModel):
    """Everything ias-tagger decided about one listing."""

    id: str | None
    language: str
    regulated_offer: bool = Field(description="A listed taxon is offered or sought alive.")
    commodity: Commodity
    intent: Intent = Field(description="sale, wanted (a buyer seeks it), giveaway (rehoming or free) or none.")
    taxonomy_version: str
    taxa: list[TaxonOut]
    unlisted_mentions: list[UnlistedMentionOut] = Field(
        default_factory=list, description="Species names found in the listing that are not in the taxonomy."
    )
    classifier: dict[str, ClassifierOut] | None = Field(
        default=None, description="Listing classifier output per question (commodity, intent); null when it is off."
    )
    evidence: list[EvidenceOut] = Field(default_factory=list)
