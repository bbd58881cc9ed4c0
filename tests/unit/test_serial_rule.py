"""DESIGN §1's one rule for "the same serial" (`store.folding`): Python and SQLite's core SQL give
the same key, and the database itself refuses every kind of twin written around the app."""

import random
import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citrus_desktop.store import fold_data, folding
from citrus_desktop.store.folding import fold, sqlite_fold
from tests.racing import TWINS

AUDIT = "'2024-01-02 03:04:05', '2024-01-02 03:04:05'"


@pytest.fixture
def raw(database, db_path):
    """Another program's connection: plain sqlite3, no function of the app registered."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(
        f"INSERT INTO customer (name, name_key, created_at, updated_at) VALUES ('A', 'a', {AUDIT})"
    )
    connection.execute(
        "INSERT INTO contract (customer_id, code, code_key, created_at, updated_at) "
        f"VALUES (1, 'C', '', {AUDIT})"
    )
    connection.execute(
        f"INSERT INTO site (customer_id, name, name_key, created_at, updated_at) VALUES (1, 'S', '', {AUDIT})"
    )
    connection.execute(
        f"INSERT INTO product_type (name, name_key, created_at, updated_at) VALUES ('T', '', {AUDIT})"
    )
    yield connection
    connection.close()


def raw_item(connection, serial: str) -> None:
    connection.execute(
        "INSERT INTO inventory_item (serial_number, customer_id, contract_id, site_id, product_type_id, "
        f"created_at, updated_at) VALUES (?, 1, 1, 1, 1, {AUDIT})",
        (serial,),
    )


@pytest.mark.parametrize("kind", list(TWINS))
def test_a_twin_written_around_the_app_is_refused(raw, kind):
    first, second = (text.replace("{n}", "1") for text in TWINS[kind])
    raw_item(raw, first)
    with pytest.raises(sqlite3.IntegrityError):
        raw_item(raw, second)
    assert raw.execute("SELECT serial_key FROM inventory_item").fetchall() == [(fold(first),)]


@pytest.mark.parametrize(
    ("table", "first", "twin"),
    [
        ("contract", "CT-Ação", "ct-acao"),
        ("site", "Matriz Sul", "MATRIZ\u00a0 SUL"),
        ("product_type", "Nobreak", "NOBREAK\u200b"),
    ],
)
def test_codes_and_names_written_around_the_app_are_refused_within_their_scope(raw, table, first, twin):
    scope = "customer_id, " if table != "product_type" else ""
    value = "1, " if scope else ""
    column = "code" if table == "contract" else "name"
    insert = (
        f"INSERT INTO {table} ({scope}{column}, {column}_key, created_at, updated_at) "
        f"VALUES ({value}?, 'anything', {AUDIT})"
    )
    raw.execute(insert, (first,))
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute(insert, (twin,))
    if scope:  # another customer may use it
        raw.execute(
            f"INSERT INTO customer (name, name_key, created_at, updated_at) VALUES ('B', 'b', {AUDIT})"
        )
        raw.execute(insert.replace("VALUES (1, ", "VALUES (2, "), (twin,))


def test_a_raw_update_gets_its_key_recomputed_and_cannot_forge_it(raw):
    raw_item(raw, "ABC-1")
    raw_item(raw, "XYZ-1")
    raw.execute("UPDATE inventory_item SET serial_number = 'Ábc-2' WHERE serial_number = 'ABC-1'")
    raw.execute("UPDATE inventory_item SET serial_key = 'forged' WHERE serial_number = 'Ábc-2'")
    assert raw.execute("SELECT serial_key FROM inventory_item ORDER BY id").fetchall() == [
        ("abc-2",),
        ("xyz-1",),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE inventory_item SET serial_number = 'xyz-1' WHERE serial_number = 'Ábc-2'")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE inventory_item SET serial_clash = 1")


def test_the_app_refuses_the_twin_of_a_row_written_around_it(raw, make):
    from citrus_desktop.domain.errors import ValidationError

    raw_item(raw, "ΣN-77")  # Greek: beyond what lower() knows
    with pytest.raises(ValidationError) as refused:
        make.item(serial="σn-77")
    assert "already used" in refused.value.errors["serial_number"]


def sqlite_keys(database, texts: list[str]) -> list[str]:
    sql = f"SELECT {sqlite_fold('?')}"
    return [database.execute_sql(sql, (text,)).fetchone()[0] for text in texts]


def test_sqlite_computes_the_python_key_for_every_character(database):
    """Each character the map lists, every Hangul syllable and a sample of all others, in context."""
    codes = [ord(c) for c in folding.char_map()] + list(range(0xAC00, 0xD7A4, 7))
    codes += random.Random(5).sample([c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF], 20_000)
    texts = [f"Ab{chr(code)} 1" for code in codes]
    assert sqlite_keys(database, texts) == [fold(text) for text in texts]


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=30))
def test_sqlite_and_python_agree_on_any_text(text):
    connection = _map_connection()
    (key,) = connection.execute(f"SELECT {sqlite_fold('?')}", (text,)).fetchone()
    assert key == fold(text)


_connection: sqlite3.Connection | None = None


def _map_connection() -> sqlite3.Connection:
    global _connection
    if _connection is None:
        _connection = sqlite3.connect(":memory:")
        for statement in folding.sqlite_map_statements():
            _connection.execute(statement)
    return _connection


def test_the_frozen_map_is_what_this_python_computes():
    if unicodedata.unidata_version != fold_data.UNICODE_VERSION:
        pytest.skip(
            f"fold_data is Unicode {fold_data.UNICODE_VERSION}, this Python {unicodedata.unidata_version}"
        )
    assert folding.char_map() == folding.computed_char_map()
    assert tuple(folding.computed_mark_ranges()) == fold_data.MARK_RANGES


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("  ACC-1 ", "acc-1"),
        ("ÁCC-1", "acc-1"),
        ("STRAẞE", "strasse"),
        ("straße", "strasse"),
        ("Sa\u0303o", "sao"),
        ("SN\u00ad\u200b\u2060\ufeff-1", "sn-1"),
        ("ＡＢＣ１", "abc1"),
        ("ﬁle", "file"),
        ("A \u00a0\u2003 B", "a b"),
        ("ΟΔΟΣ", "οδοσ"),
        ("Ⅻ", "xii"),
    ],
)
def test_the_rule(text, key):
    assert fold(text) == key


@pytest.mark.parametrize("serial", ["AB\tC", "AB\nC", "AB\r", "A\x07B", "A\x85B"])
def test_a_serial_with_a_control_character_written_around_the_app_is_refused(raw, serial):
    with pytest.raises(sqlite3.IntegrityError):
        raw_item(raw, serial)
    raw_item(raw, "ABC")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("UPDATE inventory_item SET serial_number = ?", (serial,))
