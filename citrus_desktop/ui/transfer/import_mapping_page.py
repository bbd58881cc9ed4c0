"""The import wizard's columns page: each column of the file and the field it fills, guessed from
its header in either language and remembered for the next file of the same shape."""

import json

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from citrus_desktop.domain.cell_text import cell_text
from citrus_desktop.domain.import_fields import (
    ImportField,
    fields_of,
    guess_mapping,
    missing_required,
    shape_of,
)
from citrus_desktop.domain.sheet_files import Row

SAMPLES = 3


def column_name(number: int) -> str:
    """A spreadsheet's name for column ``number`` (0 → A, 26 → AA)."""
    name = ""
    number += 1
    while number:
        number, remainder = divmod(number - 1, 26)
        name = chr(ord("A") + remainder) + name
    return name


def _settings_key(list_name: str, headers: list[str]) -> str:
    return f"import/{list_name}/mapping/{shape_of(headers)}"


def remembered_mapping(list_name: str, headers: list[str]) -> list[str | None] | None:
    """The mapping chosen the last time a file with these headers was imported, if any."""
    saved = QSettings().value(_settings_key(list_name, headers))
    try:
        mapping = json.loads(str(saved)) if saved else None
    except ValueError:
        return None
    known = {field.key for field in fields_of(list_name)}
    if not isinstance(mapping, list) or len(mapping) != len(headers):
        return None
    return [key if key in known else None for key in mapping]


def remember_mapping(list_name: str, headers: list[str], mapping: list[str | None]) -> None:
    QSettings().setValue(_settings_key(list_name, headers), json.dumps(mapping))


class MappingPage(QWizardPage):
    """One row per file column: its header, a few of its values, and the field it fills."""

    def __init__(self, list_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importMappingPage")
        self.list_name = list_name
        self.fields: list[ImportField] = fields_of(list_name)
        self.headers: list[str] = []
        self.combos: list[QComboBox] = []
        self.remembered = False
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Which field each column of the file fills. Fields marked * are required."))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Values"), self.tr("Field")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setObjectName("importMappingNote")
        self.note.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("importMappingProblems")
        self.problems.setProperty("role", "errors")
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)

    def set_file(self, headers: list[str], rows: list[Row]) -> None:
        """Show the columns of a file just read, each with the field guessed or remembered."""
        self.headers = headers
        saved = remembered_mapping(self.list_name, headers)
        self.remembered = saved is not None
        mapping = saved if saved is not None else guess_mapping(headers, self.fields)
        self.note.setText(
            self.tr("The columns are set as for the last file with these headers.")
            if self.remembered
            else self.tr("Columns were matched to fields by their header names; check them.")
        )
        self.table.setRowCount(len(headers))
        self.combos = []
        for number, header in enumerate(headers):
            title = header or self.tr("Column %1").replace("%1", column_name(number))
            self.table.setItem(number, 0, QTableWidgetItem(title))
            values = []
            for _line, cells in rows:
                if number < len(cells):
                    text = cell_text(cells[number]).text.strip()
                    if text:
                        values.append(text.replace("\n", " "))
                if len(values) >= SAMPLES:
                    break
            self.table.setItem(number, 1, QTableWidgetItem(" · ".join(values)))
            combo = QComboBox()
            combo.setObjectName(f"importMappingField_{number}")
            combo.addItem(self.tr("(not imported)"), "")
            for field in self.fields:
                combo.addItem(field.title + (" *" if field.required else ""), field.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[number] or "")))
            combo.currentIndexChanged.connect(lambda _index: self._check())
            self.table.setCellWidget(number, 2, combo)
            self.combos.append(combo)
        self._check()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() or None for combo in self.combos]

    def _problems(self) -> list[str]:
        mapping = self.mapping()
        found = []
        missing = missing_required(mapping, self.fields)
        if missing:
            found.append(
                self.tr("Choose the column of: %1.").replace(
                    "%1", ", ".join(field.title for field in missing)
                )
            )
        titles = {field.key: field.title for field in self.fields}
        twice = sorted({key for key in mapping if key and mapping.count(key) > 1}, key=list(titles).index)
        if twice:
            found.append(
                self.tr("Each field takes one column: %1 is chosen more than once.").replace(
                    "%1", ", ".join(titles[key] for key in twice)
                )
            )
        return found

    def _check(self) -> None:
        problems = self._problems()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self._problems()

    def validatePage(self) -> bool:
        remember_mapping(self.list_name, self.headers, self.mapping())
        return True
