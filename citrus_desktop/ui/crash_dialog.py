"""The dialog shown for an unhandled exception, and the sys.excepthook that opens it."""

import html
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop import APP_NAME, __version__
from citrus_desktop.logs import log_file, log_folder

log = logging.getLogger("citrus_desktop.crash")
_dialog: "CrashDialog | None" = None


class CrashDialog(QDialog):
    """What went wrong, the details to copy for support, and where the log is."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        explanation = QLabel(
            self.tr(
                "<b>%1 ran into an unexpected problem.</b><br>"
                "Data you had already saved is safe, but the last action may not have finished: "
                "check it before you go on. You can keep working.<br>"
                "If this happens again, send the details below to your support team."
            ).replace("%1", APP_NAME)
        )
        explanation.setObjectName("crashExplanation")
        explanation.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 220)
        folder = log_folder()
        where = log_file() or folder
        self.log_label = QLabel(
            self.tr("The log is in %1").replace(
                "%1", f'<a href="{QUrl.fromLocalFile(str(folder)).toString()}">{html.escape(str(where))}</a>'
            )
        )
        self.log_label.setObjectName("crashLogFolder")
        self.log_label.setWordWrap(True)
        self.log_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("crashClose")
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setObjectName("crashCopy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)
        self.add(details)

    def add(self, details: str) -> None:
        """Append another error's details (the dialog is shown once for several errors)."""
        header = f"{APP_NAME} {__version__}\n" if not self.details.toPlainText() else "\n"
        self.details.appendPlainText(header + details.rstrip())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def current_crash_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if any."""
    from shiboken6 import isValid

    # A dialog whose window was closed and freed leaves a Python wrapper behind.
    return _dialog if _dialog is not None and isValid(_dialog) and _dialog.isVisible() else None


def show_crash(details: str) -> CrashDialog | None:
    """Show ``details`` in the crash dialog (reusing one already open); None without a GUI."""
    global _dialog
    if not isinstance(QApplication.instance(), QApplication):
        return None
    shown = current_crash_dialog()
    if shown is not None:
        shown.add(details)
        return shown
    _dialog = CrashDialog(details, QApplication.activeWindow())
    _dialog.open()
    return _dialog


def install_excepthook() -> Callable[[], None]:
    """Log unhandled exceptions (Qt slots included) and show them; return a function that undoes it."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.critical("Unhandled exception\n%s", details.rstrip())
        try:
            show_crash(details)
        except Exception:  # the dialog itself failed: fall back to printing both
            log.exception("Could not show the crash dialog")
            previous(kind, error, trace)

    previous_thread_hook = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # No dialog from a worker thread (widgets belong to the GUI thread): the log keeps it.
        if args.exc_type is SystemExit:
            return
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        thread = args.thread.name if args.thread is not None else "?"
        log.critical("Unhandled exception in thread %s\n%s", thread, details.rstrip())

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous
        if threading.excepthook is thread_hook:
            threading.excepthook = previous_thread_hook

    return restore
