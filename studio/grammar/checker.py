"""GrammarChecker: start LanguageTool (local or the user's server), check segment texts, cache the findings.

Pure Python, no Qt, synchronous: the CLI calls it directly, the app calls it from its own worker thread
(:mod:`studio.ui.grammar_service`). Every call is bounded: checks by ``settings.timeout``; ``start()`` can be
abandoned at any moment through ``cancelled()`` because the slow part runs in a helper thread that cleans
up after itself.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from studio.analysis.model import Finding
from studio.grammar import errors as E
from studio.grammar.backends import Backend, LtFactory, default_factory
from studio.grammar.client import LanguageToolHttp, RawMatch
from studio.grammar.errors import GrammarUnavailable
from studio.grammar.mapping import AllowList, to_findings
from studio.grammar.settings import OFF, GrammarSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Longer texts are sent in pieces (LanguageTool servers cap the text size; the public one at 20 kB).
MAX_CHUNK_CHARS = 20_000


class Abandoned(Exception):
    """``run_abandonable`` stopped waiting because ``cancelled()`` said so."""


def run_abandonable(fn: Callable[[], T], cancelled: Callable[[], bool], *, poll: float = 0.05,
                    on_late_result: Callable[[T], None] | None = None, name: str = "grammar-call") -> T:
    """Run ``fn`` in a daemon thread and wait for it, but give up as soon as ``cancelled()`` is true.

    When abandoned, raises :class:`Abandoned`; if ``fn`` later returns a value anyway, ``on_late_result``
    receives it (e.g. to stop a server nobody wants any more). Exceptions of ``fn`` are re-raised here.
    """
    box: dict[str, object] = {}
    done = threading.Event()
    lock = threading.Lock()
    state = {"abandoned": False}

    def target() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: B036 — SystemExit from language-tool-python included
            box["error"] = exc
        with lock:
            late = state["abandoned"]
            done.set()
        if late and "result" in box and on_late_result is not None:
            try:
                on_late_result(box["result"])  # type: ignore[arg-type]
            except Exception:  # a cleanup failure in a background thread must not surface anywhere
                log.exception("cleanup of an abandoned grammar call failed")

    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    while not done.wait(poll):
        if cancelled():
            with lock:
                if not done.is_set():
                    state["abandoned"] = True
                    raise Abandoned()
            break
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]


def _chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pieces of at most ``limit`` characters, cut at line ends or spaces."""
    if len(text) <= limit:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + limit)
        if end < len(text):
            cut = text.rfind("\n", pos + limit // 2, end)
            if cut < 0:
                cut = text.rfind(" ", pos + limit // 2, end)
            if cut > pos:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


class GrammarChecker:
    """Grammar, spelling and style findings from LanguageTool for one settings value.

    ``lt_factory(settings, progress, cancelled)`` returns the running LanguageTool (default: language-tool-
    python's local server or the user's own server, see :mod:`studio.grammar.backends`).
    """

    def __init__(self, settings: GrammarSettings, *, lt_factory: LtFactory | None = None,
                 cache_size: int = 512) -> None:
        self.settings = settings
        self._factory: LtFactory = lt_factory or default_factory
        self._cache_size = max(0, cache_size)
        self._cache: OrderedDict[tuple[str, frozenset[str], frozenset[str]], tuple[Finding, ...]] = OrderedDict()
        self._allow: dict[frozenset[str], AllowList] = {}
        self._disabled = frozenset(settings.disabled_rules)
        self._backend: Backend | None = None
        self._client: LanguageToolHttp | None = None
        self._lock = threading.Lock()

    # -- lifecycle ----------------------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        """True once ``start()`` succeeded (and the local server, if any, has not died since)."""
        return self._client is not None

    @property
    def disabled_rules(self) -> frozenset[str]:
        """LanguageTool rule ids never reported (sent as ``disabledRules`` and filtered here as well)."""
        return self._disabled

    def set_disabled_rules(self, rules: Iterable[str]) -> None:
        """Change the turned-off rules without restarting LanguageTool (part of the cache key)."""
        self._disabled = frozenset(rules)

    def start(self, progress: Callable[[str, float | None], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
        """Get LanguageTool running: may take long (first download, Java start). Raises GrammarUnavailable.

        ``progress(message, fraction_or_None)`` is called from a helper thread; ``cancelled()`` is polled
        about 20 times a second and makes ``start`` give up at once (cleaning up in the background).
        """
        if self.settings.mode == OFF:
            raise GrammarUnavailable("Grammar checking is off", E.CONFIG)
        if self._client is not None:
            return
        report = progress or (lambda _m, _f: None)
        is_cancelled = cancelled or (lambda: False)
        try:
            backend = run_abandonable(lambda: self._factory(self.settings, report, is_cancelled),
                                      is_cancelled, on_late_result=_close_quietly, name="grammar-start")
        except Abandoned:
            raise GrammarUnavailable("Starting LanguageTool was cancelled — grammar checking stays off until "
                                     "you turn it on again", E.CANCELLED) from None
        except GrammarUnavailable:
            raise
        except BaseException as exc:  # noqa: B036 — SystemExit/unknown errors must not escape as tracebacks
            if isinstance(exc, KeyboardInterrupt):
                raise
            log.exception("LanguageTool could not start")
            raise GrammarUnavailable(f"LanguageTool could not start ({type(exc).__name__}: "
                                     f"{' '.join(str(exc).split())[:160]})", E.INSTALL) from None
        self._backend = backend
        self._client = LanguageToolHttp(backend.api_url, timeout=self.settings.timeout, label=backend.label)

    def close(self) -> None:
        """Stop the local server (if ours) and drop connections. The cache survives a close."""
        client, backend = self._client, self._backend
        self._client = self._backend = None
        if client is not None:
            client.close()
        if backend is not None:
            _close_quietly(backend)

    # -- checking -------------------------------------------------------------------------------------------
    def check(self, text: str, *, allow_list: Iterable[str] = (), segment: int = 0) -> list[Finding]:
        """Findings (kinds grammar/spelling/style, Python offsets into ``text``) for one segment's text.

        Cached per (text, allow-list, disabled rules). Raises GrammarUnavailable when LanguageTool cannot
        answer (not started, server down, timeout, rate limit …) with a one-line message.
        """
        if not text.strip():
            return []
        allow = self._allow_list(allow_list)
        disabled = self._disabled
        key = (text, allow.terms, disabled)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
        if hit is None:
            found = tuple(to_findings(self._fetch(text, disabled), text, allow=allow, disabled_rules=disabled))
            with self._lock:
                self._cache[key] = found
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
            hit = found
        return [f if f.segment == segment else replace(f, segment=segment) for f in hit]

    def _fetch(self, text: str, disabled: frozenset[str]) -> list[RawMatch]:
        client, backend = self._client, self._backend
        if client is None or backend is None:
            raise GrammarUnavailable("Grammar checking has not started", E.CONFIG)
        matches: list[RawMatch] = []
        try:
            for offset, piece in _chunks(text):
                for m in client.check(piece, backend.language, disabled):
                    matches.append(replace(m, start=m.start + offset, end=m.end + offset) if offset else m)
        except GrammarUnavailable as exc:
            alive = getattr(backend, "alive", None)
            if exc.reason in (E.UNREACHABLE, E.TIMEOUT) and callable(alive) and not alive():
                self.close()  # the local Java server died: start() will bring up a new one
                raise GrammarUnavailable("The local LanguageTool server stopped — grammar checks paused",
                                         E.UNREACHABLE) from None
            raise
        except Exception as exc:  # a bug or an unexpected library error: one clear line, details in the log
            log.exception("grammar check failed")
            raise GrammarUnavailable(f"Grammar check failed ({type(exc).__name__})", E.SERVER_ERROR) from None
        return matches

    def _allow_list(self, terms: Iterable[str]) -> AllowList:
        key = terms if isinstance(terms, frozenset) else frozenset(terms)
        allow = self._allow.get(key)
        if allow is None:
            if len(self._allow) > 16:
                self._allow.clear()
            allow = self._allow[key] = AllowList(key)
        return allow


def _close_quietly(backend: Backend) -> None:
    try:
        backend.close()
    except Exception:  # closing must never raise into the UI or a background thread
        log.exception("closing LanguageTool failed")


def check_segments(settings: GrammarSettings, texts: list[str], allow_list: Iterable[str] = (), *,
                   lt_factory: LtFactory | None = None,
                   progress: Callable[[str, float | None], None] | None = None,
                   ) -> tuple[list[Finding], str | None]:
    """For ``studio check --grammar``: findings of every segment (``segment`` = list index) and a one-line
    notice when grammar could not be checked (fully or partly). Mode off → ``([], None)``."""
    if settings.mode == OFF or not texts:
        return [], None
    allow = frozenset(allow_list)
    checker = GrammarChecker(settings, lt_factory=lt_factory)
    try:
        checker.start(progress)
    except GrammarUnavailable as exc:
        return [], f"grammar not checked: {exc}"
    found: list[Finding] = []
    failures: list[str] = []
    try:
        for index, text in enumerate(texts):
            try:
                found.extend(checker.check(text, allow_list=allow, segment=index))
            except GrammarUnavailable as exc:
                failures.append(str(exc))
                if exc.reason != E.REJECTED:  # server-wide trouble: don't wait for it once per segment
                    skipped = len(texts) - index
                    return found, (f"grammar not checked for {skipped} of {len(texts)} segment(s): {exc}")
    finally:
        checker.close()
    if failures:
        return found, f"grammar not checked for {len(failures)} of {len(texts)} segment(s): {failures[0]}"
    return found, None
