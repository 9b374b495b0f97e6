"""The ias-tagger command line, run in-process on the fast path."""

import json

import pytest

from api.cli import main


@pytest.fixture(autouse=True)
def cache_in_tmp(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("IAS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cli-cache"))


def test_tag_text_argument_writes_one_json_line(capsys):
    assert main(["tag", "Verkaufe Wasserhyazinthen, 10 Stück 8 €", "--fast"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["regulated_offer"] is True
    assert result["taxa"][0]["scientific_name"] == "Pontederia crassipes"


def test_tag_jsonl_file_keeps_ids_and_order(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "b", "text": "Goldfish, 2 euro"}\n{"id": "a", "text": "Red-eared slider, 5 euro"}\n',
                    encoding="utf-8")
    assert main(["tag", str(path), "--fast"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in results] == ["b", "a"]
    assert [r["regulated_offer"] for r in results] == [False, True]


def test_tag_table_and_output_file(tmp_path, capsys):
    output = tmp_path / "out" / "results.jsonl"
    assert main(["tag", "examples/listings.jsonl", "--fast", "--table", "--output", str(output)]) == 0
    assert len(output.read_text(encoding="utf-8").splitlines()) == 14
    assert "Trachemys scripta" in capsys.readouterr().out


def test_tag_missing_file_exits_2_with_fix(capsys):
    assert main(["tag", "no-such-file.jsonl", "--fast"]) == 2
    assert "input file 'no-such-file.jsonl' not found" in capsys.readouterr().err


def test_evaluate_listings_writes_report_with_three_systems(tmp_path, capsys):
    assert main(["evaluate", "examples/listings.jsonl", "--fast", "--resamples", "50",
                 "--output-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for system in ("keyword_baseline", "dictionary_only", "pipeline_fast"):
        assert f"| {system} |" in out
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["provenance"]["schema_version"] == "1"
    assert report["provenance"]["seed"] == 13
    assert report["listings"] == 14
    for name in ("report.md", "f1_by_language.png", "precision_recall.png"):
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "errors.jsonl").read_text(encoding="utf-8") == ""


def test_evaluate_brat_folder_scores_spans(tmp_path, capsys):
    assert main(["evaluate", "tests/fixtures/corpora/brat", "--fast", "--resamples", "20",
                 "--output-dir", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["task"] == "spans"
    assert set(report["systems"]) == {"keyword_baseline", "dictionary_only", "finders"}
    assert set(report["systems"]["finders"]) == {"strict", "overlap"}


def test_evaluate_unknown_dataset_lists_registered_names(capsys):
    assert main(["evaluate", "no-such-corpus", "--fast"]) == 2
    assert "neither a registered corpus (a100, dev-listings" in capsys.readouterr().err


def test_bad_taxonomy_folder_exits_2(tmp_path, capsys):
    assert main(["tag", "x", "--fast", "--taxonomy", str(tmp_path)]) == 2
    assert "ias-tagger: error:" in capsys.readouterr().err


def test_tag_table_without_output_keeps_json_on_stdout(capsys):
    assert main(["tag", "Red-eared slider, 5 euro", "--fast", "--table"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["regulated_offer"] is True
    assert "Trachemys scripta" in captured.err


def test_tag_unknown_model_exits_2_without_traceback(capsys):
    assert main(["tag", "Raccoon for sale", "--model", "no-org/no-such-model"]) == 2
    err = capsys.readouterr().err
    assert "not in the local Hugging Face cache" in err
    assert "Traceback" not in err


def test_invalid_setting_names_environment_variable(monkeypatch, capsys):
    monkeypatch.setenv("IAS_MAX_BATCH", "many")
    assert main(["tag", "x", "--fast"]) == 2
    assert "invalid setting IAS_MAX_BATCH='many'" in capsys.readouterr().err


def test_threads_zero_is_rejected(capsys):
    with pytest.raises(SystemExit):
        main(["tag", "x", "--fast", "--threads", "0"])
    assert "invalid thread count 0" in capsys.readouterr().err


def test_tag_empty_file_says_nothing_to_tag(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    assert main(["tag", str(path), "--fast"]) == 0
    assert "no listings in" in capsys.readouterr().err


def test_curate_add_audit_revert(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IAS_CURATION_DIR", str(tmp_path / "curation"))
    assert main(["curate", "--actor", "ana", "init"]) == 0
    assert "seeded the curation store" in capsys.readouterr().out

    assert main(["curate", "--actor", "ana", "add-name", "9442269", "Zauberkrebs", "--form", "trade",
                 "--language", "de", "--comment", "aquarium trade name"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["after"]["name"] == "Zauberkrebs"

    assert main(["curate", "--actor", "ben", "revert", str(added["id"]), "--comment", "wrong taxon"]) == 0
    capsys.readouterr()
    assert main(["curate", "audit"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["actor"]) for e in entries] == [("revert", "ben"), ("add_name", "ana"), ("seed", "ana")]


def test_curate_missing_comment_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IAS_CURATION_DIR", str(tmp_path / "curation"))
    with pytest.raises(SystemExit) as exit_info:
        main(["curate", "add-name", "9442269", "Zauberkrebs", "--form", "trade", "--language", "de"])
    assert exit_info.value.code == 2
    assert "--comment" in capsys.readouterr().err


def test_curate_unknown_taxon_names_value(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IAS_CURATION_DIR", str(tmp_path / "curation"))
    assert main(["curate", "init"]) == 0
    assert main(["curate", "add-name", "999", "Zauberkrebs", "--form", "trade", "--language", "de",
                 "--comment", "test"]) != 0
    assert "'999' is not in the store" in capsys.readouterr().err


def test_curate_search_show_export(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IAS_CURATION_DIR", str(tmp_path / "curation"))
    assert main(["curate", "init"]) == 0
    capsys.readouterr()
    assert main(["curate", "search", "marmorkreb"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["taxon_id"] == "9442269"
    assert main(["curate", "show", "9442269"]) == 0
    assert json.loads(capsys.readouterr().out)["taxon"]["scientific_name"] == "Procambarus virginalis"
    assert main(["curate", "export", str(tmp_path / "names.csv"), "--format", "csv"]) == 0
    assert "Marmorkrebs" in (tmp_path / "names.csv").read_text(encoding="utf-8")


def test_curate_review_empty_then_bad_status(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IAS_CURATION_DIR", str(tmp_path / "curation"))
    assert main(["curate", "init"]) == 0
    capsys.readouterr()
    assert main(["curate", "review"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["curate", "review-reject", "7", "--comment", "x"]) == 2
    assert "review item 7 does not exist" in capsys.readouterr().err
