"""Change the taxonomy's names while the service runs, with API keys, an audit log and revert.

Each accepted change gives a new taxonomy version. The service then builds a pipeline for it and
swaps it in with one assignment, so requests already running finish on the old pipeline and no
request gets a half-built one.
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from taxonomy.curation import ConflictError, CurationError, CurationStore
from taxonomy.schema import Membership, Taxon, TaxonList
from taxonomy.curation.keys import Caller, authenticate

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/curation", tags=["curation"])
_swap_lock = threading.Lock()


class NameIn(BaseModel):
    """A name to add to a taxon."""

    taxon_id: str
    name: str = Field(min_length=1)
    form: str = Field(description="accepted, synonym, vernacular, trade, abbreviation or misspelling")
    language: str | None = Field(default=None, description="BCP 47 tag; required for vernacular and trade names.")
    ambiguous: bool = False
    comment: str = Field(description="Why the name is added, for the audit log.")


class NameEdit(BaseModel):
    """New values for some fields of a name, at the revision the caller read."""

    revision: int | None = Field(default=None, description="The revision read; or send it as If-Match.")
    comment: str
    name: str | None = None
    form: str | None = None
    language: str | None = None
    ambiguous: bool | None = None


class RetireIn(BaseModel):
    """Retire a name at the revision the caller read."""

    revision: int | None = Field(default=None, description="The revision read; or send it as If-Match.")
    comment: str


class IgnoreIn(BaseModel):
    """A string that must not link, as it appears in listings."""

    text: str = Field(min_length=1)
    language: str | None = Field(default=None, description="Only in listings of this language (BCP 47).")
    taxon_id: str | None = Field(default=None, description="Only links to this taxon.")
    comment: str


class TaxonIn(BaseModel):
    """A taxon to add, with its accepted name."""

    id: str = Field(description="GBIF usage key, or local:<slug> when there is none.")
    scientific_name: str = Field(min_length=1, description="Canonical name without authorship.")
    authorship: str = ""
    rank: str = Field(description="genus, species, subspecies, variety or form")
    kingdom: str
    group: str = Field(description="Informal group, such as plants, fish or crustaceans.")
    gbif_key: int | None = None
    comment: str


class ListIn(BaseModel):
    """A regulatory list to add."""

    id: str
    title: str
    jurisdiction: str
    applies_from: date
    kind: str = Field(default="negative", description="negative or positive")
    legal_act: str = ""
    url: str = ""
    comment: str


class MembershipIn(BaseModel):
    """A taxon's entry on a list."""

    applies_from: date
    listed_name: str = ""
    legal_act: str = ""
    comment: str


class CommentIn(BaseModel):
    """The reason for an undo or a rejection, for the audit log."""

    comment: str


def get_store(request: Request) -> CurationStore:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise HTTPException(status_code=404, detail="curation is off; start the service with IAS_CURATION=true")
    return store


StoreDep = Annotated[CurationStore, Depends(get_store)]


def check_key(request: Request, store: CurationStore, key: str | None, role: str,
              open_reads: bool | None = None) -> Caller | None:
    """Check the request's key against ``role``; reads pass without a key when reads are open."""
    if open_reads is None:
        open_reads = request.app.state.settings.curation_open_reads
    if key is None:
        if role == "reader" and open_reads:
            return None
        raise HTTPException(status_code=401, detail="missing API key; send it in the X-API-Key header",
                            headers={"WWW-Authenticate": "X-API-Key"})
    caller = authenticate(store.sessions, key)
    if caller is None:
        logger.warning("rejected a request to %s with an unknown or revoked API key", request.url.path)
        raise HTTPException(status_code=401, detail="invalid or revoked API key; ask an admin for a key",
                            headers={"WWW-Authenticate": "X-API-Key"})
    if not caller.may(role):
        logger.warning("rejected %s (role %s) at %s, which needs %s", caller.identity, caller.role,
                       request.url.path, role)
        raise HTTPException(status_code=403,
                            detail=f"the key of {caller.identity} has role {caller.role}; this request needs "
                                   f"{role} or higher")
    return caller


def require(role: str):
    """Return a dependency that admits keys of ``role`` or higher."""

    def dependency(request: Request, store: StoreDep,
                   x_api_key: Annotated[str | None, Header()] = None) -> Caller | None:
        return check_key(request, store, x_api_key, role)

    return dependency


Reader = Annotated[Caller | None, Depends(require("reader"))]
Curator = Annotated[Caller, Depends(require("curator"))]
# Lists, bulk imports and keys change what an agency enforces or who may change it.
Admin = Annotated[Caller, Depends(require("admin"))]


def swap_pipeline(app: FastAPI, store: CurationStore) -> None:
    """Build a pipeline for the store's current taxonomy and make it the one that serves requests."""
    settings = app.state.settings
    with _swap_lock:
        taxonomy = store.taxonomy()
        if app.state.tagger.taxonomy.version == taxonomy.version:
            return
        # The new pipeline shares the encoder and models and encodes only the names it has not seen.
        app.state.tagger = app.state.tagger.for_taxonomy(taxonomy, settings.cache_dir)
    logger.info("now serving taxonomy %s", taxonomy.version)


class ChangeWatcher:
    """Swap in the pipeline of changes that other processes made to a shared store.

    A thread reads the store's newest change id every ``interval`` seconds. When it has grown,
    the thread exports the store's taxonomy to this process's folders and swaps the pipeline.
    """

    def __init__(self, app: FastAPI, store: CurationStore, interval: float) -> None:
        self.app, self.store, self.interval = app, store, interval
        self.seen = store.latest_change()[0]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="curation-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                newest, version = self.store.latest_change()
                # Changes this process made are already served; only others need an export here.
                if newest != self.seen and version != self.app.state.tagger.taxonomy.version:
                    version = self.store.sync()
                    logger.info("change %s made elsewhere; loading taxonomy %s", newest, version)
                    swap_pipeline(self.app, self.store)
                self.seen = newest
            except Exception:  # noqa: BLE001 - keep watching; the next round retries
                logger.exception("could not check the curation store for new changes")


def _apply(request: Request, store: CurationStore, change) -> dict:
    """Run a change, map store errors to HTTP errors, and swap in the pipeline of the new version."""
    try:
        result = change()
    except ConflictError as error:
        raise HTTPException(status_code=409, detail=str(error)) from None
    except CurationError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None
    swap_pipeline(request.app, store)
    return result


@router.get("/changes")
def list_changes(store: StoreDep, _caller: Reader, entity: str | None = None, limit: int = 100) -> list[dict]:
    """List audit entries, newest first, optionally of one taxon or name id."""
    return store.changes(entity, limit)


@router.get("/names/{name_id}")
def read_name(name_id: int, response: Response, store: StoreDep, _caller: Reader) -> dict:
    """Show a name with its revision, which edits must send back; the ETag header carries it too."""
    try:
        values = store.name(name_id)
    except CurationError as error:
        raise HTTPException(status_code=404, detail=str(error)) from None
    response.headers["ETag"] = f'"{values["revision"]}"'
    return values


@router.post("/names", status_code=201)
def add_name(body: NameIn, request: Request, store: StoreDep, caller: Curator) -> dict:
    """Add a name to a taxon."""
    return _apply(request, store, lambda: store.add_name(caller.identity, body.comment, body.taxon_id, body.name,
                                                          body.form, body.language, body.ambiguous))


def _revision(body_revision: int | None, if_match: str | None) -> int:
    """Return the revision a write was made against, from the body or the If-Match header."""
    if body_revision is not None:
        return body_revision
    if if_match is not None and if_match.strip().strip('"').isdigit():
        return int(if_match.strip().strip('"'))
    raise HTTPException(status_code=428, detail="send the revision you read, as \"revision\" in the body or as "
                                                "the If-Match header (the ETag of GET /names/{id})")


@router.patch("/names/{name_id}")
def edit_name(name_id: int, body: NameEdit, request: Request, store: StoreDep, caller: Curator,
              if_match: Annotated[str | None, Header()] = None) -> dict:
    """Change fields of a name; a stale revision gets 409."""
    revision = _revision(body.revision, if_match)
    fields = body.model_dump(exclude={"revision", "comment"}, exclude_none=True)
    return _apply(request, store, lambda: store.edit_name(caller.identity, body.comment, name_id, revision,
                                                           **fields))


@router.post("/names/{name_id}/retire")
def retire_name(name_id: int, body: RetireIn, request: Request, store: StoreDep, caller: Curator,
                if_match: Annotated[str | None, Header()] = None) -> dict:
    """Retire a name so that it no longer links; a stale revision gets 409."""
    revision = _revision(body.revision, if_match)
    return _apply(request, store, lambda: store.retire_name(caller.identity, body.comment, name_id, revision))


@router.post("/taxa", status_code=201)
def add_taxon(body: TaxonIn, request: Request, store: StoreDep, caller: Curator) -> dict:
    """Add a taxon with its accepted name."""
    taxon = Taxon(body.id, body.scientific_name, body.authorship, body.rank, body.kingdom, body.group, body.gbif_key)
    return _apply(request, store, lambda: store.add_taxon(caller.identity, body.comment, taxon))


@router.post("/lists", status_code=201)
def add_list(body: ListIn, request: Request, store: StoreDep, caller: Admin) -> dict:
    """Add a regulatory list."""
    taxon_list = TaxonList(body.id, body.title, body.jurisdiction, body.legal_act, body.applies_from, body.kind,
                           body.url)
    return _apply(request, store, lambda: store.add_list(caller.identity, body.comment, taxon_list))


@router.put("/lists/{list_id}/taxa/{taxon_id}")
def set_membership(list_id: str, taxon_id: str, body: MembershipIn, request: Request, store: StoreDep,
                   caller: Curator) -> dict:
    """Put a taxon on a list, or change the date and listed name of its entry."""
    membership = Membership(list_id, taxon_id, body.applies_from, body.listed_name, body.legal_act)
    return _apply(request, store, lambda: store.set_membership(caller.identity, body.comment, membership))


@router.post("/ignores", status_code=201)
def add_ignore(body: IgnoreIn, request: Request, store: StoreDep, caller: Curator) -> dict:
    """Forbid a string to link, such as a brand or a word common in one language."""
    return _apply(request, store, lambda: store.add_ignore(caller.identity, body.comment, body.text, body.language,
                                                            body.taxon_id))


@router.post("/changes/{change_id}/revert")
def revert_change(change_id: int, body: CommentIn, request: Request, store: StoreDep, caller: Curator) -> dict:
    """Undo one change."""
    return _apply(request, store, lambda: store.revert(caller.identity, body.comment, change_id))


@router.get("/search")
def search(q: str, store: StoreDep, _caller: Reader, limit: int = 20) -> list[dict]:
    """Find taxa by any name form, in any language, misspellings too."""
    from taxonomy.curation.search import search_names

    try:
        return search_names(store.taxonomy(), q, limit)
    except ValueError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None


@router.get("/taxa/{taxon_id}/history")
def taxon_history(taxon_id: str, store: StoreDep, _caller: Reader, limit: int = 100) -> list[dict]:
    """List the changes of a taxon and of its names, newest first."""
    if taxon_id not in store.taxonomy().taxa:
        raise HTTPException(status_code=404, detail=f"taxon {taxon_id!r} is not in the curated taxonomy; "
                                                    "find its id with /v1/curation/search")
    return store.taxon_history(taxon_id, limit)


@router.get("/export.csv")
def export_names_csv(store: StoreDep, _caller: Reader) -> Response:
    """Return the curated names as CSV: taxon id, scientific name, name, form, language, lists."""
    import tempfile
    from pathlib import Path

    from taxonomy.curation.export import export_csv

    taxonomy = store.taxonomy()
    with tempfile.TemporaryDirectory() as folder:
        content = export_csv(taxonomy, Path(folder) / "names.csv").read_bytes()
    return Response(content, media_type="text/csv", headers={"X-Taxonomy-Version": taxonomy.version})


@router.post("/imports")
async def import_checklist(request: Request, store: StoreDep, caller: Admin, list_id: str, jurisdiction: str,
                           applies_from: str, kind: str = "negative", title: str | None = None,
                           source: str = "checklist-import", apply: bool = False,
                           comment: str | None = None, vernacular_language: str | None = None) -> dict:
    """Import a checklist sent as the request body: a zipped Darwin Core Archive (application/zip) or
    CSV (text/csv). Without ``apply=true`` the response is the diff and nothing changes."""
    body = await request.body()
    media_type = request.headers.get("content-type", "")
    # Reading, planning and the pipeline swap take seconds, so they run off the event loop.
    return await run_in_threadpool(_import_checklist, request, store, caller, body, media_type, list_id,
                                   jurisdiction, applies_from, kind, title, source, apply, comment,
                                   vernacular_language)


def _import_checklist(request: Request, store: CurationStore, caller: Caller, body: bytes, media_type: str,
                      list_id: str, jurisdiction: str, applies_from: str, kind: str, title: str | None,
                      source: str, apply: bool, comment: str | None, vernacular_language: str | None) -> dict:
    from datetime import date

    from taxonomy.curation.dwca import ChecklistError, read_checklist_bytes
    from taxonomy.curation.importer import list_for_import, plan_import

    try:
        checklist = read_checklist_bytes(body, media_type)
        start = date.fromisoformat(applies_from)
    except ChecklistError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None
    except ValueError:
        raise HTTPException(status_code=422, detail=f"applies_from {applies_from!r} is not a date; "
                                                    "write it as YYYY-MM-DD") from None
    if kind not in ("negative", "positive"):
        raise HTTPException(status_code=422, detail=f"kind {kind!r} is not a list kind; use negative or positive")
    taxon_list = list_for_import(list_id, title or checklist.title, jurisdiction, kind, start)
    plan = plan_import(store.taxonomy(), checklist, taxon_list, source, vernacular_language)
    if not apply:
        return {"dry_run": True, "diff": plan.summary()}
    if not (comment or "").strip():
        raise HTTPException(status_code=422, detail="apply=true needs a comment: say why the checklist is imported")
    return _apply(request, store, lambda: store.apply_import(caller.identity, comment, plan))


class AcceptIn(BaseModel):
    """Accept a review item as a new name of a taxon."""

    taxon_id: str
    form: str = Field(description="Name form of the new name, such as trade, vernacular or misspelling.")
    language: str | None = None
    comment: str


@router.get("/review")
def list_review_items(store: StoreDep, _caller: Reader, status: str = "open", limit: int = 100) -> list[dict]:
    """List mentions that classified listings named but the taxonomy linked weakly or not at all."""
    from taxonomy.curation.review import review_items

    try:
        return review_items(store, status, limit)
    except CurationError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None


@router.post("/review/{item_id}/accept")
def accept_review_item(item_id: int, body: AcceptIn, request: Request, store: StoreDep, caller: Curator) -> dict:
    """Add the item's text as a name of a taxon; the change is audited and revertible like any other."""
    from taxonomy.curation.review import accept

    return _apply(request, store, lambda: accept(store, caller.identity, body.comment, item_id, body.taxon_id,
                                                 body.form, body.language))


@router.post("/review/{item_id}/reject")
def reject_review_item(item_id: int, body: CommentIn, request: Request, store: StoreDep, caller: Curator) -> dict:
    """Close an item without a name change."""
    from taxonomy.curation.review import reject

    return _apply(request, store, lambda: reject(store, caller.identity, body.comment, item_id))


class KeyIn(BaseModel):
    """A key to create."""

    identity: str = Field(min_length=1, description="Person or service the key is for; it appears in the audit log.")
    role: str = Field(description="reader, curator or admin")


@router.post("/keys", status_code=201)
def create_api_key(body: KeyIn, store: StoreDep, caller: Admin) -> dict:
    """Create a key; the response is the only place the key is ever shown."""
    from taxonomy.curation.keys import ApiKeyError, create_key

    try:
        key = create_key(store.sessions, body.identity, body.role)
    except ApiKeyError as error:
        raise HTTPException(status_code=422, detail=str(error)) from None
    logger.info("%s created a %s key for %s", caller.identity, body.role, body.identity)
    return {"identity": body.identity, "role": body.role, "key": key}


@router.post("/keys/{identity}/revoke")
def revoke_api_key(identity: str, store: StoreDep, caller: Admin) -> dict:
    """Revoke the key of an identity; its requests get 401 from then on."""
    from taxonomy.curation.keys import ApiKeyError, revoke_key

    try:
        revoke_key(store.sessions, identity)
    except ApiKeyError as error:
        raise HTTPException(status_code=404, detail=str(error)) from None
    logger.info("%s revoked the key of %s", caller.identity, identity)
    return {"identity": identity, "revoked": True}


@router.get("/taxa/{taxon_id}")
def read_curated_taxon(taxon_id: str, store: StoreDep, _caller: Reader) -> dict:
    """Show a taxon of the curated taxonomy with its names, lists and history."""
    taxonomy = store.taxonomy()
    if taxon_id not in taxonomy.taxa:
        raise HTTPException(status_code=404, detail=f"taxon {taxon_id!r} is not in the curated taxonomy; "
                                                    "find its id with /v1/curation/search")
    taxon = taxonomy.taxa[taxon_id]
    return {
        "taxon": {"id": taxon.id, "scientific_name": taxon.scientific_name, "authorship": taxon.authorship,
                  "rank": taxon.rank, "kingdom": taxon.kingdom, "group": taxon.group},
        "names": [{"name": n.name, "form": n.form, "language": n.language, "source": n.source}
                  for n in taxonomy.names_of(taxon_id)],
        "lists": [{"id": m.list_id, "applies_from": m.applies_from.isoformat(), "listed_name": m.listed_name}
                  for m in taxonomy.memberships_of(taxon_id)],
        "history": store.taxon_history(taxon_id),
        "taxonomy_version": taxonomy.version,
    }


@router.get("/export.zip")
def export_dwca_zip(store: StoreDep, _caller: Reader) -> Response:
    """Return the curated taxonomy as a zipped Darwin Core Archive."""
    import io
    import tempfile
    import zipfile
    from pathlib import Path

    from taxonomy.curation.export import export_dwca

    taxonomy = store.taxonomy()
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(export_dwca(taxonomy, Path(folder)).iterdir()):
            archive.write(path, path.name)
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers={"X-Taxonomy-Version": taxonomy.version})
