"""The one rule for "the same text" (serials, contract codes, site and type names), in Python and
as the databases compute it themselves.

Two texts are the same when their keys are equal. The key is the text with
1. invisible characters dropped (Unicode's Default_Ignorable_Code_Point: zero-width space, soft
   hyphen, word joiner, joiners, variation selectors, BOM…),
2. compatibility decomposition (NFKD: "ﬁ" is "fi", "²" is "2", a no-break space a space),
3. accents dropped (every character of a non-zero combining class, in any script),
4. letters lower-cased, then the few full case foldings lower case lacks ("ß" and "ẞ" are "ss",
   final "ς" is "σ", old Cyrillic letter forms their letter),
5. every run of white space made one space, and spaces at either end dropped.

Each step works character by character except 5, so SQLite computes the same key from a table
of what each character becomes (``citrus_fold_map``) with core SQL only (a recursive CTE; no
function registered by the app, which other programs would lack). PostgreSQL computes it with
``normalize``, ``regexp_replace`` and an ICU ``lower`` (`postgres_function`). Tests compare the
three over every code point.

Frozen: migration v5 builds the databases' rule from this module. A change of the rule needs a new
migration that rebuilds the function, the map and every key.
"""

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from citrus_desktop.store import fold_data

INVISIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
"""Default_Ignorable_Code_Point (Unicode's DerivedCoreProperties.txt)."""

TAG_RANGE = (0xE0000, 0xE0FFF)
"""Invisible tag characters: SQLite drops them by range instead of 4,096 map rows."""
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
"""Hangul syllables: SQLite decomposes them arithmetically instead of 11,172 map rows."""

SPECIAL_FROM = "ςᲀᲁᲂᲃᲄᲅᲆᲇᲈ"
SPECIAL_TO = "σвдосттъѣꙋ"
"""Full case folding beyond lower case (besides ß → ss), one character for one."""


def _code_points() -> Iterator[int]:
    for code in range(1, 0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            yield code


def _class(ranges: Sequence[tuple[int, int]]) -> str:
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


def _ranges(codes: Iterable[int]) -> list[tuple[int, int]]:
    found: list[list[int]] = []
    for code in codes:
        if found and found[-1][1] == code - 1:
            found[-1][1] = code
        else:
            found.append([code, code])
    return [(a, b) for a, b in found]


SPACES = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
"""White space (str.isspace: tab, newline, no-break space, em space, ideographic space…)."""

INVISIBLE_CLASS = _class(INVISIBLE_RANGES)
MARK_CLASS = _class(fold_data.MARK_RANGES)
SPACE_RUN = "[" + SPACES + "]+"

_invisible = re.compile(INVISIBLE_CLASS)
_marks = re.compile(MARK_CLASS)
_space_run = re.compile(SPACE_RUN)
_space = re.compile("[" + SPACES + "]")
_specials = str.maketrans(SPECIAL_FROM, SPECIAL_TO)


def _fold_chars(text: str, marks: re.Pattern[str] = _marks) -> str:
    """Steps 1–4 (each works on one character at a time) and white space made plain spaces."""
    text = unicodedata.normalize("NFKD", _invisible.sub("", text))
    text = marks.sub("", text).lower().translate(_specials).replace("ß", "ss")
    return _space.sub(" ", text)


def fold(text: str) -> str:
    """The key of ``text``: equal keys, the same serial (or code, or name)."""
    return _space_run.sub(" ", _fold_chars(text)).strip(" ")


# SQLite: the same key with core SQL only


def char_map() -> dict[str, str]:
    """What each character becomes, for SQLite (characters left as they are, Hangul syllables and
    tag characters are not listed): the frozen table of `fold_data`."""
    # Each entry: the character, what it becomes (maybe nothing), then NUL (never in a map).
    return {entry[0]: entry[1:] for entry in fold_data.CHAR_MAP.split("\x00") if entry}


def computed_char_map() -> dict[str, str]:
    """`char_map` as this Python's Unicode data gives it (slow: every code point)."""
    marks = re.compile(_class(computed_mark_ranges()))
    found = {}
    for code in _code_points():
        if HANGUL_FIRST <= code <= HANGUL_LAST or TAG_RANGE[0] <= code <= TAG_RANGE[1]:
            continue
        char = chr(code)
        folded = _fold_chars(char, marks)
        if folded != char:
            found[char] = folded
    return found


def computed_mark_ranges() -> list[tuple[int, int]]:
    return _ranges(c for c in _code_points() if unicodedata.combining(chr(c)))


def sqlite_fold(value: str) -> str:
    """An SQLite expression (core SQL only) for the key of the text expression ``value``."""
    ch = "substr(x, i, 1)"
    u = f"unicode({ch})"
    syllable = f"({u} - {HANGUL_FIRST})"
    hangul = (
        f"char(4352 + {syllable} / 588, 4449 + ({syllable} % 588) / 28)"
        f" || CASE WHEN {syllable} % 28 > 0 THEN char(4519 + {syllable} % 28) ELSE '' END"
    )
    piece = (
        f"CASE WHEN {u} BETWEEN {HANGUL_FIRST} AND {HANGUL_LAST} THEN {hangul}"
        f" WHEN {u} BETWEEN {TAG_RANGE[0]} AND {TAG_RANGE[1]} THEN ''"
        f" ELSE coalesce((SELECT folded FROM citrus_fold_map WHERE ch = {ch}), {ch}) END"
    )
    return (
        "(WITH RECURSIVE "
        f"src(x) AS (SELECT {value}), "
        "step(i, out) AS (SELECT 1, '' UNION ALL "
        f"SELECT i + 1, out || {piece} FROM step, src WHERE i <= length(x)), "
        "joined(s) AS (SELECT out FROM step, src WHERE i = length(x) + 1 UNION ALL "
        "SELECT replace(s, '  ', ' ') FROM joined WHERE instr(s, '  ') > 0) "
        "SELECT trim(s, ' ') FROM joined WHERE instr(s, '  ') = 0)"
    )


def sqlite_map_statements(rows_per_statement: int = 400) -> list[str]:
    """CREATE and fill ``citrus_fold_map`` (about 7,800 rows)."""
    statements = ["CREATE TABLE citrus_fold_map (ch TEXT PRIMARY KEY, folded TEXT NOT NULL) WITHOUT ROWID"]
    pairs = sorted(char_map().items())
    for start in range(0, len(pairs), rows_per_statement):
        chunk = pairs[start : start + rows_per_statement]
        values = ", ".join(f"({_literal(a)}, {_literal(b)})" for a, b in chunk)
        statements.append(f"INSERT INTO citrus_fold_map (ch, folded) VALUES {values}")
    return statements


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def database_keys(values: Sequence[str]) -> list[str]:
    """The keys of ``values`` as the open database computes them: the key it stores and checks."""
    from citrus_desktop.store.models import db
    from citrus_desktop.store.schema import dialect_of

    database = db.obj
    if not values:
        return []
    if dialect_of(database) == "postgres":
        sql = "SELECT citrus_fold(v) FROM unnest(%s::text[]) WITH ORDINALITY AS given (v, n) ORDER BY n"
        rows = database.execute_sql(sql, (list(values),)).fetchall()
    else:
        rows = [database.execute_sql(f"SELECT {sqlite_fold('?')}", (value,)).fetchone() for value in values]
    return [row[0] or "" for row in rows]


def database_key(value: str) -> str:
    return database_keys([value])[0]


# PostgreSQL

COLLATIONS = ("und-x-icu", "pg_unicode_fast", "pg_c_utf8", "C.utf8", "C.UTF-8")
"""Collations whose lower() lower-cases every alphabet, the first the server has is used."""


def postgres_function() -> str:
    """A DO block creating ``citrus_fold(text)`` with the first Unicode-aware collation found
    (the database's own when none is: then only its locale's letters are lower-cased)."""
    body = (
        "btrim(regexp_replace(replace(translate(lower(regexp_replace(normalize("
        f"regexp_replace(value, {_literal(INVISIBLE_CLASS)}, '', 'g'), NFKD), "
        f"{_literal(MARK_CLASS)}, '', 'g')@COLLATE@), {_literal(SPECIAL_FROM)}, {_literal(SPECIAL_TO)}), "
        f"'ß', 'ss'), {_literal(SPACE_RUN)}, ' ', 'g'), ' ')"
    )
    wanted = ", ".join(_literal(name) for name in COLLATIONS)
    create = (
        "CREATE FUNCTION citrus_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
        f"PARALLEL SAFE AS $fold$ SELECT {body} $fold$"
    )
    return f"""DO $citrus$
DECLARE
    chosen text;
BEGIN
    SELECT collname INTO chosen FROM pg_collation
     WHERE collname = ANY (ARRAY[{wanted}])
       AND collencoding IN (-1, (SELECT encoding FROM pg_database WHERE datname = current_database()))
     ORDER BY array_position(ARRAY[{wanted}]::name[], collname) LIMIT 1;
    EXECUTE replace({_literal(create)}, '@COLLATE@',
                    CASE WHEN chosen IS NULL THEN '' ELSE ' COLLATE ' || quote_ident(chosen) END);
END
$citrus$"""


def write_data(path: Path) -> None:
    """Regenerate `fold_data` (only for a new migration: v5's databases use the frozen one)."""
    pairs = sorted(computed_char_map().items())
    text = "".join(f"{a}{b}\x00" for a, b in pairs)
    lines = [
        "# ruff: noqa: E501",
        "# fmt: off",
        '"""Frozen data of the fold rule (`store.folding`), from Python\'s Unicode '
        f'{unicodedata.unidata_version}: generated, do not edit."""',
        "",
        f"UNICODE_VERSION = {unicodedata.unidata_version!r}",
        f"MARK_RANGES: tuple[tuple[int, int], ...] = {tuple(computed_mark_ranges())!r}",
        f"CHAR_MAP = {text!r}",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    write_data(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(fold_data.__file__))
