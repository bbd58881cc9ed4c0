"""Render the README's screenshots offscreen, in pt_BR, from demo data.

Run: ``.venv/bin/python -m tests.render_screenshots`` (writes resources/screenshots/*.png).
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from citrus_desktop.app import configure_application, create_main_window
from citrus_desktop.domain.demo import fill_demo
from citrus_desktop.domain.items import get_item
from citrus_desktop.store.database import close_database
from citrus_desktop.ui.translations import install_translators

TARGET = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save_stock_take(page, save) -> None:
    """A count under way: found, not yet found, another site's item and an unknown serial."""
    from citrus_desktop.store.models import InventoryItem
    from citrus_desktop.ui.lists.record_lists import open_stock_take

    item = InventoryItem.select().order_by(InventoryItem.id).first()
    counting = open_stock_take(page, item.customer_id, item.site_id)
    counting.sounds.enabled = False
    counting.resize(1000, 640)
    stray = (
        InventoryItem.select()
        .where((InventoryItem.customer == item.customer_id) & (InventoryItem.site != item.site_id))
        .first()
    )
    for serial in [item.serial_number] + ([stray.serial_number] if stray else []) + ["7891000055123"]:
        counting.scan.setText(serial)
        counting.record_scan()
    counting.table.clearSelection()
    save(counting, "stock-take")
    counting.close()


def save_nothing_lost(window, item_id: int, save) -> None:
    """An item's History after two colleagues' edits, and the recycle bin after a delete."""
    from citrus_desktop.domain.items import delete_items, save_item
    from citrus_desktop.domain.session import set_actor
    from citrus_desktop.ui.records.history_dialog import HistoryDialog
    from citrus_desktop.ui.tasks import wait_for_tasks

    for who, field, value in (
        ("Ana Souza", "description", "Impressora térmica com guilhotina"),
        ("Bruno Lima", "observation", "Bobina trocada em março"),
    ):
        set_actor(who)
        data = get_item(item_id)
        setattr(data, field, value)
        save_item(data)
    page = window.page("inventory")
    delete_items([page.model.id_at(row) for row in (5, 6, 7)])
    set_actor(None)
    wait_for_tasks()
    dialog = HistoryDialog("inventory_item", item_id, window)
    dialog.resize(900, 360)
    dialog.show()
    save(dialog, "history-dialog")
    dialog.close()
    window.show_page("recycleBin")
    save(window, "recycle-bin")


def render(target: Path = TARGET, language: str = "pt_BR") -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    QStandardPaths.setTestModeEnabled(True)  # never touch the user's own settings
    folder = Path(tempfile.mkdtemp(prefix="citrus-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    install_translators(language)
    window = create_main_window(str(folder / "demo.db"))
    fill_demo()
    window.refresh()
    window.resize(1280, 760)
    window.show()
    settle(app)
    target.mkdir(parents=True, exist_ok=True)
    written = []

    def save(widget, name: str) -> None:
        settle(app)
        path = target / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window.show_page("dashboard")
    save(window, "dashboard")
    window.show_page("inventory")
    page = window.page("inventory")
    save(window, "inventory")
    item_id = page.model.id_at(3)
    page.open_record(item_id)
    save(page.dialog, "item-dialog")
    page.dialog.reject()
    customer = window.open_customer(get_item(item_id).customer_id)
    customer.resize(980, 640)
    customer.tabs.setCurrentIndex(3)
    save(customer, "customer-window")
    window.show_page("inventory")
    page.table.clearSelection()
    page.open_labels()
    page.dialog.resize(900, 720)
    save(page.dialog, "labels-dialog")
    page.dialog.close()
    save_stock_take(page, save)
    save_nothing_lost(window, item_id, save)
    window.show_page("administration")
    save(window, "administration")
    customer.close()
    window.close()
    close_database()
    QCoreApplication.processEvents()
    return written


if __name__ == "__main__":
    for path in render():
        print(path)
