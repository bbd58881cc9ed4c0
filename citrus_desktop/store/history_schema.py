"""Schema v6: history of every change, the recycle bin, and who-wrote-it context (frozen).

Tables (public: other programs and reports read them):
- ``history_batch``: one user action (a save, a multi-delete, an import…): ``action``, ``summary``,
  ``actor`` (the staff name the app sets; NULL: unknown), ``db_user`` (PostgreSQL's
  ``session_user``), ``at``; in SQLite also ``first_entry``/``last_entry``, the range of history
  ids it wrote (one writer at a time: a batch's entries are contiguous; no index needed).
- ``history``: one row per created, changed or deleted record: ``batch_id`` (NULL: written around
  the app, author unknown), ``table_name``, ``row_id``, the row's ``version`` after the change,
  ``kind`` (c, u, d), ``at``, and for a change only the changed fields as JSON
  ``{"field": [old, new]}``.
- ``recycle_bin``: every deleted row as JSON (``data``), with its batch, a ``label`` (serial, name
  or code) and its customer, until it is restored or purged.
- ``history_context`` (SQLite): one row whose ``batch_id`` the app sets right after BEGIN and
  clears right before COMMIT, so the triggers know the batch and other connections never see
  it set. PostgreSQL keeps it in the transaction-local setting ``citrus.batch`` instead.

Times are seconds since 1970 (UTC) in SQLite, ``timestamptz`` in PostgreSQL.

Triggers, one set per table, written for speed (see README "Nothing is lost"): SQLite's update
trigger fires only for statements that set a tracked column (``UPDATE OF``), only for rows where
one really changed (``WHEN``), and builds the JSON in one ``json_object`` call (unchanged fields
are NULL, which ``json_patch`` drops). PostgreSQL's are statement triggers over transition
tables: one INSERT per statement, whatever the number of rows.
"""

BATCH_SETTING = "citrus.batch"

TRACKED: dict[str, tuple[str, ...]] = {
    "customer": ("name", "tax_id", "email", "phone", "notes", "active"),
    "contract": ("customer_id", "code", "description", "start_date", "end_date", "notes"),
    "site": ("customer_id", "name", "address", "city", "state", "notes"),
    "product_type": ("name", "kind", "description", "active"),
    "inventory_item": (
        "serial_number",
        "customer_id",
        "contract_id",
        "site_id",
        "product_type_id",
        "description",
        "observation",
    ),
}
"""The fields whose changes the history keeps (derived keys and audit columns are left out)."""

AUDIT = ("version", "created_at", "created_by", "updated_at", "updated_by")
DERIVED: dict[str, tuple[str, ...]] = {
    "customer": ("name_key",),
    "contract": ("code_key",),
    "site": ("name_key",),
    "product_type": ("name_key",),
    "inventory_item": ("serial_key",),
}
"""Columns kept in a bin snapshot besides the tracked ones (``search_text`` is rebuilt instead)."""

LABEL = {
    "customer": "name",
    "contract": "code",
    "site": "name",
    "product_type": "name",
    "inventory_item": "serial_number",
}
OWNER = {"contract": "customer_id", "site": "customer_id", "inventory_item": "customer_id"}
"""The column naming a row's customer, for the bin's Customer column."""


def snapshot_columns(table: str) -> tuple[str, ...]:
    return ("id", *TRACKED[table], *DERIVED[table], *AUDIT)


def _sqlite_tables() -> list[str]:
    return [
        """CREATE TABLE history_batch (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            actor TEXT,
            db_user TEXT,
            at INTEGER NOT NULL,
            first_entry INTEGER,
            last_entry INTEGER)""",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER,
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            version INTEGER,
            kind TEXT NOT NULL CHECK (kind IN ('c', 'u', 'd')),
            at INTEGER NOT NULL,
            changes TEXT)""",
        # One record's history is found by its id (then its table): 18 bytes a change fewer than
        # (table_name, row_id), and ids of the small tables rarely collide with an item's.
        "CREATE INDEX history_row ON history (row_id)",
        """CREATE TABLE recycle_bin (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER,
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            customer_id INTEGER,
            deleted_at INTEGER NOT NULL,
            data TEXT NOT NULL)""",
        "CREATE INDEX recycle_bin_batch ON recycle_bin (batch_id)",
        "CREATE INDEX recycle_bin_row ON recycle_bin (table_name, row_id)",
        "CREATE INDEX recycle_bin_deleted ON recycle_bin (deleted_at)",
        "CREATE TABLE history_context (id INTEGER PRIMARY KEY CHECK (id = 1), batch_id INTEGER)",
        "INSERT INTO history_context (id, batch_id) VALUES (1, NULL)",
    ]


SQLITE_NOW = "CAST(strftime('%s', 'now') AS INTEGER)"
SQLITE_BATCH = "(SELECT batch_id FROM history_context)"


def sqlite_history_triggers(table: str) -> list[str]:
    """The three history triggers of ``table`` (SQLite); `store.bulk` drops and re-creates them."""
    tracked = TRACKED[table]
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in tracked)
    pairs = ", ".join(
        f"'{c}', CASE WHEN old.{c} IS NOT new.{c} THEN json_array(old.{c}, new.{c}) END" for c in tracked
    )
    snapshot = ", ".join(f"'{c}', old.{c}" for c in snapshot_columns(table))
    owner = f"old.{OWNER[table]}" if table in OWNER else "NULL"
    entry = "INSERT INTO history (batch_id, table_name, row_id, version, kind, at, changes) VALUES"
    return [
        f"""CREATE TRIGGER {table}_history_insert AFTER INSERT ON {table} BEGIN
            {entry} ({SQLITE_BATCH}, '{table}', new.id, new.version, 'c', {SQLITE_NOW}, NULL);
        END""",
        f"""CREATE TRIGGER {table}_history_update AFTER UPDATE OF {", ".join(tracked)} ON {table}
        WHEN {changed} BEGIN
            {entry} ({SQLITE_BATCH}, '{table}', new.id, new.version, 'u', {SQLITE_NOW},
                json_patch('{{}}', json_object({pairs})));
        END""",
        f"""CREATE TRIGGER {table}_history_delete AFTER DELETE ON {table} BEGIN
            {entry} ({SQLITE_BATCH}, '{table}', old.id, old.version, 'd', {SQLITE_NOW}, NULL);
            INSERT INTO recycle_bin (batch_id, table_name, row_id, label, customer_id, deleted_at, data)
            VALUES ({SQLITE_BATCH}, '{table}', old.id, old.{LABEL[table]}, {owner}, {SQLITE_NOW},
                json_object({snapshot}));
        END""",
    ]


def history_trigger_names(table: str) -> list[str]:
    return [f"{table}_history_{event}" for event in ("insert", "update", "delete")]


def _postgres_tables() -> list[str]:
    pk = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    return [
        f"""CREATE TABLE history_batch (
            id {pk},
            action TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            actor TEXT,
            db_user TEXT NOT NULL DEFAULT session_user,
            at TIMESTAMPTZ NOT NULL DEFAULT now(),
            first_entry BIGINT,
            last_entry BIGINT)""",
        f"""CREATE TABLE history (
            id {pk},
            batch_id BIGINT,
            table_name TEXT NOT NULL,
            row_id BIGINT NOT NULL,
            version INTEGER,
            kind TEXT NOT NULL CHECK (kind IN ('c', 'u', 'd')),
            at TIMESTAMPTZ NOT NULL DEFAULT now(),
            changes JSONB)""",
        "CREATE INDEX history_row ON history (row_id)",
        # Transactions interleave on a server: a batch's entries are found by this index.
        "CREATE INDEX history_batch_entries ON history (batch_id)",
        f"""CREATE TABLE recycle_bin (
            id {pk},
            batch_id BIGINT,
            table_name TEXT NOT NULL,
            row_id BIGINT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            customer_id BIGINT,
            deleted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            data JSONB NOT NULL)""",
        "CREATE INDEX recycle_bin_batch ON recycle_bin (batch_id)",
        "CREATE INDEX recycle_bin_row ON recycle_bin (table_name, row_id)",
        "CREATE INDEX recycle_bin_deleted ON recycle_bin (deleted_at)",
    ]


def _postgres_functions() -> list[str]:
    statements = [
        # The batch of this transaction: the one the app began (if it is this database user's),
        # else a new "external" batch for a write made around the app, kept for the transaction.
        f"""CREATE FUNCTION citrus_batch_id() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
        DECLARE
            raw text := current_setting('{BATCH_SETTING}', true);
            found bigint;
        BEGIN
            IF raw ~ '^[0-9]{{1,18}}$' THEN
                SELECT id INTO found FROM history_batch WHERE id = raw::bigint AND db_user = session_user;
                IF found IS NOT NULL THEN
                    RETURN found;
                END IF;
            END IF;
            INSERT INTO history_batch (action, db_user) VALUES ('external', session_user)
            RETURNING id INTO found;
            PERFORM set_config('{BATCH_SETTING}', found::text, true);
            RETURN found;
        END $$""",
        f"""CREATE FUNCTION citrus_begin_batch(p_action text, p_summary text, p_actor text)
        RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
        DECLARE found bigint;
        BEGIN
            INSERT INTO history_batch (action, summary, actor, db_user)
            VALUES (p_action, coalesce(p_summary, ''), nullif(p_actor, ''), session_user)
            RETURNING id INTO found;
            PERFORM set_config('{BATCH_SETTING}', found::text, true);
            RETURN found;
        END $$""",
    ]
    for table, tracked in TRACKED.items():
        changed = " OR ".join(f"o.{c} IS DISTINCT FROM n.{c}" for c in tracked)
        pairs = ", ".join(
            f"'{c}', CASE WHEN o.{c} IS DISTINCT FROM n.{c} THEN jsonb_build_array(o.{c}, n.{c}) END"
            for c in tracked
        )
        owner = f"o.{OWNER[table]}" if table in OWNER else "NULL"
        statements.append(
            f"""CREATE FUNCTION citrus_history_{table}() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE b bigint;
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    IF EXISTS (SELECT 1 FROM new_rows) THEN
                        b := citrus_batch_id();
                        INSERT INTO history (batch_id, table_name, row_id, version, kind)
                        SELECT b, '{table}', n.id, n.version, 'c' FROM new_rows n ORDER BY n.id;
                    END IF;
                ELSIF TG_OP = 'UPDATE' THEN
                    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {changed}) THEN
                        b := citrus_batch_id();
                        INSERT INTO history (batch_id, table_name, row_id, version, kind, changes)
                        SELECT b, '{table}', n.id, n.version, 'u',
                            jsonb_strip_nulls(jsonb_build_object({pairs}))
                        FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {changed} ORDER BY n.id;
                    END IF;
                ELSIF EXISTS (SELECT 1 FROM old_rows) THEN
                    b := citrus_batch_id();
                    INSERT INTO history (batch_id, table_name, row_id, version, kind)
                    SELECT b, '{table}', o.id, o.version, 'd' FROM old_rows o ORDER BY o.id;
                    INSERT INTO recycle_bin (batch_id, table_name, row_id, label, customer_id, data)
                    SELECT b, '{table}', o.id, o.{LABEL[table]}, {owner}, to_jsonb(o) - 'search_text'
                    FROM old_rows o ORDER BY o.id;
                END IF;
                RETURN NULL;
            END $$"""
        )
        for event, transition in (
            ("insert", "NEW TABLE AS new_rows"),
            ("update", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
            ("delete", "OLD TABLE AS old_rows"),
        ):
            statements.append(
                f"CREATE TRIGGER {table}_history_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {transition} FOR EACH STATEMENT EXECUTE FUNCTION citrus_history_{table}()"
            )
    functions = ["citrus_batch_id()", "citrus_begin_batch(text, text, text)"] + [
        f"citrus_history_{table}()" for table in TRACKED
    ]
    # A SECURITY DEFINER function must not find objects through a search path the caller controls
    # (%% doubled: psycopg reads placeholders in every statement):
    # fix it to the schema the tables were just created in, then the catalogue, pg_temp last.
    alters = "; ".join(
        f"EXECUTE format('ALTER FUNCTION {f} SET search_path = %%I, pg_catalog, pg_temp', current_schema())"
        for f in functions
    )
    statements.append(f"DO $$ BEGIN {alters}; END $$")
    return statements


def v6_statements(dialect: str) -> list[str]:
    if dialect == "postgres":
        return [*_postgres_tables(), *_postgres_functions()]
    triggers = [statement for table in TRACKED for statement in sqlite_history_triggers(table)]
    return [*_sqlite_tables(), *triggers]
