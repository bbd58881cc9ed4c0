"""The base of every edit dialog and form: labelled fields, required marks, errors shown inline."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain import access
from citrus_desktop.domain.audit import audit_trail
from citrus_desktop.domain.errors import ConflictError, ValidationError
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import lock_form
from citrus_desktop.ui.events import bus, tell
from citrus_desktop.ui.moments import short_moment

if TYPE_CHECKING:
    from citrus_desktop.ui.records.conflict import ConflictPanel


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Show ``widget`` as invalid (red frame, message as tooltip), or as valid when None."""
    widget.setProperty("invalid", message is not None)
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


W = TypeVar("W", bound=QWidget)


class FieldForm:
    """Fields laid out in a QFormLayout, known by their domain field names.

    Problems found on Save mark their fields and are listed in ``errors``; a field's problem goes
    as soon as the field is fixed: each edit of a marked field asks ``recheck`` (the record's rules,
    writing nothing) which problems remain, or, without ``recheck``, takes the edit as the fix.
    """

    def __init__(self, layout: QFormLayout, errors: QLabel):
        self.layout = layout
        self.errors = errors
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.shown: dict[str, str] = {}
        """The problems on display, field → message ("" for the record as a whole)."""
        self.recheck: Callable[[], dict[str, str] | None] | None = None
        self._watched: set[int] = set()

    def add(self, field: str, label: str, widget: W, required: bool = False) -> W:
        caption = QLabel(f"{label} *" if required else label)
        caption.setBuddy(widget)
        if required:
            caption.setToolTip(QCoreApplication.translate("FieldForm", "Required"))
        self.layout.addRow(caption, widget)
        self.fields[field] = widget
        self.labels[field] = caption
        return widget

    def show_errors(self, errors: dict[str, str], focus: bool = True) -> None:
        """Mark the fields of ``errors`` and list the messages; ``focus`` moves to the first."""
        self._watch()
        self.shown = dict(errors)
        for field, widget in self.fields.items():
            mark_invalid(widget, errors.get(field))
        messages = [one_period(m) for m in errors.values()]
        self.errors.setText("\n".join(f"• {m}" for m in messages) if len(messages) > 1 else "".join(messages))
        self.errors.setVisible(bool(messages))
        if not focus:
            return
        for field, widget in self.fields.items():
            if field in errors and widget.isEnabled():
                widget.setFocus()
                break

    def clear_errors(self) -> None:
        self.show_errors({}, focus=False)

    def _watch(self) -> None:
        """Follow the user's edits of every field (once), to drop the problems they fix."""
        for field, widget in self.fields.items():
            if id(widget) in self._watched:
                continue
            self._watched.add(id(widget))
            for signal in edit_signals(widget):
                signal.connect(lambda *_args, f=field: self._edited(f))

    def _edited(self, field: str) -> None:
        if field not in self.shown:
            return
        remaining = dict(self.shown)
        still: dict[str, str] | None = None
        if self.recheck is not None:
            try:
                still = self.recheck()
            except KnownProblem:  # the rules could not be read now (a lost server): trust the edit
                still = None
        for name in list(remaining):
            if name and (name not in still if still is not None else name == field):
                del remaining[name]
        if remaining != self.shown:
            self.show_errors(remaining, focus=False)


def edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals that say the user changed ``widget``'s value."""
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QDateEdit):
        return [widget.dateChanged]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    return []


def one_period(message: str) -> str:
    """``message`` ending in one full stop: a name that ends in one ("Ltda.") takes the sentence's."""
    return message[:-1] if message.endswith("..") and not message.endswith("...") else message


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

    when = short_moment
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


def line_of(combo: QComboBox) -> QLineEdit:
    """The text field of an editable combo box."""
    edit = combo.lineEdit()
    if edit is None:
        raise ValueError(f"{combo.objectName()} is not editable")
    return edit


def combo_id(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return int(value) if value is not None else None


def select_id(combo: QComboBox, record_id: int | None) -> None:
    index = combo.findData(record_id) if record_id is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() and combo.itemData(0) is None else -1))


class FormArea(QScrollArea):
    """The fields, their problems and the record's history: scrolls rather than squeezes, so at
    any size and in any language nothing is drawn over anything else. ``relaid`` says that the
    content's size changed (a hint or the problems appeared)."""

    relaid = Signal()

    def __init__(self, content: QWidget):
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the dialog's layout asks our size hint again
            self.relaid.emit()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        # QScrollArea caps its hint at 24 lines: ask for the whole form, the dialog caps it.
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 120)


class RecordDialog(QDialog):
    """An edit dialog named ``{prefix}Dialog`` with ``{prefix}Save``, ``{prefix}Cancel``, ``{prefix}Errors``.

    Subclasses add fields to ``self.form``, implement `save_record`, which calls the domain and
    returns the record's id, and may implement `collect` (the record as the form shows it) and
    `problems` (the domain's checks, writing nothing) so that a problem shown goes as soon as its
    field is fixed. Domain errors are shown inside the dialog and it stays open. The dialog opens
    on its first field, saves with Ctrl+S and asks before Esc, Cancel or closing drop changes.
    """

    saved = Signal(int)
    data: Any
    """The record being edited, a domain dataclass (ItemData, SiteData…)."""
    conflict: "ConflictPanel | None" = None

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
        self.form.recheck = self._recheck
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(f"{prefix}Save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName(f"{prefix}Cancel")
        self._cancel_text = self.cancel_button.text()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.accept)
        content = QWidget()
        content.setObjectName(f"{prefix}Form")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addLayout(layout)
        inner.addWidget(self.errors)
        self.history = QLabel()
        self.history.setObjectName(f"{prefix}Audit")
        self.history.setProperty("role", "caption")
        self.history.setWordWrap(True)
        self.history.hide()
        inner.addWidget(self.history)
        self.access_notice = error_label(f"{prefix}Access")
        self.access_notice.setProperty("role", "hint")
        inner.addWidget(self.access_notice)
        inner.addStretch(1)
        self.form_area = FormArea(content)
        self.form_area.relaid.connect(self._grow_to_fit, Qt.ConnectionType.QueuedConnection)
        outer = QVBoxLayout(self)
        outer.addWidget(self.form_area, 1)
        self.history_button = self.buttons.addButton(
            QCoreApplication.translate("RecordDialog", "History…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.history_button.setObjectName(f"{prefix}History")
        self.history_button.setToolTip(
            QCoreApplication.translate("RecordDialog", "Every change of this record: who, when, what")
        )
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(self.open_history)
        self.history_button.hide()
        self.history_dialog: QDialog | None = None
        self._history_of: tuple[str, int] | None = None
        outer.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.question: QMessageBox | None = None
        self._unchanged: list[str] | None = None
        self.table: str | None = None
        """The table the dialog saves into (set by `show_history`): the role's rights apply."""
        bus().access_changed.connect(self.apply_access)

    def save_record(self) -> int:
        raise NotImplementedError

    def load_saved(self) -> Any:
        """The record as it is saved now (a domain dataclass): Reload after a conflict shows it."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The record as the form shows it, a copy of ``data`` (None: the dialog cannot say)."""
        return None

    def problems(self, record: Any) -> dict[str, str]:
        """The domain's problems with ``record`` (field → message), writing nothing."""
        return {}

    def _recheck(self) -> dict[str, str] | None:
        record = self.collect()
        return None if record is None else self.problems(record)

    def add_below_history(self, widget: QWidget) -> None:
        """Show ``widget`` under the "created by … changed by …" caption, with the fields."""
        content = self.form_area.widget()
        layout = content.layout() if content is not None else None
        if not isinstance(layout, QBoxLayout):
            raise TypeError("the form's content has a box layout")
        layout.insertWidget(layout.indexOf(self.history) + 1, widget)

    def show_history(self, table: str, record_id: int | None) -> None:
        """Say who created and last changed the record, and when (nothing for a new one)."""
        self.table = table
        self.history.setText(history_text(table, record_id) if record_id else "")
        self.history.setVisible(bool(self.history.text()))
        self._history_of = (table, record_id) if record_id else None
        self.history_button.setVisible(record_id is not None)

    def open_history(self) -> None:
        """Open ``historyDialog`` on this record."""
        if self._history_of is None:
            return
        from citrus_desktop.ui.records.history_dialog import HistoryDialog

        self.history_dialog = HistoryDialog(*self._history_of, self)
        self.history_dialog.open()

    def access_refusal(self) -> str | None:
        """Why the person may not save this dialog (None: they may)."""
        return access.current().refusal(self.table) if self.table else None

    def apply_access(self) -> None:
        """A role that may not save sees the record read-only, with Save disabled saying why."""
        refusal = self.access_refusal()
        lock_form(self, self.form.fields.values(), self.save_button, self.access_notice, refusal)
        self.cancel_button.setText(self.tr("Close") if refusal else self._cancel_text)

    def open(self) -> None:
        self.apply_access()
        super().open()

    # Opening on the first field, and knowing whether anything changed since
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unchanged is None:
            self._widen_to_fit()
            self.mark_unchanged()
            self.focus_first_field()

    def _widen_to_fit(self) -> None:
        """As wide as the form wants where the screen allows: Qt sizes a new window to at most
        two thirds of the screen, which on 800×600 cuts a Portuguese form's right edge off."""
        screen = self.screen()
        room = screen.availableGeometry().width() - 40 if screen is not None else self.width()
        wanted = min(room, self.sizeHint().width())
        if wanted > self.width():
            self.resize(wanted, self.height())

    def focus_first_field(self) -> None:
        """Put the focus in the first field the user can type in (never on a button)."""
        for widget in self.form.fields.values():
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def mark_unchanged(self) -> None:
        """The form as it is now counts as unchanged (on opening, after Reload)."""
        self._unchanged = self._values()

    def has_changes(self) -> bool:
        return self._unchanged is not None and self._values() != self._unchanged

    def _values(self) -> list[str]:
        from citrus_desktop.ui.records.conflict import widget_text

        return [widget_text(widget) for widget in self.form.fields.values()]

    # Closing
    def reject(self) -> None:
        """Esc, Cancel and the window's close: at once when nothing changed, else after asking."""
        if not self.has_changes():
            super().reject()
            return
        if self.question is not None and self.question.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(f"{self.prefix}DiscardQuestion")
        box.setInformativeText(self.tr("What you typed in this form has not been saved."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName(f"{self.prefix}Discard")
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName(f"{self.prefix}KeepEditing")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.question = box

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is discard:
                self._unchanged = self._values()
                super(RecordDialog, self).reject()

        box.finished.connect(answered)
        box.open()

    def done(self, result: int) -> None:
        super().done(result)
        # Back to the window that opened the dialog, whatever the window manager does: its
        # shortcuts (Del, Ctrl+N) work at once.
        opener = self.parentWidget()
        if opener is not None:
            opener.window().activateWindow()

    # Saving
    def accept(self) -> None:
        refusal = self.access_refusal()
        if refusal is not None:  # Ctrl+S with Save disabled
            self.form.show_errors({"": refusal})
            return
        try:
            record_id = self.save_record()
        except ValidationError as error:
            self.show_problems(error.errors)
            return
        except ConflictError as error:
            from citrus_desktop.ui.records.conflict import offer_reload, reload_dialog

            self.show_problems({"": str(error)})
            offer_reload(self, error, lambda: reload_dialog(self))
            return
        except KnownProblem as error:
            # Busy, full or lost database, record deleted meanwhile…: said here, edits kept.
            self.show_problems({"": str(error)})
            return
        self.form.clear_errors()
        self.saved.emit(record_id)
        tell(self.saved_text())
        super().accept()

    def _grow_to_fit(self) -> None:
        """Grow to show the whole form (a hint or the problems appeared) where the screen allows;
        beyond that the fields scroll."""
        if not self.isVisible():
            return
        screen = self.screen()
        room = screen.availableGeometry().height() - 80 if screen is not None else self.height()
        wanted = min(room, self.sizeHint().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def saved_text(self) -> str:
        """What the status bar says once the record is saved."""
        return self.tr("Saved.")

    def show_problems(self, errors: dict[str, str]) -> None:
        """Show ``errors`` in the form, growing the dialog to show them where the screen allows."""
        self.form.show_errors(errors)
        self.form_area.updateGeometry()
        self._grow_to_fit()
        self.form_area.ensureWidgetVisible(self.errors)
        focused = self.focusWidget()
        if focused is not None:
            self.form_area.ensureWidgetVisible(focused)
