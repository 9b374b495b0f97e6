"""Alembic environment of the curation store.

The store runs migrations itself (see ``taxonomy.curation.store.migrate``) and hands over its open
connection through ``config.attributes["connection"]``, so no alembic.ini is needed.
"""

from alembic import context

from taxonomy.curation.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
