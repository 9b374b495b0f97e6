"""Saving, loading and stamping the FAISS name indexes."""

import json

import pytest

from index.candidates import CandidateGenerator
from index.store import NameIndex, index_dir_for, load_or_build


def test_index_round_trip_keeps_rows_and_scores(taxonomy, tmp_path):
    index = NameIndex.build(taxonomy)
    folder = index_dir_for(tmp_path, taxonomy.version, semantic=False)
    index.save(folder)
    loaded = NameIndex.load(folder, taxonomy.version)
    assert loaded.rows == index.rows
    assert loaded.meta.taxonomy_version == taxonomy.version
    before = CandidateGenerator(index)(["Procambarus clarki"])[0][0]
    after = CandidateGenerator(loaded)(["Procambarus clarki"])[0][0]
    assert after.name.name == before.name.name == "Procambarus clarkii"
    assert after.lexical == pytest.approx(before.lexical)


def test_index_load_rejects_other_taxonomy_version(taxonomy, tmp_path):
    folder = tmp_path / "index"
    NameIndex.build(taxonomy).save(folder)
    with pytest.raises(ValueError, match=r"built from taxonomy eu-union-list@.* but other@1 \(format \d+\) is loaded; rebuild it"):
        NameIndex.load(folder, "other@1")


def test_index_load_missing_folder_names_fix(tmp_path):
    with pytest.raises(FileNotFoundError, match="no name index in .*; build it with 'ias-tagger index build'"):
        NameIndex.load(tmp_path / "absent", "v1")


def test_load_or_build_saves_once_then_loads(taxonomy, tmp_path):
    first = load_or_build(taxonomy, tmp_path)
    folder = index_dir_for(tmp_path, taxonomy.version, semantic=False)
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["rows"] == len(first.rows)
    marker = folder / "names.jsonl"
    stamp = marker.stat().st_mtime_ns
    second = load_or_build(taxonomy, tmp_path)
    assert marker.stat().st_mtime_ns == stamp
    assert second.rows == first.rows


def test_generator_rejects_encoder_without_semantic_index(taxonomy, tagger):
    with pytest.raises(ValueError, match="encoder and the semantic index must be loaded together"):
        CandidateGenerator(NameIndex.build(taxonomy), tagger.encoder)


def test_semantic_index_load_rejects_other_encoder(taxonomy, tagger, tmp_path):
    folder = tmp_path / "index"
    NameIndex.build(taxonomy).save(folder)
    with pytest.raises(ValueError, match="built with encoder None"):
        NameIndex.load(folder, taxonomy.version, tagger.encoder)
