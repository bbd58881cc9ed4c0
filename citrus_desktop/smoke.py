"""Checks `--smoke-test` runs beyond building the pages: what a frozen build most often loses."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from citrus_desktop.resources_path import resource
from citrus_desktop.ui.translations import LANGUAGES, compiled_catalog


def translation_problems() -> list[str]:
    """Every language but English needs our catalogue and Qt's own, loadable and not empty."""
    problems = []
    frozen = getattr(sys, "_MEIPASS", None)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in LANGUAGES:
        if language == "en":
            continue
        catalog = compiled_catalog(language)
        translator = QTranslator()
        if catalog is None:
            problems.append(
                QCoreApplication.translate("SmokeTest", "no %1 translation catalogue in %2")
                .replace("%1", language)
                .replace("%2", str(resource("translations")))
            )
        elif not translator.load(str(catalog)) or translator.isEmpty():
            problems.append(
                QCoreApplication.translate(
                    "SmokeTest", "the %1 translation catalogue %2 is empty or unreadable"
                )
                .replace("%1", language)
                .replace("%2", str(catalog))
            )
        elif frozen and Path(frozen) not in catalog.parents:
            problems.append(
                QCoreApplication.translate("SmokeTest", "the %1 catalogue is not in the bundle: %2")
                .replace("%1", language)
                .replace("%2", str(catalog))
            )
        if not QTranslator().load(QLocale(language), "qtbase", "_", qt_folder):
            problems.append(
                QCoreApplication.translate("SmokeTest", "Qt's own %1 translation (qtbase) is missing from %2")
                .replace("%1", language)
                .replace("%2", qt_folder)
            )
    return problems


def resource_problems() -> list[str]:
    """The app icon is there and renders (needs Qt's SVG icon engine)."""
    path = resource("icons", "citrus-desktop.svg")
    if not path.exists():
        return [
            QCoreApplication.translate("SmokeTest", "the app icon is missing: %1").replace("%1", str(path))
        ]
    if QIcon(str(path)).pixmap(32, 32).isNull():
        return [
            QCoreApplication.translate("SmokeTest", "the app icon cannot be drawn (Qt SVG support missing)")
        ]
    return []


def dialog_problems(window: QWidget, database_label: str) -> list[str]:
    """The About and crash dialogs can be built."""
    from citrus_desktop.ui.crash_dialog import CrashDialog
    from citrus_desktop.ui.settings.about_dialog import AboutDialog

    problems = []
    for name, build in (
        ("About", lambda: AboutDialog(database_label, window)),
        ("crash", lambda: CrashDialog("smoke test", window)),
    ):
        try:
            build().deleteLater()
        except Exception as error:
            problems.append(
                QCoreApplication.translate("SmokeTest", "the %1 dialog failed: %2")
                .replace("%1", name)
                .replace("%2", repr(error))
            )
    return problems


def spreadsheet_problems() -> list[str]:
    """Import reads workbooks with python-calamine and export writes them with xlsxwriter: both
    load and do their job (a frozen build can lose a compiled module)."""
    import tempfile

    problems = []
    try:
        import xlsxwriter
        from python_calamine import CalamineWorkbook

        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "smoke.xlsx")
            workbook = xlsxwriter.Workbook(path, {"strings_to_formulas": False})
            workbook.add_worksheet().write_string(0, 0, "=São Paulo")
            workbook.close()
            if CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python() != [["=São Paulo"]]:
                problems.append(
                    QCoreApplication.translate("SmokeTest", "a workbook written does not read back")
                )
    except Exception as error:
        problems.append(
            QCoreApplication.translate(
                "SmokeTest", "spreadsheet files cannot be read or written: %1"
            ).replace("%1", repr(error))
        )
    return problems


def smoke_problems(window: QWidget, database_label: str) -> list[str]:
    """Everything `--smoke-test` checks after the pages were built; empty when all is well."""
    return (
        translation_problems()
        + resource_problems()
        + dialog_problems(window, database_label)
        + spreadsheet_problems()
    )
