"""Text rules: trimming, accent- and case-insensitive folding, Brazilian states, LIKE patterns."""

import re
from functools import lru_cache

from citrus_desktop.store import folding

UF_CODES = [
    "AC",
    "AL",
    "AP",
    "AM",
    "BA",
    "CE",
    "DF",
    "ES",
    "GO",
    "MA",
    "MT",
    "MS",
    "MG",
    "PA",
    "PB",
    "PR",
    "PE",
    "PI",
    "RJ",
    "RN",
    "RS",
    "RO",
    "RR",
    "SC",
    "SP",
    "SE",
    "TO",
]
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone surrogates: no database stores them (they only come from broken pastes)."""


def clean(value: str | None) -> str:
    """The value without surrounding whitespace."""
    return (value or "").strip()


def storable(value: str) -> str:
    """``value`` without NUL and lone surrogates (for search keywords, which must not fail)."""
    return _UNSTORABLE.sub("", value)


@lru_cache(maxsize=8192)
def fold(value: str) -> str:
    """Case-, accent- and width-insensitive form used for search and sorting ("São" -> "sao"):
    the rule of `store.folding`, which the databases apply to serials, codes and names too.

    Remembered for the last 8,192 texts: a restore or import of 10,000 items folds each one's
    description and observation, which repeat (0.3 s of a 10,000-item restore without it)."""
    return folding.fold(storable(value))


def has_control(value: str) -> bool:
    """A control character (newline, tab…), which a one-line key such as a serial must not hold."""
    return any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in value)


def like_pattern(folded: str) -> str:
    """A LIKE pattern matching ``folded`` anywhere, with LIKE's wildcards escaped (ESCAPE '\\')."""
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
