"""Add ignore entries: strings that must not link.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ignores",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("language", sa.String(35), nullable=True),
        sa.Column("taxon_id", sa.String(100), sa.ForeignKey("taxa.id"), nullable=True),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ignores")
