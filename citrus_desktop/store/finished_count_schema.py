"""Schema migration: a finished stock-take's result cannot be changed, by anyone (frozen once released).

A finished count is the record of what was found at a site on a day; the app never edits one.
The database refuses, for every program and every login (an editor's ``psql`` too):

- any UPDATE of a ``stock_take`` row whose state is ``finished`` (nothing the app or the bin
  does changes one: finishing moves a count *to* ``finished``, which stays allowed);
- INSERT, UPDATE and DELETE of the lines (``stock_take_entry``) of a finished count, except
  - relinking a line's item: ``item_id`` / ``deleted_item_id`` only, every other column kept, and
    only between the ids the line already holds (an item deleted: its id noted in
    ``deleted_item_id``, then ``item_id`` set NULL by the foreign key; the item restored: put
    back in ``item_id``; the item purged: ``deleted_item_id`` cleared);
  - lines deleted with their count (deleting the count or its site: the bin triggers of v10
    kept it first; the foreign key's cascade runs once the count row is gone);
  - lines put back while their count's bin entry is still there (Restore and Undo insert the
    count, then its lines, then erase the bin entry, in one transaction). The entry is found by
    the count's id, or among its customer's entries by its site, start and finish (SQLite may
    give a restored count another number, a newer count having taken its old one).

On PostgreSQL, where roles make the rule the server's, a count put back by hand (deleted to the
bin, re-inserted in one transaction) must besides be what its bin entry holds: checked when that
entry is erased (the count's row and its lines, ids and item links aside), and at COMMIT for a line
put into a finished count whose entry is still in the bin. SQLite has no deferred triggers (nor
roles: any program may drop these triggers), so there a count deleted and re-inserted altered
while its entry is in the bin is not caught.

The refusal says `FINISHED_MESSAGE`; `store.failures` tells it as `FinishedCount`. PostgreSQL
raises it with SQLSTATE 42501 (insufficient privilege), SQLite with RAISE(ABORT).

Self-contained (one migration entry), so that it can be renumbered when branches merge.
"""

FINISHED_MESSAGE = "citrus: a finished stock-take is kept as it was found and cannot be changed"
"""The text of the refusal, which `store.failures.classify` recognises (both dialects)."""

LINE_KEPT = (
    "id",
    "stock_take_id",
    "serial_number",
    "serial_key",
    "state",
    "expected",
    "description",
    "place",
    "scanned_at",
    "scanned_by",
)
"""The columns of a finished count's line that never change (SQLite names them; PostgreSQL
compares the whole row but the two item columns)."""

RELINK = (
    "(new.item_id IS old.item_id OR new.item_id IS NULL OR new.item_id IS old.deleted_item_id) "
    "AND (new.deleted_item_id IS old.deleted_item_id OR new.deleted_item_id IS NULL "
    "OR new.deleted_item_id IS old.item_id)"
)
"""SQL (SQLite spelling): the item columns change only between the ids the line holds."""


def _sqlite_in_bin(count: str) -> str:
    """SQL over a count ``count``: its bin entry is there (a Restore putting it back). Found by
    the count's number (an index); only when that fails, among the entries of its customer (a
    column beside the JSON, so that no other entry's JSON is read), by site, start and finish."""
    return (
        "(CASE WHEN EXISTS (SELECT 1 FROM recycle_bin b WHERE b.table_name = 'stock_take' "
        f"AND b.row_id = {count}.id) THEN 1 "
        "WHEN EXISTS (SELECT 1 FROM recycle_bin b WHERE b.table_name = 'stock_take' "
        f"AND b.customer_id = {count}.customer_id "
        f"AND json_extract(b.data, '$.site_id') = {count}.site_id "
        f"AND json_extract(b.data, '$.started_at') = {count}.started_at "
        f"AND json_extract(b.data, '$.finished_at') = {count}.finished_at) THEN 1 ELSE 0 END = 1)"
    )


def _sqlite() -> list[str]:
    refuse = f"SELECT RAISE(ABORT, '{FINISHED_MESSAGE}');"

    def finished(count_id: str) -> str:
        return f"EXISTS (SELECT 1 FROM stock_take s WHERE s.id = {count_id} AND s.state = 'finished')"

    kept = " AND ".join(f"new.{column} IS old.{column}" for column in LINE_KEPT)
    return [
        f"""CREATE TRIGGER stock_take_finished_kept BEFORE UPDATE ON stock_take
        WHEN old.state = 'finished' BEGIN {refuse} END""",
        f"""CREATE TRIGGER stock_take_entry_finished_insert BEFORE INSERT ON stock_take_entry
        WHEN EXISTS (SELECT 1 FROM stock_take s WHERE s.id = new.stock_take_id AND s.state = 'finished'
                     AND NOT {_sqlite_in_bin("s")}) BEGIN {refuse} END""",
        f"""CREATE TRIGGER stock_take_entry_finished_update BEFORE UPDATE ON stock_take_entry
        WHEN ({finished("old.stock_take_id")} OR {finished("new.stock_take_id")})
             AND NOT ({kept} AND {RELINK}) BEGIN {refuse} END""",
        # A count's cascade runs once the count row is gone: its lines then go with it.
        f"""CREATE TRIGGER stock_take_entry_finished_delete BEFORE DELETE ON stock_take_entry
        WHEN {finished("old.stock_take_id")} BEGIN {refuse} END""",
    ]


def _postgres() -> list[str]:
    refuse = f"RAISE EXCEPTION '{FINISHED_MESSAGE}' USING ERRCODE = 'insufficient_privilege'"
    relink = RELINK.replace("new.", "NEW.").replace("old.", "OLD.").replace(" IS ", " IS NOT DISTINCT FROM ")
    # "IS NULL" became "IS NOT DISTINCT FROM NULL" above: the same meaning.
    items = "- 'item_id' - 'deleted_item_id'"
    return [
        f"""CREATE FUNCTION citrus_stock_take_finished() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {refuse};
        END $$""",
        "CREATE TRIGGER stock_take_finished_kept BEFORE UPDATE ON stock_take FOR EACH ROW "
        "WHEN (OLD.state = 'finished') EXECUTE FUNCTION citrus_stock_take_finished()",
        # SECURITY DEFINER: it reads the bin, which an editor's row security hides in part.
        f"""CREATE FUNCTION citrus_stock_take_entry_finished() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                IF EXISTS (SELECT 1 FROM stock_take s WHERE s.id = NEW.stock_take_id
                           AND s.state = 'finished'
                           AND NOT {IN_BIN}) THEN
                    {refuse};
                END IF;
                RETURN NEW;
            END IF;
            IF TG_OP = 'DELETE' THEN
                -- A count's cascade runs once the count row is gone: its lines then go with it.
                IF EXISTS (SELECT 1 FROM stock_take s WHERE s.id = OLD.stock_take_id
                           AND s.state = 'finished') THEN
                    {refuse};
                END IF;
                RETURN OLD;
            END IF;
            IF EXISTS (SELECT 1 FROM stock_take s WHERE s.id IN (OLD.stock_take_id, NEW.stock_take_id)
                       AND s.state = 'finished')
               AND NOT ((to_jsonb(NEW) {items}) = (to_jsonb(OLD) {items}) AND {relink}) THEN
                {refuse};
            END IF;
            RETURN NEW;
        END $$""",
        "DO $$ BEGIN EXECUTE format('ALTER FUNCTION citrus_stock_take_entry_finished() "
        "SET search_path = %%I, pg_catalog, pg_temp', current_schema()); END $$",
        "CREATE TRIGGER stock_take_entry_finished_kept BEFORE INSERT OR UPDATE OR DELETE "
        "ON stock_take_entry FOR EACH ROW EXECUTE FUNCTION citrus_stock_take_entry_finished()",
        *_postgres_restore_checks(refuse),
        # Trigger functions run for their triggers only: nobody calls them directly.
        *(f"REVOKE ALL ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS),
    ]


FUNCTIONS = (
    "citrus_stock_take_finished()",
    "citrus_stock_take_entry_finished()",
    "citrus_stock_take_restored_as_binned()",
    "citrus_stock_take_entry_restore_done()",
)

IN_BIN = """(CASE WHEN EXISTS (SELECT 1 FROM recycle_bin b WHERE b.table_name = 'stock_take'
        AND b.row_id = s.id) THEN true
    ELSE EXISTS (SELECT 1 FROM recycle_bin b WHERE b.table_name = 'stock_take'
        AND b.customer_id = s.customer_id AND (b.data->>'site_id')::bigint = s.site_id
        AND (b.data->>'started_at')::timestamp = s.started_at
        AND (b.data->>'finished_at')::timestamp = s.finished_at) END)"""
"""PL/pgSQL over a count ``s``: a bin entry of it is there (the one being restored). Found by the
count's number (an index); only when that fails, among the entries of its customer (a column
beside the JSON, so that no other entry's JSON is read), by site, start and finish."""

LINE_RESULT = "- 'id' - 'stock_take_id' - 'item_id' - 'deleted_item_id'"
"""jsonb: what of a line a restore must give back as it was (its ids may be new, its item relinked)."""


def _postgres_restore_checks(refuse: str) -> list[str]:
    """A Restore is the only way lines reach a finished count, so it must give the count back as
    the bin kept it: written by hand (a count deleted to the bin, then put back altered), it is
    refused when its bin entry is erased, or at COMMIT if that entry is left in the bin."""
    definer = "LANGUAGE plpgsql SECURITY DEFINER"
    return [
        # The bin entry of a finished count is erased while the count is back: every live count
        # that is it (same site, start and finish) holds what the entry holds, lines included.
        f"""CREATE FUNCTION citrus_stock_take_restored_as_binned() RETURNS trigger {definer} AS $$
        DECLARE restored bigint;
        BEGIN
            IF OLD.data->>'state' IS DISTINCT FROM 'finished' THEN
                RETURN OLD;
            END IF;
            -- The count under its number, or (given another) the newest of its site, start and finish.
            SELECT s.id INTO restored FROM stock_take s
             WHERE s.site_id = (OLD.data->>'site_id')::bigint
               AND s.started_at = (OLD.data->>'started_at')::timestamp
               AND s.finished_at = (OLD.data->>'finished_at')::timestamp
             ORDER BY s.id = OLD.row_id DESC, s.id DESC LIMIT 1;
            IF EXISTS (
                SELECT 1 FROM stock_take s
                WHERE s.id = restored
                  AND ((to_jsonb(s) - 'id') IS DISTINCT FROM (OLD.data - 'id' - 'entries')
                       OR EXISTS (
                           (SELECT to_jsonb(e) {LINE_RESULT} FROM stock_take_entry e
                            WHERE e.stock_take_id = s.id
                            EXCEPT ALL
                            SELECT x {LINE_RESULT} FROM jsonb_array_elements(OLD.data->'entries') x)
                           UNION ALL
                           (SELECT x {LINE_RESULT} FROM jsonb_array_elements(OLD.data->'entries') x
                            EXCEPT ALL
                            SELECT to_jsonb(e) {LINE_RESULT} FROM stock_take_entry e
                            WHERE e.stock_take_id = s.id)))) THEN
                {refuse};
            END IF;
            RETURN OLD;
        END $$""",
        "CREATE TRIGGER stock_take_restored_as_binned BEFORE DELETE ON recycle_bin FOR EACH ROW "
        "WHEN (OLD.table_name = 'stock_take') EXECUTE FUNCTION citrus_stock_take_restored_as_binned()",
        # At COMMIT: a line put into a finished count came with a Restore that erased its entry.
        f"""CREATE FUNCTION citrus_stock_take_entry_restore_done() RETURNS trigger {definer} AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM stock_take s WHERE s.id = NEW.stock_take_id
                       AND s.state = 'finished' AND {IN_BIN}) THEN
                {refuse};
            END IF;
            RETURN NULL;
        END $$""",
        "CREATE CONSTRAINT TRIGGER stock_take_entry_restore_done AFTER INSERT ON stock_take_entry "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION citrus_stock_take_entry_restore_done()",
        "DO $$ BEGIN "
        + "; ".join(
            f"EXECUTE format('ALTER FUNCTION {f} SET search_path = %%I, pg_catalog, pg_temp', "
            "current_schema())"
            for f in FUNCTIONS[2:]
        )
        + "; END $$",
    ]


def finished_count_statements(dialect: str) -> list[str]:
    return _postgres() if dialect == "postgres" else _sqlite()
