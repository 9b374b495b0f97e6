"""The curation store: the taxonomy in a database that curators change, with an audit log.

The shipped taxonomy seeds the store once, and curated changes go to the database, never to the
shipped files. Inside the transaction of every change, the store writes the curated taxonomy as a
folder and validates it with :func:`taxonomy.loader.load_taxonomy`. An invalid change is rolled
back with the validator's message, and a valid one gets the folder's content-hash version. Each
version's folder stays under ``<export root>/versions/``, and ``<export root>/CURRENT`` names the
latest; it is replaced atomically, so a reader never sees a half-written taxonomy.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from taxonomy.curation.importer import ImportPlan
from taxonomy.curation.models import ChangeRow, DatasetRow, IgnoreRow, ListRow, MembershipRow, NameRow, TaxonRow
from taxonomy.loader import Taxonomy, load_taxonomy
from taxonomy.schema import NAME_FORMS, IgnoreEntry, Membership, NameRecord, Taxon, TaxonList
from taxonomy.validate import (
    DATASET_FILE,
    IGNORE_FILE,
    LISTS_FILE,
    MEMBERSHIPS_FILE,
    NAMES_FILE,
    TAXA_FILE,
    TaxonomyError,
)

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The source recorded on names that curators add; the shipped dataset lists it among its sources.
CURATION_SOURCE = "ias-tagger-curation"
NAME_FIELDS = ("name", "form", "language", "ambiguous")


class CurationError(ValueError):
    """A change that the store rejects; the message names the value and the fix."""


class ConflictError(CurationError):
    """A change made against a revision of a row that another change has replaced."""


def create_store_engine(url: str) -> Engine:
    """Create an engine for a SQLite path URL or a PostgreSQL URL; SQLite gets WAL and foreign keys."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def migrate(engine: Engine) -> None:
    """Bring the database schema to the newest Alembic revision."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _name_values(row: NameRow) -> dict:
    return {"id": row.id, "taxon_id": row.taxon_id, "name": row.name, "form": row.form,
            "language": row.language, "source": row.source, "ambiguous": row.ambiguous,
            "retired": row.retired, "revision": row.revision}


def _ignore_values(row: IgnoreRow) -> dict:
    return {"id": row.id, "text": row.text, "language": row.language, "taxon_id": row.taxon_id,
            "retired": row.retired}


def _change_values(row: ChangeRow) -> dict:
    return {"id": row.id, "at": row.at.isoformat(), "actor": row.actor, "comment": row.comment,
            "action": row.action, "entity": row.entity, "entity_id": row.entity_id, "before": row.before,
            "after": row.after, "reverts_id": row.reverts_id, "taxonomy_version": row.taxonomy_version}


def _require(value: str, field: str, fix: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CurationError(f"{field} is missing; {fix}")
    return value.strip()


class CurationStore:
    """A curation database with its exported taxonomy folders.

    Args:
        url: SQLAlchemy URL, ``sqlite:///path/curation.sqlite`` or ``postgresql+psycopg://...``.
        export_root: Folder for the exported taxonomy versions and the ``CURRENT`` pointer.
    """

    def __init__(self, url: str, export_root: Path | str) -> None:
        self.engine = create_store_engine(url)
        migrate(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.export_root = Path(export_root)

    def close(self) -> None:
        self.engine.dispose()

    # ---- reading -----------------------------------------------------------------------------

    def is_seeded(self) -> bool:
        with self.sessions() as session:
            return session.scalar(select(DatasetRow)) is not None

    def current_folder(self) -> Path:
        """Return the folder of the current taxonomy version; raise CurationError before seeding."""
        pointer = self.export_root / "CURRENT"
        if not pointer.is_file():
            raise CurationError(f"the store at {self.export_root} has no taxonomy yet; run `ias-tagger curate init`")
        return self.export_root / "versions" / pointer.read_text(encoding="utf-8").strip()

    def taxonomy(self) -> Taxonomy:
        """Load the current curated taxonomy."""
        return load_taxonomy(self.current_folder())

    def latest_change(self) -> tuple[int, str]:
        """Return the id and taxonomy version of the newest audit entry, (0, "") before seeding.

        It is one indexed query, cheap enough to poll for changes that other processes made.
        """
        with self.sessions() as session:
            row = session.execute(select(ChangeRow.id, ChangeRow.taxonomy_version)
                                  .order_by(ChangeRow.id.desc()).limit(1)).first()
            return (row.id, row.taxonomy_version) if row is not None else (0, "")

    def sync(self) -> str:
        """Export the database's current taxonomy to this store's folders; return its version.

        Several service processes may share one PostgreSQL store, each with its own folders. Only the
        process that made a change exported it, so the others call this to catch up.
        """
        with self.sessions() as session:
            version = self._export(session)
        self._publish(version)
        return version

    def name(self, name_id: int) -> dict:
        """Return a name row, retired or not, with its revision; raise CurationError when unknown."""
        with self.sessions() as session:
            return _name_values(self._name_row(session, name_id))

    def changes(self, entity_id: str | None = None, limit: int = 100) -> list[dict]:
        """Return audit entries, newest first, optionally for one taxon or name id."""
        with self.sessions() as session:
            query = select(ChangeRow).order_by(ChangeRow.id.desc()).limit(limit)
            if entity_id is not None:
                query = query.where(ChangeRow.entity_id == str(entity_id))
            return [_change_values(row) for row in session.scalars(query)]

    def taxon_history(self, taxon_id: str, limit: int = 100) -> list[dict]:
        """Return the audit entries of a taxon and of its names, newest first."""
        with self.sessions() as session:
            name_ids = [str(i) for i in session.scalars(select(NameRow.id).where(NameRow.taxon_id == taxon_id))]
            query = (select(ChangeRow)
                     .where(((ChangeRow.entity == "name") & ChangeRow.entity_id.in_(name_ids))
                            | ((ChangeRow.entity == "taxon") & (ChangeRow.entity_id == taxon_id)))
                     .order_by(ChangeRow.id.desc()).limit(limit))
            return [_change_values(row) for row in session.scalars(query)]

    # ---- seeding -----------------------------------------------------------------------------

    def seed(self, folder: Path | str, actor: str) -> str:
        """Copy a validated taxonomy folder into the empty store; return its version."""
        taxonomy = load_taxonomy(folder)
        with self.sessions.begin() as session:
            if session.scalar(select(DatasetRow)) is not None:
                raise CurationError("the store is already seeded; seed a new database or use its curated taxonomy")
            info = taxonomy.info
            # Curated names carry their own source, which the validator wants declared.
            sources = list(info.sources) + ([CURATION_SOURCE] if CURATION_SOURCE not in info.sources else [])
            session.add(DatasetRow(id=info.id, title=info.title, version=info.version, licence=info.licence,
                                   sources=sources))
            for position, taxon in enumerate(taxonomy.taxa.values()):
                session.add(TaxonRow(position=position, **dataclasses.asdict(taxon)))
            session.flush()
            for record in taxonomy.names:
                session.add(NameRow(**dataclasses.asdict(record)))
            for position, item in enumerate(taxonomy.lists.values()):
                session.add(ListRow(position=position, **dataclasses.asdict(item)))
            session.flush()
            for membership in taxonomy.memberships:
                session.add(MembershipRow(**dataclasses.asdict(membership)))
            session.flush()
            version = self._export(session)
            self._record(session, actor, f"seeded from {folder}", "seed", "dataset", info.id, None,
                         {"taxa": len(taxonomy.taxa), "names": len(taxonomy.names)}, version)
        self._publish(version)
        logger.info("curation store seeded from %s by %s: version %s", folder, actor, version)
        return version

    # ---- changes -----------------------------------------------------------------------------

    def add_name(self, actor: str, comment: str, taxon_id: str, name: str, form: str,
                 language: str | None = None, ambiguous: bool = False) -> dict:
        """Add a name to a taxon; return the audit entry of the change."""
        if form not in NAME_FORMS:
            raise CurationError(f"form {form!r} is not a name form; use one of {list(NAME_FORMS)}")
        with self.sessions.begin() as session:
            if session.get(TaxonRow, taxon_id) is None:
                raise CurationError(f"taxon id {taxon_id!r} is not in the store; search for the taxon and use its id")
            row = NameRow(taxon_id=taxon_id, name=_require(name, "name", "give the name as it is written"),
                          form=form, language=language, source=CURATION_SOURCE, ambiguous=ambiguous)
            session.add(row)
            session.flush()
            change, version = self._commit_change(session, actor, comment, "add_name", "name", str(row.id), None,
                                                  _name_values(row))
        self._publish(version)
        return change

    def add_taxon(self, actor: str, comment: str, taxon: Taxon) -> dict:
        """Add a taxon with its accepted name; return the audit entry."""
        with self.sessions.begin() as session:
            if session.get(TaxonRow, taxon.id) is not None:
                raise CurationError(f"taxon id {taxon.id!r} is already in the store; pick another id")
            position = _next_position(session, TaxonRow)
            session.add(TaxonRow(position=position, **dataclasses.asdict(taxon)))
            session.flush()
            name = NameRow(taxon_id=taxon.id, name=taxon.scientific_name, form="accepted", language=None,
                           source=CURATION_SOURCE, ambiguous=False)
            session.add(name)
            session.flush()
            after = {**dataclasses.asdict(taxon), "accepted_name_id": name.id}
            change, version = self._commit_change(session, actor, comment, "add_taxon", "taxon", taxon.id, None,
                                                  after)
        self._publish(version)
        return change

    def add_list(self, actor: str, comment: str, taxon_list: TaxonList) -> dict:
        """Add a regulatory list; return the audit entry."""
        with self.sessions.begin() as session:
            if session.get(ListRow, taxon_list.id) is not None:
                raise CurationError(f"list id {taxon_list.id!r} is already in the store; pick another id")
            position = _next_position(session, ListRow)
            session.add(ListRow(position=position, **dataclasses.asdict(taxon_list)))
            session.flush()
            after = json.loads(json.dumps(dataclasses.asdict(taxon_list), default=str))
            change, version = self._commit_change(session, actor, comment, "add_list", "list", taxon_list.id, None,
                                                  after)
        self._publish(version)
        return change

    def set_membership(self, actor: str, comment: str, membership: Membership) -> dict:
        """Put a taxon on a list, or change the date and listed name of its entry; return the audit entry."""
        with self.sessions.begin() as session:
            for model, key, kind in ((ListRow, membership.list_id, "list"), (TaxonRow, membership.taxon_id, "taxon")):
                if session.get(model, key) is None:
                    raise CurationError(f"{kind} id {key!r} is not in the store; add it first or fix the id")
            row = session.scalar(select(MembershipRow).where(MembershipRow.list_id == membership.list_id,
                                                             MembershipRow.taxon_id == membership.taxon_id))
            before = _membership_values(row) if row is not None else None
            if row is None:
                row = MembershipRow(list_id=membership.list_id, taxon_id=membership.taxon_id)
                session.add(row)
            row.applies_from, row.listed_name, row.legal_act = (membership.applies_from, membership.listed_name,
                                                                membership.legal_act)
            session.flush()
            change, version = self._commit_change(session, actor, comment, "set_membership", "membership",
                                                  f"{membership.list_id}:{membership.taxon_id}", before,
                                                  _membership_values(row))
        self._publish(version)
        return change

    def add_ignore(self, actor: str, comment: str, text: str, language: str | None = None,
                   taxon_id: str | None = None) -> dict:
        """Forbid ``text`` to link (to ``taxon_id`` only, in ``language`` only, when given)."""
        with self.sessions.begin() as session:
            row = IgnoreRow(text=_require(text, "text", "give the string that must not link"), language=language,
                            taxon_id=taxon_id, source=CURATION_SOURCE, reason=comment.strip(), retired=False)
            session.add(row)
            session.flush()
            change, version = self._commit_change(session, actor, comment, "add_ignore", "ignore", str(row.id),
                                                  None, _ignore_values(row))
        self._publish(version)
        return change

    def edit_name(self, actor: str, comment: str, name_id: int, revision: int, **fields) -> dict:
        """Change fields of a name (``name``, ``form``, ``language``, ``ambiguous``) at a known revision."""
        unknown = set(fields) - set(NAME_FIELDS)
        if unknown:
            raise CurationError(f"cannot edit {sorted(unknown)} of a name; editable fields are {list(NAME_FIELDS)}")
        with self.sessions.begin() as session:
            row = self._name_at_revision(session, name_id, revision)
            before = _name_values(row)
            for field, value in fields.items():
                setattr(row, field, value)
            _flush(session, row)
            change, version = self._commit_change(session, actor, comment, "edit_name", "name", str(row.id), before,
                                                  _name_values(row))
        self._publish(version)
        return change

    def retire_name(self, actor: str, comment: str, name_id: int, revision: int) -> dict:
        """Retire a name at a known revision, so that it no longer links; return the audit entry."""
        with self.sessions.begin() as session:
            row = self._name_at_revision(session, name_id, revision)
            if row.retired:
                raise CurationError(f"name {name_id} ({row.name!r}) is already retired")
            before = _name_values(row)
            row.retired = True
            _flush(session, row)
            change, version = self._commit_change(session, actor, comment, "retire_name", "name", str(row.id),
                                                  before, _name_values(row))
        self._publish(version)
        return change

    def revert(self, actor: str, comment: str, change_id: int) -> dict:
        """Undo one change: restore a name as it was, or remove what an import added."""
        with self.sessions.begin() as session:
            change = session.get(ChangeRow, change_id)
            if change is None:
                raise CurationError(f"change {change_id} does not exist; list changes with `ias-tagger curate audit`")
            name_revert = change.action == "revert" and change.entity == "name"
            if not name_revert and change.action not in ("add_name", "edit_name", "retire_name", "import",
                                                         "add_ignore", "add_taxon", "add_list", "set_membership"):
                raise CurationError(f"change {change_id} ({change.action}) cannot be reverted")
            undone = session.scalar(select(ChangeRow).where(ChangeRow.reverts_id == change_id))
            if undone is not None:
                raise CurationError(f"change {change_id} was already reverted by change {undone.id}")
            if change.action == "import":
                _remove_import(session, change)
                entry, version = self._commit_change(session, actor, comment, "revert", change.entity,
                                                     change.entity_id, change.after, None, reverts_id=change_id)
            elif change.action in ("add_taxon", "add_list", "set_membership"):
                before = _undo_record(session, change)
                entry, version = self._commit_change(session, actor, comment, "revert", change.entity,
                                                     change.entity_id, before, change.before, reverts_id=change_id)
            elif change.action == "add_ignore":
                row = session.get(IgnoreRow, int(change.entity_id))
                row.retired = True
                session.flush()
                entry, version = self._commit_change(session, actor, comment, "revert", "ignore", change.entity_id,
                                                     change.after, _ignore_values(row), reverts_id=change_id)
            else:
                entry, version = self._revert_name(session, actor, comment, change)
        self._publish(version)
        return entry

    def _revert_name(self, session: Session, actor: str, comment: str, change: ChangeRow) -> tuple[dict, str]:
        row = self._name_row(session, int(change.entity_id))
        if change.after is not None and row.revision != change.after["revision"]:
            raise ConflictError(
                f"name {row.id} changed again after change {change.id} (now at revision {row.revision}); "
                "revert the later changes first"
            )
        before = _name_values(row)
        if change.before is None:
            row.retired = True
        else:
            for field in (*NAME_FIELDS, "retired"):
                setattr(row, field, change.before[field])
        _flush(session, row)
        return self._commit_change(session, actor, comment, "revert", "name", str(row.id), before,
                                   _name_values(row), reverts_id=change.id)

    def apply_import(self, actor: str, comment: str, plan: ImportPlan) -> dict:
        """Add what an import plan lists, as one change; return its audit entry."""
        with self.sessions.begin() as session:
            dataset = session.scalar(select(DatasetRow))
            created = {"source": None, "list": None, "taxa": [], "names": [], "memberships": []}
            if plan.source not in dataset.sources:
                dataset.sources = [*dataset.sources, plan.source]
                created["source"] = plan.source
            if plan.new_list:
                if session.get(ListRow, plan.taxon_list.id) is not None:
                    raise ConflictError(f"list {plan.taxon_list.id!r} was created since the plan was made; plan again")
                position = _next_position(session, ListRow)
                session.add(ListRow(position=position, **dataclasses.asdict(plan.taxon_list)))
                created["list"] = plan.taxon_list.id
            position = _next_position(session, TaxonRow)
            for offset, taxon in enumerate(plan.taxa):
                if session.get(TaxonRow, taxon.id) is not None:
                    raise ConflictError(f"taxon {taxon.id!r} was added since the plan was made; plan again")
                session.add(TaxonRow(position=position + offset, **dataclasses.asdict(taxon)))
                created["taxa"].append(taxon.id)
            session.flush()
            rows = [NameRow(**dataclasses.asdict(record)) for record in plan.names]
            memberships = [MembershipRow(**dataclasses.asdict(item)) for item in plan.memberships]
            session.add_all(rows + memberships)
            session.flush()
            created["names"] = [row.id for row in rows]
            created["memberships"] = [row.id for row in memberships]
            after = {"summary": plan.summary(), "created": created}
            change, version = self._commit_change(session, actor, comment, "import", "list", plan.taxon_list.id,
                                                  None, after)
        self._publish(version)
        return change

    def record_decision(self, actor: str, comment: str, action: str, entity: str, entity_id: str,
                        before: dict | None, after: dict | None) -> dict:
        """Record a curator's decision that changes no taxonomy record, such as a rejected review item."""
        with self.sessions.begin() as session:
            # No record changes, so the taxonomy keeps the version of the newest change.
            version = session.scalar(select(ChangeRow.taxonomy_version).order_by(ChangeRow.id.desc()).limit(1))
            change = self._record(session, actor, comment, action, entity, entity_id, before, after, version)
            session.flush()
            return _change_values(change)

    # ---- internals ---------------------------------------------------------------------------

    def _name_row(self, session: Session, name_id: int) -> NameRow:
        row = session.get(NameRow, name_id)
        if row is None:
            raise CurationError(f"name id {name_id} does not exist; search for the name to find its id")
        return row

    def _name_at_revision(self, session: Session, name_id: int, revision: int) -> NameRow:
        row = self._name_row(session, name_id)
        if row.revision != revision:
            raise ConflictError(
                f"name {name_id} is at revision {row.revision}, not {revision}: someone changed it since you read "
                "it; read it again and redo your change"
            )
        return row

    def _commit_change(self, session: Session, actor: str, comment: str, action: str, entity: str,
                       entity_id: str, before: dict | None, after: dict | None,
                       reverts_id: int | None = None) -> tuple[dict, str]:
        """Export and validate the changed taxonomy, record the change; return its entry and version.

        The caller publishes the version once its transaction has committed.
        """
        version = self._export(session)
        change = self._record(session, actor, comment, action, entity, entity_id, before, after, version,
                              reverts_id)
        session.flush()
        logger.info("change %s by %s: %s %s %s -> version %s", change.id, actor, action, entity, entity_id, version)
        return _change_values(change), version

    def _record(self, session: Session, actor: str, comment: str, action: str, entity: str, entity_id: str,
                before: dict | None, after: dict | None, version: str, reverts_id: int | None = None) -> ChangeRow:
        change = ChangeRow(
            at=datetime.now(UTC),
            actor=_require(actor, "actor", "give the curator's name or API key identity"),
            comment=_require(comment, "comment", "say why the change is made (--comment)"),
            action=action, entity=entity, entity_id=entity_id, before=before, after=after,
            reverts_id=reverts_id, taxonomy_version=version,
        )
        session.add(change)
        return change

    def _export(self, session: Session) -> str:
        """Write the session's taxonomy to a versions folder, validate it and return its version."""
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self._versions_dir()))
        try:
            _write_folder(session, staging)
            try:
                taxonomy = load_taxonomy(staging)
            except TaxonomyError as error:
                raise CurationError("the change would make the taxonomy invalid:\n"
                                    + "\n".join(f"- {problem}" for problem in error.problems)) from None
            target = self._versions_dir() / taxonomy.version.rsplit("+", 1)[1]
            if target.exists():
                shutil.rmtree(staging)
            else:
                staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return taxonomy.version

    def _versions_dir(self) -> Path:
        folder = self.export_root / "versions"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _publish(self, version: str) -> None:
        pointer = self.export_root / "CURRENT"
        temporary = pointer.with_name(f".CURRENT.{os.getpid()}")
        temporary.write_text(version.rsplit("+", 1)[1] + "\n", encoding="utf-8")
        os.replace(temporary, pointer)


def _next_position(session: Session, model: type[TaxonRow] | type[ListRow]) -> int:
    """Return the file position after the last row; a count would repeat one after a revert deletes rows."""
    return (session.scalar(select(func.max(model.position))) or 0) + 1


def _membership_values(row: MembershipRow) -> dict:
    return {"list_id": row.list_id, "taxon_id": row.taxon_id, "applies_from": row.applies_from.isoformat(),
            "listed_name": row.listed_name, "legal_act": row.legal_act}


def _undo_record(session: Session, change: ChangeRow) -> dict:
    """Undo an added taxon or list or a membership change; return the state it undid."""
    if change.action == "set_membership":
        list_id, taxon_id = change.after["list_id"], change.after["taxon_id"]
        row = session.scalar(select(MembershipRow).where(MembershipRow.list_id == list_id,
                                                         MembershipRow.taxon_id == taxon_id))
        current = _membership_values(row)
        if current != change.after:
            raise ConflictError(f"the entry of {taxon_id!r} on {list_id!r} changed after change {change.id}; "
                                "revert the later change first")
        if change.before is None:
            session.delete(row)
        else:
            row.applies_from = date.fromisoformat(change.before["applies_from"])
            row.listed_name, row.legal_act = change.before["listed_name"], change.before["legal_act"]
        session.flush()
        return current
    if change.action == "add_list":
        if session.scalar(select(MembershipRow).where(MembershipRow.list_id == change.entity_id)) is not None:
            raise ConflictError(f"list {change.entity_id!r} has entries now; remove them before reverting")
        session.delete(session.get(ListRow, change.entity_id))
        session.flush()
        return change.after
    names = session.scalars(select(NameRow).where(NameRow.taxon_id == change.entity_id)).all()
    memberships = session.scalar(select(MembershipRow).where(MembershipRow.taxon_id == change.entity_id))
    if len(names) > 1 or memberships is not None:
        raise ConflictError(f"taxon {change.entity_id!r} has other names or list entries now; remove them "
                            "before reverting")
    for row in names:
        session.delete(row)
    session.flush()
    session.delete(session.get(TaxonRow, change.entity_id))
    session.flush()
    return change.after


def _remove_import(session: Session, change: ChangeRow) -> None:
    """Delete the rows an import created, unless a later change touched one of its names."""
    created = change.after["created"]
    name_ids = [str(name_id) for name_id in created["names"]]
    later = session.scalar(select(ChangeRow).where(ChangeRow.id > change.id, ChangeRow.entity == "name",
                                                   ChangeRow.entity_id.in_(name_ids)))
    if later is not None:
        raise ConflictError(f"change {later.id} edited name {later.entity_id} of import {change.id}; "
                            "revert it first")
    for model, ids in ((NameRow, created["names"]), (MembershipRow, created["memberships"])):
        for row_id in ids:
            session.delete(session.get(model, row_id))
    session.flush()
    for taxon_id in created["taxa"]:
        session.delete(session.get(TaxonRow, taxon_id))
    if created["list"] is not None:
        session.delete(session.get(ListRow, created["list"]))
    if created["source"] is not None:
        dataset = session.scalar(select(DatasetRow))
        dataset.sources = [source for source in dataset.sources if source != created["source"]]
    session.flush()


def _flush(session: Session, row: NameRow) -> None:
    """Flush an update; turn a lost race on the row's revision into a ConflictError."""
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(f"name {row.id} was changed by another request at the same time; read it again and "
                            "redo your change") from None


def _write_folder(session: Session, folder: Path) -> None:
    """Write the active records of the session as a taxonomy folder, in the order they were added."""
    dataset = session.scalar(select(DatasetRow))
    info = {"id": dataset.id, "title": dataset.title, "version": dataset.version, "licence": dataset.licence,
            "sources": list(dataset.sources)}
    (folder / DATASET_FILE).write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    taxa = [Taxon(row.id, row.scientific_name, row.authorship, row.rank, row.kingdom, row.group, row.gbif_key)
            for row in session.scalars(select(TaxonRow).order_by(TaxonRow.position))]
    names = [NameRecord(row.taxon_id, row.name, row.form, row.language, row.source, row.ambiguous)
             for row in session.scalars(select(NameRow).where(NameRow.retired.is_(False)).order_by(NameRow.id))]
    lists = [TaxonList(row.id, row.title, row.jurisdiction, row.legal_act, row.applies_from, row.kind, row.url)
             for row in session.scalars(select(ListRow).order_by(ListRow.position))]
    memberships = [Membership(row.list_id, row.taxon_id, row.applies_from, row.listed_name, row.legal_act)
                   for row in session.scalars(select(MembershipRow).order_by(MembershipRow.id))]
    ignores = [IgnoreEntry(row.text, row.language, row.taxon_id, row.source, row.reason)
               for row in session.scalars(select(IgnoreRow).where(IgnoreRow.retired.is_(False)).order_by(IgnoreRow.id))]
    files = [(TAXA_FILE, taxa), (NAMES_FILE, names), (LISTS_FILE, lists), (MEMBERSHIPS_FILE, memberships)]
    # The file is written only when it has entries, so a taxonomy without any keeps its version.
    if ignores:
        files.append((IGNORE_FILE, ignores))
    for file, records in files:
        lines = [json.dumps(dataclasses.asdict(record), ensure_ascii=False, default=str) for record in records]
        (folder / file).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
