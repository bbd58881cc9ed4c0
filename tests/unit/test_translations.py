"""The pt_BR translation stays complete: every string in the code has a finished translation."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from citrus_desktop.resources_path import resource

PACKAGE = Path(__file__).resolve().parents[2] / "citrus_desktop"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            found[(name, message.findtext("source"))] = message
    return found


@pytest.fixture(scope="module")
def in_code(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code today."""
    target = tmp_path_factory.mktemp("ts") / "current.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(target)], check=True)
    return messages(target)


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_every_string_in_the_code_is_in_the_catalogue(in_code, language):
    catalogue = messages(resource("translations", f"citrus_{language}.ts"))
    wanted = in_code if language == "pt_BR" else {k: m for k, m in in_code.items() if m.get("numerus")}
    missing = sorted(set(wanted) - set(catalogue))
    assert not missing, f"run: python -m citrus_desktop.ui.translations, then translate {missing}"


@pytest.mark.parametrize("language", ["pt_BR", "en"])
def test_every_entry_is_translated(language):
    unfinished = []
    for key, message in messages(resource("translations", f"citrus_{language}.ts")).items():
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            unfinished.append(key)
    assert not unfinished


def test_placeholders_survive_translation():
    for key, message in messages(resource("translations", "citrus_pt_BR.ts")).items():
        source = key[1]
        translation = message.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        for marker in ("%1", "%2", "%Ln", "%n"):
            if marker in source:
                assert all(marker in text for text in texts), (key, texts)


QT_APPS = {"QCoreApplication", "QGuiApplication", "QApplication"}

# Functions that pass on a text they were given; their callers' texts are what lupdate reads.
FORWARDERS = {("ui/translations.py", "_qt_translate")}


def _calls(path: Path) -> tuple[list[str], set[tuple[str, str]]]:
    """``tr(...)``/``translate(...)`` calls in ``path``: those whose context or text is not written
    out as a string (lupdate skips them), and the (context, text) of the others."""
    import ast

    relative = path.relative_to(PACKAGE).as_posix()
    unreadable: list[str] = []
    readable: set[tuple[str, str]] = set()
    classes: list[str] = []

    class Calls(ast.NodeVisitor):
        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            classes.append(node.name)
            self.generic_visit(node)
            classes.pop()

        def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
            if (relative, node.name) not in FORWARDERS:
                self.generic_visit(node)

        def visit_Call(self, node: ast.Call) -> None:
            callee = node.func
            called = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
            owner = getattr(getattr(callee, "value", None), "id", "")
            if called == "translate" and isinstance(callee, ast.Attribute) and owner not in QT_APPS:
                called = ""  # another translate (QPainter's moves the origin)
            literal_args = {"tr": 1, "translate": 2}.get(called)
            if literal_args is not None:
                args = node.args[:literal_args]
                if len(args) < literal_args or not all(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in args
                ):
                    unreadable.append(f"{relative}:{node.lineno}: {ast.unparse(node)[:80]}")
                elif called == "translate":
                    readable.add((args[0].value, args[1].value))
                elif classes:
                    readable.add((classes[-1], args[0].value))
            self.generic_visit(node)

    Calls().visit(ast.parse(path.read_text(encoding="utf-8")))
    return unreadable, readable


def _unreadable_calls(path: Path) -> list[str]:
    return _calls(path)[0]


def test_every_text_written_in_a_call_reached_the_catalogue():
    """lupdate's Python parser misses some calls it could read (``translate(c, t, "", n - len(x))``:
    a call among the arguments): every text written in a tr()/translate() call must be in the
    catalogue."""
    catalogue = set(messages(resource("translations", "citrus_pt_BR.ts")))
    written = {pair for path in PACKAGE.rglob("*.py") for pair in _calls(path)[1]}
    missed = sorted(written - catalogue)
    assert not missed, f"lupdate did not find these (no call among the arguments): {missed}"


def test_lupdate_can_read_every_translated_text():
    """A text computed at run time (``tr("Yes" if v else "No")``, an f-string, a variable) is
    invisible to lupdate and so never translated; each text must be a string written in the call."""
    unreadable = sorted({call for path in PACKAGE.rglob("*.py") for call in _unreadable_calls(path)})
    assert not unreadable, "lupdate cannot read these texts:\n" + "\n".join(unreadable)
