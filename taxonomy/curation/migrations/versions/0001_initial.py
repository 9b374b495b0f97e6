"""Create the taxonomy tables and the audit log.

Revision ID: 0001
Revises:
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dataset",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("version", sa.String(50), nullable=False),
        sa.Column("licence", sa.String(100), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
    )
    op.create_table(
        "taxa",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("scientific_name", sa.String(300), nullable=False),
        sa.Column("authorship", sa.String(300), nullable=False),
        sa.Column("rank", sa.String(20), nullable=False),
        sa.Column("kingdom", sa.String(50), nullable=False),
        sa.Column("group", sa.String(50), nullable=False),
        sa.Column("gbif_key", sa.Integer(), nullable=True),
    )
    op.create_table(
        "names",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("taxon_id", sa.String(100), sa.ForeignKey("taxa.id"), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("language", sa.String(35), nullable=True),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("ambiguous", sa.Boolean(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
    )
    op.create_index("ix_names_taxon_id", "names", ["taxon_id"])
    op.create_index("ix_names_name", "names", ["name"])
    op.create_table(
        "lists",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("jurisdiction", sa.String(50), nullable=False),
        sa.Column("legal_act", sa.Text(), nullable=False),
        sa.Column("applies_from", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
    )
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("list_id", sa.String(100), sa.ForeignKey("lists.id"), nullable=False),
        sa.Column("taxon_id", sa.String(100), sa.ForeignKey("taxa.id"), nullable=False),
        sa.Column("applies_from", sa.Date(), nullable=False),
        sa.Column("listed_name", sa.String(500), nullable=False),
        sa.Column("legal_act", sa.Text(), nullable=False),
        sa.UniqueConstraint("list_id", "taxon_id"),
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("entity", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.String(100), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("reverts_id", sa.Integer(), sa.ForeignKey("changes.id"), nullable=True),
        sa.Column("taxonomy_version", sa.String(200), nullable=False),
    )
    op.create_index("ix_changes_entity_id", "changes", ["entity_id"])


def downgrade() -> None:
    for table in ("changes", "memberships", "lists", "names", "taxa", "dataset"):
        op.drop_table(table)
