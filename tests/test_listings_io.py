import json

import pytest

from api.listings_io import InputError, read_listings


def test_read_listings_text_argument_is_one_listing():
    listings = (read_listings("Selling red-eared sliders, 5 euro each"))
    assert [(l.id, l.text) for l in listings] == [("arg:1", "Selling red-eared sliders, 5 euro each")]


def test_read_listings_text_file_one_listing_a_line(tmp_path):
    path = tmp_path / "batch.txt"
    path.write_text("first listing\n\nsecond listing\n", encoding="utf-8")
    listings = (read_listings(str(path)))
    assert [(l.id, l.text) for l in listings] == [("batch:1", "first listing"), ("batch:3", "second listing")]


def test_read_listings_jsonl_keeps_ids_and_extra_fields(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "a7", "text": "Wasserhyazinthe", "url": "u"}) + "\n", encoding="utf-8")
    [listing] = read_listings(str(path))
    assert (listing.id, listing.text, listing.extra) == ("a7", "Wasserhyazinthe", {"url": "u"})


def test_read_listings_jsonl_missing_text_names_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "body": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl line 2: field 'text' is missing"):
        read_listings(str(path))


def test_read_listings_reports_every_bad_line_before_tagging(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{"text": \n{"id": 3}\n{"text": "also ok"}\n', encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_listings(str(path))
    message = str(error.value)
    assert message.startswith("2 invalid record(s), so nothing was tagged")
    assert "bad.jsonl line 2: invalid JSON" in message
    assert "bad.jsonl line 3: field 'text' is missing" in message


def test_read_listings_non_utf8_names_line_and_fix(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("first listing\nécrevisses\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1.txt line 2: invalid UTF-8 .* convert the file to UTF-8"):
        read_listings(str(path))


def test_read_listings_csv_uses_text_and_id_columns(tmp_path):
    path = tmp_path / "batch.csv"
    path.write_text('id,text,url\nc1,"Red-eared slider, 5 euro",u1\n', encoding="utf-8")
    [listing] = read_listings(str(path))
    assert (listing.id, listing.text, listing.extra) == ("c1", "Red-eared slider, 5 euro", {"url": "u1"})


def test_read_listings_csv_missing_text_column(tmp_path):
    path = tmp_path / "batch.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"has no 'text' column"):
        read_listings(str(path))


def test_read_listings_path_with_slash_is_not_text():
    with pytest.raises(InputError, match="input file 'data/listings' not found"):
        read_listings("data/listings")


def test_read_listings_jsonl_invalid_json_names_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: invalid JSON"):
        read_listings(str(path))


def test_read_listings_missing_file():
    with pytest.raises(InputError, match="input file 'listings-typo.jsonl' not found"):
        read_listings("listings-typo.jsonl")
