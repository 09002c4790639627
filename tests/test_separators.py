"""Separator sheets: a stacked PDF (3 contracts, a QR sheet and a PATCH-T sheet between them)
comes out as 3 documents with the right page counts; regular pages are not separators."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors.separators import (
    SeparatorOptions,
    document_ranges,
    find_separators,
    is_patch_t,
    pdf_page_count,
    render_pdf_pages,
    split_pdf,
)
from sample_scans import synth
from sample_scans.templates import make_contract

DPI = 150


def _patch_sheet(widths_mm: tuple[float, ...], *, dpi: int = DPI, horizontal: bool = False
                 ) -> Image.Image:
    """A sheet drawn from the patch-code specification (bars/spaces in mm, bar first)."""
    mm = dpi / 25.4
    w, h = round(210 * mm), round(297 * mm)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    pos = 25 * mm
    for i, part in enumerate(widths_mm):
        if i % 2 == 0:
            if horizontal:
                d.rectangle([20 * mm, pos, w - 20 * mm, pos + part * mm], fill="black")
            else:
                d.rectangle([pos, 30 * mm, pos + part * mm, 150 * mm], fill="black")
        pos += part * mm
    return img


PATCH_T = (2.03, 2.03, 5.08, 2.03, 2.03, 2.03, 5.08)      # N W N W
PATCH_2 = (5.08, 2.03, 2.03, 2.03, 2.03, 2.03, 5.08)      # W N N W


def _qr_sheet(payload: str, dpi: int = DPI) -> Image.Image:
    import qrcode

    mm = dpi / 25.4
    img = Image.new("RGB", (round(210 * mm), round(297 * mm)), "white")
    code = qrcode.make(payload, box_size=round(1.5 * mm), border=4).get_image().convert("RGB")
    img.paste(code, (round(120 * mm), round(20 * mm)))
    ImageDraw.Draw(img).text((round(20 * mm), round(30 * mm)), "Separator", fill="black")
    return img


def _contract(kind: str, lang: str, pages: int, rng: np.random.Generator) -> list[Image.Image]:
    lines = make_contract(kind, lang, rng).lines
    images = synth.render_pages(lines, lang=lang, rng=rng, dpi=DPI)
    while len(images) < pages:
        images += images
    return images[:pages]


def _gray(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L"))


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    rng = np.random.default_rng(7)
    a = _contract("sales", "zh", 2, rng)
    b = _contract("lease", "en", 1, rng)
    c = _contract("nda", "zh", 3, rng)
    patch, _ = synth.degrade(_patch_sheet(PATCH_T), "skew", rng, {"angle_deg": 2.0})
    qr, _ = synth.degrade(_qr_sheet("CONTRACTS-SEPARATOR"), "noise", rng)
    pages = a + [qr] + b + [patch] + c
    path = tmp_path_factory.mktemp("stack") / "stack.pdf"
    synth.save_pdf(pages, path, dpi=DPI)
    return path, [2, 1, 3]


def test_stack_splits_into_three_documents(stack, tmp_path: Path) -> None:
    path, counts = stack
    seps = find_separators(render_pdf_pages(path, dpi=100))
    assert seps == [2, 4]
    docs = split_pdf(path, seps, tmp_path)
    assert [pdf_page_count(d) for d in docs] == counts
    assert [d.name for d in docs] == ["stack-doc01.pdf", "stack-doc02.pdf", "stack-doc03.pdf"]
    # no separator page survives in the documents
    for d in docs:
        assert find_separators(render_pdf_pages(d, dpi=100)) == []


def test_split_is_reproducible(stack, tmp_path: Path) -> None:
    """A re-split gives byte-identical files, so a rerun finds them as duplicates."""
    from extractors.loading import sha256_file

    path, _ = stack
    first = split_pdf(path, [2, 4], tmp_path / "a")
    second = split_pdf(path, [2, 4], tmp_path / "b")
    assert [sha256_file(p) for p in first] == [sha256_file(p) for p in second]


def test_patch_t_in_any_orientation_and_resolution() -> None:
    for horizontal in (False, True):
        for dpi in (100, 200):
            sheet = _patch_sheet(PATCH_T, dpi=dpi, horizontal=horizontal)
            assert is_patch_t(_gray(sheet)), (horizontal, dpi)
            assert is_patch_t(_gray(sheet.rotate(180))), (horizontal, dpi, "upside down")


def test_other_bar_patterns_and_pages_are_not_patch_t() -> None:
    rng = np.random.default_rng(3)
    assert not is_patch_t(_gray(_patch_sheet(PATCH_2)))            # patch 2: W N N W
    assert not is_patch_t(_gray(_patch_sheet((2.03, 2.03, 2.03, 2.03, 2.03, 2.03, 2.03))))
    for kind, lang in (("sales", "zh"), ("purchase", "en"), ("loan", "zh")):
        page = _contract(kind, lang, 1, rng)[0]
        assert find_separators([_gray(page)]) == []


def test_qr_payload_must_match() -> None:
    other = _qr_sheet("https://example.com/invoice/42")
    assert find_separators([_gray(other)]) == []
    assert find_separators([_gray(other)], SeparatorOptions(
        qr_payload="https://example.com/invoice/42")) == [0]


def test_blank_sheet_only_when_configured() -> None:
    blank = Image.new("RGB", (1240, 1754), "white")
    assert find_separators([_gray(blank)]) == []
    assert find_separators([_gray(blank)], SeparatorOptions(blank=True)) == [0]


def test_document_ranges_skip_empty_runs() -> None:
    assert document_ranges(7, [0, 3, 4, 6]) == [range(1, 3), range(5, 6)]
    assert document_ranges(3, []) == [range(0, 3)]
