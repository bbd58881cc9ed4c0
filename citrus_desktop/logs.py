"""The rotating log file in the user's log folder, with Qt's own messages routed into it."""

import logging
import logging.handlers
import platform
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler, qVersion

from citrus_desktop import APP_NAME, __version__

LOG_NAME = "citrus-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# Qt's offscreen and minimal platforms say so on every show() or raise().
HEADLESS_LIMITS = ("This plugin does not support",)

_handlers: list[logging.Handler] = []
_log_file: Path | None = None
_previous_qt_handler = None


def default_log_folder() -> Path:
    """``logs`` in the user's state folder (``~/.local/state/Citrus/Citrus Desktop/logs`` on Linux)."""
    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    return Path(state) / "logs"


def log_file() -> Path | None:
    """The file being written, once `setup_logging` ran."""
    return _log_file


def log_folder() -> Path:
    """The folder of the log in use, or where it will be."""
    return _log_file.parent if _log_file is not None else default_log_folder()


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to a rotating file in ``folder`` (default: the user's log folder); return the file."""
    global _log_file, _previous_qt_handler
    teardown_logging()
    folder = folder or default_log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _rotating(folder / LOG_NAME)
    except OSError:
        # A read-only or full home must not stop the app: log to the temporary folder instead.
        folder = Path(tempfile.gettempdir()) / "citrus-desktop-logs"
        folder.mkdir(parents=True, exist_ok=True)
        handler = _rotating(folder / LOG_NAME)
    _log_file = folder / LOG_NAME
    handler.setFormatter(logging.Formatter(FORMAT))
    _add(handler, level)
    if sys.stderr is not None:  # None in a windowed Windows build
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(name)s: %(levelname)s: %(message)s"))
        _add(console, logging.WARNING)
    root = logging.getLogger()
    root.setLevel(min(level, root.level or level))
    _previous_qt_handler = qInstallMessageHandler(_qt_message)
    logging.getLogger("citrus_desktop").info(
        "%s %s starting (Qt %s, Python %s, %s)",
        APP_NAME,
        __version__,
        qVersion(),
        platform.python_version(),
        platform.platform(),
    )
    return _log_file


def teardown_logging() -> None:
    """Close the log file and give Qt back the message handler it had."""
    global _log_file, _previous_qt_handler
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    if _handlers:
        qInstallMessageHandler(_previous_qt_handler)
    _handlers.clear()
    _log_file = None
    _previous_qt_handler = None


def _rotating(path: Path) -> logging.Handler:
    return logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )


def _add(handler: logging.Handler, level: int) -> None:
    handler.setLevel(level)
    logging.getLogger().addHandler(handler)
    _handlers.append(handler)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category if context is not None and context.category else "default"
    name = "qt" if category == "default" else f"qt.{category.removeprefix('qt.')}"
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if message.startswith(HEADLESS_LIMITS):
        level = logging.INFO  # what a headless platform cannot do (raise a window…) is no problem
    logging.getLogger(name).log(level, message)
