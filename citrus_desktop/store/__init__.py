"""Persistence: peewee models, opening a database from a URL or path, schema migrations.

Imports no Qt.
"""
