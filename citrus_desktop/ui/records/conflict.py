"""A save refused because someone else changed the record: keep the edits, offer their version."""

from collections.abc import Callable
from dataclasses import fields
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.errors import ConflictError
from citrus_desktop.errors import KnownProblem

if TYPE_CHECKING:
    from citrus_desktop.ui.records.record_dialog import FieldForm, RecordDialog


class ConflictHost(Protocol):
    """A dialog or window with a FieldForm, which may show a ConflictPanel under its errors."""

    form: "FieldForm"
    conflict: "ConflictPanel | None"


def widget_text(widget: QWidget) -> str:
    """What a field shows, as a person would read it back."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.currentData() is not None or widget.isEditable() else ""
    if isinstance(widget, QDateEdit):
        value = widget.value() if hasattr(widget, "value") else widget.date().toPython()
        return str(value or "")
    if isinstance(widget, QAbstractButton):
        return widget.text() if widget.isChecked() else ""
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def put_value(widget: QWidget, value: Any) -> None:
    """Show ``value`` (a domain value: id, text, date, bool) in ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and value is not None:
            index = widget.findText(str(value))
        if index < 0 and widget.isEditable():
            widget.setEditText("" if value is None else str(value))
        else:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QDateEdit) and hasattr(widget, "set_value"):
        widget.set_value(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))


class ConflictPanel(QWidget):
    """Says who changed the record and when, with ``{prefix}Reload``; after Reload it keeps the
    person's own edits, read-only, in ``{prefix}YourEdits`` for re-entry."""

    def __init__(self, prefix: str, reload: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{prefix}Conflict")
        self._reload = reload
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload their version"))
        self.reload_button.setObjectName(f"{prefix}Reload")
        self.reload_button.setToolTip(
            self.tr("Show the record as saved by the other person; your edits stay listed below")
        )
        self.reload_button.clicked.connect(self.reload)
        self.edits_caption = QLabel(self.tr("Your edits, not saved (copy what you still need):"))
        self.edits = QPlainTextEdit()
        self.edits.setObjectName(f"{prefix}YourEdits")
        self.edits.setReadOnly(True)
        self.edits.setFixedHeight(self.edits.fontMetrics().lineSpacing() * 6 + 12)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.edits_caption)
        layout.addWidget(self.edits)
        self.edits_caption.hide()
        self.edits.hide()
        self.mine = ""

    def show_conflict(self, error: ConflictError, mine: str) -> None:
        when = error.changed_at.strftime("%Y-%m-%d %H:%M") if error.changed_at else ""
        who = error.changed_by or self.tr("someone else")
        self.message.setText(
            self.tr(
                "%1 saved this record at %2, after you opened it. Reload their version, then "
                "enter your changes again."
            )
            .replace("%1", who)
            .replace("%2", when)
        )
        self.mine = mine
        self.reload_button.setEnabled(True)
        self.show()

    def reload(self) -> None:
        try:
            self._reload()
        except KnownProblem as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Their version is shown above. Your edits are below."))
        self.reload_button.setEnabled(False)
        self.edits.setPlainText(self.mine)
        self.edits_caption.show()
        self.edits.show()


def form_summary(form: "FieldForm") -> str:
    """The form's fields as ``Label: value`` lines."""
    lines = []
    for field, widget in form.fields.items():
        label = form.labels[field].text().rstrip(" *") if field in form.labels else field
        text = widget_text(widget)
        if text:
            lines.append(f"{label or field}: {text}")
    return "\n".join(lines)


def offer_reload(host: ConflictHost, error: ConflictError, reload: Callable[[], None]) -> ConflictPanel:
    """Show (once) the conflict panel under the form's errors; ``reload`` loads the saved version."""
    panel = host.conflict
    if panel is None:
        errors = host.form.errors
        area = errors.parentWidget()
        layout = area.layout() if area is not None else None
        if not isinstance(layout, QBoxLayout):
            raise TypeError("the form's errors must sit in a box layout")
        panel = ConflictPanel(errors.objectName().removesuffix("Errors"), reload, area)
        layout.insertWidget(layout.indexOf(errors) + 1, panel)
        host.conflict = panel
    panel.show_conflict(error, form_summary(host.form))
    return panel


def reload_dialog(dialog: "RecordDialog") -> None:
    """Load the saved version of a RecordDialog's record (``dialog.data``) into its fields."""
    fresh = dialog.load_saved()
    dialog.data = fresh
    for field in fields(fresh):
        if field.name in dialog.form.fields:
            put_value(dialog.form.fields[field.name], getattr(fresh, field.name))
    dialog.form.clear_errors()
    dialog.mark_unchanged()  # their version, as saved: closing now loses nothing
