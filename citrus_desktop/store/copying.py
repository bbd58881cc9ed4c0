"""Copying every table of one database into another of the same schema (SQLite or PostgreSQL,
either way), keeping ids, versions and timestamps, and checking the counts.

The tables come from the source database itself, in foreign-key order, so tables added by later
migrations are copied without being named here. The target's triggers are off during the copy:
what is copied is history already, and the copy itself is no change to any record, so the
history gains no rows for it. The target's search index is rebuilt once at the end.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from peewee import Database

from citrus_desktop.store.bulk import LOAD_CACHE_KIB, after_explicit_ids, insert_rows
from citrus_desktop.store.schema import META_TABLE, dialect_of
from citrus_desktop.store.streaming import stream_sql

OWN_META = ("app", "schema_version")
SCHEMA_TABLES = (META_TABLE, "citrus_fold_map", "history_context")
"""Tables of the schema's own data, which the target's migrations write: the meta table, SQLite's
table of the folding rule (`store.folding`) and its one-row history context (`history_schema`,
set only inside a write transaction). Not records: never copied."""
PG_INDEX_MEMORY = "256MB"
"""maintenance_work_mem while a copy builds the server's indexes (its transaction only)."""
"""Meta keys the target's migration wrote itself."""

Progress = Callable[[int, int, str], None]
"""(rows copied, rows in all, table being copied)"""


class CopyMismatch(Exception):
    """A table's count in the target differs from the source's after the copy (nothing kept)."""

    def __init__(self, table: str, source: int, target: int):
        self.table, self.source, self.target = table, source, target
        super().__init__(f"{table}: {source} rows in the source, {target} in the copy")


class CopyStopped(Exception):
    """The caller asked to stop; the target's transaction was rolled back."""


@dataclass(frozen=True)
class CopiedTable:
    name: str
    rows: int


def user_tables(database: Database) -> list[str]:
    """The tables holding records, in foreign-key order (a table after those it refers to); the
    schema's own tables (`SCHEMA_TABLES`) and SQLite's search index (and its shadow tables) left
    out."""
    if dialect_of(database) == "postgres":
        names = [
            row[0]
            for row in database.execute_sql(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            ).fetchall()
        ]
        references = defaultdict(set)
        for table, referenced in database.execute_sql(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE c.contype = 'f' AND n.nspname = current_schema()"
        ).fetchall():
            references[table.strip('"')].add(referenced.strip('"'))
    else:
        found = database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        ).fetchall()
        virtual = [name for name, sql in found if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
        names = [
            name
            for name, _sql in found
            if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)
        ]
        references = defaultdict(set)
        for name in names:
            for row in database.execute_sql(f'PRAGMA foreign_key_list("{name}")').fetchall():
                references[name].add(row[2])
    names = [name for name in names if name not in SCHEMA_TABLES]
    return _in_dependency_order(names, references)


def _in_dependency_order(names: list[str], references: dict[str, set[str]]) -> list[str]:
    ordered: list[str] = []
    placed: set[str] = set()

    def place(name: str, path: tuple[str, ...]) -> None:
        if name in placed or name in path:  # a cycle or a self-reference: keep the given order
            return
        for other in sorted(references.get(name, ())):
            if other in names and other != name:
                place(other, (*path, name))
        placed.add(name)
        ordered.append(name)

    for name in names:
        place(name, ())
    return ordered


def columns_of(database: Database, table: str) -> list[str]:
    if dialect_of(database) == "postgres":
        return [
            row[0]
            for row in database.execute_sql(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
                (table,),
            ).fetchall()
        ]
    return [row[1] for row in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def count_rows(database: Database, table: str) -> int:
    return int(database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def holds_data(database: Database) -> bool:
    """Whether any table of ``database`` has a row."""
    return any(
        database.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
        for table in user_tables(database)
    )


def _for_sqlite(value: Any) -> Any:
    """A PostgreSQL value as SQLite stores it (what peewee writes there)."""
    if value is None or isinstance(value, str | int | float | bytes):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value) if value % 1 else int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _moment(value: Any) -> Any:
    """SQLite's seconds since 1970 as PostgreSQL's ``timestamptz``."""
    return datetime.fromtimestamp(value, UTC) if isinstance(value, int | float) else value


def _seconds(value: Any) -> Any:
    """PostgreSQL's ``timestamptz`` as SQLite's seconds since 1970 (`history_models.MomentField`)."""
    return int(value.timestamp()) if isinstance(value, datetime) else _for_sqlite(value)


def _converters(
    source: Database, target: Database, table: str, columns: list[str]
) -> list[Callable[[Any], Any]]:
    """For each column, how a value from the other kind of database becomes the target's: the
    dialects store the same thing differently (points in time, booleans, JSON), and PostgreSQL
    keeps a few columns NOT NULL that SQLite leaves empty (a batch's database user): there an
    unknown value travels as an empty text, and comes back as NULL."""
    if dialect_of(target) == "postgres":
        types = _postgres_columns(target, table)
        return [
            _moment
            if types.get(column, ("", True))[0] == "timestamp with time zone"
            else _known
            if types.get(column, ("", True)) == ("text", False)
            else _same
            for column in columns
        ]
    declared = {
        row[1]: ((row[2] or "").upper(), not row[3])
        for row in target.execute_sql(f'PRAGMA table_info("{table}")')
    }
    required = {
        name
        for name, (kind, nullable) in _postgres_columns(source, table).items()
        if kind == "text" and not nullable
    }
    return [
        _seconds
        if declared.get(column, ("", True))[0].startswith("INT")
        else _unknown
        if column in required and declared.get(column, ("", False))[1]
        else _for_sqlite
        for column in columns
    ]


def _postgres_columns(database: Database, table: str) -> dict[str, tuple[str, bool]]:
    """(type, nullable) of each column of ``table`` on a PostgreSQL server."""
    rows = database.execute_sql(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s",
        (table,),
    ).fetchall()
    return {name: (kind, nullable == "YES") for name, kind, nullable in rows}


def _known(value: Any) -> Any:
    return "" if value is None else value


def _unknown(value: Any) -> Any:
    return None if value == "" else _for_sqlite(value)


def _same(value: Any) -> Any:
    return value


def copy_tables(
    source: Database,
    target: Database,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[CopiedTable]:
    """Copy every table of ``source`` into the empty ``target`` (same schema version), in one
    transaction on the target and one snapshot of the source; returns each table's count."""
    report = progress or (lambda _done, _total, _table: None)
    stopped = stop or (lambda: False)
    source_pg = dialect_of(source) == "postgres"
    target_pg = dialect_of(target) == "postgres"
    snapshot = source.atomic(isolation_level="REPEATABLE READ") if source_pg else source.atomic("DEFERRED")
    with snapshot, target.atomic():
        tables = user_tables(source)
        wanted = set(user_tables(target))
        counts = {table: count_rows(source, table) for table in tables}
        total = sum(counts.values())
        done = 0
        report(0, total, "")
        restore = _quiet_target(target, tables)
        copied = []
        for table in tables:
            if table not in wanted:
                raise CopyMismatch(table, counts[table], 0)
            shared = [
                column for column in columns_of(source, table) if column in set(columns_of(target, table))
            ]
            quoted = ", ".join(f'"{column}"' for column in shared)
            order = ' ORDER BY "id"' if "id" in shared else ""
            rows: Iterable[tuple[Any, ...]] = stream_sql(
                f'SELECT {quoted} FROM "{table}"{order}', database=source
            )
            if source_pg != target_pg:
                convert = _converters(source, target, table, shared)
                rows = (tuple(f(value) for f, value in zip(convert, row, strict=True)) for row in rows)

            def counted(rows: Iterable[tuple[Any, ...]], table: str = table) -> Iterable[tuple[Any, ...]]:
                nonlocal done
                for row in rows:
                    yield row
                    done += 1
                    if not done % 5000:
                        if stopped():
                            raise CopyStopped()
                        report(done, total, table)

            insert_rows(table, [f'"{column}"' for column in shared], counted(rows), database=target)
            copied.append(CopiedTable(table, counts[table]))
        restore()
        for table in tables:
            found = count_rows(target, table)
            if found != counts[table]:
                raise CopyMismatch(table, counts[table], found)
        if target_pg:
            after_explicit_ids([t for t in tables if "id" in columns_of(target, t)], database=target)
        _copy_meta(source, target)
        report(total, total, "")
    return copied


def _quiet_target(target: Database, tables: list[str]) -> Callable[[], None]:
    """Turn the target's triggers off (and, on SQLite, its secondary indexes, rebuilt in one pass
    each at the end); returns what turns them back on."""
    if dialect_of(target) == "postgres":
        # Indexes that back no constraint (the trigram GIN ones above all) are built once at the
        # end, far faster than kept up row by row; keys and foreign keys stay and check each row.
        loose = target.execute_sql(
            "SELECT c.relname, pg_get_indexdef(c.oid) FROM pg_index x "
            "JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema() "
            "AND NOT x.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
        ).fetchall()
        target.execute_sql(f"SET LOCAL maintenance_work_mem = '{PG_INDEX_MEMORY}'")
        for table in tables:
            target.execute_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
        for name, _definition in loose:
            target.execute_sql(f'DROP INDEX "{name}"')

        def enable() -> None:
            for _name, definition in loose:
                target.execute_sql(definition)
            for table in tables:
                target.execute_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')

        return enable
    triggers = target.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL"
    ).fetchall()
    indexes = target.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    virtual = [
        name
        for name, sql in target.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
        if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")
    ]
    (cache,) = target.execute_sql("PRAGMA cache_size").fetchone()
    target.execute_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    for name, _sql in triggers:
        target.execute_sql(f'DROP TRIGGER "{name}"')
    for name, _sql in indexes:
        target.execute_sql(f'DROP INDEX "{name}"')

    def restore() -> None:
        for _name, sql in indexes:
            target.execute_sql(sql)
        for name in virtual:
            target.execute_sql(f'INSERT INTO "{name}" ("{name}") VALUES (\'rebuild\')')
        for _name, sql in triggers:
            target.execute_sql(sql)
        target.execute_sql(f"PRAGMA cache_size = {int(cache)}")

    return restore


def _copy_meta(source: Database, target: Database) -> None:
    """The source's own settings kept in the meta table (not the target's schema marks)."""
    found = source.execute_sql(f"SELECT key, value FROM {META_TABLE}").fetchall()
    mark = target.param
    for key, value in found:
        if key in OWN_META:
            continue
        target.execute_sql(f"DELETE FROM {META_TABLE} WHERE key = {mark}", (key,))
        target.execute_sql(f"INSERT INTO {META_TABLE} (key, value) VALUES ({mark}, {mark})", (key, value))
