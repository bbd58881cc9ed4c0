"""The scan tones: real WAV files, a distinct one per outcome, played by the system's player."""

import wave

from citrus_desktop.ui.stock_take import sound


def test_each_outcome_has_its_own_short_tone(qapp):
    files = {kind: sound.tone_file(kind) for kind in sound.TONES}
    lengths = {}
    for kind, path in files.items():
        with wave.open(str(path)) as tone:
            assert (tone.getnchannels(), tone.getsampwidth(), tone.getframerate()) == (1, 2, sound.RATE)
            lengths[kind] = tone.getnframes() / tone.getframerate()
            assert 0.05 <= lengths[kind] <= 0.5
    assert len({path.read_bytes() for path in files.values()}) == len(files)


def test_the_tone_goes_to_the_system_player_detached(qapp, monkeypatch):
    started = []
    monkeypatch.setattr(
        sound.QProcess, "startDetached", staticmethod(lambda *args: started.append(args) or True)
    )
    sounds = sound.Sounds()
    sounds.player = "/usr/bin/paplay"
    sounds.play("found")
    assert started == [("/usr/bin/paplay", [str(sound.tone_file("found"))])]
    sounds.enabled = False
    sounds.play("unknown")
    assert len(started) == 1


def test_without_a_player_the_desktop_beeps(qapp, monkeypatch):
    beeps = []
    monkeypatch.setattr(sound.QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    sounds = sound.Sounds()
    sounds.player = None
    sounds.play("other_site")
    assert beeps == [1]
