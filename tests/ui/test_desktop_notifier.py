"""Desktop notifications reach a real D-Bus notification service, with the types the
specification names, and fail quietly where there is none."""

import shutil
import subprocess
import threading

import pytest
from jeepney import HeaderFields, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from citrus_desktop.ui.main.desktop_notifier import NOTIFY_SIGNATURE, DesktopNotifier, freedesktop_notify


@pytest.fixture
def session_bus(monkeypatch):
    """A private dbus-daemon; its address in DBUS_SESSION_BUS_ADDRESS."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)
        daemon.stdout.close()


def serve_notifications(address: str, received: list, ready: threading.Event) -> None:
    """Own org.freedesktop.Notifications, answer one Notify with id 42, then stop."""
    with open_dbus_connection(bus=address) as connection:
        connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"), timeout=5)
        ready.set()
        while True:
            message = connection.receive(timeout=10)
            fields = message.header.fields
            if (
                message.header.message_type == MessageType.method_call
                and fields.get(HeaderFields.member) == "Notify"
            ):
                received.append((fields.get(HeaderFields.signature), message.body))
                connection.send(new_method_return(message, "u", (42,)))
                return


def test_a_notification_reaches_the_service_with_the_specified_types(session_bus):
    received: list = []
    ready = threading.Event()
    server = threading.Thread(target=serve_notifications, args=(session_bus, received, ready), daemon=True)
    server.start()
    assert ready.wait(5)
    assert freedesktop_notify("2 contracts end within 30 days", "Open the dashboard")
    server.join(5)
    [(signature, body)] = received
    assert signature == NOTIFY_SIGNATURE == "susssasa{sv}i"
    app, replaces, icon, summary, text, actions, hints, timeout = body
    assert (app, replaces, summary, text, actions, timeout) == (
        "Citrus Desktop",
        0,
        "2 contracts end within 30 days",
        "Open the dashboard",
        [],
        -1,
    )
    assert icon.startswith("file://") and icon.endswith(".png")
    assert hints["desktop-entry"] == ("s", "cx.citrus.Desktop")


def test_no_service_on_the_bus_is_no_notification(session_bus):
    assert not freedesktop_notify("title", "body")


def test_no_bus_at_all_is_no_notification(monkeypatch, tmp_path):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'nothing'}")
    assert not freedesktop_notify("title", "body")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # where a desktop's own bus would be
    assert not freedesktop_notify("title", "body")


def test_the_notifier_falls_back_quietly_when_nothing_shows_it(qtbot, monkeypatch):
    notifier = DesktopNotifier()
    notifier.send_to_bus = lambda title, body: False
    with qtbot.waitSignal(notifier.finished, timeout=3000) as done:
        notifier.notify("title", "body")
    assert done.args == [False]  # offscreen: no tray either
