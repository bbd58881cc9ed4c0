"""The status bar tells at start and every hour how many contracts end within 30 days; the
desktop is told once a day, unless Preferences turn that off."""

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPushButton, QTableView, QWidget

from citrus_desktop.domain import expiry
from citrus_desktop.ui.main import desktop_notifier
from tests.ui.helpers import click, column, find
from tests.ui.test_dashboard import dated  # noqa: F401  (fixture)


@pytest.fixture
def shown(monkeypatch):
    """Notifications the desktop would show (the D-Bus call replaced by a recorder)."""
    calls: list[tuple[str, str]] = []

    def record(title: str, body: str) -> bool:
        calls.append((title, body))
        return True

    monkeypatch.setattr(desktop_notifier, "freedesktop_notify", record)
    yield calls
    expiry.set_clock(None)


def started(qtbot, make_window):
    window = make_window()
    window.show()
    return window


def test_the_status_bar_counts_contracts_ending_and_opens_them(qtbot, make_window, dated, shown):  # noqa: F811
    window = started(qtbot, make_window)
    notice = find(window, QAbstractButton, "statusExpiring")
    assert notice.isVisible() and notice.text() == "1 contract ends within 30 days"
    click(qtbot, notice)
    page = find(window, QWidget, "dashboardPage")
    assert window.stack.currentWidget() is page
    assert find(page, QAbstractButton, "dashboardBand30").isChecked()
    assert column(find(page, QTableView, "dashboardExpiring"), 3) == ["CT-ACME-1"]


def test_the_desktop_is_told_once_a_day(qtbot, make_window, dated, shown):  # noqa: F811
    window = started(qtbot, make_window)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0][0] == "1 contract ends within 30 days"
    window.expiry_notice.timer.timeout.emit()  # an hour later
    window.close()
    again = started(qtbot, make_window)  # started again the same day
    qtbot.wait(300)
    assert len(shown) == 1
    # The next morning, the hourly check tells again; CT-ACME-1 is then 9 days away.
    expiry.set_clock(lambda: date.today() + timedelta(days=1))
    with qtbot.waitSignal(again.expiry_notice.notifier.finished, timeout=3000):
        again.expiry_notice.timer.timeout.emit()
    assert len(shown) == 2


def test_preferences_turn_the_desktop_notification_off(qtbot, make_window, dated, shown):  # noqa: F811
    window = started(qtbot, make_window)
    qtbot.waitUntil(lambda: len(shown) == 1)
    find(window, QAction, "actionPreferences").trigger()
    dialog = find(window, QWidget, "preferencesDialog")
    qtbot.waitUntil(dialog.isVisible)
    box = find(dialog, QCheckBox, "preferencesNotifyExpiring")
    assert box.isChecked()
    click(qtbot, box)
    click(qtbot, find(dialog, QPushButton, "preferencesSave"))
    expiry.set_clock(lambda: date.today() + timedelta(days=1))
    window.expiry_notice.timer.timeout.emit()
    qtbot.wait(300)
    assert len(shown) == 1
    # The status bar still says it.
    assert find(window, QAbstractButton, "statusExpiring").text() == "1 contract ends within 30 days"


def test_no_notice_when_nothing_ends_soon(qtbot, make_window, seed, shown):
    window = started(qtbot, make_window)
    qtbot.wait(200)
    assert not find(window, QAbstractButton, "statusExpiring").isVisible()
    assert shown == []


def test_the_notice_never_covers_a_status_message(qtbot, make_window, dated, shown):  # noqa: F811
    window = started(qtbot, make_window)
    window.resize(1600, 800)  # room for the message beside the database's long test path
    notice = find(window, QAbstractButton, "statusExpiring")
    text = "1 item deleted — this status message must stay readable"
    window.statusBar().showMessage(text, 8000)
    window.expiry_notice.timer.timeout.emit()  # the hourly refresh while the message shows
    qtbot.wait(100)
    assert window.statusBar().currentMessage() == text and notice.isVisible()
    shown_beside = [
        w for w in window.statusBar().findChildren(QWidget) if w.isVisible() and w.parent() is not None
    ]
    message_width = window.statusBar().fontMetrics().horizontalAdvance(text)
    assert min(w.mapTo(window.statusBar(), w.rect().topLeft()).x() for w in shown_beside) > message_width
