"""Loading the app's and Qt's own translations; compiling the app's .ts sources when needed.

The .ts sources in resources/translations are the truth. A packaged app ships compiled .qm
files beside them; a source checkout or an installed wheel compiles them once with the
lrelease that PySide6-Essentials carries, into the user's cache folder.
"""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from citrus_desktop import i18n
from citrus_desktop.resources_path import resource

LANGUAGES = ("en", "pt_BR")
CATALOG = "citrus"


def lrelease_path() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return folder / name
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def compiled_catalog(language: str) -> Path | None:
    """The .qm file for ``language``, compiling the .ts source into the cache if needed."""
    source = resource("translations", f"{CATALOG}_{language}.ts")
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = (
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "translations"
    )
    target = cache / f"{CATALOG}_{language}-{digest}.qm"
    if target.exists():
        return target
    tool = lrelease_path()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not target.exists():
        print(f"citrus-desktop: could not compile {source.name}: {result.stderr.strip()}", file=sys.stderr)
        return None
    return target


def resolve_language(requested: str | None) -> str:
    """The language to use: the requested one if known, else the system's (pt_BR or English)."""
    if requested in LANGUAGES:
        return requested
    return "pt_BR" if QLocale.system().name().startswith("pt") else "en"


_installed: list[QTranslator] = []


def install_translators(language: str) -> None:
    """Install Qt's and the app's translators for ``language`` (replacing earlier ones)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
    # English too: its catalogue holds the plural forms ("1 item", "2 items").
    catalog = compiled_catalog(language)
    ours = QTranslator(app)
    if catalog is not None and ours.load(str(catalog)):
        app.installTranslator(ours)
        _installed.append(ours)
    i18n.install(_qt_translate)


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def keep_translations(target: Path, others: list[Path]) -> int:
    """Add to the catalogue ``target`` the finished translations of ``others`` that it lacks.

    For a merge of two branches that both translated new strings: start from one side's file,
    keep the other side's translations, then `update_sources` drops what the code no longer has.
    Returns how many messages were added.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(target)
    root = tree.getroot()
    contexts = {context.findtext("name"): context for context in root.findall("context")}
    known = {
        (name, message.findtext("source")): message
        for name, context in contexts.items()
        for message in context.findall("message")
    }

    def finished(message: ET.Element | None) -> bool:
        translation = message.find("translation") if message is not None else None
        return translation is not None and not translation.get("type")

    added = 0
    for other in others:
        for context in ET.parse(other).getroot().findall("context"):
            name = context.findtext("name")
            for message in context.findall("message"):
                key = (name, message.findtext("source"))
                if not finished(message) or finished(known.get(key)):
                    continue
                host = contexts.get(name)
                if host is None:
                    host = contexts[name] = ET.SubElement(root, "context")
                    ET.SubElement(host, "name").text = name
                if key in known:
                    host.remove(known[key])
                host.append(message)
                known[key] = message
                added += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return added


def update_sources(keep_from: dict[str, list[Path]] | None = None) -> list[Path]:
    """Refresh the .ts sources from the code with PySide6's lupdate (a developer's step).

    pt_BR gets every string; en only the plural forms ("%n item(s)" → "1 item", "2 items").
    ``keep_from`` maps a language to other catalogues whose translations to keep first.
    """
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    package = Path(__file__).resolve().parent.parent
    sources = sorted(str(p) for p in package.rglob("*.py"))
    folder = resource("translations")
    written = []
    for language, extra in (("pt_BR", []), ("en", ["-pluralonly"])):
        target = folder / f"{CATALOG}_{language}.ts"
        if keep_from and keep_from.get(language):
            keep_translations(target, keep_from[language])
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                *extra,
                *sources,
                "-target-language",
                language,
                "-ts",
                str(target),
            ],
            check=True,
        )
        written.append(target)
    return written


def _main(argv: list[str]) -> None:
    """``python -m citrus_desktop.ui.translations [--keep LANG=FILE ...]``

    After a merge whose two sides both changed a catalogue, check out one side's file and keep
    the other's translations: ``git show :3:resources/translations/citrus_pt_BR.ts > theirs.ts``,
    then ``--keep pt_BR=theirs.ts`` (the same for en).
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m citrus_desktop.ui.translations")
    parser.add_argument("--keep", action="append", default=[], metavar="LANG=FILE")
    args = parser.parse_args(argv)
    keep: dict[str, list[Path]] = {}
    for item in args.keep:
        language, _, file = item.partition("=")
        keep.setdefault(language, []).append(Path(file))
    for path in update_sources(keep):
        print(path)


if __name__ == "__main__":
    _main(sys.argv[1:])
