"""``studio bundle export|import``: move a whole project between libraries as one ``.studio`` file."""

from __future__ import annotations

import argparse

from studio.cli import CliError
from studio.commands._common import add_json_flag, open_library, print_json


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``bundle`` command group."""
    group = sub.add_parser("bundle", help="export or import a whole project as a .studio file",
                           description="A bundle is a .studio file holding one project with its sources, "
                                       "scripts, versions, citations and terms.")
    cmds = group.add_subparsers(dest="bundle_command", metavar="ACTION")
    group.set_defaults(handler=_missing_action)

    p = cmds.add_parser("export", help="write a project to a .studio file")
    p.add_argument("project", metavar="P", help="project id or title")
    p.add_argument("file", metavar="FILE", help="the bundle to write (.studio is added if no suffix); a folder "
                                                "means '<project title>.studio' inside it")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    add_json_flag(p)
    p.set_defaults(handler=run_export)

    p = cmds.add_parser("import", help="add the project of a .studio file to the library")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--title", metavar="T", help="title of the new project (default: the bundle's)")
    add_json_flag(p)
    p.set_defaults(handler=run_import)


def _missing_action(args: argparse.Namespace) -> int:
    raise CliError("choose what to do: studio bundle {export,import} (see studio bundle --help)")


def run_export(args: argparse.Namespace) -> int:
    """``studio bundle export P FILE``."""
    from studio.config import export_target
    from studio.store.bundle import BUNDLE_SUFFIX

    with open_library(args) as lib:
        project = lib.find_project(args.project)
        try:
            target = export_target(args.file, project.title, BUNDLE_SUFFIX)
        except OSError as exc:
            raise CliError(f"{args.file}: the folder cannot be created ({exc.strerror or exc})") from None
        if target.exists() and not args.force:
            raise CliError(f"{target} already exists; add --force to overwrite it")
        written = lib.export_bundle(project.id, target)
    if args.json:
        print_json({"project_id": project.id, "title": project.title, "file": str(written)})
    else:
        print(f"Exported project {project.id} \"{project.title}\" to {written}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """``studio bundle import FILE [--title T]``."""
    with open_library(args) as lib:
        info = lib.import_bundle(args.file, title=args.title)
    if args.json:
        print_json(info)
        return 0
    print(f"Imported project {info.project.id}: {info.project.title} ({info.sources} source(s), "
          f"{info.scripts} script(s), {info.versions} version(s))")
    for warning in info.warnings:
        print(f"  note: {warning}")
    return 0
