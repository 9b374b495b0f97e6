from concurrent.futures import ThreadPoolExecutor

import pytest

from nlp.dictionary import DictionaryMatcher, fold, fold_with_offsets
from nlp.normalize import normalize
from taxonomy.schema import NameRecord

SLIDER = "2442941"
RACCOON = "5218786"
HYACINTH = "5294813"
CRAYFISH = "2227300"
SKUNK_CABBAGE = "2869329"
KUDZU = "2977346"
KUDZU_SPECIES = "2977340"
IRIS = "local:iris"
CHANNEL_CATFISH = "2341144"

RECORDS = [
    NameRecord(SLIDER, "Trachemys scripta", "accepted", None, "test"),
    NameRecord(SLIDER, "red-eared slider", "vernacular", "en", "test"),
    NameRecord(SLIDER, "Schmuckschildkröte", "vernacular", "de", "test"),
    NameRecord(SLIDER, "Rotwangen-Schmuckschildkröte", "vernacular", "de", "test"),
    NameRecord(SLIDER, "巴西龟", "vernacular", "zh", "test"),
    NameRecord(RACCOON, "Procyon lotor", "accepted", None, "test"),
    NameRecord(RACCOON, "szop pracz", "vernacular", "pl", "test"),
    NameRecord(RACCOON, "浣熊", "vernacular", "zh", "test"),
    NameRecord(HYACINTH, "Pontederia crassipes", "accepted", None, "test"),
    NameRecord(HYACINTH, "Eichhornia crassipes", "synonym", None, "test"),
    NameRecord(HYACINTH, "凤眼莲", "vernacular", "zh", "test"),
    NameRecord(HYACINTH, "水葫芦", "vernacular", "zh", "test"),
    NameRecord(HYACINTH, "Wasserhyazinthe", "vernacular", "de", "test"),
    NameRecord(HYACINTH, "jacinthe d'eau", "vernacular", "fr", "test"),
    NameRecord(HYACINTH, "water hyacinth", "vernacular", "en", "test"),
    NameRecord(CRAYFISH, "Procambarus clarkii", "accepted", None, "test"),
    NameRecord(SKUNK_CABBAGE, "Lysichiton americanus", "accepted", None, "test"),
    NameRecord(KUDZU, "Pueraria montana var. lobata", "accepted", None, "test"),
    NameRecord(KUDZU, "kudzu", "vernacular", "en", "test"),
    NameRecord(KUDZU, "Kudzu", "vernacular", "de", "test"),
    NameRecord(KUDZU_SPECIES, "Pueraria montana", "accepted", None, "test"),
    NameRecord(IRIS, "Iris", "vernacular", "en", "test", ambiguous=True),
    NameRecord(CHANNEL_CATFISH, "poisson-chat", "vernacular", "fr", "test"),
    NameRecord(CHANNEL_CATFISH, "Katzenwels", "vernacular", "de", "test"),
    NameRecord(CHANNEL_CATFISH, "Amerikaanse dwergmeerval", "vernacular", "nl", "test"),
    NameRecord(CHANNEL_CATFISH, "pesce gatto", "vernacular", "it", "test"),
    NameRecord(SLIDER, "tortuga de orejas rojas", "vernacular", "es", "test"),
]


@pytest.fixture(scope="module")
def matcher():
    return DictionaryMatcher(RECORDS)


def find(matcher, original, language=None):
    return matcher.find(normalize(original), language)


def spans(mentions, original):
    return [original[mention.start : mention.end] for mention in mentions]


def test_fold_case_accents_and_ligatures():
    assert fold("Schmuckschildkröte") == "schmuckschildkrote"
    assert fold("Straße") == "strasse"
    assert fold("Œil ÆSIR Łódź") == "oeil aesir lodz"
    assert fold("d’eau d´eau d`eau") == "d'eau d'eau d'eau"
    assert fold("Red–eared") == "red-eared"


def test_fold_with_offsets_maps_expansions():
    folded, offsets = fold_with_offsets("Aß")
    assert folded == "ass"
    assert offsets == [0, 1, 1]


def test_dictionary_exact_scientific_name(matcher):
    original = "Verkaufe Trachemys scripta, 3 Jahre alt"
    [mention] = find(matcher, original, "de")
    assert original[mention.start : mention.end] == "Trachemys scripta"
    assert mention.text == "Trachemys scripta"
    assert mention.finder == "dictionary"
    assert mention.taxon_ids == (SLIDER,)
    assert mention.matched_name == "Trachemys scripta"
    assert mention.form == "accepted"
    assert mention.language is None
    assert mention.score == 1.0
    assert mention.ambiguous is False


def test_dictionary_case_insensitive(matcher):
    original = "TRACHEMYS SCRIPTA for sale"
    [mention] = find(matcher, original)
    assert spans([mention], original) == ["TRACHEMYS SCRIPTA"]
    assert mention.score == 1.0


def test_dictionary_accent_insensitive(matcher):
    original = "Schmuckschildkrote abzugeben"
    [mention] = find(matcher, original, "de")
    assert spans([mention], original) == ["Schmuckschildkrote"]
    assert mention.matched_name == "Schmuckschildkröte"


def test_dictionary_hyphen_equals_space(matcher):
    original = "red eared slider and a poisson chat"
    mentions = find(matcher, original, "en")
    assert spans(mentions, original) == ["red eared slider", "poisson chat"]
    assert [mention.score for mention in mentions] == [1.0, 1.0]
    assert mentions[1].matched_name == "poisson-chat"


def test_dictionary_apostrophe_variants(matcher):
    original = "Jacinthe d’eau à vendre"
    [mention] = find(matcher, original, "fr")
    assert spans([mention], original) == ["Jacinthe d’eau"]
    assert mention.score == 1.0


def test_dictionary_english_plural(matcher):
    original = "Two red-eared sliders for sale"
    [mention] = find(matcher, original, "en")
    assert spans([mention], original) == ["red-eared sliders"]
    assert mention.score == 0.9
    assert mention.language == "en"
    assert mention.details["inflected"] is True


def test_dictionary_german_plural(matcher):
    original = "Verkaufe Schmuckschildkröten und Wasserhyazinthen"
    mentions = find(matcher, original, "de")
    assert spans(mentions, original) == ["Schmuckschildkröten", "Wasserhyazinthen"]
    assert [mention.taxon_ids for mention in mentions] == [(SLIDER,), (HYACINTH,)]
    assert [mention.score for mention in mentions] == [0.9, 0.9]


def test_dictionary_polish_case_endings_every_word(matcher):
    original = "Oddam szopy pracze. Szukam szopa pracza i szopów praczy"
    mentions = find(matcher, original, "pl")
    assert spans(mentions, original) == ["szopy pracze", "szopa pracza", "szopów praczy"]
    assert all(mention.taxon_ids == (RACCOON,) for mention in mentions)
    assert all(mention.language == "pl" for mention in mentions)


def test_dictionary_french_and_spanish_plurals(matcher):
    original = "jacinthes d'eau, poissons-chats, tortugas de orejas rojas"
    mentions = find(matcher, original)
    assert spans(mentions, original) == ["jacinthes d'eau", "poissons-chats", "tortugas de orejas rojas"]


def test_dictionary_italian_plural(matcher):
    original = "Vendo pesci gatto"
    [mention] = find(matcher, original, "it")
    assert spans([mention], original) == ["pesci gatto"]


def test_dictionary_dutch_plural(matcher):
    original = "Amerikaanse dwergmeervallen te koop"
    [mention] = find(matcher, original, "nl")
    assert spans([mention], original) == ["Amerikaanse dwergmeervallen"]


def test_dictionary_inflection_in_other_language_scores_lower(matcher):
    original = "Verkaufe red-eared sliders"
    [mention] = find(matcher, original, "de")
    assert mention.score == 0.85


def test_dictionary_hyphenated_german_name(matcher):
    original = "eine Rotwangen-Schmuckschildkröte"
    [mention] = find(matcher, original, "de")
    assert spans([mention], original) == ["Rotwangen-Schmuckschildkröte"]
    assert mention.score == 1.0


def test_dictionary_hyphenated_german_name_written_as_one_word(matcher):
    original = "zwei Rotwangenschmuckschildkröten"
    [mention] = find(matcher, original, "de")
    assert spans([mention], original) == ["Rotwangenschmuckschildkröten"]
    assert mention.matched_name == "Rotwangen-Schmuckschildkröte"
    assert mention.details["joined_variant"] is True


def test_dictionary_german_compound_head(matcher):
    original = "Zwergwasserhyazinthe und Riesenwasserhyazinthen"
    mentions = find(matcher, original, "de")
    assert spans(mentions, original) == ["Zwergwasserhyazinthe", "Riesenwasserhyazinthen"]
    assert [mention.score for mention in mentions] == [0.8, 0.75]
    assert all(mention.details["compound_head"] for mention in mentions)


def test_dictionary_short_name_not_compound_head():
    matcher = DictionaryMatcher([NameRecord("x", "Wels", "vernacular", "de", "test")])
    assert find(matcher, "Katzenwels und Wels", "de")[0].text == "Wels"
    assert len(find(matcher, "Katzenwels und Wels", "de")) == 1


def test_dictionary_compound_not_inside_word(matcher):
    # The name must end the compound: "Wasserhyazinthenteich" is a pond, not a plant.
    assert find(matcher, "Wasserhyazinthenteich", "de") == []


def test_dictionary_whole_words_only(matcher):
    original = "Irish kudzuvine Iris"
    mentions = find(matcher, original, "en")
    assert spans(mentions, original) == ["Iris"]


def test_dictionary_ambiguous_flag(matcher):
    [mention] = find(matcher, "Blue Iris bulbs", "en")
    assert mention.ambiguous is True
    assert mention.taxon_ids == (IRIS,)


def test_dictionary_chinese_substring(matcher):
    original = "出售巴西龟苗，水葫芦凤眼莲，浣熊"
    mentions = find(matcher, original, "zh")
    assert spans(mentions, original) == ["巴西龟", "水葫芦", "凤眼莲", "浣熊"]
    assert [mention.taxon_ids for mention in mentions] == [(SLIDER,), (HYACINTH,), (HYACINTH,), (RACCOON,)]


def test_dictionary_longest_match_wins(matcher):
    original = "Pueraria montana var. lobata und Pueraria montana"
    mentions = find(matcher, original)
    assert spans(mentions, original) == ["Pueraria montana var. lobata", "Pueraria montana"]
    assert [mention.taxon_ids for mention in mentions] == [(KUDZU,), (KUDZU_SPECIES,)]


def test_dictionary_rank_marker_without_period(matcher):
    original = "Pueraria montana var lobata"
    [mention] = find(matcher, original)
    assert spans([mention], original) == [original]


def test_dictionary_shared_string_merges_records(matcher):
    [mention] = find(matcher, "Kudzu", "de")
    assert mention.taxon_ids == (KUDZU,)
    assert mention.details["languages"] == ["en", "de"]
    assert mention.language == "de"


def test_dictionary_offsets_into_original_html(matcher):
    original = "<p>Verkaufe <b>Trachemys</b>&nbsp;scripta &amp; <i>Eich-\nhornia crassipes</i></p>"
    mentions = find(matcher, original, "de")
    assert spans(mentions, original) == ["Trachemys</b>&nbsp;scripta", "Eich-\nhornia crassipes"]
    assert [mention.text for mention in mentions] == spans(mentions, original)


def test_dictionary_offsets_after_emoji_and_full_width(matcher):
    original = "🐢🐢 ｋｕｄｚｕ and 🐢Trachemys scripta"
    mentions = find(matcher, original)
    assert spans(mentions, original) == ["ｋｕｄｚｕ", "Trachemys scripta"]


def test_dictionary_name_split_across_lines(matcher):
    original = "Procambarus\nclarkii"
    [mention] = find(matcher, original)
    assert mention.taxon_ids == (CRAYFISH,)
    assert spans([mention], original) == [original]


def test_dictionary_rejects_punctuation_between_words(matcher):
    assert find(matcher, "Procambarus. Clarkii") == []


def test_dictionary_empty_text(matcher):
    assert find(matcher, "") == []


def test_dictionary_concurrent_find(matcher):
    texts = [
        "Verkaufe Schmuckschildkröten und Wasserhyazinthen",
        "Oddam szopy pracze",
        "出售巴西龟苗",
        "Pueraria montana var. lobata, red-eared sliders",
    ] * 50
    expected = [[(m.start, m.end, m.taxon_ids) for m in find(matcher, text)] for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda text: [(m.start, m.end, m.taxon_ids) for m in find(matcher, text)], texts))
    assert results == expected


def test_dictionary_full_taxonomy():
    from taxonomy.loader import load_taxonomy

    taxonomy = load_taxonomy()
    matcher = DictionaryMatcher(taxonomy.names)
    original = (
        "Verkaufe Rotwangen-Schmuckschildkröten und Procambarus clarkii. "
        "Also selling water hyacinth (Eichhornia crassipes)."
    )
    mentions = find(matcher, original, "de")
    found = {original[mention.start : mention.end]: mention for mention in mentions}
    assert "Procambarus clarkii" in found
    assert "Rotwangen-Schmuckschildkröten" in found
    assert "water hyacinth" in found
    assert "Eichhornia crassipes" in found
    for mention in mentions:
        assert mention.taxon_ids
        assert all(taxon_id in taxonomy.taxa for taxon_id in mention.taxon_ids)
    by_name = {taxon.scientific_name: taxon.id for taxon in taxonomy.taxa.values()}
    assert found["Procambarus clarkii"].taxon_ids == (by_name["Procambarus clarkii"],)
    assert set(found["water hyacinth"].taxon_ids) & set(found["Eichhornia crassipes"].taxon_ids)
