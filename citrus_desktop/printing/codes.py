"""The two codes of a label, as module patterns to paint: a standard QR code (segno) and Code 128
(python-barcode's bar pattern; its SVG output renders wrongly in QtSvg, so the bars are drawn here)."""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import segno
from barcode import Code128
from barcode.errors import BarcodeError

QR_QUIET = 4
"""Modules of white around a QR code (ISO/IEC 18004)."""
BAR_QUIET = 10
"""Modules of white before and after a Code 128 symbol (ISO/IEC 15417)."""


@dataclass(frozen=True)
class QrCode:
    size: int
    """Modules a side, without the quiet zone."""
    runs: tuple[tuple[int, int, int], ...]
    """Dark runs (row, first column, length), left to right, top to bottom."""


@lru_cache(maxsize=4096)
def qr_code(text: str) -> QrCode:
    """A standard QR code (never Micro QR, which phone cameras don't read) holding ``text``."""
    if text.isascii():
        code = segno.make_qr(text, error="m", boost_error=True)
    else:
        # Bytes beyond ASCII are otherwise left to the reader's guess ("ÇÃO" in ISO 8859-1 reads as
        # Shift JIS katakana in zxing): say UTF-8 with an ECI, as the standard provides.
        code = segno.make_qr(text, error="m", boost_error=True, encoding="utf-8", eci=True)
    matrix = code.matrix
    runs: list[tuple[int, int, int]] = []
    for row, modules in enumerate(matrix):
        runs.extend((row, start, length) for start, length in dark_runs(modules))
    return QrCode(len(matrix), tuple(runs))


@dataclass(frozen=True)
class BarCode:
    modules: int
    """Width of the symbol in modules, without the quiet zones."""
    bars: tuple[tuple[int, int], ...]
    """Each bar as (first module, width in modules)."""


@lru_cache(maxsize=4096)
def code128(text: str) -> BarCode | None:
    """The Code 128 symbol of ``text``; None when Code 128 cannot hold it (characters beyond ASCII)."""
    if not text or not text.isascii():
        return None
    try:
        pattern = Code128(text).build()[0]
    except BarcodeError:
        return None
    return BarCode(len(pattern), tuple(dark_runs(module == "1" for module in pattern)))


def dark_runs(modules: Iterable[bool | int]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules."""
    runs = []
    start = -1
    index = -1
    for index, dark in enumerate(modules):
        if dark and start < 0:
            start = index
        elif not dark and start >= 0:
            runs.append((start, index - start))
            start = -1
    if start >= 0:
        runs.append((start, index + 1 - start))
    return runs
