import os
import select
import shutil
import subprocess
import sys
import time

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


# Started as a person would start it, in a process of its own: Qt aborts a process whose platform
# cannot start, so only a real start shows that it never gets that far.
def start(tmp_path, *args: str, timeout: float = 30, **environ: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DISPLAY", "WAYLAND"))}
    for folder in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[folder] = str(tmp_path / folder.lower())
    env.update({k: v for k, v in environ.items() if v is not None})
    return subprocess.run(
        [sys.executable, "-m", "citrus_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("citrus-desktop: ")
    return lines[0]


@pytest.fixture
def bad_file(tmp_path) -> str:
    path = tmp_path / "notes.db"
    path.write_text("not a database")
    return str(path)


def test_without_a_display_a_bad_database_is_said_first(tmp_path, bad_file):
    result = start(tmp_path, "--db", bad_file)
    assert result.returncode == 2
    assert "is not a Citrus Desktop database" in one_line(result)


def missing_x11_libraries() -> list[str]:
    from citrus_desktop.platform_check import XCB_LIBRARIES, loads

    return [soname for soname in XCB_LIBRARIES if loads(soname)]


def says_display_problem(result: subprocess.CompletedProcess, expected: str) -> None:
    """The one line names ``expected``; on a machine lacking Qt's X11 libraries (the README's
    second command alone installs none) the missing libraries come first and are named instead."""
    assert result.returncode == 2
    line = one_line(result)
    missing = missing_x11_libraries()
    if missing:
        assert all(soname in line for soname in missing), line
    else:
        assert expected in line


def test_without_a_display_the_window_is_not_attempted(tmp_path):
    result = start(tmp_path, "--db", str(tmp_path / "fine.db"), "--lang", "pt_BR")
    says_display_problem(result, "DISPLAY")


def test_a_display_that_does_not_answer_is_said(tmp_path):
    result = start(tmp_path, "--db", str(tmp_path / "fine.db"), DISPLAY=":97")
    says_display_problem(result, "“:97”")


def test_missing_x11_libraries_are_named_instead_of_a_qt_abort(tmp_path):
    # A broken copy of one library Qt's xcb plugin needs, found first by the loader: Qt itself
    # would abort (SIGABRT) after blaming libxcb-cursor0.
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libxcb-icccm.so.4").write_bytes(b"not a library")
    result = start(tmp_path, "--db", str(tmp_path / "fine.db"), DISPLAY=":97", LD_LIBRARY_PATH=str(broken))
    assert result.returncode == 2
    line = one_line(result)
    assert "libxcb-icccm.so.4" in line and "sudo apt-get install libxcb-icccm4" in line


@pytest.mark.parametrize("platform", ["offscreen", "minimal"])
def test_headless_start_up_problems_are_one_line_and_never_a_dialog(tmp_path, bad_file, platform):
    result = start(tmp_path, "--db", bad_file, QT_QPA_PLATFORM=platform, timeout=20)
    assert result.returncode == 2
    assert "is not a Citrus Desktop database" in one_line(result)


def test_headless_unreachable_server_is_one_line_within_seconds(tmp_path):
    began = time.monotonic()
    result = start(tmp_path, "--db", "postgresql://nobody@127.0.0.1:1/citrus", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 2
    assert "cannot be reached" in one_line(result)
    assert time.monotonic() - began < 15


def test_smoke_test_needs_no_display_and_prints_no_qt_warnings(tmp_path):
    result = start(tmp_path, "--smoke-test")
    assert (result.returncode, result.stdout.strip(), result.stderr.strip()) == (0, "ok", "")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (Debian's xvfb)")
def test_starts_on_a_real_x_server(tmp_path):
    from citrus_desktop.platform_check import XCB_LIBRARIES

    # A display of our own, far from :0 (other programs on this machine may run X servers);
    # -displayfd: Xvfb writes its number once it accepts clients.
    ready, told = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", f":{200 + os.getpid() % 600}", "-displayfd", str(told), "-nolisten", "tcp"],
        pass_fds=(told,),
        stderr=subprocess.DEVNULL,
    )
    os.close(told)
    try:
        assert select.select([ready], [], [], 30)[0], "Xvfb did not start"
        display = ":" + os.read(ready, 16).decode().strip()
        result = start(tmp_path, "--smoke-test", DISPLAY=display, QT_QPA_PLATFORM="xcb")
    finally:
        os.close(ready)
        server.terminate()
        server.wait()
    missing = missing_x11_libraries()
    if missing:  # this machine lacks some: said in one line, never an abort
        assert result.returncode == 2
        assert all(XCB_LIBRARIES[soname] in one_line(result) for soname in missing)
    else:
        assert (result.returncode, result.stdout.strip()) == (0, "ok"), result.stderr
