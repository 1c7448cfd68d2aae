"""Alembic environment: coachlog passes its open, keyed connection in config.attributes."""

from alembic import context

from coachlog.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("coachlog runs its migrations itself: open the journal with coachlog")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
