"""Start-up upkeep, off the UI thread: the day's backup (SQLite) and the retention of the bin and
the history."""

import logging
from dataclasses import dataclass
from pathlib import Path

from citrus_desktop.domain import access
from citrus_desktop.domain.backups import Backup, daily_if_due
from citrus_desktop.domain.recycle_bin import prune
from citrus_desktop.errors import KnownProblem

log = logging.getLogger(__name__)


@dataclass
class Upkeep:
    backup: Backup | None = None
    backup_problem: str = ""
    purged: int = 0
    pruned: int = 0
    prune_problem: str = ""


def start_up(database: Path | None) -> Upkeep:
    """The day's backup of ``database`` (None: a server, backed up by its administrator), then the
    retention. A problem is reported, never raised: the window works without them."""
    done = Upkeep()
    if database is not None:
        try:
            done.backup = daily_if_due(database)
        except KnownProblem as problem:
            log.warning("daily backup failed: %s", problem)
            done.backup_problem = str(problem)
    if access.current().purge_refusal() is not None:
        return done  # the retention is an administrator's: the server would refuse it
    try:
        done.purged, done.pruned = prune()
    except KnownProblem as problem:  # e.g. a team member without the right to purge (issue 14)
        log.warning("retention skipped: %s", problem)
        done.prune_problem = str(problem)
    return done
