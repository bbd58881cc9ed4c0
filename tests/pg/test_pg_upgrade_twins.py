"""A team database from before schema v5 holding twins: the server's upgrade keeps every row,
flags the twins, their other fields stay editable, and the unique index protects the rest."""

import unicodedata

import psycopg
import pytest
from psycopg import errors

from citrus_desktop.domain.clashes import clashes
from citrus_desktop.domain.errors import ValidationError
from citrus_desktop.domain.items import delete_items, get_item, save_item
from citrus_desktop.store.database import close_database, open_database
from citrus_desktop.store.schema import MIGRATIONS
from tests.unit.test_migrations import use

NFC = unicodedata.normalize("NFC", "São-7")
NFD = unicodedata.normalize("NFD", "São-7")
TWINS = (NFC, NFD, "STRASSE-9", "straße-9", "SOLO-1")
"""Twins PostgreSQL's lower() let in before v5 (it folds Á, not ß, combining marks or width)."""


@pytest.fixture
def upgraded(fresh_pg, monkeypatch):
    url = fresh_pg("twins")
    use(monkeypatch, MIGRATIONS[:4])
    open_database(url)
    close_database()
    with psycopg.connect(url, autocommit=True) as raw:
        raw.execute(
            "INSERT INTO customer (name, name_key, created_at, updated_at) "
            "VALUES ('Acme', 'acme', now(), now())"
        )
        raw.execute(
            "INSERT INTO contract (customer_id, code, code_key, created_at, updated_at) "
            "VALUES (1, 'CT-1', 'x', now(), now()), (1, 'CT\u200b-1', 'y', now(), now())"
        )
        raw.execute(
            "INSERT INTO site (customer_id, name, name_key, created_at, updated_at) "
            "VALUES (1, 'M', 'm', now(), now())"
        )
        raw.execute(
            "INSERT INTO product_type (name, name_key, created_at, updated_at) "
            "VALUES ('T', 't', now(), now())"
        )
        for serial in TWINS:
            raw.execute(
                "INSERT INTO inventory_item (serial_number, serial_key, customer_id, contract_id, site_id, "
                "product_type_id, created_at, updated_at) VALUES (%s, lower(%s), 1, 1, 1, 1, now(), now())",
                (serial, serial),
            )
    use(monkeypatch, MIGRATIONS)
    open_database(url)
    yield url
    close_database()


def ids(url) -> dict[str, int]:
    with psycopg.connect(url) as raw:
        return dict(raw.execute("SELECT serial_number, id FROM inventory_item").fetchall())


def test_the_upgrade_keeps_and_names_every_twin(upgraded):
    assert set(ids(upgraded)) == set(TWINS)
    groups = {(g.kind, tuple(t for _i, t, _o in g.records)) for g in clashes()}
    assert groups == {
        ("serial", (NFC, NFD)),
        ("serial", ("STRASSE-9", "straße-9")),
        ("contract", ("CT-1", "CT\u200b-1")),
    }


def test_twins_stay_editable_and_cannot_spread(upgraded):
    found = ids(upgraded)
    for serial in (NFC, NFD):
        item = get_item(found[serial])
        item.description = "ok"
        save_item(item)
    twin = get_item(found[NFD])
    twin.serial_number = "STRASSE-9"
    with pytest.raises(ValidationError):
        save_item(twin)
    with psycopg.connect(upgraded, autocommit=True) as raw, pytest.raises(errors.UniqueViolation):
        raw.execute("UPDATE inventory_item SET serial_number = 'solo-1' WHERE id = %s", (found[NFD],))


def test_deleting_the_first_of_a_group_protects_the_next(upgraded):
    found = ids(upgraded)
    delete_items([found["STRASSE-9"]])
    with psycopg.connect(upgraded, autocommit=True) as raw:
        assert raw.execute(
            "SELECT serial_clash FROM inventory_item WHERE id = %s", (found["straße-9"],)
        ).fetchone() == (False,)
        with pytest.raises(errors.UniqueViolation):
            raw.execute(
                "INSERT INTO inventory_item (serial_number, customer_id, contract_id, site_id, "
                "product_type_id, created_at, updated_at) VALUES ('Strasse-9', 1, 1, 1, 1, now(), now())"
            )
    assert [g for g in clashes() if g.kind == "serial"] and len(clashes()) == 2
