"""The curation endpoints of a running service, on SQLite and on PostgreSQL (the store_url fixture)."""

import threading

import pytest
from fastapi.testclient import TestClient

from api.config import Settings
from api.main import create_app
from taxonomy.curation.keys import create_key

MARBLED_CRAYFISH = "9442269"
LISTING = {"text": "Verkaufe Zauberkrebse, 10 Stück, Versand möglich"}


@pytest.fixture
def client(store_url, tmp_path):
    settings = Settings(curation=True, curation_db=store_url, curation_dir=tmp_path / "curation",
                        cache_dir=tmp_path / "cache", semantic=False)
    with TestClient(create_app(settings)) as client:
        yield client


def _key(client, identity, role):
    return {"X-API-Key": create_key(client.app.state.store.sessions, identity, role)}


def _offered(client):
    result = client.post("/v1/classify", json=LISTING).json()
    return result["taxonomy_version"], [t["scientific_name"] for t in result["taxa"] if t["offered"]]


def test_trade_name_added_linked_and_reverted(client):
    curator = _key(client, "ana", "curator")
    shipped_version, offered = _offered(client)
    assert offered == []

    # Classify without pause while the change lands, to check that no request fails during the swap.
    statuses, stop = [], threading.Event()

    def classify_until_stopped():
        while not stop.is_set():
            statuses.append(client.post("/v1/classify", json=LISTING).status_code)

    worker = threading.Thread(target=classify_until_stopped)
    worker.start()
    try:
        response = client.post("/v1/curation/names", headers=curator, json={
            "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "language": "de",
            "comment": "aquarium trade name"})
    finally:
        stop.set()
        worker.join()
    assert response.status_code == 201
    change = response.json()
    assert len(statuses) > 0
    assert set(statuses) == {200}

    assert _offered(client) == (change["taxonomy_version"], ["Procambarus virginalis"])

    reverted = client.post(f"/v1/curation/changes/{change['id']}/revert", headers=curator,
                           json={"comment": "wrong taxon"})
    assert reverted.status_code == 200
    assert _offered(client) == (shipped_version, [])

    actions = [(c["action"], c["actor"]) for c in client.get("/v1/curation/changes").json()]
    assert actions == [("revert", "ana"), ("add_name", "ana"), ("seed", "service")]


def test_write_without_key_is_401(client):
    response = client.post("/v1/curation/names", json={
        "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "language": "de", "comment": "x"})
    assert response.status_code == 401
    assert "X-API-Key" in response.json()["detail"]


def test_wrong_key_is_401(client):
    response = client.post("/v1/curation/changes/1/revert", headers={"X-API-Key": "iast_wrong"},
                           json={"comment": "x"})
    assert response.status_code == 401
    assert "invalid or revoked" in response.json()["detail"]


def test_reader_key_cannot_write(client):
    reader = _key(client, "rita", "reader")
    response = client.post("/v1/curation/changes/1/revert", headers=reader, json={"comment": "x"})
    assert response.status_code == 403
    assert "role reader" in response.json()["detail"]


def test_stale_revision_is_409(client):
    curator = _key(client, "ana", "curator")
    added = client.post("/v1/curation/names", headers=curator, json={
        "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "language": "de",
        "comment": "trade name"}).json()
    name_id = added["entity_id"]
    read = client.get(f"/v1/curation/names/{name_id}")
    assert read.headers["ETag"] == '"1"'

    first = client.patch(f"/v1/curation/names/{name_id}", headers=curator,
                         json={"revision": 1, "comment": "spelling", "name": "Zauber-Krebs"})
    second = client.post(f"/v1/curation/names/{name_id}/retire", headers=curator,
                         json={"revision": 1, "comment": "retire"})
    assert first.status_code == 200
    assert second.status_code == 409
    assert "revision 2, not 1" in second.json()["detail"]


def test_invalid_name_is_422_with_reason(client):
    curator = _key(client, "ana", "curator")
    response = client.post("/v1/curation/names", headers=curator, json={
        "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "comment": "no language"})
    assert response.status_code == 422
    assert "language" in response.json()["detail"]


def test_curation_off_is_404(tmp_path):
    settings = Settings(cache_dir=tmp_path / "cache", semantic=False)
    with TestClient(create_app(settings)) as client:
        response = client.get("/v1/curation/changes")
    assert response.status_code == 404
    assert "IAS_CURATION=true" in response.json()["detail"]


CHECKLIST_CSV = ("scientificName,taxonRank,kingdom,vernacularName,language\n"
                 "Agave americana L.,species,Plantae,century plant,en\n"
                 "Procambarus clarkii (Girard 1852),species,Animalia,,\n")
IMPORT_QUERY = "list_id=test-list&jurisdiction=XX&applies_from=2025-01-01"


def test_import_dry_run_then_apply(client):
    curator_only = {**_key(client, "ana", "curator"), "Content-Type": "text/csv"}
    assert client.post(f"/v1/curation/imports?{IMPORT_QUERY}", headers=curator_only,
                       content=CHECKLIST_CSV).status_code == 403
    headers = {**_key(client, "ada", "admin"), "Content-Type": "text/csv"}
    dry = client.post(f"/v1/curation/imports?{IMPORT_QUERY}", headers=headers, content=CHECKLIST_CSV)
    assert dry.status_code == 200
    assert dry.json()["dry_run"] is True
    assert (dry.json()["diff"]["taxa_matched"], dry.json()["diff"]["taxa_added"]) == (1, 1)
    assert [c["action"] for c in client.get("/v1/curation/changes").json()] == ["seed"]

    applied = client.post(f"/v1/curation/imports?{IMPORT_QUERY}&apply=true&comment=national+list",
                          headers=headers, content=CHECKLIST_CSV)
    assert applied.status_code == 200
    result = client.post("/v1/classify", json={"text": "Selling Agave americana plants, 5 euro"}).json()
    assert result["taxonomy_version"] == applied.json()["taxonomy_version"]
    assert [(t["scientific_name"], [lst["id"] for lst in t["lists"]]) for t in result["taxa"]] == [
        ("Agave americana", ["test-list"])]


def test_import_wrong_media_type_is_422(client):
    headers = {**_key(client, "ada", "admin"), "Content-Type": "application/json"}
    response = client.post(f"/v1/curation/imports?{IMPORT_QUERY}", headers=headers, content="{}")
    assert response.status_code == 422
    assert "text/csv" in response.json()["detail"]


def test_search_history_and_export(client):
    curator = _key(client, "ana", "curator")
    client.post("/v1/curation/names", headers=curator, json={
        "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "language": "de",
        "comment": "trade name"})

    found = client.get("/v1/curation/search", params={"q": "zauberkreb"}).json()
    assert found[0]["taxon_id"] == MARBLED_CRAYFISH
    history = client.get(f"/v1/curation/taxa/{MARBLED_CRAYFISH}/history").json()
    assert [h["action"] for h in history] == ["add_name"]
    exported = client.get("/v1/curation/export.csv")
    assert exported.headers["content-type"].startswith("text/csv")
    assert "Zauberkrebs" in exported.text


def test_review_queue_accept_and_reject(client):
    curator = _key(client, "ana", "curator")
    for text in ("Selling Pseudemys nelsoni hatchlings, 25 euro", "Pseudemys nelsoni babies for sale",
                 "Selling Macrochelys temminckii hatchlings, 25 euro"):
        assert client.post("/v1/classify", json={"text": text}).status_code == 200

    items = {item["text"]: item for item in client.get("/v1/curation/review").json()}
    assert items["Pseudemys nelsoni"]["count"] == 2
    assert "hatchlings" in items["Pseudemys nelsoni"]["context"]

    # A curator decides that sellers use this name for the listed slider (a test decision, not taxonomy).
    accepted = client.post(f"/v1/curation/review/{items['Pseudemys nelsoni']['id']}/accept", headers=curator,
                           json={"taxon_id": "2443002", "form": "synonym", "comment": "seen in listings"})
    assert accepted.status_code == 200
    rejected = client.post(f"/v1/curation/review/{items['Macrochelys temminckii']['id']}/reject",
                           headers=curator, json={"comment": "not regulated here"})
    assert rejected.status_code == 200

    assert client.get("/v1/curation/review").json() == []
    result = client.post("/v1/classify", json={"text": "Pseudemys nelsoni babies for sale"}).json()
    assert [t["scientific_name"] for t in result["taxa"]] == ["Trachemys scripta"]
    assert [c["action"] for c in client.get("/v1/curation/changes").json()][:2] == ["reject_review", "add_name"]


def test_taxon_list_membership_endpoints(client):
    admin = _key(client, "ada", "admin")
    assert client.post("/v1/curation/lists", headers=admin, json={
        "id": "xx-ban", "title": "Prohibited species of XX", "jurisdiction": "XX", "applies_from": "2026-01-01",
        "comment": "national ban"}).status_code == 201
    assert client.post("/v1/curation/taxa", headers=admin, json={
        "id": "local:macrochelys-temminckii", "scientific_name": "Macrochelys temminckii", "rank": "species",
        "kingdom": "Animalia", "group": "reptiles", "comment": "newly banned"}).status_code == 201
    response = client.put("/v1/curation/lists/xx-ban/taxa/local:macrochelys-temminckii", headers=admin, json={
        "applies_from": "2026-03-01", "comment": "listed"})
    assert response.status_code == 200

    result = client.post("/v1/classify", json={"text": "Selling Macrochelys temminckii, 5 euro"}).json()
    assert result["taxonomy_version"] == response.json()["taxonomy_version"]
    assert [lst["id"] for lst in result["taxa"][0]["lists"]] == ["xx-ban"]

    bad = client.post("/v1/curation/taxa", headers=admin, json={
        "id": "local:x", "scientific_name": "X y", "rank": "order", "kingdom": "Animalia", "group": "x",
        "comment": "bad rank"})
    assert bad.status_code == 422
    assert "rank" in bad.json()["detail"]


def test_if_match_header_carries_revision(client):
    curator = _key(client, "ana", "curator")
    added = client.post("/v1/curation/names", headers=curator, json={
        "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "language": "de",
        "comment": "trade name"}).json()
    url = f"/v1/curation/names/{added['entity_id']}"
    etag = client.get(url).headers["ETag"]

    missing = client.patch(url, headers=curator, json={"comment": "spelling", "name": "Zauber-Krebs"})
    assert missing.status_code == 428
    edited = client.patch(url, headers={**curator, "If-Match": etag}, json={"comment": "spelling", "name": "Zauber-Krebs"})
    assert edited.status_code == 200
    stale = client.post(f"{url}/retire", headers={**curator, "If-Match": etag}, json={"comment": "retire"})
    assert stale.status_code == 409


def test_classify_key_required_by_setting(store_url, tmp_path):
    settings = Settings(curation=True, classify_requires_key=True, curation_db=store_url,
                        curation_dir=tmp_path / "curation", cache_dir=tmp_path / "cache", semantic=False)
    with TestClient(create_app(settings)) as client:
        assert client.post("/v1/classify", json=LISTING).status_code == 401
        reader = _key(client, "scraper-1", "reader")
        assert client.post("/v1/classify", json=LISTING, headers=reader).status_code == 200


def test_classify_key_needs_curation(tmp_path):
    settings = Settings(classify_requires_key=True, cache_dir=tmp_path / "cache", semantic=False)
    with pytest.raises(ValueError, match="IAS_CURATION=true"):
        with TestClient(create_app(settings)):
            pass


def test_admin_manages_keys(client):
    admin = _key(client, "ada", "admin")
    created = client.post("/v1/curation/keys", headers=admin, json={"identity": "ben", "role": "curator"})
    assert created.status_code == 201
    ben = {"X-API-Key": created.json()["key"]}
    assert client.post("/v1/curation/keys", headers=ben, json={"identity": "eve", "role": "admin"}).status_code == 403
    assert client.post("/v1/curation/keys/ben/revoke", headers=admin).status_code == 200
    revoked = client.post("/v1/curation/changes/1/revert", headers=ben, json={"comment": "x"})
    assert revoked.status_code == 401


def test_curated_taxon_and_archive_export(client):
    import io
    import zipfile

    curator = _key(client, "ana", "curator")
    change = client.post("/v1/curation/names", headers=curator, json={
        "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "language": "de",
        "comment": "trade name"}).json()
    client.post(f"/v1/curation/changes/{change['id']}/revert", headers=curator, json={"comment": "undo"})
    last = client.get("/v1/curation/changes").json()[0]
    redo = client.post(f"/v1/curation/changes/{last['id']}/revert", headers=curator, json={"comment": "redo"})
    assert redo.status_code == 200

    detail = client.get(f"/v1/curation/taxa/{MARBLED_CRAYFISH}").json()
    assert "Zauberkrebs" in [n["name"] for n in detail["names"]]
    assert [h["action"] for h in detail["history"]] == ["revert", "revert", "add_name"]
    archive = zipfile.ZipFile(io.BytesIO(client.get("/v1/curation/export.zip").content))
    assert sorted(archive.namelist()) == ["distribution.txt", "meta.xml", "taxon.txt", "vernacularname.txt"]


def test_second_process_picks_up_change(store_url, tmp_path):
    import time

    def settings(name):
        return Settings(curation=True, curation_db=store_url, curation_dir=tmp_path / name,
                        cache_dir=tmp_path / "cache", semantic=False, curation_poll_seconds=0.2)

    with TestClient(create_app(settings("a"))) as first, TestClient(create_app(settings("b"))) as second:
        change = first.post("/v1/curation/names", headers=_key(first, "ana", "curator"), json={
            "taxon_id": MARBLED_CRAYFISH, "name": "Zauberkrebs", "form": "trade", "language": "de",
            "comment": "trade name"}).json()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _offered(second)[0] != change["taxonomy_version"]:
            time.sleep(0.2)
        assert _offered(second) == (change["taxonomy_version"], ["Procambarus virginalis"])
