"""One app instance per library: a lock file beside the library and a local socket to the running window.

The first instance takes ``<library>.lock`` (a QLockFile: a crashed instance's lock is recognised as stale
by its process id and taken over) and listens on a QLocalServer whose name is derived from the library
path. A second start on the same library finds the lock taken, asks the running instance to bring its window
forward and ends; when the running instance does not answer (hung, or on another computer sharing the
folder), it explains instead of opening the library a second time — two writers could lose work.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

#: What a second instance sends to the first.
RAISE = b"raise\n"
CONNECT_MS = 1000


def lock_path(library: Path) -> Path:
    """The lock file of a library: beside it, same name plus ``.lock``."""
    return library.with_name(library.name + ".lock")


def server_name(library: Path) -> str:
    """A local-socket name unique to this user and library file."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{os.path.normcase(os.path.abspath(library))}".encode("utf-8", "surrogatepass")
    return "script-studio-" + hashlib.sha256(key).hexdigest()[:20]


class InstanceGuard(QObject):
    """Claims a library for this process. ``activation_requested`` fires when another start asked for it."""

    activation_requested = Signal()

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = Path(library)
        self._real = _real_path(self.library)     # a link or a relative path names the same library
        self._lock = QLockFile(str(lock_path(self._real)))
        self._lock.setStaleLockTime(0)     # stale only when its process is gone, never because it is old
        self._server: QLocalServer | None = None
        self.locked = False

    def acquire(self) -> bool:
        """Take the library; False when another running instance holds it. A folder where no lock file can
        be written (read-only) does not stop the app: True, without a lock."""
        try:
            self._real.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        if self._lock.tryLock(0):
            self.locked = True
            self._listen()
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning("no instance lock for %s (%s); continuing without one", self.library, self._lock.error())
        return True

    def owner(self) -> str:
        """Who holds the lock, e.g. "process 1234 on laptop" ("" when unknown)."""
        info = self._lock.getLockInfo()            # (pid, hostname, appname); a bool first in some bindings
        if not isinstance(info, tuple) or not info or info[0] is False:
            return ""
        pid, host = (info[1], info[2]) if isinstance(info[0], bool) else (info[0], info[1])
        return f"process {pid}" + (f" on {host}" if host else "")

    def activate_running(self) -> bool:
        """Ask the instance that holds the library to bring its window forward; True when it was told."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self._real))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE)
        sent = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return bool(sent)

    def release(self) -> None:
        """Stop listening and give the library free (also at exit: the lock file is removed)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self.locked:
            self._lock.unlock()
            self.locked = False

    # -- server side ----------------------------------------------------------------------------------
    def _listen(self) -> None:
        name = server_name(self._real)
        QLocalServer.removeServer(name)            # we hold the lock: a socket file left there is stale
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("cannot listen for other starts on %s: %s", name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE.strip() in data:
            self.activation_requested.emit()


def _real_path(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):
        return path.expanduser().absolute()


def bring_forward(window: QWidget) -> None:
    """Show a window on top of the others (restored if minimised) and give it the focus."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def explain_already_open(library: Path, owner: str, parent: QWidget | None = None) -> None:
    """The running instance did not answer: say why this start stops instead of opening the library."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Script Studio is already open")
    box.setText(f"This library is already open in Script Studio{f' ({owner})' if owner else ''}:\n{library}")
    box.setInformativeText("Switch to that window to keep working. Opening the same library twice could "
                           "lose changes, so this copy will close. If no Script Studio window is open, "
                           "wait a moment and start it again.")
    box.exec()
