"""Type-to-filter completion for record pickers, matching as the domain does ("sao" finds "São")."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from citrus_desktop.errors import KnownProblem

Search = Callable[[str, int], list[tuple[int, str]]]
SUGGESTIONS = 50


class SearchCompleter(QCompleter):
    """Suggests the records ``search(text, limit)`` finds for an editable combo's text and, when
    one is picked, selects that record's entry in the combo (entries hold record ids as data).
    A search that fails shows no suggestions and tells ``failed(message)``."""

    def __init__(self, combo: QComboBox, search: Search, failed: Callable[[str], None] | None = None):
        self._model = QStandardItemModel()
        super().__init__(self._model, combo)
        self._model.setParent(self)
        self._combo = combo
        self._search = search
        self._failed = failed or (lambda _problem: None)
        # The domain already filtered, ignoring case and accents: Qt must not filter again.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        edit = combo.lineEdit()
        if edit is None:
            raise ValueError("SearchCompleter needs an editable combo box")
        edit.setCompleter(self)
        edit.textEdited.connect(self._suggest)
        # The index overload of activated (PySide6's stubs know only the plain signal).
        self.activated[QModelIndex].connect(self._picked)  # type: ignore[index]

    def _suggest(self, text: str) -> None:
        self._model.clear()
        if not text.strip():
            self._hide_popup()
            return
        try:
            found = self._search(text, SUGGESTIONS)
        except KnownProblem as error:
            self._hide_popup()  # no suggestions now; the combo's own entries still work
            self._failed(str(error))
            return
        for record_id, label in found:
            item = QStandardItem(label)
            item.setData(record_id, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount():
            self.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.popup()
        if popup is not None:
            popup.hide()

    def suggestions(self) -> list[str]:
        return [self._model.item(row).text() for row in range(self._model.rowCount())]

    def single_match(self, text: str) -> int | None:
        """The record id when ``text`` designates exactly one record (None too when the search fails)."""
        try:
            found = self._search(text, 2) if text.strip() else []
        except KnownProblem as error:
            self._failed(str(error))
            return None
        return found[0][0] if len(found) == 1 else None

    def typed_index(self) -> int:
        """The combo entry its typed text names: in full (ignoring case), or as the only record
        matching it ("acme industria" without its accents); -1 when none."""
        text = self._combo.currentText().strip()
        if not text:
            return -1
        index = self._combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            only = self.single_match(text)
            index = self._combo.findData(only) if only is not None else -1
        return index

    def _picked(self, index: QModelIndex) -> None:
        row = self._combo.findData(index.data(Qt.ItemDataRole.UserRole))
        if row >= 0:
            self._combo.setCurrentIndex(row)
