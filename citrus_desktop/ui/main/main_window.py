"""The main window: navigation on the left, the current page on the right, counts below."""

from collections.abc import Callable
from itertools import count

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop import APP_NAME
from citrus_desktop.domain import access
from citrus_desktop.errors import KnownProblem
from citrus_desktop.ui.access import RoleWatch
from citrus_desktop.ui.dashboard.page import DashboardPage
from citrus_desktop.ui.events import STATUS_MESSAGE_MS, bus
from citrus_desktop.ui.icons import icon
from citrus_desktop.ui.lists.list_page import ListPage
from citrus_desktop.ui.lists.record_lists import CustomerList, InventoryList, ProductTypeList
from citrus_desktop.ui.lists.recycle_bin_page import RecycleBinPage
from citrus_desktop.ui.main.admin_panel import AdminPanel
from citrus_desktop.ui.main.expiry_notice import ExpiryNotice
from citrus_desktop.ui.main.live import LiveRefresh
from citrus_desktop.ui.main.safekeeping import Safekeeping
from citrus_desktop.ui.main.staff_page import StaffPage
from citrus_desktop.ui.main.undo import UndoHistory
from citrus_desktop.ui.notice import show_notice
from citrus_desktop.ui.records.customer_window import CustomerWindow
from citrus_desktop.ui.settings.preferences_dialog import PreferencesDialog, start_page
from citrus_desktop.ui.window_size import fit_to_screen

PAGES = ("dashboard", "inventory", "customers", "administration", "productTypes", "recycleBin")
DATABASE_LABEL_WIDTH = 340  # pixels


class MainWindow(QMainWindow):
    """Navigation (Inventory, Customers, Administration) and the pages it opens."""

    def __init__(self, database_label: str):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.database_label = database_label
        self.pages: dict[str, QWidget] = {}
        self.customer_windows: dict[int | str, CustomerWindow] = {}
        """Open customer windows by customer id (a new, unsaved customer's: "new-N"); each is
        freed when closed."""
        self._new_windows = count(1)
        self.dialog: QWidget | None = None
        self.live: LiveRefresh | None = None
        """Follows changes saved by others (set by `app.create_main_window`)."""
        self.notice: QMessageBox | None = None
        self._factories: dict[str, Callable[[], QWidget]] = {
            "dashboard": lambda: DashboardPage(self.show_page, self.open_customer, self.start_inventory),
            "inventory": lambda: InventoryList("inventory", "inventoryPage"),
            "customers": lambda: CustomerList(self.open_customer),
            "administration": self._admin_panel,
            "productTypes": ProductTypeList,
            "staff": StaffPage,
            "recycleBin": self._recycle_bin,
        }
        self.undo_history = UndoHistory(self)
        self.safekeeping = Safekeeping(self)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.navigation = QWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setProperty("role", "navigation")
        nav_layout = QVBoxLayout(self.navigation)
        nav_layout.setContentsMargins(8, 12, 8, 12)
        nav_layout.setSpacing(4)
        brand = QLabel(APP_NAME)
        brand.setProperty("role", "brand")
        nav_layout.addWidget(brand)
        from citrus_desktop.ui.main.scan_field import ScanField

        self.scan_field = ScanField(self)
        nav_layout.addWidget(self.scan_field)
        self.nav_group = QActionGroup(self)
        self.nav_actions: dict[str, QAction] = {}
        for key, name, text, icon_name, shortcut in (
            ("dashboard", "navDashboard", self.tr("Dashboard"), "dashboard", "Ctrl+0"),
            ("inventory", "navInventory", self.tr("Inventory"), "inventory", "Ctrl+1"),
            ("customers", "navCustomers", self.tr("Customers"), "customers", "Ctrl+2"),
            ("administration", "navAdministration", self.tr("Administration"), "administration", "Ctrl+3"),
        ):
            action = QAction(icon(icon_name, checked_color=QColor("white")), text, self)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({shortcut})")
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.nav_group.addAction(action)
            self.addAction(action)
            self.nav_actions[key] = action
            button = QToolButton()
            button.setObjectName(name + "Button")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIconSize(QSize(20, 20))
            button.setAutoRaise(True)
            button.setProperty("role", "navButton")
            button.setSizePolicy(button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed)
            nav_layout.addWidget(button)
        nav_layout.addStretch(1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)  # dragged to nothing, the navigation would be lost
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([200, 1000])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("statusCount")
        where = self.tr("Database: %1").replace("%1", database_label)
        # A deep folder must neither widen the window past a small screen nor hide the messages:
        # the middle of the path gives way, the whole of it is in the tooltip.
        shown = self.fontMetrics().elidedText(where, Qt.TextElideMode.ElideMiddle, DATABASE_LABEL_WIDTH)
        self.database_status = QLabel(shown)
        self.database_status.setToolTip(where)
        self.database_status.setObjectName("statusDatabase")
        self.statusBar().addWidget(self.count_label, 1)
        self.role_status = QLabel()
        self.role_status.setObjectName("statusRole")
        self.statusBar().addPermanentWidget(self.role_status)
        self.statusBar().addPermanentWidget(self.database_status)
        bus().said.connect(self.say)
        self._show_access()
        self.role_watch = RoleWatch(self)  # a role raised meanwhile shows without a restart
        bus().access_changed.connect(self._show_access)
        self._build_menus()
        self._fit_default_size()
        self._restore_geometry()
        self.show_page(start_page())
        self.expiry_notice = ExpiryNotice(self)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        for action in self.safekeeping.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        preferences = file_menu.addAction(
            icon("preferences"), self.tr("&Preferences…"), self.open_preferences
        )
        preferences.setObjectName("actionPreferences")
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        copy_database = file_menu.addAction(self.tr("&Copy the database to…"), self.open_copy_database)
        copy_database.setObjectName("actionCopyDatabase")
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_history.undo_action)
        edit_menu.addAction(self.undo_history.redo_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for action in self.nav_actions.values():
            go_menu.addAction(action)
        product_types = go_menu.addAction(
            icon("product-types"),
            self.tr("Product or Service &Types"),
            lambda: self.show_page("productTypes"),
        )
        product_types.setObjectName("actionProductTypes")
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Citrus Desktop"), self.open_about)
        about.setObjectName("actionAbout")

    # Pages
    def _admin_panel(self) -> AdminPanel:
        panel = AdminPanel()
        panel.option_chosen.connect(self.show_page)
        return panel

    def _recycle_bin(self) -> RecycleBinPage:
        page = RecycleBinPage()
        page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return page

    def page(self, key: str) -> QWidget:
        """The page ``key`` (one of PAGES), built the first time it is asked for."""
        if key not in self.pages:
            widget = self._factories[key]()
            self.pages[key] = widget
            self.stack.addWidget(widget)
            if isinstance(widget, ListPage):
                widget.count_changed.connect(lambda _n, w=widget: self._show_count(w))
        return self.pages[key]

    def _show_access(self) -> None:
        """The role in the status bar (team mode), and each page's enabled states follow it."""
        found = access.current()
        self.role_status.setText(found.badge())
        self.role_status.setToolTip(found.summary())
        self.role_status.setVisible(found.team)

    def start_inventory(self, what: str) -> None:
        """The inventory's New (``"new"``) or Import (``"import"``), as from its toolbar."""
        self.show_page("inventory")
        name = {"new": "inventoryNew", "import": "inventoryImport"}[what]
        button = self.page("inventory").findChild(QToolButton, name)
        if button is not None:
            button.click()  # a disabled one (the role may not) does nothing

    def show_page(self, key: str) -> None:
        refusal = access.current().staff_refusal() if key == "staff" else None
        if refusal is not None:
            self.statusBar().showMessage(refusal, 8000)
            return
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        nav_key = {
            "productTypes": "administration",
            "recycleBin": "administration",
            "staff": "administration",
        }.get(key, key)
        self.nav_actions[nav_key].setChecked(True)
        self._show_count(widget)
        if isinstance(widget, ListPage):
            widget.focus_list()
        elif isinstance(widget, AdminPanel):
            widget.search.setFocus()
        elif isinstance(widget, DashboardPage):
            widget.take_focus()

    def show_expiring(self, band: int) -> None:
        """The dashboard, its expiring contracts filtered to ``band`` (30, 60 or 90 days)."""
        self.show_page("dashboard")
        page = self.page("dashboard")
        if isinstance(page, DashboardPage):
            page.show_band(band)

    def _show_count(self, widget: QWidget) -> None:
        if widget is not self.stack.currentWidget():
            return
        if isinstance(widget, ListPage):
            count = widget.model.rowCount()
            keyword = widget.model.keyword
            if keyword:
                text = (
                    self.tr("%Ln record(s) match “%1”", "", count)
                    if count
                    else self.tr("No records match “%1”")
                ).replace("%1", keyword)
            else:
                text = self.tr("%Ln record(s)", "", count) if count else self.tr("No records")
            self.count_label.setText(text)
        else:
            self.count_label.clear()

    def say(self, text: str) -> None:
        """A word in the status bar about what was just done ("Item saved."), for a few seconds."""
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def refresh(self) -> None:
        """Re-read every list (after data changed outside the pages)."""
        for widget in self.pages.values():
            if isinstance(widget, ListPage | DashboardPage):
                widget.refresh()
        self.expiry_notice.check(notify=False)

    # Windows and dialogs
    def open_customer(self, customer_id: int | None) -> CustomerWindow | None:
        """The customer's window (a new one for a new customer); None, after saying why, when the
        customer cannot be read (deleted meanwhile, database unavailable)."""
        window = self.customer_windows.get(customer_id) if customer_id is not None else None
        if window is None:
            try:
                window = CustomerWindow(customer_id, None)
            except KnownProblem as error:
                self.tell(self.tr("The customer cannot be opened"), str(error))
                return None
            # Parented only once built (a half-built child would stay behind); freed when closed.
            window.setParent(self, window.windowFlags())
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            key: int | str = customer_id if customer_id is not None else f"new-{next(self._new_windows)}"
            self.customer_windows[key] = window
            window_id = id(window)
            window.destroyed.connect(lambda *_args, w=window_id: self._forget_window(w))
            window.saved.connect(lambda new_id, w=window: self._customer_saved(w, new_id))
            # Ctrl+Z / Ctrl+Shift+Z undo there too (a delete in its Sites tab, say); a text field
            # with the focus keeps the keys for its own typing, as in the main window.
            window.addActions([self.undo_history.undo_action, self.undo_history.redo_action])
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _forget_window(self, window_id: int) -> None:
        for key, window in list(self.customer_windows.items()):
            if id(window) == window_id:
                del self.customer_windows[key]

    def _customer_saved(self, window: CustomerWindow, customer_id: int) -> None:
        for key, open_window in list(self.customer_windows.items()):
            if open_window is window and key != customer_id:
                del self.customer_windows[key]
        self.customer_windows[customer_id] = window
        customers = self.pages.get("customers")
        if isinstance(customers, ListPage):
            customers.select_id(customer_id)  # the customer just saved is the one selected

    def tell(self, title: str, text: str, details: str = "", name: str = "mainNotice") -> None:
        """A notice (one OK button) for a failure met by an action of this window."""
        box = show_notice(self, name, title, text, details)
        box.finished.connect(lambda _result: setattr(self, "notice", None) if self.notice is box else None)
        self.notice = box

    def report_clashes(self) -> None:
        """Name the twins an older file brought (schema v5 kept them all): each needs its own serial."""
        from citrus_desktop.domain.clashes import clashes, describe

        if not self.isVisible():  # closed before the event loop came round (its database too)
            return
        try:
            found = clashes()
        except KnownProblem:
            return  # the lists say the database cannot be read
        if not found:
            return
        self.tell(
            self.tr("Serial numbers to fix"),
            self.tr(
                "Some records are the same by the rule for serial numbers, codes and names (case, "
                "accents, width and invisible characters do not count). An older version or another "
                "program wrote them; every one was kept. Give each its own serial number (or code, "
                "or name); their other fields can be edited as usual."
            ),
            "\n".join(describe(found)),
            "clashNotice",
        )

    def _show_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()  # one at a time: the previous one is closed
        self.dialog = dialog
        dialog.open()

    def open_preferences(self) -> None:
        self._show_dialog(PreferencesDialog(self))

    def open_copy_database(self) -> None:
        from citrus_desktop.ui.transfer.copy_dialog import CopyDialog

        self.dialog = CopyDialog(self)
        self.dialog.open()

    def open_about(self) -> None:
        from citrus_desktop.ui.settings.about_dialog import AboutDialog

        self._show_dialog(AboutDialog(self.database_label, self))

    def exercise(self) -> None:
        """Build and show every page once, offscreen (the smoke test)."""
        for key in PAGES:
            self.show_page(key)
            QApplication.processEvents()
        window = self.open_customer(None)
        QApplication.processEvents()
        if window is not None:
            window.close()
        self.show_page(start_page())
        self.show_page("inventory")

    # Remembered between runs
    def _fit_default_size(self) -> None:
        """1280×800 on a first start, or the screen's free area where that is smaller."""
        fit_to_screen(self, 1280, 800, QSize(0, 0))

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.customer_windows.values()):
            if window.isVisible() and not window.close():
                event.ignore()
                return
        self.undo_history.stop()
        self.safekeeping.stop()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        for widget in self.pages.values():
            if isinstance(widget, ListPage):
                widget.save_state()
        super().closeEvent(event)
