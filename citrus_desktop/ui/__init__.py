"""Widgets, dialogs and Qt item models. Runs no SQL: everything goes through `domain`."""
