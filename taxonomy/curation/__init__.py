"""The curation store: curated changes to the taxonomy, kept in a database with an audit log."""

from taxonomy.curation.store import ConflictError, CurationError, CurationStore

__all__ = ["ConflictError", "CurationError", "CurationStore"]
