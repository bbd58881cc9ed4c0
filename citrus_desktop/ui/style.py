"""The look: Fusion, light or dark following the system's colour scheme, and a few styled roles."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from citrus_desktop.ui import icons

ACCENT = "#5a9a1e"

STYLE_SHEET = """
QLabel[role="pageTitle"] { font-size: 18pt; font-weight: 600; padding: 4px 2px 8px 2px; }
QLabel[role="brand"] { font-size: 13pt; font-weight: 700; padding: 4px 8px 14px 8px; color: %(accent)s; }
QLabel[role="cardTitle"] { font-size: 12pt; font-weight: 600; }
QLabel[role="caption"], QLabel[role="placeholder"] { color: palette(placeholder-text); }
QLabel[role="placeholder"] { font-size: 12pt; padding: 40px; }
QLabel[role="errors"] { color: %(error)s; padding: 6px; border: 1px solid %(error)s; border-radius: 4px; }
QLabel[role="hint"] { color: %(warning)s; }
QFrame[role="card"] { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QToolButton[role="option"] { font-weight: 600; padding: 6px; border-radius: 6px; }
QToolButton[role="option"]:hover { background: palette(alternate-base); }
QWidget[role="navigation"] { background: palette(alternate-base); }
QToolButton[role="navButton"] { padding: 8px 10px; border-radius: 6px; text-align: left; }
QToolButton[role="navButton"]:checked { background: %(accent)s; color: white; }
*[invalid="true"] { border: 2px solid %(error)s; border-radius: 3px; }
*[invalid="true"]:focus { border: 3px solid %(error)s; background-color: %(error_tint)s; }
QTableView { gridline-color: palette(midlight); }
QToolButton[role="band"] { padding: 3px 10px; border: 1px solid palette(mid); border-radius: 11px; }
QToolButton[role="band"]:checked { background: %(accent)s; border-color: %(accent)s; color: white; }
"""


def _dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b2d30",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.ToolTipBase: "#2b2d30",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#3c4043",
        QPalette.ColorRole.Midlight: "#34373a",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f7378"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f7378"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6f7378"))
    return palette


TONES = {
    # (light, dark): readable as text on the list's base and alternate-base colours.
    "ended": ("#c5221f", "#f28b82"),
    "soon": ("#b06000", "#fdd663"),
}
"""Colours that add to words saying a date needs attention (never the only signal)."""


def tone_color(tone: str) -> QColor:
    light, dark = TONES[tone]
    return QColor(dark if is_dark() else light)


def chart_colors() -> dict[str, Any]:
    """Bar colours for the scheme in use: the accent, a quieter grey, and whether it is dark."""
    dark = is_dark()
    return {
        "bar": QColor("#7cb342" if dark else ACCENT),
        "muted": QColor("#6f7378" if dark else "#b0b4b8"),
        "dark": dark,
    }


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication) -> None:
    """Style ``app`` now and again whenever the system switches between light and dark."""
    app.setStyle("Fusion")
    _apply_colors(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_colors(app))


def _apply_colors(app: QApplication) -> None:
    dark = is_dark()
    palette = _dark_palette() if dark else app.style().standardPalette()
    if not dark:
        palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(
        STYLE_SHEET
        % {
            "accent": ACCENT,
            "error": TONES["ended"][dark],
            "error_tint": "#3c2a2a" if dark else "#fdeceb",  # a field in error that has the focus
            "warning": TONES["soon"][dark],
        }
    )
    icons.clear_cache()
