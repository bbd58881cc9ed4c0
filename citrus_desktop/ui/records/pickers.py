"""Record pickers that never load every record: an editable combo holds the first page of records
by name (and the chosen one); typing suggests from the domain's search, matching as the domain
does ("sao" finds "São"), and a record picked from the suggestions joins the combo's entries."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from citrus_desktop.domain.customers import customer_choices, get_customer
from citrus_desktop.errors import KnownProblem

Search = Callable[[str, int], list[tuple[int, str]]]
SUGGESTIONS = 50
PAGE = 100  # the records a picker's list shows before any typing; the others are found by typing
MORE_ROLE = Qt.ItemDataRole.UserRole + 1  # marks the list's last entry, "type to find the others"


class SearchCompleter(QCompleter):
    """Suggests the records ``search(text, limit)`` finds for an editable combo's text and, when
    one is picked, selects that record's entry in the combo (entries hold record ids as data),
    adding the entry when the combo did not hold it. ``fill`` gives the combo its first page of
    records and the chosen one (``name_of(id)``: one the search leaves out, such as an inactive
    customer). A search that fails shows no suggestions and tells ``failed(message)``."""

    def __init__(
        self,
        combo: QComboBox,
        search: Search,
        failed: Callable[[str], None] | None = None,
        name_of: Callable[[int], str] | None = None,
        more: str = "",
    ):
        self._model = QStandardItemModel()
        super().__init__(self._model, combo)
        self._model.setParent(self)
        self._combo = combo
        self._search = search
        self._failed = failed or (lambda _problem: None)
        self._name_of = name_of
        self._more = more
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

    # The combo's own entries
    def fill(self, chosen: int | None, browse: bool = True) -> bool:
        """The combo holds the first ``PAGE`` records by name (none unless ``browse``), then a
        disabled "type to find the others" entry when there are more, and ``chosen``, selected.
        False when it holds no record at all. A failing search raises, as opening would."""
        page = self._search("", PAGE + 1) if browse else []
        combo = self._combo
        combo.blockSignals(True)
        combo.clear()
        for record_id, label in page[:PAGE]:
            combo.addItem(label, record_id)
        if len(page) > PAGE and self._more:
            combo.addItem(self._more)
            entry = self._entries().item(combo.count() - 1)
            entry.setData(True, MORE_ROLE)
            entry.setFlags(Qt.ItemFlag.NoItemFlags)  # shown, greyed; never chosen, skipped by keys
        if chosen is not None and combo.findData(chosen) < 0 and self._name_of is not None:
            self._add(chosen, self._name_of(chosen))
        combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else -1)
        combo.blockSignals(False)
        return combo.count() > 0

    def _entries(self) -> QStandardItemModel:
        model = self._combo.model()
        assert isinstance(model, QStandardItemModel)  # a combo's own model
        return model

    def _add(self, record_id: int, label: str) -> int:
        """The combo's entry for the record, added (before the "others" entry) if it had none; the
        current entry and the typed text are left as they were."""
        row = self._combo.findData(record_id)
        if row >= 0:
            return row
        combo = self._combo
        last = combo.count() - 1
        row = last if last >= 0 and combo.itemData(last, MORE_ROLE) else combo.count()
        current, text = combo.currentIndex(), combo.currentText()
        blocked = combo.blockSignals(True)
        combo.insertItem(row, label, record_id)
        combo.setCurrentIndex(current + 1 if 0 <= row <= current else current)
        if combo.currentIndex() < 0:
            combo.setEditText(text)
        combo.blockSignals(blocked)
        return row

    # Suggestions
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

    def typed_index(self) -> int:
        """The combo entry its typed text names, added if the combo did not hold it: the record
        whose name it is in full (ignoring case), or the only record matching it ("acme industria"
        without its accents); -1 when none (and when the search fails)."""
        combo = self._combo
        text = combo.currentText().strip()
        if not text:
            return -1
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and combo.itemData(index) is not None:
            return index
        try:
            found = self._search(text, SUGGESTIONS)
        except KnownProblem as error:
            self._failed(str(error))
            return -1
        named = [record for record in found if record[1].strip().casefold() == text.casefold()]
        only = named[0] if named else found[0] if len(found) == 1 else None
        return self._add(*only) if only is not None else -1

    def _picked(self, index: QModelIndex) -> None:
        record_id = index.data(Qt.ItemDataRole.UserRole)
        if record_id is not None:
            self._combo.setCurrentIndex(self._add(record_id, index.data()))


def customer_picker(combo: QComboBox, failed: Callable[[str], None] | None = None) -> SearchCompleter:
    """The active customers' picker (an inactive chosen one kept) of the item dialog and the
    stock-take: its first page by name, the others found by typing."""
    return SearchCompleter(
        combo,
        customer_choices,
        failed,
        name_of=lambda customer_id: get_customer(customer_id).name,
        more=QCoreApplication.translate("Pickers", "Type part of a name to find the other customers…"),
    )
