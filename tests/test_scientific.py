import pytest

from nlp.normalize import normalize
from nlp.scientific import ScientificLexicon, find_scientific_names
from taxonomy.schema import NameRecord

RECORDS = [
    NameRecord("2442941", "Trachemys scripta", "accepted", None, "test"),
    NameRecord("6157026", "Trachemys scripta elegans", "accepted", None, "test"),
    NameRecord("5294813", "Pontederia crassipes", "accepted", None, "test"),
    NameRecord("5294813", "Eichhornia crassipes", "synonym", None, "test"),
    NameRecord("2227300", "Procambarus clarkii", "accepted", None, "test"),
    NameRecord("5218786", "Procyon lotor", "accepted", None, "test"),
    NameRecord("2869329", "Lysichiton americanus", "accepted", None, "test"),
    NameRecord("2977346", "Pueraria montana var. lobata", "accepted", None, "test"),
    NameRecord("3190653", "Ailanthus altissima", "accepted", None, "test"),
    NameRecord("5274858", "Salvinia molesta", "accepted", None, "test"),
    NameRecord("local:cenchrus", "Cenchrus × advena", "accepted", None, "test"),
    NameRecord("2435099", "Puma concolor", "accepted", None, "test"),
    NameRecord("2465380", "Python bivittatus", "accepted", None, "test"),
    NameRecord("5218786", "szop pracz", "vernacular", "pl", "test"),
    # Two genera starting with "P" that share no epithet, so "P. clarkii" is unique.
    NameRecord("local:pistia", "Pistia stratiotes", "accepted", None, "test"),
]


@pytest.fixture(scope="module")
def lexicon():
    return ScientificLexicon.from_records(RECORDS)


def find(original, lexicon=None, genera=None):
    return find_scientific_names(normalize(original), genera, lexicon=lexicon)


def spans(mentions, original):
    return [original[mention.start : mention.end] for mention in mentions]


def test_lexicon_from_records_splits_names(lexicon):
    assert lexicon.genera["Trachemys"] == frozenset({"2442941", "6157026"})
    assert lexicon.epithets["Pueraria"] == frozenset({"montana"})
    assert lexicon.names["Pueraria montana var. lobata"] == ("2977346",)
    assert "Cenchrus" in lexicon.genera
    assert "szop" not in lexicon.genera


def test_scientific_binomial_known(lexicon):
    original = "Verkaufe Trachemys scripta, 3 Jahre alt"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Trachemys scripta"]
    assert mention.text == "Trachemys scripta"
    assert mention.finder == "scientific_name"
    assert mention.matched_name == "Trachemys scripta"
    assert mention.taxon_ids == ("2442941",)
    assert mention.details["evidence"] == ["known_genus", "known_epithet"]
    assert mention.score == pytest.approx(0.85)


def test_scientific_trinomial(lexicon):
    original = "Trachemys scripta elegans babies"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Trachemys scripta elegans"]
    assert mention.details["infraspecific"] == "elegans"
    assert mention.taxon_ids == ("6157026",)


def test_scientific_trinomial_stops_at_ordinary_word(lexicon):
    original = "Trachemys scripta para venda"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Trachemys scripta"]


def test_scientific_abbreviated_genus_from_listing(lexicon):
    original = "Trachemys scripta elegans und T. scripta troostii"
    mentions = find(original, lexicon)
    assert spans(mentions, original) == ["Trachemys scripta elegans", "T. scripta troostii"]
    abbreviated = mentions[1]
    assert abbreviated.matched_name == "Trachemys scripta troostii"
    assert abbreviated.details["expanded"] == "Trachemys scripta troostii"
    assert abbreviated.details["expanded_from"] == "listing"


def test_scientific_abbreviated_genus_from_lexicon(lexicon):
    original = "Verkaufe P. clarkii"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["P. clarkii"]
    assert mention.matched_name == "Procambarus clarkii"
    assert mention.details["expanded_from"] == "lexicon"
    assert mention.taxon_ids == ("2227300",)


def test_scientific_abbreviated_genus_ambiguous_not_expanded():
    lexicon = ScientificLexicon.from_records(
        [
            NameRecord("a", "Trachemys scripta", "accepted", None, "test"),
            NameRecord("b", "Tropidurus scripta", "accepted", None, "test"),
        ]
    )
    [mention] = find("T. scripta", lexicon)
    assert mention.matched_name == "T. scripta"
    assert "expanded" not in mention.details


def test_scientific_authorship_zoological(lexicon):
    original = "Procyon lotor (Linnaeus, 1758) Jungtiere"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Procyon lotor"]
    assert mention.details["authorship"] == "(Linnaeus, 1758)"
    start, end = mention.details["authorship_span"]
    assert original[start:end] == "(Linnaeus, 1758)"
    assert mention.score == pytest.approx(0.95)


def test_scientific_authorship_botanical(lexicon):
    original = "Ailanthus altissima (Mill.) Swingle seeds"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Ailanthus altissima"]
    assert mention.details["authorship"] == "(Mill.) Swingle"


def test_scientific_authorship_team(lexicon):
    original = "Lysichiton americanus Hultén & H.St.John"
    [mention] = find(original, lexicon)
    assert mention.details["authorship"] == "Hultén & H.St.John"


def test_scientific_bracketed_vernacular_is_not_authorship(lexicon):
    [mention] = find("Procyon lotor (Waschbär) abzugeben", lexicon)
    assert "authorship" not in mention.details


def test_scientific_capitalised_word_is_not_authorship(lexicon):
    [mention] = find("Trachemys scripta Verkauf", lexicon)
    assert "authorship" not in mention.details


def test_scientific_rank_marker(lexicon):
    original = "Samen von Pueraria montana var. lobata"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Pueraria montana var. lobata"]
    assert mention.details["rank"] == "var."
    assert mention.taxon_ids == ("2977346",)


@pytest.mark.parametrize(
    "original, canonical",
    [
        ("Pueraria montana subsp. lobata", "Pueraria montana subsp. lobata"),
        ("Pueraria montana ssp. lobata", "Pueraria montana subsp. lobata"),
        ("Pueraria montana f. lobata", "Pueraria montana f. lobata"),
        ("Pueraria montana forma lobata", "Pueraria montana f. lobata"),
    ],
)
def test_scientific_rank_marker_variants(lexicon, original, canonical):
    [mention] = find(original, lexicon)
    assert spans([mention], original) == [original]
    assert mention.matched_name == canonical


def test_scientific_hybrid_sign(lexicon):
    original = "Cenchrus × advena und Salvinia x molesta"
    mentions = find(original, lexicon)
    assert spans(mentions, original) == ["Cenchrus × advena", "Salvinia x molesta"]
    assert [mention.matched_name for mention in mentions] == ["Cenchrus × advena", "Salvinia × molesta"]
    assert all(mention.details["hybrid"] for mention in mentions)
    assert mentions[0].taxon_ids == ("local:cenchrus",)


def test_scientific_cultivar(lexicon):
    original = "Acer palmatum 'Rubrum' Baum"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Acer palmatum"]
    assert mention.details["cultivar"] == "Rubrum"
    start, end = mention.details["cultivar_span"]
    assert original[start:end] == "'Rubrum'"


def test_scientific_lowercase_with_known_genus(lexicon):
    original = "selling trachemys scripta babies"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["trachemys scripta"]
    assert mention.matched_name == "Trachemys scripta"


def test_scientific_lowercase_unknown_genus_ignored(lexicon):
    assert find("selling canis lupus today", lexicon) == []


def test_scientific_all_caps(lexicon):
    original = "TRACHEMYS SCRIPTA ELEGANS FOR SALE"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["TRACHEMYS SCRIPTA ELEGANS"]
    assert mention.matched_name == "Trachemys scripta elegans"


def test_scientific_all_caps_unknown_genus_ignored(lexicon):
    assert find("VENDO PECES TROPICALES", lexicon) == []


def test_scientific_name_split_across_lines(lexicon):
    original = "Eichhornia\ncrassipes"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == [original]
    assert mention.matched_name == "Eichhornia crassipes"


def test_scientific_name_hyphenated_across_lines(lexicon):
    original = "Eich-\nhornia crassipes"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == [original]
    assert mention.matched_name == "Eichhornia crassipes"


def test_scientific_misspelt_genus_and_epithet(lexicon):
    original = "Eichornia crasipes für den Teich"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Eichornia crasipes"]
    assert mention.details["genus"] == "Eichhornia"
    assert mention.details["closest_known"] == "Eichhornia crassipes"
    assert mention.taxon_ids == ()


def test_scientific_misspelt_epithet(lexicon):
    original = "Procambarus clarki lebend"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Procambarus clarki"]
    assert mention.details["closest_known"] == "Procambarus clarkii"
    assert "epithet_misspelt" in mention.details["evidence"]


def test_scientific_misspelling_with_genera_only():
    genera = {"Eichhornia": {"5294813"}, "Procambarus": {"2227300"}}
    original = "Eichornia crasipes und Procambarus clarki"
    mentions = find(original, genera=genera)
    assert spans(mentions, original) == ["Eichornia crasipes", "Procambarus clarki"]


def test_scientific_unknown_genus_with_latin_shape(lexicon):
    original = "Canis lupus familiaris"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == [original]
    assert mention.details["evidence"] == ["strong_latin_ending"]
    assert mention.score < 0.5


def test_scientific_offsets_in_html(lexicon):
    original = "<p>Verkaufe <i>Trachemys</i> <i>scripta</i> &amp; mehr</p>"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Trachemys</i> <i>scripta"]


def test_scientific_genera_only_known_name():
    genera = {"Trachemys": {"2442941"}}
    [mention] = find("Trachemys scripta", genera=genera)
    assert mention.details["evidence"] == ["known_genus", "latin_ending"]


def test_scientific_without_any_lexicon():
    assert find("Trachemys scripta") == []
    assert spans(find("Lithobates catesbeianus"), "Lithobates catesbeianus") == ["Lithobates catesbeianus"]


# Capitalised pairs that ordinary text produces; none may be reported as a Latin name, even when
# the first word is a known genus (Puma, Python).
FALSE_FRIENDS = [
    "Puma Sport",
    "Puma sneakers",
    "Python Developer",
    "Python developer jobs",
    "Ford Focus",
    "New York",
    "Berlin Mitte",
    "Vendo peces",
    "Vendo tortugas",
    "Regalo tortuga",
    "Neue Pflanzen",
    "Selling pond",
    "Selling cactus",
    "Beautiful hibiscus",
    "Pianta acquatica",
    "Planta acuatica",
    "Verkaufe junge Schildkröten",
    "Muss raus",
    "Biete gratis Ableger",
    "Compro plantas",
    "Sprzedam szopa",
    "Te koop",
    "Jaguar Type",
    "Panda Express",
    "Mr. smith",
    "Preis 20 Euro VB",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_scientific_false_friends(lexicon, text):
    assert find(text, lexicon) == []


def test_scientific_full_taxonomy():
    from taxonomy.loader import load_taxonomy

    taxonomy = load_taxonomy()
    lexicon = ScientificLexicon.from_records(taxonomy.names)
    original = "Procambarus clarkii und Eichornia crasipes, dazu P. virginalis. Neue Pflanzen, Vendo peces"
    mentions = find(original, lexicon)
    assert spans(mentions, original) == ["Procambarus clarkii", "Eichornia crasipes", "P. virginalis"]
    by_name = {taxon.scientific_name: taxon.id for taxon in taxonomy.taxa.values()}
    assert mentions[0].taxon_ids == (by_name["Procambarus clarkii"],)
    assert mentions[2].matched_name == "Procambarus virginalis"
    genera_mentions = find(original, genera=taxonomy.genera())
    assert spans(genera_mentions, original)[:2] == ["Procambarus clarkii", "Eichornia crasipes"]


def test_scientific_abbreviation_after_lone_genus():
    lexicon = ScientificLexicon.from_records(
        [
            NameRecord("a", "Trachemys scripta", "accepted", None, "test"),
            NameRecord("b", "Tropidurus scripta", "accepted", None, "test"),
        ]
    )
    original = "Trachemys-Arten, z. B. T. scripta"
    mentions = find(original, lexicon)
    assert spans(mentions, original) == ["T. scripta"]
    assert mentions[0].matched_name == "Trachemys scripta"
    assert mentions[0].details["expanded_from"] == "listing"
