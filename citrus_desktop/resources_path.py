"""Where the bundled resources (icons, translations, desktop entry) are, installed or frozen."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder: inside a PyInstaller bundle, an installed package or the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "citrus_desktop" / "resources"
    try:
        from importlib.resources import files

        path = Path(str(files("citrus_desktop.resources")))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
