"""End-to-end tagging on the fast path (dictionary, name shapes, lexical index, rules).

Each case is a hard case that the pipeline once got wrong or that the product must handle. The
expected values are what an expert reader of the listing would give.
"""

import pytest


def _taxa(result):
    return {t.scientific_name: t for t in result.taxa}


def _check_offsets(text, result):
    for taxon in result.taxa:
        for mention in taxon.mentions:
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text, offered",
    [
        ("Red-eared sliders for sale – 3 juveniles, €15 each", "Trachemys scripta"),
        ("RED EAR SLIDER babies x3, €45 for everything", "Trachemys scripta"),
        ("Vends écrevisses de Louisiane vivantes, 5 € pièce", "Procambarus clarkii"),
        ("Selling Eichornia crasipes for ponds, 10 plants €8", "Pontederia crassipes"),
        ("Procambarus clarki juveniles, shipping €10", "Procambarus clarkii"),
        ("Sprzedam szopa pracza, oswojony, odbiór Kraków", "Procyon lotor"),
        ("出售巴西龟苗，活体，每只10元，包邮", "Trachemys scripta"),
        ("Verkaufe Wasserhyazinthen aus meinem Teich, 10 Stück 8 €", "Pontederia crassipes"),
        ("Vendo semillas de Ailanthus altissima, 50 unidades 3 €", "Ailanthus altissima"),
        ("Eichhornia\ncrassipes plants for sale", "Pontederia crassipes"),
        ("Pennisetum setaceum in 3 l pots, €6 each", "Cenchrus setaceus"),
        ("Marbled crayfish wanted, will pay shipping", "Procambarus virginalis"),
        ("TRACHEMYS SCRIPTA ELEGANS – 3 babies, €10 each", "Trachemys scripta"),
        ("selling trachemys scripta hatchlings, €10 each", "Trachemys scripta"),
        ("Trachemys for sale: T. scripta elegans juveniles, €10 each", "Trachemys scripta"),
        ("Reynoutria x bohemica rhizomes, 5 pieces €4", "Reynoutria × bohemica"),
        ("Lysichitum americanum – 3 plants in 2 l pots, €12", "Lysichiton americanus"),
        ("Procyon lotor (Linnaeus, 1758) – zahmer Waschbär abzugeben", "Procyon lotor"),
        ("Pueraria montana var. lobata seeds, 20 seeds €3", "Pueraria montana var. lobata"),
        ("Orconectes limosus żywe, 20 sztuk, wysyłka", "Faxonius limosus"),
        ("Verkaufe Gelbwangen-Schmuckschildkröten, 2 Stück, 30 €", "Trachemys scripta"),
        ("Vendo Gambusia affinis, 20 ejemplares por 10 €", "Gambusia affinis"),
        ("Vendo gamberi della Louisiana vivi per laghetto", "Procambarus clarkii"),
    ],
)
def test_pipeline_finds_offered_taxon(fast_tagger, text, offered):
    result = fast_tagger.tag(text)
    taxa = _taxa(result)
    assert offered in taxa
    assert taxa[offered].offered
    assert result.regulated_offer
    _check_offsets(text, result)


@pytest.mark.parametrize(
    "text, mentioned, commodity",
    [
        ("Vintage American mink fur coat, size M, €120", "Neogale vison", "product"),
        ("Kudzu root starch 500 g, Pueraria montana var. lobata, shipping €4", "Pueraria montana var. lobata",
         "product"),
        ("Japanese knotweed removal service – survey and treatment, free quote", "Reynoutria japonica",
         "other"),
        ("Native pond plants. We do NOT sell Elodea nuttallii. €3 per pot", "Elodea nuttallii", "live_plant"),
        ("Brazilian pennywort – 10 stems. This is NOT floating pennywort (H. ranunculoides), which is banned.",
         "Hydrocotyle ranunculoides", "live_plant"),
        ("Écrevisses de Louisiane cuites surgelées, sachet de 1 kg, 9 €", "Procambarus clarkii", "product"),
        ("Aquaterrarium komplett für Gelbwangen-Schmuckschildkröte. NUR Becken + Technik, KEINE Tiere. VB 180 €",
         "Trachemys scripta", "other"),
    ],
)
def test_pipeline_mention_without_offer(fast_tagger, text, mentioned, commodity):
    result = fast_tagger.tag(text)
    taxa = _taxa(result)
    assert mentioned in taxa
    assert not taxa[mentioned].offered
    assert not result.regulated_offer
    assert result.commodity == commodity


@pytest.mark.parametrize(
    "text",
    [
        "Python developer wanted, remote, €60k",
        "Iris and vanilla scented candles, 3 for €10",
        "Puma sneakers size 42, barely worn",
        "Goldfish for the pond, 2 euro each",
        "Impatiens walleriana – 12 piantine fiorite, 1,50 € cad.",
        "Redclaw crayfish (Cherax quadricarinatus), tank bred, €10 each. Need warm water.",
        "Water lilies and crayfish traps for sale",
    ],
)
def test_pipeline_no_regulated_taxon(fast_tagger, text):
    result = fast_tagger.tag(text)
    assert result.taxa == []
    assert not result.regulated_offer


def test_pipeline_offsets_exclude_trailing_emoji(fast_tagger):
    text = "🐢🐢 Selling 3 red-eared sliders, 15 EUR each 🐢 raccoon 🐢"
    result = fast_tagger.tag(text)
    mentions = [m for t in result.taxa for m in t.mentions]
    assert sorted(m.text for m in mentions) == ["raccoon", "red-eared sliders"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    for evidence in result.evidence:
        if evidence.start is not None:
            assert text[evidence.start : evidence.end] == evidence.text


def test_pipeline_offsets_index_original_html_text(fast_tagger):
    text = "<p>Selling <b>Eich&shy;hornia crassipes</b> &amp; more</p>"
    result = fast_tagger.tag(text)
    mention = _taxa(result)["Pontederia crassipes"].mentions[0]
    assert text[mention.start : mention.end].startswith("Eich&shy;hornia")
    assert text[mention.start : mention.end].endswith("crassipes")


def test_pipeline_result_names_lists_and_version(fast_tagger, taxonomy):
    result = fast_tagger.tag("Selling red-eared sliders, €5 each", "l-1")
    taxon = _taxa(result)["Trachemys scripta"]
    assert result.id == "l-1"
    assert result.taxonomy_version == taxonomy.version
    assert [entry.id for entry in taxon.lists] == ["eu-union-list"]
    assert taxon.lists[0].kind == "negative"
    assert 0.0 < taxon.score <= 1.0


def test_pipeline_empty_text_tags_nothing(fast_tagger):
    result = fast_tagger.tag("   ")
    assert result.taxa == []
    assert result.language == "und"
