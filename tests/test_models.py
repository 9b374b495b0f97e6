"""The committed NER tagger, span projection and listing classifier, loaded by the full pipeline."""

import pytest

from nlp.classifier import INTENTS, ListingClassifier
from nlp.ner import NerModel
from nlp.result import COMMODITIES


def test_artifacts_load_and_match_the_code():
    ner = NerModel.load()
    classifier = ListingClassifier.load()
    assert 0 < ner.threshold < 1
    assert set(classifier.config["temperature"]) == {"commodity", "intent"}


def test_full_pipeline_loads_the_models(tagger):
    assert tagger.info.ner and tagger.info.classifier
    assert tagger.linker.projection is not None


def test_one_encoder_pass_per_listing(tagger, monkeypatch):
    encoder = tagger.linker.generator.encoder
    calls = {"token_embeddings": 0, "encode_queries": 0}
    for name in calls:
        method = getattr(encoder, name)

        def counted(*args, _method=method, _name=name, **kwargs):
            calls[_name] += 1
            return _method(*args, **kwargs)

        monkeypatch.setattr(encoder, name, counted)
    tagger.tag("Verkaufe Waschbären, handzahm, 80 €\nAbholung in Kassel")
    assert calls == {"token_embeddings": 1, "encode_queries": 0}


def test_classifier_probabilities_are_distributions(tagger):
    result = tagger.tag("Selling red-eared sliders, 5 cm, €10 each")
    assert set(result.classifier["commodity"].probabilities) == set(COMMODITIES)
    assert set(result.classifier["intent"].probabilities) == set(INTENTS)
    for output in result.classifier.values():
        assert sum(output.probabilities.values()) == pytest.approx(1.0, abs=1e-3)


def test_unknown_latin_name_is_reported_unlisted(tagger):
    text = "Selling Graptemys pseudogeographica hatchlings, 25 € each"
    result = tagger.tag(text)
    assert not result.regulated_offer
    assert [m.text for m in result.unlisted_mentions if m.kind == "scientific"] == ["Graptemys pseudogeographica"]


@pytest.mark.parametrize(
    "text",
    [
        "Kudzu root starch 500 g, vacuum packed, 9 € a bag",
        "Raccoon fur hat, vintage, size M, 40 €",
        "Looking for pest control: raccoons in our garage in Leeds, please call",
    ],
)
def test_hard_negatives_are_not_offers(tagger, text):
    assert not tagger.tag(text).regulated_offer


def test_live_offer_is_found_on_the_full_path(tagger):
    result = tagger.tag("Verkaufe Waschbären, handzahm, 80 €\nAbholung in Kassel")
    assert result.regulated_offer
    assert [t.scientific_name for t in result.taxa if t.offered] == ["Procyon lotor"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Authors after a name are not names, however sure the tagger is of them.
        ("Die Art Andropogon aromaticus Sieber ex Schult. wächst hier wild.", ["Andropogon aromaticus"]),
        ("The record of Rumex usambarensis (Engl. ex Dammer) Dammer was checked.", ["Rumex usambarensis"]),
        # The tagger is sure of the genus only; the noun after it stays out of the name.
        ("Filamentous fungi in the genus Aspergillus synthesize many metabolites.", ["Aspergillus"]),
        ("We sowed Arabidopsis seed on agar plates.", ["Arabidopsis"]),
        # A rare two-letter genus whose epithet the tagger is sure of keeps its whole name.
        ("Le spécimen Bb nitida (Smith, 1901) est conservé au musée.", ["Bb nitida"]),
        # Epithets listed after a name stand with it, a truncated last one too, and never alone.
        ("Das Herbar enthält Belege von Quercus petraea, pubescens, robur aus Ungarn.",
         ["Quercus petraea", "pubescens", "robur"]),
        ("The herbarium holds Quercus robur, petraea, pubesc from Hungary.", ["Quercus"]),
        ("Le nom ⨉Cupressocyparis leylandii, dans la flore moderne", ["⨉Cupressocyparis leylandii"]),
        # A word about names is not a genus.
        ("De Linnaean-nomenclatuur kent de naam Cupressus funebris.", ["Cupressus funebris"]),
    ],
)
def test_ner_and_name_shapes_agree_on_latin_names(tagger, text, names):
    from nlp.normalize import normalize

    mentions, _, _ = tagger.find_mentions(normalize(text), "en")
    assert [m.text for m in mentions if m.form != "vernacular"] == names
