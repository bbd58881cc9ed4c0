"""Undo and redo of the session's actions: a QUndoStack owned by the main window.

Every action committed while the window is open — a create, edit, delete, restore or import, that
is any ``store.transactions.writing(action)`` whose action is in `UNDOABLE` — is pushed onto the
stack by itself, whichever thread committed it (the stack listens to the store's commits). Undo
runs ``domain.undo.revert`` of the action's batch in the task thread; redo reverts that undo. A
refusal (someone changed a record since, a rule would break) is told in a message box and the
step leaves the stack; nothing was changed. A step the server (or the person's role) does not
allow is told the same way but stays where it is, so the stack still matches the data: it applies
once the role allows it again. A step changing records the role may not change (a reader's any,
an editor's types) is disabled, saying why in the tooltip and the status bar.

Others' code does not call anything to get undo: write through ``writing("import", "items.xlsx")``
and the import shows as "Undo import of items.xlsx". `UndoHistory.push_batch` exists for a batch
committed while no window listened.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from citrus_desktop.domain import access
from citrus_desktop.domain.errors import NotAllowedError
from citrus_desktop.domain.history import describe_batch_tables
from citrus_desktop.domain.undo import current_generation, revert, touched_tables
from citrus_desktop.errors import KnownProblem
from citrus_desktop.store.transactions import Batch, add_commit_listener, remove_commit_listener
from citrus_desktop.ui.events import announce, bus, tell
from citrus_desktop.ui.tasks import run_in_background

UNDOABLE = frozenset({"create", "edit", "delete", "restore", "import", "save"})
UNDO_LIMIT = 200


class BatchCommand(QUndoCommand):
    """One action on the stack. ``batch_id``: the batch whose revert is the next step (the
    action's own before an undo, the undo's batch before a redo)."""

    def __init__(self, batch_id: int, text: str, generation: str, tables: frozenset[str] = frozenset()):
        super().__init__(text)
        self.batch_id = batch_id
        self.generation = generation
        self.tables = tables
        """The tables the next step changes (the role needs the right to change each)."""

    # The work happens before the stack moves (it may be refused); the stack only keeps count.
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


class _Arrivals(QObject):
    """Carries batches committed on any thread to the UI thread."""

    batch = Signal(int)


class UndoHistory(QObject):
    """The window's undo stack with its Edit menu actions ``actionUndo`` and ``actionRedo``."""

    changed = Signal()
    """An undo or redo was applied (lists refresh through the change bus as well)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("undoHistory")
        self.window = window
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self.busy = False
        self.notice: QMessageBox | None = None
        self.undo_action = QAction(self.tr("Undo"), window)
        self.undo_action.setObjectName("actionUndo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo"), window)
        self.redo_action.setObjectName("actionRedo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        for action in (self.undo_action, self.redo_action):
            window.addAction(action)  # the keys work wherever the focus is in the window
        self.stack.indexChanged.connect(self._update_actions)
        self.stack.cleanChanged.connect(self._update_actions)
        self._arrivals = _Arrivals(self)
        self._arrivals.batch.connect(self.push_batch)
        add_commit_listener(self._committed)
        self.destroyed.connect(lambda *_: remove_commit_listener(self._committed))
        bus().access_changed.connect(self._update_actions)
        self._update_actions()

    def stop(self) -> None:
        """Stop listening (the window closes)."""
        remove_commit_listener(self._committed)

    def _committed(self, batch: Batch) -> None:
        if batch.id is not None and batch.action in UNDOABLE:
            self._arrivals.batch.emit(batch.id)

    def push_batch(self, batch_id: int) -> bool:
        """Put the committed batch ``batch_id`` on the stack (nothing when it changed nothing)."""
        try:
            found = describe_batch_tables(batch_id)
            generation = current_generation()
        except KnownProblem:
            return False
        if found is None:
            return False
        text, tables = found
        self.stack.push(BatchCommand(batch_id, text, generation, tables))
        return True

    def clear(self) -> None:
        self.stack.clear()

    def _update_actions(self, *_args: object) -> None:
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(
            self.tr("Undo %1").replace("%1", undo_text) if undo_text else self.tr("Undo")
        )
        self.redo_action.setText(
            self.tr("Redo %1").replace("%1", redo_text) if redo_text else self.tr("Redo")
        )
        for action, possible, number in (
            (self.undo_action, self.stack.canUndo(), self.stack.index() - 1),
            (self.redo_action, self.stack.canRedo(), self.stack.index()),
        ):
            # A step changing records the role may not change (a reader's any, an editor's types,
            # the role having changed since) is disabled, saying why; the step stays for later.
            refusal = self._refusal(self.stack.command(number) if possible else None)
            action.setEnabled(possible and not self.busy and refusal is None)
            action.setToolTip(refusal or action.text())
            action.setStatusTip(refusal or "")

    @staticmethod
    def _refusal(command: QUndoCommand | None) -> str | None:
        rights = access.current()
        if not rights.team:
            return None
        if not rights.changeable:  # a reader: never, whatever the stack holds
            return rights.refusal("inventory_item")
        if not isinstance(command, BatchCommand):
            return None
        refused = access.first_refusal(command.tables)
        return refused[1] if refused else None

    def undo(self) -> None:
        if self.busy or not self.stack.canUndo():
            return
        self._step(self.stack.command(self.stack.index() - 1), "undo")

    def redo(self) -> None:
        if self.busy or not self.stack.canRedo():
            return
        self._step(self.stack.command(self.stack.index()), "redo")

    def _step(self, command: QUndoCommand, action: str) -> None:
        assert isinstance(command, BatchCommand)
        batch_id, generation, text = command.batch_id, command.generation, command.text()
        self.busy = True
        self._update_actions()

        def work() -> tuple[int, set[str]]:
            new_batch = revert(batch_id, action, generation)
            return new_batch, touched_tables(new_batch)

        def finished(result: object) -> None:
            self.busy = False
            if isinstance(result, NotAllowedError):
                self._not_allowed(action, text, str(result))
            elif isinstance(result, KnownProblem):
                self._refused(command, action, text, str(result))
            elif isinstance(result, BaseException):
                self._update_actions()
                raise result
            else:
                assert isinstance(result, tuple)
                new_batch, tables = result
                command.batch_id = new_batch
                command.tables = frozenset(tables)
                self.stack.undo() if action == "undo" else self.stack.redo()
                for table in sorted(tables):
                    announce(table)
                self.changed.emit()
                tell(
                    (self.tr("Undone: %1.") if action == "undo" else self.tr("Redone: %1.")).replace(
                        "%1", text
                    )
                )
            self._update_actions()

        run_in_background(work, finished, self)

    def _refused(self, command: BatchCommand, action: str, text: str, reason: str) -> None:
        # It can never apply now (later changes stay): it leaves the stack; earlier steps remain.
        command.setObsolete(True)
        self.stack.undo() if action == "undo" else self.stack.redo()
        self._tell(action, text, reason)

    def _not_allowed(self, action: str, text: str, reason: str) -> None:
        # Not the data's fault but the rights': the step stays, the stack still matches the data.
        self._tell(action, text, reason)

    def _tell(self, action: str, text: str, reason: str) -> None:
        title = self.tr("Cannot undo") if action == "undo" else self.tr("Cannot redo")
        lead = (
            self.tr("“Undo %1” was not applied, and nothing was changed.")
            if action == "undo"
            else self.tr("“Redo %1” was not applied, and nothing was changed.")
        ).replace("%1", text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, lead, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("undoRefused")
        box.setInformativeText(reason)
        self.notice = box
        box.open()
