"""Schema v9 (PostgreSQL): team roles that the server enforces for every program.

- ``citrus_owner`` (NOLOGIN) owns every table, sequence and function of the schema. Nobody works
  as it; migrations run as it (``SET LOCAL ROLE``), started by a superuser or by a login that is
  a member of it (the previous owner of an upgraded database becomes one, so nothing breaks).
- ``citrus_reader`` ⊂ ``citrus_editor`` ⊂ ``citrus_admin`` (NOLOGIN groups) are granted to each
  person's own login. Readers SELECT every table; editors also write customers, contracts, sites,
  items and stock-takes; admins also write product types and hold ADMIN OPTION on reader and editor, so they
  grant those. A role cannot hold ADMIN OPTION on itself, so admins are granted
  ``citrus_admin`` directly WITH ADMIN OPTION to grant it in turn (PostgreSQL 15 lets a member
  use ADMIN OPTION held by its group, which covers reader and editor).
- No client setting decides anything: rights are privileges of the login (``current_user``,
  which only ``SET ROLE`` to a role it already belongs to can change).

Tables added later are readable by readers through default privileges (SELECT only); a migration
that lets editors or admins write one grants it explicitly (tests/pg/test_pg_roles_server.py
fails for any table whose rights nobody decided).

Frozen once released, like every migration: tables are named literally.
"""

from peewee import Database

OWNER = "citrus_owner"
READER = "citrus_reader"
EDITOR = "citrus_editor"
ADMIN = "citrus_admin"
GROUPS = (READER, EDITOR, ADMIN)

_EDITOR_TABLES = ("customer", "contract", "site", "inventory_item", "stock_take", "stock_take_entry")
_ADMIN_TABLES = ("product_type",)

# Roles are shared by every database of the server, so two databases may create them at the same
# moment: the loser's CREATE or GRANT fails on the catalogue's unique index (or finds the row
# updated under it) and simply tries again, finding the work done.
_CREATE_ROLES = f"""
DO $$
DECLARE
    wanted text;
    tries int;
BEGIN
    FOREACH wanted IN ARRAY ARRAY['{OWNER}', '{READER}', '{EDITOR}', '{ADMIN}'] LOOP
        FOR tries IN 1..20 LOOP
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = wanted) THEN
                    EXECUTE 'CREATE ROLE ' || quote_ident(wanted) || ' NOLOGIN';
                END IF;
                EXIT;
            EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN
                PERFORM pg_sleep(0.05);
            END;
        END LOOP;
    END LOOP;
END $$"""


def _grant_membership(group: str, member: str, admin_option: bool) -> str:
    option = " WITH ADMIN OPTION" if admin_option else ""
    needed = "AND m.admin_option" if admin_option else ""
    return f"""
DO $$
DECLARE
    tries int;
BEGIN
    FOR tries IN 1..20 LOOP
        BEGIN
            IF NOT EXISTS (
                SELECT FROM pg_auth_members m
                WHERE m.roleid = '{group}'::regrole AND m.member = '{member}'::regrole {needed}
            ) THEN
                GRANT {group} TO {member}{option};
            END IF;
            EXIT;
        EXCEPTION WHEN unique_violation OR internal_error THEN
            PERFORM pg_sleep(0.05);
        END;
    END LOOP;
END $$"""


# The one who owned the tables until now (whoever created the database with an earlier version)
# keeps every right as a member of the owner role; so does the login running this upgrade if it
# is not a superuser (ALTER ... OWNER TO needs it).
_KEEP_OWNERS = f"""
DO $$
DECLARE
    previous name;
BEGIN
    SELECT tableowner INTO previous FROM pg_tables
    WHERE schemaname = current_schema() AND tablename = 'citrus_meta';
    IF previous IS NOT NULL AND previous <> '{OWNER}'
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = previous)
       AND NOT EXISTS (SELECT FROM pg_auth_members
                       WHERE roleid = '{OWNER}'::regrole AND member = previous::regrole) THEN
        EXECUTE 'GRANT {OWNER} TO ' || quote_ident(previous);
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') THEN
        EXECUTE 'GRANT {OWNER} TO ' || quote_ident(current_user);
    END IF;
END $$"""

# The database: only Citrus roles connect; nobody creates temporary tables, which would shadow
# the real ones for a SECURITY DEFINER function of that session. The owner role may create in it.
_DATABASE = f"""
DO $$
BEGIN
    EXECUTE 'REVOKE ALL ON DATABASE ' || quote_ident(current_database()) || ' FROM PUBLIC';
    EXECUTE 'GRANT CONNECT ON DATABASE ' || quote_ident(current_database()) || ' TO {READER}';
    EXECUTE 'GRANT CONNECT, CREATE ON DATABASE ' || quote_ident(current_database()) || ' TO {OWNER}';
    EXECUTE 'REVOKE CREATE ON SCHEMA ' || quote_ident(current_schema()) || ' FROM PUBLIC';
    EXECUTE 'GRANT USAGE, CREATE ON SCHEMA ' || quote_ident(current_schema()) || ' TO {OWNER}';
    EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(current_schema()) || ' TO {READER}';
END $$"""

# Every object of the schema that an extension does not own (pg_trgm's functions stay as they
# are) moves to the owner role, whatever migration created it; identity sequences and indexes
# follow their tables.
_TRANSFER = f"""
DO $$
DECLARE
    found record;
BEGIN
    FOR found IN
        SELECT c.oid::regclass::text AS name,
               CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                              WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                              ELSE 'TABLE' END AS kind
        FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND c.relowner <> '{OWNER}'::regrole
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                            AND d.deptype IN ('e', 'a', 'i'))
    LOOP
        EXECUTE 'ALTER ' || found.kind || ' ' || found.name || ' OWNER TO {OWNER}';
    END LOOP;
    FOR found IN
        SELECT p.oid::regprocedure::text AS name,
               CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE'
                              ELSE 'FUNCTION' END AS kind
        FROM pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace
          AND p.proowner <> '{OWNER}'::regrole
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                            AND d.deptype = 'e')
    LOOP
        EXECUTE 'ALTER ' || found.kind || ' ' || found.name || ' OWNER TO {OWNER}';
    END LOOP;
    FOR found IN
        SELECT t.oid::regtype::text AS name, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind
        FROM pg_type t
        WHERE t.typnamespace = current_schema()::regnamespace
          AND t.typowner <> '{OWNER}'::regrole
          AND (t.typtype IN ('e', 'd', 'r')
               OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                            AND d.deptype = 'e')
    LOOP
        EXECUTE 'ALTER ' || found.kind || ' ' || found.name || ' OWNER TO {OWNER}';
    END LOOP;
END $$"""

# Our own functions run for nobody but their triggers (which PostgreSQL does not check) unless a
# migration grants them: EXECUTE is taken from PUBLIC, now and for functions to come.
_OWN_FUNCTIONS_PRIVATE = """
DO $$
DECLARE
    found record;
BEGIN
    FOR found IN
        SELECT p.oid::regprocedure::text AS name FROM pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                            AND d.deptype = 'e')
    LOOP
        EXECUTE 'REVOKE ALL ON FUNCTION ' || found.name || ' FROM PUBLIC';
    END LOOP;
END $$"""


_LIVE = " ".join(
    f"WHEN '{table}' THEN EXISTS (SELECT FROM {table} live WHERE live.id = row_id)"
    for table in ("customer", "contract", "site", "product_type", "inventory_item")
)
LIVE_RECORD = f"(CASE table_name {_LIVE} ELSE false END)"
"""SQL, in a policy of a table with ``table_name`` and ``row_id``: that record exists (again)."""

RETENTION_DAYS = (
    "coalesce((SELECT CASE WHEN value ~ '^[0-9]{1,5}$' THEN value::int END FROM citrus_meta "
    "WHERE key = 'retention_days'), 90)"
)

# The history (v6) is written by the owner's SECURITY DEFINER triggers only. Row security on it
# keys nothing on a client setting; each policy allows exactly what the app's actions need:
# - a write's batch (``citrus_begin_batch``, for editors) may be relabelled by the transaction
#   that made it (``xmin``: the row's creating transaction), only its action and summary;
# - restoring (editors) removes from the bin only the entries whose record is back;
# - purging and the retention (admins) erase bin entries, the history of records that are gone,
#   changes older than the retention that a later entry supersedes (never a create), and
#   batches nothing refers to any more; the retention setting is the only meta key admins write.
_HISTORY = [
    "GRANT EXECUTE ON FUNCTION citrus_begin_batch(text, text, text) TO citrus_editor",
    "GRANT UPDATE (action, summary) ON history_batch TO citrus_editor",
    "GRANT DELETE ON history_batch, history, recycle_bin TO citrus_admin",
    "GRANT DELETE ON recycle_bin TO citrus_editor",
    "GRANT INSERT, DELETE ON citrus_meta TO citrus_admin",
    *(
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        for table in ("history_batch", "history", "recycle_bin", "citrus_meta")
    ),
    *(
        f"CREATE POLICY everyone_reads ON {table} FOR SELECT USING (true)"
        for table in ("history_batch", "history", "recycle_bin", "citrus_meta")
    ),
    "CREATE POLICY own_new_batch ON history_batch FOR UPDATE TO citrus_editor "
    "USING (db_user = session_user AND xmin = pg_current_xact_id()::xid) "
    "WITH CHECK (db_user = session_user)",
    "CREATE POLICY unused_batches ON history_batch FOR DELETE TO citrus_admin USING ("
    "NOT EXISTS (SELECT FROM history h WHERE h.batch_id = history_batch.id) "
    "AND NOT EXISTS (SELECT FROM recycle_bin b WHERE b.batch_id = history_batch.id))",
    "CREATE POLICY gone_or_superseded ON history FOR DELETE TO citrus_admin USING ("
    f"NOT {LIVE_RECORD} OR (kind <> 'c' AND at < now() - make_interval(days => {RETENTION_DAYS}) "
    "AND EXISTS (SELECT FROM history later WHERE later.table_name = history.table_name "
    "AND later.row_id = history.row_id AND later.id > history.id)))",
    f"CREATE POLICY restored ON recycle_bin FOR DELETE TO citrus_editor USING ({LIVE_RECORD})",
    "CREATE POLICY purged ON recycle_bin FOR DELETE TO citrus_admin USING (true)",
    "CREATE POLICY retention_setting ON citrus_meta FOR INSERT TO citrus_admin "
    "WITH CHECK (key = 'retention_days')",
    "CREATE POLICY retention_setting_replaced ON citrus_meta FOR DELETE TO citrus_admin "
    "USING (key = 'retention_days')",
]


def v9_statements(dialect: str) -> list[str]:
    """The roles, the owner and the rights; SQLite has none (one person, all rights)."""
    if dialect != "postgres":
        return []
    editor_tables = ", ".join(_EDITOR_TABLES)
    admin_tables = ", ".join(_ADMIN_TABLES)
    return [
        _CREATE_ROLES,
        _grant_membership(READER, EDITOR, admin_option=False),
        _grant_membership(READER, ADMIN, admin_option=True),
        _grant_membership(EDITOR, ADMIN, admin_option=True),
        _KEEP_OWNERS,
        _DATABASE,
        _TRANSFER,
        # From here on the owner role grants, as it will in every later migration.
        f"SET LOCAL ROLE {OWNER}",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC",
        _OWN_FUNCTIONS_PRIVATE,
        # v5's one rule for "the same text": the app asks it for keys, invoker triggers call it.
        f"GRANT EXECUTE ON FUNCTION citrus_fold(text) TO {READER}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}",
        # The version check runs before the person's role is known: anyone connected may read it.
        "GRANT SELECT ON citrus_meta TO PUBLIC",
        f"GRANT INSERT, UPDATE, DELETE ON {editor_tables} TO {EDITOR}",
        f"GRANT INSERT, UPDATE, DELETE ON {admin_tables} TO {ADMIN}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public GRANT SELECT ON TABLES TO {READER}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
        *_HISTORY,
    ]


def v9_refusal(database: Database) -> str | None:
    """Why the connected login cannot run v9 (None: it can): it creates roles and moves the
    tables to the owner role, which takes a superuser, or the tables' owner allowed to create
    roles who also owns the schema (PostgreSQL 15: the database's owner)."""
    row = database.execute_sql(
        """SELECT r.rolsuper, r.rolcreaterole,
                  pg_has_role(current_user, t.tableowner, 'MEMBER'),
                  pg_has_role(current_user, n.nspowner, 'MEMBER')
           FROM pg_roles r, pg_namespace n
           LEFT JOIN pg_tables t ON t.schemaname = n.nspname AND t.tablename = 'citrus_meta'
           WHERE r.rolname = current_user AND n.nspname = current_schema()"""
    ).fetchone()
    superuser, create_role, owns_tables, owns_schema = row
    if superuser or (create_role and owns_tables is not False and owns_schema):
        return None
    from citrus_desktop.i18n import translate

    return translate(
        "Database",
        "this version adds team roles (reader, editor, admin), which only a superuser (or the "
        "tables' owner allowed to create roles) can set up. Ask the server's administrator to "
        "open the database once with this version as such a user; until then the previous "
        "version keeps working",
    )
