"""A small stand-in for a LanguageTool server, on 127.0.0.1 only, speaking its HTTP protocol.

``GET /v2/languages``, ``GET /v2/healthcheck`` and form-encoded ``POST /v2/check`` answering JSON matches in
LanguageTool's shape — with offsets and lengths counted in UTF-16 code units, as the Java server does (an
emoji outside the BMP counts 2). Configurable per test: rules (regex → match), a delay, an error status
(500, 429 …), dropping the connection, and an optional file download (for the first-time download path).
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_LANGUAGES: tuple[dict[str, str], ...] = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units (what Java's String.length() says)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class FakeRule:
    """Every regex match in the checked text becomes one LanguageTool match."""

    pattern: str
    rule_id: str
    issue_type: str = "misspelling"
    category: str = "TYPOS"
    message: str = "Possible spelling mistake found."
    replacements: tuple[str, ...] = ()


SPELLING = FakeRule(r"(?i)\bteh\b", "MORFOLOGIK_RULE_EN_US", replacements=("the", "ten", "tech"))
GRAMMAR = FakeRule(r"\bshe go\b", "HE_VERB_AGR", "grammar", "GRAMMAR",
                   "The pronoun ‘she’ must be used with a third-person verb.", ("she goes", "she went"))
STYLE = FakeRule(r"\bin order to\b", "IN_ORDER_TO", "style", "STYLE",
                 "Consider a shorter phrase.", ("to",))


@dataclass
class Download:
    """A file served at ``path`` (for LanguageTool's first-time download): ``size`` bytes in 1 MiB pieces."""

    path: str
    size: int
    status: int = 200
    chunk_delay: float = 0.0


@dataclass
class FakeLanguageTool:
    """The server. Use as a context manager or ``start()``/``stop()``; ``url`` is its root (no ``/v2``)."""

    rules: list[FakeRule] = field(default_factory=lambda: [SPELLING, GRAMMAR, STYLE])
    languages: tuple[dict[str, str], ...] = DEFAULT_LANGUAGES
    delay: float = 0.0                 # seconds before answering /v2/check
    status: int = 200                  # status of /v2/check answers
    body: str = ""                     # body sent with an error status
    retry_after: str | None = None     # Retry-After header with an error status
    drop: bool = False                 # close the connection without any answer
    honour_disabled_rules: bool = True
    download: Download | None = None
    checks: list[dict[str, str]] = field(default_factory=list)   # form fields of every /v2/check received
    language_calls: int = 0
    port: int = 0                      # 0: any free port (set to reuse the port of a stopped server)
    _server: ThreadingHTTPServer | None = field(default=None, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)
    _connections: set[socket.socket] = field(default_factory=set, repr=False)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` (still known after ``stop()``, to start again on the same port)."""
        assert self.port, "start() first"
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeLanguageTool:
        """Listen on 127.0.0.1 (a free port) in a daemon thread."""
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._stop.clear()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True, name="fake-languagetool").start()
        return self

    def stop(self) -> None:
        """Stop listening; wakes handlers that are sleeping through a ``delay``."""
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        for conn in list(self._connections):  # like a dying server: open keep-alive connections go too
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._connections.clear()

    def __enter__(self) -> FakeLanguageTool:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- what the server answers ------------------------------------------------------------------------------
    def matches_for(self, text: str, disabled: set[str]) -> list[dict[str, Any]]:
        """LanguageTool-shaped matches (UTF-16 offsets) for ``text``."""
        found: list[dict[str, Any]] = []
        for rule in self.rules:
            if self.honour_disabled_rules and rule.rule_id in disabled:
                continue
            for m in re.finditer(rule.pattern, text):
                offset, length = utf16_len(text[: m.start()]), utf16_len(m.group())
                found.append({
                    "message": rule.message,
                    "shortMessage": "",
                    "replacements": [{"value": r} for r in rule.replacements],
                    "offset": offset,
                    "length": length,
                    "context": {"text": text[max(0, m.start() - 20): m.end() + 20],
                                "offset": min(20, m.start()), "length": length},
                    "sentence": text,
                    "type": {"typeName": "Other"},
                    "rule": {"id": rule.rule_id, "description": rule.message, "issueType": rule.issue_type,
                             "category": {"id": rule.category, "name": rule.category.title()}},
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                })
        found.sort(key=lambda d: d["offset"])
        return found


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeLanguageTool
    protocol_version = "HTTP/1.1"

    def log_message(self, *_args: object) -> None:  # keep test output clean
        return

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms delayed-ACK stalls
        self.server_fake._connections.add(self.connection)

    def finish(self) -> None:
        self.server_fake._connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def do_GET(self) -> None:  # noqa: N802 — http.server's naming
        fake = self.server_fake
        path = urllib.parse.urlsplit(self.path).path
        if path == "/v2/languages":
            fake.language_calls += 1
            self._send(200, json.dumps(list(fake.languages)), "application/json")
        elif path == "/v2/healthcheck":
            self._send(200, "OK", "text/plain")
        elif fake.download is not None and path == fake.download.path:
            self._serve_download(fake.download)
        else:
            self._send(404, "Error: not found", "text/plain")

    def do_POST(self) -> None:  # noqa: N802
        fake = self.server_fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8")
        if urllib.parse.urlsplit(self.path).path != "/v2/check":
            self._send(404, "Error: not found", "text/plain")
            return
        form = {k: v[0] for k, v in urllib.parse.parse_qs(raw, keep_blank_values=True).items()}
        fake.checks.append(form)
        if fake.delay and fake._stop.wait(fake.delay):
            return
        if fake.drop:
            self.close_connection = True
            return
        if fake.status != 200:
            headers = {"Retry-After": fake.retry_after} if fake.retry_after else {}
            self._send(fake.status, fake.body or f"Error: status {fake.status}", "text/plain", headers)
            return
        disabled = {r for r in form.get("disabledRules", "").split(",") if r}
        text = form.get("text", "")
        answer = {
            "software": {"name": "LanguageTool", "version": "6.8", "buildDate": "2025-01-01 00:00:00 +0000",
                         "apiVersion": 1, "premium": False, "status": ""},
            "warnings": {"incompleteResults": False},
            "language": {"name": "English (US)", "code": form.get("language", "en-US"),
                         "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99}},
            "matches": fake.matches_for(text, disabled),
        }
        self._send(200, json.dumps(answer), "application/json")

    def _serve_download(self, dl: Download) -> None:
        if dl.status != 200:
            self._send(dl.status, "Error", "text/plain")
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/zip")
        self.send_header("Content-Length", str(dl.size))
        self.end_headers()
        chunk = b"\0" * (1 << 20)
        sent = 0
        try:
            while sent < dl.size:
                if dl.chunk_delay and self.server_fake._stop.wait(dl.chunk_delay):
                    return
                piece = chunk[: min(len(chunk), dl.size - sent)]
                self.wfile.write(piece)
                sent += len(piece)
        except OSError:  # the client gave up (cancel)
            self.close_connection = True

    def _send(self, code: int, body: str, ctype: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8")
        try:
            self.send_response(code)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            self.close_connection = True


def closed_port_url() -> str:
    """A 127.0.0.1 URL where nothing listens (bind, read the port, close)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
