"""The whole DESIGN §1 rule set, run unchanged on PostgreSQL: the unit tests, with ``database``
(see conftest) bound to the shared server instead of a SQLite file."""

from tests.unit.test_deleting import *  # noqa: F403
from tests.unit.test_rules_customers import *  # noqa: F403
from tests.unit.test_rules_items import *  # noqa: F403
from tests.unit.test_rules_records import *  # noqa: F403
from tests.unit.test_stock_takes import *  # noqa: F403

# SQLite's trigger syntax; test_pg_concurrency proves the same on PostgreSQL.
del test_deleting_several_items_is_one_transaction  # noqa: F821
