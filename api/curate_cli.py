"""The ``ias-tagger curate`` commands: seed the curation store, change names, revert, read the audit log."""

from __future__ import annotations

import argparse
import getpass
import json
import sys


def _store(args: argparse.Namespace):
    from api.config import Settings
    from taxonomy.curation import CurationStore

    settings = Settings(**({"curation_db": args.db} if args.db else {}))
    return CurationStore(settings.curation_url(), settings.curation_folder())


def _print(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def command_init(args: argparse.Namespace) -> int:
    from taxonomy.loader import DEFAULT_DATASET_DIR

    store = _store(args)
    version = store.seed(args.taxonomy or DEFAULT_DATASET_DIR, args.actor)
    print(f"seeded the curation store: taxonomy {version} in {store.current_folder()}")
    return 0


def command_add_name(args: argparse.Namespace) -> int:
    change = _store(args).add_name(args.actor, args.comment, args.taxon_id, args.name, args.form, args.language,
                                   args.ambiguous)
    _print(change)
    return 0


def _date(value: str, option: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{option} {value!r} is not a date; write it as YYYY-MM-DD") from None


def command_add_taxon(args: argparse.Namespace) -> int:
    from taxonomy.schema import Taxon

    taxon = Taxon(args.taxon_id, args.scientific_name, args.authorship, args.rank, args.kingdom, args.group,
                  args.gbif_key)
    _print(_store(args).add_taxon(args.actor, args.comment, taxon))
    return 0


def command_add_list(args: argparse.Namespace) -> int:
    from taxonomy.schema import TaxonList

    taxon_list = TaxonList(args.list_id, args.title, args.jurisdiction, args.legal_act,
                           _date(args.applies_from, "--applies-from"), args.kind, args.url)
    _print(_store(args).add_list(args.actor, args.comment, taxon_list))
    return 0


def command_set_membership(args: argparse.Namespace) -> int:
    from taxonomy.schema import Membership

    membership = Membership(args.list_id, args.taxon_id, _date(args.applies_from, "--applies-from"),
                            args.listed_name, args.legal_act)
    _print(_store(args).set_membership(args.actor, args.comment, membership))
    return 0


def command_ignore(args: argparse.Namespace) -> int:
    _print(_store(args).add_ignore(args.actor, args.comment, args.text, args.language, args.taxon))
    return 0


def command_retire_name(args: argparse.Namespace) -> int:
    _print(_store(args).retire_name(args.actor, args.comment, args.name_id, args.revision))
    return 0


def command_revert(args: argparse.Namespace) -> int:
    _print(_store(args).revert(args.actor, args.comment, args.change_id))
    return 0


def command_audit(args: argparse.Namespace) -> int:
    _print(_store(args).changes(args.entity, args.limit))
    return 0


def command_current(args: argparse.Namespace) -> int:
    store = _store(args)
    print(f"{store.taxonomy().version} {store.current_folder()}")
    return 0


def command_import(args: argparse.Namespace) -> int:
    from datetime import date
    from pathlib import Path

    from taxonomy.curation.dwca import read_csv_checklist, read_dwca
    from taxonomy.curation.importer import list_for_import, plan_import

    path = Path(args.path)
    checklist_format = args.format or ("csv" if path.suffix.lower() == ".csv" else
                                       "daisie" if (path / "data" / "raw" / "input_taxon.csv").is_file() else "dwca")
    if checklist_format == "daisie":
        from taxonomy.curation.daisie import read_daisie

        checklist = read_daisie(path)
    else:
        checklist = read_csv_checklist(path) if checklist_format == "csv" else read_dwca(path)
    try:
        applies_from = date.fromisoformat(args.applies_from)
    except ValueError:
        raise ValueError(f"--applies-from {args.applies_from!r} is not a date; write it as YYYY-MM-DD") from None
    if args.apply and not (args.comment or "").strip():
        raise ValueError("--apply needs --comment: say why the checklist is imported, for the audit log")
    store = _store(args)
    taxon_list = list_for_import(args.list_id, args.title or checklist.title, args.jurisdiction, args.kind,
                                 applies_from)
    plan = plan_import(store.taxonomy(), checklist, taxon_list, args.source, args.vernacular_language)
    if not args.apply:
        _print(plan.summary())
        print("dry run: nothing was changed; add --apply --comment \"why\" to import", file=sys.stderr)
        return 0
    _print(store.apply_import(args.actor, args.comment, plan))
    return 0


def command_search(args: argparse.Namespace) -> int:
    from taxonomy.curation.search import search_names

    _print(search_names(_store(args).taxonomy(), args.query, args.limit))
    return 0


def command_show(args: argparse.Namespace) -> int:
    store = _store(args)
    taxonomy = store.taxonomy()
    taxon = taxonomy.taxon(args.taxon_id)
    _print({
        "taxon": {"id": taxon.id, "scientific_name": taxon.scientific_name, "authorship": taxon.authorship,
                  "rank": taxon.rank, "kingdom": taxon.kingdom},
        "names": [{"name": n.name, "form": n.form, "language": n.language, "source": n.source}
                  for n in taxonomy.names_of(taxon.id)],
        "lists": [{"id": m.list_id, "applies_from": m.applies_from.isoformat()} for m in taxonomy.memberships_of(taxon.id)],
        "history": store.taxon_history(taxon.id),
        "taxonomy_version": taxonomy.version,
    })
    return 0


def command_export(args: argparse.Namespace) -> int:
    from taxonomy.curation.export import export_csv, export_dwca

    taxonomy = _store(args).taxonomy()
    written = export_csv(taxonomy, args.path) if args.format == "csv" else export_dwca(taxonomy, args.path)
    print(f"wrote taxonomy {taxonomy.version} to {written}")
    return 0


def command_review(args: argparse.Namespace) -> int:
    from taxonomy.curation.review import review_items

    _print(review_items(_store(args), args.status, args.limit))
    return 0


def command_review_accept(args: argparse.Namespace) -> int:
    from taxonomy.curation.review import accept

    _print(accept(_store(args), args.actor, args.comment, args.item_id, args.taxon_id, args.form, args.language))
    return 0


def command_review_reject(args: argparse.Namespace) -> int:
    from taxonomy.curation.review import reject

    _print(reject(_store(args), args.actor, args.comment, args.item_id))
    return 0


def command_key_create(args: argparse.Namespace) -> int:
    from taxonomy.curation.keys import create_key

    key = create_key(_store(args).sessions, args.identity, args.role)
    print(key)
    print(f"created a {args.role} key for {args.identity}; it is shown only now", file=sys.stderr)
    return 0


def command_key_revoke(args: argparse.Namespace) -> int:
    from taxonomy.curation.keys import revoke_key

    revoke_key(_store(args).sessions, args.identity)
    print(f"revoked the key of {args.identity}", file=sys.stderr)
    return 0


def add_curate_parser(commands) -> None:
    """Add ``curate`` and its subcommands to the ``ias-tagger`` subparsers."""
    curate = commands.add_parser("curate", help="Change the taxonomy's names in the curation store, with an audit log.")
    curate.add_argument("--db", help="SQLAlchemy URL of the store (default: IAS_CURATION_DB, else a SQLite file "
                                     "in IAS_CURATION_DIR or <cache>/curation).")
    curate.add_argument("--actor", default=getpass.getuser(),
                        help="Who makes the change, for the audit log (default: the login name).")
    actions = curate.add_subparsers(dest="curate_command", required=True)

    init = actions.add_parser("init", help="Seed an empty store from a taxonomy folder.")
    init.add_argument("--taxonomy", help="Taxonomy folder (default: the embedded EU Union list).")
    init.set_defaults(handler=command_init)

    add = actions.add_parser("add-name", help="Add a name to a taxon.")
    add.add_argument("taxon_id", help="Taxon id, as in taxa.jsonl (a GBIF key or local:<slug>).")
    add.add_argument("name", help="The name as it is written.")
    add.add_argument("--form", required=True,
                     help="accepted, synonym, vernacular, trade, abbreviation or misspelling.")
    add.add_argument("--language", help="BCP 47 tag; required for vernacular and trade names.")
    add.add_argument("--ambiguous", action="store_true",
                     help="The name may also be an everyday word or another taxon's name; link it only with support.")
    add.add_argument("--comment", required=True, help="Why the name is added, for the audit log.")
    add.set_defaults(handler=command_add_name)

    taxon = actions.add_parser("add-taxon", help="Add a taxon with its accepted name.")
    taxon.add_argument("taxon_id", help="GBIF usage key, or local:<slug> when there is none.")
    taxon.add_argument("scientific_name", help="Canonical name without authorship, rank markers kept.")
    taxon.add_argument("--authorship", default="", help="Authorship of the name.")
    taxon.add_argument("--rank", required=True, choices=["genus", "species", "subspecies", "variety", "form"],
                       help="Rank of the taxon.")
    taxon.add_argument("--kingdom", required=True, help="Kingdom, such as Plantae or Animalia.")
    taxon.add_argument("--group", required=True, help="Informal group, such as plants, fish or crustaceans.")
    taxon.add_argument("--gbif-key", type=int, help="GBIF usage key, when known.")
    taxon.add_argument("--comment", required=True, help="Why, for the audit log.")
    taxon.set_defaults(handler=command_add_taxon)

    new_list = actions.add_parser("add-list", help="Add a regulatory list.")
    new_list.add_argument("list_id", help="Id of the new list.")
    new_list.add_argument("--title", required=True, help="Title of the list.")
    new_list.add_argument("--jurisdiction", required=True, help="Where it applies, such as an ISO country code.")
    new_list.add_argument("--kind", choices=["negative", "positive"], default="negative",
                          help="negative: the listed taxa are prohibited; positive: only they are permitted.")
    new_list.add_argument("--applies-from", required=True, help="Date the list first applied, YYYY-MM-DD.")
    new_list.add_argument("--legal-act", default="", help="The act that makes the list.")
    new_list.add_argument("--url", default="", help="Where the act is published.")
    new_list.add_argument("--comment", required=True, help="Why, for the audit log.")
    new_list.set_defaults(handler=command_add_list)

    member = actions.add_parser("set-membership", help="Put a taxon on a list, or change the date of its entry.")
    member.add_argument("list_id", help="List id.")
    member.add_argument("taxon_id", help="Taxon id.")
    member.add_argument("--applies-from", required=True, help="Date the entry applies from, YYYY-MM-DD.")
    member.add_argument("--listed-name", default="", help="The name the act uses for the taxon.")
    member.add_argument("--legal-act", default="", help="The act that added the entry.")
    member.add_argument("--comment", required=True, help="Why, for the audit log.")
    member.set_defaults(handler=command_set_membership)

    ignore = actions.add_parser("ignore", help="Forbid a string to link, such as a brand or a common word.")
    ignore.add_argument("text", help="The string as it appears in listings.")
    ignore.add_argument("--language", help="Only in listings of this language (BCP 47 tag).")
    ignore.add_argument("--taxon", help="Only links to this taxon id.")
    ignore.add_argument("--comment", required=True, help="Why, for the audit log.")
    ignore.set_defaults(handler=command_ignore)

    retire = actions.add_parser("retire-name", help="Retire a name so that it no longer links.")
    retire.add_argument("name_id", type=int, help="Name id, from the audit log or a search.")
    retire.add_argument("--revision", type=int, required=True,
                        help="The revision you read; a newer one means someone changed the name since.")
    retire.add_argument("--comment", required=True, help="Why the name is retired, for the audit log.")
    retire.set_defaults(handler=command_retire_name)

    revert = actions.add_parser("revert", help="Undo one change.")
    revert.add_argument("change_id", type=int, help="Change id, from `ias-tagger curate audit`.")
    revert.add_argument("--comment", required=True, help="Why the change is undone, for the audit log.")
    revert.set_defaults(handler=command_revert)

    audit = actions.add_parser("audit", help="List changes, newest first, as JSON.")
    audit.add_argument("--entity", help="Only changes of this taxon or name id.")
    audit.add_argument("--limit", type=int, default=100, help="Maximum entries (default 100).")
    audit.set_defaults(handler=command_audit)

    current = actions.add_parser("current", help="Print the current curated taxonomy version and its folder.")
    current.set_defaults(handler=command_current)

    checklist = actions.add_parser(
        "import", help="Import a checklist (Darwin Core Archive folder or .csv) onto a list; a dry run unless --apply."
    )
    checklist.add_argument("path", help="Unzipped Darwin Core Archive folder (with meta.xml) or a CSV file with "
                                        "Darwin Core column names.")
    checklist.add_argument("--format", choices=["dwca", "csv", "daisie"],
                           help="Checklist format (default: csv for a .csv file, daisie for a folder with "
                                "data/raw/input_taxon.csv, else dwca).")
    checklist.add_argument("--list-id", required=True, help="Id of the list the checklist fills, new or existing.")
    checklist.add_argument("--kind", choices=["negative", "positive"], default="negative",
                           help="negative: the listed taxa are prohibited; positive: only they are permitted.")
    checklist.add_argument("--jurisdiction", required=True, help="Where the list applies, such as an ISO country code.")
    checklist.add_argument("--applies-from", required=True, help="Date the list applies from, YYYY-MM-DD.")
    checklist.add_argument("--title", help="Title of a new list (default: the checklist's folder or file name).")
    checklist.add_argument("--source", default="checklist-import",
                           help="Source recorded on the imported names (default checklist-import).")
    checklist.add_argument("--vernacular-language",
                           help="Language (ISO 639-1) of vernacular names that the checklist gives without one; "
                                "without it such names are skipped.")
    checklist.add_argument("--apply", action="store_true", help="Make the changes instead of printing the diff.")
    checklist.add_argument("--comment", help="Why the checklist is imported, for the audit log; needed with --apply.")
    checklist.set_defaults(handler=command_import)

    search = actions.add_parser("search", help="Find taxa by any name form, in any language, misspellings too.")
    search.add_argument("query", help="A name or part of one.")
    search.add_argument("--limit", type=int, default=20, help="Maximum results (default 20).")
    search.set_defaults(handler=command_search)

    show = actions.add_parser("show", help="Show a taxon with its names, lists and history.")
    show.add_argument("taxon_id", help="Taxon id, from search.")
    show.set_defaults(handler=command_show)

    export = actions.add_parser("export", help="Write the curated taxonomy as a Darwin Core Archive or CSV.")
    export.add_argument("path", help="Folder for the archive files, or the .csv file to write.")
    export.add_argument("--format", choices=["dwca", "csv"], default="dwca", help="Output format (default dwca).")
    export.set_defaults(handler=command_export)

    review = actions.add_parser("review", help="List mentions from classified listings that linked weakly or "
                                               "not at all (the service collects them when IAS_CURATION=true).")
    review.add_argument("--status", choices=["open", "accepted", "rejected"], default="open",
                        help="Items of this status (default open).")
    review.add_argument("--limit", type=int, default=100, help="Maximum items (default 100).")
    review.set_defaults(handler=command_review)
    accept = actions.add_parser("review-accept", help="Add a review item's text as a name of a taxon.")
    accept.add_argument("item_id", type=int, help="Review item id.")
    accept.add_argument("taxon_id", help="Taxon the name belongs to.")
    accept.add_argument("--form", required=True, help="Name form, such as trade, vernacular or misspelling.")
    accept.add_argument("--language", help="BCP 47 tag; required for vernacular and trade names.")
    accept.add_argument("--comment", required=True, help="Why, for the audit log.")
    accept.set_defaults(handler=command_review_accept)
    reject = actions.add_parser("review-reject", help="Close a review item without a name change.")
    reject.add_argument("item_id", type=int, help="Review item id.")
    reject.add_argument("--comment", required=True, help="Why, for the audit log.")
    reject.set_defaults(handler=command_review_reject)

    key = actions.add_parser("key", help="Create or revoke API keys for the curation endpoints.")
    key_actions = key.add_subparsers(dest="key_command", required=True)
    create = key_actions.add_parser("create", help="Create a key and print it once.")
    create.add_argument("identity", help="Person or service the key is for; it appears in the audit log.")
    create.add_argument("--role", required=True, choices=["reader", "curator", "admin"],
                        help="reader reads, curator also changes names, admin may do everything.")
    create.set_defaults(handler=command_key_create)
    revoke = key_actions.add_parser("revoke", help="Revoke the key of an identity.")
    revoke.add_argument("identity", help="Identity whose key is revoked.")
    revoke.set_defaults(handler=command_key_revoke)
