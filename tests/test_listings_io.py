import json

import pytest

from api.listings_io import InputError, read_listings


def test_read_listings_text_argument_is_one_listing():
    listings = list(read_listings("Selling red-eared sliders, 5 euro each"))
    assert [(l.id, l.text) for l in listings] == [("arg:1", "Selling red-eared sliders, 5 euro each")]


def test_read_listings_text_file_one_listing_a_line(tmp_path):
    path = tmp_path / "batch.txt"
    path.write_text("first listing\n\nsecond listing\n", encoding="utf-8")
    listings = list(read_listings(str(path)))
    assert [(l.id, l.text) for l in listings] == [("batch:1", "first listing"), ("batch:3", "second listing")]


def test_read_listings_jsonl_keeps_ids_and_extra_fields(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "a7", "text": "Wasserhyazinthe", "url": "u"}) + "\n", encoding="utf-8")
    listing = next(read_listings(str(path)))
    assert (listing.id, listing.text, listing.extra) == ("a7", "Wasserhyazinthe", {"url": "u"})


def test_read_listings_jsonl_missing_text_names_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "body": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl line 2: field 'text' is missing"):
        list(read_listings(str(path)))


def test_read_listings_jsonl_invalid_json_names_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: invalid JSON"):
        list(read_listings(str(path)))


def test_read_listings_missing_file_is_an_error_not_text():
    with pytest.raises(InputError, match="input file 'listings-typo.jsonl' not found"):
        list(read_listings("listings-typo.jsonl"))
