"""Windows and message boxes are freed when done with: one customer window per customer, each
new customer its own window (none orphaned), quitting asks about an unsaved new customer, and the
delete and notice boxes go away once answered."""

from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QToolButton

from tests.ui.helpers import click, column, double_click_row, find, message_box, row_of, type_text
from tests.ui.test_customer_window import customer_window, customers_page


def test_one_window_per_customer_freed_on_close(qtbot, make_window, seed):
    window, _page, table = customers_page(qtbot, make_window)
    qtbot.waitUntil(lambda: "Beta Comércio S.A." in column(table))
    for _ in range(2):
        double_click_row(qtbot, table, row_of(table, "Beta Comércio S.A."))
    assert list(window.customer_windows) == [seed.beta]
    customer = customer_window(qtbot, window)
    gone = watch_destroyed(customer)
    customer.close()
    qtbot.waitUntil(lambda: bool(gone))
    assert window.customer_windows == {}


def test_a_second_new_customer_does_not_orphan_the_first_and_quitting_asks(qtbot, make_window):
    window, page, _table = customers_page(qtbot, make_window)
    click(qtbot, find(page, QToolButton, "customersNew"))
    first = customer_window(qtbot, window)
    type_text(qtbot, find(first, QLineEdit, "customerName"), "Primeira Ltda.")
    click(qtbot, find(page, QToolButton, "customersNew"))
    qtbot.waitUntil(lambda: len(window.customer_windows) == 2)
    assert first in window.customer_windows.values()
    window.close()
    question = message_box(qtbot, first, "customerUnsaved")
    assert window.isVisible() and first.isVisible()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()


def watch_destroyed(widget) -> list[bool]:
    """A list that gets an entry when ``widget`` is destroyed (freed, not only hidden)."""
    gone: list[bool] = []
    widget.destroyed.connect(lambda *_args: gone.append(True))
    return gone


def boxes(widget) -> list[QMessageBox]:
    QApplication.sendPostedEvents(None, 0)  # deferred deletes
    return widget.findChildren(QMessageBox)


def test_delete_and_notice_boxes_are_freed_once_answered(qtbot, make_window, seed):
    _window, page, table = customers_page(qtbot, make_window)
    qtbot.waitUntil(lambda: "ACME Indústria Ltda." in column(table))
    for _ in range(3):
        table.selectRow(row_of(table, "ACME Indústria Ltda."))
        click(qtbot, find(page, QToolButton, "customersDelete"))
        question = message_box(qtbot, page, "customersDeleteQuestion")
        click(qtbot, find(question, QPushButton, "customersConfirmDelete"))
        notice = message_box(qtbot, page, "customersNotice")  # ACME still has items: not deleted
        gone = watch_destroyed(notice)
        notice.accept()
        qtbot.waitUntil(lambda gone=gone: bool(gone))
    qtbot.waitUntil(lambda: boxes(page) == [])
    assert page.question is None and page.notice is None
