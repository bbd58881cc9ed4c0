"""The domain under roles: what each role may do, refused writes told apart from conflicts."""

import psycopg
import pytest

from citrus_desktop.domain import access, session
from citrus_desktop.domain.errors import ConflictError, NotAllowedError, ValidationError
from citrus_desktop.domain.items import ItemData, delete_items, get_item, save_item
from citrus_desktop.domain.product_types import ProductTypeData, save_product_type
from citrus_desktop.domain.staff import grant, people, revoke
from citrus_desktop.store.database import close_database, open_database
from tests.pg.logins import as_user, group_member
from tests.unit.conftest import Factory

DAY_TO_DAY = {"customer", "contract", "site", "inventory_item", "stock_take", "stock_take_entry"}


def world(url: str) -> tuple[int, Factory]:
    """An item (serial SN-1) saved by the server's administrator."""
    open_database(url)
    make = Factory()
    customer = make.customer()
    item = save_item(
        ItemData(
            serial_number="SN-1",
            customer_id=customer,
            contract_id=make.contract(customer),
            site_id=make.site(customer),
            product_type_id=make.product_type(),
        )
    )
    close_database()
    return item, make


@pytest.mark.parametrize(
    ("role", "changeable", "grants"),
    [
        ("reader", set(), set()),
        ("editor", DAY_TO_DAY, set()),
        ("admin", {*DAY_TO_DAY, "product_type"}, {"reader", "editor", "admin"}),
    ],
)
def test_each_role_is_learnt_from_the_server(pg_url, logins, role, changeable, grants):
    open_database(logins(role).url)
    found = access.detect()
    assert (found.team, found.role, set(found.changeable), set(found.grants)) == (
        True,
        role,
        changeable,
        grants,
    )
    assert (found.refusal("inventory_item") is None) == (role != "reader")
    assert (found.refusal("product_type") is None) == (role == "admin")
    assert (found.staff_refusal() is None) == (role == "admin")


def test_a_write_refused_after_a_revoke_is_told_and_the_role_relearnt(pg_url, logins):
    item_id, _make = world(pg_url)
    editor = logins("editor")
    open_database(editor.url)
    assert access.detect().role == "editor"
    data = get_item(item_id)
    data.description = "first"
    save_item(data)

    with psycopg.connect(pg_url, autocommit=True) as admin:  # meanwhile, an administrator
        admin.execute(f'REVOKE citrus_editor FROM "{editor.name}"; GRANT citrus_reader TO "{editor.name}"')
    data = get_item(item_id)
    data.description = "second"
    with pytest.raises(NotAllowedError, match="refused") as refused:
        save_item(data)
    assert "Reader" in str(refused.value)
    assert access.current().role == "reader"
    assert get_item(item_id).description == "first"
    with pytest.raises(NotAllowedError):
        delete_items([item_id])
    with pytest.raises(NotAllowedError, match="refused"):
        save_product_type(ProductTypeData(name="Scanner"))


def test_an_update_row_security_refuses_is_not_allowed_and_a_real_change_is_a_conflict(fresh_pg, logins):
    url = fresh_pg("rls")
    item_id, _make = world(url)
    with psycopg.connect(url, autocommit=True) as owner:
        other = make_item_as(owner, item_id)
        owner.execute(
            "ALTER TABLE inventory_item ENABLE ROW LEVEL SECURITY;"
            "CREATE POLICY everyone_reads ON inventory_item FOR SELECT USING (true);"
            "CREATE POLICY unlocked_only ON inventory_item FOR ALL TO citrus_editor "
            "USING (serial_number <> 'SN-1') WITH CHECK (true)"
        )
    open_database(as_user(url, logins("editor").name))
    access.detect()

    locked = get_item(item_id)
    locked.description = "mine"
    with pytest.raises(NotAllowedError, match="refused"):  # UPDATE 0, the row unchanged
        save_item(locked)

    session.set_actor("Ana")
    theirs = get_item(other)
    mine = get_item(other)
    theirs.description = "theirs"
    save_item(theirs)
    session.set_actor("tester")
    mine.description = "mine"
    with pytest.raises(ConflictError, match="Ana"):
        save_item(mine)
    close_database()


def make_item_as(conn: psycopg.Connection, like_id: int) -> int:
    """A second item beside ``like_id``, written around the app."""
    return conn.execute(
        "INSERT INTO inventory_item (serial_number, serial_key, customer_id, contract_id, site_id, "
        "product_type_id, created_at, updated_at) SELECT 'SN-2', 'sn-2', customer_id, contract_id, "
        "site_id, product_type_id, now(), now() FROM inventory_item WHERE id = %s RETURNING id",
        (like_id,),
    ).fetchone()[0]


def test_an_admin_grants_and_revokes_and_the_server_agrees(pg_url, logins):
    admin = logins("admin")
    newcomer = logins(None, "newcomer")
    open_database(admin.url)
    access.detect()
    assert grant(newcomer.name, "editor").role == "editor"
    assert group_member(newcomer.name, "editor") and not group_member(newcomer.name, "admin")
    assert grant(newcomer.name, "reader").role == "reader"  # the only role: editor is gone
    assert not group_member(newcomer.name, "editor")
    assert grant(newcomer.name, "admin").role == "admin"
    open_database(newcomer.url)  # the new admin passes it on in turn
    access.detect()
    third = logins(None, "third")
    assert grant(third.name, "admin").role == "admin"
    open_database(admin.url)
    access.detect()
    assert revoke(newcomer.name).role == "none"
    assert not group_member(newcomer.name, "reader")
    odd = logins(None, 'O\'Brien "Zé" ; DROP')  # quotes, spaces and accents in a login name
    assert grant(odd.name, "reader").role == "reader" and group_member(odd.name, "reader")
    assert revoke(odd.name).role == "none"
    listed = {p.name: p for p in people()}
    assert listed[admin.name].you and listed[third.name].role == "admin"
    assert listed["postgres"].superuser


def test_grants_an_admin_may_not_make_are_refused_before_the_server(pg_url, logins):
    plain_admin = logins(None, "plainadmin")
    with psycopg.connect(pg_url, autocommit=True) as server:  # granted without ADMIN OPTION
        server.execute(f'GRANT citrus_admin TO "{plain_admin.name}"')
    someone = logins("reader", "someone")
    open_database(plain_admin.url)
    assert access.detect().grants == {"reader", "editor"}
    assert grant(someone.name, "editor").role == "editor"
    with pytest.raises(ValidationError, match="without the right to pass it on"):
        grant(someone.name, "admin")
    with pytest.raises(ValidationError, match="no database user"):
        grant("nobody_of_this_name", "reader")
    with pytest.raises(ValidationError, match="superuser"):
        grant("postgres", "reader")
    open_database(logins("editor").url)
    access.detect()
    with pytest.raises(ValidationError, match="Only administrators"):
        revoke(someone.name)
    close_database()
