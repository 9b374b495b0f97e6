"""API keys of the curation store: created once, stored as SHA-256 hashes, checked by role.

A key is 32 random bytes, so a plain SHA-256 is enough to store it: unlike a password it cannot be
guessed from a dictionary, and a fast hash keeps each request's check cheap.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from taxonomy.curation.models import ApiKeyRow

# Roles in increasing order of power; each role may do what the roles before it may.
ROLES = ("reader", "curator", "admin")
KEY_PREFIX = "iast_"


class ApiKeyError(ValueError):
    """An API-key request that the store rejects."""


@dataclass(frozen=True)
class Caller:
    """The sender of a request with a valid key: its identity and the role of the key."""

    identity: str
    role: str

    def may(self, role: str) -> bool:
        """Return whether this caller's role is ``role`` or a more powerful one."""
        return ROLES.index(self.role) >= ROLES.index(role)


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(sessions: sessionmaker, identity: str, role: str) -> str:
    """Create a key for ``identity`` with ``role``; return the key, which is shown only this once."""
    if role not in ROLES:
        raise ApiKeyError(f"role {role!r} is not a role; use one of {list(ROLES)}")
    identity = identity.strip()
    if not identity:
        raise ApiKeyError("identity is missing; give the name of the person or service that will use the key")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    with sessions.begin() as session:
        row = session.scalar(select(ApiKeyRow).where(ApiKeyRow.identity == identity))
        if row is not None and not row.revoked:
            raise ApiKeyError(f"identity {identity!r} already has a key; revoke it first or pick another identity")
        if row is None:
            row = ApiKeyRow(identity=identity)
            session.add(row)
        # A revoked identity gets a new key in its old row, so its audit entries keep one identity.
        row.role, row.key_hash, row.created_at, row.revoked = role, _hash(key), datetime.now(UTC), False
    return key


def revoke_key(sessions: sessionmaker, identity: str) -> None:
    """Revoke the key of ``identity``; requests with it get 401 from then on."""
    with sessions.begin() as session:
        row = session.scalar(select(ApiKeyRow).where(ApiKeyRow.identity == identity))
        if row is None or row.revoked:
            raise ApiKeyError(f"identity {identity!r} has no active key")
        row.revoked = True


def authenticate(sessions: sessionmaker, key: str) -> Caller | None:
    """Return the caller a key belongs to, or None for an unknown or revoked key."""
    with sessions() as session:
        row = session.scalar(select(ApiKeyRow).where(ApiKeyRow.key_hash == _hash(key)))
        if row is None or row.revoked:
            return None
        return Caller(row.identity, row.role)
