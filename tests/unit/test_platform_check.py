"""Whether Qt can open windows, found out before Qt tries (it aborts the process when it cannot)."""

import pytest

from citrus_desktop import platform_check
from citrus_desktop.platform_check import inspect, platform_problem, wanted_platforms


def test_the_platforms_qt_will_try():
    assert wanted_platforms({}) == ["xcb"]
    assert wanted_platforms({"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    assert wanted_platforms({"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    assert wanted_platforms({"QT_QPA_PLATFORM": "wayland;xcb:foo=1"}) == ["wayland", "xcb"]


@pytest.fixture
def x11(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")


def without(*sonames):
    """A loader on a system that lacks ``sonames`` (the plugin then fails to load too)."""

    def load(library: str) -> str:
        if library in sonames or library.endswith("libqxcb.so"):
            return f"{sonames[0]}: cannot open shared object file: No such file or directory"
        return ""

    return load


def test_missing_libraries_are_named_with_their_packages(x11):
    problem = platform_problem(without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in problem
    assert problem.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert "\n" not in problem


def test_a_library_outside_the_table_is_named_from_the_loaders_words(x11):
    def load(library: str) -> str:
        return "libfancy.so.3: cannot open shared object file" if library.endswith("libqxcb.so") else ""

    problem = platform_problem(load)
    assert "libfancy.so.3" in problem and "apt-get" not in problem


def test_headless_platforms_need_nothing(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert platform_problem(without("libxcb.so.1")) is None
    assert inspect("minimal").usable


def test_no_display_is_said(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    problem = platform_problem(lambda _library: "")
    assert "DISPLAY is not set" in problem and "--smoke-test" in problem


def test_wayland_falls_back_to_x11_like_qt(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check, "_connects", lambda library, *_args: "xcb" in library)
    assert platform_problem(lambda _library: "") is None
