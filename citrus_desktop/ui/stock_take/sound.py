"""Short confirmation tones for scans, played without QtMultimedia (not in PySide6-Essentials).

The tones are WAV files written once with the standard library into the cache folder, then played
by what the system has: winsound on Windows, afplay on macOS, pw-play / paplay / aplay on Linux
(PipeWire, PulseAudio, ALSA), detached so a scan never waits; else the desktop's beep.
"""

import math
import shutil
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QProcess, QStandardPaths
from PySide6.QtWidgets import QApplication

RATE = 22050
TONES: dict[str, tuple[tuple[float, float], ...]] = {
    # (frequency Hz, seconds) notes: rising for good news, low and double for a problem.
    "found": ((880.0, 0.07), (1320.0, 0.09)),
    "again": ((880.0, 0.06),),
    "other_site": ((660.0, 0.12), (0.0, 0.05), (660.0, 0.12)),
    "other_customer": ((330.0, 0.15), (0.0, 0.05), (330.0, 0.15)),
    "unknown": ((250.0, 0.35),),
}
LINUX_PLAYERS = ("pw-play", "paplay", "aplay")


def tone_file(kind: str) -> Path:
    """The WAV of ``kind``, written on first use."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "sounds"
    path = folder / f"stock-take-{kind}.wav"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        frames = bytearray()
        for frequency, seconds in TONES[kind]:
            count = int(RATE * seconds)
            for n in range(count):
                fade = min(1.0, n / 200, (count - n) / 200)  # no clicks at the edges
                value = math.sin(2 * math.pi * frequency * n / RATE) * 0.45 * fade if frequency else 0.0
                frames += struct.pack("<h", int(value * 32767))
        temporary = path.with_suffix(".tmp")
        with wave.open(str(temporary), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(bytes(frames))
        temporary.replace(path)
    return path


class Sounds:
    """Plays the tone of a scan's outcome (when enabled)."""

    def __init__(self) -> None:
        self.enabled = True
        self.player = self._find_player()

    @staticmethod
    def _find_player() -> str | None:
        if sys.platform == "win32":
            return "winsound"
        if sys.platform == "darwin":
            return shutil.which("afplay")
        return next((found for name in LINUX_PLAYERS if (found := shutil.which(name))), None)

    def play(self, kind: str) -> None:
        if not self.enabled or kind not in TONES:
            return
        path = tone_file(kind)
        if sys.platform == "win32" and self.player == "winsound":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
        elif self.player:
            QProcess.startDetached(self.player, [str(path)])
        else:
            QApplication.beep()
