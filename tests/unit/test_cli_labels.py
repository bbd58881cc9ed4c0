"""``citrus-desktop labels``, run as people run it; the PDF is read back with a real decoder."""

from pathlib import Path

from citrus_desktop.printing.layouts import layout_by_key
from tests.pdf_reading import Box, decode_regions, page_count


def qr_texts(path: Path, layout_key: str, count: int) -> list[str]:
    layout = layout_by_key(layout_key)
    regions = []
    for cell in range(count):
        x, y = layout.cell(cell)
        regions.append(Box(x - 0.4, y - 0.4, x + layout.label_width + 0.4, y + layout.label_height + 0.4))
    found = decode_regions(path, 0, 200, regions)
    return [next(text for kind, text in codes if kind == "QRCode") for codes in found]


def test_labels_of_the_serials_given_in_their_order(run_cli, make, db_path: Path, tmp_path: Path):
    customer = make.customer("ACME")
    for serial in ("SN-1", "SN-2", "SN-3"):
        make.item(customer, serial)
    out = tmp_path / "labels.pdf"
    result = run_cli(
        "--db", str(db_path), "labels", str(out), "--serials", " sn-3 ,SN-1,NOPE", "--layout", "avery-5163"
    )
    assert result.returncode == 1, result.stderr
    assert "NOPE: serial: no item has this serial number" in result.stderr
    assert "2 labels on 1 page" in result.stdout
    assert qr_texts(out, "avery-5163", 2) == ["SN-3", "SN-1"]


def test_labels_of_a_keyword_follow_the_list(run_cli, make, db_path: Path, tmp_path: Path):
    acme, beta = make.customer("ACME Indústria"), make.customer("Beta")
    make.item(acme, "A-2")
    make.item(acme, "A-1")
    make.item(beta, "B-1")
    out = tmp_path / "acme.pdf"
    result = run_cli(
        "labels", str(out), "--filter", "industria", "--db", str(db_path), "--layout", "pimaco-a4256"
    )
    assert result.returncode == 0, result.stderr
    assert qr_texts(out, "pimaco-a4256", 2) == ["A-1", "A-2"]
    assert page_count(out) == 1


def test_nothing_to_label_writes_nothing(run_cli, make, db_path: Path, tmp_path: Path):
    make.item(serial="SN-1")
    out = tmp_path / "none.pdf"
    result = run_cli("--db", str(db_path), "labels", str(out), "--filter", "zzz")
    assert result.returncode == 2
    assert "nothing written" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    bad = run_cli("--db", str(db_path), "labels", str(tmp_path / "labels.txt"))
    assert bad.returncode == 2 and ".pdf" in bad.stderr
    layout = run_cli("--db", str(db_path), "labels", str(out), "--layout", "nope")
    assert layout.returncode == 2 and "usage:" in layout.stderr


def test_non_ascii_serials_are_told_they_get_the_qr_code_alone(run_cli, make, db_path: Path, tmp_path: Path):
    make.item(serial="ÇÃO-1")
    out = tmp_path / "qr.pdf"
    result = run_cli("--db", str(db_path), "labels", str(out))
    assert result.returncode == 0, result.stderr
    assert "ÇÃO-1: QR code only" in result.stdout
    assert qr_texts(out, "pimaco-6180", 1) == ["ÇÃO-1"]
