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
