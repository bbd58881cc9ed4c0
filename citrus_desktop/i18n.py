"""Translation hook for the layers that import no Qt.

`store/` and `domain/` mark their user-visible strings with ``translate(context, text)``;
pyside6-lupdate finds these calls like ``QCoreApplication.translate``. The UI installs Qt's
translator at start-up with `install`; until then the English source text is returned.
"""

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def install(translator: Translator | None) -> None:
    """Route `translate` through ``translator`` (None restores the English source text)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _translator(context, text, disambiguation, n)
