"""The first schema: people, employments, funders, grants, goals, entries, ladder, absences.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workers")),
        sa.UniqueConstraint("name", name=op.f("uq_workers_name")),
    )
    op.create_table(
        "employers",
        sa.Column("id", sa.Integer()),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("contact", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employers")),
        sa.UniqueConstraint("name", name=op.f("uq_employers_name")),
    )
    op.create_table(
        "employments",
        sa.Column("id", sa.Integer()),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date()),
        sa.Column("loonwaarde", sa.Integer()),
        sa.Column("year_anchor", sa.Date()),
        sa.ForeignKeyConstraint(["worker_id"], ["workers.id"], name=op.f("fk_employments_worker_id_workers")),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"], name=op.f("fk_employments_employer_id_employers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employments")),
    )
    op.create_index(op.f("ix_employments_worker_id"), "employments", ["worker_id"])
    op.create_index(op.f("ix_employments_employer_id"), "employments", ["employer_id"])
    op.create_table(
        "contract_hours",
        sa.Column("id", sa.Integer()),
        sa.Column("employment_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("minutes_per_week", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employment_id"], ["employments.id"],
            name=op.f("fk_contract_hours_employment_id_employments"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_hours")),
    )
    op.create_index(op.f("ix_contract_hours_employment_id"), "contract_hours", ["employment_id"])
    op.create_table(
        "funders",
        sa.Column("id", sa.Integer()),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funders")),
        sa.UniqueConstraint("name", name=op.f("uq_funders_name")),
    )
    op.create_table(
        "tariffs",
        sa.Column("id", sa.Integer()),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("cents_per_hour", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funder_id"], ["funders.id"], name=op.f("fk_tariffs_funder_id_funders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tariffs")),
    )
    op.create_index(op.f("ix_tariffs_funder_id"), "tariffs", ["funder_id"])
    op.create_table(
        "grants",
        sa.Column("id", sa.Integer()),
        sa.Column("employment_id", sa.Integer(), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("schedule_id", sa.String(100), nullable=False),
        sa.Column("regime", sa.String(20)),
        sa.Column("granted_minutes_per_period", sa.Integer()),
        sa.Column("period_months", sa.Integer(), nullable=False),
        sa.Column("periods", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["employment_id"], ["employments.id"], name=op.f("fk_grants_employment_id_employments")
        ),
        sa.ForeignKeyConstraint(["funder_id"], ["funders.id"], name=op.f("fk_grants_funder_id_funders")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grants")),
    )
    op.create_index(op.f("ix_grants_employment_id"), "grants", ["employment_id"])
    op.create_index(op.f("ix_grants_funder_id"), "grants", ["funder_id"])
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer()),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("period_no", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.ForeignKeyConstraint(["grant_id"], ["grants.id"], name=op.f("fk_goals_grant_id_grants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    op.create_index(op.f("ix_goals_grant_id"), "goals", ["grant_id"])
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer()),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.Time()),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer()),
        sa.Column("employer_id", sa.Integer()),
        sa.Column("with_whom", sa.String(20), nullable=False),
        sa.Column("activity", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("goal_id", sa.Integer()),
        sa.Column("billable", sa.Boolean(), nullable=False),
        sa.Column("travel_minutes", sa.Integer(), nullable=False),
        sa.Column("travel_m", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("private_note", sa.Text(), nullable=False),
        sa.Column("group_id", sa.String(40)),
        sa.CheckConstraint("minutes > 0 AND minutes <= 1440", name=op.f("ck_entries_minutes_in_day")),
        sa.ForeignKeyConstraint(["worker_id"], ["workers.id"], name=op.f("fk_entries_worker_id_workers")),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"], name=op.f("fk_entries_employer_id_employers")),
        sa.ForeignKeyConstraint(["goal_id"], ["goals.id"], name=op.f("fk_entries_goal_id_goals")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
    )
    op.create_index("ix_entries_day", "entries", ["day"])
    op.create_index("ix_entries_worker_day", "entries", ["worker_id", "day"])
    op.create_index("ix_entries_employer_day", "entries", ["employer_id", "day"])
    op.create_table(
        "ladder_measurements",
        sa.Column("id", sa.Integer()),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("expected_step", sa.Integer()),
        sa.Column("horizon", sa.Date()),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("step BETWEEN 1 AND 6", name=op.f("ck_ladder_measurements_step_range")),
        sa.ForeignKeyConstraint(["worker_id"], ["workers.id"], name=op.f("fk_ladder_measurements_worker_id_workers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ladder_measurements")),
    )
    op.create_index(op.f("ix_ladder_measurements_worker_id"), "ladder_measurements", ["worker_id"])
    op.create_table(
        "absences",
        sa.Column("id", sa.Integer()),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["worker_id"], ["workers.id"], name=op.f("fk_absences_worker_id_workers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absences")),
    )
    op.create_index(op.f("ix_absences_worker_id"), "absences", ["worker_id"])
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer()),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("operations", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )


def downgrade() -> None:
    for table in (
        "changes", "absences", "ladder_measurements", "entries", "goals", "grants",
        "tariffs", "funders", "contract_hours", "employments", "employers", "workers",
    ):
        op.drop_table(table)
