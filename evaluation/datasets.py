"""Load species-mention corpora and listing files as Hugging Face datasets of gold spans.

Every loader reads local files only and returns a ``datasets.Dataset`` with the columns of
``FEATURES``: ``id``, ``text``, ``language``, ``spans`` (character offsets into ``text``) and
``meta`` (a JSON object stored as a string, because its keys differ between corpora). Call
``to_documents`` to turn a dataset into ``Document`` objects, or ``load_corpus`` to do both for a
registered corpus name or a path.

Malformed input raises ``CorpusFormatError``, whose message names the file, the line and what
was expected.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

# Every loader reads local files only. The offline switch makes any Hub access fail instead of downloading.
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

import datasets  # noqa: E402  (must follow the offline switch above)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA_ROOT = SHARED / "corpora"
TRAINING_DATA = Path(__file__).resolve().parents[1] / "training_data"

Format = Literal["brat", "iob", "a100", "listings", "records"]
FORMATS: tuple[str, ...] = ("brat", "iob", "a100", "listings", "records")

A100_LABEL = "ScientificName"
"""Label of every A100 gold span: each is the Latin name inserted into the sentence."""

A100_LANGUAGES: dict[str, str] = {
    "eng": "en", "ger": "de", "fre": "fr", "dut": "nl", "spa": "es", "ita": "it", "por": "pt",
    "pol": "pl", "cze": "cs", "dan": "da", "swe": "sv", "rus": "ru", "chi": "zh", "jpn": "ja",
    "lat": "la",
    # "no" is the BCP 47 macrolanguage tag. The corpus does not say whether its Norwegian
    # sentences are Bokmål (nb) or Nynorsk (nn), so the narrower tags would be a guess.
    "nor": "no",
}
"""A100 language folder (the corpus's three-letter code) to BCP 47 language tag."""

_SPAN_FEATURES = {
    "start": datasets.Value("int64"),
    "end": datasets.Value("int64"),
    "text": datasets.Value("string"),
    "label": datasets.Value("string"),
    "fragments": datasets.List(datasets.List(datasets.Value("int64"))),
    "taxon_ids": datasets.List(datasets.Value("string")),
}
FEATURES = datasets.Features(
    {
        "id": datasets.Value("string"),
        "text": datasets.Value("string"),
        "language": datasets.Value("string"),
        "spans": datasets.List(_SPAN_FEATURES),
        "meta": datasets.Value("string"),
    }
)
"""Schema shared by every loader's dataset."""


@dataclass(frozen=True)
class GoldSpan:
    """One gold mention. Every loader guarantees ``text == document.text[start:end]``.

    ``fragments`` lists the pieces of a discontinuous BRAT annotation (such as "Variola ...
    viruses") in the order the ``.ann`` file gives them, and ``start`` and ``end`` then cover all
    pieces. It is empty for contiguous spans. ``taxon_ids`` are the normalisation references of
    the annotation (``Taxonomy:882104`` in S800 and S1000), empty where the corpus gives none.
    """

    start: int
    end: int
    text: str
    label: str
    fragments: tuple[tuple[int, int], ...] = ()
    taxon_ids: tuple[str, ...] = ()


@dataclass
class Document:
    """A document's text with its gold spans, sorted by ``(start, end)``."""

    id: str
    text: str
    spans: list[GoldSpan]
    language: str | None = None
    meta: dict = field(default_factory=dict)


class CorpusFormatError(ValueError):
    """Malformed corpus input, with the file and the 1-based line where it was found."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{path} line {line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {message}")


# --- Latin-name filter -------------------------------------------------------------------------

_GENUS = r"[A-Z][a-z]+"
_ABBREVIATED_GENUS = r"[A-Z][a-z]{0,2} ?\."  # "B . burgdorferi" is how tokenised corpora write "B. burgdorferi"
_EPITHET = r"[a-z][a-z-]+"
_RANK = r"(?:subsp|ssp|var|f|forma|cv)\."
LATIN_NAME = re.compile(
    rf"(?:{_GENUS}(?:\s+{_EPITHET})?|{_ABBREVIATED_GENUS}\s*{_EPITHET})"
    rf"(?:\s+(?:{_RANK}\s+)?{_EPITHET})*"
    r"(?:\s+spp?\.)?"
)
"""A genus, binomial or infraspecific name as written in running text.

Matches "Drosophila", "Homo sapiens", "E. coli", "E.coli", "E . coli", "Pha. munitum", "Sambucus nigra subsp.
canadensis" and "Polystichum sp.". Rejects vernacular names in lower case ("human", "mice"), all-
capital abbreviations ("HIV") and names with strain or serotype parts ("Escherichia coli K-12").
``is_latin_name`` also rejects virus names ("Measles virus").
"""


_GENUS_BEFORE = re.compile(r"[A-Z][a-z]* ?\.?\s+$")
_ENGLISH_EPITHETS = frozenset({"virus", "viruses"})


def is_latin_name(text: str) -> bool:
    """Return whether ``text`` has the shape of a Latin genus, binomial or infraspecific name."""
    # NOTE: a capitalised common word such as "Human" or "Yeast" at the start of a sentence has
    # the shape of a genus name and passes, because telling them apart needs a name list.
    text = text.strip()
    if LATIN_NAME.fullmatch(text) is None:
        return False
    # Virus names such as "Measles virus" have the shape of a binomial but are English.
    return not any(word in _ENGLISH_EPITHETS for word in text.split()[1:])


# --- shared helpers ----------------------------------------------------------------------------


def _span_row(span: GoldSpan) -> dict:
    return {
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "label": span.label,
        "fragments": [list(fragment) for fragment in span.fragments],
        "taxon_ids": list(span.taxon_ids),
    }


def _document_row(document: Document) -> dict:
    return {
        "id": document.id,
        "text": document.text,
        "language": document.language,
        "spans": [_span_row(span) for span in document.spans],
        "meta": json.dumps(document.meta, ensure_ascii=False, sort_keys=True),
    }


def _build_dataset(documents: Iterable[Document], source: Path) -> datasets.Dataset:
    rows = [_document_row(document) for document in documents]
    # Dataset.from_list keeps the table in memory, so loading writes nothing to the cache folder.
    dataset = datasets.Dataset.from_list(rows, features=FEATURES)
    dataset.info.description = f"loaded from {source}"
    return dataset


def to_documents(dataset: datasets.Dataset) -> list[Document]:
    """Convert a dataset with the ``FEATURES`` schema into documents."""
    documents = []
    for row in dataset:
        spans = [
            GoldSpan(
                start=span["start"],
                end=span["end"],
                text=span["text"],
                label=span["label"],
                fragments=tuple(tuple(fragment) for fragment in span["fragments"]),
                taxon_ids=tuple(span["taxon_ids"]),
            )
            for span in row["spans"]
        ]
        documents.append(
            Document(
                id=row["id"],
                text=row["text"],
                spans=spans,
                language=row["language"],
                meta=json.loads(row["meta"]),
            )
        )
    return documents


def _is_latin_span(span: GoldSpan, document_text: str) -> bool:
    """Apply ``is_latin_name`` and reject a capitalised first word that the document also writes in lower case.

    The second test drops sentence-initial common nouns ("Human", "Patients", "Mice") where the
    same document uses them mid-sentence, which genus names almost never are.
    """
    # NOTE: a genus that the document also writes in lower case ("wolbachia") is dropped too.
    if not is_latin_name(span.text):
        return False
    first_word = span.text.split()[0]
    if first_word.endswith("."):
        return True
    for match in re.finditer(rf"(?<!\w){re.escape(first_word.lower())}(?!\w)", document_text):
        # A lower-case occurrence right after a genus is an epithet, as in "Alces alces".
        if not _GENUS_BEFORE.search(document_text, 0, match.start()):
            return False
    return True


def _keep_spans(
    spans: Iterable[GoldSpan], types: Sequence[str] | None, latin_only: bool, document_text: str
) -> list[GoldSpan]:
    selected = [
        span
        for span in spans
        if (types is None or span.label in types) and (not latin_only or _is_latin_span(span, document_text))
    ]
    return sorted(selected, key=lambda span: (span.start, span.end, span.label))


def _require_path(path: Path, kind: str) -> None:
    if kind == "folder" and not path.is_dir():
        raise FileNotFoundError(f"corpus folder {path} not found; pass an existing folder")
    if kind == "file" and not path.is_file():
        raise FileNotFoundError(f"corpus file {path} not found; pass an existing file")


# --- BRAT standoff -----------------------------------------------------------------------------

_BRAT_ID_PREFIXES = ("T", "N", "R", "E", "A", "M", "#", "*")
_OFFSETS = re.compile(r"\d+ \d+(?:;\d+ \d+)*")


def _parse_text_bound(
    ann_path: Path, number: int, fields: list[str], text: str
) -> tuple[str, GoldSpan]:
    """Parse a ``T`` line (id, "Type start end[;start end]...", text) and check it against the text."""
    if len(fields) != 3:
        raise CorpusFormatError(
            ann_path, number, f"expected 3 tab-separated fields (id, type and offsets, text), found {len(fields)}"
        )
    annotation_id, type_and_offsets, mention = fields
    label, _, offsets = type_and_offsets.partition(" ")
    if not label or not _OFFSETS.fullmatch(offsets):
        raise CorpusFormatError(
            ann_path, number, f"expected 'Type start end' with ';'-separated fragments, found {type_and_offsets!r}"
        )

    fragments = []
    for fragment in offsets.split(";"):
        start, end = (int(value) for value in fragment.split(" "))
        if not 0 <= start < end <= len(text):
            raise CorpusFormatError(
                ann_path, number,
                f"offsets {start}-{end} are outside the text (length {len(text)}) or empty",
            )
        fragments.append((start, end))

    # BRAT writes the text of a discontinuous annotation as its fragments joined by one space.
    expected = " ".join(text[start:end] for start, end in fragments)
    if expected != mention:
        raise CorpusFormatError(
            ann_path, number,
            f"annotation text {mention!r} differs from the text at offsets {offsets} ({expected!r})",
        )

    start = min(fragment[0] for fragment in fragments)
    end = max(fragment[1] for fragment in fragments)
    span = GoldSpan(
        start=start,
        end=end,
        text=text[start:end],
        label=label,
        fragments=tuple(fragments) if len(fragments) > 1 else (),
    )
    return annotation_id, span


def _read_brat_document(txt_path: Path, ann_path: Path) -> list[GoldSpan]:
    text = txt_path.read_text(encoding="utf-8")
    spans: dict[str, GoldSpan] = {}
    references: dict[str, list[str]] = {}
    reference_lines: dict[str, int] = {}

    with open(ann_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            if "\t" not in line:
                raise CorpusFormatError(
                    ann_path, number, f"expected tab-separated fields starting with an annotation id, found {line!r}"
                )
            fields = line.split("\t")
            annotation_id = fields[0]
            if not annotation_id.startswith(_BRAT_ID_PREFIXES):
                raise CorpusFormatError(
                    ann_path, number,
                    f"annotation id {annotation_id!r} does not start with one of {' '.join(_BRAT_ID_PREFIXES)}",
                )
            if annotation_id.startswith("T"):
                annotation_id, span = _parse_text_bound(ann_path, number, fields, text)
                if annotation_id in spans:
                    raise CorpusFormatError(ann_path, number, f"annotation id {annotation_id} is used twice")
                spans[annotation_id] = span
            elif annotation_id.startswith("N"):
                # "N1<TAB>Reference T1 Taxonomy:882104[<TAB>name]"
                parts = fields[1].split(" ")
                if len(parts) != 3 or parts[0] != "Reference":
                    raise CorpusFormatError(
                        ann_path, number, f"expected 'Reference <T id> <database:id>', found {fields[1]!r}"
                    )
                references.setdefault(parts[1], []).append(parts[2])
                reference_lines.setdefault(parts[1], number)
            # Relations, events, attributes and notes carry nothing that span scoring uses.

    for target, taxon_ids in references.items():
        if target not in spans:
            raise CorpusFormatError(
                ann_path, reference_lines[target], f"normalisation refers to {target}, which is not a T annotation"
            )
        span = spans[target]
        spans[target] = GoldSpan(span.start, span.end, span.text, span.label, span.fragments, tuple(taxon_ids))
    return list(spans.values())


def _read_categories(path: Path) -> dict[str, str]:
    """Read a ``categories.tsv`` of (number, category, document id) rows, as in the S1000 extension."""
    categories = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3:
                raise CorpusFormatError(path, number, f"expected 3 tab-separated fields, found {len(fields)}")
            categories[fields[2]] = fields[1]
    return categories


def iter_brat(folder: Path | str, categories: Path | str | None = None) -> Iterator[Document]:
    """Yield every ``.txt`` and ``.ann`` pair of a BRAT folder as a document with all its spans."""
    folder = Path(folder)
    _require_path(folder, "folder")
    text_paths = sorted(folder.glob("*.txt"))
    if not text_paths:
        raise FileNotFoundError(f"no .txt files in {folder}; a BRAT folder contains NAME.txt and NAME.ann pairs")
    category_by_id = _read_categories(Path(categories)) if categories is not None else {}

    for txt_path in text_paths:
        ann_path = txt_path.with_suffix(".ann")
        if not ann_path.is_file():
            raise FileNotFoundError(f"{ann_path} not found; every BRAT .txt file needs a matching .ann file")
        meta: dict = {"source": str(txt_path)}
        if txt_path.stem in category_by_id:
            meta["category"] = category_by_id[txt_path.stem]
        yield Document(txt_path.stem, txt_path.read_text(encoding="utf-8"),
                       _read_brat_document(txt_path, ann_path), None, meta)


def document_split(document_id: str) -> str:
    """Return "devel" for one document in five and "train" for the rest, by a hash of the id.

    S800 ships without a split. This one is fixed by the ids alone, so the NER never trains on
    the documents that ``s800-devel`` scores.
    """
    return "devel" if int(hashlib.sha256(document_id.encode("utf-8")).hexdigest(), 16) % 5 == 0 else "train"


def load_brat(
    folder: Path | str,
    types: Sequence[str] | None = None,
    latin_only: bool = False,
    categories: Path | str | None = None,
    split: str | None = None,
) -> datasets.Dataset:
    """Load a BRAT standoff folder, keeping spans whose type is in ``types`` (all when None).

    ``latin_only`` further keeps only spans that ``is_latin_name`` accepts. ``categories`` is an
    optional TSV of (number, category, document id) rows whose category goes to ``meta``.
    ``split`` ("train" or "devel") keeps the documents that ``document_split`` assigns to it.
    """
    documents = []
    for document in iter_brat(folder, categories):
        if split is not None and document_split(document.id) != split:
            continue
        document.spans = _keep_spans(document.spans, types, latin_only, document.text)
        documents.append(document)
    return _build_dataset(documents, Path(folder))


# --- IOB ---------------------------------------------------------------------------------------

IobGrouping = Literal["article", "sentence", "file"]


def _read_iob_sentences(path: Path) -> Iterator[tuple[int, list[tuple[str, str, int]]] | None]:
    """Yield (first line, [(token, tag, line)]) per sentence, and None at each ``-DOCSTART-`` line."""
    sentence: list[tuple[str, str, int]] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sentence:
                    yield sentence[0][2], sentence
                    sentence = []
                continue
            if line.startswith("-DOCSTART-"):
                if sentence:
                    yield sentence[0][2], sentence
                    sentence = []
                yield None
                continue
            fields = line.split("\t")
            if len(fields) < 2 or not fields[0] or not fields[-1]:
                raise CorpusFormatError(path, number, f"expected 'token<TAB>tag', found {line!r}")
            sentence.append((fields[0], fields[-1], number))
    if sentence:
        yield sentence[0][2], sentence


def _group_iob_sentences(path: Path, grouping: IobGrouping) -> list[list[tuple[int, list[tuple[str, str, int]]]]]:
    groups: list[list] = [[]]
    for item in _read_iob_sentences(path):
        if item is None:
            groups.append([])
            continue
        if grouping == "sentence":
            groups.append([item])
            continue
        groups[-1].append(item)

    if grouping == "article":
        # LINNAEUS marks no document boundaries, but each of its articles starts with a title
        # sentence followed by a sentence that is only "Abstract" (100 across train, devel and
        # test). A new document therefore starts at the sentence before each such one.
        split = []
        for group in groups:
            current: list = []
            for index, item in enumerate(group):
                next_item = group[index + 1] if index + 1 < len(group) else None
                starts_article = next_item is not None and [token for token, _, _ in next_item[1]] == ["Abstract"]
                if starts_article and current:
                    split.append(current)
                    current = []
                current.append(item)
            split.append(current)
        groups = split
    return [group for group in groups if group]


def iter_iob(path: Path | str, grouping: IobGrouping = "article") -> Iterator[Document]:
    """Yield the documents of a token-per-line IOB file with all their spans.

    A document's text is its tokens joined by single spaces, with one newline between
    sentences, so the original spacing ("KH - domain") is not restored. ``grouping`` sets where
    documents start:

    - "article": at every ``-DOCSTART-`` line and at each title sentence that is followed by a
      sentence consisting only of "Abstract" (the LINNAEUS layout);
    - "sentence": at every sentence;
    - "file": only at ``-DOCSTART-`` lines.
    """
    path = Path(path)
    _require_path(path, "file")
    if grouping not in ("article", "sentence", "file"):
        raise ValueError(f"unknown IOB grouping {grouping!r}; use 'article', 'sentence' or 'file'")

    for index, group in enumerate(_group_iob_sentences(path, grouping), start=1):
        text_parts: list[str] = []
        spans: list[GoldSpan] = []
        offset = 0
        for sentence_index, (_, sentence) in enumerate(group):
            if sentence_index:
                text_parts.append("\n")
                offset += 1
            open_span: tuple[int, int, str] | None = None  # (start, end, label)
            for token_index, (token, tag, number) in enumerate(sentence):
                if token_index:
                    text_parts.append(" ")
                    offset += 1
                start, end = offset, offset + len(token)
                text_parts.append(token)
                offset = end

                prefix, _, label = tag.partition("-")
                if tag == "O":
                    if open_span:
                        spans.append(open_span)
                    open_span = None
                elif prefix == "B" and label:
                    if open_span:
                        spans.append(open_span)
                    open_span = (start, end, label)
                elif prefix == "I" and label:
                    if open_span is None or open_span[2] != label:
                        raise CorpusFormatError(
                            path, number, f"tag {tag} must follow B-{label} or I-{label} in the same sentence"
                        )
                    open_span = (open_span[0], end, label)
                else:
                    raise CorpusFormatError(path, number, f"expected a tag O, B-TYPE or I-TYPE, found {tag!r}")
            if open_span:
                spans.append(open_span)

        text = "".join(text_parts)
        gold = [GoldSpan(start, end, text[start:end], label) for start, end, label in spans]
        meta = {"source": str(path), "first_line": group[0][0], "sentences": len(group)}
        yield Document(f"{path.stem}-{index:04d}", text, gold, None, meta)


def load_iob(
    path: Path | str,
    types: Sequence[str] | None = None,
    latin_only: bool = False,
    grouping: IobGrouping = "article",
) -> datasets.Dataset:
    """Load a token-per-line IOB file; see ``iter_iob`` for how text and documents are built."""
    documents = []
    for document in iter_iob(path, grouping):
        document.spans = _keep_spans(document.spans, types, latin_only, document.text)
        documents.append(document)
    return _build_dataset(documents, Path(path))


# --- A100 --------------------------------------------------------------------------------------

_HYBRID_SIGNS = str.maketrans({"⨉": "×", "⨯": "×", "✕": "×"})
_TOKEN_EDGE = "()[]{},;:†\"'"
_MAX_SKIPPED_TOKENS = 4
"""Text tokens allowed between two tokens of a gold name (authors, "cf.", a subgenus in brackets)."""


def _name_key(token: str) -> str:
    key = token.strip(_TOKEN_EDGE).translate(_HYBRID_SIGNS).casefold()
    if key == "x":
        return "×"
    if key == "ssp.":
        return "subsp."
    return key


def _text_tokens(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` at whitespace into (start, end, key) with brackets and commas trimmed off."""
    tokens = []
    for match in re.finditer(r"\S+", text):
        start, end = match.span()
        while start < end and text[start] in _TOKEN_EDGE:
            start += 1
        while end > start and text[end - 1] in _TOKEN_EDGE:
            end -= 1
        if start < end:
            tokens.append((start, end, _name_key(text[start:end])))
    return tokens


def _is_free(start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    return all(end <= other_start or start >= other_end for other_start, other_end in claimed)


def _align_name(text: str, name: str, claimed: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """Find ``name`` in ``text`` and return (start, end, match kind), or None.

    The match kind is "exact", "aligned" (every name token found) or "partial" (some tokens lay
    inside an earlier gold span and were dropped).

    An exact occurrence between word boundaries is used first. Otherwise the name's tokens are matched in order to
    whitespace tokens of the text, ignoring case, "ssp."/"subsp." and the hybrid sign, with up to
    ``_MAX_SKIPPED_TOKENS`` text tokens skipped between two name tokens. A matched token that
    lies inside an earlier gold span of the document is dropped, so in "Thuja plicata, obtusa"
    the second name "Thuja obtusa" is the epithet "obtusa" alone.
    """
    for match in re.finditer(rf"(?<!\w){re.escape(name.strip())}(?!\w)", text):
        if _is_free(match.start(), match.end(), claimed):
            return match.start(), match.end(), "exact"

    name_keys = [_name_key(token) for token in name.split()]
    tokens = _text_tokens(text)
    for first, token in enumerate(tokens):
        if token[2] != name_keys[0]:
            continue
        matched = [token]
        position = first
        for key in name_keys[1:]:
            window = tokens[position + 1 : position + 2 + _MAX_SKIPPED_TOKENS]
            found = next((index for index, candidate in enumerate(window) if candidate[2] == key), None)
            if found is None:
                break
            position += 1 + found
            matched.append(tokens[position])
        else:
            free = [(start, end) for start, end, _ in matched if _is_free(start, end, claimed)]
            if free:
                return free[0][0], free[-1][1], "aligned" if len(free) == len(matched) else "partial"
    return None


def _read_a100_gold(path: Path) -> dict[str, list[tuple[int, str, str]]]:
    gold: dict[str, list[tuple[int, str, str]]] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            fields = line.rstrip("\n").rstrip("\r").split("\t")
            if len(fields) != 3 or not all(fields):
                raise CorpusFormatError(
                    path, number, f"expected 3 tab-separated fields (document, verbatim name, expanded name), found {line.rstrip()!r}"
                )
            gold.setdefault(fields[0], []).append((number, fields[1], fields[2]))
    return gold


def _a100_folders(folder: Path, languages: Sequence[str] | None) -> list[Path]:
    available = sorted(path for path in folder.iterdir() if path.is_dir())
    unknown = [path.name for path in available if path.name not in A100_LANGUAGES]
    if unknown:
        raise ValueError(
            f"A100 folder {folder} has language folders {unknown} with no BCP 47 mapping; add them to A100_LANGUAGES"
        )
    if languages is None:
        return available
    by_code = {code: folder / code for code in A100_LANGUAGES}
    by_code.update({tag: folder / code for code, tag in A100_LANGUAGES.items()})
    selected = []
    for language in languages:
        if language not in by_code:
            raise ValueError(
                f"unknown A100 language {language!r}; use a folder code or tag from {sorted(A100_LANGUAGES.items())}"
            )
        selected.append(by_code[language])
    return selected


def iter_a100(folder: Path | str, languages: Sequence[str] | None = None) -> Iterator[Document]:
    """Yield A100 documents (``LANG/artificialNN.txt``) with a span for each gold name.

    Gold comes from ``A100-LN.tsv`` (document, verbatim name, expanded name). The gold names are
    written in a normalised form, so about 30 of the 105 differ from the sentence text ("subsp.
    Darwinii", "Corvus cf. nasicus L."); ``_align_name`` locates them. ``meta["gold_names"]``
    keeps the names and how each span was found. ``languages`` takes folder codes ("ger") or
    BCP 47 tags ("de"); None loads every language folder.
    """
    folder = Path(folder)
    _require_path(folder, "folder")
    gold_path = folder / "A100-LN.tsv"
    _require_path(gold_path, "file")
    gold = _read_a100_gold(gold_path)

    for language_folder in _a100_folders(folder, languages):
        _require_path(language_folder, "folder")
        for document_name, names in sorted(gold.items()):
            text_path = language_folder / f"{document_name}.txt"
            if not text_path.is_file():
                raise CorpusFormatError(gold_path, names[0][0], f"document {text_path} not found")
            text = text_path.read_text(encoding="utf-8")

            spans: list[GoldSpan] = []
            claimed: list[tuple[int, int]] = []
            gold_names = []
            for number, verbatim, expanded in names:
                found = _align_name(text, verbatim, claimed)
                if found is None:
                    raise CorpusFormatError(
                        gold_path, number, f"gold name {verbatim!r} not found in {text_path}: {text.strip()!r}"
                    )
                start, end, match_kind = found
                claimed.append((start, end))
                spans.append(GoldSpan(start, end, text[start:end], A100_LABEL))
                gold_names.append({"verbatim": verbatim, "expanded": expanded, "match": match_kind})

            meta = {"source": str(text_path), "gold_names": gold_names}
            yield Document(f"{language_folder.name}/{document_name}", text, spans,
                           A100_LANGUAGES[language_folder.name], meta)


def load_a100(
    folder: Path | str,
    languages: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    latin_only: bool = False,
) -> datasets.Dataset:
    """Load the A100 corpus (see ``iter_a100``), keeping spans as ``load_brat`` does."""
    documents = []
    for document in iter_a100(folder, languages):
        document.spans = _keep_spans(document.spans, types, latin_only, document.text)
        documents.append(document)
    return _build_dataset(documents, Path(folder))


# --- listings ----------------------------------------------------------------------------------


def iter_listings(path: Path | str) -> Iterator[Document]:
    """Yield listing JSONL records as documents with no spans and every other field in ``meta``.

    Each line is a JSON object with ``text`` and optionally ``id`` and ``lang``. A missing ``id``
    becomes ``STEM:LINE``. Gold fields such as ``offered_taxa`` and ``regulated_offer`` go to
    ``meta``.
    """
    path = Path(path)
    _require_path(path, "file")
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CorpusFormatError(path, number, f"invalid JSON ({error.msg}); expected one object a line") from None
            if not isinstance(record, dict):
                raise CorpusFormatError(path, number, f"expected a JSON object, found {type(record).__name__}")
            if not isinstance(record.get("text"), str):
                raise CorpusFormatError(path, number, "missing or non-string field 'text'")
            document_id = str(record.pop("id", f"{path.stem}:{number}"))
            text = record.pop("text")
            language = record.pop("lang", None)
            yield Document(document_id, text, [], language, {"source": str(path), "line": number, **record})


def load_listings(path: Path | str) -> datasets.Dataset:
    """Load listing JSONL; see ``iter_listings``."""
    return _build_dataset(iter_listings(path), Path(path))


# --- training records ---------------------------------------------------------------------------


def iter_records(path: Path | str, split: str | None = None,
                 types: Sequence[str] | None = None) -> Iterator[Document]:
    """Yield training-data records (``training_data/FORMAT.md``) as documents with their gold spans.

    ``split`` keeps the records of one split, so "dev" scores what the models never trained on.
    ``types`` keeps the span labels given (SCIENTIFIC, VERNACULAR), and None keeps all.
    """
    from training_data.records import load_records

    path = Path(path)
    _require_path(path, "file")
    for record in load_records(path):
        if split is not None and record["split"] != split:
            continue
        text = record["text"]
        spans = [GoldSpan(s["start"], s["end"], text[s["start"] : s["end"]], s["label"])
                 for s in record["spans"] if types is None or s["label"] in types]
        yield Document(record["id"], text, spans, record["language"], {"source": record["source"]})


def load_records_dataset(path: Path | str, split: str | None = None,
                         types: Sequence[str] | None = None) -> datasets.Dataset:
    """Load training-data records as a dataset; see ``iter_records``."""
    return _build_dataset(iter_records(path, split, types), Path(path))


# --- registry ----------------------------------------------------------------------------------

SPECIES_MENTION_TYPES: tuple[str, ...] = ("Species", "Genus")
"""Default S800 and S1000 gold types.

A listing names what it sells at species or genus level ("Trachemys", "Procambarus clarkii"),
so both count as species mentions. Strain spans ("SMSP", "DSM 22288") are culture identifiers,
not names. Kingdom to Family spans are higher ranks, and Out-of-scope spans are marked as not taxa.
"""


@dataclass(frozen=True)
class CorpusSpec:
    """A registered corpus: where it is, its format and its default gold types (None keeps all)."""

    name: str
    path: Path
    format: Format
    default_types: tuple[str, ...] | None
    description: str
    options: dict = field(default_factory=dict)


CORPORA: dict[str, CorpusSpec] = {
    spec.name: spec
    for spec in (
        CorpusSpec("s800", CORPORA_ROOT / "s800-revised", "brat", SPECIES_MENTION_TYPES,
                   "S800 revised: 800 PubMed abstracts"),
        CorpusSpec("s800-train", CORPORA_ROOT / "s800-revised", "brat", SPECIES_MENTION_TYPES,
                   "S800 revised, the four fifths of documents that the NER trains on", {"split": "train"}),
        CorpusSpec("s800-devel", CORPORA_ROOT / "s800-revised", "brat", SPECIES_MENTION_TYPES,
                   "S800 revised, the fifth of documents held out from NER training", {"split": "devel"}),
        CorpusSpec("s1000-train", CORPORA_ROOT / "s1000-extension" / "train", "brat", SPECIES_MENTION_TYPES,
                   "S1000 extension, train split",
                   {"categories": CORPORA_ROOT / "s1000-extension" / "categories.tsv"}),
        CorpusSpec("s1000-devel", CORPORA_ROOT / "s1000-extension" / "devel", "brat", SPECIES_MENTION_TYPES,
                   "S1000 extension, devel split",
                   {"categories": CORPORA_ROOT / "s1000-extension" / "categories.tsv"}),
        CorpusSpec("linnaeus-train", CORPORA_ROOT / "linnaeus-iob" / "train.tsv", "iob", ("Species",),
                   "LINNAEUS full-text articles, train split"),
        CorpusSpec("linnaeus-devel", CORPORA_ROOT / "linnaeus-iob" / "devel.tsv", "iob", ("Species",),
                   "LINNAEUS full-text articles, devel split"),
        CorpusSpec("linnaeus-test", CORPORA_ROOT / "linnaeus-iob" / "test.tsv", "iob", ("Species",),
                   "LINNAEUS full-text articles, test split"),
        CorpusSpec("a100", CORPORA_ROOT / "a100", "a100", (A100_LABEL,),
                   "A100: one sentence with a Latin name, 100 per language in 16 languages"),
        CorpusSpec("sentences-dev", TRAINING_DATA / "sentences" / "generated.jsonl", "records", ("SCIENTIFIC",),
                   "our templated sentences with Latin names in 16 languages, dev split (no model trains on it)",
                   {"split": "dev"}),
        CorpusSpec("dev-listings", SHARED / "listings" / "dev.jsonl", "listings", None,
                   "hand-written marketplace listings with taxon-level gold"),
    )
}


def infer_format(path: Path) -> Format:
    """Infer a corpus format from a path: A100 folder, BRAT folder, ``.tsv`` IOB file or ``.jsonl``."""
    if path.is_dir():
        if (path / "A100-LN.tsv").is_file():
            return "a100"
        if any(path.glob("*.ann")):
            return "brat"
        raise ValueError(
            f"cannot infer the format of folder {path}: it has no .ann files (BRAT) and no A100-LN.tsv (A100); pass format="
        )
    if path.suffix in (".tsv", ".iob", ".conll"):
        return "iob"
    if path.suffix == ".jsonl":
        return "listings"
    raise ValueError(f"cannot infer the format of {path} from its suffix; pass format= one of {list(FORMATS)}")


def load_dataset(
    name_or_path: str | Path,
    format: Format | None = None,
    types: Sequence[str] | None = None,
    latin_only: bool = False,
) -> datasets.Dataset:
    """Load a registered corpus or a path as a dataset; see ``load_corpus``."""
    spec = CORPORA.get(str(name_or_path))
    if spec is not None:
        path, options = spec.path, dict(spec.options)
        format = format or spec.format
        if types is None:
            types = spec.default_types
        if not path.exists():
            raise FileNotFoundError(f"corpus {spec.name!r} expects {path}, which is not there; check out ../shared")
    else:
        path, options = Path(name_or_path), {}
        if not path.exists():
            raise ValueError(
                f"{str(name_or_path)!r} is neither a registered corpus nor an existing path; "
                f"use one of {sorted(CORPORA)} or a path to a corpus file or folder"
            )
        format = format or infer_format(path)

    if format == "brat":
        return load_brat(path, types, latin_only, options.get("categories"), options.get("split"))
    if format == "iob":
        return load_iob(path, types, latin_only)
    if format == "a100":
        return load_a100(path, None, types, latin_only)
    if format == "listings":
        return load_listings(path)
    if format == "records":
        return load_records_dataset(path, options.get("split"), types)
    raise ValueError(f"unknown format {format!r}; use one of {list(FORMATS)}")


def load_corpus(
    name_or_path: str | Path,
    format: Format | None = None,
    types: Sequence[str] | None = None,
    latin_only: bool = False,
) -> list[Document]:
    """Load a registered corpus (see ``CORPORA``) or a corpus path as documents.

    A path's format is ``format`` or, when None, inferred by ``infer_format``. ``types`` selects
    the gold span labels and defaults to the corpus's ``default_types`` (all labels for a path).
    ``latin_only=True`` keeps only spans shaped like Latin names, which is how to score a
    scientific-name finder on S800 or S1000: ``load_corpus("s800", latin_only=True)``.
    """
    return to_documents(load_dataset(name_or_path, format, types, latin_only))
