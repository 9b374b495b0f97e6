"""The curation store on SQLite and on PostgreSQL (see the store_url fixture): seeding, name
changes, conflicts, revert and audit."""

import pytest

from taxonomy.curation import ConflictError, CurationError, CurationStore
from taxonomy.loader import DEFAULT_DATASET_DIR, load_taxonomy

# Procambarus virginalis, the marbled crayfish, on the EU Union list.
MARBLED_CRAYFISH = "9442269"


def _name_id(change: dict) -> int:
    return int(change["entity_id"])


def test_seed_keeps_shipped_version(store):
    shipped = load_taxonomy()
    curated = store.taxonomy()
    assert curated.version == shipped.version
    assert len(curated.names) == len(shipped.names)


def test_seed_twice_rejected(store):
    with pytest.raises(CurationError, match="already seeded"):
        store.seed(DEFAULT_DATASET_DIR, "seeder")


def test_add_trade_name_makes_new_version(store):
    before = store.taxonomy().version
    change = store.add_name("curator", "sold under this name on aquarium forums", MARBLED_CRAYFISH,
                            "Zauberkrebs", "trade", "de")

    curated = store.taxonomy()
    assert curated.version != before
    assert change["taxonomy_version"] == curated.version
    assert ("Zauberkrebs", "trade", "de") in {(n.name, n.form, n.language) for n in curated.names_of(MARBLED_CRAYFISH)}
    assert change["before"] is None
    assert change["after"]["name"] == "Zauberkrebs"
    assert change["actor"] == "curator"


def test_add_name_needs_comment(store):
    with pytest.raises(CurationError, match="comment is missing"):
        store.add_name("curator", "  ", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de")


def test_add_name_to_unknown_taxon(store):
    with pytest.raises(CurationError, match="'999' is not in the store"):
        store.add_name("curator", "test", "999", "Zauberkrebs", "trade", "de")


def test_invalid_change_rolled_back(store):
    version = store.taxonomy().version
    # A trade name needs a language tag; the validator rejects it and nothing is stored.
    with pytest.raises(CurationError, match="invalid"):
        store.add_name("curator", "missing language", MARBLED_CRAYFISH, "Zauberkrebs", "trade")
    assert store.taxonomy().version == version
    assert [c["action"] for c in store.changes()] == ["seed"]


def test_stale_revision_is_conflict(store):
    name_id = _name_id(store.add_name("curator", "trade name", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de"))
    store.edit_name("curator-a", "fix spelling", name_id, 1, name="Zauber-Krebs")
    with pytest.raises(ConflictError, match="revision 2, not 1"):
        store.retire_name("curator-b", "retire it", name_id, 1)
    assert store.name(name_id)["name"] == "Zauber-Krebs"


def test_revert_add_restores_version(store):
    shipped_version = store.taxonomy().version
    change = store.add_name("curator", "trade name", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de")

    reverted = store.revert("curator", "wrong taxon", change["id"])
    assert reverted["reverts_id"] == change["id"]
    assert store.taxonomy().version == shipped_version
    assert store.name(_name_id(change))["retired"] is True


def test_revert_edit_restores_fields(store):
    name_id = _name_id(store.add_name("curator", "trade name", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de"))
    edit = store.edit_name("curator", "spelling", name_id, 1, name="Zauber-Krebs")
    store.revert("curator", "the old spelling was right", edit["id"])
    assert store.name(name_id)["name"] == "Zauberkrebs"


def test_revert_twice_rejected(store):
    change = store.add_name("curator", "trade name", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de")
    store.revert("curator", "undo", change["id"])
    with pytest.raises(CurationError, match="already reverted"):
        store.revert("curator", "undo again", change["id"])


def test_audit_lists_every_step(store):
    change = store.add_name("curator", "trade name", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de")
    store.revert("admin", "undo", change["id"])
    entries = store.changes()
    assert [e["action"] for e in entries] == ["revert", "add_name", "seed"]
    assert [e["comment"] for e in entries[:2]] == ["undo", "trade name"]
    assert [e["action"] for e in store.changes(entity_id=change["entity_id"])] == ["revert", "add_name"]


def test_store_reopens_with_its_data(store_url, tmp_path):
    first = CurationStore(store_url, tmp_path / "exports")
    first.seed(DEFAULT_DATASET_DIR, "seeder")
    first.add_name("curator", "trade name", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de")
    version = first.taxonomy().version
    first.close()

    second = CurationStore(store_url, tmp_path / "exports")
    assert second.taxonomy().version == version
    assert len(second.changes()) == 2
    second.close()


def test_trade_name_links_after_add(store, tmp_path):
    from nlp.pipeline import Tagger

    listing = "Verkaufe Zauberkrebse, 10 Stück, Versand möglich"

    def offered(taxonomy):
        result = Tagger(taxonomy, tmp_path / "index-cache", model=None).tag(listing)
        return result.taxonomy_version, {t.scientific_name for t in result.taxa if t.offered}

    change = store.add_name("curator", "trade name seen in listings", MARBLED_CRAYFISH, "Zauberkrebs", "trade", "de")
    version, taxa = offered(store.taxonomy())
    assert version == change["taxonomy_version"]
    assert taxa == {"Procambarus virginalis"}

    store.revert("curator", "test done", change["id"])
    version, taxa = offered(store.taxonomy())
    assert version == load_taxonomy().version
    assert taxa == set()


def test_ignore_entry_stops_link_in_its_language(store, tmp_path):
    from nlp.pipeline import Tagger

    def taxa(text):
        result = Tagger(store.taxonomy(), tmp_path / "index-cache", model=None).tag(text)
        return [t.scientific_name for t in result.taxa]

    assert taxa("Verkaufe Marmorkrebse, 10 Stück") == ["Procambarus virginalis"]
    change = store.add_ignore("curator", "shop brand in Germany", "Marmorkrebse", "de")
    assert taxa("Verkaufe Marmorkrebse, 10 Stück") == []
    assert taxa("Selling Marmorkrebse, 10 pieces") == ["Procambarus virginalis"]

    store.revert("curator", "brand gone", change["id"])
    assert taxa("Verkaufe Marmorkrebse, 10 Stück") == ["Procambarus virginalis"]
    assert store.taxonomy().version == load_taxonomy().version


def test_add_taxon_list_and_membership_then_revert(store, tmp_path):
    from datetime import date

    from nlp.pipeline import Tagger
    from taxonomy.schema import Membership, Taxon, TaxonList

    shipped_version = store.taxonomy().version
    added_list = store.add_list("admin", "national ban", TaxonList("xx-ban", "Prohibited species of XX", "XX",
                                                                    "Act 1/2026", date(2026, 1, 1), "negative"))
    added_taxon = store.add_taxon("curator", "newly banned turtle", Taxon(
        "local:macrochelys-temminckii", "Macrochelys temminckii", "(Troost, 1835)", "species", "Animalia", "reptiles"))
    entry = store.set_membership("curator", "listed by Act 1/2026", Membership(
        "xx-ban", "local:macrochelys-temminckii", date(2026, 3, 1), "Macrochelys temminckii"))

    result = Tagger(store.taxonomy(), tmp_path / "index-cache", model=None).tag("Selling Macrochelys temminckii, 5 euro")
    assert [(t.scientific_name, [lst.id for lst in t.lists]) for t in result.taxa] == [
        ("Macrochelys temminckii", ["xx-ban"])]

    with pytest.raises(ConflictError, match="has entries now"):
        store.revert("admin", "too early", added_list["id"])
    for change in (entry, added_taxon, added_list):
        store.revert("admin", "undo", change["id"])
    assert store.taxonomy().version == shipped_version


def test_membership_needs_known_list(store):
    from datetime import date

    from taxonomy.schema import Membership

    with pytest.raises(CurationError, match="list id 'nope' is not in the store"):
        store.set_membership("curator", "x", Membership("nope", MARBLED_CRAYFISH, date(2026, 1, 1)))
