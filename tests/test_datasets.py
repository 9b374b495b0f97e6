"""Corpus loaders on small fixture corpora, malformed inputs, and the registered corpora when present."""

from collections import Counter
from pathlib import Path

import datasets
import pytest

from evaluation.datasets import (
    CORPORA,
    CorpusFormatError,
    GoldSpan,
    infer_format,
    is_latin_name,
    load_a100,
    load_brat,
    load_corpus,
    load_iob,
    load_listings,
    to_documents,
)

FIXTURES = Path(__file__).parent / "fixtures" / "corpora"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def by_id(documents):
    return {document.id: document for document in documents}


# --- BRAT --------------------------------------------------------------------------------------


def test_brat_returns_dataset_with_schema():
    dataset = load_brat(FIXTURES / "brat")

    assert isinstance(dataset, datasets.Dataset)
    assert dataset.column_names == ["id", "text", "language", "spans", "meta"]
    assert dataset.num_rows == 2


def test_brat_all_types():
    documents = by_id(to_documents(load_brat(FIXTURES / "brat")))

    alpha = documents["alpha"]
    assert alpha.text.startswith("Procambarus clarkii was found")
    assert alpha.language is None
    assert alpha.spans == [
        GoldSpan(0, 19, "Procambarus clarkii", "Species", taxon_ids=("Taxonomy:6728",)),
        GoldSpan(35, 39, "mice", "Species"),
        GoldSpan(44, 53, "Trachemys", "Genus"),
        GoldSpan(71, 80, "DSM 22288", "Strain"),
    ]
    assert alpha.meta["source"].endswith("alpha.txt")


def test_brat_discontinuous_span_covers_fragments():
    beta = by_id(to_documents(load_brat(FIXTURES / "brat")))["beta"]

    variola = beta.spans[0]
    assert (variola.start, variola.end) == (0, 28)
    assert variola.text == "Variola and vaccinia viruses"
    assert variola.fragments == ((0, 7), (21, 28))
    assert beta.spans[1].fragments == ()


def test_brat_type_filter():
    documents = by_id(to_documents(load_brat(FIXTURES / "brat", types=["Species", "Genus"])))

    assert [span.text for span in documents["alpha"].spans] == ["Procambarus clarkii", "mice", "Trachemys"]
    assert [span.label for span in documents["beta"].spans] == ["Species", "Species", "Species"]


def test_brat_latin_only_filter():
    documents = by_id(to_documents(load_brat(FIXTURES / "brat", types=["Species", "Genus"], latin_only=True)))

    assert [span.text for span in documents["alpha"].spans] == ["Procambarus clarkii", "Trachemys"]
    assert [span.text for span in documents["beta"].spans] == ["Homo sapiens"]


@pytest.mark.parametrize(
    ("ann", "line", "expected"),
    [
        ("T1\tSpecies 0 5\tHello\nT2 Species 6 11 world\n", 2, "expected tab-separated fields"),
        ("T1\tSpecies 0 500\tHello\n", 1, "outside the text"),
        ("T1\tSpecies 0 5\tHelp!\n", 1, "differs from the text at offsets 0 5"),
        ("T1\tSpecies zero five\tHello\n", 1, "expected 'Type start end'"),
        ("T1\tSpecies 0 5\n", 1, "expected 3 tab-separated fields"),
        ("X1\tSpecies 0 5\tHello\n", 1, "does not start with one of"),
        ("T1\tSpecies 0 5\tHello\nN1\tReference T9 Taxonomy:1\tx\n", 2, "refers to T9"),
    ],
)
def test_brat_malformed_names_file_and_line(tmp_path, ann, line, expected):
    (tmp_path / "doc.txt").write_text("Hello world\n", encoding="utf-8")
    (tmp_path / "doc.ann").write_text(ann, encoding="utf-8")

    with pytest.raises(CorpusFormatError) as raised:
        load_brat(tmp_path)

    message = str(raised.value)
    assert f"doc.ann line {line}:" in message
    assert expected in message
    assert raised.value.line == line


def test_brat_missing_ann_file(tmp_path):
    (tmp_path / "doc.txt").write_text("Hello\n", encoding="utf-8")

    with pytest.raises(FileNotFoundError, match=r"doc\.ann not found"):
        load_brat(tmp_path)


# --- IOB ---------------------------------------------------------------------------------------


def test_iob_article_grouping():
    documents = to_documents(load_iob(FIXTURES / "iob" / "mini.tsv"))

    assert [document.id for document in documents] == ["mini-0001", "mini-0002"]
    first, second = documents
    assert first.text == "Crayfish in Europe\nAbstract\nProcambarus clarkii spreads .\nMice too"
    assert first.spans == [
        GoldSpan(28, 47, "Procambarus clarkii", "Species"),
        GoldSpan(58, 62, "Mice", "Species"),
    ]
    assert first.meta["sentences"] == 4
    assert first.meta["first_line"] == 1
    assert second.text == "Signal crayfish\nAbstract\nPacifastacus leniusculus"
    assert second.spans == [
        GoldSpan(7, 15, "crayfish", "Species"),
        GoldSpan(25, 49, "Pacifastacus leniusculus", "Species"),
    ]
    assert second.meta["first_line"] == 15


def test_iob_sentence_grouping():
    documents = to_documents(load_iob(FIXTURES / "iob" / "mini.tsv", grouping="sentence"))

    assert len(documents) == 7
    assert documents[2].text == "Procambarus clarkii spreads ."
    assert documents[2].spans == [GoldSpan(0, 19, "Procambarus clarkii", "Species")]


def test_iob_docstart_splits_documents(tmp_path):
    path = tmp_path / "docs.tsv"
    path.write_text("-DOCSTART-\tO\n\nA\tO\n\n-DOCSTART-\tO\n\nDrosophila\tB-Species\n", encoding="utf-8")

    documents = to_documents(load_iob(path, grouping="file"))

    assert [document.text for document in documents] == ["A", "Drosophila"]
    assert documents[1].spans == [GoldSpan(0, 10, "Drosophila", "Species")]


def test_iob_latin_only_drops_vernacular():
    documents = to_documents(load_iob(FIXTURES / "iob" / "mini.tsv", latin_only=True))

    assert [span.text for span in documents[0].spans] == ["Procambarus clarkii", "Mice"]
    assert [span.text for span in documents[1].spans] == ["Pacifastacus leniusculus"]


@pytest.mark.parametrize(
    ("content", "line", "expected"),
    [
        ("A\tO\nB\n", 2, "expected 'token<TAB>tag'"),
        ("A\tO\nB\tI-Species\n", 2, "must follow B-Species"),
        ("A\tB-Species\n\nB\tI-Species\n", 3, "must follow B-Species"),
        ("A\tB-Genus\nB\tI-Species\n", 2, "must follow B-Species"),
        ("A\tX-Species\n", 1, "expected a tag O, B-TYPE or I-TYPE"),
    ],
)
def test_iob_malformed_names_file_and_line(tmp_path, content, line, expected):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(CorpusFormatError) as raised:
        load_iob(path)

    assert f"bad.tsv line {line}:" in str(raised.value)
    assert expected in str(raised.value)


# --- A100 --------------------------------------------------------------------------------------


def test_a100_finds_names_and_languages():
    documents = by_id(to_documents(load_a100(FIXTURES / "a100")))

    assert sorted(documents) == ["eng/artificial00", "eng/artificial01", "ger/artificial00", "ger/artificial01"]
    lion = documents["eng/artificial00"]
    assert lion.language == "en"
    assert lion.spans == [GoldSpan(32, 44, "Panthera Leo", "ScientificName")]
    assert lion.meta["gold_names"] == [{"verbatim": "Panthera leo", "expanded": "Panthera leo", "match": "aligned"}]
    assert documents["ger/artificial00"].language == "de"


def test_a100_list_continuation_is_epithet_span():
    thuja = by_id(to_documents(load_a100(FIXTURES / "a100")))["eng/artificial01"]

    assert thuja.spans == [
        GoldSpan(33, 46, "Thuja plicata", "ScientificName"),
        GoldSpan(48, 54, "obtusa", "ScientificName"),
    ]
    assert [name["match"] for name in thuja.meta["gold_names"]] == ["exact", "partial"]


def test_a100_language_selection():
    by_tag = to_documents(load_a100(FIXTURES / "a100", languages=["de"]))
    by_folder = to_documents(load_a100(FIXTURES / "a100", languages=["ger"]))

    assert [document.id for document in by_tag] == ["ger/artificial00", "ger/artificial01"]
    assert [document.id for document in by_folder] == [document.id for document in by_tag]
    with pytest.raises(ValueError, match="unknown A100 language 'xx'"):
        load_a100(FIXTURES / "a100", languages=["xx"])


def test_a100_name_not_found_names_gold_line(tmp_path):
    (tmp_path / "eng").mkdir()
    (tmp_path / "eng" / "artificial00.txt").write_text("A sentence with Panthera leo.\n", encoding="utf-8")
    (tmp_path / "A100-LN.tsv").write_text(
        "artificial00\tPanthera leo\tPanthera leo\nartificial00\tFelis catus\tFelis catus\n", encoding="utf-8"
    )

    with pytest.raises(CorpusFormatError) as raised:
        load_a100(tmp_path)

    assert "A100-LN.tsv line 2:" in str(raised.value)
    assert "gold name 'Felis catus' not found" in str(raised.value)


def test_a100_malformed_gold_line(tmp_path):
    (tmp_path / "eng").mkdir()
    (tmp_path / "A100-LN.tsv").write_text("artificial00\tPanthera leo\n", encoding="utf-8")

    with pytest.raises(CorpusFormatError, match=r"A100-LN\.tsv line 1: expected 3 tab-separated fields"):
        load_a100(tmp_path)


# --- listings ----------------------------------------------------------------------------------


def test_listings_gold_fields_in_meta():
    documents = to_documents(load_listings(FIXTURES / "listings" / "mini.jsonl"))

    assert [document.id for document in documents] == ["l1", "mini:3"]
    first = documents[0]
    assert first.language == "de"
    assert first.spans == []
    assert first.meta["offered_taxa"] == ["Procambarus clarkii"]
    assert first.meta["regulated_offer"] is True
    assert first.meta["commodity"] == "live"
    assert documents[1].meta["regulated_offer"] is False


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"id": "a", "text": "ok"}\n{"id": "b"\n', "line 2: invalid JSON"),
        ('{"id": "a", "text": "ok"}\n{"id": "b"}\n', "line 2: missing or non-string field 'text'"),
        ('["a list"]\n', "line 1: expected a JSON object"),
    ],
)
def test_listings_malformed_names_line(tmp_path, content, expected):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(CorpusFormatError, match=expected):
        load_listings(path)


# --- registry and format inference -------------------------------------------------------------


def test_load_corpus_infers_format_from_path():
    assert infer_format(FIXTURES / "brat") == "brat"
    assert infer_format(FIXTURES / "iob" / "mini.tsv") == "iob"
    assert infer_format(FIXTURES / "a100") == "a100"
    assert infer_format(FIXTURES / "listings" / "mini.jsonl") == "listings"
    assert len(load_corpus(str(FIXTURES / "brat"))) == 2
    assert len(load_corpus(FIXTURES / "a100", types=["ScientificName"])) == 4


def test_load_corpus_unknown_name_lists_registered():
    with pytest.raises(ValueError) as raised:
        load_corpus("s801")

    message = str(raised.value)
    assert "'s801' is neither a registered corpus nor an existing path" in message
    for name in CORPORA:
        assert name in message


def test_infer_format_rejects_plain_folder(tmp_path):
    with pytest.raises(ValueError, match="pass format="):
        infer_format(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Homo sapiens", True),
        ("Drosophila", True),
        ("E. coli", True),
        ("E.coli", True),
        ("B . burgdorferi", True),
        ("Pha. munitum", True),
        ("Sambucus nigra subsp. canadensis", True),
        ("Polystichum sp.", True),
        ("human", False),
        ("mice", False),
        ("HIV-1", False),
        ("Escherichia coli K-12", False),
        ("Measles virus", False),
        ("E.", False),
    ],
)
def test_is_latin_name(text, expected):
    assert is_latin_name(text) is expected


# --- registered corpora under ../shared --------------------------------------------------------

# Counts read from the corpora with each corpus's default gold types.
REGISTERED_COUNTS = {
    "s800": (800, {"Species": 3584, "Genus": 716}),
    "s800-train": (641, {"Species": 2783, "Genus": 584}),
    "s800-devel": (159, {"Species": 801, "Genus": 132}),
    "s1000-train": (140, {"Species": 661, "Genus": 131}),
    "s1000-devel": (20, {"Species": 86, "Genus": 25}),
    "linnaeus-train": (50, {"Species": 2119}),
    "linnaeus-devel": (17, {"Species": 711}),
    "linnaeus-test": (33, {"Species": 1433}),
    "a100": (1600, {"ScientificName": 1680}),
    "sentences-dev": (441, {"SCIENTIFIC": 448}),
    "dev-listings": (80, {}),
}


def require_corpus(name):
    if not CORPORA[name].path.exists():
        pytest.skip(f"{CORPORA[name].path} is not checked out")


def test_registry_covers_counts():
    assert sorted(REGISTERED_COUNTS) == sorted(CORPORA)


@pytest.mark.parametrize("name", sorted(REGISTERED_COUNTS))
def test_registered_corpus_counts(name):
    require_corpus(name)
    documents = load_corpus(name)

    expected_documents, expected_spans = REGISTERED_COUNTS[name]
    assert len(documents) == expected_documents
    assert Counter(span.label for document in documents for span in document.spans) == Counter(expected_spans)
    for document in documents:
        for span in document.spans:
            assert document.text[span.start : span.end] == span.text


def test_records_keep_one_split_and_the_types_asked():
    path = CORPORA["sentences-dev"].path
    dev = load_corpus(path, format="records")
    assert {document.meta["source"] for document in dev} == {"sentences"}
    vernacular = load_corpus(path, format="records", types=["VERNACULAR"])
    assert {span.label for document in vernacular for span in document.spans} == {"VERNACULAR"}
    assert len(load_corpus("sentences-dev")) < len(dev)


def test_s800_known_span():
    require_corpus("s800")
    document = by_id(load_corpus("s800"))["19667393"]

    assert document.spans[0] == GoldSpan(0, 23, "Methanoregula formicica", "Species", taxon_ids=("Taxonomy:882104",))


def test_s800_latin_only_subset():
    require_corpus("s800")
    documents = by_id(load_corpus("s800", latin_only=True))

    texts = [span.text for span in documents["19667393"].spans]
    assert texts == ["Methanoregula formicica", "Methanoregula boonei", "Methanoregula boonei",
                     "Methanoregula", "Methanoregula formicica"]
    total = sum(len(document.spans) for document in documents.values())
    assert total == 2533


def test_s1000_category_in_meta():
    require_corpus("s1000-train")
    documents = load_corpus("s1000-train")

    assert all("category" in document.meta for document in documents)


def test_linnaeus_first_article():
    require_corpus("linnaeus-train")
    first = load_corpus("linnaeus-train")[0]

    assert first.text.startswith("Scp160p , a multiple KH - domain protein")
    assert first.spans[0].text == "yeast"
    assert first.text.split("\n")[1] == "Abstract"


def test_a100_known_spans():
    require_corpus("a100")
    documents = by_id(load_corpus("a100"))

    assert len({document.language for document in documents.values()}) == 16
    sparrow = documents["eng/artificial00"]
    assert [span.text for span in sparrow.spans] == ["Passer domesticus"]
    assert sparrow.language == "en"
    assert documents["nor/artificial00"].language == "no"
    berberis = documents["eng/artificial20"]
    assert [span.text for span in berberis.spans] == ["Berberis darwinii subsp. Darwinii"]


def test_dev_listings_first_record():
    require_corpus("dev-listings")
    first = load_corpus("dev-listings")[0]

    assert first.id == "d001"
    assert first.language == "fr"
    assert set(first.meta) >= {"offered_taxa", "mentioned_taxa", "regulated_offer", "commodity"}


def test_s800_split_is_disjoint_and_covers_the_corpus():
    require_corpus("s800")
    train = {d.id for d in load_corpus("s800-train")}
    devel = {d.id for d in load_corpus("s800-devel")}
    assert not train & devel
    assert train | devel == {d.id for d in load_corpus("s800")}
