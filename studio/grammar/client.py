"""A small, bounded HTTP client for LanguageTool's ``/v2`` API (``GET /v2/languages``, ``POST /v2/check``).

Why not ``language_tool_python.LanguageTool.check``? In language-tool-python 3.4 that call
  * waits up to 300 s per try (class constant ``_TIMEOUT``) and tries twice;
  * in local mode kills and restarts the Java server on any I/O error inside ``check`` (minutes, not seconds);
  * does not look at HTTP status codes (a 429 or 500 comes back as a bare ``LanguageToolError`` with the body
    text, a 500 with a JSON body as a ``KeyError``);
  * converts LanguageTool's UTF-16 offsets to Python offsets for ``offset`` but not for ``error_length`` (a
    match spanning an emoji comes out too long), through class-level state shared by all threads
    (``Match.PREVIOUS_MATCHES_TEXT``).
So the checks go through this client; language-tool-python still finds Java, downloads and starts the local
LanguageTool, and validates the server and language (see :mod:`studio.grammar.backends`).

Offsets: LanguageTool is Java and counts ``offset``/``length`` in UTF-16 code units (an emoji outside the
Basic Multilingual Plane counts 2). Everything returned here is in Python code points.
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studio.grammar import errors as E
from studio.grammar.errors import GrammarUnavailable

if TYPE_CHECKING:  # requests is imported where it is used: the app's window starts without loading it
    import requests


@dataclass(frozen=True)
class RawMatch:
    """One LanguageTool match, offsets already in Python code points of the checked text."""

    start: int
    end: int
    rule_id: str
    issue_type: str
    category: str
    message: str
    replacements: tuple[str, ...]


def utf16_to_codepoints(text: str) -> Callable[[int], int]:
    """A function mapping a UTF-16 code-unit offset into ``text`` to the Python (code point) offset."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda u: u
    # UTF-16 start of the k-th astral character = its code-point index + k (each earlier one took 2 units).
    units = [cp + k for k, cp in enumerate(astral)]

    def convert(u: int) -> int:
        # astral characters that start before unit u each count one extra unit
        return u - bisect_left(units, u)

    return convert


def is_loopback_url(url: str) -> bool:
    """True for http://localhost…, http://127.x…, http://[::1]…: no proxy may sit between us and it."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LanguageToolHttp:
    """Talks to one LanguageTool server. ``api_url`` ends in ``/v2/``; every call is bounded by ``timeout``.

    Raises :class:`GrammarUnavailable` for every failure, with ``label`` (the URL, or "local server") in the
    message so the user knows which server is meant.
    """

    def __init__(self, api_url: str, *, timeout: float = 10.0, label: str = "",
                 session: requests.Session | None = None) -> None:
        self.api_url = api_url if api_url.endswith("/") else api_url + "/"
        self.timeout = float(timeout)
        self.label = label or self.api_url
        if session is None:
            import requests

            session = requests.Session()
        self._session = session
        if is_loopback_url(self.api_url):
            self._session.trust_env = False  # never route 127.0.0.1 through an HTTP(S)_PROXY

    def close(self) -> None:
        """Drop pooled connections."""
        self._session.close()

    # -- API calls ------------------------------------------------------------------------------------------
    def languages(self) -> list[dict[str, Any]]:
        """``GET /v2/languages``: ``[{"name", "code", "longCode"}, …]``."""
        data = self._request("get", "languages")
        if not isinstance(data, list):
            raise GrammarUnavailable(f"{self._who()} sent an unexpected answer to /v2/languages",
                                     E.SERVER_ERROR)
        return [d for d in data if isinstance(d, dict)]

    def healthy(self) -> bool:
        """``GET /v2/healthcheck`` answered OK (LanguageTool ≥ 4.2); False on any failure."""
        import requests

        try:
            with self._session.get(self.api_url + "healthcheck", timeout=min(2.0, self.timeout)) as r:
                return r.ok
        except requests.RequestException:
            return False

    def check(self, text: str, language: str, disabled_rules: Iterable[str] = ()) -> list[RawMatch]:
        """``POST /v2/check`` (form-encoded) → matches with Python code-point offsets into ``text``."""
        params = {"text": text, "language": language}
        rules = sorted(set(disabled_rules))
        if rules:
            params["disabledRules"] = ",".join(rules)
        data = self._request("post", "check", data=params)
        matches = data.get("matches") if isinstance(data, dict) else None
        if not isinstance(matches, list):
            raise GrammarUnavailable(f"{self._who()} sent an unexpected answer to /v2/check", E.SERVER_ERROR)
        to_cp = utf16_to_codepoints(text)
        out: list[RawMatch] = []
        for m in matches:
            raw = _parse_match(m, text, to_cp)
            if raw is not None:
                out.append(raw)
        return out

    # -- plumbing -------------------------------------------------------------------------------------------
    def _who(self) -> str:
        return f"LanguageTool ({self.label})"

    def _request(self, method: str, path: str, data: dict[str, str] | None = None) -> Any:
        import requests

        url = self.api_url + path
        timeout = (min(5.0, self.timeout), self.timeout)
        try:
            if method == "post":
                response = self._session.post(url, data=data, timeout=timeout)
            else:
                response = self._session.get(url, timeout=timeout)
        except requests.Timeout:  # before ConnectionError: ConnectTimeout is both
            raise GrammarUnavailable(
                f"{self._who()} did not answer within {self.timeout:g} s — grammar checks paused",
                E.TIMEOUT) from None
        except requests.ConnectionError:
            raise GrammarUnavailable(f"{self._who()} is not reachable", E.UNREACHABLE) from None
        except requests.RequestException as exc:
            raise GrammarUnavailable(f"{self._who()} request failed: {type(exc).__name__}",
                                     E.UNREACHABLE) from None
        with response:
            _raise_for_status(response, self._who())
            try:
                return response.json()
            except ValueError:
                raise GrammarUnavailable(f"{self._who()} sent an answer that is not JSON — is this a "
                                         f"LanguageTool server?", E.SERVER_ERROR) from None


def _body_line(response: requests.Response, limit: int = 160) -> str:
    try:
        text = response.text or ""
    except Exception:  # a broken body must not hide the status code
        text = ""
    line = " ".join(text.strip().split())
    return line[:limit] + ("…" if len(line) > limit else "")


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _raise_for_status(response: requests.Response, who: str) -> None:
    code = response.status_code
    if code < 400:
        return
    detail = _body_line(response)
    suffix = f": {detail}" if detail else ""
    if code in (426, 429):
        raise GrammarUnavailable(f"{who} is limiting requests (HTTP {code}) — grammar checks paused, "
                                 "retrying later", E.RATE_LIMITED, _retry_after(response))
    if code == 503:
        raise GrammarUnavailable(f"{who} is busy (HTTP 503) — grammar checks paused, retrying later",
                                 E.RATE_LIMITED, _retry_after(response))
    if code == 413:
        raise GrammarUnavailable(f"{who} refused the text as too long (HTTP 413)", E.REJECTED)
    if code in (401, 403):
        raise GrammarUnavailable(f"{who} refused access (HTTP {code}){suffix}", E.REJECTED)
    if code == 404:
        raise GrammarUnavailable(f"{who}: no LanguageTool API at this address (HTTP 404) — check the URL",
                                 E.CONFIG)
    if code < 500:
        raise GrammarUnavailable(f"{who} rejected the request (HTTP {code}){suffix}", E.REJECTED)
    raise GrammarUnavailable(f"{who} failed (HTTP {code}){suffix}", E.SERVER_ERROR)


def _parse_match(m: Any, text: str, to_cp: Callable[[int], int]) -> RawMatch | None:
    """One JSON match → RawMatch, or None when it is malformed or points outside the text."""
    if not isinstance(m, dict):
        return None
    try:
        offset = int(m["offset"])
        length = int(m["length"])
    except (KeyError, TypeError, ValueError):
        return None
    start, end = to_cp(offset), to_cp(offset + length)
    if not (0 <= start < end <= len(text)):
        return None
    rule = m.get("rule") if isinstance(m.get("rule"), dict) else {}
    category = rule.get("category") if isinstance(rule.get("category"), dict) else {}
    replacements = tuple(
        str(r["value"]) for r in (m.get("replacements") or ())
        if isinstance(r, dict) and isinstance(r.get("value"), str)
    )
    return RawMatch(
        start=start, end=end,
        rule_id=str(rule.get("id") or ""),
        issue_type=str(rule.get("issueType") or "").lower(),
        category=str(category.get("id") or "").upper(),
        message=str(m.get("message") or m.get("shortMessage") or "Possible problem"),
        replacements=replacements,
    )
