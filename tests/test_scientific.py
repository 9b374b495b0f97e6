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


# Names written in the forms of the botanical and zoological codes. The lexicon is separate from
# RECORDS so that its genera do not change the abbreviation cases above.
FORM_RECORDS = [
    NameRecord("t:plicata", "Thuja plicata", "accepted", None, "test"),
    NameRecord("t:occidentalis", "Thuja occidentalis", "accepted", None, "test"),
    NameRecord("t:rosa", "Rosa gallica", "accepted", None, "test"),
    NameRecord("t:canina", "Rosa canina", "accepted", None, "test"),
    NameRecord("t:anthus", "Anthus hodgsoni", "accepted", None, "test"),
    NameRecord("t:pilea", "Pilea pallidula", "accepted", None, "test"),
    NameRecord("t:puma", "Puma concolor", "accepted", None, "test"),
    NameRecord("t:ailanthus", "Ailanthus altissima", "accepted", None, "test"),
    NameRecord("t:trachemys", "Trachemys scripta", "accepted", None, "test"),
    NameRecord("t:leylandii", "× Cupressocyparis leylandii", "accepted", None, "test"),
]


@pytest.fixture(scope="module")
def forms():
    return ScientificLexicon.from_records(FORM_RECORDS)


def find_all(original, lexicon=None):
    return find_scientific_names(normalize(original), lexicon=lexicon, keep_unsupported=True)


@pytest.mark.parametrize(
    "original, span, canonical",
    [
        ("Verkaufe Polystichum spp. aus dem Garten", "Polystichum spp.", "Polystichum spp."),
        ("Semillas de Polystichum sp. para el jardín", "Polystichum sp.", "Polystichum sp."),
        ("Polystichum sp", "Polystichum sp", "Polystichum sp."),
        ("Un crâne de Homo sapiens ssp. au musée", "Homo sapiens ssp.", "Homo sapiens subsp."),
        ("Homo sapiens subsp. in der Vitrine", "Homo sapiens subsp.", "Homo sapiens subsp."),
        ("Homo sapiens subspp. in der Vitrine", "Homo sapiens subspp.", "Homo sapiens subspp."),
        ("Zaden van Pueraria montana var.", "Pueraria montana var.", "Pueraria montana var."),
        ("Acer sp. w doniczce", "Acer sp.", "Acer sp."),
    ],
)
def test_scientific_trailing_marker(original, span, canonical):
    [mention] = find(original)
    assert spans([mention], original) == [span]
    assert mention.matched_name == canonical
    assert "rank_marker" in mention.details["evidence"]


def test_scientific_trailing_marker_known_genus(lexicon):
    original = "Procyon spp. im Zoo"
    [mention] = find(original, lexicon)
    assert spans([mention], original) == ["Procyon spp."]
    assert mention.details["genus"] == "Procyon"
    assert mention.details["marker"] == "spp."
    assert "epithet" not in mention.details


@pytest.mark.parametrize(
    "text",
    [
        "Kit sp included",
        "Mehrere Pflanzen sp. abzugeben",
        "Versand ssp. möglich",
        "Total spp. ten",
        "Hortensia sp. z o.o.",
    ],
)
def test_scientific_marker_needs_latin_genus(text):
    assert find(text) == []


def test_scientific_new_name_annotation():
    original = "Xenoturbella fictia sp. nov. wurde 2020 beschrieben"
    [mention] = find(original)
    assert spans([mention], original) == ["Xenoturbella fictia"]
    assert mention.details["annotations"] == ["sp. nov."]
    original = "Berberis darwinii subsp. nov. aus Chile"
    [mention] = find(original)
    assert spans([mention], original) == ["Berberis darwinii"]
    assert mention.details["annotations"] == ["subsp. nov."]
    assert "infraspecific" not in mention.details


@pytest.mark.parametrize(
    "original, span, qualifier, canonical",
    [
        ("Ein Corvus cf. nasicus im Käfig", "Corvus cf. nasicus", "cf.", "Corvus nasicus"),
        ("Vendo Cupressus cf. sempervirens", "Cupressus cf. sempervirens", "cf.", "Cupressus sempervirens"),
        ("Cupressus aff. sempervirens, 2 m", "Cupressus aff. sempervirens", "aff.", "Cupressus sempervirens"),
        ("Corvus nr. nasicus", "Corvus nr. nasicus", "nr.", "Corvus nasicus"),
    ],
)
def test_scientific_qualifier(original, span, qualifier, canonical):
    [mention] = find(original)
    assert spans([mention], original) == [span]
    assert mention.details["qualifier"] == qualifier
    assert mention.matched_name == canonical
    assert "qualifier" in mention.details["evidence"]


def test_scientific_qualifier_in_prose():
    assert find("Details cf. website") == []


@pytest.mark.parametrize(
    "original, span, canonical",
    [
        ("Samen von Centaurea Cyanus, frisch geerntet", "Centaurea Cyanus", "Centaurea cyanus"),
        ("Jeune Pseudotsuga Menziesii à vendre", "Pseudotsuga Menziesii", "Pseudotsuga menziesii"),
        ("Berberis darwinii subsp. Darwinii", "Berberis darwinii subsp. Darwinii", "Berberis darwinii subsp. darwinii"),
    ],
)
def test_scientific_capitalised_epithet(original, span, canonical):
    [mention] = find(original)
    assert spans([mention], original) == [span]
    assert mention.matched_name == canonical


def test_scientific_capitalised_epithet_needs_evidence(forms):
    # "Roma" ends like a Latin word but is a shoe, and the genus alone is not enough.
    assert find("Puma Roma Sneaker", forms) == []
    assert find("Puma Concolor im Gehege", forms)[0].matched_name == "Puma concolor"
    assert find("Monstera Deliciosa Ableger", forms) == []
    [mention] = find_all("Monstera Deliciosa Ableger", forms)
    assert mention.text == "Monstera Deliciosa"
    assert mention.details["accepted"] is False


def test_scientific_genus_after_capitalised_word(forms):
    original = "Kaufe Ailanthus altissima"
    assert spans(find_all(original, forms), original) == ["Ailanthus altissima"]
    original = "Verkaufe Ailanthuss altissima"
    assert spans(find_all(original, forms), original) == ["Ailanthuss altissima"]


@pytest.mark.parametrize(
    "original, span, species_authorship, authorship, canonical",
    [
        ("Rosa gallica L. var. gallica", "Rosa gallica L. var. gallica", "L.", None, "Rosa gallica var. gallica"),
        ("Sorbus aria Ma., Xix. & Pun. var. alba kaufen", "Sorbus aria Ma., Xix. & Pun. var. alba",
         "Ma., Xix. & Pun.", None, "Sorbus aria var. alba"),
        ("Cupressus cf. arizonica Greene var. glabra (Sudworth) Little", "Cupressus cf. arizonica Greene var. glabra",
         "Greene", "(Sudworth) Little", "Cupressus arizonica var. glabra"),
        ("Crataegus monogyna Jacq. subsp. nordica", "Crataegus monogyna Jacq. subsp. nordica", "Jacq.", None,
         "Crataegus monogyna subsp. nordica"),
    ],
)
def test_scientific_authorship_before_rank_marker(original, span, species_authorship, authorship, canonical):
    [mention] = find(original)
    assert spans([mention], original) == [span]
    assert mention.details["species_authorship"] == species_authorship
    assert mention.details.get("authorship") == authorship
    assert mention.matched_name == canonical
    start, end = mention.details["species_authorship_span"]
    assert original[start:end] == species_authorship


@pytest.mark.parametrize(
    "original, span, canonical",
    [
        ("Cupressus ⨉notablis im Topf", "Cupressus ⨉notablis", "Cupressus × notablis"),
        ("Menthe Mentha × piperita en pot", "Mentha × piperita", "Mentha × piperita"),
        ("Mentha ⨯piperita", "Mentha ⨯piperita", "Mentha × piperita"),
        ("Mentha ✕ piperita", "Mentha ✕ piperita", "Mentha × piperita"),
        ("Callitropsis macnabiana x sargentii", "Callitropsis macnabiana x sargentii",
         "Callitropsis macnabiana × sargentii"),
        ("Cupressus macnabiana ⨉ sargentii", "Cupressus macnabiana ⨉ sargentii", "Cupressus macnabiana × sargentii"),
        ("Farn Dryopteris ⨉ Polystichum singulare", "Dryopteris ⨉ Polystichum singulare",
         "Dryopteris × Polystichum singulare"),
        ("⨉Dryostichum singulare", "⨉Dryostichum singulare", "× Dryostichum singulare"),
        ("Hecke aus ×Cupressocyparis leylandii", "×Cupressocyparis leylandii", "× Cupressocyparis leylandii"),
        ("Haie ✕Cupressocyparis leylandii", "✕Cupressocyparis leylandii", "× Cupressocyparis leylandii"),
    ],
)
def test_scientific_hybrid_forms(original, span, canonical):
    [mention] = find(original)
    assert spans([mention], original) == [span]
    assert mention.matched_name == canonical
    assert "hybrid_sign" in mention.details["evidence"] or " x " in span


def test_scientific_hybrid_formula_abbreviated():
    original = "Cupressus nootkatensis und C. macnabiana ⨉ sargentii"
    mentions = find(original)
    assert spans(mentions, original) == ["Cupressus nootkatensis", "C. macnabiana ⨉ sargentii"]
    assert mentions[1].details["expanded"] == "Cupressus macnabiana × sargentii"
    assert mentions[1].details["second_parent"] == "sargentii"


def test_scientific_nothogenus_taxon_ids(forms):
    [mention] = find("×Cupressocyparis leylandii", forms)
    assert mention.taxon_ids == ("t:leylandii",)
    assert mention.details["nothogenus"] is True


def test_scientific_letter_x_parent():
    assert find("Tank x large included") == []


@pytest.mark.parametrize(
    "original, span",
    [
        ("Wedel von Pha. munitum", "Pha. munitum"),
        ("Ch. thyoides", "Ch. thyoides"),
        ("Pieper A. h. berezowskii", "A. h. berezowskii"),
        ("Anthus h. berezowskii", "Anthus h. berezowskii"),
    ],
)
def test_scientific_abbreviations(original, span):
    [mention] = find(original)
    assert spans([mention], original) == [span]


def test_scientific_abbreviated_epithet_expanded(forms):
    [mention] = find("Anthus h. berezowskii", forms)
    assert mention.matched_name == "Anthus hodgsoni berezowskii"
    assert mention.details["expanded"] == "Anthus hodgsoni berezowskii"
    assert mention.details["epithet_abbreviation"] == "h."
    original = "Anthus montanus alpinus und A. m. berezowskii"
    mentions = find(original)
    assert spans(mentions, original) == ["Anthus montanus alpinus", "A. m. berezowskii"]
    assert mentions[1].matched_name == "Anthus montanus berezowskii"


def test_scientific_abbreviated_epithet_alone():
    assert find("Tel. z. B. morgen") == []
    assert find("Anthus h. und mehr") == []


def test_scientific_zoological_trinomial(forms):
    original = "Anthus hodgsoni berezowskii im Bestimmungsbuch"
    [mention] = find(original, forms)
    assert spans([mention], original) == ["Anthus hodgsoni berezowskii"]
    assert mention.details["infraspecific"] == "berezowskii"
    assert "rank" not in mention.details
    # Without a lexicon the weak ending of "hodgsoni" decides, as for a binomial. The third word
    # does not help, because prose has the same shape ("T. nigriceps larvae").
    assert find(original) == []
    assert find("Zucht von T. nigriceps larvae") == []


@pytest.mark.parametrize(
    "original, span, key, value",
    [
        ("Xyris (X.) alba", "Xyris (X.) alba", "subgenus", "X."),
        ("Xyris (Xyris) communis en maceta", "Xyris (Xyris) communis", "subgenus", "Xyris"),
        ("Helianthemum sect. Atlanthemum apenninum", "Helianthemum sect. Atlanthemum apenninum", "section",
         "sect. Atlanthemum"),
        ("Helianthemum §Atlanthemum apenninum", "Helianthemum §Atlanthemum apenninum", "section", "§Atlanthemum"),
        ("Xyris §X. floridana", "Xyris §X. floridana", "section", "§X."),
    ],
)
def test_scientific_subgenus_and_section(original, span, key, value):
    [mention] = find_all(original)
    assert spans([mention], original) == [span]
    assert mention.details[key] == value
    assert mention.details["accepted"] is True


def test_scientific_bracket_in_prose():
    assert find("Pond (Garden) plants for sale") == []
    assert find("Syndiniales (Alveolata) are marine parasites") == []


@pytest.mark.parametrize(
    "original, span",
    [
        ("Skelett von †Passer domesticus", "Passer domesticus"),
        ("Knochen Hydrodamalis gigas†, Replik", "Hydrodamalis gigas"),
        ("Stellers Seekuh (H. gigas†)", "H. gigas"),
    ],
)
def test_scientific_dagger(original, span):
    [mention] = find(original)
    assert spans([mention], original) == [span]
    assert mention.details["dagger"] is True
    assert "dagger" in mention.details["evidence"]


@pytest.mark.parametrize(
    "suffix",
    [
        "nom. rej.",
        "nom. nud.",
        "auct. non Vahl",
        "sensu lato",
        "s.l.",
        "s. str.",
        "sp. nov.",
        "subsp. nov.",
        "sp. et subsp. nov.",
        "comb. nov.",
        "Xu et al., 2015",
        "Huang & Zhang, 2005",
        "Huang et Zhang, 2005",
        "(Borja & Rivas Goday ex G.López) Mateo",
        "Wahlenb. in Acharius, Methodus, Suppl.",
        "DC",
        "Thomas, 1902",
        "Sieber ex Schult.",
        "Xmpr.",
        "Müller, 1776",
        "L. nom. cons.",
    ],
)
def test_scientific_annotations_after_name(forms, suffix):
    original = f"Rosa canina {suffix} wird verkauft"
    mentions = find_all(original, forms)
    assert spans(mentions, original) == ["Rosa canina"]
    assert mentions[0].details["authorship"] == suffix
    start, end = mentions[0].details["authorship_span"]
    assert original[start:end] == suffix


def test_scientific_authorship_before_next_name(forms):
    original = "Rosa canina L., Rosa gallica L."
    mentions = find(original, forms)
    assert spans(mentions, original) == ["Rosa canina", "Rosa gallica"]
    assert [mention.details["authorship"] for mention in mentions] == ["L.", "L."]


def test_scientific_epithet_list(forms):
    original = "Hecke aus Thuja plicata, occidentalis y orientalis"
    mentions = find(original, forms)
    assert spans(mentions, original) == ["Thuja plicata", "occidentalis", "orientalis"]
    assert [mention.matched_name for mention in mentions] == [
        "Thuja plicata", "Thuja occidentalis", "Thuja orientalis"
    ]
    assert mentions[1].details["expanded"] == "Thuja occidentalis"
    assert mentions[1].taxon_ids == ("t:occidentalis",)
    assert "epithet_list" in mentions[2].details["evidence"]


def test_scientific_epithet_list_unsupported_items(forms):
    original = "P. pallidula, orbula, xantr"
    assert spans(find(original, forms), original) == ["P. pallidula"]
    mentions = find_all(original, forms)
    assert spans(mentions, original) == ["P. pallidula", "orbula", "xantr"]
    assert [mention.details["accepted"] for mention in mentions] == [True, False, False]
    assert mentions[1].details["expanded"] == "Pilea orbula"


@pytest.mark.parametrize(
    "text", ["Trachemys scripta, turtles, tanks", "Vendo Trachemys scripta, tortuga barata"]
)
def test_scientific_ordinary_list_after_name(forms, text):
    # An item followed by running text ("tortuga barata") comes back only as unsupported, for the NER.
    assert spans(find(text, forms), text) == ["Trachemys scripta"]
    mentions = find_all(text, forms)
    assert spans(mentions[:1], text) == ["Trachemys scripta"]
    assert all(m.details["accepted"] is False for m in mentions[1:])


@pytest.mark.parametrize("original", ["Cenchrus advena", "Aa erosa", "Ia io", "Yi qi"])
def test_scientific_unsupported_candidates(original):
    assert find(original) == []
    [mention] = find_all(original)
    assert spans([mention], original) == [original]
    assert mention.details["accepted"] is False
    assert isinstance(mention.details["evidence"], list)


def test_scientific_unsupported_candidate_evidence():
    [mention] = find_all("Cenchrus advena")
    assert mention.details["evidence"] == ["latin_ending"]


def test_scientific_accepted_flag(lexicon):
    [mention] = find_all("Trachemys scripta", lexicon)
    assert mention.details["accepted"] is True
    assert mention.details["evidence"] == ["known_genus", "known_epithet"]
    [mention] = find("Trachemys scripta", lexicon)
    assert "accepted" not in mention.details


@pytest.mark.parametrize("text", ["The turtle", "La tortuga", "Aa\nerosa", "Selling pond", "Vendo peces"])
def test_scientific_unsupported_non_names(text):
    assert find_all(text) == []


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_scientific_false_friends_unaccepted(lexicon, text):
    assert all(mention.details["accepted"] is False for mention in find_all(text, lexicon))


def test_scientific_authorship_conjunction_before_name(forms):
    original = "Il vend Rosa canina L. et Rosa gallica L."
    mentions = find(original, forms)
    assert spans(mentions, original) == ["Rosa canina", "Rosa gallica"]
    assert mentions[0].details["authorship"] == "L."


def test_scientific_placeholder_with_inner_authorship():
    # "Genus" is on the common-word list, but authorship before a rank marker is written only in names.
    original = "Genus species Mill. subsp. rothmaleri"
    [mention] = find(original)
    assert spans([mention], original) == [original]
    assert mention.matched_name == "Genus species subsp. rothmaleri"


def test_scientific_hybrid_sign_offsets_in_html():
    original = "<p>Haie <b>✕Cupressocyparis</b> leylandii, <i>Mentha</i> ✕ <i>piperita</i></p>"
    mentions = find(original)
    assert spans(mentions, original) == ["✕Cupressocyparis</b> leylandii", "Mentha</i> ✕ <i>piperita"]
    assert mentions[0].details["nothogenus"] is True
    assert mentions[1].details["hybrid"] is True


def test_scientific_unsupported_spans_do_not_overlap(forms):
    original = "Verkaufe Große Ableger Ailanthus altissima und Monstera Deliciosa Pflanzen"
    mentions = find_all(original, forms)
    assert all(first.end <= second.start for first, second in zip(mentions, mentions[1:]))
    assert "Ailanthus altissima" in spans(mentions, original)


@pytest.mark.parametrize(
    "original, span",
    [
        # German capitalises nouns: the Latin lower-case epithet shows where the name starts.
        ("den wissenschaftlichen Namen Malus domestica kennt man", "Malus domestica"),
        ("der Namen Helianthemum conquense (Borja, 1959) gilt", "Helianthemum conquense"),
        # A capitalised epithet with nothing Latin after it stays with its genus.
        ("Canis Lupus lebt hier", "Canis Lupus"),
    ],
)
def test_scientific_german_noun_before_name(original, span):
    mentions = find_scientific_names(normalize(original), keep_unsupported=True)
    assert spans(mentions, original) == [span]


def test_scientific_german_noun_before_known_epithet(lexicon):
    # "montana" is a known epithet of another genus here, which counts like a Latin ending.
    original = "unter dem Namen Arnica montana subsp. atlantica bekannt"
    mentions = find_scientific_names(normalize(original), lexicon=lexicon, keep_unsupported=True)
    assert spans(mentions, original) == ["Arnica montana subsp. atlantica"]


def test_scientific_nominotypical_subspecies():
    original = "Die Art Radix auricularia auricularia lebt im Teich"
    assert spans(find_all(original), original) == ["Radix auricularia auricularia"]
