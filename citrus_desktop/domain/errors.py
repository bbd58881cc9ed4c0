"""Typed errors the UI shows to people; messages are already translated."""

from datetime import datetime

from citrus_desktop.errors import KnownProblem


class DomainError(KnownProblem):
    """Base of the rule errors a person can act on (a database that cannot be used is a
    ``store.problems.DatabaseProblem``; both are ``errors.KnownProblem``)."""


class ValidationError(DomainError):
    """Input that breaks a rule; ``errors`` maps each field to its message. Nothing was written."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))


class InUseError(DomainError):
    """Records still referenced by others; nothing was deleted."""


class NotFoundError(DomainError):
    """The record no longer exists (someone deleted it)."""


class ConflictError(DomainError):
    """The record changed since it was read; the save was refused."""

    def __init__(self, message: str, changed_by: str = "", changed_at: datetime | None = None):
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(message)


class UnavailableError(DomainError):
    """The database server could not be reached or the connection broke; nothing was written."""


class NotAllowedError(DomainError):
    """The server refused the action for this person's role; nothing was written."""
