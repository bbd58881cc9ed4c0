"""The one error type the store raises for a database that cannot be used."""


class DatabaseProblem(Exception):
    """A database that cannot be used; the message names it and says what is wrong."""
