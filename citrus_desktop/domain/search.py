"""Keyword search over inventory items through an index, and type-to-filter pickers.

An item matches when the folded keyword occurs inside its own folded ``search_text`` (serial,
description, observation) or inside the name of its customer, contract, site or type. Names live
once in their small tables: those are searched, and items joined by id.

SQLite answers the ``search_text`` part from an FTS5 trigram index (schema v2); PostgreSQL from
pg_trgm GIN indexes. Trigrams need 3 characters: shorter keywords still work, by a scan (about a
second at 1M items), which the list runs off the UI thread and can interrupt.
"""

from dataclasses import dataclass
from typing import Any

from peewee import SQL, ColumnBase, EnclosedNodeList, NodeList, Value, fn

from citrus_desktop.domain.text import fold, like_pattern
from citrus_desktop.store.models import Contract, Customer, InventoryItem, ProductType, Site, db
from citrus_desktop.store.schema import SEARCH_TABLE, dialect_of

MIN_INDEXED = 3
"""Shortest keyword the trigram index can answer."""
MAX_INDEXED = 500
"""Longer keywords scan instead: a trigram phrase of thousands of characters takes seconds."""

DENSE_HITS = 20_000
"""Above this many hits a page is cheaper by walking the sort index and testing each row (stops
after one page) than by sorting every hit."""

GATHER_IDS = 500
"""PostgreSQL counts: up to this many matching names are passed to the item query as values."""

NAME_TABLES: tuple[tuple[Any, Any, Any], ...] = (
    (Customer, Customer.name_key, InventoryItem.customer),
    (Contract, Contract.code_key, InventoryItem.contract),
    (Site, Site.name_key, InventoryItem.site),
    (ProductType, ProductType.name_key, InventoryItem.product_type),
)


SQLITE_LIKE_BYTES = 50_000
"""SQLite refuses longer LIKE patterns ("pattern too complex"); longer keywords use instr()."""


def contains(field: Any, folded: str) -> ColumnBase:
    """``field LIKE %folded%`` with LIKE's wildcards escaped; ``field`` holds folded text."""
    if len(folded.encode("utf-8")) + 2 > SQLITE_LIKE_BYTES // 2 and dialect_of(db.obj) == "sqlite":
        return fn.instr(field, Value(folded, converter=False)) > 0
    # converter=False: the pattern stays text whatever column peewee converted last (a boolean...).
    pattern = Value(like_pattern(folded), converter=False)
    return NodeList((field, SQL("LIKE"), pattern, SQL("ESCAPE '\\'")))


def _phrase(folded: str) -> str:
    return '"' + folded.replace('"', '""') + '"'


@dataclass(frozen=True)
class ItemSearch:
    """One keyword, prepared: which name tables match, and whether the trigram index applies."""

    folded: str
    named: tuple[int, ...]
    """Indexes into NAME_TABLES of the small tables with at least one matching name."""
    indexed: bool

    @classmethod
    def prepare(cls, keyword: str) -> "ItemSearch":
        folded = fold(keyword)
        named = tuple(
            n
            for n, (model, key, _ref) in enumerate(NAME_TABLES)
            if model.select(SQL("1")).where(contains(key, folded)).exists()
        )
        sqlite = dialect_of(db.obj) == "sqlite"
        return cls(folded, named, sqlite and MIN_INDEXED <= len(folded) <= MAX_INDEXED)

    def _names(self, plain: bool, gather: bool = False) -> list[ColumnBase]:
        terms = []
        for n in self.named:
            model, key, ref = NAME_TABLES[n]
            ids = model.select(model.id).where(contains(key, self.folded))
            found = [row[0] for row in ids.limit(GATHER_IDS + 1).tuples()] if gather else []
            if gather and len(found) <= GATHER_IDS:
                # PostgreSQL: a few ids given as values let the planner estimate them and join the
                # foreign-key index to the trigram index (BitmapOr); ``IN (subquery)`` under OR
                # tests every row (150 ms at 1M items instead of 15).
                terms.append(ref.in_(found))
                continue
            # A unary + keeps SQLite from driving the query by this index (see `condition`).
            column = NodeList((SQL("+"), ref), glue="") if plain else ref
            terms.append(column.in_(ids))
        return terms

    def condition(self, dense: bool = False) -> ColumnBase:
        """Items matching the keyword.

        Sparse (default): SQLite collects the hits through the trigram index and the name
        indexes, then sorts them. ``dense``: every term is tested row by row, so SQLite walks
        the sort order's index and stops after a page (used for many hits, and without FTS).
        """
        if self.indexed and not dense:
            fts = SQL(
                f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?", [_phrase(self.folded)]
            )
            own: ColumnBase = InventoryItem.id.in_(EnclosedNodeList([fts]))
        else:
            own = contains(InventoryItem.search_text, self.folded)
        result = own
        sqlite = dialect_of(db.obj) == "sqlite"
        for term in self._names(plain=dense and sqlite, gather=not dense and not sqlite):
            result = result | term
        return result

    def count(self, scope: ColumnBase | None = None) -> int:
        """How many items match (within ``scope``)."""
        if self.indexed and not self.named and scope is None:
            # Only the item's own text matches: the index alone counts (no table access).
            sql = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?"
            return int(db.obj.execute_sql(sql, (_phrase(self.folded),)).fetchone()[0])
        # Within one customer's items, testing each row beats collecting every hit first.
        condition = self.condition() if scope is None else scope & self.condition(dense=True)
        return int(InventoryItem.select(fn.COUNT(SQL("*"))).where(condition).scalar() or 0)
