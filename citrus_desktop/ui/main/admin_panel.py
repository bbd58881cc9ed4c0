"""Administration (Administração): blocks of options as cards, filtered by a search field."""

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from citrus_desktop.domain import access
from citrus_desktop.domain.text import fold
from citrus_desktop.ui.access import permit
from citrus_desktop.ui.events import bus
from citrus_desktop.ui.icons import icon

CARD_WIDTH = 280
"""The width a card needs to read well; narrower pages put fewer cards on a row."""


@dataclass(frozen=True)
class Option:
    key: str
    block: str
    icon: str
    title: str
    description: str


class AdminPanel(QWidget):
    """The Administration page; ``option_chosen(key)`` says which option the user opened."""

    option_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("adminPanel")
        blocks = [
            ("general", "general", self.tr("General settings"), self.tr("Company-wide records")),
            ("lemondesk", "lemondesk", self.tr("LemonDesk"), self.tr("Service desk and customer assets")),
            ("limesales", "limesales", self.tr("LimeSales"), self.tr("What the company sells")),
        ]
        self.options = [
            Option(
                "customers",
                "general",
                "customers",
                self.tr("Customers"),
                self.tr("Customers with their contracts, sites and inventory"),
            ),
            Option(
                "staff",
                "general",
                "staff",
                self.tr("Staff"),
                self.tr("Database users and their roles: reader, editor, administrator"),
            ),
            Option(
                "recycleBin",
                "general",
                "delete",
                self.tr("Recycle bin"),
                self.tr("Deleted records: restore them, or purge them for good"),
            ),
            Option(
                "inventory",
                "lemondesk",
                "inventory",
                self.tr("Inventory"),
                self.tr("Every item contracted by every customer"),
            ),
            Option(
                "productTypes",
                "limesales",
                "product-types",
                self.tr("Product or Service Types"),
                self.tr("Kinds of products and services that items belong to"),
            ),
        ]

        title = QLabel(self.tr("Administration"))
        title.setProperty("role", "pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("adminSearch")
        self.search.setPlaceholderText(self.tr("Search settings…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self._open_single_match)

        self.no_match = QLabel(self.tr("No setting matches your search."))
        self.no_match.setObjectName("adminNoMatch")
        self.no_match.setProperty("role", "placeholder")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()

        grid_host = QWidget()
        self.grid = QGridLayout(grid_host)
        self.grid.setSpacing(16)
        self.blocks: dict[str, QFrame] = {}
        self.buttons: dict[str, QToolButton] = {}
        self._entries: dict[str, QWidget] = {}
        self._block_titles: dict[str, str] = {}
        for key, icon_name, block_title, block_tip in blocks:
            self.blocks[key] = self._card(key, icon_name, block_title, block_tip)
            self._block_titles[key] = block_title
        self._columns = 0
        self._filtered_out: set[str] = set()
        self._arrange(len(blocks))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards wrap instead
        scroll.setWidget(grid_host)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(scroll, 1)
        self.apply_access()
        bus().access_changed.connect(self.apply_access)

    def apply_access(self) -> None:
        """Options the person's role may not use stay visible, disabled, saying why."""
        permit(self.buttons["staff"], access.current().staff_refusal())

    def _card(self, key: str, icon_name: str, title: str, tip: str) -> QFrame:
        card = QFrame()
        card.setObjectName(f"adminBlock_{key}")
        card.setProperty("role", "card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        heading = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon(icon_name).pixmap(QSize(24, 24)))
        name = QLabel(title)
        name.setProperty("role", "cardTitle")
        heading.addWidget(badge)
        heading.addWidget(name, 1)
        layout.addLayout(heading)
        caption = QLabel(tip)
        caption.setProperty("role", "caption")
        caption.setWordWrap(True)
        layout.addWidget(caption)
        for option in (o for o in self.options if o.block == key):
            entry = QWidget()
            entry_layout = QVBoxLayout(entry)
            entry_layout.setContentsMargins(0, 4, 0, 4)
            entry_layout.setSpacing(0)
            button = QToolButton()
            button.setObjectName(f"adminOption_{option.key}")
            button.setText(option.title)
            button.setToolTip(option.description)
            button.setIcon(icon(option.icon))
            button.setIconSize(QSize(24, 24))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setProperty("role", "option")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked=False, k=option.key: self.option_chosen.emit(k))
            description = QLabel(option.description)
            description.setProperty("role", "caption")
            description.setWordWrap(True)
            description.setContentsMargins(40, 0, 0, 0)
            entry_layout.addWidget(button)
            entry_layout.addWidget(description)
            self.buttons[option.key] = button
            self._entries[option.key] = entry
            layout.addWidget(entry)
        layout.addStretch(1)
        return card

    # Cards side by side where they fit, else wrapped onto more rows
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(max(1, min(len(self.blocks), (self.width() - 24) // CARD_WIDTH)))

    def _arrange(self, columns: int, force: bool = False) -> None:
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in self.blocks.values():
            self.grid.removeWidget(card)
        shown = [card for key, card in self.blocks.items() if key not in self._filtered_out]
        for number, card in enumerate(shown):
            self.grid.addWidget(card, number // columns, number % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(len(self.blocks)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        rows = (len(shown) + columns - 1) // columns
        for row in range(len(self.blocks) + 1):
            self.grid.setRowStretch(row, 1 if row == rows else 0)

    def matching(self, text: str) -> list[Option]:
        """Options whose title or block title hold every word of ``text`` (ignoring case and accents)."""
        words = fold(text).split()
        found = []
        for option in self.options:
            haystack = fold(f"{option.title} {self._block_titles[option.block]}")
            if all(word in haystack for word in words):
                found.append(option)
        return found

    def apply_filter(self, text: str) -> None:
        shown = {option.key for option in self.matching(text)}
        for option in self.options:
            self._entries[option.key].setVisible(option.key in shown)
        for key, card in self.blocks.items():
            matched = any(o.key in shown for o in self.options if o.block == key)
            card.setVisible(matched)
            self._filtered_out.discard(key) if matched else self._filtered_out.add(key)
        self.no_match.setVisible(not shown)
        self._arrange(self._columns, force=True)  # the blocks left close up

    def _open_single_match(self) -> None:
        found = self.matching(self.search.text())
        if len(found) == 1:
            self.option_chosen.emit(found[0].key)
