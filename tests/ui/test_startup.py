import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from citrus_desktop import app as app_module
from citrus_desktop.store.postgres import PasswordRefused, with_password


def test_with_password_replaces_only_the_password():
    assert (
        with_password("postgresql://ana@db.local:5433/citrus?sslmode=require", "s3cr:t@")
        == "postgresql://ana:s3cr%3At%40@db.local:5433/citrus?sslmode=require"
    )


def test_refused_password_is_asked_for_and_retried(qapp, monkeypatch):
    tried = []

    def fake_create(target):
        tried.append(target)
        if len(tried) == 1:
            raise PasswordRefused("postgresql://ana@db/citrus: the server refused the user name or password")
        return "window"

    monkeypatch.setattr(app_module, "create_main_window", fake_create)

    def answer():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()
        )
        assert dialog.objectName() == "passwordDialog"
        dialog.setTextValue("pw")
        dialog.accept()

    QTimer.singleShot(50, answer)
    window = app_module._open_asking_password(qapp, "postgresql://ana@db/citrus", interactive=True)
    assert window == "window"
    assert tried == ["postgresql://ana@db/citrus", "postgresql://ana:pw@db/citrus"]


def test_smoke_test_never_asks(qapp, monkeypatch):
    def refuse(target):
        raise PasswordRefused("refused")

    monkeypatch.setattr(app_module, "create_main_window", refuse)
    with pytest.raises(PasswordRefused):
        app_module._open_asking_password(qapp, "postgresql://ana@db/citrus", interactive=False)
