"""A running timer per journal, so that it survives closing the app.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "timers",
        sa.Column("id", sa.Integer()),
        sa.Column("started", sa.DateTime(), nullable=False),
        sa.Column("worker_id", sa.Integer()),
        sa.Column("employer_id", sa.Integer()),
        sa.Column("with_whom", sa.String(20), nullable=False),
        sa.Column("activity", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["worker_id"], ["workers.id"], name=op.f("fk_timers_worker_id_workers")),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"], name=op.f("fk_timers_employer_id_employers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timers")),
    )


def downgrade() -> None:
    op.drop_table("timers")
