"""Schema v11 on a server: ``history`` rebuilt (column order, table names as an enum, json), every
entry kept with its id, its rights and row security as before."""

import psycopg

from tests.unit.test_history_upgrade import upgrade_keeps_history


def test_a_server_upgrades_with_its_history_intact(monkeypatch, fresh_pg):
    url = fresh_pg("history_v11")
    upgrade_keeps_history(monkeypatch, url)
    with psycopg.connect(url, autocommit=True) as conn:
        columns = conn.execute(
            "SELECT column_name, udt_name FROM information_schema.columns "
            "WHERE table_name = 'history' ORDER BY ordinal_position"
        ).fetchall()
        assert [name for name, _type in columns] == [
            "id",
            "batch_id",
            "row_id",
            "at",
            "version",
            "table_name",
            "kind",
            "changes",
        ]
        assert dict(columns)["table_name"] == "citrus_table" and dict(columns)["changes"] == "json"
        indexes = {
            row[0] for row in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'history'")
        }
        assert indexes == {"history_pkey", "history_row", "history_batch_entries"}
        policies = set(
            conn.execute("SELECT tablename, policyname FROM pg_policies WHERE tablename LIKE 'history%'")
        )
        assert policies == {
            ("history", "everyone_reads"),
            ("history", "gone_or_superseded"),
            ("history_batch", "everyone_reads"),
            ("history_batch", "own_new_batch"),
            ("history_batch", "unused_batches"),
        }
        (secured,) = conn.execute("SELECT relrowsecurity FROM pg_class WHERE relname = 'history'").fetchone()
        assert secured
        (reader,) = conn.execute(
            "SELECT has_table_privilege('citrus_reader', 'history', 'SELECT')"
        ).fetchone()
        (admin,) = conn.execute("SELECT has_table_privilege('citrus_admin', 'history', 'DELETE')").fetchone()
        (editor,) = conn.execute(
            "SELECT has_table_privilege('citrus_editor', 'history', 'DELETE')"
        ).fetchone()
        assert reader and admin and not editor
