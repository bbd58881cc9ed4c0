"""Schema migration: stock-takes go to the recycle bin with their site (frozen once released).

- Deleting a site (or a count on its own) first writes each of its counts that holds anything —
  finished, or with at least one scan — to ``recycle_bin`` (``table_name = 'stock_take'``), the
  count's row as JSON with its lines under ``"entries"``, labelled "<site> — <date>", in the
  batch of the delete. The foreign keys then cascade as before. A count nobody scanned in and
  not finished holds nothing (its lines are the site's items) and is not kept, as closing its
  window forgets it.
- Deleting an item first notes its id in ``stock_take_entry.deleted_item_id`` of the lines that
  point at it (the foreign key then sets ``item_id`` NULL): putting the item back relinks them.

Self-contained (one migration entry), so that it can be renumbered when branches merge.
"""

SQLITE_NOW = "CAST(strftime('%s', 'now') AS INTEGER)"
SQLITE_BATCH = "(SELECT batch_id FROM history_context)"

ENTRY_COLUMNS = (
    "id",
    "item_id",
    "deleted_item_id",
    "serial_number",
    "serial_key",
    "state",
    "expected",
    "description",
    "place",
    "scanned_at",
    "scanned_by",
)
COUNT_COLUMNS = (
    "id",
    "customer_id",
    "site_id",
    "state",
    "started_at",
    "started_by",
    "paused_at",
    "finished_at",
    "finished_by",
    "expected_count",
    "found_count",
    "missing_count",
    "unexpected_count",
    "moved_count",
)
KEPT = (
    "(s.state = 'finished' OR EXISTS "
    "(SELECT 1 FROM stock_take_entry k WHERE k.stock_take_id = s.id AND k.state <> 'missing'))"
)
"""SQL over a count ``s``: it holds something worth keeping."""


def _sqlite_bin(where: str) -> str:
    entry = ", ".join(f"'{c}', e.{c}" for c in ENTRY_COLUMNS)
    count = ", ".join(f"'{c}', s.{c}" for c in COUNT_COLUMNS)
    entries = (
        f"(SELECT json_group_array(json_object({entry})) FROM "
        "(SELECT * FROM stock_take_entry WHERE stock_take_id = s.id ORDER BY id) AS e)"
    )
    return (
        "INSERT INTO recycle_bin (batch_id, table_name, row_id, label, customer_id, deleted_at, data) "
        f"SELECT {SQLITE_BATCH}, 'stock_take', s.id, "
        "si.name || ' — ' || substr(coalesce(s.finished_at, s.started_at), 1, 10), "
        f"s.customer_id, {SQLITE_NOW}, json_object({count}, 'entries', json({entries})) "
        f"FROM stock_take s JOIN site si ON si.id = s.site_id WHERE {where} AND {KEPT} ORDER BY s.id;"
    )


def _sqlite() -> list[str]:
    return [
        "ALTER TABLE stock_take_entry ADD COLUMN deleted_item_id INTEGER",
        "CREATE INDEX stock_take_entry_deleted_item ON stock_take_entry (deleted_item_id) "
        "WHERE deleted_item_id IS NOT NULL",
        """CREATE TRIGGER inventory_item_stock_take_lines BEFORE DELETE ON inventory_item BEGIN
            UPDATE stock_take_entry SET deleted_item_id = old.id WHERE item_id = old.id;
        END""",
        f"""CREATE TRIGGER site_stock_takes_bin BEFORE DELETE ON site BEGIN
            {_sqlite_bin("s.site_id = old.id")}
        END""",
        # A count deleted on its own (its site still there: a site's cascade runs after the site
        # row is gone, and the site's trigger above kept its counts already).
        f"""CREATE TRIGGER stock_take_bin BEFORE DELETE ON stock_take
        WHEN EXISTS (SELECT 1 FROM site WHERE id = old.site_id) BEGIN
            {_sqlite_bin("s.id = old.id")}
        END""",
    ]


def _postgres_bin(where: str) -> str:
    """PL/pgSQL: the counts ``where`` selects (over ``s``) that hold anything, to the bin."""
    return f"""IF EXISTS (SELECT 1 FROM stock_take s WHERE {where} AND {KEPT}) THEN
                INSERT INTO recycle_bin (batch_id, table_name, row_id, label, customer_id, data)
                SELECT citrus_batch_id(), 'stock_take', s.id,
                       si.name || ' — ' || to_char(coalesce(s.finished_at, s.started_at), 'YYYY-MM-DD'),
                       s.customer_id,
                       to_jsonb(s) || jsonb_build_object('entries', coalesce(
                           (SELECT jsonb_agg(to_jsonb(e) - 'stock_take_id' ORDER BY e.id)
                            FROM stock_take_entry e WHERE e.stock_take_id = s.id), '[]'::jsonb))
                FROM stock_take s JOIN site si ON si.id = s.site_id
                WHERE {where} AND {KEPT}
                ORDER BY s.id;
            END IF;"""


def _postgres() -> list[str]:
    definer = "LANGUAGE plpgsql SECURITY DEFINER"
    return [
        "ALTER TABLE stock_take_entry ADD COLUMN deleted_item_id BIGINT",
        "CREATE INDEX stock_take_entry_deleted_item ON stock_take_entry (deleted_item_id) "
        "WHERE deleted_item_id IS NOT NULL",
        f"""CREATE FUNCTION citrus_stock_take_lines_item_gone() RETURNS trigger {definer} AS $$
        BEGIN
            UPDATE stock_take_entry SET deleted_item_id = OLD.id WHERE item_id = OLD.id;
            RETURN OLD;
        END $$""",
        "CREATE TRIGGER inventory_item_stock_take_lines BEFORE DELETE ON inventory_item "
        "FOR EACH ROW EXECUTE FUNCTION citrus_stock_take_lines_item_gone()",
        f"""CREATE FUNCTION citrus_site_stock_takes_bin() RETURNS trigger {definer} AS $$
        BEGIN
            {_postgres_bin("s.site_id = OLD.id")}
            RETURN OLD;
        END $$""",
        f"""CREATE FUNCTION citrus_stock_take_bin() RETURNS trigger {definer} AS $$
        BEGIN
            -- A site's cascade runs once the site row is gone: its own trigger kept its counts.
            IF EXISTS (SELECT 1 FROM site WHERE id = OLD.site_id) THEN
                {_postgres_bin("s.id = OLD.id")}
            END IF;
            RETURN OLD;
        END $$""",
        "CREATE TRIGGER site_stock_takes_bin BEFORE DELETE ON site "
        "FOR EACH ROW EXECUTE FUNCTION citrus_site_stock_takes_bin()",
        "CREATE TRIGGER stock_take_bin BEFORE DELETE ON stock_take "
        "FOR EACH ROW EXECUTE FUNCTION citrus_stock_take_bin()",
        # SECURITY DEFINER: a fixed search path (the schema the tables are in), %% doubled for psycopg.
        "DO $$ BEGIN "
        + "; ".join(
            f"EXECUTE format('ALTER FUNCTION {f} SET search_path = %%I, pg_catalog, pg_temp', "
            "current_schema())"
            for f in (
                "citrus_stock_take_lines_item_gone()",
                "citrus_site_stock_takes_bin()",
                "citrus_stock_take_bin()",
            )
        )
        + "; END $$",
        # Editors restore (and undo): they take a count's entry out of the bin once it is back.
        "CREATE POLICY restored_stock_take ON recycle_bin FOR DELETE TO citrus_editor USING ("
        "table_name = 'stock_take' AND EXISTS (SELECT FROM stock_take live WHERE live.id = row_id))",
    ]


def stock_take_bin_statements(dialect: str) -> list[str]:
    return _postgres() if dialect == "postgres" else _sqlite()
