"""The base of every edit dialog and form: labelled fields, required marks, errors shown inline."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.audit import audit_trail
from citrus_desktop.domain.errors import ConflictError, ValidationError
from citrus_desktop.errors import KnownProblem


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Show ``widget`` as invalid (red frame, message as tooltip), or as valid when None."""
    widget.setProperty("invalid", message is not None)
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldForm:
    """Fields laid out in a QFormLayout, known by their domain field names."""

    def __init__(self, layout: QFormLayout, errors: QLabel):
        self.layout = layout
        self.errors = errors
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, field: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        caption = QLabel(f"{label} *" if required else label)
        caption.setBuddy(widget)
        if required:
            caption.setToolTip(QCoreApplication.translate("FieldForm", "Required"))
        self.layout.addRow(caption, widget)
        self.fields[field] = widget
        self.labels[field] = caption
        return widget

    def show_errors(self, errors: dict[str, str]) -> None:
        for field, widget in self.fields.items():
            mark_invalid(widget, errors.get(field))
        messages = list(errors.values())
        self.errors.setText("\n".join(f"• {m}" for m in messages) if len(messages) > 1 else "".join(messages))
        self.errors.setVisible(bool(messages))
        for field, widget in self.fields.items():
            if field in errors and widget.isEnabled():
                widget.setFocus()
                break

    def clear_errors(self) -> None:
        self.show_errors({})


def history_text(table: str, record_id: int) -> str:
    """Who created and last changed the record; a short notice when the database cannot say now."""
    try:
        found = audit_trail(table, record_id)
    except KnownProblem:
        return QCoreApplication.translate(
            "RecordDialog", "Who changed this record cannot be shown right now."
        )
    if found is None:
        return ""

    def when(moment) -> str:
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment else ""

    created = QCoreApplication.translate("RecordDialog", "Created by %1 on %2.")
    created = created.replace("%1", found.created_by or "?").replace("%2", when(found.created_at))
    if found.version <= 1:
        return created
    changed = QCoreApplication.translate("RecordDialog", "Last changed by %1 on %2.")
    return (
        created + " " + changed.replace("%1", found.updated_by or "?").replace("%2", when(found.updated_at))
    )


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "errors")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def line(name: str, placeholder: str = "", longest: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(longest)
    return edit


def multiline(name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


def combo_id(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return int(value) if value is not None else None


def select_id(combo: QComboBox, record_id: int | None) -> None:
    index = combo.findData(record_id) if record_id is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() and combo.itemData(0) is None else -1))


class RecordDialog(QDialog):
    """An edit dialog named ``{prefix}Dialog`` with ``{prefix}Save``, ``{prefix}Cancel``, ``{prefix}Errors``.

    Subclasses add fields to ``self.form`` and implement `save_record`, which calls the domain and
    returns the record's id; domain errors are shown inside the dialog and it stays open.
    """

    saved = Signal(int)

    def __init__(self, prefix: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefix = prefix
        self.setObjectName(f"{prefix}Dialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.errors = error_label(f"{prefix}Errors")
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = FieldForm(layout, self.errors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{prefix}Save")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName(f"{prefix}Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.errors)
        self.history = QLabel()
        self.history.setObjectName(f"{prefix}History")
        self.history.setProperty("role", "caption")
        self.history.setWordWrap(True)
        self.history.hide()
        outer.addWidget(self.history)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def save_record(self) -> int:
        raise NotImplementedError

    def load_saved(self) -> Any:
        """The record as it is saved now (a domain dataclass): Reload after a conflict shows it."""
        raise NotImplementedError

    def show_history(self, table: str, record_id: int | None) -> None:
        """Say who created and last changed the record, and when (nothing for a new one)."""
        self.history.setText(history_text(table, record_id) if record_id else "")
        self.history.setVisible(bool(self.history.text()))

    def accept(self) -> None:
        try:
            record_id = self.save_record()
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return
        except ConflictError as error:
            from citrus_desktop.ui.records.conflict import offer_reload, reload_dialog

            self.form.show_errors({"": str(error)})
            offer_reload(self, error, lambda: reload_dialog(self))
            return
        except KnownProblem as error:
            # Busy, full or lost database, record deleted meanwhile…: said here, edits kept.
            self.form.show_errors({"": str(error)})
            return
        self.form.clear_errors()
        self.saved.emit(record_id)
        super().accept()
