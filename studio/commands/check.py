"""``studio check``: analyse a script file (or many, with ``--jsonl``) and report findings and metrics."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from studio.analysis.model import ALL_KINDS, AnalysisContext, AnalysisResult, Finding, SegmentInput
from studio.analysis.scriptfile import ParsedSegment, line_col, parse_script
from studio.cli import CliError

if TYPE_CHECKING:
    from studio.analysis.engine import Analyzer

#: Said (text and JSON notes) when a script has no words: a grade of 0 and an ease of 100 would be praise
#: for nothing.
NOTHING_TO_CHECK = "nothing to check: the script has no words"
#: Readability figures that mean nothing without words (left out, or null in JSON).
READING_FIGURES = ("grade", "reading_ease", "health_grade", "readability_score")

#: Refuse inputs bigger than this outright (the analysis itself checks at most 100,000 characters).
MAX_INPUT_BYTES = 50 * 1024 * 1024


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``check`` subcommand."""
    p = sub.add_parser("check", help="check a script for jargon, readability, uncited claims and length",
                       description="Check a script (plain text, or Markdown where #/## headings start "
                                   "segments). Use - to read standard input.")
    p.add_argument("file", nargs="?", help="script file, or - for standard input")
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    p.add_argument("--jsonl", metavar="FILE",
                   help='batch mode: one {"id": …, "text": …} object per line (- for stdin); '
                        "one result object per output line")
    p.add_argument("--project", metavar="P", help="project (id or title): its sources, allow-list and settings")
    p.add_argument("--fail-on", metavar="KIND[,KIND]", default="",
                   help="exit with status 1 when findings of these kinds exist")
    p.add_argument("--lang", metavar="CODE",
                   help="script language (default: the project's, else en): en, fr, es, pt, id, ja, ko")
    p.add_argument("--grade", type=float, help="target grade (default: the project's, else 8)")
    p.add_argument("--wpm", type=float, help="speaking rate in words per minute (default: the project's, else 150)")
    p.add_argument("--seconds", type=float, help="target duration in seconds")
    p.add_argument("--grammar", default="off", metavar="local|URL|off",
                   help="grammar and spelling via LanguageTool: a local server, your server's URL, or off "
                        "(default: off; no text leaves this machine unless you give a URL)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Handler of ``studio check``."""
    fail_on = _kinds(args.fail_on)
    if bool(args.file) == bool(args.jsonl):
        raise CliError("give a script FILE (or -) or --jsonl FILE, not both and not neither")
    grammar = _grammar_settings(args.grammar)
    ctx = _context(args)
    analyzer = _analyzer(ctx.language)
    if args.jsonl:
        return _run_jsonl(analyzer, ctx, args.jsonl, fail_on)
    text = _read_input(args.file)
    segments = parse_script(text)
    result = analyzer.analyze([SegmentInput(text=s.text, name=s.name) for s in segments], ctx)
    notes = list(result.notes)
    if not result.metrics.words:
        notes.insert(0, NOTHING_TO_CHECK)
    if grammar is not None:
        result, notice = _add_grammar(result, grammar, ctx)
        if notice:
            notes.append(notice)
    if args.format == "json":
        doc = result.to_json()
        if not result.metrics.words:
            _no_reading_figures(doc)
        if notes:
            doc["notes"] = notes
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(result, segments, text, notes, sys.stdout, label=args.file)
    return 1 if _has(result.findings, fail_on) else 0


def _no_reading_figures(doc: dict) -> None:
    """Null the readability figures of a JSON result (and of its segments) that has no words."""
    for metrics in [doc.get("metrics") or {}, *[seg.get("metrics") or {} for seg in doc.get("segments", [])]]:
        if not metrics.get("words"):
            for key in READING_FIGURES:
                if key in metrics:
                    metrics[key] = None


# -- inputs ----------------------------------------------------------------------------------------
def _kinds(value: str) -> frozenset[str]:
    kinds = frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = sorted(kinds - set(ALL_KINDS))
    if unknown:
        raise CliError(f"unknown finding kind(s) for --fail-on: {', '.join(unknown)} "
                       f"(known: {', '.join(ALL_KINDS)})")
    return kinds


def _read_input(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        label = "standard input"
    else:
        path = Path(name)
        try:
            if path.is_dir():
                raise CliError(f"{name}: is a folder, not a script file")
            with path.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except FileNotFoundError:
            raise CliError(f"{name}: no such file") from None
        except OSError as exc:
            raise CliError(f"{name}: cannot be read ({exc.strerror or exc})") from None
        label = name
    if len(data) > MAX_INPUT_BYTES:
        raise CliError(f"{label}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; split it into scripts first")
    return _decode(data, label)


def _decode(data: bytes, label: str) -> str:
    if b"\x00" in data[:4096]:
        raise CliError(f"{label}: looks like a binary file, not a text script")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{label}: not valid UTF-8 text (byte {exc.start}); save it as UTF-8 and try again") from None


def _context(args: argparse.Namespace) -> AnalysisContext:
    ctx = AnalysisContext()
    if args.project:
        from studio.commands._common import open_library
        from studio.project_context import context_for

        library = open_library(args)
        try:
            project = library.find_project(args.project)
            ctx = context_for(library, project.id)
        finally:
            library.close()
    changes: dict[str, object] = {}
    if getattr(args, "lang", None):
        from studio.commands.projects import checked_language

        changes["language"] = checked_language(args.lang)
    if args.grade is not None:
        changes["target_grade"] = args.grade
    if args.wpm is not None:
        if args.wpm <= 0:
            raise CliError("--wpm must be a positive number of words per minute")
        changes["words_per_minute"] = args.wpm
    if args.seconds is not None:
        changes["target_seconds"] = args.seconds
    return replace(ctx, **changes) if changes else ctx


def _analyzer(language: str = "en") -> Analyzer:
    from studio.analysis.engine import Analyzer
    from studio.analysis.nlp import ModelUnavailable
    from studio.analysis.profile import UnsupportedLanguage, get_profile

    try:
        return Analyzer(get_profile(language))
    except (ModelUnavailable, UnsupportedLanguage) as exc:
        raise CliError(str(exc)) from None


# -- grammar ---------------------------------------------------------------------------------------
def _grammar_settings(value: str):  # -> GrammarSettings | None
    if not value or value == "off":
        return None
    from studio.grammar import settings_from_cli

    try:
        settings = settings_from_cli(value)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return None if settings.mode == "off" else settings


def _add_grammar(result: AnalysisResult, settings, ctx: AnalysisContext) -> tuple[AnalysisResult, str | None]:
    from studio.analysis.profile import get_profile
    from studio.commands._common import ProgressLine
    from studio.grammar import check_segments

    profile = get_profile(ctx.language)
    if not profile.languagetool:
        return result, f"Grammar: LanguageTool has no {profile.name}; the other checks ran."
    settings = replace(settings, language=profile.languagetool)
    texts = [s.text for s in result.segments]
    found, notice = check_segments(settings, texts, ctx.allow_list, progress=ProgressLine(quiet_for=0.0))
    if not found:
        return result, notice
    segments = []
    from studio.analysis.rewrite import attach_splice_fixes

    found = attach_splice_fixes(texts, found)
    for seg in result.segments:
        extra = tuple(f for f in found if f.segment == seg.index and f.kind not in ctx.disabled_kinds)
        merged = tuple(sorted(seg.findings + extra, key=lambda f: (f.start, f.end, f.kind)))
        segments.append(replace(seg, findings=merged))
    return replace(result, segments=tuple(segments)), notice


# -- batch -----------------------------------------------------------------------------------------
#: A lone UTF-16 surrogate (valid in JSON's \\uXXXX escapes, not encodable as UTF-8).
_SURROGATE = re.compile("[\ud800-\udfff]")
_ID_IN_BROKEN_LINE = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)')


class _BadLine(ValueError):
    """One line of a batch that cannot be checked; the batch goes on."""


def _jsonl_lines(name: str) -> Iterator[bytes | None]:
    """The raw lines of a JSONL file (or stdin); a line longer than the input cap is cut (and refused)."""
    if name == "-":
        yield from _capped_lines(sys.stdin.buffer)
        return
    path = Path(name)
    if path.is_dir():
        raise CliError(f"{name}: is a folder, not a JSONL file")
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        raise CliError(f"{name}: no such file") from None
    except OSError as exc:
        raise CliError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    with fh:
        yield from _capped_lines(fh)


def _capped_lines(fh: BinaryIO) -> Iterator[bytes | None]:
    """Each line's bytes; None for a line longer than the input cap (its bytes are skipped)."""
    while True:
        line = fh.readline(MAX_INPUT_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_INPUT_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass                                   # skip the rest of an oversized line
            yield None
            continue
        yield line


def _parse_line(raw: bytes | None, lineno: int) -> tuple[object, str]:
    """(id, text) of one batch line, or :class:`_BadLine` (carrying the best id found) saying why not."""
    if raw is None:
        raise _BadLine(f"the line is longer than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    if lineno == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _BadLine(f"not valid UTF-8 (byte {exc.start + 1} of the line)") from None
    try:
        item = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise _BadLine(f"not valid JSON ({exc})") from None
    if not isinstance(item, dict):
        raise _BadLine('each line must be a JSON object like {"id": 1, "text": "…"}')
    item_id = _clean(item.get("id", lineno))
    if not isinstance(item.get("text"), str):
        got = "missing" if "text" not in item else f"not a string (it is {json.dumps(item['text'])[:40]})"
        raise _BadLine(f'the "text" field is {got}', item_id)
    return item_id, item["text"]


def _clean(value: object) -> object:
    """A JSON value with lone surrogates replaced by U+FFFD (so it can be written as UTF-8)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def _broken_line_id(raw: bytes | None, lineno: int) -> object:
    """The id of a line that is not valid JSON, when one can be seen in it; else the line number."""
    m = _ID_IN_BROKEN_LINE.search(raw[:4096].decode("utf-8", "replace")) if raw else None
    if m:
        try:
            return _clean(json.loads(m.group(1)))
        except ValueError:
            pass
    return lineno


def _run_jsonl(analyzer: Analyzer, ctx: AnalysisContext, name: str, fail_on: frozenset[str]) -> int:
    """Check every line; a bad line gets an error object (its id, line and reason) and the batch goes on.

    Exit status: 0, or 1 when ``fail_on`` findings exist; problems of the whole run raise CliError (2)."""
    failed = errors = total = 0
    for lineno, raw in enumerate(_jsonl_lines(name), start=1):
        if raw is not None and not raw.strip():
            continue
        total += 1
        try:
            item_id, text = _parse_line(raw, lineno)
        except _BadLine as exc:
            errors += 1
            item_id = exc.args[1] if len(exc.args) > 1 else _broken_line_id(raw, lineno)
            _print_line({"id": item_id, "line": lineno, "error": str(exc.args[0])})
            continue
        try:
            result = check_text(analyzer, text, ctx)
        except Exception as exc:  # one text must never cost the rest of the batch
            errors += 1
            _print_line({"id": item_id, "line": lineno,
                         "error": f"could not be checked ({exc.__class__.__name__}: {exc})"})
            continue
        line: dict = {"id": item_id, "metrics": result.metrics.to_json(),
                      "findings": [f.to_json() for f in result.findings]}
        if not result.metrics.words:
            _no_reading_figures(line)
            line["notes"] = [NOTHING_TO_CHECK]
        _print_line(line)
        failed += _has(result.findings, fail_on)
    if errors:
        print(f"studio: {name}: {errors} of {total} line{'s' if total != 1 else ''} could not be checked "
              "(see their error objects)", file=sys.stderr)
    return 1 if failed else 0


def _print_line(obj: dict[str, object]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def check_text(analyzer: Analyzer, text: str, ctx: AnalysisContext | None = None) -> AnalysisResult:
    """Analyse one script text exactly as ``studio check`` does (Markdown headings start segments).

    The benchmarks call this too, so the figures they print are those of the findings users get.
    """
    segments = parse_script(_SURROGATE.sub("\ufffd", text))   # same length: offsets unchanged
    return analyzer.analyze([SegmentInput(text=s.text, name=s.name) for s in segments], ctx)


def _has(findings: list[Finding], kinds: frozenset[str]) -> bool:
    return any(f.kind in kinds and not f.dismissed for f in findings)


# -- text report -----------------------------------------------------------------------------------
def print_report(result: AnalysisResult, segments: list[ParsedSegment], text: str, notes: list[str],
                 out: TextIO, label: str = "") -> None:
    """A readable report: the numbers a creator cares about, then each finding with its place."""
    m = result.metrics
    w = out.write
    w(f"Script Studio check{' — ' + label if label and label != '-' else ''}\n")
    target = f" of {m.target_seconds:.0f} s" if m.target_seconds else ""
    over = "  OVER TIME" if m.target_seconds and m.speaking_seconds > m.target_seconds else ""
    unit = {"ja": "morae", "ko": "syllables"}.get(result.language, "words")
    w(f"  Speaking time  {m.speaking_seconds:.0f} s{target} ({m.spoken_words} {unit} spoken){over}\n")
    if not m.words:
        pass                    # no grade, no reading ease: the note says there is nothing to check
    elif m.readability_measure == "flesch_kincaid":
        w(f"  Grade level    {m.grade:.1f} (health-adjusted {m.health_grade:.1f})   Reading ease {m.reading_ease:.0f}\n")
    else:
        from studio.analysis.langread import MEASURE_NAMES

        name = MEASURE_NAMES.get(m.readability_measure, m.readability_measure)
        w(f"  Readability    {m.readability_level or '-'} ({name} {m.readability_score:.0f})\n")
    w(f"  Words {m.words}, sentences {m.sentences}, jargon {m.jargon_terms} ({m.jargon_ratio:.1%}), "
      f"hard sentences {m.hard_sentences + m.very_hard_sentences}, passive {m.passive_sentences}\n")
    w(f"  Claims {m.claims}, uncited {m.uncited_claims}\n")
    if result.unavailable:
        from studio.analysis.profile import CHECK_LABELS, get_profile

        off = ", ".join(CHECK_LABELS.get(c, c) for c in result.unavailable)
        w(f"  Off for {get_profile(result.language).name} (no rules for this language yet): {off}\n")
    for note in notes:
        w(f"  Note: {note}\n")
    live = [f for f in result.findings if not f.dismissed]
    if not live:
        w("\nNo findings.\n")
        return
    w(f"\n{len(live)} finding{'s' if len(live) != 1 else ''}:\n")
    for seg, parsed in zip(result.segments, segments, strict=False):
        mine = [f for f in seg.findings if not f.dismissed]
        if not mine:
            continue
        if len(segments) > 1:
            sm = seg.metrics
            level = (f"grade {sm.grade:.1f}" if sm.readability_measure == "flesch_kincaid"
                     else sm.readability_level or "-")
            w(f"\n## {seg.name}  ({sm.speaking_seconds:.0f} s, {level})\n")
        for f in mine:
            line, col = line_col(text, parsed.offset + f.start)
            excerpt = f.text if len(f.text) <= 60 else f.text[:57] + "…"
            w(f"  {line}:{col}  {f.kind:<19} “{excerpt}”\n      {f.message}\n")
            if f.suggestions:
                w(f"      Try: {' | '.join(f.suggestions[:3])}\n")
            for fix in f.fixes[:2]:
                w(f"      Fix: {fix.result}\n")
