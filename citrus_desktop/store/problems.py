"""The errors the store raises for a database that cannot be used, each with a one-line message.

`store.failures.classify` is the one place that turns a driver's error into one of these.
"""

from citrus_desktop.errors import KnownProblem


class DatabaseProblem(KnownProblem):
    """A database that cannot be used; the message names it and says what is wrong."""


class DatabaseBusy(DatabaseProblem):
    """Another connection holds the write lock past the busy timeout; trying again may work."""


class DiskFull(DatabaseProblem):
    """The disk (or the server's) has no room left: nothing of the transaction was kept."""


class ReadOnlyDatabase(DatabaseProblem):
    """The database may be read but not written (file permissions, a read-only server)."""


class DamagedDatabase(DatabaseProblem):
    """The file is damaged or was replaced by something that is not a database."""


class NotAllowed(DatabaseProblem):
    """The server refused the action for this user's role (team mode)."""


class FinishedCount(DatabaseProblem):
    """The database refused to change a finished stock-take (schema v12): its result is kept."""
