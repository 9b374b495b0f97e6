"""The HTTP API through FastAPI's TestClient, on the fast-path pipeline."""

import pytest
from fastapi.testclient import TestClient

from api.config import Settings
from api.main import create_app


@pytest.fixture(scope="module")
def client(fast_tagger):
    app = create_app(Settings(max_batch=3, max_text_chars=500), tagger=fast_tagger)
    with TestClient(app) as test_client:
        yield test_client


def test_classify_returns_offered_taxon_with_offsets(client):
    text = "Vends écrevisses de Louisiane vivantes, 5 € pièce"
    response = client.post("/v1/classify", json={"id": "a1", "text": text})
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == "a1"
    assert body["regulated_offer"] is True
    assert body["commodity"] == "live_animal"
    taxon = body["taxa"][0]
    assert taxon["scientific_name"] == "Procambarus clarkii"
    mention = taxon["mentions"][0]
    assert text[mention["start"] : mention["end"]] == mention["text"]


def test_classify_batch_keeps_request_order(client):
    listings = [{"id": "x", "text": "Goldfish, 2 euro"}, {"id": "y", "text": "Red-eared slider, €5"}]
    response = client.post("/v1/classify/batch", json={"listings": listings})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["x", "y"]
    assert [r["regulated_offer"] for r in results] == [False, True]


def test_classify_batch_over_limit_is_rejected(client):
    listings = [{"text": "Goldfish"}] * 4
    response = client.post("/v1/classify/batch", json={"listings": listings})
    assert response.status_code == 413
    assert response.json()["detail"] == (
        "batch has 4 listings, more than the limit of 3 (IAS_MAX_BATCH); send it in smaller batches"
    )


def test_classify_text_over_limit_is_rejected(client):
    response = client.post("/v1/classify", json={"text": "x" * 501})
    assert response.status_code == 413
    assert "more than the limit of 500 (IAS_MAX_TEXT_CHARS)" in response.json()["detail"]


def test_classify_missing_text_is_422(client):
    response = client.post("/v1/classify", json={"id": "a1"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "text"]


def test_read_taxon_lists_names_and_lists(client):
    response = client.get("/v1/taxa/2443002")
    assert response.status_code == 200
    body = response.json()
    assert body["scientific_name"] == "Trachemys scripta"
    assert {"name": "Red-eared slider", "language": "en"}.items() <= next(
        n for n in body["names"] if n["name"] == "Red-eared slider"
    ).items()
    assert body["lists"][0]["id"] == "eu-union-list"


def test_read_taxon_not_found(client):
    response = client.get("/v1/taxa/999")
    assert response.status_code == 404
    assert response.json()["detail"].startswith("taxon '999' not found in taxonomy eu-union-list@")


def test_healthz_reports_loaded_parts(client, taxonomy):
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["taxonomy_version"] == taxonomy.version
    assert body["semantic"] is False
    assert body["index_rows"] > 2000


def test_openapi_lists_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/classify", "/v1/classify/batch", "/v1/taxa/{taxon_id}", "/healthz"} <= paths.keys()
