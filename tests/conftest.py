"""Shared fixtures: offscreen Qt, isolated settings and folders, a fresh database per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from citrus_desktop import i18n
from citrus_desktop.domain import session
from citrus_desktop.store.database import close_database, open_database

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path):
    """Every test gets its own QSettings file and the English source strings."""
    QCoreApplication.setOrganizationName("CitrusTests")
    QCoreApplication.setApplicationName("Citrus Desktop Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    session.set_actor("tester")
    yield
    i18n.install(None)
    session.set_actor(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "citrus.db"


@pytest.fixture
def database(db_path: Path):
    """A fresh, migrated SQLite database bound to the models."""
    handle = open_database(str(db_path))
    yield handle
    close_database()
