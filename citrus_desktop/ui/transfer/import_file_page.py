"""The import wizard's first page: the file, how it is read (encoding, separator, sheet — detected,
changeable), and its first rows as read, so wrong accents show at once."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from citrus_desktop.domain.cell_text import cell_text
from citrus_desktop.domain.sheet_files import (
    ENCODINGS,
    SEPARATORS,
    Row,
    SheetFile,
    encoding_label,
    open_sheet,
    read_rows,
    separator_label,
)
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.transfer.task import Task

SAMPLE_ROWS = 12
TYPING_PAUSE_MS = 400
FOLDER_KEY = "import/folder"


class FilePage(QWizardPage):
    """Choose the file; it is read in the background, and the page is complete once it has a
    header and at least one row."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("File"))
        self.setSubTitle(
            self.tr(
                "A CSV file, or an Excel (.xlsx, .xls) or LibreOffice (.ods) workbook, with a header row."
            )
        )
        self.sheet: SheetFile | None = None
        self.rows: list[Row] = []
        self.task: Task | None = None

        self.path = QLineEdit()
        self.path.setObjectName("importFile")
        self.path.setPlaceholderText(self.tr("Type the file's path or click Browse…"))
        self.path.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self.path.textEdited.connect(lambda _text: self._pause.start())
        self.path.editingFinished.connect(self._typed)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setObjectName("importBrowse")
        self.browse.clicked.connect(self._browse)
        self.file_dialog: QFileDialog | None = None
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._typed)

        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        for encoding in ENCODINGS:
            self.encoding.addItem(encoding_label(encoding), encoding)
        self.separator = QComboBox()
        self.separator.setObjectName("importSeparator")
        for separator in SEPARATORS:
            self.separator.addItem(separator_label(separator), separator)
        self.sheet_choice = QComboBox()
        self.sheet_choice.setObjectName("importSheet")
        for combo in (self.encoding, self.separator, self.sheet_choice):
            combo.activated.connect(lambda _index: self.load(chosen=True))

        self.status = QLabel()
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("importFileProblem")
        self.problem.setProperty("role", "errors")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.sample_model = QStandardItemModel(self)
        self.sample = QTableView()
        self.sample.setObjectName("importSample")
        self.sample.setModel(self.sample_model)
        self.sample.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.sample.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sample.horizontalHeader().setDefaultSectionSize(140)

        chooser = QHBoxLayout()
        chooser.addWidget(self.path, 1)
        chooser.addWidget(self.browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, chooser)
        self.encoding_label = QLabel(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding)
        form.addRow(self.encoding_label, self.encoding)
        self.separator_label = QLabel(self.tr("&Separator:"))
        self.separator_label.setBuddy(self.separator)
        form.addRow(self.separator_label, self.separator)
        self.sheet_label = QLabel(self.tr("S&heet:"))
        self.sheet_label.setBuddy(self.sheet_choice)
        form.addRow(self.sheet_label, self.sheet_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.sample, 1)
        self._show_choices(None)

    # The file
    def _browse(self) -> None:
        folder = str(QSettings().value(FOLDER_KEY, "") or "")
        dialog = QFileDialog(self, self.tr("Choose the file to import"), folder)
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                self.tr("Spreadsheets and CSV (*.csv *.xlsx *.xls *.ods *.txt)"),
                self.tr("All files (*)"),
            ]
        )
        dialog.fileSelected.connect(self._chosen)
        self.file_dialog = dialog
        dialog.open()

    def _chosen(self, path: str) -> None:
        self.path.setText(path)
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self.load()

    def _typed(self) -> None:
        self._pause.stop()
        text = self.path.text().strip()
        if self.sheet is not None and text == str(self.sheet.path):
            return
        self.load()

    def load(self, chosen: bool = False) -> None:
        """Read the file named in the field (with the encoding, separator and sheet picked, when
        ``chosen``; else detected)."""
        if self.task is not None:
            self.task.cancel()
        self.rows = []
        self.sheet = None
        self.sample_model.clear()
        self.completeChanged.emit()
        text = self.path.text().strip()
        if not text:
            self._show_choices(None)
            self._say("", "")
            return
        encoding = self.encoding.currentData() if chosen else None
        separator = self.separator.currentData() if chosen else None
        sheet = self.sheet_choice.currentText() if chosen and self.sheet_choice.count() else None
        try:
            found = open_sheet(Path(text).expanduser(), encoding, separator, sheet)
        except KnownProblem as problem:
            self._show_choices(None)
            self._say("", str(problem))
            return
        self.sheet = found
        self._show_choices(found)
        self._say(self.tr("Reading the file…"), "")
        task = Task(lambda _progress, _cancelled: list(read_rows(found)), self)
        task.finished.connect(lambda result, t=task: self._read(t, result))
        self.task = task
        task.start()

    def _read(self, task: Task, result: object) -> None:
        if task is not self.task or task.cancelled:
            return
        self.task = None
        if isinstance(result, KnownProblem):
            self._say("", str(result))
            return
        if isinstance(result, BaseException):
            raise result
        assert isinstance(result, list)
        if len(result) < 2:
            self._say("", self.tr("The file has no rows below its header row."))
            return
        self.rows = result
        self._fill_sample()
        count = len(result) - 1
        self._say(self.tr("%n row(s) below the header row.", "", count), "")
        self.completeChanged.emit()

    def _say(self, status: str, problem: str) -> None:
        self.status.setText(status)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def _show_choices(self, sheet: SheetFile | None) -> None:
        text = sheet is not None and sheet.is_text
        book = sheet is not None and not sheet.is_text
        for widget in (self.encoding, self.encoding_label, self.separator, self.separator_label):
            widget.setVisible(sheet is None or text)
            widget.setEnabled(text)
        for widget in (self.sheet_choice, self.sheet_label):
            widget.setVisible(sheet is not None and book and len(sheet.sheets) > 1)
        if sheet is None:
            return
        if text:
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(sheet.encoding)))
            self.separator.setCurrentIndex(max(0, self.separator.findData(sheet.separator)))
        if book:
            self.sheet_choice.clear()
            self.sheet_choice.addItems(list(sheet.sheets))
            self.sheet_choice.setCurrentText(sheet.sheet)

    def _fill_sample(self) -> None:
        header = [cell_text(cell).text for cell in self.rows[0][1]]
        width = max(len(header), *(len(cells) for _line, cells in self.rows[1 : SAMPLE_ROWS + 1]))
        self.sample_model.setColumnCount(width)
        self.sample_model.setHorizontalHeaderLabels(header + [""] * (width - len(header)))
        labels = []
        for line, cells in self.rows[1 : SAMPLE_ROWS + 1]:
            items = []
            for cell in cells:
                item = QStandardItem(cell_text(cell).text.replace("\n", " ⏎ "))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            self.sample_model.appendRow(items)
            labels.append(str(line))
        self.sample_model.setVerticalHeaderLabels(labels)

    # The wizard's questions
    def isComplete(self) -> bool:
        return bool(self.rows) and self.task is None

    @property
    def headers(self) -> list[str]:
        return [cell_text(cell).text.strip() for cell in self.rows[0][1]] if self.rows else []

    @property
    def data_rows(self) -> list[Row]:
        return self.rows[1:]
