"""The labels dialog as a user meets it: from the list's Labels button to a PDF that scans back."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from citrus_desktop.printing.layouts import layout_by_key
from tests.pdf_reading import Box, decode_regions, page_count
from tests.ui.helpers import choose, click, find, open_list, row_of, select_rows


def open_labels(qtbot, window, page, prefix: str) -> QDialog:
    click(qtbot, find(page, QToolButton, f"{prefix}Labels"))
    dialog = page.dialog
    assert dialog.objectName() == "labelsDialog"
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save_pdf(qtbot, dialog: QDialog, path: Path) -> None:
    click(qtbot, find(dialog, QPushButton, "labelsSavePdf"))
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog)
    qtbot.waitUntil(files.isVisible)
    files.selectFile(str(path))
    files.accept()
    qtbot.waitUntil(lambda: path.exists() and dialog.run is None, timeout=20000)
    assert "Saved" in find(dialog, QLabel, "labelsStatus").text()


def qr_serials(path: Path, key: str, count: int, page: int = 0) -> list[str]:
    layout = layout_by_key(key)
    regions = []
    for cell in range(count):
        x, y = layout.cell(cell)
        regions.append(Box(x - 0.4, y - 0.4, x + layout.label_width + 0.4, y + layout.label_height + 0.4))
    return [
        next((text for kind, text in codes if kind == "QRCode"), "")
        for codes in decode_regions(path, page, 200, regions)
    ]


def test_labels_of_the_selected_rows_are_saved_as_a_pdf_that_scans_back(qtbot, make_window, seed, tmp_path):
    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    select_rows(qtbot, table, [row_of(table, "SN-0003"), row_of(table, "LIC-9")])
    dialog = open_labels(qtbot, window, page, "inventory")
    choose(find(dialog, QComboBox, "labelsLayout"), "Avery 5163")
    assert "2 labels on 1 sheet" in find(dialog, QLabel, "labelsSummary").text()
    find(dialog, QSpinBox, "labelsStartAt").setValue(3)
    path = tmp_path / "two.pdf"
    save_pdf(qtbot, dialog, path)
    assert page_count(path) == 1
    assert qr_serials(path, "avery-5163", 4) == ["", "", "LIC-9", "SN-0003"]  # in the list's order


def test_with_nothing_selected_every_shown_item_gets_a_label(qtbot, make_window, seed, tmp_path):
    window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    dialog = open_labels(qtbot, window, page, "inventory")
    assert "4 labels on 1 sheet" in find(dialog, QLabel, "labelsSummary").text()
    choose(find(dialog, QComboBox, "labelsLayout"), "50 × 30")
    assert "4 labels, one a page" in find(dialog, QLabel, "labelsSummary").text()
    path = tmp_path / "roll.pdf"
    save_pdf(qtbot, dialog, path)
    assert page_count(path) == 4
    assert [qr_serials(path, "thermal-50x30", 1, page)[0] for page in range(4)] == [
        "LIC-9", "SN-0001", "SN-0002", "SN-0003"
    ]  # fmt: skip


def test_a_customers_inventory_has_labels_too_and_non_ascii_serials_are_told(
    qtbot, make_window, seed, tmp_path
):
    from citrus_desktop.domain.items import ItemData, save_item
    from citrus_desktop.store.database import open_database

    open_database(str(tmp_path / "citrus.db"))
    save_item(ItemData(serial_number="AÇO-7", customer_id=seed.acme, contract_id=seed.acme_contract,
                       site_id=seed.acme_site, product_type_id=seed.printer))  # fmt: skip
    window = make_window()
    window.show()
    customer = window.open_customer(seed.acme)
    qtbot.waitUntil(customer.isVisible)
    customer.tabs.setCurrentIndex(3)
    inventory = find(customer, QWidget, "customerInventory")
    dialog = open_labels(qtbot, customer, inventory, "customerInventory")
    notes = find(dialog, QLabel, "labelsNotes")
    assert notes.isVisible() and "AÇO-7" in notes.text() and "QR code alone" in notes.text()
    assert "4 labels" in find(dialog, QLabel, "labelsSummary").text()


def test_each_printer_keeps_its_own_offset(qtbot, make_window, seed, monkeypatch):
    monkeypatch.setattr(
        QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Laser 1", "Zebra/ZD220"])
    )
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Laser 1"))
    window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    dialog = open_labels(qtbot, window, page, "inventory")
    x, y = find(dialog, QDoubleSpinBox, "labelsOffsetX"), find(dialog, QDoubleSpinBox, "labelsOffsetY")
    assert find(dialog, QComboBox, "labelsPrinter").currentText() == "Laser 1"
    x.setValue(1.5)
    y.setValue(-0.7)
    choose(find(dialog, QComboBox, "labelsPrinter"), "Zebra/ZD220")
    assert (x.value(), y.value()) == (0.0, 0.0)
    x.setValue(-2.0)
    dialog.close()
    QSettings().sync()
    again = open_labels(qtbot, window, page, "inventory")
    ax, ay = find(again, QDoubleSpinBox, "labelsOffsetX"), find(again, QDoubleSpinBox, "labelsOffsetY")
    assert (ax.value(), ay.value()) == (1.5, -0.7)
    choose(find(again, QComboBox, "labelsPrinter"), "Zebra")
    assert (ax.value(), ay.value()) == (-2.0, 0.0)


def test_print_goes_through_the_print_dialog_at_full_page(qtbot, make_window, seed, tmp_path):
    window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    dialog = open_labels(qtbot, window, page, "inventory")
    click(qtbot, find(dialog, QPushButton, "labelsPrint"))
    printing = dialog.print_dialog
    assert isinstance(printing, QPrintDialog)
    qtbot.waitUntil(printing.isVisible)
    printer = printing.printer()
    assert printer.fullPage()
    path = tmp_path / "printed.pdf"
    # No printer on this machine: the dialog offers "Print to File (PDF)", as it does for users.
    file_name = find(printing, QLineEdit, "filename")
    file_name.setText(str(path))
    printing.accept()
    assert printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    qtbot.waitUntil(lambda: dialog.run is None and path.exists(), timeout=20000)
    assert find(dialog, QLabel, "labelsStatus").text() == "Sent to the printer."
    assert qr_serials(path, "pimaco-6180", 4) == ["LIC-9", "SN-0001", "SN-0002", "SN-0003"]


def test_a_filter_that_matches_nothing_offers_nothing_to_print(qtbot, make_window, seed):
    window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    page.filter_text.setText("zzz-nothing")
    page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    dialog = open_labels(qtbot, window, page, "inventory")
    assert find(dialog, QLabel, "labelsPreviewPage").text() == "No labels"
    assert not find(dialog, QPushButton, "labelsSavePdf").isEnabled()
    assert not find(dialog, QPushButton, "labelsPrint").isEnabled()


def test_the_calibration_page_prints_with_this_printers_offset(qtbot, make_window, seed, tmp_path):
    from tests.pdf_reading import stroked_boxes

    window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    dialog = open_labels(qtbot, window, page, "inventory")
    choose(find(dialog, QComboBox, "labelsLayout"), "Pimaco A4263")
    find(dialog, QDoubleSpinBox, "labelsOffsetX").setValue(1.0)
    click(qtbot, find(dialog, QPushButton, "labelsCalibrate"))
    printing = dialog.print_dialog
    qtbot.waitUntil(printing.isVisible)
    path = tmp_path / "calibration.pdf"
    find(printing, QLineEdit, "filename").setText(str(path))
    printing.accept()
    assert "Calibration page sent" in find(dialog, QLabel, "labelsStatus").text()
    layout = layout_by_key("pimaco-a4263")
    outlines = [box for box in stroked_boxes(path) if abs(box.width - layout.label_width) < 1]
    assert len(outlines) == layout.per_page
    assert abs(min(box.left for box in outlines) - (layout.left + 1.0)) <= 0.2


def test_labelling_a_long_list_asks_first(qtbot, make_window, seed, monkeypatch):

    from citrus_desktop.ui.lists import record_lists

    monkeypatch.setattr(record_lists, "MANY_LABELS", 3)
    _window, page, _table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    click(qtbot, find(page, QToolButton, "inventoryLabels"))
    box = page.question
    assert isinstance(box, QMessageBox) and box.objectName() == "inventoryLabelsQuestion"
    assert "all 4 items" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.dialog is None
    click(qtbot, find(page, QToolButton, "inventoryLabels"))
    next(b for b in page.question.buttons() if b.text() == "Make labels").click()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert "4 labels" in find(page.dialog, QLabel, "labelsSummary").text()


def test_a_database_failure_while_writing_is_said_in_the_dialog(
    qtbot, make_window, seed, tmp_path, monkeypatch
):
    from citrus_desktop.store.problems import DatabaseBusy
    from citrus_desktop.ui.labels import label_run

    def busy(_ids):
        raise DatabaseBusy("the database is busy")

    window, page, table = open_list(qtbot, make_window, "inventory", "inventoryPage", "inventory")
    select_rows(qtbot, table, [row_of(table, "SN-0003")])
    dialog = open_labels(qtbot, window, page, "inventory")
    monkeypatch.setattr(label_run, "iter_label_data", busy)
    click(qtbot, find(dialog, QPushButton, "labelsSavePdf"))
    files = dialog.file_dialog
    qtbot.waitUntil(files.isVisible)
    files.selectFile(str(tmp_path / "busy.pdf"))
    files.accept()
    qtbot.waitUntil(lambda: dialog.run is None)
    problem = find(dialog, QMessageBox, "labelsProblem")
    qtbot.waitUntil(problem.isVisible)
    assert "busy" in problem.informativeText() + problem.text()
    assert dialog.isVisible()
