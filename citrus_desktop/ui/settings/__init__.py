"""Preferences, the database connection and About."""
