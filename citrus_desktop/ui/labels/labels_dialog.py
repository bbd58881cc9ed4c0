"""The labels dialog: layout, start position, printer offset, a live preview, Save PDF and Print."""

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain.labels import label_data
from citrus_desktop.printing.calibration import paint_calibration
from citrus_desktop.printing.label import plan_label
from citrus_desktop.printing.layouts import LAYOUTS, LabelLayout
from citrus_desktop.printing.sheet import SheetOptions, prepare_device
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.labels.label_run import LabelRun
from citrus_desktop.ui.labels.preview import LabelPreview
from citrus_desktop.ui.labels.settings import (
    NO_PRINTER,
    last_layout,
    printer_offset,
    remember_layout,
    remember_offset,
)
from citrus_desktop.ui.window_size import fit_to_screen

NOTES_CHECKED = 5000
"""Serials checked for the preview's notes (QR code alone…); longer runs say so for these."""


class LabelsDialog(QDialog):
    """Labels for the items ``ids`` (in that order)."""

    def __init__(self, ids: Sequence[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("labelsDialog")
        self.setWindowTitle(self.tr("Labels"))
        self.ids = list(ids)
        self.page = 0
        self.run: LabelRun | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.notice: QMessageBox | None = None
        self._printer: QPrinter | None = None
        self._serials = [data.serial for data in label_data(self.ids[:NOTES_CHECKED])]

        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("labelsLayout")
        for layout in LAYOUTS:
            self.layout_combo.addItem(layout.title(), layout.key)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(last_layout().key)))
        self.start_at = QSpinBox()
        self.start_at.setObjectName("labelsStartAt")
        self.start_at.setToolTip(
            self.tr("For a part-used sheet: the first free label, counted along each row")
        )
        self.printer_combo = QComboBox()
        self.printer_combo.setObjectName("labelsPrinter")
        self.printer_combo.addItem(self.tr("No printer (positions exactly as laid out)"), NO_PRINTER)
        for name in QPrinterInfo.availablePrinterNames():
            self.printer_combo.addItem(name, name)
        default = QPrinterInfo.defaultPrinterName()
        if default:
            self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(default)))
        self.offset_x = self._offset_box("labelsOffsetX", self.tr("Moves everything right (negative: left)"))
        self.offset_y = self._offset_box("labelsOffsetY", self.tr("Moves everything down (negative: up)"))
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("X")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("Y")))
        offsets.addWidget(self.offset_y)
        self.calibrate = QPushButton(self.tr("Print a calibration page…"))
        self.calibrate.setObjectName("labelsCalibrate")
        offsets.addWidget(self.calibrate)
        offsets.addStretch(1)
        self.outlines = QCheckBox(self.tr("Draw label outlines (plain paper)"))
        self.outlines.setObjectName("labelsOutlines")

        form = QFormLayout()
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Start at label"), self.start_at)
        form.addRow(self.tr("Printer"), self.printer_combo)
        form.addRow(self.tr("Offset (mm)"), offsets)
        form.addRow("", self.outlines)

        self.summary = QLabel()
        self.summary.setObjectName("labelsSummary")
        self.notes = QLabel()
        self.notes.setObjectName("labelsNotes")
        self.notes.setProperty("role", "hint")
        self.notes.setWordWrap(True)
        self.preview = LabelPreview()
        self.previous_page = QToolButton()
        self.previous_page.setObjectName("labelsPreviousPage")
        self.previous_page.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_page.setToolTip(self.tr("Previous page"))
        self.next_page = QToolButton()
        self.next_page.setObjectName("labelsNextPage")
        self.next_page.setArrowType(Qt.ArrowType.RightArrow)
        self.next_page.setToolTip(self.tr("Next page"))
        self.page_label = QLabel()
        self.page_label.setObjectName("labelsPreviewPage")
        pages = QHBoxLayout()
        pages.addWidget(self.summary, 1)
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_page)

        self.progress = QProgressBar()
        self.progress.setObjectName("labelsProgress")
        self.progress.hide()
        self.cancel_run = QPushButton(self.tr("Stop"))
        self.cancel_run.setObjectName("labelsStop")
        self.cancel_run.hide()
        self.status = QLabel()
        self.status.setObjectName("labelsStatus")
        self.status.setWordWrap(True)
        self.save_pdf = QPushButton(icon("save"), self.tr("Save PDF…"))
        self.save_pdf.setObjectName("labelsSavePdf")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("labelsPrint")
        self.print_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("labelsClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_run)
        buttons.addStretch(1)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)

        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addLayout(pages)
        outer.addWidget(self.preview, 1)
        outer.addWidget(self.notes)
        outer.addWidget(self.status)
        outer.addLayout(buttons)

        self._load_offsets()
        self._layout_changed()
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.start_at.valueChanged.connect(self._options_changed)
        self.outlines.toggled.connect(self._options_changed)
        self.printer_combo.currentIndexChanged.connect(self._printer_changed)
        self.offset_x.valueChanged.connect(self._offset_edited)
        self.offset_y.valueChanged.connect(self._offset_edited)
        self.previous_page.clicked.connect(lambda: self._turn(-1))
        self.next_page.clicked.connect(lambda: self._turn(1))
        self.save_pdf.clicked.connect(self.ask_pdf_file)
        self.print_button.clicked.connect(self.ask_printer)
        self.calibrate.clicked.connect(self.ask_calibration_printer)
        self.cancel_run.clicked.connect(self.stop_run)
        self.close_button.clicked.connect(self.close)
        fit_to_screen(self, 760, 720)

    @staticmethod
    def _offset_box(name: str, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(-20.0, 20.0)
        box.setSingleStep(0.1)
        box.setDecimals(1)
        box.setSuffix(" mm")
        box.setToolTip(tip)
        return box

    # What is chosen
    def label_layout(self) -> LabelLayout:
        """The layout chosen (not QWidget.layout, which this dialog's own layout keeps)."""
        return LAYOUTS[max(0, self.layout_combo.currentIndex())]

    def printer_name(self) -> str:
        return str(self.printer_combo.currentData() or NO_PRINTER)

    def options(self) -> SheetOptions:
        return SheetOptions(
            self.label_layout(),
            start_at=self.start_at.value(),
            offset_x=self.offset_x.value(),
            offset_y=self.offset_y.value(),
            outlines=self.outlines.isChecked(),
        )

    def pages(self) -> int:
        return self.options().pages(len(self.ids))

    # Following the choices
    def _layout_changed(self) -> None:
        layout = self.label_layout()
        remember_layout(layout)
        self.start_at.blockSignals(True)
        self.start_at.setRange(1, layout.per_page)
        self.start_at.setEnabled(layout.per_page > 1)
        self.start_at.blockSignals(False)
        self._show_notes()
        self._options_changed()

    def _options_changed(self) -> None:
        self.page = max(0, min(self.page, self.pages() - 1))
        options = self.options()
        count = len(self.ids)
        sheets = self.pages()
        if options.layout.is_roll:
            self.summary.setText(self.tr("%n label(s), one a page", "", count))
        else:
            self.summary.setText(
                self.tr("%1 on %2")
                .replace("%1", self.tr("%n label(s)", "", count))
                .replace("%2", self.tr("%n sheet(s)", "", sheets))
            )
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(sheets))
            if sheets
            else self.tr("No labels")
        )
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page + 1 < sheets)
        cells = options.cells(self.page, count)
        data = label_data(self.ids[cells.start : cells.stop])
        self.preview.show_page(options, [(options.cell_of(cells.start + n), d) for n, d in enumerate(data)])
        busy = self.run is not None
        self.save_pdf.setEnabled(bool(self.ids) and not busy)
        self.print_button.setEnabled(bool(self.ids) and not busy)

    def _show_notes(self) -> None:
        layout = self.label_layout()
        ascii_only: list[str] = []
        too_long: list[str] = []
        for serial in self._serials:
            note = plan_label(layout.label_width, layout.label_height, serial).note
            if note:
                (ascii_only if not serial.isascii() else too_long).append(serial)
        notes = []
        if ascii_only:
            notes.append(
                self.tr(
                    "%n label(s) carry the QR code alone: Code 128 cannot hold characters beyond ASCII (%1).",
                    "",
                    len(ascii_only),
                ).replace("%1", ", ".join(ascii_only[:3]))
            )
        if too_long:
            notes.append(
                self.tr(
                    "%n label(s) carry the QR code alone: the serial is too long for a Code 128 on this "
                    "label (%1).",
                    "",
                    len(too_long),
                ).replace("%1", ", ".join(too_long[:3]))
            )
        if len(self.ids) > NOTES_CHECKED and notes:
            notes.append(self.tr("(Checked the first %1 labels.)").replace("%1", str(NOTES_CHECKED)))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _turn(self, step: int) -> None:
        self.page = max(0, min(self.page + step, self.pages() - 1))
        self._options_changed()

    def _load_offsets(self) -> None:
        x, y = printer_offset(self.printer_name())
        for box, value in ((self.offset_x, x), (self.offset_y, y)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _printer_changed(self) -> None:
        self._load_offsets()
        self._options_changed()

    def _offset_edited(self) -> None:
        remember_offset(self.printer_name(), self.offset_x.value(), self.offset_y.value())
        self._options_changed()

    # Save PDF
    def ask_pdf_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save labels as PDF"), str(Path(folder) / self.tr("labels.pdf")))
        dialog.setObjectName("labelsFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: str) -> None:
        target = Path(path)
        self._start(
            LabelRun(self.ids, self.options(), self.tr("Labels"), target=target, parent=self),
            self.tr("Saved %1.").replace("%1", str(target)),
        )

    # Print
    def _new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name():
            printer.setPrinterName(self.printer_name())
        prepare_device(printer, self.label_layout())
        printer.setFullPage(True)
        return printer

    def _ask(self, accepted: Callable[[], None]) -> None:
        self._printer = self._new_printer()
        dialog = QPrintDialog(self._printer, self)
        dialog.setObjectName("labelsPrintDialog")
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.accepted.connect(accepted)
        self.print_dialog = dialog
        QDialog.open(dialog)  # PySide's QPrintDialog.open wants a receiver; Qt's plain open() is QDialog's

    def ask_printer(self) -> None:
        self._ask(self._print_accepted)

    def _use_chosen_printer(self) -> None:
        """The printer picked in the print dialog brings its own remembered offset."""
        assert self._printer is not None
        chosen = self._printer.printerName()
        index = self.printer_combo.findData(chosen) if chosen else -1
        if index >= 0 and index != self.printer_combo.currentIndex():
            self.printer_combo.setCurrentIndex(index)

    def _print_accepted(self) -> None:
        self._use_chosen_printer()
        printer = self._printer
        assert printer is not None
        self._start(
            LabelRun(self.ids, self.options(), self.tr("Labels"), printer=printer, parent=self),
            self.tr("Sent to the printer."),
        )

    def ask_calibration_printer(self) -> None:
        self._ask(self._calibration_accepted)

    def _calibration_accepted(self) -> None:
        self._use_chosen_printer()
        assert self._printer is not None
        prepare_device(self._printer, self.label_layout())
        try:
            paint_calibration(self._printer, self.options())
        except OSError as error:
            self._tell(self.tr("The calibration page was not printed."), str(error))
            return
        self.status.setText(self.tr("Calibration page sent. Lay it over a label sheet and adjust X and Y."))

    # Running
    def _start(self, run: LabelRun, done_text: str) -> None:
        self.run = run
        self.progress.setRange(0, len(self.ids))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_run.show()
        self.status.setText(self.tr("Writing labels…"))
        run.progress.connect(self.progress.setValue)
        run.finished_run.connect(lambda ok, problem: self._finished(ok, problem, done_text))
        self._options_changed()
        run.start()

    def stop_run(self) -> None:
        if self.run is not None:
            self.run.stop()

    def _finished(self, ok: bool, problem: str, done_text: str) -> None:
        run, self.run = self.run, None
        if run is not None:
            run.wait()
            run.deleteLater()
        self.progress.hide()
        self.cancel_run.hide()
        if problem:
            self.status.setText("")
            self._tell(self.tr("The labels were not written."), problem)
        else:
            self.status.setText(done_text if ok else self.tr("Stopped: nothing was written."))
        self._options_changed()

    def _tell(self, text: str, detail: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Labels"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("labelsProblem")
        box.setInformativeText(detail)
        self.notice = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run is not None:
            self.run.stop()
            self.run.wait()
        super().closeEvent(event)
