"""Label PDFs read back as a person's tools read them: pdfium renders, zxing-cpp decodes.

Every QR code and every Code 128 decodes to exactly its serial, on every layout, at 300 and 150
dpi; the drawn label outlines sit where the makers' published measurements put the labels.
"""

from pathlib import Path

import pytest

from citrus_desktop.domain.labels import LabelData
from citrus_desktop.printing.label import plan_label
from citrus_desktop.printing.layouts import LAYOUTS, LabelLayout, layout_by_key
from citrus_desktop.printing.sheet import SheetOptions, write_pdf
from tests.pdf_reading import Box, decode_regions, page_count, page_size_mm, stroked_boxes

SERIALS = (
    "SN-0001",
    "8471503",  # odd count of digits: Code 128 mixes code sets B and C
    "1234567890",
    "ab c/d+e%f",
    "HX-24-000123",
    "São-Ç1",  # beyond ASCII: QR code only
    "日本-42",
    "Z",
)
TOLERANCE_MM = 0.2


def labels(count: int) -> list[LabelData]:
    return [
        LabelData(
            SERIALS[n % len(SERIALS)] + ("" if n < len(SERIALS) else f"-{n}"),
            "ACME Indústria Ltda.",
            "Matriz — São Paulo",
            "Impressora térmica",
        )
        for n in range(count)
    ]


def cell_box(layout: LabelLayout, cell: int, margin: float = 0.4) -> Box:
    x, y = layout.cell(cell)
    return Box(x - margin, y - margin, x + layout.label_width + margin, y + layout.label_height + margin)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.key)
def test_every_code_scans_back_to_its_serial(qapp, tmp_path: Path, layout: LabelLayout):
    count = min(layout.per_page, len(SERIALS)) if not layout.is_roll else 3
    data = labels(count)
    path = tmp_path / "labels.pdf"
    assert write_pdf(path, SheetOptions(layout), data, "test")
    assert page_count(path) == (count if layout.is_roll else 1)
    for dpi in (300, 150):
        for number, label in enumerate(data):
            page, cell = (number, 0) if layout.is_roll else (0, number)
            [found] = decode_regions(path, page, dpi, [cell_box(layout, cell)])
            wanted = [("QRCode", label.serial)]
            if not plan_label(layout.label_width, layout.label_height, label.serial).note:
                wanted.append(("Code128", label.serial))
            assert found == sorted(wanted), (layout.key, dpi, label.serial)


def test_ascii_serials_get_both_codes_on_every_sheet():
    for layout in LAYOUTS:
        assert not plan_label(layout.label_width, layout.label_height, "SN-000123").note, layout.key
    assert "beyond ASCII" in plan_label(66.7, 25.4, "São-Ç1").note
    assert "too long" in plan_label(66.7, 25.4, "A" * 40).note


@pytest.mark.parametrize(
    "layout", [layout for layout in LAYOUTS if not layout.is_roll], ids=lambda lay: lay.key
)
def test_the_label_grid_matches_the_published_measurements(qapp, tmp_path: Path, layout: LabelLayout):
    path = tmp_path / "grid.pdf"
    write_pdf(path, SheetOptions(layout, outlines=True), labels(layout.per_page), "grid")
    width, height = page_size_mm(path)
    assert abs(width - layout.page_width) < TOLERANCE_MM and abs(height - layout.page_height) < TOLERANCE_MM
    boxes = sorted(stroked_boxes(path), key=lambda box: (round(box.top), box.left))
    assert len(boxes) == layout.per_page
    for cell, box in enumerate(boxes):
        x, y = layout.cell(cell)
        assert abs(box.left - x) <= TOLERANCE_MM, (layout.key, cell, box)
        assert abs(box.top - y) <= TOLERANCE_MM, (layout.key, cell, box)
        assert abs(box.width - layout.label_width) <= TOLERANCE_MM, (layout.key, cell, box)
        assert abs(box.height - layout.label_height) <= TOLERANCE_MM, (layout.key, cell, box)


def test_layouts_fit_their_paper_and_are_centred():
    for layout in LAYOUTS:
        right = layout.page_width - (layout.left + (layout.columns - 1) * layout.pitch_x + layout.label_width)
        bottom = layout.page_height - (layout.top + (layout.rows - 1) * layout.pitch_y + layout.label_height)
        assert right >= -0.01 and bottom >= -0.01, layout.key
        assert abs(right - layout.left) < 0.2 and abs(bottom - layout.top) < 0.2, layout.key
        assert layout.source
        assert layout_by_key(layout.key.upper()) is layout


def test_start_at_and_offsets_move_the_labels(qapp, tmp_path: Path):
    layout = layout_by_key("pimaco-6180")
    path = tmp_path / "offset.pdf"
    options = SheetOptions(layout, start_at=29, offset_x=1.5, offset_y=-0.8, outlines=True)
    write_pdf(path, options, labels(4), "offset")
    assert page_count(path) == 2
    first = sorted(stroked_boxes(path, 0), key=lambda box: (round(box.top), box.left))
    assert len(first) == 2
    for box, cell in zip(first, (28, 29), strict=True):
        x, y = layout.cell(cell)
        assert abs(box.left - (x + 1.5)) <= TOLERANCE_MM and abs(box.top - (y - 0.8)) <= TOLERANCE_MM
    assert len(stroked_boxes(path, 1)) == 2
    [found] = decode_regions(path, 1, 300, [cell_box(layout, 0, margin=2)])
    assert ("QRCode", labels(4)[2].serial) in found


def test_a_stopped_run_leaves_no_file(qapp, tmp_path: Path):
    path = tmp_path / "stopped.pdf"
    assert not write_pdf(
        path, SheetOptions(layout_by_key("avery-5160")), labels(90), "x", lambda done: done < 30
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("key", ["avery-l7163", "thermal-50x30"])
def test_the_calibration_page_outlines_every_label_where_the_offset_puts_it(qapp, tmp_path: Path, key: str):
    from citrus_desktop.printing.calibration import write_calibration_pdf

    layout = layout_by_key(key)
    path = tmp_path / "calibration.pdf"
    write_calibration_pdf(path, SheetOptions(layout, offset_x=0.5, offset_y=1.0))
    assert page_count(path) == 1
    outlines = [box for box in stroked_boxes(path) if abs(box.width - layout.label_width) < 1]
    assert len(outlines) == layout.per_page
    x, y = layout.cell(0)
    first = min(outlines, key=lambda box: (box.top, box.left))
    assert abs(first.left - (x + 0.5)) <= TOLERANCE_MM and abs(first.top - (y + 1.0)) <= TOLERANCE_MM
