"""Notices: a message box with one OK button, opened (never exec'd) and freed once read."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_notice(parent: QWidget, name: str, title: str, text: str, details: str = "") -> QMessageBox:
    """Open a warning notice named ``name`` over ``parent``; it deletes itself when closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
