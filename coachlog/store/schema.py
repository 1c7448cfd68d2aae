"""The journal's tables, in portable SQLAlchemy Core (SQLite/SQLCipher and PostgreSQL).

Alembic migrations in ``migrations/versions`` create and change these tables; a test
checks that the migrated schema equals this metadata.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

# The revisions this coachlog knows and the application id in the file's header live in
# cipher.py (checking a file needs no SQLAlchemy); here for the migrations and tests.
from coachlog.store.cipher import APPLICATION_ID, KNOWN_REVISIONS, SCHEMA_HEAD  # noqa: F401

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

workers = Table(
    "workers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    UniqueConstraint("name"),
)

employers = Table(
    "employers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("contact", String(200), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    UniqueConstraint("name"),
)

employments = Table(
    "employments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("worker_id", ForeignKey("workers.id"), nullable=False, index=True),
    Column("employer_id", ForeignKey("employers.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("start", Date, nullable=False),
    Column("end", Date),
    Column("loonwaarde", Integer),
    Column("year_anchor", Date),
)

contract_hours = Table(
    "contract_hours",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("employment_id", ForeignKey("employments.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("valid_from", Date, nullable=False),
    Column("minutes_per_week", Integer, nullable=False),
)

funders = Table(
    "funders",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("reference", String(200), nullable=False, default=""),
    UniqueConstraint("name"),
)

tariffs = Table(
    "tariffs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("funder_id", ForeignKey("funders.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("valid_from", Date, nullable=False),
    # Euro cents excluding BTW: exact on every database, shown as Decimal euros.
    Column("cents_per_hour", Integer, nullable=False),
)

grants = Table(
    "grants",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("employment_id", ForeignKey("employments.id"), nullable=False, index=True),
    Column("funder_id", ForeignKey("funders.id"), nullable=False, index=True),
    Column("schedule_id", String(100), nullable=False),
    Column("regime", String(20)),
    Column("granted_minutes_per_period", Integer),
    Column("period_months", Integer, nullable=False),
    Column("periods", Integer, nullable=False),
    Column("start", Date, nullable=False),
    Column("reference", String(200), nullable=False, default=""),
)

goals = Table(
    "goals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("grant_id", ForeignKey("grants.id"), nullable=False, index=True),
    Column("period_no", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("status", String(20), nullable=False),
)

entries = Table(
    "entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False),
    Column("start", Time),
    Column("minutes", Integer, nullable=False),
    Column("worker_id", ForeignKey("workers.id")),
    Column("employer_id", ForeignKey("employers.id")),
    Column("with_whom", String(20), nullable=False),
    Column("activity", String(20), nullable=False),
    Column("mode", String(20), nullable=False),
    Column("goal_id", ForeignKey("goals.id")),
    Column("billable", Boolean, nullable=False),
    Column("travel_minutes", Integer, nullable=False, default=0),
    Column("travel_m", Integer, nullable=False, default=0),
    Column("note", Text, nullable=False, default=""),
    Column("private_note", Text, nullable=False, default=""),
    Column("group_id", String(40)),
    CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_in_day"),
    Index("ix_entries_day", "day"),
    Index("ix_entries_worker_day", "worker_id", "day"),
    Index("ix_entries_employer_day", "employer_id", "day"),
)

ladder_measurements = Table(
    "ladder_measurements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("worker_id", ForeignKey("workers.id"), nullable=False, index=True),
    Column("day", Date, nullable=False),
    Column("step", Integer, nullable=False),
    Column("expected_step", Integer),
    Column("horizon", Date),
    Column("note", Text, nullable=False, default=""),
    CheckConstraint("step BETWEEN 1 AND 6", name="step_range"),
)

absences = Table(
    "absences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("worker_id", ForeignKey("workers.id"), nullable=False, index=True),
    Column("start", Date, nullable=False),
    Column("end", Date, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("note", Text, nullable=False, default=""),
)

# A running timer (at most one): started on the wall clock, stopped into an entry.
timers = Table(
    "timers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started", DateTime, nullable=False),
    Column("worker_id", ForeignKey("workers.id")),
    Column("employer_id", ForeignKey("employers.id")),
    Column("with_whom", String(20), nullable=False),
    Column("activity", String(20), nullable=False),
    Column("mode", String(20), nullable=False),
    Column("note", Text, nullable=False, default=""),
)

# The undo log: one row a change, with the before-images of the rows it touched.
changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created", DateTime, nullable=False),
    Column("summary", Text, nullable=False),
    Column("operations", Text, nullable=False),
)
