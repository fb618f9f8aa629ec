"""``studio projects list|new|show|delete``: manage the projects in the library."""

from __future__ import annotations

import argparse

from studio.cli import CliError
from studio.commands._common import (
    add_json_flag,
    format_duration,
    open_library,
    print_json,
    print_table,
    shorten,
    to_jsonable,
)
from studio.store.library import Library
from studio.store.models import PLATFORM_PRESETS, Project, Script


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``projects`` command group."""
    group = sub.add_parser("projects", help="list, create, show and delete projects",
                           description="Manage the projects in your library.")
    cmds = group.add_subparsers(dest="projects_command", metavar="ACTION")
    group.set_defaults(handler=lambda args: _missing_action("projects", "list, new, show, delete"))

    p = cmds.add_parser("list", help="list every project")
    add_json_flag(p)
    p.set_defaults(handler=run_list)

    p = cmds.add_parser("new", help="create a project (with a first script)",
                        description="Create a project. Platform presets: " + ", ".join(PLATFORM_PRESETS))
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--platform", default="TikTok 60 s", help='platform preset or your own name '
                                                             '(default: "TikTok 60 s")')
    p.add_argument("--seconds", type=int, metavar="N", help="target duration (default: the preset's)")
    p.add_argument("--grade", type=float, metavar="G", default=8.0, help="target reading grade (default 8)")
    p.add_argument("--wpm", type=int, metavar="N", default=None,
                   help="speaking pace per minute, in words (morae for ja, syllables for ko; default: the "
                        "language's usual pace, 150 words for English)")
    p.add_argument("--language", default="en", metavar="CODE",
                   help=f"script language: {language_choices()} (default en)")
    add_json_flag(p)
    p.set_defaults(handler=run_new)

    p = cmds.add_parser("show", help="show a project's settings, sources and scripts")
    p.add_argument("project", metavar="P", help="project id or title")
    add_json_flag(p)
    p.set_defaults(handler=run_show)

    p = cmds.add_parser("delete", help="delete a project with everything in it")
    p.add_argument("project", metavar="P", help="project id or title")
    p.add_argument("--yes", action="store_true", help="really delete (required)")
    p.set_defaults(handler=run_delete)


def _missing_action(group: str, actions: str) -> int:
    raise CliError(f"choose what to do: studio {group} {{{actions.replace(', ', ',')}}} "
                   f"(see studio {group} --help)")


def _speaking_seconds(script: Script, wpm: int, language: str = "en") -> float:
    from studio.analysis.langspeak import pace, spoken_count
    from studio.analysis.profile import UnsupportedLanguage, get_profile
    from studio.analysis.speaking import seconds

    try:
        profile = get_profile(language)
    except UnsupportedLanguage:
        profile = get_profile("en")
    return seconds(sum(spoken_count(s.spoken, profile) for s in script.segments), pace(profile, wpm))


def _settings_line(p: Project) -> str:
    return (f"{p.platform}, target {format_duration(p.target_seconds)}, grade {p.target_grade:g}, "
            f"{p.words_per_minute} words/min, language {p.language}")


def run_list(args: argparse.Namespace) -> int:
    """``studio projects list``."""
    with open_library(args) as lib:
        rows = [(p, len(lib.list_sources(p.id)), len(lib.list_scripts(p.id))) for p in lib.list_projects()]
    if args.json:
        print_json([{**to_jsonable(p), "sources": n_src, "scripts": n_scr} for p, n_src, n_scr in rows])
        return 0
    print_table(["ID", "TITLE", "PLATFORM", "TARGET", "SOURCES", "SCRIPTS", "UPDATED"],
                [(p.id, shorten(p.title, 40), p.platform, format_duration(p.target_seconds), n_src, n_scr,
                  p.updated[:10]) for p, n_src, n_scr in rows],
                empty="No projects yet. Create one with: studio projects new \"My first video\"")
    return 0


def language_choices() -> str:
    """"en (English), fr (French), …" for help texts."""
    from studio.analysis.profile import PROFILES

    return ", ".join(f"{code} ({p.name})" for code, p in PROFILES.items())


def checked_language(code: str) -> str:
    """The profile code for ``code`` ("pt-BR" → "pt"); CliError listing the choices when unknown."""
    from studio.analysis.profile import UnsupportedLanguage, get_profile

    try:
        return get_profile(code).code
    except UnsupportedLanguage:
        raise CliError(f"unknown language '{code}'; choose one of: {language_choices()}") from None


def run_new(args: argparse.Namespace) -> int:
    """``studio projects new TITLE``."""
    from studio.analysis.profile import get_profile

    language = checked_language(args.language)
    wpm = args.wpm if args.wpm is not None else int(get_profile(language).speaking_rate)
    with open_library(args) as lib:
        project = lib.create_project(args.title, platform=args.platform, target_seconds=args.seconds,
                                     language=language, target_grade=args.grade,
                                     words_per_minute=wpm)
        scripts = lib.list_scripts(project.id)
    if args.json:
        print_json({**to_jsonable(project), "scripts": to_jsonable(scripts)})
        return 0
    print(f"Created project {project.id}: {project.title}")
    print(f"  {_settings_line(project)}")
    if scripts:
        names = ", ".join(s.name for s in scripts[0].segments)
        print(f"  Script {scripts[0].id} \"{scripts[0].title}\" with segments: {names}")
    return 0


def _show_data(lib: Library, project: Project) -> dict[str, object]:
    scripts = lib.list_scripts(project.id)
    return {
        **to_jsonable(project),
        "sources": to_jsonable(lib.list_sources(project.id)),
        "scripts": [{**to_jsonable(s), "speaking_seconds": round(_speaking_seconds(s, project.words_per_minute, project.language), 1)}
                    for s in scripts],
        "terms": to_jsonable(lib.list_terms(project.id)),
    }


def run_show(args: argparse.Namespace) -> int:
    """``studio projects show P``."""
    with open_library(args) as lib:
        project = lib.find_project(args.project)
        data = _show_data(lib, project)
        sources = lib.list_sources(project.id)
        scripts = lib.list_scripts(project.id)
        terms = lib.list_terms(project.id)
    if args.json:
        print_json(data)
        return 0
    print(f"Project {project.id}: {project.title}")
    print(f"  {_settings_line(project)}")
    print(f"  Created {project.created[:16].replace('T', ' ')} UTC, updated "
          f"{project.updated[:16].replace('T', ' ')} UTC")
    print()
    print(f"Sources ({len(sources)}):")
    print_table(["#", "KEY", "TITLE", "YEAR", "DOI"],
                [(f"[{s.position}]", s.key, shorten(s.title or s.summary, 50), s.year or "", s.doi)
                 for s in sources],
                empty="  (none yet: add one with `studio sources add --project ...`)")
    print()
    print(f"Scripts ({len(scripts)}):")
    for script in scripts:
        secs = _speaking_seconds(script, project.words_per_minute, project.language)
        over = " (over target)" if secs > project.target_seconds else ""
        print(f"  {script.id}: {script.title} ({len(script.segments)} segments, about "
              f"{format_duration(secs)} spoken{over})")
        for seg in script.segments:
            print(f"      {seg.position + 1}. {seg.name or '(no name)'}: "
                  f"{shorten(seg.spoken, 60) or '(empty)'}")
    if not scripts:
        print("  (none)")
    if terms:
        print()
        print("Terms:")
        for t in terms:
            kept = "kept" if t.allowed else ""
            alt = f"say \"{t.replacement}\"" if t.replacement else ""
            print(f"  {t.term}: {', '.join(x for x in (kept, alt) if x)}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    """``studio projects delete P --yes``."""
    with open_library(args) as lib:
        project = lib.find_project(args.project)
        if not args.yes:
            raise CliError(f"this deletes project {project.id} \"{project.title}\" with all its sources, "
                           "scripts and versions; add --yes to confirm")
        lib.delete_project(project.id)
    print(f"Deleted project {project.id}: {project.title}")
    return 0
