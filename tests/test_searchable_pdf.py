"""The searchable PDF: scan image under an invisible text layer that pdftotext can read."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np
import pikepdf

from extractors.cleanup import clean_page
from extractors.ocr import ocr_page
from extractors.searchable_pdf import build_searchable_pdf
from sample_scans import synth

DPI = 200
ZH = ["租赁合同", "出租方：杭州云启信息技术有限公司", "承租方：成都天府医药有限公司",
      "租金为每月人民币捌仟元整，承租方应于每月五日前支付。"]
EN = ["LEASE AGREEMENT", "Landlord: Harbor Point Software Inc.", "Tenant: Bluewater Shipping",
      "The monthly rent is USD 8,000.00 payable on the fifth day of each month."]


def page(lines: list[str], lang: str, turn: bool) -> tuple[np.ndarray, object]:
    img = synth.render_pages(lines, lang=lang, rng=np.random.default_rng(1), dpi=DPI)[0]
    bgr = cv2.cvtColor(np.asarray(img.convert("RGB")), cv2.COLOR_RGB2BGR)
    bgr = bgr[: bgr.shape[0] // 3]
    if turn:
        bgr = np.ascontiguousarray(np.rot90(bgr))
    cleaned = clean_page(bgr)
    return cleaned.upright, ocr_page(cleaned.image, dpi=DPI)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def test_pdftotext_returns_the_ocr_words_in_chinese_and_english(tmp_path):
    zh = page(ZH, "zh", turn=True)
    en = page(EN, "en", turn=False)
    out = build_searchable_pdf([zh, en], tmp_path / "doc.pdf", dpi=DPI)
    text = pdftotext(out)
    flat = "".join(text.split())
    assert len(zh[1].words) > 10
    for word in zh[1].words:
        assert word.text in flat
    assert "".join(zh[1].text.split()) in flat  # the whole Chinese page text, in reading order
    assert "租赁合同" in flat and "成都天府医药" in flat
    en_words = [w.text for w in en[1].words]
    assert "Harbor" in en_words
    for word in en_words:
        assert word in text
    assert "Harbor Point Software" in text  # spaces between Latin words survive

    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 2
        for (image, _), p in zip([zh, en], pdf.pages):
            h, w = image.shape[:2]
            box = [float(v) for v in p.MediaBox]
            assert abs(box[2] - w * 72 / DPI) < 0.01
            assert abs(box[3] - h * 72 / DPI) < 0.01
            images = list(p.get_images().values())
            assert len(images) == 1 and images[0].Filter == "/DCTDecode"
            assert int(images[0].Width) == w and int(images[0].Height) == h
            assert b"3 Tr" in p.Contents.read_bytes()  # the text is invisible


def test_page_without_words_is_just_the_image(tmp_path):
    blank = np.full((600, 400, 3), 255, np.uint8)
    ocr = ocr_page(blank[:, :, 0])
    out = build_searchable_pdf([(blank, ocr)], tmp_path / "blank.pdf", dpi=DPI)
    assert pdftotext(out).strip() == ""
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 1
