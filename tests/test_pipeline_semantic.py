"""End-to-end tagging on the full path, with multilingual-e5-small and the semantic index."""

import pytest


@pytest.mark.parametrize(
    "text, offered",
    [
        ("RED EAR SLIDER babies x3, €45 for everything", "Trachemys scripta"),
        ("Écrevisses de Lousiane VIVANTES, 12 €/kg", "Procambarus clarkii"),
        ("Selling Eichornia crasipes for ponds, 10 plants €8", "Pontederia crassipes"),
        ("Sprzedam szopa pracza, oswojony, odbiór Kraków", "Procyon lotor"),
        ("出售巴西龟苗，活体，每只10元，包邮", "Trachemys scripta"),
    ],
)
def test_semantic_pipeline_finds_offered_taxon(tagger, text, offered):
    result = tagger.tag(text)
    taxa = {t.scientific_name: t for t in result.taxa}
    assert offered in taxa
    assert taxa[offered].offered
    assert result.regulated_offer


@pytest.mark.parametrize(
    "text",
    [
        "African dwarf frogs x4, not African clawed frogs, €6 each",
        "Semillas de Cardiospermum halicacabum, 15 semillas 2 €. Bizum o transferencia.",
        "Redclaw crayfish (Cherax quadricarinatus), tank bred, €10 each",
    ],
)
def test_semantic_pipeline_no_offer_for_lookalikes(tagger, text):
    result = tagger.tag(text)
    assert not result.regulated_offer


def test_semantic_pipeline_reports_encoder(tagger):
    assert tagger.info.semantic
    assert tagger.info.encoder_model.startswith("intfloat/multilingual-e5-small")


def test_new_taxonomy_version_encodes_only_new_names(tagger, tmp_path, monkeypatch):
    from taxonomy.curation import CurationStore
    from taxonomy.loader import DEFAULT_DATASET_DIR

    store = CurationStore(f"sqlite:///{tmp_path / 'curation.sqlite'}", tmp_path / "curation")
    store.seed(DEFAULT_DATASET_DIR, "test")
    store.add_name("test", "trade name", "9442269", "Zauberkrebs", "trade", "de")

    encoder = tagger.linker.generator.encoder
    encoded = []
    original = encoder.encode_queries

    def counting(texts, *args, **kwargs):
        encoded.extend(texts)
        return original(texts, *args, **kwargs)

    monkeypatch.setattr(encoder, "encode_queries", counting)
    swapped = tagger.for_taxonomy(store.taxonomy(), tmp_path / "cache")
    assert len(encoded) == 1
    assert swapped.encoder is tagger.encoder
    assert swapped.ner is tagger.ner
    result = swapped.tag("Verkaufe Zauberkrebse, 10 Stück")
    assert [t.scientific_name for t in result.taxa if t.offered] == ["Procambarus virginalis"]
    assert tagger.taxonomy.version != swapped.taxonomy.version
    store.close()
