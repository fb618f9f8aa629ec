"""``studio draft``: a first script drafted from one of the project's sources.

Prints Markdown (``#`` heading per segment, ``[@key]`` markers; feed it to ``studio check --project``) or
JSON; ``--save`` stores it as a new script with its citation records. Offline and deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys

from studio.cli import CliError
from studio.commands._common import open_library, shorten


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``draft`` command."""
    p = sub.add_parser(
        "draft", help="draft a script from a source's key findings",
        description="Draft a script from a research source: hook, context, one cited beat per key finding, "
                    "what it means and a call to action, fitted to the target duration.")
    p.add_argument("--project", required=True, metavar="P", help="project id or title")
    p.add_argument("--source", required=True, metavar="KEY", help="citation key of the source (e.g. smith2021)")
    p.add_argument("--seconds", type=float, metavar="N",
                   help="target duration in seconds (default: the project's platform length)")
    p.add_argument("--format", choices=("md", "json"), default="md", help="output format (default md)")
    p.add_argument("--findings", metavar="LIST",
                   help="use these findings by rank, e.g. 1,3 (default: the pre-ticked ones; see --list)")
    p.add_argument("--list", action="store_true", help="only list the source's key findings, ranked")
    p.add_argument("--save", action="store_true", help="store the draft as a new script of the project")
    p.add_argument("--title", metavar="T", help="title of the saved script (default: 'Draft: <source title>')")
    p.set_defaults(handler=run_draft)


def _ranks(value: str, count: int) -> list[int]:
    ranks: list[int] = []
    for part in value.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= count:
            raise CliError(f"--findings: {part!r} is not a finding number between 1 and {count} "
                           "(see studio draft --list)")
        ranks.append(int(part))
    if not ranks:
        raise CliError("--findings: give at least one finding number, e.g. --findings 1,2")
    return ranks


def _draft_analyzer(language: str):  # -> Analyzer | None
    """The Analyzer the beats are made plain with (on its parse), or None when the model is missing: the
    draft is then made without a parse, as before."""
    from studio.analysis.engine import Analyzer
    from studio.analysis.nlp import ModelUnavailable
    from studio.analysis.profile import UnsupportedLanguage, get_profile

    try:
        return Analyzer(get_profile(language or "en"))
    except (ModelUnavailable, UnsupportedLanguage):
        return None


def run_draft(args: argparse.Namespace) -> int:
    """``studio draft --project P --source KEY [...]``."""
    from studio.drafting import DraftError, draft_script, key_findings, retick, save_draft
    from studio.project_context import context_for

    if args.seconds is not None and not 5 <= args.seconds <= 3600:
        raise CliError("--seconds must be between 5 and 3600")
    with open_library(args) as lib:
        project = lib.find_project(args.project)
        from studio.analysis.profile import CHECK_DRAFTING, check_off_message

        off = check_off_message(project.language, CHECK_DRAFTING)
        if off:
            raise CliError(off)
        source = lib.find_source(project.id, args.source)
        findings = key_findings(source.summary, source_key=source.key)
        if args.list:
            _print_findings(findings, args.format)
            return 0
        if args.findings:
            ranks = _ranks(args.findings, len(findings))
            findings = retick(findings, [findings[r - 1].start for r in ranks])
        replacements = context_for(lib, project.id).replacements
        try:
            draft = draft_script(project, source, findings, args.seconds, replacements=replacements,
                                 title=args.title or source.title, analyzer=_draft_analyzer(project.language))
        except DraftError as exc:
            raise CliError(str(exc)) from None
        if args.format == "json":
            doc = draft.to_json()
            doc["findings"] = [_finding_json(i, f) for i, f in enumerate(findings, start=1)]
            print(json.dumps(doc, indent=2, ensure_ascii=False))
        else:
            sys.stdout.write(draft.to_markdown())
        for note in draft.notes:
            print(f"note: {note}", file=sys.stderr)
        if args.save:
            script = save_draft(lib, project.id, draft, args.title or draft.title)
            print(f"Saved as script {script.id} \"{shorten(script.title, 60)}\" in project "
                  f"\"{shorten(project.title, 40)}\" ({draft.metrics.seconds:g} s of {draft.metrics.target_seconds:g} s).",
                  file=sys.stderr)
    return 0


def _finding_json(rank: int, f: object) -> dict[str, object]:
    return {"rank": rank, "sentence": f.sentence, "score": f.score, "ticked": f.ticked,  # type: ignore[attr-defined]
            "reasons": list(f.reasons), "start": f.start, "end": f.end}  # type: ignore[attr-defined]


def _print_findings(findings: list, fmt: str) -> None:  # type: ignore[type-arg]
    if fmt == "json":
        print(json.dumps([_finding_json(i, f) for i, f in enumerate(findings, start=1)], indent=2,
                         ensure_ascii=False))
        return
    if not findings:
        print("No key findings found in this source's summary.")
        return
    for i, f in enumerate(findings, start=1):
        tick = "[x]" if f.ticked else "[ ]"
        print(f"{i:>2}. {tick} {f.score:4.1f}  {shorten(f.sentence, 100)}")
        if f.reasons:
            print(f"             {shorten('; '.join(f.reasons), 100)}")


__all__ = ["register", "run_draft"]
