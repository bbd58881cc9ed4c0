"""Can Qt open windows here? Asked before the QApplication exists, because Qt aborts the whole
process (SIGABRT) when no platform plugin starts, after a message that names the wrong library.

Linux only: Qt picks a platform from ``QT_QPA_PLATFORM`` or the session (Wayland, then X11).
For X11 (xcb) and Wayland the plugin is loaded the way Qt will load it, which names every system
library missing, and the display is connected to once; the headless platforms always work.
"""

import ctypes
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo

HEADLESS = ("offscreen", "minimal")

# The system libraries Qt's xcb plugin (libQt6XcbQpa) links to, with the Debian and Ubuntu
# package of each (PySide6 bundles Qt itself, not these).
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
}
WAYLAND_LIBRARIES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libxkbcommon.so.0": "libxkbcommon0",
}
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
_held: list[Callable[[], None]] = []


@dataclass
class Platform:
    """What was found about one platform Qt would try."""

    name: str
    missing: list[str] = field(default_factory=list)
    """Shared libraries (sonames) its plugin needs and this system lacks."""
    display_problem: str = ""
    """Why its display cannot be used (empty when it can)."""

    @property
    def usable(self) -> bool:
        return not self.missing and not self.display_problem


def wanted_platforms(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[str]:
    """The platforms Qt will try, in order (``QT_QPA_PLATFORM`` may list several: "wayland;xcb")."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
    if environ.get("XDG_SESSION_TYPE", "") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def loads(library: str) -> str:
    """Empty if the shared library ``library`` (a soname or a path) loads, else the loader's reason."""
    try:
        ctypes.CDLL(library)
    except OSError as error:
        return str(error)
    return ""


def _plugin_file(platform: str) -> Path | None:
    name = PLUGIN_FILES.get(platform)
    if name is None:
        return None
    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms",
        *(Path(p) for p in os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p),
        *(Path(p) / "platforms" for p in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p),
    ]
    return next((folder / name for folder in folders if (folder / name).is_file()), None)


def _connects(library: str, connect: str, args: int, check: str | None, close: str) -> bool:
    """Open the display through ``library``'s own connect call, as the plugin will."""
    try:
        lib = ctypes.CDLL(library)
    except OSError:
        return False
    # Each lib[name] is a new function object: set its types on the one that is called.
    open_display = lib[connect]
    open_display.restype = ctypes.c_void_p
    connection = open_display(*([None] * args))  # NULL: the display named by the environment
    if not connection:
        return False
    ok = True
    if check is not None:
        has_error = lib[check]
        has_error.argtypes = [ctypes.c_void_p]
        ok = has_error(connection) == 0
    close_display = lib[close]
    close_display.argtypes = [ctypes.c_void_p]
    if ok:
        # Held until Qt has connected: a bare X server (Xvfb, xvfb-run) resets when its last
        # client leaves, and would refuse Qt's connection for a moment.
        _held.append(lambda: close_display(connection))
    else:
        close_display(connection)
    return ok


def release_displays() -> None:
    """Close the display connections the check opened (once Qt has its own)."""
    while _held:
        _held.pop()()


def inspect(platform: str, load: Callable[[str], str] = loads) -> Platform:
    """What stands between Qt and windows on ``platform``."""
    found = Platform(platform)
    if platform in HEADLESS or platform not in PLUGIN_FILES:
        return found
    plugin = _plugin_file(platform)
    if plugin is not None and load(str(plugin)):
        needed = XCB_LIBRARIES if platform == "xcb" else WAYLAND_LIBRARIES
        found.missing = [soname for soname in needed if load(soname)]
        if not found.missing:  # a library not in our table: the loader's message names it
            reason = load(str(plugin))
            named = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", reason)
            found.missing = [named.group(1) if named else reason]
        return found
    if platform == "xcb":
        display = os.environ.get("DISPLAY", "")
        if not display:
            found.display_problem = QCoreApplication.translate(
                "Platform", "DISPLAY is not set, so there is no X11 display to show windows on"
            )
        elif not _connects("libxcb.so.1", "xcb_connect", 2, "xcb_connection_has_error", "xcb_disconnect"):
            found.display_problem = QCoreApplication.translate(
                "Platform", "cannot connect to the X11 display “%1”"
            ).replace("%1", display)
    else:
        display = os.environ.get("WAYLAND_DISPLAY", "")
        if not display and not os.environ.get("XDG_RUNTIME_DIR"):
            found.display_problem = QCoreApplication.translate(
                "Platform", "WAYLAND_DISPLAY is not set, so there is no Wayland display"
            )
        elif not _connects("libwayland-client.so.0", "wl_display_connect", 1, None, "wl_display_disconnect"):
            found.display_problem = QCoreApplication.translate(
                "Platform", "cannot connect to the Wayland display “%1”"
            ).replace("%1", display or "wayland-0")
    return found


def platform_problem(load: Callable[[str], str] = loads) -> str | None:
    """None when Qt can start on one of the platforms it will try, else one line saying why not
    and what to install or do."""
    if not sys.platform.startswith("linux"):
        return None
    tried = [inspect(name, load) for name in wanted_platforms()]
    if any(platform.usable for platform in tried):
        return None
    missing = [soname for platform in tried for soname in platform.missing]
    if missing:
        tables = {**XCB_LIBRARIES, **WAYLAND_LIBRARIES}
        packages = sorted({tables[soname] for soname in missing if soname in tables})
        unknown = [soname for soname in missing if soname not in tables]
        text = QCoreApplication.translate(
            "Platform", "Qt cannot open windows: the system libraries %1 are missing."
        ).replace("%1", ", ".join(missing))
        if packages:
            text += " " + QCoreApplication.translate(
                "Platform", "On Debian or Ubuntu install them with: sudo apt-get install %1"
            ).replace("%1", " ".join(packages))
        if unknown:
            text += " " + QCoreApplication.translate(
                "Platform", "Install the packages that provide %1."
            ).replace("%1", ", ".join(unknown))
        return text
    reasons = "; ".join(dict.fromkeys(p.display_problem for p in tried if p.display_problem))
    return QCoreApplication.translate(
        "Platform",
        "No display to show the window on (%1). Start it in a desktop session; --smoke-test and "
        "the sub-commands (see --help) work without one.",
    ).replace("%1", reasons)
