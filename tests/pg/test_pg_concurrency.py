"""Several machines on one server: racing saves, two editors of one record, a connection lost mid-save."""

import threading

import pytest

from citrus_desktop.domain import items, session
from citrus_desktop.domain.errors import (
    ConflictError,
    InUseError,
    NotFoundError,
    UnavailableError,
    ValidationError,
)
from citrus_desktop.domain.items import ItemData, delete_items, get_item, save_item
from citrus_desktop.store.models import InventoryItem


def item_data(make, serial: str) -> ItemData:
    customer = make.customer()
    return ItemData(
        serial_number=serial,
        customer_id=customer,
        contract_id=make.contract(customer),
        site_id=make.site(customer),
        product_type_id=make.product_type(),
    )


def test_two_machines_saving_the_same_serial_exactly_one_wins(make, database, monkeypatch):
    first, second = item_data(make, "SN-RACE"), item_data(make, "sn-race")
    both_checked = threading.Barrier(2)
    real_check = items.check_key
    waited = threading.local()

    def find_then_wait(*args, **kwargs):
        found = real_check(*args, **kwargs)
        if not getattr(waited, "done", False):  # both pass the check before either writes
            waited.done = True
            both_checked.wait(timeout=10)
        return found

    monkeypatch.setattr(items, "check_key", find_then_wait)
    outcomes: dict[str, object] = {}

    def machine(name: str, data: ItemData) -> None:
        try:
            outcomes[name] = save_item(data)
        except Exception as error:
            outcomes[name] = error
        finally:
            database.close()  # this thread's own connection

    threads = [threading.Thread(target=machine, args=pair) for pair in (("a", first), ("b", second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    winners = [value for value in outcomes.values() if isinstance(value, int)]
    losers = [value for value in outcomes.values() if isinstance(value, ValidationError)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert "already used" in losers[0].errors["serial_number"]
    assert InventoryItem.select().count() == 1


def test_the_second_editor_is_told_who_changed_the_item_and_when(make):
    item_id = save_item(item_data(make, "SN-1"))
    ana, bruno = get_item(item_id), get_item(item_id)
    session.set_actor("Ana")
    ana.description = "Ana's"
    save_item(ana)
    session.set_actor("Bruno")
    bruno.description = "Bruno's"
    with pytest.raises(ConflictError) as caught:
        save_item(bruno)
    assert caught.value.changed_by == "Ana"
    assert caught.value.changed_at is not None
    assert "Ana" in str(caught.value)
    stored = get_item(item_id)
    assert (stored.description, stored.version) == ("Ana's", 2)


def test_saving_an_item_someone_deleted_is_refused(make):
    item_id = save_item(item_data(make, "SN-2"))
    mine = get_item(item_id)
    delete_items([item_id])
    mine.description = "late"
    with pytest.raises(NotFoundError):
        save_item(mine)
    assert InventoryItem.select().count() == 0


def test_deleting_items_someone_already_deleted_deletes_the_rest_and_says_so(make):
    kept_gone = save_item(item_data(make, "SN-3"))
    mine = save_item(item_data(make, "SN-4"))
    delete_items([kept_gone])
    with pytest.raises(NotFoundError) as caught:
        delete_items([kept_gone, mine])
    assert "1 of the selected records" in str(caught.value)
    assert InventoryItem.select().count() == 0


def test_deleting_several_items_is_one_transaction(make, fresh_pg, raw):
    ids = [save_item(item_data(make, serial)) for serial in ("A", "B", "C")]
    # Another program's rule refusing to delete B (as a foreign key would): A must come back too.
    raw.execute(
        """CREATE FUNCTION keep_b() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF old.serial_number = 'B' THEN
            RAISE EXCEPTION 'B is kept' USING ERRCODE = 'foreign_key_violation'; END IF;
        RETURN old; END $$"""
    )
    raw.execute(
        "CREATE TRIGGER keep_b BEFORE DELETE ON inventory_item FOR EACH ROW EXECUTE FUNCTION keep_b()"
    )
    try:
        with pytest.raises(InUseError):
            delete_items(ids)
        assert InventoryItem.select().count() == 3
    finally:
        raw.execute("DROP TRIGGER keep_b ON inventory_item")
        raw.execute("DROP FUNCTION keep_b()")


def backend_pid(database) -> int:
    return database.connection().info.backend_pid


def test_connection_lost_during_a_save_writes_nothing_and_the_next_save_reconnects(
    make, database, raw, monkeypatch
):
    data = item_data(make, "SN-LOST")
    pid = backend_pid(database)
    real_check = items.check_key

    def server_drops_us(*args, **kwargs):
        raw.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return real_check(*args, **kwargs)

    monkeypatch.setattr(items, "check_key", server_drops_us)
    with pytest.raises(UnavailableError) as caught:
        save_item(data)
    assert "\n" not in str(caught.value) and "lost" in str(caught.value)
    assert raw.execute("SELECT count(*) FROM inventory_item").fetchone()[0] == 0

    monkeypatch.setattr(items, "check_key", real_check)
    item_id = save_item(data)
    assert get_item(item_id).serial_number == "SN-LOST"
    assert backend_pid(database) != pid


def test_a_connection_dropped_while_idle_is_replaced_on_the_next_read(make, database, raw):
    item_id = save_item(item_data(make, "SN-IDLE"))
    raw.execute("SELECT pg_terminate_backend(%s)", (backend_pid(database),))
    assert get_item(item_id).serial_number == "SN-IDLE"
    mine = get_item(item_id)
    mine.description = "after the drop"
    save_item(mine)
    assert get_item(item_id).description == "after the drop"


def test_a_server_gone_mid_session_is_a_clear_error_not_a_crash(make, database, raw):
    item_id = save_item(item_data(make, "SN-DOWN"))
    mine = get_item(item_id)
    # The server goes away: our connection is dropped and the next attempt is refused.
    port = database.connect_params.get("port")
    database.connect_params["port"] = 1
    raw.execute("SELECT pg_terminate_backend(%s)", (backend_pid(database),))
    mine.description = "while down"
    try:
        with pytest.raises(UnavailableError) as caught:
            save_item(mine)
    finally:
        database.connect_params["port"] = port
    assert "cannot be reached" in str(caught.value)
    save_item(mine)  # the server is back: the same edit goes through
    assert get_item(item_id).description == "while down"
