"""The recycle bin (Lixeira): deleted records, Restore, Purge, and each record's history."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from citrus_desktop.domain import access
from citrus_desktop.domain.record_kinds import KINDS
from citrus_desktop.domain.recycle_bin import RecycleBinSource, entry_record, purge, restore
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import permit
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.lists.list_page import ListPage
from citrus_desktop.ui.tasks import run_in_background

BIN_TABLE = "recycle_bin"
RESTORE_LOOK = 500
"""Selected rows looked at to tell whether Restore is the role's (a product type: an admin's)."""


class RecycleBinPage(ListPage):
    """``recycleBinPage``: ``recycleBinTable``, ``recycleBinRestore``, ``recycleBinPurge``,
    ``recycleBinHistory`` and the usual filter. Del purges (after the confirmation)."""

    message = Signal(str)
    """What was done, for the status bar ("3 records restored")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("recycleBin", "recycleBinPage", RecycleBinSource(), parent)
        self.watched_tables = {BIN_TABLE, *(kind.table for kind in KINDS)}
        self.new_button.hide()
        self.delete_button.hide()
        self.empty_new.hide()  # nothing is created in the bin (later resets see New hidden)
        self.history_dialog: QWidget | None = None
        self.busy = False
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # newest first
        self._update_actions()

    def title_text(self) -> str:
        return self.tr("Recycle bin")

    def empty_text(self) -> str:
        return self.tr(
            "The recycle bin is empty. Deleted records wait here until they are restored or purged."
        )

    def extra_tools(self) -> list[QToolButton]:
        self.restore_button = self.tool_button(
            "Restore",
            self.tr("Restore"),
            "restore",
            QKeySequence("Ctrl+R"),
            self.tr("Put the selected records back as they were, with those deleted together (Ctrl+R)"),
        )
        self.purge_button = self.tool_button(
            "Purge",
            self.tr("Purge"),
            "delete",
            None,
            self.tr("Erase the selected records for good (Del)"),
        )
        self.history_button = self.tool_button(
            "History", self.tr("History…"), "history", None, self.tr("Every change of the selected record")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.open_selected_history)
        return [self.history_button, self.restore_button, self.purge_button]

    def _update_actions(self) -> None:
        super()._update_actions()
        if not hasattr(self, "restore_button"):
            return
        selected = self.table.selectionModel().hasSelection()
        rights = access.current()
        permit(self.restore_button, self._restore_refusal(), selected and not self.busy)
        permit(self.purge_button, rights.purge_refusal(), selected and not self.busy)
        self.history_button.setEnabled(len(self.table.selectionModel().selectedRows()) == 1)

    def _restore_refusal(self) -> str | None:
        """Why the selected entries cannot be restored by this role: a reader nothing, an editor no
        product types (restore itself refuses what a selection too large to look through holds)."""
        rights = access.current()
        refusal = rights.refusal("inventory_item")
        if refusal is not None or rights.changeable is None:
            return refusal
        tables = {kind.name(): kind.table for kind in KINDS}
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for number in rows[:RESTORE_LOOK]:
            row = self.model.row(number)
            table = tables.get(str(row[1])) if row is not None else None
            if table is not None and rights.refusal(table) is not None:
                return rights.refusal(table)
        return None

    def new_record(self) -> None:
        """Nothing is created in the bin."""

    def open_record(self, record_id: int) -> None:
        self._open_history(record_id)

    def open_selected_history(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._open_history(ids[0])

    def _open_history(self, entry_id: int) -> None:
        from citrus_desktop.ui.records.history_dialog import HistoryDialog

        try:
            found = entry_record(entry_id)
        except KnownProblem as problem:
            self._notify(self.tr("History"), str(problem), "")
            return
        if found is None:
            return
        self.history_dialog = HistoryDialog(*found, self)
        self.history_dialog.open()

    # Restoring
    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.busy:
            return
        self._set_busy(True)

        def finished(result: object) -> None:
            self._set_busy(False)
            if isinstance(result, KnownProblem):
                self._notify(self.tr("Not restored"), self.tr("Nothing was restored."), str(result))
                return
            if isinstance(result, BaseException):
                raise result
            self.table.clearSelection()
            for table in (BIN_TABLE, *(kind.table for kind in KINDS)):
                announce(table)
            assert isinstance(result, int)
            self.message.emit(self.tr("%n record(s) restored.", "", result))

        run_in_background(lambda: restore(ids), finished, self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_actions()

    # Purging (the list page's Delete, with its own question)
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.busy or not self.purge_button.isEnabled():
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Purge"),
            self.tr("Erase %n record(s) for good?", "", len(ids)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("recycleBinPurgeQuestion")
        box.setInformativeText(
            self.tr("They cannot be restored afterwards, and their history is erased too.")
        )
        erase = box.addButton(self.tr("Purge"), QMessageBox.ButtonRole.DestructiveRole)
        erase.setObjectName("recycleBinConfirmPurge")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question = box
        box.finished.connect(lambda _result: self._purge_answered(box.clickedButton() is erase, ids))
        box.open()

    def _purge_answered(self, confirmed: bool, ids: list[int]) -> None:
        self.question = None
        if not confirmed:
            return
        try:
            removed = purge(ids)
        except KnownProblem as problem:
            self._notify(self.tr("Not purged"), self.tr("Nothing was purged."), str(problem))
            return
        self.table.clearSelection()
        announce(BIN_TABLE)
        self.message.emit(self.tr("%n record(s) purged.", "", removed))
