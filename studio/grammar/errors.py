"""The one exception the grammar layer raises, and the user-facing wording of every failure.

Every way LanguageTool can fail (no Java, download refused, server down, timeouts, rate limits …) ends up as
:class:`GrammarUnavailable` whose ``str()`` is one line a creator can act on. ``reason`` tells callers (the Qt
worker) whether retrying later can help; the message is never shown more than once per failure by the UI.
"""

from __future__ import annotations

# Reasons (stable strings; the Qt worker decides on backoff by these).
JAVA = "java"                  # no Java / too old: retrying will not help until the user installs Java
DOWNLOAD = "download"          # LanguageTool could not be downloaded (offline, 404, checksum …)
INSTALL = "install"            # downloaded files unusable / server process exits
CANCELLED = "cancelled"        # the user cancelled the start (download)
UNREACHABLE = "unreachable"    # connection refused / dropped / DNS
TIMEOUT = "timeout"            # no answer within the configured timeout
RATE_LIMITED = "rate_limited"  # HTTP 429 / 426 / 503 busy
SERVER_ERROR = "server_error"  # HTTP 5xx, malformed answers
REJECTED = "rejected"          # HTTP 4xx other than rate limits (bad language, text too long …)
CONFIG = "config"              # bad settings (unknown language, invalid URL)
CONSENT = "consent"            # LanguageTool is not downloaded and the user has not agreed to download it

#: Reasons after which trying again later (without a settings change) can succeed.
TRANSIENT_REASONS = frozenset({UNREACHABLE, TIMEOUT, RATE_LIMITED, SERVER_ERROR})

JAVA_MISSING_MESSAGE = (
    "Java 17 or newer is needed for grammar checking — install a JDK/JRE 17+ (e.g. Adoptium Temurin) "
    "or use your own LanguageTool server."
)


class GrammarUnavailable(Exception):
    """Grammar checking cannot run right now. ``str(exc)`` is the one-line user message.

    ``reason`` is one of the module's reason constants; ``retry_after`` (seconds) is set when the server said
    when to come back (HTTP ``Retry-After``).
    """

    def __init__(self, message: str, reason: str = SERVER_ERROR, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        """True when the same request may succeed later without the user changing anything."""
        return self.reason in TRANSIENT_REASONS
