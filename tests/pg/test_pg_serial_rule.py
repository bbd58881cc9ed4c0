"""The serial rule on PostgreSQL: the server's own citrus_fold() gives Python's key for every code
point, and twins written around the app (raw SQL) are refused."""

import pytest
from psycopg import errors

from citrus_desktop.store.folding import fold
from tests.pg.test_pg_database_rules import acme_item, customer, world  # noqa: F401
from tests.racing import TWINS


def test_the_server_computes_the_python_key_for_every_code_point(raw):
    codes = [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF]
    wrong = []
    for start in range(0, len(codes), 50_000):
        texts = [f"Ab{chr(code)} 1" for code in codes[start : start + 50_000]]
        keys = raw.execute(
            "SELECT citrus_fold(t) FROM unnest(%s::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n", (texts,)
        ).fetchall()
        wrong += [(text, key) for text, (key,) in zip(texts, keys, strict=True) if key != fold(text)]
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("kind", list(TWINS))
def test_a_twin_written_around_the_app_is_refused(raw, world, kind):  # noqa: F811
    first, second = (text.replace("{n}", "1") for text in TWINS[kind])
    acme_item(raw, world, first)
    with pytest.raises(errors.UniqueViolation):
        acme_item(raw, world, second)
    assert raw.execute("SELECT serial_key FROM inventory_item").fetchall() == [(fold(first),)]


def test_a_raw_writer_cannot_forge_the_key_or_set_the_clash_flag(raw, world):  # noqa: F811
    acme_item(raw, world, "ABC-1")
    raw.execute("UPDATE inventory_item SET serial_key = 'forged'")
    assert raw.execute("SELECT serial_key FROM inventory_item").fetchone() == ("abc-1",)
    with pytest.raises(errors.CheckViolation):
        raw.execute("UPDATE inventory_item SET serial_clash = TRUE")


def test_names_written_around_the_app_are_refused_within_their_scope(raw, world):  # noqa: F811
    with pytest.raises(errors.UniqueViolation):
        raw.execute(
            "INSERT INTO site (customer_id, name, name_key, created_at, updated_at) "
            "VALUES (%s, 'MATRIZ\u200b', 'x', now(), now())",
            (world["acme"],),
        )
    with pytest.raises(errors.UniqueViolation):
        raw.execute(
            "INSERT INTO product_type (name, name_key, created_at, updated_at) "
            "VALUES ('PRINTER', 'y', now(), now())"
        )
    with pytest.raises(errors.UniqueViolation):
        raw.execute(
            "INSERT INTO contract (customer_id, code, code_key, created_at, updated_at) "
            "VALUES (%s, 'ct-1', 'z', now(), now())",
            (world["acme"],),
        )


@pytest.mark.parametrize("serial", ["AB\tC", "AB\nC", "A\x07B"])
def test_a_serial_with_a_control_character_written_around_the_app_is_refused(raw, world, serial):  # noqa: F811
    with pytest.raises(errors.CheckViolation):
        acme_item(raw, world, serial)
