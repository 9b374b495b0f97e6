"""Tables of the curation store: the taxonomy's records, plus the audit log of every change.

The tables mirror the records of :mod:`taxonomy.schema`, so that the store can write a taxonomy
folder that :func:`taxonomy.loader.load_taxonomy` validates and versions like a shipped one. Names
are never deleted: a retired name stays, marked ``retired``, so that any change can be reverted and
the audit log keeps pointing at real rows.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the curation tables."""


class DatasetRow(Base):
    """The one manifest row: what ``dataset.json`` of an exported folder holds."""

    __tablename__ = "dataset"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    version: Mapped[str] = mapped_column(String(50))
    licence: Mapped[str] = mapped_column(String(100))
    sources: Mapped[list] = mapped_column(JSON)


class TaxonRow(Base):
    """A taxon, as in ``taxa.jsonl``."""

    __tablename__ = "taxa"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    scientific_name: Mapped[str] = mapped_column(String(300))
    authorship: Mapped[str] = mapped_column(String(300))
    rank: Mapped[str] = mapped_column(String(20))
    kingdom: Mapped[str] = mapped_column(String(50))
    group: Mapped[str] = mapped_column(String(50))
    gbif_key: Mapped[int | None] = mapped_column(Integer, nullable=True)


class NameRow(Base):
    """A name of a taxon, as in ``names.jsonl``, with a revision for optimistic locking."""

    __tablename__ = "names"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    taxon_id: Mapped[str] = mapped_column(ForeignKey("taxa.id"), index=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    form: Mapped[str] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(35), nullable=True)
    source: Mapped[str] = mapped_column(String(100))
    ambiguous: Mapped[bool] = mapped_column(Boolean, default=False)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=1)

    # SQLAlchemy adds "AND revision = <loaded value>" to every UPDATE and raises StaleDataError
    # when no row matches, so two sessions cannot overwrite each other's edit.
    __mapper_args__ = {"version_id_col": revision}


class ListRow(Base):
    """A regulatory list, as in ``lists.jsonl``."""

    __tablename__ = "lists"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    jurisdiction: Mapped[str] = mapped_column(String(50))
    legal_act: Mapped[str] = mapped_column(Text)
    applies_from: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(Text, default="")


class MembershipRow(Base):
    """A taxon's entry on a list, as in ``memberships.jsonl``."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("list_id", "taxon_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    list_id: Mapped[str] = mapped_column(ForeignKey("lists.id"))
    taxon_id: Mapped[str] = mapped_column(ForeignKey("taxa.id"))
    applies_from: Mapped[date] = mapped_column(Date)
    listed_name: Mapped[str] = mapped_column(String(500), default="")
    legal_act: Mapped[str] = mapped_column(Text, default="")


class ChangeRow(Base):
    """One entry of the audit log: who changed what, when and why, with the row before and after."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    comment: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(100), index=True)
    before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    reverts_id: Mapped[int | None] = mapped_column(ForeignKey("changes.id"), nullable=True)
    taxonomy_version: Mapped[str] = mapped_column(String(200))


class ApiKeyRow(Base):
    """An API key: whose it is, its role, and the SHA-256 of the key (the key itself is never stored)."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    identity: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewRow(Base):
    """A mention from classified listings that linked weakly or to nothing, waiting for a curator."""

    __tablename__ = "review_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(500), unique=True)
    text: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    context: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(Integer, default=1)
    candidates: Mapped[list] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="open")
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IgnoreRow(Base):
    """A string that must not link, as in ``ignore.jsonl``."""

    __tablename__ = "ignores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(String(500))
    language: Mapped[str | None] = mapped_column(String(35), nullable=True)
    taxon_id: Mapped[str | None] = mapped_column(ForeignKey("taxa.id"), nullable=True)
    source: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
