"""The one base of every failure a person can meet and act on (Qt-free, shared by every layer).

Its message is already translated and says what happened and what to do. The window shows it
where the action happened and keeps the person's typing; anything else that escapes is a bug and
goes to the crash dialog. Subclasses: ``store.problems.DatabaseProblem`` (the database could not
be used: busy, disk full, read-only, server lost…) and ``domain.errors.DomainError`` (rules).
"""


class KnownProblem(Exception):
    """A failure to tell the user in words, not a bug."""
